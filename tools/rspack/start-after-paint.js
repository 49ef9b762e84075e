// The host page's only script tag. It starts the app's scripts once the browser has drawn the
// server's HTML: their download and first run then wait for the page, not the page for them.
// The files the page lists in `#start-preloads` (JSON: [{ "href", "as" }], written by the server:
// a remote's manifest, entry and first chunk) are fetched at the same moment, not one after another.
// A page with an empty #root (rendered in the browser) has nothing to draw first: they start at once.
// Plain ES5 with no imports: it runs as written, before any bundle.
(function () {
  var starter = document.currentScript;
  var sources = ((starter && starter.getAttribute('data-start')) || '').split(' ');
  function preloads() {
    var list = document.getElementById('start-preloads');
    try {
      return list ? JSON.parse(list.textContent) : [];
    } catch (error) {
      return [];
    }
  }
  function start() {
    var files = preloads();
    for (var i = 0; i < files.length; i++) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.href = files[i].href;
      link.as = files[i].as;
      // fetch() reads with CORS: a preload is reused only when made the same way.
      if (files[i].as === 'fetch') link.crossOrigin = 'anonymous';
      document.head.appendChild(link);
    }
    for (var j = 0; j < sources.length; j++) {
      if (!sources[j]) continue;
      var script = document.createElement('script');
      script.src = sources[j];
      // In order, as the deferred tags they stand for would have run.
      script.async = false;
      document.head.appendChild(script);
    }
  }
  var root = document.getElementById('root');
  if (!root || !root.firstElementChild) start();
  // The frame after this one is drawn: a timer set from the animation frame runs after its paint.
  else requestAnimationFrame(function () { setTimeout(start, 0); });
})();

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
  // Once the browser reports the first paint (its time is when the frame reached the screen, a
  // little after the frame was drawn). Where paints are not reported, a timer set from the next
  // animation frame runs after it is drawn; a tab in the background, which paints nothing, starts
  // them after a while all the same.
  function afterFirstPaint(callback) {
    var started = false;
    function once() {
      if (started) return;
      started = true;
      callback();
    }
    try {
      var observer = new PerformanceObserver(function (entries) {
        if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        setTimeout(once, 0);
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch (error) {
      requestAnimationFrame(function () { setTimeout(once, 0); });
    }
    setTimeout(once, 3000);
  }
  var root = document.getElementById('root');
  if (!root || !root.firstElementChild) start();
  else afterFirstPaint(start);
})();

// The host page's only script tag. It starts the app's scripts once the browser has drawn the
// server's HTML: their download and first run then wait for the page, not the page for them.
// A page with an empty #root (rendered in the browser) has nothing to draw first: they start at once.
// Plain ES5 with no imports: it runs as written, before any bundle.
(function () {
  var starter = document.currentScript;
  var sources = (starter && starter.getAttribute('data-start') || '').split(' ');
  function start() {
    for (var i = 0; i < sources.length; i++) {
      if (!sources[i]) continue;
      var script = document.createElement('script');
      script.src = sources[i];
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

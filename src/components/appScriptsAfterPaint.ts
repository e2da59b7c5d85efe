// The citizen pages' app code (React, the router, the islands: one shared chunk) starts loading
// once the largest content has been painted, so its evaluation never competes with the first
// paint. The build leaves that chunk out of the page's script tags
// (scripts/lib/appScriptsAfterPaint.mjs); this inline script adds it back from the list that
// Next's chunk-group bootstrap pushes onto the Turbopack queue, and Turbopack's runtime then
// hydrates as usual. docs/decisions/0013-app-scripts-after-first-paint.md has the measurements.

/** Longest wait for a paint the browser never reports (a tab hidden while loading, an old browser). */
export const APP_SCRIPTS_FALLBACK_MS = 3000

/** The performance mark set when the app chunks are added (tests and field measurements read it). */
export const APP_SCRIPTS_MARK = 'plaza:app-scripts'

export const appScriptsAfterPaintScript = `(function () {
  var QUEUE = 'TURBOPACK';
  var chunks = [];
  var added = {};
  var released = false;
  function base() {
    return typeof self.TURBOPACK_CHUNK_BASE_PATH === 'string' ? self.TURBOPACK_CHUNK_BASE_PATH : '/_next/';
  }
  function load() {
    for (var i = 0; i < chunks.length; i++) {
      var path = typeof chunks[i] === 'string' ? chunks[i] : chunks[i] && chunks[i].path;
      if (!path || added[path]) continue;
      added[path] = true;
      var src = base() + path;
      // A build without the deferral step still has the chunk in the page: leave it be.
      if (document.querySelector('script[src="' + src + '"],script[src^="' + src + '?"]')) continue;
      var script = document.createElement('script');
      script.src = src;
      script.async = true;
      document.head.appendChild(script);
    }
  }
  function release() {
    if (released) return;
    released = true;
    try { performance.mark(${JSON.stringify(APP_SCRIPTS_MARK)}); } catch (e) {}
    load();
  }
  // Next pushes {otherChunks, runtimeModuleIds} onto the queue at the end of <body>; Turbopack's
  // runtime later replaces the queue with its own {push}, so both are watched.
  function watch(queue) {
    if (!queue || typeof queue.push !== 'function') return queue;
    var push = queue.push;
    queue.push = function (item) {
      if (item && !Array.isArray(item) && item.otherChunks) {
        chunks = chunks.concat(item.otherChunks);
        if (released) load();
      }
      return push.apply(this, arguments);
    };
    return queue;
  }
  var current = watch(self[QUEUE] || []);
  try {
    Object.defineProperty(self, QUEUE, {
      configurable: true,
      get: function () { return current; },
      set: function (value) { current = watch(value); }
    });
  } catch (e) {
    self[QUEUE] = current;
  }
  if (document.visibilityState === 'hidden') return release();
  setTimeout(release, ${APP_SCRIPTS_FALLBACK_MS});
  var types = (self.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  var type = types.indexOf('largest-contentful-paint') >= 0 ? 'largest-contentful-paint'
    : types.indexOf('paint') >= 0 ? 'paint' : null;
  if (!type) return requestAnimationFrame(function () { setTimeout(release, 0); });
  try {
    var observer = new PerformanceObserver(function () { observer.disconnect(); release(); });
    observer.observe({ type: type, buffered: true });
  } catch (e) {
    release();
  }
  document.addEventListener('visibilitychange', release, { once: true });
})();`

// The banner's dismissal as one small inline script, not a React island: it runs before the
// banner is painted (no flash or shift) and ships no framework code. Dismissals are kept by
// "alert id:version" (an updated alert shows again) and applied through a <style> element, so
// the server's markup and React's hydration stay untouched. Without JavaScript the banner shows.

export const DISMISSED_STORAGE_KEY = 'plaza:dismissed-alerts'

/** The dismissal key of an alert: changes with each CAP message it sends. */
export function alertDismissKey(alert: {
  id: number
  updatedAt: string
  capMessages?: { identifier: string }[] | null
}): string {
  const version = alert.capMessages?.at(-1)?.identifier ?? alert.updatedAt
  return `${alert.id}:${version}`.replace(/[^\w:.-]/g, '')
}

export const alertDismissScript = `(function () {
  var STORE = ${JSON.stringify(DISMISSED_STORAGE_KEY)};
  var SAFE = /^[\\w:.-]+$/;
  function read() {
    try {
      var v = JSON.parse(localStorage.getItem(STORE) || '[]');
      return Array.isArray(v) ? v.filter(function (k) { return typeof k === 'string' && SAFE.test(k); }) : [];
    } catch (e) { return []; }
  }
  function apply() {
    var dismissed = read();
    var css = '.alert-banner__dismiss{display:inline-block}';
    var others = '';
    dismissed.forEach(function (k) {
      css += '[data-alert-key="' + k + '"]{display:none}';
      others += ':not([data-alert-key="' + k + '"])';
    });
    // The whole banner goes when none of its alerts is left to show.
    if (dismissed.length) css += '[data-alert-banner]:not(:has([data-alert-key]' + others + ')){display:none}';
    var style = document.getElementById('alert-dismissed');
    if (!style) {
      style = document.createElement('style');
      style.id = 'alert-dismissed';
      document.head.appendChild(style);
    }
    style.textContent = css;
  }
  // In the first frame, not in the <head>: a first localStorage read can stall the parser and
  // split the first paint; animation callbacks still run before that frame's style and paint.
  requestAnimationFrame(apply);
  if (window.__plazaAlertsListening) return;
  window.__plazaAlertsListening = true;
  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest && event.target.closest('[data-alert-dismiss]');
    if (!button) return;
    var key = button.getAttribute('data-alert-dismiss');
    if (!SAFE.test(key)) return;
    var list = read().filter(function (k) { return k !== key; });
    list.push(key);
    try { localStorage.setItem(STORE, JSON.stringify(list.slice(-50))); } catch (e) {}
    apply();
    var status = document.querySelector('[data-alert-status]');
    if (status) status.textContent = button.getAttribute('data-alert-dismissed') || '';
    // The focused button is now hidden: move focus to the next alert left, or the content.
    var left = Array.prototype.filter.call(
      document.querySelectorAll('[data-alert-banner] [data-alert-key] a'),
      function (a) { return a.offsetParent !== null; }
    );
    var target = left[0] || document.getElementById('main');
    if (target) target.focus();
  });
})();`

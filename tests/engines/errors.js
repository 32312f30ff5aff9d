// Served with the engine smoke tests only (tests/engines/smoke.mjs puts it first in every page
// of a copy of the built site): keeps the page's uncaught errors, rejected promises nobody
// handled and console errors where any WebDriver client can read them, as WebKitWebDriver has
// no console log. A file of the site's own origin, so a strict CSP would allow it too.
(function () {
  var errors = [];
  window.__sbcErrors = errors;
  window.addEventListener('error', function (event) {
    errors.push('error: ' + event.message + ' (' + event.filename + ':' + event.lineno + ')');
  });
  window.addEventListener('unhandledrejection', function (event) {
    errors.push('unhandled rejection: ' + String(event.reason));
  });
  var consoleError = console.error;
  console.error = function () {
    errors.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return consoleError.apply(console, arguments);
  };
})();

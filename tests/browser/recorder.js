// The tests' recorder, run in every page and frame before the page's own scripts (never
// shipped): Playwright adds it to each context (lib.mjs, `recordErrors`), and for WebDriver,
// which has no init scripts, the test server puts it first in each page's <head>
// (serve.mjs, `recorder`). It keeps what the tests assert inside the page, in every engine
// (WebKitWebDriver has no console log):
//   __test.errors   uncaught errors, unhandled rejections and console.error calls
//   __test.heights  (top window) height messages received from frames, one per report
(() => {
  if (window.__test) return;
  const errors = [];
  const t = (window.__test = { errors, heights: 0 });
  addEventListener("error", (e) => errors.push(String(e.message || e.error)));
  addEventListener("unhandledrejection", (e) => errors.push(String(e.reason)));
  const error = console.error;
  console.error = function (...args) {
    errors.push(args.map(String).join(" "));
    return error.apply(this, args);
  };
  // Each report carries Datawrapper's form (public/boot.js): counted once per report.
  if (window.top === window) {
    addEventListener("message", (e) => {
      if (e.source !== window && e.data && typeof e.data === "object" && "datawrapper-height" in e.data) t.heights++;
    });
  }
})();

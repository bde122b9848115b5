// Boot: loads the wasm app that hydrates the prerendered story. An external module, so the
// page runs under `script-src 'self' 'wasm-unsafe-eval'` (no inline script anywhere).
// Whatever fails (no WebAssembly, a missing feature, a load error, a Rust panic, which with
// panic = "abort" is a WebAssembly trap), the prerendered text stays and a notice appears.
const root = document.documentElement;

// The app's state is on <html data-app> ("ready" or "failed"; none while it loads), and its
// moments are performance marks (story:woken, with what woke it; story:ready), for hosts,
// field monitoring and the tests alike. A Rust panic is a WebAssembly trap (panic = "abort").
addEventListener("error", (e) => {
  if (e.error instanceof WebAssembly.RuntimeError) fail(e.error);
});
addEventListener("unhandledrejection", (e) => {
  if (e.reason instanceof WebAssembly.RuntimeError) fail(e.reason);
});
const mark = (name, detail) => {
  try {
    performance.mark(name, { detail });
  } catch {
    /* no User Timing Level 3: no mark */
  }
};
// Measures the page's height again for an embed's host (set by reportHeight).
let remeasure = null;

// WeChat's share card (docs/publishing.md#wechat): its glue, a small plain script apart from
// the wasm, loads only in WeChat's browser, at the top of the window, on a page the build
// gave cards (STORY_WECHAT_SIGNATURE_URL, src/page/wechat.rs).
const wechat = document.getElementById("wechat-share");
if (wechat && /MicroMessenger/i.test(navigator.userAgent) && window.top === window) {
  const glue = document.createElement("script");
  glue.src = new URL(wechat.dataset.src, document.baseURI).href;
  document.head.append(glue);
}

// While the app loads, its buttons show (data-taps: style/main.css) and a tap on one is held,
// marked busy, and replayed once the app runs (the tap that woke it, below, included), so
// no tap is lost. Without script, or when the app fails, the buttons stay hidden.
let held = null;
function holdTap(e) {
  const button = e.target instanceof Element && e.target.closest("button");
  if (!button) return;
  e.preventDefault();
  e.stopImmediatePropagation();
  held?.removeAttribute("aria-busy");
  held = button;
  held.setAttribute("aria-busy", "true");
}
document.addEventListener("click", holdTap, true);
root.dataset.taps = "held";
function releaseTaps(replay) {
  document.removeEventListener("click", holdTap, true);
  delete root.dataset.taps;
  held?.removeAttribute("aria-busy");
  if (replay && held?.isConnected) held.click();
  held = null;
}

function fail(reason) {
  releaseTaps(false);
  root.dataset.app = "failed";
  const notice = document.getElementById("app-notice");
  if (notice) notice.hidden = false;
  // Read as an article: the plain text, each chart's table in its place.
  document.getElementById("article-css")?.setAttribute("media", "all");
  remeasure?.();
  console.warn("story: running as a plain article:", reason);
}

const params = new URLSearchParams(location.search);

// The story's constants, written into the page by the build from the Rust sources and the
// data (src/script_config.rs): the page of every language tag, the storage key of the
// reader's language, the id the height is reported under, the embed parameters' patterns.
let config = {};
try {
  config = JSON.parse(document.getElementById("story-config").textContent);
} catch (e) {
  console.error("story: the page's #story-config is not JSON:", e);
}
// A pattern that is missing matches nothing.
const rule = (source, flags) => new RegExp(typeof source === "string" ? source : "(?!)", flags);

// ?theme=light|dark before anything paints; other values are ignored.
const theme = params.get("theme");
if (theme === "light" || theme === "dark") root.dataset.theme = theme;

// Print shows every chart's static picture (style/charts.css), also those never shown on
// screen, which a lazy image has not loaded: they load now.
addEventListener("beforeprint", () => {
  for (const img of document.querySelectorAll("img[loading=lazy]")) img.loading = "eager";
});

// Each language has its own prerendered page (and embed page). ?lang= opens that page
// (keeping the query and the hash, the reader's place); the default page opens in a language
// the reader chose before (not an embed: there the host chose). Unknown values are ignored.
// Storage may be missing or throw (sandboxed iframes).
const embed = root.hasAttribute("data-embed");
const pages = config.pages || {};
const pageOf = (tag) => {
  const t = String(tag || "").trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(pages, t) ? pages[t] : null;
};
function languagePage() {
  const own = pageOf(root.lang);
  let wanted = pageOf(params.get("lang"));
  if (!wanted && !embed && own === config.home && !params.has("lang")) {
    try {
      wanted = pageOf(localStorage.getItem(config.langKey));
    } catch {
      /* no storage: stay */
    }
  }
  return wanted && wanted !== own ? wanted : null;
}

// Embed pages (docs/embedding.md, contract v1): the host's background (?bg=, validated),
// and the page's height, sent to the host whenever it changes (a ResizeObserver on <html>,
// whose height is the content's, so it shrinks too) in pym.js's form
// ("pymxPYMx{childId}xPYMxheightxPYMx{px}") and Datawrapper's ({"datawrapper-height":
// {id: px}}), AMP's ({sentinel: "amp", type: "embed-size", height}) and, with the secret
// WordPress gives its embeds, WordPress's ({message: "height", value, secret}). Here and not
// in the app, so a host sizes the story from its first paint, and also when the app cannot
// run. Messages go to the host's origin when the URL names it.
if (embed) {
  const bg = params.get("bg") || "";
  if (rule(config.bg, "i").test(bg)) root.style.setProperty("--host-bg", bg);
  if (/^#/.test(bg) && root.style.getPropertyValue("--host-bg")) root.style.setProperty("--host-bg-solid", bg);
  if (window.parent !== window) reportHeight();
}

// An http(s) origin without credentials (the URL parser's rules); for parentUrl also the
// characters and length the Rust side takes (src/embed/params.rs).
function originOf(url) {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) && !u.username && !u.password ? u.origin : null;
  } catch {
    return null;
  }
}

function reportHeight() {
  const id = rule(config.childId).test(params.get("childId") || "") ? params.get("childId") : null;
  const explicit = params.get("parentOrigin");
  const parentUrl = (params.get("parentUrl") || "").split("#")[0];
  const fromUrl = rule(config.url).test(parentUrl) ? originOf(parentUrl) : null;
  const target = (explicit && originOf(explicit) === explicit ? explicit : fromUrl) || "*";
  // WordPress's embed protocol: the secret it puts in the URL's hash (#?secret=…), read now
  // (before the app may change the hash).
  const fromHash = location.hash.startsWith("#?") ? new URLSearchParams(location.hash.slice(2)).get("secret") : null;
  const secret = fromHash && rule(config.wpSecret).test(fromHash) ? fromHash : null;
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last || !(height > 0)) return;
    last = height;
    if (id) parent.postMessage(`pymxPYMx${id}xPYMxheightxPYMx${height}`, target);
    parent.postMessage({ "datawrapper-height": { [id || config.heightId || "story"]: height } }, target);
    parent.postMessage({ sentinel: "amp", type: "embed-size", height }, target);
    if (secret) parent.postMessage({ message: "height", value: height, secret }, target);
  };
  new ResizeObserver(send).observe(root);
  // Browsers pause rendering, and so resize observers, in a cross-origin iframe out of view:
  // the height is also measured now, on load, once the app has started, and after every
  // message from the host (which may have changed the layout; a timeout runs after the app's
  // reactions). pym.js asks again with its width message: always answered.
  send();
  addEventListener("load", send);
  remeasure = () => setTimeout(send);
  addEventListener("message", (e) => {
    if (e.source !== parent) return;
    const m = typeof e.data === "string" && /^pymxPYMx(.{1,128})xPYMxwidthxPYMx\d{1,5}$/.exec(e.data);
    if (m && id && m[1] === id) last = -1;
    // WordPress's host script says "ready" when it may have missed the height.
    if (secret && e.data && e.data.message === "ready" && e.data.secret === secret) last = -1;
    setTimeout(send);
  });
}

// What today's Rust emits for wasm32: reference types, multi-value, bulk memory,
// non-trapping float-to-int and sign extension. A tiny module per feature (as in
// wasm-feature-detect) tells whether this engine validates it.
const FEATURES = {
  "reference types": [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 7, 1, 5, 0, 208, 112, 26, 11],
  "multi-value": [0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 0, 2, 127, 127, 3, 2, 1, 0, 10, 8, 1, 6, 0, 65, 0, 65, 0, 11],
  "bulk memory": [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 1, 10, 14, 1, 12, 0, 65, 0, 65, 0, 65, 0, 252, 10, 0, 0, 11],
  "float-to-int": [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 12, 1, 10, 0, 67, 0, 0, 0, 0, 252, 0, 26, 11],
  "sign extension": [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 65, 0, 192, 26, 11],
};

function missingFeature() {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.validate !== "function") return "WebAssembly";
  for (const [name, bytes] of Object.entries(FEATURES)) {
    if (!WebAssembly.validate(new Uint8Array(bytes))) return "WebAssembly " + name;
  }
  return null;
}

// Lets the browser paint the prerendered text before the app's work begins (no frame comes
// in a hidden tab or an off-screen frame: then a moment's wait is enough).
const afterPaint = () =>
  new Promise((r) => {
    requestAnimationFrame(() => setTimeout(r, 0));
    setTimeout(r, 200);
  });

// The story page's app waits until the reader needs it: their first touch, wheel, key or
// scroll, or a chart on view (a link to a step; a tall screen). Until then the page is its text and its
// static charts, so a reader who only reads the first screen loads neither the app's script
// nor its wasm, and nothing competes with the text on a slow phone. Embed and chart pages,
// whose chart is the first thing seen, start at once.
const WAKE_EVENTS = ["scroll", "wheel", "touchstart", "pointerdown", "keydown"];
function whenNeeded() {
  if (embed) return Promise.resolve("embed");
  return new Promise((resolve) => {
    const io =
      "IntersectionObserver" in window &&
      new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && wake("chart"));
    function wake(why) {
      for (const type of WAKE_EVENTS) removeEventListener(type, onEvent, true);
      if (io) io.disconnect();
      resolve(why);
    }
    function onEvent(e) {
      wake(e.type);
    }
    for (const type of WAKE_EVENTS) addEventListener(type, onEvent, { capture: true, passive: true });
    if (io) for (const el of document.querySelectorAll(".graphic, .chart")) io.observe(el);
    else wake("no observer");
  });
}

// A later task: the browser paints and handles input in between (scheduler.yield where
// there is one, else a zero timeout).
const nextTask = () =>
  typeof scheduler === "object" && typeof scheduler.yield === "function"
    ? scheduler.yield()
    : new Promise((r) => setTimeout(r, 0));

// Until the reader acts, a chapter away from the screen is neither styled nor laid out
// (style/main.css): a first visit lays out its first screen, not the whole article. The
// app's step engine measures every step, so once the reader acts the chapters are laid
// out, here, while the app loads (not in the app's own first frame, which is long enough),
// the nearest first. A chapter on view is laid out already and is marked whole; one away
// from the screen is laid out in parts, its frame and then each step and chart's slot,
// in slices of about SLICE_MS (a whole chapter at once holds a slow phone for 50–130 ms).
// The chapter at the top of the view keeps its place: by hand, as Safari has no scroll
// anchoring, with the browser's own anchoring off meanwhile so that the view moves once a
// part.
const SLICE_MS = 12;
async function layOutChapters() {
  // Not in the task of the reader's act: that one ends as soon as the app's script is asked for.
  await nextTask();
  const chapters = [...document.querySelectorAll(".chapter")];
  const away = (c) => {
    const r = c.getBoundingClientRect();
    return Math.max(0, r.top - innerHeight, -r.bottom);
  };
  const order = chapters.map((c) => [away(c), c]).sort((a, b) => a[0] - b[0]);
  const parts = order.flatMap(([far, c]) =>
    far === 0 ? [[c, ""]] : [[c, "units"], ...[...c.querySelectorAll(".step, .graphic-slot")].map((u) => [u, ""])],
  );
  root.style.overflowAnchor = "none";
  let sliceStart = performance.now();
  for (const [part, value] of parts) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
    const inView = chapters.find((c) => c.getBoundingClientRect().bottom > 0);
    const before = inView?.getBoundingClientRect().top;
    part.dataset.laidOut = value;
    const moved = inView ? inView.getBoundingClientRect().top - before : 0;
    if (Math.abs(moved) >= 0.5) scrollBy(0, moved);
  }
  root.dataset.laidOut = "";
  root.style.removeProperty("overflow-anchor");
}

async function start() {
  const missing = missingFeature();
  if (missing) throw new Error("this browser lacks " + missing);
  const assets = JSON.parse(document.getElementById("app-assets").textContent);
  if (!assets.data) throw new Error("the page names no data file in #app-assets");
  mark("story:woken", await whenNeeded());
  // The app's script and the page's data (its language's figures and words, apart from the
  // wasm) are fetched while the chapters are laid out; the app takes the data's text from
  // window.storyData (src/client/mod.rs, with_data). A data file that fails fails the start.
  const loading = import(new URL(assets.js, document.baseURI).href);
  const dataUrl = new URL(assets.data, document.baseURI);
  const data = fetch(dataUrl).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${dataUrl}: HTTP ${r.status}`))));
  data.catch(() => {}); // handled below, once the chapters are laid out
  window.storyData = data;
  await layOutChapters();
  await afterPaint();
  const app = await loading;
  // The app starts in slices and says when it has, or that it cannot (src/client/mod.rs).
  const started = new Promise((resolve, reject) => {
    document.addEventListener("story:started", resolve, { once: true });
    document.addEventListener("story:failed", () => reject(new Error("the app could not start")), { once: true });
  });
  await Promise.all([data, app.default({ module_or_path: new URL(assets.wasm, document.baseURI) })]);
  await started;
  root.dataset.app = "ready";
  mark("story:ready");
  releaseTaps(true);
  remeasure?.();
}

const other = languagePage();
if (other) location.replace(new URL(other + location.search + location.hash, document.baseURI));
else start().catch(fail);

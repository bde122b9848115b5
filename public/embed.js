/*! Story loader, embed contract v1 (docs/embedding.md). No dependencies.
 *
 *   <div data-luyuan-story="1" data-lang="zh-Hant"></div>
 *   <div data-luyuan-chart="econ-support" data-lang="en"></div>
 *   <script async src="https://…/embed.js"></script>
 *
 * Each such <div> becomes an iframe of the story (the embed page of its language, from the
 * folder this script was loaded from), or of one chart (the chart's page; an unknown chart
 * id is left alone), that is always as tall as its content: the page sends its height,
 * this loader sends the host's viewport so the story's steps follow the reader, and the
 * story's events are dispatched on the <div> as DOM events ("luyuan:chapter" …). Whatever
 * the <div> held (a snippet's plain iframe, the fallback) is replaced.
 * Optional attributes: data-lang (zh-Hant | zh-Hans | en), data-title, data-bg (transparent
 * or #rrggbb), data-theme (light | dark), data-height (px before the page reports its own),
 * data-allowed-origins (space-separated origins whose messages are accepted; by default the
 * story's own). Messages are accepted only from the story's iframe, from an allowed origin,
 * in the documented shapes; nothing in them becomes markup, script or a navigation.
 * Backward compatible: a later loader keeps every attribute and event of contract v1.
 * The names "luyuan" (messages, events, data-luyuan-story, window.LuyuanStory) are the
 * protocol's, the same for every story built with this kit. */
(function () {
  "use strict";
  if (window.LuyuanStory) {
    window.LuyuanStory.scan();
    return;
  }
  var script = document.currentScript;
  var base = script && script.src ? script.src : location.href;
  // The story's facts, written in by the build from its data and the Rust sources
  // (src/script_config.rs): the embed page of every language tag (pages, fallback), each
  // page's default iframe title, the story's charts and the same for their pages (chart…),
  // the patterns of an id and of a background.
  var STORY = /*build:story*/ {};
  // Scripts and its own origin (the wasm, storage); popups to open the full page and to
  // share; downloads for a chart's picture. No top navigation, no forms, no modals.
  var SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads";
  var ID = new RegExp(STORY.childId || "(?!)");
  var BG = new RegExp(STORY.bg || "(?!)", "i");
  var HEIGHT = /^pymxPYMx(.{1,128})xPYMxheightxPYMx(\d{1,7})$/;
  var frames = [];
  var count = 0;

  function origin(url) {
    try {
      var u = new URL(url, base);
      return /^https?:$/.test(u.protocol) ? u.origin : null;
    } catch (e) {
      return null;
    }
  }

  function has(o, k) {
    return !!o && Object.prototype.hasOwnProperty.call(o, k);
  }

  // The page a container asks for: the story's embed page, or a chart's page (the build
  // names a chart's pages with a mark, chartMark, in place of its id).
  function target(el) {
    var lang = String(el.getAttribute("data-lang") || "").trim().toLowerCase();
    var chart = el.getAttribute("data-luyuan-chart");
    if (chart === null) {
      var page = has(STORY.pages, lang) ? STORY.pages[lang] : STORY.fallback;
      return { file: page, title: STORY.titles && STORY.titles[page], height: 800, prefix: "luyuan-story-" };
    }
    if (!STORY.charts || STORY.charts.indexOf(chart) < 0) return null;
    var named = has(STORY.chartPages, lang) ? STORY.chartPages[lang] : STORY.chartFallback;
    var title = STORY.chartTitles && STORY.chartTitles[named];
    var file = String(named).split(STORY.chartMark).join(chart);
    return { file: file, title: title, height: 480, prefix: "luyuan-chart-", chart: chart };
  }

  function mount(el) {
    if (el.luyuanStory) return;
    var t = target(el);
    if (!t) return;
    var url = new URL(t.file, base);
    var id = ID.test(el.id) ? el.id : t.prefix + ++count;
    var q = url.searchParams;
    q.set("v", "1");
    q.set("childId", id);
    q.set("parentUrl", location.href.split("#")[0]);
    var bg = el.getAttribute("data-bg") || "";
    if (BG.test(bg)) q.set("bg", bg);
    var theme = el.getAttribute("data-theme");
    if (theme === "light" || theme === "dark") q.set("theme", theme);
    // A link to a step of the story on the host's page opens the story there.
    if (!t.chart && /^#[a-z][a-z0-9-]{0,63}$/.test(location.hash)) url.hash = location.hash;
    var allowed = String(el.getAttribute("data-allowed-origins") || "")
      .split(/\s+/)
      .filter(function (o) {
        return o && origin(o) === o;
      });
    var storyOrigin = url.origin;
    if (!allowed.length) allowed = [storyOrigin];

    var iframe = document.createElement("iframe");
    iframe.src = url.href;
    iframe.title = el.getAttribute("data-title") || t.title || "";
    iframe.setAttribute("loading", "lazy");
    iframe.setAttribute("scrolling", "no");
    iframe.setAttribute("allow", "web-share; clipboard-write");
    iframe.setAttribute("sandbox", SANDBOX);
    var h = parseInt(el.getAttribute("data-height"), 10);
    iframe.style.cssText =
      "display:block;width:100%;min-width:100%;border:0;overflow:hidden;height:" + (h > 0 && h < 100000 ? h : t.height) + "px";
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(iframe);
    var frame = { el: el, iframe: iframe, id: id, origin: storyOrigin, allowed: allowed, chart: !!t.chart };
    el.luyuanStory = frame;
    frames.push(frame);
  }

  function scan() {
    var found = document.querySelectorAll("div[data-luyuan-story], div[data-luyuan-chart]");
    for (var i = 0; i < found.length; i++) mount(found[i]);
  }

  // Only the story's own facts go into an event's detail: short strings, numbers, booleans.
  function clean(detail) {
    var out = {};
    if (!detail || typeof detail !== "object") return out;
    var keys = Object.keys(detail).slice(0, 12);
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i];
      var v = detail[k];
      if (!/^[A-Za-z]{1,20}$/.test(k)) continue;
      if ((typeof v === "string" && v.length <= 300) || typeof v === "boolean" || (typeof v === "number" && isFinite(v))) out[k] = v;
    }
    return out;
  }

  function sendView(f) {
    // Only once the story has said hello: before, the iframe holds another document.
    if (!f.ready || !f.iframe.contentWindow) return;
    var r = f.iframe.getBoundingClientRect();
    f.iframe.contentWindow.postMessage(
      { luyuan: 1, type: "viewport", width: window.innerWidth, height: window.innerHeight, top: r.top },
      f.origin
    );
  }

  function onMessage(e) {
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (e.source !== f.iframe.contentWindow) continue;
      if (f.allowed.indexOf(e.origin) < 0) return;
      var d = e.data;
      if (typeof d === "string") {
        var m = HEIGHT.exec(d);
        if (m && m[1] === f.id) {
          var px = Math.min(Math.max(parseInt(m[2], 10), 50), 1000000);
          if (f.iframe.style.height !== px + "px") f.iframe.style.height = px + "px";
        }
        return;
      }
      if (!d || typeof d !== "object" || d.luyuan !== 1 || d.childId !== f.id) return;
      if (d.type === "hello") {
        f.ready = true;
        sendView(f);
      } else if (d.type === "scroll" && typeof d.y === "number" && isFinite(d.y)) {
        var y = Math.min(Math.max(d.y, 0), f.iframe.offsetHeight);
        var top = f.iframe.getBoundingClientRect().top + window.pageYOffset + y;
        var smooth = !(window.matchMedia && matchMedia("(prefers-reduced-motion: reduce)").matches);
        window.scrollTo({ top: top, behavior: smooth ? "smooth" : "auto" });
      } else if (d.type === "event" && typeof d.event === "string" && /^[a-z]{1,20}$/.test(d.event)) {
        var ev;
        try {
          ev = new CustomEvent("luyuan:" + d.event, { detail: clean(d.detail), bubbles: true });
        } catch (err) {
          return;
        }
        f.el.dispatchEvent(ev);
      }
      return;
    }
  }

  // The host's viewport, at most once a frame while the reader scrolls or the window resizes
  // (a story's steps follow it; a chart has none: it gets the viewport once, when it asks).
  var pending = false;
  function onViewChange() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      for (var i = 0; i < frames.length; i++) if (!frames[i].chart) sendView(frames[i]);
    });
  }

  window.addEventListener("message", onMessage);
  window.addEventListener("scroll", onViewChange, { passive: true });
  window.addEventListener("resize", onViewChange, { passive: true });
  window.LuyuanStory = { version: 1, scan: scan };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();

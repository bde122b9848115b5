// The benchmark: sizes and where the wasm's bytes go (size-profile.mjs), Lighthouse, time to
// text and to the first chart (also on slow 3G), when a linked step's own chart is seen on slow
// 3G (its static picture, then the canvas), frame times while scrolling a phone with a 4×
// slower CPU, peak JS heap and wasm memory. Lighthouse also runs on the peer page (the same
// article with D3 + Scrollama instead of our app, bench/peer.mjs), interleaved with ours in
// the same sitting, and the two are printed side by side with their ratios.
// Serves the built dist/ over loopback with compression (precompressed .br, as a host would).
// Prints a table with PASS/FAIL against the budgets and writes bench/results.json.
//   scripts/bench.sh            (builds release first)
//   node bench/bench.mjs [--runs 5] [--quick] [--dist dir]   (on an existing dist/; --quick:
//   one Lighthouse run each; --dist or BENCH_DIST: another build, then without the wasm's
//   size profile, which builds this checkout's wasm)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../tests/browser/serve.mjs";
import { interleavedRuns, printComparison, ratios, summarize } from "./lighthouse.mjs";
import { buildPeer, peerVersions } from "./peer.mjs";
import { sizes } from "./sizes.mjs";
import { measureFill } from "./fill.mjs";
import { printSizeProfile, sizeProfile } from "./size-profile.mjs";
import { floor } from "./floor.mjs";
import { BUDGET_MS, printStart, startRuns } from "./start.mjs";
import { pageBytes } from "./bytes.mjs";
import { PREVIEW_BUDGET_MS, printPreview, previewRuns } from "./preview.mjs";

const root = new URL("../", import.meta.url).pathname;
const arg = (name, dflt) => {
  const i = process.argv.indexOf("--" + name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const OTHER_DIST = arg("dist", process.env.BENCH_DIST);
const dist = OTHER_DIST ? resolve(OTHER_DIST) : join(root, "dist");
const RUNS = Number(arg("runs", 5));
const QUICK = process.argv.includes("--quick");
const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const PHONE = { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "zh-TW" };
// Slow 3G as DevTools defines it: 400 ms round trip, 400 kbit/s each way.
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };

// Where the wasm's bytes go (bench/size-profile.mjs), before anything is timed; it builds
// this checkout's wasm, so not for another build's dist.
const profile = OTHER_DIST ? null : await sizeProfile({ dist });
// What the stack weighs with almost no story (bench/floor.mjs), beside the app's bytes.
const stackFloor = await floor();

// scripts/bench.sh builds with STORY_BASE_URL for this port; any free port otherwise. The
// peer at the same path on a port of its own.
const BASE = "/news/2024/luyuan/";
const server = await serve({ dir: dist, base: BASE, port: Number(process.env.BENCH_PORT || 0) });
const url = server.url;
const peerDir = buildPeer(dist, mkdtempSync(join(tmpdir(), "peer-")));
const peerServer = await serve({ dir: peerDir, base: BASE });
const results = { date: new Date().toISOString(), url: `loopback, ${BASE}, brotli`, dist: OTHER_DIST ? dist : "dist" };

// ---- Sizes ----
results.sizes = sizes(dist);
results.sizeProfile = profile;
// What a reader who scrolls loads of each language's page (bench/bytes.mjs), and the peer page.
results.bytes = {
  pages: ["index.html", "zh-hans.html", "en.html"].map((page) => ({ page, ...pageBytes(dist, page) })),
  peer: pageBytes(peerDir, "index.html"),
  floor: stackFloor.map(({ name, brotliKb }) => ({ name, kb: brotliKb })),
};

// ---- Lighthouse (mobile preset): ours and the peer's, interleaved, median run of RUNS ----
// Lighthouse runs as its own process (async: this process serves the pages meanwhile).
const lhrs = await interleavedRuns({ ours: url, peer: peerServer.url }, QUICK ? 1 : RUNS, { chromium: CHROMIUM, flags: FLAGS });
results.lighthouse = summarize(lhrs.ours);
const peerLh = summarize(lhrs.peer);
const { d3, scrollama } = peerVersions();
results.peer = {
  page: `index.html with D3 ${d3} + Scrollama ${scrollama} (bench/peer.mjs) instead of the app`,
  lighthouse: peerLh,
  ratios: ratios(results.lighthouse, peerLh),
};

// ---- Our own measurements in Chromium over CDP ----
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS.slice(1), "--enable-precise-memory-info"] });

// When the text shows (first contentful paint) and the first chart is drawn. Charts are
// drawn as they come near the viewport, so the page is opened at a step with its chart in
// view (a shared link to a step).
const WATCH_FIRST_CHART = () => {
  window.__bench = { chart: null };
  new MutationObserver((_, obs) => {
    if (document.querySelector('.chart[data-state="drawn"]')) {
      window.__bench.chart = performance.now();
      obs.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state"] });
};
async function loadTimes(network) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (network) await cdp.send("Network.emulateNetworkConditions", network);
  await page.addInitScript(WATCH_FIRST_CHART);
  await page.goto(url + "#economy-2", { waitUntil: "commit" });
  await page.waitForFunction(() => window.__bench && window.__bench.chart !== null, null, { timeout: 120000 });
  const t = await page.evaluate(() => ({
    text: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    chart: window.__bench.chart,
  }));
  await context.close();
  return { textMs: Math.round(t.text), firstChartMs: Math.round(t.chart) };
}
results.load = { fast: await loadTimes(null), slow3g: await loadTimes(SLOW_3G) };

// A link to a step on slow 3G: when the step's own chart is seen in the graphic (its static
// picture loaded and visible, or its canvas drawn), when the live canvas has it, and the
// bytes the page loaded meanwhile (of them, the static pictures: charts/…svg).
const WATCH_OPENED_CHART = () => {
  window.__opened = { seen: null, live: null };
  const tick = () => {
    const step = document.getElementById(location.hash.slice(1));
    const slot = step && document.querySelector(`.graphic-slot[data-chart="${step.dataset.chart}"]`);
    if (slot) {
      const now = performance.now();
      const fig = slot.querySelector(".chart");
      const img = slot.querySelector(".chart-static img");
      const shown = (el) => el && el.getBoundingClientRect().height > 50 && el.checkVisibility({ visibilityProperty: true });
      const live = fig.dataset.state === "drawn" && shown(slot.querySelector("canvas"));
      if (window.__opened.seen === null && (live || (img && img.complete && img.naturalWidth > 0 && shown(img)))) window.__opened.seen = now;
      if (window.__opened.live === null && live) window.__opened.live = now;
    }
    if (window.__opened.live === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};
async function openedChart(hash, network) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", network);
  const urls = new Map();
  const bytes = { all: 0, charts: 0 };
  cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
  cdp.on("Network.loadingFinished", (e) => {
    bytes.all += e.encodedDataLength;
    if (/\/charts\/[^/]+\.svg$/.test(urls.get(e.requestId) || "")) bytes.charts += e.encodedDataLength;
  });
  await page.addInitScript(WATCH_OPENED_CHART);
  await page.goto(url + hash, { waitUntil: "commit" });
  await page.waitForFunction(() => window.__opened && window.__opened.live !== null, null, { timeout: 120000, polling: 200 });
  const t = await page.evaluate(() => ({ text: performance.getEntriesByName("first-contentful-paint")[0]?.startTime, ...window.__opened }));
  await context.close();
  return { hash, textMs: Math.round(t.text), chartSeenMs: Math.round(t.seen), liveMs: Math.round(t.live), kb: +(bytes.all / 1024).toFixed(1), chartsKb: +(bytes.charts / 1024).toFixed(1) };
}
// A first visit as served: the bytes loaded at the top of the page once the network is idle
// (lazy pictures included, as the browser fetches them), and of them the static pictures.
async function visitBytes(hash) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const urls = new Map();
  const bytes = { all: 0, charts: 0, pictures: 0 };
  cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
  cdp.on("Network.loadingFinished", (e) => {
    bytes.all += e.encodedDataLength;
    if (/\/charts\/[^/]+\.svg$/.test(urls.get(e.requestId) || "")) {
      bytes.charts += e.encodedDataLength;
      bytes.pictures++;
    }
  });
  await page.goto(url + hash, { waitUntil: "networkidle" });
  await page.waitForTimeout(1000);
  await context.close();
  return { hash: hash || "(top)", kb: +(bytes.all / 1024).toFixed(1), chartsKb: +(bytes.charts / 1024).toFixed(1), pictures: bytes.pictures };
}
results.visit = [];
for (const path of ["", "zh-hans.html", "en.html", "#economy-2"]) results.visit.push(await visitBytes(path));
results.opened = [];
for (const hash of ["#economy-2", "#city-4", "#livelihoods-6"]) results.opened.push(await openedChart(hash, SLOW_3G));

// Scrolling the whole story on a phone with a 4× slower CPU: frame times and memory. Cold:
// from the top as a reader opens the page, the app starting when the scrolling begins (its
// load, compile and hydration fall inside the measured frames); warm: once it has started.
async function scrollRun({ cold, at = url }) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // The wasm's memory, for its size: kept as the page instantiates the module.
  await page.addInitScript(() => {
    for (const name of ["instantiate", "instantiateStreaming"]) {
      const original = WebAssembly[name];
      if (!original) continue;
      WebAssembly[name] = async function (...args) {
        const r = await original.apply(this, args);
        // Found by its type: the post-build step renames the wasm's exports (tools/wasm-names.mjs).
        window.__wasmMemory = Object.values((r.instance || r).exports ?? {}).find((e) => e instanceof WebAssembly.Memory);
        return r;
      };
    }
  });
  // Long animation frames (Chrome's LoAF: frames over 50 ms, with what ran in them).
  await page.addInitScript(() => {
    window.__loaf = [];
    new PerformanceObserver((l) => {
      // What the frame spent its time on: scripts (by what invoked them), then style and
      // layout, then paint; so a long frame can be traced to its cause.
      for (const e of l.getEntries()) {
        const end = e.startTime + e.duration;
        window.__loaf.push({
          ms: Math.round(e.duration),
          scriptMs: Math.round(e.scripts.reduce((t, x) => t + x.duration, 0)),
          styleLayoutMs: Math.round(e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0),
          renderMs: Math.round(e.renderStart ? end - e.renderStart : 0),
          scripts: e.scripts.map((x) => `${x.invoker} ${Math.round(x.duration)} ms`),
        });
      }
    }).observe({ type: "long-animation-frame" });
  });
  await page.goto(at, { waitUntil: "networkidle" });
  if (!cold) {
    await page.keyboard.press("Shift");
    await page.waitForFunction(() => document.documentElement.dataset.app === "ready");
    await page.waitForTimeout(500);
  }
  await page.evaluate(() => (window.__loaf.length = 0));
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const frames = await page.evaluate(
    () =>
      new Promise((done) => {
        const end = document.documentElement.scrollHeight - innerHeight;
        const gaps = [];
        let heap = 0;
        let last = performance.now();
        // The page's height can change as it scrolls (chapters laid out at their own
        // heights, not the estimates): the end is also where a scroll no longer moves.
        let lastY = -1;
        let stuck = 0;
        const pxPerFrame = 24; // about 1,400 px a second: a brisk read, with flings in it
        function frame(now) {
          gaps.push(now - last);
          last = now;
          heap = Math.max(heap, performance.memory ? performance.memory.usedJSHeapSize : 0);
          stuck = scrollY === lastY ? stuck + 1 : 0;
          lastY = scrollY;
          if (scrollY >= end - 1 || stuck >= 3) return done({ gaps: gaps.slice(1), heap });
          window.scrollBy(0, pxPerFrame);
          requestAnimationFrame(frame);
        }
        requestAnimationFrame(frame);
      }),
  );
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  const heap = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
  const loaf = await page.evaluate(() => window.__loaf);
  const state = await page.evaluate(() => document.documentElement.dataset.app || "none");
  await context.close();
  const gaps = frames.gaps;
  return {
    cold,
    appState: state,
    frames: gaps.length,
    over16ms: Number((gaps.filter((g) => g > 16.7).length / gaps.length).toFixed(3)),
    longestMs: Math.round(Math.max(...gaps)),
    longFrames: loaf.length,
    // How long they ran over 50 ms, together: the severity the count does not tell.
    overMs: loaf.reduce((t, f) => t + f.ms - 50, 0),
    longestFrameMs: Math.max(0, ...loaf.map((f) => f.ms)),
    longFrameDetail: loaf,
    medianMs: Number(gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)].toFixed(1)),
    peakHeapMB: Number((Math.max(frames.heap, heap.usedSize) / 1048576).toFixed(1)),
    wasmMemoryMB: Number((wasm / 1048576).toFixed(1)),
  };
}
// Median of three runs each (by long frames, then the longest).
async function scrollRuns(cold, at = url) {
  const runs = [];
  for (let i = 0; i < (QUICK ? 1 : 3); i++) runs.push(await scrollRun({ cold, at }));
  const sorted = [...runs].sort((a, b) => a.longFrames - b.longFrames || a.longestFrameMs - b.longestFrameMs);
  return { ...sorted[Math.floor(sorted.length / 2)], runs: runs.map((r) => ({ longFrames: r.longFrames, longestFrameMs: r.longestFrameMs, overMs: r.overMs })) };
}
// The app's start at the reader's first act: long tasks until it is idle (bench/start.mjs).
results.start = await startRuns(browser, url, QUICK ? 1 : 3);
results.scroll = await scrollRuns(true);
results.scrollWarm = await scrollRuns(false);
// The peer page scrolled alike: what the page's own rendering costs on this machine.
results.peerScroll = await scrollRuns(true, peerServer.url);
await peerServer.close();
rmSync(peerDir, { recursive: true, force: true });
// How much of its frame each chart fills while it is shown (bench/fill.mjs).
results.fill = await measureFill(browser, server.url + "index.html");
// The editor's loop: a saved edit on the preview's page (bench/preview.mjs).
results.preview = await previewRuns(browser, dist, QUICK ? 3 : 5);
await browser.close();
await server.close();

// ---- Budgets ----
// The app's bytes (#26): its goal, and page + app against the peer page's.
const APP_KB = 120;
const PEER_RATIO = 1.4;
const kb = (n) => (n / 1024).toFixed(1);
const fv = results.sizes.firstVisit;
const lh = results.lighthouse;
const sc = results.scroll;
results.budgets = [
  ["first visit ≤ 150 KB (brotli, as served, until idle), each language", results.visit.slice(0, 3).map((v) => `${v.hash} ${v.kb} KB`).join(", "), results.visit.slice(0, 3).every((v) => v.kb <= 150)],
  ["Lighthouse performance 100 (median run)", lh.performance, lh.performance === 100],
  ["Lighthouse accessibility 100", lh.accessibility, lh.accessibility === 100],
  ["Lighthouse best practices 100", lh.bestPractices, lh.bestPractices === 100],
  ["Lighthouse SEO 100", lh.seo, lh.seo === 100],
  ["CLS 0", lh.cls, lh.cls === 0],
  ["a linked step's chart seen ≤ 2.5 s on slow 3G", results.opened.map((o) => `${o.hash} ${o.chartSeenMs} ms`).join(", "), results.opened.every((o) => o.chartSeenMs <= 2500)],
  ["LCP ≤ 1.0 s", `${lh.lcpMs} ms`, lh.lcpMs <= 1000],
  ["TBT ≤ 50 ms (median run), no run over 100 ms", `${lh.tbtMs} ms, worst ${lh.tbtWorstMs} ms`, lh.tbtMs <= 50 && lh.tbtWorstMs <= 100],
  ["no frame over 50 ms while scrolling from the top (4× CPU, median of 3)", `longest ${sc.longestFrameMs} ms, ${sc.longFrames} over 50 ms by ${sc.overMs} ms in all (runs: ${sc.runs.map((r) => r.longFrames).join(", ")})`, sc.longFrames === 0],
  ["… and once the app runs", `longest ${results.scrollWarm.longestFrameMs} ms, ${results.scrollWarm.longFrames} over 50 ms by ${results.scrollWarm.overMs} ms in all (runs: ${results.scrollWarm.runs.map((r) => r.longFrames).join(", ")})`, results.scrollWarm.longFrames === 0],
  ["JS heap ≤ 16 MB", `${sc.peakHeapMB} MB`, sc.peakHeapMB <= 16],
  [`no task over ${BUDGET_MS} ms from the first act to an idle app (4× CPU, median of ${results.start.runs.length})`, `${results.start.count} over ${BUDGET_MS} ms, longest ${results.start.longestMs} ms (runs: ${results.start.runs.map((r) => r.count).join(", ")})`, results.start.pass],
  [`the app (script + wasm + its data) ≤ ${APP_KB} KB brotli, each language`, results.bytes.pages.map((p) => `${p.page} ${p.app} KB`).join(", "), results.bytes.pages.every((p) => p.app <= APP_KB)],
  [`page + app ≤ ${PEER_RATIO}× the D3 peer page's (${results.bytes.peer.pageApp} KB), each language`, results.bytes.pages.map((p) => `${p.page} ${p.pageApp} KB (${(p.pageApp / results.bytes.peer.pageApp).toFixed(2)}×)`).join(", "), results.bytes.pages.every((p) => p.pageApp <= PEER_RATIO * results.bytes.peer.pageApp)],
  ...["phone", "desktop"].map((d) => {
    const f = results.fill[d];
    const pct = (x) => `${Math.round(x * 100)} %`;
    return [`charts fill ≥ 70 % of their height (median), ≤ 5 under 60 % (${d})`, `median ${pct(f.medianHeight)}, ${f.under60} under 60 %`, f.medianHeight >= 0.7 && f.under60 <= 5 && f.notDrawn.length === 0];
  }),
  [`the preview: a saved edit on the page ≤ ${PREVIEW_BUDGET_MS} ms (median of ${results.preview.runs.length})`, `${results.preview.medianMs} ms (the render ${results.preview.renderMs} ms; runs: ${results.preview.runs.join(", ")})`, results.preview.pass],
].map(([budget, value, pass]) => ({ budget, value: String(value), pass }));

writeFileSync(join(root, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");

console.log("\nfile".padEnd(41), "raw KB".padStart(8), "gzip KB".padStart(8), "br KB".padStart(8));
for (const r of results.sizes.files) console.log(r.file.padEnd(40), kb(r.raw).padStart(8), kb(r.gzip).padStart(8), kb(r.brotli).padStart(8));
console.log("page + app (a reader who scrolls)".padEnd(40), kb(fv.raw).padStart(8), kb(fv.gzip).padStart(8), kb(fv.brotli).padStart(8));
if (profile) printSizeProfile(profile);
else console.log(`\n(no size profile: ${dist} is another build)`);
console.log(`\nLighthouse (mobile, median of ${lh.runs}): performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}, SEO ${lh.seo}`);
console.log(`  FCP ${lh.fcpMs} ms, LCP ${lh.lcpMs} ms, TBT ${lh.tbtMs} ms (worst run ${lh.tbtWorstMs} ms), CLS ${lh.cls}${lh.failed.length ? `; failing audits: ${lh.failed.join(", ")}` : ""}`);
printComparison(lh, results.peer.lighthouse, results.peer.ratios, results.peer.page);
const { fast, slow3g } = results.load;
console.log(`Text shown / first chart drawn: ${fast.textMs} / ${fast.firstChartMs} ms; on slow 3G ${slow3g.textMs} / ${slow3g.firstChartMs} ms`);
for (const v of results.visit) console.log(`  first visit at ${v.hash}, as served: ${v.kb} KB, of which ${v.pictures} static pictures ${v.chartsKb} KB`);
for (const o of results.opened) console.log(`  slow 3G, link to ${o.hash}: text ${o.textMs} ms, its chart seen ${o.chartSeenMs} ms, live ${o.liveMs} ms; ${o.kb} KB loaded by then (static pictures ${o.chartsKb} KB)`);
for (const r of [results.scrollWarm]) console.log(`Scrolling once the app runs: ${r.frames} frames, median ${r.medianMs} ms, long frames ${r.longFrames}, longest ${r.longestFrameMs} ms`);
{
  const p = results.peerScroll;
  console.log(`Scrolling the peer page alike: ${p.longFrames} long frames by ${p.overMs} ms in all (runs: ${p.runs.map((r) => r.longFrames).join(", ")}), longest ${p.longestFrameMs} ms`);
}
console.log(`Scrolling from the top (375×667, 4× CPU, app ${sc.appState} at the end): ${sc.frames} frames, median ${sc.medianMs} ms, ${(sc.over16ms * 100).toFixed(1)} % over 16.7 ms, longest gap ${sc.longestMs} ms; long animation frames (> 50 ms): ${sc.longFrames}, longest ${sc.longestFrameMs} ms; peak JS heap ${sc.peakHeapMB} MB, wasm memory ${sc.wasmMemoryMB} MB`);
for (const f of sc.longFrameDetail) console.log(`  long frame ${f.ms} ms: scripts ${f.scriptMs} ms, style and layout ${f.styleLayoutMs} ms, render ${f.renderMs} ms; ${f.scripts.join("; ")}`);
for (const p of results.bytes.pages) console.log(`${p.page}: the app ${p.app} KB, page + app ${p.pageApp} KB brotli; the peer page ${results.bytes.peer.pageApp} KB`);
printStart(results.start);
printPreview(results.preview);
console.log("\nBudgets:");
for (const b of results.budgets) console.log(`  ${b.pass ? "PASS" : "FAIL"}  ${b.budget}: ${b.value}`);
console.log("\nwritten: bench/results.json");
// A broken budget fails the benchmark (its exit status), so a later change cannot quietly undo one.
const broken = results.budgets.filter((b) => !b.pass);
if (broken.length) {
  console.log(`${broken.length} budget(s) broken`);
  process.exitCode = 1;
}

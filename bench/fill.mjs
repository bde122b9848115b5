// How much of its frame each chart fills while it is shown: for every chart of the story, the
// page is scrolled to the first step that shows it (phone 375×667 at DPR 2, desktop 1280×800),
// and once it is drawn and at rest, the share of the canvas's height (and width) between the
// first and the last row (column) that is not the background: marks and labels together.
//   node bench/fill.mjs [--page index.html] [--json out.json]   (on a built dist/)
// Exports `measureFill(browser, url, page)` for the benchmark.
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const PHONE = { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

/** In the page: the extent of what is drawn on a canvas, as shares of its size. */
function extent(canvas) {
  const { width: w, height: h } = canvas;
  if (!w || !h) return null;
  const data = canvas.getContext("2d").getImageData(0, 0, w, h).data;
  const bg = data.slice(0, 4);
  const differs = (i) => Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]) > 24;
  let top = h, bottom = -1, left = w, right = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (differs((y * w + x) * 4)) {
        if (y < top) top = y;
        if (y > bottom) bottom = y;
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  if (bottom < 0) return { h: 0, w: 0 };
  return { h: (bottom - top + 1) / h, w: (right - left + 1) / w };
}

async function measureDevice(browser, url, device) {
  const context = await browser.newContext({ ...device, reducedMotion: "reduce", locale: "zh-TW" });
  const page = await context.newPage();
  await page.goto(url);
  // The app may wait for the reader (boot.js starts it at the first scroll): one pixel's scroll.
  await page.evaluate(() => window.scrollBy(0, 1));
  await page.waitForFunction(() => document.documentElement.dataset.app, null, { timeout: 60000 });
  const charts = await page.evaluate(() => {
    const seen = new Map();
    for (const step of document.querySelectorAll(".step[data-chart]")) {
      if (!seen.has(step.dataset.chart)) seen.set(step.dataset.chart, step.id);
    }
    return [...seen].map(([chart, step]) => ({ chart, step }));
  });
  const out = [];
  for (const { chart, step } of charts) {
    await page.evaluate((id) => document.getElementById(id).scrollIntoView({ block: "start" }), step);
    const sel = `.graphic-slot.current[data-chart="${chart}"] figure.chart[data-state="drawn"] canvas`;
    try {
      await page.waitForSelector(sel, { timeout: 10000 });
    } catch {
      out.push({ chart, step, h: null, w: null });
      continue;
    }
    await page.waitForTimeout(150);
    const e = await page.$eval(sel, extent);
    out.push({ chart, step, ...e });
  }
  await context.close();
  return out;
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};

/** Fill of every chart at phone and desktop size, with the medians and the counts under 60 %. */
export async function measureFill(browser, url) {
  const result = {};
  for (const [name, device] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    const charts = await measureDevice(browser, url, device);
    const hs = charts.map((c) => c.h);
    result[name] = {
      medianHeight: median(hs),
      medianWidth: median(charts.map((c) => c.w)),
      under60: charts.filter((c) => c.h !== null && c.h < 0.6).length,
      notDrawn: charts.filter((c) => c.h === null).map((c) => c.chart),
      charts,
    };
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { launch, startServer } = await import("../tests/browser/lib.mjs");
  const arg = (name, dflt) => {
    const i = process.argv.indexOf("--" + name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const server = await startServer();
  const browser = await launch();
  const r = await measureFill(browser, server.url + arg("page", "index.html"));
  await browser.close();
  await server.close();
  for (const [name, d] of Object.entries(r)) {
    console.log(`${name}: median height ${(d.medianHeight * 100).toFixed(0)} %, median width ${(d.medianWidth * 100).toFixed(0)} %, ${d.under60} under 60 %${d.notDrawn.length ? `, not drawn: ${d.notDrawn.join(", ")}` : ""}`);
    for (const c of d.charts) console.log(`  ${c.chart.padEnd(22)} h ${c.h === null ? "–" : (c.h * 100).toFixed(0).padStart(3)} %  w ${c.w === null ? "–" : (c.w * 100).toFixed(0).padStart(3)} %`);
  }
  const json = arg("json", null);
  if (json) writeFileSync(json, JSON.stringify(r, null, 2) + "\n");
}

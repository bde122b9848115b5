// The charts before the app: every chart drawn at build time (charts/*.svg), shown as a
// drawn chart with JavaScript off, when the wasm fails and while it loads; a link to a step
// shows that step's chart at the first paint; the live canvas takes the static picture's
// place with nothing moving and the same pixels (every kind of the story, phone and
// desktop, DPR 2); print shows the static pictures.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { startServer, launch, openPage, appState, PHONE, DESKTOP, STORY } from "./lib.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const zhTW = { locale: "zh-TW" };
const DESKTOP2 = { ...DESKTOP, deviceScaleFactor: 2 };
const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Page-side: the figures, and which show a drawn chart: a static picture loaded and on
 * view, or a drawn canvas on view. */
const DRAWN = () =>
  [...document.querySelectorAll("figure.chart")].map((fig) => {
    const seen = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 50 && r.height > 50 && el.checkVisibility({ visibilityProperty: true });
    };
    const pictures = [...fig.querySelectorAll(".chart-static img")].filter((img) => img.complete && img.naturalWidth > 0 && seen(img));
    const canvas = fig.querySelector("canvas");
    return {
      chart: fig.querySelector("table").id,
      pictures: pictures.length,
      src: pictures[0]?.currentSrc.split("/").pop(),
      canvas: fig.dataset.state === "drawn" && seen(canvas),
    };
  });

/** Scrolls through the page, so lazy pictures come near and load, then waits for them
 * (driven from here: with JavaScript off the page runs no timers). */
async function scrollThrough(page) {
  const [end, step] = await page.evaluate(() => [document.documentElement.scrollHeight, innerHeight / 2]);
  for (let y = 0; y < end; y += step) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(20);
  }
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
}

for (const [name, device] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  test(`JavaScript off: every chart of the story is seen drawn, as its static picture (${name})`, async () => {
    const { context, page, log } = await openPage(browser, server.url, { ...device, ...zhTW, javaScriptEnabled: false });
    await page.goto(server.url);
    // Without scripting no image is lazy: the page's load waited for every picture.
    const figures = await page.evaluate(DRAWN);
    assert.equal(figures.length, charts.length);
    const layout = name === "phone" ? "-phone.svg" : "-desktop.svg";
    for (const f of figures) {
      assert.equal(f.pictures, 1, `${f.chart}: one drawn picture`);
      assert.ok(f.src.endsWith(layout), `${f.chart}: ${f.src}`);
    }
    assert.deepEqual(log.failed, []);
    await context.close();
  });
}

test("a wasm that fails to load: every chart is still seen drawn", async () => {
  const { context, page } = await openPage(browser, server.url, { ...PHONE, ...zhTW });
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 200, contentType: "application/wasm", body: "not wasm" }));
  await page.goto(server.url);
  assert.equal(await appState(page), "failed");
  await scrollThrough(page);
  const figures = await page.evaluate(DRAWN);
  assert.equal(figures.length, charts.length);
  assert.deepEqual(figures.filter((f) => f.pictures !== 1).map((f) => f.chart), []);
  await context.close();
});

/** The graphic of a step's chapter while the wasm has not come: which charts are seen. */
async function beforeTheApp(hash, device = PHONE) {
  const { context, page, log } = await openPage(browser, server.url, { ...device, ...zhTW });
  await page.route(/\.wasm$/, () => {}); // never answered: the app never starts
  await page.goto(server.url + hash);
  const step = hash.slice(1);
  await page.waitForFunction((id) => {
    const chapter = document.getElementById(id).closest(".chapter");
    return [...chapter.querySelectorAll(".chart-static img")].some((i) => i.complete && i.naturalWidth > 0);
  }, step);
  await frames(page);
  const shown = await page.evaluate((id) => {
    const chapter = document.getElementById(id).closest(".chapter");
    const slots = [...chapter.querySelectorAll(".graphic-slot")];
    const drawn = slots.filter((s) => {
      const img = s.querySelector(".chart-static img");
      const r = img.getBoundingClientRect();
      return img.complete && img.naturalWidth > 0 && r.height > 50 && img.checkVisibility({ visibilityProperty: true });
    });
    const g = chapter.querySelector(".graphic").getBoundingClientRect();
    return {
      want: document.getElementById(id).dataset.chart,
      drawn: drawn.map((s) => s.dataset.chart),
      inView: g.top < innerHeight && g.bottom > 0,
      state: document.documentElement.dataset.app ?? "loading",
    };
  }, step);
  await context.close();
  return { shown, log };
}

for (const hash of [STORY.step(0, 1), STORY.step(2, 3), STORY.step(5, 5)].map((s) => `#${s.id}`)) {
  test(`a link to ${hash} shows that step's chart before the app runs`, async () => {
    const { shown, log } = await beforeTheApp(hash);
    assert.equal(shown.state, "loading");
    assert.ok(shown.inView, "the graphic is in view");
    assert.deepEqual(shown.drawn, [shown.want], "its chart, and only it, drawn in the graphic");
    assert.deepEqual(log.errors, []);
  });
}

// ---- The swap: the live canvas takes the static picture's place ----

const { story, charts } = STORY;

/** One step per chart kind of the story: the first that shows a chart of that kind with
 * nothing dimmed (no focus, or every item in focus), else the first that shows it. */
function stepPerKind() {
  const byKind = new Map();
  for (const section of story.sections) {
    for (const step of section.steps) {
      // A step that holds ("chart": "hold", or none) keeps the chart before it.
      const chart = charts.find((c) => c.id === step.chart);
      if (!chart) continue;
      const plain = !step.focus?.length || step.focus.length === chart.metrics.length;
      const had = byKind.get(chart.kind);
      if (!had || (!had.plain && plain)) byKind.set(chart.kind, { step: step.id, chart: chart.id, plain });
    }
  }
  return [...byKind.entries()];
}

/**
 * Page-side: the share of pixels of two same-sized PNGs (data URLs) that differ by more than
 * `tolerance` in a channel once both are blurred (a box of 2 × `radius` + 1 pixels), and the
 * largest difference. The blur averages away glyph edges that SVG text and canvas text
 * anti-alias and hint a little differently (the same glyph, a fraction of a pixel apart); a
 * mark or a text that moved by two CSS px or more still differs.
 */
const COMPARE = async ([a, b, radius, tolerance]) => {
  const load = (src) => new Promise((ok, fail) => Object.assign(new Image(), { onload() { ok(this); }, onerror: fail, src }));
  const [ia, ib] = await Promise.all([load(a), load(b)]);
  if (ia.width !== ib.width || ia.height !== ib.height) return { size: [ia.width, ia.height, ib.width, ib.height], share: 1, max: 255 };
  const [w, h] = [ia.width, ia.height];
  const pixels = (img) => {
    const c = Object.assign(document.createElement("canvas"), { width: w, height: h });
    const x = c.getContext("2d");
    x.drawImage(img, 0, 0);
    return x.getImageData(0, 0, w, h).data;
  };
  // A box blur of one channel, along rows then columns (edges: the pixels there are).
  const blur = (p, ch) => {
    const line = (get, set, n, m) => {
      for (let j = 0; j < m; j++) {
        for (let i = 0; i < n; i++) {
          let [sum, count] = [0, 0];
          for (let k = Math.max(0, i - radius); k <= Math.min(n - 1, i + radius); k++) {
            sum += get(k, j);
            count++;
          }
          set(i, j, sum / count);
        }
      }
    };
    const rows = new Float32Array(w * h);
    const out = new Float32Array(w * h);
    line((x, y) => p[(y * w + x) * 4 + ch], (x, y, v) => (rows[y * w + x] = v), w, h);
    line((y, x) => rows[y * w + x], (y, x, v) => (out[y * w + x] = v), h, w);
    return out;
  };
  const [pa, pb] = [pixels(ia), pixels(ib)];
  const worst = new Float32Array(w * h);
  for (const ch of [0, 1, 2]) {
    const [ba, bb] = [blur(pa, ch), blur(pb, ch)];
    for (let i = 0; i < w * h; i++) worst[i] = Math.max(worst[i], Math.abs(ba[i] - bb[i]));
  }
  let [differ, max] = [0, 0];
  for (const d of worst) {
    max = Math.max(max, d);
    if (d > tolerance) differ++;
  }
  return { share: differ / (w * h), max: Math.round(max), size: [w, h] };
};

// Blurred over 5 × 5 device pixels (2.5 CSS px at DPR 2), a channel may move by 48 of 255.
const RADIUS = 2;
const TOLERANCE = 48;
// Measured (ARCHITECTURE.md, "The pixel-matched swap"): a chart that matches differs in at most about 0.01 %
// of its box's pixels so; one whose last text is two CSS px lower (the test below breaks
// one on purpose) in about 0.8 %, and a line wrapped otherwise moves far more.
const MAX_SHARE = 0.001;

const shots = process.env.STATIC_SHOTS; // a folder: keep the before/after screenshots
if (shots) mkdirSync(shots, { recursive: true });

/**
 * Opens `step` with the wasm held back, screenshots `chart`'s box showing its static picture,
 * lets the app start, screenshots the box once the canvas is drawn and at rest, and compares
 * them. `alter`, if given, rewrites the static picture's SVG on its way (to break it).
 */
async function swap(step, chart, device, label, alter) {
  const { context, page, log } = await openPage(browser, server.url, { ...device, ...zhTW });
  let held;
  await page.route(/\.wasm$/, (route) => (held = route));
  if (alter) {
    await page.route(new RegExp(`/charts/${chart}-[a-z-]+\\.svg$`), async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: alter(await res.text()) });
    });
  }
  await page.goto(server.url + "#" + step);
  const slot = `.graphic-slot[data-chart="${chart}"]`;
  await page.waitForFunction((s) => {
    const img = document.querySelector(`${s} .chart-static img`);
    return img.complete && img.naturalWidth > 0 && img.checkVisibility({ visibilityProperty: true });
  }, slot);
  await frames(page);
  const box = () => page.evaluate((s) => {
    const r = document.querySelector(`${s} .chart-box`).getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, slot);
  const b1 = await box();
  const still = await page.screenshot({ clip: b1 });
  while (!held) await page.waitForTimeout(50);
  await held.continue();
  assert.equal(await appState(page), "ready");
  await page.waitForFunction((s) => document.querySelector(`${s} .chart`).dataset.state === "drawn", slot);
  await page.waitForTimeout(700); // a tween would have ended
  await frames(page);
  const b2 = await box();
  assert.deepEqual(b2, b1, "the box did not move or change size");
  const live = await page.screenshot({ clip: b2 });
  if (shots) {
    writeFileSync(`${shots}/${chart}-${label}-static.png`, still);
    writeFileSync(`${shots}/${chart}-${label}-live.png`, live);
  }
  const url = (png) => "data:image/png;base64," + png.toString("base64");
  const diff = await page.evaluate(COMPARE, [url(still), url(live), RADIUS, TOLERANCE]);
  console.log(`# ${chart} ${label}: ${(diff.share * 100).toFixed(3)} % of ${diff.size.join("×")} px differ (largest ${diff.max})`);
  assert.deepEqual(log.errors, []);
  await context.close();
  return diff;
}

for (const [kind, { step, chart }] of stepPerKind()) {
  for (const [name, device] of [["phone", PHONE], ["desktop", DESKTOP2]]) {
    test(`the live ${kind} chart takes its static picture's place unchanged (${chart}, ${name})`, async () => {
      const diff = await swap(step, chart, device, name);
      assert.ok(diff.share < MAX_SHARE, `${(diff.share * 100).toFixed(2)} % of the pixels differ`);
    });
  }
}

test("the comparison sees a layout that differs: the last text two CSS px lower", async () => {
  // The texts' baselines are y="…" in device pixels (DPR 2): 4 device px = 2 CSS px.
  const lower = (svg) => {
    const at = svg.lastIndexOf("<text ");
    const tail = svg.slice(at).replace(/ y="([0-9.]+)"/, (_, y) => ` y="${Number(y) + 4}"`);
    return svg.slice(0, at) + tail;
  };
  const { id, chart } = STORY.step(0, 1);
  const diff = await swap(id, chart, PHONE, "broken", lower);
  assert.ok(diff.share > MAX_SHARE, `only ${(diff.share * 100).toFixed(3)} % differ`);
});

test("switching the charts of a chapter never changes the graphic's height (phone)", async () => {
  const { context, page } = await openPage(browser, server.url, { ...PHONE, ...zhTW });
  await page.goto(server.url);
  assert.equal(await appState(page), "ready");
  for (const chapter of story.sections) {
    const heights = new Set();
    const shown = new Set();
    for (const step of chapter.steps) {
      await page.evaluate((id) => document.getElementById(id).scrollIntoView(), step.id);
      await frames(page);
      const g = await page.evaluate((id) => {
        const c = document.getElementById(id).closest(".chapter");
        return { h: c.querySelector(".graphic").getBoundingClientRect().height, chart: c.querySelector(".graphic-slot.current").dataset.chart };
      }, step.id);
      heights.add(g.h);
      shown.add(g.chart);
    }
    assert.equal(heights.size, 1, `${chapter.id}: ${shown.size} charts, heights ${[...heights]}`);
  }
  await context.close();
});

test("a screen reader meets a chart's summary once, before and after the app draws it", async () => {
  const { context, page } = await openPage(browser, server.url, { ...PHONE, ...zhTW });
  let held;
  await page.route(/\.wasm$/, (route) => (held = route));
  const { id, chart } = STORY.step(0, 1);
  await page.goto(server.url + `#${id}`);
  const named = () =>
    page.evaluate((chart) => {
      const slot = document.querySelector(`.graphic-slot[data-chart="${chart}"]`);
      const exposed = (el) => el.checkVisibility({ visibilityProperty: true });
      const img = slot.querySelector(".chart-static img");
      const canvas = slot.querySelector("canvas");
      return [img, canvas].filter(exposed).map((el) => el.tagName + ":" + (el.alt || el.getAttribute("aria-label")));
    }, chart);
  await page.waitForFunction((chart) => document.querySelector(`.graphic-slot[data-chart="${chart}"] .chart-static img`).complete, chart);
  const before = await named();
  assert.equal(before.length, 1);
  // The summary: the chart's title, then its figures.
  const title = charts.find((c) => c.id === chart).title["zh-Hant"];
  assert.ok(before[0].startsWith(`IMG:${title}：`) && /[0-9]/.test(before[0]), before[0]);
  while (!held) await page.waitForTimeout(50);
  await held.continue();
  await appState(page);
  await page.waitForFunction((chart) => document.querySelector(`.graphic-slot[data-chart="${chart}"] .chart`).dataset.state === "drawn", chart);
  const after = await named();
  assert.deepEqual(after, [before[0].replace("IMG", "CANVAS")]);
  await context.close();
});

test("print shows every chart as its static picture, with its title, note and source", async () => {
  const { context, page } = await openPage(browser, server.url, { ...DESKTOP, ...zhTW });
  await page.goto(server.url + `#${STORY.step(2, 3).id}`);
  assert.equal(await appState(page), "ready");
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await page.evaluate(() => Promise.all([...document.images].map((i) => (i.complete ? null : new Promise((r) => (i.onload = i.onerror = r))))));
  const printed = await page.evaluate((credit) =>
    [...document.querySelectorAll("figure.chart")].map((fig) => {
      const img = fig.querySelector(".chart-static img");
      const caption = fig.querySelector("figcaption");
      return {
        picture: img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().height > 50,
        canvas: getComputedStyle(fig.querySelector("canvas")).visibility,
        caption: caption.checkVisibility() && caption.textContent.includes(credit) && !!fig.querySelector(".chart-title").textContent,
      };
    }),
    STORY.meta.credit["zh-Hant"],
  );
  assert.equal(printed.length, charts.length);
  assert.deepEqual(printed.filter((p) => !p.picture || p.canvas !== "hidden" || !p.caption), []);
  await context.close();
});

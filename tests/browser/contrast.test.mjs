// Forced colours (Windows High Contrast) and more contrast, emulated through CDP
// (Emulation.setEmulatedMedia): every live chart's marks and text are drawn in the system
// colours and the static pictures follow; with prefers-contrast: more, whatever is not a
// series mark or a decorative track reaches 7:1 against the chart's background.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPage, appState, DESKTOP, STORY } from "./lib.mjs";

// Most of the story's charts are drawn (all of a small story).
const MANY = Math.min(10, STORY.charts.length);

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// The themes' series (the light and the dark accent) and track colours (src/charts/theme.rs): marks keep 3:1, tracks are
// decorative; everything else must reach 7:1 with more contrast.
const SERIES = ["168A5E", "3DBE8B", "D55E00", "0072B2", "CC79A7"];
const TRACKS = ["E3E5E9", "343A45"];
const rgbOf = (hex) => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));

function luminance([r, g, b]) {
  const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
const near = (a, b, tol = 3) => a.every((v, i) => Math.abs(v - b[i]) <= tol);

async function emulate(page, features) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setEmulatedMedia", { features });
  return cdp;
}

/** Page-side: the system colours as this browser resolves them now. */
const systemColours = (page) =>
  page.evaluate(() => {
    const el = document.createElement("span");
    document.body.append(el);
    const out = ["Canvas", "CanvasText", "Highlight", "GrayText"].map((c) => {
      el.style.color = c;
      return getComputedStyle(el).color.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    });
    el.remove();
    return out;
  });

/** The system colours as an SVG `<img>` resolves them: an emulated forced palette is the
 *  page's own, and an image document resolves the keywords to the browser's defaults (on
 *  Windows both are the reader's). A picture of four squares, one per keyword. */
async function imageSystemColours(page) {
  const names = ["Canvas", "CanvasText", "Highlight", "GrayText"];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="20">${names
    .map((n, i) => `<rect x="${i * 20}" y="0" width="20" height="20" style="fill:${n}"/>`)
    .join("")}</svg>`;
  const url = server.url + "__system-colours.svg";
  await page.route(url, (r) => r.fulfill({ body: svg, contentType: "image/svg+xml" }));
  await page.evaluate((url) => {
    const img = document.createElement("img");
    img.id = "__sys";
    img.src = url;
    img.alt = "";
    document.body.prepend(img);
  }, url);
  const el = await page.waitForSelector("#__sys");
  await page.waitForFunction(() => document.querySelector("#__sys").complete);
  const png = "data:image/png;base64," + (await el.screenshot()).toString("base64");
  const out = await page.evaluate(async (png) => {
    const img = new Image();
    img.src = png;
    await img.decode();
    const c = document.createElement("canvas");
    [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
    const x = c.getContext("2d");
    x.drawImage(img, 0, 0);
    return [0, 1, 2, 3].map((i) => [...x.getImageData(Math.round(((i + 0.5) * c.width) / 4), Math.round(c.height / 2), 1, 1).data.slice(0, 3)]);
  }, png);
  await page.evaluate(() => document.querySelector("#__sys").remove());
  return out;
}

/** Page-side: the colours covering at least `min` of an image's pixels (a canvas, or a PNG
 *  data URL), with their shares; antialiased edges fall below it. */
function dominant(page, { selector, png }, min = 0.004) {
  return page.evaluate(
    async ({ selector, png, min }) => {
      let c = selector && document.querySelector(selector);
      if (png) {
        const img = new Image();
        img.src = png;
        await img.decode();
        c = document.createElement("canvas");
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        c.getContext("2d").drawImage(img, 0, 0);
      }
      // A screenshot's outer 2 px may hold the page around the picture.
      const e = png ? 2 : 0;
      const d = c.getContext("2d").getImageData(e, e, c.width - 2 * e, c.height - 2 * e).data;
      const n = new Map();
      for (let i = 0; i < d.length; i += 4) {
        const k = `${d[i]},${d[i + 1]},${d[i + 2]}`;
        n.set(k, (n.get(k) || 0) + 1);
      }
      const all = d.length / 4;
      return [...n].filter(([, v]) => v / all >= min).map(([k, v]) => ({ rgb: k.split(",").map(Number), share: v / all }));
    },
    { selector, png, min },
  );
}

/** Scrolls every chart into view so the app draws it; the drawn ones' canvas selectors. */
async function drawnCharts(page) {
  const ids = await page.evaluate(() => [...document.querySelectorAll("figure.chart")].map((f, i) => (f.dataset.a11yIndex = i)));
  for (const i of ids) {
    await page.evaluate((i) => document.querySelector(`figure.chart[data-a11y-index="${i}"]`).scrollIntoView({ block: "center" }), i);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(700); // tweens at rest
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.chart[data-state="drawn"]')]
      .filter((f) => f.querySelector("canvas.chart-canvas")?.width > 0)
      .map((f) => `figure.chart[data-a11y-index="${f.dataset.a11yIndex}"] canvas.chart-canvas`),
  );
}

/** Screenshots of the first `n` static pictures on view (lazy ones scrolled to and loaded),
 *  as PNG data URLs. */
async function pictures(page, n) {
  const imgs = await page.$$(".chart-static img");
  const out = [];
  for (const img of imgs) {
    if (out.length >= n) break;
    const seen = await img.evaluate((i) => i.getBoundingClientRect().width > 50 && i.checkVisibility({ visibilityProperty: true }));
    if (!seen) continue;
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction((i) => i.complete, img);
    if (!(await img.evaluate((i) => i.naturalWidth > 0))) continue;
    const src = await img.evaluate((i) => i.currentSrc.split("/").pop());
    out.push({ src, png: "data:image/png;base64," + (await img.screenshot()).toString("base64") });
  }
  return out;
}

test("forced colours: every live chart is drawn in the system colours", async () => {
  const { context, page, log } = await openPage(browser, server.url, DESKTOP);
  await emulate(page, [{ name: "forced-colors", value: "active" }]);
  await page.goto(server.url + "en.html");
  assert.equal(await appState(page), "ready");
  const system = await systemColours(page);
  assert.equal(await page.evaluate(() => matchMedia("(forced-colors: active)").matches), true);
  const charts = await drawnCharts(page);
  assert.ok(charts.length >= MANY, `${charts.length} charts drawn`);
  const problems = [];
  for (const sel of charts) {
    const cs = await dominant(page, { selector: sel });
    for (const { rgb, share } of cs) {
      if (!system.some((s) => near(s, rgb))) problems.push(`${sel}: rgb(${rgb}) on ${(share * 100).toFixed(1)} %`);
    }
    // Text in CanvasText, marks in Highlight, on Canvas (thin text may cover few pixels).
    const every = await dominant(page, { selector: sel }, 1e-5);
    for (const [i, name] of [[0, "Canvas"], [1, "CanvasText"], [2, "Highlight"]]) {
      if (!every.some((c) => near(c.rgb, system[i]))) problems.push(`${sel}: no ${name}`);
    }
  }
  assert.deepEqual(problems, [], `system colours ${JSON.stringify(system)}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

// An image may resolve a system colour to one that is not opaque (Chromium's Highlight in an
// <img>): the pictures hold no mark over another (tests/charts_no_overdraw.rs), so each
// mark, bar over track included, shows the system colour on the chart's background. Every
// picture on view, one chart of each kind among them.
test("forced colours: the static pictures follow", async () => {
  // Chromium now and then draws a page's <img> SVGs without their forced-colors rules (a
  // race in the browser: in about one run in four some or all of them keep the light
  // theme's colours, then a fresh page draws them right). A fresh page is tried up to three
  // times; the pictures must all follow on one of them.
  let problems = [];
  let system = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const { context, page } = await openPage(browser, server.url, { ...DESKTOP, javaScriptEnabled: false });
    await emulate(page, [{ name: "forced-colors", value: "active" }]);
    await page.goto(server.url + "en.html");
    system = await imageSystemColours(page);
    const shots = await pictures(page, Infinity);
    assert.ok(shots.length >= Math.min(30, STORY.charts.length), `${shots.length} pictures`);
    problems = [];
    for (const { src, png } of shots) {
      for (const { rgb, share } of await dominant(page, { png })) {
        if (!system.some((s) => near(s, rgb))) problems.push(`${src}: rgb(${rgb}) on ${(share * 100).toFixed(1)} %`);
      }
    }
    await context.close();
    if (problems.length === 0) break;
  }
  assert.deepEqual(problems, [], `system colours ${JSON.stringify(system)}`);
});

for (const colorScheme of ["light", "dark"]) {
  test(`more contrast (${colorScheme}): notes and marks out of focus reach 7:1, live and static`, async () => {
    const allowed = [...SERIES, ...TRACKS].map(rgbOf);
    const check = (what, cs, problems) => {
      const bg = cs.reduce((a, b) => (b.share > a.share ? b : a)).rgb;
      for (const { rgb, share } of cs) {
        if (near(rgb, bg) || allowed.some((a) => near(a, rgb))) continue;
        const r = contrast(rgb, bg);
        if (r < 7) problems.push(`${what}: rgb(${rgb}) on rgb(${bg}) is ${r.toFixed(2)}:1 (${(share * 100).toFixed(1)} %)`);
      }
    };
    const features = [{ name: "prefers-contrast", value: "more" }, { name: "prefers-color-scheme", value: colorScheme }];
    const problems = [];
    {
      const { context, page } = await openPage(browser, server.url, { ...DESKTOP, colorScheme });
      await emulate(page, features);
      await page.goto(server.url + "en.html");
      assert.equal(await appState(page), "ready");
      const charts = await drawnCharts(page);
      assert.ok(charts.length >= MANY);
      for (const sel of charts) check(sel, await dominant(page, { selector: sel }), problems);
      await context.close();
    }
    {
      const { context, page } = await openPage(browser, server.url, { ...DESKTOP, colorScheme, javaScriptEnabled: false });
      await emulate(page, features);
      await page.goto(server.url + "en.html");
      for (const { src, png } of await pictures(page, 8)) check(src, await dominant(page, { png }), problems);
      await context.close();
    }
    assert.deepEqual(problems, []);
  });
}

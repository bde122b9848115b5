// One chart anywhere: every chart's own page in three languages, embedded on a newsroom's
// page of another origin by the real pym.js parent and by our loader, in a 320 px and a
// 700 px column (as tall as its content, drawn, no inner scroll, and it follows the column
// as it widens and narrows); the host's theme and background; tooltips and keys; hostile
// messages; "Embed this chart" copying a snippet that works when pasted (and its plain
// iframe where the host strips scripts); each chart's CSV, parsed by a real CSV parser,
// holding exactly the figures of the page's table; the whole data set as served.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { startServer, launch, openPage, appState, paintedShare, anyLang, DIST, PHONE, DESKTOP, STORY } from "./lib.mjs";
import { startHost, page as hostPage, RECORD } from "./host.mjs";

const LANGS = STORY.langs;
const chartPage = STORY.chartPage;
const CHARTS = STORY.chartIds;
const METRICS = STORY.metrics;
const SLUG = STORY.slug;
// The chart of the first chapter's second step, and the last chart: one chart for the tests of one.
const ONE = STORY.step(0, 1).chart;
const OTHER = CHARTS.at(-1);
// A chart of bars, for taps.
const BARS = STORY.charts.find((c) => ["figures", "hbars", "bars"].includes(c.kind))?.id ?? ONE;
// Chart i in language i mod 3: every chart and every language in one host page.
const MIX = CHARTS.map((id, i) => [id, LANGS[i % LANGS.length]]);

let server, host, browser;
before(async () => {
  server = await startServer();
  host = await startHost(server.url);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await host?.close();
  await server?.close();
});

test("every chart has its page in each language: noindex, canonical to the story at the chart's first step", () => {
  const facts = JSON.parse(/var STORY = (\{.*?\});\n/.exec(readFileSync(DIST + "embed.js", "utf8"))[1]);
  assert.deepEqual(facts.charts, CHARTS, "the loader knows every chart");
  const steps = STORY.story.sections.flatMap((s) => s.steps);
  for (const id of CHARTS) {
    const step = steps.find((s) => s.chart === id);
    for (const lang of LANGS) {
      const file = chartPage(id, lang);
      const html = readFileSync(DIST + file, "utf8");
      // data-spaced: a language spaced into words (its locale's).
      assert.match(html.match(/<html [^>]*>/)[0], new RegExp(`^<html lang="${lang}"( data-spaced)? data-embed data-chart-page="${id}">$`), file);
      assert.match(html, /<meta name="robots" content="noindex">/, file);
      const canonical = /<link rel="canonical" href="([^"]*)">/.exec(html)[1];
      const home = STORY.page(lang);
      assert.ok(canonical.endsWith(`${home}#${step.id}`), `${file}: canonical ${canonical}`);
      assert.equal((html.match(/<figure/g) || []).length, 1, `${file}: one chart`);
    }
  }
});

/** The iframe `el` (a handle on the host) as a frame once its page runs and its chart is drawn. */
async function chartFrame(page, el) {
  await el.scrollIntoViewIfNeeded();
  let frame;
  for (let i = 0; i < 200 && !(frame = await el.contentFrame()); i++) await page.waitForTimeout(50);
  assert.ok(frame, "the iframe has a document");
  await frame.waitForFunction(() => document.documentElement.dataset.app === "ready", null, { timeout: 30000 });
  await frame.waitForFunction(() => document.querySelector(".chart")?.dataset.state === "drawn", null, { timeout: 20000 });
  return frame;
}

/** Waits until the iframe is as tall as its page (±4 px) and nothing scrolls inside. */
async function fits(page, el, frame, what) {
  let h;
  const ok = (h) => Math.abs(h.outer - h.content) <= 4 && h.scroll <= h.view + 1 && h.scrollW <= h.viewW;
  for (let i = 0; i < 80; i++) {
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const outer = await el.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => ({
      content: document.documentElement.getBoundingClientRect().height,
      scroll: document.documentElement.scrollHeight,
      view: innerHeight,
      scrollW: document.documentElement.scrollWidth,
      viewW: innerWidth,
    }));
    h = { outer, ...inner };
    if (ok(h)) break;
    await page.waitForTimeout(100);
  }
  assert.ok(Math.abs(h.outer - h.content) <= 4, `${what}: iframe ${h.outer}px for ${h.content}px of page`);
  assert.ok(h.scroll <= h.view + 1, `${what}: no vertical scroll inside (${h.scroll} > ${h.view})`);
  assert.ok(h.scrollW <= h.viewW, `${what}: no horizontal scroll inside (${h.scrollW} > ${h.viewW})`);
  return h;
}

/** Every chart of the host page drawn and fitting, at the column's width now. */
async function everyChartFits(page, width, log) {
  await page.evaluate((w) => (document.getElementById("col").style.width = w + "px"), width);
  const heights = {};
  for (const [id, lang] of MIX) {
    const el = await page.$(`#c-${id} iframe`);
    assert.ok(el, `${id}: an iframe`);
    const frame = await chartFrame(page, el);
    assert.equal(await frame.evaluate(() => document.documentElement.lang), lang, id);
    // A new width clears the canvas until the chart's next frame redraws it.
    let painted = 0;
    for (let i = 0; i < 50 && painted <= 0.01; i++) {
      painted = await paintedShare(frame, "canvas.chart-canvas");
      if (painted <= 0.01) await page.waitForTimeout(100);
    }
    assert.ok(painted > 0.01, `${id} (${lang}) at ${width}px: drawn`);
    heights[id] = (await fits(page, el, frame, `${id} (${lang}) at ${width}px`)).outer;
  }
  assert.deepEqual(log.errors, []);
  return heights;
}

const PYM_HOST = (ids) =>
  hostPage(`<div id="col" style="width:320px;margin:0 auto">
${ids.map(([id]) => `<div id="c-${id}"></div>`).join("\n")}
</div>
<script src="/pym.v1.min.js"></script>
<script>
window.__parents = ${JSON.stringify(ids.map(([id, lang]) => [id, server.url + chartPage(id, lang)]))}
  .map(([id, url]) => new pym.Parent("c-" + id, url, {}));
</script>`);

const LOADER_HOST = (ids, attrs = "") =>
  hostPage(`${RECORD}<div id="col" style="width:320px;margin:0 auto">
${ids.map(([id, lang]) => `<div data-luyuan-chart="${id}" data-lang="${lang}" id="c-${id}"${attrs}></div>`).join("\n")}
</div>
<script async src="${server.url}embed.js"></script>`);

test("the real pym.js parent sizes every chart's page in a 320 px and a 700 px column, and back", async (t) => {
  host.serve("/charts-pym.html", PYM_HOST(MIX));
  const { context, page, log } = await openPage(browser, host.url, { ...DESKTOP, viewport: { width: 1000, height: 800 } });
  await page.goto(host.url + "charts-pym.html");
  const narrow = await everyChartFits(page, 320, log);
  const wide = await everyChartFits(page, 700, log);
  // Wider is shorter for most charts (text wraps less) and never the same for all.
  assert.ok(CHARTS.some((id) => wide[id] !== narrow[id]), "heights follow the column");
  const again = await everyChartFits(page, 320, log);
  for (const id of CHARTS) assert.ok(Math.abs(again[id] - narrow[id]) <= 4, `${id}: back to ${narrow[id]}px, not ${again[id]}px`);
  const range = (h) => `${Math.min(...Object.values(h))}–${Math.max(...Object.values(h))} px`;
  t.diagnostic(`${CHARTS.length} charts: ${range(narrow)} tall at 320 px, ${range(wide)} at 700 px`);
  await context.close();
});

test("our loader embeds every chart's page in a 320 px and a 700 px column (and 280 px), and the host hears it is ready", async () => {
  host.serve("/charts-loader.html", LOADER_HOST(MIX));
  const { context, page, log } = await openPage(browser, host.url, { ...DESKTOP, viewport: { width: 1000, height: 800 } });
  await page.goto(host.url + "charts-loader.html");
  await everyChartFits(page, 320, log);
  await everyChartFits(page, 700, log);
  await everyChartFits(page, 280, log);
  const attrs = await page.evaluate((one) => {
    const f = document.querySelector(`#c-${one} iframe`);
    return { title: f.title, sandbox: f.getAttribute("sandbox"), scrolling: f.getAttribute("scrolling"), loading: f.getAttribute("loading") };
  }, ONE);
  assert.match(attrs.title, anyLang(STORY.siteTitle));
  assert.equal(attrs.scrolling, "no");
  assert.equal(attrs.loading, "lazy");
  assert.match(attrs.sandbox, /allow-scripts allow-same-origin/);
  const ready = await page.evaluate(() => __events.filter(([n]) => n === "ready").map(([, d]) => d.lang));
  assert.equal(ready.length, CHARTS.length, "one luyuan:ready per chart");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a chart's page follows the host's theme and background, and its tooltips and keys work", async () => {
  host.serve("/chart-dark.html", LOADER_HOST([[BARS, "en"]], ' data-theme="dark" data-bg="#123456"'));
  const { context, page, log } = await openPage(browser, host.url, PHONE);
  await page.goto(host.url + "chart-dark.html");
  const el = await page.$(`#c-${BARS} iframe`);
  const frame = await chartFrame(page, el);
  const look = await frame.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    bg: getComputedStyle(document.documentElement).backgroundColor,
    box: getComputedStyle(document.querySelector(".chart-box")).backgroundColor,
  }));
  assert.deepEqual(look, { theme: "dark", bg: "rgb(18, 52, 86)", box: "rgb(21, 23, 28)" });
  // No step: nothing dimmed, the chart in its final state. A tap shows a tooltip.
  const canvas = await frame.$("canvas.chart-canvas");
  const box = await canvas.boundingBox();
  await frame.evaluate(() => new Promise((r) => setTimeout(r, 800)));
  // Taps down the chart, at four places across, until one lands on a mark.
  tapping: for (const x of [0.3, 0.5, 0.7, 0.9]) {
    for (const y of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
      await canvas.dispatchEvent("pointerdown", { clientX: box.x + box.width * x, clientY: box.y + box.height * y, pointerType: "touch", isPrimary: true });
      if (await frame.evaluate(() => !document.querySelector(".chart-tip").hidden)) break tapping;
    }
  }
  assert.ok(await frame.evaluate(() => !document.querySelector(".chart-tip").hidden), "a tap shows the tooltip");
  await canvas.focus();
  await canvas.press("ArrowRight");
  await frame.waitForFunction(() => document.querySelector(".chart-live").textContent.length > 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("hostile messages change nothing on a chart's page or its host", async () => {
  host.serve("/chart-one.html", LOADER_HOST([[OTHER, "zh-Hans"]]));
  const { context, page, log } = await openPage(browser, host.url, PHONE);
  await page.goto(host.url + "chart-one.html");
  const el = await page.$(`#c-${OTHER} iframe`);
  const frame = await chartFrame(page, el);
  const before = await fits(page, el, frame, OTHER);
  const snapshot = () =>
    frame.evaluate(() => ({
      url: location.href,
      text: document.body.textContent.length,
      elements: document.body.getElementsByTagName("*").length,
      state: document.querySelector(".chart").dataset.state,
      injected: document.querySelectorAll("img[onerror], script:not([src]):not([type])").length,
      errors: window.__test.errors.length,
    }));
  const was = await snapshot();
  await page.evaluate((other) => {
    const w = document.querySelector("iframe").contentWindow;
    for (const m of ["", "<script>alert(1)</script>", 42, null, { luyuan: 1, type: "navigate", url: "javascript:alert(1)" }, `pymxPYMxc-${other}xPYMxnavigateToxPYMxjavascript:alert(1)`]) w.postMessage(m, "*");
  }, OTHER);
  await page.evaluate((src) => {
    const f = document.createElement("iframe");
    f.src = src;
    f.style.cssText = "width:10px;height:10px;border:0";
    document.body.append(f);
  }, host.evilUrl + `evil.html?id=c-${OTHER}`);
  await page.waitForFunction(() => [...document.querySelectorAll("iframe")].length === 2);
  await page.waitForTimeout(1500);
  assert.deepEqual(await snapshot(), was, "the chart's page is as it was");
  const after = await el.evaluate((f) => f.getBoundingClientRect().height);
  assert.equal(after, before.outer, "the iframe's height is the chart's, not the lie's");
  assert.equal(await page.evaluate(() => __events.filter(([n]) => n === "chapter").length), 0, "no event from the hostile page");
  assert.deepEqual(log.errors, []);
  await context.close();
});

// Records what the page copies.
const STUB_CLIPBOARD = () => {
  window.__copied = [];
  Object.defineProperty(navigator, "clipboard", { value: { writeText: async (t) => void window.__copied.push(t) } });
};

test("“Embed this chart” copies a snippet that works pasted into a host page, and without its script", async () => {
  const { context, page, log } = await openPage(browser, server.url, { ...DESKTOP, locale: "en-GB" });
  await page.addInitScript(STUB_CLIPBOARD);
  const step = STORY.step(0, 1);
  await page.goto(server.url + `en.html#${step.id}`);
  assert.equal(await appState(page), "ready");
  const slot = `#${step.chapter} .graphic-slot.current`;
  await page.waitForFunction((s) => document.querySelector(`${s} .chart`)?.dataset.state === "drawn", slot);
  const id = await page.locator(slot).getAttribute("data-chart");
  await page.locator(`${slot} .chart-embed summary`).click();
  const panel = page.locator(`${slot} .chart-embed-panel`);
  assert.ok(await panel.isVisible(), "the panel opens");
  // Which snippet to use where, written in on opening (the page's text does not repeat it).
  assert.match(await panel.locator(".chart-embed-help").textContent(), /Scripts allowed.*Scripts stripped.*WordPress/);
  await panel.locator(".copy-code").click();
  await page.waitForFunction(() => window.__copied.length === 1);
  const snippet = await page.evaluate(() => window.__copied[0]);
  assert.equal((await panel.locator(".share-status").textContent()).trim(), "Code copied");
  assert.equal(snippet, await panel.locator("code").textContent(), "what is shown is what is copied");
  assert.match(snippet, new RegExp(`^<div data-luyuan-chart="${id}" data-lang="en" data-title="[^"]+"><iframe src="${server.url}chart-${id}-en\\.html"`));
  assert.match(snippet, new RegExp(`<script async src="${server.url}embed\\.js"></script>$`));
  assert.deepEqual(log.errors, []);
  await context.close();

  // Pasted into a newsroom's page of another origin: the loader replaces the plain iframe
  // with its own, which is as tall as the chart.
  host.serve("/pasted.html", hostPage(`${RECORD}<div id="col" style="width:320px">${snippet}</div>`));
  const o = await openPage(browser, host.url, PHONE);
  await o.page.goto(host.url + "pasted.html");
  await o.page.waitForFunction(() => document.querySelector("#col iframe[sandbox]"));
  assert.equal(await o.page.evaluate(() => document.querySelectorAll("#col iframe").length), 1, "one iframe: the loader's");
  const el = await o.page.$("#col iframe");
  const frame = await chartFrame(o.page, el);
  assert.equal(await frame.evaluate(() => document.documentElement.getAttribute("data-chart-page")), id);
  await fits(o.page, el, frame, "pasted snippet");
  assert.match(await el.evaluate((f) => f.title), /interactive chart/);
  await o.page.waitForFunction(() => __events.some(([n]) => n === "ready"));
  assert.deepEqual(o.log.errors, []);
  await o.context.close();

  // A host that strips scripts keeps the plain iframe: the chart, at a fixed height.
  host.serve("/stripped.html", hostPage(`<div id="col" style="width:700px">${snippet.replace(/<script[^>]*><\/script>/, "")}</div>`));
  const s = await openPage(browser, host.url, DESKTOP);
  await s.page.goto(host.url + "stripped.html");
  const plain = await s.page.$("#col iframe");
  const f2 = await chartFrame(s.page, plain);
  const h = await plain.evaluate((f) => f.getBoundingClientRect().height);
  const content = await f2.evaluate(() => document.documentElement.getBoundingClientRect().height);
  assert.ok(h >= 240 && content <= h + 1, `the plain iframe (${h}px) holds the chart (${content}px) at 700 px`);
  assert.deepEqual(s.log.errors, []);
  await s.context.close();
});

/** A display figure's number, as far as it can be read back (Arabic digits; 萬, 億, million, billion). */
function readDisplay(text) {
  const m = /(\d[\d,]*(?:\.\d+)?)/.exec(text);
  if (!m) return null;
  let n = Number(m[1].replace(/,/g, ""));
  const rest = text.slice(m.index + m[0].length);
  // The locales' words for 10⁸ and 10⁴ (src/locale/: 億 亿 억, 萬 万 만); 2300餘萬元: the
  // article's "over" between the number and its 萬.
  if (/^\s*[餘余多]?[億亿억]/.test(rest)) n *= 1e8;
  else if (/^\s*[餘余多]?[萬万만]/.test(rest)) n *= 1e4;
  else if (/^\s*billion/.test(rest)) n *= 1e9;
  else if (/^\s*million/.test(rest)) n *= 1e6;
  return n;
}

test("each chart's CSV, read by a CSV parser, holds exactly the figures of its page's table", async (t) => {
  const { context, page } = await openPage(browser, server.url, DESKTOP);
  await page.goto(server.url + "NotoSansCJK-OFL.txt");
  let checked = 0;
  let read = 0;
  for (const id of CHARTS) {
    for (const lang of LANGS) {
      const got = await page.evaluate(async (file) => {
        const doc = new DOMParser().parseFromString(await (await fetch(file)).text(), "text/html");
        const link = doc.querySelector("figcaption a.chart-data");
        const res = await fetch(link.getAttribute("href"));
        return {
          href: link.getAttribute("href"),
          download: link.getAttribute("download"),
          type: res.headers.get("content-type"),
          csv: await res.text(),
          bom: new Uint8Array(await (await fetch(link.getAttribute("href"))).arrayBuffer()).slice(0, 3).join(","),
          rows: [...doc.querySelectorAll(".chart-table tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent)),
        };
      }, chartPage(id, lang));
      assert.equal(got.href, `data/${id}.csv`);
      assert.equal(got.download, `${SLUG}-${id}.csv`);
      assert.equal(got.type, "text/csv; charset=utf-8");
      assert.equal(got.bom, "239,187,191", "a byte-order mark");
      assert.ok(!/[^\r]\n/.test(got.csv), "CRLF line ends");
      const records = parse(got.csv, { bom: true, columns: true });
      assert.equal(records.length, got.rows.length, `${id} (${lang}): one row per item of the table`);
      records.forEach((r, i) => {
        const [label, display] = got.rows[i];
        assert.equal(r[`label_${lang}`], label, `${id} (${lang}) row ${i + 1}: the table's label`);
        const m = METRICS.find((m) => m.id === r.id);
        assert.ok(Math.abs(Number(r.value) - m.value * m.scale) <= 1e-9 * Math.abs(m.value * m.scale), `${r.id}: value × scale`);
        assert.match(r.value, /^-?\d+(\.\d+)?$/, "unformatted");
        const shown = readDisplay(display);
        if (shown !== null) {
          read++;
          // The table rounds (8145萬 for 81,450,000); a rank is its place.
          assert.ok(Math.abs(shown - Number(r.value)) <= 0.051 * Math.abs(Number(r.value)) + 1e-9, `${id} (${lang}): “${display}” shows ${r.value}`);
        }
        checked++;
      });
    }
  }
  t.diagnostic(`${checked} rows of ${CHARTS.length * LANGS.length} tables; ${read} figures read back from the table's text`);
  assert.ok(read > checked * 0.8, `most figures read back from the table (${read} of ${checked})`);
  await context.close();
});

test("the whole data set is served as CSV and JSON, linked from the credits, and they agree", async () => {
  const { context, page } = await openPage(browser, server.url, DESKTOP);
  await page.goto(server.url + "zh-hans.html");
  const links = await page.evaluate(() => [...document.querySelectorAll(".colophon .data-set a")].map((a) => [a.getAttribute("href"), a.getAttribute("download")]));
  assert.deepEqual(links, [
    [`data/${SLUG}.csv`, `${SLUG}.csv`],
    [`data/${SLUG}.json`, `${SLUG}.json`],
  ]);
  const files = await page.evaluate(async (slug) => {
    const csv = await fetch(`data/${slug}.csv`);
    const json = await fetch(`data/${slug}.json`);
    return { csv: await csv.text(), csvType: csv.headers.get("content-type"), json: await json.json(), jsonType: json.headers.get("content-type") };
  }, SLUG);
  assert.equal(files.csvType, "text/csv; charset=utf-8");
  assert.equal(files.jsonType, "application/json; charset=utf-8");
  const rows = parse(files.csv, { bom: true, columns: true });
  assert.equal(rows.length, METRICS.length);
  assert.equal(files.json.metrics.length, METRICS.length);
  rows.forEach((r, i) => {
    const j = files.json.metrics[i];
    assert.equal(r.id, METRICS[i].id);
    assert.equal(r.id, j.id);
    assert.deepEqual([r["label_zh-Hant"], r["label_zh-Hans"], r.label_en], [j.label["zh-Hant"], j.label["zh-Hans"], j.label.en]);
    assert.equal(Number(r.value), j.value);
    assert.equal(r.source, j.source);
    assert.equal(r.charts, j.charts.join(" "));
  });
  // A chart's caption in the story links the same file as its own page.
  const href = await page.locator(`#${STORY.chapters[0]} .graphic-slot .chart-data`).first().getAttribute("href");
  assert.match(href, /^data\/[a-z0-9-]+\.csv$/);
  await context.close();
});

test("“Get the data” downloads the chart's CSV from inside the embed's sandbox", async () => {
  host.serve("/chart-download.html", LOADER_HOST([[ONE, "zh-Hant"]]));
  const { context, page } = await openPage(browser, host.url, { ...PHONE, acceptDownloads: true });
  await page.goto(host.url + "chart-download.html");
  const frame = await chartFrame(page, await page.$(`#c-${ONE} iframe`));
  const [download] = await Promise.all([page.waitForEvent("download"), frame.locator("a.chart-data").click()]);
  assert.equal(download.suggestedFilename(), `${SLUG}-${ONE}.csv`);
  const text = readFileSync(await download.path(), "utf8");
  const first = STORY.charts.find((c) => c.id === ONE).metrics[0];
  assert.equal(parse(text, { bom: true, columns: true })[0]["label_zh-Hant"], METRICS.find((m) => m.id === first).label["zh-Hant"]);
  await context.close();
});

// Point by point: with a chart of each kind focused, the arrow keys, Home and End walk its
// items in reading order and each step is announced once through the chart's live region,
// read here from Chromium's accessibility tree (CDP Accessibility.getFullAXTree), not from
// pixels: label, figure, qualifier and note, and the place ("2 / 4"). The item stepped to
// is outlined on the canvas; Escape leaves. On the story page, the embed page and each
// kind's chart page, with real key presses (page.keyboard), the chart reached by Tab.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPage, appState, DESKTOP, PHONE, STORY } from "./lib.mjs";
import { startHost, page as hostPage } from "./host.mjs";

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

/** One step per chart kind of the story: the first that shows a chart of that kind. */
function stepPerKind() {
  const { story, charts } = STORY;
  const byKind = new Map();
  for (const section of story.sections) {
    for (const step of section.steps) {
      const chart = charts.find((c) => c.id === step.chart);
      if (chart && !byKind.has(chart.kind)) byKind.set(chart.kind, { step: step.id, chart: chart.id });
    }
  }
  return [...byKind.entries()];
}

/** The text the accessibility tree holds under the live region of the figure that `figure`
 *  (a page-side expression) finds, and the region's politeness. */
async function liveInTree(cdp, figure) {
  const { result } = await cdp.send("Runtime.evaluate", { expression: `(${figure}).querySelector(".chart-live")` });
  assert.ok(result.objectId, "the figure has a live region");
  const { node } = await cdp.send("DOM.describeNode", { objectId: result.objectId });
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const region = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
  assert.ok(region, "the live region is in the accessibility tree");
  const live = region.properties?.find((p) => p.name === "live")?.value?.value;
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const texts = [];
  const walk = (n) => {
    if (n.role?.value === "StaticText" && n.name?.value) texts.push(n.name.value);
    for (const c of n.childIds ?? []) walk(byId.get(c) ?? {});
  };
  walk(region);
  return { live, text: texts.join("") };
}

/**
 * Walks the chart of `figure` (a page-side expression) in `frame` (a page or a frame, with
 * its CDP session `cdp`) by real key presses: Tab from just before the chart reaches its
 * canvas, ArrowRight steps through every item, ArrowLeft back, Home and End; each move is
 * announced once and outlines its item; Escape hides the tip and the outline.
 */
async function walkChart(page, frame, cdp, figure, what) {
  await frame.waitForFunction((f) => eval(f).dataset.state === "drawn", figure, { timeout: 20000 });
  await page.waitForTimeout(700); // a tween in has ended
  // Tab reaches the canvas: focus a point just before it, then Tab.
  await frame.evaluate((f) => {
    const canvas = eval(f).querySelector("canvas.chart-canvas");
    const before = document.createElement("span");
    before.tabIndex = -1;
    before.id = "__before";
    canvas.before(before);
    // Not scrolled to: in an embed that would scroll the host and change the step.
    before.focus({ preventScroll: true });
  }, figure);
  await page.keyboard.press("Tab");
  assert.equal(await frame.evaluate(() => document.activeElement?.className), "chart-canvas", `${what}: Tab reaches the canvas`);
  await frame.evaluate(() => document.getElementById("__before").remove());
  // The canvas tells how to step through it: its description in the accessibility tree,
  // and on screen while it has keyboard focus and shows no figure.
  // The accessibility tree follows the DOM a moment later under load: read it until it has
  // the description (up to a second).
  const { result } = await cdp.send("Runtime.evaluate", { expression: `(${figure}).querySelector("canvas.chart-canvas")` });
  const { node } = await cdp.send("DOM.describeNode", { objectId: result.objectId });
  let description = "";
  for (let i = 0; i < 20 && !description; i++) {
    if (i) await page.waitForTimeout(50);
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { backendNodeId: node.backendNodeId, fetchRelatives: false });
    description = nodes[0]?.description?.value ?? "";
  }
  assert.match(description, /arrow keys, Home and End/, `${what}: the canvas's description says how to step`);
  const hint = (f) => {
    const k = eval(f).querySelector(".chart-keys");
    return k.getBoundingClientRect().width > 100 && k.textContent.trim();
  };
  assert.equal(await frame.evaluate(hint, figure), description, `${what}: the keys are shown on focus`);
  // Count the live region's changes: each move announces once, a key that moves nothing never.
  await frame.evaluate((f) => {
    window.__liveChanges = 0;
    const live = eval(f).querySelector(".chart-live");
    window.__liveObserver?.disconnect();
    window.__liveObserver = new MutationObserver((rs) => (window.__liveChanges += rs.length));
    window.__liveObserver.observe(live, { childList: true, characterData: true, subtree: true });
  }, figure);
  const pixels = () =>
    frame.evaluate((f) => {
      const c = eval(f).querySelector("canvas.chart-canvas");
      const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
      let h = 0;
      for (let i = 0; i < d.length; i += 4) h = (h * 31 + d[i] * 7 + d[i + 1] * 3 + d[i + 2]) | 0;
      return h;
    }, figure);
  const frames = () => frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const rest = await pixels();
  const rows = await frame.evaluate((f) => [...eval(f).querySelectorAll(".chart-table tbody tr")].map((r) => r.querySelector("th")?.textContent.trim() ?? ""), figure);
  const n = rows.length;
  assert.ok(n >= 1, `${what}: rows in the table`);
  const heard = [];
  const press = async (key, moves = true) => {
    const before = await frame.evaluate(() => window.__liveChanges);
    await page.keyboard.press(key);
    await page.waitForTimeout(60);
    const { live, text } = await liveInTree(cdp, figure);
    assert.equal(live, "polite", `${what}: a polite live region`);
    const changes = (await frame.evaluate(() => window.__liveChanges)) - before;
    assert.equal(changes, moves ? 1 : 0, `${what}: ${key} announced ${moves ? "once" : "never"} (${changes})`);
    heard.push(text);
    return text;
  };
  for (let k = 0; k < n; k++) {
    const text = await press("ArrowRight");
    assert.ok(text.endsWith(`${k + 1} / ${n}`), `${what}: step ${k + 1} heard as “${text}”`);
    if (k === 0) {
      assert.equal(await frame.evaluate(hint, figure), false, `${what}: the figure's tip replaces the keys`);
      await frames();
      assert.notEqual(await pixels(), rest, `${what}: the item stepped to is outlined`);
    }
  }
  // Each step is one sentence: no two items read the same, each holds its row's label.
  assert.equal(new Set(heard).size, n, `${what}: ${JSON.stringify(heard)}`);
  rows.forEach((label, k) => label && assert.ok(heard[k].includes(label), `${what}: “${heard[k]}” lacks “${label}”`));
  // At the end, another ArrowRight moves nothing and says nothing again.
  await press("ArrowRight", false);
  if (n > 1) {
    assert.ok((await press("ArrowLeft")).endsWith(`${n - 1} / ${n}`), `${what}: ArrowLeft`);
    assert.ok((await press("End")).endsWith(`${n} / ${n}`), `${what}: End`);
    assert.ok((await press("Home")).endsWith(`1 / ${n}`), `${what}: Home`);
    await press("ArrowLeft", false);
  }
  await page.keyboard.press("Escape");
  assert.equal(await frame.evaluate((f) => eval(f).querySelector(".chart-tip").hidden, figure), true, `${what}: Escape hides the tip`);
  await page.waitForTimeout(60);
  await frames();
  assert.equal(await pixels(), rest, `${what}: Escape leaves the chart as it was`);
  assert.equal(await frame.evaluate(() => document.activeElement?.className), "chart-canvas", `${what}: focus stays on the chart`);
}

async function cdpFor(context, target) {
  const cdp = await context.newCDPSession(target);
  await cdp.send("Accessibility.enable");
  await cdp.send("DOM.enable");
  await cdp.send("Runtime.enable");
  return cdp;
}

const slotFigure = (chart) => `document.querySelector('.graphic-slot[data-chart="${chart}"] figure.chart')`;

for (const [kind, { step, chart }] of stepPerKind()) {
  test(`keys walk the ${kind} chart on the story page, each step announced in the accessibility tree (${chart})`, async () => {
    const { context, page, log } = await openPage(browser, server.url, DESKTOP);
    await page.goto(`${server.url}en.html#${step}`);
    assert.equal(await appState(page), "ready");
    await walkChart(page, page, await cdpFor(context, page), slotFigure(chart), kind);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test(`keys walk the ${kind} chart's own page (${chart})`, async () => {
    const { context, page, log } = await openPage(browser, server.url, DESKTOP);
    await page.goto(`${server.url}chart-${chart}-en.html`);
    await page.waitForFunction(() => document.documentElement.dataset.app === "ready", null, { timeout: 20000 });
    await walkChart(page, page, await cdpFor(context, page), `document.querySelector("figure.chart")`, `${kind} chart page`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test("keys walk a chart of the embedded story, in the host's page", async () => {
  const [, { step, chart }] = stepPerKind().find(([kind]) => kind === "hbars") ?? stepPerKind()[0];
  host.serve("/keys.html", hostPage(`<div data-luyuan-story="1" data-lang="en" id="story-box"></div>
<script async src="${server.url}embed.js"></script>`));
  const { context, page, log } = await openPage(browser, host.url, DESKTOP);
  await page.goto(host.url + "keys.html");
  await page.evaluate(() => document.getElementById("story-box").scrollIntoView());
  let frame;
  for (let i = 0; i < 200 && !(frame = page.frames().find((f) => /embed-en\.html/.test(f.url()))); i++) await page.waitForTimeout(50);
  assert.ok(frame, "the story's frame");
  await frame.waitForFunction(() => document.documentElement.dataset.app === "ready", null, { timeout: 20000 });
  // The host scrolls the step's top a little past the middle of its view (the line a
  // desktop's step crosses; the host's scroll is whole pixels): the step's chart shows.
  const top = await frame.evaluate((s) => document.getElementById(s).getBoundingClientRect().top, step);
  await page.evaluate((top) => window.scrollTo(0, document.querySelector("iframe").getBoundingClientRect().top + scrollY + top - innerHeight / 2 + 24), top);
  await frame.waitForFunction((s) => document.querySelector(".step.active")?.id === s, step, { timeout: 10000 });
  // A reader's click in the story gives its frame the focus (a script's focus() in a frame
  // of another origin, without one, may be ignored).
  await frame.click(`#${step}`, { position: { x: 4, y: 4 } });
  await walkChart(page, frame, await cdpFor(context, frame), slotFigure(chart), "embedded story");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("on a phone, a tap on a mark shows and announces it as the keys do", async () => {
  const [, { chart }] = stepPerKind().find(([kind]) => kind === "hbars") ?? stepPerKind()[0];
  const { context, page, log } = await openPage(browser, server.url, PHONE);
  await page.goto(`${server.url}chart-${chart}-en.html`);
  await page.waitForFunction(() => document.documentElement.dataset.app === "ready", null, { timeout: 20000 });
  await page.waitForFunction(() => document.querySelector("figure.chart").dataset.state === "drawn");
  await page.waitForTimeout(700);
  const cdp = await cdpFor(context, page);
  const box = await page.locator("canvas.chart-canvas").boundingBox();
  let shown = false;
  for (let y = box.y + 10; y < box.y + box.height && !shown; y += 8) {
    await page.touchscreen.tap(box.x + box.width * 0.3, y);
    shown = await page.evaluate(() => !document.querySelector(".chart-tip").hidden);
  }
  assert.ok(shown, "a tap shows a figure");
  const n = await page.evaluate(() => document.querySelectorAll(".chart-table tbody tr").length);
  const { live, text } = await liveInTree(cdp, `document.querySelector("figure.chart")`);
  assert.equal(live, "polite");
  assert.match(text, new RegExp(`\\d / ${n}$`), `the tap is announced: “${text}”`);
  await page.touchscreen.tap(5, 5);
  assert.equal(await page.evaluate(() => document.querySelector(".chart-tip").hidden), true, "a tap elsewhere hides it");
  assert.deepEqual(log.errors, []);
  await context.close();
});

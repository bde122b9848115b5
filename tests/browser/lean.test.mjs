// A lean first visit: a story page loads its text, styles and the static charts on view, and
// its app only when the reader first acts (public/boot.js). Here: the bytes a phone loads
// until the network is idle, in each language, against the budget (150 KB brotli, as
// served); that the app's script and wasm are not among them; that a reader's first scroll
// or tap starts the app; and that a tap on one of the app's buttons before it has started is
// not lost.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPage, appStateNow, appReady, PHONE, STORY } from "./lib.mjs";

/** The first-visit budget: every byte a phone loads at the top of a story page until idle. */
export const FIRST_VISIT_BUDGET_KB = 150;

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Page-side: what woke the app (boot.js's performance mark story:woken), if anything has. */
const woken = () => performance.getEntriesByName("story:woken")[0]?.detail ?? null;

// The app: its script, its wasm and the page's data file.
const isApp = (url) => /\.wasm$|\/luyuan-[0-9a-f]+\.js$|\/story-data\.[a-z-]+\.[0-9a-f]+\.json$/.test(url);
const isData = (url) => /\/story-data\.[a-z-]+\.[0-9a-f]+\.json$/.test(url);

/** Opens `path` on a phone; the bytes on the wire (brotli, as served) per request, until idle. */
async function visit(path) {
  const o = await openPage(browser, server.url, { ...PHONE, locale: "zh-TW" });
  const cdp = await o.context.newCDPSession(o.page);
  await cdp.send("Network.enable");
  const urls = new Map();
  const loaded = [];
  cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
  cdp.on("Network.loadingFinished", (e) => loaded.push({ url: urls.get(e.requestId), bytes: e.encodedDataLength }));
  await o.page.goto(server.url + path, { waitUntil: "networkidle" });
  await o.page.waitForTimeout(1000);
  return { ...o, loaded, kb: loaded.reduce((t, r) => t + r.bytes, 0) / 1024 };
}

for (const path of ["", "zh-hans.html", "en.html"]) {
  test(`the first visit of ${path || "index.html"} is at most ${FIRST_VISIT_BUDGET_KB} KB, without the app`, async (t) => {
    const { context, page, loaded, kb, log } = await visit(path);
    const files = loaded.map((r) => `${r.url.split("/").pop()} ${(r.bytes / 1024).toFixed(1)} KB`).join(", ");
    t.diagnostic(`${kb.toFixed(1)} KB: ${files}`);
    assert.ok(kb <= FIRST_VISIT_BUDGET_KB, `first visit ${kb.toFixed(1)} KB > ${FIRST_VISIT_BUDGET_KB} KB: ${files}`);
    assert.ok(!loaded.some((r) => isApp(r.url)), `the app loaded before the reader acted: ${files}`);
    assert.equal(await page.evaluate(appStateNow), "");
    // The text and the notice-free page are there all the same.
    assert.ok(await page.locator("h1").isVisible());
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test("the reader's first scroll starts the app", async () => {
  const { context, page, log } = await visit("");
  await page.mouse.move(180, 400);
  await page.mouse.wheel(0, 600);
  await page.waitForFunction(appStateNow, null, { timeout: 20000 });
  assert.equal(await page.evaluate(appStateNow), "ready");
  assert.match(await page.evaluate(woken), /^(wheel|scroll)$/);
  assert.ok(log.requests.some(isApp), "the app's files were fetched");
  assert.equal(log.requests.filter(isData).length, 1, "the page's data file was fetched once");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a tap on the app's button before the app has started is replayed once it has", async () => {
  const { context, page } = await visit("");
  assert.equal(await page.evaluate(appStateNow), "");
  await page.locator(".mode-toggle").tap();
  await page.waitForFunction(appReady, null, { timeout: 20000 });
  await page.waitForFunction(() => document.querySelector(".mode-toggle").getAttribute("aria-pressed") === "true", null, { timeout: 5000 });
  assert.match(await page.evaluate(woken), /^(pointerdown|touchstart)$/);
  await context.close();
});

test("a link to a step starts the app at once: its chart is on view", async () => {
  const o = await openPage(browser, server.url, { ...PHONE, locale: "zh-TW" });
  await o.page.goto(server.url + `#${STORY.step(0, 1).id}`);
  await o.page.waitForFunction(appStateNow, null, { timeout: 20000 });
  assert.equal(await o.page.evaluate(appStateNow), "ready");
  await o.context.close();
});

// Until the reader acts, a chapter away from the screen is neither styled nor laid out
// (style/main.css): a first visit lays out its first screen, not the whole article.
const laidOut = (page, selector) =>
  page.evaluate((s) => document.querySelector(s).checkVisibility({ contentVisibilityAuto: true }), selector);

test("until the reader acts, chapters away from the screen are not laid out; a link into one lands on its step, which stays", async () => {
  const last = `#${STORY.chapters.at(-1)}-title`;
  // A step deep in the story, and a chapter well above it.
  const deep = STORY.step(5, 3);
  const above = `#${STORY.chapters[Math.min(1, deep.chapterIndex - 1)]}-title`;
  const { context, page } = await visit("");
  assert.equal(await page.evaluate(appStateNow), "");
  assert.equal(await laidOut(page, last), false, "the last chapter was laid out at the top of the page");
  assert.equal(await laidOut(page, `#${STORY.story.intro.id}-1`), true);
  await page.mouse.move(180, 400);
  await page.mouse.wheel(0, 300);
  await page.waitForFunction(appReady, null, { timeout: 20000 });
  assert.equal(await laidOut(page, last), true, "the chapters are still skipped once the app runs");
  await context.close();

  // A link to a step deep in the story: the browser lands on it, with the chapters above
  // estimated (boot.js held back: its first request fails). Once boot.js runs, the link
  // wakes the app, every chapter is laid out at its own height, and the step stays.
  const o = await openPage(browser, server.url, { ...PHONE, locale: "zh-TW" });
  let bootUrl = null;
  await o.page.route(/\/boot-[0-9a-f]+\.js$/, (route) => {
    if (bootUrl) return route.continue();
    bootUrl = route.request().url();
    return route.abort();
  });
  await o.page.goto(server.url + `#${deep.id}`, { waitUntil: "load" });
  await o.page.waitForTimeout(300);
  const stepTop = () => o.page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, deep.id);
  const before = await stepTop();
  assert.equal(await laidOut(o.page, above), false, "a chapter far above the link was laid out");
  assert.ok(before > 0 && before < 667, `the linked step is off screen before the app runs (top ${before})`);
  await o.page.evaluate((src) => {
    const boot = document.createElement("script");
    boot.type = "module";
    boot.src = src;
    document.head.append(boot);
  }, bootUrl);
  await o.page.waitForFunction(appReady, null, { timeout: 20000 });
  await o.page.waitForTimeout(300);
  assert.equal(await laidOut(o.page, above), true, "a chapter is still skipped once the app runs");
  const after = await stepTop();
  assert.ok(Math.abs(after - before) < 2, `the linked step moved from ${before} to ${after} when the chapters were laid out`);
  await o.context.close();
});

// The first paint is the hero's, never a frame of the bare body (`<link rel=expect>` in the
// head, src/page.rs). Here the document arrives in two parts, split inside the hero, a second
// apart: Chrome must not paint in between.
test("nothing is painted while the hero is half delivered: the first paint is the hero's", async () => {
  const { createServer } = await import("node:http");
  const STALL_MS = 1200;
  const proxy = createServer(async (req, res) => {
    const upstream = await fetch(new URL(req.url.slice(1), server.url), { headers: { "accept-encoding": "identity" } });
    const type = upstream.headers.get("content-type") ?? "application/octet-stream";
    const body = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, { "content-type": type, "cache-control": "no-store" });
    if (!type.startsWith("text/html")) return res.end(body);
    const html = body.toString("utf8");
    const cut = html.indexOf("</h1>");
    assert.ok(cut > 0, "the page has its headline");
    res.write(html.slice(0, cut));
    setTimeout(() => res.end(html.slice(cut)), STALL_MS);
  });
  await new Promise((ok) => proxy.listen(0, "127.0.0.1", ok));
  const o = await openPage(browser, server.url, { ...PHONE, locale: "zh-TW" });
  try {
    await o.page.goto(`http://127.0.0.1:${proxy.address().port}/`, { waitUntil: "load" });
    await o.page.waitForTimeout(300);
    const paints = await o.page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType("paint").map((p) => [p.name, Math.round(p.startTime)])),
    );
    assert.ok(paints["first-paint"] >= STALL_MS, `painted at ${paints["first-paint"]} ms, before the hero had arrived (${STALL_MS} ms)`);
    assert.equal(paints["first-contentful-paint"], paints["first-paint"], "the first paint had no content");
    assert.ok(await o.page.locator("h1").isVisible());
  } finally {
    await o.context.close();
    proxy.close();
  }
});

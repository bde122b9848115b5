// A lean first visit: a story page loads its text, styles and the static charts on view, and
// its app only when the reader first acts (public/boot.js). Here: the bytes a phone loads
// until the network is idle, in each language, against the budget (150 KB brotli, as
// served); that the app's script and wasm are not among them; that a reader's first scroll
// or tap starts the app; and that a tap on one of the app's buttons before it has started is
// not lost.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPage, PHONE } from "./lib.mjs";

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

const isApp = (url) => /\.wasm$|\/luyuan-[0-9a-f]+\.js$/.test(url);

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
    assert.equal(await page.evaluate(() => window.__story.state), "loading");
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
  await page.waitForFunction(() => window.__story.state !== "loading", null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => window.__story.state), "ready");
  assert.match(await page.evaluate(() => window.__story.woken), /^(wheel|scroll)$/);
  assert.ok(log.requests.some(isApp), "the app's files were fetched");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a tap on the app's button before the app has started is replayed once it has", async () => {
  const { context, page } = await visit("");
  assert.equal(await page.evaluate(() => window.__story.state), "loading");
  await page.locator(".mode-toggle").tap();
  await page.waitForFunction(() => window.__story.state === "ready", null, { timeout: 20000 });
  await page.waitForFunction(() => document.querySelector(".mode-toggle").getAttribute("aria-pressed") === "true", null, { timeout: 5000 });
  assert.match(await page.evaluate(() => window.__story.woken), /^(pointerdown|touchstart)$/);
  await context.close();
});

test("a link to a step starts the app at once: its chart is on view", async () => {
  const o = await openPage(browser, server.url, { ...PHONE, locale: "zh-TW" });
  await o.page.goto(server.url + "#economy-2");
  await o.page.waitForFunction(() => window.__story.state !== "loading", null, { timeout: 20000 });
  assert.equal(await o.page.evaluate(() => window.__story.state), "ready");
  await o.context.close();
});

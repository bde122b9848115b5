// The walking skeleton end to end: dist/ at a sub-path, prerendered text, hydration that
// adopts the prerendered nodes, a working control, a painted canvas, and failures that
// leave the article readable.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPage, appState, paintedShare, PHONE, DESKTOP, STORY } from "./lib.mjs";

// The story's first step and chapter, and the start of its title (zh-Hant).
const FIRST = STORY.step(0, 0);
const TITLE = STORY.title["zh-Hant"].slice(0, 6);

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Tags the prerendered nodes as soon as the HTML is parsed, before the wasm can run.
const TAG_PRERENDERED = () => {
  document.addEventListener("readystatechange", () => {
    if (document.readyState !== "interactive") return;
    window.__pre = { count: document.body.querySelectorAll("*").length };
    for (const el of document.body.querySelectorAll("*")) el.__prerendered = true;
  });
};

for (const [name, device] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  test(`hydrates the prerendered page at a sub-path (${name})`, async () => {
    const { context, page, log } = await openPage(browser, server.url, device);
    await page.addInitScript(TAG_PRERENDERED);
    await page.goto(server.url);
    assert.equal(await appState(page), "ready");

    const adopted = await page.evaluate(() => {
      const all = [...document.body.querySelectorAll("*")];
      return {
        h1s: document.querySelectorAll("h1").length,
        notAdopted: all.filter((el) => !el.__prerendered).map((el) => el.tagName),
        before: window.__pre.count,
        after: all.length,
      };
    });
    assert.equal(adopted.h1s, 1, "one heading, not a second copy");
    assert.deepEqual(adopted.notAdopted, [], "every node is a prerendered one");
    assert.equal(adopted.after, adopted.before);

    // A control works (an event handler attached by hydration): the first chart's table.
    // Charts are drawn when they come near the viewport.
    await page.evaluate((id) => document.getElementById(id).scrollIntoView(), FIRST.id);
    const figure = page.locator(`#${FIRST.chapter} .graphic-slot.current .chart`);
    await page.waitForFunction((c) => document.querySelector(`#${c} .graphic-slot.current .chart`).dataset.state === "drawn", FIRST.chapter);
    const toggle = figure.locator(".chart-table-toggle");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    await toggle.scrollIntoViewIfNeeded();
    if (device.hasTouch) await toggle.tap();
    else await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    assert.ok(await figure.locator(".chart-table").isVisible());

    // The canvas is painted at CSS size × DPR.
    const canvas = `#${FIRST.chapter} .graphic-slot.current canvas`;
    assert.ok((await paintedShare(page, canvas)) > 0.001, "canvas has marks");
    const sizes = await page.evaluate((sel) => {
      const c = document.querySelector(sel);
      return { w: c.width, css: c.getBoundingClientRect().width * devicePixelRatio };
    }, canvas);
    assert.ok(Math.abs(sizes.w - sizes.css) <= 1, `backing store ${sizes.w} for ${sizes.css}`);

    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.failed, []);
    assert.deepEqual(log.foreign, []);
    assert.deepEqual(await page.evaluate(() => window.__test.errors), []);
    await context.close();
  });
}

test("the text is there with JavaScript disabled", async () => {
  const { context, page } = await openPage(browser, server.url, { ...PHONE, javaScriptEnabled: false });
  await page.goto(server.url);
  const h1 = await page.locator("h1").textContent();
  assert.ok(h1.includes(TITLE), h1);
  assert.ok((await page.locator(".lede p").first().textContent()).length > 20);
  // Charts show their tables in their place.
  const table = await page.evaluate((c) => {
    const r = document.querySelector(`#${c} .graphic-slot.current .chart-table`).getBoundingClientRect();
    return r.width > 100 && r.height > 50;
  }, FIRST.chapter);
  assert.ok(table, "the first chart's table is shown");
  await context.close();
});

test("a wasm that fails to load leaves the text and shows the notice", async () => {
  const { context, page } = await openPage(browser, server.url, PHONE);
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 200, contentType: "application/wasm", body: "not wasm" }));
  await page.goto(server.url);
  assert.equal(await appState(page), "failed");
  assert.ok(await page.locator("#app-notice").isVisible());
  assert.ok((await page.locator("h1").textContent()).includes(TITLE));
  await context.close();
});

// The page's data file (its language's figures, beside the wasm): missing, or answered by a
// host with a page of its own, or damaged.
for (const [what, answer] of [
  ["missing", { status: 404, contentType: "text/plain", body: "Not found" }],
  ["a host's page", { status: 200, contentType: "text/html", body: "<!doctype html><title>Home</title>" }],
  ["damaged", { status: 200, contentType: "application/json", body: '[{"meta":\n,{}\n,{}\n,{}\n]' }],
]) {
  test(`a data file that is ${what} leaves the text and shows the notice`, async () => {
    const { context, page } = await openPage(browser, server.url, PHONE);
    await page.route(/\/story-data\.[^/]+\.json$/, (route) => route.fulfill(answer));
    await page.goto(server.url);
    assert.equal(await appState(page), "failed");
    const shown = await page.evaluate(() => ({
      notice: !document.getElementById("app-notice").hidden,
      article: document.getElementById("article-css").media,
      taps: document.documentElement.dataset.taps ?? null,
    }));
    assert.deepEqual(shown, { notice: true, article: "all", taps: null });
    assert.ok((await page.locator("h1").textContent()).includes(TITLE));
    await context.close();
  });
}

test("a panic (a WebAssembly trap) after start shows the notice", async () => {
  const { context, page } = await openPage(browser, server.url, PHONE);
  await page.goto(server.url);
  assert.equal(await appState(page), "ready");
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError("unreachable"); }));
  await page.waitForFunction(() => document.documentElement.dataset.app === "failed");
  assert.ok(await page.locator("#app-notice").isVisible());
  assert.ok((await page.locator("h1").textContent()).includes(TITLE));
  await context.close();
});

test("runs under a strict script policy, served at the root path too", async () => {
  const { STRICT_CSP } = await import("./serve.mjs");
  const { startServer: start } = await import("./lib.mjs");
  const strict = await start({ base: "/", csp: STRICT_CSP });
  const { context, page, log } = await openPage(browser, strict.url, PHONE);
  const violations = [];
  page.on("console", (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
  await page.goto(strict.url);
  assert.equal(await appState(page), "ready");
  await page.evaluate((id) => document.getElementById(id).scrollIntoView(), FIRST.id);
  await page.waitForFunction((c) => document.querySelector(`#${c} .graphic-slot.current .chart`).dataset.state === "drawn", FIRST.chapter);
  assert.ok((await paintedShare(page, `#${FIRST.chapter} .graphic-slot.current canvas`)) > 0.001);
  assert.deepEqual(violations, []);
  assert.deepEqual(log.errors, []);
  await context.close();
  await strict.close();
});

for (const [what, init] of [
  ["no WebAssembly at all", () => { delete window.WebAssembly; }],
  // An engine older than the features today's Rust emits (e.g. Safari before 15).
  ["no WebAssembly reference types", () => {
    const validate = WebAssembly.validate;
    WebAssembly.validate = (bytes) => (bytes.length === 27 && bytes[23] === 208 ? false : validate(bytes));
  }],
]) {
  test(`an older browser (${what}) reads the article with a notice`, async () => {
    const { context, page } = await openPage(browser, server.url, PHONE);
    await page.addInitScript(init);
    await page.goto(server.url);
    assert.equal(await appState(page), "failed");
    const shown = await page.evaluate(() => ({
      notice: !document.getElementById("app-notice").hidden,
      article: document.getElementById("article-css").media,
      steps: [...document.querySelectorAll(".step p")].every((p) => p.offsetParent !== null),
      requestedWasm: performance.getEntriesByType("resource").some((r) => r.name.endsWith(".wasm") && r.transferSize > 0 && r.initiatorType !== "link"),
    }));
    assert.deepEqual(shown, { notice: true, article: "all", steps: true, requestedWasm: false });
    await context.close();
  });
}

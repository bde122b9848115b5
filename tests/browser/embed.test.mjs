// The story embedded on a newsroom's page of another origin: with our loader and with the
// real pym.js parent the iframe is as tall as the story (also after a language switch makes
// it longer or shorter), has no scrollbar, settles (no growth loop), follows the host's
// scrolling, reports events, and ignores junk and hostile messages. Checks run in the pages.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPage, PHONE, DESKTOP, STORY, switchLang } from "./lib.mjs";
import { startHost } from "./host.mjs";

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

/** The story's frame once its app runs (and, with `story`, once it follows the host). */
async function storyFrame(page, pattern, { story = true, scroll = true } = {}) {
  let frame;
  await page.waitForFunction(() => document.querySelector("iframe"));
  // Lazy: the story loads as the reader comes near it.
  if (scroll) await page.evaluate(() => document.querySelector("iframe").scrollIntoView());
  for (let i = 0; i < 200 && !(frame = page.frames().find((f) => pattern.test(f.url()))); i++) await page.waitForTimeout(50);
  assert.ok(frame, `a frame matching ${pattern}`);
  await frame.waitForFunction(() => document.documentElement.dataset.app === "ready", null, { timeout: 20000 });
  if (story) await frame.waitForFunction(() => document.documentElement.dataset.mode === "story", null, { timeout: 10000 });
  return frame;
}

/** The iframe's height on the host, and the story's content height inside it. */
async function heights(page, frame) {
  const outer = await page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scroll: document.documentElement.scrollHeight,
    view: innerHeight,
    scrollW: document.documentElement.scrollWidth,
    viewW: innerWidth,
  }));
  // The height reports the host received (tests/browser/recorder.js).
  const sent = await page.evaluate(() => window.__test.heights);
  return { outer, ...inner, sent };
}

/** Waits until the iframe is as tall as the story and nothing scrolls inside (in view:
 * browsers update an iframe out of view only when it comes into view). */
async function fits(page, frame) {
  await page.evaluate(() => {
    const r = document.querySelector("iframe").getBoundingClientRect();
    if (r.bottom < 0 || r.top > innerHeight) window.scrollTo(0, scrollY + r.top);
  });
  let h;
  const ok = (h) => Math.abs(h.outer - h.content) <= 1 && h.scroll <= h.view + 1 && h.scrollW <= h.viewW;
  for (let i = 0; i < 100; i++) {
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    h = await heights(page, frame);
    if (ok(h)) break;
    await page.waitForTimeout(100);
  }
  assert.ok(Math.abs(h.outer - h.content) <= 1, `iframe ${h.outer}px for ${h.content}px of story`);
  assert.ok(h.scroll <= h.view + 1, `no vertical scrollbar inside: ${h.scroll} > ${h.view}`);
  assert.ok(h.scrollW <= h.viewW, `no horizontal scrollbar inside: ${h.scrollW} > ${h.viewW}`);
  return h;
}

/** The height stays the same for a few seconds: no growth loop. */
async function settles(page, frame) {
  const first = await heights(page, frame);
  for (let i = 0; i < 6; i++) {
    await page.waitForTimeout(500);
    const h = await heights(page, frame);
    assert.equal(h.outer, first.outer, "the iframe's height holds");
    assert.equal(h.sent, first.sent, "no new height messages");
  }
}

/** Scrolls the host so that an element of the story is at `share` of the host's viewport. */
async function scrollHostTo(page, frame, selector, share) {
  const top = await frame.evaluate((s) => document.querySelector(s).getBoundingClientRect().top, selector);
  await page.evaluate(
    ({ top, share }) => {
      const iframe = document.querySelector("iframe");
      const y = iframe.getBoundingClientRect().top + scrollY + top - innerHeight * share;
      window.scrollTo(0, y);
    },
    { top, share },
  );
}

const active = (frame) => frame.evaluate(() => document.querySelector(".step.active")?.id ?? null);

for (const [name, device] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  test(`the loader embeds the story from another origin, as tall as its content (${name})`, async () => {
    const { context, page, log } = await openPage(browser, host.url, device);
    await page.goto(host.url + "loader.html");
    const frame = await storyFrame(page, /\/embed\.html/);
    const attrs = await page.evaluate(() => {
      const f = document.querySelector("#story-box iframe");
      return { title: f.title, loading: f.getAttribute("loading"), sandbox: f.getAttribute("sandbox"), allow: f.getAttribute("allow"), scrolling: f.getAttribute("scrolling"), width: f.getBoundingClientRect().width, box: f.parentElement.getBoundingClientRect().width };
    });
    assert.ok(attrs.title.includes(STORY.siteTitle["zh-Hant"]), attrs.title);
    assert.equal(attrs.loading, "lazy");
    assert.equal(attrs.allow, "web-share; clipboard-write");
    assert.equal(attrs.scrolling, "no");
    assert.deepEqual(attrs.sandbox.split(" ").sort(), ["allow-downloads", "allow-popups", "allow-popups-to-escape-sandbox", "allow-same-origin", "allow-scripts"]);
    assert.equal(attrs.width, attrs.box, "width 100 %");
    // Embed mode: no top bar, no sticky or fixed parts, no viewport units at work.
    const embed = await frame.evaluate(() => ({
      topbar: !!document.querySelector(".topbar"),
      bar: !!document.querySelector(".embed-bar"),
      fixed: [...document.querySelectorAll("body *")].filter((e) => /sticky|fixed/.test(getComputedStyle(e).position) && e.getClientRects().length).map((e) => e.className),
    }));
    assert.deepEqual(embed, { topbar: false, bar: true, fixed: [] });
    await fits(page, frame);
    await settles(page, frame);
    const ready = await page.evaluate(() => __events.filter(([n]) => n === "ready").map(([, d]) => d));
    assert.deepEqual(ready, [{ lang: "zh-Hant" }]);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test("the embedded story follows the host's scrolling: steps, graphic in view, chapter events", async () => {
  const { context, page, log } = await openPage(browser, host.url, PHONE);
  await page.goto(host.url + "loader.html");
  const frame = await storyFrame(page, /\/embed\.html/);
  await fits(page, frame);
  // A step in the first chapter, one in a middle chapter, one in the last.
  const visits = [STORY.step(0, 1), STORY.step(Math.floor(STORY.chapters.length / 2), 2), STORY.step(STORY.chapters.length - 1, 0)];
  for (const { id, chapter } of visits) {
    await scrollHostTo(page, frame, "#" + id, 0.6);
    await frame.waitForFunction((id) => document.querySelector(".step.active")?.id === id, id, { timeout: 5000 });
    // The chapter's graphic is kept in the host's viewport.
    const graphic = await frame.evaluate((c) => document.querySelector(`#${c} .graphic`).getBoundingClientRect().top, chapter);
    const seen = await page.evaluate((g) => {
      const top = document.querySelector("iframe").getBoundingClientRect().top + g;
      return top >= -1 && top < innerHeight * 0.5;
    }, graphic);
    assert.ok(seen, `${chapter}'s graphic is in view`);
  }
  const chapters = await page.evaluate(() => __events.filter(([n]) => n === "chapter").map(([, d]) => d.chapter));
  assert.deepEqual(chapters, [...new Set(visits.map((v) => v.chapter))]);
  const detail = await page.evaluate(() => __events.find(([n]) => n === "chapter")[1]);
  assert.equal(detail.index, 0);
  assert.equal(typeof detail.title, "string");
  // Height still settled: pinning moves nothing in the layout.
  await fits(page, frame);
  await settles(page, frame);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a link to a step on the host's page opens the embedded story there", async () => {
  const { context, page, log } = await openPage(browser, host.url, PHONE);
  const { id } = STORY.step(2, 1);
  await page.goto(host.url + `loader.html#${id}`);
  // The story is below the fold (its rendering paused), and scrolls the host itself.
  const frame = await storyFrame(page, new RegExp(`/embed\\.html\\?.*#${id}$`), { scroll: false });
  // The embed starts at once but, out of view, without frames: on a loaded machine it takes a while.
  await frame.waitForFunction((id) => document.querySelector(".step.active")?.id === id, id, { timeout: 20000 });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a language switch keeps the height right, longer and shorter, and tells the host", async () => {
  const { context, page, log } = await openPage(browser, host.url, PHONE);
  await page.goto(host.url + "loader.html");
  let frame = await storyFrame(page, /\/embed\.html/);
  const zhHant = await fits(page, frame);
  await switchLang(frame, ".embed-bar", "en");
  frame = await storyFrame(page, /\/embed-en\.html\?/);
  const en = await fits(page, frame);
  assert.ok(en.content > zhHant.content + 100, `English is longer: ${en.content} vs ${zhHant.content}`);
  await settles(page, frame);
  // The host's parameters went along: same child id, the host's URL.
  const params = await frame.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
  assert.equal(params.childId, "story-box");
  assert.equal(params.parentUrl, host.url + "loader.html");
  await switchLang(frame, ".embed-bar", "zh-Hans");
  frame = await storyFrame(page, /\/embed-zh-hans\.html\?/);
  const hans = await fits(page, frame);
  assert.ok(hans.content < en.content - 100, `and back shorter: ${hans.content} vs ${en.content}`);
  const langs = await page.evaluate(() => __events.filter(([n]) => n === "lang").map(([, d]) => d));
  assert.deepEqual(langs, [{ lang: "en", from: "zh-Hant" }, { lang: "zh-Hans", from: "en" }]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("junk and hostile messages change nothing, either way", async () => {
  const { context, page, log } = await openPage(browser, host.url, PHONE);
  await page.goto(host.url + "loader.html");
  const frame = await storyFrame(page, /\/embed\.html/);
  await fits(page, frame);
  const { id } = STORY.step(1, 1);
  await scrollHostTo(page, frame, "#" + id, 0.6);
  await frame.waitForFunction((id) => document.querySelector(".step.active")?.id === id, id);
  const before = await fits(page, frame);
  await page.waitForTimeout(500);
  const snapshot = () =>
    frame.evaluate(() => ({
      url: location.href,
      active: document.querySelector(".step.active")?.id,
      mode: document.documentElement.dataset.mode,
      text: document.body.textContent.length,
      // The parts whose text changes by itself, named so that a difference says where.
      live: [...document.querySelectorAll("[aria-live]")].map((e) => e.textContent).join("|"),
      figures: [...document.querySelectorAll(".kf-value")].map((e) => e.textContent).join("|"),
      elements: document.body.getElementsByTagName("*").length,
      injected: document.querySelectorAll("img[onerror], script:not([src]):not([type])").length,
      errors: window.__test.errors.length,
    }));
  // The story at rest: two readings alike (a live region or a count-up may still be
  // finishing after the scroll; a CI run once caught one mid-way).
  let was = await snapshot();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(300);
    const again = await snapshot();
    if (JSON.stringify(again) === JSON.stringify(was)) break;
    was = again;
  }
  // From the host page itself (the parent): wrong shapes, wrong ids, out-of-range numbers.
  await page.evaluate(() => {
    const w = document.querySelector("iframe").contentWindow;
    const junk = [
      "", "pym", "hello", "<script>alert(1)</script>", 42, null, [1, 2], { luyuan: 1 },
      "pymxPYMxstory-boxxPYMxnavigateToxPYMxjavascript:alert(1)",
      "pymxPYMxother-idxPYMxviewport-iframe-positionxPYMx375 667 -9000 0 0 375",
      "pymxPYMxstory-boxxPYMxviewport-iframe-positionxPYMx375 667 <img src=x onerror=alert(1)> 0 0 375",
      "pymxPYMxstory-boxxPYMxviewport-iframe-positionxPYMx375 NaN -9000 0 0 375",
      { luyuan: 1, type: "viewport", width: 375, height: 667, top: "-9000" },
      { luyuan: 1, type: "viewport", width: 1e309, height: 667, top: -9000 },
      { luyuan: 2, type: "viewport", width: 375, height: 667, top: -9000 },
      { luyuan: 1, type: "navigate", url: "javascript:alert(1)", width: 375, height: 667, top: -9000 },
      // Inherited fields are not the message's (and structured cloning drops them anyway).
      Object.assign(Object.create({ top: -9000 }), { luyuan: 1, type: "viewport", width: 375, height: 667 }),
    ];
    for (const m of junk) w.postMessage(m, "*");
  });
  // From a page of a third origin: lies to the host (heights, events, scrolling) and to the
  // story (a viewport far down).
  await page.evaluate((src) => {
    const f = document.createElement("iframe");
    f.src = src;
    f.style.cssText = "width:10px;height:10px;border:0";
    document.body.append(f);
  }, host.evilUrl + "evil.html?id=story-box");
  const evil = await (async () => {
    for (let i = 0; i < 100; i++) {
      const f = page.frames().find((f) => f.url().includes("evil.html"));
      if (f && (await f.title().catch(() => "")) === "sent") return f;
      await page.waitForTimeout(50);
    }
  })();
  assert.ok(evil, "the hostile page ran");
  await page.waitForTimeout(800);
  assert.deepEqual(await snapshot(), was, "the story is as it was");
  const after = await heights(page, frame);
  assert.equal(after.outer, before.outer, "the iframe's height is the story's, not the lie's");
  const lies = await page.evaluate(() => __events.filter(([n, d]) => n === "chapter" && /onerror/.test(d.chapter)).length);
  assert.equal(lies, 0, "no event from the hostile page");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the real pym.js parent (trackscroll) sizes the story and moves it along", async () => {
  const { context, page, log } = await openPage(browser, host.url, PHONE);
  await page.goto(host.url + "pym.html");
  const frame = await storyFrame(page, /\/embed-en\.html\?initialWidth=/);
  const h = await fits(page, frame);
  assert.ok(h.content > 2 * 667, `the whole story, not a screen of it: ${h.content}px`);
  await settles(page, frame);
  const step = STORY.step(3, 1);
  await scrollHostTo(page, frame, "#" + step.id, 0.6);
  await frame.waitForFunction((id) => document.querySelector(".step.active")?.id === id, step.id, { timeout: 5000 });
  await page.waitForFunction((c) => __pymEvents.some((e) => e.event === "chapter" && e.detail.chapter === c), step.chapter);
  const ready = await page.evaluate(() => __pymEvents.find((e) => e.event === "ready"));
  assert.equal(ready.childId, "pym-story");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Datawrapper's height listener sizes it too; without a viewport it reads as an article", async () => {
  const { context, page, log } = await openPage(browser, host.url, PHONE);
  await page.goto(host.url + "datawrapper.html");
  const frame = await storyFrame(page, /\/embed-zh-hans\.html/, { story: false });
  await fits(page, frame);
  await settles(page, frame);
  const mode = await frame.evaluate(() => ({
    mode: document.documentElement.dataset.mode,
    charts: [...document.querySelectorAll(".graphic-slot")].every((s) => getComputedStyle(s).display !== "none"),
  }));
  assert.deepEqual(mode, { mode: "article", charts: true });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a host can allow other origins only: then the loader takes nothing from the story", async () => {
  const { context, page } = await openPage(browser, host.url, PHONE);
  await page.goto(host.url + "strict.html");
  const frame = await storyFrame(page, /\/embed-en\.html/, { story: false });
  await page.waitForTimeout(1500);
  const h = await heights(page, frame);
  assert.equal(h.outer, 640, "the iframe keeps the host's height");
  assert.ok(h.content > 640 && h.sent > 0, "although the story sent its height");
  assert.deepEqual(await page.evaluate(() => __events.length), 0, "and no event came through");
  await context.close();
});

test("an embed page opened on its own reads as an article; ?lang= picks the embed page", async () => {
  const { context, page, log } = await openPage(browser, server.url, PHONE);
  const { id } = STORY.step(0, 1);
  await page.goto(server.url + `embed.html?lang=en&childId=x#${id}`);
  await page.waitForURL(new RegExp(`embed-en\\.html\\?lang=en&childId=x#${id}$`));
  await page.waitForFunction(() => document.documentElement.dataset.app === "ready");
  const r = await page.evaluate(() => ({
    mode: document.documentElement.dataset.mode,
    embed: document.documentElement.hasAttribute("data-embed"),
    bar: !!document.querySelector(".embed-bar"),
    toggle: getComputedStyle(document.querySelector(".embed-bar .mode-toggle")).display,
    canonical: document.querySelector("link[rel=canonical]").href,
  }));
  assert.deepEqual(r, { mode: "article", embed: true, bar: true, toggle: "none", canonical: server.url + "en.html" });
  assert.deepEqual(log.errors, []);
  await context.close();
});


// Sharing: link preview tags in every language's HTML (what crawlers read: no JavaScript),
// the preview image, the share button's link (Web Share, else the clipboard), a chart as a
// PNG card (Web Share with a File, else a download) and WeChat's long-press card.
// Headless Chromium has no navigator.share: it is stubbed and the test asserts on what it got.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer, launch, openPage, appState, DIST, PHONE, DESKTOP, STORY } from "./lib.mjs";
import { startHost } from "./host.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Each language's page, its og:locale (as its own page says it: the locale table's; the
// native tests hold the table) and its preview image.
const ogLocale = (file) => /<meta property="og:locale" content="([^"]*)">/.exec(readFileSync(DIST + file, "utf8"))[1];
const PAGES = STORY.langs.map((l) => [STORY.page(l), l, ogLocale(STORY.page(l)), STORY.ogImage(l)]);

/** The head's tags, read as a crawler would: from the HTML, no script. */
function headTags(html) {
  const head = html.slice(0, html.indexOf("</head>"));
  const attr = (tag, name) => (tag.match(new RegExp(`\\s${name}="([^"]*)"`)) || [])[1];
  const meta = {};
  for (const tag of head.match(/<meta [^>]*>/g) || []) {
    const key = attr(tag, "property") || attr(tag, "name");
    if (key) (meta[key] ||= []).push(attr(tag, "content"));
  }
  const links = (head.match(/<link [^>]*>/g) || []).map((t) => ({ rel: attr(t, "rel"), href: attr(t, "href") }));
  const title = (head.match(/<title>([^<]*)<\/title>/) || [])[1];
  return { meta, links, title };
}

test("link preview tags are in each language's HTML and valid", () => {
  for (const [file, lang, locale, image] of PAGES) {
    for (const embed of [false, true]) {
      const name = embed ? STORY.embedPage(lang) : file;
      const html = readFileSync(DIST + name, "utf8");
      const { meta, links, title } = headTags(html);
      const one = (k) => {
        assert.equal(meta[k]?.length, 1, `${name}: one ${k}`);
        return meta[k][0];
      };
      assert.equal(one("og:type"), "article");
      assert.equal(one("og:title"), title.replace(/&amp;/g, "&"), `${name}: og:title is the page's title`);
      assert.ok(one("og:description").length > 40, `${name}: a description`);
      assert.equal(one("og:description"), one("description"));
      assert.equal(one("og:locale"), locale);
      assert.match(locale, /^[a-z]{2,3}_[A-Z]{2}$/);
      assert.deepEqual(meta["og:locale:alternate"].sort(), PAGES.map((p) => p[2]).filter((l) => l !== locale).sort());
      assert.ok(one("og:site_name"));
      assert.equal(one("twitter:title"), one("og:title"));
      assert.equal(one("twitter:description"), one("og:description"));
      const canonical = links.filter((l) => l.rel === "canonical");
      assert.equal(canonical.length, 1);
      assert.ok(canonical[0].href.endsWith(file), `${name}: canonical is the language's page`);
      assert.equal(!!meta.robots, embed, `${name}: noindex only on embed pages`);
      if (embed) assert.equal(meta.robots[0], "noindex");
      // Absolute URLs only: with a base URL (STORY_BASE_URL) there are og:url and og:image,
      // without one (this build, unless set) they are left out.
      if (meta["og:image"]) {
        assert.match(one("og:image"), new RegExp(`^https?://.+/${image}$`));
        assert.match(one("og:url"), /^https?:\/\//);
        assert.equal(one("og:image:width"), "1200");
        assert.equal(one("og:image:height"), "630");
        assert.equal(one("og:image:type"), "image/png");
        assert.ok(one("og:image:alt").length > 10);
        assert.equal(one("twitter:card"), "summary_large_image");
        assert.equal(one("twitter:image"), one("og:image"));
      } else {
        assert.equal(meta["og:url"], undefined);
        assert.equal(meta["twitter:image"], undefined);
        assert.equal(one("twitter:card"), "summary");
      }
      // data-spaced: a language spaced into words (its locale's).
      assert.match(html.match(/<html [^>]*>/)[0], new RegExp(`^<html lang="${lang}"( data-spaced)?${embed ? " data-embed" : ""}>$`));
    }
  }
});

test("the preview images are 1200×630 PNGs with the headline and figures drawn", async () => {
  const { context, page } = await openPage(browser, server.url, DESKTOP);
  await page.goto(server.url + "NotoSansCJK-OFL.txt");
  for (const [, , , image] of PAGES) {
    const r = await page.evaluate(async (src) => {
      const res = await fetch(src);
      const type = res.headers.get("content-type");
      const img = await createImageBitmap(await res.blob());
      const c = new OffscreenCanvas(img.width, img.height);
      const ctx = c.getContext("2d");
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, img.width, img.height).data;
      // Share of pixels far from the paper colour (text, accent boxes).
      let ink = 0;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) {
        const diff = Math.abs(d[i] - 0xf6) + Math.abs(d[i + 1] - 0xf5) + Math.abs(d[i + 2] - 0xf1);
        if (diff > 60) ink++;
        if (d[i] < 80 && d[i + 1] < 80 && d[i + 2] < 80) dark++;
      }
      const n = d.length / 4;
      return { type, width: img.width, height: img.height, ink: ink / n, dark: dark / n };
    }, server.url + image);
    assert.equal(r.type, "image/png");
    assert.deepEqual([r.width, r.height], [1200, 630], image);
    assert.ok(r.ink > 0.15 && r.ink < 0.8, `${image}: ink ${r.ink}`);
    assert.ok(r.dark > 0.01, `${image}: dark headline text ${r.dark}`);
  }
  // The font's licence is shipped and linked from the credits.
  assert.match(await page.locator("body").textContent(), /SIL OPEN FONT LICENSE Version 1\.1/);
  await page.goto(server.url);
  const href = await page.locator(".font-credit a").getAttribute("href");
  assert.equal(href, "NotoSansCJK-OFL.txt");
  await context.close();
});

// Records what the page hands to Web Share (and the clipboard) instead of a system sheet.
const STUB_SHARE = () => {
  window.__shared = [];
  window.__copied = [];
  navigator.share = async (data) => {
    window.__shared.push({ ...data, files: (data.files || []).map((f) => f) });
  };
  navigator.canShare = (data) => !data.files || data.files.every((f) => f instanceof File && f.type === "image/png");
};
const STUB_CLIPBOARD = () => {
  window.__copied = [];
  delete Navigator.prototype.share;
  Object.defineProperty(navigator, "clipboard", { value: { writeText: async (t) => void window.__copied.push(t) } });
};

// Records the card the page paints: the canvas it turns into a PNG (its size) and where the
// chart's canvas is drawn into it.
const STUB_CARD = () => {
  window.__card = {};
  const drawImage = CanvasRenderingContext2D.prototype.drawImage;
  CanvasRenderingContext2D.prototype.drawImage = function (source, ...rest) {
    if (source instanceof HTMLCanvasElement && rest.length === 4) window.__card.chart = rest;
    return drawImage.call(this, source, ...rest);
  };
  const toBlob = HTMLCanvasElement.prototype.toBlob;
  HTMLCanvasElement.prototype.toBlob = function (...args) {
    window.__card.width = this.width;
    window.__card.height = this.height;
    return toBlob.apply(this, args);
  };
};

async function open(device, path, init, extra = {}) {
  const o = await openPage(browser, server.url, { ...device, locale: "zh-TW", ...extra });
  for (const f of [init].flat().filter(Boolean)) await o.page.addInitScript(f);
  await o.page.goto(server.url + path);
  assert.equal(await appState(o.page), "ready");
  return o;
}

test("the share button shares the language's page at the reader's step", async () => {
  const { context, page, log } = await open(PHONE, "en.html", STUB_SHARE);
  const { id } = STORY.step(2, 3);
  await page.evaluate((id) => document.getElementById(id).scrollIntoView(), id);
  await page.waitForFunction((id) => document.querySelector(".step.active")?.id === id, id);
  await page.locator(".topbar .share-btn").tap();
  await page.waitForFunction(() => window.__shared.length === 1);
  const shared = await page.evaluate(() => window.__shared[0]);
  assert.equal(shared.url, server.url + `en.html#${id}`);
  assert.equal(shared.title, STORY.title.en);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("without Web Share the link is copied, and the page says so", async () => {
  const { context, page } = await open(DESKTOP, "zh-hans.html", STUB_CLIPBOARD);
  const { id } = STORY.step(0, 2);
  await page.evaluate((id) => document.getElementById(id).scrollIntoView(), id);
  await page.waitForFunction((id) => document.querySelector(".step.active")?.id === id, id);
  await page.locator(".topbar .share-btn").click();
  await page.waitForFunction(() => window.__copied.length === 1);
  assert.equal(await page.evaluate(() => window.__copied[0]), server.url + `zh-hans.html#${id}`);
  const status = page.locator(".topbar .share-status");
  assert.equal((await status.textContent()).trim(), "已复制链接");
  assert.ok(await status.isVisible());
  await context.close();
});

test("inside an embed the link is the host's page, at the step", async () => {
  const host = await startHost(server.url);
  const { context, page } = await openPage(browser, host.url, PHONE);
  try {
    await page.addInitScript(STUB_SHARE);
    await page.goto(host.url + "loader.html");
    await page.waitForFunction(() => document.querySelector("iframe"));
    await page.evaluate(() => document.querySelector("iframe").scrollIntoView());
    let frame;
    for (let i = 0; i < 200 && !(frame = page.frames().find((f) => /embed\.html/.test(f.url()))); i++) await page.waitForTimeout(50);
    await frame.waitForFunction(() => document.documentElement.dataset.app === "ready" && document.documentElement.dataset.mode === "story", null, { timeout: 20000 });
    const { id } = STORY.step(1, 2);
    const top = await frame.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, id);
    await page.evaluate((top) => window.scrollTo(0, document.querySelector("iframe").getBoundingClientRect().top + scrollY + top - innerHeight * 0.6), top);
    await frame.waitForFunction((id) => document.querySelector(".step.active")?.id === id, id);
    // The share button is in the embed's own bar, at the top of the story (a keyboard user
    // reaches it without scrolling the host).
    await frame.evaluate(() => document.querySelector(".embed-bar .share-btn").click());
    await frame.waitForFunction(() => window.__shared.length === 1);
    assert.equal(await frame.evaluate(() => window.__shared[0].url), host.url + `loader.html#${id}`);
    await page.waitForFunction(() => __events.some(([n, d]) => n === "share" && d.what === "link" && d.method === "share"));
  } finally {
    await context.close();
    await host.close();
  }
});

/** Reads a shared PNG in the page: its size, and what is drawn in the chart's box and above
 * and below it (the card's size and the chart's box as the page painted them, `STUB_CARD`). */
const INSPECT = async ({ blob }) => {
  const img = await createImageBitmap(blob);
  const c = new OffscreenCanvas(img.width, img.height);
  const ctx = c.getContext("2d", { willReadFrequently: true });
  ctx.drawImage(img, 0, 0);
  const card = window.__card;
  const [x, y, w, h] = card.chart.map(Math.round);
  const a = ctx.getImageData(x, y, w, h).data;
  let marks = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i] - a[0]) + Math.abs(a[i + 1] - a[1]) + Math.abs(a[i + 2] - a[2]) > 60) marks++;
  }
  // Text above the chart (title, figure) and below it (credit, link): rows with ink.
  const inkRows = (y0, y1) => {
    let rows = 0;
    const d = ctx.getImageData(0, y0, img.width, y1 - y0).data;
    for (let r = 0; r < y1 - y0; r++) {
      for (let i = r * img.width * 4; i < (r + 1) * img.width * 4; i += 4) {
        if (Math.abs(d[i] - d[0]) + Math.abs(d[i + 1] - d[1]) + Math.abs(d[i + 2] - d[2]) > 150) {
          rows++;
          break;
        }
      }
    }
    return rows;
  };
  return {
    width: img.width,
    height: img.height,
    card: [card.width, card.height],
    chart: [w, h],
    marks: marks / (a.length / 4),
    above: inkRows(20, y),
    below: inkRows(y + h, img.height),
  };
};

test("a chart is shared as a PNG card: the chart, its title, figure, credit and link", async () => {
  const { context, page, log } = await open(PHONE, "index.html", [STUB_SHARE, STUB_CARD]);
  const step = STORY.step(0, 1);
  await page.evaluate((id) => document.getElementById(id).scrollIntoView(), step.id);
  await page.waitForFunction((id) => document.querySelector(".step.active")?.id === id, step.id);
  const slot = `#${step.chapter} .graphic-slot.current`;
  await page.waitForFunction((s) => document.querySelector(`${s} .chart`).dataset.state === "drawn", slot);
  await page.waitForTimeout(1200); // the step's tween ends
  await page.locator(`${slot} .chart-share`).tap();
  await page.waitForFunction(() => window.__shared.length === 1, null, { timeout: 10000 });
  const shared = await page.evaluate(() => {
    const s = window.__shared[0];
    return { n: s.files.length, name: s.files[0].name, type: s.files[0].type, size: s.files[0].size, title: s.title, text: s.text };
  });
  assert.equal(shared.n, 1);
  assert.match(shared.name, new RegExp(`^${STORY.slug}-[a-z0-9-]+\\.png$`));
  assert.equal(shared.type, "image/png");
  assert.ok(shared.size > 10000, `${shared.size} bytes`);
  const chartTitle = await page.locator(`${slot} .chart-title`).textContent();
  assert.equal(shared.title, chartTitle);
  assert.ok(shared.text.includes(server.url + `index.html#${step.id}`), shared.text);
  const file = await page.evaluateHandle(() => window.__shared[0].files[0]);
  const r = await page.evaluate(INSPECT, { blob: file });
  assert.equal(r.width, 1080);
  assert.deepEqual([r.width, r.height], r.card, "the layout's size");
  assert.ok(r.height > 800 && r.height < 2200, `height ${r.height}`);
  assert.equal(r.chart[0], 960, "the chart across the card");
  assert.ok(r.chart[1] <= 1200 && r.chart[1] > 200, `at its own proportions: ${r.chart}`);
  assert.ok(r.marks > 0.03, `the chart is drawn (${r.marks} of its box)`);
  assert.ok(r.above >= 80, `title and figure above the chart (${r.above} rows of ink)`);
  assert.ok(r.below >= 40, `credit and link below it (${r.below} rows)`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("without file sharing the chart's card is downloaded", async () => {
  const { context, page } = await open(DESKTOP, "en.html", () => delete Navigator.prototype.share, { acceptDownloads: true });
  const step = STORY.step(5, 0);
  const slot = `#${step.chapter} .graphic-slot.current`;
  await page.evaluate((id) => document.getElementById(id).scrollIntoView(), step.id);
  await page.waitForFunction((s) => document.querySelector(`${s} .chart`)?.dataset.state === "drawn", slot);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`${slot} .chart-share`).click()]);
  assert.match(download.suggestedFilename(), new RegExp(`^${STORY.slug}-[a-z0-9-]+\\.png$`));
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(""), "PNG");
  assert.equal(bytes.readUInt32BE(16), 1080, "1080 px wide");
  assert.match(await page.locator(`${slot} .chart-actions > .share-status`).textContent(), /Picture downloaded/);
  await context.close();
});

test("in WeChat the chart's card is shown full screen to save with a long press", async () => {
  const ua = "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 NetType/WIFI Language/zh_CN";
  const { context, page, log } = await open(PHONE, "index.html", () => delete Navigator.prototype.share, { userAgent: ua });
  const step = STORY.step(0, 0);
  const slot = `#${step.chapter} .graphic-slot.current`;
  await page.evaluate((id) => document.getElementById(id).scrollIntoView(), step.id);
  await page.waitForFunction((s) => document.querySelector(`${s} .chart`)?.dataset.state === "drawn", slot);
  await page.locator(`${slot} .chart-share`).tap();
  const overlay = page.locator("#card-overlay");
  await overlay.waitFor({ state: "visible" });
  const shown = await page.evaluate(() => {
    const o = document.querySelector("#card-overlay");
    const img = o.querySelector("img");
    const r = o.getBoundingClientRect();
    return { src: img.getAttribute("src").slice(0, 22), alt: img.alt, w: img.naturalWidth, cover: r.width >= innerWidth && r.height >= innerHeight, hint: o.querySelector(".card-hint").textContent };
  });
  assert.equal(shown.src, "data:image/png;base64,");
  assert.equal(shown.w, 1080);
  assert.ok(shown.cover, "full screen");
  assert.match(shown.hint, /長按/);
  assert.ok(shown.alt.length > 2);
  await page.locator("#card-overlay .card-close").tap();
  await overlay.waitFor({ state: "hidden" });
  assert.deepEqual(log.errors, []);
  await context.close();
});

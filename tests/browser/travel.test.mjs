// The story where it travels without our loader: found by WordPress's oEmbed discovery, put in
// a WordPress page as WordPress renders a discovered embed (its sandboxed
// iframe.wp-embedded-content with a secret, sized by WordPress's own host script wp-embed.js,
// tests/fixtures/wordpress/), and in an AMP-style host that listens for `embed-size`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer, launch, openPage, STORY } from "./lib.mjs";
import { startHost } from "./host.mjs";

const WP_EMBED = readFileSync(new URL("../fixtures/wordpress/wp-embed.js", import.meta.url), "utf8");
const CHART = STORY.step(0, 1).chart;
const SECRET = "Tr4vel9Sx2";

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

/**
 * WordPress's oEmbed discovery (WP_oEmbed::discover): the first 150 KB of the page, up to
 * `</head>`, every `<link …>` with rel="alternate" and type application/json+oembed; its
 * href (HTML entities decoded). Returns the href as written.
 */
function discover(html) {
  let head = html.slice(0, 150 * 1024);
  const end = head.toLowerCase().indexOf("</head>");
  assert.ok(end > 0, "</head> within the first 150 KB WordPress reads");
  head = head.slice(0, end);
  const found = [];
  for (const [, inner] of head.matchAll(/<link([^<>]+)\/?>/gi)) {
    const atts = Object.fromEntries([...inner.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)].map(([, k, v]) => [k.toLowerCase(), v]));
    if (atts.rel === "alternate" && atts.type === "application/json+oembed" && atts.href) {
      found.push(atts.href.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
    }
  }
  return found;
}

/** The oEmbed document of `page`, found and read as WordPress does. */
async function oembedOf(page) {
  const res = await fetch(server.url + page);
  assert.equal(res.status, 200);
  const hrefs = discover(await res.text());
  assert.equal(hrefs.length, 1, `${page}: one oEmbed link`);
  const url = new URL(hrefs[0], server.url + page).href;
  const doc = await (await fetch(url)).json();
  assert.equal(doc.version, "1.0");
  assert.equal(doc.type, "rich");
  assert.equal(typeof doc.html, "string");
  assert.match(doc.html, /^<iframe [^>]*src="[^"]+"[^>]*><\/iframe>$/, `${page}: the html is one iframe`);
  assert.ok(doc.width > 0 && doc.height > 0 && doc.title && doc.provider_name, `${page}: sizes, title, provider`);
  return doc;
}

/**
 * The host page WordPress renders for a discovered rich embed (wp_filter_oembed_result): the
 * iframe with only the attributes its filter keeps (no style), class wp-embedded-content,
 * sandbox="allow-scripts", security="restricted", the secret in the src's hash and in
 * data-secret; then wp-embed.js.
 */
function wordpressPage(doc, width) {
  const src = /src="([^"]+)"/.exec(doc.html)[1].replace(/&amp;/g, "&");
  const abs = new URL(src, server.url).href;
  const keep = (name) => (new RegExp(` ${name}="([^"]*)"`).exec(doc.html) || [])[1];
  const frame = `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${abs}#?secret=${SECRET}" data-secret="${SECRET}" title="${keep("title")}" width="${keep("width")}" height="${keep("height")}" frameborder="0" marginwidth="0" marginheight="0"></iframe>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A WordPress post</title>
<style>body{margin:0;font:16px/1.5 serif}.entry-content{width:${width}px;margin:0 auto}.wp-block-embed iframe{max-width:100%;width:100%}</style>
</head><body><article class="entry-content"><p>The newsroom's post.</p>
<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">
${frame}
</div></figure><p>After the embed.</p></article>
<script>${WP_EMBED}</script></body></html>`;
}

/** The story's frame in the host page and its content height, once the height holds. */
async function settledHeights(page, pattern) {
  let frame;
  for (let i = 0; i < 200 && !(frame = page.frames().find((f) => f !== page.mainFrame() && pattern.test(f.url()))); i++) await page.waitForTimeout(50);
  assert.ok(frame, `a frame matching ${pattern}`);
  await frame.waitForFunction(() => document.documentElement.dataset.app, null, { timeout: 20000, polling: 100 });
  let prev = null;
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(200);
    const outer = await page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const now = `${outer} ${content}`;
    if (now === prev) return { frame, outer, content };
    prev = now;
  }
  throw new Error(`the height did not settle: ${prev}`);
}

const CASES = [
  { what: "the story", page: "en.html", frame: /embed-en\.html/ },
  { what: "a chart", page: `chart-${CHART}-en.html`, frame: new RegExp(`chart-${CHART}-en\\.html`) },
];

test("every page names its oEmbed document, as WordPress discovers it", async () => {
  const pages = ["index.html", "zh-hans.html", "en.html", "embed.html", "embed-zh-hans.html", "embed-en.html"];
  for (const suffix of ["", "-zh-hans", "-en"]) pages.push(`chart-${CHART}${suffix}.html`);
  for (const p of pages) {
    const doc = await oembedOf(p);
    const src = /src="([^"]+)"/.exec(doc.html)[1];
    const embedded = p.startsWith("chart-") ? p : p.replace(/^(index|zh-hans|en)\.html$/, (m, l) => ({ index: "embed.html", "zh-hans": "embed-zh-hans.html", en: "embed-en.html" })[l]);
    assert.equal(src.split("/").pop(), embedded, `${p}: the iframe is its embed page`);
  }
});

for (const c of CASES) {
  for (const width of [320, 700]) {
    test(`WordPress sizes ${c.what} through wp-embed.js at ${width} px`, async () => {
      const doc = await oembedOf(c.page);
      host.serve(`/wp-${c.page}-${width}.html`, wordpressPage(doc, width));
      const { context, page, log } = await openPage(browser, `${host.url}wp-${c.page}-${width}.html`, {
        viewport: { width: Math.max(width + 40, 375), height: 800 },
      });
      try {
        await page.goto(`${host.url}wp-${c.page}-${width}.html`);
        const { frame, outer, content } = await settledHeights(page, c.frame);
        // wp-embed.js keeps a height between 200 and 1000 px: a taller story scrolls inside.
        const expected = Math.min(Math.max(content, 200), 1000);
        assert.ok(Math.abs(outer - expected) <= 4, `${c.what}: iframe ${outer}px, content ${content}px`);
        if (c.what === "a chart") assert.ok(content <= 1000, `the chart (${content}px) fits WordPress's limit`);
        // In the sandbox (an opaque origin) the text and the static charts are there.
        const inside = await frame.evaluate(() => ({
          origin: self.origin,
          text: document.body.innerText.length,
          // Each chart drawn: its static picture, or the app's canvas in its place.
          charts: [...document.querySelectorAll("img[src*='charts/'], canvas")].filter((c) => c.tagName === "CANVAS" || (c.complete && c.naturalWidth > 0)).length,
          state: document.documentElement.dataset.app,
        }));
        assert.equal(inside.origin, "null", "WordPress's sandbox: an opaque origin");
        assert.ok(inside.text > 100, "the text is there");
        assert.equal(inside.state, "ready", "the app runs in the sandbox");
        assert.ok(inside.charts > 0, "the charts are there");
        assert.deepEqual(log.errors, [], "no console errors");

        // A wrong secret from the story's own frame, the right one from the host's own
        // window, and the right one from another frame of the host: nothing changes.
        await frame.evaluate(() => parent.postMessage({ message: "height", value: 345, secret: "wrongSecret1" }, "*"));
        await page.evaluate((s) => window.postMessage({ message: "height", value: 456, secret: s }, "*"), SECRET);
        await page.evaluate(
          (s) =>
            new Promise((ok) => {
              const f = document.createElement("iframe");
              f.src = "about:blank";
              document.body.append(f);
              f.contentWindow.eval(`parent.postMessage({ message: "height", value: 567, secret: "${s}" }, "*")`);
              setTimeout(ok, 300);
            }),
          SECRET,
        );
        await page.waitForTimeout(300);
        const after = await page.evaluate(() => document.querySelector("iframe.wp-embedded-content").getBoundingClientRect().height);
        assert.equal(after, outer, "foreign and wrong-secret messages change nothing");
      } finally {
        await context.close();
      }
    });
  }
}

test("an AMP-style host gets the height from embed-size", async () => {
  for (const c of CASES) {
    const src = server.url + (c.page.startsWith("chart-") ? c.page : "embed-en.html");
    host.serve(
      `/amp-${c.page}`,
      `<!doctype html><html><head><meta charset="utf-8"><title>AMP host</title>
<style>body{margin:0}iframe{display:block;width:100%;border:0}</style></head><body>
<iframe src="${src}" sandbox="allow-scripts allow-same-origin" height="300" title="story"></iframe>
<script>
window.__sizes = [];
const f = document.querySelector("iframe");
addEventListener("message", (e) => {
  const d = e.data;
  if (e.source !== f.contentWindow || !d || d.sentinel !== "amp" || d.type !== "embed-size") return;
  __sizes.push(d.height);
  f.style.height = d.height + "px";
});
</script></body></html>`,
    );
    const { context, page } = await openPage(browser, `${host.url}amp-${c.page}`, { viewport: { width: 400, height: 800 } });
    try {
      await page.goto(`${host.url}amp-${c.page}`);
      const { outer, content } = await settledHeights(page, c.frame);
      const sizes = await page.evaluate(() => window.__sizes);
      assert.ok(sizes.length > 0, `${c.what}: embed-size messages`);
      assert.ok(Math.abs(outer - content) <= 1, `${c.what}: iframe ${outer}px, content ${content}px`);
    } finally {
      await context.close();
    }
  }
});

// The pages as machines read them, with the libraries real clients use: Mozilla's Readability
// (Firefox's reader view) on jsdom, and open-graph-scraper (what many link unfurlers run).
// Each story page is a news article with the newsroom's dates, byline and publisher; the text
// they extract holds no embed instructions per chart. Reads dist/ as built.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";
import ogs from "open-graph-scraper";
import { DIST, DESKTOP, STORY, appState, launch, openPage, startServer } from "./lib.mjs";

const { meta } = STORY;
const PAGES = [
  ["index.html", "zh-Hant"],
  ["zh-hans.html", "zh-Hans"],
  ["en.html", "en"],
];
const html = (file) => readFileSync(DIST + file, "utf8");

function readable(file) {
  const dom = new JSDOM(html(file), { url: `https://news.example/luyuan/${file}`, virtualConsole: new VirtualConsole() });
  return new Readability(dom.window.document).parse();
}

for (const [file, lang] of PAGES) {
  test(`an unfurler reads ${file} as a news article`, async () => {
    const { result, error } = await ogs({ html: html(file) });
    assert.equal(error, false);
    assert.equal(result.ogType, "article");
    assert.ok(result.ogTitle?.length > 10, "a title");
    assert.equal(result.ogSiteName, meta.site_title[lang]);
    assert.equal(result.articlePublishedTime, meta.published);
    assert.equal(result.articleModifiedTime, meta.modified);
    assert.equal(result.articleAuthor, meta.publisher[lang]);
    const article = (result.jsonLD || []).find((d) => d["@type"] === "NewsArticle");
    assert.ok(article, "NewsArticle JSON-LD");
    assert.equal(article.datePublished, meta.published);
    assert.equal(article.publisher.name, meta.publisher[lang]);
    assert.equal(article.inLanguage, lang);
    // The picture: only with STORY_BASE_URL (absolute URLs); then it is the language's preview.
    if (result.ogImage?.length) assert.match(result.ogImage[0].url, new RegExp(`og-${lang.toLowerCase()}\\.png$`));
  });

  test(`a reader mode reads ${file}: title, byline, date, publisher, no embed help per chart`, () => {
    const r = readable(file);
    assert.ok(r, "Readability finds an article");
    assert.equal(r.byline, meta.publisher[lang]);
    assert.equal(r.siteName, meta.publisher[lang]);
    assert.equal(r.publishedTime ?? null, meta.published ?? null);
    assert.ok(r.title.length > 10);
    // The chart panels' help line is written in only when one is opened.
    for (const words of ["Paste this code", "貼上以下代碼", "贴上以下代码", "Scripts stripped", "刪去腳本", "删去脚本"]) {
      const n = r.textContent.split(words).length - 1;
      assert.ok(n <= 1, `“${words}” ${n} times in the extracted text`);
    }
  });
}

// ---- The text as it reads: whole words, the article's length, each chart after its text ----

const { story, charts } = STORY;

/** The article's own texts in `lang`, in order: the intro, each chapter's heading and steps
 * (not the title: reader modes take it out of the text). */
function articleTexts(lang) {
  return [
    story.intro.heading[lang],
    ...story.intro.paragraphs.map((p) => p.text[lang]),
    ...story.sections.flatMap((s) => [...s.heading.map((h) => h[lang]), ...s.steps.map((st) => st.text[lang])]),
  ];
}
const bare = (s) => s.replace(/\s+/g, "").length;
/** What a story page holds whatever its article's length (the byline, credits, corrections
 *  line, licences' words), in characters: a short story's page is mostly that. */
const FURNITURE = 1500;
const SPACE = /\s/;
const CJK_END = /[。！？；：，、」』）”]/;

/** Each of the article's texts is in `text` as a whole: white space (or the end) on both sides. */
function wholeTexts(text, lang, what, fold = false) {
  const missing = [];
  const joined = [];
  // innerText applies text-transform (the English intro's heading is upper case).
  if (fold) text = text.toLowerCase();
  for (let t of articleTexts(lang)) {
    if (fold) t = t.toLowerCase();
    let at = text.indexOf(t);
    if (at < 0) {
      missing.push(t.slice(0, 40));
      continue;
    }
    // A short heading may also stand inside other words: one whole occurrence is enough.
    const first = at;
    // In Chinese a sentence's end parts it from the next (no space between sentences).
    const parted = (c) => SPACE.test(c) || (lang !== "en" && CJK_END.test(c));
    const whole = (at) => parted(at === 0 ? " " : text[at - 1]) && (parted(text[at + t.length] ?? " ") || parted(t.at(-1)));
    while (at >= 0 && !whole(at)) at = text.indexOf(t, at + 1);
    if (at < 0) joined.push(`…${text.slice(Math.max(0, first - 12), first + 12)}… / …${text.slice(first + t.length - 12, first + t.length + 12)}…`);
  }
  assert.deepEqual(missing, [], `${what}: the article's texts, whole`);
  assert.deepEqual(joined, [], `${what}: texts run into their neighbours`);
}

for (const [file, lang] of PAGES) {
  test(`${file} reads as its article: whole words, about its own length, each chart after its text`, () => {
    const r = readable(file);
    wholeTexts(r.textContent, lang, "Readability's textContent");
    for (const joined of ["hard at workThe economy", "35%The district", "2023Changchun", "IntroductionTake"]) {
      assert.ok(!r.textContent.includes(joined), joined);
    }
    // Its length: the article's texts, plus what belongs with them (the byline, the key
    // figures, each chart's title, note and source line, the credits), at most half as much
    // again, and the page's furniture. The charts' tables of figures (for screen readers: each
    // figure with the words that state it) are counted apart: their cells at most 1.3 × the
    // article, as they repeat its figures (captions and column heads are each table's own).
    const content = new JSDOM(r.content).window.document;
    const tables = [...content.querySelectorAll("table")].reduce((n, t) => n + bare(t.textContent), 0);
    const cells = [...content.querySelectorAll("td")].reduce((n, t) => n + bare(t.textContent), 0);
    const article = bare(articleTexts(lang).join(""));
    const rest = bare(r.textContent) - tables;
    assert.ok(rest <= 1.5 * article + FURNITURE, `${file}: ${rest} characters besides the tables for an article of ${article} (${(rest / article).toFixed(2)}×)`);
    assert.ok(cells <= 1.3 * article, `${file}: tables' cells ${cells} for an article of ${article}`);
    // No embed snippet: the panels' code is made when one is opened.
    assert.ok(!/<iframe|embed\.js/.test(r.textContent), "an embed snippet in the text");
    // Each chart after the text of the first step that shows it (its table's caption).
    const paragraphs = [...content.querySelectorAll("p, div")];
    const late = [];
    for (const s of story.sections) {
      let chart = null;
      for (const st of s.steps) {
        if (st.chart && st.chart !== "hold" && st.chart !== chart) {
          chart = st.chart;
          const title = charts.find((c) => c.id === chart).title[lang];
          const caption = [...content.querySelectorAll("caption")].find((c) => c.textContent.trim() === title);
          const step = paragraphs.find((p) => p.textContent.includes(st.text[lang]));
          assert.ok(caption && step, `${chart}: its table and its step ${st.id} in the extracted article`);
          if (!(step.compareDocumentPosition(caption) & 4)) late.push(`${chart} before ${st.id}`);
        }
      }
    }
    assert.deepEqual(late, [], "charts before the text that introduces them");
  });
}

test("no two words run together across elements, as textContent and innerText read the page", async () => {
  const server = await startServer();
  const browser = await launch();
  try {
    for (const [file, lang] of PAGES) {
      const { context, page } = await openPage(browser, server.url + file, DESKTOP);
      await page.goto(server.url + file, { waitUntil: "load" });
      // Where two texts meet with no white space between them, and an element boundary that
      // is not inline (a block, a flex or grid item, a cell, anything not shown) parts them.
      const joins = await page.evaluate((lang) => {
        // The article (<main>): the bars around it are controls, not its text.
        const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
        const inline = (el) => getComputedStyle(el).display === "inline";
        const out = [];
        let prev = null;
        let gap = false;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.parentElement.closest("script, style, template")) continue;
          if (!n.data.trim()) {
            gap ||= n.data.length > 0;
            continue;
          }
          // In Chinese a sentence's end parts it from the next.
          const sentence = lang !== "en" && /[。！？；：，、」』）”]$/.test(prev?.data ?? "");
          if (prev && !gap && !sentence && !/\s$/.test(prev.data) && !/^\s/.test(n.data)) {
            const range = document.createRange();
            range.setStartBefore(prev);
            range.setEndAfter(n);
            const common = range.commonAncestorContainer;
            const parted = (node) => {
              for (let el = node.parentElement; el && el !== common; el = el.parentElement) if (!inline(el)) return true;
              return false;
            };
            if (parted(prev) || parted(n)) out.push(`${prev.data.slice(-20)}|${n.data.slice(0, 20)}`);
          }
          prev = n;
          gap = false;
        }
        return out;
      }, lang);
      assert.deepEqual(joins, [], `${file}: texts that textContent runs together`);
      // innerText leaves out the chapters the page skips laying out (content-visibility)
      // until the reader acts: once the app is woken, they are laid out.
      assert.equal(await appState(page), "ready");
      await page.waitForFunction(() => document.documentElement.hasAttribute("data-laid-out"));
      const inner = await page.evaluate(() => document.body.innerText);
      wholeTexts(inner.replace(/\u00a0/g, " "), lang, `${file} innerText`, true);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
});

/** A PNG's width and height. */
function pngSize(file) {
  const b = readFileSync(DIST + file);
  assert.equal(b.subarray(1, 4).toString(), "PNG", file);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

test("an unfurler reads each chart page as that chart: its title, its own picture and link", async () => {
  const suffix = { "zh-Hant": "", "zh-Hans": "-zh-hans", en: "-en" };
  for (const chart of charts) {
    for (const lang of Object.keys(suffix)) {
      const page = `chart-${chart.id}${suffix[lang]}.html`;
      const picture = `og-chart-${chart.id}${suffix[lang]}.png`;
      const { result, error } = await ogs({ html: html(page) });
      assert.equal(error, false);
      assert.ok(result.ogTitle.startsWith(chart.title[lang]), `${page}: ${result.ogTitle}`);
      assert.deepEqual(pngSize(picture), [1200, 630], picture);
      // Absolute URLs only with STORY_BASE_URL: then the page's own picture and address.
      if (result.ogImage?.length) {
        assert.equal(result.ogImage[0].url.split("/").pop(), picture, page);
        assert.equal(result.ogUrl.split("/").pop(), page, `${page}: its own og:url`);
        assert.equal(result.twitterImage?.[0]?.url.split("/").pop(), picture);
      }
      // Its canonical link stays the story, for search.
      assert.match(html(page), /<link rel="canonical" href="[^"]*(index|zh-hans|en)\.html#[a-z0-9-]+">/, page);
    }
  }
});

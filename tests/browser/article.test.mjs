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
import { DIST, STORY } from "./lib.mjs";

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

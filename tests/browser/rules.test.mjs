// The rules the page's scripts apply are the Rust ones: what the build gave boot.js (the
// JSON block of each page) and embed.js (written into the copy in dist/) gives the verdicts
// of tests/script_rules.json, which tests/page_constants.rs checks against the Rust code.
// Pure checks on the built files: no browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { DIST, STORY } from "./lib.mjs";

const CASES = JSON.parse(readFileSync(new URL("../script_rules.json", import.meta.url), "utf8"));
// The story's languages' pages; a language of the kit it does not publish opens nothing.
const PAGES = Object.fromEntries(STORY.langs.map((l) => [l, STORY.page(l)]));
const EMBEDS = Object.fromEntries(STORY.langs.map((l) => [l, STORY.embedPage(l)]));
const HOME = STORY.langs[0];

function bootConfig(page) {
  const m = /<script type="application\/json" id="story-config">(.*?)<\/script>/.exec(readFileSync(DIST + page, "utf8"));
  assert.ok(m, `${page} has the story-config block`);
  return JSON.parse(m[1]);
}

function loaderFacts() {
  const m = /var STORY = (\{.*?\});\n/.exec(readFileSync(DIST + "embed.js", "utf8"));
  assert.ok(m, "dist/embed.js has the story's facts written in");
  return JSON.parse(m[1]);
}

// As the scripts look a tag up (boot.js pageOf, embed.js mount).
const pageOf = (pages, tag) => {
  const t = String(tag).trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(pages, t) ? pages[t] : null;
};

function checkPatterns(where, config, fields) {
  for (const [field, key, flags] of fields) {
    const re = new RegExp(config[key], flags);
    for (const v of CASES[field].valid) assert.ok(re.test(v), `${where} ${field} ${JSON.stringify(v)} should be valid`);
    for (const v of CASES[field].invalid) assert.ok(!re.test(v), `${where} ${field} ${JSON.stringify(v)} should be invalid`);
  }
}

test("boot.js gets the page of every language tag and the embed parameters' rules", () => {
  const other = STORY.langs.at(-1);
  for (const [page, embed] of [[PAGES[HOME], false], [PAGES[other], false], [EMBEDS[HOME], true], [EMBEDS[other], true]]) {
    const config = bootConfig(page);
    const map = embed ? EMBEDS : PAGES;
    for (const [tag, lang] of Object.entries(CASES.lang)) {
      assert.equal(pageOf(config.pages, tag), (lang && map[lang]) || null, `${page}: ?lang=${JSON.stringify(tag)}`);
    }
    assert.equal(config.home, map[HOME]);
    assert.match(config.langKey, /^[a-z0-9-]+:lang$/);
    checkPatterns(page, config, [["childId", "childId"], ["bg", "bg", "i"], ["parentUrl", "url"]]);
    assert.ok(!new RegExp(config.url).test("https://a.example/" + "x".repeat(2048)), "a parentUrl longer than 2048");
  }
});

test("embed.js gets the embed page of every language tag, its titles and the same rules", () => {
  const facts = loaderFacts();
  for (const [tag, lang] of Object.entries(CASES.lang)) {
    assert.equal(pageOf(facts.pages, tag) ?? facts.fallback, (lang && EMBEDS[lang]) || EMBEDS[HOME], `data-lang=${JSON.stringify(tag)}`);
  }
  for (const page of Object.values(EMBEDS)) assert.ok(facts.titles[page], `a title for ${page}`);
  checkPatterns("embed.js", facts, [["childId", "childId"], ["bg", "bg", "i"]]);
});

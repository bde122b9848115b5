// The kit builds other stories: each fixture story of tests/fixtures/ (invented test data,
// e.g. hexi-2024), built into dist-<name>/ by `STORY_DIR=tests/fixtures/<name>
// scripts/build.sh` (scripts/test.sh does). Its pages load without errors or foreign
// requests, every step becomes active in order, each chapter's graphic draws its chart, and
// the title, site title and credit are the fixture's, in each language.
import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { startServer, launch, openPage, appState, paintedShare, fixtureDist, PHONE, DESKTOP } from "./lib.mjs";

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;
const NAMES = readdirSync(FIXTURES).filter((n) => existsSync(`${FIXTURES}${n}/story.json`));

test("there is a fixture story", () => assert.ok(NAMES.length > 0));

for (const NAME of NAMES) describe(`fixture ${NAME}`, () => {
  const DIR = fixtureDist(NAME);
  const DATA = JSON.parse(readFileSync(`${FIXTURES}${NAME}/story.json`, "utf8"));
  // The fixture's languages and their pages (the first language's are index.html, embed.html).
  const LANGS = DATA.meta.languages;
  const slug = (tag) => tag.toLowerCase();
  const pageOf = (tag) => (tag === LANGS[0] ? "index.html" : `${slug(tag)}.html`);
  const embedOf = (tag) => (tag === LANGS[0] ? "embed.html" : `embed-${slug(tag)}.html`);

  let server, browser;
  before(async () => {
    server = await startServer({ dir: DIR, base: `/news/${NAME}/` });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

  function noErrors(log) {
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings.filter((w) => /hydrat/i.test(w)), []);
    assert.deepEqual(log.failed, []);
    assert.deepEqual(log.foreign, []);
  }

  for (const [name, device] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    test(`the fixture story scrolls: every step in order, every chapter's chart drawn (${name})`, async () => {
      const { context, page, log } = await openPage(browser, server.url, { ...device, locale: "zh-TW" });
      await page.goto(server.url);
      assert.equal(await appState(page), "ready");
      const ids = await page.evaluate(() => [...document.querySelectorAll(".step")].map((s) => s.id));
      const want = DATA.sections.flatMap((s) => s.steps.map((st) => st.id));
      assert.deepEqual(ids, want, "the fixture's steps, and only those");

      const seen = [];
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += device.viewport.height / 4) {
        await page.evaluate((y) => window.scrollTo(0, y), y);
        await settle(page);
        const a = await page.evaluate(() => document.querySelector(".step.active")?.id ?? null);
        if (a && seen[seen.length - 1] !== a) seen.push(a);
      }
      assert.deepEqual(seen, want, "every step becomes active, in order");

      for (const section of DATA.sections) {
        await page.evaluate((id) => document.getElementById(id).scrollIntoView(), section.steps[0].id);
        const sel = `#${section.id} .graphic-slot.current .chart`;
        // The step engine moves on the next frame: wait for the step's own chart, drawn.
        await page.waitForFunction(
          ([sel, chart]) => {
            const c = document.querySelector(sel);
            return c?.dataset.state === "drawn" && c.closest(".graphic-slot").dataset.chart === chart;
          },
          [sel, section.steps[0].chart],
          { timeout: 10000 },
        ).catch(() => {});
        const chart = await page.evaluate((sel) => document.querySelector(sel).closest(".graphic-slot").dataset.chart, sel);
        assert.equal(chart, section.steps[0].chart, `${section.id}: its first step's chart`);
        const painted = await paintedShare(page, `${sel} canvas.chart-canvas`);
        assert.ok(painted > 0.005, `${section.id}: the chart is painted (${painted})`);
      }
      noErrors(log);
      await context.close();
    });
  }

  test("the title, site title and credit are the fixture's in every language", async () => {
    const { context, page, log } = await openPage(browser, server.url, DESKTOP);
    for (const lang of LANGS) {
      await page.goto(server.url + pageOf(lang));
      assert.equal(await appState(page), "ready");
      const shown = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        h1: document.querySelector("h1").textContent,
        brand: document.querySelector(".topbar .brand").textContent,
        credit: document.querySelector(".colophon .credit").textContent,
      }));
      assert.equal(shown.lang, lang);
      assert.equal(shown.h1.trim(), DATA.title[lang]);
      assert.equal(shown.brand.trim(), DATA.meta.site_title[lang]);
      assert.equal(shown.title, `${DATA.title[lang]} | ${DATA.meta.site_title[lang]}`);
      assert.equal(shown.credit.trim(), DATA.meta.credit[lang]);
      assert.match(shown.credit, /測試用虛構數據|测试用虚构数据|invented test data|테스트용 가상 데이터/);
    }
    noErrors(log);
    await context.close();
  });

  test("the fixture's build has everything a story page has, and names no other story", async () => {
    for (const f of [...LANGS.flatMap((l) => [pageOf(l), embedOf(l), `og-${slug(l)}.png`]),
      "licences.html", "embed.js", "index.html.br", "index.html.gz"]) {
      assert.ok(readFileSync(DIR + f).length > 0, f);
    }
    for (const f of [...LANGS.map(pageOf), "embed.html", "embed.js"]) {
      const text = readFileSync(DIR + f, "utf8");
      assert.doesNotMatch(text, /綠園|绿园|Lüyuan|luyuan-2023[:-]/, `${f} names the Lüyuan story`);
    }
    const loader = readFileSync(DIR + "embed.js", "utf8");
    assert.ok(loader.includes(DATA.meta.site_title["zh-Hant"]), "the loader's iframe titles are the fixture's");
    const config = /<script type="application\/json" id="story-config">(.*?)<\/script>/.exec(readFileSync(DIR + "index.html", "utf8"));
    assert.equal(JSON.parse(config[1]).langKey, `${DATA.meta.slug}:lang`, "the fixture's own storage key");
  });

  // A language beyond the kit's first three is a row of its locale table and the fixture's
  // texts (CONTRIBUTING.md, "Adding a language"): its page reads, switches and draws in it.
  const extra = LANGS.filter((l) => !["zh-Hant", "zh-Hans", "en"].includes(l));
  for (const lang of extra) {
    test(`the fixture's ${lang} page reads, switches and draws in ${lang}`, async () => {
      const { context, page, log } = await openPage(browser, server.url, { ...PHONE, locale: lang });
      await page.goto(server.url + pageOf(lang));
      assert.equal(await appState(page), "ready");
      const shown = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        spaced: document.documentElement.hasAttribute("data-spaced"),
        sideBySide: getComputedStyle(document.querySelector(".topbar .langs")).display,
        alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.hreflang),
      }));
      assert.equal(shown.lang, lang);
      // More languages than a phone's bar holds side by side: a menu, its button the page's
      // language, every language of the fixture in it, each to its own page.
      if (LANGS.length > 3) {
        assert.equal(shown.sideBySide, "none", "the links side by side are hidden on a phone");
        const button = page.locator(".topbar .lang-menu > summary");
        assert.equal((await button.textContent()).includes(await page.locator(".topbar .lang-menu summary .lang-long").textContent()), true, "the button names the page's language");
        await button.click();
        const listed = await page.evaluate(() =>
          [...document.querySelectorAll(".topbar .lang-list a")].filter((a) => a.getClientRects().length).map((a) => [a.getAttribute("hreflang"), a.getAttribute("href")]),
        );
        assert.deepEqual(listed.map(([l]) => l), LANGS);
        for (const [l, href] of listed) assert.ok(href.startsWith(pageOf(l)), `${l}: ${href}`);
        const bar = await page.evaluate(() => document.querySelector(".topbar").getBoundingClientRect().height);
        assert.ok(bar < 60, `the bar keeps to one row (${bar} px)`);
        await button.click();
      }
      for (const l of LANGS) assert.ok(shown.alternates.includes(l), `hreflang ${l}`);
      // Its key figures as its locale writes them (the fixture's marks are the formatter's),
      // as prerendered (the page counts them up).
      const metrics = JSON.parse(readFileSync(`${FIXTURES}${NAME}/metrics.json`, "utf8")).metrics;
      const first = metrics.find((m) => m.id === DATA.intro.key_figures[0]);
      const keys = /<ul [^>]*class="key-figures"[^>]*>(.*?)<\/ul>/s.exec(readFileSync(DIR + pageOf(lang), "utf8"));
      assert.ok(keys?.[1].includes(first.mark[lang]), `the key figure “${first.mark[lang]}”`);
      // A chart drawn on this page.
      const section = DATA.sections[0];
      await page.evaluate((id) => document.getElementById(id).scrollIntoView(), section.steps[0].id);
      const sel = `#${section.id} .graphic-slot.current .chart`;
      await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.state === "drawn", sel, { timeout: 10000 });
      const painted = await paintedShare(page, `${sel} canvas.chart-canvas`);
      assert.ok(painted > 0.005, `the chart is painted (${painted})`);
      // ?lang= on the home page opens it.
      await page.goto(server.url + `?lang=${lang.toUpperCase()}`);
      await page.waitForURL((u) => u.pathname.endsWith(pageOf(lang)), { timeout: 5000 });
      noErrors(log);
      await context.close();
    });
  }
});

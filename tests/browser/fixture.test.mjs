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
    for (const [file, lang] of [["index.html", "zh-Hant"], ["zh-hans.html", "zh-Hans"], ["en.html", "en"]]) {
      await page.goto(server.url + file);
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
      assert.match(shown.credit, /測試用虛構數據|测试用虚构数据|invented test data/);
    }
    noErrors(log);
    await context.close();
  });

  test("the fixture's build has everything a story page has, and names no other story", async () => {
    for (const f of ["index.html", "zh-hans.html", "en.html", "embed.html", "embed-zh-hans.html", "embed-en.html",
      "og-zh-hant.png", "og-zh-hans.png", "og-en.png", "licences.html", "embed.js", "index.html.br", "index.html.gz"]) {
      assert.ok(readFileSync(DIR + f).length > 0, f);
    }
    for (const f of ["index.html", "en.html", "embed.html", "embed.js"]) {
      const text = readFileSync(DIR + f, "utf8");
      assert.doesNotMatch(text, /綠園|绿园|Lüyuan|luyuan-2023[:-]/, `${f} names the Lüyuan story`);
    }
    const loader = readFileSync(DIR + "embed.js", "utf8");
    assert.ok(loader.includes(DATA.meta.site_title["zh-Hant"]), "the loader's iframe titles are the fixture's");
    const config = /<script type="application\/json" id="story-config">(.*?)<\/script>/.exec(readFileSync(DIR + "index.html", "utf8"));
    assert.equal(JSON.parse(config[1]).langKey, `${DATA.meta.slug}:lang`, "the fixture's own storage key");
  });
});

// The editor's preview (scripts/preview.mjs): on a copy of the story under test, a saved
// edit reloads the open page at the step it showed, with the edit in it; a bad edit shows
// as an overlay naming the file, the record and the field over the last good version, and
// goes when the edit is fixed. Needs dist/ built (its page template).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, STORY, STORY_DIR, launch, openPage } from "./lib.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
let browser, preview, url, dir;

/** Starts the preview on `dir`; resolves to its URL once it has rendered. */
function startPreview(dir) {
  const child = spawn("node", [ROOT + "scripts/preview.mjs", "--story", dir, "--port", "0", "--dist", DIST], { cwd: ROOT });
  let out = "";
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => {
      out += d;
      const m = /preview: (http:\/\/127\.0\.0\.1:\d+\/) /.exec(out);
      if (m) resolve({ child, url: m[1], output: () => out });
    });
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => reject(new Error(`preview exited ${code}:\n${out}`)));
  });
}

function edit(file, change) {
  const path = join(dir, file);
  const v = JSON.parse(readFileSync(path, "utf8"));
  change(v);
  writeFileSync(path, JSON.stringify(v, null, 2));
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "preview-"));
  for (const f of ["story.json", "metrics.json", "charts.json", "units.json"]) cpSync(join(STORY_DIR, f), join(dir, f));
  preview = await startPreview(dir);
  url = preview.url;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  preview?.child.kill();
  rmSync(dir, { recursive: true, force: true });
});

test("a saved edit reloads the page at its step, with the edit; a bad edit is an overlay until fixed", async () => {
  const step = STORY.step(1, 1);
  const { context, page, log } = await openPage(browser, `${url}en.html#${step.id}`, { viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${url}en.html#${step.id}`);
    // The page is the story's, without the app: its text and static charts.
    await page.waitForFunction(() => document.querySelector("[data-step]"));
    await page.waitForTimeout(500);
    const inView = (id) =>
      page.evaluate((id) => {
        const r = document.getElementById(id).getBoundingClientRect();
        return r.top < innerHeight && r.bottom > 0;
      }, id);
    assert.ok(await inView(step.id), "the link lands at its step");
    // The step the editor looks at: the one nearest the middle of the view.
    const looking = await page.evaluate(() => {
      const away = (el) => {
        const r = el.getBoundingClientRect();
        return Math.abs((r.top + r.bottom) / 2 - innerHeight / 2);
      };
      return [...document.querySelectorAll("[data-step]")].sort((a, b) => away(a) - away(b))[0].id;
    });

    // An edited figure: the English label of the first chart's first figure.
    const metric = STORY.metrics.find((m) => m.id === STORY.charts[0].metrics[0]);
    const at = STORY.metrics.indexOf(metric);
    const label = `${metric.label.en} (edited)`;
    const loaded = page.waitForEvent("load");
    const saved = Date.now();
    edit("metrics.json", (v) => (v.metrics[at].label.en = label));
    await loaded;
    console.log(`preview: save to reloaded page ${Date.now() - saved} ms`);
    await page.waitForFunction((label) => document.body.textContent.includes(label), label);
    assert.equal(await page.evaluate(() => location.hash), `#${looking}`);
    // In view once the page has settled (the chapters are laid out when seen).
    await page.waitForFunction(
      (id) => {
        const r = document.getElementById(id).getBoundingClientRect();
        return "laidOut" in document.documentElement.dataset && r.top < innerHeight && r.bottom > 0;
      },
      looking,
      { timeout: 10000 },
    );
    assert.ok(await inView(looking), "the page reloads at the step it showed");

    // A bad edit: the overlay names the file, the record and the field; the page stays.
    edit("metrics.json", (v) => (v.metrics[at].unit = "no-such-unit"));
    const overlay = page.locator("#preview-problems");
    await overlay.waitFor({ timeout: 10000 });
    const said = await overlay.textContent();
    for (const needle of [join(dir, "metrics.json"), `metric “${metric.id}”`, "field “unit”", "no-such-unit"]) {
      assert.ok(said.includes(needle), `${needle} in ${said}`);
    }
    assert.equal(await overlay.getAttribute("role"), "alert");
    assert.ok(await page.evaluate((label) => document.body.textContent.includes(label), label), "the last good version stays");

    // Fixed: a new version, no overlay.
    const again = page.waitForEvent("load");
    edit("metrics.json", (v) => (v.metrics[at].unit = metric.unit));
    await again;
    await page.waitForFunction(() => document.querySelector("[data-step]"));
    assert.equal(await page.locator("#preview-problems").count(), 0);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("the frames view shows a step at phone, tablet and desktop width", async () => {
  const step = STORY.step(0, 1);
  const { context, page } = await openPage(browser, url, { viewport: { width: 1600, height: 900 } });
  try {
    await page.goto(`${url}__preview/frames.html?lang=zh-hans.html&step=${step.id}`);
    const frames = page.locator("iframe");
    assert.equal(await frames.count(), 3);
    const widths = [];
    for (const f of page.frames().slice(1)) {
      await f.waitForFunction(() => document.querySelector("[data-step]"));
      widths.push(await f.evaluate(() => [innerWidth, document.documentElement.lang, location.hash]));
    }
    assert.deepEqual(widths.map((w) => w[0]).sort((a, b) => a - b), [375, 768, 1280]);
    for (const [, lang, hash] of widths) {
      assert.equal(lang, "zh-Hans");
      assert.equal(hash, `#${step.id}`);
    }
  } finally {
    await context.close();
  }
});

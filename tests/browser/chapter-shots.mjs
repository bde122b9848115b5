// Screenshots of every chapter as a reader sees it, to look at and to keep (not a test): the
// hero and each chapter at one of its steps, at phone and desktop size, light and dark.
//   node tests/browser/chapter-shots.mjs <out dir> [page.html]   → <out>/<chapter>-<device>-<scheme>.jpg
import { mkdirSync } from "node:fs";
import { basename } from "node:path";
import { startServer, launch, openPage, appState, PHONE, DESKTOP } from "./lib.mjs";

const [out = "docs/screenshots/now", file = "index.html"] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
// PNG copies to look at (the file viewer reads PNG), JPEG in <out> to keep.
const look = new URL(`./artifacts/${basename(out)}/`, import.meta.url).pathname;
mkdirSync(look, { recursive: true });
const shot = async (page, name) => {
  await page.screenshot({ path: `${out}/${name}.jpg`, type: "jpeg", quality: 70 });
  await page.screenshot({ path: `${look}${name}.png` });
};
const locale = file.startsWith("en") ? "en-US" : file.startsWith("zh-hans") ? "zh-CN" : "zh-TW";
const server = await startServer();
const browser = await launch();
for (const scheme of ["light", "dark"]) {
  for (const [device, opts] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    const { context, page } = await openPage(browser, server.url, { ...opts, colorScheme: scheme, locale, reducedMotion: "reduce" });
    await page.goto(server.url + file);
    await appState(page);
    await page.waitForTimeout(500);
    await shot(page, `hero-${device}-${scheme}`);
    // Each chapter at the step whose chart is its most telling: the second step (or the first).
    const stops = await page.evaluate(() =>
      [...document.querySelectorAll(".chapter")].map((c) => {
        const steps = [...c.querySelectorAll(".step")];
        return { chapter: c.id, step: (steps[1] || steps[0]).id };
      }),
    );
    for (const { chapter, step } of stops) {
      // Where a link to the step puts it (its scroll margin: on a phone, under the graphic).
      await page.evaluate((id) => document.getElementById(id).scrollIntoView({ block: "start" }), step);
      await page.waitForTimeout(700);
      await shot(page, `${chapter}-${device}-${scheme}`);
    }
    await context.close();
  }
}
await browser.close();
await server.close();
console.log(`written: ${out}/`);

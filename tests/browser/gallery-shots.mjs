// Screenshots of the chart gallery pages (tests/story_gallery.rs with STORY_GALLERY=dir):
//   node tests/browser/gallery-shots.mjs <dir>   → <dir>/*.png
import { readdirSync } from "node:fs";
import { launch } from "./lib.mjs";

const dir = process.argv[2];
const browser = await launch();
for (const f of readdirSync(dir).filter((f) => f.endsWith(".html"))) {
  const page = await browser.newPage({ viewport: { width: f.includes("phone") ? 1540 : 1520, height: 900 }, deviceScaleFactor: 1 });
  await page.goto("file://" + dir + "/" + f);
  // In tiles of one screen, to look at one by one.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize().width;
  for (let y = 0, k = 0; y < height; y += 880, k++) {
    const clip = { x: 0, y, width, height: Math.min(880, height - y) };
    await page.screenshot({ path: `${dir}/${f.replace(".html", "")}-${k}.png`, clip, fullPage: true });
  }
  await page.close();
}
await browser.close();

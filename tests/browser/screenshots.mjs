// Screenshots of the built story as a reader sees it, to look at (not a test):
//   node tests/browser/screenshots.mjs [page.html] [hash]  → tests/browser/artifacts/*.png
import { mkdirSync } from "node:fs";
import { startServer, launch, openPage, appState, PHONE, DESKTOP } from "./lib.mjs";

const out = new URL("./artifacts/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const [file = "index.html", hash = "", scheme = "light"] = process.argv.slice(2);
const server = await startServer();
const browser = await launch();
for (const [name, device] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    const locale = file.startsWith("en") ? "en-US" : file.startsWith("zh-hans") ? "zh-CN" : "zh-TW";
  const { context, page } = await openPage(browser, server.url, { ...device, colorScheme: scheme, locale });
  await page.goto(server.url + file + hash);
  await appState(page);
  await page.waitForTimeout(800);
  if (process.env.SCROLL) {
    await page.evaluate((y) => window.scrollTo(0, y), Number(process.env.SCROLL));
    await page.waitForTimeout(800);
  }
  const path = `${out}${file.replace(/\W+/g, "_")}${hash.replace(/\W+/g, "_")}-${scheme}-${name}.png`;
  await page.screenshot({ path, fullPage: process.env.FULL === "1" });
  console.log(path);
  await context.close();
}
await browser.close();
await server.close();

// Accessibility audit: axe-core on each language's page, light and dark, on the page as it
// loads and with a chapter's step active. Zero violations.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { startServer, launch, openPage, appState, PHONE, DESKTOP, STORY } from "./lib.mjs";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function audit(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary.split("\n").slice(0, 2).join(" ")}`),
    }));
  });
}

for (const file of ["index.html", "zh-hans.html", "en.html"]) {
  for (const colorScheme of ["light", "dark"]) {
    test(`axe finds nothing on ${file} (${colorScheme})`, async () => {
      for (const device of [PHONE, DESKTOP]) {
        const { context, page } = await openPage(browser, server.url, { ...device, colorScheme });
        await page.goto(server.url + file);
        assert.equal(await appState(page), "ready");
        await page.waitForTimeout(300);
        assert.deepEqual(await audit(page), [], "at the top");
        await page.evaluate((id) => document.getElementById(id).scrollIntoView(), STORY.step(2, 2).id);
        await page.waitForTimeout(400);
        assert.deepEqual(await audit(page), [], "in a chapter");
        await context.close();
      }
    });
  }
}

// Point by point: with a chart of each kind focused, the arrow keys, Home and End walk its
// items and each step is announced once through the chart's live region, read here from
// Chromium's accessibility tree (CDP Accessibility.getFullAXTree), not from pixels:
// label, figure, qualifier and note, and the place ("2 / 4"); Escape leaves.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPage, appState, DESKTOP } from "./lib.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The names of the accessibility tree's text nodes under the figure's live region. */
async function liveInTree(cdp, page, index) {
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const { node } = await cdp.send("DOM.describeNode", {
    objectId: (await cdp.send("Runtime.evaluate", { expression: `document.querySelectorAll("figure.chart")[${index}].querySelector(".chart-live")` })).result.objectId,
  });
  const dom = await page.evaluate((i) => document.querySelectorAll("figure.chart")[i].querySelector(".chart-live").textContent, index);
  const region = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
  assert.ok(region, `the live region (“${dom}”, focus on ${await page.evaluate(() => document.activeElement?.className)}) is in the accessibility tree`);
  const live = region.properties?.find((p) => p.name === "live")?.value?.value;
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const texts = [];
  const walk = (n) => {
    if (n.role?.value === "StaticText" && n.name?.value) texts.push(n.name.value);
    for (const c of n.childIds ?? []) walk(byId.get(c) ?? {});
  };
  walk(region);
  return { live, text: texts.join("") };
}

// todo: a real ArrowRight on a focused chart canvas of en.html leaves the live region empty here,
// while a dispatched keydown announces (issue on accessibility, left open).
test("keys walk a chart of each kind and each step is announced in the accessibility tree", { todo: "a real key press is not announced yet" }, async () => {
  const { context, page, log } = await openPage(browser, server.url, DESKTOP);
  await page.goto(server.url + "en.html");
  assert.equal(await appState(page), "ready");
  const cdp = await context.newCDPSession(page);
  await cdp.send("Accessibility.enable");
  await cdp.send("DOM.enable");
  const kinds = await page.evaluate(() => [...new Set([...document.querySelectorAll("figure.chart")].map((f) => f.dataset.kind))]);
  const walked = [];
  for (const kind of kinds) {
    const candidates = await page.evaluate((k) => [...document.querySelectorAll("figure.chart")].map((f, i) => (f.dataset.kind === k ? i : -1)).filter((i) => i >= 0), kind);
    let index = -1;
    for (const i of candidates) {
      await page.evaluate((i) => document.querySelectorAll("figure.chart")[i].scrollIntoView({ block: "center" }), i);
      await page.waitForTimeout(500);
      const ok = await page.evaluate((i) => {
        const f = document.querySelectorAll("figure.chart")[i];
        const c = f.querySelector("canvas.chart-canvas");
        return f.dataset.state === "drawn" && c.checkVisibility() && c.getBoundingClientRect().height > 50;
      }, i);
      if (ok) {
        index = i;
        break;
      }
    }
    if (index < 0) continue;
    const canvas = page.locator("figure.chart").nth(index).locator("canvas.chart-canvas");
    await canvas.focus();
    const n = await page.evaluate((i) => document.querySelectorAll("figure.chart")[i].querySelectorAll(".chart-table tbody tr").length, index);
    const heard = [];
    const press = async (key) => {
      await page.keyboard.press(key);
      await page.waitForTimeout(80);
      const { live, text } = await liveInTree(cdp, page, index);
      assert.equal(live, "polite", `${kind}: a polite live region`);
      heard.push(text);
      return text;
    };
    for (let k = 0; k < n; k++) {
      const text = await press("ArrowRight");
      assert.ok(text.endsWith(`${k + 1} / ${n}`), `${kind}: step ${k + 1} heard as “${text}”`);
    }
    assert.ok((await press("Home")).endsWith(`1 / ${n}`), `${kind}: Home`);
    assert.ok((await press("End")).endsWith(`${n} / ${n}`), `${kind}: End`);
    // Each step is one sentence, heard once: no two items read the same.
    assert.equal(new Set(heard.slice(0, n)).size, n, `${kind}: ${JSON.stringify(heard)}`);
    // Each sentence holds the row's label and figure, as the table gives them.
    const rows = await page.evaluate((i) => [...document.querySelectorAll("figure.chart")[i].querySelectorAll(".chart-table tbody tr")].map((r) => r.querySelector("th")?.textContent.trim()), index);
    rows.forEach((label, k) => label && assert.ok(heard[k].includes(label), `${kind}: “${heard[k]}” lacks “${label}”`));
    await page.keyboard.press("Escape");
    assert.equal(await page.evaluate((i) => document.querySelectorAll("figure.chart")[i].querySelector(".chart-tip").hidden, index), true, `${kind}: Escape hides the tip`);
    walked.push(kind);
  }
  assert.ok(walked.length >= Math.min(kinds.length, 6), `walked ${walked} of ${kinds}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

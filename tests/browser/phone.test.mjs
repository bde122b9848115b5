// On a phone the chart and the text share the screen: the graphic holds the upper part and
// every step becomes active, and a link to it lands, with its card's first line in view
// under the graphic (src/story/engine.rs's trigger line, style/main.css's scroll-margin-top).
// Every step, three phone sizes, three languages. Step ids are read from the page, so this
// runs on any story.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, openPage, appState } from "./lib.mjs";

const PAGES = ["index.html", "zh-hans.html", "en.html"];
const PHONES = [
  [320, 568],
  [375, 667],
  [414, 896],
];

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Page-side: where step `id`'s first line of text is, against its chapter's graphic and the
 * viewport, and whether the step is the active one.
 */
function firstLine(id) {
  const step = document.getElementById(id);
  const text = step.querySelector(".step-card p") || step.querySelector(".step-card");
  const range = document.createRange();
  range.selectNodeContents(text);
  const line = [...range.getClientRects()].find((r) => r.height > 0);
  const graphic = step.closest(".scrolly").querySelector(".graphic").getBoundingClientRect();
  return {
    top: line.top,
    bottom: line.bottom,
    graphicBottom: graphic.bottom,
    viewport: innerHeight,
    active: step.classList.contains("active"),
  };
}

/** Page-side: scrolls down as a reader does, and where each step's first line was at the
 * moment the step became active. */
async function scrollThrough(stride) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const seen = {};
  const end = document.documentElement.scrollHeight - innerHeight;
  for (let y = 0; y <= end + stride; y += stride) {
    scrollTo(0, y);
    await frame();
    const active = document.querySelector(".step.active");
    if (active && !(active.id in seen)) seen[active.id] = window.__firstLine(active.id);
  }
  return seen;
}

const visible = (at) => at.top >= at.graphicBottom - 1 && at.bottom <= at.viewport;

for (const file of PAGES) {
  for (const [width, height] of PHONES) {
    test(`${file} at ${width}×${height}: each step's first line shows under the graphic`, async () => {
      const { context, page, log } = await openPage(browser, server.url, {
        viewport: { width, height },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      });
      try {
        await page.goto(server.url + file);
        assert.equal(await appState(page), "ready");
        await page.evaluate(`window.__firstLine = ${firstLine}`);
        const ids = await page.evaluate(() => [...document.querySelectorAll(".steps .step")].map((s) => s.id));
        assert.ok(ids.length > 0, "the page has steps");

        // Scrolling down, 48 px at a time: each step becomes active with its first line
        // under the graphic and above the screen's bottom.
        const seen = await page.evaluate(`(${scrollThrough})(48)`);
        assert.deepEqual(Object.keys(seen), ids, "every step becomes active, in order");
        const hidden = Object.entries(seen).filter(([, at]) => !visible(at));
        assert.deepEqual(hidden, [], "steps whose first line is hidden when they become active");

        // A link to each step lands with the step active and its first line in view.
        const missed = [];
        for (const id of ids) {
          const at = await page.evaluate(async (id) => {
            location.hash = id;
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            await new Promise((r) => setTimeout(r, 30));
            return window.__firstLine(id);
          }, id);
          if (!visible(at) || !at.active) missed.push([id, at]);
        }
        assert.deepEqual(missed, [], "links to a step that land with its first line hidden, or the step not active");
        assert.deepEqual(log.errors, []);
      } finally {
        await context.close();
      }
    });
  }
}

test("the language suggestion shows above the story and never over a step's card", async () => {
  const { context, page, log } = await openPage(browser, server.url, {
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "en-US",
  });
  try {
    await page.goto(server.url + "index.html");
    assert.equal(await appState(page), "ready");
    const suggestion = page.locator(".lang-suggest");
    await suggestion.waitFor({ state: "visible" });
    const first = await page.evaluate(() => document.querySelector(".steps .step").id);
    await page.evaluate((id) => (location.hash = id), first);
    await suggestion.waitFor({ state: "hidden" });
    await page.evaluate(() => scrollTo(0, 0));
    await suggestion.waitFor({ state: "visible" });
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

/** Page-side: the paragraphs with figures (the hero's and the steps') in which a line break
 * comes right after a digit, i.e. between a number and its unit, in a figure or not. */
function partedFigures() {
  const parted = [];
  const paragraphs = new Set([...document.querySelectorAll(".fig")].map((f) => f.closest("p") || f));
  for (const fig of paragraphs) {
    const walker = document.createTreeWalker(fig, NodeFilter.SHOW_TEXT);
    const chars = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.data.length; i++) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const box = r.getClientRects()[0];
        if (box && n.data[i].trim()) chars.push([n.data[i], box.top]);
      }
    }
    for (let i = 1; i < chars.length; i++) {
      if (chars[i][1] > chars[i - 1][1] + 2 && /[0-9]/.test(chars[i - 1][0])) {
        const around = (a, b) => chars.slice(a, b).map((c) => c[0]).join("");
        parted.push(`${around(Math.max(0, i - 10), i)} / ${around(i, i + 6)}`);
      }
    }
  }
  return parted;
}

for (const file of PAGES) {
  test(`${file} at 320 px: no number of the text parts from its unit, no table is cut`, async () => {
    const { context, page } = await openPage(browser, server.url, {
      viewport: { width: 320, height: 568 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    try {
      await page.goto(server.url + file);
      assert.equal(await appState(page), "ready");
      await page.evaluate(() => document.documentElement.setAttribute("data-laid-out", ""));
      assert.deepEqual(await page.evaluate(partedFigures), []);
      // Each chart's table, opened in the phone's graphic, fits its width.
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll(".graphic .chart")].flatMap((chart) => {
          chart.dataset.table = "open";
          const table = chart.querySelector(".chart-table");
          const over = table.scrollWidth - table.clientWidth;
          delete chart.dataset.table;
          return over > 1 ? [`${chart.closest("[data-chart]")?.dataset.chart}: ${over} px`] : [];
        }),
      );
      assert.deepEqual(cut, []);
    } finally {
      await context.close();
    }
  });
}

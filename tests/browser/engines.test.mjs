// The checks that matter, in Chromium, Firefox and WebKit: the page loads without errors,
// the text is there, steps advance on scroll, charts are painted, an embed takes its
// content's height on a host page of another origin, and so does one chart's page. Assertions run inside the
// page (engines.mjs), so all three engines run the very same checks.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, STORY } from "./lib.mjs";
import { startHost } from "./host.mjs";
import { ENGINES, openEngine, waitReady, basics, scrollThrough, chartPainted, embedSettles, chartPageDrawn, chartEmbedSettles, linkedStep } from "./engines.mjs";

let server, host;
before(async () => {
  // With the tests' recorder in every page: WebDriver has no console log.
  server = await startServer({ recorder: true });
  host = await startHost(server.url);
});
after(async () => {
  await host?.close();
  await server?.close();
});

for (const engine of ENGINES) {
  test(`${engine}: loads, reads, scrolls and draws`, async () => {
    const b = await openEngine(engine);
    try {
      await b.go(server.url);
      assert.equal(await b.run(waitReady), "ready");
      const info = await b.run(basics);
      assert.deepEqual(info.errors, []);
      assert.deepEqual(info.foreign, []);
      assert.equal(info.lang, "zh-Hant");
      assert.ok(info.h1.includes(STORY.title["zh-Hant"].slice(0, 6)), info.h1);
      assert.ok(info.steps >= STORY.steps.length);

      const { ids, seen } = await b.run(scrollThrough);
      assert.deepEqual(seen, ids, "every step, in order");

      const painted = await b.run(chartPainted, STORY.step(0, 1).id);
      assert.equal(painted.state, "drawn");
      assert.ok(painted.share > 0.01, `canvas marks: ${painted.share}`);

      await b.go(server.url + `en.html#${STORY.step(2, 3).id}`);
      assert.equal(await b.run(waitReady), "ready");
      const en = await b.run(basics);
      assert.equal(en.lang, "en");
      assert.deepEqual(en.errors, []);
      // The chapters that the page skipped above the link's step were laid out once the
      // link woke the app, and the step stayed in place (Safari has no scroll anchoring:
      // boot.js keeps it).
      const linked = await b.run(linkedStep, STORY.step(2, 3).id);
      assert.notEqual(linked.skipping, "auto", "the app left the chapters skipped");
      // A link to a step puts its card's top under the phone's graphic, with its first
      // line on the screen (style/main.css's scroll margin, the engine's trigger line).
      assert.ok(linked.top >= linked.graphicBottom - 1 && linked.top <= linked.height - 40, `the linked step is not where the link puts it: ${JSON.stringify(linked)}`);

      await b.go(host.url + "loader.html");
      const embed = await b.run(embedSettles);
      assert.ok(embed.height > 2000, `the iframe takes the story's height: ${embed.height}`);
      assert.equal(embed.later, embed.height, "and keeps it");
      assert.equal(embed.ready, 1, "the story said hello to the host");

      // One chart alone: its page, and embedded by our loader.
      await b.go(server.url + `chart-${STORY.step(0, 1).chart}-en.html`);
      assert.equal(await b.run(waitReady), "ready");
      const alone = await b.run(chartPageDrawn);
      assert.deepEqual(alone.errors, []);
      assert.equal(alone.state, "drawn");
      assert.ok(alone.share > 0.01, `the chart's page draws: ${alone.share}`);
      assert.deepEqual([alone.charts, alone.steps, alone.fits], [1, 0, true]);
      await b.go(host.url + "chart.html");
      const chart = await b.run(chartEmbedSettles);
      assert.ok(chart.height > 200 && chart.height < 1500, `the iframe takes the chart's height: ${chart.height}`);
      assert.equal(chart.later, chart.height, "and keeps it");
      assert.equal(chart.ready, 1, "the chart said it is ready");
    } finally {
      await b.close();
    }
  });
}

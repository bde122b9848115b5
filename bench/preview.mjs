// The editor's loop (scripts/preview.mjs): from saving an edited figure in the story's folder
// to the open page reloaded with it, median of five saves, on a copy of the default story.
// The render alone (the prerender, as the preview prints it) is shown beside it.
// A part of bench/bench.mjs; also alone, on a built dist/:
//   node bench/preview.mjs [--runs 5] [--dist dist]
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = new URL("../", import.meta.url).pathname;
export const PREVIEW_BUDGET_MS = 3000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function previewRuns(browser, dist, runs = 5) {
  const dir = mkdtempSync(join(tmpdir(), "bench-preview-"));
  for (const f of ["story.json", "metrics.json", "charts.json", "units.json"]) cpSync(join(ROOT, "stories/luyuan-2023", f), join(dir, f));
  const child = spawn("node", [ROOT + "scripts/preview.mjs", "--story", dir, "--port", "0", "--dist", dist], { cwd: ROOT });
  let out = "";
  child.stderr.on("data", (d) => (out += d));
  try {
    const url = await new Promise((ok, fail) => {
      child.stdout.on("data", (d) => {
        out += d;
        const m = /preview: (http:\/\/127\.0\.0\.1:\d+\/) /.exec(out);
        if (m) ok(m[1]);
      });
      child.on("exit", (code) => fail(new Error(`preview exited ${code}:\n${out}`)));
    });
    const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    await page.goto(url + "en.html");
    const charted = JSON.parse(readFileSync(join(dir, "charts.json"), "utf8")).charts[0].metrics[0];
    const saves = [];
    const renders = [];
    for (let i = 1; i <= runs; i++) {
      const path = join(dir, "metrics.json");
      const data = JSON.parse(readFileSync(path, "utf8"));
      // The first chart's first figure: its label is on the page.
      const metric = data.metrics.find((m) => m.id === charted);
      const label = `${metric.label.en.replace(/ \(edit \d+\)$/, "")} (edit ${i})`;
      metric.label.en = label;
      const printed = out.length;
      const loaded = page.waitForEvent("load", { timeout: 30000 });
      const t0 = Date.now();
      writeFileSync(path, JSON.stringify(data, null, 2));
      await loaded;
      await page.waitForFunction((label) => document.body.textContent.includes(label), label);
      saves.push(Date.now() - t0);
      const m = /rendered in (\d+) ms/.exec(out.slice(printed));
      if (m) renders.push(Number(m[1]));
      await page.waitForTimeout(300);
    }
    await context.close();
    const ms = median(saves);
    return { runs: saves, medianMs: ms, renderMs: renders.length ? median(renders) : null, pass: ms <= PREVIEW_BUDGET_MS };
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printPreview(p) {
  console.log(`\npreview: save → reloaded page ${p.medianMs} ms median (runs ${p.runs.join(", ")} ms; the render ${p.renderMs} ms) ${p.pass ? "PASS" : "FAIL"} ≤ ${PREVIEW_BUDGET_MS} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import("playwright-core");
  const arg = (name, dflt) => {
    const i = process.argv.indexOf("--" + name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-background-networking"] });
  try {
    printPreview(await previewRuns(browser, resolve(ROOT, arg("dist", "dist")), Number(arg("runs", 5))));
  } finally {
    await browser.close();
  }
}

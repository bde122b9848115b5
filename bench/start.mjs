// The app's start at the reader's first act: the main-thread tasks over 50 ms (the browser's
// long-task observer, buffered) from a wheel at the top of the page until the app is idle, on a
// 375×667 phone with a 4× slower CPU (CDP Emulation.setCPUThrottlingRate), median of three
// runs. Each task's make-up: the scripts of the long animation frames it overlaps (Chrome's
// LoAF: what invoked them, their function and source) and the frame's style, layout and render.
// A part of bench/bench.mjs; also alone, on a built dist/:
//   node bench/start.mjs [--runs 3] [--dist dir] [--page en.html]
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const PHONE = { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "zh-TW" };
export const BUDGET_MS = 50;

// In the page before it runs: every long task and long animation frame, with their times.
function observe() {
  window.__start = { tasks: [], frames: [] };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__start.tasks.push({ at: e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      const end = e.startTime + e.duration;
      window.__start.frames.push({
        at: e.startTime,
        end,
        styleLayoutMs: Math.round(e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0),
        renderMs: Math.round(e.renderStart ? end - e.renderStart : 0),
        scripts: e.scripts.map((s) => ({
          at: s.startTime,
          ms: Math.round(s.duration),
          what: [s.invoker, s.sourceFunctionName, (s.sourceURL || "").replace(/^.*\//, "")].filter(Boolean).join(" "),
        })),
      });
    }
  }).observe({ type: "long-animation-frame", buffered: true });
}

// Resolves once the app is ready and the main thread has been quiet for `quiet` ms (no long
// task, and an idle callback with time to spare), or after `limit` ms.
function idle({ quiet, limit }) {
  return new Promise((done) => {
    const t0 = performance.now();
    const check = () => {
      const s = window.__start;
      const last = s.tasks.reduce((m, t) => Math.max(m, t.at + t.ms), 0);
      const state = document.documentElement.dataset.app;
      const ready = state === "ready" || state === "failed";
      const now = performance.now();
      if (now - t0 > limit) return done("timeout");
      if (ready && now - last > quiet) {
        requestIdleCallback((d) => (d.timeRemaining() > 40 ? done(state) : setTimeout(check, 100)), { timeout: 2000 });
      } else setTimeout(check, 100);
    };
    check();
  });
}

/** One run: the long tasks from the first act until the app is idle. */
export async function startRun(browser, url) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(observe);
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(300);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const act = await page.evaluate(() => performance.now());
  // The reader's first act: a wheel at the top of the page (boot.js starts the app at it).
  await page.mouse.move(180, 300);
  await page.mouse.wheel(0, 120);
  const state = await page.evaluate(idle, { quiet: 1500, limit: 60000 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  const s = await page.evaluate(() => window.__start);
  await context.close();
  const tasks = s.tasks
    .filter((t) => t.at >= act - 1)
    .map((t) => {
      const end = t.at + t.ms;
      // The long animation frame that holds the task: its scripts within the task's span.
      const frame = s.frames.find((f) => f.at <= t.at + 1 && f.end >= end - 1);
      const scripts = (frame?.scripts || []).filter((x) => x.at >= t.at - 1 && x.at < end).map((x) => `${x.what} ${x.ms} ms`);
      return {
        ms: Math.round(t.ms),
        atMs: Math.round(t.at - act),
        scripts,
        ...(frame ? { styleLayoutMs: frame.styleLayoutMs, renderMs: frame.renderMs } : {}),
      };
    });
  const frames = process.env.START_FRAMES ? s.frames.filter((f) => f.end >= act).map((f) => ({ ...f, at: Math.round(f.at - act), end: Math.round(f.end - act), scripts: f.scripts.map((x) => ({ ...x, at: Math.round(x.at - act) })) })) : undefined;
  return { state, tasks, count: tasks.length, longestMs: Math.max(0, ...tasks.map((t) => t.ms)), frames };
}

/** `runs` runs; the median by number of long tasks, then the longest. */
export async function startRuns(browser, url, runs = 3) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await startRun(browser, url));
  const sorted = [...all].sort((a, b) => a.count - b.count || a.longestMs - b.longestMs);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { ...median, pass: median.count === 0, runs: all.map((r) => ({ count: r.count, longestMs: r.longestMs, state: r.state })) };
}

export function printStart(r) {
  const runs = r.runs.map((x) => `${x.count} (longest ${x.longestMs} ms)`).join(", ");
  console.log(`The app's start at the first act (375×667, 4× CPU, median of ${r.runs.length}): ${r.count} tasks over ${BUDGET_MS} ms, longest ${r.longestMs} ms; runs: ${runs}`);
  for (const t of r.tasks) {
    const frame = t.styleLayoutMs === undefined ? "" : `; style and layout ${t.styleLayoutMs} ms, render ${t.renderMs} ms`;
    console.log(`  task ${t.ms} ms at +${t.atMs} ms: ${t.scripts.join("; ") || "(no script attributed)"}${frame}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import("playwright-core");
  const { serve } = await import("../tests/browser/serve.mjs");
  const arg = (name, dflt) => {
    const i = process.argv.indexOf("--" + name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const dist = resolve(arg("dist", new URL("../dist", import.meta.url).pathname));
  const server = await serve({ dir: dist, base: "/news/2024/luyuan/" });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const r = await startRuns(browser, server.url + arg("page", ""), Number(arg("runs", 3)));
  await browser.close();
  await server.close();
  printStart(r);
  console.log(`${r.pass ? "PASS" : "FAIL"}  no task over ${BUDGET_MS} ms from the first act to an idle app`);
  if (process.argv.includes("--json")) console.log(JSON.stringify(r, null, 2));
  process.exitCode = r.pass ? 0 : 1;
}

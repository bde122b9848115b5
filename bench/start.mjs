// The app's start at the reader's first act: the main-thread tasks over 50 ms (the browser's
// long-task observer, buffered) from a wheel at the top of the page until the app is idle, on a
// 375×667 phone with a 4× slower CPU (CDP Emulation.setCPUThrottlingRate), median of three
// runs. Each task's make-up: the scripts of the long animation frames it overlaps (Chrome's
// LoAF: what invoked them, their function and source) and the frame's style, layout and render.
// A part of bench/bench.mjs; also alone, on a built dist/:
//   node bench/start.mjs [--runs 3] [--dist dir] [--page en.html] [--trace]
// --trace also records a Chrome trace of each run and names what its long tasks were made of
// that the observer cannot (the wasm's lazy compile, garbage collection, parsing).
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

// What a trace (--trace) tells of a long task that the long-task observer cannot: the wasm's
// lazy compile, garbage collection, parsing. These events nest (a compile inside a call).
const TRACE_CATEGORIES = "devtools.timeline,v8,v8.wasm,blink,disabled-by-default-devtools.timeline";
const TRACE_NAMES = ["FunctionCall", "EvaluateScript", "V8.ParseProgram", "wasm.CompileLazy", "FlushInstructionCache", "wasm.SyncInstantiate", "v8.wasm.compileConsume", "MajorGC", "MinorGC", "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "HitTest"];

/** The renderer main thread's tasks over the budget in a trace, each with the time of the
 *  events of TRACE_NAMES it holds. */
export function tracedTasks(events) {
  const threads = new Map();
  for (const e of events) {
    if (e.name === "thread_name" && e.args?.name === "CrRendererMain") threads.set(`${e.pid}:${e.tid}`, []);
  }
  for (const e of events) if (e.ph === "X") threads.get(`${e.pid}:${e.tid}`)?.push(e);
  // The page's renderer: the main thread that did the most.
  const main = [...threads.values()].sort((a, b) => b.length - a.length)[0] || [];
  const t0 = Math.min(...main.map((e) => e.ts));
  return main
    .filter((e) => e.name === "RunTask" && e.dur > BUDGET_MS * 1000)
    .map((t) => {
      const made = {};
      for (const e of main) {
        if (e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && TRACE_NAMES.includes(e.name)) made[e.name] = (made[e.name] || 0) + e.dur / 1000;
      }
      const of = Object.entries(made)
        .filter(([, ms]) => ms >= 1)
        .sort((a, b) => b[1] - a[1])
        .map(([name, ms]) => `${name} ${Math.round(ms)} ms`);
      return { ms: Math.round(t.dur / 1000), atMs: Math.round((t.ts - t0) / 1000), of };
    });
}

/** One run: the long tasks from the first act until the app is idle (with `trace`, also
 *  those of a Chrome trace of the run, from the act on). */
export async function startRun(browser, url, { trace = false } = {}) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(observe);
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(300);
  const events = [];
  if (trace) {
    cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
    await cdp.send("Tracing.start", { categories: TRACE_CATEGORIES, transferMode: "ReportEvents" });
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const act = await page.evaluate(() => performance.now());
  // The reader's first act: a wheel at the top of the page (boot.js starts the app at it).
  await page.mouse.move(180, 300);
  await page.mouse.wheel(0, 120);
  const state = await page.evaluate(idle, { quiet: 1500, limit: 60000 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  if (trace) {
    const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
    await cdp.send("Tracing.end");
    await done;
  }
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
  const traced = trace ? tracedTasks(events) : undefined;
  return { state, tasks, count: tasks.length, longestMs: Math.max(0, ...tasks.map((t) => t.ms)), frames, traced };
}

/** `runs` runs; the median by number of long tasks, then the longest. */
export async function startRuns(browser, url, runs = 3, opts = {}) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await startRun(browser, url, opts));
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
  if (r.traced) {
    console.log(`  the same run's trace: ${r.traced.length} tasks over ${BUDGET_MS} ms (a trace slows the page a little)`);
    for (const t of r.traced) console.log(`  traced task ${t.ms} ms at +${t.atMs} ms: ${t.of.join(", ")}`);
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
  const r = await startRuns(browser, server.url + arg("page", ""), Number(arg("runs", 3)), { trace: process.argv.includes("--trace") });
  await browser.close();
  await server.close();
  printStart(r);
  console.log(`${r.pass ? "PASS" : "FAIL"}  no task over ${BUDGET_MS} ms from the first act to an idle app`);
  if (process.argv.includes("--json")) console.log(JSON.stringify(r, null, 2));
  process.exitCode = r.pass ? 0 : 1;
}

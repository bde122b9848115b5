// The three browser engines behind one small interface: go(url), run(fn, ...args) (runs a
// self-contained function in the page and returns its awaited result), close().
//   chromium: playwright-core (/usr/bin/chromium)
//   firefox:  puppeteer-core over WebDriver BiDi (Debian's firefox-esr)
//   webkit:   WebKitWebDriver + MiniBrowser (WebKitGTK), needs an X display (xvfb-run)
import puppeteer from "puppeteer-core";
import { launch } from "./lib.mjs";
import { startDriver, newSession } from "./webdriver.mjs";

export const ENGINES = ["chromium", "firefox", "webkit"];

// Firefox must not call home (no internet here, and none wanted in tests).
const QUIET_FIREFOX = {
  "app.update.enabled": false,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "toolkit.telemetry.enabled": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "extensions.getAddons.cache.enabled": false,
  "browser.topsites.contile.enabled": false,
};

/**
 * Firefox with a fresh profile can take long to start on a busy two-core machine (a CI run
 * once waited over 30 s, puppeteer's default): a longer wait, and one more try.
 */
async function launchFirefox() {
  const options = {
    browser: "firefox",
    executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr",
    headless: true,
    protocol: "webDriverBiDi",
    extraPrefsFirefox: QUIET_FIREFOX,
    timeout: 120_000,
  };
  try {
    return await puppeteer.launch(options);
  } catch (e) {
    console.error(`firefox did not start (${e.message}); trying again`);
    return puppeteer.launch(options);
  }
}

export async function openEngine(name, { width = 375, height = 667 } = {}) {
  if (name === "chromium") {
    const browser = await launch();
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    return {
      go: (url) => page.goto(url),
      run: (fn, ...args) => page.evaluate(([src, a]) => (0, eval)(`(${src})`)(...a), [fn.toString(), args]),
      close: () => browser.close(),
    };
  }
  if (name === "firefox") {
    const browser = await launchFirefox();
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    return {
      go: (url) => page.goto(url),
      run: (fn, ...args) => page.evaluate(([src, a]) => (0, eval)(`(${src})`)(...a), [fn.toString(), args]),
      close: () => browser.close(),
    };
  }
  if (name === "webkit") {
    const driver = await startDriver(4444 + Math.floor(Math.random() * 1000));
    try {
      const session = await newSession(driver.base, { width, height });
      return {
        go: (url) => session.go(url),
        run: (fn, ...args) => session.run(fn.toString(), ...args),
        close: async () => {
          await session.quit().catch(() => {});
          driver.stop();
        },
      };
    } catch (e) {
      driver.stop();
      throw e;
    }
  }
  throw new Error(`unknown engine ${name}`);
}

// ---- Page-side checks: self-contained functions, run the same way in every engine. ----

/** Wakes the story's app as a reader's key press does (public/boot.js), waits for its verdict. */
export async function waitReady() {
  // A document not yet parsed has no root yet (Firefox may run this that early after a
  // navigation): not started yet.
  const state = () => document.documentElement?.dataset.app;
  for (let i = 0; i < 300; i++) {
    if (state()) break;
    // Again each time: this may run before the boot script listens (WebDriver does not wait
    // for module scripts); once woken, the boot script ignores it.
    dispatchEvent(new KeyboardEvent("keydown", { key: "Shift" }));
    await new Promise((r) => setTimeout(r, 100));
  }
  return state() || "not started";
}

/** What loaded: state, errors, the text, and requests to other hosts. */
export function basics() {
  const foreign = performance
    .getEntriesByType("resource")
    .map((r) => r.name)
    .filter((u) => !u.startsWith(location.origin) && !u.startsWith("data:") && !u.startsWith("blob:"));
  return {
    state: document.documentElement.dataset.app,
    errors: window.__test ? window.__test.errors : ["the test recorder did not run"],
    lang: document.documentElement.lang,
    h1: document.querySelector("h1").textContent,
    steps: document.querySelectorAll(".step").length,
    foreign,
  };
}

/** Scrolls the whole story down; returns the step ids and the active steps seen, in order. */
export async function scrollThrough() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const ids = [...document.querySelectorAll(".step")].map((s) => s.id);
  const seen = [];
  const end = document.documentElement.scrollHeight;
  for (let y = 0; y <= end; y += innerHeight / 4) {
    window.scrollTo(0, y);
    await frame();
    const a = document.querySelector(".step.active");
    if (a && seen[seen.length - 1] !== a.id) seen.push(a.id);
  }
  return { ids, seen };
}

/** Scrolls to a chapter's step and tells whether its current chart is drawn with marks. */
export async function chartPainted(stepId) {
  document.getElementById(stepId).scrollIntoView();
  const chapter = document.getElementById(stepId).closest(".chapter");
  for (let i = 0; i < 50; i++) {
    const fig = chapter.querySelector(".graphic-slot.current .chart");
    if (fig && fig.dataset.state === "drawn") break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const fig = chapter.querySelector(".graphic-slot.current .chart");
  const c = fig.querySelector("canvas");
  if (!c.width || !c.height) return { state: fig.dataset.state, share: 0 };
  const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
  let differ = 0;
  for (let i = 0; i < d.length; i += 4) {
    if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) differ++;
  }
  return { state: fig.dataset.state, share: differ / (d.length / 4) };
}

/**
 * Where a linked step is once the app runs (boot.js then has laid out the chapters that
 * the page skipped, whose heights above it were estimated): its top, the viewport's
 * height, and whether the chapters are still skipped.
 */
export function linkedStep(stepId) {
  const step = document.getElementById(stepId);
  const top = step.getBoundingClientRect().top;
  const graphicBottom = step.closest(".scrolly").querySelector(".graphic").getBoundingClientRect().bottom;
  const skipping = getComputedStyle(document.querySelector(".chapter")).contentVisibility;
  return { top, graphicBottom, height: innerHeight, skipping: skipping || "unsupported" };
}

/**
 * On a host page of another origin (host.mjs, loader.html): the loader's iframe takes the
 * story's height and keeps it (no growth loop), and the story says hello to the host.
 */
export async function embedSettles() {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const box = document.getElementById("story-box");
  box.scrollIntoView(); // the iframe loads lazily
  let heights = [];
  for (let i = 0; i < 150; i++) {
    const f = box.querySelector("iframe");
    const h = f ? Math.round(f.getBoundingClientRect().height) : 0;
    heights.push(h);
    // Settled: tall as a story and unchanged for a second.
    if (h > 2000 && heights.length > 10 && heights.slice(-10).every((x) => x === h)) break;
    await sleep(100);
  }
  const h = heights[heights.length - 1];
  await sleep(1000);
  const later = Math.round(box.querySelector("iframe").getBoundingClientRect().height);
  return { height: h, later, ready: (window.__events || []).filter(([n]) => n === "ready").length };
}

/** A chart's own page: its one chart drawn with marks, none of the story's steps, no
 * horizontal scroll. */
export async function chartPageDrawn() {
  for (let i = 0; i < 100; i++) {
    const f = document.querySelector(".chart");
    if (f && f.dataset.state === "drawn") break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const fig = document.querySelector(".chart");
  const c = fig.querySelector("canvas");
  let differ = 0;
  if (c.width && c.height) {
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) differ++;
    }
  }
  return {
    state: fig.dataset.state,
    share: c.width && c.height ? differ / (c.width * c.height) : 0,
    charts: document.querySelectorAll(".chart").length,
    steps: document.querySelectorAll(".step").length,
    errors: window.__test ? window.__test.errors : ["the test recorder did not run"],
    fits: document.documentElement.scrollWidth <= innerWidth,
  };
}

/** On a host page of another origin (host.mjs, chart.html): the loader's iframe of one
 * chart takes the chart's height and keeps it, and the chart says it is ready. */
export async function chartEmbedSettles() {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const box = document.getElementById("chart-box");
  box.scrollIntoView();
  const heights = [];
  for (let i = 0; i < 150; i++) {
    const f = box.querySelector("iframe");
    heights.push(f ? Math.round(f.getBoundingClientRect().height) : 0);
    const ready = (window.__events || []).some(([n]) => n === "ready");
    if (ready && heights.length > 10 && heights.slice(-10).every((x) => x === heights[heights.length - 1])) break;
    await sleep(100);
  }
  const h = heights[heights.length - 1];
  await sleep(1000);
  const later = Math.round(box.querySelector("iframe").getBoundingClientRect().height);
  return { height: h, later, ready: (window.__events || []).filter(([n]) => n === "ready").length };
}

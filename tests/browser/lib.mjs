// Shared test plumbing: the built dist/ served at a sub-path, Chromium launched as this
// machine needs it (headless, root, no background networking), and page-side probes.
import { chromium } from "playwright-core";
import { existsSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { serve } from "./serve.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
/** The story the build was given (as scripts/build.sh): `STORY_DIR`, else the default story. */
const DEFAULT_STORY_DIR = resolve(ROOT, "stories/luyuan-2023");
export const STORY_DIR = resolve(ROOT, process.env.STORY_DIR?.trim() || DEFAULT_STORY_DIR);
// Texts as readers get them: without the data's word-break marks (U+200B, docs/data.md),
// which only the charts' line breaking reads.
const readJson = (f) =>
  JSON.parse(readFileSync(resolve(STORY_DIR, f), "utf8"), (_, v) => (typeof v === "string" ? v.replaceAll("\u200b", "") : v));

/**
 * The story under test, read from its folder, so that the kit's tests name no story's ids:
 * `story.json`, the charts and metrics, the chapters and steps in reading order, and picks
 * such as `step(1, 2)` (the second chapter's third step) or `stepWithChart(kind)`.
 */
export const STORY = (() => {
  const story = readJson("story.json");
  const charts = readJson("charts.json").charts;
  const metrics = readJson("metrics.json").metrics;
  const chapters = story.sections.map((s) => s.id);
  const steps = story.sections.flatMap((s, c) =>
    s.steps.map((st, i) => ({ id: st.id, chapter: s.id, chapterIndex: c, index: i, chart: st.chart })),
  );
  const kindOf = (chart) => charts.find((c) => c.id === chart)?.kind;
  // A language's pages: the first language's are index.html, embed.html, chart-<id>.html;
  // another's carry its tag in lower case (src/locale/, src/model/languages.rs).
  const langs = story.meta.languages;
  const suffix = (lang) => (lang === langs[0] ? "" : `-${lang.toLowerCase()}`);
  return {
    story,
    meta: story.meta,
    /** The story's languages (`meta.languages`), the home page's first. */
    langs,
    page: (lang) => (lang === langs[0] ? "index.html" : `${lang.toLowerCase()}.html`),
    embedPage: (lang) => `embed${suffix(lang)}.html`,
    chartPage: (id, lang) => `chart-${id}${suffix(lang)}.html`,
    ogImage: (lang) => `og-${lang.toLowerCase()}.png`,
    slug: story.meta.slug,
    title: story.title,
    siteTitle: story.meta.site_title,
    charts,
    chartIds: charts.map((c) => c.id),
    metrics,
    chapters,
    steps,
    /** Chapter `c`'s step `i` (negative counts from the end; out of range clamps). */
    step(c, i = 0) {
      const ch = story.sections.at(Math.min(c, chapters.length - 1));
      const list = steps.filter((s) => s.chapter === ch.id);
      return list.at(Math.max(-list.length, Math.min(i, list.length - 1)));
    },
    kindOf,
    /** The first step that shows a chart of one of `kinds` (any kind when none is given). */
    stepWithChart(...kinds) {
      return steps.find((s) => s.chart && (kinds.length === 0 || kinds.includes(kindOf(s.chart))));
    },
  };
})();

/** A regular expression matching a text of the story's (an object of the three languages) in any language. */
export const anyLang = (texts) =>
  new RegExp(Object.values(texts).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));

export const DIST = resolve(ROOT, STORY_DIR === DEFAULT_STORY_DIR ? "dist" : `dist-${basename(STORY_DIR)}`) + "/";
export const SUBPATH = "/news/2024/luyuan/";

/** Where `STORY_DIR=tests/fixtures/<name> scripts/build.sh` builds a fixture story. */
export const fixtureDist = (name) => new URL(`../../dist-${name}/`, import.meta.url).pathname;

export const PHONE = { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

export async function startServer(opts = {}) {
  const dir = opts.dir || DIST;
  if (!existsSync(dir + "index.html")) throw new Error(`no ${dir}index.html: run scripts/build.sh first`);
  return serve({ base: SUBPATH, ...opts, dir });
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Opens `url` in a new context and records what a reader's console and network would show:
 * console errors and warnings, page errors, failed requests and requests to other hosts.
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  await recordErrors(context);
  const page = await context.newPage();
  const log = { errors: [], warnings: [], failed: [], foreign: [], requests: [] };
  const origin = new URL(url).origin;
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(m.text());
    if (m.type() === "warning") log.warnings.push(m.text());
  });
  page.on("pageerror", (e) => log.errors.push(String(e)));
  // ERR_ABORTED is the page itself cancelling a request (a navigation, such as the language
  // switch, leaves a favicon unloaded): not a failure of the site. A missing file is a 404 below.
  page.on("requestfailed", (r) => {
    const why = r.failure()?.errorText ?? "";
    if (!/ERR_ABORTED/.test(why)) log.failed.push(`${r.url()} ${why}`);
  });
  page.on("response", (r) => r.status() >= 400 && log.failed.push(`${r.url()} ${r.status()}`));
  page.on("request", (r) => {
    log.requests.push(r.url());
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) log.foreign.push(r.url());
  });
  return { context, page, log };
}

/** The tests' page-side recorder (recorder.js): `window.__test.errors`, `.heights`. */
export const RECORDER = readFileSync(new URL("./recorder.js", import.meta.url), "utf8");
/** Runs the recorder in every page and frame of a Playwright context. */
export const recordErrors = (context) => context.addInitScript({ content: RECORDER });
/** Page-side: the errors the recorder kept (or a note that it did not run). */
export const pageErrors = () => (window.__test ? window.__test.errors : ["the test recorder did not run"]);
/** Page-side: the app's state (public/boot.js): "ready", "failed", or "" while it loads. */
export const appStateNow = () => document.documentElement.dataset.app || "";
/** Page-side: true once the app runs. */
export const appReady = () => document.documentElement.dataset.app === "ready";

/**
 * Wakes the story's app as a reader does (a key press: the app waits for the reader's first
 * action, public/boot.js) and waits until the boot script reports it ready (or failed).
 */
export async function appState(page, timeout = 20000) {
  await page.keyboard.press("Shift");
  await page.waitForFunction(appStateNow, null, { timeout });
  return page.evaluate(appStateNow);
}

/** Page-side probe: share of a canvas's pixels that are not the background. */
export function paintedShare(page, selector) {
  return page.evaluate((sel) => {
    const c = document.querySelector(sel);
    if (!c || !c.width || !c.height) return 0;
    const data = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    const [r0, g0, b0, a0] = data;
    let differ = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== r0 || data[i + 1] !== g0 || data[i + 2] !== b0 || data[i + 3] !== a0) differ++;
    }
    return differ / (data.length / 4);
  }, selector);
}

/**
 * Follows the link to `lang` in the language switch of `bar` (".topbar", ".embed-bar") of a
 * page or frame: side by side, or, in a story with more languages than a phone's bar holds,
 * from its menu (src/lang.rs, lang_switch). `how`: "click" or "tap".
 */
export async function switchLang(target, bar, lang, how = "click") {
  const menu = target.locator(`${bar} .lang-menu`);
  if (await menu.isVisible()) await menu.locator("summary")[how]();
  await target.locator(`${bar} a[hreflang="${lang}"]:visible`)[how]();
}

// Lighthouse for the benchmark: runs (mobile preset, its own process), interleaved between
// sites so that both see the same machine; each site's figures from its median run (the run
// nearest the median FCP and TTI, lighthouse's computeMedianRun), with the worst run's TBT and
// the bytes loaded until the page was idle (total-byte-weight: transfer sizes, as served);
// and the comparison of two sites (ours / the peer's).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";

const root = new URL("../", import.meta.url).pathname;

/** One Lighthouse run of `url`; resolves to its report (LHR). */
export async function lighthouseRun(url, { chromium, flags }) {
  const dir = mkdtempSync(join(tmpdir(), "lh-"));
  const out = join(dir, "report.json");
  try {
    await promisify(execFile)(join(root, "node_modules/.bin/lighthouse"), [
      url, "--quiet", "--output=json", `--output-path=${out}`,
      `--chrome-flags=${flags.join(" ")} --user-data-dir=${join(dir, "profile")}`,
      "--only-categories=performance,accessibility,best-practices,seo",
    ], { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `runs` rounds over the sites ({ name: url }), one run of each per round; reports by name. */
export async function interleavedRuns(sites, runs, options) {
  const reports = Object.fromEntries(Object.keys(sites).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, url] of Object.entries(sites)) reports[name].push(await lighthouseRun(url, options));
  }
  return reports;
}

/** A site's figures from its runs. */
export function summarize(lhrs) {
  const median = computeMedianRun(lhrs);
  const score = (lhr, c) => Math.round(lhr.categories[c].score * 100);
  const value = (lhr, a) => lhr.audits[a].numericValue;
  const figures = (lhr) => ({
    performance: score(lhr, "performance"),
    fcpMs: Math.round(value(lhr, "first-contentful-paint")),
    lcpMs: Math.round(value(lhr, "largest-contentful-paint")),
    tbtMs: Math.round(value(lhr, "total-blocking-time")),
    cls: Number(value(lhr, "cumulative-layout-shift").toFixed(3)),
    bytes: Math.round(value(lhr, "total-byte-weight")),
    // The unthrottled paint the simulation starts from: about a second late when headless
    // Chromium held the first frame (Lighthouse issue #17148), which inflates the Speed Index.
    observedFcpMs: Math.round(lhr.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint ?? NaN),
  });
  const each = lhrs.map(figures);
  return {
    runs: lhrs.length,
    ...figures(median),
    tbtWorstMs: Math.max(...each.map((r) => r.tbtMs)),
    accessibility: score(median, "accessibility"),
    bestPractices: score(median, "best-practices"),
    seo: score(median, "seo"),
    failed: Object.values(median.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
      .map((a) => a.id),
    each,
  };
}

// The compared measures: key, label, unit.
const MEASURES = [
  ["bytes", "first visit until idle (transfer, brotli)", "KB"],
  ["performance", "performance score", ""],
  ["fcpMs", "FCP", "ms"],
  ["lcpMs", "LCP", "ms"],
  ["tbtMs", "TBT (median run)", "ms"],
  ["tbtWorstMs", "TBT (worst run)", "ms"],
  ["cls", "CLS", ""],
];
const shown = (key, v) => (key === "bytes" ? (v / 1024).toFixed(1) : String(v));

/** Ours / the peer's, for every compared measure (null where the peer's is 0). */
export function ratios(ours, peer) {
  return Object.fromEntries(MEASURES.map(([key]) => [key, peer[key] ? Number((ours[key] / peer[key]).toFixed(2)) : null]));
}

/** The side-by-side table of two summaries and their ratios. */
export function printComparison(ours, peer, ratio, peerName) {
  console.log(`\nLighthouse (mobile, median run of ${ours.runs} each, interleaved): ours beside ${peerName}`);
  console.log("  " + "measure".padEnd(42), "ours".padStart(9), "peer".padStart(9), "ours/peer".padStart(10));
  for (const [key, label, unit] of MEASURES) {
    const name = unit ? `${label}, ${unit}` : label;
    console.log("  " + name.padEnd(42), shown(key, ours[key]).padStart(9), shown(key, peer[key]).padStart(9), (ratio[key] === null ? "—" : ratio[key].toFixed(2)).padStart(10));
  }
}

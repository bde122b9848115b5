// The benchmark's results (bench/results.json) as Markdown: the measures, the budgets with
// PASS/FAIL and where the wasm's bytes go. bench/README.md holds them between two markers;
// scripts/bench.sh rewrites them after each run, and tests/docs/references.test.mjs fails
// when they are not those of bench/results.json.
//   node bench/table.mjs            prints the tables
//   node bench/table.mjs --write    writes them into bench/README.md, between the markers
//   node bench/table.mjs --check    exit status 1 when bench/README.md's are out of date
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

export const RESULTS = new URL("./results.json", import.meta.url).pathname;
export const BENCH_README = new URL("./README.md", import.meta.url).pathname;
export const START = "<!-- bench/table.mjs: start (generated from bench/results.json; do not edit) -->";
export const END = "<!-- bench/table.mjs: end -->";

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pct = (x) => `${(x * 100).toFixed(1)} %`;
const table = (head, rows) =>
  [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");

/** The measures, one row each. */
function measures(r) {
  const fv = r.sizes.firstVisit;
  const lh = r.lighthouse;
  return [
    ...(r.visit || []).slice(0, 3).map((v) => [`First visit of ${v.hash === "(top)" ? "index.html" : v.hash}, until idle (phone, as served)`, `${v.kb} KB`]),
    ["Page + app, a reader who scrolls (index.html + app + styles)", `${kb(fv.brotli)} brotli · ${kb(fv.gzip)} gzip · ${kb(fv.raw)} raw`],
    ...r.sizes.files
      .filter((f) => fv.files.includes(f.file))
      .map((f) => [`  \`${f.file.replace(/-[0-9a-f]{16}/, "-…")}\``, `${kb(f.brotli)} brotli · ${kb(f.gzip)} gzip`]),
    [`Lighthouse, mobile, median of ${lh.runs}`, `performance ${lh.performance} · accessibility ${lh.accessibility} · best practices ${lh.bestPractices} · SEO ${lh.seo}`],
    ["  FCP · LCP · TBT · CLS", `${lh.fcpMs} ms · ${lh.lcpMs} ms · ${lh.tbtMs} ms · ${lh.cls}`],
    ...(r.peer ? peerRows(r.peer, lh) : []),
    ["Text shown · first chart drawn (loopback)", `${r.load.fast.textMs} ms · ${r.load.fast.firstChartMs} ms`],
    ["  on slow 3G", `${r.load.slow3g.textMs} ms · ${r.load.slow3g.firstChartMs} ms`],
    ...(r.opened || []).map((o) => [`  slow 3G, a link to ${o.hash}: its chart seen · live`, `${o.chartSeenMs} ms · ${o.liveMs} ms`]),
    ["Scrolling the story, 375×667, 4× CPU, from the top", `median frame ${r.scroll.medianMs} ms · ${(r.scroll.over16ms * 100).toFixed(0)} % over 16.7 ms · ${r.scroll.longFrames} frames over 50 ms by ${r.scroll.overMs ?? "?"} ms in all, longest ${r.scroll.longestFrameMs} ms`],
    ...(r.scrollWarm ? [["  once the app runs", `${r.scrollWarm.longFrames} frames over 50 ms by ${r.scrollWarm.overMs ?? "?"} ms in all, longest ${r.scrollWarm.longestFrameMs} ms`]] : []),
    ...(r.peerScroll ? [["  the D3 + Scrollama peer page, alike", `${r.peerScroll.longFrames} frames over 50 ms by ${r.peerScroll.overMs} ms in all, longest ${r.peerScroll.longestFrameMs} ms`]] : []),
    ["Peak JS heap · wasm memory", `${r.scroll.peakHeapMB} MB · ${r.scroll.wasmMemoryMB} MB`],
    ...(r.start ? startRows(r.start) : []),
    ...(r.bytes ? bytesRows(r.bytes) : []),
  ];
}

// The app's start at the first act (bench/start.mjs): the long tasks and what they were.
function startRows(st) {
  const made = (t) => t.scripts.join("; ") || "no script";
  return [
    [`The app's start at the first act (375×667, 4× CPU, median of ${st.runs.length}): tasks over 50 ms`, `${st.count}, longest ${st.longestMs} ms (runs: ${st.runs.map((x) => x.count).join(", ")})`],
    ...st.tasks.map((t) => [`  task at +${t.atMs} ms`, `${t.ms} ms: ${made(t).replace(/\|/g, "/")}`]),
  ];
}

// A reader who scrolls, each language, beside the peer page (bench/bytes.mjs).
function bytesRows(b) {
  return [
    ...b.pages.map((p) => [`${p.page}: the app (script + wasm + its data) · page + app, brotli as served`, `${p.app} KB · ${p.pageApp} KB (${(p.pageApp / b.peer.pageApp).toFixed(2)}× the peer's)`]),
    ["  the D3 + Scrollama peer page, page + scripts", `${b.peer.pageApp} KB`],
    ...(b.floor ? [["  the stack's floor, script + wasm (bench/floor.mjs): Leptos alone · and one plotters chart from serde data", b.floor.map((f) => `${f.kb.toFixed(1)} KB`).join(" · ")]] : []),
  ];
}

// Ours beside the peer page (bench/peer.mjs), same runs interleaved: theirs and ours / theirs.
function peerRows(peer, ours) {
  const p = peer.lighthouse;
  const x = (k) => (peer.ratios[k] === null ? "" : ` (ours/peer ${peer.ratios[k]})`);
  return [
    [`Peer page, D3 + Scrollama, Lighthouse median of ${p.runs}`, `performance ${p.performance}${x("performance")}`],
    ["  loaded until idle · ours", `${kb(p.bytes)} · ${kb(ours.bytes)}${x("bytes")}`],
    ["  FCP · LCP · TBT (worst) · CLS", `${p.fcpMs} ms${x("fcpMs")} · ${p.lcpMs} ms${x("lcpMs")} · ${p.tbtMs} ms${x("tbtMs")} (${p.tbtWorstMs} ms) · ${p.cls}`],
  ];
}

/** Where the wasm's bytes go (bench/size-profile.mjs): our modules, then the other crates. */
function sizeProfile(p) {
  const name = (n) => (n.startsWith("[") ? n.replace(/^\[(.*?)\] /, "$1: ") : `\`${n}\``);
  const own = p.crates.find((c) => c.name === "luyuan");
  const modules = p.modules.filter((m) => m.share >= 0.005);
  const restOwn = p.modules.filter((m) => m.share < 0.005);
  const crates = p.crates.filter((c) => c.name !== "luyuan" && c.share >= 0.005);
  const rest = p.crates.filter((c) => c.name !== "luyuan" && c.share < 0.005);
  const sum = (xs, k) => xs.reduce((s, x) => s + x[k], 0);
  const rows = [
    ...(own ? [["`luyuan` (our crate)", kb(own.bytes), pct(own.share)]] : []),
    ...modules.map((m) => [`&nbsp;&nbsp;\`${m.name}\``, kb(m.bytes), pct(m.share)]),
    ...(restOwn.length ? [[`&nbsp;&nbsp;${restOwn.length} more modules`, kb(sum(restOwn, "bytes")), pct(sum(restOwn, "share"))]] : []),
    ...crates.map((c) => [name(c.name), kb(c.bytes), pct(c.share)]),
    ...(rest.length ? [[`${rest.length} more (${rest.map((c) => c.name.replace(/^\[.*?\] /, "")).join(", ")})`, kb(sum(rest, "bytes")), pct(sum(rest, "share"))]] : []),
  ];
  const shipped = p.dist ? `, ${kb(p.dist.brotli)} brotli as shipped` : "";
  const files = (p.dataFiles ?? []).map((f) => kb(f.brotli)).join(", ");
  const json = p.embeddedJson
    ? `; the embedded JSON alone is ${kb(p.embeddedJson.brotli)} brotli`
    : files
      ? `; no embedded data: each language's data file is fetched beside it (${files} brotli)`
      : "";
  return `The wasm: ${kb(p.bytes)} raw${shipped}${json}. Shallow sizes, raw bytes:\n\n${table(["part", "raw", "share"], rows)}`;
}

/** The generated block of bench/README.md, markers included. */
export function renderBlock(r) {
  const parts = [
    `Results of ${r.date.slice(0, 16).replace("T", " ")} UTC (\`bench/results.json\`), served over ${r.url}:`,
    table(["measure", "result"], measures(r)),
    table(["budget", "value", ""], r.budgets.map((b) => [b.budget, b.value, b.pass ? "PASS" : "FAIL"])),
    ...(r.sizeProfile ? [sizeProfile(r.sizeProfile)] : []),
  ];
  return `${START}\n\n${parts.join("\n\n")}\n\n${END}`;
}

/** `text` (bench/README.md) with its generated block replaced by the one of `r`. */
export function readme(text, r) {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`bench/README.md: the markers are missing:\n${START}\n${END}`);
  return text.slice(0, a) + renderBlock(r) + text.slice(b + END.length);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = JSON.parse(readFileSync(RESULTS, "utf8"));
  const text = () => readFileSync(BENCH_README, "utf8");
  if (process.argv.includes("--write")) {
    const old = text();
    const next = readme(old, r);
    if (next !== old) writeFileSync(BENCH_README, next);
    console.log(next === old ? "bench/README.md: up to date" : "bench/README.md: table written");
  } else if (process.argv.includes("--check")) {
    if (readme(text(), r) !== text()) {
      console.error("bench/README.md: the table is not bench/results.json's; run node bench/table.mjs --write");
      process.exit(1);
    }
  } else {
    console.log(renderBlock(r));
  }
}

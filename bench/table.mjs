// The benchmark's results (bench/results.json) as the Markdown table in the README:
//   node bench/table.mjs
import { readFileSync } from "node:fs";

const r = JSON.parse(readFileSync(new URL("./results.json", import.meta.url), "utf8"));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const fv = r.sizes.firstVisit;
const lh = r.lighthouse;
const rows = [
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
  ["Scrolling the story, 375×667, 4× CPU, from the top", `median frame ${r.scroll.medianMs} ms · ${(r.scroll.over16ms * 100).toFixed(0)} % over 16.7 ms · ${r.scroll.longFrames} frames over 50 ms by ${r.scroll.overMs ?? "?"} ms in all, longest ${r.scroll.longestFrameMs} ms`],
  ...(r.scrollWarm ? [["  once the app runs", `${r.scrollWarm.longFrames} frames over 50 ms by ${r.scrollWarm.overMs ?? "?"} ms in all, longest ${r.scrollWarm.longestFrameMs} ms`]] : []),
  ...(r.peerScroll ? [["  the D3 + Scrollama peer page, alike", `${r.peerScroll.longFrames} frames over 50 ms by ${r.peerScroll.overMs} ms in all, longest ${r.peerScroll.longestFrameMs} ms`]] : []),
  ["Peak JS heap · wasm memory", `${r.scroll.peakHeapMB} MB · ${r.scroll.wasmMemoryMB} MB`],
];
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
console.log("| measure | result |\n|---|---|");
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
console.log("\n| budget | value | |\n|---|---|---|");
for (const b of r.budgets) console.log(`| ${b.budget} | ${b.value} | ${b.pass ? "PASS" : "FAIL"} |`);
console.log(`\n(${r.date.slice(0, 10)})`);

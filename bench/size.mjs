// Size benchmark: gzip and brotli size of each file in dist/ and the total of a first visit
// (one page, its CSS, scripts, wasm and favicon). Run after a release build:
//   node bench/size.mjs [--json bench/size.json]
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dist = new URL("../dist/", import.meta.url).pathname;
const files = readdirSync(dist)
  .filter((f) => statSync(join(dist, f)).isFile() && !/\.(br|gz)$/.test(f))
  .sort();
const kb = (n) => (n / 1024).toFixed(1);
const rows = files.map((f) => {
  const raw = readFileSync(join(dist, f));
  return {
    file: f,
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
// A first visit loads one language's page and what it links (scripts, wasm, styles, icon);
// the other pages, share images and notices are not part of it.
const visitRows = rows.filter((r) => r.file === "index.html" || /\.(js|wasm|css|svg|ico)$/.test(r.file));
const total = (k) => visitRows.reduce((s, r) => s + r[k], 0);

console.log("file".padEnd(40), "raw KB".padStart(8), "gzip KB".padStart(8), "br KB".padStart(8));
for (const r of rows) console.log(r.file.padEnd(40), kb(r.raw).padStart(8), kb(r.gzip).padStart(8), kb(r.brotli).padStart(8));
const sum = { raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") };
console.log("first visit (index.html + its assets)".padEnd(40), kb(sum.raw).padStart(8), kb(sum.gzip).padStart(8), kb(sum.brotli).padStart(8));
const budget = 200 * 1024;
console.log(`budget first visit ≤ 200 KB compressed (gzip): ${sum.gzip <= budget ? "PASS" : "FAIL"}`);
const i = process.argv.indexOf("--json");
if (i > 0) writeFileSync(process.argv[i + 1], JSON.stringify({ files: rows, firstVisit: sum }, null, 2) + "\n");

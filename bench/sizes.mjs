// Compressed sizes of dist/: every file, and the first visit (one page and what it loads).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

export function sizes(dist) {
  const files = readdirSync(dist)
    // Not the precompressed copies, nor dot files (the build's .build-stamp is no part of the site).
    .filter((f) => statSync(join(dist, f)).isFile() && !/\.(br|gz)$/.test(f) && !f.startsWith("."))
    .sort();
  const rows = files.map((file) => {
    const raw = readFileSync(join(dist, file));
    return {
      file,
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  // A first visit loads one page and its scripts, wasm, the page's data, styles and icon; the
  // other pages, the other languages' data, the embed pages' loader and stylesheet, share
  // images and notices are not part of it.
  const data = /"data":"\.?\/?([^"]+)"/.exec(readFileSync(join(dist, "index.html"), "utf8"))?.[1];
  const visit = rows.filter((r) => r.file === "index.html" || r.file === data || (/\.(js|wasm|css|svg|ico)$/.test(r.file) && !r.file.startsWith("embed")));
  const sum = (k) => visit.reduce((s, r) => s + r[k], 0);
  return { files: rows, firstVisit: { files: visit.map((r) => r.file), raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") } };
}

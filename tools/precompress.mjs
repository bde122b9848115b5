// Writes file.br (brotli, quality 11) and file.gz (gzip -9) beside every text and wasm file
// of a directory, for hosts that serve precompressed files (nginx gzip_static/brotli_static,
// Netlify, S3 with Content-Encoding). Files that do not shrink are left alone.
//   node tools/precompress.mjs dist
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|csv|svg|txt|xml|webmanifest)$/;
const dir = process.argv[2];
if (!dir) {
  console.error("usage: node tools/precompress.mjs <dir>");
  process.exit(2);
}

function* files(d) {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(name) && !name.startsWith(".")) yield path;
  }
}

let count = 0;
for (const path of files(dir)) {
  const raw = readFileSync(path);
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  const gz = gzipSync(raw, { level: 9 });
  if (br.length < raw.length) writeFileSync(path + ".br", br);
  if (gz.length < raw.length) writeFileSync(path + ".gz", gz);
  count++;
}
console.log(`precompress: ${count} files in ${dir}`);

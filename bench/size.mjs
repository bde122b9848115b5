// Size benchmark: gzip and brotli size of each file in dist/ and the total of a first visit.
// Run after a release build (scripts/build.sh):  node bench/size.mjs
import { sizes } from "./sizes.mjs";

const { files, firstVisit } = sizes(new URL("../dist/", import.meta.url).pathname);
const kb = (n) => (n / 1024).toFixed(1);
console.log("file".padEnd(40), "raw KB".padStart(8), "gzip KB".padStart(8), "br KB".padStart(8));
for (const r of files) console.log(r.file.padEnd(40), kb(r.raw).padStart(8), kb(r.gzip).padStart(8), kb(r.brotli).padStart(8));
console.log("first visit (index.html + its assets)".padEnd(40), kb(firstVisit.raw).padStart(8), kb(firstVisit.gzip).padStart(8), kb(firstVisit.brotli).padStart(8));

// What a reader who scrolls loads of a story page, as served (the precompressed .br files a
// host serves): the page, the scripts, styles and icon it links, and the app it starts (its
// script, wasm and data file, named in the page's app-assets block). For the byte budget
// (tests/browser/bytes.test.mjs) and the benchmark, which measures the D3 peer page alike.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const APP_ASSETS = /<script type="application\/json" id="app-assets">(.*?)<\/script>/s;
const LINKED = /<(?:script[^>]*\ssrc|link[^>]*\shref)="(?:\.\/)?([^"?#:/]+\.(?:js|css|svg))"/g;

/** The brotli size of a file of `dir` as served (its .br copy). */
function served(dir, file) {
  const br = join(dir, file + ".br");
  if (!existsSync(br)) throw new Error(`${br} is missing: tools/precompress.mjs writes it`);
  return statSync(br).size;
}

/** KB (brotli, as served) of the app (script, wasm and the page's data file) and of the page + app; the files counted. */
export function pageBytes(dir, page) {
  const html = readFileSync(join(dir, page), "utf8");
  const assets = APP_ASSETS.exec(html);
  const app = assets ? Object.values(JSON.parse(assets[1])).map((u) => u.replace(/^\.?\//, "")) : [];
  const own = [...new Set([...html.matchAll(LINKED)].map((m) => m[1]))].filter((f) => !app.includes(f) && existsSync(join(dir, f)));
  const kb = (files) => +(files.reduce((t, f) => t + served(dir, f), 0) / 1024).toFixed(1);
  return { app: kb(app), pageApp: kb([page, ...own, ...app]), files: [page, ...own, ...app] };
}

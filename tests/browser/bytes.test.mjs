// The app's byte budget, without a browser: what a reader who scrolls loads of each language's
// story page, from dist/'s precompressed brotli files (what a host serves; bench/bytes.mjs):
// the app (its script and wasm, and the page's data file) and the page + app (the page, boot.js, the styles and icon it
// links, and the app). A change that grows them past the budget fails here, in the test
// command; the benchmark (bench/bench.mjs) prints them beside the D3 peer page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { pageBytes } from "../../bench/bytes.mjs";
import { DIST, STORY } from "./lib.mjs";

/** The app (script + wasm + the page's data), brotli, each language: today's size and a little. The goal is
 *  120 KB (#26): the budget follows the app down, and goes up only with a reason in the
 *  commit. */
export const APP_BUDGET_KB = 188;
/** The page + app for a reader who scrolls, brotli, each language. */
export const PAGE_APP_BUDGET_KB = 223;

for (const page of STORY.langs.map(STORY.page)) {
  test(`${page}: the app ≤ ${APP_BUDGET_KB} KB brotli, the page + app ≤ ${PAGE_APP_BUDGET_KB} KB`, () => {
    assert.ok(existsSync(DIST + page), `no dist/${page}: run scripts/build.sh first`);
    const b = pageBytes(DIST, page);
    assert.ok(b.files.some((f) => f.endsWith(".wasm")), `dist/${page} names no wasm in its app-assets block`);
    assert.ok(b.files.some((f) => f.startsWith("story-data.")), `dist/${page} names no data file in its app-assets block`);
    assert.ok(b.app <= APP_BUDGET_KB, `the app is ${b.app} KB brotli, over its budget of ${APP_BUDGET_KB} KB`);
    assert.ok(b.pageApp <= PAGE_APP_BUDGET_KB, `the page + app is ${b.pageApp} KB brotli (${b.files.join(", ")}), over its budget of ${PAGE_APP_BUDGET_KB} KB`);
  });
}

// The post-build step (tools/wasm-names.mjs) gives the wasm's imports and exports short names
// and its script the same; wasm-bindgen's own are 20 to 200 characters each, written twice.
test("the wasm's imports and exports carry short names, and its script the same", () => {
  const wasm = readdirSync(DIST).find((f) => /^luyuan-[0-9a-f]+_bg\.wasm$/.test(f));
  assert.ok(wasm, "no wasm in dist/: run scripts/build.sh first");
  const mod = new WebAssembly.Module(readFileSync(DIST + wasm));
  const imports = WebAssembly.Module.imports(mod);
  assert.ok(imports.length > 100, `${imports.length} imports`);
  const long = [...imports.flatMap((i) => [i.module, i.name]), ...WebAssembly.Module.exports(mod).map((e) => e.name)]
    .filter((n) => n.length > 3);
  assert.deepEqual(long, [], "names the post-build step did not shorten");
  const glue = readFileSync(DIST + wasm.replace(/_bg\.wasm$/, ".js"), "utf8");
  assert.doesNotMatch(glue, /__wbg_[A-Za-z]+_[0-9a-f]{16}/, "the script still names wasm-bindgen's imports");
});

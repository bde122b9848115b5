// The byte floor of the mandated stack: bench/floor/ is a page of almost no story (one island
// hydrated with a signal and a click; with `chart`, serde data read through JSON.parse and one
// plotters bar chart on a canvas), built exactly as the release builds the app
// (bench/release-wasm.mjs: scripts/wasm-size-env.sh, the release profile, wasm-bindgen,
// wasm-opt with index.html's flags, short names, terser). What it weighs is what any app of
// this stack weighs before its own code: the app's byte budget (#26) can be judged against it.
//   node bench/floor.mjs          prints each variant's wasm and script, raw and brotli
//   node bench/floor.mjs --json   the same as JSON
// scripts/bench.sh runs it through bench/bench.mjs, which writes it into bench/results.json.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { appTarget, bindgen, brotli, cargoWasm, root, shippedTwin, toolEnv } from "./release-wasm.mjs";

// Beside the app's own target directory (cached between runs), apart from it: other flags.
const target = join(await appTarget(), "floor");

async function build(name, features) {
  await cargoWasm(["build", "--release", "--target", "wasm32-unknown-unknown", ...features],
    { cwd: join(root, "bench/floor"), env: { ...toolEnv, CARGO_TARGET_DIR: target } });
  const dir = join(target, "out", name);
  await bindgen(join(target, "wasm32-unknown-unknown/release/floor.wasm"), dir, "floor");
  const { wasm, glue } = await shippedTwin(dir, "floor", { minify: true });
  const [w, g] = [readFileSync(wasm), readFileSync(glue)];
  return { name, wasm: { raw: w.length, brotli: brotli(w) }, script: { raw: g.length, brotli: brotli(g) } };
}

const kb = (n) => Number((n / 1024).toFixed(1));

/** The floor: Leptos alone, and with one chart; each wasm and script in KB (1024), brotli. */
export async function floor() {
  const out = [];
  for (const [name, features] of [["leptos", []], ["leptos+chart", ["--features", "chart"]]]) {
    const v = await build(name, features);
    out.push({ ...v, brotliKb: kb(v.wasm.brotli + v.script.brotli) });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const variants = await floor();
  if (process.argv.includes("--json")) console.log(JSON.stringify(variants, null, 2));
  else {
    const f = (n) => (n / 1024).toFixed(1);
    for (const v of variants) {
      console.log(`${v.name.padEnd(14)} wasm ${f(v.wasm.raw)} KB raw, ${f(v.wasm.brotli)} KB brotli; script ${f(v.script.raw)} KB raw, ${f(v.script.brotli)} KB brotli; together ${v.brotliKb.toFixed(1)} KB brotli`);
    }
  }
}

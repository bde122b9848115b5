// The byte floor of the mandated stack: bench/floor/ is a page of almost no story (one island
// hydrated with a signal and a click; with `chart`, serde data read through JSON.parse and one
// plotters bar chart on a canvas), built exactly as the release builds the app
// (scripts/wasm-size-env.sh, the release profile, wasm-bindgen, wasm-opt with index.html's
// flags, short names, terser). What it weighs is what any app of this stack weighs before its
// own code: the app's byte budget (#26) can be judged against it.
//   node bench/floor.mjs          prints each variant's wasm and script, raw and brotli
//   node bench/floor.mjs --json   the same as JSON
// scripts/bench.sh runs it through bench/bench.mjs, which writes it into bench/results.json.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { copyFileSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { minifyNames } from "../tools/wasm-names.mjs";
import { wasmOptArgs } from "../tools/wasm-opt-args.mjs";

const root = new URL("../", import.meta.url).pathname;
const crate = join(root, "bench/floor");
const base = { ...process.env, PATH: `${join(root, "node_modules/.bin")}:${join(homedir(), ".cargo/bin")}:${process.env.PATH}` };
// Beside the app's own target directory (cached between runs), apart from it: other flags.
const appTarget = JSON.parse((await promisify(execFile)("cargo", ["metadata", "--format-version", "1", "--no-deps"], { cwd: root, env: base })).stdout).target_directory;
const target = join(appTarget, "floor");
const env = { ...base, CARGO_TARGET_DIR: target };
const run = async (cmd, args, cwd = root) => (await promisify(execFile)(cmd, args, { cwd, env, maxBuffer: 256 * 1024 * 1024 })).stdout;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function build(name, features) {
  await run("bash", ["-c", `. ${root}scripts/wasm-size-env.sh && exec cargo "$@"`, "cargo", "build", "--release",
    "--target", "wasm32-unknown-unknown", ...features], crate);
  const dir = join(target, "out", name);
  mkdirSync(dir, { recursive: true });
  await run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", dir, "--out-name", "floor",
    join(target, "wasm32-unknown-unknown/release/floor.wasm")]);
  const wasm = join(dir, "floor.shipped.wasm");
  const glue = join(dir, "floor.shipped.js");
  await run("wasm-opt", [...wasmOptArgs(), "-o", wasm, join(dir, "floor_bg.wasm")]);
  copyFileSync(join(dir, "floor.js"), glue);
  minifyNames(wasm, glue);
  await run("terser", [glue, "--module", "--compress", "--mangle", "-o", glue]);
  const w = readFileSync(wasm);
  const g = readFileSync(glue);
  return { name, wasm: { raw: statSync(wasm).size, brotli: brotli(w) }, script: { raw: g.length, brotli: brotli(g) } };
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

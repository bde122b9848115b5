// The release's steps after cargo, for the tools that build a wasm apart from trunk to measure
// it (bench/size-profile.mjs, bench/floor.mjs): cargo with scripts/wasm-size-env.sh, then
// wasm-bindgen, and the shipped twin: wasm-opt with index.html's level and flags, the short
// names of the post-build step (tools/wasm-names.mjs) and, for the script, terser.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { copyFileSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { minifyNames } from "../tools/wasm-names.mjs";
import { wasmOptArgs } from "../tools/wasm-opt-args.mjs";

export const root = new URL("../", import.meta.url).pathname;
/** The environment with the project's npm tools and cargo's installs on PATH. */
export const toolEnv = { ...process.env, PATH: `${join(root, "node_modules/.bin")}:${join(homedir(), ".cargo/bin")}:${process.env.PATH}` };

/** Runs `cmd` and gives its standard output. */
export const run = async (cmd, args, { cwd = root, env = toolEnv } = {}) =>
  (await promisify(execFile)(cmd, args, { cwd, env, maxBuffer: 256 * 1024 * 1024 })).stdout;

/** Bytes at brotli's quality 11, as the post-build step precompresses. */
export const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** `cargo <args>` for the wasm with the release's size options, as scripts/build.sh sets them. */
export const cargoWasm = (args, opts) =>
  run("bash", ["-c", `. ${root}scripts/wasm-size-env.sh && exec cargo "$@"`, "cargo", ...args], opts);

/** The app's target directory (cargo's own answer: CARGO_TARGET_DIR or the checkout's). */
export const appTarget = async () =>
  JSON.parse(await run("cargo", ["metadata", "--format-version", "1", "--no-deps"])).target_directory;

/** wasm-bindgen's output for `wasm` in `dir`: `<name>_bg.wasm` and `<name>.js`. */
export async function bindgen(wasm, dir, name) {
  mkdirSync(dir, { recursive: true });
  await run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", dir, "--out-name", name, wasm]);
}

/** The wasm and script of `dir`'s `name` as the release ships them: `<name>_bg.shipped.wasm`
 *  and `<name>.shipped.js` (minified by terser when `minify`). */
export async function shippedTwin(dir, name, { minify = false } = {}) {
  const wasm = join(dir, `${name}_bg.shipped.wasm`);
  const glue = join(dir, `${name}.shipped.js`);
  await run("wasm-opt", [...wasmOptArgs(), "-o", wasm, join(dir, `${name}_bg.wasm`)]);
  copyFileSync(join(dir, `${name}.js`), glue);
  minifyNames(wasm, glue);
  if (minify) await run("terser", [glue, "--module", "--compress", "--mangle", "-o", glue]);
  return { wasm, glue };
}

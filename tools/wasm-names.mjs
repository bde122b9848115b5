// Short names between the app's script and its wasm. wasm-bindgen names each import after its
// JavaScript function and a hash (`__wbg_addEventListener_847fd86b8c33ec43`) and each closure's
// export after its Rust types, and every name is carried twice: in the wasm and in the script.
// Binaryen renames the wasm's imports, exports and import module to a letter or two and prints
// the mapping; the script is renamed to match. It must run on wasm-bindgen's script as written
// (its import object's keys and its `wasm.<export>` calls), before terser:
//   node tools/wasm-names.mjs <dir>     each luyuan-<hash>_bg.wasm in <dir> and its script
// A name the script does not hold where expected stops the build: the app would not start.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { wasmFeatures } from "./wasm-opt-args.mjs";

const root = new URL("../", import.meta.url).pathname;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Renames `wasmPath`'s imports and exports and `gluePath`'s script to match, in place. */
export function minifyNames(wasmPath, gluePath) {
  const map = JSON.parse(
    execFileSync(join(root, "node_modules/.bin/wasm-opt"), [
      wasmPath, ...wasmFeatures(), "--minify-imports-and-exports-and-modules", "-o", wasmPath,
    ], { encoding: "utf8", maxBuffer: 1 << 26 }),
  );
  const modules = new Map(
    WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((i) => [i.name, i.module]),
  );
  let glue = readFileSync(gluePath, "utf8");
  const replaceOnce = (pattern, to, what) => {
    let n = 0;
    glue = glue.replace(pattern, (...m) => (n++, to(...m)));
    if (n !== 1) throw new Error(`${gluePath}: ${what} is found ${n} times in the script, not once`);
  };
  const renamedModules = new Map();
  for (const [module, name, short] of map.imports) {
    // A key of the import object: `  __wbg_…: function(…`.
    replaceOnce(new RegExp(`(?<=[{,\\s])${escape(name)}(?=\\s*:)`, "g"), () => short, `the import ${name}`);
    renamedModules.set(module, modules.get(short));
  }
  for (const [module, short] of renamedModules) {
    replaceOnce(new RegExp(`(["'])${escape(module)}\\1(?=\\s*:)`, "g"), () => JSON.stringify(short), `the import module "${module}"`);
  }
  for (const [name, short] of map.exports) {
    // The script calls the wasm's exports as `wasm.<name>`; some it never calls.
    glue = glue.replace(new RegExp(`(?<=\\bwasm\\.)${escape(name)}\\b`, "g"), () => short);
  }
  writeFileSync(gluePath, glue);
  return { imports: map.imports.length, exports: map.exports.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  for (const wasm of readdirSync(dir).filter((f) => /^luyuan-[0-9a-f]+_bg\.wasm$/.test(f))) {
    minifyNames(join(dir, wasm), join(dir, wasm.replace(/_bg\.wasm$/, ".js")));
  }
}

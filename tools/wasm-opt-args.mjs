// The release's wasm-opt level and flags, as trunk reads them from index.html's rust link
// (`data-wasm-opt`, `data-wasm-opt-params`): the size profile optimises as the release does,
// and the post-build steps read the wasm with the same features.
import { readFileSync } from "node:fs";

const root = new URL("../", import.meta.url).pathname;

/** The rust link's attribute `name`, if it has one. */
function attr(name) {
  const link = readFileSync(`${root}index.html`, "utf8").match(/<link[^>]*data-trunk[^>]*rel="rust"[^>]*>/)[0];
  return link.match(new RegExp(`${name}="([^"]*)"`))?.[1];
}

const flags = () => (attr("data-wasm-opt-params") ?? "").split(/\s+/).filter(Boolean);

/** The level (`-Oz`) and the flags (features and the passes beside the level). */
export function wasmOptArgs() {
  return [`-O${attr("data-wasm-opt") ?? "z"}`, ...flags()];
}

/** The feature flags alone (`--enable-…`), to read and write the wasm without changing it. */
export function wasmFeatures() {
  return flags().filter((f) => f.startsWith("--enable-"));
}

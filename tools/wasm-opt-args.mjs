// The release's wasm-opt level and flags, as trunk reads them from index.html's rust link
// (`data-wasm-opt`, `data-wasm-opt-params`): the size profile optimises as the release does,
// and the post-build steps read the wasm with the same features.
import { readFileSync } from "node:fs";

const root = new URL("../", import.meta.url).pathname;

function rustLink() {
  return readFileSync(`${root}index.html`, "utf8").match(/<link[^>]*data-trunk[^>]*rel="rust"[^>]*>/)[0];
}

const attr = (link, a) => link.match(new RegExp(`${a}="([^"]*)"`))?.[1];

/** The level (`-Oz`) and the flags. */
export function wasmOptArgs() {
  const link = rustLink();
  return [`-O${attr(link, "data-wasm-opt") ?? "z"}`, ...wasmOptFlags()];
}

/** The flags alone (features and the passes beside the level). */
export function wasmOptFlags() {
  return (attr(rustLink(), "data-wasm-opt-params") ?? "").split(/\s+/).filter(Boolean);
}

/** The feature flags alone (`--enable-…`), to read and write the wasm without changing it. */
export function wasmFeatures() {
  return wasmOptFlags().filter((f) => f.startsWith("--enable-"));
}

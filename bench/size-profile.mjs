// Where the wasm's bytes go: builds the browser's wasm as the release does (Cargo.toml's
// release profile, scripts/wasm-size-env.sh, `--features hydrate`, wasm-bindgen, wasm-opt with
// index.html's level and flags) but keeps the function and data names (wasm-opt `-g`; the code
// is the same, only the name section is added), runs twiggy, and adds up the shallow sizes of
// every function and data segment by crate and, for our own crate, by module. Shares are of the
// wasm but its name section, with wasm-bindgen's import and export names: the post-build step
// shortens those (tools/wasm-names.mjs), and dist/'s wasm is checked against this build with
// them shortened. Story JSON embedded in the wasm (build.rs's runtime copy of the data files)
// would be found inside its data segment and counted apart; today the wasm embeds none, and
// each language's data file in dist/ (story-data.*.json) is listed instead.
//   node bench/size-profile.mjs            prints the profile (the named wasm stays in
//                                          <target>/size-profile/ for `twiggy` by hand)
//   node bench/size-profile.mjs --json     prints it as JSON
// scripts/bench.sh runs it through bench/bench.mjs, which writes it into bench/results.json.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { itemKind, ownModules, OWN_CRATE } from "./crate-of.mjs";
import { dataSegments } from "./wasm-sections.mjs";
import { appTarget, bindgen, brotli, cargoWasm, root, run, shippedTwin } from "./release-wasm.mjs";
import { wasmOptArgs } from "../tools/wasm-opt-args.mjs";

// The wasm and build.rs's OUT_DIR, from cargo's own report of the build (a no-op after trunk's),
// with the release's size options (scripts/wasm-size-env.sh, as scripts/build.sh sets them).
async function cargoBuild() {
  const out = await cargoWasm(["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", "luyuan",
    "--no-default-features", "--features", "hydrate", "--message-format", "json-render-diagnostics"]);
  let wasm = null;
  let outDir = null;
  for (const line of out.split("\n")) {
    if (!line.startsWith("{")) continue;
    const m = JSON.parse(line);
    if (m.reason === "compiler-artifact" && m.target.name === "luyuan" && m.target.kind.includes("bin"))
      wasm = m.filenames.find((f) => f.endsWith(".wasm"));
    if (m.reason === "build-script-executed" && /[#/]luyuan[@#]/.test(m.package_id)) outDir = m.out_dir;
  }
  if (!wasm) throw new Error("size profile: cargo built no luyuan.wasm");
  return { wasm, outDir };
}

// The runtime JSON files and where they sit in the data segments.
function embeddedJson(outDir, segments) {
  const dir = outDir && join(outDir, "runtime");
  if (!dir || !existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  const found = [];
  for (const f of files) {
    const text = readFileSync(join(dir, f));
    const seg = segments.find((s) => s.bytes.indexOf(text) >= 0);
    found.push({ file: f, bytes: text.length, segment: seg ? seg.twiggyName : null });
  }
  // None found: the wasm embeds no data (each page fetches its language's story-data file).
  if (!found.some((f) => f.segment)) return null;
  const all = Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
  return { bytes: all.length, brotli: brotli(all), files: found };
}

// Each language's data file in dist/ (story-data.<lang>.<hash>.json), which the app fetches.
function dataFiles(dist) {
  if (!existsSync(dist)) return [];
  return readdirSync(dist)
    .filter((f) => /^story-data\.[a-z-]+\.[0-9a-f]+\.json$/.test(f))
    .sort()
    .map((file) => {
      const buf = readFileSync(join(dist, file));
      return { file, bytes: buf.length, brotli: brotli(buf) };
    });
}

function table(map, total) {
  return [...map]
    .map(([name, bytes]) => ({ name, bytes, share: Number((bytes / total).toFixed(4)) }))
    .sort((a, b) => b.bytes - a.bytes);
}

export async function sizeProfile({ dist = join(root, "dist") } = {}) {
  const { wasm, outDir } = await cargoBuild();
  const dir = join(await appTarget(), "size-profile");
  await bindgen(wasm, dir, "luyuan");
  const named = join(dir, "luyuan_bg.named.wasm");
  await run("wasm-opt", [...wasmOptArgs(), "-g", "-o", named, join(dir, "luyuan_bg.wasm")]);
  const items = JSON.parse(await run("twiggy", ["top", "-f", "json", named]));
  // The same wasm without names, its imports and exports renamed as the post-build step does
  // (tools/wasm-names.mjs): the one dist/ should hold.
  const { wasm: twin } = await shippedTwin(dir, "luyuan");
  const twinBytes = statSync(twin).size;

  const segments = dataSegments(readFileSync(named)).map((s) => ({ ...s, twiggyName: s.name ? `data segment "${s.name}"` : `data[${s.index}]` }));
  const json = embeddedJson(outDir, segments);
  const jsonIn = new Map();
  for (const f of json?.files ?? []) if (f.segment) jsonIn.set(f.segment, (jsonIn.get(f.segment) ?? 0) + f.bytes);

  const crates = new Map();
  const modules = new Map();
  const submodules = new Map();
  const add = (m, k, n) => m.set(k, (m.get(k) ?? 0) + n);
  const mods = ownModules(join(root, "src"));
  let total = 0;
  for (const { name, shallow_size: size } of items) {
    const kind = itemKind(name, mods);
    if (kind.crate === null) continue;
    total += size;
    const inJson = jsonIn.get(name) ?? 0;
    if (inJson) add(crates, "[data] embedded JSON (data/*.json)", inJson);
    add(crates, kind.crate, size - inJson);
    if (kind.module) {
      add(modules, kind.module, size);
      add(submodules, kind.submodule, size);
    }
  }
  const own = crates.get(OWN_CRATE) ?? 0;
  const withOwnShare = (rows) => rows.map((r) => ({ ...r, shareOfCrate: Number((r.bytes / own).toFixed(4)) }));

  // The shipped wasm, to check that the profiled one is the same code.
  const shipped = existsSync(dist) ? readdirSync(dist).find((f) => /^luyuan-[0-9a-f]+_bg\.wasm$/.test(f)) : null;
  const shippedBuf = shipped ? readFileSync(join(dist, shipped)) : null;
  return {
    profiled: named,
    bytes: total,
    dist: shipped ? { file: shipped, bytes: shippedBuf.length, brotli: brotli(shippedBuf), sameSize: shippedBuf.length === twinBytes } : null,
    embeddedJson: json && { ...json, share: Number((json.bytes / total).toFixed(4)) },
    dataFiles: dataFiles(dist),
    crates: table(crates, total),
    modules: withOwnShare(table(modules, total)),
    submodules: withOwnShare(table(submodules, total)),
  };
}

const kb = (n) => (n / 1024).toFixed(1);
const pct = (x) => `${(x * 100).toFixed(1)} %`;
export function printSizeProfile(p, { crates = 15, modules = 10, submodules = 0 } = {}) {
  const line = (r, extra = "") => console.log(`  ${r.name.padEnd(44)} ${kb(r.bytes).padStart(7)} KB ${pct(r.share).padStart(7)}${extra}`);
  const d = p.dist ? `; shipped ${p.dist.file}: ${kb(p.dist.bytes)} KB${p.dist.sameSize ? " (same size)" : " (DIFFERENT size: dist/ is not this build)"}, ${kb(p.dist.brotli)} KB brotli` : "";
  console.log(`\nwasm size profile (twiggy, shallow bytes, raw): ${kb(p.bytes)} KB${d}`);
  if (p.embeddedJson) {
    const where = [...new Set(p.embeddedJson.files.map((f) => f.segment ?? "not found"))].join(", ");
    console.log(`  embedded JSON: ${kb(p.embeddedJson.bytes)} KB raw (${pct(p.embeddedJson.share)}), ${kb(p.embeddedJson.brotli)} KB brotli alone, in ${where}`);
  }
  else console.log("  embedded JSON: none (each page fetches its language's data file)");
  for (const f of p.dataFiles ?? []) console.log(`  ${f.file}: ${kb(f.bytes)} KB raw, ${kb(f.brotli)} KB brotli`);
  console.log(`top ${crates} crates:`);
  for (const r of p.crates.slice(0, crates)) line(r);
  console.log(`top ${modules} modules of ${OWN_CRATE}:`);
  for (const r of p.modules.slice(0, modules)) line(r, `  (${pct(r.shareOfCrate)} of ${OWN_CRATE})`);
  if (submodules) {
    console.log(`top ${submodules} modules of ${OWN_CRATE}, two levels:`);
    for (const r of p.submodules.slice(0, submodules)) line(r, `  (${pct(r.shareOfCrate)} of ${OWN_CRATE})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const p = await sizeProfile();
  if (process.argv.includes("--json")) console.log(JSON.stringify(p, null, 2));
  else {
    printSizeProfile(p, { crates: 30, modules: 20, submodules: 25 });
    console.log(`\nnamed wasm: ${p.profiled} (e.g. twiggy dominators, twiggy paths)`);
  }
}

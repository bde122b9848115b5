// The benchmark's peer: the same prerendered article page (dist/index.html) with our app
// swapped for a typical D3 7 + Scrollama 3 story script (bench/peer-page.js), built from the
// npm packages d3 and scrollama. The page keeps every word and style; only the boot script
// and the app's asset list go, and three deferred scripts come in. The files the page
// references (stylesheet, icon, static chart pictures, CSV downloads) are copied, and every
// text file is precompressed as the release build does (tools/precompress.mjs).
//   node bench/peer.mjs [--dist dist] [--out dir] [--serve]   (builds it; --serve serves it)
// Exports `buildPeer(dist, outDir)` for the benchmark.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const root = new URL("../", import.meta.url).pathname;
const LIBS = {
  "d3.min.js": "node_modules/d3/dist/d3.min.js",
  "scrollama.min.js": "node_modules/scrollama/build/scrollama.min.js",
};
const version = (pkg) => JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")).version;

/** What the peer is built from, for the results. */
export const peerVersions = () => ({ d3: version("d3"), scrollama: version("scrollama") });

const BOOT = /<script [^>]*src="\.?\/?boot-[0-9a-f]+\.js"[^>]*><\/script>/;
const ASSETS = /<script type="application\/json" id="app-assets">[^<]*<\/script>\n?/;

/** dist/index.html with our app removed and the peer's scripts in the boot script's place. */
export function peerHtml(html) {
  if (!BOOT.test(html) || !ASSETS.test(html)) throw new Error("peer: the page has no boot script or app-assets block");
  const scripts = Object.keys(LIBS)
    .concat("peer.js")
    .map((src) => `<script src="${src}" defer></script>`)
    .join("\n");
  return html.replace(ASSETS, "").replace(BOOT, scripts);
}

// The files a page references by src, srcset and href: relative paths only, no other pages.
function references(html) {
  const found = new Set();
  for (const [, attr, value] of html.matchAll(/\b(src|srcset|href)="([^"]+)"/g)) {
    const urls = attr === "srcset" ? value.split(",").map((c) => c.trim().split(/\s+/)[0]) : [value];
    for (const u of urls) {
      if (/^([a-z]+:|#|\/)/i.test(u)) continue;
      const path = u.replace(/^\.\//, "").replace(/[?#].*$/, "");
      if (path && !path.endsWith(".html")) found.add(decodeURIComponent(path));
    }
  }
  return [...found];
}

/** Writes the peer site into outDir (created if missing) from a built dist/; returns outDir. */
export function buildPeer(dist, outDir) {
  mkdirSync(outDir, { recursive: true });
  const html = peerHtml(readFileSync(join(dist, "index.html"), "utf8"));
  writeFileSync(join(outDir, "index.html"), html);
  for (const rel of references(html)) {
    if (!existsSync(join(dist, rel))) continue; // the peer's own scripts, written below
    mkdirSync(dirname(join(outDir, rel)), { recursive: true });
    copyFileSync(join(dist, rel), join(outDir, rel));
  }
  for (const [name, from] of Object.entries(LIBS)) copyFileSync(join(root, from), join(outDir, name));
  copyFileSync(join(root, "bench/peer-page.js"), join(outDir, "peer.js"));
  execFileSync(process.execPath, [join(root, "tools/precompress.mjs"), outDir], { stdio: "ignore" });
  return outDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf("--" + name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const out = buildPeer(arg("dist", join(root, "dist")), arg("out", mkdtempSync(join(tmpdir(), "peer-"))));
  console.log(`peer (d3 ${peerVersions().d3}, scrollama ${peerVersions().scrollama}) written to ${out}`);
  if (process.argv.includes("--serve")) {
    const { serve } = await import("../tests/browser/serve.mjs");
    const s = await serve({ dir: out, base: "/news/2024/luyuan/", port: Number(arg("port", 8081)) });
    console.log(`Serving the peer at ${s.url}  (Ctrl-C to stop)`);
  }
}

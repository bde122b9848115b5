// Ships WeChat's JS-SDK with the story, from the npm package weixin-js-sdk (package.json):
// run by scripts/post_build.sh when STORY_WECHAT_SIGNATURE_URL is set (src/page/wechat.rs).
// Writes <dist>/wechat-sdk.js, the package's file with its licence on top, wrapped so that a
// plain <script> defines `window.wx` (the package is CommonJS: `module.exports`), and adds
// the package's licence to <dist>/licences.html. The file is our own, so no request leaves
// the story's host for it and `script-src 'self'` holds.
//   node tools/wechat-signature/sdk.mjs <dist>
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";

const dist = process.argv[2];
if (!dist) {
  console.error("usage: node tools/wechat-signature/sdk.mjs <dist>");
  process.exit(2);
}
const require = createRequire(import.meta.url);
let pkgPath;
try {
  pkgPath = require.resolve("weixin-js-sdk/package.json");
} catch {
  console.error("wechat-sdk: the npm package weixin-js-sdk is not installed (npm ci, or scripts/setup.sh)");
  process.exit(1);
}
const dir = dirname(pkgPath);
const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));
const licence = readFileSync(join(dir, "LICENSE"), "utf8").trim();
const source = readFileSync(join(dir, pkg.main || "index.js"), "utf8");

const header = `/*! ${pkg.name} ${pkg.version} (npm), WeChat's JS-SDK. ${pkg.license} licence:\n${licence.replace(/\*\//g, "* /")}\n*/\n`;
const sdk = `${header}(function () {\nvar module = { exports: {} };\n${source}\nif (module.exports && module.exports.config) window.wx = window.jWeixin = module.exports;\n})();\n`;
writeFileSync(join(dist, "wechat-sdk.js"), sdk);

const notices = join(dist, "licences.html");
if (existsSync(notices)) {
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const section = `<section id="npm-${esc(pkg.name)}">
  <h3>${esc(pkg.license)} License</h3>
  <p>Used by <code>wechat-sdk.js</code>, WeChat's JS-SDK, which this build ships for WeChat's share card:</p>
  <ul class="packages"><li class="package" data-npm="${esc(pkg.name)} ${esc(pkg.version)}">${esc(pkg.name)} ${esc(pkg.version)} (npm)</li></ul>
  <pre>${esc(licence)}</pre>
</section>
`;
  const html = readFileSync(notices, "utf8");
  const at = html.lastIndexOf("</body>");
  writeFileSync(notices, at < 0 ? html + section : html.slice(0, at) + section + html.slice(at));
}
console.log(`wechat-sdk: ${pkg.name} ${pkg.version} → wechat-sdk.js`);

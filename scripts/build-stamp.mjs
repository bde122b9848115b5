// What a build is made of: one line per input file with a hash of its contents (the code,
// styles, scripts, build settings and lock files, and the story's folder, STORY_DIR), and
// the settings that change the output (STORY_BASE_URL, STORY_WECHAT_SIGNATURE_URL). scripts/build.sh writes it into the
// built folder as .build-stamp; `scripts/test.sh browser` compares it with the sources as
// they are now, so browser tests never run against a stale dist/. About 0.1 s.
//   node scripts/build-stamp.mjs                  prints the stamp of the sources now
//   node scripts/build-stamp.mjs --check <dist>   exit 0 when <dist>/.build-stamp is that stamp;
//                                                 else 1, printing what differs
// Not in it: the toolchain (rustc, trunk, wasm-bindgen, cargo-about), which scripts/setup.sh pins.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";

const ROOT = new URL("../", import.meta.url).pathname;
export const STAMP_FILE = ".build-stamp";

/** What the release build reads, besides the story's folder. */
export const INPUTS = [
  "src", "style", "public", "index.html", "build.rs", "Cargo.toml", "Cargo.lock", "Trunk.toml",
  "about.toml", "about.hbs", "package-lock.json", "scripts/build.sh", "scripts/post_build.sh", "scripts/wasm-size-env.sh",
  "tools/precompress.mjs", "tools/wasm-names.mjs", "tools/wasm-opt-args.mjs", "tools/wechat-signature/sdk.mjs",
];

/** Files under `path` (a file or a folder), recursively, without dot files (editors' swap files). */
function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((n) => !n.startsWith("."))
    .sort()
    .flatMap((n) => files(join(path, n)));
}

const hash = (file) => createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 20);

/** The stamp of the sources as they are now: a Map of name → value. */
export function current(env = process.env) {
  const story = resolve(ROOT, (env.STORY_DIR || "stories/luyuan-2023").trim() || "stories/luyuan-2023");
  const storyName = relative(ROOT, story).startsWith("..") || isAbsolute(relative(ROOT, story)) ? story : relative(ROOT, story);
  const stamp = new Map([
    ["STORY_DIR", storyName],
    ["STORY_BASE_URL", env.STORY_BASE_URL || "(none)"],
    ["STORY_WECHAT_SIGNATURE_URL", env.STORY_WECHAT_SIGNATURE_URL || "(none)"],
  ]);
  for (const input of INPUTS) for (const f of files(join(ROOT, input))) stamp.set(relative(ROOT, f), hash(f));
  for (const f of files(story)) stamp.set(`${storyName}/${relative(story, f)}`, hash(f));
  return stamp;
}

const SETTINGS = ["STORY_DIR", "STORY_BASE_URL", "STORY_WECHAT_SIGNATURE_URL"];

/** The stamp as a file: the settings as `NAME=value`, then `hash  path` per file. */
export const format = (stamp) =>
  "# The inputs this build was made from (scripts/build-stamp.mjs); not part of the site.\n" +
  [...stamp].map(([k, v]) => (SETTINGS.includes(k) ? `${k}=${v}` : `${v}  ${k}`)).join("\n") + "\n";

export function parse(text) {
  const stamp = new Map();
  for (const line of text.split("\n")) {
    const setting = /^([A-Z_]+)=(.*)$/.exec(line);
    const file = /^([0-9a-f]+)  (.+)$/.exec(line);
    if (setting) stamp.set(setting[1], setting[2]);
    else if (file) stamp.set(file[2], file[1]);
  }
  return stamp;
}

/** What differs between a built folder's stamp and the sources now, as sentences; [] if nothing. */
export function differences(built, now) {
  const list = (names) => (names.length > 5 ? `${names.slice(0, 5).join(", ")} and ${names.length - 5} more` : names.join(", "));
  const out = [];
  for (const k of SETTINGS) {
    if (built.get(k) !== now.get(k)) out.push(`${k} was ${built.get(k) ?? "(unknown)"}, is ${now.get(k)}`);
  }
  const files = (m) => [...m.keys()].filter((k) => !SETTINGS.includes(k));
  const changed = files(now).filter((k) => built.has(k) && built.get(k) !== now.get(k));
  const added = files(now).filter((k) => !built.has(k));
  const removed = files(built).filter((k) => !now.has(k));
  if (changed.length) out.push(`changed since the build: ${list(changed)}`);
  if (added.length) out.push(`new since the build: ${list(added)}`);
  if (removed.length) out.push(`gone since the build: ${list(removed)}`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--check");
  if (i < 0) {
    process.stdout.write(format(current()));
  } else {
    const dist = process.argv[i + 1];
    if (!dist) {
      console.error("usage: node scripts/build-stamp.mjs --check <dist>");
      process.exit(2);
    }
    const file = join(resolve(ROOT, dist), STAMP_FILE);
    if (!existsSync(file)) {
      console.log(existsSync(resolve(ROOT, dist)) ? `${dist}/ has no ${STAMP_FILE} (built before stamps, or by hand)` : `there is no ${dist}/ yet`);
      process.exit(1);
    }
    const why = differences(parse(readFileSync(file, "utf8")), current());
    if (why.length) {
      console.log(why.join("; "));
      process.exit(1);
    }
    console.log(`${dist}/ was built from the sources as they are`);
  }
}

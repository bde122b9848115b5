// The docs' internal references resolve: in every doc below, each relative link
// `[text](path)` names a file or folder of the repository, each `[text](#anchor)` or
// `[text](file.md#anchor)` a heading of that file (GitHub's slugs), and each backticked repo
// path (`src/charts/measure.rs`, `scripts/test.sh`, `tests/browser/*.test.mjs`) exists.
// Also: bench/README.md's results table is the one bench/table.mjs makes of
// bench/results.json. No browser, no build, no npm package: about a second.
//   node --test tests/docs/references.test.mjs      (scripts/test.sh quick runs it)
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { readme as benchReadme, renderBlock, BENCH_README } from "../../bench/table.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;

/** The docs checked, relative to the repository. */
export const DOCS = [
  "README.md",
  "ARCHITECTURE.md",
  "CONTRIBUTING.md",
  ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`),
  "bench/README.md",
  "stories/luyuan-2023/README.md",
  "src/charts/README.md",
];

// Build output and installed tools (.gitignore): a doc may name them, they need not exist.
const GENERATED = /^(target|dist|dist-[^/]*|node_modules|\.cache|tests\/browser\/artifacts)(\/|$)/;
// A bare file name (no folder) is a path when it has one of these endings; other bare names
// (`index.html`, `embed.js`, `metrics.json`) are often the built site's files.
const BARE = /\.(rs|mjs|sh|md|toml|py|hbs)$/;

/** Every file and folder of the repository, relative, without build output or .git. */
function walk(dir = ROOT, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    const rel = relative(ROOT, path);
    if (e.name === ".git" || GENERATED.test(rel)) continue;
    out.push(e.isDirectory() ? rel + "/" : rel);
    if (e.isDirectory()) walk(path, out);
  }
  return out;
}
const ALL = walk();

/** The doc's lines outside fenced code blocks, with their line numbers. */
function prose(text) {
  const lines = [];
  let fence = null;
  text.split("\n").forEach((line, i) => {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (m) {
      if (!fence) fence = m[1];
      else if (m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
      return;
    }
    if (!fence) lines.push({ line, n: i + 1 });
  });
  return lines;
}

/** GitHub's anchor of a heading: its text as rendered, lower case, punctuation dropped. */
export function slug(heading) {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1") // links and images: their text
    .replace(/<[^>]+>/g, "") // HTML tags
    .replace(/`([^`]*)`/g, "\u0000$1\u0000") // code spans keep their characters …
    .replace(/(^|[^\u0000\w])[*_]+|[*_]+(?=[^\u0000\w]|$)/g, "$1") // … emphasis marks go
    .replace(/\u0000/g, "");
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");
}

const anchorCache = new Map();
/** The anchors of a Markdown file: its headings' slugs (repeats get -1, -2 …) and HTML ids. */
export function anchors(file) {
  if (anchorCache.has(file)) return anchorCache.get(file);
  const seen = new Map();
  const out = new Set();
  for (const { line } of prose(readFileSync(file, "utf8"))) {
    const h = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+\s*)?$/.exec(line);
    if (h) {
      const base = slug(h[1]);
      const k = seen.get(base) ?? 0;
      seen.set(base, k + 1);
      out.add(k ? `${base}-${k}` : base);
    }
    for (const m of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(m[1]);
  }
  anchorCache.set(file, out);
  return out;
}

const isDir = (p) => existsSync(p) && statSync(p).isDirectory();

/** What is wrong with a link target of `doc`, or null. */
function checkLink(doc, target) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto: …
  const [pathPart, anchor] = target.split("#", 2);
  const path = pathPart ? normalize(join(dirname(join(ROOT, doc)), decodeURIComponent(pathPart))) : join(ROOT, doc);
  if (!path.startsWith(ROOT)) return `${target}: outside the repository`;
  if (!existsSync(path)) return `${target}: no such file or folder`;
  if (pathPart.endsWith("/") && !isDir(path)) return `${target}: not a folder`;
  if (anchor !== undefined && path.endsWith(".md") && !anchors(path).has(anchor)) {
    return `${target}: no heading "#${anchor}" in ${relative(ROOT, path)}`;
  }
  return null;
}

/** Whether a backticked text is meant as a path of the repository, and which. */
function repoPath(doc, code) {
  const t = code.trim().replace(/^\.\//, "");
  if (!t || /\s/.test(t) || /^[/$~.-]/.test(t) || /[<>…{}()|=:?#@,;'"\\]/.test(t)) return null;
  const first = t.split("/")[0];
  if (!t.includes("/")) return BARE.test(t) ? [t, join(dirname(doc), t)] : null;
  const candidates = [];
  if (existsSync(join(ROOT, first))) candidates.push(t);
  const local = join(dirname(doc), t);
  if (dirname(doc) !== "." && existsSync(join(ROOT, dirname(doc), first))) candidates.push(local);
  return candidates.length ? candidates : null;
}

/** Whether a repository path (maybe with `*`, maybe a folder ending in /) exists. */
function exists(p) {
  const rel = normalize(p);
  if (GENERATED.test(rel)) return true;
  if (p.includes("*")) {
    const re = new RegExp("^" + p.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*") + "/?$");
    return ALL.some((f) => re.test(f));
  }
  return p.endsWith("/") ? isDir(join(ROOT, p)) : existsSync(join(ROOT, p));
}

/** Every broken reference of a doc, as "doc:line: what". */
export function brokenReferences(doc) {
  const broken = [];
  for (const { line, n } of prose(readFileSync(join(ROOT, doc), "utf8"))) {
    const codeless = line.replace(/`[^`]*`/g, "``");
    for (const m of codeless.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const why = checkLink(doc, m[1]);
      if (why) broken.push(`${doc}:${n}: link ${why}`);
    }
    for (const m of line.matchAll(/`([^`]+)`/g)) {
      const paths = repoPath(doc, m[1]);
      if (paths && !paths.some(exists)) broken.push(`${doc}:${n}: \`${m[1]}\` is not a file or folder of the repository`);
    }
  }
  return broken;
}

test("the docs exist", () => {
  for (const doc of DOCS) assert.ok(existsSync(join(ROOT, doc)), doc);
});

for (const doc of DOCS) {
  test(`every link and repo path of ${doc} resolves`, { skip: !existsSync(join(ROOT, doc)) }, () => {
    assert.deepEqual(brokenReferences(doc), []);
  });
}

test("GitHub's heading slugs", () => {
  assert.equal(slug("The story's folder: `STORY_DIR`"), "the-storys-folder-story_dir");
  assert.equal(slug("How to …"), "how-to-");
  assert.equal(slug("Embedding one chart"), "embedding-one-chart");
  assert.equal(slug("The URL contract (version 1)"), "the-url-contract-version-1");
  assert.equal(slug("**Bold** and _em_ words"), "bold-and-em-words");
  assert.equal(slug("story.json"), "storyjson");
  assert.equal(slug("繁體 · 简体"), "繁體--简体");
});

test("a broken reference is found", () => {
  // The checks themselves, on references that cannot exist.
  assert.match(checkLink("README.md", "docs/no-such-file.md"), /no such file/);
  assert.match(checkLink("README.md", "#no-such-heading"), /no heading/);
  assert.match(checkLink("README.md", "docs/data.md#no-such-heading"), /no heading/);
  assert.equal(checkLink("README.md", "docs/data.md#chart-rules"), null);
  assert.equal(exists("src/charts/no_such_module.rs"), false);
  assert.equal(exists("tests/browser/*.test.mjs"), true);
  assert.deepEqual(repoPath("README.md", "text/csv"), null);
  assert.deepEqual(repoPath("src/charts/README.md", "kinds/mod.rs"), ["src/charts/kinds/mod.rs"]);
});

test("bench/README.md holds the table of bench/results.json (node bench/table.mjs --write)", () => {
  const results = JSON.parse(readFileSync(join(ROOT, "bench/results.json"), "utf8"));
  const text = readFileSync(BENCH_README, "utf8");
  assert.equal(benchReadme(text, results), text, "the table is out of date: run `node bench/table.mjs --write`");
  assert.ok(text.includes(renderBlock(results)));
});

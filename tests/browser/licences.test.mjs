// Third-party notices: every crate compiled into the page's wasm has its licence in
// dist/licences.html, and the page's credits link to it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { DIST } from "./lib.mjs";

const root = new URL("../../", import.meta.url).pathname;

test("every shipped crate's licence is in licences.html", () => {
  // What the wasm links: normal dependencies for wasm32 with the app's features, without
  // proc-macros (they run at build time and ship nothing).
  const tree = execFileSync(
    "cargo",
    ["tree", "--offline", "--target", "wasm32-unknown-unknown", "--no-default-features", "--features", "hydrate",
      "-e", "normal,no-proc-macro", "--prefix", "none", "--format", "{p}"],
    { cwd: root, encoding: "utf8" },
  );
  const shipped = new Set(tree.split("\n").filter(Boolean).map((l) => l.replace(/ \(.*$/, "").replace(" v", " ")));
  assert.ok(shipped.size > 50, `${shipped.size} crates`);
  const html = readFileSync(DIST + "licences.html", "utf8");
  const listed = new Set([...html.matchAll(/data-crate="([^"]+)"/g)].map((m) => m[1]));
  const missing = [...shipped].filter((c) => !listed.has(c));
  assert.deepEqual(missing, [], "crates shipped without their licence");
  // Each licence section carries its text.
  for (const section of html.split("<section").slice(1)) {
    const text = section.match(/<pre>([\s\S]*?)<\/pre>/)?.[1] ?? "";
    assert.ok(text.trim().length > 100, `a licence without its text: ${section.slice(0, 80)}`);
  }
});

test("each language's credits link to the licences", () => {
  for (const page of ["index.html", "zh-hans.html", "en.html"]) {
    assert.match(readFileSync(DIST + page, "utf8"), /<a href="licences\.html"[^>]*class="licences"/, page);
  }
});

// The downloadable CSV files opened in a real spreadsheet: LibreOffice Calc, headless
// (Debian's libreoffice-calc-nogui, installed by scripts/setup.sh --test), converts the whole
// data set and every chart's CSV to HTML; every cell must be the one a CSV parser reads, the
// Chinese labels intact in both scripts, the numbers numbers, the byte-order mark not in the
// first cell, labels with commas and quotes one cell each. LibreOffice reads them as a
// reader's import dialog would: UTF-8, comma, double quote (its headless default is the
// system's character set, and it ignores the byte-order mark there: docs/publishing.md, "Get the data").
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { DIST, STORY } from "./lib.mjs";

const DATA = DIST + "data/";
const SOFFICE = process.env.SOFFICE || "soffice";
// Field separator ",", text delimiter '"', UTF-8, from line 1.
const IMPORT = "CSV:44,34,76,1";

const decode = (s) =>
  s
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** The cells of LibreOffice's HTML export: per row, per cell, its text and its number. */
function cells(html) {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)].map(([, attrs, body]) => {
      const n = /sdval="([^"]*)"/.exec(attrs);
      // An empty cell is written as a lone <br>.
      return { text: /^\s*<br\s*\/?>\s*$/i.test(body) ? "" : decode(body), number: n ? Number(n[1]) : null };
    }),
  );
}

test("LibreOffice Calc opens every CSV with its Chinese labels, quotes and numbers intact", (t) => {
  const files = readdirSync(DATA).filter((f) => f.endsWith(".csv"));
  assert.ok(files.length > 2, "the data set and the charts' files");
  const work = mkdtempSync(join(tmpdir(), "luyuan-calc-"));
  try {
    const started = Date.now();
    const run = spawnSync(
      SOFFICE,
      ["--headless", `-env:UserInstallation=file://${work}/profile`, `--infilter=${IMPORT}`, "--convert-to", "html", "--outdir", `${work}/out`, ...files.map((f) => DATA + f)],
      { encoding: "utf8", timeout: 180000 },
    );
    assert.equal(run.error, undefined, `${SOFFICE}: ${run.error} (scripts/setup.sh --test installs libreoffice-calc-nogui)`);
    assert.equal(run.status, 0, run.stderr);
    t.diagnostic(`LibreOffice converted ${files.length} CSV files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    let han = 0;
    for (const f of files) {
      const records = parse(readFileSync(DATA + f, "utf8"), { bom: true });
      const calc = cells(readFileSync(`${work}/out/${f.replace(/\.csv$/, ".html")}`, "utf8"));
      assert.equal(calc.length, records.length, `${f}: the rows`);
      records.forEach((record, r) => {
        assert.equal(calc[r].length, record.length, `${f} row ${r + 1}: one cell per field`);
        record.forEach((field, c) => {
          const cell = calc[r][c];
          if (cell.number !== null) assert.equal(cell.number, Number(field), `${f} row ${r + 1} col ${c + 1}: the number`);
          else assert.equal(cell.text, field, `${f} row ${r + 1} col ${c + 1}`);
          if (/\p{Script=Han}/u.test(field)) han++;
        });
      });
      assert.equal(calc[0][0].text, "id", `${f}: no byte-order mark in the first cell`);
      // The value column is read as numbers.
      const value = records[0].indexOf("value");
      assert.ok(calc.slice(1).every((row) => row[value].number !== null), `${f}: values are numbers`);
    }
    // At least the two Chinese labels of every metric, in the whole data set's CSV.
    assert.ok(han >= 2 * STORY.metrics.length, `Chinese cells compared: ${han}`);
    // Labels with commas and quotes stayed one cell each (when the story has them).
    const set = files.find((f) => existsSync(DATA + f.replace(/\.csv$/, ".json")));
    assert.ok(set, "the whole data set's CSV (beside its JSON)");
    if (STORY.metrics.some((m) => Object.values(m.label).some((t) => t.includes(",")))) {
      assert.match(readFileSync(DATA + set, "utf8"), /"[^"\r\n]*,[^"\r\n]*"/, "it holds a quoted field with a comma");
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

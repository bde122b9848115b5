#!/usr/bin/env python3
"""Rewrites the "now" column of the first table of docs/chart-review.md from the story's data.

    python3 tools/data/chart_review.py            # stories/luyuan-2023/ (or STORY_DIR)
    python3 tools/data/chart_review.py --check    # exit 1 if the column is out of date

Each row's "now" is the chart's form, each figure's English label with its words in the text
(its mark), the reference line and the takeaway. Rows are matched by chart id; a chart with no
row gets one at the end ("was" and "problem" left for the reviewer)."""
import json, os, sys

DIR = (os.environ.get("STORY_DIR") or "stories/luyuan-2023").rstrip("/")
DOC = "docs/chart-review.md"
FORMS = {"figures": "figure wall", "big-number": "big number", "hbars": "bars", "bars": "columns",
         "growth": "growth bars", "progress": "progress bars", "gauge": "ring", "waffle": "waffle",
         "pictogram": "symbols", "rank": "rank"}


def load(name):
    return json.load(open(os.path.join(DIR, name + ".json"), encoding="utf-8"))


def now(chart, metrics):
    def fig(mid):
        m = metrics[mid]
        icon = chart.get("icons", {}).get(mid)
        s = f"{m['label']['en']} ({m['mark']['en']})"
        return s + (f", as {icon} symbols" if icon else "")
    parts = "; ".join(fig(m) for m in chart["metrics"])
    s = f"{FORMS.get(chart['kind'], chart['kind'])}: {parts}"
    if chart.get("reference"):
        s += f"; reference line: {fig(chart['reference'])}"
    if chart.get("takeaway"):
        s += f" — takeaway “{chart['takeaway']['en']}”"
    return s.replace("|", "\\|")


def main():
    metrics = {m["id"]: m for m in load("metrics")["metrics"]}
    charts = load("charts")["charts"]
    lines = open(DOC, encoding="utf-8").read().split("\n")
    rows = {}
    for i, l in enumerate(lines):
        cells = l.split(" | ")
        if l.startswith("| ") and cells[0][2:] in {c["id"] for c in charts}:
            rows.setdefault(cells[0][2:], i)
    out = list(lines)
    last = max(rows.values()) if rows else len(out)
    extra = []
    for c in charts:
        if c["id"] in rows:
            i = rows[c["id"]]
            cells = out[i].replace("| |", "|  |").split(" | ")
            out[i] = " | ".join(cells[:3] + [now(c, metrics) + " |"])
        else:
            extra.append(f"| {c['id']} | (new) | | {now(c, metrics)} |")
    out[last + 1:last + 1] = extra
    new = "\n".join(out)
    if "--check" in sys.argv:
        sys.exit(0 if new == "\n".join(lines) else 1)
    open(DOC, "w", encoding="utf-8").write(new)


main()

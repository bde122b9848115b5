#!/usr/bin/env python3
"""Regenerates every zh-Hans text of the data files from its zh-Hant text with OpenCC.

    python3 tools/data/hans.py          # rewrite the zh-Hans fields
    python3 tools/data/hans.py --check  # only say which would change (exit 1 if any)

Needs Debian's `opencc` (apt-get install opencc); its `t2s.json` gives the same output as the
pure-Rust port the tests use (ferrous-opencc =0.4.0, checked by tests/data_opencc.rs).
Where OpenCC is wrong, data/opencc_exceptions.json lists the fix; it is applied here as in the
test. Run from the repository root after editing any zh-Hant text.
"""
import json, re, subprocess, sys

FILES = ["data/story.json", "data/metrics.json", "data/charts.json", "data/units.json"]
EXC = json.load(open("data/opencc_exceptions.json", encoding="utf-8"))["exceptions"]


def texts(o, out):
    if isinstance(o, dict):
        if set(o) == {"zh-Hant", "zh-Hans", "en"}:
            out.append(o)
            return
        for v in o.values():
            texts(v, out)
    elif isinstance(o, list):
        for v in o:
            texts(v, out)


def dump(obj):
    s = json.dumps(obj, ensure_ascii=False, indent=2)
    # short lists of strings on one line, as the files are written
    s = re.sub(r'\[\n\s+((?:"[^"\n]*",?\n\s+)*"[^"\n]*")\n\s+\]',
               lambda m: "[" + ", ".join(x.strip().rstrip(",") for x in m.group(1).split("\n")) + "]", s)
    return s + "\n"


def main():
    check = "--check" in sys.argv
    changed = 0
    for path in FILES:
        raw = open(path, encoding="utf-8").read()
        data = json.loads(raw)
        ts = []
        texts(data, ts)
        if not ts:
            continue
        if any("\n" in t["zh-Hant"] for t in ts):
            sys.exit(f"{path}: a zh-Hant text has a line break; OpenCC is run line by line")
        inp = "\n".join(t["zh-Hant"] for t in ts) + "\n"
        out = subprocess.run(["opencc", "-c", "t2s.json"], input=inp.encode(), capture_output=True, check=True).stdout.decode()
        for t, hans in zip(ts, out.split("\n")):
            for e in EXC:
                if e["zh-Hant"] in t["zh-Hant"]:
                    hans = hans.replace(e["opencc"], e["zh-Hans"])
            if t["zh-Hans"] != hans:
                changed += 1
                print(f"{path}: {t['zh-Hant']}\n    was: {t['zh-Hans']}\n    now: {hans}")
                t["zh-Hans"] = hans
        if not check:
            new = dump(data)
            if new != raw:
                open(path, "w", encoding="utf-8").write(new)
    print(f"{changed} zh-Hans text(s) {'would change' if check else 'changed'}")
    sys.exit(1 if check and changed else 0)


main()

#!/usr/bin/env python3
"""Regenerates every zh-Hans text of a story's data files from its zh-Hant text with OpenCC.

    python3 tools/data/hans.py                 # rewrite the zh-Hans fields of stories/luyuan-2023/
    python3 tools/data/hans.py --check         # only say which would change (exit 1 if any)
    python3 tools/data/hans.py tests/fixtures/hexi-2024   # another story's folder
    STORY_DIR=tests/fixtures/hexi-2024 python3 tools/data/hans.py   # the same

The folder is the argument, else STORY_DIR (as for the build), else stories/luyuan-2023/.

Needs Debian's `opencc` (apt-get install opencc); its `t2s.json` gives the same output as the
pure-Rust port the tests use (ferrous-opencc =0.4.0, checked by tests/story_opencc.rs).
Where OpenCC is wrong, the folder's opencc_exceptions.json (if it has one) lists the fix; it
is applied here as in the test. Run from the repository root after editing any zh-Hant text.
"""
import json
import os, re, subprocess, sys

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
DIR = (ARGS[0] if ARGS else os.environ.get("STORY_DIR") or "stories/luyuan-2023").rstrip("/") or "/"
FILES = [os.path.join(DIR, f) for f in ["story.json", "metrics.json", "charts.json", "units.json"]]
EXC_FILE = os.path.join(DIR, "opencc_exceptions.json")
EXC = json.load(open(EXC_FILE, encoding="utf-8"))["exceptions"] if os.path.exists(EXC_FILE) else []


def texts(o, out):
    if isinstance(o, dict):
        # A text: keyed by language tags (zh-Hant, zh-Hans, en, and any other the story has).
        if {"zh-Hant", "zh-Hans"} <= set(o) and all(re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]{2,8})?", k) for k in o):
            out.append(o)
            return
        for v in o.values():
            texts(v, out)
    elif isinstance(o, list):
        for v in o:
            texts(v, out)


def dump(obj):
    s = json.dumps(obj, ensure_ascii=False, indent=2)
    # break marks (U+200B) as the escape editors see in the files
    s = s.replace("\u200b", "\\u200b")
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

#!/usr/bin/env python3
"""Writes stories/luyuan-2023/repairs.json and stories/luyuan-2023/article.zh-Hant.txt from the source copy.

Run from the repository root:  python3 stories/luyuan-2023/tools/make_repairs.py
The decisions (which mojibake span means what, which 干 is 幹) are written below, one per
line, so a reviewer can read them; the script only finds the positions. The test
tests/story_repairs.rs applies stories/luyuan-2023/repairs.json to the source and checks it gives
stories/luyuan-2023/article.zh-Hant.txt, so this script is a convenience, not the reference.
"""
import json, re, sys
from collections import OrderedDict

SRC = "stories/luyuan-2023/source/000_895fd38d52e3d926.txt"
src = open(SRC, encoding="utf-8").read()
lines = src.split("\n")

# 2. Mojibake: GBK bytes of the original read one byte out of step. Restored by
#    re-encoding the garbage as GBK, putting back the lost lead byte and decoding again.
MOJIBAKE = [
    ("?!皟绍嚒碑a(chǎn)", "。“兩車”產", "份額 … 業：GBK A1A3 A1B0 83C9 DC87 A1B1 AE61 = 。“兩車”產; the pinyin (chǎn) belonged to 產"),
    ("?!耙恍R徊摺钡龋A", "校“一校一策”等，贏", "新解放學 … 得群眾：GBK D0A3 A1B0 D2BB D0A3 D2BB B2DF A1B1 B5C8 A3AC DA41 = 校“一校一策”等，贏"),
    ("?!傲鶄€", "。“六個", "完善 … 三”：GBK A1A3 A1B0 C1F9 8280 = 。“六個"),
    ("?;笄蒺B(yǎng)", "模化畜禽養", "規 … 殖場：GBK C4A3 BBAF D0F3 C7DD F042 = 模化畜禽養 (48家規模化畜禽養殖場); the pinyin (yǎng) belonged to 養"),
]

# 3. Simplified forms left by the machine conversion: (line, column) -> replacement, with the reason.
SIMPLIFIED = [
    # (the words around it, the character, its Traditional form, why)
    ("干", "干", "幹", "幹中有為 / 幹勁 / 實幹 / 骨幹: 'to do, work; backbone', Traditional 幹 (not 乾; the text has no 干擾-type 干)"),
    ("于", "于", "於", "對於 / 高於: the preposition, Traditional 於"),
    ("余", "余", "餘", "1500餘套, 廚餘, 8700餘塊 …: 'more than; leftover', Traditional 餘"),
    ("筑", "筑", "築", "建築 / 強基築底: 'to build', Traditional 築"),
    ("扎", "扎", "紮", "紮實: 'solid, down-to-earth', Traditional 紮"),
    ("后", "后", "後", "後備力量: 'rear, reserve', Traditional 後"),
    ("沖擊", "沖", "衝", "衝擊 'shock, impact': 沖 means 'to rinse'"),
    ("制造", "制", "製", "製造 'to manufacture': 制 means 'system, to control' (林長制 stays)"),
    ("杠桿", "杠", "槓", "槓桿 'lever, leverage'"),
    ("示范", "范", "範", "示範 'model, demonstration': 范 is a surname"),
    ("征收", "征", "徵", "徵收 'to expropriate, levy': 征 means 'to march'"),
    ("旅游", "游", "遊", "旅遊 'tourism': 游 means 'to swim'"),
    ("水表", "表", "錶", "水錶 'water meter': a meter is 錶 (表彰 stays)"),
    ("杰出", "杰", "傑", "傑出 'outstanding'"),
    ("志愿", "愿", "願", "志願 'volunteer': 愿 means 'honest'"),
    ("配套并交", "并", "並", "並 'and also': 并 means 'to merge'"),
    ("重復", "復", "複", "重複 'repeated' (恢復, 修復 stay)"),
    ("復審", "復", "複", "複審 'review, second examination'"),
    ("稱贊", "贊", "讚", "稱讚 'to praise': 贊 means 'to assist'"),
]
# Left as they are, on purpose (valid Traditional forms in Taiwan and Hong Kong use, where
# OpenCC would prefer a variant): 占比/占道 (not 佔), 布局/發布 (not 佈), 閑置 (not 閒),
# 艱巨 (not 鉅), 地方志 (not 誌), 灶 (not 竈), 群/眾/為/啟 (not 羣/衆/爲/啓).

PUNCT = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）"}

OMIT_LINE = 31  # 版權聲明: the republisher's copyright notice

PINYIN = re.compile(r"\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6})\)")

repairs = []  # (line, col, kind, from, to)
taken = {}     # line -> set of covered columns (0-based)

def take(li, start, end):
    s = taken.setdefault(li, set())
    rng = set(range(start, end))
    assert not (s & rng), (li, start, end)
    s |= rng

for li, line in enumerate(lines, 1):
    if li == OMIT_LINE:
        continue
    for frm, to, why in MOJIBAKE:
        for m in re.finditer(re.escape(frm), line):
            repairs.append((li, m.start(), "mojibake", frm, to, why))
            take(li, m.start(), m.end())
    for m in PINYIN.finditer(line):
        if m.start() in taken.get(li, ()):  # inside a mojibake span
            continue
        if any(c in taken.get(li, ()) for c in range(m.start(), m.end())):
            continue
        # the artefact is the character before + its pinyin; the character is kept.
        ch = line[m.start() - 1]
        if not ("\u4e00" <= ch <= "\u9fff"):
            continue
        repairs.append((li, m.start() - 1, "pinyin", ch + m.group(0), ch, None))
        take(li, m.start() - 1, m.end())
    for ctx, frm, to, why in SIMPLIFIED:
        off = ctx.index(frm)
        for m in re.finditer(re.escape(ctx), line):
            repairs.append((li, m.start() + off, "simplified", frm, to, why))
            take(li, m.start() + off, m.start() + off + len(frm))
    for i, c in enumerate(line):
        if c in PUNCT and i not in taken.get(li, ()):
            repairs.append((li, i, "punctuation", c, PUNCT[c], None))
            take(li, i, i + 1)

# Group by (kind, from, to), positions as "line:column" (1-based, in characters).
groups = OrderedDict()
for li, col, kind, frm, to, why in sorted(repairs, key=lambda r: (["mojibake", "simplified", "pinyin", "punctuation"].index(r[2]), r[0], r[1])):
    key = (kind, frm, to)
    g = groups.setdefault(key, {"kind": kind, "from": frm, "to": to, "at": []})
    if why and why not in g.get("why", ""):
        g["why"] = (g["why"] + "; " + why) if "why" in g else why
    g["at"].append(f"{li}:{col + 1}")

out = {
    "source": "source/000_895fd38d52e3d926.txt",
    "about": "Every change made to the received file to get article.zh-Hant.txt. Positions are line:column of the received file, counted in characters from 1. A test applies this list to the source and must get article.zh-Hant.txt exactly.",
    "omit": [{"line": OMIT_LINE, "why": "The republisher's copyright notice (版權聲明), not part of the story. The credit 來源：長春日報 at the end of line 30 stays."}],
    "repairs": list(groups.values()),
}

# Apply, as the test does.
new_lines = list(lines)
by_line = {}
for li, col, kind, frm, to, why in repairs:
    by_line.setdefault(li, []).append((col, frm, to))
for li, eds in by_line.items():
    l = new_lines[li - 1]
    for col, frm, to in sorted(eds, reverse=True):
        assert l[col:col + len(frm)] == frm
        l = l[:col] + to + l[col + len(frm):]
    new_lines[li - 1] = l
new_lines[OMIT_LINE - 1] = ""
article = "\n".join(new_lines)

def dump(o):
    # one repair per line block, positions on one line: readable diffs
    s = json.dumps(o, ensure_ascii=False, indent=2)
    s = re.sub(r'\[\n\s+("\d+:\d+",?\n\s+)+("\d+:\d+")?\n?\s*\]', lambda m: "[" + ", ".join(re.findall(r'"\d+:\d+"', m.group(0))) + "]", s)
    return s + "\n"

if "--check" not in sys.argv:
    open("stories/luyuan-2023/repairs.json", "w", encoding="utf-8").write(dump(out))
    open("stories/luyuan-2023/article.zh-Hant.txt", "w", encoding="utf-8").write(article)
from collections import Counter
print(Counter(r[2] for r in repairs), "groups", len(groups))

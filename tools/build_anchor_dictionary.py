#!/usr/bin/env python3
"""Derive auditor/lexicons/ja/anchor_words.tsv from JMdict: common kanji words and the stems of their English glosses.

    python tools/build_anchor_dictionary.py --jamdict-db PATH/jamdict_data/jamdict.db

Run at build time only, with JMdict as the ``jamdict-data`` package ships it (a SQLite file; CC BY-SA 4.0, the
Electronic Dictionary Research and Development Group); nothing reads JMdict at run time. The table keeps:

- entries with a kanji form of 2 to 4 kanji marked common in JMdict (priority news1, news2, ichi1, ichi2, spec1,
  spec2): what news prose writes; and common forms of kanji with kana endings, ``MAX_FORM`` characters at most
  (強み, 厳しい, 引き上げる), which a text is searched for by MeCab's dictionary forms;
- from the first ``SENSES`` senses, the glosses of at most ``GLOSS_WORDS`` words (a gloss that is a phrase explains,
  it does not translate), their words but function words, each reduced by ``auditor.analysis.dictionary.stem``;
- at most ``STEMS`` stems per word, and no stem that glosses more than ``MAX_WORDS_PER_STEM`` kanji words (make, do,
  thing say nothing about which sentence is which; counted over the kanji words alone).

The output is sorted and deterministic, with a header naming its source and licence (the licence file is
auditor/lexicons/ja/anchor_words.LICENSE).
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.analysis.dictionary import MIN_STEM, stem  # noqa: E402

OUT = ROOT / "auditor" / "lexicons" / "ja" / "anchor_words.tsv"
COMMON = ("news1", "news2", "ichi1", "ichi2", "spec1", "spec2")
SENSES = 3
GLOSS_WORDS = 2
STEMS = 6
MAX_WORDS_PER_STEM = 40
MAX_FORM = 6  # characters of a word with kana endings
KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]{2,4}")
# A word written with kanji and kana endings (強み, 厳しい, 高める, 引き上げる): found by its dictionary form (MeCab's).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005"
OKURIGANA = re.compile(f"[{_HAN}]{{1,3}}(?:[\u3041-\u3093]{{1,3}}[{_HAN}]?){{1,2}}")
# Words that gloss nothing on their own: a gloss's other words are kept without them.
FUNCTION_WORDS = frozenset(
    re.findall(
        r"\S+",
        """a an the to of in on at by for from with without as into onto upon about over under be being been is are was
        were am do does did done have has had one ones some any no not oneself someone something thing things it its
        this that these those his her their our your my and or but if so very much many more most less least such
        other another each every all both either neither own self up down out off again also etc e g i.e eg vs should
        would could can may might must will shall""",
    )
)
WORD = re.compile(r"[a-z]+")


def build(db_path: Path, okurigana: bool = True) -> list[tuple[str, tuple[str, ...]]]:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    marks = ",".join("?" * len(COMMON))
    forms = db.execute(
        f"SELECT DISTINCT k.idseq, k.text FROM Kanji k JOIN KJP p ON p.kid = k.ID WHERE p.text IN ({marks})", COMMON
    ).fetchall()
    glosses: dict[int, list[list[str]]] = defaultdict(list)
    for idseq, sense, text in db.execute(
        "SELECT s.idseq, s.ID, g.text FROM Sense s JOIN SenseGloss g ON g.sid = s.ID ORDER BY s.idseq, s.ID"
    ):
        senses = glosses[idseq]
        if not senses or senses[-1][0] != str(sense):
            senses.append([str(sense)])
        senses[-1].append(text)
    table: dict[str, list[str]] = {}
    for idseq, form in forms:
        if not KANJI.fullmatch(form) and not (okurigana and OKURIGANA.fullmatch(form) and len(form) <= MAX_FORM):
            continue
        stems = table.setdefault(form, [])
        for sense in glosses.get(idseq, [])[:SENSES]:
            for gloss in sense[1:]:
                plain = re.sub(r"\([^)]*\)", " ", gloss.lower()).removeprefix("to ").strip()
                words = WORD.findall(plain)
                if not words or len(words) > GLOSS_WORDS:
                    continue
                for word in words:
                    found = stem(word)
                    if word not in FUNCTION_WORDS and len(found) >= MIN_STEM and found not in stems:
                        stems.append(found)
    # A stem glossing too many kanji words says nothing; counted over the kanji words alone, so that the words with
    # kana endings add rows without taking stems from the kanji words (they lose the same stems themselves).
    spread: dict[str, int] = defaultdict(int)
    for form, stems in table.items():
        if KANJI.fullmatch(form):
            for found in stems[:STEMS]:
                spread[found] += 1
    rows = []
    for form, stems in sorted(table.items()):
        kept = tuple(found for found in stems[:STEMS] if spread[found] <= MAX_WORDS_PER_STEM)
        if kept:
            rows.append((form, kept))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--jamdict-db", type=Path, required=True, help="jamdict_data/jamdict.db of jamdict-data")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build(args.jamdict_db)
    header = (
        "# Common Japanese words in kanji and the stems of their English glosses, for the aligner's and the omission\n"
        "# check's content-word anchors (auditor/analysis/dictionary.py). Derived from JMdict (EDRDG, CC BY-SA 4.0;\n"
        "# see anchor_words.LICENSE) by tools/build_anchor_dictionary.py; do not edit by hand, rebuild.\n"
        "# Columns:\n"
        "#   japanese  a word marked common in JMdict: 2 to 4 kanji, or kanji with kana endings (6 at most)\n"
        "#   english   stems of its short English glosses (auditor.analysis.dictionary.stem), |-separated\n"
        "japanese\tenglish\n"
    )
    body = "".join(f"{form}\t{'|'.join(stems)}\n" for form, stems in rows)
    args.out.write_text(header + body, encoding="utf-8")
    print(f"{len(rows)} words, {len(header + body.encode('utf-8').decode()):,} characters → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

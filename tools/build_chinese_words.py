#!/usr/bin/env python3
"""Build ``auditor/lexicons/ja/chinese_words.tsv``: Chinese words written only in characters Japanese has too that
are not Japanese words (空投, 然而, 双重), for the rule ``language.untranslated``.

    python tools/build_chinese_words.py --jieba-dict PATH/jieba/dict.txt --jamdict-db PATH/jamdict.db [--check]

Run at build time only. Data:
- Chinese: the dictionary of jieba 0.42.1 (``jieba/dict.txt`` of the sdist, ``pip download jieba --no-deps``; MIT,
  Copyright (c) 2013 Sun Junyi): 349,046 words of simplified Chinese, each with a frequency. jieba is not a
  dependency of the auditor: only this derived table ships (see ``chinese_words.LICENSE``);
- Japanese, as filters only (no word of them is written to the table): JMdict's kanji forms (jamdict-data 1.5:
  JMdict 1.08, the SQLite file the other tools/ read) and IPAdic through MeCab (auditor/analysis/morph.py).

A word is kept when
- it is two Han characters or more, each in JIS X 0208 (the ``iso2022_jp`` codec): a word a Japanese page could
  print, which ``chinese_markers.tsv`` (characters no Japanese set holds) cannot see;
- jieba counts it ``MIN_FREQUENCY`` times or more: a word of running Chinese text, not one of the dictionary's
  rare compounds (右耳 52: a Japanese word JMdict lacks);
- jieba does not tag it as a name (``NAME_TAGS``: 珠海, 渤海): names are written alike in both languages;
- no kanji form of JMdict is the word, and IPAdic does not read it as one known word: not a Japanese word;
- IPAdic reads it with a piece of one character (空 | 投): a word IPAdic reads as Japanese words of two
  characters or more only (日本 | 政府) is a Japanese compound, which Japanese writes as freely as Chinese does;
- IPAdic reads no piece of it as a numeral, a suffix, a name, a verb or an adjective: Japanese builds such words
  itself (万台: a number and its counter; 文化界: a suffix; 出迎: a verb's stem).

Each word's ``key`` is its character that Japanese writes least, with ``japanese``, how often per million characters,
counted on the Japanese side tools/build_chinese_markers.py counts (WMT en-ja system outputs, 1.16 million
characters; the human references left out, so that bench/fp_references.py measures the table). The rule scans every
article for the rare keys only (a key Japanese writes often would stop its scan in every article: 空投's 投, 303
per million) and reads every run of kanji only on a page that shows Chinese already.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "tools"))

from build_chinese_markers import JAPANESE_TEXT, _texts  # noqa: E402

from auditor.analysis.morph import Token, tokens  # noqa: E402
from auditor.eval.corpus import find_eval_data  # noqa: E402

OUT = ROOT / "auditor" / "lexicons" / "ja" / "chinese_words.tsv"
MIN_FREQUENCY = 100  # jieba's count: a word of running Chinese text (空投 269), not a rare entry (右耳 52)
NAME_TAGS = frozenset(("nr", "nrfg", "nrt", "ns", "nt", "nz"))  # jieba's tags of names: people, places, bodies
HEADER = f"""\
# Chinese words written only in characters of JIS X 0208 that are not Japanese words: from the dictionary of
# jieba 0.42.1 (MIT, Copyright (c) 2013 Sun Junyi; see chinese_words.LICENSE), words of two Han characters or
# more counted {MIN_FREQUENCY} times or more there and not tagged as names, less every kanji form of JMdict, every word
# IPAdic knows as one token or reads as Japanese words of two characters or more only (日本政府), and every word
# IPAdic reads with a numeral, a suffix, a name, a verb or an adjective. `frequency`: jieba's count; `key`: the
# word's character that Japanese writes least, `japanese`: how often, per million characters (WMT en-ja system
# outputs): the rule scans every article for the rare keys only.
# Built by tools/build_chinese_words.py; do not edit by hand.
word\tfrequency\tkey\tjapanese
"""


def _jis(word: str) -> bool:
    try:
        word.encode("iso2022_jp")
    except UnicodeEncodeError:
        return False
    return True


def _han(word: str) -> bool:
    return len(word) >= 2 and all("\u4e00" <= char <= "\u9fff" for char in word)


def _japanese_grammar(piece: Token) -> bool:
    """True for a piece IPAdic reads as Japanese grammar builds words with: a numeral (万台, 二条), a suffix (文化界,
    李氏), a name (中国外交部), a verb or an adjective (出迎え, 得る)."""
    return piece.pos1 in ("数", "接尾", "固有名詞") or piece.pos in ("動詞", "形容詞")


def japanese_counts() -> tuple[Counter[str], int]:
    """How often each character occurs on the Japanese side that tools/build_chinese_markers.py counts (the WMT en-ja
    system outputs; the human references are left out, as there), and the characters in all."""
    eval_data = find_eval_data()
    if eval_data is None:
        sys.exit("no eval-data folder (../shared/eval-data or $AUDITOR_EVAL_DATA): nothing to count")
    counts: Counter[str] = Counter()
    for text in _texts(eval_data, JAPANESE_TEXT):
        counts.update(text)
    return counts, sum(counts.values())


def build(jieba_dict: Path, jamdict_db: Path) -> list[tuple[str, int, str, int]]:
    counts, total = japanese_counts()
    db = sqlite3.connect(f"file:{jamdict_db}?mode=ro", uri=True)
    jmdict = frozenset(text for (text,) in db.execute("select text from Kanji"))
    rows: list[tuple[str, int]] = []
    for line in jieba_dict.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        word, frequency, tag = parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""
        if frequency < MIN_FREQUENCY or not _han(word) or not _jis(word) or word in jmdict:
            continue
        if tag in NAME_TAGS:
            continue  # a name: written alike in both languages (珠海, 渤海)
        pieces = tokens(word)
        if len(pieces) == 1 and pieces[0].known:
            continue  # one Japanese word
        if all(piece.end - piece.start >= 2 and piece.known for piece in pieces):
            continue  # a compound of Japanese words
        if any(_japanese_grammar(piece) for piece in pieces):
            continue  # a Japanese construction: a number and its counter (万台), a suffix (文化界), a verb's stem
        key = min(word, key=lambda char: counts[char])  # the character Japanese writes least, first of equals
        rows.append((word, frequency, key, round(counts[key] * 1_000_000 / total)))
    return sorted(rows, key=lambda row: (-row[1], row[0]))


def render(rows: list[tuple[str, int, str, int]]) -> str:
    return HEADER + "".join(f"{word}\t{frequency}\t{key}\t{japanese}\n" for word, frequency, key, japanese in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jieba-dict", type=Path, required=True, help="jieba/dict.txt of the jieba sdist")
    parser.add_argument("--jamdict-db", type=Path, required=True, help="jamdict_data/jamdict.db of jamdict-data")
    parser.add_argument("--check", action="store_true", help="fail when the shipped table differs")
    args = parser.parse_args()
    text = render(build(args.jieba_dict, args.jamdict_db))
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date: run tools/build_chinese_words.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {text.count(chr(10)) - HEADER.count(chr(10))} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build ``auditor/lexicons/ja/chinese_markers.tsv``: Han characters of Chinese's standard character sets that
Japanese's does not hold, for the rule ``language.untranslated`` (a kana-free sentence with two or more of them is
Chinese, not Japanese); and ``chinese_pairs.tsv``: pairs of Han characters Japanese writes too that Chinese text
joins and Japanese text does not (究竟是什麼: 竟是, 是什), for a Chinese phrase whose characters are all Japanese ones.

    python tools/build_chinese_markers.py [--check]

Data: the character sets of Python's own codecs (the standard library; no download, no licence beyond Python's):
- Chinese: the common tier of each standard, as the standard itself orders it: GB 2312 level 1 (``gb2312`` bytes
  B0A1–D7F9: the 3,755 most used hanzi of simplified Chinese, ~99.7 % of running text) and Big5's frequently used
  characters (``big5`` bytes A440–C67E: 5,401 hanzi of traditional Chinese). Their rarer tiers add thousands of
  characters that seldom occur, and a character class of them takes milliseconds more to compile at start-up;
- Japanese: Windows-31J (``cp932``: JIS X 0208 with the NEC and IBM extensions, the set Japanese web and news text is
  written in) and EUC-JIS-2004 (``euc_jis_2004``: JIS X 0213, the extended set, with the rarer kanji of names).

A character is kept when a Chinese set holds it and neither Japanese set does: 这 们 说 (simplified forms), 說 (a
traditional form Japanese writes 説). Characters both write (的, 是, 在, and the traditional forms JIS keeps: 國,
這) are not markers: they say nothing about the language of a sentence.

Pairs (``chinese_pairs.tsv``), counted in the WMT24 English→Chinese and English→Japanese test sets (research data read
from ``../shared/eval-data`` or ``$AUDITOR_EVAL_DATA``; WMT's terms: research use; only counts of character pairs are
kept, no text): two adjacent Han characters of one Han run, both in cp932 (pairs with a marker are the markers' job),
kept when the Chinese side (the en-zh reference and its four system outputs) joins them ``MIN_CHINESE`` times or
more and the Japanese side never does: the en-ja system outputs of WMT24 and WMT23 and the WMT22 QE en-ja output
(about 2.4 million characters). The Japanese human references are left out on purpose: bench/fp_references.py
audits them, and a table built from them could not be measured there. Left out too: a pair IPAdic reads as one
known word (智能, 主席: Japanese words, whatever their frequency), a pair with 的 (Japanese's suffix -teki joins any
Sino-Japanese noun to the next one: 発展的共感) and a pair with a kanji numeral (二十二年, 第五章: numbers are
written alike in both languages).

Frequent characters (``chinese_frequent.tsv``): the characters of those pairs that the Chinese side writes at least
``MIN_CHINESE_CHARS`` times and ``FREQUENCY_RATIO`` times as often as the Japanese side (per character of text, the
Japanese count plus one): 是, 什, 这 … A Chinese phrase is looked for only around them, so that the rule does not
read every kanji of a Japanese article (one class scan, shared with the markers').
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "auditor" / "lexicons" / "ja" / "chinese_markers.tsv"
PAIRS_OUT = ROOT / "auditor" / "lexicons" / "ja" / "chinese_pairs.tsv"
FREQUENT_OUT = ROOT / "auditor" / "lexicons" / "ja" / "chinese_frequent.tsv"
MIN_CHINESE = 3  # times the Chinese side joins a pair: once or twice is a name or an accident of one document
# (folder, file-name patterns) of each side, under the eval-data folder
CHINESE_TEXT = (("wmt24/en-zh", ("ref.refA.zh.txt", "sys/*.zh.txt")),)
JAPANESE_TEXT = (
    ("wmt24/en-ja", ("sys/*.ja.txt",)),
    ("wmt23/en-ja", ("sys/*.ja.txt",)),
    ("wmt22-qe/en-ja", ("test.2022.mt",)),
)
MIN_CHINESE_CHARS = 20  # a character seen fewer times on the Chinese side says too little about its frequency
FREQUENCY_RATIO = 50  # how much more often, per character of text, Chinese writes a frequent character than Japanese
_HAN_RUN = "[\u4e00-\u9fff]+"
_NUMERALS = "〇一二三四五六七八九十百千万億兆"
# (codec, name, first and last byte sequence of the common tier)
CHINESE = (
    ("gb2312", "GB 2312 level 1 (simplified Chinese)", b"\xb0\xa1", b"\xd7\xf9"),
    ("big5", "Big5 frequently used (traditional Chinese)", b"\xa4\x40", b"\xc6\x7e"),
)
JAPANESE = ("cp932", "euc_jis_2004")
PER_ROW = 80  # characters per row, so that a diff of the table stays readable


def _encoded(char: str, codec: str) -> bytes | None:
    try:
        return char.encode(codec)
    except UnicodeEncodeError:
        return None


def markers() -> list[tuple[str, str]]:
    """(characters, note) rows: for each Chinese set, its Han characters that no Japanese set holds."""
    han = [chr(code) for code in range(0x4E00, 0xA000)]  # CJK Unified Ideographs: the sets' Han lie here
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for codec, name, first, last in CHINESE:
        chars = []
        for char in han:
            encoded = _encoded(char, codec)
            if char in seen or encoded is None or not first <= encoded <= last:
                continue
            if all(_encoded(char, ja) is None for ja in JAPANESE):
                chars.append(char)
        seen.update(chars)
        for at in range(0, len(chars), PER_ROW):
            rows.append(("".join(chars[at : at + PER_ROW]), f"in {name}, in neither cp932 nor euc_jis_2004"))
    return rows


def _texts(eval_data: Path, sides: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    texts = []
    for folder, patterns in sides:
        paths = sorted(path for pattern in patterns for path in (eval_data / folder).glob(pattern))
        if not paths:
            raise FileNotFoundError(f"no {patterns} under {eval_data / folder}")
        texts.extend(path.read_text(encoding="utf-8") for path in paths)
    return texts


def _pair_counts(texts: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    han = re.compile(_HAN_RUN)
    for text in texts:
        for run in han.findall(text):
            counts.update(run[at : at + 2] for at in range(len(run) - 1))
    return counts


def pairs(eval_data: Path) -> list[tuple[str, int]]:
    """(pair, times the Chinese side joins it) for the pairs Chinese joins and Japanese does not, most joined first."""
    sys.path.insert(0, str(ROOT))
    from auditor.analysis.morph import tokens

    chinese = _pair_counts(_texts(eval_data, CHINESE_TEXT))
    japanese = _pair_counts(_texts(eval_data, JAPANESE_TEXT))

    def japanese_letters(pair: str) -> bool:
        return all(_encoded(char, "cp932") is not None for char in pair)

    def one_word(pair: str) -> bool:
        words = tokens(pair)
        return len(words) == 1 and words[0].known

    kept = [
        (pair, count)
        for pair, count in chinese.items()
        if count >= MIN_CHINESE
        and not japanese[pair]
        and japanese_letters(pair)
        and "的" not in pair
        and not any(char in _NUMERALS for char in pair)
        and not one_word(pair)
    ]
    return sorted(kept, key=lambda item: (-item[1], item[0]))


def render_pairs(eval_data: Path) -> str:
    header = (
        "# Pairs of Han characters (both in cp932) that Chinese text joins and Japanese text does not: joined\n"
        f"# {MIN_CHINESE}+ times in the WMT24 en-zh reference and system outputs, never in the en-ja system\n"
        "# outputs of WMT24, WMT23 and WMT22 QE; no IPAdic word, no 的, no kanji numeral. `chinese` is the count\n"
        "# on the Chinese side. Counts only, no text (WMT test sets: research use).\n"
        "# Built by tools/build_chinese_markers.py; do not edit by hand.\n"
    )
    lines = [header + "pair\tchinese"] + [f"{pair}\t{count}" for pair, count in pairs(eval_data)]
    return "\n".join(lines) + "\n"


def frequent(eval_data: Path, kept: list[tuple[str, int]]) -> list[tuple[str, int, int]]:
    """(character, Chinese count, Japanese count) of the pairs' characters Chinese writes far more often."""
    chinese_texts, japanese_texts = _texts(eval_data, CHINESE_TEXT), _texts(eval_data, JAPANESE_TEXT)
    chinese, japanese = Counter("".join(chinese_texts)), Counter("".join(japanese_texts))
    chinese_total, japanese_total = sum(map(len, chinese_texts)), sum(map(len, japanese_texts))
    chars = {char for pair, _ in kept for char in pair}
    found = [
        (char, chinese[char], japanese[char])
        for char in chars
        if chinese[char] >= MIN_CHINESE_CHARS
        and chinese[char] / chinese_total >= FREQUENCY_RATIO * (japanese[char] + 1) / japanese_total
    ]
    return sorted(found, key=lambda item: (-item[1], item[0]))


def render_frequent(eval_data: Path) -> str:
    header = (
        f"# Han characters of chinese_pairs.tsv that the Chinese side writes {MIN_CHINESE_CHARS}+ times, and "
        f"{FREQUENCY_RATIO} times as\n"
        "# often as the Japanese side per character of text (+1 on the Japanese count). The same data as\n"
        "# chinese_pairs.tsv; counts only. Built by tools/build_chinese_markers.py; do not edit by hand.\n"
    )
    rows = [f"{char}\t{chinese}\t{japanese}" for char, chinese, japanese in frequent(eval_data, pairs(eval_data))]
    return "\n".join([header + "char\tchinese\tjapanese", *rows]) + "\n"


def render() -> str:
    header = (
        "# Han characters that mark a sentence as Chinese: held by a Chinese character set's common tier (GB 2312\n"
        "# level 1, Big5 frequently used) and by neither Japanese one (cp932: JIS X 0208 with the NEC/IBM\n"
        "# extensions; euc_jis_2004: JIS X 0213), as Python's codecs hold them.\n"
        "# Built by tools/build_chinese_markers.py; do not edit by hand.\n"
    )
    lines = [header + "chars\tnote"] + [f"{chars}\t{note}" for chars, note in markers()]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed table differs")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from auditor.eval.corpus import find_eval_data

    eval_data = find_eval_data(ROOT)
    outputs = [(OUT, render())]
    if eval_data is not None:
        outputs += [(PAIRS_OUT, render_pairs(eval_data)), (FREQUENT_OUT, render_frequent(eval_data))]
    else:
        print("no eval data (../shared/eval-data): the pair tables left as they are", file=sys.stderr)
    if args.check:
        stale = [path for path, text in outputs if path.read_text(encoding="utf-8") != text]
        for path in stale:
            print(f"{path} is out of date: run tools/build_chinese_markers.py", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs:
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

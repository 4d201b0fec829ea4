#!/usr/bin/env python3
"""Build ``auditor/lexicons/ja/chinese_markers.tsv``: Han characters of Chinese's standard character sets that
Japanese's does not hold, for the rule ``language.untranslated`` (a kana-free sentence with two or more of them is
Chinese, not Japanese).

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
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "auditor" / "lexicons" / "ja" / "chinese_markers.tsv"
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
    text = render()
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date: run tools/build_chinese_markers.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}: {sum(len(chars) for chars, _ in markers())} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())

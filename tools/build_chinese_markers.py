#!/usr/bin/env python3
"""Build ``auditor/lexicons/ja/chinese_markers.tsv``: Han characters of Chinese's standard character sets that
Japanese's does not hold, for the rule ``language.untranslated`` (a kana-free sentence with two or more of them is
Chinese, not Japanese).

    python tools/build_chinese_markers.py [--check]

Data: the character sets of Python's own codecs (the standard library; no download, no licence beyond Python's):
- Chinese: GB 2312 (``gb2312``: the 6,763 hanzi of simplified Chinese's national standard) and Big5 (``big5``: the
  13,060 hanzi of traditional Chinese's de-facto standard);
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
CHINESE = (("gb2312", "GB 2312 (simplified Chinese)"), ("big5", "Big5 (traditional Chinese)"))
JAPANESE = ("cp932", "euc_jis_2004")
PER_ROW = 80  # characters per row, so that a diff of the table stays readable


def _encodes(char: str, codec: str) -> bool:
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def markers() -> list[tuple[str, str]]:
    """(characters, note) rows: for each Chinese set, its Han characters that no Japanese set holds."""
    han = [chr(code) for code in range(0x4E00, 0xA000)]  # CJK Unified Ideographs: the sets' Han lie here
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for codec, name in CHINESE:
        chars = [
            char
            for char in han
            if char not in seen and _encodes(char, codec) and not any(_encodes(char, ja) for ja in JAPANESE)
        ]
        seen.update(chars)
        for at in range(0, len(chars), PER_ROW):
            rows.append(("".join(chars[at : at + PER_ROW]), f"in {name}, in neither cp932 nor euc_jis_2004"))
    return rows


def render() -> str:
    header = (
        "# Han characters that mark a sentence as Chinese: held by a Chinese character set (GB 2312, Big5) and by\n"
        "# neither Japanese one (cp932: JIS X 0208 with the NEC/IBM extensions; euc_jis_2004: JIS X 0213), as\n"
        f"# Python {sys.version_info.major}.{sys.version_info.minor}'s codecs hold them. Built by "
        "tools/build_chinese_markers.py; do not edit by hand.\n"
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

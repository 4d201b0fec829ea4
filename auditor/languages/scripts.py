"""Character classes shared by the segmenter and the rules.

Each constant is the inside of a regex character class (no brackets), so that
rules can combine them: ``f"[{KANA}{KANJI}]"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

HIRAGANA = "\u3041-\u309f"
KATAKANA = "\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f"
# Katakana that can start a word (not the long-vowel mark ー or the middle dot ・).
KATAKANA_START = "\u30a1-\u30fa\u31f0-\u31ff\uff66-\uff9d"
KANA = HIRAGANA + KATAKANA
KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005-\u3007"
# Ideographic punctuation and the full-width forms of ASCII punctuation.
JA_PUNCT = "\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
# Letters and punctuation that make a stretch of text "Japanese prose".
JA = KANA + KANJI + JA_PUNCT
FULLWIDTH_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")  # half- and full-width digits, for `in` tests
HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
CYRILLIC = "\u0400-\u04ff"
LATIN_LETTER = "A-Za-z\u00c0-\u024f"
ARABIC = "\u0600-\u06ff"
THAI = "\u0e00-\u0e7f"
# Every Latin letter any of those patterns starts with: ASCII, accented (Latin-1 to Latin Extended-B, with × and ÷
# that one class holds) and full-width.
LATIN_LETTERS = "A-Za-z\u00c0-\u024f\uff21-\uff3a\uff41-\uff5a"
# The letters of each script named in lexicons/common/languages.tsv.
SCRIPT_LETTERS = {
    "latin": LATIN_LETTER,
    "hangul": HANGUL,
    "cyrillic": CYRILLIC,
    "arabic": ARABIC,
    "thai": THAI,
    "kana": KANA + KANJI,
    "han": KANJI,
    "han-simplified": KANJI,
}

HAS_KANA = re.compile(f"[{KANA}]")
HAS_JA = re.compile(f"[{KANA}{KANJI}]")
IS_JA_CHAR = re.compile(f"[{JA}]")


def is_ja_char(char: str) -> bool:
    """True for kana, kanji and Japanese punctuation."""
    return bool(char) and IS_JA_CHAR.match(char) is not None


@cache
def lazy_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` once per process, on first use: for the patterns that only some articles need
    (a class of kanji costs Python's re 1-2.5 ms to compile, at every start of the auditor)."""
    return re.compile(source, flags)


def matches_at(pattern: re.Pattern[str], text: str, positions: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can start only at ``positions`` (in order): the match at each,
    skipping those inside the previous match, as finditer does."""
    after = 0
    for at in positions:
        if at < after:
            continue
        match = pattern.match(text, at)
        if match is not None:
            after = match.end()
            yield match

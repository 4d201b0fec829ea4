"""Content words by dictionary: which English words of a source sentence a Japanese sentence renders.

``ja/anchor_words.tsv`` (derived from JMdict by tools/build_anchor_dictionary.py) lists common Japanese words
written in kanji (投資家, 承認, 規制) or in kanji with kana endings (強み, 厳しい) with the English words that gloss
them, each reduced to a stem by ``stem`` (the Snowball English stemmer: investor, approv, regul). A Japanese text
renders an English word when one of its words has that stem among its glosses: a kanji word is any 2 to 4 kanji
inside a run of kanji, a word with kana endings is found by its dictionary form (MeCab's: 厳しく is 厳しい). Only
bilingual audits load the table, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from auditor.analysis.morph import kana_ended_words
from auditor.languages.scripts import HIRAGANA, KANJI
from auditor.lexicons import get_lexicon
from auditor.lexicons.schema import AnchorWordRow

_KANJI_RUN = re.compile(f"[{KANJI}]{{2,}}")
_ENGLISH_WORD = re.compile(r"[A-Za-z][a-z]+(?:'[a-z]+)?|[A-Z]{2,}(?![a-z])")
MIN_STEM = 3  # a stem shorter than this (a word of two letters, "as" from "ass") matches too much
MAX_RUN = 4  # kanji words of the table have 2 to 4 characters


def stem(word: str) -> str:
    """The stem of an English word, lower-cased, by the Snowball (Porter 2) English stemmer: investors → investor,
    approved → approv, regulations → regul; note and not, news and new stay apart."""
    return _stemmer().stemWord(word.lower().removesuffix("'s"))


@cache
def _stemmer() -> Any:
    import snowballstemmer  # BSD-3-Clause; only bilingual audits and the table's build stem English

    return snowballstemmer.stemmer("english")


def english_stems(text: str) -> set[str]:
    """The stems of the words of ``text`` that the table knows (ALL-CAPS acronyms excluded). An agent noun the table
    does not know counts as its verb (investors: invest), as Japanese writes it with a suffix the table's word lacks
    (投資家: 投資 and 家; JMdict marks few such compounds common)."""
    known = _table()[1]
    seen = _STEMMED
    out = set()
    for word in _ENGLISH_WORD.findall(text):
        found = seen.get(word)
        if found is None:
            found = "" if word.isupper() else stem(word)
            if found not in known and found.endswith(_AGENT) and found[:-2] in known and len(found) - 2 >= MIN_STEM:
                found = found[:-2]
            seen[word] = found
            if len(seen) > _STEMMED_MAX:
                seen.clear()
        if found in known:
            out.add(found)
    return out


_AGENT = ("or", "er")


_STEMMED: dict[str, str] = {}  # word → stem ("" for an acronym): news repeats its words
_STEMMED_MAX = 200_000


def japanese_stems(text: str) -> set[str]:
    """The English stems that the kanji words of ``text`` are glossed with."""
    return {found for _, _, stems in japanese_words(text) for found in stems}


def japanese_words(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, English stems) of each word of the table found in ``text``: every 2 to 4 kanji inside a run of
    kanji, longest first at each position, a word inside a longer found word left out; then the words with kana
    endings (強みを, 厳しく, 引き上げた), by their dictionary form as MeCab reads it, outside the words found."""
    table = _table()[0]
    out = []
    for match in _KANJI_RUN.finditer(text):
        run, base = match.group(), match.start()
        covered = 0
        for start in range(len(run) - 1):
            for length in range(min(MAX_RUN, len(run) - start), 1, -1):
                stems = table.get(run[start : start + length])
                if stems is not None:
                    if start + length > covered:
                        out.append((base + start, base + start + length, stems))
                        covered = start + length
                    break
    if _KANA_ENDING.search(text):
        found = [(start, end) for start, end, _ in out]
        for start, end, form in kana_ended_words(text):
            stems = table.get(form)
            if stems is not None and not _inside(found, start, end):
                out.append((start, end, stems))
    return out


_KANA_ENDING = re.compile(f"[{KANJI}][{HIRAGANA}]")


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def rendered(stems: Iterable[str], japanese: set[str]) -> set[str]:
    """The stems of ``stems`` that ``japanese`` (a set from ``japanese_stems``) renders."""
    return {found for found in stems if found in japanese}


@cache
def _table() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Japanese word → its English stems, and every stem."""
    table = {row.japanese: frozenset(row.english) for row in get_lexicon("ja").table(AnchorWordRow)}
    return table, frozenset(found for stems in table.values() for found in stems)

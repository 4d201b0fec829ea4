"""Runs of one script found once per article, for the rules whose patterns start there.

Several rules scan the whole text with a pattern that starts with a Latin letter not preceded by a letter (a Latin
name, a run of English words). Each such scan reads every character of a Japanese article that holds a few dozen
Latin letters; one scan for the runs of Latin letters (``latin_runs``) finds where all of them may start, and each
pattern is then matched only there (``matches_at``), with the same matches as its own ``finditer``.
"""

from __future__ import annotations

import operator
import re
from functools import cache

from auditor.analysis.context import Analysis
from auditor.analysis.foreign import capitals_and_scanned, shares_latin_runs
from auditor.document import offsets_of
from auditor.languages.scripts import KANJI, KATAKANA, KATAKANA_START

# Defined with the script classes, where foreign (which this module reads the Latin runs from) finds them too; the
# rules still import them from here.
from auditor.languages.scripts import LATIN_LETTERS as LATIN_LETTERS
from auditor.languages.scripts import matches_at as matches_at

_LATIN = re.compile(f"[{LATIN_LETTERS}][{LATIN_LETTERS}]*+")  # one class first: re scans for it in C


# A katakana word, with a glued Latin tail of one or two capitals or digits (スペースX, ファルコン9, オープンAI); not a
# handle, hashtag or cashtag (@エロンムスク). The tail is possessive: a third capital or digit fails it however it is
# cut, so re need not try it shorter.
_WORD_BEFORE = f"(?<![@＠#＃$＄{KATAKANA}].)"  # after the word's first character: what may not stand before it
_WORD_REST = rf"[{KATAKANA}]*(?<![・･])(?:[A-Z0-9]{{1,2}}+(?![A-Za-z0-9]))?+"
KATAKANA_WORD = re.compile(f"[{KATAKANA_START}]{_WORD_BEFORE}{_WORD_REST}")

# A katakana name as name_forms reads it: katakana words joined by ・ (full-width, none starting with ー), and the
# kanji fused after them (ジョンソン氏, ブリッジ火災).
_NAME_REST = f"[\u30a1-\u30fa\u30fc]*+(?:\u30fb[\u30a1-\u30fa\u30fc]++)*+[{KANJI}]*+"
KATAKANA_NAME = re.compile(f"[\u30a1-\u30fa]{_NAME_REST}")

# Both in one scan (a scan of a 3,000-character article for a class costs ~0.15 M instructions however little it
# finds): a match is a name (group 1), or one half-width or small katakana, which no name starts with. A word starts
# only after a character that is no katakana, so never inside a name: where it starts with a name, group 2 is the
# word, matched from the name's first character by a look-ahead inside a look-behind of that one character. Every
# word starts with a name as long as none starts with a half-width or small katakana.
_KATAKANA_SCAN = re.compile(f"([{KATAKANA_START}](?:{_WORD_BEFORE}(?<=(?=(.{_WORD_REST})).))?{_NAME_REST})")
_NAME_START_LAST = "\u30fa"
_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)


def _katakana_scan(analysis: Analysis) -> tuple[list[str], frozenset[str]]:
    text = analysis.text
    found = _KATAKANA_SCAN.findall(text)
    if not found:
        return [], frozenset()
    names = frozenset(map(_FIRST, found))
    if max(names)[0] > _NAME_START_LAST:  # a half-width or small katakana starts a word (rare): a scan for each
        return list(dict.fromkeys(KATAKANA_WORD.findall(text))), frozenset(KATAKANA_NAME.findall(text))
    words = dict.fromkeys(map(_SECOND, found))
    words.pop("", None)  # the names no word starts with
    return list(words), names


def katakana_words(analysis: Analysis) -> list[str]:
    """The article's katakana words (``KATAKANA_WORD``), each once, in text order, found once per article for the
    rules that read them (terminology.spelling-variants, the loan doublets), in one scan with the katakana names
    (``katakana_names``)."""
    return analysis.memo(_katakana_scan)[0]


def katakana_names(analysis: Analysis) -> frozenset[str]:
    """The article's katakana names (``KATAKANA_NAME``: katakana words joined by ・, each with the kanji right after
    it), found once per article in one scan with the katakana words (``name_forms.name_runs``)."""
    return analysis.memo(_katakana_scan)[1]


def _latin_runs(analysis: Analysis) -> list[tuple[int, int]]:
    if shares_latin_runs(analysis.lexicon):
        runs = analysis.memo(capitals_and_scanned)[2]
        assert runs is not None
        return runs
    return [match.span() for match in _LATIN.finditer(analysis.text)]


def latin_runs(analysis: Analysis) -> list[tuple[int, int]]:
    """(start, end) of each maximal run of ``LATIN_LETTERS`` in the analysed text, in order, computed once: in a
    language written with Han, by the scan language.untranslated makes for capitals and other scripts' letters
    (``foreign.capitals_and_scanned``), which reads the runs whole: one scan of the text for both."""
    return analysis.memo(_latin_runs)


@cache
def _letter_set(letters: str) -> frozenset[str]:
    """The characters of a class's ranges (``A-Za-z...``: ranges only, no escapes), built on first need."""
    ranges = (range(ord(letters[at]), ord(letters[at + 2]) + 1) for at in range(0, len(letters), 3))
    return frozenset(chr(code) for codes in ranges for code in codes)


def _starts(analysis: Analysis, letters: str) -> list[int]:
    text = analysis.text
    starts = []
    for start, end in latin_runs(analysis):
        if text[start:end].isascii():  # every ASCII letter is in each class: only the run's start
            starts.append(start)
            continue
        chars = _letter_set(letters)
        for at in range(start, end):
            if text[at] in chars and (at == start or text[at - 1] not in chars):
                starts.append(at)
    return starts


def latin_starts(analysis: Analysis, letters: str) -> list[int]:
    """Where a run of ``letters`` starts in the analysed text: a letter of the class not preceded by one, in order.
    ``letters`` is the inside of a character class made of ranges only (``A-Za-z`` and accented ranges), holding
    every ASCII letter and nothing outside ``LATIN_LETTERS``."""
    return analysis.memo(_starts, letters)


def _char_offsets(analysis: Analysis, chars: str) -> list[int]:
    text = analysis.text
    found = [at for char in chars for at in offsets_of(char, text)]
    return sorted(found) if len(chars) > 1 else found


def char_offsets(analysis: Analysis, chars: str) -> list[int]:
    """Where any of ``chars`` stands in the analysed text, in order, computed once: each character found by
    ``str.find``, which hops to the next in C where a pattern's scan reads every character in between (for a pattern
    that starts with a rare character, such as a space in Japanese prose, matched there with ``matches_at``)."""
    return analysis.memo(_char_offsets, chars)

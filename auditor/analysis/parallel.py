"""Parallel lines: a line of English beside the Japanese line that translates it (a bilingual page).

Learner pages, bilingual blogs and translation comparisons set each English sentence beside its Japanese
translation, line by line. Such English is shown on purpose, not left untranslated. A pair is recognised as
sentence aligners do since Gale and Church (1993), by length: a translation's length is proportional to its
original's. The proportion is measured, not guessed: on the WMT23-24 English↔Japanese test sets (4,816 line pairs
of at least 20 English characters; ``tools/measure_length_ratio.py``), the English line has 2.31 times the
characters of its Japanese translation (median), and 95% of the pairs lie within 1.35-4.2 (the 2.5th and 97.5th
percentiles). Translation keeps figures and names, so the Japanese line must hold every figure of the English one,
by value, as each language writes it (19.8 million is 1980万: ``auditor/analysis/quantities.py`` reads both), and
share a word with it (a figure, a word in Latin letters, a katakana rendering of an English word: インターネット for
internet, by consonant skeleton), as cognate-based aligners anchor pairs (Simard, Foster and Isabelle 1992), or
render many of its words as a bilingual dictionary does (JMdict: 部屋 for rooms, 門 for gate), as dictionary-based
aligners do (Moore 2002): ``MIN_COVERAGE`` of its content words.
One pair on a page is chance; a page is bilingual when two or more English lines pair so with their Japanese
neighbours. Its parallel lines are then those and the English lines that pair by length and figures alone (a
sentence with no name or figure in it), as a length-based aligner pairs them once the page alternates.
``facing_sentence`` gives the sentence of a Japanese neighbour that faces an English line, for a neighbour that goes
on past the translation (a caption's translation opens the paragraph below it): language.untranslated asks it too
when it pairs the lines of its own findings.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from auditor.analysis.foreign import dictionary_coverage
from auditor.analysis.quantities import english_numbers, japanese_numbers, round_significant
from auditor.languages.scripts import KANA, KANJI, KATAKANA, lazy_pattern

if TYPE_CHECKING:
    from auditor.analysis.context import Analysis
from auditor.languages.translit import skeleton

RATIO_LOW = 1.35  # English characters per Japanese character: 2.5th percentile of WMT23-24 en-ja line pairs
RATIO_HIGH = 4.2  # 97.5th percentile
MIN_PAIRS = 2  # parallel lines a page needs before any counts: one length match is chance
ANCHORED, BY_LENGTH = 2, 1  # pair_strength of a pair that shares a word or figure, and of one by length alone
MIN_LATIN = 10  # letters a line of English needs
MAX_SKIP = 2  # English lines passed over between an English line and its Japanese neighbour (別訳: a second version)

# A short label opening a line, in brackets: [英訳], 【原文】, (1).
_LABEL = r"[ \t\u3000]*(?:[\[【(（][^\]】)）\n]{1,6}[\]】)）][ \t\u3000]*)?"  # compiled on first use (lazy_pattern)
_OWN = re.compile(f"[{KANA}{KANJI}]")
_LATIN = re.compile("[A-Za-z]")
_WORD = re.compile("[A-Za-z]+")
_KATAKANA_WORD = re.compile(f"[{KATAKANA}]+")
# The share of an English line's content words that the Japanese line renders as JMdict does (foreign.
# dictionary_coverage) from which the two share words as a translation does: on the WMT23-24 English→Japanese line
# pairs, 55% of the translations reach it and 4% of the English lines beside the next line's Japanese
# (tools/measure_dictionary_coverage.py).
MIN_COVERAGE = 0.4
MIN_SKELETON = 2  # consonants a katakana word and an English word must share to be one word rendered

LATIN_LINE, OWN_LINE, _OTHER = 0, 1, 2


def line_kind(line: str) -> tuple[int, int]:
    """What a non-blank line is (Latin, the article's own script, or neither) and its length in characters."""
    body = line[lazy_pattern(_LABEL).match(line).end() :].strip()  # type: ignore[union-attr]
    own = len(body) - len(_OWN.sub("", body))  # the characters of the article's script (no list of each one)
    if not own:
        return (LATIN_LINE, len(body)) if len(body) - len(_LATIN.sub("", body)) >= MIN_LATIN else (_OTHER, 0)
    visible = len(body) - body.count(" ") - body.count("\u3000")
    return (OWN_LINE, visible) if own * 2 >= visible else (_OTHER, 0)


def english_figures(line: str) -> list[set[float]]:
    """The values each figure of an English line may stand for (19.8 million: 19,800,000; a date: its parts)."""
    return [{_key(value) for value in mention.values} for mention in english_numbers(line) if not mention.loose]


def japanese_figures(line: str) -> set[float]:
    """Every value a figure of a Japanese line stands for (1980万: 19,800,000)."""
    return {_key(value) for mention in japanese_numbers(line) for value in mention.values}


def _key(value: float) -> float:
    return round_significant(value, 9)  # 19.8 × 10⁶ and 1980 × 10⁴ are one figure, whatever the float error


def _anchored(english: str, japanese: str) -> bool:
    """The two lines share what translation keeps: a figure, a word in Latin letters, or a word rendered in katakana
    (インターネット for internet, by consonant skeleton)."""
    theirs = japanese_figures(japanese)
    if any(values & theirs for values in english_figures(english)):
        return True
    words = [word.lower() for word in _WORD.findall(english)]
    if {word for word in words if len(word) >= 3} & {word.lower() for word in _WORD.findall(japanese)}:
        return True
    coverage = dictionary_coverage(english, japanese)
    if coverage is not None and coverage >= MIN_COVERAGE:
        return True
    renderings = {skeleton(word) for word in words}
    renderings.update(skeleton(first + second) for first, second in pairwise(words))
    for match in _KATAKANA_WORD.finditer(japanese):
        for part in match.group().split("・"):
            shape = skeleton(part)
            if len(shape) >= MIN_SKELETON and shape in renderings:
                return True
    return False


def pair_strength(
    english: str,
    japanese: str,
    english_length: int,
    japanese_length: int,
    figures: list[set[float]] | None = None,
    figures_of: Callable[[str], set[float]] | None = None,
) -> int:
    """``ANCHORED`` for a pair that shares a word or a figure, ``BY_LENGTH`` for a pair by length and figures only,
    0 for none. ``figures``: the English line's (``english_figures``), when the caller tries it against many lines;
    ``figures_of``: what reads a Japanese line's figures (``japanese_figures``, or a caller's memo of it)."""
    if not pairs_by_length(english, japanese, english_length, japanese_length, figures, figures_of):
        return 0
    return ANCHORED if _anchored(english, japanese) else BY_LENGTH


def pairs_by_length(
    english: str,
    japanese: str,
    english_length: int,
    japanese_length: int,
    figures: list[set[float]] | None = None,
    figures_of: Callable[[str], set[float]] | None = None,
) -> bool:
    """Whether the two lines may be one text and its translation by their lengths and figures (``pair_strength``
    without asking whether they share a word: what a caller that checks the words itself needs)."""
    if not japanese_length or not RATIO_LOW <= english_length / japanese_length <= RATIO_HIGH:
        return False
    if figures is None:
        figures = english_figures(english)
    if figures:
        theirs = (figures_of or japanese_figures)(japanese)
        if not all(values & theirs for values in figures):
            return False  # a translation keeps the original's quantities, in its own scale words (19.8 million: 1980万)
    return True


_SENTENCE_END = re.compile("[。！？!?]+[」』）)]*")


def facing_sentence(line: str, step: int) -> str:
    """The sentence of a Japanese ``line`` that faces a line of English beside it: its last sentence when the line
    stands before the English (``step`` -1), its first when it stands after (+1). A translation set beside its
    original may open or close a paragraph that goes on: a photo's English caption, then the paragraph whose first
    sentence translates it."""
    ends = [match.end() for match in _SENTENCE_END.finditer(line.rstrip())]
    if len(ends) < 2:
        return line
    return line[ends[-2] :] if step < 0 else line[: ends[0]]


def bilingual_lines(analysis: Analysis) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """``parallel_pairs`` of the analysed text, found once for the rules that ask (``analysis.memo``)."""
    return parallel_pairs(analysis.text)


def parallel_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of English that pair with a Japanese line beside them, on a bilingual page (else [])."""
    return parallel_pairs(text)[0]


def parallel_pairs(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the English lines of a bilingual page that pair with a Japanese line beside them, and the spans
    of those Japanese lines (sorted, each once); two empty lists for any other page."""
    lines: list[tuple[int, int, int, int]] = []  # start, end, kind, length of the non-blank lines
    start = 0
    for line in text.split("\n"):
        if line.strip():
            kind, length = line_kind(line)
            lines.append((start, start + len(line), kind, length))
        start += len(line) + 1
    found: list[tuple[int, int]] = []
    partners: set[tuple[int, int]] = set()
    anchored = 0
    for index, (start, end, kind, length) in enumerate(lines):
        if kind != LATIN_LINE:
            continue
        english = text[start:end]
        best = 0
        partner = (0, 0)
        for step in (-1, 1):
            at = index + step
            skipped = 0
            while 0 <= at < len(lines) and lines[at][2] == LATIN_LINE and skipped < MAX_SKIP:
                at += step
                skipped += 1
            if 0 <= at < len(lines) and lines[at][2] == OWN_LINE:
                other_start, other_end, _, other_length = lines[at]
                paired = pair_strength(english, text[other_start:other_end], length, other_length)
                if paired > best:
                    best, partner = paired, (other_start, other_end)
        if best:
            found.append((start, end))
            partners.add(partner)
            anchored += best == 2
    # Anchored pairs make the page bilingual; on a bilingual page, a line of a translation's length is one more.
    return (found, sorted(partners)) if anchored >= MIN_PAIRS else ([], [])


_NEWLINE = re.compile("\n")
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])")
MIN_LOWER_WORDS = 3  # lower-case words that make a line of Latin letters English prose, not a list of names


class EnglishLines:
    """Which lines of a text are English prose: no kana or kanji, and three lower-case words or more (``Kevin, do you
    want to start?``; not ``Apple Watch Series 10``). A word there is a word of an English sentence, whatever
    punctuation cuts the sentence into runs. Lines are found on the first question and each is read once."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._breaks: list[int] | None = None
        self._known: dict[int, bool] = {}

    def holds(self, position: int) -> bool:
        """Whether ``position`` lies on a line of English prose."""
        text = self._text
        if self._breaks is None:
            self._breaks = [match.start() for match in _NEWLINE.finditer(text)]
        index = bisect_left(self._breaks, position)
        start = self._breaks[index - 1] + 1 if index else 0
        known = self._known.get(start)
        if known is None:
            end = self._breaks[index] if index < len(self._breaks) else len(text)
            known = self._known[start] = (
                _OWN.search(text, start, end) is None and len(_LOWER_WORD.findall(text, start, end)) >= MIN_LOWER_WORDS
            )
        return known

"""A passage quoted with its translation: a paragraph of English beside the Japanese paragraph that translates it.

A translation blog, a news digest of foreign reports or a bilingual notice quotes the original paragraph and gives its
translation right after it (or before it). The English there is shown on purpose, not left untranslated by a machine.
Such a page need not alternate line by line all through (``parallel.py``'s bilingual page), and its translation may
render the original loosely or stop short (a quoted report's translation cut off where the page's text ends), so
length does not decide; what the translation keeps of the original does, as dictionary-based aligners pair sentences
(Moore 2002): its content words rendered as a bilingual dictionary renders them, its figures, and its names.

``translation_evidence`` counts the things of an English passage that a translation keeps, each once: its lower-case
dictionary words (``foreign.english_content_words``), rendered when the Japanese holds one of their JMdict renderings
(``foreign.rendered_words``) or a word of the aligner's anchor dictionary glossed with their stem
(``dictionary.japanese_stems``, ``ja/anchor_words.tsv``); its figures, kept when the Japanese holds the value
(``parallel.english_figures``: 19.8 million is 1980万); and its other capitalised words (names, acronyms, a sentence's
first word), kept when the Japanese writes them in Latin letters (AP, ENENews), in katakana (Helicopter: ヘリコプター,
by a consonant skeleton of three consonants or more, ``translit.skeleton``) or renders them as a common word (Sunday:
日曜日).

``translated_beside`` says whether a line of Latin letters is given with its translation: the nearest non-blank line
before or after it (the same or the neighbouring paragraph) holds kana or kanji, is no longer than a translation of
the whole English line can be (``parallel.RATIO_LOW``: English has 1.35 times the characters of its Japanese
translation or more, 97.5% of WMT23-24 line pairs), and keeps ``MIN_SHARE`` of the things of the line or of one of
its passages (a sentence the rule reports), two different ones at least (one is chance), and every figure of it (a
translation keeps its original's quantities, as ``parallel.pairs_by_length`` asks: a line beside a Japanese line that
changed its figure is reported as before). One passage is enough: the rest of the quoted paragraph is the rest of the
quotation, whatever its translation keeps of it.

Measured on the WMT23-24 English→Japanese test sets (2,925 English lines of 20 characters or more, each tried as a
whole and by its sentences of 20 characters or more; ``tools/measure_quoted_translation.py``), against its own
Japanese line (a translation) and against the next and the previous line's Japanese (a neighbour from the same
article, as a paragraph that machine translation left in English stands beside its neighbours' translations):

    share ≥  translation  next   previous
    0.4      76%          3.0%   3.0%
    0.5      68%          1.9%   1.6%
    0.6      49%          0.7%   0.5%
    0.7      29%          0.2%   0.1%

``MIN_SHARE`` is 0.6: a paragraph left in English is tried against both its neighbours, and at 0.6 about one in 80
passes by chance (one in 30 at 0.5), while half of the translations reach it; a quoted report's first sentences
reach it however short its translation stops.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from auditor.analysis.dictionary import english_stems, japanese_stems
from auditor.analysis.foreign import english_content_words, grammar_words, rendered_words
from auditor.analysis.parallel import RATIO_LOW, english_figures, japanese_figures
from auditor.languages.scripts import HAS_JA, KATAKANA
from auditor.languages.translit import skeleton

MIN_SHARE = 0.6  # of an English passage's words, figures and names, kept by the Japanese beside it (measured above)
MIN_KEPT = 2  # different things kept: one word or one figure in common is chance
MIN_NAME_SKELETON = 3  # consonants a katakana word must share with a capitalised English word to be its rendering

_CAPITALISED = re.compile(r"(?<![A-Za-z\u00c0-\u024f])[A-Z][A-Za-z\u00c0-\u024f'’-]*[A-Za-z]")  # AP, Helicopter
_LATIN_WORD = re.compile(r"[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?")
_KATAKANA_WORD = re.compile(f"[{KATAKANA}]+")


class _Japanese:
    """What a Japanese passage holds that a translation keeps, each read on the first question."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._stems: set[str] | None = None
        self._figures: set[float] | None = None
        self._latin: set[str] | None = None
        self._shapes: set[str] | None = None

    def stems(self) -> set[str]:
        if self._stems is None:
            self._stems = japanese_stems(self.text)
        return self._stems

    def figures(self) -> set[float]:
        if self._figures is None:
            self._figures = japanese_figures(self.text)
        return self._figures

    def latin(self) -> set[str]:
        if self._latin is None:
            self._latin = {word.lower() for word in _LATIN_WORD.findall(self.text)}
        return self._latin

    def shapes(self) -> set[str]:
        if self._shapes is None:
            self._shapes = {
                skeleton(part) for match in _KATAKANA_WORD.finditer(self.text) for part in match.group().split("・")
            }
        return self._shapes


class Evidence(NamedTuple):
    """What ``japanese`` keeps of an English passage (``translation_evidence``)."""

    kept: int  # things kept: dictionary words rendered, figures, names
    total: int  # things of the passage, each once
    lost_figures: int  # figures of the passage that the Japanese does not hold

    def translates(self) -> bool:
        """Whether the Japanese keeps enough of the passage to be its translation: ``MIN_SHARE`` of its things,
        ``MIN_KEPT`` at least, and every figure (a translation keeps its original's quantities)."""
        return self.kept >= MIN_KEPT and self.kept >= MIN_SHARE * self.total and not self.lost_figures


def translation_evidence(english: str, japanese: str | _Japanese) -> Evidence:
    """How many of the things a translation keeps of ``english`` (its dictionary words, figures and capitalised
    words, each once) ``japanese`` holds, of how many, and how many of its figures it lacks."""
    other = japanese if isinstance(japanese, _Japanese) else _Japanese(japanese)
    kept = total = lost = 0
    seen: set[str] = set()
    for word in english_content_words(english):
        key = word.lower()
        if key in seen:
            continue
        seen.add(key)
        total += 1
        if rendered_words([word], other.text) or english_stems(word) & other.stems():
            kept += 1
    for values in english_figures(english):
        total += 1
        if values & other.figures():
            kept += 1
        else:
            lost += 1
    grammar = grammar_words()
    for match in _CAPITALISED.finditer(english):
        word = match.group()
        key = word.lower()
        if key in seen or key in grammar:
            continue
        seen.add(key)
        total += 1
        shape = skeleton(word)
        if (
            key in other.latin()
            or (len(shape) >= MIN_NAME_SKELETON and shape in other.shapes())
            or rendered_words([key], other.text)
            or english_stems(key) & other.stems()
        ):
            kept += 1
    return Evidence(kept, total, lost)


def translated_beside(text: str, start: int, end: int, passages: Iterable[str] = ()) -> bool:
    """Whether the line ``text[start:end]`` (a line of Latin letters) is given with its translation: its nearest
    non-blank line before or after holds kana or kanji, is no longer than the line's translation can be, and keeps
    ``MIN_SHARE`` of the things of the line or of one of ``passages`` (parts of the line), ``MIN_KEPT`` at least."""
    english = text[start:end].strip()
    for japanese in (nearest_line(text, start, -1), nearest_line(text, end, 1)):
        if not HAS_JA.search(japanese):
            continue
        length = len(japanese) - sum(japanese.count(space) for space in " \t\u3000\u00a0\r")
        if len(english) < RATIO_LOW * length:
            continue  # longer than a translation of the whole line: a paragraph of its own
        other = _Japanese(japanese)
        if any(translation_evidence(passage, other).translates() for passage in dict.fromkeys((english, *passages))):
            return True
    return False


def nearest_line(text: str, at: int, step: int) -> str:
    """The nearest line that is not blank before (``step`` -1) the line ``at`` stands on, or after it (+1)."""
    start, end = nearest_bounds(text, at, step)
    return text[start:end]


def nearest_bounds(text: str, at: int, step: int) -> tuple[int, int]:
    """The span of ``nearest_line``; (-1, -1) where there is none."""
    if step < 0:
        end = text.rfind("\n", 0, at)
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            if text[start:end].strip():
                return start, end
            end = start - 1
        return -1, -1
    start = text.find("\n", at)
    while start != -1:
        end = text.find("\n", start + 1)
        end = end if end != -1 else len(text)
        if text[start + 1 : end].strip():
            return start + 1, end
        start = end if end != len(text) else -1
    return -1, -1

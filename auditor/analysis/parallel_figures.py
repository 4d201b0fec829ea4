"""Figures a bilingual page's Japanese lines changed: the English line beside says 30 million, the Japanese 3億.

Some pages set each English sentence beside its Japanese translation, line by line (news sites that publish both,
learner pages, MT showcases). The English line is then the source, on the page itself, and its figures can be
checked as ``source.number-mismatch`` checks an aligned sentence pair (``figure_match``).

Lines are paired as ``auditor.analysis.parallel`` pairs them (Gale and Church's length ratio, measured on WMT en-ja:
an English line has 1.35-4.2 times the characters of its translation; figures compared by value, as the number
readers of ``auditor.analysis.quantities`` read them: 30 million = 3000万), with one difference: a pair need not keep
every figure, since a changed figure is what is looked for here. A page is bilingual when two English lines or more
share a figure with the Japanese line beside them, all on the same side (before or after): one such pair is chance.
On such a page, every English line with a figure is paired with its Japanese line on that side, where the lengths
fit.

Only English lines with a figure matter, so only they are looked for: a line that starts with a Latin letter, a digit
or an opening mark, holds no kana or kanji, has ten Latin letters or more and fewer than two accented ones (not
Vietnamese or German, whose figures read otherwise). Most pages have fewer than two lines
that even start so (a scan in C for a line break followed by 21 such characters) and are done there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from auditor.analysis.figure_match import match_figures, same_figure, satisfies
from auditor.analysis.parallel import RATIO_HIGH, RATIO_LOW
from auditor.analysis.quantities import Mention, english_numbers, japanese_numbers
from auditor.languages.scripts import HAS_JA
from auditor.lexicons import Lexicon, get_lexicon
from auditor.lexicons.schema import NumberWordRow, UnitRow

if TYPE_CHECKING:
    from auditor.analysis.context import Analysis

MIN_PAIRS = 2  # English lines that must share a figure with their Japanese neighbour before a page is bilingual
MIN_LATIN = 10  # letters an English line needs

_OWN = HAS_JA  # a kana or kanji (compiled once, in the scripts module)
_LATIN = re.compile("[A-Za-z]")
_DIGIT = re.compile("[0-9]")
# Latin letters with accents (Latin-1 to Extended-B, and the Vietnamese block): two make a line another language than
# English (Vietnamese, German, French …), whose figures the English reader misreads (1.200 is 1200 there).
_ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
MAX_ACCENTED = 2
MIN_HEAD = 20  # characters with no kana, kanji or line break that open an English line (for the first scan)
# The start of a line that may be English: its first character, then MIN_HEAD more that are not Japanese (the basic
# kana and kanji blocks suffice to stop at a Japanese line's first words). The pattern opens with the line break, which
# the engine finds fast.
_HEAD = re.compile(rf"\n[ \t]*[A-Za-z0-9\"'“‘(\[$€£][^\n\u3040-\u30ff\u3400-\u9fff]{{{MIN_HEAD}}}")
_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789\"'“‘([$€£")


class ChangedFigure(NamedTuple):
    """``have``, a figure of the Japanese line, says another value than ``need``, a figure of the English line beside
    it (offsets into the page)."""

    need: Mention
    have: Mention


class _Line(NamedTuple):
    start: int
    end: int


def _english_lines(text: str) -> list[tuple[int, _Line]]:
    """(index among the lines, span) of each line that may be an English sentence with a figure."""
    out = []
    start = 0
    for index, line in enumerate(text.split("\n")):
        end = start + len(line)
        head = line.lstrip()[:1]
        english = head in _OPENERS and not _OWN.search(line) and len(_LATIN.findall(line)) >= MIN_LATIN
        if english and _DIGIT.search(line) and len(_ACCENTED.findall(line)) < MAX_ACCENTED:
            out.append((index, _Line(start, end)))
        start = end + 1
    return out


def _japanese_line(text: str, line: _Line) -> bool:
    """Whether most of the line's visible characters are kana or kanji."""
    body = text[line.start : line.end]
    visible = len(body) - body.count(" ") - body.count("\u3000")
    return bool(visible) and len(_OWN.findall(body)) * 2 >= visible


def changed_figures(analysis: Analysis) -> tuple[ChangedFigure, ...]:
    """The figures of the analysed page's Japanese lines that the English line beside them says otherwise (shared:
    ``analysis.memo``); none on a page that is not bilingual."""
    text = analysis.text
    if len(_HEAD.findall(text)) + bool(_HEAD.match("\n" + text[:MIN_HEAD + 2])) < MIN_PAIRS:
        return ()  # nearly every page: one scan in C
    english = _english_lines(text)
    if len(english) < MIN_PAIRS:
        return ()
    spans: list[_Line] = []
    start = 0
    for row in text.split("\n"):
        spans.append(_Line(start, start + len(row)))
        start += len(row) + 1
    lexicon = analysis.lexicon
    units = lexicon if lexicon.has_table(UnitRow) else None
    en_lexicon = get_lexicon("en")
    read: dict[int, list[Mention]] = {}

    def mentions(index: int, own: bool) -> list[Mention]:
        if index not in read:
            line = spans[index]
            body = text[line.start : line.end]
            found = japanese_numbers(body, lexicon) if own else english_numbers(body, en_lexicon, units=units)
            read[index] = [_shift(m, line.start) for m in found]
        return read[index]

    # For each English line, its Japanese neighbour on each side (blank lines skipped) where the lengths fit.
    pairs: dict[int, dict[int, int]] = {-1: {}, 1: {}}
    anchored = {-1: 0, 1: 0}
    for index, span in english:
        length = len(text[span.start : span.end].strip())
        for step in (-1, 1):
            at = index + step
            while 0 <= at < len(spans) and not text[spans[at].start : spans[at].end].strip():
                at += step
            if not 0 <= at < len(spans) or not _japanese_line(text, spans[at]):
                continue
            other = text[spans[at].start : spans[at].end]
            other_length = len(other) - other.count(" ") - other.count("\u3000")
            if not other_length or not RATIO_LOW <= length / other_length <= RATIO_HIGH:
                continue
            pairs[step][index] = at
            need = [m for m in mentions(index, False) if not m.loose]
            have = mentions(at, True)
            if any(satisfies(n, h) for n in need for h in have):
                anchored[step] += 1
    side = -1 if anchored[-1] >= anchored[1] else 1
    if anchored[side] < MIN_PAIRS:
        return ()
    spelled = en_lexicon.compiled(_spelled)
    out: list[ChangedFigure] = []
    for index, at in pairs[side].items():
        segment = text[spans[at].start : spans[at].end]
        # A figure the Japanese keeps as written ($110m) is said; so is one the English spells out (three years).
        need = [m for m in mentions(index, False) if not m.loose]
        words = {spelled.values[w.group().lower()] for w in spelled.pattern.finditer(text, *spans[index])}
        for source, partner in match_figures(need, mentions(at, True), (), segment):
            if partner is None or partner.loose or same_figure(source, partner):
                continue  # missing (a line may shorten), or the same figure in another unit (107°F, 107度)
            if text[source.start : source.end] in segment or words.intersection(partner.values):
                continue  # a figure kept as written ($110m), or a number the English spells out (three years: 3年)
            if any(other is not source and satisfies(other, partner) for other in need):
                continue  # the date that says another date of the line (18 December) changed none
            out.append(ChangedFigure(source, partner))
    return tuple(out)


class _Spelled(NamedTuple):
    pattern: re.Pattern[str]
    values: dict[str, float]  # lower-case word → value


def _spelled(lexicon: Lexicon) -> _Spelled:
    """The numbers English spells out (``word`` rows of en/number_words.tsv: three, dozen, third)."""
    rows = lexicon.table(NumberWordRow)
    values = {row.surface.lower(): row.value for row in rows if row.kind == "word" and row.value is not None}
    alternation = "|".join(re.escape(word) for word in sorted(values, key=len, reverse=True))
    return _Spelled(re.compile(rf"(?<![A-Za-z])(?:{alternation})(?![A-Za-z])", re.IGNORECASE), values)


def _shift(mention: Mention, offset: int) -> Mention:
    """The mention with its offsets moved from its line into the page."""
    return replace(
        mention,
        start=mention.start + offset,
        end=mention.end + offset,
        num_start=mention.num_start + offset if mention.num_start >= 0 else -1,
        num_end=mention.num_end + offset if mention.num_end >= 0 else -1,
    )

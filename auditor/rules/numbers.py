"""Numbers cross-checked against the source: a figure changed or dropped in translation."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

from auditor.analysis.context import MIN_CONFIDENCE, Analysis
from auditor.analysis.figure_match import match_figures, scale_lost, suggest
from auditor.analysis.quantities import Mention
from auditor.document import Document, Pair
from auditor.findings import Finding
from auditor.languages import UnknownLanguage, get_pack
from auditor.lexicons import Lexicon
from auditor.lexicons.schema import UnitRow
from auditor.rules.base import Context, Rule

# Source languages whose number words ``auditor.analysis.quantities`` reads.


def _units(target: Analysis) -> Lexicon | None:
    """The lexicon whose ``units.tsv`` converts measures on both sides: the target's (a publication's rows too),
    else the source's; None for the shipped one."""
    for analysis in (target, target.source):
        if analysis is not None and analysis.lexicon.has_table(UnitRow):
            return analysis.lexicon
    return None


def _source_mentions(target: Analysis) -> list[Mention]:
    """The source's mentions, read by its language pack, its measures converted with ``_units``."""
    assert target.source is not None
    read = get_pack(target.source.lang).function("numbers")
    assert read is not None  # available() checked both packs
    return read(target.source.text, target.source.lexicon, units=_units(target))


def _target_mentions(target: Analysis) -> list[Mention]:
    read = get_pack(target.lang).function("numbers")
    assert read is not None
    return read(target.text, target.lexicon, units=_units(target))


class NumberMismatch(Rule):
    """Finds a number of the source that the translation changed or dropped: 500 billion as 5,000万.

    Why it matters:
    A changed figure is the worst error a translated news story can have: the reader trusts it, and nothing in
    the Japanese looks wrong.

    How it decides:
    For every aligned sentence pair, each number of the source (amounts with their
    scale, percentages, dates, times, measures) must appear in the translation, written any correct way:
    500 billion = 5,000億 = 5000億, 1.5 million = 150万, January 30, 2026 = 2026年1月30日, 155 mph = 時速250キロ
    (converted with ``units.tsv``'s factors, within the translator's rounding). A target number that no source
    number explains is reported as the changed one (the suggestion is the source's value in Japanese form; where
    the figures agree and only a power of ten of 1,000 or more differs, a trillion rendered as 万 or a billion as
    百万, the message says the scale was lost); with
    none, the whole sentence is reported as having dropped the number. It stays quiet on pairs aligned with low
    confidence, on names and codes (iPhone 16, COVID-19, A320) and when the number is in a neighbouring sentence
    (the translator moved it).
    """

    id = "source.number-mismatch"
    category = "accuracy/number"
    severity = "major"
    fix = "unsafe"  # a converted figure or a changed number needs a human look
    summary = "A number of the source is changed or missing in the translation"
    pack_needs = ("numbers",)
    needs_source = True
    example_source = "The company said on January 30, 2026 that it would invest $500 billion over four years."
    bad = "同社は2026年1月30日、4年間で5,000万ドルを投資すると発表した。"
    good = "同社は2026年1月30日、4年間で5,000億ドルを投資すると発表した。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        source = ctx.source
        if source is None or not _reads_numbers(source.lang):
            return
        pairs = ctx.alignment
        src = ctx.analysis.memo(_source_mentions)
        if not src:
            return
        tgt = ctx.analysis.memo(_target_mentions)
        src_starts = [m.start for m in src]
        tgt_starts = [m.start for m in tgt]

        def within(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
            return mentions[bisect_left(starts, start) : bisect_left(starts, end)]

        for index, pair in enumerate(pairs):
            if pair.src_start == pair.src_end or pair.tgt_start == pair.tgt_end or pair.confidence < MIN_CONFIDENCE:
                continue
            found = [m for m in within(src, src_starts, pair.src_start, pair.src_end) if not m.loose]
            found = [m for m in found if not source.in_literal(m.start, m.end)]
            if not found:
                continue
            have = within(tgt, tgt_starts, pair.tgt_start, pair.tgt_end)
            yield from self._check_pair(doc, pair, found, have, self._neighbours(pairs, index, tgt, tgt_starts))

    @staticmethod
    def _neighbours(pairs: Sequence[Pair], index: int, tgt: list[Mention], starts: list[int]) -> list[Mention]:
        out: list[Mention] = []
        for other in (index - 1, index + 1):
            if 0 <= other < len(pairs):
                pair = pairs[other]
                out.extend(tgt[bisect_left(starts, pair.tgt_start) : bisect_left(starts, pair.tgt_end)])
        return out

    def _check_pair(
        self, doc: Document, pair: Pair, found: list[Mention], have: list[Mention], near: list[Mention]
    ) -> Iterator[Finding]:
        segment = doc.text[pair.tgt_start : pair.tgt_end]
        for mention, partner in match_figures(found, have, near, segment):
            if partner is not None:
                yield self._changed(doc, mention, partner)
            else:
                yield self._missing(doc, pair, mention)

    def _changed(self, doc: Document, need: Mention, have: Mention) -> Finding:
        assert doc.source is not None
        said = doc.source.text[need.start : need.end]
        written = doc.text[have.start : have.end]
        suggestion = suggest(doc.text, doc.lang, need, have)
        expected = f" (expected {suggestion})" if suggestion else ""
        scale = " The scale is lost: the figures agree, the power of ten does not." if scale_lost(need, have) else ""
        return self.finding(
            doc,
            have.start,
            have.end,
            f"The source has '{said}' here, but the translation says '{written}'{expected}.{scale}",
            suggestion=suggestion,
            source_span=(need.start, need.end),
        )

    def _missing(self, doc: Document, pair: Pair, need: Mention) -> Finding:
        assert doc.source is not None
        said = doc.source.text[need.start : need.end]
        segment = doc.text[pair.tgt_start : pair.tgt_end]
        start = pair.tgt_start + len(segment) - len(segment.lstrip())
        end = pair.tgt_end - (len(segment) - len(segment.rstrip()))
        return self.finding(
            doc,
            start,
            end,
            f"The source's '{said}' is not in the translation of this sentence.",
            source_span=(need.start, need.end),
        )


def _reads_numbers(lang: str) -> bool:
    try:
        return get_pack(lang).numbers is not None
    except UnknownLanguage:
        return False


RULES = (NumberMismatch,)

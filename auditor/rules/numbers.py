"""Numbers cross-checked against the source: a figure changed or dropped in translation."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from auditor.analysis.context import MIN_CONFIDENCE, Analysis
from auditor.analysis.quantities import Mention, measures_match, round_like
from auditor.document import Document, Pair
from auditor.findings import Finding
from auditor.languages import UnknownLanguage, get_pack
from auditor.lexicons import Lexicon
from auditor.lexicons.schema import UnitRow
from auditor.rules.base import Context, Rule

# Source languages whose number words ``auditor.analysis.quantities`` reads.


def _satisfies(need: Mention, have: Mention, values: Sequence[float] | None = None) -> bool:
    """True when the target mention ``have`` says the source's ``need`` (or one of its ``values``)."""
    if need.measures and have.measures:
        shared = {m.quantity for m in need.measures} & {m.quantity for m in have.measures}
        if shared:  # both give a unit of one quantity: only the converted amounts count
            return any(measures_match(a, b) for a in need.measures for b in have.measures)
    for value in values if values is not None else need.values:
        for got in have.values:
            if abs(value - got) <= 1e-9 * max(1.0, abs(value)):
                return True
    return False


def _needs(mention: Mention) -> list[tuple[str, tuple[float, ...]]]:
    """What a source mention asks of the target, as (family, values): a family ending in ``!`` is required, the
    others (a date's month and year beside its day) only must not be changed. Anything but a date asks for one of
    its values."""
    if mention.kind != "date":
        family = next(iter(mention.families)) if len(mention.families) == 1 else "number"
        return [(family + "!", mention.values)]
    assert isinstance(mention.value, tuple)
    year, month, day = mention.value
    if day is not None:  # 30日 alone is how Japanese news dates this month's days: month and year may go
        assert month is not None  # an English date with a day names its month
        return [("day!", (float(day),)), ("month", (float(month),)), *([("year", (float(year),))] if year else [])]
    if month is not None:
        return [("month!", (float(month),)), *([("year", (float(year),))] if year else [])]
    assert year is not None  # a date is a day, a month or a year at least
    return [("year!", (float(year),))]


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
        used: set[int] = set()
        missing: list[tuple[Mention, str, tuple[float, ...]]] = []
        text = doc.text
        for mention in found:
            if mention.renderings and any(word in text[pair.tgt_start : pair.tgt_end] for word in mention.renderings):
                continue  # 24/7 as 24時間, Jan. 6 as 議事堂襲撃
            for family, values in _needs(mention):
                hits = [i for i, t in enumerate(have) if _satisfies(mention, t, values)]
                used.update(hits)
                if hits or any(_satisfies(mention, t, values) for t in near):
                    continue
                missing.append((mention, family, values))
        free = [t for i, t in enumerate(have) if i not in used and not t.loose]
        reported: set[Mention] = set()
        for mention, family, _ in missing:
            optional = not family.endswith("!")
            family = family.rstrip("!")
            if mention.kind == "date":
                # A date part is changed where a target date gives that part another value (2026年1月31日).
                partner = next((t for t in have if t.kind == "date" and family in t.families), None)
                partner = partner or _partner(mention, family, free)
            else:
                partner = _partner(mention, family, free)
            if partner is not None:
                if partner in free:
                    free.remove(partner)
                if partner not in reported:
                    reported.add(partner)
                    yield self._changed(doc, mention, partner)
            elif not optional and mention not in reported:
                reported.add(mention)  # a date missing its month and day is one finding
                yield self._missing(doc, pair, mention)

    def _changed(self, doc: Document, need: Mention, have: Mention) -> Finding:
        assert doc.source is not None
        said = doc.source.text[need.start : need.end]
        written = doc.text[have.start : have.end]
        suggestion = _suggest(doc.text, doc.lang, need, have)
        expected = f" (expected {suggestion})" if suggestion else ""
        scale = " The scale is lost: the figures agree, the power of ten does not." if _scale_lost(need, have) else ""
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


def _scale_lost(need: Mention, have: Mention) -> bool:
    """Whether ``have`` is ``need`` off by a power of ten of 1,000 or more: a trillion rendered as 万, a billion as
    百万 (the figures kept, the scale word mistranslated)."""
    if need.kind in ("date", "time") or have.kind in ("date", "time"):
        return False
    try:
        wanted, got = abs(float(need.value)), abs(float(have.value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    if not wanted or not got:
        return False
    power = math.log10(max(wanted, got) / min(wanted, got))
    return power >= 3 - 1e-9 and abs(power - round(power)) < 1e-9


def _compatible(need: Mention, have: Mention) -> bool:
    """Whether ``have`` can be what the translator made of ``need``: money of money, a mass of a mass …"""
    if need.kind == "percent" or have.kind == "percent":
        return need.kind == have.kind
    if have.kind == "money":
        return need.kind == "number" or (need.kind == "money" and need.unit == have.unit)
    if have.kind == "measure" and need.kind == "measure":
        return bool({m.quantity for m in need.measures} & {m.quantity for m in have.measures})
    if have.kind == "measure":
        return need.kind == "number"
    return True


def _partner(need: Mention, family: str, free: list[Mention]) -> Mention | None:
    """The unexplained target mention most like ``need``: same family and kind, then nearest in magnitude."""
    candidates = [t for t in free if family in t.families and (family != "number" or _compatible(need, t))]
    if not candidates:
        return None
    if family != "number":
        return candidates[0]
    wanted = abs(float(need.value)) or 1.0  # type: ignore[arg-type]

    def distance(have: Mention) -> tuple[int, float]:
        got = abs(float(have.value)) or 1.0  # type: ignore[arg-type]
        return (0 if have.kind == need.kind else 1, abs(math.log10(got / wanted)))

    return min(candidates, key=distance)


def _reads_numbers(lang: str) -> bool:
    try:
        return get_pack(lang).numbers is not None
    except UnknownLanguage:
        return False


def _suggest(text: str, lang: str, need: Mention, have: Mention) -> str:
    """The target mention rewritten with the source's value, where that is clear and the target's language pack
    writes values (and dates)."""
    pack = get_pack(lang)
    if need.kind == "date" and have.kind == "date":
        date_form = pack.function("date_form")
        return date_form(need.value, have.value) if date_form else ""
    number_form = pack.function("number_form")
    if number_form is None or have.num_start < 0 or need.kind in ("date", "time") or have.kind in ("date", "time"):
        return ""
    value = float(need.value)  # type: ignore[arg-type]
    digits = text[have.num_start : have.num_end]
    if need.measures and have.measures:
        target = have.measures[0]
        source = next((m for m in need.measures if m.quantity == target.quantity), None)
        if source is None:
            return ""
        value = round_like((source.si - target.offset) / target.factor, digits)
    return (
        text[have.start : have.num_start]
        + number_form(abs(value), comma="," in digits)
        + text[have.num_end : have.end]
    )


RULES = (NumberMismatch,)

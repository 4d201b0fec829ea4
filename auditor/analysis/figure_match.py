"""Which figures of a translation say the figures of its original: the matching that two rules share.

``source.number-mismatch`` matches the figures of a source sentence with those of its aligned translation, and
``numbers.bilingual-mismatch`` those of an English line with the Japanese line beside it on a bilingual page. Each
figure of the original must appear in the translation, written any correct way (500 billion = 5,000億, a measure
converted with ``units.tsv``'s factors); a figure of the translation that none explains is the changed one, matched
with the unexplained figure of the original most like it (``match_figures``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from auditor.analysis.quantities import Mention, measures_match, round_like
from auditor.languages import get_pack


def satisfies(need: Mention, have: Mention, values: Sequence[float] | None = None) -> bool:
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


_PARTS = {"year": 0, "month": 1, "day": 2}


def _says(need: Mention, have: Mention, values: Sequence[float], part: str) -> bool:
    """Whether ``have`` says ``values``, the ``part`` (day, month, year) of the date ``need`` when there is one: a
    target date by the same part (3月1日 does not say the 3rd of March: its 3 is the month), anything else by its value,
    where it can be that part (30日, 2026年)."""
    if not part:
        return satisfies(need, have, values)
    if have.kind == "date":
        assert isinstance(have.value, tuple)
        got = have.value[_PARTS[part]]
        return got is not None and any(abs(value - got) < 1e-9 for value in values)
    return part in have.families and satisfies(need, have, values)


def same_figure(need: Mention, have: Mention) -> bool:
    """True when the two mentions share a figure, whatever their units say (107°F and 107度)."""
    return any(abs(value - got) <= 1e-9 * max(1.0, abs(value)) for value in need.values for got in have.values)


def needs(mention: Mention) -> list[tuple[str, tuple[float, ...]]]:
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


def match_figures(
    found: Sequence[Mention], have: Sequence[Mention], near: Sequence[Mention], segment: str
) -> list[tuple[Mention, Mention | None]]:
    """The source mentions ``found`` that the target mentions ``have`` (of the translation ``segment``) do not say,
    in order: (source mention, the unexplained target mention that changed it) where one is like it, else (source
    mention, None) for a required figure that is missing. A figure said in ``near`` (a neighbouring sentence: the
    translator moved it) is neither."""
    used: set[int] = set()
    missing: list[tuple[Mention, str]] = []
    for mention in found:
        if mention.renderings and any(word in segment for word in mention.renderings):
            continue  # 24/7 as 24時間, Jan. 6 as 議事堂襲撃
        for family, values in needs(mention):
            part = family.rstrip("!") if mention.kind == "date" else ""
            hits = [i for i, t in enumerate(have) if _says(mention, t, values, part)]
            used.update(hits)
            if hits or any(_says(mention, t, values, part) for t in near):
                continue
            missing.append((mention, family))
    free = [t for i, t in enumerate(have) if i not in used and not t.loose]
    reported: set[Mention] = set()
    out: list[tuple[Mention, Mention | None]] = []
    for mention, family in missing:
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
                out.append((mention, partner))
        elif not optional and mention not in reported:
            reported.add(mention)  # a date missing its month and day is one finding
            out.append((mention, None))
    return out


def scale_lost(need: Mention, have: Mention) -> bool:
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
    """The unexplained target mention most like ``need``: same family and kind, then the same figures with another
    power of ten (a scale lost or doubled: 39 for 39 million beside 5 for 5 million), then nearest in magnitude."""
    candidates = [t for t in free if family in t.families and (family != "number" or _compatible(need, t))]
    if not candidates:
        return None
    if family != "number":
        return candidates[0]
    wanted = abs(float(need.value)) or 1.0  # type: ignore[arg-type]

    def distance(have: Mention) -> tuple[int, int, float]:
        got = abs(float(have.value)) or 1.0  # type: ignore[arg-type]
        power = abs(math.log10(got / wanted))
        return (0 if have.kind == need.kind else 1, 0 if abs(power - round(power)) < 1e-9 else 1, power)

    return min(candidates, key=distance)


def suggest(text: str, lang: str, need: Mention, have: Mention) -> str:
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

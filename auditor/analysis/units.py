"""Figures with units in a Japanese text, and the bracketed conversions among them: what the unit rules judge.

One pass over the text, shared by the three unit rules through ``ctx.analysis.memo(unit_figures)``: a single
regex finds every number + unit (half- and full-width digits, ``1,000``, decimals, ``1万5000``, ranges
``150～200``; the number is the one Japanese number of ``auditor.analysis.quantities``); a short look back before
each hit picks up 約, a prefix (時速, 華氏) and a minus sign. A figure followed directly by a bracket holding one
other figure is a conversion (``Conversion``), checked here with the written precision of both figures. The units,
their factors and the words around a figure are data: ``lexicons/ja/units.tsv`` and ``unit_context.tsv``, a
publication's configured rows included.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from auditor.analysis.context import Analysis
from auditor.analysis.quantities import (
    Reading,
    UnitContext,
    japanese_number_regex,
    japanese_scales,
    look_back,
    parse_japanese_number,
    rounding_step,
    unit_context,
    unit_table,
)
from auditor.lexicons import Lexicon

_DIGITS = "0-9\uff10-\uff19"
_OPEN = re.compile(r"[ \u3000]*[（(][ \u3000]*")
LATIN_END = re.compile(r"[A-Za-z²³/]$")  # a unit written in Latin letters (mph, °F, km²): "-" for its minus
_KATAKANA_END = re.compile(r"[\u30a1-\u30fa\u30fc]$")
# Relative slack for a conversion: rounding by the writer (wider when the text says 約).
_SLACK = 0.03
_SLACK_APPROX = 0.10


@dataclass(frozen=True, slots=True)
class UnitPatterns:
    """The lexicon as the unit analysis uses it, built once per lexicon."""

    pattern: re.Pattern[str]
    scan: re.Pattern[str]  # a cheap pre-filter for ``pattern``
    close: re.Pattern[str]  # the end of a bracket after a figure: （155マイル程度）
    scales: dict[str, float]  # 千 万 億 兆
    context: UnitContext  # 約, マイナス, 上昇 … and the look back over them
    readings: dict[str, tuple[Reading, ...]]
    prefixes: dict[str, Reading]
    speed_words: dict[float, str]  # seconds of a time base → its prefix (3600 → 時速)
    by_quantity: dict[tuple[str, str], Reading]  # (surface, quantity) -> reading, for suggestions
    flaggable: frozenset[str]  # unit surfaces with a reading that units.imperial may report
    prefixed: frozenset[str]  # unit surfaces that such a prefix turns flaggable (華氏 + 度)
    with_prefix: dict[tuple[str, str], tuple[Reading, ...]]  # (prefix, unit) -> readings: 時速 + キロ = km/h
    flag_prefix: re.Pattern[str]  # prefixes that units.imperial may report (華氏)


@dataclass(slots=True)
class Figure:
    """A number + unit found in the text, with what surrounds it."""

    start: int  # first char of 約 / prefix / sign / number
    sign_start: int  # first char of the minus sign, or of the number
    num_start: int
    num_end: int
    end: int
    low: float  # both ends of a range 150～200; equal for a single number
    high: float
    low_text: str
    high_text: str
    surface: str
    approx: str
    approx_start: int  # where 約 stands, or -1
    prefix: Reading | None
    negative: bool
    readings: tuple[Reading, ...] = ()
    reading: Reading | None = None
    partner: Figure | None = None  # the other figure of a bracketed conversion
    in_brackets: bool = False
    bracket_span: tuple[int, int] = (0, 0)  # the brackets around this figure, or around the partner

    @property
    def is_range(self) -> bool:
        return self.low_text != self.high_text

    def value_start(self) -> int:
        """Start of the figure's value: the minus sign counts only for temperatures."""
        if self.negative and self.reading is not None and self.reading.quantity == "temperature":
            return self.sign_start
        return self.num_start

    def signed(self, value: float) -> float:
        temperature = self.reading is not None and self.reading.quantity == "temperature"
        return -value if self.negative and temperature else value


@dataclass(frozen=True, slots=True)
class Conversion:
    """``main（bracket）``: a figure and its bracketed conversion, with the readings that fit both."""

    main: Figure
    bracket: Figure
    mixed: bool  # one side a speed, the other a distance


@dataclass(frozen=True, slots=True)
class UnitFigures:
    """The unit analysis of one text: the patterns it used, every figure, the bracketed conversions."""

    patterns: UnitPatterns
    figures: list[Figure]
    conversions: list[Conversion]


def unit_figures(analysis: Analysis) -> UnitFigures:
    """The figures and conversions of ``analysis``'s text with its lexicon: build with ``analysis.memo``."""
    patterns = analysis.lexicon.compiled(compile_units)
    figures, conversions = analyse(analysis.text, patterns)
    return UnitFigures(patterns, figures, conversions)


# ---------------------------------------------------------------------------------------------------------------
# Lexicon


def _unit_alternative(surface: str) -> str:
    """A unit surface as a regex branch that will not match the start of a longer word."""
    escaped = re.escape(surface)
    if LATIN_END.search(surface):
        return escaped + "(?![A-Za-z])"
    if _KATAKANA_END.search(surface):
        return escaped + "(?![\u30a1-\u30fa\u30fc])"  # キロ in キロカロリー, トン in トンネル
    return escaped


def _alternatives(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def compile_units(lexicon: Lexicon) -> UnitPatterns:
    """The patterns of ``lexicon``'s units (``units.tsv``, ``unit_context.tsv`` and its scale words, configured rows
    included); build with ``lexicon.compiled``."""
    table = unit_table(lexicon)
    context = unit_context(lexicon)
    scales = japanese_scales(lexicon)
    readings = dict(table.units)
    prefixes = dict(table.prefixes)
    by_quantity: dict[tuple[str, str], Reading] = {}
    for surface, found in readings.items():
        for reading in found:
            by_quantity.setdefault((surface, reading.quantity), reading)
    surfaces = sorted(readings, key=len, reverse=True)
    units = "|".join(_unit_alternative(s) for s in surfaces)
    # A cheap class test before the long alternation: most numbers (dates, money) fail it at once.
    first_chars = "".join(sorted({re.escape(s[0]) for s in surfaces}))
    one_char = "".join(re.escape(word) for word in scales if len(word) == 1)
    scale = f"[{one_char}]" if one_char else "(?!)"
    # The pattern opens with a plain digit class, not a group, so that the regex engine skips ahead to digits
    # fast (a group in front turns that off and triples the time); the
    # look-behind after that first digit rejects digits that continue a number or a word (AI6, 2026), and
    # the atomic groups stop the engine from retrying every shorter number before every unit.
    number = japanese_number_regex(scales, wide=True)
    pattern = re.compile(
        f"[{_DIGITS}](?<![{_DIGITS}A-Za-z\uff21-\uff3a\uff41-\uff5a.．,，_/][{_DIGITS}])"
        f"(?>[{_DIGITS}]*{japanese_number_regex(scales, wide=True, tail=True)})(?P<low_end>)"
        f"(?:[ \u3000]?[～〜~][ \u3000]?(?P<high>(?>{number})))?"
        f"(?=[ \u3000]?[{first_chars}])[ \u3000]?(?P<unit>{units})"
    )
    flag_prefixes = [p for p in prefixes.values() if not p.ja_ok]
    # Digits, separators and scale words (a space only next to a scale word: 135 万), then what may start a unit. The
    # digits and marks are one repeat of a class and the spaces a loop around it, not a loop of three alternatives at
    # each character: re tries the scan at every digit (measured: 7 % fewer instructions on news).
    number_chars = f"[{_DIGITS},，.．{one_char}]*+"
    scan = re.compile(
        f"[{_DIGITS}]{number_chars}(?:(?:[ \u3000](?={scale})|(?<={scale})[ \u3000](?=[{_DIGITS}])){number_chars})*+"
        f"[ \u3000]?(?:[～〜~][ \u3000]?[{_DIGITS}]|[{first_chars}])"
    )
    after = _alternatives(context.after_bracket) or "(?!)"
    return UnitPatterns(
        pattern=pattern,
        scan=scan,
        close=re.compile(f"[ \u3000]*(?:{after})?[ \u3000]*[）)]"),
        scales=scales,
        context=context,
        readings=readings,
        prefixes=prefixes,
        speed_words=dict(table.speed_words),
        by_quantity=by_quantity,
        flaggable=frozenset(s for s, rs in readings.items() if any(not r.ja_ok for r in rs)),
        prefixed=frozenset(
            s for s, rs in readings.items() if any(_apply_prefix(p, r) for p in flag_prefixes for r in rs)
        ),
        with_prefix={
            (p, s): fitted
            for p, prefix in prefixes.items()
            for s, rs in readings.items()
            if (fitted := tuple(f for f in (_apply_prefix(prefix, r) for r in rs) if f is not None))
        },
        flag_prefix=re.compile(_alternatives([p.surface for p in flag_prefixes]) or "(?!)"),
    )


# ---------------------------------------------------------------------------------------------------------------
# Finding figures and conversions


def window(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end`` (at most 100 chars each side): where evidence words count."""
    left = max(text.rfind("。", 0, start), text.rfind("\n", 0, start), start - 101) + 1
    right = min(x for x in (text.find("。", end), text.find("\n", end), end + 100, len(text)) if x >= 0)
    return left, right


def _apply_prefix(prefix: Reading, reading: Reading) -> Reading | None:
    """時速 + a length is a speed; 華氏/摂氏 + a temperature takes the prefix's scale; else no fit."""
    if prefix.quantity == "speed" and reading.quantity == "length":
        return replace(reading, quantity="speed", factor=reading.factor / prefix.per, per=prefix.per)
    if prefix.quantity == "temperature" and reading.quantity == "temperature":
        return replace(
            prefix,
            surface=reading.surface,
            needs_partner=False,
            needs_prefix=False,
            evidence=None,
            unless=reading.unless,
        )
    return None


def _matches(text: str, patterns: UnitPatterns) -> list[re.Match[str]]:
    """Every number + unit: a cheap scan finds digit runs followed by what may start a unit, and only
    those candidates pay for the full pattern (half the time of running the full pattern everywhere)."""
    matches = []
    position = 0
    scan, pattern = patterns.scan.search, patterns.pattern.match
    while candidate := scan(text, position):
        match = pattern(text, candidate.start())
        if match is None:
            position = candidate.end()
        else:
            matches.append(match)
            position = match.end()
    return matches


def _figures(text: str, patterns: UnitPatterns) -> list[Figure]:
    figures: list[Figure] = []
    matches = _matches(text, patterns)
    lookback_ends = patterns.context.lookback_ends
    for index, match in enumerate(matches):
        num_start = match.start()
        surface = match.group("unit")
        # Only figures that a rule may report need the full work: a unit that can be flagged, a figure
        # followed by a bracket, the figure after it (maybe its bracketed partner), or a part of a compound
        # (1メートル80センチ).
        if (
            surface not in patterns.flaggable
            and text[match.end() : match.end() + 2].lstrip(" \u3000")[:1] not in "(（"
            and not (
                surface in patterns.prefixed and patterns.flag_prefix.search(text, max(0, num_start - 6), num_start)
            )
        ):
            previous = matches[index - 1] if index else None
            following = matches[index + 1] if index + 1 < len(matches) else None
            if (
                previous is None
                or (
                    previous.end() != num_start
                    and text[previous.end() : previous.end() + 2].lstrip(" \u3000")[:1] not in "(（"
                )
            ) and (following is None or following.start() != match.end()):
                continue
        low_text = text[num_start : match.end("low_end")]
        high_text = match.group("high") or low_text
        try:
            low = parse_japanese_number(low_text, patterns.scales)
            high = parse_japanese_number(high_text, patterns.scales) if match.group("high") else low
        except ValueError:
            continue  # 3兆億キロ: not a number
        figure = Figure(
            start=num_start,
            sign_start=num_start,
            num_start=num_start,
            num_end=match.end("high") if match.group("high") else match.end("low_end"),
            end=match.end(),
            low=low,
            high=high,
            low_text=low_text,
            high_text=high_text,
            surface=surface,
            approx="",
            approx_start=-1,
            prefix=None,
            negative=False,
            readings=patterns.readings[surface],
        )
        # Most figures follow は, の, 、: only look back when the character before can end 約, 時速, マイナス.
        if num_start and text[num_start - 1] in lookback_ends:
            _look_back(text, patterns, figure)
        figures.append(figure)
    return figures


def _look_back(text: str, patterns: UnitPatterns, figure: Figure) -> None:
    """Extend ``figure`` leftwards over 約/およそ, a prefix (時速, 華氏) and a minus sign."""
    num_start = figure.num_start
    back = look_back(text, num_start, patterns.context)
    if back is None:
        return
    neg = back.group("neg")
    figure.negative = bool(neg)
    figure.sign_start = back.start("neg") if neg else num_start
    prefix = patterns.prefixes.get(back.group("pre") or "")
    fitted = patterns.with_prefix.get((prefix.surface, figure.surface), ()) if prefix else ()
    if prefix is not None and not fitted:
        figure.start, approx_group = back.end("pre"), "a2"  # 時速 before kg: not part of the figure
    else:
        figure.start, approx_group = back.start(), "a2" if back.group("a2") else "a1"
        if prefix is not None:
            figure.prefix, figure.readings = prefix, fitted
    if back.group(approx_group):
        figure.approx, figure.approx_start = back.group(approx_group), back.start(approx_group)


def _merge_compounds(figures: list[Figure]) -> list[Figure]:
    """5フィート6インチ, 1メートル80センチ: one figure in the smaller unit (66 inches), not two."""
    merged: list[Figure] = []
    for figure in figures:
        previous = merged[-1] if merged else None
        if (
            previous is None
            or previous.end != figure.start
            or previous.is_range
            or figure.is_range
            or previous.prefix is not None
        ):
            merged.append(figure)
            continue
        fits = [
            (big, small)
            for big in previous.readings
            for small in figure.readings
            if big.quantity == small.quantity != "temperature"
            and big.system == small.system
            and big.factor > small.factor
        ]
        if not fits:
            merged.append(figure)
            continue
        big, small = fits[0]
        value = previous.high * big.factor / small.factor + figure.high
        merged[-1] = replace(
            figure,
            start=previous.start,
            sign_start=previous.num_start,
            num_start=previous.num_start,
            low=value,
            high=value,
            approx=previous.approx,
            approx_start=previous.approx_start,
            negative=False,
            readings=(replace(small, name=f"{big.name} and {small.name}"),),
        )
    return merged


_STATED_AS = re.compile(r"[ \u3000]*(?:は|＝|=)[、 \u3000]*")
_STATED_AFTER = re.compile(r"[ \u3000]*(?:は|＝|=)[、 \u3000]*$")


def explained_units(text: str, found: UnitFigures) -> frozenset[str]:
    """The units (``Reading.unit``) that the text explains itself: a figure stated equal to its metric amount as a
    clause of its own, either way round (``100平方フィートは約9.3平方メートル``, ``1マイル＝1.6キロ``,
    ``1°C = 33.8°F``), with arithmetic that holds (the slack of a bracketed conversion). A text that does so writes
    about the unit for readers who do not know it (a how-to on picturing square feet, a conversion table in a
    recipe), not a figure left over from a source."""
    explained: set[str] = set()
    patterns = found.patterns
    for figure in found.figures:
        reading = figure.reading
        if reading is None or reading.ja_ok or figure.is_range or reading.unit in explained:
            continue
        metric, approx = None, ""
        stated = _STATED_AS.match(text, figure.end)
        if stated is not None:
            approx = next((word for word in patterns.context.approx if text.startswith(word, stated.end())), "")
            metric = patterns.pattern.match(text, stated.end() + len(approx))
        else:
            stated = _STATED_AFTER.search(text, max(0, figure.start - 8), figure.start)
            if stated is not None:
                before = list(patterns.pattern.finditer(text, max(0, stated.start() - 30), stated.start()))
                metric = before[-1] if before and before[-1].end() == stated.start() else None
                approx = figure.approx
        if metric is None or metric.group("high") or stated is None:
            continue
        written = text[metric.start() : metric.end("low_end")]
        try:
            value = parse_japanese_number(written, patterns.scales)
        except ValueError:
            continue
        slack = _SLACK_APPROX if (approx or figure.approx) else _SLACK
        step = rounding_step(written, value, round_figures=True, scales=patterns.scales)
        for unit in patterns.readings[metric.group("unit")]:
            if unit.ja_ok and unit.quantity == reading.quantity and not unit.needs_evidence:
                expected = converter(reading, unit)(figure.signed(figure.high))
                if abs(expected - value) <= step + slack * abs(expected):
                    explained.add(reading.unit)
                    break
    return frozenset(explained)


def _fit(main: Figure, bracket: Figure) -> tuple[Reading, Reading, bool] | None:
    """The readings of two figures that make one a conversion of the other, if any.

    Same quantity first (the partner is evidence for ポンド and 度), then a speed against a distance.
    """
    for ra in main.readings:
        for rb in bracket.readings:
            if ra.quantity == rb.quantity and ra.unit != rb.unit:
                return ra, rb, False
    for ra in main.readings:
        for rb in bracket.readings:
            if {ra.quantity, rb.quantity} == {"speed", "length"}:
                speed = ra if ra.quantity == "speed" else rb
                distance = rb if speed is ra else ra
                if distance.needs_evidence or speed.needs_evidence:
                    continue
                if math.isclose(speed.factor * speed.per, distance.factor):
                    continue  # 時速30キロ（30キロ）: the same unit twice is no conversion
                return ra, rb, True
    return None


def _resolve_alone(text: str, figure: Figure) -> Reading | None:
    """The reading of a figure outside a conversion: the first whose evidence is there."""
    for reading in figure.readings:
        if not reading.needs_evidence:
            return reading
        if reading.needs_prefix and figure.prefix is not None:
            return reading
        if reading.evidence is not None and reading.evidence.search(text, *window(text, figure.start, figure.end)):
            return reading
    return None


def analyse(text: str, patterns: UnitPatterns) -> tuple[list[Figure], list[Conversion]]:
    """Every figure with its resolved reading, and the bracketed conversions among them."""
    figures = _merge_compounds(_figures(text, patterns))
    conversions: list[Conversion] = []
    for main, bracket in itertools.pairwise(figures):
        if main.partner is not None:
            continue
        opened = _OPEN.match(text, main.end)
        if opened is None or opened.end() != bracket.start:
            continue
        closed = patterns.close.match(text, bracket.end)
        if closed is None:
            continue
        fit = _fit(main, bracket)
        if fit is None:
            continue
        main.reading, bracket.reading, mixed = fit
        main.partner, bracket.partner = bracket, main
        bracket.in_brackets = True
        # The brackets themselves, without the spaces before them.
        open_at = text.index("(" if "(" in opened.group() else "（", opened.start())
        main.bracket_span = bracket.bracket_span = (open_at, closed.end())
        conversions.append(Conversion(main, bracket, mixed))
    for figure in figures:
        if figure.partner is None:
            figure.reading = _resolve_alone(text, figure)
    return figures, conversions


# ---------------------------------------------------------------------------------------------------------------
# Arithmetic


def converter(ra: Reading, rb: Reading, offsets: bool = True) -> Callable[[float], float]:
    """A function from a value in ``ra`` to the same amount in ``rb``.

    A speed and a distance compare their distances over the speed's time base (時速250キロ against 155マイル
    compares 250 km with 155 mi). Without ``offsets``, temperatures convert as differences (5度 = 9°F).
    """
    factor_a, factor_b = ra.factor, rb.factor
    if ra.quantity == "speed" and rb.quantity == "length":
        factor_a = ra.factor * ra.per
    elif ra.quantity == "length" and rb.quantity == "speed":
        factor_b = rb.factor * rb.per
    shift = (ra.offset - rb.offset) if offsets else 0.0
    return lambda value: (value * factor_a + shift) / factor_b


def check_conversion(conversion: Conversion, text: str, patterns: UnitPatterns) -> tuple[bool, float, float]:
    """(consistent?, expected low, expected high) of the bracketed figure, in the bracket's unit.

    Rounding is allowed: the written precision of both figures (``rounding_step`` with ``round_figures``) plus 3%
    (10% with 約 or another approx word of ``unit_context.tsv``). Temperatures that fail as readings may still be
    right as a change, where the sentence has a change word of ``unit_context.tsv``: 気温が1.5度（2.7°F）上昇.
    """
    main, bracket = conversion.main, conversion.bracket
    assert main.reading is not None and bracket.reading is not None
    result = _check(main, bracket, converter(main.reading, bracket.reading), patterns.scales)
    if (
        not result[0]
        and main.reading.quantity == "temperature"
        and main.high != 0
        and patterns.context.change.search(text, *window(text, main.start, bracket.end))
    ):
        as_change = _check(main, bracket, converter(main.reading, bracket.reading, offsets=False), patterns.scales)
        if as_change[0]:
            return as_change
    return result


def _check(
    main: Figure, bracket: Figure, convert: Callable[[float], float], scales: dict[str, float]
) -> tuple[bool, float, float]:
    slack_rate = _SLACK_APPROX if (main.approx or bracket.approx) else _SLACK
    ends = [(main.high, main.high_text, bracket.high, bracket.high_text)]
    if main.is_range:
        ends.append((main.low, main.low_text, bracket.low, bracket.low_text))
    consistent = True
    expected: list[float] = []
    for x_value, x_text, y_value, y_text in ends:
        x, y = main.signed(x_value), bracket.signed(y_value)
        hx = rounding_step(x_text, x_value, round_figures=True, scales=scales)
        hy = rounding_step(y_text, y_value, round_figures=True, scales=scales)
        centre = convert(x)
        slack = slack_rate * abs(centre)
        low, high = convert(x - hx) - slack, convert(x + hx) + slack
        expected.append(centre)
        if max(low, y - hy) > min(high, y + hy):
            consistent = False
    return consistent, expected[-1], expected[0]

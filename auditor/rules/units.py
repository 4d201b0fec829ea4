"""Units of measure: imperial units in Japanese news, and bracketed conversions that do not add up.

Machine translation keeps the source's units and its bracketed conversions, and often garbles them:
``時速250キロ(155マイル)`` keeps miles (Japanese news uses metric) and turns the speed in brackets into a
distance. All three rules share one pass: a single regex finds every number + unit on ``doc.text``
(half- and full-width digits, ``1,000``, decimals, ``1万5000``, ranges ``150～200``); a short look back
before each hit picks up ``約``/``およそ``, a prefix (``時速``, ``華氏``) and a minus sign. A figure followed
directly by a bracket holding one other figure is a conversion pair. The units, their factors and the
words that make them acceptable are data: ``lexicons/ja/units.tsv``.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from auditor.analysis.context import Analysis
from auditor.document import Document
from auditor.findings import Finding
from auditor.lexicons import Lexicon
from auditor.lexicons.schema import UnitRow
from auditor.rules.base import Context, Rule

_DIGITS = "0-9\uff10-\uff19"
_NUMBER = f"[{_DIGITS}]+(?:[,，][{_DIGITS}]{{3}})*(?:[.．][{_DIGITS}]+)?"
# 1万5000, 1億2000万, 3千: Japanese multipliers between and after digit groups.
_MULTIPLIED_TAIL = f"(?:[,，][{_DIGITS}]{{3}})*(?:[.．][{_DIGITS}]+)?(?:[億万千]{_NUMBER})*[億万千]?"
_MULTIPLIED = f"[{_DIGITS}]+{_MULTIPLIED_TAIL}"
_MULTIPLIERS = {"億": 1e8, "万": 1e4, "千": 1e3}
_TO_ASCII = str.maketrans("０１２３４５６７８９，．", "0123456789,.")
_APPROX = ("約", "およそ", "推定", "ほぼ")
_NEGATIVE = ("マイナス", "氷点下", "零下", "-", "−", "－")
_OPEN = re.compile(r"[ \u3000]*[（(][ \u3000]*")
_CLOSE = re.compile(r"[ \u3000]*(?:程度|前後|ほど)?[ \u3000]*[）)]")
_SPEED_WORD = {3600.0: "時速", 60.0: "分速", 1.0: "秒速"}
_LATIN_END = re.compile(r"[A-Za-z²³/]$")
_KATAKANA_END = re.compile(r"[\u30a1-\u30fa\u30fc]$")
# Relative slack for a conversion: rounding by the writer (wider when the text says 約).
_SLACK = 0.03
_SLACK_APPROX = 0.10
# Words that make a temperature pair a change (気温が2度（3.6°F）上昇), converted without the 32° offset.
_CHANGE = re.compile("上昇|低下|上が|下が|高い|低い|高く|低く|温暖化|変化|差|幅|増|減")


@dataclass(frozen=True, slots=True)
class Reading:
    """One meaning of a unit surface (or of a prefix plus unit): what ``units.tsv`` says about it."""

    surface: str
    unit: str
    quantity: str
    system: str
    factor: float  # SI value = number * factor + offset
    offset: float
    per: float  # seconds of a speed's time base; 0 for other quantities
    ja_ok: bool
    name: str
    metric: tuple[str, ...]
    needs_partner: bool = False
    needs_prefix: bool = False
    evidence: re.Pattern[str] | None = None  # the reading needs one of these words nearby
    unless: re.Pattern[str] | None = None  # a ja_ok=no reading is fine with one of these nearby

    @property
    def needs_evidence(self) -> bool:
        return self.needs_partner or self.needs_prefix or self.evidence is not None


@dataclass(frozen=True, slots=True)
class Compiled:
    """The lexicon as the rules use it, built once per lexicon."""

    pattern: re.Pattern[str]
    scan: re.Pattern[str]  # a cheap pre-filter for ``pattern``
    lookback: re.Pattern[str]
    readings: dict[str, tuple[Reading, ...]]
    prefixes: dict[str, Reading]
    by_quantity: dict[tuple[str, str], Reading]  # (surface, quantity) -> reading, for suggestions
    lookback_ends: frozenset[str]  # last characters of 約, 時速, マイナス …: when to look back at all
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
class Pair:
    """``main（bracket）``: a figure and its bracketed conversion, with the readings that fit both."""

    main: Figure
    bracket: Figure
    mixed: bool  # one side a speed, the other a distance


# ---------------------------------------------------------------------------------------------------------------
# Lexicon


def _words(values: tuple[str, ...]) -> re.Pattern[str] | None:
    words = [w for w in values if w not in ("partner", "prefix")]
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _reading(row: UnitRow) -> Reading:
    return Reading(
        surface=row.surface,
        unit=row.unit,
        quantity=row.quantity,
        system=row.system,
        factor=row.factor,
        offset=row.offset,
        per=row.per,
        ja_ok=row.ja_ok,
        name=row.name or row.unit,
        metric=row.metric,
        needs_partner="partner" in row.evidence,
        needs_prefix="prefix" in row.evidence,
        evidence=_words(row.evidence),
        unless=_words(row.unless),
    )


def _unit_alternative(surface: str) -> str:
    """A unit surface as a regex branch that will not match the start of a longer word."""
    escaped = re.escape(surface)
    if _LATIN_END.search(surface):
        return escaped + "(?![A-Za-z])"
    if _KATAKANA_END.search(surface):
        return escaped + "(?![\u30a1-\u30fa\u30fc])"  # キロ in キロカロリー, トン in トンネル
    return escaped


def compile_units(lexicon: Lexicon) -> Compiled:
    readings: dict[str, list[Reading]] = {}
    prefixes: dict[str, Reading] = {}
    by_quantity: dict[tuple[str, str], Reading] = {}
    for row in lexicon.table(UnitRow):
        reading = _reading(row)
        if row.role == "prefix":
            prefixes[reading.surface] = reading
        else:
            readings.setdefault(reading.surface, []).append(reading)
            by_quantity.setdefault((reading.surface, reading.quantity), reading)
    surfaces = sorted(readings, key=len, reverse=True)
    units = "|".join(_unit_alternative(s) for s in surfaces)
    # A cheap class test before the long alternation: most numbers (dates, money) fail it at once.
    first_chars = "".join(sorted({re.escape(s[0]) for s in surfaces}))
    # The pattern opens with a plain digit class, not a group, so that the regex engine skips ahead to digits
    # fast (a group in front turns that off and triples the time); the
    # look-behind after that first digit rejects digits that continue a number or a word (AI6, 2026), and
    # the atomic groups stop the engine from retrying every shorter number before every unit.
    pattern = re.compile(
        f"[{_DIGITS}](?<![{_DIGITS}A-Za-z\uff21-\uff3a\uff41-\uff5a.．,，_/][{_DIGITS}])"
        f"(?>[{_DIGITS}]*{_MULTIPLIED_TAIL})(?P<low_end>)"
        f"(?:[ \u3000]?[～〜~][ \u3000]?(?P<high>(?>{_MULTIPLIED})))?"
        f"(?=[ \u3000]?[{first_chars}])[ \u3000]?(?P<unit>{units})"
    )

    def alternatives(words: tuple[str, ...] | list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    approx = alternatives(_APPROX)
    flag_prefixes = [p for p in prefixes.values() if not p.ja_ok]
    lookback = re.compile(
        f"(?P<a1>{approx})?(?P<pre>{alternatives(list(prefixes)) or '(?!)'})?"
        f"(?P<a2>{approx})?(?P<neg>{alternatives(_NEGATIVE)})?\\Z"
    )
    scan = re.compile(f"[{_DIGITS}][{_DIGITS},，.．億万千]*+[ \u3000]?(?:[～〜~][ \u3000]?[{_DIGITS}]|[{first_chars}])")
    return Compiled(
        pattern=pattern,
        scan=scan,
        lookback=lookback,
        readings={s: tuple(r) for s, r in readings.items()},
        prefixes=prefixes,
        by_quantity=by_quantity,
        lookback_ends=frozenset(word[-1] for word in (*_APPROX, *prefixes, *_NEGATIVE)),
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
        flag_prefix=re.compile(alternatives([p.surface for p in flag_prefixes]) or "(?!)"),
    )


def _compiled(ctx: Context) -> Compiled:
    return ctx.lexicon.compiled(compile_units)


# ---------------------------------------------------------------------------------------------------------------
# Numbers


def parse_number(text: str) -> float:
    """``1,000`` → 1000; ``１万５０００`` → 15000; ``1.5万`` → 15000; ``1億2000万`` → 120000000."""
    if text.isascii() and text.isdigit():
        return float(text)
    total = 0.0
    current = ""
    for char in text.translate(_TO_ASCII):
        if char in _MULTIPLIERS:
            total += float(current or "0") * _MULTIPLIERS[char]
            current = ""
        elif char != ",":
            current += char
    return total + (float(current) if current else 0.0)


def half_step(text: str, value: float) -> float:
    """How far the true value may be from a written figure: half a unit of its last digit.

    Round figures (``250``, ``1万``) may be rounded by the writer: half a unit of their last non-zero digit,
    but at most 5% of the value (``100フィート`` is not "anything from 50 to 150").
    """
    plain = text.translate(_TO_ASCII).replace(",", "")
    multiplier = 1.0
    while plain and plain[-1] in _MULTIPLIERS:
        multiplier *= _MULTIPLIERS[plain[-1]]
        plain = plain[:-1]
    last = re.split("[億万千]", plain)[-1] or "0"
    if "." in last:
        return 0.5 * 10 ** -len(last.split(".")[1]) * multiplier
    zeros = len(last) - len(last.rstrip("0")) if last.strip("0") else 0
    if zeros == 0 and multiplier == 1.0:
        return 0.5
    return min(0.5 * 10**zeros * multiplier, max(0.5, 0.05 * abs(value)))


def _decimals(text: str) -> int:
    plain = text.translate(_TO_ASCII)
    return len(plain.split(".")[1].rstrip("億万千")) if "." in plain else 0


def _round_significant(value: float, digits: int) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def format_number(
    value: float, decimals: int = 0, *, man: bool = False, comma: bool = False, wide: bool = False
) -> str:
    """A figure written the way Japanese news writes it: ``250``, ``1.8``, ``1万1000`` (or ``11,000``)."""
    value = round(value, decimals)
    if decimals:
        text = f"{abs(value):.{decimals}f}".rstrip("0").rstrip(".")
    else:
        whole = round(abs(value))
        if man and whole >= 10000:
            high, low = divmod(whole, 10000)
            text = f"{high}万{low}" if low else f"{high}万"
        else:
            text = f"{whole:,}" if comma else str(whole)
    if wide:
        text = text.translate(str.maketrans("0123456789,.", "０１２３４５６７８９，．"))
    return text


# ---------------------------------------------------------------------------------------------------------------
# Finding figures and pairs (shared by the three rules)


def _window(text: str, start: int, end: int) -> tuple[int, int]:
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


def _matches(text: str, compiled: Compiled) -> list[re.Match[str]]:
    """Every number + unit: a cheap scan finds digit runs followed by what may start a unit, and only
    those candidates pay for the full pattern (half the time of running the full pattern everywhere)."""
    matches = []
    position = 0
    scan, pattern = compiled.scan.search, compiled.pattern.match
    while candidate := scan(text, position):
        match = pattern(text, candidate.start())
        if match is None:
            position = candidate.end()
        else:
            matches.append(match)
            position = match.end()
    return matches


def _figures(text: str, compiled: Compiled) -> list[Figure]:
    figures: list[Figure] = []
    matches = _matches(text, compiled)
    for index, match in enumerate(matches):
        num_start = match.start()
        surface = match.group("unit")
        # Only figures that a rule may report need the full work: a unit that can be flagged, a figure
        # followed by a bracket, the figure after it (maybe its bracketed partner), or a part of a compound
        # (1メートル80センチ).
        if (
            surface not in compiled.flaggable
            and text[match.end() : match.end() + 2].lstrip(" \u3000")[:1] not in "(（"
            and not (
                surface in compiled.prefixed and compiled.flag_prefix.search(text, max(0, num_start - 6), num_start)
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
        figure = Figure(
            start=num_start,
            sign_start=num_start,
            num_start=num_start,
            num_end=match.end("high") if match.group("high") else match.end("low_end"),
            end=match.end(),
            low=parse_number(low_text),
            high=parse_number(high_text),
            low_text=low_text,
            high_text=high_text,
            surface=surface,
            approx="",
            approx_start=-1,
            prefix=None,
            negative=False,
            readings=compiled.readings[surface],
        )
        # Most figures follow は, の, 、: only look back when the character before can end 約, 時速, マイナス.
        if num_start and text[num_start - 1] in compiled.lookback_ends:
            _look_back(text, compiled, figure)
        figures.append(figure)
    return figures


def _look_back(text: str, compiled: Compiled, figure: Figure) -> None:
    """Extend ``figure`` leftwards over 約/およそ, a prefix (時速, 華氏) and a minus sign."""
    num_start = figure.num_start
    back = compiled.lookback.search(text, max(0, num_start - 12), num_start)
    if back is None or back.start() == num_start:
        return
    neg = back.group("neg")
    if neg in ("-", "−", "－"):
        before = text[back.start("neg") - 1] if back.start("neg") > 0 else " "
        if before.isalnum() or before in "-−－":
            return  # A-10 is a name, 150-200 a range: what stands before the hyphen is not ours
    figure.negative = bool(neg)
    figure.sign_start = back.start("neg") if neg else num_start
    prefix = compiled.prefixes.get(back.group("pre") or "")
    fitted = compiled.with_prefix.get((prefix.surface, figure.surface), ()) if prefix else ()
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
    """The reading of a figure outside a conversion pair: the first whose evidence is there."""
    for reading in figure.readings:
        if not reading.needs_evidence:
            return reading
        if reading.needs_prefix and figure.prefix is not None:
            return reading
        if reading.evidence is not None and reading.evidence.search(text, *_window(text, figure.start, figure.end)):
            return reading
    return None


def analyse(text: str, compiled: Compiled) -> tuple[list[Figure], list[Pair]]:
    """Every figure with its resolved reading, and the bracketed conversion pairs among them."""
    figures = _merge_compounds(_figures(text, compiled))
    pairs: list[Pair] = []
    for main, bracket in itertools.pairwise(figures):
        if main.partner is not None:
            continue
        opened = _OPEN.match(text, main.end)
        if opened is None or opened.end() != bracket.start:
            continue
        closed = _CLOSE.match(text, bracket.end)
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
        pairs.append(Pair(main, bracket, mixed))
    for figure in figures:
        if figure.partner is None:
            figure.reading = _resolve_alone(text, figure)
    return figures, pairs


# ---------------------------------------------------------------------------------------------------------------
# Arithmetic


def _converter(ra: Reading, rb: Reading, offsets: bool = True) -> Callable[[float], float]:
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


def check_pair(pair: Pair, text: str) -> tuple[bool, float, float]:
    """(consistent?, expected low, expected high) of the bracketed figure, in the bracket's unit.

    Temperatures that fail as readings may still be right as a change, where the sentence speaks of one:
    気温が1.5度（2.7°F）上昇.
    """
    main, bracket = pair.main, pair.bracket
    assert main.reading is not None and bracket.reading is not None
    result = _check(main, bracket, _converter(main.reading, bracket.reading))
    if (
        not result[0]
        and main.reading.quantity == "temperature"
        and main.high != 0
        and _CHANGE.search(text, *_window(text, main.start, bracket.end))
    ):
        as_change = _check(main, bracket, _converter(main.reading, bracket.reading, offsets=False))
        if as_change[0]:
            return as_change
    return result


def _check(main: Figure, bracket: Figure, convert: Callable[[float], float]) -> tuple[bool, float, float]:
    slack_rate = _SLACK_APPROX if (main.approx or bracket.approx) else _SLACK
    ends = [(main.high, main.high_text, bracket.high, bracket.high_text)]
    if main.is_range:
        ends.append((main.low, main.low_text, bracket.low, bracket.low_text))
    consistent = True
    expected: list[float] = []
    for x_value, x_text, y_value, y_text in ends:
        x, y = main.signed(x_value), bracket.signed(y_value)
        hx, hy = half_step(x_text, x_value), half_step(y_text, y_value)
        centre = convert(x)
        slack = slack_rate * abs(centre)
        low, high = convert(x - hx) - slack, convert(x + hx) + slack
        expected.append(centre)
        if max(low, y - hy) > min(high, y + hy):
            consistent = False
    return consistent, expected[-1], expected[0]


def _metric_suggestion(figure: Figure, compiled: Compiled, wide: bool) -> str:
    """The figure in metric units, as Japanese news writes it: 155マイル → 約250キロ, 90°F → 約32度."""
    reading = figure.reading
    assert reading is not None
    speed = reading.quantity == "speed"
    quantity = "length" if speed else reading.quantity
    targets = [compiled.by_quantity.get((surface, quantity)) for surface in reading.metric]
    targets = [t for t in targets if t is not None]
    if not targets:
        return ""
    # Speeds convert their distance per time base (時速155マイル → 時速約250キロ).
    source = replace(reading, quantity="length", factor=reading.factor * reading.per) if speed else reading
    values: list[float] = []
    chosen = targets[-1]
    for target in targets:
        convert = _converter(source, target)
        if abs(convert(figure.signed(figure.high))) >= 1:
            chosen = target
            break
    convert = _converter(source, chosen)
    for x in ([figure.low] if figure.is_range else []) + [figure.high]:
        value = convert(figure.signed(x))
        value = round(value) if chosen.quantity == "temperature" else _round_significant(value, 2)
        values.append(value)
    decimals = 0 if all(float(v).is_integer() for v in values) else 1

    def one(value: float) -> str:
        number = format_number(value, decimals, man=True, wide=wide)
        return ("マイナス" + number) if value < 0 else number

    number = "～".join(one(v) for v in values)
    prefix = _SPEED_WORD.get(reading.per, "時速") if speed else ""
    return f"{prefix}{figure.approx or '約'}{number}{chosen.surface}"


def _corrected_number(expected: float, figure: Figure, text: str) -> str:
    """``expected`` written like the figure it replaces (digits, separators, 万, precision, minus sign)."""
    written = figure.high_text
    decimals = _decimals(written)
    if decimals == 0 and 0 < abs(expected) < 10 and not float(round(expected, 1)).is_integer():
        decimals = 1
    if decimals == 0 and abs(expected) >= 1000:
        expected = _round_significant(expected, 3)
    number = format_number(
        expected,
        decimals,
        man="万" in written,
        comma=any(c in written for c in ",，"),
        wide=any("\uff10" <= c <= "\uff19" for c in written),
    )
    if round(expected, decimals) < 0:
        sign = text[figure.sign_start : figure.num_start] if figure.negative else ""
        if sign in ("", "氷点下", "零下"):
            sign = "-" if _LATIN_END.search(figure.surface) or figure.surface[0] in "°℃℉" else "マイナス"
        number = sign + number
    return number


# ---------------------------------------------------------------------------------------------------------------
# Rules


def _analyse(analysis: Analysis) -> tuple[list[Figure], list[Pair]]:
    return analyse(analysis.text, analysis.lexicon.compiled(compile_units))


def _analysed(doc: Document, ctx: Context) -> tuple[Compiled, list[Figure], list[Pair]]:
    """The figures and bracketed pairs of ``doc``: one pass shared by the three unit rules."""
    compiled = _compiled(ctx)
    figures, pairs = ctx.analysis.memo(_analyse)
    return compiled, figures, pairs


class Imperial(Rule):
    """Finds miles, feet, inches, pounds (of mass), ounces, gallons, degrees Fahrenheit, acres, yards and mph.

    Why it matters:
    Japanese news gives measurements in metric units; an imperial figure is a leftover of the English source
    that the reader has to convert in their head.

    How it decides:
    The rule suggests the metric figure where it can compute
    it (155マイル → 約250キロ). Where the imperial figure is only a bracketed conversion of a metric figure
    already given, 250キロ（155マイル）, the bracket can simply be removed. Sizes that Japanese keeps in
    imperial units (screens in インチ, golf in ヤード, gold per オンス, airline マイル) are left alone, and
    ポンド counts as a weight only with evidence (a kilogram figure beside it, 体重, 重さ), since it is also
    the British currency.
    """

    id = "units.imperial"
    category = "locale/units"
    severity = "minor"
    summary = "Imperial unit (miles, feet, pounds, °F …) in a Japanese article"
    languages = frozenset({"ja"})
    bad = "新しい橋の全長は3マイルに及ぶ。"
    good = "新しい橋の全長は約4.8キロに及ぶ。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        compiled, figures, _ = _analysed(doc, ctx)
        text = doc.text
        for figure in figures:
            reading = figure.reading
            if reading is None or reading.ja_ok:
                continue
            if reading.unless is not None and reading.unless.search(text, *_window(text, figure.start, figure.end)):
                continue
            if _in_english(text, figure) or ctx.in_embed(figure.start, figure.end):
                continue
            wide = any("\uff10" <= c <= "\uff19" for c in figure.high_text)
            partner = figure.partner
            excerpt = text[figure.start : figure.end]
            if partner is not None and partner.reading is not None and partner.reading.ja_ok:
                open_at, close_end = figure.bracket_span
                if figure.in_brackets:
                    yield self.finding(
                        doc,
                        open_at,
                        close_end,
                        f"'{excerpt}' is a bracketed conversion into {reading.name} of the metric figure before it; "
                        "Japanese news gives metric units only, so the bracket can simply be removed.",
                    )
                    continue
                inner = text[partner.start : partner.end]
                # The bracket as written is the fix, unless it is wrong or lost the speed (時速100マイル（160キロ）).
                consistent = check_pair(Pair(figure, partner, False), text)[0]
                same_kind = reading.quantity == partner.reading.quantity
                suggestion = inner if consistent and same_kind else _metric_suggestion(figure, compiled, wide)
                advice = (
                    f"the metric figure is already in brackets, so keep only {suggestion or inner}"
                    if consistent
                    else f"the bracketed '{inner}' does not match it, so write {suggestion or 'the metric figure'}"
                )
                yield self.finding(
                    doc,
                    figure.start,
                    close_end,
                    f"'{excerpt}' is in {reading.name}, which Japanese news does not use; {advice}.",
                    suggestion=suggestion,
                )
                continue
            suggestion = _metric_suggestion(figure, compiled, wide)
            advice = f"write {suggestion}" if suggestion else "give the figure in metric units"
            yield self.finding(
                doc,
                figure.start,
                figure.end,
                f"'{excerpt}' is in {reading.name}, which Japanese news does not use; {advice}.",
                suggestion=suggestion,
            )


def _in_english(text: str, figure: Figure) -> bool:
    """True for ``5 miles`` inside an English sentence left untranslated (another rule's finding)."""
    if not _LATIN_END.search(figure.surface):
        return False
    before = text[max(0, figure.start - 3) : figure.start].rstrip()
    return bool(before) and before[-1].isascii() and before[-1].isalpha()


class ConversionMismatch(Rule):
    """Finds a bracketed conversion whose arithmetic is wrong: 250キロ（250マイル）, 0度（0°F）.

    Why it matters:
    Machine translation and hurried editing copy the number across but not the conversion, or convert the
    wrong way (kilometres taken as miles). A wrong figure in brackets is a factual error the reader may
    quote.

    How it decides:
    Rounding is allowed: the written precision of both figures (half a unit of the last digit; round
    figures such as 250 or 1万 may be off by half a unit of their last non-zero digit, up to 5%) plus 3%
    (10% with 約 or およそ). A speed against a distance (時速250キロ（155マイル）) compares the distances; the
    missing 時速 is units.speed-as-distance's finding. The suggestion is the corrected bracketed figure.
    """

    id = "units.conversion-mismatch"
    category = "accuracy/number"
    severity = "major"
    summary = "Bracketed unit conversion does not match the figure it converts"
    languages = frozenset({"ja"})
    bad = "列車は250キロ（250マイル）の区間を走る。"
    good = "列車は250キロ（155マイル）の区間を走る。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        for pair in _analysed(doc, ctx)[2]:
            main, bracket = pair.main, pair.bracket
            if main.is_range != bracket.is_range:
                continue  # 150～200マイル（約250キロ）: which end was converted is anybody's guess
            consistent, expected_low, expected_high = check_pair(pair, text)
            if consistent:
                continue
            start = bracket.value_start()
            number = _corrected_number(expected_high, bracket, text)
            if bracket.is_range:  # 240～320キロ: both ends, with the separator as written
                low = _corrected_number(expected_low, replace(bracket, high_text=bracket.low_text), text)
                separator = text[bracket.num_start + len(bracket.low_text) : bracket.num_end - len(bracket.high_text)]
                number = low + separator + number
            suggestion = number + text[bracket.num_end : bracket.end]
            yield self.finding(
                doc,
                start,
                bracket.end,
                f"The bracketed '{text[start : bracket.end]}' is not a conversion of "
                f"'{text[main.start : main.end]}', which comes to about {suggestion}.",
                suggestion=suggestion,
            )


class SpeedAsDistance(Rule):
    """Finds a conversion that turns a speed into a distance or back: 時速250キロ（155マイル）.

    Why it matters:
    Machine translation often drops 時速 (or "per hour") from one side of a bracketed conversion, so that
    the text says a car goes at 250 km/h, "155 miles". The reader gets a distance where a speed was meant.

    How it decides:
    The suggestion adds the speed marker to the side that lost it (時速155マイル, or 155mi/h for Latin
    units).
    """

    id = "units.speed-as-distance"
    category = "accuracy/number"
    severity = "major"
    summary = "Speed converted into a distance (or a distance into a speed)"
    languages = frozenset({"ja"})
    bad = "新型車は時速300キロ（186マイル）に達した。"
    good = "新型車は時速300キロ（時速186マイル）に達した。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        for pair in _analysed(doc, ctx)[2]:
            if not pair.mixed:
                continue
            main, bracket = pair.main, pair.bracket
            assert main.reading is not None and bracket.reading is not None
            speed, distance = (main, bracket) if main.reading.quantity == "speed" else (bracket, main)
            assert speed.reading is not None
            word = speed.prefix.surface if speed.prefix is not None else _SPEED_WORD.get(speed.reading.per, "時速")
            start = distance.start  # 約 included: 時速約155マイル
            written = text[start : distance.end]
            if _LATIN_END.search(distance.surface):
                suffix = {3600.0: "/h", 60.0: "/min", 1.0: "/s"}.get(speed.reading.per, "/h")
                suggestion = written + suffix
            else:
                suggestion = word + written
            side = "in brackets" if distance is bracket else "before the brackets"
            yield self.finding(
                doc,
                start,
                distance.end,
                f"'{written}' {side} is a distance, but '{text[speed.start : speed.end]}' is a speed; "
                f"write {suggestion}.",
                suggestion=suggestion,
            )


RULES = (Imperial, ConversionMismatch, SpeedAsDistance)

"""Quantities: numbers, rounding, number forms and units, read one way for the whole auditor.

Everything that reads or writes a figure goes through this module, so that no two parts of the auditor can
disagree about what a figure says:

- reading: ``TO_ASCII`` (full-width digits, signs and Latin letters to ASCII, one character for one, so offsets
  stay); ``parse_japanese_number`` (``5,000億``, ``１万５０００``, ``5億4千万``, ``1兆2000億``, ``3千``, ``千``; it
  refuses ``3兆億``); ``parse_english_number`` (``1,234.5``, ``2 000``); ``parse_kanji_number`` (``二十五``);
  ``japanese_number_regex``, the one pattern of a Japanese number that every scanner uses;
- rounding: ``rounding_step`` (half a unit of the last written digit; with ``round_figures``, what the unit rules
  allow a round figure), ``written_decimals``, ``round_like``, ``round_significant``;
- writing: ``japanese_form`` and ``format_number`` (``5000億``, ``150万``, ``4万5000``, ``5,000億``, ``１５５``), and
  ``japanese_date``;
- units: ``unit_table(lexicon)``, the one reader of ``units.tsv`` (with the publication's ``[[lexicon.units]]``
  rows), and ``unit_context(lexicon)``, the words around a figure (``unit_context.tsv``: 約, マイナス, 上昇 …)
  with ``look_back``, which reads them before a number;
- mentions: ``english_numbers(text)`` reads an English source: ``1,234.5``, ``-3``, ``5%``, ``$5``, ``€2.5bn``,
  ``500 billion``, ordinals (``2nd``), ranges (``5-7``: two mentions), years, dates (``January 30, 2026``,
  ``30 January 2026``, ``Jan. 30``, ``November 2024``, a month alone), times (``3:30 p.m.``) and measures
  (``155 mph``), whose factors come from the ``units`` lexicon given (the target's: a house unit counts on both
  sides of the number cross-check). ``japanese_numbers(text)`` reads a Japanese target: half- and full-width
  digits, ``5,000億``, ``1.5万``, ``1兆2000億``, kanji numerals (``二十五``), dates (``2026年1月30日``, ``令和8年``,
  ``30日``), times (``午後3時半``), percent, money and measures (``時速250キロ``). Each ``Mention`` has offsets into
  the text as given, its value and what it counts.

The words (scales, months, currencies, unit names, eras, 約 and マイナス) are data in ``lexicons/en`` and
``lexicons/ja``; every table is read and every regex compiled once per lexicon.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Final

from auditor.lexicons import Lexicon, get_lexicon
from auditor.lexicons.schema import (
    CurrencyRow,
    MonthRow,
    NumberPhraseRow,
    NumberWordRow,
    UnitContextRow,
    UnitRow,
    UnitWordRow,
)

# (year, month, day); a part the text does not give is None.
Date = tuple[int | None, int | None, int | None]

# ---------------------------------------------------------------------------------------------------------------
# Characters

# Full-width digits, signs and Latin letters to ASCII, one character for one (offsets stay).
TO_ASCII: Final = str.maketrans(
    "０１２３４５６７８９，．：－％"
    + "".join(chr(c) for c in range(0xFF21, 0xFF3B))
    + "".join(chr(c) for c in range(0xFF41, 0xFF5B)),
    "0123456789,.:-%ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)
# The other way, for a suggestion written like a full-width figure.
_TO_WIDE: Final = str.maketrans("0123456789,.", "０１２３４５６７８９，．")
_SPACES = " \u3000\u00a0\u202f"
_NO_SCALES: Mapping[str, float] = {}
_TEMPERATURE = "temperature"
# Relative slack when a unit was converted (the writer rounds 249.4 km/h to 250): on top of half the last digit.
_CONVERSION_SLACK = 0.03
# A round figure (250, 1万) may have been rounded by up to half its last non-zero digit, but by no more than this
# share of its value (100フィート is not "anything from 50 to 150").
ROUND_FIGURE_CAP = 0.05


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


def _value(row: NumberWordRow) -> float:
    """The value of a number word whose kind needs one (checked when the table is read)."""
    assert row.value is not None, row.where
    return row.value


# ---------------------------------------------------------------------------------------------------------------
# Scale words


def japanese_scales(lexicon: Lexicon) -> dict[str, float]:
    """The words that multiply the digits before them in ``lexicon``'s numbers: 千 万 億 兆 (number_words.tsv)."""
    return lexicon.compiled(_japanese_scales)


def _japanese_scales(lexicon: Lexicon) -> dict[str, float]:
    rows = lexicon.table(NumberWordRow)
    # 万 億 兆 (kind scale), and 千, a power that news writes after digits (3千人).
    return {r.surface: _value(r) for r in rows if r.kind == "scale" or (r.kind == "power" and _value(r) >= 1000)}


def english_scales(lexicon: Lexicon) -> dict[str, tuple[float, bool]]:
    """Scale words after an English number (million, bn …) → (factor, only after a currency sign: $5m)."""
    return lexicon.compiled(_english_scales)


def _english_scales(lexicon: Lexicon) -> dict[str, tuple[float, bool]]:
    return {r.surface: (_value(r), r.needs == "currency") for r in lexicon.table(NumberWordRow) if r.kind == "scale"}


def _default_scales() -> dict[str, float]:
    return japanese_scales(get_lexicon("ja"))


def _scale_class(scales: Iterable[str]) -> str:
    """One regex atom for one scale word: a character class where every word is one character."""
    words = sorted(set(scales), key=len, reverse=True)
    if not words:
        return "(?!)"
    if all(len(word) == 1 for word in words):
        return "[" + "".join(re.escape(word) for word in words) + "]"
    return f"(?:{_alternation(words)})"


def japanese_number_regex(scales: Iterable[str], *, wide: bool = False, tail: bool = False) -> str:
    """The regex of a number written the Japanese news way (no groups): digits grouped by commas, a decimal part,
    scale words between and after digit groups (``5,000億``, ``1万5000``, ``5億4千万``), and a space around a scale
    word (machine translation writes ``135 万``). ``wide`` also takes full-width digits and marks (for text not
    mapped by ``TO_ASCII``); ``tail`` gives what follows the first run of digits only.

    It finds candidates; ``parse_japanese_number`` decides what is a number (``3兆億`` matches, and is refused).
    """
    digit = "[0-9０-９]" if wide else r"\d"
    comma = "[,，]" if wide else ","
    point = "[.．]" if wide else r"\."
    scale = _scale_class(scales)
    decimals = f"(?:{comma}{digit}{{3}})*(?:{point}{digit}+)?"
    grouped = f"{digit}+{decimals}"
    scaled = f"(?:[ \u3000]?{scale}+[ \u3000]?{grouped})*(?:[ \u3000]?{scale}+)?"
    return decimals + scaled if tail else grouped + scaled


# ---------------------------------------------------------------------------------------------------------------
# Reading numbers


def parse_japanese_number(text: str, scales: Mapping[str, float] | None = None) -> float:
    """The value of a number written the Japanese news way, digits half- or full-width.

    ``5,000億`` → 5e11, ``1.5万`` → 15000, ``１万５０００`` → 15000, ``1兆2000億`` → 1.2e12, ``5億4千万`` → 5.4e8,
    ``3千`` → 3000, ``千`` → 1000, ``135 万`` → 1.35e6. ``scales`` are the scale words and their values (the
    ``ja`` lexicon's, by default). A power below 万 (千) multiplies the one digit before it inside a group of four
    digits; 万, 億 and 兆 multiply the whole group before them, and come in falling order.

    Raises ValueError for what is no number, rather than read it one way or another: ``3兆億`` (a scale word with no
    digits of its own after another: 3兆 and how many 億?), ``1億2兆`` (scales out of order), ``1億2万億``,
    ``5千千``, ``15千`` (千 takes one digit), ``3千5000`` and ``1万15000`` (a lower part as large as the scale
    before it), an empty string.
    """
    if text.isascii() and text.isdigit():
        return float(text)  # most figures: 250
    scales = scales if scales is not None else _default_scales()
    total = 0.0
    section = 0.0  # the group below the next big scale read so far: 4千 of 4千万
    digits = ""  # digits since the last scale word
    power = math.inf  # the last power (千) in this group: the digits after it must be smaller
    big = math.inf  # the last big scale (万 億 兆): the next must be smaller, and so must the group before it

    def number(written: str) -> float:
        try:
            return float(written)
        except ValueError:
            raise ValueError(f"{text!r} is not a number") from None

    def close_group() -> float:
        group = section + (number(digits) if digits else 0.0)
        if power != math.inf and digits and number(digits) >= power:
            raise ValueError(f"{text!r} is not a number: {digits} after a power of {power:g}")
        if big != math.inf and group >= big:
            raise ValueError(f"{text!r} is not a number: a group of {group:g} after a scale of {big:g}")
        return group

    for char in text.translate(TO_ASCII):
        if char == "," or char.isspace():
            continue
        size = scales.get(char)
        if size is None:
            if not (char.isdigit() or char == "."):
                raise ValueError(f"{text!r} is not a number: {char!r}")
            digits += char
        elif size < 1e4:  # 千: the digit before it, inside the group
            written = number(digits) if digits else 1.0
            if size >= power or written >= 10:
                raise ValueError(f"{text!r} is not a number: {digits}{char}")
            section += written * size
            power, digits = size, ""
        else:  # 万 億 兆: the whole group before it
            if size >= big:
                raise ValueError(f"{text!r} is not a number: {char} after a larger or equal scale")
            if not digits and not section:
                if big != math.inf:
                    raise ValueError(f"{text!r} is not a number: {char} has no digits of its own")
                group = 1.0  # 万 alone is one 万
            else:
                group = close_group()
            if big != math.inf and group * size >= big:
                raise ValueError(f"{text!r} is not a number: a group of {group:g}{char} after a larger scale")
            total += group * size
            big, section, digits, power = size, 0.0, "", math.inf
    if not digits and not section and big == math.inf:
        raise ValueError(f"{text!r} is not a number")
    return total + close_group()


_ENGLISH_NUMBER = re.compile(r"\d+(?:[,\u00a0\u202f ]\d{3})*(?:\.\d+)?")


def parse_english_number(text: str) -> float:
    """``1,234.5`` → 1234.5; ``2 000`` → 2000 (groups of three after a comma or a space); ``12.5`` → 12.5.

    Raises ValueError for ``1.2.3`` (a version or a date), ``1,23`` and anything else that is not a number."""
    if text.isascii() and text.isdigit():
        return float(text)
    if _ENGLISH_NUMBER.fullmatch(text) is None:
        raise ValueError(f"{text!r} is not a number")
    return float(re.sub(r"[,\u00a0\u202f ]", "", text))


def parse_kanji_number(text: str, table: Mapping[str, tuple[str, float]]) -> float | None:
    """二十五 → 25; 三千五百 → 3500; 二〇二六 → 2026; 五万 → 50000. None for a run that is not a number."""
    if all(table[c][0] == "digit" for c in text):
        return float("".join(str(int(table[c][1])) for c in text))
    total = section = 0.0
    digit: float | None = None
    for char in text:
        kind, value = table[char]
        if kind == "digit":
            if digit is not None:
                return None
            digit = value
        elif kind == "power":
            section += (1.0 if digit is None else digit) * value
            digit = None
        else:  # 万 億 兆
            total += (section + (digit or 0.0) or 1.0) * value
            section, digit = 0.0, None
    return total + section + (digit or 0.0)


# ---------------------------------------------------------------------------------------------------------------
# Rounding


def _last_group(plain: str, scales: Mapping[str, float]) -> tuple[str, float]:
    """The last digit group of an ASCII figure and the product of the scale words after it: ``5,000億`` →
    (``5000``, 1e8); ``4千万`` → (``4``, 1e7); ``2 000`` → (``2000``, 1)."""
    end = len(plain)
    multiplier = 1.0
    while end and (plain[end - 1] in scales or plain[end - 1] in _SPACES):
        multiplier *= scales.get(plain[end - 1], 1.0)
        end -= 1
    start = end
    while start and (plain[start - 1].isdigit() or plain[start - 1] in ".," or plain[start - 1] in _SPACES):
        start -= 1
    return re.sub(r"[,\s\u00a0\u202f]", "", plain[start:end]), multiplier


def rounding_step(
    written: str,
    value: float | None = None,
    *,
    round_figures: bool = False,
    scales: Mapping[str, float] | None = None,
) -> float:
    """How far the true value may be from a written figure: half a unit of its last written digit, times the scale
    words after it: ``155`` → 0.5, ``1.8`` → 0.05, ``5,000億`` → 0.5e8, ``1.5万`` → 500.

    With ``round_figures`` (what the unit rules allow: a writer converting 249.4 km writes 250), trailing zeros and
    a trailing scale word may be rounding too: half a unit of the last non-zero digit, but at most
    ``ROUND_FIGURE_CAP`` (5%) of ``value`` (the figure's value, ``written`` read by default) and never less than
    0.5: ``250`` → 5, ``100`` → 5, ``1万`` → 500. Without it (the number cross-check: a translator copies digits),
    every written digit counts. ``scales`` are the scale words (the ``ja`` lexicon's by default).
    """
    if not round_figures and written.isascii() and written.isdigit():
        return 0.5  # most figures: 250
    scales = scales if scales is not None else _default_scales()
    last, multiplier = _last_group(written.translate(TO_ASCII), scales)
    if "." in last:
        return 0.5 * 10 ** -len(last.split(".")[1]) * multiplier
    if not round_figures:
        return 0.5 * multiplier
    zeros = len(last) - len(last.rstrip("0")) if last.strip("0") else 0
    if zeros == 0 and multiplier == 1.0:
        return 0.5
    if value is None:
        value = parse_japanese_number(written, scales)
    return min(0.5 * 10**zeros * multiplier, max(0.5, ROUND_FIGURE_CAP * abs(value)))


def written_decimals(written: str) -> int:
    """The decimals of a figure's last digit group as written: ``1.8`` → 1, ``1.5万`` → 1, ``２５０．５`` → 1."""
    match = re.search(r"\.(\d+)\D*$", written.translate(TO_ASCII))
    return len(match.group(1)) if match else 0


def round_like(value: float, written: str) -> float:
    """``value`` rounded to the decimals of ``written``, keeping two significant digits (249.4 like ``250`` → 249,
    1.83 like ``6`` → 1.8)."""
    decimals = written_decimals(written)
    if value:
        decimals = max(decimals, 1 - math.floor(math.log10(abs(value))))
    rounded = round(value, decimals)
    return float(int(rounded)) if decimals == 0 and math.isfinite(rounded) else rounded


def round_significant(value: float, digits: int) -> float:
    """``value`` rounded to ``digits`` significant digits: 249.4, 2 → 250.0; 1.8288, 2 → 1.8."""
    if value == 0:
        return 0.0
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


# ---------------------------------------------------------------------------------------------------------------
# Writing numbers the Japanese way


def _big_scales(lexicon: Lexicon) -> tuple[tuple[str, int], ...]:
    """万 億 兆 with their sizes, largest first: the words a Japanese figure is written with."""
    big = [(word, int(size)) for word, size in japanese_scales(lexicon).items() if size >= 1e4]
    return tuple(sorted(big, key=lambda item: -item[1]))


def _grouped(whole: int) -> str:
    """A whole number from 1万 on in groups of 万 億 兆: 45000 → ``4万5000``, 5e11 → ``5000億``."""
    parts = []
    rest = whole
    for word, size in get_lexicon("ja").compiled(_big_scales):
        high, rest = divmod(rest, size)
        if high:
            parts.append(f"{high}{word}")
    if rest:
        parts.append(str(rest))
    return "".join(parts)


def _commas(text: str) -> str:
    """Thousands commas in every run of four digits or more outside a decimal part: ``5000億`` → ``5,000億``."""
    return re.sub(r"(?<![.\d])\d{4,}", lambda m: f"{int(m.group()):,}", text)


def japanese_form(value: float, comma: bool = False) -> str:
    """A value as Japanese news writes it: 5e11 → ``5000億``, 1.5e6 → ``150万``, 45000 → ``4万5000``, 2.25 → ``2.25``.

    With ``comma``, runs of four digits get a thousands comma (``5,000億``), as the text around writes them.
    """
    value = float(value)
    negative = value < 0
    value = abs(value)
    text = ""
    if value >= 10000 and value.is_integer():
        text = _grouped(round(value))
    elif value >= 10000:
        for word, size in get_lexicon("ja").compiled(_big_scales):
            if value >= size:
                text = f"{value / size:.4g}{word}"
                break
    elif value.is_integer():
        text = str(int(value))
    else:
        text = f"{value:.6g}"
    if comma:
        text = _commas(text)
    return ("-" if negative else "") + text


def format_number(
    value: float, decimals: int = 0, *, scales: bool = False, comma: bool = False, wide: bool = False
) -> str:
    """``value`` rounded to ``decimals`` and written without its sign the way the figure it replaces is written:
    ``155``, ``1.8``; with ``scales``, a whole number from 1万 on in 万 億 兆 (``1万1000``, ``3万``); with ``comma``,
    thousands commas (``11,000``, ``5,000万``); with ``wide``, full-width digits (``１５５``)."""
    value = round(value, decimals)
    if decimals:
        text = f"{abs(value):.{decimals}f}".rstrip("0").rstrip(".")
    else:
        whole = round(abs(value))
        text = _grouped(whole) if scales and whole >= 10000 else str(whole)
    if comma:
        text = _commas(text)
    if wide:
        text = text.translate(_TO_WIDE)
    return text


def japanese_date(value: Date, like: Date | None = None) -> str:
    """(2026, 1, 30) → ``2026年1月30日``; with ``like``, only the parts ``like`` has (a bare ``30日`` stays a day)."""
    parts = []
    for part, counter, shown in zip(value, "年月日", like or value, strict=True):
        if part is not None and shown is not None:
            parts.append(f"{part}{counter}")
    return "".join(parts)


# ---------------------------------------------------------------------------------------------------------------
# Units: units.tsv and unit_context.tsv


@dataclass(frozen=True, slots=True)
class Reading:
    """One meaning of a unit surface (or of a prefix, or of a prefix plus unit): what ``units.tsv`` says of it."""

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
class UnitTable:
    """``units.tsv`` of one lexicon, the publication's rows included: the one table of units and factors."""

    units: Mapping[str, tuple[Reading, ...]]  # surface → its readings, in table order (キロ: km, then kg)
    prefixes: Mapping[str, Reading]  # 時速, 華氏 …
    by_unit: Mapping[str, Reading]  # unit id → its first reading: the factors of a unit named by id (English)
    speed_words: Mapping[float, str]  # seconds of a time base → the prefix that says it (3600 → 時速)


def unit_table(lexicon: Lexicon) -> UnitTable:
    """The units of ``lexicon`` (its ``units`` table), read once per lexicon."""
    return lexicon.compiled(_read_units)


def _words(values: tuple[str, ...]) -> re.Pattern[str] | None:
    words = [w for w in values if w not in ("partner", "prefix")]
    return re.compile(_alternation(words)) if words else None


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


def _read_units(lexicon: Lexicon) -> UnitTable:
    units: dict[str, list[Reading]] = {}
    prefixes: dict[str, Reading] = {}
    by_unit: dict[str, Reading] = {}
    speed_words: dict[float, str] = {}
    for row in lexicon.table(UnitRow):
        reading = _reading(row)
        if row.role == "prefix":
            prefixes[row.surface] = reading
            if row.quantity == "speed":
                speed_words.setdefault(row.per, row.surface)
        else:
            units.setdefault(row.surface, []).append(reading)
            by_unit.setdefault(row.unit, reading)
    return UnitTable({s: tuple(r) for s, r in units.items()}, prefixes, by_unit, speed_words)


@dataclass(frozen=True, slots=True)
class UnitContext:
    """The words around a figure (``unit_context.tsv``) and the prefixes of ``units.tsv``, as the readers use them.

    ``lookback`` matches what stands right before a number, ending where it starts: ``a1`` (約), ``pre`` (時速,
    華氏), ``a2`` (約 after a prefix), ``neg`` (a minus sign or word, or a below-zero word).
    """

    approx: tuple[str, ...]  # 約 first: the word suggestions write
    negative: tuple[str, ...]  # マイナス first: the word suggestions write before a Japanese unit
    signs: frozenset[str]  # the negative words that are signs (-, −, －): no sign after a letter or digit
    below_zero: frozenset[str]  # 氷点下, 零下: a minus, never written as one
    change: re.Pattern[str]  # 上昇, 低下 …: a temperature pair is a change
    after_bracket: tuple[str, ...]  # 程度, 前後, ほど
    lookback: re.Pattern[str]
    lookback_ends: frozenset[str]  # the last characters of those words: when to look back at all
    reach: int  # how far back they may reach

    @property
    def approx_word(self) -> str:
        return self.approx[0] if self.approx else ""

    @property
    def minus_word(self) -> str:
        return self.negative[0] if self.negative else "-"


def unit_context(lexicon: Lexicon) -> UnitContext:
    """The words around a figure in ``lexicon`` (its ``unit_context`` and ``units`` tables), read once per lexicon."""
    return lexicon.compiled(_read_unit_context)


def _read_unit_context(lexicon: Lexicon) -> UnitContext:
    rows = lexicon.table(UnitContextRow)
    by_role: dict[str, list[str]] = {}
    for row in rows:
        by_role.setdefault(row.role, []).append(row.word)
    approx = tuple(by_role.get("approx", ()))
    negative = tuple(by_role.get("negative", ()))
    below_zero = tuple(by_role.get("below_zero", ()))
    prefixes = list(unit_table(lexicon).prefixes)
    lookback = re.compile(
        f"(?P<a1>{_alternation(approx)})?(?P<pre>{_alternation(prefixes)})?"
        f"(?P<a2>{_alternation(approx)})?(?P<neg>{_alternation(negative + below_zero)})?\\Z"
    )
    longest = [max(map(len, words), default=0) for words in (approx, prefixes, approx, negative + below_zero)]
    return UnitContext(
        approx=approx,
        negative=negative,
        signs=frozenset(word for word in negative if not any(char.isalnum() for char in word)),
        below_zero=frozenset(below_zero),
        change=re.compile(_alternation(by_role.get("change", ()))),
        after_bracket=tuple(by_role.get("after_bracket", ())),
        lookback=lookback,
        lookback_ends=frozenset(word[-1] for word in (*approx, *prefixes, *negative, *below_zero)),
        reach=sum(longest),
    )


def look_back(text: str, start: int, context: UnitContext) -> re.Match[str] | None:
    """What stands right before the number at ``text[start]``: 約, a prefix (時速, 華氏), 約, a minus sign or word
    (groups ``a1``, ``pre``, ``a2``, ``neg`` of ``UnitContext.lookback``). None where nothing does, and where the
    sign is the hyphen of a name or a range (A-10, 150-200: a Latin letter, a digit or a sign before it); after kana
    or kanji it is a minus (気温は-5度)."""
    if not start or text[start - 1] not in context.lookback_ends:
        return None  # most numbers follow は, の, 、: nothing to look at
    back = context.lookback.search(text, max(0, start - context.reach), start)
    if back is None or back.start() == start:
        return None
    if back.group("neg") in context.signs:
        before = text[back.start("neg") - 1].translate(TO_ASCII) if back.start("neg") > 0 else " "
        if (before.isascii() and before.isalnum()) or before in context.signs:
            return None
    return back


# ---------------------------------------------------------------------------------------------------------------
# Mentions


@dataclass(frozen=True, slots=True)
class Measure:
    """One reading of a number + unit in SI terms: ``si`` ± ``tolerance`` (half the last written digit)."""

    quantity: str
    unit: str
    si: float
    tolerance: float
    factor: float
    offset: float


@dataclass(frozen=True, slots=True)
class Mention:
    """A number in a text: ``text[start:end]`` (sign, currency, scale word and unit included).

    ``kind``: number, money, percent, ordinal, year, date, time or measure. ``unit``: the currency code, the unit id
    of ``units.tsv`` or ``%``. ``values``: every value the mention may stand for (its value, a date's parts, a
    time's 12- and 24-hour readings), compared without sign. ``families``: what a changed figure may have been (a
    day for a day). ``loose``: kanji inside words (一部), digits glued to Latin letters (iPhone16, A320), names
    (Model 3): such a mention may match, but is never required nor reported.
    """

    start: int
    end: int
    value: float | Date
    kind: str
    unit: str = ""
    values: tuple[float, ...] = ()
    families: frozenset[str] = frozenset({"number"})
    measures: tuple[Measure, ...] = ()
    loose: bool = False
    renderings: tuple[
        str, ...
    ] = ()  # words that may stand for it in a translation (24/7 → 24時間, Jan. 6 → 議事堂襲撃)
    num_start: int = -1  # the digits alone (for suggestions that keep the unit)
    num_end: int = -1


# ---------------------------------------------------------------------------------------------------------------
# Mentions: shared helpers


def _measure(unit: str, quantity: str, factor: float, offset: float, value: float, step: float) -> Measure:
    return Measure(quantity, unit, value * factor + offset, step * factor, factor, offset)


def measures_match(a: Measure, b: Measure) -> bool:
    """Same quantity and the same amount within rounding (and 3% more where the unit was converted)."""
    if a.quantity != b.quantity:
        return False
    slack = a.tolerance + b.tolerance + 1e-9 * abs(a.si)
    if a.unit != b.unit and a.quantity != _TEMPERATURE:
        slack += _CONVERSION_SLACK * abs(a.si)
    return abs(a.si - b.si) <= slack


# ---------------------------------------------------------------------------------------------------------------
# English


@dataclass(frozen=True, slots=True)
class _English:
    pattern: re.Pattern[str]
    suffix: re.Pattern[str]
    months: dict[str, tuple[int, bool]]
    scales: dict[str, tuple[float, bool]]
    percent: frozenset[str]
    am: frozenset[str]
    pm: frozenset[str]
    lead: frozenset[str]
    phrases: re.Pattern[str]
    renderings: dict[str, tuple[str, ...]]
    currencies: dict[str, str]
    units: dict[str, str]  # surface → unit id, whose factors the target's units.tsv gives


_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|last|next|this|early|late|of|from|through|before|after)\s+|mid-)$", re.I
)
_NAME_BEFORE = re.compile(r"([A-Z][A-Za-z]*[a-z][A-Za-z]*\.?|[A-Z]{2,})[ \u00a0]$")
_OR_NEXT = re.compile(r"(\d{2,})[、,]$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”(]\s*|\n\s*)$")
_HALF_AFTER = re.compile(r"[ \u00a0]?(?:1/2|½)")
_YEAR_BEFORE = re.compile(r"\b(1[5-9]\d\d|20\d\d)[-–]$")


def _compile_english(lexicon: Lexicon) -> _English:
    words = lexicon.table(NumberWordRow)
    months = {r.surface: (r.month, r.alone) for r in lexicon.table(MonthRow)}
    currencies = {r.surface: r.code for r in lexicon.table(CurrencyRow) if r.position == "prefix"}
    currency_words = {r.surface: r.code for r in lexicon.table(CurrencyRow) if r.position == "suffix"}
    units = {r.surface: r.unit for r in lexicon.table(UnitWordRow) if r.surface != "F"}
    scales = english_scales(lexicon)
    by_kind = {kind: [r.surface for r in words if r.kind == kind] for kind in ("percent", "am", "pm", "lead")}
    phrases = {r.surface: r.renderings for r in lexicon.table(NumberPhraseRow)}
    month = _alternation(list(months))
    ampm = _alternation(by_kind["am"] + by_kind["pm"])
    # 1,234.5; 2 000 (grouped with spaces, as in transcripts and European styles); 12.5
    number = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)|\d+(?:\.\d+)?"
    ordinal = r"(?:st|nd|rd|th)"
    day = rf"(?:[12]\d|3[01]|0?[1-9]){ordinal}?"
    year = r"(?:1[5-9]|2[01])\d\d"
    pattern = re.compile(
        # Month-first and day-first dates, a month with a year, a month alone.
        rf"(?P<date>\b(?:(?P<m1>{month})\s+(?P<d1>{day})(?![\d:,.]\d)\b(?:,?\s+(?P<y1>{year})\b)?"
        rf"|(?P<d2>{day})\s+(?:of\s+)?(?P<m2>{month})(?![a-z])(?:,?\s+(?P<y2>{year})\b)?"
        rf"|(?P<m3>{month})(?![a-z]),?\s+(?:of\s+)?(?P<y3>{year})\b"
        rf"|(?P<m4>{month})(?![a-z])))"
        # Times: 3 p.m., 10:30am, 15:30.
        rf"|(?P<time>(?P<h>\d{{1,2}})(?::(?P<mi>\d\d))?\s?(?P<ampm>{ampm})(?![A-Za-z])"
        rf"|(?P<h2>\d{{1,2}}):(?P<mi2>\d\d)(?![\d:]))"
        # Numbers with a currency before them.
        rf"|(?:(?P<cur>{_alternation(list(currencies))})[ \u00a0]?)?(?P<num>{number})"
    )
    suffix = re.compile(
        rf"(?P<pct>[ \u00a0]?%|[ \u00a0](?:{_alternation([p for p in by_kind['percent'] if p != '%'])})\b)"
        rf"|[ \u00a0]?(?P<scale>{_alternation(list(scales))})(?![A-Za-z])"
        rf"|(?P<ord>{ordinal})(?![A-Za-z])"
        rf"|(?P<deg>°[ \u00a0]?F\b)"
        rf"|[ \u00a0]?-?[ \u00a0]?(?P<unit>{_alternation(list(units))})(?![A-Za-z])"
        rf"|[ \u00a0](?P<curword>{_alternation(list(currency_words))})\b"
    )
    units.update({"°F": "degF", "° F": "degF"})
    return _English(
        pattern=pattern,
        suffix=suffix,
        months=months,
        scales=scales,
        percent=frozenset(by_kind["percent"]),
        am=frozenset(by_kind["am"]),
        pm=frozenset(by_kind["pm"]),
        lead=frozenset(by_kind["lead"]),
        phrases=re.compile(rf"(?<![\w/.-])(?:{_alternation(list(phrases))})(?![\w/-])"),
        renderings=phrases,
        currencies={**currencies, **currency_words},
        units=units,
    )


def english_numbers(text: str, lexicon: Lexicon | None = None, *, units: Lexicon | None = None) -> list[Mention]:
    """Every number mention of an English text, in text order.

    ``lexicon`` gives the English words (the shipped ``en`` lexicon by default); ``units`` the lexicon whose
    ``units.tsv`` converts a measure (the translation's, so that a publication's own unit rows count on both sides
    of a comparison; the shipped ``ja`` lexicon by default)."""
    lexicon = lexicon or get_lexicon("en")
    tables: _English = lexicon.compiled(_compile_english)
    factors = unit_table(units or get_lexicon("ja")).by_unit
    phrases = [(m.start(), m.end(), tables.renderings[m.group()]) for m in tables.phrases.finditer(text)]
    out: list[Mention] = []
    for match in tables.pattern.finditer(text):
        start, end = match.span()
        phrase = next((p for p in phrases if p[0] < end and start < p[1]), None)
        if phrase is not None and not phrase[2]:
            continue  # Fortune 500: a name
        if match.group("date"):
            mention = _english_date(text, match, tables)
        elif match.group("time"):
            mention = _english_time(match, tables)
        else:
            mention = _english_number(text, match, tables, factors)
        if mention is not None:
            out.append(replace(mention, renderings=phrase[2]) if phrase else mention)
    return out


def _english_date(text: str, match: re.Match[str], tables: _English) -> Mention | None:
    name = match.group("m1") or match.group("m2") or match.group("m3") or match.group("m4")
    month, alone = tables.months[name]
    day_text = match.group("d1") or match.group("d2")
    year_text = match.group("y1") or match.group("y2") or match.group("y3")
    start, end = match.span()
    # A month alone: only full names, or a short one in its place (in May), never May the verb.
    if not day_text and not year_text and not alone and not _MONTH_CONTEXT.search(text, max(0, start - 12), start):
        return None
    day = int(re.sub(r"\D", "", day_text)) if day_text else None
    year = int(year_text) if year_text else None
    value: Date = (year, month, day)
    families = {"month"} | ({"day"} if day else set()) | ({"year"} if year else set())
    values = tuple(float(v) for v in value if v is not None)
    return Mention(start, end, value, "date", values=values, families=frozenset(families))


def _english_time(match: re.Match[str], tables: _English) -> Mention:
    hour = int(match.group("h") or match.group("h2"))
    minute = int(match.group("mi") or match.group("mi2") or 0)
    marker = match.group("ampm")
    if marker in tables.pm and hour < 12:
        hour += 12
    elif marker in tables.am and hour == 12:
        hour = 0
    value = hour + minute / 60
    values = {value, value % 12, value % 12 + 12, float(hour % 12 or 12)} | ({float(minute)} if minute else set())
    start, end = match.span()
    return Mention(start, end, value, "time", values=tuple(sorted(values)), families=frozenset({"time"}))


def _english_number(
    text: str, match: re.Match[str], tables: _English, factors: Mapping[str, Reading]
) -> Mention | None:
    start, end = match.span()
    num_start, num_end = match.span("num")
    digits = match.group("num")
    before = text[start - 1] if start else ""
    loose = False
    if before.isalpha() or before == "_" or (before and before in "-‐" and start >= 2 and text[start - 2].isalpha()):
        loose = True  # COVID-19, F-35, A320, IDirect3D: a name, not a quantity
    if before and before in ".,:/" and start >= 2 and text[start - 2].isdigit() and not match.group("cur"):
        loose = True  # 1.2.3, 10:30:15: a version or a code
    if text[num_end : num_end + 1] in (".", ",") and text[num_end + 1 : num_end + 2].isdigit():
        loose = True
    name = _NAME_BEFORE.search(text, max(0, start - 30), start)
    sentence_start = name is not None and _SENTENCE_START.search(text, max(0, name.start() - 4), name.start())
    if name and name.group(1) not in tables.lead and not sentence_start:
        loose = True  # Model 3, Windows 11, Apollo 11 (a capitalised word that is not "In", "About" …)
    value = parse_english_number(digits)
    step = rounding_step(digits, scales=_NO_SCALES)
    negative = bool(before) and before in "-−" and (start < 2 or not text[start - 2].isalnum())
    negative = negative and not match.group("cur")
    if negative:
        start -= 1
        value = -value
    kind, unit = "number", ""
    measures: tuple[Measure, ...] = ()
    families = {"number"}
    currency = match.group("cur")
    if currency:
        kind, unit = "money", tables.currencies[currency]
    suffix = tables.suffix.match(text, end)
    if suffix:
        if suffix.group("pct"):
            kind, unit, families = "percent", "%", {"percent"}
        elif suffix.group("scale"):
            factor, needs_currency = tables.scales[suffix.group("scale")]
            if needs_currency and not currency:
                suffix = _unit_suffix(text, end, tables)
            else:
                value *= factor
                step *= factor
                word = tables.suffix.match(text, suffix.end())
                if word and word.group("curword"):  # 3 trillion yen
                    kind, unit, suffix = "money", tables.currencies[word.group("curword")], word
        elif suffix.group("ord"):
            kind = "ordinal"
        elif suffix.group("curword"):
            kind, unit = "money", tables.currencies[suffix.group("curword")]
        if suffix is not None and (suffix.group("unit") or suffix.group("deg")):
            unit = tables.units[suffix.group("unit") or "°F"]
            known = factors.get(unit)
            if known is not None:
                kind, measures = "measure", (_measure(unit, known.quantity, known.factor, known.offset, value, step),)
        if suffix is not None:
            end = suffix.end()
    after = text[end : end + 1]
    values: tuple[float, ...] = (abs(value),)
    if after.isalpha() and not (kind == "number" and after == "s"):
        loose = True  # 6row, 5G, 3D: part of a word (the 1980s stay a year)
    half = _HALF_AFTER.match(text, end)
    if half:  # 3 1/2 stars, 3½: 3.5
        values += (abs(value) + 0.5,)
    if kind == "number" and after == "s" and len(digits) == 2:
        values += (1900 + value, 2000 + value)  # the 80s: 80年代 or 1980年代; the 00s: 2000年代
    short_year = _YEAR_BEFORE.search(text, max(0, start - 5), start)
    if kind == "number" and short_year and len(digits) == 2 and digits > short_year.group(1)[2:]:
        value = float(short_year.group(1)[:2] + digits)  # 1981-87: 1987
        values = (value,)
    if kind == "number" and len(digits) == 4 and digits.isdigit() and digits.startswith("0"):  # military time: 0500
        hour, minute = int(digits[:2]), int(digits[2:])
        time_values = {hour + minute / 60, float(hour), value} | ({float(minute)} if minute else set())
        return Mention(
            start, end, hour + minute / 60, "time", values=tuple(sorted(time_values)), families=frozenset({"time"})
        )
    if kind in ("number", "ordinal") and abs(value) == 1:
        loose = True  # 1 is "a", "one", "the first", "single": translations rarely keep the digit
    if kind == "number" and value.is_integer() and 1500 <= value <= 2100 and digits.isdigit():
        kind, families = "year", {"year"}
    return Mention(
        start, end, value, kind, unit, values=values, families=frozenset(families), measures=measures,
        loose=loose, num_start=num_start, num_end=num_end,
    )  # fmt: skip


def _unit_suffix(text: str, end: int, tables: _English) -> re.Match[str] | None:
    """The suffix read as a unit (5m alone is metres, not millions)."""
    unit_only = re.compile(rf"[ \u00a0]?-?[ \u00a0]?(?P<unit>{_alternation(list(tables.units))})(?![A-Za-z])(?P<deg>)")
    return unit_only.match(text, end)


# ---------------------------------------------------------------------------------------------------------------
# ---------------------------------------------------------------------------------------------------------------
# Japanese


@dataclass(frozen=True, slots=True)
class _Japanese:
    pattern: re.Pattern[str]
    after: re.Pattern[str]
    kanji: dict[str, tuple[str, float]]
    scales: dict[str, float]
    eras: dict[str, int]
    words: dict[str, float]
    currencies: dict[str, str]
    units: Mapping[str, tuple[Reading, ...]]  # surface → its readings
    prefixes: Mapping[str, Reading]  # 時速, 華氏 …
    context: UnitContext  # 約, マイナス and the prefixes before a number
    percent: frozenset[str]
    pm: frozenset[str]
    minor: dict[str, str]  # currency → its hundredth (ドル → セント)
    hundredths: frozenset[str]  # セント, ペンス
    half: re.Pattern[str]  # a counter and 半 after a number (1年半)
    months: dict[str, float]  # counter → months (年 → 12)


def _compile_japanese(lexicon: Lexicon) -> _Japanese:
    rows = lexicon.table(NumberWordRow)
    kanji = {r.surface: (str(r.kind), _value(r)) for r in rows if r.kind in ("digit", "power", "scale")}
    scales = japanese_scales(lexicon)
    eras = {r.surface: int(_value(r)) for r in rows if r.kind == "era"}
    words = {r.surface: _value(r) for r in rows if r.kind == "word"}
    percent = [r.surface for r in rows if r.kind == "percent"]
    ampm = [r.surface for r in rows if r.kind in ("am", "pm")]
    currency_rows = lexicon.table(CurrencyRow)
    currencies = {r.surface: r.code for r in currency_rows}
    counters = {r.surface: r.value or 0.0 for r in rows if r.kind == "counter"}
    table = unit_table(lexicon)
    era = _alternation(eras)
    kanji_class = "".join(kanji)
    pattern = re.compile(
        rf"(?P<date>(?:(?P<era>{era})(?P<ey>\d{{1,2}}|元)年|(?P<y>\d{{1,4}})年(?=\d{{1,2}}月))?(?P<m>\d{{1,2}})月(?:(?P<d>\d{{1,2}})日)?"
        rf"|(?P<era2>{era})(?P<ey2>\d{{1,2}}|元)年)"
        rf"|(?P<time>(?P<ampm>{_alternation(ampm)})?(?P<h>\d{{1,2}})時(?!間)(?:(?P<mi>\d{{1,2}})分|(?P<half>半))?"
        rf"|(?P<h2>\d{{1,2}}):(?P<mi2>\d\d)(?![\d:]))"
        rf"|(?P<num>{japanese_number_regex(scales)})"
        rf"|(?P<word>{_alternation(words)})"
        rf"|(?P<kanji>[{kanji_class}]+)"
    )
    after = re.compile(
        rf"[ \u3000]?(?:(?P<pct>{_alternation(percent)})|(?P<unit>{_alternation(table.units)})"
        rf"|(?P<cur>{_alternation(currencies)}))"
        rf"|(?P<counter>年|日)"
    )
    return _Japanese(
        pattern=pattern,
        after=after,
        kanji=kanji,
        scales=scales,
        eras=eras,
        words=words,
        currencies=currencies,
        units=table.units,
        prefixes=table.prefixes,
        context=unit_context(lexicon),
        percent=frozenset(percent),
        pm=frozenset(r.surface for r in rows if r.kind == "pm"),
        minor={r.surface: r.minor for r in currency_rows if r.minor},
        hundredths=frozenset(r.minor for r in currency_rows if r.minor),
        half=re.compile(rf"(?P<counter>{_alternation(counters)})半"),
        months={c: v for c, v in counters.items() if v},
    )


def japanese_numbers(text: str, lexicon: Lexicon | None = None, *, units: Lexicon | None = None) -> list[Mention]:
    """Every number mention of a Japanese text, in text order (offsets into ``text`` as given).

    Japanese units are read with ``lexicon``'s own ``units.tsv``; ``units`` is accepted for the language-pack
    signature every number reader shares, and not needed here."""
    lexicon = lexicon or get_lexicon("ja")
    tables: _Japanese = lexicon.compiled(_compile_japanese)
    plain = text.translate(TO_ASCII)  # one character for one: offsets stay
    out: list[Mention] = []
    for match in tables.pattern.finditer(plain):
        if out and match.start() < out[-1].end:
            continue  # read already as part of the mention before (3ドル74セント)
        mention: Mention | None
        if match.group("date"):
            mention = _japanese_date(match, tables)
        elif match.group("time"):
            mention = _japanese_time(match, tables)
        elif match.group("num"):
            mention = _japanese_number(plain, match, tables)
        elif match.group("word"):
            value = tables.words[match.group("word")]
            mention = Mention(*match.span(), value, "number", values=(value,), loose=True)
        else:
            kanji = parse_kanji_number(match.group("kanji"), tables.kanji)
            mention = None if kanji is None else Mention(*match.span(), kanji, "number", values=(kanji,), loose=True)
        if mention is not None:
            out.append(mention)
    return out


def _era_year(era: str | None, year: str | None, tables: _Japanese) -> int | None:
    if era:
        return tables.eras[era] + (1 if year == "元" else int(year or 0))
    return int(year) if year else None


def _japanese_date(match: re.Match[str], tables: _Japanese) -> Mention:
    year = _era_year(match.group("era") or match.group("era2"), match.group("ey") or match.group("ey2"), tables)
    if year is None and match.group("y"):
        year = int(match.group("y"))
    month = int(match.group("m")) if match.group("m") else None
    day = int(match.group("d")) if match.group("d") else None
    value: Date = (year, month, day)
    families = {name for name, part in zip(("year", "month", "day"), value, strict=True) if part is not None}
    values = tuple(float(v) for v in value if v is not None)
    return Mention(*match.span(), value, "date", values=values, families=frozenset(families))


def _japanese_time(match: re.Match[str], tables: _Japanese) -> Mention:
    hour = int(match.group("h") or match.group("h2"))
    minute = 30 if match.group("half") else int(match.group("mi") or match.group("mi2") or 0)
    if match.group("ampm") in tables.pm and hour < 12:
        hour += 12
    value = hour + minute / 60
    values = {value, value % 12, value % 12 + 12, float(hour % 12 or 12), float(hour)} | (
        {float(minute)} if minute else set()
    )
    return Mention(*match.span(), value, "time", values=tuple(sorted(values)), families=frozenset({"time", "number"}))


def _japanese_measures(
    readings: tuple[Reading, ...], prefix: Reading | None, value: float, step: float
) -> list[Measure]:
    """The measures a number + unit may be: 時速 makes a length a speed, 華氏 gives 度 its scale."""
    found = []
    for reading in readings:
        if prefix is not None and prefix.quantity == "speed" and reading.quantity == "length":
            found.append(_measure(reading.unit + "/h", "speed", reading.factor / prefix.per, 0.0, value, step))
        elif prefix is not None and prefix.quantity == _TEMPERATURE and reading.quantity == _TEMPERATURE:
            found.append(_measure(prefix.unit, reading.quantity, prefix.factor, prefix.offset, value, step))
        elif prefix is None or prefix.quantity == reading.quantity:
            found.append(_measure(reading.unit, reading.quantity, reading.factor, reading.offset, value, step))
    return found


def _japanese_number(plain: str, match: re.Match[str], tables: _Japanese) -> Mention | None:
    start, end = match.span()
    digits = match.group("num")
    try:
        value = parse_japanese_number(digits, tables.scales)
    except ValueError:
        return None  # 3兆億: no number (a changed or garbled figure, which the cross-check then misses)
    step = rounding_step(digits, scales=tables.scales)
    before = plain[start - 1] if start else ""
    following = plain[end : end + 1]
    # Glued to Latin letters (iPhone16, A320, 5G) or to a dot (1.2.3): a name or a code, never reported.
    loose = (
        (before.isascii() and before.isalpha())
        or (before != "" and before in "._")
        or (following.isascii() and following.isalpha())
    )
    kind, unit, families = "number", "", {"number"}
    measures: tuple[Measure, ...] = ()
    extra: tuple[float, ...] = ()  # what else the mention may stand for (1年半 → 18 months)
    look = look_back(plain, start, tables.context)
    negative = bool(look and look.group("neg"))
    prefix = tables.prefixes.get(look.group("pre")) if look and look.group("pre") else None
    if look is not None and prefix is not None:
        start = look.start("pre")
    elif look is not None and negative:
        start = look.start("neg")
    after = tables.after.match(plain, end)
    if after and after.group("pct"):
        kind, unit, families, end = "percent", "%", {"percent"}, after.end()
    elif after and after.group("cur"):
        word = after.group("cur")
        kind, unit, end = "money", tables.currencies[word], after.end()
        cents = re.match(rf"(\d{{1,2}}){re.escape(tables.minor.get(word, '~'))}", plain[end : end + 8])
        if cents:  # 3ドル74セント
            value += int(cents.group(1)) / 100
            end += cents.end()
        elif word in tables.hundredths:  # 35セント = 0.35
            extra += (value / 100,)
    elif after and after.group("unit"):
        found = _japanese_measures(tables.units[after.group("unit")], prefix, -value if negative else value, step)
        if found:
            kind, unit, measures, end = "measure", found[0].unit, tuple(found), after.end()
    elif after and after.group("counter") == "年" and value.is_integer() and value >= 1000:
        kind, families, end = "year", {"year"}, after.end()
    elif after and after.group("counter") == "日" and value.is_integer() and 1 <= value <= 31:
        families, end = {"day", "number"}, after.end()
    previous = _OR_NEXT.search(plain, max(0, match.start() - 6), match.start())
    if previous and len(digits) == 1 and int(previous.group(1)[-1]) + 1 == int(digits):
        extra += (float(previous.group(1)[:-1] + digits),)  # 14、5年: 14 or 15 years
    half = tables.half.match(plain, match.end())
    months = tables.months.get(half.group("counter") if half else plain[match.end() : match.end() + 1], 0.0)
    if half:  # 1年半 = 1.5 years = 18 months
        extra += (value + 0.5,) + ((value * months + months / 2,) if months else ())
    elif months and value < 100:  # 2年 = 24 months
        extra += (value * months,)
    return Mention(
        start, end, value, kind, unit, values=(abs(value), *extra), families=frozenset(families), measures=measures,
        loose=loose, num_start=match.start(), num_end=match.end(),
    )  # fmt: skip

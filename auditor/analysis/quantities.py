"""Numbers in a text with their values: what the number cross-check compares across a translation.

``english_numbers(text)`` reads an English source: ``1,234.5``, ``-3``, ``5%``, ``$5``, ``€2.5bn``, ``500 billion``,
ordinals (``2nd``), ranges (``5-7``: two mentions), years, dates (``January 30, 2026``, ``30 January 2026``,
``Jan. 30``, ``November 2024``, a month alone), times (``3:30 p.m.``) and measures (``155 mph``).
``japanese_numbers(text)`` reads a Japanese target: half- and full-width digits, ``5,000億``, ``1.5万``, ``1兆2000億``,
kanji numerals (``二十五``), dates (``2026年1月30日``, ``令和8年``, ``30日``), times (``午後3時半``), percent, money and
measures (``時速250キロ``). Each ``Mention`` has offsets into the text as given, its value and what it counts.

The words (scales, months, currencies, unit names, eras) are data in ``lexicons/en`` and ``lexicons/ja``; unit factors
come from ``ja/units.tsv`` only. Every regex is compiled once per lexicon.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from auditor.lexicons import Lexicon, get_lexicon
from auditor.lexicons.schema import CurrencyRow, MonthRow, NumberPhraseRow, NumberWordRow, UnitRow, UnitWordRow

# (year, month, day); a part the text does not give is None.
Date = tuple[int | None, int | None, int | None]

# Full-width digits, signs and Latin letters to ASCII, one character for one (offsets stay).
_WIDE = str.maketrans(
    "０１２３４５６７８９，．：－％"
    + "".join(chr(c) for c in range(0xFF21, 0xFF3B))
    + "".join(chr(c) for c in range(0xFF41, 0xFF5B)),
    "0123456789,.:-%ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)
_TEMPERATURE = "temperature"
# Relative slack when a unit was converted (the writer rounds 249.4 km/h to 250): on top of half the last digit.
_CONVERSION_SLACK = 0.03


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
    of ``ja/units.tsv`` or ``%``. ``values``: every value the mention may stand for (its value, a date's parts, a
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
# Shared helpers


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


def _plain(text: str) -> float:
    return float(re.sub(r"[,\s\u00a0\u202f]", "", text))


def _step(digits: str) -> float:
    """Half a unit of the last written digit: 250 → 0.5, 1.8 → 0.05."""
    return 0.5 * 10 ** -len(digits.split(".")[1]) if "." in digits else 0.5


@lru_cache(maxsize=1)
def _unit_factors() -> dict[str, tuple[str, float, float, float]]:
    """unit id → (quantity, factor, offset, per) from ``ja/units.tsv``, the one table of factors."""
    out: dict[str, tuple[str, float, float, float]] = {}
    for row in get_lexicon("ja").table(UnitRow):
        if row.role == "unit" and row.unit not in out:
            out[row.unit] = (row.quantity, row.factor, row.offset, row.per)
    return out


def _value(row: NumberWordRow) -> float:
    """The value of a number word whose kind needs one (checked when the table is read)."""
    assert row.value is not None, row.where
    return row.value


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
    units: dict[str, str]


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
    scales = {r.surface: (_value(r), r.needs == "currency") for r in words if r.kind == "scale"}
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


def english_numbers(text: str, lexicon: Lexicon | None = None) -> list[Mention]:
    """Every number mention of an English text, in text order."""
    lexicon = lexicon or get_lexicon("en")
    tables: _English = lexicon.compiled(_compile_english)
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
            mention = _english_number(text, match, tables)
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


def _english_number(text: str, match: re.Match[str], tables: _English) -> Mention | None:
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
    value = _plain(digits)
    step = _step(digits)
    negative = bool(before) and before in "-−" and (start < 2 or not text[start - 2].isalnum())
    negative = negative and not match.group("cur")
    if negative:
        start -= 1
        value = -value
    kind, unit, measures = "number", "", ()
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
            known = _unit_factors().get(unit)
            if known is not None:
                quantity, factor, offset, _ = known
                kind, measures = "measure", (_measure(unit, quantity, factor, offset, value, step),)
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
# Japanese


@dataclass(frozen=True, slots=True)
class _Japanese:
    pattern: re.Pattern[str]
    after: re.Pattern[str]
    prefix: re.Pattern[str]
    kanji: dict[str, tuple[str, float]]
    scales: dict[str, float]
    eras: dict[str, int]
    words: dict[str, float]
    currencies: dict[str, str]
    units: dict[str, tuple[tuple[str, str, float, float], ...]]  # surface → (unit, quantity, factor, offset)
    prefixes: dict[str, tuple[str, float, float, float, str]]  # 時速 → (quantity, factor, offset, per, unit)
    percent: frozenset[str]
    pm: frozenset[str]
    minor: dict[str, str]  # currency → its hundredth (ドル → セント)
    hundredths: frozenset[str]  # セント, ペンス
    half: re.Pattern[str]  # a counter and 半 after a number (1年半)
    months: dict[str, float]  # counter → months (年 → 12)


def _compile_japanese(lexicon: Lexicon) -> _Japanese:
    rows = lexicon.table(NumberWordRow)
    kanji = {r.surface: (r.kind, _value(r)) for r in rows if r.kind in ("digit", "power", "scale")}
    # Multipliers after digits: 万 億 兆 and 千 (3千人).
    scales = {
        r.surface: _value(r) for r in rows if r.kind == "scale" or (r.kind == "power" and _value(r) >= 1000)
    }
    eras = {r.surface: int(_value(r)) for r in rows if r.kind == "era"}
    words = {r.surface: _value(r) for r in rows if r.kind == "word"}
    percent = [r.surface for r in rows if r.kind == "percent"]
    ampm = [r.surface for r in rows if r.kind in ("am", "pm")]
    currency_rows = lexicon.table(CurrencyRow)
    currencies = {r.surface: r.code for r in currency_rows}
    counters = {r.surface: r.value or 0.0 for r in rows if r.kind == "counter"}
    units: dict[str, list[tuple[str, str, float, float]]] = {}
    prefixes: dict[str, tuple[str, float, float, float, str]] = {}
    for r in lexicon.table(UnitRow):
        reading = (r.quantity, r.factor, r.offset, r.per)
        if r.role == "prefix":
            prefixes[r.surface] = (*reading, r.unit)
        else:
            units.setdefault(r.surface, []).append((r.unit, *reading[:3]))
    scale = f"[{''.join(scales)}]"
    # 5,000億, 1兆2000億, 5億4千万; machine translation also spaces them (135 万, 4 億 5 千万).
    multiplied = (
        rf"\d+(?:,\d{{3}})*(?:\.\d+)?(?:[ \u3000]?{scale}+[ \u3000]?\d+(?:,\d{{3}})*(?:\.\d+)?)*(?:[ \u3000]?{scale}+)?"
    )
    era = _alternation(list(eras))
    kanji_class = "".join(kanji)
    pattern = re.compile(
        rf"(?P<date>(?:(?P<era>{era})(?P<ey>\d{{1,2}}|元)年|(?P<y>\d{{1,4}})年(?=\d{{1,2}}月))?(?P<m>\d{{1,2}})月(?:(?P<d>\d{{1,2}})日)?"
        rf"|(?P<era2>{era})(?P<ey2>\d{{1,2}}|元)年)"
        rf"|(?P<time>(?P<ampm>{_alternation(ampm)})?(?P<h>\d{{1,2}})時(?!間)(?:(?P<mi>\d{{1,2}})分|(?P<half>半))?"
        rf"|(?P<h2>\d{{1,2}}):(?P<mi2>\d\d)(?![\d:]))"
        rf"|(?P<num>{multiplied})"
        rf"|(?P<word>{_alternation(list(words))})"
        rf"|(?P<kanji>[{kanji_class}]+)"
    )
    after = re.compile(
        rf"[ \u3000]?(?:(?P<pct>{_alternation(percent)})|(?P<unit>{_alternation(list(units))})"
        rf"|(?P<cur>{_alternation(list(currencies))}))"
        rf"|(?P<counter>年|日)"
    )
    prefix = re.compile(
        rf"(?P<pre>{_alternation(list(prefixes))})(?:約|およそ)?(?P<neg>マイナス|-)?$|(?P<neg2>マイナス|氷点下|零下)$"
    )
    return _Japanese(
        pattern=pattern,
        after=after,
        prefix=prefix,
        kanji=kanji,
        scales=scales,
        eras=eras,
        words=words,
        currencies=currencies,
        units={s: tuple(r) for s, r in units.items()},
        prefixes=prefixes,
        percent=frozenset(percent),
        pm=frozenset(r.surface for r in rows if r.kind == "pm"),
        minor={r.surface: r.minor for r in currency_rows if r.minor},
        hundredths=frozenset(r.minor for r in currency_rows if r.minor),
        half=re.compile(rf"(?P<counter>{_alternation(list(counters))})半"),
        months={c: v for c, v in counters.items() if v},
    )


def parse_japanese_number(digits: str, scales: dict[str, float] | None = None) -> float:
    """``5,000億`` → 5e11; ``1.5万`` → 15000; ``1兆2000億`` → 1.2e12; ``5億4千万`` → 5.4e8 (ASCII digits).

    千 multiplies within a group of four digits; 万, 億 and 兆 multiply the whole group before them.
    """
    scales = scales or {"千": 1e3, "万": 1e4, "億": 1e8, "兆": 1e12}
    total = section = 0.0
    current = ""
    for char in digits:
        if char in scales:
            size = scales[char]
            if size < 1e4:
                section += float(current or "1") * size
            else:
                total += (section + float(current or ("0" if section else "1"))) * size
                section = 0.0
            current = ""
        elif char not in ", \u3000":
            current += char
    return total + section + (float(current) if current else 0.0)


def parse_kanji_number(text: str, table: dict[str, tuple[str, float]]) -> float | None:
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


def japanese_numbers(text: str, lexicon: Lexicon | None = None) -> list[Mention]:
    """Every number mention of a Japanese text, in text order (offsets into ``text`` as given)."""
    lexicon = lexicon or get_lexicon("ja")
    tables: _Japanese = lexicon.compiled(_compile_japanese)
    plain = text.translate(_WIDE)  # one character for one: offsets stay
    out: list[Mention] = []
    for match in tables.pattern.finditer(plain):
        if out and match.start() < out[-1].end:
            continue  # read already as part of the mention before (3ドル74セント)
        if match.group("date"):
            out.append(_japanese_date(match, tables))
        elif match.group("time"):
            out.append(_japanese_time(match, tables))
        elif match.group("num"):
            out.append(_japanese_number(plain, match, tables))
        elif match.group("word"):
            value = tables.words[match.group("word")]
            out.append(Mention(*match.span(), value, "number", values=(value,), loose=True))
        else:
            value = parse_kanji_number(match.group("kanji"), tables.kanji)
            if value is not None:
                out.append(Mention(*match.span(), value, "number", values=(value,), loose=True))
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


def _japanese_step(digits: str, scales: dict[str, float]) -> float:
    """Half a unit of the last written digit, times the scales after it: 5,000億 → 0.5e8, 1.5万 → 500."""
    groups = re.findall(r"([\d,.]+)([^\d,.]*)", digits)
    if not groups:
        return 0.5
    last, after = groups[-1]
    return _step(last.strip(",")) * math.prod(scales.get(c, 1.0) for c in after)


def _japanese_number(plain: str, match: re.Match[str], tables: _Japanese) -> Mention:
    start, end = match.span()
    digits = match.group("num")
    value = parse_japanese_number(digits, tables.scales)
    step = _japanese_step(digits, tables.scales)
    before = plain[start - 1] if start else ""
    following = plain[end : end + 1]
    # Glued to Latin letters (iPhone16, A320, 5G) or to a dot (1.2.3): a name or a code, never reported.
    loose = (
        (before.isascii() and before.isalpha())
        or (before != "" and before in "._")
        or (following.isascii() and following.isalpha())
    )
    kind, unit, families, measures = "number", "", {"number"}, ()
    extra: tuple[float, ...] = ()  # what else the mention may stand for (1年半 → 18 months)
    look = tables.prefix.search(plain, max(0, start - 8), start)
    negative = bool(look and (look.group("neg") or look.group("neg2")))
    prefix = tables.prefixes.get(look.group("pre")) if look and look.group("pre") else None
    if look and look.group("pre"):
        start = look.start("pre")
    elif negative:
        start = look.start("neg2") if look.group("neg2") else start
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
        signed = -value if negative else value
        found = []
        for unit_id, quantity, factor, offset in tables.units[after.group("unit")]:
            if prefix is not None and prefix[0] == "speed" and quantity == "length":
                found.append(_measure(unit_id + "/h", "speed", factor / prefix[3], 0.0, signed, step))
            elif prefix is not None and prefix[0] == _TEMPERATURE and quantity == _TEMPERATURE:
                found.append(_measure(prefix[4], quantity, prefix[1], prefix[2], signed, step))
            elif prefix is None or prefix[0] == quantity:
                found.append(_measure(unit_id, quantity, factor, offset, signed, step))
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


# ---------------------------------------------------------------------------------------------------------------
# Writing values the Japanese way


def japanese_form(value: float, comma: bool = False) -> str:
    """A value as Japanese news writes it: 5e11 → ``5000億``, 1.5e6 → ``150万``, 45000 → ``4万5000``, 2.25 → ``2.25``.

    With ``comma``, groups of four digits get a thousands comma (``5,000億``), as the text around writes them.
    """
    text = _japanese_form(value)
    if comma:
        text = re.sub(r"\d{4,}", lambda m: f"{int(m.group()):,}", text)
    return text


def _japanese_form(value: float) -> str:
    value = float(value)
    negative = value < 0
    value = abs(value)
    if value >= 10000 and value.is_integer():
        parts = []
        rest = round(value)
        for unit, size in (("兆", 10**12), ("億", 10**8), ("万", 10**4)):
            high, rest = divmod(rest, size)
            if high:
                parts.append(f"{high}{unit}")
        if rest:
            parts.append(str(rest))
        text = "".join(parts)
    elif value >= 10000:
        for unit, size in (("兆", 1e12), ("億", 1e8), ("万", 1e4)):
            if value >= size:
                text = f"{value / size:.4g}{unit}"
                break
    elif value.is_integer():
        text = str(int(value))
    else:
        text = f"{value:.6g}"
    return ("-" if negative else "") + text


def japanese_date(value: Date, like: Date | None = None) -> str:
    """(2026, 1, 30) → ``2026年1月30日``; with ``like``, only the parts ``like`` has (a bare ``30日`` stays a day)."""
    parts = []
    for part, counter, shown in zip(value, "年月日", like or value, strict=True):
        if part is not None and shown is not None:
            parts.append(f"{part}{counter}")
    return "".join(parts)


def round_like(value: float, written: str) -> float:
    """``value`` rounded to the decimals of ``written``, keeping two significant digits (249.4 like ``250`` → 249,
    1.83 like ``6`` → 1.8)."""
    decimals = len(written.split(".")[1]) if "." in written else 0
    if value:
        decimals = max(decimals, 1 - math.floor(math.log10(abs(value))))
    rounded = round(value, decimals)
    return float(int(rounded)) if decimals == 0 and math.isfinite(rounded) else rounded

"""Numerals written the way machine translation writes them and Japanese does not: what two rules judge.

- ``spaced_figures``: spaces inside a Japanese figure (``2025 年 10 月 1 日``, ``16 兆 6,000 億``, ``20 %``) and
  before one (``は 3 月``), the Chinese and Vietnamese habit of spacing numerals that machine translation keeps. A
  figure is a number of ``auditor.analysis.quantities`` (the one Japanese number pattern, which already allows a space
  around a scale word) with the word after it: a counter, unit, currency, scale or 以上 of ``counters.tsv``,
  ``units.tsv``, ``currencies.tsv`` and ``number_words.tsv``. Each group of spaces that belong together is one
  ``SpacedFigure``, its suggestion the same characters without them.
- ``scale_garbles``: the scale of another language left beside digits (``1.50Tドル``, ``19.78M BTC``, ``$420 十億ドル``,
  ``7 百万人``; ``foreign_scales.tsv``) and scale words stacked with no digits between (``3兆億``), with the value in
  Japanese form (``quantities.japanese_form``) where there is one; ``unit_calques``, the calques (32百万ドル) an article
  writes as its unit, not as a leftover.
- ``conversions``: an amount in another currency converted into yen in brackets right after it (``3,029万ドル（約325億
  円）``, or the other way round), with the yen price of one unit that the two figures imply and the range that price
  has had since 1999 (``yen_rates.tsv``, from the ECB's reference rates).
- ``kind_clashes``: a figure whose kind its sentence rules out: a count's figure written as money (大富豪の数は427ドル)
  and a percentage change written as a range to a figure of another kind (20% から 185 に).

The first two scan the text once with a pattern that starts with a character class, and look closer only at its few
hits; ``conversions`` looks only beside the brackets, ``kind_clashes`` only at each 数 and % (str.find).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from typing import NamedTuple

from auditor.analysis.context import Analysis
from auditor.analysis.quantities import (
    TO_ASCII,
    japanese_form,
    japanese_number_regex,
    japanese_scales,
    parse_english_number,
    parse_japanese_number,
    unit_context,
)
from auditor.analysis.scripts import char_offsets, matches_at
from auditor.document import overlaps_any
from auditor.languages.scripts import DIGIT_CHARS, HAS_JA, IS_JA_CHAR
from auditor.lexicons import Lexicon, get_lexicon, trie_pattern
from auditor.lexicons.schema import CounterRow, CurrencyRow, ForeignScaleRow, NumberWordRow, UnitRow, YenRateRow

SPACES = " \u3000\u00a0\u202f"
_DIGITS = "0-9\uff10-\uff19"
# One space with a digit (or %) on one side (the other side is looked at for each hit); matched only at the article's
# spaces (scripts.char_offsets), which str.find reaches in C. Two spaces or more (columns aligned in a table) never
# match. Classes of kana and kanji take milliseconds to compile: the scripts module's compiled ones are reused.
_CANDIDATE = re.compile(f"[{SPACES}](?:(?<=[{_DIGITS}%％][{SPACES}])(?![{SPACES}])|(?<![{SPACES}].)(?=[{_DIGITS}]))")
_SPACE_CHARS = frozenset(SPACES)
_IS_DIGIT = re.compile(f"[{_DIGITS}%％]")
_IS_LETTER = HAS_JA  # a kana or kanji
_TOKEN = re.compile(r"[A-Za-z0-9_\-/:.'’＿\uff21-\uff3a\uff41-\uff5a]")
_LATIN_AFTER = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]")
_JOINED_AFTER = re.compile(f"[-/:.．‐–][{_DIGITS}]")
_LOOK = 64  # how far a figure around one space may reach
# A ticker or currency code after a figure: 19.78M BTC.
_TICKER = re.compile(r"[ \u00a0]?[A-Z]{2,6}(?![A-Za-z])")
_NUMBERISH = re.compile(f"[{_DIGITS},，.．%％]")
_STACKED = "万億兆"  # scale words that stacked (3兆億) make no number
# The same with the traditional 萬 and the Chinese 亿 that machine translation from Chinese leaves (1万亿 for 1兆).
_STACK_CHARS = "万億兆萬亿"
# 兆 and a group of digits right before 万 (or 萬), with no 億 group between: 1兆3400万 (see ``_skipped``).
_SKIPPED = re.compile(f"兆[{_DIGITS}]{{1,4}}$")
_KANA = re.compile("[\u3041-\u309f\u30a1-\u30fa\u30fc]")
_GROUP_DIGITS = 4  # the digits a group before 万, 億 or 兆 holds (9999万)
# Five digits or more, or a comma and three digits after one to three (12,000), right before a scale word (a space
# allowed): the only place a group can be too long; _oversized decides.
_LONG_GROUP = re.compile(f"(?:[{_DIGITS}]{{5}}|[{_DIGITS}][,，][{_DIGITS}]{{3}})(?:[.．][{_DIGITS}]+)?[{SPACES}]?$")
_SIGN_ENDS = "$＄€£¥￥₹₩"  # the last characters of the currency signs of en/currencies.tsv


# ---------------------------------------------------------------------------------------------------------------
# The words after a numeral


class AfterWords(NamedTuple):
    """The Japanese words a numeral is written against (3人, 2025年, 5,000億, 20%以上), built once per lexicon."""

    pattern: re.Pattern[str]  # one of them, matched at a position
    kinds: Mapping[str, str]  # word → count, time, after, other, unit, currency, scale, percent


def after_words(lexicon: Lexicon) -> AfterWords:
    """The words after a numeral in ``lexicon`` (its counters, units, currencies and number words)."""
    return lexicon.compiled(_after_words)


def _japanese(word: str) -> bool:
    return bool(word) and _IS_LETTER.match(word) is not None


def _after_words(lexicon: Lexicon) -> AfterWords:
    kinds: dict[str, str] = {row.word: row.kind for row in lexicon.table(CounterRow)}
    for unit in lexicon.table(UnitRow):
        if unit.role == "unit" and _japanese(unit.surface):
            kinds.setdefault(unit.surface, "unit")
    for currency in lexicon.table(CurrencyRow):
        if _japanese(currency.surface):
            kinds.setdefault(currency.surface, "currency")
    for word in japanese_scales(lexicon):
        kinds.setdefault(word, "scale")
    for row in lexicon.table(NumberWordRow):
        if row.kind == "counter" and _japanese(row.surface):
            kinds.setdefault(row.surface, "time")
        elif row.kind == "percent":
            kinds.setdefault(row.surface, "percent")
    return AfterWords(re.compile(trie_pattern(kinds)), kinds)


def _glued(lexicon: Lexicon) -> re.Pattern[str]:
    """A digit or % with one of the words after a numeral right after it: a figure written unspaced (3人)."""
    return re.compile(f"[{_DIGITS}%％](?={after_words(lexicon).pattern.pattern})")


# ---------------------------------------------------------------------------------------------------------------
# Spaced figures


class SpacedFigure(NamedTuple):
    """Spaces inside or before a Japanese figure: ``text[start:end]`` with the spaces at ``spaces`` removed is the
    figure as Japanese writes it. ``before_only``: the only space is the one before the figure (は 5月)."""

    start: int
    end: int
    spaces: tuple[int, ...]
    before_only: bool

    def suggestion(self, text: str) -> str:
        drop = set(self.spaces)
        return "".join(char for index, char in enumerate(text[self.start : self.end], self.start) if index not in drop)


class SpacedFigures(NamedTuple):
    """Every spaced figure of a document, and ``spaced``: how many figures have a space before their word or inside
    (``glued_figures`` counts the others: a house style spaces them all; machine translation mixes)."""

    figures: tuple[SpacedFigure, ...]
    spaced: int


def _quantity(lexicon: Lexicon) -> re.Pattern[str]:
    number = japanese_number_regex(japanese_scales(lexicon), wide=True)
    return re.compile(f"(?P<num>{number})(?:[ \u3000]?[%％])?")


class _Figure(NamedTuple):
    start: int  # the first character of the number
    end: int  # after the number (and its %)
    word_end: int  # after the word that follows it, glued or spaced; ``end`` when none does
    inside: list[int]  # spaces inside the number (around a scale word, before %)
    after: int  # the space between the number and its word, or -1
    before: int  # the space before the number (a kana or kanji before it), or -1


def spaced_figures(analysis: Analysis) -> SpacedFigures:
    """The spaced figures of the analysed document (shared: ``analysis.memo(spaced_figures)``)."""
    text = analysis.text
    hits = [match.start() for match in matches_at(_CANDIDATE, text, char_offsets(analysis, SPACES))]
    if not hits:
        return SpacedFigures((), 0)
    lexicon = analysis.lexicon
    quantity = lexicon.compiled(_quantity)
    words = after_words(lexicon)
    scales = japanese_scales(lexicon)
    approx = unit_context(lexicon).approx
    figures: list[_Figure] = []
    done = -1  # the end of the last figure read
    for space in hits:
        # A space may end the text (2025 ) or open it: no character there.
        left, right = text[space - 1 : space] if space else "", text[space + 1 : space + 2]
        if _IS_DIGIT.match(left) and _IS_LETTER.match(right):
            anchor = space - 1
        elif _IS_LETTER.match(left) and _IS_DIGIT.match(right):
            anchor = space + 1
        else:
            continue
        if anchor < done:
            continue
        figure = _figure_at(text, anchor, quantity, words, scales)
        if figure is not None:
            done = figure.word_end
            figures.append(figure)
    flagged = _flag(text, figures, approx, analysis)
    return SpacedFigures(tuple(flagged), sum(1 for figure in figures if figure.after >= 0 or figure.inside))


def glued_figures(analysis: Analysis) -> int:
    """How many numerals of the analysed document are written against their Japanese word (3人, 2025年, 20%以上): a
    whole-text scan, made only where spaced figures are many enough to be a house style.

    A figure whose word is half-width (75%, 100%) is not counted: the house style this measures is a space between
    half-width figures and the full-width words after them (Microsoft's Japanese style guide, and an option of JTF's,
    space every such boundary), and 75% has no such boundary, so it shows no choice. Measured: a native page that
    spaces all 12 of its figures with a Japanese word also writes 75%, 25%, 100% and 50.1% (the percent sign is no
    word to space), which took its share of spaced figures below the house style's 0.9."""
    text = analysis.text
    return sum(1 for match in analysis.lexicon.compiled(_glued).finditer(text) if _IS_LETTER.match(text, match.end()))


def _figure_at(
    text: str, anchor: int, quantity: re.Pattern[str], words: AfterWords, scales: Mapping[str, float]
) -> _Figure | None:
    """The Japanese figure holding the digit (or %) at ``anchor``, with the spaces in and around it; None where the
    number is part of a token (A320, 2023-08, iPhone 16) or no number at all (3兆億)."""
    low = anchor
    floor = max(0, anchor - _LOOK)
    while low > floor and (text[low - 1] in scales or text[low - 1] in SPACES or _NUMBERISH.match(text[low - 1])):
        low -= 1
    match = None
    for found in quantity.finditer(text, low, min(len(text), anchor + _LOOK)):
        if found.start() <= anchor < found.end():
            match = found
            break
        if found.start() > anchor:
            break
    if match is None:
        return None
    start, end = match.span()
    while end > start and text[end - 1] in SPACES:  # japanese_number_regex may take a space after a scale word
        end -= 1
    before = text[start - 1] if start else ""
    if before and _TOKEN.match(before):
        return None  # A320, 2023-08 (the 08), v1.2
    before_space = -1
    if before and before in SPACES and start >= 2:
        previous = text[start - 2]
        if _TOKEN.match(previous) or previous in ")]）":
            return None  # iPhone 16, Model 3, Windows 11: the number belongs to a Latin name
        if _IS_LETTER.match(previous):
            before_space = start - 1
    after = text[end : end + 1]
    if after and (_LATIN_AFTER.match(after) or _JOINED_AFTER.match(text, end)):
        return None  # 5G, 1.5M (numbers.scale-garble), 2023-08, 14/06/2018, 10:30
    try:
        parse_japanese_number(match.group("num").translate(TO_ASCII).replace("\u3000", " "), scales)
    except ValueError:
        return None  # 3兆億: numbers.scale-garble
    inside = [index for index in range(start, end) if text[index] in SPACES]
    after_space = -1
    word_end = end
    if after and after in SPACES:
        word = words.pattern.match(text, end + 1)
        if word is not None:
            after_space, word_end = end, word.end()
    else:
        word = words.pattern.match(text, end)
        if word is not None:
            word_end = word.end()
    return _Figure(start, end, word_end, inside, after_space, before_space)


def _is_hiragana(char: str) -> bool:
    return "\u3041" <= char <= "\u309f"


def _flag(text: str, figures: list[_Figure], approx: tuple[str, ...], analysis: Analysis) -> list[SpacedFigure]:
    """The figures whose spaces are leftovers, grouped where their excerpts would touch."""
    groups: list[tuple[int, int, list[int], bool]] = []
    last_end = -1  # where the last flagged figure (with its word) ends
    for figure in figures:
        spaces = list(figure.inside)
        if figure.after >= 0:
            spaces.append(figure.after)
        # A word after it, a scale word or a space inside, or its % (4,000%: a percentage is a quantity with its unit)
        counted = figure.word_end > figure.end or bool(figure.inside) or text[figure.end - 1] in "%％"
        lead = False
        if figure.before >= 0 and counted:
            left = text[figure.before - 1]
            lead = bool(spaces) or _is_hiragana(left) or figure.before - 1 < last_end
            lead = lead or any(text.endswith(word, 0, figure.before) for word in approx)
            if lead and not spaces and overlaps_any(analysis.doc.heading_spans, figure.before, figure.before + 1):
                lead = False  # a headline separates its parts with a space (抗議 1名逮捕)
        if lead:
            spaces.insert(0, figure.before)
        if not spaces:
            continue
        start = figure.before - 1 if lead else figure.start
        end = figure.word_end
        if analysis.in_literal(start, end) or analysis.in_embed(start, end) or in_table_line(analysis, start):
            continue
        last_end = end
        if groups and start < groups[-1][1]:
            first, _, kept, _ = groups[-1]
            kept.extend(spaces)  # in place: a long run of spaced figures is one group, not copied per figure
            groups[-1] = (first, end, kept, False)
        else:
            groups.append((start, end, spaces, lead and len(spaces) == 1))
    return [SpacedFigure(start, end, tuple(spaces), only) for start, end, spaces, only in groups]


def in_table_line(analysis: Analysis, index: int) -> bool:
    """True on a line that holds a tab or a ``|``: columns, where spaces align figures."""
    marks = analysis.memo(_column_marks)
    if not marks:
        return False
    start, end = analysis.doc.line_bounds(index)
    found = bisect_left(marks, start)
    return found < len(marks) and marks[found] < end


def _column_marks(analysis: Analysis) -> list[int]:
    """Where the text has a tab or a ``|``, in order (found once: a long line of figures is not read per figure)."""
    return [match.start() for match in _COLUMN_MARK.finditer(analysis.text)]


_COLUMN_MARK = re.compile("[\t|]")


# ---------------------------------------------------------------------------------------------------------------
# Scale garbles


class ScaleGarble(NamedTuple):
    """``text[start:end]``: a figure with a foreign scale (``kind`` latin, calque or chinese), stacked scale words
    (stack), more digits before 万, 億 or 兆 than a group holds (oversized), 兆 and 万 with no 億 group (skipped) or
    a scale word after its own or a smaller one (unordered: 1兆4兆);
    ``value`` what it says (None for a stack, which says nothing), ``suggestion`` the figure in Japanese form."""

    start: int
    end: int
    kind: str
    value: float | None
    suggestion: str


class _Garbles(NamedTuple):
    firsts: str  # the first characters of the scale words: a hint where one stands right after a digit (and a space)
    pattern: re.Pattern[str]  # the figure with its scale, matched at the start of its digits
    scales: Mapping[str, tuple[float, str]]  # surface → (value, kind)
    lexicon: Lexicon  # whose currencies.tsv names the currency of a sign (read only when a sign stands there)
    scales_ja: Mapping[str, float]  # the Japanese scale words (万, 億, 兆) and their values


def _garbles(lexicon: Lexicon) -> _Garbles:
    rows = lexicon.table(ForeignScaleRow)
    latin = trie_pattern(row.surface for row in rows if row.kind == "latin")
    calque = trie_pattern(row.surface for row in rows if row.kind == "calque")
    chinese = trie_pattern(row.surface for row in rows if row.kind == "chinese")
    digit = f"[{_DIGITS}]"
    pattern = re.compile(
        f"{digit}(?<![{_DIGITS},.，．]{digit}){digit}*(?:[,，]{digit}{{3}})*(?:[.．]{digit}+)?"
        f"(?P<space>[ \u3000\u00a0]?)"
        f"(?:(?P<stack>[{_STACK_CHARS}]{{2,}})|(?P<latin>{latin})(?![A-Za-z])|(?P<calque>{calque})|(?P<chinese>{chinese}))"
    )
    # The hints are the scale words' first characters right after a digit, found each by str.find (char_offsets), not
    # by a scan that reads every character: digits alone (most figures) are never looked at twice.
    firsts = "".join(sorted({row.surface[0] for row in rows} | set(_STACK_CHARS)))
    scales = {row.surface: (row.value, row.kind) for row in rows}
    return _Garbles(firsts, pattern, scales, lexicon, japanese_scales(lexicon))


def _currency_signs(lexicon: Lexicon) -> dict[str, str]:
    """Currency signs (``en/currencies.tsv``: $, US$, HK$, €, ¥) and the Japanese word for their currency: the
    shortest word of this lexicon's ``currencies.tsv`` for the code (USD → ドル, HKD → 香港ドル)."""
    words: dict[str, str] = {}
    for row in lexicon.table(CurrencyRow):
        if _japanese(row.surface) and (row.code not in words or len(row.surface) < len(words[row.code])):
            words[row.code] = row.surface
    signs = {}
    for row in get_lexicon("en").table(CurrencyRow):
        if row.position == "prefix" and row.code in words:
            signs[row.surface] = words[row.code]
    for wide, narrow in (("＄", "$"), ("￥", "¥")):
        if narrow in signs:
            signs[wide] = signs[narrow]
    return signs


def _sign_before(text: str, start: int, signs: Mapping[str, str]) -> str:
    """The longest currency sign ending right at ``start`` (US$ before $), or empty."""
    found = ""
    for sign in signs:
        if len(sign) > len(found) and text.endswith(sign, 0, start):
            found = sign
    return found


def scale_garbles(analysis: Analysis) -> tuple[ScaleGarble, ...]:
    """The garbled scales of the analysed document (shared: ``analysis.memo(scale_garbles)``)."""
    text = analysis.text
    lexicon = analysis.lexicon
    tables: _Garbles = lexicon.compiled(_garbles)
    out: list[ScaleGarble] = []
    for at in char_offsets(analysis, tables.firsts):
        before = text[at - 1 : at] if at else ""
        if before not in DIGIT_CHARS and (before not in _SPACE_CHARS or text[at - 2 : at - 1] not in DIGIT_CHARS):
            continue  # not right after a digit, nor after a digit and a space
        if text[at] in "万萬" and _SKIPPED.search(text, max(0, at - 5), at) and (skipped := _skipped(text, at)):
            if not (out and skipped.start < out[-1].end) and not analysis.in_literal(skipped.start, skipped.end):
                out.append(skipped)  # 1兆3400万: the 億 group left out
            continue
        japanese_scale = text[at] in _STACKED and text[at + 1 : at + 2] not in _STACK_CHARS
        unordered = _unordered(text, at) if japanese_scale else None
        if unordered is not None and not (out and unordered.start < out[-1].end):
            if not analysis.in_literal(unordered.start, unordered.end):
                out.append(unordered)  # 1兆4兆, 2万2万人: a scale word again after its own or a smaller one
            continue  # (one whose first figure is reported already is judged on its own below: 12345万12345万)
        if japanese_scale and not _LONG_GROUP.search(text, max(0, at - 12), at):
            continue  # 5万, 5,000億: a Japanese scale, as it should be (nearly every hint: one look at what precedes)
        start = _digits_start(text, at - 1 if text[at - 1] in SPACES else at, at)
        if out and start < out[-1].end:
            continue
        if japanese_scale:  # more digits stand before it than its group holds
            oversized = _oversized(text, start, at, tables)
            if oversized is not None and not analysis.in_literal(oversized.start, oversized.end):
                out.append(oversized)
            continue
        match = tables.pattern.match(text, start)
        if match is None or match.end() <= at:
            continue
        garble = _garble(text, match, tables, after_words(lexicon))
        if garble is not None and not analysis.in_literal(garble.start, garble.end):
            out.append(garble)
    return tuple(out)


def _skipped(text: str, at: int) -> ScaleGarble | None:
    """The figure ending in the 万 (or 萬) at ``at`` when 兆 and a group of digits stand right before it: 1兆3400万.
    Japanese reads a figure in groups of four digits from the top, 兆, 億, 万, and rounds a news figure from the top
    down; a figure that names 兆 and then 万 says its 億 group is exactly zero while it counts to the 万, twelve
    digits with four zeros in the middle that no rounded figure has. It is 1兆6200億 read as 万: machine translation
    of Chinese, where 万亿 is 兆 and 亿 is 億, mixes up the two. The figure is reported without a suggestion:
    whether 億 or 万 is right is for the editor to find out. Left alone: a figure with a 億 group (1兆2000億5000万)
    and digits before 兆 that belong to a code (A1兆)."""
    if at + 1 < len(text) and text[at + 1] in _STACK_CHARS:
        return None  # 1兆3400万億: a stack, reported as one
    digits_start = text.rfind("兆", max(0, at - 5), at)
    start = _digits_start(text, digits_start, digits_start)
    if start == digits_start:
        return None  # 数兆3400万: no digits of its own before 兆
    if _after_code(text, start):
        return None
    return ScaleGarble(start, at + 1, "skipped", None, "")


def _digits_start(text: str, end: int, limit: int) -> int:
    """Where the digits of the figure that ends at ``end`` start: back over its digits, group separators and points,
    then forward, up to ``limit``, past a comma or a point that belongs to the sentence before it."""
    start = end
    while start > 0 and _NUMBERISH.match(text[start - 1]):
        start -= 1
    while start < limit and not text[start].isdigit():
        start += 1
    return start


def _after_code(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is part of a name or a code: a Latin letter, _, a dash, / or . right before
    it (M2, A12345万, v1.5M)."""
    before = text[start - 1] if start else ""
    return bool(before) and bool(_LATIN_AFTER.match(before) or before in "_-‐/.")


_SCALE_RANK = {"万": 1, "萬": 1, "億": 2, "兆": 3}


def _unordered(text: str, at: int) -> ScaleGarble | None:
    """The figure ending in the scale word at ``at`` when the group of digits before it follows the same scale word or
    a smaller one (1兆4兆, 2万2万人, 5万3億; one space allowed beside each scale word, as a tokenizer leaves them):
    a Japanese figure names its scale words once each, from the top down (兆, 億, 万), so one figure that names 兆
    twice, or 億 after 万, is no number. In 1.9 million characters of WMT English→Japanese references and system
    outputs it occurs once, in a system output (11,000 written with 万 twice), never in a reference. No
    suggestion: which figure was meant is for the editor to find out."""
    digits_end = at - 1 if text[at - 1] in _SPACE_CHARS else at
    digits_start = digits_end
    while digits_start > 0 and _NUMBERISH.match(text[digits_start - 1]):
        digits_start -= 1
    if not any(char.isdigit() for char in text[digits_start:digits_end]):
        return None
    scale = digits_start - 1
    if scale > 0 and text[scale] in _SPACE_CHARS:
        scale -= 1
    if scale <= 0 or _SCALE_RANK.get(text[scale], 4) > _SCALE_RANK[text[at]]:
        return None  # 1兆4000億, 5万: the scale words descend, or the group stands alone
    start = _digits_start(text, scale - 1 if text[scale - 1] in _SPACE_CHARS else scale, scale)
    if start >= scale or not text[start].isdigit():
        return None  # 数兆4兆: no digits of the figure's own before its first scale word
    if _after_code(text, start):
        return None  # a code: A1万2万
    return ScaleGarble(start, at + 1, "unordered", None, "")


def _oversized(text: str, start: int, scale: int, tables: _Garbles) -> ScaleGarble | None:
    """The figure ``text[start:scale + 1]`` when more than four digits stand before its scale word (14,735,478億):
    Japanese counts by groups of four digits (9999万, then 1億), so five or more before 万, 億 or 兆 make no number a
    Japanese writer writes; the suggestion is the same value in Japanese form (1473兆5478億)."""
    digits = text[start:scale].rstrip(SPACES).translate(TO_ASCII).replace(",", "")
    whole = digits.split(".")[0]
    if len(whole) <= _GROUP_DIGITS or not whole.isdigit():
        return None
    if _after_code(text, start):
        return None  # a code or a name: A12345万
    try:
        value = parse_japanese_number(digits + text[scale], tables.scales_ja)
    except ValueError:
        return None
    return ScaleGarble(start, scale + 1, "oversized", value, japanese_form(value, comma="," in text[start:scale]))


def _garble(text: str, match: re.Match[str], tables: _Garbles, words: AfterWords) -> ScaleGarble | None:
    start, end = match.span()
    if _after_code(text, start):
        return None  # M2, RTX 4090T, v1.5M: a name or a code
    before = text[start - 1] if start else ""
    if match.group("stack"):
        return ScaleGarble(start, end, "stack", None, "")
    surface = match.group("latin") or match.group("calque") or match.group("chinese")
    factor, kind = tables.scales[surface]
    digits = text[start : match.start("space")].translate(TO_ASCII)
    decimals = "." in digits
    signs = tables.lexicon.compiled(_currency_signs) if before and before in _SIGN_ENDS else {}
    sign = _sign_before(text, start, signs) if signs else ""
    sign_start = start - len(sign)
    currency = signs.get(sign, "")
    word, word_kind = _word_after(text, end, words)
    if kind == "chinese":
        if not _kana_in_sentence(text, start, end):
            return None  # a Chinese sentence left or quoted as it is: no kana in it
    elif kind == "calque":
        if before and (before in "千百十万億兆" or before.isdigit()):
            return None  # 5億8千5百万: a kanji-mixed number, not a calque
        if not currency and (word == "円" or (word_kind == "currency" and "," in digits)):
            return None  # 1,234百万円, 1,680百万ドル: the accounting unit of financial statements and statistics
    else:
        if word_kind in ("count", "currency", "unit") or (word_kind == "time" and decimals):
            pass  # 500K人, 1.50Tドル, 1.5M年
        elif currency and _beside_japanese(text, sign_start, end):
            pass  # $2.5Bを調達
        elif decimals and (ticker := _TICKER.match(text, end)) and _beside_japanese(text, start, ticker.end()):
            pass  # 19.78M BTC、
        else:
            return None  # 3M社, 4K画質, 5T (a name, a resolution, tonnes)
    try:
        number = parse_english_number(digits.replace("，", ","))
    except ValueError:
        return None
    value = _scaled(number, factor, digits)
    written = japanese_form(value, comma="," in digits)
    if currency and word != currency:
        written += currency  # $2.5B → 25億ドル; $2.5Bドル → 25億 (ドル stays)
    return ScaleGarble(sign_start, end, kind, value, written)


def _kana_in_sentence(text: str, start: int, end: int) -> bool:
    """True when kana stand in the sentence around ``text[start:end]`` (up to 。, a line break or ``_LOOK`` characters
    each side): it is Japanese, not Chinese, which has none."""
    low = max(0, start - _LOOK)
    left = max(low, text.rfind("。", low, start), text.rfind("\n", low, start))
    ends = [found for found in (text.find("。", end, end + _LOOK), text.find("\n", end, end + _LOOK)) if found >= 0]
    return bool(_KANA.search(text, left, min(ends, default=end + _LOOK)))


def _word_after(text: str, end: int, words: AfterWords) -> tuple[str, str]:
    """The Japanese word right after ``end`` (one space allowed before it) and its kind; empty when none."""
    position = end + 1 if text[end : end + 1] in (" ", "\u3000", "\u00a0") else end
    found = words.pattern.match(text, position)
    if found is None:
        return "", ""
    return found.group(), words.kinds[found.group()]


def _beside_japanese(text: str, start: int, end: int) -> bool:
    """True when a Japanese character (one space allowed between) stands right before ``start`` or after ``end``."""
    before = text[max(0, start - 2) : start].rstrip(" ")
    after = text[end : end + 2].lstrip(" ")
    return bool(before and IS_JA_CHAR.match(before[-1])) or bool(after and IS_JA_CHAR.match(after[0]))


def _scaled(number: float, factor: float, digits: str) -> float:
    """``number`` × ``factor`` without float noise: 19.78 × 1e6 is 19780000, not 19780000.000000004."""
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    places = max(0, decimals - len(str(int(factor))) + 1)
    return round(number * factor, places)


def unit_calques(analysis: Analysis) -> frozenset[int]:
    """The starts of the calque garbles (``kind`` calque) that are the article's own unit, not a leftover: a calque
    glued to bare digits (no space between, no currency sign before them) with the same word after it (ドル, 人, or
    none) in two different figures of the article or more, while the article writes no figure of that word in a
    Japanese scale finer than the calque's (3200万ドル beside 32百万ドル; 万 or 億 beside 十億). A blog that gives
    every box-office figure in 百万ドル (32百万ドル, 116百万ドル) chose a unit, as financial statements write 百万円;
    a calque amid figures counted in 万 is the inconsistency machine translation leaves. One figure, or one amount
    said twice (585百万ナイラ twice in WMT24 system outputs), shows no choice. A round figure of a coarser scale
    (1億ドル beside 116百万ドル) counts in no finer unit and competes with none."""
    garbles = [garble for garble in analysis.memo(scale_garbles) if garble.kind == "calque"]
    if len(garbles) < 2:
        return frozenset()
    text = analysis.text
    tables = analysis.lexicon.compiled(_garbles)
    words = after_words(analysis.lexicon)
    calques = [surface for surface, (_, kind) in tables.scales.items() if kind == "calque"]
    groups: dict[tuple[str, str], dict[int, str]] = {}  # (calque, word after) → start → digits
    for garble in garbles:
        surface = next(calque for calque in calques if text.endswith(calque, 0, garble.end))
        digits = text[garble.start : garble.end - len(surface)]
        signed = garble.start >= 2 and text[garble.start - 1] in SPACES and text[garble.start - 2] in _SIGN_ENDS
        if signed or not digits[:1].isdigit() or not digits[-1:].isdigit():
            continue  # £ 5百万, $420十億, 7 百万人: a sign or a space is a leftover of its own
        unit = (surface, _word_after(text, garble.end, words)[0])
        groups.setdefault(unit, {})[garble.start] = digits.translate(TO_ASCII)
    house: set[int] = set()
    for (surface, word), figures in groups.items():
        factor = tables.scales[surface][0]
        finer = "".join(scale for scale in _STACKED if tables.scales_ja[scale] < factor)
        rival = finer and re.search(f"[{_DIGITS}][{finer}][{SPACES}]?{re.escape(word)}", text)  # 3200万ドル
        if len(set(figures.values())) >= 2 and not rival:
            house.update(figures)
    return frozenset(house)


# ---------------------------------------------------------------------------------------------------------------
# Conversions into yen


class Conversion(NamedTuple):
    """An amount in ``code`` (``foreign_start:foreign_end``) and its conversion into yen (``yen_start:yen_end``), in
    brackets after it or before it, with their values; ``low`` and ``high`` are the range ``yen_rates.tsv`` gives the
    yen price of one unit."""

    foreign_start: int
    foreign_end: int
    yen_start: int
    yen_end: int
    code: str
    foreign_value: float
    yen_value: float
    low: float
    high: float
    since: str  # the first day of the range (1999-01-04)

    @property
    def rate(self) -> float:
        """The yen price of one unit of ``code`` that the two figures imply."""
        return self.yen_value / self.foreign_value


class _Conversions(NamedTuple):
    words: tuple[tuple[str, str], ...]  # currency word → code, longest first (香港ドル before ドル); 円 included
    ends: frozenset[str]  # their last characters: a bracket after anything else is no conversion
    number: re.Pattern[str]  # a Japanese number, matched at a position
    scales: Mapping[str, float]
    ranges: Mapping[str, tuple[float, float, str]]  # code → (low, high) yen price, since when


_NUMBER_CHARS = frozenset("0123456789０１２３４５６７８９,，.．万億兆千百")
_ABOUT = ("約", "およそ", "概算", "推定")  # what may open the conversion in brackets: 約325億円
_OPENERS = "（("


def _conversion_tables(lexicon: Lexicon) -> _Conversions:
    ranges = {row.code: (row.low, row.high, row.since) for row in lexicon.table(YenRateRow)}
    words = {row.surface: row.code for row in lexicon.table(CurrencyRow) if row.code in ranges or row.code == "JPY"}
    ordered = tuple(sorted(words.items(), key=lambda item: -len(item[0])))
    scales = japanese_scales(lexicon)
    number = re.compile(japanese_number_regex(scales, wide=True))
    return _Conversions(ordered, frozenset(word[-1] for word in words), number, scales, ranges)


def conversions(analysis: Analysis) -> tuple[Conversion, ...]:
    """Every amount converted into yen in brackets beside it, in text order (shared: ``analysis.memo``)."""
    text = analysis.text
    if "円" not in text:
        return ()
    tables: _Conversions = analysis.lexicon.compiled(_conversion_tables)
    found: list[Conversion] = []
    for opener in _OPENERS:
        at = text.find(opener, 1)
        while at >= 0:
            conversion = _conversion_at(text, at, tables)
            if conversion is not None:
                found.append(conversion)
            at = text.find(opener, at + 1)
    return tuple(sorted(found))


class _Amount(NamedTuple):
    """An amount of money: ``text[start:end]``, its figure's value and its currency's code."""

    start: int
    end: int
    value: float
    code: str


def _conversion_at(text: str, bracket: int, tables: _Conversions) -> Conversion | None:
    """The amount that ends right before the bracket at ``bracket`` (one space allowed) and the amount that opens the
    bracket (after 約), when one is in yen and the other in a currency of ``yen_rates.tsv``."""
    end = bracket - 1 if text[bracket - 1] in SPACES else bracket
    if end <= 0 or text[end - 1] not in tables.ends:
        return None
    before = _amount_before(text, end, tables)
    if before is None:
        return None
    inside = bracket + 1
    while inside < len(text) and text[inside] in SPACES:
        inside += 1
    for word in _ABOUT:
        if text.startswith(word, inside):
            inside += len(word)
            if text[inside : inside + 1] in _SPACE_CHARS:
                inside += 1  # 約 3,700 億 円: a tokenizer's space
            break
    after = _amount_at(text, inside, tables)
    if after is None or before.code == after.code or "JPY" not in (before.code, after.code):
        return None
    foreign, yen = (after, before) if before.code == "JPY" else (before, after)
    if not foreign.value:
        return None
    low, high, since = tables.ranges[foreign.code]
    return Conversion(
        foreign.start, foreign.end, yen.start, yen.end, foreign.code, foreign.value, yen.value, low, high, since
    )


def _amount_before(text: str, end: int, tables: _Conversions) -> _Amount | None:
    """The figure and currency word ending at ``end``: the word right after digits (a tokenizer's spaces allowed
    beside the scale words and before the word: 2 兆 5,100 億 ドル)."""
    for word, code in tables.words:
        if text.endswith(word, 0, end):
            number_end = end - len(word)
            if number_end > 1 and text[number_end - 1] in _SPACE_CHARS and text[number_end - 2] in _NUMBER_CHARS:
                number_end -= 1
            start = number_end
            while start > 0 and (text[start - 1] in _NUMBER_CHARS or _spaced_scale(text, start - 1)):
                start -= 1
            while start < number_end and not text[start].isdigit():
                start += 1  # 数百万ドル: the digits, not the scale words before them
            if start == number_end:
                return None
            value = _value(text[start:number_end], tables)
            return None if value is None else _Amount(start, end, value, code)
    return None


def _amount_at(text: str, start: int, tables: _Conversions) -> _Amount | None:
    """The figure starting at ``start`` and the currency word right after it (spaces allowed as before)."""
    end = start
    while end < len(text) and (text[end] in _NUMBER_CHARS or _spaced_scale(text, end)):
        end += 1
    written = "".join(text[start:end].split())
    match = tables.number.match(written)
    if match is None:
        return None
    number_end = start
    for _ in range(match.end()):  # back from the figure without its spaces to the text
        number_end += 1
        while text[number_end : number_end + 1] in _SPACE_CHARS and _spaced_scale(text, number_end):
            number_end += 1
    if text[number_end : number_end + 1] in _SPACE_CHARS and number_end > start:
        number_end += 1  # 3,700 億 円
    for word, code in tables.words:
        if text.startswith(word, number_end):
            value = _value(match.group(), tables)
            return None if value is None else _Amount(start, number_end + len(word), value, code)
    return None


def _spaced_scale(text: str, at: int) -> bool:
    """True when ``text[at]`` is one space between a digit and a Japanese scale word, either way round (1 兆 4,400
    億): the spaces a tokenizer leaves inside a figure, which still reads as one."""
    if text[at] not in _SPACE_CHARS or at == 0 or at + 1 >= len(text):
        return False
    before, after = text[at - 1], text[at + 1]
    return (before.isdigit() and after in _STACK_CHARS) or (before in _STACK_CHARS and after.isdigit())


def _value(written: str, tables: _Conversions) -> float | None:
    try:
        return parse_japanese_number("".join(written.split()).translate(TO_ASCII), tables.scales)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------------------------
# Figures of the wrong kind


class KindClash(NamedTuple):
    """``text[start:end]``: a figure whose kind its sentence rules out. ``kind`` is ``money-count`` (a count's figure
    written as money: 大富豪の数は427ドル; ``noun`` is the count, 大富豪の数) or ``change-range`` (a percentage change
    written as a range: 20% から 185 に; ``noun`` is empty)."""

    start: int
    end: int
    kind: str
    noun: str


class _Kinds(NamedTuple):
    counts: re.Pattern[str]  # a count of people or things and its particle, matched ending at 数
    currency: re.Pattern[str]  # a currency word, matched right after a figure
    number: re.Pattern[str]  # a Japanese number, matched at a position
    change: re.Pattern[str]  # what follows the % of a percentage change written as a range, matched at the %


_COUNT_GAP = 12  # how far after a count's particle its figure may stand: 大富豪の数は前年比で約427
# 数, a particle, then the first digit within _COUNT_GAP characters of the clause (no comma, sentence mark, quote or
# bracket between): a literal first character, which re finds in C.
_COUNT_FIGURE = re.compile(
    f"数[はがもを][^、。，,．！？!?；;：:\n「」（）(){_DIGITS}]{{0,{_COUNT_GAP - 1}}}[{_DIGITS}]"
)
_DEMONSTRATIVES = ("その", "この", "あの", "どの")  # その数: the count names nothing


def _kinds(lexicon: Lexicon) -> _Kinds:
    # The counters of people and things written in kanji (人, 件, 台, 議席): 人数, 件数, 台数 are counts, and 185人に
    # after a percentage is a count. Katakana counters (ポイント, and the currencies of counters.tsv) are left out.
    counters = [row.word for row in lexicon.table(CounterRow) if row.kind == "count" and _kanji(row.word)]
    nouns = trie_pattern([*counters, "の", "者"])
    count = re.compile(f"(?:{nouns})数(?:は|が|も|を)")
    currencies = trie_pattern(row.surface for row in lexicon.table(CurrencyRow) if _japanese(row.surface))
    number = re.compile(japanese_number_regex(japanese_scales(lexicon), wide=True))
    figure = japanese_number_regex(japanese_scales(lexicon), wide=True)
    change = re.compile(
        f"[%％][{SPACES}]?から[{SPACES}]?(?:約|およそ)?(?P<figure>{figure})(?![{_DIGITS},，.．])"
        f"[{SPACES}]?(?:{trie_pattern(counters)})?[{SPACES}]?(?:に|へ|まで)"
    )
    return _Kinds(count, re.compile(f"[{SPACES}]?(?:{currencies})"), number, change)


def _kanji(word: str) -> bool:
    return all("\u4e00" <= char <= "\u9fff" for char in word)


def kind_clashes(analysis: Analysis) -> tuple[KindClash, ...]:
    """The figures of the analysed document whose kind their sentence rules out (shared: ``analysis.memo``): a count
    whose figure is money, a percentage change written as a range. Two ``str.find`` passes in C decide that most
    articles have none (a count's 数 followed by a particle, a % followed by から)."""
    text = analysis.text
    has_count = "数" in text
    has_change = "から" in text and ("%" in text or "％" in text)
    if not has_count and not has_change:
        return ()
    tables: _Kinds = analysis.lexicon.compiled(_kinds)
    out: list[KindClash] = []
    if has_count:
        for hint in _COUNT_FIGURE.finditer(text, 1):  # 数, its particle and a digit in the clause: a few a page
            clash = _money_count(text, hint.start(), hint.end() - 1, tables)
            if clash is not None and not analysis.in_literal(clash.start, clash.end):
                out.append(clash)
    if has_change:
        for sign in "%％":  # str.find in C: a pattern that starts with a class of the two reads every character
            at = text.find(sign, 1)
            while at >= 0:
                if "から" in text[at + 1 : at + 4]:
                    clash = _change_range(text, at, tables)
                    if clash is not None and not analysis.in_literal(clash.start, clash.end):
                        out.append(clash)
                at = text.find(sign, at + 1)
    return tuple(sorted(out))


def _money_count(text: str, at: int, figure_at: int, tables: _Kinds) -> KindClash | None:
    """The count whose 数 stands at ``at`` (大富豪の数は, 参加者数が, 世帯数は) when its first figure, at ``figure_at``,
    is an amount of money: 427ドル."""
    for back in (1, 2, 3):  # の, 者 and the counters before 数: 人数, 世帯数, 種類数
        match = tables.counts.match(text, at - back) if at >= back else None
        if match is not None and match.end() == at + 2:
            break
    else:
        return None
    if any(text.endswith(word, 0, at) for word in _DEMONSTRATIVES):
        return None
    figure = tables.number.match(text, figure_at)
    currency = tables.currency.match(text, figure.end()) if figure is not None else None
    if currency is None:
        return None
    return KindClash(figure_at, currency.end(), "money-count", text[_noun_before(text, match.start()) : at + 1])


def _noun_before(text: str, at: int) -> int:
    """Where the noun that ends right before ``at`` (the の of 大富豪の数) starts: its run of kanji or katakana."""
    start = at
    while start > 0 and at - start < 12 and IS_JA_CHAR.match(text[start - 1]) and not _is_hiragana(text[start - 1]):
        start -= 1
    return start


def _change_range(text: str, at: int, tables: _Kinds) -> KindClash | None:
    """The range from the percentage whose % stands at ``at`` to a figure of another kind: 20% から 185 に."""
    if at == 0 or text[at - 1] not in DIGIT_CHARS:
        return None
    match = tables.change.match(text, at)
    if match is None:
        return None
    start = at - 1
    while start > 0 and (text[start - 1] in DIGIT_CHARS or text[start - 1] in ".．"):
        start -= 1
    return KindClash(start, match.end(), "change-range", "")


# ---------------------------------------------------------------------------------------------------------------
# Dates whose 年 or 月 was lost: 20253月 (2025年3月), 202497日 (2024年9月7日)

# 月 or 日 right after five digits: each pattern starts with its literal character, which re finds in C, and only
# there looks behind (one that started with the digits, or with a class of the two, would be tried at every
# character of the article).
_RUN_TOGETHER = tuple(re.compile(f"{mark}(?<=[{_DIGITS}]{{5}}{mark})") for mark in "月日")
# Before the digits: another figure's marks (1,20253月 is no date), an address or code (ID-202497日, No.20253月, a
# Latin letter), a range's or a fraction's sign (2024/20253月): a run of digits there is part of something else.
_BEFORE_DATE = frozenset("0123456789０１２３４５６７８９.,．，-－‐–~〜～/／:：#＃_") | frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
)
# The years a run-together date is read with: four digits from the second millennium to the next century. A figure
# of five digits or more before 月 is no month, whatever it is; the range keeps 0001月-like codes and figures no
# article dates by out.
_FIRST_YEAR, _LAST_YEAR = 1000, 2199
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class RunTogetherDate(NamedTuple):
    """Digits run into 月 or 日 at ``start:end`` that read as a date with its 年 (and 月) lost: ``dates`` are the
    dates they split into, one or more, written with their marks in the article's own digits (2024年9月7日)."""

    start: int
    end: int
    dates: tuple[str, ...]


def _month(digits: str) -> int:
    """The month ``digits`` (one or two, 01 allowed) name, or 0."""
    if not digits or digits == "0" or len(digits) > 2:
        return 0
    value = int(digits)
    return value if 1 <= value <= 12 else 0


def _day(digits: str, year: int, month: int) -> int:
    """The day of ``month`` that ``digits`` (one or two, 03 allowed) name, or 0."""
    if not digits or digits == "0" or len(digits) > 2:
        return 0
    value = int(digits)
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    last = 28 if month == 2 and not leap else _MONTH_DAYS[month - 1]
    return value if 1 <= value <= last else 0


def date_readings(digits: str, mark: str) -> tuple[str, ...]:
    """The dates that ``digits`` run into ``mark`` (月 or 日) split into, written with their marks: a four-digit year,
    then a month (before 月), or a month and a day of that month (before 日). 20253 before 月 is 2025年3月; 202497
    before 日 is 2024年9月7日 only (97 is no month); 2025112 before 日 is 2025年1月12日 and 2025年11月2日."""
    ascii_digits = digits.translate(TO_ASCII)
    year = int(ascii_digits[:4])
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        return ()
    rest = ascii_digits[4:]
    if mark == "月":
        return (f"{digits[:4]}年{digits[4:]}月",) if _month(rest) else ()
    found = []
    for cut in (1, 2):
        month = _month(rest[:cut])
        if month and _day(rest[cut:], year, month):
            found.append(f"{digits[:4]}年{digits[4 : 4 + cut]}月{digits[4 + cut :]}日")
    return tuple(found)


def run_together_dates(analysis: Analysis) -> tuple[RunTogetherDate, ...]:
    """The runs of digits right before 月 (five or six) or 日 (six to eight) that split into a four-digit year and a
    valid month (and day of that month): a date whose 年 (and 月) machine translation or a scraper dropped. A run
    after another figure's marks, a letter, an address or a range sign is part of something else and left alone."""
    text = analysis.text
    found = []
    for match in (match for pattern in _RUN_TOGETHER for match in pattern.finditer(text)):
        end = match.start()
        start = end - 5
        while start > 0 and text[start - 1] in DIGIT_CHARS:
            start -= 1
        mark = match.group()
        length = end - start
        if not (5 <= length <= 6 if mark == "月" else 6 <= length <= 8):
            continue
        if start and text[start - 1] in _BEFORE_DATE:
            continue
        dates = date_readings(text[start:end], mark)
        if dates and not analysis.in_literal(start, end + 1):
            found.append(RunTogetherDate(start, end + 1, dates))
    return tuple(sorted(found))

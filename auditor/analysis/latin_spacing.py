"""Boundaries between Japanese and Latin words (和欧間): spaced (``Xbox のゲーム``) or glued (``Xboxのゲーム``).

Whether a space stands between a kana or kanji and a Latin word or numeral is a publication's choice: JTF's
日本語標準スタイルガイド (3.1.1) puts none, many technical publications space every such boundary. Either way,
consistently, is house style. Machine translation (from English, and from Chinese sources that space CJK and Latin,
"pangu" spacing) leaves a mix in one article. ``latin_boundaries`` finds and counts both kinds once per document
(``analysis.memo``); whitespace.japanese-latin and ``auditor style learn`` decide from the counts.

A boundary is a kana or kanji letter against an ASCII letter or digit (or the ``%`` or ``+`` that ends a Latin
token: 93% の, LGBTIQ+ コミュニティ), glued or with one ASCII space between. Left out, because they show no choice
of this convention or belong to another rule:

- Japanese punctuation (、。「」（）): pangu spacing never spaces beside full-width punctuation, and a space there is
  whitespace.after-sentence-mark's or whitespace.inside-bracket's;
- a numeral with a counter, unit or scale word after it (2025年, 3 つ, 約 10 年): whitespace.numeral-spacing's; or
  with a kanji numeral (6 百万): numbers.scale-calque's;
- a token that holds a handle's, tag's or path's mark (@NAA, #tag, a/b); URLs and code (``Analysis.literal_spans``),
  flattened embeds and lines of a table (a tab or ``|``);
- a number or letter that opens its line (a list marker: 1 名前), a number that closes it after a word (a numbered
  label or caption: 図 1, イメージ 3), a range or date written with hyphens (1990-2020
  年, a dateline: 2024-05 新製品) and a Latin token after a figure (10月 19, 2025: an English date, whose space is
  no choice between words);
- a boundary inside a title in 『』 (a work's name keeps its own spacing) or with no kana within 30 characters (a
  line of Chinese, whose hanzi are kanji too);
- an English phrase of two words or more (``PHRASE_WORDS``: a name, a title, a quoted sentence): a writer who glues
  Latin words to Japanese still sets a phrase apart (Denver Nuggets の). A word has two letters or more: a number or
  a model code (Windows 10, Galaxy S4) belongs to the name before it; a run of three tokens is a phrase (A to Z).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from auditor.analysis.numerals import after_words, in_table_line
from auditor.languages.scripts import HAS_JA

if TYPE_CHECKING:
    from auditor.analysis.context import Analysis

# One ASCII space before a Latin letter or digit, or after the end of a Latin token (93%, LGBTIQ+); the other side is
# then read with the scripts module's compiled class of kana and kanji. No class of kanji here: one costs Python's re
# milliseconds to compile, more than the scan of a whole article. The pattern starts with the literal space: the
# engine skips from space to space.
_SPACED = re.compile(r" (?:(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%+] ))")
# A run of Latin letters and digits (with the % or + that may end a token), for the glued boundaries at its ends.
_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9%+]*")
_NOT_LETTERS = frozenset("・゠")  # katakana punctuation: the middle dot and the double hyphen
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,'’&+%-_/:@#")
_ADDRESS_MARKS = frozenset("@#/:_")  # a token holding one is a handle, tag, path or address, not a word of prose
_NUMBER = re.compile(r"[0-9][0-9,.]*%?")
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
_LETTERS = re.compile("[A-Za-z]")
_KANJI_NUMERALS = frozenset("〇一二三四五六七八九十百千万億兆")
_RANGE = re.compile(r"[0-9]+(?:-[0-9]+)+")  # a range or a date written with hyphens (1990-2020, 2024-05)
_TITLE_REACH = 60  # how far back the 『 of a title may stand
_LINE_MARKER = re.compile(r"[0-9]{1,3}[.)]?|[A-Za-z][.)]?")  # a list number or letter, when it opens its line
# An English phrase of at least this many words set off from the Japanese is a title or a quotation, not a word of
# the sentence: left out of the count (see the module docstring and whitespace.japanese-latin for the measurement).
PHRASE_WORDS = 2


class LatinBoundary(NamedTuple):
    """A boundary between a Japanese letter and a Latin token: ``at`` is the space (spaced) or the position between
    the two characters (glued); ``latin`` is the Latin token's span."""

    at: int
    spaced: bool
    latin: tuple[int, int]


def spaced_candidates(analysis: Analysis) -> tuple[LatinBoundary, ...]:
    """The spaced Japanese–Latin boundaries of the analysed document read from its characters alone, in text order
    (shared: ``analysis.memo``): one scan from space to space. ``spaced_boundaries`` drops those in embeds, URLs,
    code and tables; a rule that needs a few of them asks this cheaper one first."""
    text = analysis.text
    if " " not in text:
        return ()
    found = []
    for match in _SPACED.finditer(text):
        at = match.start()
        if _ja_letter(text, at - 1 if text[at + 1 : at + 2] < "\u0080" else at + 1):
            boundary = _boundary(analysis, at, True, structure=False)
            if boundary is not None:
                found.append(boundary)
    return tuple(found)


def spaced_boundaries(analysis: Analysis) -> tuple[LatinBoundary, ...]:
    """The spaced Japanese–Latin boundaries of the analysed document, in text order (shared:
    ``analysis.memo(spaced_boundaries)``)."""
    return tuple(
        boundary
        for boundary in analysis.memo(spaced_candidates)
        if not _in_structure(analysis, boundary.at, *boundary.latin)
    )


def glued_boundaries(analysis: Analysis, limit: int | None = None) -> int:
    """How many glued Japanese–Latin boundaries the analysed document has, counted up to ``limit`` (shared:
    ``analysis.memo``): a scan of its Latin runs, made only where the spaced ones are many enough to matter."""
    text = analysis.text
    words = after_words(analysis.lexicon).pattern
    count = 0
    for match in _LATIN_RUN.finditer(text):
        start, end = match.span()
        if _ja_letter(text, start - 1) and _boundary(analysis, start, False) is not None:
            count += 1
        if _ja_letter(text, end) and not (text[start:end].isdigit() and words.match(text, end)):
            count += _boundary(analysis, end, False) is not None  # (3人, 2025年: a figure, not counted)
        if limit is not None and count >= limit:
            break
    return count


def _ja_letter(text: str, index: int) -> bool:
    """Whether ``text[index]`` is a kana or kanji letter (not ・ or ゠)."""
    return 0 <= index < len(text) and HAS_JA.match(text, index) is not None and text[index] not in _NOT_LETTERS


def _boundary(analysis: Analysis, at: int, spaced: bool, structure: bool = True) -> LatinBoundary | None:
    """The boundary at ``at`` (the space, or the position between the glued characters), or None where it shows no
    choice of spacing (see the module docstring)."""
    text = analysis.text
    latin_after = text[at + spaced] < "\u0080" if at + spaced < len(text) else False
    if latin_after:
        start = at + spaced
        end = start
        while end < len(text) and text[end] in _TOKEN_CHARS:
            end += 1
        while end > start + 1 and text[end - 1] in ".,:'’-":
            end -= 1  # a full stop or comma after the token is punctuation, not the token's
    else:
        end = at
        start = end
        while start > 0 and text[start - 1] in _TOKEN_CHARS:
            start -= 1
    token = text[start:end]
    if not token or _ADDRESS_MARKS.intersection(token):
        return None
    if _NUMBER.fullmatch(token) and _figure(analysis, end if latin_after else at):
        return None
    if _RANGE.fullmatch(token) or (latin_after and at >= 2 and text[at - 2].isdigit() and text[at - 2] < "\u0080"):
        return None  # a range or an ISO date, or a figure on the Japanese side (10月 19, 2025; 20日 Record)
    if _in_title(text, at) or not _kana_near(text, at):
        return None  # a title in 『』, or a line of Chinese: no kana around the boundary
    if _phrase_words(text, start, end) >= PHRASE_WORDS:
        return None
    line = analysis.doc.line_bounds
    if not latin_after and _LINE_MARKER.fullmatch(token) and not text[line(start)[0] : start].strip():
        return None  # a list marker that opens its line (1 名前)
    if latin_after and spaced and token.isdigit() and not text[end : line(end)[1]].strip():
        return None  # a numbered label or caption (図 1, イメージ 3): the number alone closes its line
    if structure and _in_structure(analysis, at, start, end):
        return None
    return LatinBoundary(at, spaced, (start, end))


def _in_structure(analysis: Analysis, at: int, start: int, end: int) -> bool:
    """Whether the boundary at ``at`` (its Latin token ``start:end``) is in a URL, code, an embed or a table line."""
    return analysis.in_literal(start, end) or in_table_line(analysis, at) or analysis.in_embed(start, end)


def _figure(analysis: Analysis, after: int) -> bool:
    """Whether the number that ends at ``after`` has a counter, unit or scale word or a kanji numeral after it (one
    space allowed): a Japanese figure, whitespace.numeral-spacing's or numbers.scale-garble's and -calque's."""
    text = analysis.text
    if after < len(text) and text[after] == " ":
        after += 1
    if after < len(text) and text[after] in _KANJI_NUMERALS:
        return True  # the number goes on in kanji (6 百万, 350 十億): the numeral rules' garble, not a word
    return after_words(analysis.lexicon).pattern.match(text, after) is not None


def _phrase_words(text: str, start: int, end: int) -> int:
    """How many words the Latin run holding the token ``start:end`` has: tokens joined by single spaces, a word being
    a token of two letters or more (a number or a model code, Windows 10, Galaxy S4, Xbox 360, is part of the name
    before it, not a word of a phrase). A run of three tokens or more counts as a phrase whatever its words (A to Z)."""
    words, tokens = 0, 1
    at = start
    while at >= 2 and text[at - 1] == " " and text[at - 2] in _TOKEN_CHARS:
        right = at - 1
        at -= 1
        while at > 0 and text[at - 1] in _TOKEN_CHARS:
            at -= 1
        words += _is_word(text[at:right])
        tokens += 1
    at = end
    while at + 1 < len(text) and text[at] == " " and text[at + 1] in _TOKEN_CHARS:
        left = at + 1
        at += 1
        while at < len(text) and text[at] in _TOKEN_CHARS:
            at += 1
        words += _is_word(text[left:at])
        tokens += 1
    words += _is_word(text[start:end])
    return max(words, PHRASE_WORDS) if tokens >= 3 else words


def _is_word(token: str) -> bool:
    return len(_LETTERS.findall(token)) >= 2


def _in_title(text: str, at: int) -> bool:
    """Whether ``at`` is inside a title in 『』 on its line (『夜の森 Night Forest』): a name with its own spacing."""
    opening = text.rfind("『", max(0, at - _TITLE_REACH), at)
    if opening < 0:
        return False
    between = text[opening:at]
    return "』" not in between and "\n" not in between


_KANA_REACH = 30  # how far around a boundary its sentence shows a kana


def _kana_near(text: str, at: int) -> bool:
    """Whether a kana stands within ``_KANA_REACH`` characters of ``at``: Japanese prose, not a line of Chinese (whose
    hanzi are kanji too)."""
    return _KANA.search(text, max(0, at - _KANA_REACH), at + _KANA_REACH) is not None

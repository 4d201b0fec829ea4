"""Spaces after 。 or 、 inside a line of Japanese that goes on after a figure, a Latin word or a symbol.

``after_mark_spaces`` is what whitespace.after-sentence-mark reports; whitespace.doubled leaves those runs to it, so
that one gap gets one finding and one fix (the space goes; "one space is enough" would be wrong after 。).
``lost_indent`` tells the spaces after 。 that are a paragraph's line break and indent, collapsed by the page's
extraction, and ``in_flattened_table`` the rows of a table whose cells the page set apart with spaces; the whitespace
rules leave both alone.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.analysis.context import Analysis
from auditor.analysis.numerals import SPACES, in_table_line
from auditor.analysis.scripts import char_offsets, matches_at
from auditor.analysis.style import spaces_its_sentences
from auditor.document import overlaps_any
from auditor.languages.scripts import IS_JA_CHAR, JA, KANA, KANJI

_SPACE_AFTER_MARK = re.compile(f"[{SPACES}](?<=[。、][{SPACES}])[{SPACES}]*")
# What the line goes on with after the space: at most three words or figures that are not Japanese (2018年, ■中国,
# Appleは, Elon Musk氏), then Japanese.
_JAPANESE_GOES_ON = f"(?:[^\\s{JA}]+ ){{0,2}}[^\\s{JA}]+ ?[{KANA}{KANJI}]"  # compiled on first use: classes of kanji
_GOES_ON_REACH = 40
# After the space: a reference mark [1], a caption (写真), a signature or byline dash (– 山田), markup (<br/>), a
# column of a table (|), a hashtag or a handle (which need the space before them): a layout of its own.
_LEFT_TO_OTHERS = "[(（［–—―-<|#＃@＠"
# An ellipsis after the space: the cut of a teaser, before the link to the rest of the story (…と伝えた。 ...[記事詳細],
# a news site's list of its articles' openings). English sentence spacing sets a sentence apart, and no sentence opens
# with an ellipsis; the space is the list page's layout. Fresh pages of issue fresh32: one such list, 5 false
# findings; no change on the dev sets or the WMT references.
_CUT_MARKS = ("...", "…", "‥")


# A line that opens with an indent before Japanese text: the indent of a paragraph.
_INDENTED_LINE = re.compile(f"^([{SPACES}]+)[{KANA}{KANJI}「『]", re.MULTILINE)
# How many of its paragraphs a text must indent before the indent is its convention (one could be a slip).
_INDENT_MIN = 2


def paragraph_indents(analysis: Analysis) -> frozenset[str]:
    """The indents that at least ``_INDENT_MIN`` of the text's lines open with before Japanese (a space, an
    ideographic space): the way the article opens its paragraphs (shared: ``analysis.memo(paragraph_indents)``)."""
    counts: dict[str, int] = {}
    for match in _INDENTED_LINE.finditer(analysis.text):
        counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    return frozenset(indent for indent, count in counts.items() if count >= _INDENT_MIN)


def lost_indent(analysis: Analysis, start: int, end: int) -> bool:
    """Whether the spaces ``start:end`` after a 。 are a line break and the article's paragraph indent run together
    (…こともあった。  そんな彼に…, where the article's paragraphs open with one space): the page's extraction turned
    the break into a space and kept the indent of the next paragraph. The paragraphs are the page's, not a slip of
    its writer or its translator."""
    if end - start < 2 or analysis.text[start - 1] != "。":
        return False
    indents = analysis.memo(paragraph_indents)
    return bool(indents) and analysis.text[start + 1 : end] in indents


# The head of a table flattened into text: a line of at least three column names, words of kana or kanji (two to
# twenty letters each: a word-segmented sentence has particles of one), set apart by spaces, with no punctuation.
_HEAD_WORD = f"[{KANA}{KANJI}]{{2,20}}"
_TABLE_HEAD = f"[ \t\u3000]*{_HEAD_WORD}(?:[{SPACES}]+{_HEAD_WORD}){{2,}}[ \t\u3000\r]*"  # compiled on first use
_CELL_SPACES = re.compile(f"[{SPACES}]+")
_CELL_MARKS = re.compile("[、。，．？！?!]")
_TABLE_ROWS_MIN = 2  # rows under the head before the lines are a table's (one line could be a headline's text)


@cache
def _table_head() -> re.Pattern[str]:
    return re.compile(_TABLE_HEAD)


def _opens_with_label(text: str, start: int, end: int) -> bool:
    """Whether the line ``start:end`` opens with a cell set apart by a space and holding no punctuation: a row's
    label (5強 …), where prose opens with a sentence (…した。 次の…)."""
    space = _CELL_SPACES.search(text, start, end)
    return space is not None and space.start() > start and not _CELL_MARKS.search(text, start, space.start())


def _rows_under(analysis: Analysis, head_start: int, head_end: int) -> frozenset[int]:
    """The starts of the rows of the table whose head is the line ``head_start:head_end`` (see
    ``in_flattened_table``); none where fewer than ``_TABLE_ROWS_MIN`` lines follow it as rows."""
    text = analysis.text
    columns = len(_CELL_SPACES.split(text[head_start:head_end].strip()))
    found: list[int] = []
    start = head_end + 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        cells = _CELL_SPACES.split(text[start:end].strip())
        if not max(2, columns - 1) <= len(cells) <= columns or _CELL_MARKS.search(cells[0]):
            break
        found.append(start)
        start = end + 1
    return frozenset(found) if len(found) >= _TABLE_ROWS_MIN else frozenset()


def in_flattened_table(analysis: Analysis, index: int) -> bool:
    """Whether ``index`` stands in a row of a table the page flattened into text, its cells set apart by spaces: under
    a head of at least three column names (震度 人の体感 屋内の状況), at least ``_TABLE_ROWS_MIN`` lines in a
    row, none blank, each filling the head's columns (one cell may be empty; a line of text with a stray space or two
    has fewer cells), the first cell a label with no punctuation (5強 物につかまる。 家具が倒れる。). A space between
    its cells separates columns, as JIS X 4051 and W3C jlreq set a table's cells apart, not words. Prose lines, which
    open with a sentence or hold no space, are told at their first space; a row's lines are read up to the head."""
    text = analysis.text
    start, end = analysis.doc.line_bounds(index)
    if not _opens_with_label(text, start, end):
        return False
    row = start
    while start > 0:
        end = start - 1  # the line before: its line break
        start = text.rfind("\n", 0, end) + 1
        if _table_head().fullmatch(text, start, end):
            return row in analysis.memo(_rows_under, start, end)
        if not _opens_with_label(text, start, end):
            return False
    return False


@cache
def _goes_on() -> re.Pattern[str]:
    return re.compile(_JAPANESE_GOES_ON)


def after_mark_spaces(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """(mark, end) of each run of spaces after 。 or 、 that whitespace.after-sentence-mark reports: ``mark`` is where
    the 。 or 、 stands, ``end`` where the spaces end (shared: ``analysis.memo(after_mark_spaces)``)."""
    text = analysis.text
    found = []
    convention: bool | None = None
    # Matched only at the article's spaces that follow a 。 or 、 (the spaces are found once per article, by
    # str.find: ``char_offsets``), not by a scan of the whole text, nor three ``in`` tests to choose its pattern (a
    # class of four spaces first, where the text held a U+3000, costs ~190,000 instructions a scan; U+3000's test alone,
    # whose low byte is 0, reads every character).
    starts = [at for at in char_offsets(analysis, SPACES) if at and text[at - 1] in "。、"]
    for match in matches_at(_SPACE_AFTER_MARK, text, starts):
        start, end = match.span()
        after = text[end : end + 1]
        if not after or after in "\r\n" or IS_JA_CHAR.match(after) or after in _LEFT_TO_OTHERS:
            continue  # the end of a line; Japanese (whitespace.between-japanese's); a reference, a caption …
        if text.startswith(_CUT_MARKS, end):
            continue  # 伝えた。 ...[記事詳細]: a teaser's cut and its read-more link, no sentence
        if text[start - 1] == "。":
            if convention is None:
                convention = spaces_its_sentences(text)
            if convention:
                continue  # the article's convention of spacing its sentences (a transcript's turns)
        if in_table_line(analysis, start) or lost_indent(analysis, start, end):
            continue
        if _goes_on().match(text, end, min(len(text), end + _GOES_ON_REACH)) is None:
            continue
        mark = start - 1
        # The embed test takes the character after the space too: a space right before an embed's text (。 ♬ … on a
        # flattened TikTok post) is the embed's own layout.
        if analysis.in_literal(mark, end) or analysis.in_embed(mark, end + 1):
            continue
        if overlaps_any(analysis.doc.heading_spans, mark, end) or in_flattened_table(analysis, start):
            continue  # a heading's; 5強 物につかまる。 2回目は…: the cells of a flattened table
        found.append((mark, end))
    return tuple(found)

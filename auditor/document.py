"""Document: the text exactly as read, split into lines and sentences with offsets.

Offsets are Python ``str`` indices into ``Document.text`` and nothing else.
The text is never normalised in place: CRLF, BOM-less quirks, odd spaces and
all stay, so that every finding's ``text[start:end]`` is what the editor sees.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar

# Sentence kinds: rules about prose (register, untranslated text) skip all but BODY.
BODY = "body"
HEADING = "heading"
LIST_ITEM = "list"
QUOTE = "quote"

S = TypeVar("S")
_new = tuple.__new__  # builds a NamedTuple without the Python-level __new__ of its class

_LINE = re.compile(r"[^\r\n]+")
_BREAK = re.compile("[\r\n]")
_MD_HEADING = re.compile(r"\s*#{1,6}\s")
_LIST_MARK = re.compile(r"\s*(?:[-*+•・◆■●○◇□▶►]|\d{1,3}[.)．）]|[①-⑳])\s*")
# The first characters of a line those two can match, spaces and digits aside: most lines start with none of them
# and are spared both patterns.
_MARK_STARTS = "#-*+•・◆■●○◇□▶►"
# Where a sentence may end, and the brackets that suspend ending inside them: the ASCII marks every document's
# splitter knows; a language pack adds its own terminators and brackets. _add_line decides each mark.
_ASCII_ENDS = "!?."
_ASCII_BRACKETS = "()"
# What may trail a terminator and still belong to its sentence: more terminators, closing marks.
_TRAILING_ASCII = ']"”’'


@cache
def _prose_after_ascii_mark() -> re.Pattern[str]:
    # Compiled on first use (its kanji range costs ~2 ms): only a line with a half-width ! or ? needs it.
    return re.compile(r"\s|[\u3000-\u30ff\u4e00-\u9fff]")


# A full stop ends an English (Latin-script) sentence when a capital or an opening quote follows after
# spaces, closing quotes and brackets allowed in between: `He left. Then` and `"Stop." Then`.
_ENGLISH_STOP_AFTER = re.compile(r"[\"”’')\]]*\s+[A-Z\"“‘\u00c0-\u00de]")
# The word before the full stop, and whether it is the last piece of a dotted abbreviation (U.S., e.g.).
_WORD_BEFORE_STOP = re.compile(r"(?:(?<=[^\W\d_]\.)|(?<![^\W\d_.]))([^\W\d_]+)$")
# Abbreviations that precede a name, a number or more of the sentence (Mr. Smith, Jan. 5, St. Louis, vs.): their
# full stop never ends a sentence. Data: lexicons/common/abbreviations.tsv, read on the first English full stop.
_TERMINAL = re.compile(r"[。．.！!？?…」』）)]\s*$")


class Sentence(NamedTuple):
    # A NamedTuple, not a dataclass: an article has a hundred of them and they are built on every audit.
    start: int
    end: int
    kind: str
    line: int  # 0-based index into Document.lines

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


class Line(NamedTuple):
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Pair:
    """One sentence link: ``source.text[src_start:src_end]`` ↔ ``target.text[tgt_start:tgt_end]``.

    A side with no sentences is empty (``start == end``, at the position where the missing
    sentence would be): a 1-0 link is a source sentence with no translation (an omission),
    a 0-1 link a target sentence with no source (an addition). ``src_count``/``tgt_count``
    say how many sentences each side joins (1-2, 2-1 links); ``confidence`` is in [0, 1].
    ``src_index``/``tgt_index`` are the index of the first joined sentence in each document's
    ``sentences`` (for an empty side, the index the missing sentence would have). The aligner may
    link part of a sentence (a heading run into the text, cut off): its offsets say which part, and
    its counts and indices are then the aligner's units (sentences cut at such breaks).
    """

    src_start: int
    src_end: int
    tgt_start: int
    tgt_end: int
    confidence: float = 1.0
    src_count: int = 1
    tgt_count: int = 1
    src_index: int = -1
    tgt_index: int = -1

    @property
    def kind(self) -> str:
        return f"{self.src_count}-{self.tgt_count}"

    def as_dict(self) -> dict[str, object]:
        return {
            "src_start": self.src_start,
            "src_end": self.src_end,
            "tgt_start": self.tgt_start,
            "tgt_end": self.tgt_end,
            "kind": self.kind,
            "confidence": round(self.confidence, 4),
        }


UNDETERMINED = "und"  # BCP 47's code for a language nobody has determined


@dataclass(frozen=True, eq=False)
class Document:
    """An article as read: ``text`` plus what readers learnt about it. Immutable: a changed document is a copy.

    ``source`` is the text it translates, for bilingual audits; ``pairs`` its sentence links when a bilingual
    file (XLIFF, TMX, a TSV of pairs) gave them, else the audit aligns the two. Everything computed from a
    document for an audit lives in that audit's ``auditor.analysis.context.Analysis``; what is cached here
    (lines, sentences) depends on the text and language alone.
    """

    text: str
    lang: str = UNDETERMINED
    doc_id: str = ""
    encoding: str | None = None
    source_format: str = "txt"
    title: str | None = None
    meta: Mapping[str, str] = field(default_factory=dict)
    source: Document | None = field(default=None, repr=False)
    pairs: tuple[Pair, ...] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Document text must be str, not {type(self.text).__name__}")
        object.__setattr__(self, "meta", MappingProxyType(dict(self.meta)))
        if self.pairs is not None:
            object.__setattr__(self, "pairs", tuple(self.pairs))

    def __getstate__(self) -> dict[str, object]:  # a mapping proxy does not pickle (batch workers, app cache)
        return {**self.__dict__, "meta": dict(self.meta)}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state, meta=MappingProxyType(dict(state["meta"])))  # type: ignore[call-overload]

    def with_source(self, source: Document | None, pairs: Sequence[Pair] | None = None) -> Document:
        """A copy that translates ``source`` (with its sentence ``pairs``, when known)."""
        return replace(self, source=source, pairs=None if pairs is None else tuple(pairs))

    def with_lang(self, lang: str) -> Document:
        """A copy in language ``lang`` (its source and pairs kept)."""
        return self if lang == self.lang else replace(self, lang=lang)

    @cached_property
    def lines(self) -> list[Line]:
        """The runs of characters between line breaks (LF, CR or both), empty lines left out."""
        text = self.text
        if "\r" in text:
            return [Line(m.start(), m.end()) for m in _LINE.finditer(text)]
        # No CR (most texts): str.split finds the LFs in C, several times faster than the pattern's scan.
        lines = []
        start = 0
        for part in text.split("\n"):
            end = start + len(part)
            if part:
                lines.append(_new(Line, (start, end)))  # a NamedTuple's own __new__ is a Python call
            start = end + 1
        return lines

    @cached_property
    def sentences(self) -> list[Sentence]:
        from auditor.languages import UnknownLanguage, get_pack  # how the language ends sentences and quotes

        try:
            pack = get_pack(self.lang)
            ends, brackets = pack.sentence_ends, pack.brackets
        except UnknownLanguage:
            ends, brackets = "", ""
        return split_sentences(self.text, self.lines, ends, brackets)

    @cached_property
    def heading_spans(self) -> list[tuple[int, int]]:
        """(start, end) of the headings, in text order: prose rules leave them alone."""
        return [(s.start, s.end) for s in self.sentences if s.kind == HEADING]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_index_at(self, offset: int) -> int:
        """Index in ``sentences`` of the last sentence that starts at or before ``offset`` (-1 before the first): a
        bisection over starts built once, so that a rule asking for each of its hits stays linear."""
        return bisect_right(self._sentence_starts, offset) - 1

    @cached_property
    def _newlines(self) -> list[int]:
        return offsets_of("\n", self.text)

    @cached_property
    def _breaks(self) -> list[int]:
        if "\r" not in self.text:
            return self._newlines
        return [m.start() for m in _BREAK.finditer(self.text)]

    def line_of(self, offset: int) -> int:
        """1-based line number of ``offset``: newlines before it, plus one (a bisection: export stays linear)."""
        return bisect_left(self._newlines, offset) + 1

    def line_bounds(self, offset: int) -> tuple[int, int]:
        """The line holding ``offset``: from after the last LF or CR before it to the next LF at or after it (or the
        text's end). Bisections over the breaks found once."""
        breaks = self._breaks
        index = bisect_left(breaks, offset)
        newlines = self._newlines
        after = bisect_left(newlines, offset)
        return (breaks[index - 1] + 1 if index else 0), (newlines[after] if after < len(newlines) else len(self.text))

    def column_of(self, offset: int) -> int:
        """1-based column of ``offset``: characters since the last line break (LF or CR) before it."""
        breaks = self._breaks
        index = bisect_left(breaks, offset)
        return offset - (breaks[index - 1] + 1 if index else 0) + 1


def offsets_of(char: str, text: str) -> list[int]:
    """Where ``char`` stands in ``text``, in order: ``str.find`` hops from one to the next in C (a pattern's scan
    looks at every character in between)."""
    offsets = []
    at = text.find(char)
    while at >= 0:
        offsets.append(at)
        at = text.find(char, at + 1)
    return offsets


def overlaps_any(
    spans: Sequence[S], start: int, end: int, bounds: Callable[[S], tuple[int, int]] | None = None
) -> bool:
    """Whether ``start:end`` overlaps one of ``spans`` ((start, end) pairs, or what ``bounds`` turns into one),
    which are in text order and do not overlap each other (so their ends are in order too): a bisection, not
    a scan, since rules ask once per finding."""
    get = bounds or _as_pair
    index = bisect_right(spans, start, key=lambda span: get(span)[1])  # the first span that ends after start
    return index < len(spans) and get(spans[index])[0] < end


def _as_pair(span: Any) -> tuple[int, int]:
    return span


def split_sentences(
    text: str, lines: Sequence[Line], ends: str = "。！？", brackets: str = "「」『』（）【】"
) -> list[Sentence]:
    """The sentences of ``lines``, line by line; a line break always ends a sentence.

    ``ends`` are the language's own terminators and ``brackets`` its bracket pairs (opening, closing), on top of
    the ASCII ones every text may hold. Inside brackets a terminator does not end the sentence, so
    「行く。」と述べた。 is one sentence. A list, built in place (every audit builds ~50 sentences an article).
    The marks are found in the whole text at once, each character by ``str.find`` (a regex's character class tests
    every character, at several times the cost), and each line's are handed to ``_add_line`` (~80 marks an article).
    """
    marks = _marks(ends, brackets)
    found: list[int] = []
    for char in marks.chars:
        found += offsets_of(char, text)
    found.sort()
    sentences: list[Sentence] = []
    after = 0  # index in found of the first mark after the lines done
    for index, (line_start, line_end) in enumerate(lines):
        first = after
        after = bisect_left(found, line_end, first)
        kind = BODY
        offset = line_start
        char = text[line_start]
        # Whether the line may start with a heading or list mark at all (see _MARK_STARTS).
        if char.isspace() or char.isdigit() or char in _MARK_STARTS or "①" <= char <= "⑳":
            if _MD_HEADING.match(text, line_start, line_end):
                kind = HEADING
            else:
                mark = _LIST_MARK.match(text, line_start, line_end)
                if mark and mark.end() < line_end:
                    kind = LIST_ITEM
                    offset = mark.end()
        added = _add_line(sentences, text, index, line_start, line_end, kind, offset, found[first:after], marks)
        if kind == BODY and added == 1 and _looks_like_heading(text, line_start, line_end):
            start, end = sentences[-1][:2]  # a short line without a terminator, in one piece: a heading
            sentences[-1] = _new(Sentence, (start, end, HEADING, index))
    return sentences


class _Marks(NamedTuple):
    chars: str  # where a sentence may end or a bracket opens or closes, each character once
    openers: frozenset[str]
    closers: frozenset[str]
    trailing: frozenset[str]  # what may trail a terminator and still belong to its sentence
    quotes: str  # openers that make a whole-sentence quotation (「『)
    quote_ends: tuple[str, ...]  # their closers (」』)
    ends: str
    stops: frozenset[str]  # the terminators that always end a sentence outside brackets (。): no other test applies


@cache
def _marks(ends: str, brackets: str) -> _Marks:
    pairs = brackets + _ASCII_BRACKETS
    openers, closers = pairs[0::2], pairs[1::2]
    chars = "".join(dict.fromkeys(ends + _ASCII_ENDS + openers + closers))
    quotes = "".join(char for char in openers if char not in "（(【[")
    trailing = frozenset(ends + "!?" + closers + _TRAILING_ASCII)
    quote_ends = tuple(closer for opener, closer in zip(openers, closers, strict=True) if opener in quotes)
    stops = frozenset(ends) - frozenset(openers + closers + _ASCII_ENDS)
    return _Marks(chars, frozenset(openers), frozenset(closers), trailing, quotes, quote_ends, ends, stops)


def _add_line(
    sentences: list[Sentence],
    text: str,
    line: int,
    line_start: int,
    line_end: int,
    kind: str,
    start: int,
    positions: list[int],
    marks: _Marks,
) -> int:
    """Append the sentences of line number ``line`` (``text[line_start:line_end]``, from ``start`` on: after any list
    mark) to ``sentences`` and return how many; ``positions`` are where the line's marks stand. A body sentence that
    is a quotation and nothing else is a QUOTE. The hot loop of every audit: no list of pieces in between, and a
    piece trimmed only when it has a space at either end."""
    count = 0
    depth = 0
    consumed = start  # marks before this index belong to a terminator already handled (or to the list mark)
    openers, closers, trailing = marks.openers, marks.closers, marks.trailing  # locals: this is the hot loop
    stops, quotes = marks.stops, marks.quotes
    body = kind == BODY
    for index in positions:
        if index < consumed:
            continue
        char = text[index]
        if char in stops:  # 。, most marks: none of the tests below applies to it
            pass
        elif char in openers:
            depth += 1
            continue
        elif char in closers:
            if depth:
                depth -= 1
            continue
        elif char == "." and not _ends_english_sentence(text, index, line_start, line_end):
            continue
        elif char in "!?":
            after = index + 1
            while after < line_end and text[after] in "!?":
                after += 1
            if (
                after < line_end
                and not _prose_after_ascii_mark().match(text, after)
                and not _ENGLISH_STOP_AFTER.match(text, after, line_end)  # "Why?" She asked.
            ):
                continue  # "?q=1" in a URL
        end = index + 1
        while end < line_end and text[end] in trailing:
            end += 1
        consumed = end
        if depth:
            # A terminator inside brackets; its closing marks may end the quote.
            depth = max(0, depth - sum(text[i] in closers for i in range(index, end)))
            continue
        piece_start, piece_end = start, end
        if text[start].isspace():  # a piece ends in its terminator or a mark after it, never in a space
            piece_start, piece_end = _trim(text, start, end)
        if piece_start < piece_end:
            quote = body and text[piece_start] in quotes and _closes_at_end(text[piece_start:piece_end], marks)
            sentences.append(_new(Sentence, (piece_start, piece_end, QUOTE if quote else kind, line)))
            count += 1
        start = end
    if start < line_end:  # most lines end with their last terminator: nothing left
        piece_start, piece_end = _trim(text, start, line_end)
        if piece_start < piece_end:
            quote = body and text[piece_start] in quotes and _closes_at_end(text[piece_start:piece_end], marks)
            sentences.append(_new(Sentence, (piece_start, piece_end, QUOTE if quote else kind, line)))
            count += 1
    return count

def _ends_english_sentence(text: str, index: int, line_start: int, line_end: int) -> bool:
    """True when the full stop at ``index`` (on the line ``line_start:line_end``) ends a sentence: not in 3.5,
    Mr. Smith, U.S. Army or J. K. Rowling."""
    if index == line_start or not _ENGLISH_STOP_AFTER.match(text, index + 1, line_end):
        return False
    before = text[index - 1]
    if before.isdigit() or before in '%)"”’]':
        return True
    if not before.isalpha():
        return False
    # The line's break before it is no letter: the lookbehinds read it as they read the line's start.
    word = _WORD_BEFORE_STOP.search(text, max(line_start, index - 40), index)
    if word is None:
        return False
    letters = word.group(1)
    if text[word.start() - 1 : word.start()] == ".":
        # The end of a dotted abbreviation: U.S. and Ph.D. go on; a.m./p.m. end a sentence as often as not.
        return letters.islower() and text[max(line_start, word.start() - 2) : index].lower() not in {"e.g", "i.e"}
    if letters.lower() in _abbreviations():
        return False
    # A single capital is an initial (J. K. Rowling); two or more (EU, NATO) are a word that may end a sentence.
    return len(letters) > 1 or letters.islower()


@cache
def _abbreviations() -> frozenset[str]:
    from auditor.lexicons import COMMON, get_lexicon  # data; the lexicons never import documents
    from auditor.lexicons.schema import AbbreviationRow

    return frozenset(row.word for row in get_lexicon(COMMON).table(AbbreviationRow))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the spaces at either end (empty, start == end, when it is all spaces)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _looks_like_heading(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is short and ends without a terminator, as a heading does."""
    if end - start > 60 and not (text[start].isspace() or text[end - 1].isspace()):
        return False  # too long, spaces or not: most lines, spared the strip and the search
    stripped = text[start:end].strip()
    return 0 < len(stripped) <= 60 and not _TERMINAL.search(stripped)


def _closes_at_end(sentence: str, marks: _Marks) -> bool:
    """True for a sentence that is a quotation and nothing else: 「…。」"""
    return bool(marks.quote_ends) and sentence.rstrip(marks.ends + "．.!? ").endswith(marks.quote_ends)

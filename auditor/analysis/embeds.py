"""Flattened social-media embeds: where a post became plain text inside an article.

When a CMS or a machine-translation pipeline drops an embed's markup, the post
stays behind as lines of text with tell-tale leftovers: ``pic.twitter.com/…``,
an attribution line ``— Name (@handle) date``, Instagram's ``View this post on
Instagram`` … ``A post shared by Name (@handle)``, a bare ``youtu.be/…`` line.
The patterns are data (``lexicons/common/embeds.tsv`` and
``lexicons/<lang>/embeds.tsv``; the header of the common file explains the
columns); this module turns them into blocks.

How a block is found
--------------------
1. **Anchors.** One scan over the text finds where any pattern matches (see
   ``compile_patterns``); a match is kept only where its kind allows it:

   - ``link`` (pic.twitter.com, t.co) anywhere, as a URL of its own (``abt.co/x``
     is not ``t.co/x``);
   - ``permalink`` (a post's URL) only when it fills its line. A post URL inside
     a sentence is a citation the article makes on purpose, so bare
     twitter.com/x.com status links in a sentence stay quiet too: they are
     borderline, and a false alarm on a cited source costs more than a missed
     leftover that the attribution line usually reveals anyway. An embed card's link text (a platform's bare
     domain, a subreddit's address) is a permalink too: alone on its line it is all that is left of the card;
   - ``attribution`` at the end of its line, with a date (anything holding a
     digit: 2026年1月30日, 30. ledna 2026, Jan 30, 2026); the dash must open
     the line or follow a space, so 2026-01-30 or a ―dash inside prose is no
     attribution, and a list of accounts (``- 山田 (@yamada)``) has no date;
   - ``boilerplate`` only when it fills its line ("公式YouTubeで見ることができる"
     is prose, not the overlay).

2. **Extent.** The block ends at the end of the anchor's line (trailing spaces
   and the line break excluded). A closing anchor (attribution, a closing
   boilerplate, a link that ends its line) also claims the text before it on
   its line and then the lines above it, one by one, while they look like the
   text of a post. The walk stops before:

   - a blank line (except that an opening boilerplate such as この投稿をInstagramで見る
     a few lines higher, across blank lines, is joined to its closing anchor);
   - a line that is another post's end (an attribution, a bare URL);
   - a line that is article prose: longer than a post (Twitter's weighted count
     over 280: CJK characters count two), ending in 。 past 20 Japanese
     characters (40 weighted), ending in ``.`` past 140, or holding an inner 。
     past 60 Japanese characters. Two kinds of line are post text whatever
     their stops: one that ends in hashtags (…お知らせします。#新作 #発表), and,
     in an article written in another script (Japanese), one in Latin script
     alone (a quoted post in English is not the article's prose);
   - a line ending in a colon (the article introducing the post) or a Markdown
     heading;
   - the seventh line above the anchor, or more than 560 weighted characters of
     post text (two tweets' worth: room for a quoted post).

   A link inside prose is a block of its own span only. An opening boilerplate
   line reaches the closing anchor below it through that anchor's walk.

3. **Merging.** Overlapping spans become one block; a span that claims only its
   own line (a bare URL, "Watch on YouTube", an opening boilerplate) joins the
   block on the line just above or below it. Two posts one after the other stay
   two blocks, because the walk stops at the first post's attribution.

The walk is line-based: a short headline or lead line that sits directly above
a tweet, with no blank line and no 。, is taken for post text. Plain-text
articles give nothing better to go on; a blank line or a colon stops it.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from auditor.lexicons import Lexicon, LexiconError, get_lexicon
from auditor.lexicons.schema import EmbedPatternRow

_sre_parser: Any = importlib.import_module("re._parser")  # the parser re itself compiles with (Python 3.11+)

if TYPE_CHECKING:
    from auditor.document import Document

# Limits of the upward walk over a post's text (see the module docstring).
POST_MAX_WEIGHT = 280  # one line longer than a tweet is article prose
POST_MAX_LINES = 6  # lines above the anchor's line
POST_MAX_TOTAL_WEIGHT = 560  # all post text of one block
FULL_STOP_MAX_WEIGHT = 40  # a line ending in 。 longer than this is prose
PERIOD_MAX_WEIGHT = 140  # the same for a line ending in "."
INNER_STOP_MAX_WEIGHT = 120  # a line with an inner 。 longer than this is prose

# Which anchor names the block's platform and evidence when several meet.
# Languages whose articles are not written in Latin script.
_NOT_LATIN_SCRIPT = frozenset({"ja", "zh", "ko"})
_PRIORITY = {"attribution": 3, "boilerplate": 2, "link": 1, "permalink": 0}


# Twitter's weighted length: these ranges count one, everything else (CJK, emoji) two.
@cache
def _narrow_run() -> re.Pattern[str]:
    # Compiled on first use (its ranges cost a few ms): only a line near an embed anchor is weighed.
    return re.compile("[\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]+")


# What may stand before a URL pattern's host name (scheme, www., mobile.), and after its path (query, fragment).
_URL_LEAD = re.compile(r"(?:https?://)?(?:[A-Za-z0-9-]+\.)*\Z")
_URL_TAIL = re.compile(r"[A-Za-z0-9\-._~:/?#@!$&*+,;=%]*(?<![.,;:!?])")
# A URL right after one of these is part of a longer address or an e-mail: abt.co/…, example.com/t.co/…
_ADDRESS_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_/@")
_MD_HEADING = re.compile(r"#{1,6}\s")
_CLOSERS = '」』）)】"”’ '
# Hashtags that end a line (…告知します。#新作 #発表): how a post's text ends, never an article's sentence.
_HASHTAG_TAIL = re.compile(r"(?<![A-Za-z0-9&])[#＃](?=[^\s#＃]*[^\s#＃0-9])[^\s#＃]+(?:\s+[#＃][^\s#＃]+)*\s*$")


# Kana and kanji: a line without them is Latin-script text (or figures and symbols).
@cache
def _not_latin() -> re.Pattern[str]:
    # Compiled on first use (~3 ms for these wide classes): only articles with an embed candidate need it.
    return re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


@dataclass(frozen=True, slots=True)
class EmbedBlock:
    """A flattened embed at ``text[start:end]``: the post's text through its last leftover line."""

    start: int
    end: int
    platform: str  # key from embeds.tsv: twitter, instagram, youtube, ...
    evidence: str  # the leftover that gave it away, as it stands in the text
    # The page this text comes from has the post's embed intact (its blockquote and the platform's script): the
    # reader sees a post there, not flattened text. Still an embed for the other rules (not prose to judge).
    intact: bool = False


@dataclass(frozen=True, slots=True)
class _Pattern:
    platform: str
    kind: str
    post: str
    regex: re.Pattern[str]
    first: re.Pattern[str]  # the characters the pattern can start with


@dataclass(frozen=True, slots=True)
class _Compiled:
    scanner: re.Pattern[str]  # finds the positions where some pattern matches
    rows: tuple[_Pattern, ...]  # in table order: the first that matches at a position wins
    # Strings one of which every match holds (each pattern's longest literal); None when some pattern has none.
    needles: tuple[str, ...] | None = None
    # The needles in ASCII, as one search of bytes (``holds_needle``), and the others.
    ascii_needles: re.Pattern[bytes] | None = None
    other_needles: tuple[str, ...] = ()
    by_char: dict[str, tuple[_Pattern, ...]] = field(default_factory=dict)  # filled as characters are met

    def holds_needle(self, text: str) -> bool:
        """Whether ``text`` may hold one of ``needles``. The needles in ASCII are looked for in one search of the
        text's ASCII characters alone (``str.encode`` drops the others in C, and a Japanese article holds a few
        hundred), not each in the whole text (25 searches cost 21 µs an article of 3,000 characters, this 5). A
        needle in the text is whole among its ASCII characters too, so none is missed; two pieces of ASCII that
        meet where other characters stood between them may pass for one, which costs only the scanner's pass."""
        if any(needle in text for needle in self.other_needles):
            return True
        return self.ascii_needles is not None and self.ascii_needles.search(text.encode("ascii", "ignore")) is not None

    def rows_for(self, char: str) -> tuple[_Pattern, ...]:
        """The rows that can start with ``char``, in table order."""
        rows = self.by_char.get(char)
        if rows is None:
            rows = self.by_char[char] = tuple(row for row in self.rows if row.first.match(char))
        return rows


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    first_line: int
    last_line: int
    priority: int
    platform: str
    evidence: str
    loose: bool  # claims only its own line: joins the block next to it


def compile_patterns(lexicon: Lexicon) -> _Compiled:
    """Compile the rows of ``embeds.tsv`` and the one scanner that finds where any of them matches.

    Python's ``re`` tries every alternative of a plain alternation at every
    position (about 1 ms on 3,000 characters for these patterns). The scanner
    starts with a class of all the patterns' first characters, which ``re``
    searches for in C, and only there checks the alternatives through a
    look-ahead inside a one-character look-behind: ~30 µs.
    """
    rows: list[_Pattern] = []
    firsts: list[str] = []
    for row in lexicon.table(EmbedPatternRow):  # each row's kind, post and pattern are checked on load
        regex = re.compile(row.pattern, re.MULTILINE)
        first = _first_chars(row.pattern, row.where)
        firsts.append(first)
        rows.append(_Pattern(row.platform, row.kind, row.post, regex, re.compile(f"[{first}]")))
    if not rows:
        return _Compiled(re.compile(r"(?!)"), ())
    alternatives = "|".join(f"(?:{row.regex.pattern})" for row in rows)
    scanner = re.compile(f"[{''.join(firsts)}](?<=(?={alternatives}).)", re.MULTILINE)
    literals = [_required_literal(row.regex.pattern) for row in rows]
    needles = None
    if all(literals):
        # A needle that holds a shorter one is found whenever the shorter one is not: only the shortest count.
        unique = sorted({literal for literal in literals if literal}, key=len)
        needles = tuple(n for i, n in enumerate(unique) if not any(m in n for m in unique[:i]))
        in_ascii = [re.escape(needle).encode() for needle in needles if needle.isascii()]
        others = tuple(needle for needle in needles if not needle.isascii())
        return _Compiled(scanner, tuple(rows), needles, re.compile(b"|".join(in_ascii)) if in_ascii else None, others)
    return _Compiled(scanner, tuple(rows), needles)


def _required_literal(pattern: str) -> str | None:
    """The longest run of plain characters every match of ``pattern`` holds (``@`` in ``[(（]@[\\w.]+[)）]``,
    ``youtu.be/`` in ``youtu\\.be/[\\w-]{6,}``), read from the parse ``re`` compiles; None when there is none.
    Only the pattern's own sequence and its groups count (not what a repeat, a branch or a look-around holds)."""
    try:
        parsed = _sre_parser.parse(pattern, re.MULTILINE)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    best = ""

    def walk(items: Any) -> None:
        nonlocal best
        run: list[str] = []
        for op, value in items:
            if op is _sre_parser.LITERAL:
                run.append(chr(value))
                continue
            if len(run) > len(best):
                best = "".join(run)
            run = []
            if op is _sre_parser.SUBPATTERN and not value[1] & re.IGNORECASE:  # (group, add flags, del flags, p)
                walk(value[3])
        if len(run) > len(best):
            best = "".join(run)

    walk(parsed)
    return best or None


def _first_chars(pattern: str, where: str) -> str:
    """The body of a regex class holding the characters ``pattern`` can start with."""
    body, rest = None, ""
    head = pattern[0]
    if head == "[" and not pattern.startswith("[^"):
        index = 1
        while index < len(pattern) and (pattern[index] != "]" or index == 1):
            index += 2 if pattern[index] == "\\" else 1
        if index < len(pattern):
            body, rest = pattern[1:index], pattern[index + 1 :]
            # A dash at either end is literal here, but would make a range once bodies are joined.
            if body.startswith("-"):
                body = "\\" + body
            if body.endswith("-") and not body.endswith("\\-"):
                body = body[:-1] + "\\-"
    elif head == "\\" and len(pattern) > 1 and not pattern[1].isalnum():
        body, rest = pattern[:2], pattern[2:]
    elif head not in ".^$*+?{}()|[\\":
        body, rest = re.escape(head), pattern[1:]
    if body is None or rest.startswith(("?", "*", "{0", "{,")) or _has_top_level_bar(pattern):
        raise LexiconError(
            f"{where}: pattern must start with a literal character or a [class] that is not optional, "
            f"and have no top-level |: {pattern!r}"
        )
    return body


def _has_top_level_bar(pattern: str) -> bool:
    """True for ``abc|def``: its second branch does not start with the first character."""
    depth = 0
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "]":  # a literal ] first in the class
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False


def find_embed_blocks(doc: Document, lexicon: Lexicon | None = None) -> list[EmbedBlock]:
    """The flattened embeds of ``doc``, sorted and non-overlapping.

    ``lexicon`` defaults to the shipped tables of ``doc.lang``.
    """
    lexicon = lexicon or get_lexicon(doc.lang)
    compiled = lexicon.compiled(compile_patterns)
    text = doc.text
    if compiled.needles is not None and not compiled.holds_needle(text):
        return []  # most articles: searches in C (holds_needle), several times cheaper than the scanner's pass
    hits = [match.start() for match in compiled.scanner.finditer(text)]
    if not hits:  # the common case: no embed, no line work at all
        return []
    blocks = _Finder(doc, compiled).run(hits)
    intact = doc.meta.get("intact_embeds")  # set by the HTML reader (auditor/readers/html.py)
    if intact:
        blocks = [_marked_intact(doc.text, block, intact.split("\n")) for block in blocks]
    return blocks


_NO_SPACE = re.compile(r"\s+")


def _marked_intact(text: str, block: EmbedBlock, intact: list[str]) -> EmbedBlock:
    """``block`` marked intact when its text (whitespace aside) is one of the page's intact embeds, or in one."""
    own = _NO_SPACE.sub("", text[block.start : block.end])
    if own and any(own in embed or embed in own for embed in intact):
        return EmbedBlock(block.start, block.end, block.platform, block.evidence, intact=True)
    return block


class _Finder:
    """One document's anchors, and the walk from them over the neighbouring lines."""

    def __init__(self, doc: Document, compiled: _Compiled):
        self.text = doc.text
        self.lines = doc.lines
        self.starts = [line.start for line in self.lines]
        self.compiled = compiled
        # Line index -> roles of the anchors on it: "end" (closes a post), "below" (opens one), "loose".
        self.roles: dict[int, set[str]] = {}
        self.below_platform: dict[int, str] = {}
        self.stripped: dict[int, tuple[int, int]] = {}
        self.post_lines: dict[int, tuple[bool, int]] = {}
        self.latin_only = doc.lang in _NOT_LATIN_SCRIPT  # Latin-script lines are not the article's prose

    def run(self, hits: list[int]) -> list[EmbedBlock]:
        anchors = list(self._anchors(hits))
        spans = [self._span(*anchor) for anchor in anchors]
        return self._merge(sorted(spans, key=lambda span: (span.start, span.end)))

    # -- anchors ---------------------------------------------------------------------------------

    def _anchors(self, hits: list[int]):
        """Valid anchors in text order: (start, end, line index, row, role).

        ``hits`` are the positions where some pattern matches; one inside an
        anchor already taken is skipped (the hyphen of ``♬ sound - name``).
        """
        taken_until = 0
        for start in hits:
            if start < taken_until:
                continue
            row, end = self._row_at(start)
            index = bisect_right(self.starts, start) - 1
            if row is None or index < 0:
                continue
            line_start, line_end = self._stripped(index)
            if not line_start <= start < line_end:  # a pattern that began in white space
                continue
            end = min(end, line_end)
            role = self._role(row, start, end, line_start, line_end)
            if role is None:
                continue
            self.roles.setdefault(index, set()).add(role)
            if role == "below":
                self.below_platform[index] = row.platform
            taken_until = end
            yield start, end, index, row, role

    def _row_at(self, start: int) -> tuple[_Pattern | None, int]:
        """The first row whose pattern matches at ``start``, and where its match ends."""
        for row in self.compiled.rows_for(self.text[start]):
            match = row.regex.match(self.text, start)
            if match is not None:
                return row, match.end()
        return None, start

    def _role(self, row: _Pattern, start: int, end: int, line_start: int, line_end: int) -> str | None:
        """How an anchor takes part in its block, or None where it is no embed leftover."""
        text = self.text
        if row.kind in ("link", "permalink"):
            url_start, url_end = self._url_bounds(start, end)
            if url_start > 0 and text[url_start - 1] in _ADDRESS_CHARS:
                return None  # part of a longer address: abt.co/…, netflix.com/…, name@t.co
            alone = url_start == line_start and url_end == line_end
            if row.kind == "permalink":
                return "loose" if alone else None
            return "link-end" if url_end == line_end else "link"
        if row.kind == "boilerplate":
            if start != line_start or end != line_end:
                return None
            return {"above": "end", "below": "below", "none": "loose"}[row.post]
        # Attribution: it closes its line; a dash opens the line or follows a space (in the pattern).
        if text[end:line_end].strip():
            return None
        return "end"

    def _url_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The whole URL token around a host-and-path match: its scheme and its query string."""
        lead = _URL_LEAD.search(self.text, max(0, start - 64), start)
        tail = _URL_TAIL.match(self.text, end)
        return (lead.start() if lead else start), (tail.end() if tail else end)

    # -- spans -----------------------------------------------------------------------------------

    def _span(self, start: int, end: int, index: int, row: _Pattern, role: str) -> _Span:
        line_start, line_end = self._stripped(index)
        evidence = self.text[start:end].strip()
        span = _Span(start, end, index, index, _PRIORITY[row.kind], row.platform, evidence, loose=False)
        if role in ("loose", "below"):
            span.start, span.end, span.loose = line_start, line_end, True
            return span
        if role == "link-end":
            url_start, _ = self._url_bounds(start, end)
            span.end = line_end
            start = url_start
        elif role == "end":
            span.end = line_end
        else:  # a link inside a line: the link alone, unless the line turns out to be post text
            url_start, url_end = self._url_bounds(start, end)
            span.start, span.end = url_start, url_end
            return span
        before = self.text[line_start:start].strip()
        if before and not _is_post_text(before, above=False, latin_only=self.latin_only):
            span.start = start  # the anchor is glued to article prose: claim only the anchor
            return span
        span.start = line_start
        span.first_line = self._walk_up(index, row.platform, _weight(before))
        span.start = self._stripped(span.first_line)[0]
        return span

    def _walk_up(self, index: int, platform: str, used: int) -> int:
        """The first line of the post whose last line is ``index`` (see the module docstring)."""
        first = index
        taken = 0
        while first > 0:
            above = first - 1
            if self._gap_between(above, first):
                opening = self._opening_across_gap(above, platform)
                return first if opening is None else opening
            roles = self.roles.get(above, ())
            if "below" in roles:
                return above  # the post's opening boilerplate
            if "end" in roles or "loose" in roles:
                return first  # the previous post's end
            is_post, weight = self._post_line(above)
            if not is_post:
                return first
            taken += 1
            used += weight
            if taken > POST_MAX_LINES or used > POST_MAX_TOTAL_WEIGHT:
                return first
            first = above
        return first

    def _post_line(self, index: int) -> tuple[bool, int]:
        """Whether line ``index`` may be a post's text (as a line above an anchor), and its weight."""
        known = self.post_lines.get(index)
        if known is None:
            line = self.text[slice(*self._stripped(index))]
            weight = _weight(line)
            known = self.post_lines[index] = (
                _is_post_text(line, above=True, weight=weight, latin_only=self.latin_only),
                weight,
            )
        return known

    def _opening_across_gap(self, index: int, platform: str) -> int | None:
        """An opening boilerplate of ``platform`` at or above ``index``, over blank lines and post text."""
        for _ in range(POST_MAX_LINES + 1):
            if index < 0:
                return None
            line_start, line_end = self._stripped(index)
            if line_start == line_end:  # a line of spaces
                index -= 1
                continue
            if self.below_platform.get(index) == platform:
                return index
            if self.roles.get(index) or not self._post_line(index)[0]:
                return None
            index -= 1
        return None

    def _merge(self, spans: list[_Span]) -> list[EmbedBlock]:
        merged: list[_Span] = []
        for span in spans:
            if merged:
                last = merged[-1]
                touching = (
                    span.first_line == last.last_line + 1
                    and (span.loose or last.loose)
                    and not self._gap_between(last.last_line, span.first_line)
                )
                if span.start < last.end or touching:
                    if span.priority > last.priority:
                        last.priority, last.platform, last.evidence = span.priority, span.platform, span.evidence
                    last.start = min(last.start, span.start)
                    last.end = max(last.end, span.end)
                    last.last_line = max(last.last_line, span.last_line)
                    last.loose = last.loose and span.loose
                    continue
            merged.append(span)
        return [EmbedBlock(span.start, span.end, span.platform, span.evidence) for span in merged]

    # -- lines -----------------------------------------------------------------------------------

    def _stripped(self, index: int) -> tuple[int, int]:
        """Bounds of line ``index`` without its leading and trailing white space."""
        bounds = self.stripped.get(index)
        if bounds is None:
            bounds = self.stripped[index] = self._strip(index)
        return bounds

    def _strip(self, index: int) -> tuple[int, int]:
        line = self.lines[index]
        segment = self.text[line.start : line.end]
        core = segment.strip()
        if not core:
            return line.start, line.start
        lead = len(segment) - len(segment.lstrip())
        return line.start + lead, line.start + lead + len(core)

    def _gap_between(self, upper: int, lower: int) -> bool:
        """True when a blank line (or a line of spaces) separates two lines."""
        if lower - upper > 1:
            return True
        if not self.text[self.lines[upper].start : self.lines[upper].end].strip():
            return True
        return self.text.count("\n", self.lines[upper].end, self.lines[lower].start) > 1


def _weight(text: str) -> int:
    """Twitter's weighted length: CJK and emoji count two."""
    if text.isascii():
        return len(text)
    # Counted by runs of one-unit characters: Japanese lines have few of them.
    return 2 * len(text) - sum(map(len, _narrow_run().findall(text)))


def _is_post_text(line: str, *, above: bool, weight: int | None = None, latin_only: bool = False) -> bool:
    """Could ``line`` be (part of) a post's text, rather than article prose?

    ``above`` is for whole lines above the anchor; the text before an anchor on
    its own line gets the same tests except the colon one. ``latin_only``: the
    article is written in another script (Japanese), so a line in Latin script
    alone is no sentence of its prose.
    """
    if len(line) > POST_MAX_WEIGHT:
        return False
    if weight is None:
        weight = _weight(line)
    if weight > POST_MAX_WEIGHT or _MD_HEADING.match(line):
        return False
    if _HASHTAG_TAIL.search(line):
        return True  # hashtags close a post's text; an article's sentence does not end in them
    if latin_only and not _not_latin().search(line):
        return True  # Latin-script text in an article written in another script: the post's own words
    tail = line.rstrip(_CLOSERS)[-1:]
    if above and tail in (":", "："):
        return False  # the article introducing the post
    if tail in ("。", "．") and weight > FULL_STOP_MAX_WEIGHT:
        return False
    if tail == "." and weight > PERIOD_MAX_WEIGHT:
        return False
    return not ("。" in line.rstrip("。" + _CLOSERS) and weight > INNER_STOP_MAX_WEIGHT)

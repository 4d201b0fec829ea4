"""Invisible characters: bidirectional controls that reorder or hide text, and zero-width characters.

Both families are characters an editor cannot see in the text, left by copy-paste from web pages,
CMS exports and translation tools, or planted on purpose (the "Trojan Source" trick: text that a
right-to-left override displays in another order than it is stored and searched).

Category: ``markup/whitespace``. DESIGN.md has no category for invisible characters; these are, like
stray spaces, formatting debris in the character stream rather than words of the translation, and
the editor's fix is the same: delete them. ``style/other`` was the alternative, but it is a style
judgement, and an override that reorders a sentence is not a matter of style.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.document import Document
from auditor.findings import Finding
from auditor.languages.scripts import lazy_pattern
from auditor.rules.base import Context, Rule

# Embeddings and overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI): they reorder what follows.
_OPENERS = {"\u202a": "\u202c", "\u202b": "\u202c", "\u202d": "\u202c", "\u202e": "\u202c"}
_OPENERS |= {"\u2066": "\u2069", "\u2067": "\u2069", "\u2068": "\u2069"}
_CLOSERS = "\u202c\u2069"
# Marks (LRM RLM ALM): they change the direction of neutral characters next to them, invisibly.
_MARKS = "\u200e\u200f\u061c"
_BIDI_CHARS = "".join(_OPENERS) + _CLOSERS + _MARKS
_BIDI = re.compile(f"[{_BIDI_CHARS}]")
_BIDI_ALL = f"[{''.join(_OPENERS)}{_CLOSERS}{_MARKS}]+"  # compiled on first use, as _RTL_SCRIPT
# Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, ... and their presentation forms):
# in text that has them, direction marks are ordinary typography.
_RTL_SCRIPT = r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\U00010800-\U00010fff\U0001e800-\U0001efff]"
_LINE_END = "\r\n\u2029"  # a paragraph ends every embedding, override and isolate

# Zero-width space, word joiner, zero-width no-break space (a BOM inside the text). ZWJ/ZWNJ (U+200D/U+200C)
# are left alone: emoji sequences (👩‍💻) and several scripts need them.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]+")
# Languages written without spaces that use U+200B as their word separator.
_ZWSP_SCRIPTS = frozenset({"th", "lo", "km", "my", "bo"})
_SHOWN = {
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
    "\u200e": "LRM",
    "\u200f": "RLM",
    "\u061c": "ALM",
    "\u200b": "ZERO WIDTH SPACE",
    "\u2060": "WORD JOINER",
    "\ufeff": "ZERO WIDTH NO-BREAK SPACE (BOM)",
}


def _names(chars: str) -> str:
    """``U+202E RLO, U+202C PDF``: the characters of a span, named, in order, once each."""
    return ", ".join(f"U+{ord(c):04X} {_SHOWN[c]}" for c in dict.fromkeys(chars) if c in _SHOWN)


class BidiControl(Rule):
    """Finds bidirectional control characters that reorder or hide text (U+202A–202E, U+2066–2069, marks).

    Why it matters:
        An override such as U+202E (RLO) makes everything after it, up to U+202C (PDF) or the end of the paragraph,
        display right to left: 価格は[RLO]円0001[PDF]です shows as 価格は1000円です, while the stored text (what
        search, the CMS and this audit read) says 0001円. Embeddings and isolates do the same more quietly, and the
        direction marks (LRM, RLM, ALM) move neutral characters around them. None of them is visible in an editor.
        Japanese and other left-to-right news has no use for them: they are pasted in from web pages and tools, or
        planted to make text say something else than it seems to.

    How it decides:
        One finding per control run: from an opening control to its closing PDF/PDI (or the end of the line), so the
        editor sees what is reordered, or the lone control. The suggestion is the span without the controls. Direction
        marks (U+200E, U+200F, U+061C) are left alone in text that contains a right-to-left script, where they are
        ordinary typography.
    """

    id = "unicode.bidi-control"
    category = "markup/whitespace"
    severity = "major"
    summary = "Invisible bidirectional control that reorders or hides text"
    fix = "unsafe"  # deleting the controls changes what the reader sees: 円0001 instead of 1000円
    languages = None
    bad = "新型車の価格は\u202e円0001\u202cに設定された。"
    good = "新型車の価格は1000円に設定された。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        if not any(char in text for char in _BIDI_CHARS):  # twelve str.find in C: half the time of the pattern's pass
            return
        first = _BIDI.search(text)
        assert first is not None
        marks_are_typography = lazy_pattern(_RTL_SCRIPT).search(text) is not None
        position = first.start()
        while True:
            match = _BIDI.search(text, position)
            if match is None:
                return
            start = match.start()
            char = text[start]
            if char in _MARKS and marks_are_typography:
                position = start + 1
                continue
            end = _span_end(text, start)
            span = text[start:end]
            names = _names("".join(_BIDI.findall(span)))
            visible = lazy_pattern(_BIDI_ALL).sub("", span)
            if char in _OPENERS:
                message = (
                    f"Invisible bidirectional control ({names}) makes this text display in another order than it "
                    "is stored; delete the controls and check what the text really says."
                )
            else:
                message = f"Invisible bidirectional control ({names}); delete it."
            yield self.finding(doc, start, end, message, suggestion=visible)
            position = end


def _span_end(text: str, start: int) -> int:
    """Where the finding for the control at ``start`` ends: its matching closer, else the end of the line.

    A lone mark or closer is a finding of its own (with the controls right after it).
    """
    char = text[start]
    if char not in _OPENERS:
        end = start + 1
        while end < len(text) and text[end] in _CLOSERS + _MARKS:
            end += 1
        return end
    depth = 0
    index = start
    while index < len(text):
        current = text[index]
        if current in _LINE_END:
            break
        if current in _OPENERS:
            depth += 1
        elif current in _CLOSERS:
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return index


class InvisibleCharacter(Rule):
    """Finds zero-width characters (U+200B, U+2060, U+FEFF) and stray emoji variation selectors (U+FE0F).

    Why it matters:
        They come from web pages (a zero-width space as a line-break hint), from files joined together (each with its
        byte-order mark) and from tools. Readers cannot see them, but they split words for search, matching and
        hyphenation, and they break every exact comparison (an editor looks for テスラ and does not find
        テ[U+200B]スラ). Japanese does not use them.

    How it decides:
        One finding per run, with the character on each side so the editor sees where it sits; the suggestion is the
        same text without it. ZWJ and ZWNJ (U+200D, U+200C) stay: emoji sequences and several scripts need them.
        U+200B is left alone in Thai, Lao, Khmer, Burmese and Tibetan articles (by the article's language), which use
        it as their word separator.
        U+FE0F asks for the emoji form of the character before it (☀️, ‼️, and 1️⃣ with U+20E3 after it). After a
        line break, a space or a letter it selects nothing: the emoji it followed was stripped, as when a post's
        emoji are dropped on the way into an article. In the WMT texts all 48 follow a symbol.
    """

    id = "unicode.invisible"
    category = "markup/whitespace"
    severity = "minor"
    summary = "Zero-width character (U+200B, U+2060, U+FEFF) or a stray emoji selector (U+FE0F) inside the text"
    fix = "safe"  # only invisible characters go
    languages = None
    bad = "テ\u200bスラは本日、新型車を発表した。"
    good = "テスラは本日、新型車を発表した。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        if "\ufe0f" in text:
            yield from self._orphan_selectors(doc)
        if "\u200b" not in text and "\u2060" not in text and "\ufeff" not in text:  # str.find beats a regex scan
            return
        spaces_are_words = doc.lang.lower()[:2] in _ZWSP_SCRIPTS
        for match in _INVISIBLE.finditer(text):
            run = match.group()
            if spaces_are_words:
                run = run.replace("\u200b", "")
                if not run:
                    continue
            start, end = match.span()
            # A neighbour on each side, when it is on the same line, makes the finding visible.
            if start > 0 and text[start - 1] not in "\r\n":
                start -= 1
            if end < len(text) and text[end] not in "\r\n":
                end += 1
            names = _names(match.group())
            yield self.finding(
                doc,
                start,
                end,
                f"Invisible character ({names}) inside the text; delete it.",
                suggestion=text[start : match.start()] + text[match.end() : end],
            )

    def _orphan_selectors(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        at = text.find("\ufe0f")
        while at >= 0:
            before = text[at - 1] if at else "\n"
            keycap = before.isdigit() and text.startswith("\u20e3", at + 1)
            if (before.isspace() or before.isalpha() or before.isdigit()) and not keycap:
                start = at - 1 if at and text[at - 1] not in "\r\n" else at
                end = at + 2 if at + 1 < len(text) and text[at + 1] not in "\r\n" else at + 1
                yield self.finding(
                    doc,
                    start,
                    end,
                    "Emoji variation selector (U+FE0F) with no emoji before it: the emoji was stripped; delete it.",
                    suggestion=text[start:at] + text[at + 1 : end],
                )
            at = text.find("\ufe0f", at + 1)


RULES = (BidiControl, InvisibleCharacter)

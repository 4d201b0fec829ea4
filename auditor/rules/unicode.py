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
from functools import cache

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
    """Finds zero-width characters (U+200B, U+2060, U+FEFF) inside the text.

    Why it matters:
        They come from web pages (a zero-width space as a line-break hint), from files joined together (each with its
        byte-order mark) and from tools. Readers cannot see them, but they split words for search, matching and
        hyphenation, and they break every exact comparison (an editor looks for テスラ and does not find
        テ[U+200B]スラ). Japanese does not use them.

    How it decides:
        One finding per run, with the character on each side so the editor sees where it sits; the suggestion is the
        same text without it. ZWJ and ZWNJ (U+200D, U+200C) stay: emoji sequences and several scripts need them.
        U+200B is left alone in Thai, Lao, Khmer, Burmese and Tibetan articles (by the article's language), which use
        it as their word separator. An emoji variation selector (U+FE0F) with nothing to select is
        unicode.stray-selector's: the leftover of an emoji, not a formatting character.
    """

    id = "unicode.invisible"
    category = "markup/whitespace"
    severity = "minor"
    summary = "Zero-width character (U+200B, U+2060, U+FEFF) inside the text"
    fix = "safe"  # only invisible characters go
    languages = None
    bad = "テ\u200bスラは本日、新型車を発表した。"
    good = "テスラは本日、新型車を発表した。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
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


# The characters that have an emoji form, and so take U+FE0F: the Emoji property of Unicode's emoji-data.txt (as the
# ``regex`` package's Unicode data, 2026.12.2, gives it), as ranges of code points. The digits, # and * are among them
# only for a keycap (1️⃣: the selector, then U+20E3); see ``_KEYCAP_BASES``.
_EMOJI_RANGES = (
    "23 2A 30-39 A9 AE 203C 2049 2122 2139 2194-2199 21A9-21AA 231A-231B 2328 23CF 23E9-23F3 23F8-23FA 24C2 25AA-25AB "
    "25B6 25C0 25FB-25FE 2600-2604 260E 2611 2614-2615 2618 261D 2620 2622-2623 2626 262A 262E-262F 2638-263A 2640 "
    "2642 2648-2653 265F-2660 2663 2665-2666 2668 267B 267E-267F 2692-2697 2699 269B-269C 26A0-26A1 26A7 26AA-26AB "
    "26B0-26B1 26BD-26BE 26C4-26C5 26C8 26CE-26CF 26D1 26D3-26D4 26E9-26EA 26F0-26F5 26F7-26FA 26FD 2702 2705 "
    "2708-270D 270F 2712 2714 2716 271D 2721 2728 2733-2734 2744 2747 274C 274E 2753-2755 2757 2763-2764 2795-2797 "
    "27A1 27B0 27BF 2934-2935 2B05-2B07 2B1B-2B1C 2B50 2B55 3030 303D 3297 3299 1F004 1F0CF 1F170-1F171 1F17E-1F17F "
    "1F18E 1F191-1F19A 1F1E6-1F1FF 1F201-1F202 1F21A 1F22F 1F232-1F23A 1F250-1F251 1F300-1F321 1F324-1F393 "
    "1F396-1F397 1F399-1F39B 1F39E-1F3F0 1F3F3-1F3F5 1F3F7-1F4FD 1F4FF-1F53D 1F549-1F54E 1F550-1F567 1F56F-1F570 "
    "1F573-1F57A 1F587 1F58A-1F58D 1F590 1F595-1F596 1F5A4-1F5A5 1F5A8 1F5B1-1F5B2 1F5BC 1F5C2-1F5C4 1F5D1-1F5D3 "
    "1F5DC-1F5DE 1F5E1 1F5E3 1F5E8 1F5EF 1F5F3 1F5FA-1F64F 1F680-1F6C5 1F6CB-1F6D2 1F6D5-1F6D9 1F6DC-1F6E5 1F6E9 "
    "1F6EB-1F6EC 1F6F0 1F6F3-1F6FC 1F7E0-1F7EB 1F7F0 1F90C-1F93A 1F93C-1F945 1F947-1F9FF 1FA70-1FA7C 1FA80-1FAC6 "
    "1FAC8 1FACC-1FADD 1FADF-1FAEB 1FAEF-1FAFA"
)
_KEYCAP_BASES = "0123456789#*"


@cache
def _emoji_bases() -> frozenset[str]:
    """The characters of ``_EMOJI_RANGES`` (built on first use: only a text with U+FE0F asks)."""
    chars: set[str] = set()
    for item in _EMOJI_RANGES.split():
        first, _, last = item.partition("-")
        chars.update(chr(code) for code in range(int(first, 16), int(last or first, 16) + 1))
    return frozenset(chars)


class StraySelector(Rule):
    """Finds an emoji variation selector (U+FE0F) after a character that has no emoji form: the emoji was stripped.

    Why it matters:
        U+FE0F asks for the emoji form of the character before it (☀️, ‼️, and 1️⃣ with U+20E3 after it). When a
        post's or a page's emoji are dropped on the way into an article (an image emoji removed with its markup, a
        converter that keeps only text), the selector stays, invisible, at the start of a line or after a word: it
        splits the text for search and exact comparison, and it marks where something of the page was lost.

    How it decides:
        Unicode's emoji data says which characters take the selector: those with the Emoji property
        (emoji-data.txt); a digit, # or * only as a keycap, with U+20E3 after the selector. After any other
        character (a line break, a space, a letter, a kanji, a punctuation mark without an emoji form) it selects
        nothing. One finding per selector, with its neighbour on the line so the editor sees where it sits; the
        suggestion is the same text without it. Measured: pages6 (blind) annotates the 4 such selectors of its one
        page (an embassy's Telegram posts, each at a line's start) as an embed's leftover; every selector of the
        other dev pages, the fresh pages and the WMT English→Japanese texts follows an emoji.
    """

    id = "unicode.stray-selector"
    category = "markup/embed"
    severity = "minor"
    summary = "Emoji variation selector (U+FE0F) with no emoji before it: the emoji was stripped"
    fix = "safe"  # only an invisible character goes
    languages = None
    bad = "\ufe0f外務省の報道官が会見した。"
    good = "外務省の報道官が会見した。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        at = text.find("\ufe0f")
        if at < 0:
            return
        bases = _emoji_bases()
        while at >= 0:
            before = text[at - 1] if at else "\n"
            takes_it = before in bases and (before not in _KEYCAP_BASES or text.startswith("\u20e3", at + 1))
            if not takes_it:
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


RULES = (BidiControl, InvisibleCharacter, StraySelector)

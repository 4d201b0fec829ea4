"""Page furniture: labels of a web page's interface that fill a line of their own (``page_furniture.tsv``).

A scraper, a reader view or a translation pipeline that keeps the page's chrome leaves an ad slot's "Advertisement"
or a skip link's "Skip to main content" between the article's paragraphs. Labels are looked for only at the starts
of lines, in the casings pages write them (Advertisement, ADVERTISEMENT, advertisement): one search, in C, for a line
break followed by a letter some label starts with, then one ``startswith`` of all of them there (5 µs an article of
3,000 characters, against 14 µs for a ``str.find`` of each casing over the whole text); a hit counts only when the
label fills its line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import unquote

from auditor.analysis.morph import tokens
from auditor.languages.scripts import lazy_pattern
from auditor.lexicons import Lexicon
from auditor.lexicons.schema import CreditLabelRow, PageFurnitureRow, PictureAgencyRow, TopLevelDomainRow

if TYPE_CHECKING:
    from auditor.analysis.context import Analysis

_SPACES = " \t\u3000"
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# The dashes a theme draws on both sides of an ad slot's label (- Advertisement -, — ADVERTISEMENT —).
_FRAME_CHARS = "-‐–—―"
# The first character of the scripts that are not Latin (kana, CJK, Hangul): an ad slot's label that opens a line and
# runs into a letter of them lost the line break after it, since no word of the label's language goes on so (a
# bracket after it, Advertisement（広告）, is a gloss and stays quiet).
_FUSED_SCRIPT = "\u3040"


# Kinds of label that are words of the page's navigation, read as text: a skip link, a table of contents' title. Left
# in another language than the article's they are text left untranslated (language.untranslated reports them, as it
# reports a Korean skip link); the other kinds mark a slot of the page's layout (an ad slot, an image placeholder,
# a channel's counters, a related-article box): markup, embed.page-furniture's.
# A blog platform's template labels (Blogger's Powered by Blogger. and Post a Comment, WordPress's Leave a Reply and
# Tags, a Blogger theme's comment count 0 Response to "…") are words of its interface too, in the language the blog's
# owner chose for the template, not the article's: annotators read them as text left untranslated.
TEXT_KINDS = frozenset({"skip-link", "contents", "template", "comment-count"})
# Kinds that are no whole-line label: each has its own finder below (a counter follows its figure, a teaser its
# colon and headline; a share button's label is one of a row; a host's notice opens its line; a field's label is
# followed by its colon and value; a link-out's label by the link's bare address, or closes the article; a heading's
# anchor ends its line; a box's heading may have a mark before it, and a comments heading closes the article).
_BLOCK_KINDS = frozenset(
    {"counter", "teaser", "share", "host-notice", "field", "counter-button", "link-out", "anchor", "comment-count"}
    | {"switcher", "vote", "related", "comments", "date-field", "tags"}
)


class FurnitureLine(NamedTuple):
    start: int  # the label's span, without the spaces around it
    end: int
    row: PageFurnitureRow


def _line_of(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(start, end) of the line, or the lines, that hold ``text[start:end]`` (``end`` defaults to ``start``), without
    the line break after them."""
    line_end = text.find("\n", start if end is None else end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _casings(lexicon: Lexicon) -> tuple[tuple[str, PageFurnitureRow], ...]:
    """Each whole-line label in the casings pages write it (Advertisement, ADVERTISEMENT, advertisement); a blog
    platform's template label only as the platform writes it (Tags, Search: a Japanese site's own headings in
    capitals, TAGS, SEARCH, are its design, which annotators leave alone)."""
    rows = lexicon.table(PageFurnitureRow) if lexicon.has_table(PageFurnitureRow) else ()
    return tuple(
        (form, row)
        for row in rows
        if row.kind not in _BLOCK_KINDS
        for form in (
            (row.label,)
            if row.kind == "template"
            else dict.fromkeys((row.label, row.label.upper(), row.label.lower()))
        )
    )


def _teasers(lexicon: Lexicon) -> tuple[tuple[str, PageFurnitureRow], ...]:
    rows = lexicon.table(PageFurnitureRow) if lexicon.has_table(PageFurnitureRow) else ()
    return tuple(
        (form, row)
        for row in rows
        if row.kind == "teaser"
        for form in dict.fromkeys((row.label, row.label.upper(), row.label.lower(), row.label.title()))
    )


def teaser_blocks(text: str, lexicon: Lexicon) -> list[FurnitureLine]:
    """The related-article boxes flattened into the body: a line that opens with a teaser label of
    ``page_furniture.tsv`` and a colon (Read also:), the teased headline after the colon on the same line or alone on
    the next, and more text after it, each block from the label to the headline's end, in text order."""
    found: list[FurnitureLine] = []
    for at, end, row in _opening_a_line(text, lexicon.compiled(_teasers)):
        if text[text.rfind("\n", 0, at) + 1 : at].strip(_SPACES):
            continue  # a dash before the label: a list's item, not the box's label
        after = text.find("\n", end)
        rest = text[end:after].lstrip(_SPACES) if after >= 0 else ""
        if after >= 0 and rest in (":", "："):
            headline_end = text.find("\n", after + 1)
            headline = text[after + 1 : headline_end].rstrip(_SPACES) if headline_end >= 0 else ""
            if headline.strip(_SPACES) and text[headline_end:].strip():
                found.append(FurnitureLine(at, after + 1 + len(headline), row))
        elif after >= 0 and rest[:1] in (":", "：") and rest[1:].strip(_SPACES) and text[after:].strip():
            found.append(FurnitureLine(at, at + len(text[at:after].rstrip(_SPACES)), row))
    return sorted(found, key=lambda line: line.start)


def _opening_a_line(
    text: str, forms: tuple[tuple[str, PageFurnitureRow], ...]
) -> Iterator[tuple[int, int, PageFurnitureRow]]:
    """Each occurrence of a label's form with nothing but spaces before it on its line: (start, end, its row). Only
    the starts of lines whose first letter starts a form are looked at (one search, in C, for a line break followed
    by such a letter), not the whole text once per form."""
    if not forms:
        return
    openings, prefixes = _openings(forms)
    for opening in openings.finditer("\n" + text):  # the text's own start is a line's start too
        at = opening.end() - 2  # the form's first letter, in ``text``
        if text.startswith(prefixes, at):
            for form, row in forms:
                if text.startswith(form, at):
                    yield at, at + len(form), row


_OPENINGS: dict[int, tuple[tuple[tuple[str, PageFurnitureRow], ...], re.Pattern[str], tuple[str, ...]]] = {}


def _openings(forms: tuple[tuple[str, PageFurnitureRow], ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A line break, spaces, then a letter a form starts with; and the forms, for one ``startswith``. Kept by the
    forms' identity (the lexicon builds them once): a cache keyed by their value hashes every row on each call, a
    tenth of the search's cost."""
    known = _OPENINGS.get(id(forms))
    if known is not None and known[0] is forms:
        return known[1], known[2]
    prefixes = tuple(form for form, _ in forms)
    firsts = re.escape("".join(sorted({form[0] for form in prefixes})))
    pattern = re.compile(f"\n[{re.escape(_SPACES)}]*(?:[{_FRAME_CHARS}]+[{re.escape(_SPACES)}]+)?[{firsts}]")
    if len(_OPENINGS) >= 8:
        _OPENINGS.clear()
    _OPENINGS[id(forms)] = (forms, pattern, prefixes)
    return pattern, prefixes


def _counters(lexicon: Lexicon) -> dict[str, PageFurnitureRow]:
    rows = lexicon.table(PageFurnitureRow) if lexicon.has_table(PageFurnitureRow) else ()
    return {row.label.lower(): row for row in rows if row.kind == "counter"}


# A line that is a figure (4.43K, 19,600, 2) and one word: a counter of a page's interface when the word is a
# counter's label of page_furniture.tsv.
_COUNTER_LINE = r"^[ \t\u3000]*[0-9][0-9.,]*[KkMm]?[ \u00a0]([A-Za-z]+)[ \t\u3000]*$"
_LEAD_COUNTER = "subscribers"  # the counter every channel's page shows (Telegram's preview, YouTube)
MIN_COUNTER_LINES = 2  # one line may be a caption (3 photos); two in a row are a page's row of counters


def counter_blocks(text: str, lexicon: Lexicon) -> list[tuple[int, int, PageFurnitureRow]]:
    """The blocks of ``MIN_COUNTER_LINES`` lines or more in a row that each hold a figure and a counter's label of
    ``page_furniture.tsv`` (4.43K subscribers, 19.6K photos): a channel's counters copied with its post, as
    (start, end, the first line's row), in text order."""
    if _LEAD_COUNTER not in text:
        return []  # nearly every article; a channel's page shows its subscribers first, whatever else it counts
    counters = lexicon.compiled(_counters)
    found: list[tuple[int, int, PageFurnitureRow]] = []
    block: list[tuple[int, int, PageFurnitureRow]] = []
    for match in lazy_pattern(_COUNTER_LINE, re.MULTILINE).finditer(text):
        row = counters.get(match.group(1).lower())
        if row is None:
            continue
        line = match.group()
        start = match.start() + len(line) - len(line.lstrip(" \t\u3000"))
        end = match.start() + len(line.rstrip(" \t\u3000"))
        if block and text.count("\n", block[-1][1], match.start()) != 1:
            if len(block) >= MIN_COUNTER_LINES:
                found.append((block[0][0], block[-1][1], block[0][2]))
            block = []
        block.append((start, end, row))
    if len(block) >= MIN_COUNTER_LINES:
        found.append((block[0][0], block[-1][1], block[0][2]))
    return found


def page_furniture(analysis: Analysis) -> list[FurnitureLine]:
    """``furniture_lines`` and ``comment_counts`` of the analysed text, found once for the rules that ask
    (``analysis.memo``)."""
    lines = furniture_lines(analysis.text, analysis.lexicon)
    counts = comment_counts(analysis.text, analysis.lexicon)
    return sorted(lines + counts, key=lambda line: line.start) if counts else lines


def _comment_labels(lexicon: Lexicon) -> tuple[dict[str, PageFurnitureRow], str]:
    """The comment-count labels by their text, and the start they share (one search for it finds them all)."""
    rows = lexicon.table(PageFurnitureRow) if lexicon.has_table(PageFurnitureRow) else ()
    labels = {row.label: row for row in rows if row.kind == "comment-count"}
    shared = min(labels, key=len) if labels else ""
    while not all(label.startswith(shared) for label in labels):
        shared = shared[:-1]
    return labels, shared


# A blog template's comment heading on a line of its own: the post's count of comments, a comment-count label of
# page_furniture.tsv, and the post's title in quotes (Blogger themes: 0 Response to "…", 3 Responses to "…").
_COMMENT_COUNT = r'^[ \t\u3000]*([0-9]+ ([A-Z][a-z]+(?: [a-z]+)?)) ["“][^"“”\n]+["”][ \t\u3000]*$'


def comment_counts(text: str, lexicon: Lexicon) -> list[FurnitureLine]:
    """The comment headings of a blog template flattened into the text (0 Response to "the post's title"): the count
    and its label, without the title (the article's own headline), in text order."""
    labels, start = lexicon.compiled(_comment_labels)
    if not labels or start not in text:
        return []  # nearly every article
    found = []
    for match in lazy_pattern(_COMMENT_COUNT, re.MULTILINE).finditer(text):
        row = labels.get(match.group(2))
        if row is not None:
            found.append(FurnitureLine(match.start(1), match.end(1), row))
    return found


def furniture_lines(text: str, lexicon: Lexicon) -> list[FurnitureLine]:
    """Every line of ``text`` that is one label of ``page_furniture.tsv`` (with spaces around it at most, or a frame
    of dashes on both sides: - Advertisement -), in text order; and an ad slot's label that opens a line and runs into
    the text after it (Sponsored新型車が…), the line break after it lost, as the label alone. A label that two rows
    hold is the first row's (a language's own table comes before the common one: ja/page_furniture.tsv's Skip to
    main content is an ``interface`` string, common/page_furniture.tsv's a ``skip-link``); an ``interface`` string
    spans its block (``interface_blocks``)."""
    found: list[FurnitureLine] = []
    seen: set[tuple[int, int]] = set()
    for at, end, row in _opening_a_line(text, lexicon.compiled(_casings)):
        if (at, end) in seen:
            continue  # the same label in a later row (the common table's, after the language's own)
        seen.add((at, end))
        after = text.find("\n", end)
        rest = text[end : len(text) if after < 0 else after].strip(_SPACES)
        frame = text[text.rfind("\n", 0, at) + 1 : at].strip(_SPACES)
        if rest == frame[::-1]:  # nothing, or the frame's mirror (the frame is dashes and spaces: _openings)
            if frame:  # the frame is the label's: - Advertisement -
                at = text.rfind(frame, 0, at)
                end = text.index(rest, end) + len(rest)
            found.append(FurnitureLine(at, end, row))
        elif not frame and row.kind == "ad-slot" and text[end] >= _FUSED_SCRIPT and text[end].isalpha():
            found.append(FurnitureLine(at, end, row))
    found.sort(key=lambda line: line.start)
    return interface_blocks(text, found) if any(line.row.kind == INTERFACE for line in found) else found


# The kind of ja/page_furniture.tsv's English strings of a page's interface (a skip link, a loading placeholder,
# reCAPTCHA's notice): each opens a block of the interface, in the interface's language.
INTERFACE = "interface"
# The last letter of the scripts a line of the interface's block may hold: Latin (Basic to Extended-B, IPA), since
# the strings are English; a letter past it (kana, kanji, Hangul) is the article's, and ends the block.
_LAST_LATIN = "\u024f"


def interface_blocks(text: str, lines: list[FurnitureLine]) -> list[FurnitureLine]:
    """``lines`` with each ``interface`` string widened to its block: the string's line and the lines after it that
    hold no letter outside the Latin script, blank lines passed over, up to the next line that does (the article's,
    in its own script) or the text's end. A widget's or a header's interface is in one language: the menu under a
    skip link (Skip to main content / Loading... / the products' names), a feedback widget's thanks after
    reCAPTCHA's notice, all in English on a Japanese page, are one block of chrome, to delete whole, not sentences
    left untranslated. A string in another script (a Korean or a Chinese skip link) is its line alone: a line of
    kanji after a Chinese one may be the article's, and Latin lines after a Korean one are no part of its interface.
    A string that starts inside an earlier block is part of it and is dropped."""
    widened: list[FurnitureLine] = []
    block_end = -1
    for line in lines:
        if line.row.kind != INTERFACE:
            widened.append(line)
            continue
        if line.start < block_end:
            continue
        if any(letter > _LAST_LATIN and letter.isalpha() for letter in line.row.label):
            widened.append(line)  # a Korean or Chinese string: its line alone (kanji lines may be the article's)
            block_end = line.end
            continue
        end = line.end
        at = text.find("\n", end)
        while at >= 0:
            after = text.find("\n", at + 1)
            content = text[at + 1 : len(text) if after < 0 else after].rstrip(_LINE_SPACES)
            if content.strip(_SPACES):
                if any(letter > _LAST_LATIN and letter.isalpha() for letter in content):
                    break
                end = at + 1 + len(content)
            at = after
        block_end = end
        widened.append(FurnitureLine(line.start, end, line.row))
    return widened


# A line that is only an image's name: a camera's file name (the DCF standard's four characters, upper-case letters,
# digits or _, then four digits: IMG_0123, DSC04646, with the letters at least three, so that no date or figure is
# one; the standard writes them in upper case, so that Expo2025 or Word2019, a heading, is none, and a word of four
# capitals and a year, EXPO2025 or WWDC2024, is a heading or a logo's text: a camera counts its files from 0001 to
# 9999, and only 2% of those numbers are years from 1900 to 2099), a name that ends in
# a content system's thumbnail size (photo-560x373), a file name or URL with an image extension, or Hatena Blog's
# notation for a photo of its fotolife service ([f:id:user:20240101123456j:plain]: the user, the photo's upload time
# in 14 digits and a letter for its format, then display options), which a copy of the page keeps as text. Or an
# identifier a page gives a file or an article: one word of letters, digits, _ - . holding a run of
# ``_MIN_ID_DIGITS`` digits or more (a date stamp 20150919_01, a timestamp 20240101123456, an article's id 1485376,
# a slug with its number), or a content hash (32 hexadecimal digits, MD5's length, that some sites name their images
# by): no quantity is written as such a run (news groups a figure's digits, or writes it with 万 and 億).
_MIN_ID_DIGITS = 7  # a year has 4 digits, a year and month 6; an id, a date stamp (8) or a timestamp (14) has more
_IMAGE_NAME = (
    r"(?:[A-Z]{3}[A-Z0-9_][0-9]{4}(?:[-_.][A-Za-z0-9]+)*"
    r"|\[?f:id:[A-Za-z][A-Za-z0-9_-]+:[0-9]{14}[a-z]?(?::[A-Za-z0-9=]+)*\]?"
    r"|[A-Za-z0-9_.-]*[A-Za-z][A-Za-z0-9_.-]*-[0-9]{2,4}x[0-9]{2,4}(?:\.(?:jpe?g|png|gif|webp))?"
    r"|(?:https?://)?[A-Za-z0-9_./%~-]+\.(?:jpe?g|png|gif|webp)(?:\?[^\s]*)?"
    rf"|[A-Za-z0-9_.-]*[0-9]{{{_MIN_ID_DIGITS}}}[A-Za-z0-9_.-]*"
    r"|[0-9a-f]{32})"
)
_MIN_IMAGE_NAME = _MIN_ID_DIGITS  # characters: 1485376; IMG_0123, the shortest a camera writes, has 8
_WORD_AND_YEAR = re.compile("[A-Z]{4}(?:19|20)[0-9]{2}")  # EXPO2025: a name and a year, not a camera's count
_LINE_SPACES = " \t\u3000\r"
# A file's name in a numbered series (house1, house2): a lower-case stem and its number, as a site names a set of
# photos. Headings number their steps capitalised (Step1, Day2, POINT3), so only the lower-case stem counts, and only
# when two lines or more of the page name one stem with different numbers.
_SERIES_NAME = r"([a-z]{3,}[a-z_-]*?)[_-]?([0-9]{1,3})"
_MIN_SERIES_NAME = 4  # characters: abc1
MIN_SERIES = 2  # one such line may be a word with a number (mp3, web3); two of one stem are a series of files
# The extensions of the image types of IANA's media-type registry that the web shows (image/jpeg, png, gif, webp),
# in either case, searched for with ``str.find`` where the text holds one (a search of their common start, the dot:
# ``str.find`` of each of them costs 1.7 µs an article in Japanese text).
_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".JPG", ".JPEG", ".PNG", ".GIF", ".WEBP")
_EXTENSION = r"\.(?:jpe?g|png|gif|webp|JPE?G|PNG|GIF|WEBP)"
# The prefix MediaWiki writes before an image's name in its File namespace (File:, its older alias Image:, and their
# Japanese and Korean names ファイル:, 画像:, 파일:), which a copy of a wiki page keeps where the image was.
_WIKI_FILE = ("File:", "Image:", "ファイル:", "画像:", "파일:", "ファイル：", "画像：")


def image_name_lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` that hold an image's file name or address and nothing else: what is left of a photo
    that a scraper or a content system dropped (its file name as alt text, its bare address, its name in a wiki's
    File namespace, a name of a numbered series), in text order; and a photo's identifier with its extension that
    opens a line and runs into its text (c0012345_123456.jpgここ…), the line break after it lost. Only lines in ASCII
    are tried, and the others only where the text holds an image's extension: splitting the text into lines costs a
    tenth of one search for a name's hints."""
    found = []
    series: dict[str, list[tuple[int, int, str]]] = {}
    at = 0
    for line in text.split("\n"):
        if len(line) >= _MIN_SERIES_NAME and line.isascii():
            name = line.strip(_LINE_SPACES)
            named = len(name) >= _MIN_IMAGE_NAME and lazy_pattern(_IMAGE_NAME).fullmatch(name) is not None
            if named and not (_content_number(name) or _WORD_AND_YEAR.fullmatch(name)):  # content, no file's name
                start = at + line.index(name)
                found.append((start, start + len(name)))
            elif (member := lazy_pattern(_SERIES_NAME).fullmatch(name)) is not None:
                start = at + line.index(name)
                series.setdefault(member.group(1), []).append((start, start + len(name), member.group(2)))
        at += len(line) + 1
    for members in series.values():
        if len({number for _, _, number in members}) >= MIN_SERIES:
            found.extend((start, end) for start, end, _ in members)
    if "." in text and lazy_pattern(_EXTENSION).search(text):  # a search for one character first: 0.1 µs, not 1.5
        found.extend(_named_images(text))
    return sorted(set(found))


def _named_images(text: str) -> list[tuple[int, int]]:
    """The image names with an extension that are not alone on an ASCII line: after a wiki's File prefix alone on
    their line (ファイル:photo.jpg), or a photo's identifier opening a line and fused to its text."""
    found = []
    for extension in _IMAGE_EXTENSIONS:
        at = text.find(extension)
        while at >= 0:
            end = at + len(extension)
            line_start = text.rfind("\n", 0, at) + 1
            head = text[line_start:end].lstrip(_LINE_SPACES)
            start = end - len(head)
            line_end = text.find("\n", end)
            rest = text[end : len(text) if line_end < 0 else line_end].rstrip(_LINE_SPACES)
            prefix = next((prefix for prefix in _WIKI_FILE if head.startswith(prefix)), "")
            name = head[len(prefix) :]
            if name.isascii() and lazy_pattern(_IMAGE_NAME).fullmatch(name):
                alone = bool(prefix) and not rest  # ファイル:photo.jpg
                fused = not prefix and rest[:1] >= _FUSED_SCRIPT and rest[0].isalpha() and _identifier(name)
                if alone or fused:
                    found.append((start, end))
            at = text.find(extension, end)
    return found


# A photo's caption with its file name, as a blog host writes its alt text (the post's title, then the name it gave
# the upload: …Machu Picchu_b0012345_20240101.jpg), left as text on a line of its own or, for a row of photos, one
# after another on one line. The name is the run of a file name's characters (no spaces) before an image extension,
# holding an identifier (``_identifier``: a run of 7 digits or more, the upload's id or date stamp) or a camera's
# file name (DCF's IMG_0123): an id a system gave the photo, no word a writer types (写真.jpg, photo.jpg).
_CAPTIONED_NAME = rf"[A-Za-z0-9_./%~-]+{_EXTENSION}(?![A-Za-z0-9])"
_CAMERA_NAME = r"[A-Z]{3}[A-Z0-9_][0-9]{4}"
# What ends a sentence: a caption has none (a full stop is one only before a space or the line's end: 3.5, example.jp
# are none).
_SENTENCE_END = r"[。！？!?]|\.(?![A-Za-z0-9])"


def captioned_images(text: str) -> list[tuple[int, int]]:
    """The photos whose caption and file name (``_CAPTIONED_NAME``, holding an id) fill a line together, one after
    another with nothing else on the line and no sentence mark in a caption (ペルー旅行 Peru_b0012345_20240101.jpg):
    each photo's caption with its name, as (start, end), in text order. A name alone is ``image_name_lines``'s."""
    if "." not in text or not lazy_pattern(_EXTENSION).search(text):
        return []
    found: list[tuple[int, int]] = []
    seen = -1  # the end of the last line read: a line with two names is read once
    for match in lazy_pattern(_EXTENSION).finditer(text):
        if match.start() < seen:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        seen = line_end = len(text) if line_end < 0 else line_end
        found.extend(_captioned_line(text, line_start, line_end))
    return found


def photo_captions(analysis: Analysis) -> list[tuple[int, int]]:
    """``captioned_images`` of the analysed text, found once for the rules that ask (``analysis.memo``)."""
    return captioned_images(analysis.text)


def _captioned_line(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    line = text[line_start:line_end]
    at = line_start + len(line) - len(line.lstrip(_LINE_SPACES))
    end = line_start + len(line.rstrip(_LINE_SPACES))
    spans = []
    captioned = False
    for match in lazy_pattern(_CAPTIONED_NAME).finditer(text, at, end):
        name = match.group()
        if not (_identifier(name) or lazy_pattern(_CAMERA_NAME).search(name)):
            return []  # a name a writer types (photo.jpg): the line may be a sentence about it
        if lazy_pattern(_SENTENCE_END).search(text, at, match.start()):
            return []  # a sentence, then a name: not a caption
        captioned = captioned or match.start() > at
        spans.append((at, match.end()))
        at = match.end()
    return spans if spans and at == end and captioned else []


def _content_number(name: str) -> bool:
    """Whether ``name`` is a number a page prints as content, not an id a system gave a file: a
    Japanese telephone number (the numbering plan's 0 and nine or ten digits: 0312345678, 09012345678; no date stamp,
    timestamp or serial starts with 0 and has that length) or a book's or a product's code: an EAN-13 with the
    prefix GS1 gives Japan's JAN codes (45, 49) or books (978, 979: ISBN-13) and a check digit that holds, as GS1's
    modulo-10 weights of 1 and 3 compute it (4901234567894, 9784101010014; a timestamp in milliseconds starts with
    1), or an ISBN-10 of the Japanese group 4 whose modulo-11 check holds (4101010013; X for ten in the last place)."""
    if len(name) == 10 and name[0] == "4" and name[:9].isdigit() and name[9] in "0123456789X":
        weights = sum((10 - at) * (10 if digit == "X" else int(digit)) for at, digit in enumerate(name))
        return weights % 11 == 0
    if not name.isdigit():
        return False
    if name[0] == "0" and len(name) in (10, 11):
        return True
    if len(name) != 13 or not name.startswith(("45", "49", "978", "979")):
        return False
    digits = [int(digit) for digit in name]
    return (sum(digits[0:12:2]) + 3 * sum(digits[1:12:2]) + digits[12]) % 10 == 0


def _identifier(name: str) -> bool:
    """Whether ``name`` holds a run of ``_MIN_ID_DIGITS`` digits or more: an id a system gave, no word a writer
    types."""
    return lazy_pattern(rf"[0-9]{{{_MIN_ID_DIGITS}}}").search(name) is not None


def _kind(lexicon: Lexicon, kind: str) -> tuple[PageFurnitureRow, ...]:
    rows = lexicon.table(PageFurnitureRow) if lexicon.has_table(PageFurnitureRow) else ()
    return tuple(row for row in rows if row.kind == kind)


MIN_SHARE_LABELS = 3  # two names may be a line of prose's words (LINE X); three and nothing else are a row of buttons
_SEPARATORS = " \t\u3000|"
_FIGURE_FIRSTS = "0123456789•·・*-"
_RULE_CHARS = "-=_─━"  # the characters a line drawn across a page (a text rule, a box's edge) is made of


# The count a share button shows before its label (0シェア, 12 Shares): a figure, opening the row's line.
_SHARE_COUNT = r"(?:[0-9][0-9,.]*[KkMm万]?[ \u00a0]?)?"


def _share_row(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A line of share labels and nothing else, with only spaces or bars between them (or nothing: a row whose icons
    had no text between their labels reads xwhatsappmail), to its line's end, its first label after the button's
    count at most (0シェア); and one label, to count them."""
    labels = sorted({row.label for row in _kind(lexicon, "share")}, key=len, reverse=True)
    if not labels:
        return None
    alternation = "|".join(re.escape(label) for label in labels)
    return (
        re.compile(rf"{_SHARE_COUNT}(?:(?:{alternation})[{_SEPARATORS}]*)+(?=\r?\n|$)", re.IGNORECASE),
        re.compile(rf"(?:{alternation})([{_SEPARATORS}]*)", re.IGNORECASE),
    )


def _line_openings(lexicon: Lexicon) -> re.Pattern[str]:
    """A line break, spaces, then a letter that a share label (in either case) or a host's notice starts, or a
    figure's line."""
    labels = [row.label for row in _kind(lexicon, "share") + _kind(lexicon, "host-notice")]
    firsts = {case for label in labels for case in (label[0].lower(), label[0].upper())}
    firsts |= set(_FIGURE_FIRSTS + _RULE_CHARS)
    return re.compile(f"\n[{re.escape(_SPACES)}]*[{re.escape(''.join(sorted(firsts)))}]")


def line_openings(text: str, lexicon: Lexicon) -> list[int]:
    """Where the lines that ``share_rows``, ``host_notices``, ``figure_runs`` and ``empty_boxes`` look at start
    (their first letter other than a space): one search, in C, for all of them, since a scan of the text costs more
    than their look at a few lines (2 µs an article against 0.1)."""
    return [opening.end() - 2 for opening in lexicon.compiled(_line_openings).finditer("\n" + text)]


def share_rows(text: str, lexicon: Lexicon, openings: list[int]) -> list[tuple[int, int]]:
    """The lines that are a row of a page's share buttons and nothing else: ``MIN_SHARE_LABELS`` or more labels of
    ``page_furniture.tsv``'s ``share`` rows (the names of the services a page shares to, and the verbs its buttons
    say: Share, Post, コメント), or fewer closed by a bar (Tweet |), as (start, end), in text order; ``openings`` are
    ``line_openings``. A row the copy
    broke over lines in a row (X / FacebookLINE) counts as one when its lines hold ``MIN_SHARE_LABELS`` labels together
    and two of them run into each other with nothing between (no list of services, one a line, is written so: only a
    row of icons whose labels were copied without their spaces)."""
    compiled = lexicon.compiled(_share_row)
    if compiled is None:
        return []
    row, label = compiled
    found = []
    block: list[tuple[int, int]] = []  # lines of labels in a row, too few alone
    for at in openings:
        match = row.match(text, at)
        if not match:
            continue
        end = at + len(match.group().rstrip(_SEPARATORS))
        # A bar after the last label parts it from a button whose label was lost (an icon alone): prose ends no line
        # on a bar, so a row of fewer labels that ends in one (Tweet |) is a row of buttons too.
        barred = match.group().rstrip(_SPACES).endswith("|")
        if barred:
            end = at + len(match.group().rstrip(_SPACES))  # the bar is the row's too
        if barred or len(label.findall(text, at, end)) >= MIN_SHARE_LABELS:
            found.append((at, end))
            block = []
            continue
        gap = text[block[-1][1] : at] if block else ""
        if gap.count("\n") != 1 or gap.strip(_LINE_SPACES + "\n"):
            block = []  # the row's lines follow each other, one line break apart
        block.append((at, end))
        # What follows each label on its line, the last one's aside: nothing there is two labels run together.
        between = [label.findall(text, start, stop)[:-1] for start, stop in block]
        if sum(len(seps) + 1 for seps in between) >= MIN_SHARE_LABELS and any("" in seps for seps in between):
            found.append((block[0][0], end))
            block = []
    return found


def _host_notices(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(row.label for row in _kind(lexicon, "host-notice"))


MIN_NOTICE_LABELS = 2  # what the ad is and what removes it: a sentence that opens with 上記の広告は says one at most


def host_notices(text: str, lexicon: Lexicon, openings: list[int]) -> list[tuple[int, int]]:
    """The notices a blog host prints on its blogs' pages (the ad it shows on a blog left without new posts, and what
    removes it), as blocks of lines in a row (blank lines between them aside) that each open with a ``host-notice``
    label of ``page_furniture.tsv`` and that hold ``MIN_NOTICE_LABELS`` of its labels or more, anywhere in their
    lines (a label inside a longer one found there, 上記の広告は in [PR]上記の広告は, is not counted again):
    (start, end), in text order; ``openings`` are ``line_openings``."""
    labels = lexicon.compiled(_host_notices)
    if not labels:
        return []
    blocks: list[list[tuple[int, int]]] = []
    for at in openings:
        if not text.startswith(labels, at):
            continue
        line_end = text.find("\n", at)
        notice = (at, at + len(text[at : len(text) if line_end < 0 else line_end].rstrip(_LINE_SPACES)))
        if blocks and not text[blocks[-1][-1][1] : at].strip(_LINE_SPACES + "\n"):
            blocks[-1].append(notice)
        else:
            blocks.append([notice])
    found = []
    for block in blocks:
        start, end = block[0][0], block[-1][1]
        held = [label for label in labels if label in text[start:end]]
        if sum(not any(label != other and label in other for other in held) for label in held) >= MIN_NOTICE_LABELS:
            found.append((start, end))
    return found


def _field_labels(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(row.label for row in _kind(lexicon, "field") + _kind(lexicon, "date-field"))


def _date_field_labels(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(row.label for row in _kind(lexicon, "date-field"))


def empty_fields(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The fields of a byline or a post's dates whose values were lost (公開:  更新:): two field labels of
    ``page_furniture.tsv`` or more in a row at the end of a line, each with its colon and nothing but spaces after
    it, as (start, end) from the first label to the last colon, in text order. One empty field alone may be a line
    that a list follows (主な更新:); one that names a date (a ``date-field`` label: 最終更新日:) has a date for its
    value, and counts alone where the next line does not open with that date's figures. The colons are found with
    ``str.find`` (a regex's class of both colons is scanned in Python's slow path: 15 µs an article against 1)."""
    labels = lexicon.compiled(_field_labels)
    if not labels:
        return []
    dates = lexicon.compiled(_date_field_labels)
    found = []
    for mark in (":", "："):  # one character: str.find of ":\n" costs three times as much
        colon = text.find(mark)
        while colon >= 0:
            line_end = text.find("\n", colon)
            if not text[colon + 1 : len(text) if line_end < 0 else line_end].strip(_LINE_SPACES):
                field = _empty_fields_before(text, colon, labels) or _empty_date_field(text, colon, dates)
                if field is not None:
                    found.append(field)
            colon = text.find(mark, colon + 1)
    return sorted(found)


def _empty_fields_before(text: str, colon: int, labels: frozenset[str]) -> tuple[int, int] | None:
    """The run of two empty fields or more that ends with the colon at ``colon``, as (start, end), if there is one."""
    first, count, mark = colon, 0, colon
    while True:
        label = _label_before(text, mark, labels)
        if label is None:
            break
        first, count = label, count + 1
        before = text[:label].rstrip(_SPACES)
        if not before.endswith((":", "：")):
            break
        mark = len(before) - 1
    return (first, colon + 1) if count >= 2 else None


def _empty_date_field(text: str, colon: int, dates: frozenset[str]) -> tuple[int, int] | None:
    """The empty date field that opens its line and ends with the colon at ``colon`` (最終更新日:), as (start, end),
    unless the next line with text opens with a figure (the date, on a line of its own)."""
    start = _label_before(text, colon, dates)
    if start is None or text[text.rfind("\n", 0, start) + 1 : start].strip(_SPACES):
        return None
    line_end = text.find("\n", colon)
    after = text[line_end:].lstrip(_LINE_SPACES + "\n")[:1] if line_end >= 0 else ""
    return None if after.isdigit() else (start, colon + 1)


def _label_before(text: str, colon: int, labels: frozenset[str]) -> int | None:
    """Where the field label that ends before the colon at ``colon`` starts, when one does and a space or the line's
    start is before it; else None."""
    for label in labels:
        start = colon - len(label)
        if start >= 0 and text.startswith(label, start) and (start == 0 or text[start - 1] in _SPACES + "\n"):
            return start
    return None


# A line that holds a figure and nothing else (a list's bullet before it at most): what a button's counter (shares,
# comments, views) leaves when its icon is dropped. An article writes a figure with its unit or its word.
_FIGURE_LINE = r"(?:[•·・*-][ \t\u3000]*)?[0-9]{1,4}[ \t\u3000\r]*(?=\n|$)"
MIN_FIGURE_LINES = 2  # one may be a page number or a list's numbering left alone; two in a row are a row of counters


def figure_runs(text: str, openings: list[int]) -> list[tuple[int, int]]:
    """The runs of ``MIN_FIGURE_LINES`` lines or more in a row that each hold a figure and nothing else (2 / 0;
    • 1 / • 3 / • 2): the counters of a page's buttons copied without their icons, as (start, end) from the first
    figure to the last, in text order; ``openings`` are ``line_openings``."""
    return _runs_of_lines(text, openings, _FIGURE_FIRSTS, lazy_pattern(_FIGURE_LINE), MIN_FIGURE_LINES)


def _runs_of_lines(
    text: str, openings: list[int], firsts: str, line: re.Pattern[str], minimum: int
) -> list[tuple[int, int]]:
    """The runs of ``minimum`` lines or more in a row that each open (at one of ``openings``, with a character of
    ``firsts``) with a match of ``line``, as (start, end) from the first match to the last, in text order."""
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for at in openings:
        if text[at] not in firsts:
            continue
        match = line.match(text, at)
        if match is None:
            continue
        if run and text.count("\n", run[-1][1], at) != 1:
            if len(run) >= minimum:
                found.append((run[0][0], run[-1][1]))
            run = []
        run.append((at, at + len(match.group().rstrip(_LINE_SPACES))))
    if len(run) >= minimum:
        found.append((run[0][0], run[-1][1]))
    return found


MIN_RULE_CHARS = 3  # a text rule as Markdown draws one (---); fewer are a dash


def empty_boxes(text: str, openings: list[int]) -> list[tuple[int, int]]:
    """The boxes a page drew with text rules that hold nothing: two lines or more, each one character of
    ``_RULE_CHARS`` repeated (``MIN_RULE_CHARS`` times or more), with only blank lines between them, what is left of
    a layout whose content (ads, widgets) was dropped, as (start, end) from the first rule to the last, in text
    order; ``openings`` are ``line_openings``. Rules around text (a quotation set off between two lines of =) stay
    quiet."""
    found: list[tuple[int, int]] = []
    box: list[tuple[int, int]] = []
    for at in openings:
        char = text[at]
        if char not in _RULE_CHARS:
            continue
        line_end = text.find("\n", at)
        line = text[at : len(text) if line_end < 0 else line_end].rstrip(_LINE_SPACES)
        if len(line) < MIN_RULE_CHARS or line.strip(char):
            continue
        if box and text[box[-1][1] : at].strip(_LINE_SPACES + "\n"):
            if len(box) >= 2:
                found.append((box[0][0], box[-1][1]))
            box = []
        box.append((at, at + len(line)))
    if len(box) >= 2:
        found.append((box[0][0], box[-1][1]))
    return found


# Two commas or more with only spaces between them and nothing after them on the line: a list (a post's tags, its
# categories) whose items were lost. Found from its first comma, a literal the search looks for in C, and only in a
# text that holds that comma (a test of one character: 0.1 µs an article).
_EMPTY_LIST = r"(?:[ \t\u3000]+[,，])+[ \t\u3000\r]*$"
# Compiled at import (a few µs: no wide class), since re.compile's cache costs a µs at each call.
_TWO_COMMAS = {comma: re.compile(comma + r"[ \t\u3000]+[,，]") for comma in (",", "，")}


def empty_lists(text: str) -> list[tuple[int, int]]:
    """The runs of commas that end a line with only spaces between them (タグ: , , ,), a list whose items were lost,
    as (start, end) from the first comma to the last, in text order."""
    found = []
    for comma in (",", "，"):
        # Two commas with spaces between them first: a search for a literal, in C, four times faster than the whole
        # pattern's, which checks each comma's line in Python's slower path.
        if comma in text and _TWO_COMMAS[comma].search(text):
            for match in lazy_pattern(comma + _EMPTY_LIST, re.MULTILINE).finditer(text):
                found.append((match.start(), match.start() + len(match.group().rstrip(_LINE_SPACES))))
    return sorted(found)


_SLASH_BEFORE_BRACKET = {mark: re.compile(mark + "[ \u3000]*[)）]") for mark in ("/", "／")}


def _empty_credit(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A bracket that holds credit labels of ``credit_labels.tsv`` (joined by ・: 取材・文), their slash and nothing
    after it: (写真/), (翻訳・編集/)."""
    if not lexicon.has_table(CreditLabelRow):
        return None
    labels = sorted({row.label for row in lexicon.table(CreditLabelRow)}, key=len, reverse=True)
    label = "|".join(re.escape(one) for one in labels)
    return re.compile(rf"[(（](?:{label})(?:・(?:{label}))*[/／][ \u3000]*[)）]")


def empty_credits(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The credits in brackets whose names were lost ((写真/), (翻訳・編集/)): labels of ``credit_labels.tsv``, the
    slash that Japanese credits put before the name, and the closing bracket, as (start, end), in text order. Looked
    for only in a text that holds a slash followed by a closing bracket (a test of one character for each slash, and
    a search in C where there is one)."""
    if not any(mark in text and before.search(text) for mark, before in _SLASH_BEFORE_BRACKET.items()):
        return []
    credit = lexicon.compiled(_empty_credit)
    return [] if credit is None else [match.span() for match in credit.finditer(text)]


# The elements of HTML that an article's body is made of (of the WHATWG standard's list: text, phrasing, list, table,
# image and script elements), in lower case as pages write them (a title in angle brackets is capitalised: <Animal
# Farm>). Where the text's sentences meet (right after 。), a tag of one of them is the page's markup left between them
# (<br />); so is an end tag whose < was lost (/span>), wherever it is. A tag inside a sentence or opening a line is
# text about markup (a post that shows its code: <div>に挿入する) and stays quiet, and so does one the text names as
# such (<br>タグ, the <span> element).
_HTML_ELEMENTS = (
    "a|abbr|b|blockquote|br|center|dd|div|dl|dt|em|figcaption|font|h[1-6]|hr|i|iframe|img|li|noscript|ol|p|pre|"
    "s|script|small|span|strong|style|sub|sup|table|tbody|td|th|thead|tr|u|ul"
)
_MARKUP_TAG = (
    rf"(?:(?<=[。．！？])</?(?:{_HTML_ELEMENTS})(?:\s[^<>\n]{{0,200}}?)?\s*/?>|(?<![<\w])/(?:{_HTML_ELEMENTS})>)"
    r"(?![ \u3000]*(?:タグ|要素|tags?\b|elements?\b))"
)


# An end tag run into the web address before it (https://example.jp/a>): no address holds a > (RFC 3986 leaves it out of
# a URI's characters), so the element's name and > after one are the link's end tag, its < lost.
_URL_END_TAG = rf"(?<=[A-Za-z0-9.\-])/(?:{_HTML_ELEMENTS})>"


def markup_tags(text: str) -> list[tuple[int, int]]:
    """The HTML tags left between the text's sentences (<br />) or broken (span> without its <, or run into the
    address before it) and not named by the text, as (start, end), in text order."""
    if ">" not in text:
        return []
    found = [match.span() for match in lazy_pattern(_MARKUP_TAG).finditer(text)]
    if "://" in text:
        for match in lazy_pattern(_URL_END_TAG).finditer(text):
            word = text[max(text.rfind(space, 0, match.start()) for space in " \t\n\u3000") + 1 : match.start()]
            if word.startswith(("http://", "https://")) and "<" not in word:
                found.append(match.span())
        found.sort()
    return found


# An embed's code percent-encoded (RFC 3986's escaping of the characters a URI may not hold: < as %3C, " as %22):
# what is left when a page stores a post's embed code URL-encoded and a copy shows it as text. Its start is an
# escaped < before an element's name (of ``_HTML_ELEMENTS``) or an end tag's escaped </ , where no URL goes on (a
# query's escaped markup, ?q=%3Cb%3E, is the URL's); its end is where the run of what the escaping leaves (the
# unreserved characters, letters, digits - . _ ~, and escapes %XX) ends.
_ENCODED_MARKUP = (
    r"(?<![A-Za-z0-9%._~/?#=&:;+@!$*,'()-])%3[Cc](?:%2[Ff])?"
    rf"(?i:{_HTML_ELEMENTS})(?![A-Za-z0-9])(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{{2}})*"
)


def encoded_markup(text: str) -> list[tuple[int, int]]:
    """The runs of percent-encoded HTML outside a URL (%3Cblockquote%20class%3D%22twitter-tweet%22%3E…): an embed's
    code left escaped in the text, as (start, end), in text order. Looked for only in a text that holds an escaped
    < (found from its %, a search of one character, in C)."""
    at = text.find("%")  # one character: a search of %3C costs 2 µs an article in Japanese text, of % 0.1
    while at >= 0 and text[at + 1 : at + 3] not in ("3C", "3c"):
        at = text.find("%", at + 1)
    if at < 0:
        return []
    return [match.span() for match in lazy_pattern(_ENCODED_MARKUP).finditer(text)]


# Markdown's strong emphasis (CommonMark: a run of two asterisks that opens where a character other than a space
# follows it and closes where one precedes it, on one line): the markers of a text written in Markdown, left as text
# where the page showed it unrendered. The flanking rules' clause about punctuation is left out: it was written for
# languages that space their words, and Japanese puts a particle right after the closing run (**80%**の).
_STRONG_EMPHASIS = r"(?<![*\\])\*\*(?=[^\s*])[^*\n]{1,200}?(?<=[^\s*])\*\*(?!\*)"
# The other marks of a text written in Markdown: an ATX heading (## , also where line breaks were lost), a bullet
# list's item (- , * ), a block quote, a link's ](, a code span. A text that holds one is Markdown throughout, so its
# emphasis is its style (and rendered where it is shown as Markdown); only one that holds none left its markers. A
# numbered line (1. , 2) ) is none of them: plain text numbers its points so too (a review's, a mail's, a translated
# list's), and says nothing of Markdown (pages14 dev: a review whose bold labels were annotated, its only other mark
# two numbered lines; on the other dev pages and the fresh pages no emphasis stands in such a text).
_OTHER_MARKDOWN = r"(?m:^[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]|>))|#{2,6} \S|\]\(|`[^`\n]+`"


def markdown_emphasis(text: str) -> list[tuple[int, int]]:
    """The spans of Markdown's strong emphasis (**80%**) in a text that holds no other Markdown, markers included, as
    (start, end), in text order. Looked for only in a text that holds two asterisks in a row (a search in C, after
    one for a single asterisk)."""
    if "*" not in text or "**" not in text:  # one character first: 0.1 µs an article in Japanese text, not 3
        return []
    found = [match.span() for match in lazy_pattern(_STRONG_EMPHASIS).finditer(text)]
    if found and lazy_pattern(_OTHER_MARKDOWN).search(text):
        return []
    return found


# Markdown's block markers, which mean something only where a line starts: an ATX heading's #s and its space, or a
# list's bullet before strong emphasis, right after a sentence's end mark on the same line (…見てみよう。## 手順の概要,
# …二つある。- **費用**): the line break before them was lost and the markup shows.
_STRANDED_MARKDOWN = r"(?<=[。！？!?])(?:#{1,6}[ \t]|[-*+][ \t](?=\*\*))"


def stranded_markdown(text: str) -> list[tuple[int, int]]:
    """The spans of Markdown block markers stranded inside a line after a sentence (``_STRANDED_MARKDOWN``), in text
    order. Looked for only in a text that holds a # or two asterisks in a row (searches in C)."""
    if "#" not in text and "**" not in text:
        return []
    return [match.span() for match in lazy_pattern(_STRANDED_MARKDOWN).finditer(text)]


# A photo's credit as a Japanese caption writes it, a word for the photo, an equals sign and the source (写真=共同,
# [写真]=Getty Images): prose writes 写真は, 写真を, never 写真= . Outside its caption's brackets, after a space or
# opening a line, it is the caption's credit left in the text where the photo was dropped.
_CREDIT_WORDS = ("写真", "画像", "[写真]", "［写真］", "【写真】")
_CREDIT_SIGNS = ("=", "＝")
# A colon parts the word and the source too (写真:ゲッティ), where the credit is its line's whole text, between lines
# of the article (a text that is a caption's credit alone, a caption's own segment, is the caption): a line of a list
# or a form holds a sentence, which the source's length, its sentence marks and the line's end leave out.
_CREDIT_COLONS = (":", "：")
MAX_CREDIT = 40  # characters of the source: a name, a site, a photo agency


def photo_credits(text: str) -> list[tuple[int, int]]:
    """The photo credits left in the text (``_CREDIT_WORDS``, an equals sign and the source), opening a line or after a
    space, each to the end of its source (the next space before a character that is no Latin letter, or its line's
    end), or after a colon as a whole line between lines of the article (``_CREDIT_COLONS``), or after an English
    label (``_ENGLISH_CREDITS``: photo by 山田太郎) as such a line too, as (start, end), in
    text order. Found from each sign (a search of one character each, in C), where a credit's word ends before it."""
    found = _english_credits(text) if "hoto" in text or "HOTO" in text else []
    for sign in _CREDIT_SIGNS + _CREDIT_COLONS:
        at = text.find(sign)
        while at >= 0:
            if (
                text[at - 1 : at] in _CREDIT_ENDS
                and (credit := _credit_at(text, at)) is not None
                and (sign in _CREDIT_SIGNS or _whole_credit_line(text, at, credit))
            ):
                found.append(credit)
            at = text.find(sign, at + 1)
    return sorted(found) if len(found) > 1 else found


# An English credit's label, as Japanese travel and culture sites print one under each photo (photo by 山田太郎):
# a whole line between lines of the article, the name after it short and no sentence (the colon credits' tests).
_ENGLISH_CREDITS = ("Photo by ", "photo by ", "Photos by ", "photos by ", "PHOTO BY ")


def _english_credits(text: str) -> list[tuple[int, int]]:
    """The lines that are an English credit's label and a name, between lines of the article, as (start, end)."""
    found = []
    for label in _ENGLISH_CREDITS:
        at = text.find(label)
        while at >= 0:
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            end = at + len(label) + len(text[at + len(label) : line_end].rstrip(_LINE_SPACES))
            name = text[at + len(label) : end]
            if (
                text[at - 1 : at] == "\n"
                and name.strip()
                and len(name) <= MAX_CREDIT
                and not any(mark in name for mark in _CAPTION_MARKS)
                and text[line_end:].strip(_LINE_SPACES + "\n")
            ):
                found.append((at, end))
            at = text.find(label, at + 1)
    return found


def _whole_credit_line(text: str, colon: int, credit: tuple[int, int]) -> bool:
    """Whether the credit after the colon at ``colon`` is its line's whole text, with a line of the text before and
    after it, and holds no sentence mark."""
    start, end = credit
    line_end = text.find("\n", colon)
    return (
        not text[end : len(text) if line_end < 0 else line_end].strip(_LINE_SPACES)
        and text[start - 1 : start] == "\n"
        and bool(text[end:].strip(_LINE_SPACES + "\r\n"))
        and not any(mark in text[colon:end] for mark in _CAPTION_MARKS)
    )


_CREDIT_ENDS = frozenset(word[-1] for word in _CREDIT_WORDS)


def _credit_at(text: str, sign: int) -> tuple[int, int] | None:
    """The credit whose word ends before its sign at ``sign``, when the word opens a line or follows a space."""
    for word in _CREDIT_WORDS:
        start = sign - len(word)
        if start < 0 or text[start:sign] != word:
            continue
        if start > 0 and text[start - 1] not in _SPACES + "\n":
            return None  # inside a caption's brackets or a word: (写真=共同) is the caption's own
        at, size = sign, 1
        end = at + size
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        while end < line_end:
            spaces = (text.find(" ", end, line_end), text.find("\u3000", end, line_end))
            space = min((i for i in spaces if i >= 0), default=-1)
            if space < 0:
                end = line_end
                break
            after = text[space + 1 : space + 2]
            if not (after.isascii() and after.isalpha()):
                end = space
                break
            end = space + 1
        source = text[at + size : end].rstrip(_LINE_SPACES)
        if not source or len(source) > MAX_CREDIT:
            return None
        return start, at + size + len(source)
    return None


# A photo's credit as wire services and picture agencies write it under a caption: the copyright sign, then the
# photographer and the agency (or agencies) parted by slashes (© Getty Images / A. Name, © AP Photo/A. Name,
# © A. Name / NurPhoto / Getty Images). A site's copyright notice names its owner alone (© 新華社, © 2026 Example
# Inc.), with no slash.
_CREDIT_SLASHES = "/／"
_CAPTION_MARKS = "。！？"


def copyright_captions(text: str) -> list[tuple[int, int]]:
    """The photo captions that close with their credit (``_CREDIT_SLASHES``): a © outside brackets whose credit, a
    slash in it and no sentence mark, runs to its line's end, with the caption before it on its line (from the line's
    start, or from after the sentence before the caption's where the line holds more), as (start, end), in text
    order: a dropped photo's caption and credit, left in the text. Found from each © (a search in C)."""
    found = []
    at = text.find("©")
    while at >= 0:
        line_start, line_end = _line_of(text, at)
        credit = text[at + 1 : line_end].strip(_LINE_SPACES)
        before = text[line_start:at].rstrip(_SPACES)
        if (
            any(slash in credit for slash in _CREDIT_SLASHES)
            and not any(mark in credit for mark in _CAPTION_MARKS + "(（[［")
            and "://" not in credit
            and not before.endswith(("(", "（", "[", "［"))
        ):
            # The caption is its line's last sentence: one before it on the line is the text's.
            prior = max(before.rfind(mark, 0, len(before) - 1) for mark in _CAPTION_MARKS)
            start = line_start if prior < 0 else line_start + prior + 1
            start += len(text[start:at]) - len(text[start:at].lstrip(_SPACES))
            found.append((start, line_end - (len(text[at:line_end]) - len(text[at:line_end].rstrip(_LINE_SPACES)))))
        at = text.find("©", line_end)
    return found


def _agencies(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A line break, spaces, one name of ``picture_agencies.tsv`` (the longest first, in any case), spaces and the
    line's end: searched from the line breaks alone (a search of one character, in C)."""
    if not lexicon.has_table(PictureAgencyRow):
        return None
    labels = sorted({row.label for row in lexicon.table(PictureAgencyRow)}, key=len, reverse=True)
    alternation = "|".join(re.escape(label) for label in labels)
    firsts = re.escape("".join(sorted({case for label in labels for case in (label[0].lower(), label[0].upper())})))
    return re.compile(rf"\n[ \t\u3000]*(?=[{firsts}])((?i:{alternation}))[ \t\u3000\r]*(?=\n|$)")


def agency_lines(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The lines that hold a picture agency's name (``picture_agencies.tsv``) and nothing else, spaces aside, as
    (start, end), in text order: the credit of a photo the copy dropped, since such an agency writes no text."""
    pattern = lexicon.compiled(_agencies)
    if pattern is None:
        return []
    return [(match.start(1) - 1, match.end(1) - 1) for match in pattern.finditer("\n" + text)]


# The separators a breadcrumb trail's crumbs are joined by (schema.org's BreadcrumbList, WAI-ARIA's breadcrumb
# pattern: the trail from the site's home to the page), the ASCII one spaced, since unspaced it is code's or a
# quote's mark.
_CRUMB_SEPARATORS = (" > ", "＞", "»", "›")
MIN_CRUMBS = 3  # home, a section, the page: two words joined by an arrow may be a comparison's or a move's


def breadcrumbs(text: str) -> list[tuple[int, int]]:
    """The lines that are a breadcrumb trail and nothing else: ``MIN_CRUMBS`` crumbs or more joined by one of
    ``_CRUMB_SEPARATORS``, none of them empty, no sentence mark (。！？) on the line, as (start, end), in text order.
    The trail is the page's navigation (HOME > 暮らし > …), copied with its text. Looked for from each separator
    the text holds (a search in C)."""
    found = []
    for separator in _CRUMB_SEPARATORS:
        at = text.find(separator)
        while at >= 0:
            line_start, line_end = _line_of(text, at)
            line = text[line_start:line_end]
            crumbs = line.split(separator)
            if (
                len(crumbs) >= MIN_CRUMBS
                and all(crumb.strip(_LINE_SPACES) for crumb in crumbs)
                and not any(mark in line for mark in _CAPTION_MARKS)
            ):
                start = line_start + len(line) - len(line.lstrip(_SPACES))
                found.append((start, line_end - (len(line) - len(line.rstrip(_LINE_SPACES)))))
            at = text.find(separator, line_end)
    return sorted(found)


# A blog post's links to the posts before and after it, as Movable Type's and TypePad's default templates print them
# on a line of their own: « the previous post's title | Main | the next post's title ».
_POST_NAVIGATION = r"(?m)^[ \t]*(«[^\n|»]*\|[^\n«]*»)[ \t]*$"


def post_navigation(text: str) -> list[tuple[int, int]]:
    """The spans of a blog's previous/next-post line (``_POST_NAVIGATION``), in text order. Looked for only in a
    text that holds a « (a search in C)."""
    if "«" not in text:
        return []
    return [match.span(1) for match in lazy_pattern(_POST_NAVIGATION).finditer(text)]


def _counter_buttons(lexicon: Lexicon) -> re.Pattern[str] | None:
    """A figure, the name of what it counts (one word: Fans, フォロワー; in Japanese two characters or more, since a
    figure and one kanji, 3人登録, is a counter word of a sentence) and a ``counter-button`` label of
    ``page_furniture.tsv`` (Like, フォロー) ending the line."""
    labels = sorted({row.label for row in _kind(lexicon, "counter-button")}, key=len, reverse=True)
    if not labels:
        return None
    alternation = "|".join(re.escape(label) for label in labels)
    return re.compile(
        r"[0-9](?:[0-9.,]*[0-9])?[KkMm万]?(?:[ァ-ヶー\u4e00-\u9fff]{2,8}|[ \u00a0]?[A-Za-z]{1,12}[ \u00a0])?"
        rf"(?i:{alternation})[ \t\u3000\r]*(?=\n|$)"
    )


MIN_COUNTER_BUTTONS = 2  # one line may be a caption's figure and a word; two in a row are a widget's counters


def counter_buttons(text: str, lexicon: Lexicon, openings: list[int]) -> list[tuple[int, int]]:
    """The runs of ``MIN_COUNTER_BUTTONS`` lines or more in a row that each hold a figure, what it counts and the
    button beside the counter (16,985 Fans Like / 2,458 Followers Follow): a social widget's counters and buttons
    copied with the article, as (start, end) from the first line to the last, in text order; ``openings`` are
    ``line_openings``."""
    pattern = lexicon.compiled(_counter_buttons)
    return [] if pattern is None else _runs_of_lines(text, openings, "0123456789", pattern, MIN_COUNTER_BUTTONS)


# A line of figures, spaces and separators only (2 3 4, • 1): a figure's neighbour in a series of them.
_FIGURES_ONLY = r"[0-9 \t\u3000.,•·・*-]*[0-9][0-9 \t\u3000.,]*"


def header_figures(text: str, openings: list[int], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The line before the text's first sentence mark (。) that holds a figure and nothing else, when it is the text's
    only such line: what is before the first sentence is the page's header (breadcrumbs, headline, byline, date),
    where the article's prose has not begun, and a figure alone there is a counter beside the headline (views,
    comments, likes, a badge) that lost its icon, as (start, end); ``openings`` are ``line_openings``. Figures alone
    on several lines are a series (numbered sections, a list's steps, a picture's callouts) and stay quiet, and so
    does a figure beside a line of figures (the nearest lines with text above and below it: 1 / 2 3 4) and one of
    ``runs`` (``figure_runs``: reported as a row). A text without 。 has no sentence to find the header's end by."""
    first = text.find("。")
    if first < 0:
        return []
    pattern = lazy_pattern(_FIGURE_LINE)
    # The header's lines first (in most texts none holds a figure alone), then the rest of the text's.
    header = bisect_right(openings, first)
    alone = [match for at in openings[:header] if text[at] in _FIGURE_FIRSTS and (match := pattern.match(text, at))]
    if len(alone) != 1 or any(start <= alone[0].start() < end for start, end in runs):
        return []
    if any(text[at] in _FIGURE_FIRSTS and pattern.match(text, at) for at in openings[header:]):
        return []
    at, end = alone[0].start(), alone[0].start() + len(alone[0].group().rstrip(_LINE_SPACES))
    above = text[: text.rfind("\n", 0, at) + 1].rstrip(_LINE_SPACES + "\n")
    below = text[end:].lstrip(_LINE_SPACES + "\n")
    neighbours = (above[above.rfind("\n") + 1 :], below.split("\n", 1)[0])
    if any(lazy_pattern(_FIGURES_ONLY).fullmatch(line.strip(_LINE_SPACES)) for line in neighbours):
        return []
    return [(at, end)]


# A news theme's weather widget (tagDiv's Newspaper theme and the many like it show one in their top bar): the
# temperature with its scale's Latin letter (7.4 C, -2 °F) on a line of its own and the place it is for, in Latin
# letters, on the next. An article writes a temperature in a sentence, and in Japanese with ℃ or 度. A space or a
# degree sign before the letter: a floor guide's 5F, over its shop's name, is no temperature.
_WEATHER = r"-?[0-9]{1,2}(?:\.[0-9])?(?:[ \u00a0]°?|°)[CF]\n[ \t]*[A-Z][A-Za-z'. -]{1,40}?[ \t\r]*(?=\n|$)"


def weather_widgets(text: str, openings: list[int]) -> list[tuple[int, int]]:
    """The weather widgets of a page's top bar copied with the article (7.4 C / Tokyo): the temperature's line and the
    place's, as (start, end), in text order; ``openings`` are ``line_openings``."""
    found = []
    for at in openings:
        if text[at] in "0123456789-":
            match = lazy_pattern(_WEATHER).match(text, at)
            if match is not None:
                found.append((at, at + len(match.group().rstrip(_LINE_SPACES))))
    return found


def _link_outs(lexicon: Lexicon) -> tuple[tuple[str, PageFurnitureRow], ...]:
    return tuple(
        (form, row)
        for row in _kind(lexicon, "link-out")
        for form in dict.fromkeys((row.label, row.label.upper(), row.label.lower()))
    )


# A bare web address filling the rest of its line, after a colon or an arrow at most.
_BARE_URL = r"[ \t\u3000]*[:：→>»]?[ \t\u3000]*https?://[^\s]+[ \t\r]*"


def link_outs(text: str, lexicon: Lexicon) -> list[FurnitureLine]:
    """The links to the full story written out as text: a ``link-out`` label of ``page_furniture.tsv`` (全文はこちら,
    Read more) opening its line and the link's address, bare, after it on its line or alone on the next. On the page
    the label is the link and its address is hidden; both as text are a link whose markup was lost, in any language.
    As (label's start, address's end, row), in text order."""
    found = []
    for at, end, row in _opening_a_line(text, lexicon.compiled(_link_outs)):
        if text[text.rfind("\n", 0, at) + 1 : at].strip(_SPACES):
            continue  # a dash before the label: a frame or a list's item
        line_end = text.find("\n", end)
        rest = text[end : len(text) if line_end < 0 else line_end]
        if not rest.strip(_LINE_SPACES) and line_end >= 0:
            next_end = text.find("\n", line_end + 1)
            rest = text[line_end + 1 : len(text) if next_end < 0 else next_end]
            end = line_end + 1
        if lazy_pattern(_BARE_URL).fullmatch(rest):
            found.append(FurnitureLine(at, end + len(rest.rstrip(_LINE_SPACES)), row))
    return sorted(found, key=lambda line: line.start)


MIN_SLUG_TITLE = 8  # letters of the title in the address: a word or two (news, 2024) may be any address's


def permalinks(text: str) -> list[tuple[int, int]]:
    """The page's own address under its title: a web address alone on its line whose path holds the nearest line
    above it, its letters and figures only (a slug, as content systems make one from the post's title, drops the
    marks and spaces and may be percent-encoded), ``MIN_SLUG_TITLE`` of them or more, in kana or kanji among them, as
    (start, end), in text order. A share box or a print view writes the page's address under its title; an address
    the article cites is another page's, whose path does not repeat the line above it, and a translation's source is
    cited under its own title, in its own language (Latin letters). Found from each scheme (a search in C)."""
    found = []
    at = text.find("http")
    while at >= 0:
        line_start, line_end = _line_of(text, at)
        address = text[at:line_end].rstrip(_LINE_SPACES)
        if (
            address.startswith(("http://", "https://"))
            and not text[line_start:at].strip(_SPACES)
            and not any(char.isspace() for char in address)
        ):
            above = text[:line_start].rstrip(_LINE_SPACES + "\n")
            line = above[above.rfind("\n") + 1 :]
            title = _slug_letters(line)
            # A title in Latin letters over its address: a source's, as a translation blog cites it.
            if len(title) >= MIN_SLUG_TITLE and _HAN_OR_KANA.search(line):
                path = address[address.find("/", address.find("//") + 2) + 1 :] if address.count("/") > 2 else ""
                if title in _slug_letters(unquote(path)):
                    found.append((at, at + len(address)))
        at = text.find("http", line_end)
    return found


def _slug_letters(line: str) -> str:
    return "".join(char for char in line.casefold() if char.isalnum())


# A timestamp as RFC 3339 writes it (2026-01-31T03:26:43+00:00, …Z): a date, a T, a time to the second and the
# offset from UTC. Machines write it (a page's metadata, a feed's field, an HTML <time>'s datetime); prose and
# captions write a date, in Japanese with 年月日, and a time without its zone's offset.
_MACHINE_TIMESTAMP = (
    r"(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
    r"T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?(?:Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])(?![0-9])"
)
_DATE_CHARS = 10  # 2026-01-31, before the T
_IN_ADDRESS = "/=?&#_.-"  # what comes before a timestamp that is part of a web address or a name
# What may stand beside the timestamp on its line for the line to be the stamp: its label in Latin letters (last
# modified, updated) and brackets.
_STAMP_LINE = r"[ \t\u3000]*[(\[]?[ \t\u3000]*(?:[A-Za-z]+[ \t\u3000]?){0,3}:?[ \t\u3000]*"


def machine_timestamps(text: str) -> list[tuple[int, int]]:
    """The timestamps as RFC 3339 writes them (``_MACHINE_TIMESTAMP``) outside a web address, each with its line when
    the line holds nothing else but a label in Latin letters and brackets around it ((last modified …)), as (start,
    end), in text order: the page's metadata, copied with its text. Found from each T between figures (a search of
    one character, in C)."""
    found = []
    at = text.find("T", _DATE_CHARS)
    while at >= 0:
        start = at - _DATE_CHARS
        match = None
        if text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit():
            prior = text[start - 1 : start]
            if not (prior.isascii() and (prior.isalnum() or prior in _IN_ADDRESS)):
                match = lazy_pattern(_MACHINE_TIMESTAMP).match(text, start)
        if match is not None:
            end = match.end()
            line_start, line_end = _line_of(text, start, end)
            before, after = text[line_start:start], text[end:line_end]
            if lazy_pattern(_STAMP_LINE).fullmatch(before) and not after.strip(_LINE_SPACES + ")]"):
                start = line_start + len(before) - len(before.lstrip(_SPACES))
                end = line_end - (len(after) - len(after.rstrip(_LINE_SPACES)))
            found.append((start, end))
        at = text.find("T", at + 1)
    return found


def cut_links(text: str) -> list[tuple[int, int]]:
    """The web addresses cut off after their scheme ([source] http): ``http`` or ``https`` with no ``://`` after it,
    ending its line after a space that follows a closing bracket or a letter of another script than Latin (a sentence
    in English may end on the protocol's name: over http). What is left of a source's link whose address was lost,
    as (start, end), in text order."""
    found = []
    at = text.find("http")
    while at >= 0:
        end = at + (5 if text.startswith("https", at) else 4)
        line_end = text.find("\n", end)
        prior = text[at - 2] if at >= 2 else ""
        if (
            text[at - 1 : at] in tuple(_SPACES)
            and (prior in "])" or not prior.isascii())
            and not text[end : len(text) if line_end < 0 else line_end].strip(_LINE_SPACES)
        ):
            found.append((at, end))
        at = text.find("http", end)
    return found


def _anchors(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(row.label for row in _kind(lexicon, "anchor"))


def heading_anchors(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The marks a documentation or wiki theme puts after a heading as its permalink (an ``anchor`` label of
    ``page_furniture.tsv``: ¶, 🔗), after a space and ending the line, whose text before it ends in no sentence mark
    (a heading's, not a paragraph's): the link's icon copied as text, as (start, end), in text order."""
    found = []
    for label in lexicon.compiled(_anchors):
        at = text.find(label)
        while at >= 0:
            end = at + len(label)
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", end)
            heading = text[line_start:at]
            if (
                heading[-1:] in tuple(_SPACES)
                and heading.strip(_SPACES)
                and not heading.rstrip(_SPACES).endswith(("。", ".", "!", "?", "！", "？"))
                and not text[end : len(text) if line_end < 0 else line_end].strip(_LINE_SPACES + "\ufe0f")
            ):
                found.append((at, end))
            at = text.find(label, end)
    return sorted(found)


# The words a content system appends to a title to make an image's alt text (WordPress themes give a post's featured
# image its title as alt text; some add a word that names it): English, and Japanese as machine translation or a
# Japanese theme writes it.
_IMAGE_WORDS = ("image", "Image", "IMAGE", "photo", "Photo", "画像", "写真")


def header_alt_texts(text: str) -> list[tuple[int, int]]:
    """The lines of the page's header (before the text's first 。) that repeat another of its lines (the headline)
    and add a word that names an image after a space (見出し image): the featured image's alt text, left where the
    image was dropped, as (start, end), in text order. A text without 。 has no sentence to find the header's end by."""
    first = text.find("。")
    if first < 0:
        return []
    header = text[: text.rfind("\n", 0, first) + 1]
    lines = header.split("\n")
    found = []
    at = 0
    for number, line in enumerate(lines):
        name = line.rstrip(_LINE_SPACES)
        head, _, word = name.rpartition(" ")
        if word in _IMAGE_WORDS and head.strip(_SPACES) and head.strip(_SPACES) in (
            other.strip(_LINE_SPACES) for other_number, other in enumerate(lines) if other_number != number
        ):
            start = at + len(line) - len(line.lstrip(_LINE_SPACES))
            found.append((start, at + len(name)))
        at += len(line) + 1
    return found


# The names of the slots of an article's outline as a writing template or tool lays it out (見出し1, 本文1: a heading,
# a body), each with its number and a colon: filled in, the slot's name should have gone. An article that names its
# own body says 本文 without a number and a colon after it.
_TEMPLATE_SLOTS = ("小見出し", "リード文", "導入文", "見出し", "本文")  # the longest first
_SLOT_NUMBER = "0123456789０１２３４５６７８９"
# What may open a heading's line before a slot's name: a list's or a section's number (2. , (2) ).
_HEADING_NUMBER = _SLOT_NUMBER + ".．)）(（ \t\u3000"


def template_slots(text: str) -> list[tuple[int, int]]:
    """The names of a writing template's slots left before the text that filled them (2. 本文1:視聴率…): a slot's
    name (見出し, 本文, …), its number and a colon, opening its line or after a section's number, as (start, end),
    in text order. Found from each colon (a search of one character, in C)."""
    found = []
    for mark in (":", "："):
        colon = text.find(mark)
        while colon >= 0:
            digits = colon
            while digits > 0 and colon - digits < 2 and text[digits - 1] in _SLOT_NUMBER:
                digits -= 1
            if digits < colon:
                for slot in _TEMPLATE_SLOTS:
                    start = digits - len(slot)
                    if start >= 0 and text.startswith(slot, start):
                        opening = text[text.rfind("\n", 0, start) + 1 : start]
                        if not opening.strip(_HEADING_NUMBER):
                            found.append((start, colon + 1))
                        break
            colon = text.find(mark, colon + 1)
    return sorted(found)


def _switcher_names(lexicon: Lexicon) -> frozenset[str]:
    rows = lexicon.table(PageFurnitureRow) if lexicon.has_table(PageFurnitureRow) else ()
    return frozenset(row.label for row in rows if row.kind == "switcher")


# A language switcher names each language of the site in that language (简体中文, English, 한국어: the W3C's advice
# for language menus), one to a line once the menu's markup is gone. Three such names in a row are a menu: an article
# that names languages does so in its own. The menu offers English wherever there is one (one search for it).
# A menu flattened further runs its names together on one line, or parts them with spaces or bars (日本語EnglishDeutsch,
# English | 中文 | 한국어): a line made of ``MIN_SWITCHER_NAMES`` different names or more, where what the table lacks
# between two of them is one word each (a language the table does not hold, or one named otherwise: Indonesian), in
# no script of Japanese or Chinese text (a kana or kanji word between names is a sentence's: 日本語とEnglishで),
# fewer such words than names, and nothing else on the line (no punctuation but the bars, no second word in a gap).
MIN_SWITCHER_NAMES = 3
_MENU_SEPARATORS = " \t\u3000\r|｜"
_HAN_OR_KANA = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _switcher_names_pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    """The switcher names as one alternation, the longest first (Русский язык before Русский), in any case (a menu
    writes español or Español)."""
    names = sorted(_switcher_names(lexicon), key=len, reverse=True)
    return re.compile("|".join(re.escape(name) for name in names), re.IGNORECASE) if names else None


def language_switchers(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The language menus flattened into the text: ``MIN_SWITCHER_NAMES`` lines or more in a row, each one
    language's own name (``page_furniture.tsv``'s "switcher" rows) and no two the same, or one line of such names run
    together (``_menu_line``), as (start, end), in text order."""
    if "English" not in text:
        return []  # nearly every article
    names = lexicon.compiled(_switcher_names)
    found = []
    run: list[tuple[int, int, str]] = []
    at = 0
    for line in (*text.split("\n"), ""):
        name = line.strip(_LINE_SPACES)
        start = at + len(line) - len(line.lstrip(_LINE_SPACES))
        if name not in names or any(name == seen for _, _, seen in run):
            if len(run) >= MIN_SWITCHER_NAMES:
                found.append((run[0][0], run[-1][1]))
            run = []
        if name in names:
            run.append((start, start + len(name), name))
        elif "English" in name and _menu_line(name, lexicon.compiled(_switcher_names_pattern)):
            found.append((start, start + len(name)))
        at += len(line) + 1
    return sorted(found)


def language_menus(analysis: Analysis) -> list[tuple[int, int]]:
    """``language_switchers`` of the analysed text, found once for the rules that ask (``analysis.memo``)."""
    return language_switchers(analysis.text, analysis.lexicon)


def _menu_line(line: str, pattern: re.Pattern[str] | None) -> bool:
    """Whether ``line`` is a language menu run together on one line: ``MIN_SWITCHER_NAMES`` different switcher names
    or more, parted by nothing, spaces or bars, or by one word each that the table lacks (a letters-only word in no
    script of Japanese or Chinese), fewer such words than names."""
    if pattern is None:
        return False
    seen: set[str] = set()
    unknown = 0
    at = 0
    for match in (*pattern.finditer(line), None):
        gap = line[at : len(line) if match is None else match.start()].strip(_MENU_SEPARATORS)
        if gap:
            if not gap.isalpha() or _HAN_OR_KANA.search(gap):
                return False  # punctuation, two words, or a word of Japanese or Chinese text: a sentence
            unknown += 1
        if match is not None:
            seen.add(match.group().casefold())
            at = match.end()
    return len(seen) >= MIN_SWITCHER_NAMES and unknown < len(seen)


# A market ticker (a crypto or stock site's top bar): for each asset its symbol, its last price and its change in
# percent, one to a line once the widget's markup is gone; two assets or more in a row, in the page's header (before
# the text's first 。: a table of prices in the article, flattened the same way, is the article's). The change ends
# its line with a percent sign, which prose does not.
_TICKER = (
    r"(?:^[ \t]*[A-Z][A-Z0-9]{1,5}[ \t]*\n[ \t]*[$€£¥]?[0-9][0-9.,{}]*[ \t]*\n"
    r"[ \t]*[+\-−]?[0-9][0-9.,]*%[ \t]*(?:\n|\Z)){2,}"
)


def price_tickers(text: str) -> list[tuple[int, int]]:
    """The market tickers flattened into the page's header (BTC / $96,000 / 5.73% / ETH / …), before the text's
    first 。, as (start, end), in text order."""
    at = text.find("%")  # one character is found fast (a search for "%\n" costs 20 times more)
    while at >= 0 and text[at + 1 : at + 2] not in ("\n", ""):
        at = text.find("%", at + 1)
    if at < 0:
        return []  # nearly every article
    first = text.find("。")
    found = []
    for match in lazy_pattern(_TICKER, re.MULTILINE).finditer(text, 0, len(text) if first < 0 else first):
        block = match.group().rstrip()
        start = match.start() + len(block) - len(block.lstrip())
        found.append((start, match.start() + len(block)))
    return found


# A list of search keywords that a site's SEO settings wrote into an image's alt text (or the page's keywords), shown
# as text where the image was dropped: terms joined by commas without spaces, opening a block of their own (after a
# blank line: the line after a hard-wrapped line goes on with its sentence), many more than
# a sentence lists (a sentence lists its names with 、 and in a clause; a full-width comma, which the page's copy may
# have turned into an ASCII one, joins a handful of them). The last term may run into the next paragraph, whose
# line break was lost.
MIN_KEYWORDS = 8
_KEYWORD = r"[^,\s。、!?「」()]{1,15}"
_KEYWORD_LIST = rf"^[ \t\u3000]*(?:{_KEYWORD},){{{MIN_KEYWORDS - 1},}}(?:{_KEYWORD}[ \t\u3000]*$)?"


def keyword_lists(text: str) -> list[tuple[int, int]]:
    """The lists of ``MIN_KEYWORDS`` search keywords or more opening a block, joined by commas without spaces (ホルム
    ズ海峡,地図,どこ,…), not all figures, as (start, end), in text order: from the first term to the last one that
    ends the line, or to the last comma where the list runs on into the text."""
    if text.count(",") < MIN_KEYWORDS - 1:
        return []  # nearly every article
    found = []
    for match in lazy_pattern(_KEYWORD_LIST, re.MULTILINE).finditer(text):
        keywords = match.group().strip(_LINE_SPACES)
        at = match.start()
        opens = at == 0 or not text[text.rfind("\n", 0, at - 1) + 1 : at].strip()  # a block, not a wrapped line's end
        if opens and not keywords.replace(",", "").isdigit():
            start = match.start() + match.group().index(keywords)
            found.append((start, start + len(keywords)))
    return found


def _vote_labels(lexicon: Lexicon) -> tuple[str, ...]:
    """The vote labels, the longest first (so that 非共感 is read whole, not as 共感)."""
    rows = lexicon.table(PageFurnitureRow) if lexicon.has_table(PageFurnitureRow) else ()
    return tuple(sorted((row.label for row in rows if row.kind == "vote"), key=len, reverse=True))


def vote_counters(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The vote buttons of a reader's comment with their counts, flattened after the comment's text: a ``vote``
    label of ``page_furniture.tsv`` and its count, then another and its count (共感120非共感8: Naver's and Daum's
    공감 / 비공감 as machine translation renders them), as (start, end), in text order. A sentence writes its word
    with a particle, not a count after it."""
    labels = lexicon.compiled(_vote_labels)
    # Two different labels hold one of all but the shortest: the searches for those (one, 非共感) find every pair.
    if len(labels) < 2 or not any(label in text for label in labels[:-1]):
        return []  # nearly every article
    alternatives = "|".join(re.escape(label) for label in labels)
    pattern = lazy_pattern(rf"({alternatives}) ?[0-9][0-9,]* ?({alternatives}) ?[0-9][0-9,]*(?![0-9])")
    found = []
    for match in pattern.finditer(text):
        if match.group(1) != match.group(2):
            found.append((match.start(), match.end()))
    return found


# The marks a theme draws before a link's or a box's heading (▶ 続きを読む, ■関連記事): arrows and the bullets of
# Japanese headings.
_HEADING_MARKS = "▶►▷→»≫■□◆◇●▼▽"
_MAX_LABEL_SPACES = 16  # characters around a closing label on its line: a mark, brackets, spaces, a CR


def _closers(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, dict[str, PageFurnitureRow], frozenset[str], int]:
    """A line that is one ``related``, ``comments``, ``link-out`` or ``tags`` label of ``page_furniture.tsv`` (in the
    casings pages write them), after a heading's mark at most (▶ 続きを読む, ■関連記事) or in lenticular brackets
    (【関連記事】); the rows by their forms; the characters such a line may open with (spaces, marks, the labels'
    first letters); and the longest such a line may be (``_MAX_LABEL_SPACES`` more than its label)."""
    rows = _kind(lexicon, "related") + _kind(lexicon, "comments") + _kind(lexicon, "link-out") + _kind(lexicon, "tags")
    forms = {form: row for row in rows for form in (row.label, row.label.upper(), row.label.lower())}
    if not forms:
        return None, forms, frozenset(), 0
    alternation = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    spaces = re.escape(_SPACES)
    pattern = re.compile(
        rf"[{spaces}]*(?P<line>(?:[{_HEADING_MARKS}][{spaces}]*)?(【)?(?P<label>{alternation})(?(2)】))"
        rf"[{spaces}\r]*(?=\n|$)"
    )
    firsts = frozenset({form[0] for form in forms} | set(_HEADING_MARKS + "【" + _SPACES))
    return pattern, forms, firsts, max(map(len, forms)) + _MAX_LABEL_SPACES


def closing_labels(text: str, lexicon: Lexicon, lines: Sequence[tuple[int, int]]) -> list[FurnitureLine]:
    """The headings of the boxes a page puts after its article, and the links that close it, alone on their lines:
    a ``related`` label (関連記事, Related news: a related-articles box's heading) wherever it is; a ``comments``
    label (コメント, コメントを書く: the comments section's heading, the link to its form), a ``link-out`` label
    without its address (▶ 続きを読む, 原文はこちら: the link to the rest of the story or to the original) or a
    ``tags`` label with nothing after its colon (タグ:, a tag list whose tags were lost) where nothing but such lines
    follows it to the text's end, or a box's heading next: after the article, where the page's own parts begin.
    Before more of the article, a lone link label may be a link the text keeps on purpose, and stays quiet.
    ``lines`` are the text's lines with text (``Document.lines``); only those that open with a character such a line
    may open with are matched. As (the line's text without its spaces, its row), in text order."""
    pattern, forms, firsts, longest = lexicon.compiled(_closers)
    if pattern is None:
        return []
    labels = []
    for start, end in lines:
        # A paragraph is longer than any label with its mark and spaces: most lines are left on their length.
        if end - start <= longest and text[start] in firsts and (match := pattern.match(text, start)) is not None:
            labels.append(FurnitureLine(match.start("line"), match.end("line"), forms[match.group("label")]))
    if not labels:
        return []  # nearly every article
    found: list[FurnitureLine] = []
    closing: set[int] = set()  # where the lines that end the article start
    for line in reversed(labels):
        after = len(text) - len(text[line.end :].lstrip())  # only for the few label lines found
        if line.row.kind == "related" or after == len(text) or after in closing:
            closing.add(line.start)
            found.append(line)
    return found[::-1]


# The frames a Japanese page draws around a box's heading: lenticular brackets, or one symbol on both sides (★…★).
_LABEL_FRAMES = {"【": "】", "★": "★", "☆": "☆", "■": "■", "◆": "◆"}
# What opens a list's item: a box that lists several links is a list the article may hold (a help page's 関連記事: and
# its items), not one teaser.
_LIST_BULLETS = "•・●-*+"
_SENTENCE_MARKS = "。！？!?．."


def _related_links(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, dict[str, PageFurnitureRow], frozenset[str]]:
    """A line that opens with one ``related`` or ``link-out`` label of ``page_furniture.tsv`` (in the casings pages
    write them), after a heading's mark at most or in a frame (【関連記事】, ★こんな記事も読まれています★), then a colon
    and the rest of the line at most; the rows by their forms; the characters such a line may open with."""
    rows = _kind(lexicon, "related") + _kind(lexicon, "link-out")
    forms = {
        form: row
        for row in rows
        for form in dict.fromkeys((row.label, row.label.upper(), row.label.lower(), row.label.title()))
    }
    if not forms:
        return None, forms, frozenset()
    alternation = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    spaces = re.escape(_SPACES)
    frames = "|".join(
        rf"{re.escape(opening)}[{spaces}]*(?P<l{index}>{alternation})[{spaces}]*{re.escape(closing)}"
        for index, (opening, closing) in enumerate(_LABEL_FRAMES.items())
    )
    pattern = re.compile(
        rf"[{spaces}]*(?:[{_HEADING_MARKS}][{spaces}]*)?(?:{frames}|(?P<label>{alternation}))"
        rf"[{spaces}]*(?P<colon>[:：])?[{spaces}]*(?P<rest>[^\n]*?)[{spaces}\r]*(?=\n|$)"
    )
    firsts = frozenset({form[0] for form in forms} | set(_HEADING_MARKS + "".join(_LABEL_FRAMES) + _SPACES))
    return pattern, forms, firsts


def related_links(text: str, lexicon: Lexicon, lines: Sequence[tuple[int, int]], own: str) -> list[FurnitureLine]:
    """The links to other articles that a page sets between its article's paragraphs, flattened into the body: a
    ``related`` label (関連記事, こんな記事も読まれています: a box's heading, in any language) or a ``link-out``
    label in another language than ``own`` (READ MORE on a Japanese page: the source page's link, carried over with its
    teased title), on a line of its own (after a heading's mark, or framed: 【関連記事】, ★…★), and the teased title:
    after a colon on the label's line (関連記事: the title), or alone on the next line with text (blank lines passed
    over). A title is a headline: one line that holds no 。 and ends in no sentence mark, no list's bullet before it
    (a list of links may be the article's own), no web address in it (link_outs's) and no label of its own. The
    article must go on after the title; after a title on a line of its own, with a sentence (its next line with
    text holds a 。 or another sentence mark): a box of titles one a line, at the text's end, is closing_labels's
    (its heading alone), where a title on the label's line is one link by its shape. As (the label's start, the title's
    end, the label's row), in text order."""
    pattern, forms, firsts = lexicon.compiled(_related_links)
    if pattern is None:
        return []
    found: list[FurnitureLine] = []
    for index, (start, end) in enumerate(lines):
        if text[start] not in firsts or (match := pattern.match(text, start, end)) is None:
            continue
        label = next(group for group in match.groups()[: len(_LABEL_FRAMES) + 1] if group)
        row = forms[label]
        if row.kind == "link-out" and row.lang == own:
            continue  # a site's own link (続きを読む on a Japanese page) before its excerpt's next post
        label_start = start + len(text[start:end]) - len(text[start:end].lstrip(_SPACES))
        if match.group("rest"):
            if not match.group("colon"):
                continue  # a sentence that opens with the label's words
            title_end, following = match.end("rest"), _next_with_text(text, lines, index + 1)
            title = match.group("rest")
        else:
            title_line = _next_with_text(text, lines, index + 1)
            if title_line >= len(lines):
                continue
            title_start, title_end = lines[title_line]
            title = text[title_start:title_end].strip(_LINE_SPACES)
            title_end = title_start + len(text[title_start:title_end].rstrip(_LINE_SPACES))
            following = _next_with_text(text, lines, title_line + 1)
        if (
            following >= len(lines)
            or not title
            or "。" in title
            or title[-1] in _SENTENCE_MARKS
            or title[0] in _LIST_BULLETS
            or "://" in title
            or pattern.fullmatch(title) is not None
            or (not match.group("rest") and lazy_pattern(_SENTENCE_END).search(text, *lines[following]) is None)
        ):
            continue
        found.append(FurnitureLine(label_start, title_end, row))
    return found


def _next_with_text(text: str, lines: Sequence[tuple[int, int]], index: int) -> int:
    """The index of the first of ``lines`` from ``index`` on that holds more than spaces (``len(lines)`` if none)."""
    while index < len(lines) and not text[lines[index][0] : lines[index][1]].strip(_LINE_SPACES):
        index += 1
    return index

# A date written in figures (ISO 8601's 2025-08-20, or with slashes or dots; the year first, or last as in 16/07/2025)
# with its time at most (19:40, 19:40:08), after a space, a T or a slash: how a content system prints a page's date.
# Japanese prose writes a date with 年, 月 and 日.
_NUMERIC_DATE = (
    r"(?:(?:19|20)[0-9]{2}(?P<a>[-/.])(?:0?[1-9]|1[0-2])(?P=a)(?:0?[1-9]|[12][0-9]|3[01])"
    r"|(?:0?[1-9]|[12][0-9]|3[01])(?P<b>[-/.])(?:0?[1-9]|[12][0-9]|3[01])(?P=b)(?:19|20)[0-9]{2})"
    r"(?:[ T/\u00a0](?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?)?(?![0-9/:])"
)
# A year and a month (2024-02), which is a date only after a date field's label (date 2024-02).
_YEAR_MONTH = r"(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])(?![0-9/:.-])"
# What a date in a sentence is followed by: its particle (に, の, と) or a mark of the sentence.
_IN_SENTENCE = "、。，．,)）」』"


def _date_labels(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(row.label.lower() for row in _kind(lexicon, "field") + _kind(lexicon, "date-field"))


def date_stamps(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The page's date stamp copied with its text: a date in figures (``_NUMERIC_DATE``: 2021-11-23 19:40:08,
    2025/10/20/15:13, 16/07/2025), or a year and a month after a date field's label (date 2024-02), when it is the
    text's only date in figures outside a web address, outside any sentence (at its line's end, or before a space
    and what is no particle or sentence mark), with the field's label before it on its line (date, 公開日:) where
    there is one, or with a byline printed twice right before it on its line (its logo's alt text), as (start, end).
    A page prints its own date once; dates in figures a text holds several of are its content's (a thread's posts, a
    table, a log), and a date followed by its particle is a sentence's. Found from the separators (a search of one
    character each, in C: 1 µs an article)."""
    stamps: list[tuple[int, int]] = []
    for sep in "-/.":
        at = text.find(sep)
        while at >= 0:
            # A date's separator has its twin one or two figures away (a decimal point has none), or a year before it
            # (2024-02): tests of slices.
            if (
                text[at + 1 : at + 2].isdigit()
                and text[at - 1 : at].isdigit()
                and (
                    sep in text[at + 2 : at + 4]
                    or sep in text[max(0, at - 3) : at - 1]
                    or (sep == "-" and text[max(0, at - 4) : at].isdigit())
                )
            ):
                stamp = _stamp_at(text, at)
                if stamp is not None and stamp not in stamps:
                    stamps.append(stamp)
            at = text.find(sep, at + 1)
    if len(stamps) != 1:
        return []
    start, end, labelled = *stamps[0], False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip(_SPACES + ":：")
    label = before.lstrip(_SPACES)
    if label and label.lower() in lexicon.compiled(_date_labels):
        start, labelled = line_start + len(before) - len(label), True
    elif _printed_twice(label):
        start = line_start + len(before) - len(label)  # the byline before it, printed twice (its logo's alt text)
    if lazy_pattern(_YEAR_MONTH).fullmatch(text, stamps[0][0], end) and not labelled:
        return []  # a year and a month alone: a figure of a sentence or a table, not a page's date
    rest = text[end:].lstrip(" \t\u3000")[:1] if end < len(text) else ""
    spaced = end < len(text) and text[end] in " \t\u3000"
    if rest in ("", "\n", "\r") or (spaced and not ("\u3041" <= rest <= "\u309f" or rest in _IN_SENTENCE)):
        return [(start, end)]
    return []


def _printed_twice(label: str) -> bool:
    """Whether ``label`` is one name of ``MIN_COPIED_LINE`` characters or more printed twice, run together or parted
    by a space (a source's byline and its logo's alt text: Example NewsExample News), in no kana or kanji."""
    half = len(label) // 2
    return (
        len(label) >= 2 * MIN_COPIED_LINE
        and (label[:half] == label[half:] or (label[:half] == label[half + 1 :] and label[half] == " "))
        and not any("\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff" for char in label)
    )


def _stamp_at(text: str, at: int) -> tuple[int, int] | None:
    """The date in figures that holds the separator at ``at`` (its first or its second), or a year and a month,
    as (start, end), unless it is part of a web address or a longer figure."""
    for start in range(max(0, at - 7), at):
        if not text[start].isdigit() or (start > 0 and (text[start - 1].isdigit() or text[start - 1] in "/=?&#_-.")):
            continue
        match = lazy_pattern(_NUMERIC_DATE).match(text, start) or lazy_pattern(_YEAR_MONTH).match(text, start)
        if match is not None and match.start() <= at < match.end():
            return match.start(), match.end()
    return None


MIN_COPIED_LINE = 8  # characters: a short line (（中略）, a speaker's name, a section's mark) may come back by design


def copied_lines(text: str, lines: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The headings and captions that the page printed twice, the later copy: a line of ``MIN_COPIED_LINE``
    characters or more, in kana or kanji and ending in no sentence mark, that repeats word for word one of the two
    lines with text before it and no other line of the text (a page's title and its headline; a photo's alt text and
    its caption), as (start, end), in text order. ``lines`` are the text's lines with text (``Document.lines``); only
    lines as long as one of the two before them are compared (a subtraction each: no line is copied out). So is a
    line that holds such a text twice and nothing else, the two prints parted by one space, where the line break
    between them was lost (a byline's two prints, its avatar's alt text and its link: 編集部の名前 編集部の名前): the
    whole line, as the text's only place of those words."""
    found = []
    last = second = 0  # the lengths of the two lines before the current one
    for index, (start, end) in enumerate(lines):
        size = end - start
        if size > 2 * MIN_COPIED_LINE:
            bare = text[start:end].strip(_LINE_SPACES)
            half = len(bare) // 2
            # A test of its middle (nearly every line fails it), then the text's own tests.
            if bare[half : half + 1] in (" ", "\u3000") and (doubled := _doubled(text, start, bare, half)) is not None:
                found.append(doubled)
                last, second = size, last
                continue
        if size in (last, second) and size >= MIN_COPIED_LINE:
            name = text[start:end]
            if any(text[other_start:other_end] == name for other_start, other_end in lines[max(0, index - 2) : index]):
                if _after_its_original(text, lines, index):
                    continue
                copy = _copied(text, lines, name)
                if copy is not None:
                    found.append((start + copy[0], start + copy[1]))
        last, second = size, last
    return found


def _doubled(text: str, start: int, bare: str, half: int) -> tuple[int, int] | None:
    """Where the line at ``start`` is, as ``bare`` (the line without its spaces), when it is one text twice, parted by
    the one space at ``half``: a heading's or a caption's (``_copied``: kana or kanji, no sentence mark at its end),
    with no space of its own, that the text holds nowhere else; else None."""
    if len(bare) % 2 == 0 or bare[:half] != bare[half + 1 :]:
        return None
    name = bare[:half]
    if (
        any(space in name for space in _LINE_SPACES)
        or not lazy_pattern("[\u3041-\u30ff\u4e00-\u9fff]").search(name)
        or name.endswith(("。", ".", "！", "？", "!", "?"))
        or text.count(name) != 2
    ):
        return None
    at = text.index(bare, start)
    return at, at + len(bare)


def _after_its_original(text: str, lines: Sequence[tuple[int, int]], index: int) -> bool:
    """Whether line ``index`` repeats the line two before it right after a line in Latin letters with no kana or
    kanji: a bilingual post's heading, its original and its translation (見出し / the English title / 見出し), where
    the translation follows the line it translates, as each pair of such a text does: no copy of the page's."""
    if index < 2 or text[lines[index][0] : lines[index][1]] != text[lines[index - 2][0] : lines[index - 2][1]]:
        return False
    between = text[lines[index - 1][0] : lines[index - 1][1]]
    return not lazy_pattern("[\u3041-\u30ff\u4e00-\u9fff]").search(between) and lazy_pattern("[A-Za-z]").search(
        between
    ) is not None


def _copied(text: str, lines: Sequence[tuple[int, int]], name: str) -> tuple[int, int] | None:
    """Where in the line ``name`` its text is, without its spaces, when it is a heading's or a caption's (kana or
    kanji, no sentence mark at its end) and no other line of the text is the same; else None."""
    bare = name.strip(_LINE_SPACES)
    if (
        not lazy_pattern("[\u3041-\u30ff\u4e00-\u9fff]").search(bare)
        or bare.endswith(("。", ".", "！", "？", "!", "?"))
        or sum(text[start:end] == name for start, end in lines) != 2
    ):
        return None
    at = name.index(bare)
    return at, at + len(bare)


# The words a content system gives the photos of an article in their alt text, after the article's title, a dash
# and the photo's number (Title - Photo 1; Vietnamese sites' - Ảnh 1, which machine translation renders - 写真1).
_PHOTO_WORDS = ("写真", "画像", "Photo", "photo", "Image", "image")


def numbered_alt_texts(text: str) -> list[tuple[int, int]]:
    """The lines that are another line of the text (the headline), a spaced dash, a word for a photo and its number
    (見出し - 写真1): a photo's alt text as a content system writes it, left where the photo was dropped, as
    (start, end), in text order. Found from each hyphen (a search of one character, in C)."""
    found = []
    at = text.find("-")
    while at >= 0:
        if text[at - 1 : at] != " " or text[at + 1 : at + 2] != " ":
            at = text.find("-", at + 1)
            continue
        at -= 1
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        tail = text[at + 3 : len(text) if line_end < 0 else line_end].rstrip(_LINE_SPACES)
        numbered = tail.rstrip("。.")  # the translation's sentence mark after the number
        word = numbered.rstrip("0123456789 ")
        head = text[line_start:at].strip(_LINE_SPACES)
        if (
            word in _PHOTO_WORDS
            and numbered != word
            and head
            and (f"\n{head}\n" in f"\n{text.replace(chr(13), '')}\n" or _translated_anew(text, head))
        ):
            start = line_start + text[line_start:at].index(head)
            found.append((start, at + 3 + len(tail)))
        at = text.find("-", at + 3)
    return found


def _translated_anew(text: str, head: str) -> bool:
    """Whether ``head`` is a headline the translation gave again in other words: no sentence mark in it, and a line
    of the text before it that opens with the same ``_SAME_OPENING`` characters (each string a machine translates
    comes out on its own: the alt text's copy of the title, 8つの理由を紹介, beside the title's 8つの理由を指摘)."""
    if len(head) < _SAME_OPENING or any(mark in head for mark in "。！？!?"):
        return False
    opening = head[:_SAME_OPENING]
    at = text.find(opening)
    return at >= 0 and (at == 0 or text[at - 1] == "\n") and text.find(head) > at


_SAME_OPENING = 12  # characters: a headline's opening words, which no two lines of an article share by chance


def _glued_share_row(lexicon: Lexicon) -> re.Pattern[str] | None:
    """Spaces, a link-out label at most, then ``MIN_SHARE_LABELS`` share labels or more, each followed by spaces or
    the line's end, and no hiragana after them."""
    shares = sorted({row.label for row in _kind(lexicon, "share")}, key=len, reverse=True)
    links = sorted({row.label for row in _kind(lexicon, "link-out")}, key=len, reverse=True)
    if not shares:
        return None
    share = "|".join(re.escape(label) for label in shares)
    link = "|".join(re.escape(label) for label in links) or "(?!)"
    return re.compile(  # no particle after the row: labels a sentence goes on from are its words (…X でシェアする)
        rf"[ \u3000]+(?P<row>(?:(?:{link})[ \u3000]+)?(?:(?:{share})(?:[ \u3000]+|(?=\r?\n|$))){{{MIN_SHARE_LABELS},}})"
        r"(?![\u3041-\u309f])"
    )


def glued_share_rows(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The row of share buttons after a sentence of the article on its line, where the page's line breaks were lost
    (…を発表した。 もっと読む ツイート シェア シェア …): a link-out label at most and ``MIN_SHARE_LABELS`` share
    labels or more, each set off by spaces, as (start, end). After the text's last line's last sentence the row may
    run on into anything but a particle (a box's heading after it); after a sentence elsewhere it must run to its
    line's end or to a date in figures (``_NUMERIC_DATE``), the page's date stamp that themes print beside their
    share buttons (…と述べた。 X Facebook はてブ Pocket LINE コピー 2026.01.15 …: Cocoon's row, then its date),
    since a sentence that goes on after names it would go on in words."""
    row = lexicon.compiled(_glued_share_row)
    if row is None:
        return []
    found: list[tuple[int, int]] = []
    line_start = text.rfind("\n") + 1
    last = text.rfind("。", line_start)
    for space in " \u3000":
        stop = text.find("。" + space)
        while stop >= 0:
            match = row.match(text, stop + 1)
            if match is not None and (stop == last or _row_ends(text, match.end())):
                found.append((match.start("row"), match.start("row") + len(match.group("row").rstrip(_SPACES))))
            stop = text.find("。" + space, stop + 2)
    return sorted(found)


def _row_ends(text: str, at: int) -> bool:
    """Whether a row of share buttons that ends at ``at`` (its spaces after it read) ends its line or meets a date in
    figures: nothing of a sentence follows it."""
    return at == len(text) or text[at] in "\r\n" or lazy_pattern(_NUMERIC_DATE).match(text, at) is not None


# A page's title as a browser's tab shows it, when the site is named by its address: a domain name (labels and a
# top-level domain), a spaced dash or bar, and the site's tagline (Example.vn - the tagline; Example.com | the
# tagline), in no kana or kanji: the site's own language, not the article's.
_SITE_TITLE = (
    r"[ \t\u3000]*((?:[A-Za-z0-9][A-Za-z0-9-]*\.)+([A-Za-z]{2,})[ \u00a0]+[-|–—][ \u00a0]+[^\n]+?)[ \t\u3000\r]*"
)


def _top_level_domains(lexicon: Lexicon) -> frozenset[str]:
    if not lexicon.has_table(TopLevelDomainRow):
        return frozenset()
    return frozenset(row.label for row in lexicon.table(TopLevelDomainRow))


def site_titles(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The page's title, copied as the text's first line: a domain name whose top-level domain exists
    (``top_level_domains.tsv``), a spaced dash or bar and the site's tagline, with no kana or kanji, as (start,
    end). Only the first line is read."""
    first = text.find("\n")
    line = text if first < 0 else text[:first]
    if not line or line.lstrip(_SPACES)[:1] not in _ASCII_ALNUM:
        return []  # nearly every article: its first line opens in its own script
    match = lazy_pattern(_SITE_TITLE).fullmatch(line)
    if match is None or match.group(2).lower() not in lexicon.compiled(_top_level_domains):
        return []
    if lazy_pattern("[\u3041-\u30ff\u4e00-\u9fff]").search(match.group(1)):
        return []  # a headline in the article's language that names a site
    return [match.span(1)]


# Hanyu Pinyin (ISO 7098; GB/T 16159), the reading a Chinese page gives a character in its ruby (<rt>): a syllable is
# an initial at most and a final, and its tone is a mark over a vowel (a macron, an acute, a caron or a grave accent).
# Japanese writes a reading in kana, never with a tone mark: a syllable so marked in brackets right after a Han
# character is the source page's ruby, flattened into the line when its markup was dropped (協(xié)力).
_TONE_VOWELS = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
_PINYIN_BASES = dict(zip("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ", "aaaaeeeeiiiioooouuuuüüüü", strict=True))
_PINYIN_SYLLABLE = (
    r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|üan|ai|ei|ao|ou|an|en|er|in|un|ün|ia|ie|iu|io|ua|uo|ui|ue|üe"
    r"|a|o|e|i|u|ü)"
)
_PINYIN_FIRSTS = frozenset("bpmfdtnlgkhjqxrzcsywaoe") | _TONE_VOWELS  # an initial, or a final that stands alone
_OPENING_BRACKETS = ("(", "（")
_CLOSING_BRACKETS = ")）"
_MAX_SYLLABLE = 6  # letters: zhuang, chuang, shuang


def _han(char: str) -> bool:
    """A Han character (CJK Unified Ideographs, Extension A, Compatibility Ideographs) or the iteration mark 々."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uf900" <= char <= "\ufaff" or char == "々"


def pinyin_readings(text: str) -> list[tuple[int, int]]:
    """The pinyin readings in brackets right after a Han character (``_PINYIN_SYLLABLE``, one syllable in lower case
    with one tone mark: 協(xié)), as the brackets' (start, end), in text order. Found from each opening bracket (a
    search of one character each, in C); a text without a bracket is left at once."""
    found = []
    for bracket in _OPENING_BRACKETS:
        at = text.find(bracket)
        while at >= 0:
            if text[at + 1 : at + 2] in _PINYIN_FIRSTS and at and _han(text[at - 1]):
                close = at + 1
                limit = min(len(text), at + 2 + _MAX_SYLLABLE)
                while close < limit and text[close] not in _CLOSING_BRACKETS:
                    close += 1
                inner = text[at + 1 : close]
                if close < limit and sum(char in _TONE_VOWELS for char in inner) == 1:
                    base = "".join(_PINYIN_BASES.get(char, char) for char in inner)
                    if lazy_pattern(_PINYIN_SYLLABLE).fullmatch(base):
                        found.append((at, close + 1))
            at = text.find(bracket, at + 1)
    return sorted(found)


# A style sheet as a minifier writes it (CSS's declarations, property:value, joined by semicolons with no space after
# them), copied as text from a page's <style> element: a MediaWiki page's TemplateStyles (.mw-parser-output …) once its
# markup is dropped. Prose writes no such seam, and code a page shows its readers is spaced for reading (margin: 0;
# padding: 0;): two seams or more in a run of text without kana or kanji are a style sheet's.
_CSS_SEAM = r";-?[a-z]+(?:-[a-z]+)*:[^\s;]"
MIN_CSS_SEAMS = 2  # one may be an address's parameters or an inline style quoted in a sentence
_SELECTOR_FIRSTS = frozenset(".#@*:abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def style_sheets(text: str) -> list[tuple[int, int]]:
    """The runs of a minified style sheet in the text (``_CSS_SEAM``, ``MIN_CSS_SEAMS`` of them in one run of ASCII
    characters on a line), from their first selector or property to the run's end, as (start, end), in text order.
    Looked for only around the semicolons of a text that holds one (a search in C)."""
    at = text.find(";")
    found: list[tuple[int, int]] = []
    while at >= 0:
        start = at
        while start > 0 and text[start - 1].isascii() and text[start - 1] != "\n":
            start -= 1
        end = at
        while end < len(text) and text[end].isascii() and text[end] != "\n":
            end += 1
        run = text[start:end]
        if len(lazy_pattern(_CSS_SEAM).findall(run)) >= MIN_CSS_SEAMS:
            while start < end and text[start] not in _SELECTOR_FIRSTS:
                start += 1
            end = start + len(text[start:end].rstrip())
            found.append((start, end))
        at = text.find(";", end)
    return found


# Links in a row set apart by spaced middle dots (a · b · c), as a wiki's navigation and source-search templates and
# a site's link bars print them: Japanese prose joins a list with ・ and no spaces, never with a spaced ·.
_LINK_SEPARATOR = " · "
MIN_LINK_SEPARATORS = 3  # two may join a byline's parts (name · date · time); three and more are a row of links
_MAX_LINK = 30  # characters of one link's label


def link_rows(text: str) -> list[tuple[int, int]]:
    """The rows of links set apart by spaced middle dots (``_LINK_SEPARATOR``, ``MIN_LINK_SEPARATORS`` or more on one
    line), from the first link's start (after a space or a sentence mark) to the last link's end (before a space, a
    sentence mark or the line's end; ``_MAX_LINK`` characters at most each), as (start, end), in text order. Looked
    for only in a text that holds one (a search in C)."""
    at = text.find(_LINK_SEPARATOR)
    found: list[tuple[int, int]] = []
    while at >= 0:
        line_start, line_end = _line_of(text, at)
        line = text[line_start:line_end]
        if line.count(_LINK_SEPARATOR) >= MIN_LINK_SEPARATORS:
            first = at - line_start
            last = line.rfind(_LINK_SEPARATOR) + len(_LINK_SEPARATOR)
            start = max(first - _MAX_LINK, *(line.rfind(mark, 0, first) + 1 for mark in (" ", "。", "\u3000")))
            ends = (line.find(" ", last), line.find("。", last), line_end - line_start)
            end = min(last + _MAX_LINK, *(i for i in ends if i >= 0))
            found.append((line_start + start, line_start + end))
        at = text.find(_LINK_SEPARATOR, line_end)
    return found


# A site's navigation bar copied as the text's first line: its menu's labels set apart by spaces (ホーム 会社案内 事業
# 内容 …). Japanese writes no space between words, and a headline's spaces part a few phrases at most: on the annotated
# and fresh pages no line of spaced items without a sentence mark holds more than 4 items but a menu (12).
MIN_MENU_ITEMS = 6
_MAX_MENU_ITEM = 12  # characters of one label: 教育と留学生交流 has 8
_MENU_STOPS = frozenset("。、，,.!?！？「」『』()（）[]【】<>＜＞:：・/／|")


def menu_bars(text: str) -> list[tuple[int, int]]:
    """The site's navigation bar as the text's first line: ``MIN_MENU_ITEMS`` labels or more set apart by spaces, each
    of ``_MAX_MENU_ITEM`` characters at most, none with a sentence mark, a bracket or a separator, and half of them in
    kana or kanji at least, as (start, end). Only the first line is read."""
    first = text.find("\n")
    line = text if first < 0 else text[:first]
    if line.count(" ") + line.count("\u3000") < MIN_MENU_ITEMS - 1:
        return []  # nearly every article: its first line is a headline
    items = line.split()
    if len(items) < MIN_MENU_ITEMS or any(len(item) > _MAX_MENU_ITEM for item in items):
        return []
    if any(char in _MENU_STOPS for char in line):
        return []
    if 2 * sum(any("\u3040" <= char <= "\u9fff" for char in item) for item in items) < len(items):
        return []  # a headline in a language of Latin letters (a Turkish one, its words spaced)
    start = len(line) - len(line.lstrip())
    return [(start, len(line.rstrip()))]


# A person's name in katakana on a line of its own: two to four words of katakana joined by ・ or ＝
# (エリック・ブラウン, アブドゥル＝ナセル), as Japanese writes a foreign name.
_KATAKANA_NAME_LINE = (
    "(?m)^[ \t\u3000]*([\u30a1-\u30fa\u30fc]{2,}(?:[・＝][\u30a1-\u30fa\u30fc]{2,}){1,3})[ \t\u3000\r]*$"
)
# A name in Latin letters: one to three capitalised words (Jane, Jane Doe, Jane Q. Doe).
_LATIN_NAME = r"[A-Z][a-z'’-]+(?: (?:[A-Z]\.|[A-Z][a-z'’-]+)){0,2}"


def header_bylines(text: str) -> list[tuple[int, int]]:
    """The author's byline copied with the text, before the text's first sentence mark (。: the page's header, where
    the article's prose has not begun, as ``header_figures`` reads it), as (start, end): a person's name in katakana
    alone on its line, or a name in Latin letters on two lines in a row (blank lines between them at most), the
    byline's two prints of it (its avatar's alt text, then the name's link). A katakana name is two words or more
    joined by ・ or ＝, each one word for IPAdic that is a person's name (人名) or one it does not know (most foreign
    names: a word it knows otherwise, エンターテインメント, インドネシア, makes the line a title or a place); a Latin
    name is one to three capitalised words. The name's line (or pair) must be the header's only one and the katakana
    name's the text's only such line (names one a line in the article are a list, a dialogue's speakers or
    captions), and no word of the name may stand elsewhere in the text: a heading that names the article's subject
    (a profile's title) is repeated in its prose, a byline names who wrote it, not whom it is about. A text without
    。 has no sentence to find the header's end by."""
    first = text.find("。")
    head_end = text.rfind("\n", 0, first) if first > 0 else -1
    if head_end < 0:
        return []
    dotted = text.find("・", 0, head_end) >= 0 or text.find("＝", 0, head_end) >= 0
    return (_katakana_byline(text, head_end) if dotted else []) + _doubled_byline(text, head_end)


def _katakana_byline(text: str, head_end: int) -> list[tuple[int, int]]:
    """``header_bylines``' katakana name alone on its line, before ``head_end`` (the header's last line break)."""
    pattern = lazy_pattern(_KATAKANA_NAME_LINE)
    found = [match.span(1) for match in pattern.finditer(text, 0, head_end)]
    if len(found) != 1 or pattern.search(text, found[0][1]) is not None:
        return []
    start, end = found[0]
    words = lazy_pattern("[・＝]").split(text[start:end])
    if any(text.count(word) != 1 for word in words):
        return []
    for word in words:
        parsed = tokens(word)
        if len(parsed) != 1 or (parsed[0].known and parsed[0].pos2 != "人名"):
            return []
    return [(start, end)]


def _doubled_byline(text: str, head_end: int) -> list[tuple[int, int]]:
    """``header_bylines``' Latin name on two lines in a row, before ``head_end``: one split of the header, in C."""
    found = []
    before = ""  # the last line with text, and where it starts
    before_start = at = 0
    for line in text[:head_end].split("\n"):
        bare = line.strip(_LINE_SPACES)
        if bare:
            if bare == before and lazy_pattern(_LATIN_NAME).fullmatch(bare):
                found.append((before_start, at + line.index(bare) + len(bare)))
            before, before_start = bare, at + line.index(bare)
        at += len(line) + 1
    if len(found) != 1:
        return []
    start = found[0][0]
    name = text[start : text.index("\n", start)].strip(_LINE_SPACES)
    if any(text.count(word) != 2 for word in name.split(" ")):
        return []
    return found

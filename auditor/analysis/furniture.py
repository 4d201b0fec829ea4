"""Page furniture: labels of a web page's interface that fill a line of their own (``page_furniture.tsv``).

A scraper, a reader view or a translation pipeline that keeps the page's chrome leaves an ad slot's "Advertisement"
or a skip link's "Skip to main content" between the article's paragraphs. Each label is looked for with
``str.find`` in the casings pages write it (Advertisement, ADVERTISEMENT, advertisement), which costs a few
microseconds on an article without any; a hit counts only when the label fills its line.
"""

from __future__ import annotations

from typing import NamedTuple

from auditor.languages.scripts import lazy_pattern
from auditor.lexicons import Lexicon
from auditor.lexicons.schema import PageFurnitureRow

_SPACES = " \t\u3000"


class FurnitureLine(NamedTuple):
    start: int  # the label's span, without the spaces around it
    end: int
    row: PageFurnitureRow


def _casings(lexicon: Lexicon) -> tuple[tuple[str, PageFurnitureRow], ...]:
    rows = lexicon.table(PageFurnitureRow) if lexicon.has_table(PageFurnitureRow) else ()
    return tuple(
        (form, row) for row in rows for form in dict.fromkeys((row.label, row.label.upper(), row.label.lower()))
    )


def furniture_lines(text: str, lexicon: Lexicon) -> list[FurnitureLine]:
    """Every line of ``text`` that is one label of ``page_furniture.tsv`` (with spaces around it at most), in text
    order."""
    found: list[FurnitureLine] = []
    for form, row in lexicon.compiled(_casings):
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            before = text.rfind("\n", 0, at) + 1
            after = text.find("\n", end)
            after = len(text) if after < 0 else after
            if not text[before:at].strip(_SPACES) and not text[end:after].strip(_SPACES):
                found.append(FurnitureLine(at, end, row))
            at = text.find(form, end)
    return sorted(found, key=lambda line: line.start)


# A line that is only an image's name: a camera's file name (the DCF standard's four letters, digits or _, then four
# digits: IMG_0123, DSC04646, with the letters at least three, so that no date or figure is one), a name that ends in
# a content system's thumbnail size (photo-560x373), or a file name or URL with an image extension.
_IMAGE_NAME = (
    r"(?:[A-Za-z]{3}[A-Za-z0-9_][0-9]{4}(?:[-_.][A-Za-z0-9]+)*"
    r"|[A-Za-z0-9_.-]*[A-Za-z][A-Za-z0-9_.-]*-[0-9]{2,4}x[0-9]{2,4}(?:\.(?:jpe?g|png|gif|webp))?"
    r"|(?:https?://)?[A-Za-z0-9_./%~-]+\.(?:jpe?g|png|gif|webp)(?:\?[^\s]*)?)"
)
_MIN_IMAGE_NAME = 8  # characters: IMG_0123, the shortest a camera writes
_LINE_SPACES = " \t\u3000\r"


def image_name_lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` that hold an image's file name or address and nothing else: what is left of a photo
    that a scraper or a content system dropped (its file name as alt text, its bare address), in text order. Only
    lines in ASCII are tried: splitting the text into lines costs a tenth of one search for a name's hints."""
    found = []
    at = 0
    for line in text.split("\n"):
        if len(line) >= _MIN_IMAGE_NAME and line.isascii():
            name = line.strip(_LINE_SPACES)
            if lazy_pattern(_IMAGE_NAME).fullmatch(name):
                start = at + line.index(name)
                found.append((start, start + len(name)))
        at += len(line) + 1
    return found

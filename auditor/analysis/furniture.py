"""Page furniture: labels of a web page's interface that fill a line of their own (``page_furniture.tsv``).

A scraper, a reader view or a translation pipeline that keeps the page's chrome leaves an ad slot's "Advertisement"
or a skip link's "Skip to main content" between the article's paragraphs. Each label is looked for with
``str.find`` in the casings pages write it (Advertisement, ADVERTISEMENT, advertisement), which costs a few
microseconds on an article without any; a hit counts only when the label fills its line.
"""

from __future__ import annotations

from typing import NamedTuple

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

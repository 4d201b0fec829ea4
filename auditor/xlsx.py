"""A streaming XLSX writer for tables of findings: string cells that are never formulas, in constant memory.

Why not openpyxl's write-only mode: it builds a Cell object and an lxml element per cell, about 120 µs a row
of findings, plus 0.2 s and 30 MB to import; a batch of 2,000 news articles (3,660 findings) spent 0.67 s of its
2.4 s on it. This module writes the same SpreadsheetML parts directly, about 10 µs a row, and needs nothing
beyond the standard library; the tests read every workbook back with openpyxl.

What the workbook holds (the parts Excel and LibreOffice expect, in the order ECMA-376 gives them):

- every text as an inline string cell (``t="inlineStr"``): a spreadsheet never evaluates it, so ``=SUM(A1)``
  and ``@elonmusk`` stay as they are, with no apostrophe; whitespace is kept (``xml:space="preserve"``) and a
  carriage return is written ``&#13;`` so that XML parsing does not turn it into a line feed;
- numbers as numbers, empty values as no cell;
- a bold, frozen header row, column widths, filters over the whole table, and one column coloured by a
  conditional format per value (the severity);
- more rows than a sheet holds (1,048,576) continue on the next sheet, with the header again.

The rows are streamed into the zip entry of the sheet as they come (deflate level 1: a third faster than the
default for a file a fifth larger); the workbook parts that need the row count (the filter range, the list of
sheets) are written after them.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from typing import IO

__all__ = ["MAX_CHARS", "MAX_ROWS", "write_table"]

MAX_ROWS = 1_048_576  # a sheet's limit, header included
MAX_CHARS = 32_767  # a cell's limit: longer text is cut, with a note
# XML 1.0 cannot hold these (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/U+FFFF): written as escapes.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# ECMA-376 (ST_Xstring) reads _xHHHH_ in a string as the character U+HHHH: Excel shows "_x0041_" as "A". Such a run
# in the text is written with its underscore escaped (_x005F_), so Excel shows it as it is.
_OOXML_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def cell_text(value: str) -> str:
    """``value`` as a cell can hold it: characters XML cannot carry written as escapes (``\\x07``, ``\\ud800``),
    a literal ``_xHHHH_`` escaped as ECMA-376 asks (``_x005F_xHHHH_``), and text over MAX_CHARS cut with a note."""
    if _NOT_XML.search(value):
        value = _NOT_XML.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), value)
    if "_x" in value:
        value = _OOXML_ESCAPE.sub("_x005F_", value)
    if len(value) > MAX_CHARS:
        note = f"… [cut: {len(value):,} characters]"
        value = value[: MAX_CHARS - len(note)] + note
    return value


def _column(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


_NEEDS_ESCAPE = re.compile(r"[&<>\r]")
# The characters of _NOT_XML and of _NEEDS_ESCAPE together: most cells hold none, and one search spares both tests.
_ANY_ESCAPE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff&<>\r]")


def _row(number: int, columns: Sequence[str], values: Iterable[object], style: str = "") -> str:
    cells = []
    for column, value in zip(columns, values, strict=False):
        if value is None or value == "":
            continue
        if type(value) is int or type(value) is float:
            cells.append(f'<c r="{column}{number}"{style}><v>{value!r}</v></c>')
            continue
        text = value if type(value) is str else str(value)
        if _ANY_ESCAPE.search(text) or "_x" in text or len(text) > MAX_CHARS:
            text = cell_text(text)
            if _NEEDS_ESCAPE.search(text):
                text = text.translate(_ESCAPES)
        cells.append(f'<c r="{column}{number}"{style} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'


def _styles(fills: Mapping[str, str]) -> str:
    """Fonts (normal, bold), the two fills every workbook starts with, a bold header style, and one differential
    format per coloured value (bold for the first)."""
    dxfs = "".join(
        f'<dxf>{"<font><b/></font>" if index == 0 else ""}'
        f'<fill><patternFill patternType="solid"><bgColor rgb="FF{colour}"/></patternFill></fill></dxf>'
        for index, colour in enumerate(fills.values())
    )
    return (
        f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        f'<dxfs count="{len(fills)}">{dxfs}</dxfs></styleSheet>'
    )


def _sheet_start(columns: Sequence[str], widths: Sequence[float]) -> str:
    cols = "".join(
        f'<col min="{index}" max="{index}" width="{width}" customWidth="1"/>' for index, width in enumerate(widths, 1)
    )
    return (
        f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
        '<sheetViews><sheetView workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>'
    )


def _sheet_end(columns: Sequence[str], rows: int, coloured: int | None, fills: Mapping[str, str]) -> str:
    last = max(rows, 2)
    out = f'</sheetData><autoFilter ref="A1:{columns[-1]}{rows}"/>'
    if coloured is not None and fills:
        column = columns[coloured]
        rules = "".join(
            f'<cfRule type="cellIs" dxfId="{index}" priority="{index + 1}" operator="equal">'
            f"<formula>&quot;{value}&quot;</formula></cfRule>"
            for index, value in enumerate(fills)
        )
        out += f'<conditionalFormatting sqref="{column}2:{column}{last}">{rules}</conditionalFormatting>'
    return out + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'


def write_table(
    target: str | IO[bytes],
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet: str = "Sheet1",
    widths: Mapping[str, float] | None = None,
    colour_column: str | None = None,
    colours: Mapping[str, str] | None = None,
    max_rows: int = MAX_ROWS,
) -> int:
    """Write ``header`` and ``rows`` as an XLSX workbook into ``target`` (a path or a binary stream) and return how
    many rows were written. ``widths`` gives column widths by header name (12 otherwise); ``colour_column`` names
    the column whose cells are filled with ``colours[value]`` (``RRGGBB``; the first colour also bold). A sheet holds
    ``max_rows`` rows, header included; the rest go on to the next sheets."""
    columns = [_column(index) for index in range(len(header))]
    width_of = widths or {}
    column_widths = [width_of.get(name, 12) for name in header]
    fills = dict(colours or {})
    coloured = list(header).index(colour_column) if colour_column is not None and colour_column in header else None
    titles: list[str] = []
    count = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        stream = None
        size = 0
        pending: list[str] = []  # rows written to the zip entry a few hundred at a time
        try:
            for values in rows:
                if stream is None or size >= max_rows:
                    if stream is not None:
                        pending.append(_sheet_end(columns, size, coloured, fills))
                        stream.write("".join(pending).encode("utf-8"))
                        pending.clear()
                        stream.close()
                    titles.append(sheet if not titles else f"{sheet} ({len(titles) + 1})")
                    stream = package.open(f"xl/worksheets/sheet{len(titles)}.xml", "w", force_zip64=True)
                    stream.write(_sheet_start(columns, column_widths).encode("utf-8"))
                    stream.write(_row(1, columns, header, ' s="1"').encode("utf-8"))
                    size = 1
                size += 1
                count += 1
                pending.append(_row(size, columns, values))
                if len(pending) >= 512:
                    stream.write("".join(pending).encode("utf-8"))
                    pending.clear()
            if stream is None:  # no rows: the header alone
                titles.append(sheet)
                stream = package.open("xl/worksheets/sheet1.xml", "w", force_zip64=True)
                stream.write(_sheet_start(columns, column_widths).encode("utf-8"))
                stream.write(_row(1, columns, header, ' s="1"').encode("utf-8"))
                size = 1
            pending.append(_sheet_end(columns, size, coloured, fills))
            stream.write("".join(pending).encode("utf-8"))
        finally:
            if stream is not None:
                stream.close()
        _write_package(package, titles, columns, count, fills, max_rows)
    return count


def _write_package(
    package: zipfile.ZipFile,
    titles: list[str],
    columns: Sequence[str],
    count: int,
    fills: Mapping[str, str],
    max_rows: int,
) -> None:
    sheets = range(1, len(titles) + 1)
    worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{worksheet}"/>' for n in sheets
    )
    package.writestr(
        "[Content_Types].xml",
        f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        f"{overrides}</Types>",
    )
    package.writestr(
        "_rels/.rels",
        f'{_HEAD}<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
        f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    )
    relations = "".join(
        f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>' for n in sheets
    )
    relations += f'<Relationship Id="rId{len(titles) + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
    package.writestr(
        "xl/_rels/workbook.xml.rels", f'{_HEAD}<Relationships xmlns="{_PKG_REL}">{relations}</Relationships>'
    )
    # Each sheet's filter range is a defined name too, as Excel writes it.
    listed, names = [], []
    for n, title in enumerate(titles, 1):
        rows_in_sheet = min(max_rows, count - (n - 1) * (max_rows - 1) + 1)
        quoted = _attribute("'" + title.replace("'", "''") + "'")
        listed.append(f'<sheet name="{_attribute(title)}" sheetId="{n}" r:id="rId{n}"/>')
        names.append(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n - 1}" hidden="1">'
            f"{quoted}!$A$1:${columns[-1]}${rows_in_sheet}</definedName>"
        )
    package.writestr(
        "xl/workbook.xml",
        f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/></bookViews>'
        f'<sheets>{"".join(listed)}</sheets><definedNames>{"".join(names)}</definedNames></workbook>',
    )
    package.writestr("xl/styles.xml", _styles(fills))


def _attribute(value: str) -> str:
    return value.translate(_ESCAPES).replace('"', "&quot;")

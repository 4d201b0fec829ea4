"""auditor/xlsx.py: the streaming workbook writer, read back with openpyxl and checked part by part."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

import pytest
from openpyxl import load_workbook

from auditor.xlsx import MAX_CHARS, write_table

HEADER = ["doc", "severity", "start", "excerpt"]


def workbook(rows, **options):
    buffer = io.BytesIO()
    count = write_table(buffer, HEADER, rows, sheet="issues", colour_column="severity",
                        colours={"critical": "F4B6B6", "minor": "D6E6F5"}, **options)  # fmt: skip
    return count, buffer.getvalue()


def values(data: bytes, sheet: str = "issues"):
    return [[cell.value for cell in row] for row in load_workbook(io.BytesIO(data))[sheet].iter_rows()]


def test_every_part_is_well_formed_xml_and_the_package_is_complete():
    _, data = workbook([["a.txt", "minor", 3, "x"]])
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = set(package.namelist())
        assert {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml"} <= names  # fmt: skip
        for name in names:
            ElementTree.fromstring(package.read(name))


def test_text_stays_exact_strings_and_numbers_stay_numbers():
    texts = ["=SUM(A1)", "@elonmusk", "+81", "-5", " 新型車 ", "一行目\r\n二行目", "a\rb", "<b>&amp;</b>", '"q"']
    count, data = workbook([["d.txt", "minor", n, text] for n, text in enumerate(texts)])
    assert count == len(texts)
    sheet = load_workbook(io.BytesIO(data))["issues"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    rows = values(data)
    assert rows[0] == HEADER and [row[3] for row in rows[1:]] == texts
    assert [row[2] for row in rows[1:]] == list(range(len(texts)))


def test_empty_values_are_no_cells_and_unwritable_characters_are_escaped():
    _, data = workbook([["d.txt", None, None, "bell\x07 and \ud800"], ["d.txt", "", 0, "x" * (MAX_CHARS + 10)]])
    rows = values(data)
    assert rows[1] == ["d.txt", None, None, "bell\\x07 and \\ud800"]
    assert rows[2][2] == 0 and len(rows[2][3]) == MAX_CHARS and rows[2][3].endswith("characters]")


def test_a_literal_ooxml_escape_is_escaped_so_that_a_spreadsheet_shows_it_as_written():
    from openpyxl.utils.escape import unescape  # how Excel and LibreOffice read a cell's _xHHHH_

    texts = ["_x0041_", "a_x263A_b", "_x12_", "_X0041_"]
    _, data = workbook([["d.txt", "minor", 1, text] for text in texts])
    stored = [row[3] for row in values(data)[1:]]
    assert stored == ["_x005F_x0041_", "a_x005F_x263A_b", "_x12_", "_X0041_"]
    assert [unescape(cell) for cell in stored] == texts


def test_header_frozen_filters_widths_and_the_severity_colours():
    buffer = io.BytesIO()
    write_table(buffer, HEADER, [["a", "critical", 1, "x"], ["b", "minor", 2, "y"]], sheet="issues",
                widths={"excerpt": 40}, colour_column="severity", colours={"critical": "F4B6B6"})  # fmt: skip
    sheet = load_workbook(io.BytesIO(buffer.getvalue()))["issues"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:D3"
    assert sheet["A1"].font.b and not sheet["A2"].font.b
    assert sheet.column_dimensions["D"].width == 40
    (rules,) = [rule for rng in sheet.conditional_formatting for rule in rng.rules]
    assert rules.formula == ['"critical"'] and rules.dxf.fill.bgColor.rgb == "FFF4B6B6"
    assert [str(rng.sqref) for rng in sheet.conditional_formatting] == ["B2:B3"]


def test_more_rows_than_a_sheet_holds_go_on_to_the_next_sheet_with_the_header():
    count, data = workbook([["d.txt", "minor", n, f"r{n}"] for n in range(5)], max_rows=3)
    assert count == 5
    names = load_workbook(io.BytesIO(data)).sheetnames
    assert names == ["issues", "issues (2)", "issues (3)"]
    got = [values(data, name) for name in names]
    assert [rows[0] for rows in got] == [HEADER] * 3
    assert [row[3] for rows in got for row in rows[1:]] == [f"r{n}" for n in range(5)]


def test_no_rows_is_a_header_only_workbook():
    count, data = workbook([])
    assert count == 0 and values(data) == [HEADER]


@pytest.mark.parametrize("title", ["issues", "it's <&>"])
def test_sheet_titles_are_escaped(title):
    buffer = io.BytesIO()
    write_table(buffer, HEADER, [["a", "minor", 1, "x"]], sheet=title)
    assert load_workbook(io.BytesIO(buffer.getvalue())).sheetnames == [title]

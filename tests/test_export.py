from __future__ import annotations

import csv
import io
import json

import auditor
from auditor.export import CSV_FIELDS, neutralise_cell, to_csv, to_json, to_table
from auditor.findings import FIELDS


def test_contract_fields_come_first_in_the_csv():
    assert CSV_FIELDS[: len(FIELDS)] == (
        "doc",
        "rule",
        "category",
        "severity",
        "start",
        "end",
        "excerpt",
        "message",
        "suggestion",
        "src_start",
        "src_end",
    )


def test_formula_cells_are_neutralised():
    for dangerous in ("=1+1", "+81", "-5", "@エロンムスク", "\tx", "\rx"):
        assert neutralise_cell(dangerous) == "'" + dangerous
    assert neutralise_cell("アップル") == "アップル"
    assert neutralise_cell(3) == 3


def test_csv_round_trip_has_bom_and_exact_excerpts():
    text = "投資家は@エロンムスクの投稿に反応した。"
    report = auditor.audit(text, doc_id="a.txt")
    content = to_csv([report])
    assert content.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(content.lstrip("\ufeff"))))
    assert rows, "the handle must be reported"
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        excerpt = row["excerpt"][1:] if row["excerpt"].startswith("'@") else row["excerpt"]
        assert text[start:end] == excerpt
        assert row["doc"] == "a.txt"
    assert any(row["excerpt"].startswith("'@") for row in rows)


def test_json_is_valid_and_keeps_text_unescaped():
    report = auditor.audit("りんごは本日、新型iPhoneを発表した。", doc_id="b.txt")
    payload = json.loads(to_json([report], [("c.txt", "c.txt: file is empty")]))
    document = payload["documents"][0]
    assert document["doc"] == "b.txt"
    assert document["findings"][0]["excerpt"] == "りんご"
    assert payload["unreadable"] == [{"doc": "c.txt", "error": "c.txt: file is empty"}]
    assert "りんご" in to_json([report])


def test_table_lists_findings_and_a_total():
    report = auditor.audit("りんごは本日、新型iPhoneを発表した。", doc_id="b.txt")
    table = to_table([report])
    assert "entity.brand-literal" in table and "りんご" in table
    assert table.rstrip().endswith("in 1 document")


def test_neutralisation_is_reversible():
    from auditor.export import plain_cell

    for value in ("=1+1", "'=1+1", "''@x", "'abc", "abc", "@エロンムスク", "-", "'", ""):
        assert plain_cell(neutralise_cell(value)) == value


def _report_with(text: str, findings):
    from auditor.audit import Report
    from auditor.document import Document

    return Report(Document(text, lang="ja", doc_id="=HYPERLINK(\"x\")"), findings, ())


def test_xlsx_has_no_formula_and_keeps_every_string_exact(tmp_path):
    from openpyxl import load_workbook

    from auditor.export import write_xlsx
    from auditor.findings import Finding

    text = "=SUM(A1) と @エロンムスク と +81 と\x07鳴る"
    findings = [
        Finding("a.b", "style/other", "major", 0, 8, text[0:8], "-1 だ", "=SUM(A2)", fix="unsafe"),
        Finding("a.c", "accuracy/handle", "critical", 11, 18, text[11:18], "@ handle", "@elonmusk", fix="safe"),
        Finding("a.d", "style/other", "minor", 26, 28, text[26:28], "bell", ""),
    ]
    out = tmp_path / "r.xlsx"
    assert write_xlsx(out, [_report_with(text, findings)]) == 3
    sheet = load_workbook(out).active
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = rows[0]
    got = [dict(zip(header, row, strict=True)) for row in rows[1:]]
    assert [r["excerpt"] for r in got[:2]] == ["=SUM(A1)", "@エロンムスク"]
    assert [r["suggestion"] for r in got[:2]] == ["=SUM(A2)", "@elonmusk"]
    assert got[0]["doc"] == '=HYPERLINK("x")' and got[0]["message"] == "-1 だ"
    assert got[2]["excerpt"] == "\\x07鳴"  # XML cannot hold U+0007: written as its escape
    assert (got[0]["start"], got[0]["src_start"], got[0]["fix"]) == (0, None, "unsafe")


def test_review_log_carries_each_decision_next_to_the_contract_fields():
    from auditor.export import REVIEW_FIELDS, review_log_csv
    from auditor.review import finding_key

    report = auditor.audit("りんごは新型iPhoneを発表した。価格は 未定 だ?", lang="ja", doc_id="a.txt")
    first, *rest = report.findings
    content = review_log_csv([report], {finding_key(first): "rejected", finding_key(rest[0]): "fixed"})
    rows = list(csv.DictReader(io.StringIO(content.lstrip("\ufeff"))))
    assert list(rows[0]) == list(REVIEW_FIELDS) and list(rows[0])[: len(FIELDS)] == list(FIELDS)
    assert [row["decision"] for row in rows] == ["rejected", "fixed"] + ["undecided"] * (len(rows) - 2)
    assert rows[0]["rule"] == first.rule and int(rows[0]["start"]) == first.start

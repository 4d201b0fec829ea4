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

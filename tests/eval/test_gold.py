"""The gold format: what loads, what is refused with a message naming the place."""

from __future__ import annotations

import json

import pytest

from auditor.eval.gold import GoldDocument, GoldError, GoldSpan, dump_gold, load_gold


def write_jsonl(path, *rows):
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_jsonl_documents_with_spans(tmp_path):
    path = write_jsonl(
        tmp_path / "gold.jsonl",
        {
            "id": "a",
            "text": "りんごが発表した。",
            "spans": [{"start": 0, "end": 3, "category": "accuracy/entity", "excerpt": "りんご", "note": "Apple"}],
        },
        {"id": "b", "text": "静かな記事。", "clean": True},
    )
    first, second = load_gold(path)
    assert first.spans == (GoldSpan(0, 3, "accuracy/entity", note="Apple"),)
    assert first.lang == "ja" and not first.clean
    assert second.clean and second.spans == ()


def test_text_from_a_file_keeps_crlf_so_offsets_count_it(tmp_path):
    (tmp_path / "article.txt").write_bytes("見出し\r\nりんごが発表した。\r\n".encode())
    path = write_jsonl(
        tmp_path / "gold.jsonl",
        {
            "id": "a",
            "path": "article.txt",
            "spans": [{"start": 5, "end": 8, "category": "accuracy/entity", "excerpt": "りんご"}],
        },
    )
    (document,) = load_gold(path)
    assert document.text[5:8] == "りんご"


def test_a_json_file_may_hold_a_list(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([{"text": "一つ目。"}, {"text": "二つ目。", "clean": True}]), encoding="utf-8")
    documents = load_gold(path)
    assert [doc.doc_id for doc in documents] == ["gold.json#1", "gold.json#2"]


def test_bilingual_spans_point_into_the_source(tmp_path):
    row = {
        "id": "p",
        "text": "株価は5%上がった。",
        "source": "Shares rose 6%.",
        "source_lang": "en",
        "spans": [{"start": 3, "end": 5, "category": "accuracy/number", "src_start": 12, "src_end": 14}],
    }
    (document,) = load_gold(write_jsonl(tmp_path / "g.jsonl", row))
    assert document.source[12:14] == "6%"
    assert document.spans[0].src_start == 12


def test_round_trip(tmp_path):
    documents = [
        GoldDocument("a", "りんごが発表した。", (GoldSpan(0, 3, "accuracy/entity", note="Apple"),)),
        GoldDocument("b", "x", clean=True, source="y", source_lang="en"),
    ]
    path = tmp_path / "out.jsonl"
    path.write_text(dump_gold(documents), encoding="utf-8")
    assert load_gold(path) == documents


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            {"id": "a", "text": "abc", "spans": [{"start": 0, "end": 9, "category": "accuracy/entity"}]},
            "not inside the text",
        ),
        (
            {"id": "a", "text": "abc", "spans": [{"start": 2, "end": 2, "category": "accuracy/entity"}]},
            "not inside the text",
        ),
        (
            {"id": "a", "text": "abc", "spans": [{"start": 0, "end": 1, "category": "accuracy/fruit"}]},
            "unknown category 'accuracy/fruit'",
        ),
        (
            {
                "id": "a",
                "text": "abc",
                "spans": [{"start": 0, "end": 1, "category": "accuracy/entity", "excerpt": "b"}],
            },
            "does not match the text",
        ),
        (
            {"id": "a", "text": "abc", "spans": [{"start": "0", "end": 1, "category": "accuracy/entity"}]},
            "start must be an integer",
        ),
        (
            {
                "id": "a",
                "text": "abc",
                "spans": [{"start": 0, "end": 1, "category": "accuracy/number", "src_start": 0}],
            },
            "both src_start and src_end",
        ),
        (
            {"id": "a", "text": "abc", "clean": True, "spans": [{"start": 0, "end": 1, "category": "accuracy/entity"}]},
            "clean document cannot have spans",
        ),
        ({"id": "a"}, "give the target as 'text' or 'path'"),
        ({"id": "a", "path": "missing.txt"}, "cannot read missing.txt"),
    ],
)
def test_malformed_gold_is_refused_with_the_line_and_the_reason(tmp_path, row, message):
    path = write_jsonl(tmp_path / "gold.jsonl", {"text": "fine."}, row)
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    assert message in str(caught.value)
    assert "gold.jsonl line 2" in str(caught.value)


def test_a_line_that_is_not_json(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "ok"}\n{not json\n', encoding="utf-8")
    with pytest.raises(GoldError, match="line 2: not valid JSON"):
        load_gold(path)

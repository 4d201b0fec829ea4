"""Clean-corpus loaders: a small eval-data folder written here, and the real one where it is beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.eval.corpus import ENV_VAR, EvalDataError, find_eval_data, wmt23_lines, wmt24_news
from tests.conftest import shared_file


def write(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


@pytest.fixture
def fake(tmp_path: Path) -> Path:
    """eval-data with a canary, two news documents (one split by a social line) and one WMT23 empty line."""
    root = tmp_path / "eval-data"
    wmt24 = root / "wmt24" / "en-ja"
    write(wmt24 / "docs.tsv", ["canary\tcanary", "news\tn.1", "news\tn.1", "social\ts.1", "news\tn.2", "news\tn.1"])
    write(
        wmt24 / "src.en.txt",
        ["CANARY GUID 0000", "Rain hits the coast", "Roads closed.", "lol same", "Markets rose 2%.", "More later."],
    )
    write(
        wmt24 / "ref.refA.ja.txt",
        ["CANARY GUID 0000", "沿岸部に大雨", "道路が閉鎖された。", "それな", "株価は2%上昇した。", "続報を待つ。"],
    )
    wmt23 = root / "wmt23" / "en-ja"
    write(wmt23 / "src.en.txt", ["Good morning.", "", "See you."])
    write(wmt23 / "ref.refA.ja.txt", ["おはようございます。", "", "またね。"])
    return root


def test_wmt24_news_groups_lines_by_document(fake: Path) -> None:
    first, second = wmt24_news(fake)
    assert first.doc_id == "wmt24:n.1" and second.doc_id == "wmt24:n.2"
    assert first.text == "沿岸部に大雨\n道路が閉鎖された。\n続報を待つ。"
    assert first.source == "Rain hits the coast\nRoads closed.\nMore later."
    assert first.clean and first.source_lang == "en" and first.lang == "ja" and first.spans == ()
    assert first.meta["links"] == [[0, 19, 0, 6], [20, 33, 7, 16], [34, 45, 17, 23]]
    assert first.meta["lines"] == [1, 2, 5]
    assert second.text == "株価は2%上昇した。" and second.meta["links"] == [[0, 16, 0, 10]]


def test_wmt23_lines_one_document_per_non_empty_line(fake: Path) -> None:
    documents = wmt23_lines(fake)
    assert [(d.doc_id, d.text, d.source) for d in documents] == [
        ("wmt23:0", "おはようございます。", "Good morning."),
        ("wmt23:2", "またね。", "See you."),
    ]
    assert documents[1].meta["links"] == [[0, 8, 0, 4]]


def test_missing_file_is_named(fake: Path) -> None:
    (fake / "wmt24" / "en-ja" / "docs.tsv").unlink()
    with pytest.raises(EvalDataError, match=r"docs\.tsv"):
        wmt24_news(fake)
    with pytest.raises(EvalDataError, match="missing"):
        wmt23_lines(fake / "nowhere")


def test_line_counts_must_agree(fake: Path) -> None:
    write(fake / "wmt23" / "en-ja" / "src.en.txt", ["Good morning."])
    with pytest.raises(EvalDataError, match="line counts"):
        wmt23_lines(fake)


def test_find_eval_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    project = tmp_path / "main"
    (project / "pkg").mkdir(parents=True)
    (project / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    assert find_eval_data(project / "pkg") is None  # no ../shared/eval-data beside it
    (tmp_path / "shared" / "eval-data").mkdir(parents=True)
    assert find_eval_data(project / "pkg") == tmp_path / "shared" / "eval-data"
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "elsewhere"))
    assert find_eval_data(project / "pkg") is None
    (tmp_path / "elsewhere").mkdir()
    assert find_eval_data(project / "pkg") == tmp_path / "elsewhere"


def test_real_wmt24_news() -> None:
    eval_data = shared_file("eval-data/wmt24/en-ja/docs.tsv").parents[2]
    documents = wmt24_news(eval_data)
    assert len(documents) == 17
    assert sum(len(doc.meta["links"]) for doc in documents) == 149
    for doc in documents:
        assert doc.clean and "CANARY" not in doc.text
        assert doc.text.count("\n") + 1 == len(doc.meta["links"])
        for src_start, src_end, tgt_start, tgt_end in doc.meta["links"]:
            assert "\n" not in doc.text[tgt_start:tgt_end] and "\n" not in doc.source[src_start:src_end]
            assert tgt_end == len(doc.text) or doc.text[tgt_end] == "\n"


def test_real_wmt23_lines() -> None:
    eval_data = shared_file("eval-data/wmt23/en-ja/ref.refA.ja.txt").parents[2]
    documents = wmt23_lines(eval_data)
    assert 2000 < len(documents) <= 2074
    assert all(doc.text.strip() and doc.source is not None and "\n" not in doc.text for doc in documents)

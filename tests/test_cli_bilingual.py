"""`auditor audit --source/--reference`, bilingual files and `auditor align`, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import SAMPLES, run

TARGET = SAMPLES / "tech-partnership-ja.txt"
SOURCE = SAMPLES / "tech-partnership-en.txt"
DATA = Path(__file__).resolve().parent / "data" / "bilingual"


def test_audit_with_source_shows_the_cross_checks_with_source_offsets():
    result = run("audit", TARGET, "--source", SOURCE, "--format", "json", "--no-config")
    assert result.returncode == 0, result.stderr
    (document,) = json.loads(result.stdout)["documents"]
    source = SOURCE.read_text(encoding="utf-8")
    by_rule = {row["rule"]: row for row in document["findings"]}
    brand = by_rule["source.brand-as-word"]
    assert (brand["excerpt"], brand["suggestion"]) == ("りんご", "アップル")
    assert source[brand["src_start"] : brand["src_end"]] == "Apple"
    handle = by_rule["source.address-altered"]
    assert source[handle["src_start"] : handle["src_end"]] == "@JohnMiller"
    assert document["score"]["signature"].startswith("mqm|")
    assert document["reference"] is None


def test_reference_scores_are_printed_with_their_signatures(tmp_path: Path):
    reference = tmp_path / "human.txt"
    reference.write_text(TARGET.read_text(encoding="utf-8").replace("りんご", "アップル"), encoding="utf-8")
    result = run("audit", TARGET, "--source", SOURCE, "--reference", reference, "--no-config")
    assert result.returncode == 0, result.stderr
    assert "reference: BLEU = " in result.stdout and "tok:ja-mecab" in result.stdout
    assert "reference: chrF = " in result.stdout and "score: MQM = " in result.stdout
    as_json = json.loads(run("audit", TARGET, "--reference", reference, "--format", "json", "--no-config").stdout)
    bleu = as_json["documents"][0]["reference"]["document"][0]
    assert bleu["name"] == "BLEU" and 80 < bleu["score"] < 100


def test_source_and_reference_need_exactly_one_file():
    result = run("audit", TARGET, SAMPLES / "ev-launch-ja.txt", "--source", SOURCE)
    assert result.returncode == 2 and "one FILE" in result.stderr


def test_a_source_in_the_same_language_is_warned_about_and_the_audit_still_runs():
    result = run("audit", TARGET, "--source", TARGET, "--no-config")
    assert result.returncode == 0
    assert "reads as ja, like the translation" in result.stderr
    assert "entity.brand-literal" in result.stdout  # the target-only rules ran


def test_bilingual_file_is_audited_with_its_own_pairs():
    result = run("audit", DATA / "news.xlf", "--format", "json", "--no-config")
    assert result.returncode == 0, result.stderr
    documents = json.loads(result.stdout)["documents"]
    assert documents and all(doc["lang"] == "ja" for doc in documents)


def test_align_lists_pairs_with_offsets(tmp_path: Path):
    result = run("align", TARGET, "--source", SOURCE, "--format", "json")
    assert result.returncode == 0, result.stderr
    pairs = json.loads(result.stdout)
    source, target = SOURCE.read_text(encoding="utf-8"), TARGET.read_text(encoding="utf-8")
    assert len(pairs) >= 15
    for pair in pairs:
        assert source[pair["src_start"] : pair["src_end"]] == pair["source"]
        assert target[pair["tgt_start"] : pair["tgt_end"]] == pair["target"]
        assert 0 <= pair["confidence"] <= 1
    copied = next(pair for pair in pairs if pair["target"].startswith("The deal is expected"))
    assert copied["source"] == copied["target"] and copied["kind"] == "1-1"
    table = run("align", TARGET, "--source", SOURCE)
    assert table.returncode == 0 and "りんご" in table.stdout

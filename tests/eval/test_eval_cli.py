"""`auditor eval` as a user runs it: the console script on real gold files."""

from __future__ import annotations

import json

from tests.test_cli import run

HIT = {
    "id": "hit",
    "text": "りんごは本日、新型iPhoneを発表した。株価は上昇した。",
    "spans": [{"start": 0, "end": 3, "category": "accuracy/entity", "excerpt": "りんご"}],
}
CLEAN = {"id": "quiet", "text": "東京で新しい駅が開業した。利用者は多い?", "clean": True}


def gold_file(tmp_path, *rows):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_table_and_json_file(tmp_path):
    out = tmp_path / "results.json"
    result = run("eval", gold_file(tmp_path, HIT, CLEAN), "--json", out)
    assert result.returncode == 0, result.stderr
    assert "accuracy/entity" in result.stdout and "2 documents (1 clean" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    entity = next(row for row in data["categories"] if row["category"] == "accuracy/entity")
    assert (entity["recall"], entity["precision"]) == (1.0, 1.0)
    punctuation = next(row for row in data["categories"] if row["category"] == "locale/punctuation")
    assert punctuation["fp_per_10k_chars"] == round(10_000 / len(CLEAN["text"]), 4)
    assert data["false_positives"][0]["excerpt"] == "?"


def test_fail_under_and_max_fp_rate_give_exit_one(tmp_path):
    gold = gold_file(tmp_path, HIT, CLEAN)
    assert run("eval", gold, "--fail-under", "recall=0.9").returncode == 0
    below = run("eval", gold, "--fail-under", "0.9")  # overall F1 is 2/3: the clean text's "?" is unmatched
    assert below.returncode == 1
    assert "all f1 0.667 < 0.9" in below.stderr
    assert run("eval", gold, "--max-fp-rate", "1").returncode == 1
    assert run("eval", gold, "--max-fp-rate", "1", "--fp-exempt", "locale/punctuation").returncode == 0
    assert run("eval", gold, "--fail-under", "accuracy/entity:recall=1").returncode == 0


def test_markdown_format(tmp_path):
    result = run("eval", gold_file(tmp_path, HIT), "--format", "markdown")
    assert result.stdout.splitlines()[0].startswith("| category | gold | recall |")
    assert "| `accuracy/entity` | 1 | 1.00 |" in result.stdout


def test_usage_errors_exit_two(tmp_path):
    assert run("eval").returncode == 2
    bad = run("eval", gold_file(tmp_path, HIT), "--fail-under", "speed=3")
    assert bad.returncode == 2 and "precision, recall or f1" in bad.stderr
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{oops\n", encoding="utf-8")
    result = run("eval", broken)
    assert result.returncode == 2 and "broken.jsonl line 1: not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr

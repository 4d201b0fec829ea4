"""`auditor eval` as a user runs it: the console script on real gold files."""

from __future__ import annotations

import json

from tests.test_cli import run

HIT = {
    "id": "hit",
    "text": "りんごは本日、新型iPhoneを発表した。株価は上昇した。",
    "spans": [{"start": 0, "end": 3, "category": "accuracy/entity", "excerpt": "りんご"}],
}
CLEAN = {"id": "quiet", "text": "東京で新しい駅が開業した。混むのか？店は多いか？利用者は多い?", "clean": True}


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


def test_inject_then_eval_round_trip(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text(
        "政府は3日、来年度の予算案を閣議決定した。総額は過去最大となった。\n"
        "財務相は記者会見で、ジョンソン氏の財政計画を支持すると述べた。市場では国債の利回りが上昇した。\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.jsonl"
    # Run where the file is: the document id (clean.txt) is part of the seed, so it must not depend on tmp_path.
    kinds = ("--kinds", "brand-literal,stray-space")
    made = run("inject", "clean.txt", "--seed", "3", *kinds, "-o", gold, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    again = tmp_path / "again.jsonl"
    run("inject", "clean.txt", "--seed", "3", *kinds, "-o", again, cwd=tmp_path)
    assert gold.read_bytes() == again.read_bytes()  # the same seed gives the same injections
    (row,) = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    assert {span["category"] for span in row["spans"]} == {"accuracy/entity", "markup/whitespace"}
    for span in row["spans"]:
        assert row["text"][span["start"] : span["end"]] == span["excerpt"]
    scored = run("eval", gold, "--fail-under", "recall=1")
    assert scored.returncode == 0, scored.stdout + scored.stderr


def test_inject_refuses_unknown_kinds(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("静かな記事だ。", encoding="utf-8")
    result = run("inject", clean, "--kinds", "typo")
    assert result.returncode == 2 and "unknown kinds ['typo']" in result.stderr

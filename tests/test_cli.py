"""The `auditor` command, run as a user runs it: the installed console script in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXE = shutil.which("auditor", path=str(Path(sys.executable).parent)) or "auditor"
DAMAGED = SAMPLES / "tech-partnership-ja.txt"
CLEAN = SAMPLES / "clean-economy-ja.txt"


def run(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EXE, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=60)


def test_table_output_and_exit_zero_whatever_it_finds():
    result = run("audit", DAMAGED, "--no-config")
    assert result.returncode == 0, result.stderr
    assert "entity.brand-literal" in result.stdout and "りんご" in result.stdout
    assert result.stdout.rstrip().endswith("in 1 document")


def test_fail_on_gives_exit_one_only_when_reached():
    assert run("audit", DAMAGED, "--fail-on", "critical", "--no-config").returncode == 1
    assert run("audit", CLEAN, "--fail-on", "minor", "--no-config").returncode == 0


def test_csv_file_is_written_with_the_contract_fields(tmp_path: Path):
    out = tmp_path / "reports" / "article.csv"
    result = run("audit", DAMAGED, "--format", "csv", "-o", out, "--no-config")
    assert result.returncode == 0, result.stderr
    content = out.read_text(encoding="utf-8")
    assert content.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(content.lstrip("\ufeff"))))
    assert rows[0].keys() >= {"doc", "rule", "category", "severity", "start", "end", "excerpt", "message", "suggestion"}
    text = DAMAGED.read_text(encoding="utf-8")
    for row in rows:
        excerpt = row["excerpt"][1:] if row["excerpt"][:2] in ("'@", "'=", "'+", "'-") else row["excerpt"]
        assert text[int(row["start"]) : int(row["end"])] == excerpt


def test_json_for_several_files():
    result = run("audit", DAMAGED, CLEAN, "--format", "json", "--no-config")
    payload = json.loads(result.stdout)
    assert [d["doc"] for d in payload["documents"]] == [str(DAMAGED), str(CLEAN)]
    assert payload["documents"][1]["findings"] == []
    assert payload["documents"][0]["encoding"] == "utf-8"


def test_unreadable_input_is_one_line_and_exit_two_and_other_files_still_reported(tmp_path: Path):
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    missing = tmp_path / "missing.txt"
    result = run("audit", png, missing, CLEAN, "--format", "json", "--no-config")
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and all(line.startswith("auditor: error: ") for line in errors)
    assert "photo.txt" in errors[0] and "Traceback" not in result.stderr
    assert "missing.txt" in errors[1]
    assert [d["doc"] for d in json.loads(result.stdout)["documents"]] == [str(CLEAN)]


@pytest.mark.parametrize(
    "args",
    [
        ("audit",),
        ("audit", "x.txt", "--format", "xml"),
        ("audit", "x.txt", "--select", "nosuchrule"),
        ("nosuchcommand",),
    ],
)
def test_usage_errors_exit_two(args: tuple[str, ...], tmp_path: Path):
    (tmp_path / "x.txt").write_text("本文。", encoding="utf-8")
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_select_ignore_and_the_configuration_file(tmp_path: Path):
    article = tmp_path / "a.txt"
    shutil.copy(DAMAGED, article)
    only_units = run("audit", article, "--select", "units", "--format", "json")
    rules = {f["rule"] for f in json.loads(only_units.stdout)["documents"][0]["findings"]}
    assert rules == {"units.imperial", "units.conversion-mismatch", "units.speed-as-distance"}
    (tmp_path / "auditor.toml").write_text(
        'ignore = ["register", "punctuation"]\nfail-on = "critical"\n', encoding="utf-8"
    )
    configured = run("audit", article, "--format", "json")
    rules = {f["rule"] for f in json.loads(configured.stdout)["documents"][0]["findings"]}
    assert "register.mixed" not in rules and "punctuation.half-width" not in rules and "entity.brand-literal" in rules
    assert configured.returncode == 1  # fail-on from the file; the brand finding is critical
    assert run("audit", article, "--ignore", "entity", "--format", "json").returncode == 0


def test_rules_lists_every_rule_and_what_is_active(tmp_path: Path):
    from auditor.rules import all_rules

    listing = run("rules", cwd=tmp_path)
    assert listing.returncode == 0
    for rule in all_rules():
        assert rule.id in listing.stdout
    (tmp_path / "auditor.toml").write_text('ignore = ["whitespace"]\n', encoding="utf-8")
    entries = json.loads(run("rules", "--format", "json", cwd=tmp_path).stdout)
    active = {entry["id"]: entry["active"] for entry in entries}
    assert active["whitespace.doubled"] is False and active["entity.brand-literal"] is True


def test_a_bad_flag_is_one_usage_error_not_one_per_file(tmp_path: Path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("本文。", encoding="utf-8")
    result = run("audit", "a.txt", "b.txt", "--select", "nosuchrule", "--format", "json", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "auditor: error: unknown rule or family 'nosuchrule' (see `auditor rules`)"
    ]
    assert result.stdout == ""

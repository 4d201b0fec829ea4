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


# --- friction seen on first use (issue 17) -------------------------------------------------------------------------


def test_csv_on_standard_output_has_the_bom_like_the_file(tmp_path: Path):
    out = tmp_path / "a.csv"
    piped = run("audit", DAMAGED, "--format", "csv", "--no-config")
    assert run("audit", DAMAGED, "--format", "csv", "-o", out, "--no-config").returncode == 0
    assert piped.stdout.startswith("\ufeffdoc,rule,category,")
    assert piped.stdout == out.read_text(encoding="utf-8")


def test_reports_are_written_with_the_umask_mode_not_0600(tmp_path: Path):
    out = tmp_path / "a.json"
    result = subprocess.run(
        ["sh", "-c", f'umask 022 && exec "{EXE}" audit "{DAMAGED}" --format json -o "{out}" --no-config'],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_mode & 0o777 == 0o644


def test_the_language_is_detected_when_not_given(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("The plant opens next year. Its price is not known yet.\n", encoding="utf-8")
    payload = json.loads(run("audit", article, "--format", "json", "--no-config").stdout)
    assert payload["documents"][0]["lang"] == "en"
    assert json.loads(run("audit", DAMAGED, "--format", "json", "--no-config").stdout)["documents"][0]["lang"] == "ja"


def test_a_folder_points_to_batch(tmp_path: Path):
    result = run("audit", tmp_path, "--no-config")
    assert result.returncode == 2
    assert f"{tmp_path}: is a folder; to audit the articles in it, run: auditor batch {tmp_path}" in result.stderr
    assert "Is a directory" not in result.stderr
    assert result.stdout == ""  # no "0 findings in 0 documents", which would read as a clean article


def test_fail_on_says_why_it_exits_one():
    result = run("audit", DAMAGED, "--fail-on", "critical", "--no-config")
    assert result.returncode == 1
    assert "auditor: error: 1 finding at or above critical in 1 of 1 document (--fail-on): exit 1" in result.stderr


def test_the_table_stays_aligned_past_line_nine_and_groups_a_flood(tmp_path: Path):
    article = tmp_path / "mixed.txt"
    polite = [f"第{n}の工場は来年に稼働します。" for n in range(1, 13)]
    plain = [f"第{n}の倉庫は今年に完成した。" for n in range(1, 7)]
    article.write_text("\n".join(polite + plain) + "\n価格は 未定 です。\n", encoding="utf-8")
    lines = run("audit", article, "--no-config").stdout.splitlines()
    rows = [line for line in lines[1:] if line.startswith("  ") and ("minor" in line or "major" in line)]
    assert len({line.index("minor") if "minor" in line else line.index("major") for line in rows}) == 1
    assert any("register.mixed ×6" in line and "lines 13, 14, 15, 16, 17, 18" in line for line in rows)
    assert lines[-1] == "7 findings (7 minor) in 1 document"
    assert len(rows) == 2  # the six register findings on one line, and the stray spaces


def test_xlsx_report_is_for_people(tmp_path: Path):
    from openpyxl import load_workbook

    out = tmp_path / "report.xlsx"
    result = run("audit", DAMAGED, "--format", "xlsx", "-o", out, "--no-config")
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(out)["findings"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header, body = rows[0], rows[1:]
    assert header[:11] == ["doc", "rule", "category", "severity", "start", "end", "excerpt", "message",
                           "suggestion", "src_start", "src_end"]  # fmt: skip
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    text = DAMAGED.read_text(encoding="utf-8")
    for row in body:
        record = dict(zip(header, row, strict=True))
        assert text[record["start"] : record["end"]] == record["excerpt"]
    handle = next(dict(zip(header, row, strict=True)) for row in body if row[1] == "handle.transliterated")
    assert handle["excerpt"] == "@ジョンミラー"  # no apostrophe: a string cell, not a neutralised one
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:N{len(rows)}"
    assert run("audit", DAMAGED, "--format", "xlsx", "--no-config").returncode == 2  # a file needs -o

"""Fixes: the library (auditor.fix) and `auditor fix`, run as a user runs it, on real files."""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import auditor
from auditor.findings import Finding
from auditor.fix import SKIP_OVERLAP, SKIP_STALE, SKIP_UNSAFE, apply_fixes, unified_diff

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NEWS_STYLE = SAMPLES / "auditor.toml"  # the samples' publication sets its punctuation full-width
EXE = shutil.which("auditor", path=str(Path(sys.executable).parent)) or "auditor"


def run(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EXE, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=60)


def finding(start: int, end: int, text: str, suggestion: str, fix: str = "safe", severity: str = "minor") -> Finding:
    return Finding("x.y", "style/other", severity, start, end, text[start:end], "m", suggestion, fix=fix)


def changed_regions(old: str, new: str) -> list[tuple[int, int]]:
    """The spans of ``old`` that differ in ``new`` (empty spans for pure insertions)."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [(i1, i2) for tag, i1, i2, _, _ in matcher.get_opcodes() if tag != "equal"]


def shifted(applied: tuple[Finding, ...]) -> list[tuple[str, int, int]]:
    """Where each applied fix's text sits in the fixed text: (rule, start, end) after the edits before it."""
    spans, delta, last = [], 0, None
    for f in sorted(applied, key=lambda f: f.start):
        if last is not None and (f.start, f.end) == last:
            spans.append((f.rule, spans[-1][1], spans[-1][2]))
            continue
        spans.append((f.rule, f.start + delta, f.start + delta + len(f.suggestion)))
        delta += len(f.suggestion) - (f.end - f.start)
        last = (f.start, f.end)
    return spans


def test_fixes_are_applied_back_to_front_inside_their_spans():
    text = "aa BB cc DD ee"
    found = [finding(3, 5, text, "b"), finding(9, 11, text, "dddd"), finding(0, 2, text, "A")]
    result = apply_fixes(text, found)
    assert result.text == "A b cc dddd ee"
    assert [f.start for f in result.applied] == [0, 3, 9]  # text order, whatever the input order


def test_unsafe_fixes_wait_for_the_flag():
    text = "りんごが売れた。"
    unsafe = finding(0, 3, text, "アップル", fix="unsafe")
    assert apply_fixes(text, [unsafe]).text == text
    assert apply_fixes(text, [unsafe]).skipped == ((unsafe, SKIP_UNSAFE),)
    assert apply_fixes(text, [unsafe], unsafe=True).text == "アップルが売れた。"


def test_overlapping_fixes_keep_the_first_and_identical_ones_apply_once():
    text = "abcdef"
    first, overlapping = finding(1, 4, text, "X"), finding(3, 5, text, "Y")
    twin = Finding("z.z", "style/other", "minor", 1, 4, "bcd", "m", "X", fix="safe")
    result = apply_fixes(text, [overlapping, twin, first])
    assert result.text == "aXef"
    assert set(result.applied) == {first, twin} and result.skipped == ((overlapping, SKIP_OVERLAP),)


def test_a_stale_finding_is_never_applied():
    stale = Finding("x.y", "style/other", "minor", 0, 2, "zz", "m", "Q", fix="safe")
    result = apply_fixes("abc", [stale])
    assert result.text == "abc" and result.skipped == ((stale, SKIP_STALE),)


def test_unified_diff_keeps_line_ends_and_says_a_missing_final_newline():
    diff = unified_diff("一行目\r\n二行目", "一行目\r\n二行目？", "a.txt")
    assert diff.startswith("--- a/a.txt\n+++ b/a.txt\n")
    assert "-二行目\n\\ No newline at end of file\n+二行目？\n" in diff


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, Path]:
    article, source = tmp_path / "article.txt", tmp_path / "article.en.txt"
    shutil.copy(SAMPLES / "tech-partnership-ja.txt", article)
    shutil.copy(SAMPLES / "tech-partnership-en.txt", source)
    return article, source


@pytest.mark.parametrize("unsafe", [False, True], ids=["safe", "unsafe"])
def test_fix_changes_only_finding_spans_and_the_fixed_findings_are_gone(damaged, unsafe: bool):
    article, source = damaged
    old = article.read_text(encoding="utf-8")
    report = auditor.audit(old, source=source.read_text(encoding="utf-8"), doc_id=str(article))
    expected = apply_fixes(old, report.findings, unsafe=unsafe)
    assert expected.applied
    args = ["fix", article, "--source", source, "--no-config"] + (["--unsafe-fixes"] if unsafe else [])
    result = run(*args)
    assert result.returncode == 0, result.stderr
    new = article.read_text(encoding="utf-8")
    assert new == expected.text != old
    spans = [(f.start, f.end) for f in expected.applied]
    for start, end in changed_regions(old, new):
        assert any(s <= start and end <= e for s, e in spans), f"{old[start:end]!r} changed outside every finding"
    again = auditor.audit(new, source=source.read_text(encoding="utf-8"))
    still = {(f.rule, f.start, f.end) for f in again.findings}
    assert not still & set(shifted(expected.applied)), "a fixed finding is still reported"
    assert f"fixed {len(expected.applied)}" in result.stderr


def test_unsafe_fixes_restore_the_brand(damaged):
    article, source = damaged
    assert run("fix", article, "--source", source, "--no-config").returncode == 0
    assert "りんごと家庭用ロボット" in article.read_text(encoding="utf-8")  # an unsafe fix: left alone
    assert run("fix", article, "--source", source, "--unsafe-fixes", "--no-config").returncode == 0
    text = article.read_text(encoding="utf-8")
    assert "アップルと家庭用ロボット" in text and "りんご" not in text


def test_diff_prints_the_fixes_and_writes_nothing(damaged):
    article, source = damaged
    before, stat = article.read_bytes(), article.stat()
    result = run("fix", article, "--source", source, "--diff", "--config", NEWS_STYLE)
    assert result.returncode == 1  # there is something to fix
    assert article.read_bytes() == before and article.stat().st_mtime_ns == stat.st_mtime_ns
    assert result.stdout.startswith(f"--- a/{article}\n+++ b/{article}\n")
    assert "+市場の反応：アナリスト" in result.stdout and "-市場の反応: アナリスト" in result.stdout
    assert not list(article.parent.glob(".*.tmp"))


def test_fix_keeps_the_encoding_line_ends_and_mode_and_writes_o(tmp_path: Path):
    article = tmp_path / "sjis.txt"
    article.write_bytes("価格は 未定 だ。\r\n発売はいつか?\r\n".encode("cp932"))
    os.chmod(article, 0o640)
    out = tmp_path / "fixed" / "sjis.txt"
    result = run("fix", article, "-o", out, "--config", NEWS_STYLE)
    assert result.returncode == 0, result.stderr
    assert article.read_bytes() == "価格は 未定 だ。\r\n発売はいつか?\r\n".encode("cp932")  # -o: FILE untouched
    assert out.read_bytes() == "価格は未定だ。\r\n発売はいつか？\r\n".encode("cp932")
    assert run("fix", article, "--config", NEWS_STYLE).returncode == 0
    assert article.read_bytes() == out.read_bytes() and article.stat().st_mode & 0o777 == 0o640


def test_fix_refuses_what_it_cannot_write_back(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>価格は 未定 だ。</p></body></html>", encoding="utf-8")
    result = run("fix", page, "--no-config")
    assert result.returncode == 2 and "cannot fix a html file" in result.stderr
    assert "Traceback" not in result.stderr


def test_fix_with_nothing_to_fix_writes_nothing(tmp_path: Path):
    clean = tmp_path / "clean.txt"
    shutil.copy(SAMPLES / "clean-economy-ja.txt", clean)
    before = clean.stat().st_mtime_ns
    result = run("fix", clean, "--no-config")
    assert result.returncode == 0 and "fixed 0" in result.stderr
    assert clean.stat().st_mtime_ns == before
    assert run("fix", clean, "--diff", "--no-config").returncode == 0


def test_the_fix_column_is_in_the_reports(damaged):
    article, source = damaged
    payload = json.loads(run("audit", article, "--source", source, "--format", "json", "--no-config").stdout)
    fixes = {f["rule"]: f["fix"] for f in payload["documents"][0]["findings"]}
    assert fixes["whitespace.between-japanese"] == "safe" and fixes["source.brand-as-word"] == "unsafe"
    assert fixes["source.name-missing"] == ""

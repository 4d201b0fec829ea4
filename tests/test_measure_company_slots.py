"""tools/measure_company_slots.py: the slots it reads on sentences written here, and the measured block of
name_slots.tsv, which must be what the script writes from ../shared/eval-data (skipped where that is absent)."""

from __future__ import annotations

from pathlib import Path

from auditor.analysis.morph import tokens
from tests.conftest import shared_file, tool

ROOT = Path(__file__).resolve().parent.parent


def _tool():  # type: ignore[no-untyped-def]
    return tool("measure_company_slots")


def test_possessed_is_the_first_noun_and_the_run() -> None:
    tool = _tool()
    toks = tokens("アマゾンの通期見通しは明るい")
    at = [t.surface for t in toks].index("の")
    assert tool._possessed(toks, at) == ["通期", "通期見通し"]


def test_predicate_is_a_verbal_noun_with_suru() -> None:
    tool = _tool()
    toks = tokens("アマゾンは新しい倉庫を開設した")
    assert tool._predicate(toks, 1) == "開設"
    assert tool._predicate(tokens("アマゾンは大きい"), 1) is None  # an adjective is no company's act


def test_company_words() -> None:
    tool = _tool()
    forms = tool._company_forms()
    assert "アマゾン" in forms
    toks = tokens("グレッグス社は")
    assert tool._company(toks, [t.surface for t in toks].index("社"), forms)


def test_measured_block_is_the_scripts_output() -> None:
    root = shared_file("eval-data/wmt23/ja-en/src.ja.txt").parents[2]
    tool = _tool()
    company, control = tool.measure(root)
    rows = tool.kept(company, control)
    totals = ", ".join(
        f"{slot} {sum(company.get(slot, {}).values())} (after ordinary nouns {sum(control.get(slot, {}).values())})"
        for slot in ("company-verb", "company-possession")
    )
    assert tool.written(tool.block(rows, totals)) == tool.SLOTS_PATH.read_text(encoding="utf-8")

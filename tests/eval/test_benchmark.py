"""The benchmark: findings carried over from the clean base, and a full run on a small eval-data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.eval.benchmark import carried_over, run_benchmark
from auditor.findings import Finding
from tests.eval.test_corpus import fake  # noqa: F401 - the fixture


def finding(start: int, end: int) -> Finding:
    return Finding("r.x", "style/other", "minor", start, end, "x" * (end - start), "m")


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        ([], {(0, 2), (10, 12)}),
        # 3 characters inserted at 5: what follows moves by 3.
        ([[5, 8, ""]], {(0, 2), (13, 15)}),
        # 2 characters (6:8) replaced by 5: +3 after it; a finding on them is dropped.
        ([[6, 11, "ab"]], {(0, 2), (13, 15)}),
        # a deletion of 4 characters at 4 (start == end in the new text): what follows moves back.
        ([[4, 4, "abcd"]], {(0, 2), (6, 8)}),
        # an edit over the first finding drops it.
        ([[1, 3, "ab"]], {(10, 12)}),
        # two edits: both shifts add up.
        ([[3, 4, ""], [9, 11, ""]], {(0, 2), (13, 15)}),
    ],
)
def test_carried_over_follows_the_edits(edits, expected):
    assert carried_over([finding(0, 2), finding(10, 12)], edits) == {("r.x", *span) for span in expected}


def test_an_edit_inside_a_finding_drops_it():
    assert carried_over([finding(2, 8)], [[5, 7, ""]]) == set()


def test_run_benchmark_on_a_small_eval_data_folder(fake: Path):  # noqa: F811
    result = run_benchmark(fake, seeds=2)
    assert result.clean_documents == 2 + 2  # two news documents, two non-empty WMT23 lines
    assert result.documents > result.clean_documents
    injected = result.overall.gold
    assert injected > 0
    # What the injections brought is found (the texts are tiny and clean, so nothing else fires).
    assert result.metric("recall") >= 0.5
    assert all(miss.doc_id.count("+") == 1 for miss in result.misses)

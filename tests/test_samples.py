"""The samples' findings, asserted exactly (rule, span, excerpt, suggestion, severity).

Run `python tests/test_samples.py --update` after a deliberate rule change and review the diff.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from auditor.audit import audit
from auditor.readers import read_path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ARTICLES = sorted(SAMPLES.glob("*.txt"))
KEYS = ("rule", "severity", "start", "end", "excerpt", "suggestion")


def findings_of(path: Path) -> list[dict[str, object]]:
    report = audit(read_path(path))
    assert report.errors == []
    return [{key: getattr(f, key) for key in KEYS} for f in report.findings]


def expected_path(article: Path) -> Path:
    return article.with_suffix(".expected.json")


def test_there_are_samples():
    assert len(ARTICLES) >= 3


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_sample_findings_are_exactly_the_expected_ones(article: Path):
    expected = json.loads(expected_path(article).read_text(encoding="utf-8"))
    assert findings_of(article) == expected


@pytest.mark.parametrize("name", ["apple-harvest-ja.txt", "clean-economy-ja.txt"])
def test_articles_that_must_not_fire_stay_quiet(name: str):
    assert findings_of(SAMPLES / name) == []


def test_damaged_samples_show_every_rule():
    from auditor.rules import all_rules

    fired = {f["rule"] for article in ARTICLES for f in findings_of(article)}
    assert fired == {rule.id for rule in all_rules()}


if __name__ == "__main__" and "--update" in sys.argv:
    for article in ARTICLES:
        expected_path(article).write_text(
            json.dumps(findings_of(article), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print("wrote", expected_path(article))

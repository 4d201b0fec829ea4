"""The samples' findings, asserted exactly (rule, span, excerpt, suggestion, severity, source span).

An article ``name-ja.txt`` with a source ``name-en.txt`` beside it is audited twice: on its own
(``name-ja.expected.json``) and with its source (``name-ja.bilingual.expected.json``).

Run `python tests/test_samples.py --update` after a deliberate rule change and review the diff.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from auditor.audit import audit
from auditor.config import settings_for
from auditor.readers import read_path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ARTICLES = sorted(SAMPLES.glob("*-ja.txt"))
BILINGUAL = [article for article in ARTICLES if article.with_name(article.name[:-7] + "-en.txt").exists()]
KEYS = ("rule", "severity", "start", "end", "excerpt", "suggestion")
SOURCE_KEYS = ("src_start", "src_end")


def source_of(article: Path) -> Path:
    return article.with_name(article.name[:-7] + "-en.txt")


def findings_of(path: Path, bilingual: bool = False) -> list[dict[str, object]]:
    source = read_path(source_of(path), lang="en") if bilingual else None
    report = audit(read_path(path), source=source, settings=settings_for(path))  # samples/auditor.toml
    assert report.errors == []
    keys = KEYS + SOURCE_KEYS if bilingual else KEYS
    return [{key: getattr(f, key) for key in keys} for f in report.findings]


def expected_path(article: Path, bilingual: bool = False) -> Path:
    return article.with_suffix(".bilingual.expected.json" if bilingual else ".expected.json")


def test_there_are_samples():
    assert len(ARTICLES) >= 3


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_sample_findings_are_exactly_the_expected_ones(article: Path):
    expected = json.loads(expected_path(article).read_text(encoding="utf-8"))
    assert findings_of(article) == expected


@pytest.mark.parametrize("article", BILINGUAL, ids=lambda p: p.name)
def test_bilingual_sample_findings_are_exactly_the_expected_ones(article: Path):
    expected = json.loads(expected_path(article, bilingual=True).read_text(encoding="utf-8"))
    assert findings_of(article, bilingual=True) == expected


@pytest.mark.parametrize("name", ["apple-harvest-ja.txt", "clean-economy-ja.txt"])
def test_articles_that_must_not_fire_stay_quiet(name: str):
    assert findings_of(SAMPLES / name) == []


def test_damaged_samples_show_every_rule():
    from auditor.rules import all_rules

    fired = {f["rule"] for article in ARTICLES for f in findings_of(article)}
    fired |= {f["rule"] for article in BILINGUAL for f in findings_of(article, bilingual=True)}
    assert fired == {rule.id for rule in all_rules()}


if __name__ == "__main__" and "--update" in sys.argv:
    for article, bilingual in [(a, False) for a in ARTICLES] + [(a, True) for a in BILINGUAL]:
        expected_path(article, bilingual).write_text(
            json.dumps(findings_of(article, bilingual), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print("wrote", expected_path(article, bilingual))

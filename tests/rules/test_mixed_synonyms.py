"""terminology.mixed-synonyms: one term written with two words of one meaning in one article; what it catches and
what it leaves alone, with exact offsets and suggestions."""

from __future__ import annotations

import pytest

from auditor import audit
from auditor.lexicons import Lexicon
from auditor.lexicons.schema import SynonymSetRow

RULE = "terminology.mixed-synonyms"


def found(text: str) -> list[tuple[str, int, int, str]]:
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == RULE]


INVALID = [
    # The minority word, also inside a compound (暗号通貨取引所), against the word the article uses most.
    (
        "暗号通貨取引所の株が下がった。仮想通貨の価格も下落し、仮想通貨の投資家が売った。",
        [("暗号通貨", 0, 4, "仮想通貨")],
    ),
    # Three words of the set: both minority words are flagged.
    (
        "暗号資産の規制が強まる。暗号資産の交換業者は登録が要る。仮想通貨の人気は続く。暗号通貨の広告も増えた。",
        [("仮想通貨", 28, 32, "暗号資産"), ("暗号通貨", 39, 43, "暗号資産")],
    ),
]

VALID = [
    # One word throughout: the publication's consistent choice.
    "暗号資産の規制が強まる。暗号資産の交換業者は登録が要る。",
    # Two words equally often: no choice of the article's to follow.
    "暗号資産の価格が下落し、仮想通貨の取引も減った。",
    # The press's gloss: the other name in brackets right after the word used counts for neither.
    "暗号資産（仮想通貨）の価格が急落した。暗号資産の取引所は対応に追われた。",
    # Words that share a kanji but are not in a set.
    "暗号技術の研究が進む。仮想通貨の取引も増えた。",
]


@pytest.mark.parametrize(("text", "expected"), INVALID)
def test_flags_the_minority_word(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", VALID)
def test_leaves_consistent_articles_alone(text: str) -> None:
    assert found(text) == []


def test_the_shipped_sets_have_two_words_each() -> None:
    rows = Lexicon("ja").table(SynonymSetRow)
    assert rows and all(len(set(row.forms)) >= 2 for row in rows)

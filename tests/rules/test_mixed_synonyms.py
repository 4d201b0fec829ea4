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
    # Every use of the minority word is flagged.
    (
        "暗号通貨の規制が強まる。暗号通貨の業者は登録が要る。暗号通貨の人気は続く。仮想通貨の広告も増え、仮想通貨の詐欺も出た。",
        [("仮想通貨", 37, 41, "暗号通貨"), ("仮想通貨", 48, 52, "暗号通貨")],
    ),
]

VALID = [
    # One word throughout: the publication's consistent choice.
    "暗号通貨の規制が強まる。暗号通貨の交換業者は登録が要る。",
    # Two words equally often: no choice of the article's to follow.
    "暗号通貨の価格が下落し、仮想通貨の取引も減った。",
    # A gloss: the other word in brackets right after the word used counts for neither.
    "仮想通貨（暗号通貨）の価格が急落した。仮想通貨の取引所は対応に追われた。",
    # A word outside every set (暗号資産, the statutory name, which a human reference mixes with 暗号通貨).
    "暗号資産の規制が強まる。暗号通貨の業者は登録が要る。暗号通貨の人気は続く。",
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

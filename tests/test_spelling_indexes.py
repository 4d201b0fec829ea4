"""The derived indexes terminology.spelling-variants reads (tools/build_spelling_indexes.py) match the tables they
come from, and a publication's configured rows of those tables still count."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from auditor.lexicons import Lexicon, shipped_languages
from auditor.rules.terminology import _KnownNames, _LoanSources

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from build_spelling_indexes import LEXICONS, expected  # noqa: E402


@pytest.mark.parametrize("lang", shipped_languages())
def test_the_derived_indexes_are_up_to_date(lang: str) -> None:
    for file_name, text in expected(lang).items():
        path = LEXICONS / lang / file_name
        assert path.exists(), f"{path} is missing: run tools/build_spelling_indexes.py"
        assert path.read_text(encoding="utf-8") == text, f"{path} is out of date: run tools/build_spelling_indexes.py"


def test_configured_rows_join_the_shipped_index() -> None:
    extra = {
        "word_renderings": [{"word": "zorblet", "renderings": ["ぞ"], "loans": ["ゾーブレット"]}],
        "known_names": [
            {"name": "Zorb Lex", "kind": "company", "forms": ["ゾーブレックス"]},
            {"name": "Zorbia", "kind": "conventional", "forms": ["ぞ国"]},
        ],
    }
    lexicon = Lexicon("ja", extra)
    loans = _LoanSources(lexicon)
    assert loans.get("ゾーブレット") == {"zorblet"}
    assert not loans.get("ゾーブレッツ")
    assert "recipe" in loans.get("レシピ")  # shipped: word_renderings.tsv through loan_sources.tsv
    names = _KnownNames(lexicon)
    assert names.forms("zorblex") == {"ゾーブレックス"}
    assert names.forms("zorbia") is None  # a conventional name proves nothing about katakana
    assert _KnownNames(Lexicon("ja")).forms("zorblex") is None

"""The shared scans: each pattern matched at the starts of its letters finds what its own scan finds; the katakana
words and names found in one scan are those of their own patterns."""

from __future__ import annotations

import random

import pytest

from auditor.analysis.context import Analysis
from auditor.analysis.scripts import (
    KATAKANA_NAME,
    KATAKANA_WORD,
    katakana_names,
    katakana_words,
    latin_runs,
    latin_starts,
    matches_at,
)
from auditor.document import Document
from auditor.rules import language, terminology

_PATTERNS = [
    (terminology._LATIN_RUN, terminology._LETTER),
    (language._LATIN_RUN, language._LATIN_LETTERS),
]

_TEXTS = [
    "",
    "新型のModel Yを発表した。",
    "社長はこう話した。We are going to build a new plant next year.",
    "3×4の箱と÷記号、Ａｐｐｌｅと書かれた看板、Malmö×Zürichの試合。",
    "@userと#tagと$TSLA、pic.twitter.com/abcとinfo@example.comは除く。",
    "Éric Zemmour et Timothée Chalamet sont là, ×Ａbc ÷déf garçon.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_matches_at_starts_equal_finditer(text: str) -> None:
    analysis = Analysis(Document(text, lang="ja"))
    for pattern, letters in _PATTERNS:
        shared = [match.span() for match in matches_at(pattern, text, latin_starts(analysis, letters))]
        assert shared == [match.span() for match in pattern.finditer(text)]


def test_random_texts_equal_finditer() -> None:
    pieces = "aZ éÿ×÷ＡｚĀ-&'.@#/:_0テ漢\n,;ÀÖØ"
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        analysis = Analysis(Document(text, lang="ja"))
        for pattern, letters in _PATTERNS:
            shared = [match.span() for match in matches_at(pattern, text, latin_starts(analysis, letters))]
            assert shared == [match.span() for match in pattern.finditer(text)], text


def test_latin_runs_are_maximal() -> None:
    analysis = Analysis(Document("新Model Yはｘ×Ａ", lang="ja"))
    assert latin_runs(analysis) == [(1, 6), (7, 8), (9, 12)]


_KATAKANA_TEXTS = [
    "",
    "ジョン・スミス氏とブリッジ火災、スペースXのファルコン9ロケット。",
    "@イーロンマスクと＃タグ、ーアイ、ア・・イ、ヽヾ、ｱｲｳと半角ｶﾀｶﾅ、ㇰㇱの音。",
    "オープンAIのAPIとスペースXYZ、テスト・ケース・。",
]


def _check_katakana(text: str) -> None:
    analysis = Analysis(Document(text, lang="ja"))
    assert katakana_words(analysis) == list(dict.fromkeys(KATAKANA_WORD.findall(analysis.text))), text
    assert katakana_names(analysis) == frozenset(KATAKANA_NAME.findall(analysis.text)), text


@pytest.mark.parametrize("text", _KATAKANA_TEXTS)
def test_katakana_words_and_names_equal_their_patterns(text: str) -> None:
    _check_katakana(text)


def test_random_katakana_equal_their_patterns() -> None:
    pieces = [*"アインーー・・･ｱｰﾞ゠ヽヷァ@＠#$XZ19a氏火 、\nあㇰ", "ジョン", "スペースX", "ファルコン9"]
    rng = random.Random(11)
    for _ in range(3000):
        _check_katakana("".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))))

"""entity.spelled-initialism: Latin initialisms spelt out in katakana letter names (textlint-style, exact offsets)."""

from __future__ import annotations

import pytest

from auditor import audit

RULE = "entity.spelled-initialism"


def found(text: str) -> list[tuple[int, int, str, str]]:
    findings = [f for f in audit(text, lang="ja").findings if f.rule == RULE]
    for f in findings:
        assert text[f.start : f.end] == f.excerpt
    return [(f.start, f.end, f.excerpt, f.suggestion) for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KTが勝った。ケイティは首位だ。", [(7, 11, "ケイティ", "KT")]),
        ("ケイティ(KT)ウィズが勝った。", [(0, 4, "ケイティ", "KT")]),  # glossed after: still spelt out
        ("ケイティ・ウィズとKTの試合", [(0, 4, "ケイティ", "KT")]),  # the first word of a name
        ("ケーティー監督とKT", [(0, 5, "ケーティー", "KT")]),  # other letter names, a kanji word after
        ("ＮＴＴとエヌ・ティ・ティの株", [(4, 12, "エヌ・ティ・ティ", "NTT")]),  # names joined by ・, full-width Latin
    ],
)
def test_letter_names_of_an_initialism_the_article_writes_in_latin_are_found(
    text: str, expected: list[tuple[int, int, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ケイティ・ペリーが歌った。",  # no KT in the article: Katie
        "KT(ケイティー)は通信会社だ。",  # a reading in brackets after the Latin
        "KTとケイティング",  # letter names that open a longer word
        "TKOとケイティ",  # other letters in Latin
        "KTsとケイティ",  # no initialism: part of a longer Latin word
        "CT検査の後でシティへ",  # a common word, though シ and ティ are C and T
    ],
)
def test_letter_names_without_their_initialism_in_latin_are_left_alone(text: str) -> None:
    assert found(text) == []

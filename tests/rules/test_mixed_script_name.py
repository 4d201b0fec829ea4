"""entity.mixed-script-name: Korean names half in kanji, half in katakana (textlint-style, exact offsets)."""

from __future__ import annotations

import pytest

from auditor import audit

RULE = "entity.mixed-script-name"


def found(text: str) -> list[tuple[int, int, str, str]]:
    findings = [f for f in audit(text, lang="ja").findings if f.rule == RULE]
    for f in findings:
        assert text[f.start : f.end] == f.excerpt
    return [(f.start, f.end, f.excerpt, f.suggestion) for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("イ・ミンホ氏が来た。李ミンホ氏は笑った。", [(10, 14, "李ミンホ", "イ・ミンホ")]),
        ("朴ソラ選手、そしてパク・ソラ選手", [(0, 3, "朴ソラ", "パク・ソラ")]),  # the mixed form first
        ("リ・ヨンスと李ヨンス", [(6, 10, "李ヨンス", "リ・ヨンス")]),  # one of two readings
    ],
)
def test_a_kanji_family_name_before_the_katakana_given_name_of_the_article_is_found(
    text: str, expected: list[tuple[int, int, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "李ミンホ氏が来た。",  # no katakana form in the article
        "イ・ミンホ氏と李ミンホンさん",  # another given name: the katakana goes on
        "キム・ミンホ氏と李ミンホ氏",  # キム is not a reading of 李
        "イ・ミンホ・パクと李ミンホ",  # three words: no family name and given name
    ],
)
def test_a_mixed_form_without_the_katakana_form_beside_it_is_left_alone(text: str) -> None:
    assert found(text) == []

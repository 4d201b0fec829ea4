"""entity.homophone-body: ministries and agencies written with homophone kanji (textlint-style, exact offsets)."""

from __future__ import annotations

import pytest

from auditor import audit

RULE = "entity.homophone-body"


def found(text: str) -> list[tuple[int, int, str, str]]:
    findings = [f for f in audit(text, lang="ja").findings if f.rule == RULE]
    for f in findings:
        assert text[f.start : f.end] == f.excerpt
    return [(f.start, f.end, f.excerpt, f.suggestion) for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ラオス保険省の担当者", [(3, 6, "保険省", "保健省")]),  # a katakana country before it
        ("当時の労道省が認めた。", [(3, 6, "労道省", "労働省")]),
    ],
)
def test_a_body_written_with_homophone_kanji_is_found(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ラオス保健省の担当者",  # the body itself
        "米国務省は声明を出した。",  # a known body with a kanji before it
        "官公庁や企業に納める。",  # a word of its own, read like 観光庁
        "各省と帰省",  # two characters: words, not bodies
        "通信情報省が発表した。",  # no body reads like it
        "保険省令",  # a kanji after it: no body's name ends there
    ],
)
def test_known_bodies_and_words_are_left_alone(text: str) -> None:
    assert found(text) == []

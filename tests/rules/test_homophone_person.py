"""entity.homophone-person: well-known Japanese people named in homophone kanji (textlint-style, exact offsets)."""

from __future__ import annotations

import pytest

from auditor import audit

RULE = "entity.homophone-person"


def found(text: str) -> list[tuple[int, int, str, str]]:
    findings = [f for f in audit(text, lang="ja").findings if f.rule == RULE]
    for f in findings:
        assert text[f.start : f.end] == f.excerpt
    return [(f.start, f.end, f.excerpt, f.suggestion) for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会談で二階敏弘議員は述べた。", [(3, 7, "二階敏弘", "二階俊博")]),  # トシヒロ: 俊博, not 敏弘
        ("石破繁氏が語った。", [(0, 3, "石破繁", "石破茂")]),  # a name of three kanji
    ],
)
def test_a_notable_name_in_other_kanji_of_its_reading_is_found(
    text: str, expected: list[tuple[int, int, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "二階俊博議員は述べた。",  # the name itself
        "二階敏弘さんは店を開いた。",  # a familiar suffix: a private person of that reading
        "安藤忠男氏が設計した。",  # 安藤忠雄 and 安藤忠夫 share the reading: neither is meant for sure
        "二階敏弘",  # no title after it: not read as a name
    ],
)
def test_other_names_are_left_alone(text: str) -> None:
    assert found(text) == []

"""The entity rules that decide from a resource: entity.spelled-initialism (letter_names.tsv), entity.mixed-script-name
(korean_surnames.tsv), entity.homophone-body (government_bodies.tsv) and entity.homophone-person (notable_names.tsv);
textlint-style, exact offsets."""

from __future__ import annotations

import pytest

from auditor import audit


def found(text: str, rule: str) -> list[tuple[int, int, str, str]]:
    findings = [f for f in audit(text, lang="ja").findings if f.rule == rule]
    for f in findings:
        assert text[f.start : f.end] == f.excerpt
    return [(f.start, f.end, f.excerpt, f.suggestion) for f in findings]


SPELLED_INITIALISM = "entity.spelled-initialism"


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
    assert found(text, SPELLED_INITIALISM) == expected


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
    assert found(text, SPELLED_INITIALISM) == []


MIXED_SCRIPT_NAME = "entity.mixed-script-name"


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
    assert found(text, MIXED_SCRIPT_NAME) == expected


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
    assert found(text, MIXED_SCRIPT_NAME) == []


HOMOPHONE_BODY = "entity.homophone-body"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ラオス保険省の担当者", [(3, 6, "保険省", "保健省")]),  # a katakana country before it
        ("当時の労道省が認めた。", [(3, 6, "労道省", "労働省")]),
    ],
)
def test_a_body_written_with_homophone_kanji_is_found(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert found(text, HOMOPHONE_BODY) == expected


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
    assert found(text, HOMOPHONE_BODY) == []


HOMOPHONE_PERSON = "entity.homophone-person"


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
    assert found(text, HOMOPHONE_PERSON) == expected


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
    assert found(text, HOMOPHONE_PERSON) == []

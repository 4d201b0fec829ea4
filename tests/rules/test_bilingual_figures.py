"""numbers.bilingual-mismatch: figures of a bilingual page's Japanese lines checked against the English lines beside
them; what it catches and what it leaves alone, with exact offsets and suggestions."""

from __future__ import annotations

import pytest

from auditor import audit

RULE = "numbers.bilingual-mismatch"

# Two pairs whose figures agree (by value: 30 million = 3000万), which make the page bilingual.
HEAD = (
    "熱波で3000万人以上が影響を受けている。\n"
    "A heatwave is affecting over 30 million people.\n"
    "気温は最高で華氏105度に達した。\n"
    "Temperatures reached a high of 105 degrees Fahrenheit.\n"
)


def found(text: str) -> list[tuple[str, int, int, str]]:
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == RULE]


def at(line: str, excerpt: str) -> int:
    return len(HEAD) + line.index(excerpt)


INVALID = [
    # A scale lost or doubled: the English says 30 million, the Japanese 3億.
    ("3億人以上が警報の対象となった。\nMore than 30 million people were under alerts.", "3億", "3000万"),
    ("約1 億 9,880 万人が高温にさらされた。\nAbout 19.8 million people faced the heat.", "1 億 9,880 万", "1,980万"),
    # A figure changed: a year, a percentage.
    ("同社は2009年に設立された。\nThe company was founded in 2019 in Oregon.", "2009年", "2019年"),
    ("失業率は4.5%に上昇した。\nThe unemployment rate rose to 5.4% in May.", "4.5%", "5.4%"),
]

VALID = [
    # The same figures, written the Japanese way.
    "3000万人以上が警報の対象となった。\nMore than 30 million people were under alerts.",
    "同社は2019年に設立された。\nThe company was founded in 2019 in Oregon.",
    # A measure converted (107°F = 42度) and the same figure in another unit (107度: the unit rules' matter).
    "気温は42度に達した。\nTemperatures reached 107°F in the valley.",
    "気温は摂氏107度に達した。\nTemperatures reached 107 degrees Fahrenheit.",
    # A figure the Japanese keeps as written; a number the English spells out.
    "損失は1日€100m（$110m）に上る恐れがある。\nIt could cost €100m ($110m) a day, or three times more.",
    "政府は3年かけて補助金を廃止し、損失は100億円に上る。\nThe subsidy goes over three years at a cost of $70m.",
    # A figure missing from the Japanese line is not reported: a line may shorten.
    "多くの人が警報の対象となった。\nMore than 30 million people were under alerts.",
]


@pytest.mark.parametrize(("line", "excerpt", "suggestion"), INVALID, ids=[case[1] for case in INVALID])
def test_invalid(line: str, excerpt: str, suggestion: str):
    start = at(line, excerpt)
    assert found(HEAD + line) == [(excerpt, start, start + len(excerpt), suggestion)]


@pytest.mark.parametrize("line", VALID)
def test_valid(line: str):
    assert found(HEAD + line) == []


def test_a_page_needs_two_pairs_that_agree():
    # One pair is chance: a Japanese line beside a quotation in English is no translation of it.
    text = "3億人以上が警報の対象となった。\nMore than 30 million people were under alerts.\n"
    assert found(text) == []
    assert found("今日は晴れだ。\n" + text) == []


def test_lines_of_another_latin_language_are_not_read():
    # Vietnamese writes 1.200 for 1,200: its lines are not read as English.
    text = (
        "約300人が登録した。\nKhoảng 300 người đã đăng ký trước đó.\n"
        "約250人が欠席した。\nKhoảng 250 người đã vắng mặt hôm đó.\n"
        "約1200人が参加した。\nKhoảng 1.200 người đã tham gia sự kiện này.\n"
    )
    assert found(text) == []


def test_english_before_japanese():
    text = (
        "A heatwave is affecting over 30 million people.\n熱波で3000万人以上が影響を受けている。\n"
        "Temperatures reached a high of 105 degrees Fahrenheit.\n気温は最高で華氏105度に達した。\n"
        "More than 30 million people were under alerts.\n3億人以上が警報の対象となった。"
    )
    start = text.index("3億")
    assert found(text) == [("3億", start, start + 2, "3000万")]


def test_pages_without_english_lines_stay_quiet():
    assert found("熱波で3億人以上が影響を受けている。\n気温は最高で42度に達した。") == []


def test_severity_and_category():
    report = audit(HEAD + INVALID[0][0], lang="ja")
    finding = next(f for f in report.findings if f.rule == RULE)
    assert (finding.category, finding.severity) == ("accuracy/number", "major")
    assert "'30 million'" in finding.message
    assert "scale is lost" not in finding.message  # ten times: a changed figure, not a scale word lost


def test_a_lost_scale_word_is_named():
    report = audit(HEAD + "利用者は3万人に達した。\nThe service reached 30 million users.", lang="ja")
    finding = next(f for f in report.findings if f.rule == RULE)
    assert finding.excerpt == "3万"
    assert "scale is lost" in finding.message

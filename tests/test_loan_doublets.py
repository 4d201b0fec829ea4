"""A compound written with a loanword and with its translation: entity.translated-name (a name's part before a Latin
word) and terminology.loan-and-translation (two loanwords), with exact spans and suggestions."""

from __future__ import annotations

import pytest

from auditor import audit


def found(text: str, rule: str) -> list[tuple[str, int, int, str]]:
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name's loanword translated before its Latin part, each use reported.
        ("オープンAIは新モデルを公開した。開けるAIの幹部は、開けるAIの方針を語った。",
         [("開ける", 17, 20, "オープン"), ("開ける", 27, 30, "オープン")]),
        ("宇宙Xの打ち上げは延期された。スペースXは来月に再挑戦する。", [("宇宙", 0, 2, "スペース")]),
    ],
)
def test_name_part_translated(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert found(text, "entity.translated-name") == expected


@pytest.mark.parametrize(
    "text",
    [
        "オープンAIは新モデルを公開した。",  # one form only
        "宇宙Xの計画は不明だ。",  # no loanword form in the article: nothing shows it is a name
        "スペースXは打ち上げた。宇宙XYZは別の会社だ。",  # another Latin word after the rendering (XYZ, not X)
        "スーパースペースXと宇宙Xの二社。",  # the loanword form only inside a longer katakana word
    ],
)
def test_name_part_quiet(text: str) -> None:
    assert found(text, "entity.translated-name") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The majority form is kept: here the loanword (twice against once).
        ("写真のタイムスタンプを確認した。タイムスタンプは正しく、時間スタンプの改ざんはなかった。",
         [("時間", 28, 30, "タイム")]),
        # A tie keeps the form written first.
        ("衛星イベントの後、サテライトイベントも開かれた。", [("サテライト", 9, 14, "衛星")]),
    ],
)
def test_loan_and_translation(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert found(text, "terminology.loan-and-translation") == expected


@pytest.mark.parametrize(
    "text",
    [
        "写真のタイムスタンプを確認した。",  # one form
        "パワーポイントで資料を作った。",  # no translated form
        "スーパータイムスタンプと時間スタンプ。",  # the loanword form only inside a longer katakana word
    ],
)
def test_loan_and_translation_quiet(text: str) -> None:
    assert found(text, "terminology.loan-and-translation") == []

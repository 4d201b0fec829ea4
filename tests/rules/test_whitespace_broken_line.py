"""whitespace.broken-line: a line break inside a word or a clause of Japanese prose, with exact offsets."""

from __future__ import annotations

import pytest

from auditor import audit

RULE = "whitespace.broken-line"


def found(text: str) -> list[tuple[str, int, int, str]]:
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == RULE]


INVALID = [
    # IPAdic reads one word across the break: a verb cut from its okurigana, a noun cut in two.
    ("計画を発表し、責任を持\nち、段階的に進める。", [("持\nち", 10, 13, "持ち")]),
    ("同社は、新しい総合利用プロジ\nェクトを始めた。", [("ジ\nェ", 13, 16, "ジェ")]),
    # The next line opens with a particle that ties it to the word before: no line of Japanese opens with one.
    ("会見には、同社の社長\nは、出席しなかった。", [("長\nは", 9, 12, "長は")]),
    # する after a verbal noun.
    ("会議で、新しい方針を発表\nし、理由を説明した。", [("表\nし", 11, 14, "表し")]),
    # A CRLF break is one break: the excerpt holds both characters, the suggestion neither.
    ("計画を発表し、責任を持\r\nち、段階的に進める。", [("持\r\nち", 10, 14, "持ち")]),
    # A paragraph with one proven break is wrapped throughout: its other breaks between two letters of prose too.
    (
        "計画を発表し、責任を持\nち、経済と環境のガバナンス\n状況を説明した。",
        [("持\nち", 10, 13, "持ち"), ("ス\n状", 24, 27, "ス状")],
    ),
    # Not across a blank line: another paragraph.
    (
        "計画を発表し、責任を持\nち、進めた。\n\n同社は、経済と環境のガバナンス\n状況を説明した。",
        [("持\nち", 10, 13, "持ち")],
    ),
]

VALID = [
    # A paragraph's end: a blank line.
    "計画を発表し、責任を持った。\n\n同社は来月に発売する。",
    # A line with no 、 or 。: a headline, a list item, a caption ends its line without a mark.
    "同社が新型車を発表\nした理由は価格だ。",
    # After a closing bracket: a quotation set as a block, on purpose.
    "大統領府は、「結論は出ていない」\nとコメントした。",
    # An adverbial particle may open a line (a reply, an exclamation).
    "山田さん、今日も最高\nなんて素敵な日なんだろう。",
    # Two words that only meet at the break, in a paragraph with no proven break.
    "同社は、経済と環境のガバナンス\n状況を説明した。",
    "同社は、新製品を東京\n大阪で販売する。",
    # The line ends its sentence.
    "同社は、新製品を発表した。\nはじめに価格を説明した。",
]


@pytest.mark.parametrize(("text", "expected"), INVALID)
def test_invalid(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", VALID)
def test_valid(text):
    assert found(text) == []

"""unicode.stray-selector: an emoji variation selector with nothing to select (text written for these tests)."""

from __future__ import annotations

import pytest

from auditor import audit

RULE = "unicode.stray-selector"


def found(text: str) -> list[tuple[int, int, str, str | None]]:
    return [(f.start, f.end, f.excerpt, f.suggestion) for f in audit(text, lang="ja").findings if f.rule == RULE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # At a line's start, where a post's emoji was stripped: the selector and the letter after it.
        ("\ufe0f外務省の報道官が述べた。", [(0, 2, "\ufe0f外", "外")]),
        # After a letter: the letters on both sides, so that the editor sees where it sits.
        ("会議は東京\ufe0fで開かれた。", [(4, 7, "京\ufe0fで", "京で")]),
        ("同社は声明を出した。\n\ufe0f\n株価は上がった。", [(11, 12, "\ufe0f", "")]),
        # After a punctuation mark or a symbol that has no emoji form (not in Unicode's Emoji property).
        ("会見は終わった。\ufe0f", [(7, 9, "。\ufe0f", "。")]),
        ("評価は★\ufe0fだった。", [(3, 6, "★\ufe0fだ", "★だ")]),
        # A digit without the keycap mark after the selector: the keycap was stripped.
        ("手順1\ufe0fを確認する。", [(2, 5, "1\ufe0fを", "1を")]),
    ],
)
def test_a_selector_with_nothing_to_select(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "今日は晴れ☀\ufe0fの一日だった。",  # a symbol's emoji form
        "手順1\ufe0f\u20e3を確認する。",  # a keycap: digit, selector, U+20E3
        "驚きの結果‼\ufe0f",  # a punctuation mark with an emoji form
        "詳しくはこちら⬇\ufe0f",  # an arrow with an emoji form
        "虹の旗\U0001f3f3\ufe0f\u200d\U0001f308を掲げた。",  # inside an emoji's ZWJ sequence
    ],
)
def test_a_selector_after_an_emoji_base_stays(text: str) -> None:
    assert found(text) == []


def test_a_stray_selector_is_an_embeds_leftover_not_an_invisible_character() -> None:
    findings = audit("\ufe0f外務省の報道官が会見した。", lang="ja").findings
    assert [(f.rule, f.category) for f in findings if f.rule.startswith("unicode.")] == [(RULE, "markup/embed")]

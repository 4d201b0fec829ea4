"""whitespace.katakana-compound: what it catches and what it leaves alone, with exact offsets."""

from __future__ import annotations

import pytest

from auditor import audit
from auditor.config import settings_from_mapping

KATAKANA = "whitespace.katakana-compound"


def found(text: str) -> list[tuple[str, int, int, str]]:
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == KATAKANA]


INVALID = [
    # Common nouns the dictionary knows: one compound.
    ("同社はテレビ チャンネルで発表した。", [("テレビ チャンネル", 3, 12, "テレビチャンネル")]),
    # A chain of three words is one finding.
    ("社員にホワイト ハット ボーナスを支給した。", [("ホワイト ハット ボーナス", 3, 16, "ホワイトハットボーナス")]),
    # A word the dictionary does not know, which the article writes joined elsewhere.
    (
        "資金はホット ウォレットに移された。ホットウォレットは危険だ。",
        [("ホット ウォレット", 3, 12, "ホットウォレット")],
    ),
    # A no-break space counts too.
    ("新しいサポート\u00a0ページを開いた。", [("サポート\u00a0ページ", 3, 11, "サポートページ")]),
    # Inside 「」 a compound is still a compound.
    ("報告書「データ センターの将来」を読んだ。", [("データ センター", 4, 12, "データセンター")]),
]

VALID = [
    "同社はテレビチャンネルで発表した。",  # written joined
    "『ゼルダの伝説 ブレス オブ ザ ワイルド』を遊んだ。",  # a title of a work, as its owner spells it
    "新作のバリアント ウォレットが出た。",  # words the dictionary does not know: perhaps a name
    "マンチェスター・ユナイテッド モナコが対戦した。",  # a name written with ・
    "「ズーム ズーム」の広告が流れた。",  # a word repeated: a slogan
    "同社はテレビ\u3000チャンネルで発表した。",  # an ideographic space is typed on purpose
    "テレビ チャンネル 一覧",  # a heading
    "- 【速報】テレビ チャンネル 再編へ",  # a headline-like line
    "同社はテレビ  チャンネルで発表した。",  # two spaces: whitespace.doubled's
    "`テレビ チャンネル`と入力する。",  # code
]


@pytest.mark.parametrize(("text", "expected"), INVALID, ids=[case[0] for case in INVALID])
def test_invalid(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", VALID)
def test_valid(text: str) -> None:
    assert found(text) == []


# An article that spaces every katakana compound: its house style (JTF allows a space between the words).
SPACED = (
    "新しいユーザー インターフェースを公開した。サポート ページも改めた。データ センターを増やした。"
    "テレビ チャンネルで宣伝した。ホーム ページも刷新した。"
)


def test_spaced_compounds_throughout_are_a_house_style() -> None:
    assert found(SPACED) == []
    # Against the article's joined compounds, the spaced ones are leftovers.
    mixed = SPACED + "ユーザーインターフェースとサポートページとデータセンターとホームページとテレビチャンネルだ。"
    assert len(found(mixed)) == 5


def test_the_house_style_thresholds_are_options() -> None:
    settings = settings_from_mapping({"rules": {KATAKANA: {"house_style_min": 50}}})
    report = audit(SPACED, lang="ja", settings=settings)
    assert len([f for f in report.findings if f.rule == KATAKANA]) == 5


def test_fixing_with_the_suggestion_joins_the_words() -> None:
    text = "社員にホワイト ハット ボーナスを支給した。"
    ((_excerpt, start, end, suggestion),) = found(text)
    assert text[:start] + suggestion + text[end:] == "社員にホワイトハットボーナスを支給した。"

"""punctuation.half-width: textlint-style valid / invalid cases with exact offsets."""

from __future__ import annotations

import json

import pytest

from auditor import audit
from auditor.analysis.embeds import EmbedBlock
from auditor.analysis.style import WIDTH_MARKS
from auditor.config import Settings
from auditor.document import Document
from auditor.lexicons import get_lexicon
from auditor.rules.base import Context
from auditor.rules.punctuation import HalfWidthPunctuation
from tests.conftest import SHARED

RULE = "punctuation.half-width"


FULL_WIDTH_STYLE = Settings(style=dict.fromkeys(WIDTH_MARKS, "full"))  # a house style that writes every mark full-width


def found(text: str) -> list[tuple[str, str, int, int, str]]:
    """This rule's findings on ``text`` through the public pipeline, under a full-width house style."""
    report = audit(text, lang="ja", settings=FULL_WIDTH_STYLE)
    assert report.errors == []
    return [(f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == RULE]


INVALID = [
    # ? and ! after Japanese; a run of marks is one finding.
    ("値上げの理由は何なのか?", [(RULE, "?", 11, 12, "？")]),
    ("ついに完成した!!", [(RULE, "!!", 7, 9, "！！")]),
    # A space between the word and the mark goes with it.
    ("本当にそうですか ?", [(RULE, " ?", 8, 10, "？")]),
    # A colon takes the spaces after it; Japanese puts none after "：".
    ("見出し: 本文はここから始まる。", [(RULE, ": ", 3, 5, "：")]),
    ("注:詳細は後日発表する。", [(RULE, ":", 1, 2, "：")]),
    # Latin before, Japanese after: still a label inside Japanese prose.
    ("12月のIPO:市場はどう動くか", [(RULE, ":", 7, 8, "：")]),
    ("Note: これは試験版です。", [(RULE, ": ", 4, 6, "：")]),
    ("前半は好調;後半は失速した。", [(RULE, ";", 5, 6, "")]),  # no semicolon in Japanese: 、 or 。 is for an editor
    # A bracket pair is one finding: Latin inside but touching Japanese outside...
    ("新規上場(IPO)の準備を進める。", [(RULE, "(IPO)", 4, 9, "（IPO）")]),
    # ...Japanese inside...
    ("IPOの前に(新株の)発行を決めた。", [(RULE, "(新株の)", 6, 11, "（新株の）")]),
    # ...Japanese inside with spaces outside.
    ("これは (仮称) です。", [(RULE, "(仮称)", 4, 8, "（仮称）")]),
    ("手順は次の通り。(1)準備をする。", [(RULE, "(1)", 8, 11, "（1）")]),
    # Unpaired brackets are judged by what they touch.
    ("例)東京都の場合。", [(RULE, ")", 1, 2, "）")]),
    ("売上高は(前年比で増えた。", [(RULE, "(", 4, 5, "（")]),
    ("会場は満員(笑)だったのか?", [(RULE, "(笑)", 5, 8, "（笑）"), (RULE, "?", 13, 14, "？")]),
    # A mark inside a flagged pair is reported on its own as well.
    ("価格(税込み?)は未定だ。", [(RULE, "(税込み?)", 2, 8, "（税込み?）"), (RULE, "?", 6, 7, "？")]),
    # Two lines: the offsets are into the text exactly as read.
    ("第1部\r\n次はどうなるのか?", [(RULE, "?", 13, 14, "？")]),
]

VALID = [
    "Hello! How are you?",  # a Latin phrase
    "返品になった :(本当に気に入っていたのに。",  # an emoticon's mouth, not a bracket
    "Yahoo!で報じられた。",  # a Latin name with its own "!"
    "Q&A: AIの未来",  # Latin on both sides of the colon
    "会議は10:30に始まる。",  # a time
    "午前9:00から受け付ける。",
    "比率は3:1だった。",  # a ratio
    "スコアは2:1で勝利した。",  # a score
    "詳細はhttps://example.com/news?id=1を参照。",  # a URL
    "https://ja.wikipedia.org/wiki/東京_(都市)を参照。",  # an IRI with Japanese in it
    "うれしい:)",  # emoticons
    "楽しかった(^_^)",
    "また会おう(^o^)",
    "疲れた(´・ω・`)",
    "[記事](https://example.com/a)を読む。",  # a Markdown link target
    "これは (an English aside) です。",  # Latin inside, spaces outside
    "Reuters (London) reported it.",
    "`関数(値):`を呼ぶ。",  # Markdown code
    "1) 最初の項目です。",  # a list number
    "新型車（税込み）の価格は？見出し：本文；続き！",  # already full-width
]


@pytest.mark.parametrize(("text", "expected"), INVALID, ids=[case[0] for case in INVALID])
def test_invalid(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", VALID)
def test_valid(text):
    assert found(text) == []


def test_message_names_the_full_width_form():
    (finding,) = [f for f in audit("値上げの理由は何なのか?", settings=FULL_WIDTH_STYLE).findings if f.rule == RULE]
    assert "？" in finding.message and finding.category == "locale/punctuation" and finding.severity == "minor"


def run_rule(text: str, **options) -> list[tuple[str, int, int, str]]:
    doc = Document(text, lang="ja")
    ctx = Context.of(doc, get_lexicon("ja"), style=FULL_WIDTH_STYLE.style)
    return [(f.excerpt, f.start, f.end, f.suggestion) for f in HalfWidthPunctuation(**options).check(doc, ctx)]


def test_marks_option_limits_the_marks_checked():
    text = "注:本当に来るのか?(未定)"
    assert run_rule(text) == [(":", 1, 2, "："), ("?", 9, 10, "？"), ("(未定)", 10, 14, "（未定）")]
    assert run_rule(text, marks="?") == [("?", 9, 10, "？")]
    assert run_rule(text, marks=":()") == [(":", 1, 2, "："), ("(未定)", 10, 14, "（未定）")]
    assert run_rule(text, marks="") == []


def test_embeds_are_left_alone():
    text = "本文です。\n動画はこちら?\n続きです(笑)。"
    doc = Document(text, lang="ja")
    ctx = Context.of(doc, get_lexicon("ja"), style=FULL_WIDTH_STYLE.style)
    assert [f.excerpt for f in HalfWidthPunctuation().check(doc, ctx)] == ["?", "(笑)"]
    embeds = [EmbedBlock(6, 13, "x", "test")]  # line 2 is a flattened post
    ctx = Context.of(doc, get_lexicon("ja"), embeds=embeds, style=FULL_WIDTH_STYLE.style)
    assert [f.excerpt for f in HalfWidthPunctuation().check(doc, ctx)] == ["(笑)"]


PEERS = SHARED / "peer-fixtures" / "jtf-style-4.3.1.json"


@pytest.mark.skipif(not PEERS.is_file(), reason="textlint's fixtures are not on this machine")
def test_agreement_with_textlint_brackets():
    """textlint JTF 4.3.1 (brackets): we agree on all but one case, where we differ on purpose.

    It allows half-width brackets around pure English that touch Japanese
    ("これは(English …)です。"); we flag them (see the rule's docstring).
    """
    peer = json.loads(PEERS.read_text(encoding="utf-8"))
    agree = sum(not found(text) for text in peer["valid"]) + sum(bool(found(text)) for text in peer["invalid"])
    total = len(peer["valid"]) + len(peer["invalid"])
    assert agree == total - 1


# --- house style: width is the publication's choice ---------------------------------------------------------------


def by_default(text: str) -> list[str]:
    return [f.excerpt for f in audit(text, lang="ja").findings if f.rule == RULE]


def test_an_article_consistent_in_half_width_is_quiet() -> None:
    assert by_default("新型車の価格(税込み)は未定だ。発売はいつか?予約(店頭)は来月から。") == []


def test_the_minority_width_of_an_article_is_reported() -> None:
    text = "新型車の価格(税込み)は未定だ。発売は来月（予定）で、予約は店頭（一部）で受け付ける。"
    (finding,) = [f for f in audit(text, lang="ja").findings if f.rule == RULE]
    assert (finding.excerpt, finding.suggestion) == ("(税込み)", "（税込み）")
    assert "full-width 2 times and half-width 1" in finding.message
    assert by_default("発売はいつか？予約は来月からか？店頭はどうか?") == ["?"]  # questions judged on their own


def test_a_configured_style_decides_over_the_article() -> None:
    text = "新型車の価格(税込み)は未定だ。発売はいつか?"
    full = audit(text, lang="ja", settings=Settings(style={"brackets": "full"})).findings
    assert [f.excerpt for f in full if f.rule == RULE] == ["(税込み)"]  # question marks are still the article's
    mixed = "価格(税込み)は未定だ。発売は来月（予定）だ。"
    half = audit(mixed, lang="ja", settings=Settings(style={"brackets": "half"})).findings
    assert [f for f in half if f.rule == RULE] == []


# --- punctuation.unpaired-quote ------------------------------------------------------------------------------------

UNPAIRED = "punctuation.unpaired-quote"


def unpaired(text: str) -> list[tuple[str, int, int]]:
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.excerpt, f.start, f.end) for f in report.findings if f.rule == UNPAIRED]


UNPAIRED_INVALID = [
    # A closing mark with no opening one before it (not on the first line, where an excerpt may start mid-quote).
    ("市長が会見した。\n費用は約三億円だ」と説明した。", [("」", 17, 18)]),
    # Curly quotes opened three times and never closed on the line.
    ("新語の説明。\n猫の手 “は “とても忙しい “という意味だ。", [("“", 11, 12), ("“", 14, 15), ("“", 22, 23)]),
    # A “ left open inside 「」 that closes before it.
    ("彼は「本当に “すごい話だ」と笑った。", [("“", 7, 8)]),
    # 『 left open inside 「」: the outer closing mark closes over it.
    ("彼は「映画『夜明けを見たと話した」と書いた。", [("『", 5, 6)]),
    # A heading's 】 whose 【 was lost, past the first line.
    ("2026年1月5日\n監督に聞く(下)】\n本文だ。", [("】", 18, 19)]),
]


@pytest.mark.parametrize(("text", "expected"), UNPAIRED_INVALID)
def test_unpaired_quote_invalid(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert unpaired(text) == expected


UNPAIRED_VALID = [
    "市長は「来年から始める」と述べた。「費用は約三億円だ」と説明した。",
    # A quotation across lines (line-broken prose), and one nested in its own kind.
    "市長は\n「来年から始める。\n全力を尽くす」\nと述べた。",
    "彼は「最も「辛かった」のは夏だ」と語った。",
    # An excerpt that starts inside a quotation, and one that ends inside one.
    "と語った」。市は来月、計画を公表する。",
    "市は来月、計画を公表する。市長は「来年から",
    # ”…” typed with two right marks is a common habit; “…” is paired on its line.
    "いわゆる”遊び場”の話だ。その“遊び場”とは何か。",
    "",
    # Lenticular brackets paired, on their own beside quotation marks, or cut at the excerpt's first line.
    "【速報】市長は「来年から始める」と述べた。",
    "「【注】来年から」と述べた。",
    "監督に聞く(下)】\n本文だ。",
]


@pytest.mark.parametrize("text", UNPAIRED_VALID)
def test_unpaired_quote_valid(text: str) -> None:
    assert unpaired(text) == []


def test_a_half_width_colon_after_a_clause_is_reported_whatever_the_widths() -> None:
    # No full-width mark anywhere: the labels' half-width colons are the article's style, the clause's is not.
    text = "写真:ロイター\n出典:市の発表\n市長は次のように述べたという:来年から計画を始める。"
    report = audit(text, lang="ja")
    found = [(f.excerpt, f.start, f.suggestion) for f in report.findings if f.rule == RULE]
    assert found == [(":", text.index("という:") + 3, "：")]
    # A house style that configures half-width colons keeps it quiet.
    half = audit(text, lang="ja", settings=Settings(style={"colon": "half"}))
    assert [f for f in half.findings if f.rule == RULE] == []


COMMA = "punctuation.japanese-comma-in-latin"


def latin_commas(text: str) -> list[tuple[str, int, int, str]]:
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == COMMA]


COMMA_INVALID = [
    # A table cell of a sports record: no Japanese in the cell, though the row has some.
    ("| 試合 | 結果 |\n| 1998 | W、27-10 |", [("、", 22, 23, ", ")]),
    # A line of Latin text; the space after the comma goes with it.
    ("本社の所在地は次の通り。\nSuite 5、 Main Street", [("、 ", 20, 22, ", ")]),
]


@pytest.mark.parametrize(("text", "expected"), COMMA_INVALID)
def test_japanese_comma_in_latin_invalid(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert latin_commas(text) == expected


COMMA_VALID = [
    # Latin names listed in Japanese prose, or in a cell: a list of like items, separated the Japanese way.
    "Apple、Google、Metaの3社が参加した。",
    "| 参加企業 | Apple、Google |  社 |",
    "| 番号 | 1、3、5 |",
    # Not between Latin letters or digits.
    "1998年、W 27-10で勝った。",
    "Boston (MA)、Denver",
]


@pytest.mark.parametrize("text", COMMA_VALID)
def test_japanese_comma_in_latin_valid(text: str) -> None:
    assert latin_commas(text) == []


def _straight(text: str) -> list[tuple[str, int, int, str]]:
    findings = audit(text, lang="ja").findings
    return [(f.excerpt, f.start, f.end, f.suggestion) for f in findings if f.rule == "punctuation.straight-quotes"]


def test_straight_quotes_in_an_article_that_quotes_with_corner_brackets() -> None:
    text = "市長は「来年から始める」と述べた。副市長も「賛成だ」と応じた。担当者は\"予算は足りない\"と話した。"
    start = text.index('"')
    assert _straight(text) == [('"予算は足りない"', start, start + 9, "「予算は足りない」")]


@pytest.mark.parametrize(
    "text",
    [
        "担当者は\"予算は足りない\"と話した。\"来年も続ける\"とも述べた。",  # no 「: the article's own choice
        "市長は「来年から始める」と述べた。担当者は\"予算は足りない\"と話した。",  # as many of each: undecided
        "市長は「来年」と述べた。副市長も「賛成」と応じた。映画\"Lost Highway\"が上映された。",  # a Latin title
        "市長は「来年」と述べた。副市長も「賛成」と応じた。\"東京都\"の予算が増えた。",  # kanji alone
    ],
)
def test_straight_quotes_left_alone(text: str) -> None:
    assert _straight(text) == []


def _name_dots(text: str) -> list[tuple[str, int, str]]:
    findings = audit(text, lang="ja").findings
    return [(f.excerpt, f.start, f.suggestion) for f in findings if f.rule == "punctuation.name-dot"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("同日、山田・花子さんが会見した。", "山田・花子"),
        ("日本の茂木・敏充外務大臣はベトナムを訪問した。", "茂木・敏充"),  # a given name MeCab splits, then a title
        ("首相の岸田・文雄氏が演説した。", "岸田・文雄"),
    ],
)
def test_a_dot_inside_a_kanji_name(text: str, name: str) -> None:
    assert _name_dots(text) == [(name, text.index(name), name.replace("・", ""))]


@pytest.mark.parametrize(
    "text",
    [
        "林・田中両氏が出席した。",  # two family names: two people
        "菅・二階両氏が会談した。",  # 両: a pair
        "日・米首脳が会談した。",  # countries
        "岸田・バイデン会談が開かれた。",  # a kanji and a katakana name
        "イーロン・マスク氏が来日した。",  # a katakana name takes the dot
        "山田・花子の両名が出席した。",  # no title or honorific after the name
    ],
)
def test_dots_that_list_or_join_names_are_left_alone(text: str) -> None:
    assert _name_dots(text) == []


def _of(rule: str, text: str) -> list[tuple[str, int, int, str]]:
    findings = audit(text, lang="ja").findings
    return [(f.excerpt, f.start, f.end, f.suggestion) for f in findings if f.rule == rule]


STOP = "punctuation.latin-full-stop"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # At the end of a line: the stop alone.
        ("工場は来年稼働する予定だ.\n生産は倍になる。価格は据え置く。", [(".", 12, 13, "。")]),
        # Text follows on the line: the space after the stop goes with it.
        ("工場は来年稼働する. 生産は倍になる。価格は据え置く。", [(". ", 9, 11, "。")]),
        # After katakana and the long-vowel mark.
        ("新しいサーバー.\n運用は来月始まる。費用は未定だ。", [(".", 7, 8, "。")]),
    ],
)
def test_latin_full_stop(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert _of(STOP, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "詳しくは日本語.jpを参照。資料は報告書.pdfにある。",  # a domain, a file name
        "待って...本当に。それは困る。",  # an ellipsis
        "工場は来年稼働する.生産は倍になる.価格は据え置く。",  # the article ends its sentences with "." mostly
        "工場は来年稼働する.\n生産は倍になる。",  # as many of each: its own choice
        "Version 2.0 を公開した。価格は3.5ドルだ。",  # after Latin letters and digits
        "新製品「ルナ.ミスト」を発売した。価格は未定だ。",  # a dot glued between katakana words: part of a name
    ],
)
def test_latin_full_stop_left_alone(text: str) -> None:
    assert _of(STOP, text) == []


LATIN_COMMA = "punctuation.latin-comma"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The article writes 、 more often: the minority comma is reported, with its spaces.
        ("雨が降り,風も強い。店は閉まり、客は帰り、道は空いた。", [(",", 4, 5, "、")]),
        ("雨が降り , 風も強い。店は閉まり、客は帰り、道は空いた。", [(" , ", 4, 7, "、")]),
        # The sentence ends in an English full stop where the article ends its sentences with 。.
        ("雨が降り,風も強まった.\n店は閉まった。客は帰った。", [(",", 4, 5, "、")]),
        # A space beside it: English typing, whatever the article's commas.
        ("雨が降り, 風も強い。店は閉まり,客は帰った。", [(", ", 4, 6, "、")]),
        # Spaces on both sides in a sentence that spaces no other word: still the comma's.
        ("雨が降り , 風も強い。店は閉まり,客は帰った。", [(" , ", 4, 7, "、")]),
        # A space after it only is English typing even in a sentence spaced apart elsewhere.
        ("雨 が 降り, 風も強い。店は閉まり,客は帰った。", [(", ", 6, 8, "、")]),
        # A tokenized sentence ending in an English full stop: judged by that stop.
        ("雨 が 降り , 風 も 強まった.\n店は閉まった。客は帰った。", [(" , ", 6, 9, "、")]),
    ],
)
def test_latin_comma(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert _of(LATIN_COMMA, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "雨が降り,風も強い。店は閉まり,客は帰った。",  # the article's own commas (a house style of ，)
        "雨が降り,風も強い。店は閉まり、客は帰った。",  # as many of each: no majority
        "雨が降り,風も強い。店は閉まった.\n客は帰った。道は空いた。",  # the English stop ends another sentence
        "人口は9,880人だ。店は閉まり、客は帰り、道は空いた。",  # digits: a number
        "ソウル, ニュース\n店は閉まり、客は帰り、道は空いた。",  # a line of tags, no hiragana
        "不再是错误,而是投资。店は閉まり、客は帰り、道は空いた。",  # a Chinese sentence
        "Hello, world。店は閉まり、客は帰り、道は空いた。",  # Latin text
        "雨 が 降り , 風 も 強い。店 は 閉まり , 客 は 帰っ た。",  # a tokenizer's spaces, not the comma's
    ],
)
def test_latin_comma_left_alone(text: str) -> None:
    assert _of(LATIN_COMMA, text) == []


DOUBLE_CORNER = "punctuation.double-corner-brackets"


def test_double_corner_brackets_where_the_article_writes_the_words_in_corner_brackets() -> None:
    text = "新作「ソラ」が出た。「ソラ」は好評だ。店は『ソラ』を増やした。"
    assert _of(DOUBLE_CORNER, text) == [("『ソラ』", 21, 25, "「ソラ」")]


@pytest.mark.parametrize(
    "text",
    [
        "新作「ソラ」が出た。社長は「『ソラ』は好評だ」と話した。「ソラ」は売れた。",  # a quotation inside a quotation
        "新作『ソラ』が出た。『ソラ』は好評だ。「ソラ」は売れた。",  # the article's own choice is 『』
        "新作「ソラ」が出た。店は『ソラ』を増やした。",  # as many of each: no choice shown
        "小説『雪国』を読んだ。「雪」が降った。",  # other words
    ],
)
def test_double_corner_brackets_left_alone(text: str) -> None:
    assert _of(DOUBLE_CORNER, text) == []


LOST_DOT = "punctuation.lost-middle-dot"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("俳優のキム?ミンジさんが会見した。", [("?", 5, 6, "・")]),  # katakana on both sides
        ("人気グループ?Voltraの新曲が出た。", [("?", 6, 7, "・")]),  # katakana, then Latin
        ("所属事務所?ABCエンタテインメントが発表した。", [("?", 5, 6, "・")]),  # kanji, then Latin
        ("米国?日本の首脳が会談した。", [("?", 2, 3, "・")]),  # kanji on both sides
    ],
)
def test_lost_middle_dot(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert _of(LOST_DOT, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "本当ですか?次の質問に移ります。",  # after hiragana: a question
        "なぜ値上げ? 専門家の見方は分かれる。",  # a space after it: a question
        "イーロン・マスク氏は何と言うか。米国?日本?",  # the text writes ・: nothing was lost
        "詳細はexample.com/a?b=1を参照。",  # a URL
        "値上げの理由は?\n次の質問です。",  # a line break after it
    ],
)
def test_lost_middle_dot_left_alone(text: str) -> None:
    assert _of(LOST_DOT, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "主な変更点は以下の通りです:\n- 価格の改定\n- 店舗の拡大",  # a lead-in to a bulleted list
        "流れは通常、次の段階を含みます:**第一段階**は発表だ。",  # to a Markdown bold item
        "手順は次のとおりだ:\n1. 申し込む\n2. 支払う",  # to a numbered list
    ],
)
def test_a_colon_leading_into_a_list_is_not_a_clause_colon(text: str) -> None:
    assert _of(RULE, text) == []


def test_straight_quotes_around_a_term_set_it_off_for_emphasis() -> None:
    # A term in "…" is emphasis, not a quotation; the clause in "…" is the quotation MT carried over.
    text = "市長は「始める」と、副市長は「賛成だ」と、議長は「急ぐ」と述べた。\n"
    text += "5月は\"母の日\"の季節だ。担当者は\"予算は足りない\"と話した。"
    assert [excerpt for excerpt, *_ in _of("punctuation.straight-quotes", text)] == ['"予算は足りない"']


def test_a_lone_label_colon_takes_no_width_from_the_other_marks() -> None:
    # The one colon is a label's: brackets and question marks do not show its width; a lone ! still is judged so.
    assert _of(RULE, "更新日: 10月1日\n新型車（電気）の価格は？未定（予定）だ。") == []
    assert _of(RULE, "新型車（電気）の価格は？未定（予定）だ!") == [("!", 19, 20, "！")]
    # The article's own colons show a choice: the minority half-width one is reported.
    assert _of(RULE, "写真：共同\n出典：市\n更新日: 10月1日") == [(": ", 14, 16, "：")]


def test_a_label_ending_in_the_noun_suffix_sa_is_no_clause() -> None:
    # 使いやすさ (easy to use + さ, a noun): the classifier reads the spoken particle さ, which ends no written clause.
    assert _of(RULE, "会場は広い。\n使いやすさ: 駅から近く、便利だ。") == []


def test_a_colon_after_a_clause_before_prose_is_still_reported() -> None:
    text = "彼は驚いていたという:\n彼は電話を切った。"
    assert _of(RULE, text) == [(":", 10, 11, "：")]


def test_a_colon_inside_a_title_line_sets_its_subtitle_off() -> None:
    # A headline or a link's title (no 。 on a short line, words after the colon): its title and subtitle.
    assert _of(RULE, "相場は大きく動いた。\n何が変わったのか:売買の急減\n取引は半分に減った。") == []
    assert _of(RULE, "市制百周年を祝う:市民と歩んだ百年\n式典が開かれた。") == []
    # Inside prose (a 。 on the line) or at the end of its line (a lead-in), the clause's colon is still reported.
    text = "概念は二つあります:一つは通貨で、もう一つは権利です。"
    assert _of(RULE, text) == [(":", 9, 10, "：")]
    text = "種類は三つに分かれます:\n一つ目は支払いに使われる。"
    assert _of(RULE, text) == [(":", 11, 12, "：")]


@pytest.mark.parametrize(
    "text",
    [
        "議会（上院）はつなぎ予算案(CR)に反対した。",  # a lone pair around Latin beside （日本語）: a house style
        "議会（上院）は予算案(CR)と上場投資信託(ETF)を審議した。",  # Latin pairs half-width throughout
    ],
)
def test_brackets_around_latin_judged_apart(text: str) -> None:
    assert _of(RULE, text) == []


def test_a_latin_pair_against_the_articles_full_width_latin_pairs() -> None:
    text = "米ＣＮＮ（CNN）と英ＢＢＣ（BBC）によると、予算案(CR)は否決された。"
    start = text.index("(CR)")
    assert _of(RULE, text) == [("(CR)", start, start + 4, "（CR）")]


def test_a_mark_used_once_follows_the_articles_other_marks() -> None:
    text = "議会（上院）は予算案（暫定）を審議した。担当者：「はい、承知しました!」"
    start = text.index("!")
    assert _of(RULE, text) == [("!", start, start + 1, "！")]


def test_half_width_pairs_around_latin_show_no_width_for_the_other_marks() -> None:
    # (CR) and (ETF) may be a full-width house style's exception (JTF 4.3.1): the one Japanese pair, （上院）, decides.
    text = "議会（上院）は予算案(CR)と投資信託(ETF)を審議した。採決は来週か?"
    start = text.index("?")
    assert _of(RULE, text) == [("?", start, start + 1, "？")]


def test_a_mark_used_once_in_an_article_of_half_width_marks_is_left_alone() -> None:
    assert _of(RULE, "議会(上院)は予算案(暫定)を審議した。担当者は「はい、承知しました!」と答えた。") == []


MISPLACED = "punctuation.misplaced-dot"


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("大統領の文在寅(ム・ンジェイン)氏が演説した。", "ム・ンジェイン", "ムン・ジェイン"),  # ン in a kanji reading
        ("元長官の金大中（キ・ムデジュン）氏は、キ・ャリーさんと会った。", "キ・ャリー", "キャ・リー"),  # a small kana
        ("歌手のマ・ーク氏が来日した。", "マ・ーク", "マー・ク"),  # the long-vowel mark
    ],
)
def test_misplaced_dot(text: str, excerpt: str, suggestion: str) -> None:
    start = text.index(excerpt)
    assert _of(MISPLACED, text) == [(excerpt, start, start + len(excerpt), suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "広報担当のオシタ・ンワシノビ氏が述べた。",  # an African name may begin with ン
        "イーロン・マスク氏が来日した。",
        "大統領の文在寅(ムン・ジェイン)氏が演説した。",
    ],
)
def test_dots_between_words_left_alone(text: str) -> None:
    assert _of(MISPLACED, text) == []


def _foreign_dots(text: str) -> list[tuple[str, int, str]]:
    findings = audit(text, lang="ja").findings
    return [(f.excerpt, f.start, f.suggestion) for f in findings if f.rule == "punctuation.foreign-middle-dot"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("文禄·慶長の役が終わった。", [("·", 2, "・")]),  # Latin and Korean middle dot
        ("シカゴ•カブスに入団した。", [("•", 3, "・")]),  # a bullet
        ("日米∙欧州の会合だ。", [("∙", 2, "・")]),
    ],
)
def test_another_scripts_middle_dot_between_japanese_words(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _foreign_dots(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "文禄・慶長の役が終わった。",  # the Japanese middle dot
        "比率は3·5だ。",  # digits
        "記号a·bを使う。",  # Latin letters
        "• 項目一\n• 項目二",  # a bullet that opens a line
        "東京 · 大阪",  # spaced: a separator of a heading or a list
    ],
)
def test_middle_dots_outside_japanese_words_are_left_alone(text: str) -> None:
    assert _foreign_dots(text) == []


def test_a_mark_of_a_kind_the_article_shows_no_choice_for_is_judged_by_its_other_marks() -> None:
    # One "?" shows no choice; the brackets, full-width twice, do, and the message gives their counts.
    report = audit("発売は来月か?価格（税込み）は未定（予定）だ。", lang="ja")
    (finding,) = [f for f in report.findings if f.rule == RULE]
    assert finding.excerpt == "?"
    assert "its other marks full-width 2 times and half-width 0" in finding.message


def chinese_enumerators(text: str) -> list[str]:
    return [f.excerpt for f in audit(text, lang="ja").findings if f.rule == "punctuation.chinese-enumerator"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("理由は三つある。1、海が近い。2、物価が安い。3、人が親切だ。", ["1、", "2、", "3、"]),
        ("選んだ理由は、1、海が近く、景色がよい。2、料理がおいしい。", ["1、", "2、"]),
        ("手順\n1、材料を切る\n2、鍋で煮る", ["1、", "2、"]),
    ],
)
def test_chinese_enumerator_found(text: str, expected: list[str]) -> None:
    assert chinese_enumerators(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "砂糖を大さじ1、塩を小さじ2入れる。",  # quantities
        "監督は1、2点の試合と見ていた。",  # a range
        "1、2、3と数えてから跳んだ。",  # a count
        "理由は一つ。1、海が近い。",  # one number is no list
        "2、3日後に届く。1、2週間かかることもある。",  # no list from 1 to 2
        "結果は次の通り。1、海が近い。\n\n2、物価が安い。",  # another paragraph
    ],
)
def test_chinese_enumerator_left_alone(text: str) -> None:
    assert chinese_enumerators(text) == []


TITLE_BRACKETS = "punctuation.chinese-title-brackets"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title a particle ties to its sentence.
        ("英紙《金融時報》の記事が話題だ。", [("《金融時報》", 2, 8, "「金融時報」")]),
        # The value of a field, after a colon of either width.
        ("原題:《港の町は眠らない》\n訳者:山田", [("《港の町は眠らない》", 3, 13, "「港の町は眠らない」")]),
        ("原題：《海の記憶》を読んだ。", [("《海の記憶》", 3, 9, "「海の記憶」")]),
        # Inside a 「」 quotation: 『』.
        ("彼は「《海の記憶》は名作だ」と語った。", [("《海の記憶》", 3, 9, "『海の記憶』")]),
    ],
)
def test_chinese_title_brackets(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert _of(TITLE_BRACKETS, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "《期間限定》新しい料理を始めました。",  # a decorative label at a line's start
        "当店のおすすめ《送料無料》《即日発送》",  # labels side by side, apart from the sentence
        "漢字《かんじ》の読み方を学ぶ。",  # Aozora Bunko ruby: a reading after a kanji
        "｜東京《とうきょう》へ行く。",  # ruby after the ｜ that opens its base
        "他在《人民日报》发表文章。",  # a Chinese sentence: no kana
        "詳しくはこちら》",  # a lone mark: a "more" arrow
    ],
)
def test_chinese_title_brackets_left_alone(text: str) -> None:
    assert _of(TITLE_BRACKETS, text) == []

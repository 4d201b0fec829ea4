"""punctuation.doubled-mark, punctuation.long-vowel-dash, punctuation.parenthetical-dash, punctuation.single-quotes,
punctuation.number-full-stop and the semicolons of punctuation.half-width: what each reports, with exact offsets, and
what each leaves alone."""

from __future__ import annotations

import pytest

from auditor import audit


def _found(rule: str, text: str) -> list[tuple[str, int, str]]:
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.excerpt, f.start, f.suggestion) for f in report.findings if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会長は、、辞任を否定した。", [("、、", 3, "、")]),  # one mark too many
        ("説明した。 。 。\n次の話題。", [("。 。 。", 4, "。")]),  # list marks lost, spaces between
        ("分野は金融。 、科学、教育だ。", [("。 、", 5, "")]),  # mixed: which one stays is for an editor
        ("会見は終わった、。", [("、。", 7, "")]),
    ],
)
def test_doubled_marks(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _found("punctuation.doubled-mark", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "そうなんですが、、、まあいいか。",  # three commas: an ellipsis of casual writing
        "気づきませんでした。。",  # 。 repeated with no space: the same
        "会長は、辞任を否定した。",
        "日本語の句読点（、。）を使う。",  # the marks named in brackets
        "首位が勝利した。、のチームは敵地で敗れた。",  # a particle after the run: a word was lost, not a mark doubled
    ],
)
def test_ellipses_of_casual_writing_are_left_alone(text: str) -> None:
    assert _found("punctuation.doubled-mark", text) == []


def test_long_vowel_mark_between_two_country_names() -> None:
    assert _found("punctuation.long-vowel-dash", "トルコーシリア国境を視察した。") == [("ー", 3, "・")]


@pytest.mark.parametrize(
    "text",
    [
        "トルコ・シリア国境を視察した。",  # the Japanese join
        "ストーカー被害が増えた。",  # a loanword a dictionary would split in two words
        "ペルーの首都リマ。",  # a country whose name ends in ー
        "マリーアントワネットの手紙。",  # マリ is a country, アントワネット is not
    ],
)
def test_long_vowel_marks_of_words_are_left_alone(text: str) -> None:
    assert _found("punctuation.long-vowel-dash", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日本代表は2ー1で勝った。", [("ー", 6, "-")]),  # a score: a hyphen between two figures
        ("公演は5月3日ー5日に開かれる。", [("ー", 7, "〜")]),  # a range after a counter in kanji
        ("会期は３ー４日間だ。", [("ー", 4, "-")]),  # full-width figures too
    ],
)
def test_long_vowel_mark_between_figures(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _found("punctuation.long-vowel-dash", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "データー2件を消した。",  # after a kana it lengthens the vowel
        "日本代表は2-1で勝った。",
        "公演は5月3日〜5日に開かれる。",
        "コード2ーAを入れる。",  # no figure after it
    ],
)
def test_long_vowel_marks_beside_figures_that_are_words_or_dashes_are_left_alone(text: str) -> None:
    assert _found("punctuation.long-vowel-dash", text) == []


def test_an_aside_between_english_dashes() -> None:
    text = "新作 - 秋に出る二本 - が話題になった。"
    assert _found("punctuation.parenthetical-dash", text) == [(" - ", 2, "（"), (" - ", 11, "）")]


@pytest.mark.parametrize(
    "text",
    [
        "ベルリン（AP） – 旧東独の首相が死去した。",  # a dateline: a separator after a label
        "入力ファイル — テキストを読む。",  # a label and what it is
        "新作 – 秋に出る二本。",  # no particle after the dash: nothing shows the sentence goes on
        "新作 – 秋に出る二本。 – は未定。",  # the dashes are in different sentences
        "計画は発表された―― は未定。",  # a doubled dash is Japanese typography
    ],
)
def test_dashes_that_are_separators_are_left_alone(text: str) -> None:
    assert _found("punctuation.parenthetical-dash", text) == []


def test_a_country_after_a_middle_dot() -> None:
    # The run before the ー starts after the ・: イラン・トルコーシリア joins three countries.
    assert _found("punctuation.long-vowel-dash", "イラン・トルコーシリア三国の会合。") == [("ー", 7, "・")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("専門家は “自己流", []),  # the text ends inside the quotation: an excerpt cut short
        ("専門家は “自己流だと話した。", [("“", 5, "")]),  # a sentence ends after it: the ” was lost
        ("専門家は “自己流\n次の記事。", [("“", 5, "")]),  # the text goes on past its line
    ],
)
def test_curly_quote_at_the_end_of_a_cut_text(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _found("punctuation.unpaired-quote", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Whatever the article's widths (its brackets are half-width here): Japanese prose uses no semicolon.
        ("委員は田中氏(議長); 山本氏、佐藤氏だ。", [("; ", 10, "")]),
        ("大臣の会見(午後)は延期された; 理由は明かされていない。", [("; ", 15, "")]),
    ],
)
def test_a_semicolon_in_japanese_prose(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _found("punctuation.half-width", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "这不是错误(而是)一种投资哲学;市场",  # a sentence with no kana: Chinese, its semicolon is its own
        "楽しみにしてる ;)",  # an emoticon
        # A semicolon that separates nothing: a kaomoji's sweat drop, or a line's last mark.
        "楽しんでいる私^^; ちなみに今日は晴れだ。",
        "困ったなあ^^;;でも大丈夫。",
        "困った(・_・;)けど大丈夫。",
        "素敵な場合が多い;\n次の話題に移る。",
    ],
)
def test_semicolons_outside_japanese_prose_are_left_alone(text: str) -> None:
    assert _found("punctuation.half-width", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("「A」と「B」が出た。新しい‘Max’の開発が進む。", [("‘Max’", 14, "「Max」")]),
        ("「A」と「B」が出た。新しい ‘Max’ の開発", [("‘Max’", 15, "「Max」")]),  # Japanese across a space
        ("「A」「B」\n「彼は‘yes’と言えない」と語った。", [("‘yes’", 10, "『yes』")]),  # inside a quotation: 『』
    ],
)
def test_single_quotes_beside_japanese(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _found("punctuation.single-quotes", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "英語で‘I am sorry.’と言った。",  # no 「 in the article: it quotes with ‘’
        "「A」の話。新しい‘Max’の開発と‘Pro’の発売。",  # as many pairs as 「: no choice shown
        "「A」と「B」が出た。It is Max’s car.",  # an apostrophe
        "「A」と「B」が出た。これは’21年の話だ。",  # an abbreviated year
        "「A」と「B」が出た。He said ‘yes’ today.",  # Latin on both sides
    ],
)
def test_single_quotes_the_article_chose_or_no_pair_are_left_alone(text: str) -> None:
    assert _found("punctuation.single-quotes", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("報告書\n1。 はじめに\n本文だ。", [("。", 5, ".")]),
        ("目次\n  12。背景と目的", [("。", 7, ".")]),  # indented, two figures
        ("１。はじめに", [("。", 1, ".")]),  # full-width figure, the text's first line
    ],
)
def test_a_number_closed_with_a_full_stop(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _found("punctuation.number-full-stop", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "得点は1。次の試合に進む。",  # inside a line: the number ends a sentence
        "結果\n1。\n次の話題。",  # the number alone on its line
        "2024。年の話",  # a year, not a section's number
        "1。5倍になった。",  # figures after it
    ],
)
def test_full_stops_after_numbers_in_sentences_are_left_alone(text: str) -> None:
    assert _found("punctuation.number-full-stop", text) == []

"""whitespace.numeral-spacing and whitespace.after-sentence-mark: what they catch and what they leave alone, with
exact offsets."""

from __future__ import annotations

import pytest

from auditor import audit
from auditor.config import settings_from_mapping

NUMERAL = "whitespace.numeral-spacing"
MARK = "whitespace.after-sentence-mark"


def found(text: str, rules: tuple[str, ...] = (NUMERAL, MARK)) -> list[tuple[str, str, int, int, str]]:
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule in rules]


INVALID = [
    # A date spaced the Chinese way: one finding for the spaces that belong together.
    ("2026 年 4 月 1 日から受け付ける。", [(NUMERAL, "2026 年 4 月 1 日", 0, 14, "2026年4月1日")]),
    # The space before the figure goes with it when the figure is spaced anyway.
    ("同社は 3 つの工場を持つ。", [(NUMERAL, "は 3 つ", 2, 7, "は3つ")]),
    # Scale words inside the number, with the kanji before it.
    ("総額 16 兆 6,000 億ドンに上る。", [(NUMERAL, "額 16 兆 6,000 億ドン", 1, 17, "額16兆6,000億ドン")]),
    # A number with a scale word is a figure even before a Latin word, which keeps its space (house style).
    ("総額は 6,000 億 VND 以上だ。", [(NUMERAL, "は 6,000 億", 2, 11, "は6,000億")]),
    # 約, a currency, a percent sign, a duration.
    ("価格は約 0.25 ドルだった。", [(NUMERAL, "約 0.25 ドル", 3, 12, "約0.25ドル")]),
    ("株価は 15 %上昇した。", [(NUMERAL, "は 15 %", 2, 8, "は15%")]),
    ("株価は 20% 以上上昇した。", [(NUMERAL, "は 20% 以上", 2, 10, "は20%以上")]),
    ("直近24 時間の取引量が増えた。", [(NUMERAL, "24 時間", 2, 7, "24時間")]),
    # A percentage is a quantity with its unit: the space before it after 約 or a hiragana goes too.
    (
        "前回は約 3,000%、今回は 80%の上昇だった。",
        [(NUMERAL, "約 3,000%", 3, 11, "約3,000%"), (NUMERAL, "は 80%", 14, 19, "は80%")],
    ),
    # Full-width digits and an ideographic space.
    ("会議は３\u3000月に開かれる。", [(NUMERAL, "３\u3000月", 3, 6, "３月")]),
    # A hiragana before an unspaced figure: a word and a number run into each other with a space between.
    ("招待を受け 5月29日から訪問した。", [(NUMERAL, "け 5月", 4, 8, "け5月")]),
    # A number that opens its line is a figure where no list numbers its lines from 1, and 名 counts where IPAdic reads
    # it alone.
    ("2 日頃からの準備\n3 台風が近づいたら", [(NUMERAL, "2 日", 0, 3, "2日")]),
    ("参加者は 1 名前後だった。", [(NUMERAL, "は 1 名", 3, 8, "は1名")]),
    # 頃 ("about") after a time counter: IPAdic holds 月頃 as a noun of its own, the figure is still 10 月.
    ("発売はおそらく 10 月頃になる。", [(NUMERAL, "く 10 月", 6, 12, "く10月")]),
    # IPAdic may misread the counter and what follows as a verb (つから): only a noun makes a longer word of it.
    ("部品は 2 つから選べる。", [(NUMERAL, "は 2 つ", 2, 7, "は2つ")]),
    # Two figures in one sentence are two findings.
    ("1 人が 2 件の申請をした。", [(NUMERAL, "1 人", 0, 3, "1人"), (NUMERAL, "が 2 件", 3, 8, "が2件")]),
    # A space after 。 or 、 before a figure, a Latin word or a symbol, with Japanese after it.
    ("新工場が完成した。 2027年に稼働する。 来年は増産する。", [(MARK, "。 ", 8, 10, "。")]),
    ("成長が続き、 44年間で最大となった。", [(MARK, "、 ", 5, 7, "、")]),
    ("計画を発表した。 Appleは反発した。 株価は下がった。", [(MARK, "。 ", 7, 9, "。")]),
    ("市場は拡大した。 ■ロボット産業の現状を見る。 需要は強い。", [(MARK, "。 ", 7, 9, "。")]),
    # One such space in the whole text counts too: before a figure or a Latin word it is English sentence spacing.
    ("新工場が完成した。 2027年に稼働する。", [(MARK, "。 ", 8, 10, "。")]),
    ("計画を発表した。\u3000Elon Musk氏は歓迎した。\u3000株価は上がった。", [(MARK, "。\u3000", 7, 9, "。")]),
    # Both at once: the mark's space and the spaced figure are separate characters, so two findings.
    (
        "計画を発表した。 2 つの工場を建てる。 完成は来年だ。",
        [(MARK, "。 ", 7, 9, "。"), (NUMERAL, "2 つ", 9, 12, "2つ")],
    ),
]

VALID = [
    # A list page's teasers: the space before the cut and the read-more link sets apart no sentence.
    "市は新しい条例を可決した。 ...[記事詳細]\n県は予算案を発表しました。 …[続きを読む]",
    # Written the Japanese way.
    "同社は2026年4月1日、3つの工場に5,000億円を投じた。",
    # Numbers that belong to Latin names and tokens.
    "新型のiPhone 16 を発売した。",
    "Model 3 の価格を下げた。",
    "Windows 11 年次更新が配信された。",
    "5G 通信と4K 映像に対応する。",
    "date 2023-08 米国の記事。",
    "14/06/2018 6月2日に会談した。",
    # Words that are not counters after a number: a truncated teaser, a list number.
    "ラカ氏が、2024 全文をよむ",
    "01 市場の動向：最新の動き",
    # The lines of a numbered list, numbered from 1: the number is the item's (日 of 日頃 counts nothing).
    "備えを確かめる。\n1 日頃からの準備\n2 台風が近づいたら\n3 通過した後",
    # The year of an English date belongs to the Latin phrase, as iPhone 16's number does.
    "January 25, 2024 本記事では新製品を紹介する。",
    # The counter's character starts a longer word that IPAdic reads: 名前, not 名.
    "1 名前:山田 投稿日:2017/11/14",
    # ... or an adjective: 強い, not the counter 強 (a category's number before it, set apart).
    "分類はカテゴリー 1 強い風が吹く。",
    # Japanese and Latin words spaced: a house style of its own.
    "同社は 1,000 USDT を送金した。",
    "総額は6,000億 VND 以上だ。",
    # A space after a katakana or kanji word before an unspaced figure: a separator, not a leftover.
    "超最高のライト 5歳の子供が夢中になった。",
    "ジンバブエ ３月をめどに新規発電を開始",
    # A headline separates its parts with a space.
    "市長が抗議 1名逮捕",
    # Columns of a table.
    "年度\t2024 年\t2025 年",
    "| 2024 年 | 3 件 |",
    # Two spaces or more: columns, or whitespace.doubled's.
    "売上高  3億円  4億円",
    # URLs and code.
    "詳細は https://example.com/2024 年報 を参照。",
    "`2024 年` と入力する。",
    # After 。 or 、: Japanese (whitespace.between-japanese's), English, a bracket, a dash, markup, a hashtag.
    "計画を発表した。 同社は反発した。",
    "計画を発表した。 The company said it would appeal the ruling.",
    "研究が進んでいる。 [1] 次の段落",
    "予定です。 – 山田太郎",
    "例えば、 <unintelligible/>一人の話",
    "今日も走った。 #ボート#ペロトン",
    "本当？ 2026年に出る。",  # after ？ a space is the custom (JTF)
    # A text that spaces after ？ spaces its sentences (a transcript's turns): its spaces after 。 are that custom.
    "本当に出るのか？ 出ます。 2026年に出ます。 2027年には次が出ます。",
    "文の終わり。 \n次の行。",  # the end of a line
    # A space that ends or opens the text (hypothesis found these raising IndexError).
    "AAぁ0 ",
    " 3年",
]


@pytest.mark.parametrize(("text", "expected"), INVALID, ids=[case[0] for case in INVALID])
def test_invalid(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", VALID)
def test_valid(text):
    assert found(text) == []


SPACED_ARTICLE = (
    "同社は 2025 年に 3 つの工場を建て、従業員は 1,200 人に増えた。"
    "売上高は 5,000 億円で、利益は 20 % 伸びた。来年は 4 つ目の工場を計画している。"
)


def test_an_article_that_spaces_all_its_figures_is_a_house_style():
    assert found(SPACED_ARTICLE, (NUMERAL,)) == []
    # The same figures mixed with unspaced ones are machine translation's mix.
    mixed = SPACED_ARTICLE + "新工場は2027年に稼働し、3000人を雇う。"
    assert len(found(mixed, (NUMERAL,))) == 6


def test_a_figure_with_a_half_width_word_shows_no_choice_of_spacing():
    # 75% and 100% have no boundary between a half-width figure and a full-width word: the house style stands.
    with_percent = SPACED_ARTICLE + "株主の75%が賛成し、出席率は100%で、反対は5%だった。"
    assert found(with_percent, (NUMERAL,)) == []
    # A percent sign written against a Japanese word (20%以上) is such a boundary, left unspaced: it counts.
    glued = SPACED_ARTICLE + "20%以上、30%以下、40%未満、50%超、60%程度の順だ。"
    assert len(found(glued, (NUMERAL,))) == 6


def test_the_house_style_thresholds_are_options():
    settings = settings_from_mapping({"rules": {NUMERAL: {"house_style_min": 50}}})
    report = audit(SPACED_ARTICLE, lang="ja", settings=settings)
    assert len([f for f in report.findings if f.rule == NUMERAL]) == 6


def test_one_gap_gets_one_finding():
    """A space after 。 before Japanese is whitespace.between-japanese's alone."""
    report = audit("計画を発表した。 同社は反発した。 株価は下がった。", lang="ja")
    assert [(f.rule, f.excerpt) for f in report.findings] == [
        ("whitespace.between-japanese", "。 同"),
        ("whitespace.between-japanese", "。 株"),
    ]


def test_fixing_with_the_suggestion_gives_the_japanese_way():
    text = (
        "ホーチミン市は 2025 年 10 月 1 日より、2 つの運河に 7 兆 4,340 億ドンを投じる。 2026年に完成する。 "
        "2027年に稼働する。"
    )
    report = audit(text, lang="ja")
    fixed = text
    for finding in sorted(report.findings, key=lambda f: -f.start):
        if finding.rule in (NUMERAL, MARK):
            fixed = fixed[: finding.start] + finding.suggestion + fixed[finding.end :]
    assert fixed == (
        "ホーチミン市は2025年10月1日より、2つの運河に7兆4,340億ドンを投じる。2026年に完成する。2027年に稼働する。"
    )


INSIDE = "whitespace.inside-bracket"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("フィールドゴール(FG )は3点だ。", [(INSIDE, " )", 11, 13, ")")]),
        ("同氏は「 trial run」と呼んだ。", [(INSIDE, "「 ", 3, 5, "「")]),
        ("価格は（ 1,000円）だ。", [(INSIDE, "（ ", 3, 5, "（")]),  # a figure inside
        ("新型（Model Y ）を発表した。", [(INSIDE, " ）", 10, 12, "）")]),
        ("新会社【 Acme】が誕生した。", [(INSIDE, "【 ", 3, 5, "【")]),
        # A half-width bracket after a Latin name is Japanese prose's when Japanese stands outside its partner.
        ("同社はSoftware as a Service ( SaaS) を提供する。", [(INSIDE, "( ", 25, 27, "(")]),
        ("同社は (SaaS ) Software as a Serviceを提供する。", [(INSIDE, " )", 9, 11, ")")]),
    ],
)
def test_space_inside_a_bracket(text, expected):
    assert found(text, (INSIDE,)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "フィールドゴール(FG)は3点だ。",
        "彼は (see below) と書いた。",  # an English bracket: no Japanese right outside it
        "The ( spaced ) one is English.",
        "The ( spaced ) one is English.\nは次の行だ。",  # Japanese on the next line is not outside it
        "「 多くの被害 」に備えた。",  # Japanese inside: whitespace.between-japanese's
        "価格は（ 税込み）だ。",
        "「 」と書いた。",  # an empty quotation
        "覚えちゃえば「知ってる( \u0304▽ \u0304)」となる。",  # a face: NFKC writes ￣ as a space and a combining macron
        "| ( 1 ) | 項目 |",  # a table
        "  ）で始まる行。",  # a space at the start of a line
    ],
)
def test_no_space_inside_a_bracket(text):
    assert found(text, (INSIDE,)) == []

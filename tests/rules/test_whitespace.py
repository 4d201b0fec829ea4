"""whitespace.between-japanese, whitespace.doubled, whitespace.latin-glued: valid and invalid cases, exact offsets."""

from __future__ import annotations

import json

import pytest

from auditor import audit
from auditor.analysis.context import Analysis
from auditor.analysis.embeds import EmbedBlock
from auditor.analysis.sentence_gaps import in_flattened_table
from auditor.config import settings_from_mapping
from auditor.document import Document
from auditor.lexicons import get_lexicon
from auditor.rules.base import Context
from auditor.rules.whitespace import DoubledSpace, SpaceBetweenJapanese
from tests.conftest import SHARED

BETWEEN = "whitespace.between-japanese"
DOUBLED = "whitespace.doubled"


def found(text: str) -> list[tuple[str, str, int, int, str]]:
    """Both rules' findings on ``text`` through the public pipeline."""
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule in (BETWEEN, DOUBLED)]


INVALID = [
    # An ellipsis after Japanese is prose's, and a name that opens one line only is no speaker's label.
    ("話は続く… 市は5日、桟橋を開いた。", [(BETWEEN, "… 市", 4, 7, "…市")]),
    ("田中 そうですね。祖父の店を継ぎました。", [(BETWEEN, "中 そ", 1, 4, "中そ")]),
    # The same line without the headline above it: nothing sets its first words apart.
    ("新庁舎を見学した 山田市長は、新しい庁舎を案内した。", [(BETWEEN, "た 山", 7, 10, "た山")]),
    # With the headline above, the space is its line's end, and two of them are one too many.
    ("新庁舎を見学した\n\n新庁舎を見学した  山田市長は、新しい庁舎を案内した。", [(DOUBLED, "  ", 18, 20, " ")]),
    # The same words inside a sentence are no credit label.
    ("同社の写真 を公開した。", [(BETWEEN, "真 を", 4, 7, "真を")]),
    # A word wrapped in spaces (link residue) is ONE finding, first space to last.
    ("同社は本日、 ジョン・スミス は来日すると発表した。", [(BETWEEN, " ジョン・スミス ", 6, 15, "ジョン・スミス")]),
    # The dash Japanese uses counts as Japanese punctuation after the word.
    (
        "新会社が誕生した。 テスラ・グループ ―巨大な企業だ。",
        [(BETWEEN, " テスラ・グループ ", 9, 19, "テスラ・グループ")],
    ),
    # A single stray space: the excerpt shows its neighbours.
    ("昨日は雨で、 今日は晴れた。", [(BETWEEN, "、 今", 5, 8, "、今")]),
    # Spaces after 。 at two seams or more: paragraphs run together.
    (
        "新製品を発売した。 次の製品は秋に出る。 価格は未定だ。",
        [(BETWEEN, "。 次", 8, 11, "。次"), (BETWEEN, "。 価", 19, 22, "。価")],
    ),
    # One in a whole text is a slip, which an editor fixes too (pages12–14 annotated all 8 of their dev parts).
    ("新製品を発売した。 次の製品は秋に出る。", [(BETWEEN, "。 次", 8, 11, "。次")]),
    ("「はい」 と彼は答えた。", [(BETWEEN, "」 と", 3, 6, "」と")]),
    # A space before a closing bracket follows no sentence seam: neither one slip after 。 nor the space after ？.
    ("彼は「会議は終わった。 」と言った。", [(BETWEEN, "。 」", 10, 13, "。」")]),
    ("彼は「本当か？ 」と聞いた。", [(BETWEEN, "？ 」", 6, 9, "？」")]),
    # No-break spaces count (HTML's &nbsp;), ideographic ones around a word; a run is one finding (and not also a
    # doubled space).
    ("価格は\u00a0未定だ。", [(BETWEEN, "は\u00a0未", 2, 5, "は未")]),
    ("同社は、\u3000新型車\u3000を発表した。", [(BETWEEN, "\u3000新型車\u3000", 4, 9, "新型車")]),
    ("東京で  会議が開かれた。", [(BETWEEN, "で  会", 2, 6, "で会")]),
    # A line without a full stop is headline-like, but a space inside one of its brackets is inside a phrase.
    ("（画像は公式サイトから 引用）", [(BETWEEN, "ら 引", 10, 13, "ら引")]),
    # A caption ends no sentence, but a word wrapped in spaces right after 、 is no headline's phrase: 、 separates it.
    ("雨が続いた場合、 スイス の農家は困る（写真：資料）", [(BETWEEN, " スイス ", 8, 13, "スイス")]),
    # A space before 、 or 。 separates no headline's phrases: the mark closes the phrase (a line of quotes).
    ("「もう帰ります」 、「また明日」", [(BETWEEN, "」 、", 7, 10, "」、")]),
    # A headline never ends a phrase in です or ます: a line of sentences whose full stops were lost is prose.
    ("本文です。\n熱波が西部を襲っています ワシントン州などが対象となる見込みだ", [(BETWEEN, "す ワ", 17, 20, "すワ")]),
    (
        "熱波が西部を襲っています 三つの州が対象です 注意が必要",
        [(BETWEEN, " 三つの州が対象です ", 12, 23, "三つの州が対象です")],
    ),
    # A 。 outside every bracket ends the line's own sentence: prose, whatever its quotations hold.
    ("「雨だ。寒い」 山田さん 駅で待った。", [(BETWEEN, " 山田さん ", 7, 13, "山田さん")]),
    # A hashtag ends at its own space only: a space further on is still stray.
    ("#新作 の発表は 明日だ。", [(BETWEEN, "は 明", 7, 10, "は明")]),
    # A wrapped word, then a single space right after it.
    ("同社の 新型車 は 好調だ。", [(BETWEEN, " 新型車 ", 3, 8, "新型車"), (BETWEEN, "は 好", 8, 11, "は好")]),
    # Doubled ASCII spaces inside a line.
    ("The new  model is here.", [(DOUBLED, "  ", 7, 9, " ")]),
    ("テスラの  Model Yが届いた。", [(DOUBLED, "  ", 4, 6, " ")]),
    # One space between katakana words is allowed, two are not.
    ("ユーザー  インターフェースを刷新した。", [(DOUBLED, "  ", 4, 6, " ")]),
    ("一行目です。\n二行目の   途中にある。", [(BETWEEN, "の   途", 10, 15, "の途")]),
    ("First line.\nSecond   line here.", [(DOUBLED, "   ", 18, 21, " ")]),
    # A spaced dash after a predicate's ending is prose, which Japanese sets solid: no lead-in.
    ("東京で会見を開きました ― 大阪でも開く。", [(BETWEEN, "た ―", 10, 13, "た―"), (BETWEEN, "― 大", 12, 15, "―大")]),
    # A space after a particle inside corner brackets is inside a quotation, not between a title's parts.
    ("彼は「今日は 休みだ」と言った。", [(BETWEEN, "は 休", 5, 8, "は休")]),
    # The spaces against a title's brackets are no part of the title.
    (
        "展覧会「 江戸の名品展 町人の美 」を見た。",
        [(BETWEEN, "「 江", 3, 6, "「江"), (BETWEEN, "美 」", 15, 18, "美」")],
    ),
    # A word that is no credit role before the name.
    ("記事を配信した。（日本語訳 ロイター）", [(BETWEEN, "訳 ロ", 12, 15, "訳ロ")]),
    # A noun at the start of a line and its suffix are one word, not a heading and its text (word-by-word spacing).
    ("ロンドン 市の市長が会見した。", [(BETWEEN, "ン 市", 3, 6, "ン市")]),
    # Not a heading's noun: a clause's dependent noun (こと), a particle after the noun.
    ("ということ 全文を読む。", [(BETWEEN, "と 全", 4, 7, "と全")]),
    ("新型車 を発表した。", [(BETWEEN, "車 を", 2, 5, "車を")]),
    # Far from the line's start, with nothing that opens a heading or an item: prose.
    ("昨日の会議で決まったことを説明します。新しい市役所 ロビーで受付をします。", [(BETWEEN, "所 ロ", 24, 27, "所ロ")]),
    # A space between two kanji inside one word of the dictionary is no separator of noun phrases.
    ("選挙の開 票が始まった。", [(BETWEEN, "開 票", 3, 6, "開票")]),
    # Nor is one before a suffix or a dependent noun, which belongs to the word before it: a wrapped word is no field.
    ("被害は三億 人 以上に及んだ。", [(BETWEEN, " 人 ", 5, 8, "人")]),
    ("選挙の開 票 結果が出た。", [(BETWEEN, " 票 ", 4, 7, "票")]),
    # Two separators of fields: two spaces are still doubled.
    ("住所：東京都千代田区  丸の内一丁目 山田ビル三階です。", [(DOUBLED, "  ", 10, 12, " ")]),
    # Where a space is the layout of typesetting, two are still doubled.
    ("[パリ 5日  ロイター] - 仏政府は方針を示した。", [(DOUBLED, "  ", 6, 8, " ")]),
    ("本能寺の変  明智光秀が主君を討った。", [(DOUBLED, "  ", 5, 7, " ")]),
    # After the article's run-together sentences, a section number whose period machine translation made 。 keeps
    # the space that sets it off, as 1. does.
    (
        "新製品を発売した。 次の製品は秋に出る。 価格は未定だ。\n\n1。 概要\n\n本文です。",
        [(BETWEEN, "。 次", 8, 11, "。次"), (BETWEEN, "。 価", 19, 22, "。価")],
    ),
    # A line cut short that the text does not write elsewhere in full is no excerpt of it.
    ("市長は会見で、 新庁舎の計画を説明し…\n市長は会見で新しい計画を語った。", [(BETWEEN, "、 新", 6, 9, "、新")]),
]

VALID = [
    # A link shortened for display ends in an ellipsis; the space after it separates the address from the text.
    "港に新しい桟橋 news.example.jp/local/2024… 市は5日、新しい桟橋の利用を始めた。",
    # An interview's speaker label, opening two lines: the transcript's layout.
    "――店を始めたきっかけは?\n田中 そうですね。祖父の店を継ぎました。\n――苦労は?\n田中 毎日が勉強です。",
    # A record of fields, each opened by its label and colon, set apart with spaces.
    "年齢:41歳 職業:会社員 居住地:大阪府 出身地:京都府\n今日は店を紹介します。",
    # A credit label that opens a line, a bracket or follows a full stop is separated from the name by a space.
    "新しい展示が始まった。（写真提供 山田花子）\n会場は混雑した。",
    "写真　共同通信\n式典は正午に始まった。",
    "市長が会見した。写真　佐藤一郎／新聞社\n",
    "新型iPhone 16 を発表した。",  # Japanese next to Latin or digits: a style choice
    "M4 チップを搭載した。",
    "ユーザー インターフェースを刷新した。",  # one space between katakana words
    "\u3000本文の段落は字下げする。",  # indentation
    "本当？ それは驚きだ。",  # after a full-width ？ inside a paragraph
    "山田\u3000太郎氏が出席した。",  # the separator of a name
    "東京で\u3000会議が開かれた。",  # a lone ideographic space: typed on purpose, no residue
    "速報\u3000新型車を発表",  # the separator of a headline
    "# 新型車 ついに発売\n本文です。",  # an ASCII space separates a headline's parts too
    "本文です。\n市場の反応 アナリストは好意的\n本文です。",  # and a subheading's
    # A line without a full stop is a headline, a list of headlines or a caption: a space outside its brackets
    # separates its phrases, even where the line is too long or ends too much like a sentence to be a heading.
    "本文です。\n◇市長が新庁舎の計画を説明 住民は「歓迎」 反対派は「再考を」\n本文です。",
    "- 【経済】新型車の受注が好調 各社が「増産を検討」と発表",
    # A phrase between two such spaces is still a headline's phrase (a dated list of column titles).
    "本文です。\n6月2日 駅前に新しい図書館 開館は秋?\n6月9日 市民会館の改修始まる\n本文です。",
    "本文です。\n市長が会見 - 写真1    山田一郎市長\n本文です。",  # a caption sets its parts apart with a run
    # A 。 inside a quotation ends the quoted words, not the line: a headline that quotes a sentence.
    "本文です。\n注目の記事\n「雨だ。寒い」 山田さん 駅で待った話\n本文です。",
    "・ 第一の項目です。",  # a list bullet
    "— 山田太郎 (@yamada) 2026年1月1日",  # an embed's attribution dash
    "`東京 大阪`を入力する。",  # Markdown code
    "  字下げされた行です。",  # leading spaces
    "行末に改行の空白  \n次の行です。",  # a Markdown line break
    "| 列A  | 列B |",  # Markdown table padding
    "彼は言った。\n 次の行。",  # a space after a line break is indentation
    "同社は本日、新型車を発表した。",
    # A text that spaces after ？ or ！ separates its sentences (a transcript's turns) with a space.
    "準備はいいか？ いいよ。 始めよう。 まずは挨拶だ。",
    "高すぎるか？ 30ドルだって。 やめておこう。 次の店に行く。",  # the next turn opens with a figure
    # Between two kanji: a separator of noun phrases (a company's legal form and its name, a credit run into text).
    "株式会社 山田製作所が受注した。",
    # Two such separators around a word: the fields of an address or of a list, not a word wrapped by link residue.
    "住所：東京都千代田区 丸の内一丁目 山田ビル三階です。",
    "著者 山田太郎 出版社 山田書房 発行日 2020年です。",
    # The layout of Japanese typesetting: a wire dateline's fields, the dash after a lead-in, a label opening its line,
    # the reading of a full name, the parts of a title, credit roles joined by ・.
    "[パリ 5日 ロイター] - 仏政府は新しい方針を示した。",
    "パリ、3月5日 (AFP) ― 仏政府は新しい方針を示した。",
    "出力形式 ― 日本語のテキストです。",
    "【特集2026】 新しい図書館を紹介する。",
    "山田花子(やまだ はなこ)さんが出席した。",
    "展覧会「江戸の名品展 町人の美」を見た。",
    "記事を配信した。（日本語訳・編集 ロイター）",
    # A heading or a speaker's label run into the text of its line: a noun, then a word that opens a phrase.
    "本能寺の変 明智光秀が主君を討った。",
    "山田監督 チーム一丸で戦えた。",
    "手紙には「山田様 いつもありがとう」とあった。",
    "設定を開く。ボタンを押す ■複数の場合 チェックを入れてから押す。",
    # A hashtag runs to the next space: the space that ends or opens one is its syntax (#新作の would be another tag).
    "新しい動画を見た。私の #新作 の話をしよう。",
    "新商品が登場しました！ ＃新商品 ＃限定です。",
    # A space between two marks separates no words (the stray mark is another defect).
    "会議は終わった。 。次の議題に移る。",
    "彼の答えは「 」だった。",
    # A headline set again above its article, run into its first line: the page sets those words as a line.
    "新庁舎を見学した\n\n新庁舎を見学した 山田市長は、新しい庁舎を案内した。",
    # A teaser above the article, cut short with an ellipsis: the article writes its words in full without the spaces.
    "市長は会見で、 新庁舎の計画を説明し…\n市長は会見で、新庁舎の計画を説明した。",
    "市長は会見で、 新庁舎の計画を説明し...\n市長は会見で、新庁舎の計画を説明した。",
]


@pytest.mark.parametrize(("text", "expected"), INVALID, ids=[case[0] for case in INVALID])
def test_invalid(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", VALID)
def test_valid(text):
    assert found(text) == []


def test_embeds_are_left_alone():
    text = "本文です。\nこれは 投稿 です。Big  news\n続き、 です。"
    doc = Document(text, lang="ja")
    ctx = Context.of(doc, get_lexicon("ja"))
    assert [f.excerpt for f in SpaceBetweenJapanese().check(doc, ctx)] == [" 投稿 ", "、 で"]
    assert [f.start for f in DoubledSpace().check(doc, ctx)] == [19]
    ctx = Context.of(doc, get_lexicon("ja"), embeds=[EmbedBlock(6, 26, "x", "test")])  # line 2 is a flattened post
    assert [f.excerpt for f in SpaceBetweenJapanese().check(doc, ctx)] == ["、 で"]
    assert list(DoubledSpace().check(doc, ctx)) == []


def test_categories():
    findings = {f.rule: f for f in audit("同社は本日、 新型車 を発表した。Model  Y").findings}
    assert findings[BETWEEN].category == findings[DOUBLED].category == "markup/whitespace"
    assert findings[BETWEEN].severity == findings[DOUBLED].severity == "minor"


PEERS = SHARED / "peer-fixtures" / "ja-no-space-between-full-width.json"


@pytest.mark.skipif(not PEERS.is_file(), reason="textlint's fixtures are not on this machine")
def test_agreement_with_textlint_full_width_spacing():
    """textlint's ja-no-space-between-full-width and ours agree on every plain-prose case.

    textlint judges each string as prose; a short line without a full stop is a heading for us,
    where spaces separate a headline's parts, so the strings get one.
    """
    peer = json.loads(PEERS.read_text(encoding="utf-8"))

    def fires(text: str) -> bool:
        prose = text if text.endswith(("。", "？", "！", ".")) else text + "。"
        return any(rule == BETWEEN for rule, *_ in found(prose))

    agree = sum(not fires(text) for text in peer["valid"]) + sum(fires(text) for text in peer["invalid"])
    assert agree == len(peer["valid"]) + len(peer["invalid"])


GLUED = "whitespace.latin-glued"


def glued(text: str) -> list[tuple[str, str, int, int, str]]:
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == GLUED]


GLUED_INVALID = [
    # An acronym glued to a word, the spaced form elsewhere in the article; terminology leaves the pair to this rule.
    ("「Apple ID」を開き、AppleIDのパスワードを変更する。", [(GLUED, "AppleID", 14, 21, "Apple ID")]),
    # A lower-case word glued between two names.
    (
        "まずOffice for Macを入れる。次にOfficeforMacを起動する。",
        [(GLUED, "OfficeforMac", 23, 35, "Office for Mac")],
    ),
]

GLUED_INVALID.append(
    # A function word never closes up with the next word: a lost space, even in lower case.
    ("まずgo to paperと書く。次にtopaperと書く。", [(GLUED, "topaper", 19, 26, "to paper")]),
)

GLUED_VALID = [
    # Brand casing and a single capital: the article's majority decides (terminology.spelling-variants).
    "YouTubeの動画とYou Tubeの記事。",
    "SpaceXとSpace Xの話。",
    # No spaced form in the article: nothing to compare with.
    "AppleIDのパスワードを変更する。",
    # Handles and addresses are tokens of their own.
    "@AppleID と Apple ID の違い。",
    "https://example.com/AppleID と Apple ID の違い。",
    # An English compound in lower case, written open and closed: English writes both (heat wave, heatwave).
    "猛暑が続く。\nA long heatwave hit the city.\nThe heat wave ended on Monday.",
]


@pytest.mark.parametrize(("text", "expected"), GLUED_INVALID)
def test_glued_latin_invalid(text: str, expected: list[tuple[str, str, int, int, str]]) -> None:
    assert glued(text) == expected
    report = audit(text, lang="ja")
    assert not [f for f in report.findings if f.rule == "terminology.spelling-variants"]  # one gap, one finding


@pytest.mark.parametrize("text", GLUED_VALID)
def test_glued_latin_valid(text: str) -> None:
    assert glued(text) == []


BRACKET = "whitespace.before-bracket"


def before_bracket(text: str) -> list[tuple[str, str, int, int, str]]:
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == BRACKET]


def test_a_spaced_bracket_against_the_articles_unspaced_ones() -> None:
    text = "売上高(前年比)は伸びた。利益(前年比)も増えた。人員は減った (前年比)。"
    assert before_bracket(text) == [(BRACKET, "た (", 30, 33, "た(")]


@pytest.mark.parametrize(
    "text",
    [
        "人員は減った (前年比)。",  # the only bracket: nothing to be consistent with
        "売上高 (前年比)は伸びた。人員は減った(前年比)。",  # a tie is the article's choice
        "売上高 (前年比)と利益 (同)は伸びた。人員は減った(前年比)。",  # spacing is the majority
        "山田(広報)は話した。\n— 山田 (@yamada) 2026年1月5日",  # an embed's attribution
        "山田(広報)は話した。\n— 山田花子 (広報部長) (@yamada) 2026年1月5日",  # with the poster's title
        "売上高(前年比)と利益(同)。人員は減った （前年比）。",  # full-width brackets
    ],
)
def test_spaced_brackets_that_are_the_articles_style(text: str) -> None:
    assert before_bracket(text) == []


# An article that puts a space beside nearly every quotation mark: its house style (issue 14).
SPACED_QUOTES = "市長は 「来年から始める」 と述べた。知事も 「賛成だ」 と話した。議長は 「検討する」 と答えた。"


def test_spaces_around_quotes_throughout_are_a_house_style() -> None:
    assert found(SPACED_QUOTES) == []
    # One spaced quotation among unspaced ones is a leftover.
    mixed = "市長は「来年から始める」と述べた。知事も「賛成だ」と話した。議長は 「検討する」と答えた。"
    assert found(mixed) == [(BETWEEN, "は 「", 32, 35, "は「")]


def test_the_quote_house_style_thresholds_are_options() -> None:
    settings = settings_from_mapping({"rules": {BETWEEN: {"house_style_min": 50}}})
    report = audit(SPACED_QUOTES, lang="ja", settings=settings)
    assert len([f for f in report.findings if f.rule == BETWEEN]) == 6


def test_a_doubled_space_the_article_allows_once_is_still_doubled() -> None:
    # A space between two kanji is a separator (whitespace.between-japanese leaves it); two are one too many.
    assert found("株式会社  山田製作所が受注した。") == [(DOUBLED, "  ", 4, 6, " ")]
    # After 。 no space at all belongs: the gap is one finding of whitespace.between-japanese, whose fix removes both.
    assert found("新製品を発売した。  次の製品は秋に出る。") == [(BETWEEN, "。  次", 8, 12, "。次")]
    # A wrapped word's doubled space stays with whitespace.between-japanese, one finding for the gap.
    assert found("同社の  新型車 は好調だ。") == [(BETWEEN, "  新型車 ", 3, 9, "新型車")]


def test_two_spaces_after_a_full_stop_on_a_page_printed_on_one_line_are_still_reported() -> None:
    # A paragraph break the copy flattened or a slip: the annotators who met such runs mostly marked them (see
    # run_together_sentences), so each gap stays one finding, whose fix removes every space.
    text = "新しい駅が開業した。  初日は大勢の人が訪れた。  市は周辺の道路も整備する。"
    assert found(text) == [(BETWEEN, "。  初", 9, 13, "。初"), (BETWEEN, "。  市", 23, 27, "。市")]


def test_a_doubled_space_after_a_sentence_mark_is_left_to_after_sentence_mark() -> None:
    # Japanese puts no space after 。: the gap gets one finding, whose fix removes every space (not "one space").
    text = "同社は新型車を発表した。  2026年には生産を倍増する。"
    report = audit(text, lang="ja")
    assert [(f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings] == [
        ("whitespace.after-sentence-mark", "。  ", 11, 14, "。")
    ]
    # Where whitespace.after-sentence-mark leaves the space (before a caption in brackets), two are still one too many.
    assert found("同社は新型車を発表した。  (写真は新型車)") == [(DOUBLED, "  ", 12, 14, " ")]


# A writer who pauses with spaces where others write 、 (an informal style of Japanese blogs): five such spaces.
PAUSING = (
    "昨日は 友人と 駅前の店へ行きました。料理を 待つ間に 昔の話をして 笑いました。"
    "帰りに 公園を歩き、 桜を見ました。"
)


def test_a_writer_who_pauses_with_spaces_keeps_them() -> None:
    # The spaces between phrases are the writer's; the one after 、 is a slip all the same.
    assert found(PAUSING) == [(BETWEEN, "、 桜", 50, 53, "、桜")]
    # Two such spaces are slips: each is reported.
    slips = "昨日は 友人と駅前の店へ行きました。料理を待つ間に昔の話をして 笑いました。"
    assert [excerpt for _, excerpt, *_ in found(slips)] == ["は 友", "て 笑"]


def test_text_segmented_word_by_word_is_no_pausing_style() -> None:
    # A machine's tokenised output spaces words from their particles and endings too (港 に, 着き まし た): as many
    # splits as pauses, so its spaces are leftovers, each reported, not a writer's pauses.
    segmented = "大型 の 船 が 港 に 着き まし た。乗客 は 駅 へ 向かい まし た。市長 が 船 を 出迎え まし た。"
    assert [excerpt for _, excerpt, *_ in found(segmented)] == [
        " の ", " が ", " に ", " まし ", " は ", " へ ", " まし ", " が ", " を ", " まし "
    ]


def test_the_pause_style_threshold_is_an_option() -> None:
    settings = settings_from_mapping({"rules": {BETWEEN: {"pause_style_min": 50}}})
    report = audit(PAUSING, lang="ja", settings=settings)
    assert len([f for f in report.findings if f.rule == BETWEEN]) == 5  # two wrapped words, three lone spaces


def test_a_doubled_pause_is_still_doubled() -> None:
    assert found(PAUSING.replace("待つ間に ", "待つ間に  ")) == [
        (DOUBLED, "  ", 27, 29, " "),
        (BETWEEN, "、 桜", 51, 54, "、桜"),
    ]


@pytest.mark.parametrize(
    "text", ["①  新工場が完成した。", "-   新工場が完成した。", "■  今週の話題\n本文です。", "10.  最後の項目です。"]
)
def test_the_spaces_after_a_list_marker_are_its_indentation(text: str) -> None:
    assert found(text) == []


def test_a_doubled_space_inside_the_line_is_still_doubled() -> None:
    assert found("①  新型のModel  Yが届いた。") == [(DOUBLED, "  ", 11, 13, " ")]
    assert found("①  [原案]の新型Model  Yが届いた。") == [(DOUBLED, "  ", 15, 17, " ")]


@pytest.mark.parametrize("text", ["①  [原文]  新工場が完成した。", "[英訳]  The new plant is complete."])
def test_the_spaces_after_a_label_that_opens_its_line_are_its_indentation(text: str) -> None:
    # The label heads the item as its bullet or number does, and is set off from the text the same way.
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "(   )は管理者注。",  # a blank to fill in
        "( 1024 )  2026/01/05 10:04:50\n本文です。",  # a line of data in columns
        "新工場が完成したと語った。   Example.co.jp\n次の段落です。",  # the paragraph's source, set apart
        "Good morning, all.  I have news.  Any questions?",  # English sentences spaced with two throughout
    ],
)
def test_runs_that_lay_out_the_page_are_left_alone(text: str) -> None:
    assert found(text) == []


def test_english_sentences_spaced_two_ways_keep_the_doubled_one() -> None:
    assert found("Good morning, all.  I have news. Any questions?") == [(DOUBLED, "  ", 18, 20, " ")]


# An article whose paragraphs open with one space: a line break and that indent run together after 。 are the page's.
INDENTED = " 新しい店が駅前に開いた。\n\n 店主は地元の出身だ。客足は順調だという。  週末には行列もできた。\n"


def test_a_line_break_and_the_articles_indent_run_together_are_left_alone() -> None:
    assert found(INDENTED) == []
    assert audit(INDENTED.replace("週末", "2026年"), lang="ja").findings == []  # before a figure too
    # Without indented paragraphs the run after 。 is a gap no sentence has; a wider run is not the break and the
    # indent.
    assert [f[:2] for f in found(INDENTED.replace("\n ", "\n"))] == [(BETWEEN, "。  週")]
    assert [f[:2] for f in found(INDENTED.replace("。  週", "。   週"))] == [(BETWEEN, "。   週")]


def test_spaced_dashes_throughout_are_the_articles_style() -> None:
    text = "高くはないかもしれない —— むしろ安い。部屋は二つ —— 寝室と浴室 —— ある。"
    assert found(text) == []
    # One dash set solid: the article has no such style, and the spaced dash is reported.
    solid = "高くはないかもしれない —— むしろ安い。部屋は二つ——寝室と浴室——ある。"
    assert found(solid) == [(BETWEEN, "い —", 10, 13, "い—"), (BETWEEN, "— む", 13, 16, "—む")]
    # One spaced dash alone is no style either.
    assert [f[1] for f in found("高くはないかもしれない —— むしろ安い。")] == ["い —", "— む"]


@pytest.mark.parametrize(
    "text",
    [
        "講演では、同社の山田太郎 マーケティング部長が新製品を紹介した。",
        "講演では、事業統括 サラ・ボンド氏らが新製品を紹介した。",
    ],
)
def test_a_name_and_its_title_are_set_apart(text: str) -> None:
    assert found(text) == []


def test_a_space_beside_a_name_that_is_no_title_is_still_stray() -> None:
    # A name before a particle, a product after a noun: no title beside a name.
    lead = "昨日の会議には多くの人が集まった。"
    assert [f[1] for f in found(lead + "会場で山田太郎 ホームページを見た。")] == ["郎 ホ"]
    assert [f[1] for f in found(lead + "同社は新製品 サラ・ボンドを発表した。")] == ["品 サ"]


# A table the page flattened into text: a head of column names, then rows whose cells are set apart by spaces.
FLATTENED_TABLE = (
    "料金の目安\n"
    "区分 平日の料金 休日の料金 注意事項\n"
    "大人 千円です。 2人で千八百円。 予約が要る。\n"
    "子供 五百円です。 六百円です。 三歳以下は無料。ただし同伴が要る。\n"
    "\n"
    "受付は駅前で行う。 窓口は九時に開く。 休みは月曜だ。\n"
)


def test_the_cells_of_a_flattened_table_are_left_alone() -> None:
    # The spaces between the cells separate columns, not words; the same space after 。 in a paragraph is reported.
    report = audit(FLATTENED_TABLE, lang="ja")
    assert [(f.rule, f.excerpt) for f in report.findings if f.rule.startswith("whitespace.")] == [
        (BETWEEN, "。 窓"),
        (BETWEEN, "。 休"),
    ]
    # Without its head the lines are no table: the spaces after 。 are reported.
    rows = FLATTENED_TABLE.replace("区分 平日の料金 休日の料金 注意事項\n", "")
    assert ("。 六") in [f.excerpt for f in audit(rows, lang="ja").findings]


def test_a_row_with_more_or_fewer_cells_than_the_head_ends_the_table() -> None:
    # A word-segmented sentence (particles of one letter) is no head; a row of more cells than the head names ends it,
    # and so does a line of text with a stray space (two cells under a head of four: no row).
    headline = "新型車を発表 価格は未定 来月発売 全国で\n同社は 新型車を発表した。\n価格は 未定だ。\n"
    assert flattened_rows(headline) == frozenset()
    segmented = "大型 の 船 が\n港 に 着いた。 乗客 が 降りた。\n市長 が 出迎えた。 船 が 出た。\n"
    assert flattened_rows(segmented) == frozenset()
    assert flattened_rows("区分 料金 注意\n大人 千円 予約\n子供 五百円 予約 同伴 無料\n大人 千円 予約\n") == frozenset()
    # The rows of a table, and none of the text around it.
    assert flattened_rows(FLATTENED_TABLE) == {FLATTENED_TABLE.index("大人"), FLATTENED_TABLE.index("子供")}


def flattened_rows(text: str) -> frozenset[int]:
    """The starts of the lines of ``text`` that are rows of a flattened table."""
    analysis = Analysis(Document(text, lang="ja"), get_lexicon("ja"))
    starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n" and index + 1 < len(text)]
    return frozenset(start for start in starts if in_flattened_table(analysis, start))


def _spaced_names(text: str) -> list[tuple[str, str]]:
    return [(f.excerpt, f.suggestion) for f in audit(text).findings if f.rule == "whitespace.spaced-name"]


def test_a_name_parted_by_a_space_beside_dotted_names_is_found():
    text = "ジョン・パーカーとマイク・ハワードが活躍し、ダニエル ロペスも20得点を挙げた。"
    assert _spaced_names(text) == [("ダニエル ロペス", "ダニエル・ロペス")]


@pytest.mark.parametrize(
    "text",
    [
        "ジョン・パーカーが活躍し、ダニエル ロペスも20得点を挙げた。",  # one dotted name: no style shown
        "ダニエル ロペスとジョン パーカーが活躍した。",  # no dotted name: the article's own spacing
        "ジョン・パーカーとマイク・ハワードが活躍し、ベトナム イギリスの選手も出た。",  # countries
        "ジョン・パーカーとマイク・ハワードが『ダーク ナイト』を観た。",  # a title in 『』
        "ジョン・パーカーとマイク・ハワードがテレビ チャンネルに出た。",  # a compound of common nouns
    ],
)
def test_spaced_names_without_a_dotted_style_stay_quiet(text: str) -> None:
    assert _spaced_names(text) == []

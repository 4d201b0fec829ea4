"""handle.* rules, textlint style: what each must catch (exact spans) and what it must leave alone."""

from __future__ import annotations

import pytest

import auditor
from auditor.analysis.names import build_people
from auditor.document import Document
from auditor.languages.translit import skeleton
from auditor.lexicons import Lexicon
from auditor.rules.base import Context
from auditor.rules.handles import (
    RULES,
    BrokenUrl,
    FullWidthAddress,
    TransliteratedHandle,
    suggest_handle,
)

IDS = {rule.id for rule in RULES}


def findings(text: str) -> list[tuple[str, str, int, int, str]]:
    report = auditor.audit(text, lang="ja")
    assert report.errors == []
    return [(f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule in IDS]


def span(text: str, excerpt: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of excerpt: keeps the expected offsets readable and exact."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(excerpt, start + 1)
    return start, start + len(excerpt)


def case(rule: str, text: str, excerpt: str, suggestion: str, nth: int = 0) -> tuple[str, str, int, int, str]:
    return (rule, excerpt, *span(text, excerpt, nth), suggestion)


T = TransliteratedHandle.id
W = FullWidthAddress.id
U = BrokenUrl.id

# (text, expected findings of the handle rules, in text order)
INVALID: list[tuple[str, list[tuple[str, str, str]]]] = [
    # Suggestion from people.tsv by skeleton: エロンムスク and elonmusk are both lnmsk.
    ("テスラの株価が急騰した。 @エロンムスク", [(T, "@エロンムスク", "@elonmusk")]),
    # Glued to a noun, but the katakana is a known person's handle by its skeleton.
    ("同氏は自身のXアカウント@イーロンマスクで、計画を明らかにした。", [(T, "@イーロンマスク", "@elonmusk")]),
    # A full-width ＠ before katakana is the same damage.
    ("（＠エロンムスク）の投稿が話題に。", [(T, "＠エロンムスク", "@elonmusk")]),
    # Suggestion from a Latin handle elsewhere in the article (the embed's credit line).
    ("新型機を公開した @ハドスター\n— 航空ファン (@Huddster) 2026年1月30日", [(T, "@ハドスター", "@Huddster")]),
    # Suggestion from a Latin name of the article that people.tsv does not know.
    ("作家のJane Foster氏は新作を発表した。 @ジェーンフォスター", [(T, "@ジェーンフォスター", "@janefoster")]),
    # Glued to a particle, as MT output often is.
    ("投資家は@エロンムスクの投稿に反応した。", [(T, "@エロンムスク", "@elonmusk")]),
    # Nothing in reach matches: flagged without inventing a handle. A particle after the name is not part of it.
    ("担当者 @ヤマダタロウは次のように述べた。", [(T, "@ヤマダタロウ", "")]),
    # Cashtags: the ticker comes from people.tsv.
    ("個人投資家は $テスラ を買い増した。", [(T, "$テスラ", "$TSLA")]),
    # A katakana hashtag whose Latin form the article prints on another line.
    ("#Tesla の投稿が増えた。\nファンは #テスラ で応援した。", [(T, "#テスラ", "#Tesla")]),
    # Full-width forms inside addresses.
    ("本人は＠ｅｌｏｎｍｕｓｋで発信した。", [(W, "＠ｅｌｏｎｍｕｓｋ", "@elonmusk")]),
    ("株価（＄ＴＳＬＡ）は続伸した。", [(W, "＄ＴＳＬＡ", "$TSLA")]),
    ("株価（＄TSLA）は続伸した。", [(W, "＄TSLA", "$TSLA")]),
    ("公式 @elon＿musk の投稿", [(W, "@elon＿musk", "@elon_musk")]),
    (
        "詳しくは ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ｎｅｗｓ をご覧ください。",
        [(W, "ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ｎｅｗｓ", "https://example.com/news")],
    ),
    ("出典：https：//example.com/a。", [(W, "https：//example.com/a", "https://example.com/a")]),
    (
        "問い合わせはｉｎｆｏ＠ｅｘａｍｐｌｅ．ｃｏｍまで。",
        [(W, "ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "info@example.com")],
    ),
    # URLs split or translated.
    ("写真は pic.twitter. com/AbC123 に投稿された。", [(U, "pic.twitter. com/AbC123", "pic.twitter.com/AbC123")]),
    ("詳細は https:// example.com/news を参照。", [(U, "https:// example.com/news", "https://example.com/news")]),
    ("詳細は https ://example.com/news を参照。", [(U, "https ://example.com/news", "https://example.com/news")]),
    (
        "記事は https://example.com/ news/2026 にある。",
        [(U, "https://example.com/ news/2026", "https://example.com/news/2026")],
    ),
    (
        "記事は https://example.com/news /2026/01 にある。",
        [(U, "https://example.com/news /2026/01", "https://example.com/news/2026/01")],
    ),
    ("サイトは www. example.com です。", [(U, "www. example.com", "www.example.com")]),
    ("サイトは example .com です。", [(U, "example .com", "example.com")]),
    ("記事は https://example.com/ニュース/2026 にある。", [(U, "https://example.com/ニュース/2026", "")]),
    ("連絡は info@ example.com まで。", [(U, "info@ example.com", "info@example.com")]),
    ("連絡は info@ example . com まで。", [(U, "info@ example . com", "info@example.com")]),
]

VALID: list[str] = [
    # Japanese ＠ for "each" and "at", e-mail addresses, Latin handles.
    "りんごは1個＠100円で販売された。",
    "トークイベント＠渋谷で新刊を紹介した。",
    "発売記念ライブ＠タワーレコード渋谷店。",
    "問い合わせはinfo@example.comまで。",
    "本人は @elonmusk で発信した。",
    "（@JamesBraxxton）2026年1月29日",
    # Japanese hashtags, and a bilingual pair on one line.
    "#拡散希望 #テスラ",
    "#Tesla #テスラ で検索すると多くの投稿が見つかる。",
    # Full-width forms that are ordinary Japanese typesetting.
    "＃MeToo運動が広がった。",
    "本人は＠elonmuskで発信した。",
    "同社は業界第１位で、＃１の評価を得た。",
    "ＡＩ技術と２０２６年の計画、価格は＄１００。",
    "結論：テスラは強い。",
    "Ｘ（旧ツイッター）で発表した。",
    # URLs as Japanese prints them.
    "詳細は https://example.com/news をご覧ください。",
    "詳細はhttps://example.com/をご覧ください。",
    "公開ページ https://example.com/ 2026年1月公開",
    "出典: https://example.com/ (英語)",
    "写真は pic.twitter.com/AbC123 に投稿された。",
    "https://ja.wikipedia.org/wiki/東京/概要 を参照。",
    "株価は3.5%上昇し、1/30に発表された。",
    "同社の社名はExample Inc. です。",
]


@pytest.mark.parametrize(("text", "expected"), INVALID, ids=[text[:24] for text, _ in INVALID])
def test_invalid(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert findings(text) == [case(rule, text, excerpt, suggestion) for rule, excerpt, suggestion in expected]


@pytest.mark.parametrize("text", VALID, ids=[text[:24] for text in VALID])
def test_valid(text: str) -> None:
    assert findings(text) == []


def test_severities() -> None:
    report = auditor.audit("株価（＄TSLA）と（＄ＴＳＬＡ）。 @エロンムスク pic.twitter. com/AbC123", lang="ja")
    got = {(f.rule, f.excerpt): f.severity for f in report.findings if f.rule in IDS}
    assert got == {
        (W, "＄TSLA"): "minor",  # only the sigil is full-width
        (W, "＄ＴＳＬＡ"): "major",
        (T, "@エロンムスク"): "major",
        (U, "pic.twitter. com/AbC123"): "major",
    }


def test_handles_inside_embeds_are_checked() -> None:
    text = (
        "スペースXの話題。\n合併するだろうね @エロンムスク pic.twitter.com/AbCdEf123\n"
        "— 宇宙ファン (@SpaceFan) 2026年1月30日"
    )
    assert (T, "@エロンムスク", *span(text, "@エロンムスク"), "@elonmusk") in findings(text)


def test_skeletons_behind_the_suggestions() -> None:
    assert skeleton("エロンムスク") == skeleton("elonmusk") == "lnmsk"
    # katakana writes ン where English writes m before p/b
    assert skeleton("トランプ") == skeleton("Trump")
    # ジ renders a soft g, a j and dg; ギ a hard g: one class
    assert skeleton("ドージコイン") == skeleton("Dogecoin")
    assert skeleton("ジョーダン") == skeleton("Jordan")
    assert skeleton("ブリッジ") == skeleton("Bridge")
    assert skeleton("ギフト") == skeleton("Gift")


def test_people_index_reads_configured_rows() -> None:
    lexicon = Lexicon(
        "ja", {"people": [{"latin": "Hanako Yamada", "katakana": "ハナコ・ヤマダ", "handles": "hanako_y"}]}
    )
    people = build_people(lexicon)
    assert people.by_latin["hanako yamada"].handles == ("hanako_y",)
    assert suggest_handle("ハナコヤマダ", "記事本文。", people) == "hanako_y"
    # people.tsv as shipped still comes first in the table
    assert people.by_latin["elon musk"].handles[0] == "elonmusk"


def test_rules_are_pure_and_repeatable() -> None:
    doc = Document(INVALID[0][0], lang="ja")
    ctx = Context.of(doc, Lexicon("ja"))
    first = list(TransliteratedHandle().check(doc, ctx))
    second = list(TransliteratedHandle().check(doc, ctx))
    assert first == second and len(first) == 1


def test_a_handle_translated_into_kanji_is_flagged_for_anyone() -> None:
    text = "投資家は@山田太郎の投稿に反応した。"
    assert [(f.rule, f.excerpt, f.start) for f in auditor.audit(text, lang="ja").findings] == [
        ("handle.transliterated", "@山田太郎", 4)
    ]
    for quiet in ("ライブ＠渋谷で開く。", "1個＠100円で売る。", "問い合わせはsales@例え.jpまで。"):
        assert [f for f in auditor.audit(quiet, lang="ja").findings if f.rule == "handle.transliterated"] == []


def test_a_handle_in_characters_only_chinese_writes_is_left_as_published() -> None:
    # Handles on Chinese platforms are Chinese: 这 and 们 are simplified forms Japanese never writes.
    quiet = "出典:@我们的频道の投稿。"
    assert [f for f in auditor.audit(quiet, lang="ja").findings if f.rule == "handle.transliterated"] == []
    text = "出典:@我們的頻道の投稿。"  # the same in forms Japanese writes too: a kanji rendering cannot be told apart
    assert [f.excerpt for f in auditor.audit(text, lang="ja").findings if f.rule == "handle.transliterated"] == [
        "@我們的頻道"
    ]


def test_a_place_after_an_honorific_is_where_a_forum_poster_writes_from() -> None:
    # Japanese forums label posts name@place (名無しさん@海外: "Anonymous, abroad"); a handle never follows さん.
    text = "・名無しさん@海外\nこの選手は陽気だ。\n・名無しさん@海外\n応援したい。"
    assert [f for f in auditor.audit(text, lang="ja").findings if f.rule == "handle.transliterated"] == []
    # The same in katakana: a photo's caption says who is where (ケンさん@ロンドン: Ken at London).
    text = "写真はケンさん@ロンドン橋の前で撮った。"
    assert [f for f in auditor.audit(text, lang="ja").findings if f.rule == "handle.transliterated"] == []


def test_a_handle_in_a_form_outside_jis_x_0208_is_left_as_published() -> None:
    # 黑 is the Chinese form of 黒: outside JIS X 0208, so no translation into Japanese wrote it; 黒 would be flagged.
    for text, expected in (("作者:@黑田花子の投稿。", []), ("作者:@黒田花子の投稿。", ["@黒田花子"])):
        found = [f.excerpt for f in auditor.audit(text, lang="ja").findings if f.rule == "handle.transliterated"]
        assert found == expected


def _domain_typos(text: str) -> list[tuple[str, str]]:
    findings = auditor.audit(text, lang="ja").findings
    return [(f.excerpt, f.suggestion) for f in findings if f.rule == "handle.domain-typo"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # c respelled k, as the source language writes it
        ("ジャカルタ発、berita-harian.kom配信。新政権は来月発足する。", [("berita-harian.kom", "berita-harian.com")]),
        # letters swapped; an e-mail address's domain too
        ("記事はjakarta-news.cmoに掲載された。", [("jakarta-news.cmo", "jakarta-news.com")]),
        ("問い合わせはdesk@mail-example.ogrまで。", [("mail-example.ogr", "mail-example.org")]),
    ],
)
def test_an_altered_domain_ending_is_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert _domain_typos(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "詳しくはexample.com、example.co.jp、example.ne.jpをご覧ください。",  # endings that exist
        "資料report.txtとスクリプトapp.jsを開いた。",  # file names
        "価格は3.5ドルで、e.g. などの略語もある。",  # decimals and abbreviations
        "公式サイトはhttps://www.example.org/news/で公開されている。",
    ],
)
def test_real_endings_and_file_names_are_left_alone(text: str) -> None:
    assert _domain_typos(text) == []

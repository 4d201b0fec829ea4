"""embed.page-furniture: a Chinese page's pinyin ruby flattened into the line, a minified style sheet copied as text, a
row of links set apart by spaced middle dots, a navigation bar as the first line, and Blogger's Japanese comment
labels closing a post. Texts written for these tests."""

from __future__ import annotations

import pytest

import auditor


def _furniture(text: str) -> list[tuple[str, int, int]]:
    report = auditor.audit(text, lang="ja")
    return [(f.excerpt, f.start, f.end) for f in report.findings if f.rule == "embed.page-furniture"]


def test_a_pinyin_reading_after_a_han_character_is_page_furniture() -> None:
    text = "両国は経済協(xié)力の拡大で一致した。外務(wù)省が発表した。"
    assert _furniture(text) == [("(xié)", 6, 11), ("(wù)", 23, 27)]
    message = auditor.audit(text, lang="ja").findings[0].message
    assert "pinyin" in message


@pytest.mark.parametrize(
    "text",
    [
        "挨拶は你好(nǐ hǎo)と言う。",  # a learner's gloss of a word: two syllables
        "カフェ(café)で会った。",  # after katakana, and no pinyin syllable
        "経済協(xie)力の拡大で一致した。",  # no tone mark: a word in Latin letters
        "東京(Tōkyō)に着いた。",  # two tone marks: a Japanese name in Hepburn, not one syllable
        "新製品(Nové)を発表した。",  # no pinyin syllable
    ],
)
def test_a_gloss_a_word_or_a_name_in_brackets_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_minified_style_sheet_is_page_furniture() -> None:
    text = "百科事典の項目です。\n.box .titlemargin:0;padding:2px 1em;font-size:90%\n本文が続く。"
    assert _furniture(text) == [(".box .titlemargin:0;padding:2px 1em;font-size:90%", 11, 60)]


@pytest.mark.parametrize(
    "text",
    [
        "要素に margin: 0; padding: 0; を指定する。",  # code spaced for reading
        "アドレスは https://example.jp/a?x=1;y=2 です。",  # one seam: an address's parameters
    ],
)
def test_css_spaced_for_reading_or_one_seam_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_row_of_links_set_apart_by_middle_dots_is_page_furniture() -> None:
    text = "出典を探す: 新聞 · 書籍 · 論文 · 画像\n本文です。"
    assert _furniture(text) == [("新聞 · 書籍 · 論文 · 画像", 7, 24)]


def test_two_middle_dots_stay_quiet() -> None:
    assert _furniture("山田太郎 · 5月1日 · 3分で読める\n本文です。") == []


def test_a_navigation_bar_as_the_first_line_is_page_furniture() -> None:
    text = "ホーム 会社案内 事業内容 製品情報 採用情報 お問い合わせ\n新工場の建設が始まった。"
    assert _furniture(text) == [("ホーム 会社案内 事業内容 製品情報 採用情報 お問い合わせ", 0, 30)]


@pytest.mark.parametrize(
    "text",
    [
        "新工場 建設始まる 来年稼働へ\n新工場の建設が始まった。",  # a headline's few phrases
        "本文です。\nホーム 会社案内 事業内容 製品情報 採用情報 お問い合わせ",  # not the first line
        "Yeni fabrikanın inşaatı bugün resmen başladı\n新工場の建設が始まった。",  # a headline in Latin letters
    ],
)
def test_a_headline_or_a_later_line_is_no_navigation_bar(text: str) -> None:
    assert _furniture(text) == []


def test_bloggers_japanese_comment_labels_closing_the_post_are_page_furniture() -> None:
    text = "新工場の建設が始まった。\n0 件のコメント:\nコメントを投稿"
    assert _furniture(text) == [("0 件のコメント:", 13, 22), ("コメントを投稿", 23, 30)]


def test_the_comment_link_before_more_text_stays_quiet() -> None:
    assert _furniture("新工場の建設が始まった。\nコメントを投稿\n稼働は来年の予定だ。") == []

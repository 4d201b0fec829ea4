"""embed.page-furniture: a Japanese site's own labels (ja/page_furniture.tsv), share rows broken over lines, an end tag
run into an address, and a bilingual post's heading pair, which is no copy. Texts written for these tests."""

from __future__ import annotations

import pytest

import auditor


def _furniture(text: str) -> list[tuple[str, int, int]]:
    report = auditor.audit(text, lang="ja")
    return [(f.excerpt, f.start, f.end) for f in report.findings if f.rule == "embed.page-furniture"]


def test_a_sites_ad_label_alone_on_a_line_is_page_furniture() -> None:
    text = "新工場の建設が始まった。\n\nスポンサーリンク\n\n稼働は来年の予定だ。"
    assert _furniture(text) == [("スポンサーリンク", 14, 22)]
    message = auditor.audit(text, lang="ja").findings[0].message
    assert "in Japanese" not in message  # the site's own label is in the article's language


@pytest.mark.parametrize(
    "text",
    [
        "新工場の建設が始まった。\nスポンサーリンクは広告の目印だ。\n稼働は来年の予定だ。",  # a sentence about it
        "広告の表記には「スポンサーリンク」がある。\n稼働は来年の予定だ。",  # quoted in prose
        "広告の表記の例\n• スポンサーリンク\n稼働は来年の予定だ。",  # a list's item
    ],
)
def test_the_ad_label_in_prose_or_a_list_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_comment_link_or_an_empty_tag_list_closing_the_text_is_page_furniture() -> None:
    assert _furniture("新工場の建設が始まった。\n稼働は来年の予定だ。\nコメントを書く") == [("コメントを書く", 24, 31)]
    assert _furniture("新工場の建設が始まった。\n稼働は来年の予定だ。\n\nタグ：\n") == [("タグ：", 25, 28)]


@pytest.mark.parametrize(
    "text",
    [
        "新工場の建設が始まった。\nコメントを書く\n稼働は来年の予定だ。",  # a heading before more text
        "新工場の建設が始まった。\n稼働は来年の予定だ。\nタグ: 工場",  # the tag list has its tags
    ],
)
def test_the_same_labels_before_more_text_or_with_their_tags_stay_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_share_row_broken_over_lines_is_page_furniture() -> None:
    text = "記事の見出し\n\nX\nFacebookLINE\n\n本文です。"
    assert _furniture(text) == [("X\nFacebookLINE", 8, 22)]


@pytest.mark.parametrize(
    "text",
    [
        "対応するサービス\nX\nFacebook\nLINE\n本文です。",  # one service a line: a list, no labels run together
        "本文です。\nX\n\nFacebookLINE\n続き。",  # a blank line between: two lines apart
        "本文です。\nFacebookLINE\n続き。",  # two labels alone
    ],
)
def test_services_one_a_line_or_apart_are_no_share_row(text: str) -> None:
    assert _furniture(text) == []


def test_an_end_tag_run_into_an_address_is_page_furniture() -> None:
    assert _furniture("本文です。\n[出典] https://example.jp/a>\n続き。") == [("/a>", 29, 32)]
    assert _furniture("本文です。\n出典は example.jp/a> です。") == []  # no address: no scheme before it


def test_a_bilingual_posts_heading_pair_is_no_copy() -> None:
    text = "眠りと体重の関係\n\nSleep and weight, linked again\n\n眠りと体重の関係\n\n研究者は調査の結果を公表した。"
    assert _furniture(text) == []
    # Two copies with a Japanese line between them stay a copy of the page.
    copy = "眠りと体重の関係\n\n今週の話題から\n\n眠りと体重の関係\n\n研究者は調査の結果を公表した。"
    assert _furniture(copy) == [("眠りと体重の関係", 19, 27)]


def test_a_photos_credit_left_in_the_text_is_page_furniture() -> None:
    text = "新作が注目を集めている。 写真=東京通信 ふたりの主演作 彼女は映画で注目された。"
    assert _furniture(text) == [("写真=東京通信", 13, 20)]
    caption = "本文です。\n\n会見する社長 [写真]=Sample Images\n\n続きです。"
    assert _furniture(caption) == [("[写真]=Sample Images", 14, 32)]


@pytest.mark.parametrize(
    "text",
    [
        "会見する社長(写真=東京通信)\n本文です。",  # inside its caption's brackets: the caption's own
        "この写真=本物という見方が広がった。",  # no space or line start before it
    ],
)
def test_a_credit_in_its_brackets_or_inside_a_word_stays_quiet(text: str) -> None:
    assert _furniture(text) == []

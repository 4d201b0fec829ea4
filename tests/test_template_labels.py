"""A blog platform's template labels (page_furniture.tsv's "template" and "comment-count" kinds) left in an article in
another language: text left untranslated (language.untranslated), never markup."""

from __future__ import annotations

import auditor


def _labels(text: str, lang: str = "ja") -> list[tuple[str, str, int, int]]:
    report = auditor.audit(text, lang=lang)
    return [(f.rule, f.excerpt, f.start, f.end) for f in report.findings if f.rule.startswith(("language.", "embed."))]


def test_a_blog_templates_labels_alone_on_their_lines_are_text_left_untranslated():
    text = "港が再開した。\n\nTags\n\nShare.\n\nLeave a Reply\n\nPowered by Blogger.\n"
    assert _labels(text) == [
        ("language.untranslated", "Tags", 9, 13),
        ("language.untranslated", "Share.", 15, 21),
        ("language.untranslated", "Leave a Reply", 23, 36),
        ("language.untranslated", "Powered by Blogger.", 38, 57),
    ]
    # Blogger's labels in Indonesian and Chinese templates.
    assert [found[1] for found in _labels("港が再開した。\nBagikan Berita Ini\n没有评论:\n发表评论\n")] == [
        "Bagikan Berita Ini",
        "没有评论:",
        "发表评论",
    ]


def test_a_blogger_themes_comment_count_is_reported_without_the_posts_title():
    text = '港が再開した。\n\n0 Response to "港が再開"\n\nコメントを投稿\n'
    # The Japanese link to the comment form after it, closing the text, is Blogger's Japanese template's (furniture).
    assert _labels(text) == [
        ("language.untranslated", "0 Response to", 9, 22),
        ("embed.page-furniture", "コメントを投稿", 31, 38),
    ]
    assert _labels('港が再開した。\n12 Responses to "港が再開"\n')[0][1] == "12 Responses to"


def test_a_label_in_a_sentence_or_in_the_articles_language_stays_quiet():
    assert _labels("検索欄にSearchと書かれている。\nTags are words.\n") == []
    assert _labels("港が再開した。\n0 Response to the reopening of the port\n") == []  # no title in quotes
    assert _labels("The port reopened.\n\nTags\n\nLeave a Reply\n", lang="en") == []
    # A heading in capitals is a Japanese site's own design, not the platform's label.
    assert _labels("港が再開した。\nTAGS\n\nSEARCH\n") == []

"""auditor.view: highlighting on the exact offsets, overlaps, escaping, pairs, filters."""

from __future__ import annotations

import html
import re

import auditor
from auditor.analysis.alignment import Pair
from auditor.findings import CATEGORIES, Finding
from auditor.view import (
    CATEGORY_COLOURS,
    counts_by_category,
    filter_findings,
    filtered_report,
    highlight_html,
    language_choices,
    marks_for,
    pairs_html,
    pieces,
    reference_rows,
)

TAG = re.compile(r"<[^>]+>")


def visible(markup: str) -> str:
    """The text a browser shows for ``markup`` (tags dropped, entities decoded)."""
    return html.unescape(TAG.sub("", markup))


def finding(start: int, end: int, text: str, category: str = "style/other", severity: str = "minor", **more) -> Finding:
    return Finding(more.pop("rule", "test.rule"), category, severity, start, end, text[start:end], "a message", **more)


def test_every_category_has_a_colour():
    assert set(CATEGORY_COLOURS) == set(CATEGORIES)


def test_overlapping_findings_split_the_text_into_pieces():
    text = "abcdef"
    marks = marks_for([finding(1, 4, text), finding(2, 6, text)])
    got = [(p.start, p.end, [m.number for m in p.marks]) for p in pieces(0, len(text), marks)]
    assert got == [(0, 1, []), (1, 2, [1]), (2, 4, [1, 2]), (4, 6, [2])]


def test_identical_and_nested_spans():
    text = "0123456789"
    marks = marks_for([finding(2, 8, text), finding(2, 8, text, rule="other"), finding(4, 5, text)])
    got = [(p.start, p.end, [m.number for m in p.marks]) for p in pieces(0, 10, marks)]
    assert got == [(0, 2, []), (2, 4, [1, 2]), (4, 5, [1, 2, 3]), (5, 8, [1, 2]), (8, 10, [])]


def test_the_visible_text_is_the_text_exactly_as_read():
    # CRLF, a doubled space, a full-width space and a tab stay as they are; nothing is normalised.
    text = "りんごは\r\n新型  ロボ\u3000を<発表>\tした。&amp;"
    findings = [finding(0, 3, text), finding(9, 11, text), finding(8, 13, text, "locale/punctuation", "major")]
    markup = highlight_html(text, findings)
    assert visible(markup) == text
    marked = re.findall(r"<mark [^>]*>(.*?)</mark>", markup, re.DOTALL)
    assert [html.unescape(m) for m in marked] == ["りんご", " ", " ロ", "ボ\u3000"]  # 8:9, 9:11 (both), 11:13


def test_article_markup_and_markdown_are_escaped():
    text = '<script>alert(1)</script> <img src=x onerror="alert(2)"> [ここ](javascript:alert(3)) **太字**'
    markup = highlight_html(text, [finding(0, 8, text), finding(26, 30, text)])
    assert "<script" not in markup and "<img" not in markup
    assert "&lt;script&gt;" in markup and "onerror=&quot;alert(2)&quot;" in markup
    assert visible(markup) == text


def test_hover_text_lists_every_finding_with_message_and_suggestion_escaped():
    text = "テスラの株価が急騰した。 @エロンムスク"
    findings = [
        finding(13, 20, text, "accuracy/handle", "major", suggestion='@elonmusk"><b>'),
        finding(14, 20, text, "markup/whitespace", "minor"),
    ]
    markup = highlight_html(text, findings)
    overlap = re.search(r'<mark class="auditor-hl sev-major overlap" data-findings="1 2"[^>]*>', markup)
    assert overlap is not None
    assert f"background-color:{CATEGORY_COLOURS['accuracy/handle']}" in overlap.group()  # the worst one's colour
    title = html.unescape(re.search(r'title="([^"]*)"', overlap.group()).group(1))
    assert title.splitlines() == [
        "#1 major · accuracy/handle · test.rule: a message",
        '   → @elonmusk"><b>',
        "#2 minor · markup/whitespace · test.rule: a message",
    ]


def test_a_slice_is_highlighted_with_findings_clipped_to_it():
    text = "一文目です。二文目です。"
    markup = highlight_html(text, [finding(4, 8, text)], start=6, end=12)
    assert visible(markup) == "二文目です。"
    assert re.findall(r">([^<]+)</mark>", markup) == ["二文"]


def test_a_real_report_highlights_its_finding():
    report = auditor.audit("りんごは新型iPhoneを発表した。", lang="ja")
    markup = highlight_html(report.document.text, report.findings)
    assert re.findall(r'data-category="([^"]+)"[^>]*>([^<]+)</mark>', markup) == [("accuracy/entity", "りんご")]


def test_source_marks_use_source_offsets_of_bilingual_findings_only():
    text = "りんごが発表した。"
    findings = [finding(0, 3, text, src_start=0, src_end=5), finding(4, 6, text)]
    assert [(m.start, m.end, m.number) for m in marks_for(findings, "source")] == [(0, 5, 1)]


def test_pairs_side_by_side_with_a_missing_translation():
    source = "Apple unveiled a robot. It walks."
    target = "りんごはロボットを発表した。"
    pairs = [Pair(0, 23, 0, 14), Pair(24, 33, 14, 14, src_count=1, tgt_count=0)]
    markup = pairs_html(source, target, pairs, [finding(0, 3, target, src_start=0, src_end=5)])
    rows = re.findall(r"<tr>(.*?)</tr>", markup, re.DOTALL)
    assert len(rows) == 2
    assert ">Apple</mark>" in rows[0] and ">りんご</mark>" in rows[0]
    assert "(not translated)" in rows[1] and "It walks." in rows[1]


def test_filters_keep_all_when_nothing_is_chosen():
    text = "abcdefgh"
    findings = [
        finding(0, 1, text, "locale/units", "minor", rule="units.imperial"),
        finding(1, 2, text, "accuracy/entity", "major", rule="entity.brand-literal"),
        finding(2, 3, text, "accuracy/entity", "critical", rule="source.brand-as-word"),
    ]
    assert filter_findings(findings) == findings
    assert filter_findings(findings, categories=["accuracy/entity"]) == findings[1:]
    assert filter_findings(findings, categories=["accuracy/entity"], severities=["major"]) == [findings[1]]
    assert filter_findings(findings, rules=["units.imperial", "source.brand-as-word"]) == [findings[0], findings[2]]
    assert counts_by_category(findings) == {
        "accuracy/entity": {"minor": 0, "major": 1, "critical": 1},
        "locale/units": {"minor": 1, "major": 0, "critical": 0},
    }


def test_filtered_report_keeps_the_document_and_drops_findings():
    report = auditor.audit("りんごは新型iPhoneを発表した。発売はいつか？店頭は？価格は未定です?", lang="ja")
    assert len(report.findings) >= 2
    only = filtered_report(report, report.findings[:1])
    assert only.findings == report.findings[:1] and only.document is report.document
    assert len(report.findings) >= 2  # the original is untouched


def test_reference_rows_pair_sentences_with_their_scores():
    article = "同社は新型車を発表した。価格は未定だ。"
    report = auditor.audit(article, lang="ja", reference="同社は新しい車を発表した。価格は決まっていない。")
    rows = reference_rows(report)
    assert [row["article"] for row in rows] == ["同社は新型車を発表した。", "価格は未定だ。"]
    assert rows[0]["reference"] == "同社は新しい車を発表した。"
    assert 0 < rows[0]["chrF"] < 100
    assert reference_rows(auditor.audit(article, lang="ja")) == []


def test_language_choices_start_with_japanese():
    choices = language_choices()
    assert next(iter(choices)) == "ja" and choices["en"] == "English"

"""auditor.view: highlighting on the exact offsets, overlaps, escaping, pairs, filters."""

from __future__ import annotations

import html
import re

import auditor
import auditor.config
from auditor.analysis.alignment import Pair
from auditor.findings import CATEGORIES, Finding
from auditor.view import (
    CATEGORY_COLOURS,
    counts_by_category,
    entry_html,
    filter_findings,
    filtered_report,
    fixes_html,
    highlight_html,
    language_choices,
    legend_html,
    marks_for,
    notes_html,
    pairs_html,
    pieces,
    reference_rows,
    summary_html,
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


def test_a_piece_names_every_finding_on_it_with_message_and_suggestion_escaped():
    text = "テスラの株価が急騰した。 @エロンムスク"
    findings = [
        finding(13, 20, text, "accuracy/handle", "major", suggestion='@elonmusk"><b>'),
        finding(14, 20, text, "markup/whitespace", "minor"),
    ]
    markup = highlight_html(text, findings)
    overlap = re.search(r'<mark class="auditor-hl sev-major overlap" data-findings="1 2"[^>]*>', markup)
    assert overlap is not None
    assert f"background-color:{CATEGORY_COLOURS['accuracy/handle']}" in overlap.group()  # the worst one's colour
    assert "title=" not in overlap.group()  # no native tooltip: the app opens a styled note on a click
    label = html.unescape(re.search(r'aria-label="([^"]*)"', overlap.group()).group(1))
    assert label.splitlines() == [
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


def _lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of a #rrggbb colour."""
    rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    xyz = ((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047, r * 0.2126 + g * 0.7152 + b * 0.0722,
           (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883)  # fmt: skip
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def test_category_colours_are_distinct_and_light_enough_to_read_text_on():
    import itertools
    import math

    for (a, first), (b, second) in itertools.combinations(CATEGORY_COLOURS.items(), 2):
        distance = math.dist(_lab(first), _lab(second))
        assert distance >= 18, f"{a} and {b} look alike (ΔE {distance:.1f})"
    assert all(_lab(colour)[0] >= 60 for colour in CATEGORY_COLOURS.values())


def test_the_legend_explains_colours_and_severity():
    markup = legend_html(["accuracy/entity", "fluency/register"])
    assert 'title="accuracy/entity">entity</abbr>' in markup and ">register</abbr>" in markup
    assert "critical" in markup and "major" in markup and "minor" in markup


def test_decided_pieces_are_marked_and_notes_name_each_finding():
    text = "価格は 未定 だ?"
    findings = [finding(3, 7, text, "markup/whitespace", suggestion="未定"), finding(8, 9, text, suggestion="？")]
    markup = highlight_html(text, findings, decisions={1: "fixed"})
    classes = re.findall(r'<mark class="([^"]+)"', markup)
    assert classes == ["auditor-hl sev-minor decided-fixed", "auditor-hl sev-minor"]
    notes = notes_html(findings)
    assert notes.startswith('<div class="auditor-notes" hidden>')
    assert re.findall(r'data-n="(\d)"', notes) == ["1", "2"] and "→ <span class=\"suggestion\">？</span>" in notes


def test_an_entry_shows_rule_message_and_suggestion_and_a_group_its_count():
    from auditor.review import review_entries

    full_width = auditor.config.Settings(style={"question": "full"})
    report = auditor.audit("価格は未定だ?発売日も未定だ?色も未定だ?", lang="ja", settings=full_width)
    (group,) = review_entries(report.findings, group_min=3)
    markup = entry_html(group, 1, "fixed")
    assert 'data-findings="1 2 3"' in markup and "punctuation.half-width ×3" in markup
    assert '<span class="decision fixed">fixed</span>' in markup and "3 of 3 with a suggested fix" in markup
    (single, *_) = review_entries(report.findings, group_min=5)
    markup = entry_html(single, 1)
    assert '<span class="excerpt">?</span> → <span class="suggestion">？</span>' in markup
    assert "safe fix" in markup and html.escape(single.first.message) in markup


def test_the_fixes_view_strikes_out_the_excerpt_and_inserts_the_suggestion():
    from auditor.fix import apply_fixes

    text = "<b>価格は 未定 だ?</b>"
    findings = [finding(6, 10, text, suggestion="未定", fix="safe"), finding(11, 12, text, suggestion="？", fix="safe")]
    result = apply_fixes(text, findings)
    markup = fixes_html(text, result.applied)
    assert "<del> 未定 </del><ins>未定</ins>" in markup and "<del>?</del><ins>？</ins>" in markup
    assert visible(re.sub(r"<del>.*?</del>", "", markup)) == result.text == "<b>価格は未定だ？</b>"
    assert "<b>" not in markup


def test_the_summary_table_keeps_whole_labels():
    markup = summary_html({"terminology/inconsistent": {"minor": 2, "major": 1, "critical": 0}})
    assert "terminology/inconsistent</td><td></td><td>1</td><td>2</td><td>3</td>" in markup

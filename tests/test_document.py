from __future__ import annotations

import pytest

from auditor.document import BODY, HEADING, LIST_ITEM, QUOTE, Document


def sentences(text: str) -> list[tuple[str, str]]:
    doc = Document(text, lang="ja")
    return [(s.text_in(text), s.kind) for s in doc.sentences]


def test_splits_on_japanese_terminators_and_keeps_quotes_whole():
    text = "「明日行く。」と彼は述べた。本当か？本当だ！"
    assert sentences(text) == [
        ("「明日行く。」と彼は述べた。", BODY),
        ("本当か？", BODY),
        ("本当だ！", BODY),
    ]


def test_line_breaks_end_sentences_and_offsets_are_into_the_raw_text():
    text = "一行目の文です\r\n\r\n二行目の文です。三つ目。\n"
    doc = Document(text, lang="ja")
    got = [(s.start, s.end, s.text_in(text)) for s in doc.sentences]
    assert got == [(0, 7, "一行目の文です"), (11, 19, "二行目の文です。"), (19, 23, "三つ目。")]


def test_kinds_heading_list_quote():
    text = "# 市場の動き\n- 東証は反落した\n「全て順調だ。」\n米国の株価は上昇した。\n短い見出し"
    assert sentences(text) == [
        ("# 市場の動き", HEADING),
        ("東証は反落した", LIST_ITEM),
        ("「全て順調だ。」", QUOTE),
        ("米国の株価は上昇した。", BODY),
        ("短い見出し", HEADING),
    ]


def test_ascii_question_mark_inside_url_does_not_split():
    text = "詳細はhttps://example.com/a?b=1を参照。次の文。"
    assert [s for s, _ in sentences(text)] == ["詳細はhttps://example.com/a?b=1を参照。", "次の文。"]


def test_english_sentences_split_on_full_stops():
    assert [s for s, _ in sentences("He said no. Then he left.")] == ["He said no.", "Then he left."]


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "。。。", "「「「", "」」」"])
def test_degenerate_texts_do_not_break(text):
    doc = Document(text, lang="ja")
    for sentence in doc.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Titles and months before a name or a number never end a sentence.
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("Gov. Newsom spoke on Jan. 5. Sen. Lee did not.", ["Gov. Newsom spoke on Jan. 5.", "Sen. Lee did not."]),
        ("They moved to St. Louis in 2020. It rained.", ["They moved to St. Louis in 2020.", "It rained."]),
        # Dotted abbreviations and initials go on; decimals are not stops.
        (
            "The U.S. Army paid 3.5 million. J. K. Rowling wrote.",
            ["The U.S. Army paid 3.5 million.", "J. K. Rowling wrote."],
        ),
        ("Fruit, e.g. Apples, sold well. Prices rose.", ["Fruit, e.g. Apples, sold well.", "Prices rose."]),
        # An acronym can end a sentence; so can a time.
        ("He joined the EU. NATO agreed.", ["He joined the EU.", "NATO agreed."]),
        ("It opens at 6 p.m. The mayor will speak.", ["It opens at 6 p.m.", "The mayor will speak."]),
        # Closing quotes after the stop.
        ('"Stop." Then he ran.', ['"Stop."', "Then he ran."]),
        ("“We won.” She smiled.", ["“We won.”", "She smiled."]),
        ('"Why?" She asked. "Why?" he asked.', ['"Why?"', "She asked.", '"Why?" he asked.']),
        # Street types and company suffixes end sentences as often as not: they split.
        ("It is at 12 Main Blvd. For tickets, call.", ["It is at 12 Main Blvd.", "For tickets, call."]),
    ],
)
def test_english_abbreviations_quotes_and_acronyms(text, expected):
    assert [s for s, _ in sentences(text)] == expected


def test_english_offsets_stay_exact_with_abbreviations():
    text = "Dr. Ito arrived.  Mr. Ono left."
    doc = Document(text, lang="en")
    assert [(s.start, s.end) for s in doc.sentences] == [(0, 16), (18, 31)]


def test_english_full_stop_after_a_percent_sign_ends_the_sentence():
    assert [s for s, _ in sentences("Alpha rose 3%. Beta fell.")] == ["Alpha rose 3%.", "Beta fell."]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(0, 2, False), (2, 3, True), (4, 5, True), (5, 6, False), (6, 10, True), (12, 20, False), (0, 20, True)],
)
def test_overlaps_any_is_the_plain_overlap_test(start, end, expected):
    from auditor.document import overlaps_any

    spans = [(2, 5), (8, 12)]
    assert overlaps_any(spans, start, end) is expected
    assert overlaps_any(spans, start, end) == any(s < end and start < e for s, e in spans)


def test_sentence_index_at_bisects_the_sentence_starts():
    doc = Document("  一つ目の文。二つ目の文。\n三つ目。", lang="ja")
    starts = [sentence.start for sentence in doc.sentences]
    assert len(starts) == 3 and starts[0] == 2
    assert doc.sentence_index_at(0) == -1  # before the first sentence
    assert [doc.sentence_index_at(offset) for offset in starts] == [0, 1, 2]
    assert doc.sentence_index_at(starts[1] - 1) == 0 and doc.sentence_index_at(len(doc.text)) == 2


def test_line_bounds_run_from_the_last_break_to_the_next_line_feed():
    doc = Document("一行目\r\n二行目\r三行目\n最後", lang="ja")
    assert doc.line_bounds(0) == (0, 4)  # ends at the LF; the CR before it is part of the line
    assert doc.line_bounds(5) == (5, 12)  # a lone CR starts a line, only an LF ends one
    assert doc.line_bounds(9) == (9, 12)
    assert doc.line_bounds(13) == (13, 15)  # the last line ends at the text's end

"""auditor.analysis.quantities: number mentions with their values, in English sources and Japanese targets."""

from __future__ import annotations

import pytest

from auditor.analysis.quantities import (
    english_numbers,
    japanese_date,
    japanese_form,
    japanese_numbers,
    parse_japanese_number,
)


def mentions(found, text: str) -> list[tuple[str, object, str]]:
    for m in found:
        assert m.end > m.start
    return [(text[m.start : m.end], m.value, m.kind) for m in found if not m.loose]


ENGLISH = [
    ("It will invest $500 billion.", [("$500 billion", 5e11, "money")]),
    ("A €2.5bn plan and a £5m fund.", [("€2.5bn", 2.5e9, "money"), ("£5m", 5e6, "money")]),
    ("Worth 3 trillion yen.", [("3 trillion yen", 3e12, "money")]),
    (
        "About 1.5 million people, 45,000 fans and 2 000 cars.",
        [("1.5 million", 1.5e6, "number"), ("45,000", 45000.0, "number"), ("2 000", 2000.0, "number")],
    ),
    (
        "Prices fell -3.5 points, or 12%, then 4 percent.",
        [("-3.5", -3.5, "number"), ("12%", 12.0, "percent"), ("4 percent", 4.0, "percent")],
    ),
    (
        "On January 30, 2026 and 30 January 2026.",
        [("January 30, 2026", (2026, 1, 30), "date"), ("30 January 2026", (2026, 1, 30), "date")],
    ),
    (
        "On Jan. 30, in November 2024, in March.",
        [
            ("Jan. 30", (None, 1, 30), "date"),
            ("November 2024", (2024, 11, None), "date"),
            ("March", (None, 3, None), "date"),
        ],
    ),
    # May the verb is no month; May after "in" is.
    ("You may go. May I? Sales rose in May.", [("May", (None, 5, None), "date")]),
    ("At 3:30 p.m. or 15:45.", [("3:30 p.m.", 15.5, "time"), ("15:45", 15.75, "time")]),
    (
        "The 2nd try, 5-7 days, in 2011.",
        [("2nd", 2.0, "ordinal"), ("5", 5.0, "number"), ("7", 7.0, "number"), ("2011", 2011.0, "year")],
    ),
    (
        "It hit 155 mph and 6 feet, at 90°F.",
        [("155 mph", 155.0, "measure"), ("6 feet", 6.0, "measure"), ("90°F", 90.0, "measure")],
    ),
    ("From 1981-87.", [("1981", 1981.0, "year"), ("87", 1987.0, "year")]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH, ids=[t for t, _ in ENGLISH])
def test_english_numbers(text, expected):
    assert mentions(english_numbers(text), text) == expected


@pytest.mark.parametrize(
    "text",
    ["The iPhone 16 is out.", "COVID-19 and F-35 and A320.", "It runs Windows 11 now.", "Version 1.2.3 ships.",
     "Fortune 500 firms.", "A 5G phone."],
)  # fmt: skip
def test_english_names_and_codes_are_loose(text):
    assert mentions(english_numbers(text), text) == []


JAPANESE = [
    ("5,000億ドルと5000億円", [("5,000億ドル", 5e11, "money"), ("5000億円", 5e11, "money")]),
    ("1.5万人、150万人、3兆円", [("1.5万", 15000.0, "number"), ("150万", 1.5e6, "number"), ("3兆円", 3e12, "money")]),
    (
        "１万５０００人、1兆2000億、5億4千万",
        [("１万５０００", 15000.0, "number"), ("1兆2000億", 1.2e12, "number"), ("5億4千万", 5.4e8, "number")],
    ),
    (
        "2026年1月30日と30日と1月",
        [("2026年1月30日", (2026, 1, 30), "date"), ("30日", 30.0, "number"), ("1月", (None, 1, None), "date")],
    ),
    ("令和8年に", [("令和8年", (2026, None, None), "date")]),
    ("2026年に", [("2026年", 2026.0, "year")]),
    ("5％と5.2%", [("5％", 5.0, "percent"), ("5.2%", 5.2, "percent")]),
    ("時速250キロで", [("時速250キロ", 250.0, "measure")]),
    ("午後3時半に", [("午後3時半", 15.5, "time")]),
    ("3ドル74セント", [("3ドル74セント", 3.74, "money")]),
]


@pytest.mark.parametrize(("text", "expected"), JAPANESE, ids=[t for t, _ in JAPANESE])
def test_japanese_numbers(text, expected):
    assert mentions(japanese_numbers(text), text) == expected


def test_japanese_kanji_numerals_match_but_are_loose():
    found = japanese_numbers("二十五人と百人と三")
    assert [(m.value, m.loose) for m in found] == [(25.0, True), (100.0, True), (3.0, True)]


def test_japanese_speed_is_read_in_si():
    (mention,) = japanese_numbers("時速250キロ")
    assert [m.quantity for m in mention.measures] == ["speed"]
    assert mention.measures[0].si == pytest.approx(250 / 3.6)


def test_japanese_half_and_months():
    (mention,) = japanese_numbers("1年半")
    assert 1.5 in mention.values and 18.0 in mention.values


@pytest.mark.parametrize(
    ("digits", "value"),
    [
        ("5,000億", 5e11),
        ("1.5万", 15000),
        ("1兆2000億", 1.2e12),
        ("5億4千万", 5.4e8),
        ("3千", 3000),
        ("4万5000", 45000),
    ],
)
def test_parse_japanese_number(digits, value):
    assert parse_japanese_number(digits) == value


@pytest.mark.parametrize(
    ("value", "text"), [(5e11, "5000億"), (1.5e6, "150万"), (45000, "4万5000"), (1.2e12, "1兆2000億"), (2.25, "2.25")]
)
def test_japanese_form(value, text):
    assert japanese_form(value) == text


def test_japanese_form_with_commas_and_dates():
    assert japanese_form(5e11, comma=True) == "5,000億"
    assert japanese_date((2026, 1, 30)) == "2026年1月30日"
    assert japanese_date((2026, 1, 30), like=(None, None, 31)) == "30日"

"""auditor.analysis.quantities: the one number parser, rounding step and formatter, and the one reader of units.tsv
that the unit rules, the number cross-check and the aligner share (exact answers)."""

from __future__ import annotations

import math

import pytest

from auditor import audit
from auditor.analysis.alignment import _number_words, _tokens
from auditor.analysis.context import Analysis
from auditor.analysis.quantities import (
    TO_ASCII,
    english_numbers,
    format_number,
    japanese_form,
    japanese_numbers,
    look_back,
    parse_english_number,
    parse_japanese_number,
    round_like,
    rounding_step,
    unit_context,
    unit_table,
    written_decimals,
)
from auditor.analysis.units import compile_units
from auditor.config import settings_from_mapping
from auditor.document import Document, Pair
from auditor.lexicons import get_lexicon
from auditor.rules.base import Context
from auditor.rules.numbers import NumberMismatch

# --- reading ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("250", 250),
        ("5,000億", 5e11),
        ("3兆", 3e12),
        ("1兆2000億", 1.2e12),
        ("1.5万", 15000),
        ("1万5000", 15000),
        ("１万５０００", 15000),  # full-width
        ("１，０００", 1000),
        ("２５０．５", 250.5),
        ("5億4千万", 5.4e8),
        ("4千万", 4e7),
        ("千万", 1e7),
        ("3千", 3000),
        ("千", 1000),  # 千 alone is a thousand, not 0
        ("万", 1e4),
        ("8万1千", 81000),
        ("1万5千556", 15556),
        ("135 万", 1.35e6),  # machine translation spaces them
        ("4 億 5 千万", 4.5e8),
        ("15,000万", 1.5e8),  # unusual, but it says one value
    ],
)
def test_parse_japanese_number(text, value):
    assert parse_japanese_number(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "3兆億",  # 3兆 and how many 億? a scale with no digits of its own after another: refused, not 3.0001e12
        "1億2兆",  # scales out of order
        "1億2万億",  # 億 twice
        "5千千",
        "15千",  # 千 takes one digit
        "3千5000",  # the part after 千 is as large as 千
        "1万15000",  # the part after 万 is as large as 万
        "1.2.3万",
        "",
        "万円",
    ],
)
def test_what_is_not_a_japanese_number_is_refused(text):
    with pytest.raises(ValueError, match="not a number"):
        parse_japanese_number(text)


def test_a_refused_number_is_no_mention_and_no_figure():
    assert [m for m in japanese_numbers("3兆億円") if not m.loose] == []
    # No unit rule reads it as a figure; numbers.scale-garble reports it as no number at all.
    findings = audit("距離は3兆億マイルに及ぶ。", lang="ja").findings
    assert [(f.rule, f.excerpt) for f in findings] == [("numbers.scale-garble", "3兆億")]


@pytest.mark.parametrize(("text", "value"), [("1,234.5", 1234.5), ("2 000", 2000), ("12.5", 12.5), ("7", 7)])
def test_parse_english_number(text, value):
    assert parse_english_number(text) == value


@pytest.mark.parametrize("text", ["1.2.3", "1,23", "1,5", "", "5m"])
def test_what_is_not_an_english_number_is_refused(text):
    with pytest.raises(ValueError, match="not a number"):
        parse_english_number(text)


def test_full_width_maps_one_character_for_one():
    wide = "１２，３４５．６％：－ＡＢｃ"
    assert wide.translate(TO_ASCII) == "12,345.6%:-ABc"
    assert len(wide.translate(TO_ASCII)) == len(wide)


# --- rounding --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "exact", "round_figure"),
    [
        ("155", 0.5, 0.5),  # the last digit counts either way
        ("2.5", 0.05, 0.05),
        ("２５０．５", 0.05, 0.05),
        ("250", 0.5, 5),  # a round figure: half its last non-zero digit...
        ("100", 0.5, 5),  # ...but at most 5% of the value
        ("1万", 5000, 500),
        ("1.5万", 500, 500),
        ("5,000億", 5e7, 2.5e10),  # 5% of 5e11
        ("4千万", 5e6, 2e6),
        ("1兆", 5e11, 5e10),
        ("0", 0.5, 0.5),
        ("2 000", 0.5, 100),
    ],
)
def test_rounding_step(text, exact, round_figure):
    assert math.isclose(rounding_step(text), exact)
    assert math.isclose(rounding_step(text, round_figures=True), round_figure)


def test_rounding_step_of_a_compound_figure_caps_on_its_value():
    # 1メートル80センチ is 180 cm written "80": the cap is 5% of 180, not of 80.
    assert rounding_step("80", 180, round_figures=True) == 5
    assert rounding_step("80", round_figures=True) == 4


@pytest.mark.parametrize(("text", "decimals"), [("1.8", 1), ("1.5万", 1), ("２５０．５０", 2), ("1万5000", 0)])
def test_written_decimals(text, decimals):
    assert written_decimals(text) == decimals


def test_round_like_reads_the_decimals_of_the_last_group():
    assert round_like(249.4, "250") == 249
    assert round_like(1.83, "6") == 1.8
    assert round_like(1.834, "1.5万") == 1.8


# --- writing ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text", "with_commas"),
    [
        (5e11, "5000億", "5,000億"),
        (1.5e6, "150万", "150万"),
        (45000, "4万5000", "4万5,000"),
        (1.2e12, "1兆2000億", "1兆2,000億"),
        (2.25, "2.25", "2.25"),
        (1234.5, "1234.5", "1,234.5"),
        (0.123456, "0.123456", "0.123456"),  # no comma inside a decimal part
        (-3000, "-3000", "-3,000"),
    ],
)
def test_japanese_form(value, text, with_commas):
    assert japanese_form(value) == text
    assert japanese_form(value, comma=True) == with_commas


@pytest.mark.parametrize(
    ("value", "decimals", "options", "text"),
    [
        (155.34, 0, {}, "155"),
        (-155.34, 0, {}, "155"),  # the sign is the caller's (マイナス or -)
        (1.83, 1, {}, "1.8"),
        (2.0, 1, {}, "2"),
        (11000, 0, {"scales": True}, "1万1000"),
        (1.24e8, 0, {"scales": True}, "1億2400万"),  # not 12400万
        (5.8e9, 0, {"scales": True}, "58億"),
        (9999, 0, {"scales": True}, "9999"),
        (11000, 0, {"comma": True}, "11,000"),
        (3.11e7, 0, {"scales": True, "comma": True}, "3,110万"),
        (1234.5, 1, {"comma": True}, "1,234.5"),
        (11000, 0, {"scales": True, "wide": True}, "１万１０００"),
        (1234.5, 1, {"comma": True, "wide": True}, "１，２３４．５"),
    ],
)
def test_format_number(value, decimals, options, text):
    assert format_number(value, decimals, **options) == text


# --- units.tsv and unit_context.tsv ----------------------------------------------------------------------------


def test_unit_context_is_read_from_its_table():
    context = unit_context(get_lexicon("ja"))
    assert context.approx_word == "約" and context.minus_word == "マイナス"
    assert {"約", "およそ", "推定", "ほぼ"} <= set(context.approx)
    assert context.signs == {"-", "−", "－"} and context.below_zero == {"氷点下", "零下"}
    assert context.change.search("気温が上昇した") and not context.change.search("気温は30度")
    assert {"程度", "前後", "ほど"} <= set(context.after_bracket)


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("時速約250", {"pre": "時速", "a2": "約"}),
        ("約時速250", {"a1": "約", "pre": "時速"}),
        ("気温はマイナス10", {"neg": "マイナス"}),
        ("氷点下10", {"neg": "氷点下"}),
        ("華氏マイナス4", {"pre": "華氏", "neg": "マイナス"}),
        ("（-10", {"neg": "-"}),
        ("気温は-5", {"neg": "-"}),  # after kana, a minus
        ("ＡＢ－５", None),
        ("A-10", None),  # a name
        ("150-200", None),  # a range
        ("は10", None),
    ],
)
def test_look_back(text, groups):
    start = len(text.rstrip("0123456789５"))  # the number is the digits at the end
    back = look_back(text, start, unit_context(get_lexicon("ja")))
    if groups is None:
        assert back is None
    else:
        assert back is not None
        assert {name: value for name, value in back.groupdict().items() if value} == groups


def test_a_negative_sign_before_a_bracketed_figure_counts_in_the_cross_check():
    (mention,) = [m for m in japanese_numbers("（-10°F）") if not m.loose]
    assert mention.measures[0].si == pytest.approx((-10 + 459.67) * 5 / 9)
    assert (mention.start, mention.end) == (1, 6)


# A house unit that a publication configures (auditor.toml: [[lexicon.units]]): the fathom, which it writes ファゾム.
FATHOM = {
    "surface": "ファゾム",
    "role": "unit",
    "unit": "fathom",
    "quantity": "length",
    "system": "imperial",
    "factor": "1.8288",
    "ja_ok": "yes",
    "name": "fathoms",
}


def test_the_one_unit_reader_honours_configured_rows():
    lexicon = get_lexicon("ja", {"units": [FATHOM]})
    assert unit_table(lexicon).by_unit["fathom"].factor == 1.8288
    assert [r.unit for r in unit_table(lexicon).units["ファゾム"]] == ["fathom"]
    assert "fathom" not in unit_table(get_lexicon("ja")).by_unit
    assert "ファゾム" in compile_units(lexicon).readings


def test_a_configured_unit_is_honoured_by_the_unit_rules():
    settings = settings_from_mapping({"lexicon": {"units": [FATHOM]}})
    text = "沈没船は水深100ファゾム（100メートル）の海底にある。"
    found = [(f.rule, f.excerpt, f.suggestion) for f in audit(text, lang="ja", settings=settings).findings]
    assert found == [("units.conversion-mismatch", "100メートル", "183メートル")]
    right = "沈没船は水深100ファゾム（183メートル）の海底にある。"
    assert audit(right, lang="ja", settings=settings).findings == []
    assert audit(text, lang="ja").findings == []  # without the row ファゾム is no unit


def test_a_configured_unit_converts_the_source_side_of_the_number_cross_check():
    """The source's unit is converted with the target's units.tsv, configured rows included (not the shipped one)."""
    source_lexicon = get_lexicon("en", {"unit_words": [{"surface": "fathoms", "unit": "fathom"}]})
    source = "The wreck lies 100 fathoms down."

    def check(target: str, units: list[dict[str, str]]) -> list[tuple[str, str]]:
        pairs = [Pair(0, len(source), 0, len(target))]
        doc = Document(target, lang="ja", source=Document(source, lang="en"), pairs=pairs)
        analysis = Analysis(doc, get_lexicon("ja", {"units": units}), source_lexicon=source_lexicon)
        return [(f.excerpt, f.suggestion) for f in NumberMismatch().check(doc, Context(analysis))]

    assert check("沈没船は水深183メートルにある。", [FATHOM]) == []  # 100 fathoms = 182.88 m
    assert check("沈没船は水深100ファゾムにある。", [FATHOM]) == []
    assert check("沈没船は水深100メートルにある。", [FATHOM]) == [("100メートル", "183メートル")]
    (mention,) = english_numbers(source, source_lexicon, units=get_lexicon("ja", {"units": [FATHOM]}))
    assert mention.kind == "measure" and mention.measures[0].si == pytest.approx(182.88)
    # Without the publication's row the source's fathoms are a bare 100, which the metres do not match.
    assert check("沈没船は水深183メートルにある。", []) == [("183メートル", "100メートル")]


# --- the aligner's number anchors ------------------------------------------------------------------------------


def test_aligner_anchors_read_whole_japanese_numbers():
    numbers = get_lexicon("ja").compiled(_number_words)

    def anchors(text: str) -> set[str]:
        return {key for key in _tokens(text, False, {}, numbers) if key.startswith("n:")}

    assert "n:1.2e+12" in anchors("1兆2000億円") & anchors("1.2 trillion yen")
    assert "n:45000" in anchors("4万5000人") & anchors("45,000 people")
    assert "n:5e+11" in anchors("５，０００億ドル") & anchors("$500 billion")
    assert "n:3000" in anchors("3千人") & anchors("3,000 people")
    assert anchors("version 1.2.3") == set()
    assert anchors("3兆億") == {"n:3"}  # no number: only the digits
    assert "n:5e+06" not in anchors("5 millionaires")

"""units.*: imperial units, wrong conversions, speeds turned into distances (textlint-style cases, exact offsets)."""

from __future__ import annotations

import math

import pytest

from auditor import audit
from auditor.analysis.embeds import EmbedBlock
from auditor.analysis.quantities import format_number, parse_japanese_number, rounding_step
from auditor.analysis.units import compile_units
from auditor.document import Document
from auditor.lexicons import LexiconError, get_lexicon
from auditor.rules.base import Context
from auditor.rules.units import Imperial
from tests.conftest import SHARED

IMPERIAL = "units.imperial"
MISMATCH = "units.conversion-mismatch"
SPEED = "units.speed-as-distance"
SEED = SHARED / "seed" / "musk-industries-ja.txt"


def found(text: str) -> list[tuple[str, str, int, int, str]]:
    """The units.* findings on ``text`` through the public pipeline."""
    report = audit(text, lang="ja")
    assert [error for error in report.errors if error[0].startswith("units.")] == []
    findings = [
        (f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule.startswith("units.")
    ]
    for _, excerpt, start, end, _ in findings:
        assert text[start:end] == excerpt
    return findings


INVALID = [
    # The seed's case: miles in brackets (drop them) and a speed turned into a distance; the arithmetic is right.
    (
        "新型車は時速250キロ(155マイル)で走る。",
        [(IMPERIAL, "(155マイル)", 11, 19, ""), (SPEED, "155マイル", 12, 18, "時速155マイル")],
    ),
    # Full-width digits and brackets: offsets count each full-width character once.
    (
        "新型車は時速２５０キロ（１５５マイル）で走る。",
        [(IMPERIAL, "（１５５マイル）", 11, 19, ""), (SPEED, "１５５マイル", 12, 18, "時速１５５マイル")],
    ),
    # Kilometres copied across as miles: the conversion is wrong.
    (
        "列車は250キロ（250マイル）の区間を走る。",
        [(IMPERIAL, "（250マイル）", 8, 16, ""), (MISMATCH, "250マイル", 9, 15, "155マイル")],
    ),
    # 0 °C is 32 °F.
    ("気温は0度(0°F)まで下がった。", [(IMPERIAL, "(0°F)", 5, 10, ""), (MISMATCH, "0°F", 6, 9, "32°F")]),
    # 約 widens the tolerance to 10%, but 40 lb is not 30 kg (66 lb); キロ is read as kg from its partner.
    (
        "重さは約30キロ(40ポンド)だという。",
        [(IMPERIAL, "(40ポンド)", 8, 15, ""), (MISMATCH, "40ポンド", 9, 14, "66ポンド")],
    ),
    # Imperial first, metric in brackets: keep the bracket.
    ("高さ100フィート(30メートル)の塔。", [(IMPERIAL, "100フィート(30メートル)", 2, 17, "30メートル")]),
    ("約155マイル（250キロ）を走った。", [(IMPERIAL, "約155マイル（250キロ）", 0, 14, "250キロ")]),
    # ...unless the bracket is wrong too: then the computed figure, with the Latin unit kept.
    (
        "東京から10マイル (10 km) 離れた町。",
        [(IMPERIAL, "10マイル (10 km)", 4, 17, "約16キロ"), (MISMATCH, "10 km", 11, 16, "16 km")],
    ),
    (
        "荷物は5ガロン（10リットル）入る。",
        [(IMPERIAL, "5ガロン（10リットル）", 3, 15, "約19リットル"), (MISMATCH, "10リットル", 8, 14, "19リットル")],
    ),
    # Imperial alone: the metric figure is suggested.
    ("橋の全長は3マイルに及ぶ。", [(IMPERIAL, "3マイル", 5, 9, "約4.8キロ")]),
    ("旅客機は高度1万フィートを飛行していた。", [(IMPERIAL, "1万フィート", 6, 12, "約3000メートル")]),
    ("旅客機は高度3万5000フィートを飛んだ。", [(IMPERIAL, "3万5000フィート", 6, 16, "約1万1000メートル")]),
    ("華氏90度の暑さが続く。", [(IMPERIAL, "華氏90度", 0, 5, "約32度")]),
    ("距離は150～200マイルだった。", [(IMPERIAL, "150～200マイル", 3, 13, "約240～320キロ")]),
    ("身長は5フィート6インチだ。", [(IMPERIAL, "5フィート6インチ", 3, 12, "約1.7メートル")]),
    ("面積は1,000エーカーに及ぶ。", [(IMPERIAL, "1,000エーカー", 3, 12, "約400ヘクタール")]),
    ("巡航速度は時速500マイルだ。", [(IMPERIAL, "時速500マイル", 5, 13, "時速約800キロ")]),
    ("ボールは95mphに達した。", [(IMPERIAL, "95mph", 4, 9, "時速約150キロ")]),
    # オンス beside a can or a drink is the US fluid ounce: millilitres, not grams; a bracket in ml is its conversion.
    ("炭酸飲料は12オンスの缶で売られる。", [(IMPERIAL, "12オンス", 5, 10, "約350ミリリットル")]),
    ("12オンス（355ミリリットル）の缶。", [(IMPERIAL, "12オンス（355ミリリットル）", 0, 16, "355ミリリットル")]),
    ("重さは8オンスだ。", [(IMPERIAL, "8オンス", 3, 7, "約230グラム")]),
    # A container ship's length is a figure, not a container size.
    ("コンテナ船の全長は1300フィートだ。", [(IMPERIAL, "1300フィート", 9, 17, "約400メートル")]),
    # A text that states a unit's metric amount explains it, but only where the arithmetic holds.
    (
        "1マイルは1キロだ。町まで10マイル。",
        [(IMPERIAL, "1マイル", 0, 4, "約1.6キロ"), (IMPERIAL, "10マイル", 13, 18, "約16キロ")],
    ),
    # ポンド is a weight only with evidence (体重 here).
    ("選手の体重は200ポンドだった。", [(IMPERIAL, "200ポンド", 6, 12, "約91キロ")]),
    # A compound figure is one figure; the bracket is checked against the whole of it.
    (
        "身長は1メートル80センチ（7フィート）だ。",
        [(IMPERIAL, "（7フィート）", 13, 20, ""), (MISMATCH, "7フィート", 14, 19, "5.9フィート")],
    ),
    # A speed in brackets after a distance, and a bracketed mph after a distance.
    (
        "ハリケーンは時速160キロ（時速160マイル）の風を伴う。",
        [(IMPERIAL, "（時速160マイル）", 13, 23, ""), (MISMATCH, "160マイル", 16, 22, "99マイル")],
    ),
    (
        "最高速度は155mph（250キロ）だ。",
        [(IMPERIAL, "155mph（250キロ）", 5, 18, "時速約250キロ"), (SPEED, "250キロ", 12, 17, "時速250キロ")],
    ),
    # Offsets into the text exactly as read, CRLF included.
    ("第1部\r\n橋は3マイルある。", [(IMPERIAL, "3マイル", 7, 11, "約4.8キロ")]),
    # Two conversions in one sentence are judged separately.
    (
        "機体は時速900キロ（560マイル）で巡航し、距離は1万キロ（6200マイル）に及ぶ。",
        [
            (IMPERIAL, "（560マイル）", 10, 18, ""),
            (SPEED, "560マイル", 11, 17, "時速560マイル"),
            (IMPERIAL, "（6200マイル）", 30, 39, ""),
        ],
    ),
    # A negative temperature: the minus sign is part of the figure.
    (
        "気温はマイナス10度（-10°F）だった。",
        [(IMPERIAL, "（-10°F）", 10, 17, ""), (MISMATCH, "-10°F", 11, 16, "14°F")],
    ),
    # Large figures, read and written with the one Japanese number of auditor.analysis.quantities (兆, 億 and
    # 千万 included; a space before a scale word, as machine translation writes it).
    ("冥王星までは約36億マイル離れている。", [(IMPERIAL, "約36億マイル", 6, 13, "約58億キロ")]),
    ("距離は4千万マイルに及ぶ。", [(IMPERIAL, "4千万マイル", 3, 9, "約6400万キロ")]),
    ("距離は1兆2000億マイルだ。", [(IMPERIAL, "1兆2000億マイル", 3, 13, "約1兆9000億キロ")]),
    ("距離は135 万マイルに及ぶ。", [(IMPERIAL, "135 万マイル", 3, 11, "約220万キロ")]),
    (
        "距離は2億キロ（3億マイル）だ。",
        [(IMPERIAL, "（3億マイル）", 7, 14, ""), (MISMATCH, "3億マイル", 8, 13, "1億2400万マイル")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INVALID)
def test_invalid(text, expected):
    assert sorted(found(text)) == sorted(expected)


VALID = {
    IMPERIAL: [
        "新型車は時速250キロで走り、航続距離は約600キロに達する。",
        "気温は32度、湿度は80％だった。",
        "6.1インチの有機ELディスプレーを搭載した。",  # screens are measured in inches in Japanese too
        "17インチのタッチスクリーンを備える。",  # スクリーン is 画面: a screen size
        "ドライバーの飛距離は300ヤードを超えた。",  # golf keeps yards
        "金価格は1オンス＝2,400ドルを突破した。",  # gold is priced per troy ounce
        "英国は5000万ポンドの支援を表明した。",  # ポンド as the currency
        "特典航空券に必要な1万マイルを貯めた。",  # airline miles are points
        "He ran 5 miles every morning.",  # English left untranslated is another rule's business
        "1500キロカロリーを消費した。",  # キロ inside キロカロリー is not a unit here
        "映画『8マイル』を観た。",  # a title is the work's name
        # Sizes Japanese names in inches and feet too (units.tsv, unless): drives, records, bicycles, jeans, containers.
        "2.5インチSSDを増設した。",
        "7インチのレコードを発売する。",
        "26インチの自転車を買った。",
        "ジーンズのウエストは30インチだ。",
        "20フィートのコンテナで輸送した。",
        # Sports that Japanese writing measures as the US does (units.tsv, unless): MLB's Statcast, weight classes.
        "主砲の一発は飛距離410フィート（約125メートル）だった。",
        "打球速度は108マイル（約174キロ）を記録した。",
        "挑戦者はウェルター級の170ポンド（約77.1キロ）で計量をパスした。",
        # The text explains the unit (a how-to on picturing square feet): its figures are its subject.
        "100平方フィートは約9.3平方メートルだ。500平方フィートの家を想像しよう。",
        "1マイル＝1.6キロ。町まで10マイル。",
        "1°C = 33.8°Fなので、\n10°C = 50°F\n100°C = 212°F",  # a conversion table, metric first
    ],
    MISMATCH: [
        "新型車は時速250キロ(155マイル)で走る。",  # 250 km = 155.3 mi
        "高さ100フィート(30メートル)の塔。",  # 30.48 m
        "気温は32度(90°F)に達した。",  # 89.6 °F
        "気温はマイナス40度（-40°F）だった。",  # the two scales meet at -40
        "気温は-5度（23°F）だった。",  # a hyphen after kana is a minus sign
        "旅客機は高度1万1000メートル（3万6000フィート）を飛行。",  # 36,089 ft
        "面積は約1000エーカー（約400ヘクタール）。",
        "港から南へ約50キロメートル（30マイル）の島に向かう。",  # 31 mi, rounded
        "平均気温が1.5度（2.7°F）上昇した。",  # a change, not a reading: no 32° offset
        "気温が2度（3.6°F程度）上がった。",  # 程度 before the bracket closes (unit_context.tsv)
        "身長は5フィート6インチ（168センチ）だ。",  # a compound figure: 66 in = 167.6 cm
        "身長は1メートル80センチ（5フィート11インチ）だ。",  # 180 cm = 70.9 in, both sides compound
        "総額は100万ドル（約1億5000万円）に上る。",  # money is not a unit
        "距離は5キロ（前年は4キロ）だった。",  # a bracket that is not a conversion
        "時速30キロ（30キロ）",  # the same unit twice is not a conversion
        "12オンス（355ミリリットル）の缶。",  # US fluid ounces: 354.9 ml
    ],
    SPEED: [
        "新型車は時速250キロ（時速155マイル）で走る。",
        "最高速度は155mph（時速250キロ）だ。",
        "距離は250キロ（155マイル）に及ぶ。",
        "風速は秒速20メートル（45mph）に達した。",  # both speeds
        "時速5キロ（11ポンド）",  # a speed and a mass are not a conversion pair
    ],
}


@pytest.mark.parametrize(("rule", "text"), [(rule, text) for rule, texts in VALID.items() for text in texts])
def test_valid(rule, text):
    assert [f for f in found(text) if f[0] == rule] == []


def test_imperial_in_bracket_says_it_can_be_removed():
    report = audit("新型車は時速250キロ(155マイル)で走る。", lang="ja")
    (finding,) = [f for f in report.findings if f.rule == IMPERIAL]
    assert "removed" in finding.message
    assert finding.severity == "minor" and finding.category == "locale/units"


def test_severities_and_categories():
    report = audit("列車は時速250キロ（250マイル）で走る。", lang="ja")
    kinds = {f.rule: (f.category, f.severity) for f in report.findings if f.rule.startswith("units.")}
    assert kinds == {
        IMPERIAL: ("locale/units", "minor"),
        MISMATCH: ("accuracy/number", "major"),
        SPEED: ("accuracy/number", "major"),
    }


def test_imperial_is_quiet_inside_a_flattened_embed():
    text = "本文は3マイルと書く。\n埋め込み投稿で5マイル走った"
    doc = Document(text, lang="ja")
    embed_start = text.index("埋め込み")
    ctx = Context.of(doc, get_lexicon("ja"), embeds=[EmbedBlock(embed_start, len(text), "x", "test")])
    findings = list(Imperial().check(doc, ctx))
    assert [(f.excerpt, f.start) for f in findings] == [("3マイル", 3)]


def test_pound_with_a_kilogram_partner_is_a_weight_but_alone_is_money():
    assert found("荷物は5キロ（11ポンド）。") == [(IMPERIAL, "（11ポンド）", 6, 13, "")]
    assert found("損失は11ポンドだった。") == []


def test_publication_rows_extend_the_lexicon():
    # A publication adds a unit (here the league) in its configuration, with the columns of units.tsv.
    row = {"surface": "リーグ", "role": "unit", "unit": "league", "quantity": "length", "system": "imperial"}
    row |= {"factor": "4828.032", "ja_ok": "no", "name": "leagues", "metric": "キロ"}
    compiled = compile_units(get_lexicon("ja", {"units": [row]}))
    assert compiled.pattern.search("海底2万リーグ").group("unit") == "リーグ"
    assert "リーグ" in compiled.flaggable


def test_a_malformed_lexicon_row_is_named():
    row = {"surface": "リーグ", "role": "unit", "unit": "league", "quantity": "length", "factor": "about 5 km"}
    with pytest.raises(LexiconError, match="リーグ"):
        compile_units(get_lexicon("ja", {"units": [row]}))


def test_seed_article():
    """The real MT article: the bracketed miles and the speed turned into a distance, nothing else."""
    if not SEED.is_file():
        pytest.skip("the shared seed article is not beside this checkout")
    text = SEED.read_text(encoding="utf-8")
    findings = found(text)
    assert [(rule, excerpt, suggestion) for rule, excerpt, _, _, suggestion in findings] == [
        (IMPERIAL, "(155マイル)", ""),
        (SPEED, "155マイル", "時速155マイル"),
    ]


# --- the pieces ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("250", 250),
        ("1,000", 1000),
        ("１，０００", 1000),
        ("２５０．５", 250.5),
        ("1万", 10000),
        ("1万5000", 15000),
        ("1.5万", 15000),
        ("8万1千", 81000),
        ("1億2000万", 120000000),
    ],
)
def test_parse_number(text, value):
    assert parse_japanese_number(text) == value


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("155", 0.5),  # the last digit counts
        ("2.5", 0.05),
        ("250", 5),  # a round figure: half its last non-zero digit...
        ("100", 5),  # ...but at most 5% of the value
        ("1万", 500),
        ("0", 0.5),
    ],
)
def test_half_step(text, step):
    assert math.isclose(rounding_step(text, parse_japanese_number(text), round_figures=True), step)


@pytest.mark.parametrize(
    ("value", "decimals", "options", "text"),
    [
        (155.34, 0, {}, "155"),
        (1.83, 1, {}, "1.8"),
        (11000, 0, {"scales": True}, "1万1000"),
        (30000, 0, {"scales": True}, "3万"),
        (11000, 0, {"comma": True}, "11,000"),
        (155, 0, {"wide": True}, "１５５"),
    ],
)
def test_format_number(value, decimals, options, text):
    assert format_number(value, decimals, **options) == text


def test_lexicon_rows_are_sound():
    compiled = compile_units(get_lexicon("ja"))
    quantities = {"length", "mass", "volume", "temperature", "area", "speed"}
    for surface, readings in compiled.readings.items():
        for reading in readings:
            assert reading.quantity in quantities, surface
            assert reading.factor > 0, surface
            assert reading.quantity != "speed" or reading.per > 0, surface
            assert reading.ja_ok or reading.metric, f"{surface}: an unacceptable unit needs a metric suggestion"
    # キロ is ambiguous; the rules resolve it by the partner figure.
    assert {r.quantity for r in compiled.readings["キロ"]} == {"length", "mass"}
    # Every suggested metric unit exists for the quantity it is suggested for.
    for readings in compiled.readings.values():
        for reading in readings:
            quantity = "length" if reading.quantity == "speed" else reading.quantity
            for surface in reading.metric:
                assert (surface, quantity) in compiled.by_quantity, (reading.surface, surface)

"""numbers.scale-garble and numbers.scale-calque: what they catch and leave alone, with exact offsets and fixes."""

from __future__ import annotations

import pytest

from auditor import audit

RULE = "numbers.scale-garble"
CALQUE = "numbers.scale-calque"


def found(text: str, rule: str = RULE) -> list[tuple[str, int, int, str]]:
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == rule]


INVALID = [
    # English scale abbreviations after digits, before a currency, a counter or a ticker.
    ("時価総額は1.50Tドルだった。", [("1.50T", 5, 10, "1兆5000億")]),
    ("供給量は19.78M BTC、上限は21.00M BTCだ。", [("19.78M", 4, 10, "1978万"), ("21.00M", 18, 24, "2100万")]),
    ("調達額は2.5Bドルに達した。", [("2.5B", 4, 8, "25億")]),
    ("参加者は500K人を超えた。", [("500K", 4, 8, "50万")]),
    ("利用者は1.2 million人に増えた。", [("1.2 million", 4, 15, "120万")]),
    ("売上は3bn円だった。", [("3bn", 3, 6, "30億")]),
    # A currency sign becomes the Japanese currency word, unless the word follows already.
    ("同社は$2.5Bを調達した。", [("$2.5B", 3, 8, "25億ドル")]),
    ("同社は€1.2Bユーロを調達した。", [("€1.2B", 3, 8, "12億")]),
    ("同社はUS$1.5Bを調達した。", [("US$1.5B", 3, 10, "15億ドル")]),  # the longest sign: US$, not $
    ("買収額はHK$2.5Mだった。", [("HK$2.5M", 4, 11, "250万香港ドル")]),
    # Scale words stacked with no digits between them: no number, and no suggestion.
    ("取引額は3兆億ドンに達した。", [("3兆億", 4, 7, "")]),
    ("資産は5億万円だ。", [("5億万", 3, 6, "")]),
    # More digits before 万, 億 or 兆 than a group of four: the value in Japanese form, commas kept.
    ("保有資産は約14,735,478億円に上る。", [("14,735,478億", 6, 17, "1,473兆5,478億")]),
    ("人口は１２０００万人だ。", [("１２０００万", 3, 9, "1億2000万")]),
    ("売上高は12345.6万ドルだった。", [("12345.6万", 4, 12, "1億2345万6000")]),
    # 兆 then a group of digits before 万: the 億 group is skipped (億 read as 万); no suggestion.
    ("輸入額は1兆3400萬元だった。", [("1兆3400萬", 4, 11, "")]),
    ("総額は19兆9200万元に達した。", [("19兆9200万", 3, 11, "")]),
    # Stacks with the traditional 萬 or the Chinese 亿: 万亿 is Chinese for 兆.
    ("総額は3万亿元に達した。", [("3万亿", 3, 6, "")]),
    ("総額は1兆3400万億元だ。", [("3400万億", 5, 11, "")]),
    ("輸入額は1兆3400萬", [("1兆3400萬", 4, 11, "")]),  # at the end of the text
    # A scale word after its own or a smaller one: no number; no suggestion.
    ("市場規模は1兆4兆ドルに達した。", [("1兆4兆", 5, 9, "")]),
    ("来場者は2万2万人を超えた。", [("2万2万", 4, 8, "")]),
    ("人口は5万3億人だ。", [("5万3億", 3, 7, "")]),
    ("規模は1 兆 4 兆 ドルだ。", [("1 兆 4 兆", 3, 10, "")]),  # a tokenizer's spaces
    # Two oversized figures in a row: each is reported as itself, the second not swallowed by the first.
    ("12345万12345万だ。", [("12345万", 0, 6, "1億2345万"), ("12345万", 6, 12, "1億2345万")]),
    # The Chinese scale glyph 亿, which Japanese does not have.
    ("利益は5亿元だった。", [("5亿", 3, 5, "5億")]),
    ("調達額は1.5亿ドルに上る。", [("1.5亿", 4, 8, "1億5000万")]),
]

VALID = [
    # Japanese scales.
    "時価総額は4200億ドル、利用者は1,000万人だった。",
    "評価額は5億4千万とされた。",
    "救済基金5億8千5百万ナイラの流用が疑われた。",  # a kanji-mixed number
    "営業利益は1,234百万円だった。",  # the accounting unit of financial statements
    "援助額は1,680百万ドルで首位だった。",  # the same unit in statistics, digits grouped by thousands
    # The article's own unit: every figure of the word in the calque, none counted in 万 (a round 1億 is no rival).
    "初週は35百万ドル、累計は116百万ドルで、監督初の1億ドル超えとなった。",
    "予算は420十億ドル、前年は380十億ドルだった。",
    "売上高は9,999億円、社員は5,000万人を超えた。",  # four digits: a full group
    "型番はA12345万だ。",  # a code
    "予算は1兆2000億5000万円だった。",  # every group named: 兆, 億, 万
    "数兆3400万円の損失だ。",  # no digits before 兆
    "数兆4兆円の損失だ。",  # no digits of its own before the first 兆
    "型番はA1万2万だ。",  # a code
    "目標は1兆～2兆円、社員は1億5千万円を受け取った。",  # a range; 千 before 万
    "每天可能损失1亿欧元。",  # a Chinese sentence: no kana near the figure
    "市場は好調だ。更是为了在 29 亿美元的市场中决策。これが結論だ。",  # a Chinese sentence among Japanese ones
    # Names, resolutions, generations, codes.
    "5G回線と4K画質に対応する。",
    "3M社は新製品を発表した。",
    "M2チップを搭載した。",
    "RTX 4090Tiを発表した。",
    "5Tトラックが走る。",
    "容量は1.5Tバイトだ。",  # tera: an SI prefix before a unit, not a scale
    "出力は2.4Mワットに達する。",
    "長さ5mの橋だ。",
    "重さ5kgの荷物だ。",
    # Outside Japanese prose.
    "The company raised $2.5B last year.",
    "詳細は https://example.com/1.5M人 を参照。",
    # A figure of millions with a counter that is not of millions (3M社), or a Latin word that is no ticker.
    "3M AIの研究所を訪れた。",
]


# Kanji calques of English scales: numbers.scale-calque's.
CALQUE_INVALID = [
    ("利用者は7 百万人を超えた。", [("7 百万", 4, 8, "700万")]),
    ("投資額は$420 十億ドルに上る。", [("$420 十億", 4, 11, "4200億")]),
    ("ローンは126.5百万ドルだった。", [("126.5百万", 4, 11, "1億2650万")]),
    ("救済額は585百万ナイラだった。", [("585百万", 4, 9, "5億8500万")]),  # no thousands grouping: a calque
    # A calque amid figures of the same word counted in 万, one amount said twice, after a currency sign, spaced.
    ("売上は32百万ドル、利益は3200万ドル、予算は55百万ドルだ。",
     [("32百万", 3, 7, "3200万"), ("55百万", 24, 28, "5500万")]),
    ("人口は7百万人、都市部は3百万人、郊外は150万人だ。", [("7百万", 3, 6, "700万"), ("3百万", 12, 15, "300万")]),
    ("基金は585百万ナイラで、その585百万ナイラが消えた。",
     [("585百万", 3, 8, "5億8500万"), ("585百万", 15, 20, "5億8500万")]),
    ("移籍金は£ 5百万、買取額は£ 39百万だ。", [("5百万", 6, 9, "500万"), ("39百万", 16, 20, "3900万")]),
    ("予算は420十億ドル、前年は380十億ドル、補正は5億ドルだ。",
     [("420十億", 3, 8, "4200億"), ("380十億", 14, 19, "3800億")]),
    ("初週は32百万ドル、累計は55百万ドル、別作は7 百万ドルだった。", [("7 百万", 23, 27, "700万")]),
]


@pytest.mark.parametrize(("text", "expected"), INVALID, ids=[case[0] for case in INVALID])
def test_invalid(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), CALQUE_INVALID, ids=[case[0] for case in CALQUE_INVALID])
def test_calque_invalid(text, expected):
    assert found(text, CALQUE) == expected
    assert found(text) == []  # not scale-garble's too


@pytest.mark.parametrize("text", VALID)
def test_valid(text):
    assert found(text) == found(text, CALQUE) == []


def test_severity_and_category():
    (finding,) = [f for f in audit("時価総額は1.50Tドルだった。", lang="ja").findings if f.rule == RULE]
    assert (finding.category, finding.severity) == ("accuracy/number", "major")
    (finding,) = [f for f in audit("利用者は7 百万人を超えた。", lang="ja").findings if f.rule == CALQUE]
    assert (finding.category, finding.severity) == ("accuracy/mistranslation", "major")


COUNTER_TSU = "numbers.counter-tsu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国の2016つである。", [("2016つ", 2, 7)]),
        ("候補は12 つに絞られた。", [("12 つ", 3, 7)]),
        ("候補は１２つある。", [("１２つ", 3, 6)]),
    ],
)
def test_counter_tsu_invalid(text: str, expected: list[tuple[str, int, int]]) -> None:
    report = audit(text, lang="ja")
    assert [(f.excerpt, f.start, f.end) for f in report.findings if f.rule == COUNTER_TSU] == expected


COUNTER_TSU_VALID = ["3つの区がある。", "9つの案がある。", "10個の案がある。", "1.5つ分だ。", "国の一つ。", ""]


@pytest.mark.parametrize("text", COUNTER_TSU_VALID)
def test_counter_tsu_valid(text: str) -> None:
    assert [f for f in audit(text, lang="ja").findings if f.rule == COUNTER_TSU] == []


def merged(text: str) -> list[tuple[str, int, int, str]]:
    report = audit(text, lang="ja")
    return [(f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == "numbers.merged-measure"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("バターは大さじ115mlを加える。", [("大さじ115ml", 4, 12, "大さじ1（15ml）")]),
        ("塩は小さじ15ml。", [("小さじ15ml", 2, 9, "小さじ1（5ml）")]),
        ("酢を大さじ230ml入れる。", [("大さじ230ml", 2, 10, "大さじ2（30ml）")]),  # two spoons, 30 ml
        ("水はカップ1200mlを注ぐ。", [("カップ1200ml", 2, 11, "カップ1（200ml）")]),
        ("牛乳は小さじ１５ｍｌ。", [("小さじ１５ｍｌ", 3, 10, "小さじ1（5ml）")]),  # full-width
    ],
)
def test_merged_measure_invalid(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert merged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "バターは大さじ1（15ml）を加える。",
        "大さじ15mlの油を使う。",  # a volume alone
        "計量カップ200mlで量る。",  # a cup of 200 ml
        "1カップ240mlの水を注ぐ。",  # the count first: a US cup
        "砂糖大さじ150gを加える。",  # grams: the measure does not fix them
    ],
)
def test_merged_measure_valid(text: str) -> None:
    assert merged(text) == []


def converted(text: str, options: dict[str, float] | None = None) -> list[tuple[str, int, int]]:
    from auditor.config import settings_from_mapping

    settings = settings_from_mapping({"rules": {"numbers.conversion-rate": options}}) if options else None
    report = audit(text, lang="ja", settings=settings) if settings else audit(text, lang="ja")
    assert report.errors == []
    return [(f.excerpt, f.start, f.end) for f in report.findings if f.rule == "numbers.conversion-rate"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Yen after the foreign amount, and before it; half- and full-width brackets; with 約 and without.
        ("同社は4400万ドル（約1100億円）を調達した。", [("1100億円", 12, 18)]),
        ("同社は4400万ドル(1100億円)を調達した。", [("1100億円", 11, 17)]),
        ("入場料は1万5000円（約1ドル）だ。", [("1万5000円", 4, 11)]),
        ("売上は500億元（約80億円）だった。", [("80億円", 10, 14)]),
        ("投資額は3000億ウォン（約3兆円）だ。", [("3兆円", 14, 17)]),
        ("罰金は2億ユーロ （約3000万円）だった。", [("3000万円", 11, 17)]),
        ("移籍金は７３００万ポンド（約９３００億円）だ。", [("９３００億円", 14, 20)]),
        # A tokenizer's spaces inside the figures and around the brackets: the figures still read as one.
        ("同社は4 億 ドル ( 約 600 万 円 )を調達した。", [("600 万 円", 14, 21)]),
        # Two other conversions agree on one rate (110 yen within their rounding); this one says 129.
        ("価格は6,000ドル（66万円）、6,500ドル（72万円）、6,800ドル（88万円）だ。", [("88万円", 39, 43)]),
    ],
)
def test_conversion_rate_invalid(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert converted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "同社は2億3,029万ドル（約325億円）を調達した。",  # the whole figure is read: 141 yen a dollar
        "同社は4400万ドル（約66億円）を調達した。",
        "入場料は1万5000円（約100ドル）だ。",
        "売上は500億元（約8000億円）だった。",
        "投資額は3000億ウォン（約300億円）だ。",
        "費用は100万台湾ドル（約450万円）だ。",  # another dollar: the currency word does not follow the digits
        "費用は数百万ドル（約5億円）だ。",  # no digits
        "同社は4 億 ドル ( 約 600 億 円 )を調達した。",  # spaced, at a plausible rate
        "費用は1000ドル（約15万〜30万円）だ。",  # a range
        "売上高は40億ドル（前年は300億円）だった。",  # brackets that say something else
        "重さは100ポンド（約45キロ）だ。",  # pounds of mass, not money
        "価格は6,000ドル（66万円）、6,500ドル（72万円）、6,800ドル（75万円）だ。",  # one rate throughout
        "価格は6,000ドル（66万円）、6,500ドル（72万円）、6,800ドル（78万円）だ。",  # 115 yen: within the drift
        "価格は6,000ドル（66万円）、6,800ドル（88万円）だ。",  # two conversions: no rate the article agrees on
        "1990年は100ドル（1万3000円）、2000年は100ドル（1万1000円）、今は100ドル（1万5000円）だ。",  # each its own
    ],
)
def test_conversion_rate_valid(text: str) -> None:
    assert converted(text) == []


def test_conversion_rate_message_gives_the_yen_figure_one_scale_would_make() -> None:
    report = audit("市は1200万ドル（約180億円）を融資する。", lang="ja")
    (finding,) = [f for f in report.findings if f.rule == "numbers.conversion-rate"]
    assert "1,500 yen" in finding.message and "18億円" in finding.message and "150 yen per USD" in finding.message
    assert finding.suggestion == ""


def test_conversion_rate_drift_is_an_option() -> None:
    text = "価格は6,000ドル（66万円）、6,500ドル（72万円）、6,800ドル（78万円）だ。"
    assert converted(text, {"drift": 0.02}) == [("78万円", 39, 43)]


def test_conversion_rate_margin_is_an_option() -> None:
    text = "費用は100ドル（約2万円）だ。"  # 200 yen a dollar: above the highest (164), within 1.5 times it
    assert converted(text) == []
    assert converted(text, {"margin": 1.1}) == [("2万円", 10, 13)]


def test_yen_rates_table_holds_the_currencies_japanese_news_converts() -> None:
    from auditor.lexicons import get_lexicon
    from auditor.lexicons.schema import CurrencyRow, YenRateRow

    lexicon = get_lexicon("ja")
    rates = {row.code: row for row in lexicon.table(YenRateRow)}
    words = {row.code for row in lexicon.table(CurrencyRow) if len(row.code) == 3 and row.code != "JPY"}
    assert words <= set(rates), words - set(rates)
    assert 70 < rates["USD"].low < 90 and 150 < rates["USD"].high < 200  # the dollar since 1999: 76 to 164 yen


def clashes(text: str, rule: str) -> list[tuple[str, int, int]]:
    return [(f.excerpt, f.start, f.end) for f in audit(text, lang="ja").findings if f.rule == rule]


MONEY_COUNT = "numbers.money-count"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨年、町の医師の数は35ドルに減った。", [("35ドル", 10, 14)]),
        ("組合員の数が前年より約2,400ユーロ増えた。", [("2,400ユーロ", 11, 19)]),  # 約 and words before the figure
        ("参加者数は1200万円に達した。", [("1200万円", 5, 11)]),  # a person word with 数
        ("応募件数は ８５ ドルだった。", [("８５ ドル", 6, 11)]),  # a counter with 数, full-width, spaced
        ("島の世帯数を70ポンドと見積もった。", [("70ポンド", 6, 11)]),
    ],
)
def test_money_count_invalid(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert clashes(text, MONEY_COUNT) == expected


@pytest.mark.parametrize(
    "text",
    [
        "昨年、町の医師の数は35人に減った。",
        "その数は100万ドルに上るとみられる。",  # その数 names nothing counted
        "参加者数は2年で倍になり、費用は300万円に増えた。",  # the count's first figure is no money; a comma ends it
        "参加者の数は、寄付額が500ドルを超えた。",  # a comma between
        "企業の数百万ドルの投資が集まった。",  # 数百万: no particle after 数
        "株価指数は3万円台を回復した。",  # 指数: an index, not a count
        "",
    ],
)
def test_money_count_valid(text: str) -> None:
    assert clashes(text, MONEY_COUNT) == []


CHANGE_AS_RANGE = "numbers.change-as-range"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市内の保育所の数は12%から58に増えた。", [("12%から58に", 9, 17)]),
        ("会員 の 数 は 15% から 320 に 増加 した 。", [("15% から 320 に", 9, 21)]),  # a tokenizer's spaces
        ("議員は8.5％から約240人へ減った。", [("8.5％から約240人へ", 3, 15)]),  # a counter, 約, full-width %
        ("店舗は30%から1,200店まで広がった。", [("30%から1,200店まで", 3, 16)]),
    ],
)
def test_change_as_range_invalid(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert clashes(text, CHANGE_AS_RANGE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "市内の保育所の数は12%増えて58になった。",
        "金利は2%から3.5%に上がった。",  # a range between two percentages
        "税率を8％から10％へ引き上げる。",
        "支持率は40%から35 %に下がった。",  # the second % after a space
        "手数料を3%から100円に変える。",  # a share to a flat sum: a real change
        "得票率は20%から2倍に伸びた。",  # 倍 is of the same kind
        "成長率は5%から2ポイント下がった。",
        "利益は20%から、売上高は185億円に増えた。",  # から、: two clauses
        "",
    ],
)
def test_change_as_range_valid(text: str) -> None:
    assert clashes(text, CHANGE_AS_RANGE) == []


RUN_TOGETHER_DATE = "numbers.run-together-date"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会議は202497日に開かれた。", [("202497日", 3, 10, "2024年9月7日")]),  # 97 is no month: one reading
        ("20253月から6月まで増えた。", [("20253月", 0, 6, "2025年3月")]),  # a year and a month
        ("式典は2024122日だった。", [("2024122日", 3, 11, "")]),  # 1月22日 or 12月2日: no suggestion
        ("式典は20241231日だった。", [("20241231日", 3, 12, "2024年12月31日")]),  # 1月231日 is none
        ("閏日の2024229日に", [("2024229日", 3, 11, "2024年2月29日")]),  # a leap year's 29th
        ("今年は２０２３１２月に", [("２０２３１２月", 3, 10, "２０２３年１２月")]),  # full-width: its own digits
        ("期限は202301月末だ。", [("202301月", 3, 10, "2023年01月")]),  # 01 as written
    ],
)
def test_run_together_date_invalid(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    report = audit(text, lang="ja")
    found = [(f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == RUN_TOGETHER_DATE]
    assert found == expected


RUN_TOGETHER_DATE_VALID = [
    "2024年9月7日に開かれた。",  # marks kept
    "来場者は20231人だった。",  # a count
    "期間は10000日に及ぶ。",  # five digits before 日: a count of days, never a date
    "2025230日",  # February has no 30th
    "2023132日",  # 13月2日 is no date and 1月32日 neither
    "ID-202497日に登録",  # a code's mark before the digits
    "2024/20253月期",  # a range or a fiscal year's sign
    "1,20253月",  # part of a larger figure
    "No20253月",  # a letter before the digits
    "09991月",  # no year of the range
    "https://example.com/202497日",  # an address
]


@pytest.mark.parametrize("text", RUN_TOGETHER_DATE_VALID)
def test_run_together_date_valid(text: str) -> None:
    assert [f for f in audit(text, lang="ja").findings if f.rule == RUN_TOGETHER_DATE] == []

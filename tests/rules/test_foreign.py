"""language.english-date, language.english-date-order, language.third-language-name, language.vietnamese-name and
language.half-transliterated: what they catch and what they leave alone, with exact offsets and suggestions."""

from __future__ import annotations

import pytest

from auditor import audit
from auditor.config import settings_from_mapping
from auditor.lexicons import LexiconError, get_lexicon
from auditor.lexicons.schema import PlaceNameRow

DATE = "language.english-date"
ORDER = "language.english-date-order"
NAME = "language.third-language-name"


def found(text: str) -> list[tuple[str, str, int, int, str]]:
    report = audit(text, lang="ja")
    assert report.errors == []
    return [(f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule in (DATE, ORDER, NAME)]


INVALID = [
    # English dates touching Japanese.
    ("Nov 8, 2024の時点で価格は上がった。", [(DATE, "Nov 8, 2024", 0, 11, "2024年11月8日")]),
    ("最安値は、Jul 6, 2013に記録された。", [(DATE, "Jul 6, 2013", 5, 16, "2013年7月6日")]),
    ("高値(Nov 8, 2024の時点)は高かった。", [(DATE, "Nov 8, 2024", 3, 14, "2024年11月8日")]),
    ("同社は November 2024 に上場した。", [(DATE, "November 2024", 4, 17, "2024年11月")]),
    ("会談は8 February 2023に行われた。", [(DATE, "8 February 2023", 3, 18, "2023年2月8日")]),
    ("発売日はSept. 15だ。", [(DATE, "Sept. 15", 4, 12, "9月15日")]),
    # Alone on a line of Japanese, parted from it by separators: a byline.
    ("特集\n編集部 / / March 3, 2025\n同社は新型車を発表した。", [(DATE, "March 3, 2025", 11, 24, "2025年3月3日")]),
    # A Japanese month in the English order (a template's F j, Y), with or without 日 and spaces.
    ("更新日：8月 29, 2025", [(ORDER, "8月 29, 2025", 4, 15, "2025年8月29日")]),
    ("12月3日,2024に公開された。", [(ORDER, "12月3日,2024", 0, 10, "2024年12月3日")]),
    ("投稿 1月 7, 2026 編集部", [(ORDER, "1月 7, 2026", 3, 13, "2026年1月7日")]),
    # Country names in a third language.
    ("同社は、Nga市場から撤退した。", [(NAME, "Nga", 4, 7, "ロシア")]),
    ("2025年より、Nga マーケットは移転した。", [(NAME, "Nga", 8, 11, "ロシア")]),
    ("首相はJermanを訪問した。", [(NAME, "Jerman", 3, 9, "ドイツ")]),
    ("代表団は Spanien と協議した。", [(NAME, "Spanien", 5, 12, "スペイン")]),
    ("大統領はAmerika Serikatに向かった。", [(NAME, "Amerika Serikat", 4, 19, "アメリカ合衆国")]),
    ("両国はHàn Quốcと合意した。", [(NAME, "Hàn Quốc", 3, 11, "韓国")]),
    ("輸出先はРоссияだ。", [(NAME, "Россия", 4, 10, "ロシア")]),
]

VALID = [
    # Written the Japanese way.
    "2024年11月8日の時点で価格は上がった。",
    # Months and days in the Japanese order, a month that is no month, a count of months, an embed's date line.
    "8月29日、2025年度の予算案が示された。",
    "13月 5, 2025",
    "第112月 3, 2024",
    "この3か月, 2025年の見通しは明るい。",
    "— 山田太郎 (@yamada) 8月 29, 2025",
    "同社は、ロシア市場から撤退した。",
    # Inside English or other Latin sentences.
    "On Nov 8, 2024, the price rose.",
    "Presiden berangkat ke Jerman dan Prancis.",
    "Mereka pergi ke Jerman.",
    # A month alone may be a word; a flattened embed's date line is embed.flattened's.
    "5月に発売、Mayの予定だった。",
    "— 山田太郎 (@yamada) December 13, 2022",
    # On a line of Japanese that holds other Latin words too: a credit, not a byline.
    "写真：Reuters / March 3, 2025 撮影",
    # A name inside a Latin phrase, given on purpose in brackets, or a person's name.
    "市場は 328 Vo Van Kiet (Cau Ong Lanh 区) にある。",
    "ロシア（Nga）の市場だ。",
    "Đức氏が会見した。",
    # English names, English words, and names in Latin that are the same in English.
    "ChinaとJapanの関係が改善した。",
    "Islandは美しい島だ。",  # Icelandic and German for Iceland, but an English word
    "同社はChileに工場を持つ。",
    # Handles, URLs, code.
    "詳細は@Nga_newsを参照。",
    "詳細は https://example.com/Nga/2024 を参照。",
    "`Jerman`と入力する。",
]


@pytest.mark.parametrize(("text", "expected"), INVALID, ids=[case[0] for case in INVALID])
def test_invalid(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", VALID)
def test_valid(text):
    assert found(text) == []


def test_the_message_names_the_language_and_the_country():
    (finding,) = [f for f in audit("同社は、Nga市場から撤退した。", lang="ja").findings if f.rule == NAME]
    assert finding.message == "'Nga' is Vietnamese for ロシア (Russia), left untranslated in Japanese prose."


def test_the_place_names_table_keeps_only_unambiguous_non_english_names():
    rows = get_lexicon("ja").table(PlaceNameRow)
    assert len(rows) > 200
    spellings = [(name, codes, row) for row in rows for name, codes in row.spellings()]
    assert len(spellings) > 2000
    by_name = {name: (codes, row) for name, codes, row in spellings}
    assert len(by_name) == len(spellings)  # one meaning per name
    assert by_name["Nga"][0] == ("vi",) and (by_name["Nga"][1].territory, by_name["Nga"][1].ja) == ("RU", "ロシア")
    assert (by_name["Jerman"][1].territory, by_name["Spanien"][1].territory) == ("DE", "ES")
    english = {row.english.casefold() for row in rows}
    assert not any(name.casefold() in english for name in by_name)  # never an English name
    assert "Island" not in by_name and "Japan" not in by_name  # an English word; the English name
    assert all(codes and "ja" not in codes and "en" not in codes for codes, _ in by_name.values())


def test_a_publication_adds_a_name():
    """Latvian is not shipped; a publication that translates from it adds its names in its configuration."""
    text = "輸出先はKrievijaだ。"
    assert found(text) == []
    rows = [{"territory": "RU", "ja": "ロシア", "english": "Russia", "names": ["Krievija=lv"]}]
    report = audit(text, lang="ja", settings=settings_from_mapping({"lexicon": {"place_names": rows}}))
    assert [(f.rule, f.excerpt, f.suggestion) for f in report.findings] == [(NAME, "Krievija", "ロシア")]


def test_a_malformed_name_is_refused():
    with pytest.raises(LexiconError, match="is not name=language codes"):
        get_lexicon("ja", {"place_names": [{"territory": "RU", "ja": "ロシア", "names": ["Krievija"]}]})


VIET = "language.vietnamese-name"

VIET_INVALID = [
    # Three syllables of Vietnamese spelling, accents dropped, in Japanese prose; a house number before is no word.
    ("市場は来月、Le Van Sy 通りの新しい建物に移る。", [(VIET, "Le Van Sy", 6, 15, "")]),
    ("事務所は 12 Nguyen Thi Minh Khai (Ben Nghe 区) にある。", [(VIET, "Nguyen Thi Minh Khai", 8, 28, "")]),
    # Two syllables are enough with a letter only Vietnamese writes.
    ("両国はĐà Nẵngで会談した。", [(VIET, "Đà Nẵng", 3, 10, "")]),
]

VIET_VALID = [
    # Two syllables without Vietnamese letters: too easily another language's words.
    "船はDa Nang港に着いた。",
    # Given on purpose in brackets after the katakana.
    "レ・ヴァン・シー（Le Van Sy）通りに移る。",
    "レ・ヴァン・シー( Le Van Sy )通りに移る。",  # with spaces inside the brackets
    # Names of other languages: a final -sk, a j, ia with a final.
    "Elon Musk Tesla CEOが語った。",
    "会談にはXi Jinping Ma Longも同席した。",
    "タイのChiang Mai Ram病院に運ばれた。",
    # Inside an English phrase or sentence, a credit, a line without kana.
    "市場は near Le Van Sy Street にある。",
    "©Bao Lao Dong 提供",
    "胡志明市 Le Van Sy 区",
    # The next part of an address written in Latin letters, after a comma.
    "会場(12 Main St., Dist.3, Ho Chi Minh)で開かれる。",
]


def of_rule(rule: str, text: str) -> list[tuple[str, str, int, int, str]]:
    """The findings of ``rule`` on ``text``: (rule, excerpt, start, end, suggestion)."""
    report = audit(text, lang="ja")
    return [(f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == rule]


@pytest.mark.parametrize(("text", "expected"), VIET_INVALID, ids=[case[0] for case in VIET_INVALID])
def test_vietnamese_name_invalid(text, expected):
    assert of_rule(VIET, text) == expected


@pytest.mark.parametrize("text", VIET_VALID)
def test_vietnamese_name_valid(text):
    assert of_rule(VIET, text) == []


HALF = "language.half-transliterated"

HALF_INVALID = [
    # The first syllables in katakana, the rest of the word left in Latin letters; the loan where JMdict has one.
    ("記者会見はまさにインpressiveだった。", [(HALF, "インpressive", 8, 18, "インプレッシブ")]),
    ("決勝ではセレナがアシュleigh・バーティを破った。", [(HALF, "アシュleigh", 8, 16, "")]),
    ("値下げしたトreatは売り切れた。", [(HALF, "トreat", 5, 10, "")]),
    # Before a sentence's full stop, as before a particle.
    ("主演はジェニfer.", [(HALF, "ジェニfer", 3, 9, "")]),
]

HALF_VALID = [
    # The Latin run is an English word: two words glued, which spacing rules judge.
    "新しいバードboxを設置した。",
    "ポケモンgoが人気だ。",
    # A hashtag, a handle, a domain, a path or a file name.
    "#マストドンfc のファンが集まった。",
    "@サクラtaro に返信した。",
    "詳細はチェックアウトcal.comで。",
    "出典はサイトnews-daily.jpだ。",
    "設定は/ホームdirにある。",
    # One letter, capitals, a letter or a digit before the katakana.
    "ドコモdポイントが貯まる。",
    "ソフトバンクAirを契約した。",
    "xアプリqz を試した。",
    # Inside a URL or code.
    "記事は https://example.com/ニュースabc にある。",
    "`コードvar` を書き換える。",
]


@pytest.mark.parametrize(("text", "expected"), HALF_INVALID, ids=[case[0] for case in HALF_INVALID])
def test_half_transliterated_invalid(text, expected):
    assert of_rule(HALF, text) == expected


@pytest.mark.parametrize("text", HALF_VALID)
def test_half_transliterated_valid(text):
    assert of_rule(HALF, text) == []

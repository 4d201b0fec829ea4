"""The generated name tables (tools/build_name_tables.py from JMdict, JMnedict, pytickersymbols and the SEC), their
licence, the keyed look-up that reads the large ones, and the selection rules of the build script."""

from __future__ import annotations

import re
import sys
from importlib import resources
from pathlib import Path

import pytest

import auditor.lexicons as lexicons
from auditor.lexicons import Lexicon, get_lexicon, read_table
from auditor.lexicons.schema import (
    BusinessCueRow,
    KnownNameRow,
    NameLiteralRow,
    NamePartRow,
    NameSlotRow,
    NotableNameRow,
    WordRenderingRow,
)

ROOT = Path(__file__).resolve().parent.parent
JA = resources.files("auditor.lexicons") / "ja"
GENERATED = ("word_renderings", "known_names", "name_literals")
KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々]")


@pytest.mark.parametrize("name", GENERATED)
def test_each_generated_table_names_its_sources_licence_and_script(name: str) -> None:
    head = "\n".join(line for line in (JA / f"{name}.tsv").read_text(encoding="utf-8").splitlines()[:12])
    assert "tools/build_name_tables.py" in head and "CC BY-SA 4.0" in head and "NAMES-LICENSE.md" in head
    assert "Electronic" in head and "Dictionary Research and Development Group" in head


def test_the_licence_file_is_beside_the_tables_and_packaged() -> None:
    licence = (JA / "NAMES-LICENSE.md").read_text(encoding="utf-8")
    for needed in ("JMdict", "JMnedict", "CC BY-SA 4.0", "Electronic Dictionary Research and Development Group",
                   "pytickersymbols", "tools/build_name_tables.py", *GENERATED):
        assert needed in licence, needed
    assert '"lexicons/*/*.md"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "NAMES-LICENSE.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_name_literals_hold_hundreds_of_names_of_every_kind() -> None:
    rows = get_lexicon("ja").table(NameLiteralRow)
    assert len(rows) >= 500
    assert {row.kind for row in rows} >= {"company", "product", "place", "person"}
    by_name = {(row.name, row.kind): row for row in rows}
    assert "標的" in by_name["Target", "company"].literals and by_name["Target", "company"].proper == ("ターゲット",)
    assert by_name["Baker Hughes", "company"].rest == ("Hughes", "ヒューズ")  # as it is spelt and as JMnedict writes it


def test_generated_literals_follow_the_selection_rules() -> None:
    """What the build promises, checked on the committed file: a stale table (built before a change of the
    hand-written tables it reads) fails here."""
    lexicon = get_lexicon("ja")
    cues = {row.cue for row in lexicon.table(NameSlotRow)} | {row.cue for row in lexicon.table(BusinessCueRow)}
    for row in lexicon.table(NameLiteralRow):
        for literal in row.literals:
            assert literal not in cues, f"{row.where}: {literal} is a cue of business news, no name's literal"
            assert literal not in row.proper, row.where
            assert KANJI.search(literal) or len(literal) >= 3, f"{row.where}: {literal} is too short a kana word"
            assert row.kind == "place" or not literal.endswith("国"), f"{row.where}: {literal} is a country's word"
        for word in row.rest:  # a word of the name, or its katakana
            assert word.lower() in row.name.lower() or re.fullmatch("[ァ-ヺー・]+", word), row.where


def test_word_renderings_are_keyed_by_lower_case_words_that_are_not_grammar() -> None:
    function = {row.word for row in read_table("en", "name_parts") or () if isinstance(row, NamePartRow)
                and row.role == "function"}
    lexicon = get_lexicon("ja")
    keys = lexicons._keyed_lines("ja", "word_renderings")
    assert keys is not None
    words = keys[1]
    assert len(words) > 20000
    assert not function & set(words), sorted(function & set(words))[:5]
    assert all(word == word.lower() for word in list(words)[:2000])
    assert "貝殻" in lexicon.lookup(WordRenderingRow, "shell")[0].renderings
    assert "りんご" in lexicon.lookup(WordRenderingRow, "apple")[0].renderings
    assert "出血" in lexicon.lookup(WordRenderingRow, "bleed")[0].renderings  # from "bleeding": the lake named Bled
    assert "シェル" in lexicon.lookup(WordRenderingRow, "shell")[0].loans


def test_known_names_hold_conventional_renderings_and_katakana_forms() -> None:
    lexicon = get_lexicon("ja")
    assert "赤十字" in lexicon.lookup(KnownNameRow, "Red Cross")[0].forms
    assert any(row.kind == "place" and "レディング" in row.forms for row in lexicon.lookup(KnownNameRow, "Reading"))


# --- the keyed look-up ----------------------------------------------------------------------------------------


def test_lookup_types_only_the_rows_asked_for_and_merges_configured_ones() -> None:
    lexicon = Lexicon("ja", {"word_renderings": [{"word": "shell", "renderings": ["シェル殻"]}]})
    rows = lexicon.lookup(WordRenderingRow, "shell")
    assert [row.renderings[0] for row in rows] == ["殻", "シェル殻"]
    assert rows[0].where.startswith("ja/word_renderings.tsv line ")
    assert lexicon.lookup(WordRenderingRow, "no-such-word-at-all") == ()
    assert lexicon.lookup(WordRenderingRow, "shell") is rows  # cached per lexicon


def test_rows_by_prefix_reads_the_rows_whose_key_opens_so_and_merges_configured_ones() -> None:
    lexicon = Lexicon("ja", {"notable_names": [{"name": "二階太郎", "reading": "ニカイタロウ"}]})
    rows = lexicon.rows_by_prefix(NotableNameRow, "二階", "name", "reading")
    assert ("二階俊博", "ニカイトシヒロ") in rows and rows[-1] == ("二階太郎", "ニカイタロウ")
    assert all(name.startswith("二階") for name, _ in rows)
    assert rows == sorted(rows[:-1]) + rows[-1:]  # shipped rows in key order, then configured ones
    assert lexicon.rows_by_prefix(NotableNameRow, "二階俊博", "reading") == [("ニカイトシヒロ",)]
    assert lexicon.rows_by_prefix(NotableNameRow, "〇〇") == []


def test_has_table_does_not_read_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("has_table must not read the file")

    monkeypatch.setattr(lexicons, "read_table", refuse)
    assert Lexicon("ja").has_table(WordRenderingRow) and not Lexicon("de").has_table(WordRenderingRow)


def test_a_malformed_row_is_refused_when_it_is_looked_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "word_renderings.tsv").write_text("word\trenderings\nshell\t殻\nempty\t\n", encoding="utf-8")
    monkeypatch.setattr(resources, "files", lambda package: tmp_path)
    lexicons._keyed_lines.cache_clear()
    lexicons._shipped.cache_clear()
    try:
        lexicon = Lexicon("xx")
        assert lexicon.lookup(WordRenderingRow, "shell")[0].renderings == ("殻",)
        with pytest.raises(lexicons.LexiconError, match=r"xx/word_renderings.tsv line 3 \(empty\): column renderings"):
            lexicon.lookup(WordRenderingRow, "empty")
    finally:
        lexicons._keyed_lines.cache_clear()
        lexicons._shipped.cache_clear()


# --- the build script's selection rules (it runs with jamdict-data installed; these parts need nothing) ---------


def _build_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_name_tables", ROOT / "tools" / "build_name_tables.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_gloss_heads_and_singulars() -> None:
    build = _build_module()
    assert build.gloss_head("(finger) ring") == "ring"
    assert build.gloss_head("to bleed") == "bleed"
    assert build.gloss_head("apple (fruit)") == "apple"
    assert build.singular("monkeys") == ["monkeys", "monkey"]
    assert "wolf" in build.singular("wolves") and "company" in build.singular("companies")


def test_literal_forms_are_the_dictionarys_first_common_nouns() -> None:
    build = _build_module()

    def candidate(form: str, sense: int = 0, gloss: int = 0, common: bool = True, rank: int = 20, noun: bool = True):
        return build.Candidate((sense, gloss, 0 if common else 1, rank), form, sense, gloss, common, rank, True, 1,
                               noun=noun)

    found = build.literal_forms([
        candidate("標的", rank=11),
        candidate("対象", rank=1),  # among the most frequent words of news: 対象の店舗 is no name
        candidate("的"),  # one character
        candidate("して"),  # short kana
        candidate("狙い所", common=False, rank=99),
        candidate("目標", gloss=5),  # a late gloss
        candidate("狙う", noun=False),  # a verb
    ])
    assert found == ["標的", "狙い所"]


def test_a_literal_written_as_a_frequent_word_of_news_is_that_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """A rare homograph's gloss is no rendering: 大臣 read おとど glosses "noble", but 大臣 is だいじん "cabinet
    minister" (nf03) to a reader, so Noble has no literal 大臣."""
    build = _build_module()
    monkeypatch.setattr(build, "FORM_NEWS_RANK", {"大臣": 3})
    rare = build.Candidate((0, 1, 1, 99), "大臣", 0, 1, False, 99, True, 1, noun=True)
    noble = build.Candidate((0, 0, 0, 20), "貴族", 0, 0, True, 20, True, 2, noun=True)
    assert build.literal_forms([noble, rare]) == ["貴族"]
    rows = {(row.name, row.kind): row for row in get_lexicon("ja").table(NameLiteralRow)}
    assert "大臣" not in rows["Noble", "company"].literals and "貴族" in rows["Noble", "company"].literals


def test_form_news_ranks_take_the_best_entry_written_so() -> None:
    build = _build_module()
    common = build.Entry(1, kanji=[("大臣", set())], kana=["だいじん"], priority={"nf03", "news1"})
    rare = build.Entry(2, kanji=[("大殿", set()), ("大臣", set())], kana=["おとど"])
    kana_word = build.Entry(3, kana=["もの"], priority={"nf05"})
    assert build.form_news_ranks({1: common, 2: rare, 3: kana_word}) == {"大臣": 3, "もの": 5}


def test_an_adjectival_noun_in_teki_is_glued_by_its_stem() -> None:
    """統一的 ("united") stands before a noun as 統一 (統一航空): no translation writes 統一的航空."""
    build = _build_module()
    assert build.glued("統一的") == "統一"
    assert build.glued("法的") == "法的"  # a stem of one kanji is no word
    assert build.glued("黒い") == "黒い"

    def adjective(form: str, rank: int) -> object:
        return build.Candidate((0, 0, 0, rank), form, 0, 0, True, rank, True, 1, adjective=True)

    assert build.compound_forms([adjective("一般的", 2), adjective("黒い", 5)], last=False, limit=3) == ["一般", "黒い"]
    assert build.compound_forms([adjective("一般的", 2)], last=True, limit=3) == []  # an adjective never ends a name
    rows = {(row.name, row.kind): row for row in get_lexicon("ja").table(NameLiteralRow)}
    mills = rows["General Mills", "company"].literals
    assert "一般製粉" in mills and "一般的製粉" not in mills and "一般的の製粉" not in mills


def test_a_whole_name_is_composed_of_the_words_whose_first_gloss_it_is() -> None:
    """王冠 glosses "crown" first, 頂き later: a word-for-word translation of Crown Castle writes 王冠城."""
    build = _build_module()

    def noun(form: str, gloss: int, rank: int) -> object:
        return build.Candidate((0, gloss, 0, rank), form, 0, gloss, True, rank, True, 1, noun=True)

    assert build.compound_forms([noun("頂き", 2, 10), noun("王冠", 0, 30)], last=False, limit=1)[0] == "王冠"
    rows = {(row.name, row.kind): row for row in get_lexicon("ja").table(NameLiteralRow)}
    assert "王冠城" in rows["Crown Castle", "company"].literals


def test_a_whole_name_is_composed_of_the_plain_equivalent_before_a_narrowed_one() -> None:
    """石 glosses "stone" alone, 核 "stone (of a fruit); pit", 石ころ "stone; pebble": a word-for-word translation of
    Blackstone writes 黒い石, the word's plain equivalent, before a word for one use of it or one of several words."""
    build = _build_module()

    def noun(form: str, rank: int, qualified: bool = False, sole: bool = False) -> object:
        return build.Candidate((0, 0, 0, rank), form, 0, 0, True, rank, True, 1, noun=True, qualified=qualified,
                               sole=sole)

    forms = build.compound_forms([noun("核", 2, qualified=True), noun("石ころ", 34), noun("石", 99, sole=True)],
                                 last=True, limit=2)
    assert forms[:2] == ["石", "石ころ"]
    rows = {(row.name, row.kind): row for row in get_lexicon("ja").table(NameLiteralRow)}
    assert "黒い石" in rows["Blackstone", "company"].literals and "黒い核" not in rows["Blackstone", "company"].literals


def test_a_place_of_several_words_is_composed_of_nouns_ending_in_a_place_word() -> None:
    """Salt Lake City → 塩湖市; not an adjective's rendering (赤い川 is prose), not a common noun that ends in a place
    word (都市, 小川), not one kanji before the place word (区県), not a place of one word with 市 (不死鳥市 is
    Phoenix)."""
    build = _build_module()
    assert build.word_ending_in_place_word("塩湖都市", frozenset({"都市"}))
    assert not build.word_ending_in_place_word("塩湖市", frozenset({"都市"}))
    rows = {(row.name, row.kind): row for row in get_lexicon("ja").table(NameLiteralRow)}
    city = rows["Salt Lake City", "place"]
    assert "塩湖市" in city.literals and "塩湖都市" not in city.literals
    assert ("Ward County", "place") not in rows or "区県" not in rows["Ward County", "place"].literals
    assert ("Phoenix City", "place") not in rows
    for (_name, kind), row in rows.items():
        if kind == "place" and row.note == "JMnedict place" and len(row.name.split()) > 1:
            assert all(not literal.endswith(("都市", "小川")) for literal in row.literals), row.where


def test_an_initialism_is_never_rendered_by_meaning() -> None:
    """GE, HP, SAP are read letter by letter: no 戈 for GE, no 馬力 for HP; a word beside one counts only beside it."""
    build = _build_module()
    assert build.initialisms("GE HealthCare") == {"ge"} and build.initialisms("Salesforce") == set()
    rows = {(row.name, row.kind): row for row in get_lexicon("ja").table(NameLiteralRow)}
    assert ("HP", "company") not in rows and ("SAP", "company") not in rows
    assert not any(literal.startswith("戈") for row in rows.values() for literal in row.literals)
    assert rows["SPS Commerce", "company"].rest == ("SPS",)  # 商業 alone is no name


def test_a_whole_name_is_composed_of_the_most_frequent_words_too() -> None:
    """A translation writes the everyday word: 資本 ("funds; capital", frequent in news) beside 京 ("capital (esp.
    Kyoto)"), which gives the word first; a one-character word counts only where the dictionary gives it first."""
    build = _build_module()

    def noun(form: str, gloss: int, rank: int, common: bool = True, sense: int = 0) -> object:
        return build.Candidate((sense, gloss, 0 if common else 1, rank), form, sense, gloss, common, rank, True, 1,
                               noun=True)

    forms = build.compound_forms(
        [noun("京", 0, 3), noun("帝京", 0, 10), noun("資金", 1, 1), noun("資本", 1, 3), noun("元本", 1, 13),
         noun("営業", 0, 2, sense=1), noun("首府", 0, 99, common=False)],
        last=False,
        limit=2,
    )
    assert forms == ["京", "帝京", "資金", "営業"]


def test_a_number_word_of_a_name_is_its_kanji_numeral() -> None:
    build = _build_module()

    def numeral(form: str, rank: int) -> object:
        return build.Candidate((0, 0, 0, rank), form, 0, 0, True, rank, True, 1, numeral=True)

    assert build.compound_forms([numeral("一つ", 1), numeral("一", 33)], last=True, limit=2) == ["一"]


def test_a_name_with_a_preposition_is_composed_in_japanese_order() -> None:
    """Under Armour → 鎧の下, Jack in the Box → 箱のジャック, 箱の中のジャック: the modifier first."""
    build = _build_module()
    index = build.WordIndex()

    def noun(form: str) -> object:
        return build.Candidate((0, 0, 0, 20), form, 0, 0, True, 20, True, 1, noun=True)

    index.common["armour"].append(noun("鎧"))
    index.common["box"].append(noun("箱"))
    index.common["jack"].append(noun("万力"))
    index.function["under"].append(noun("下"))
    assert build.composed("Under Armour", index, frozenset()) == ["鎧の下"]
    assert build.composed("Jack in the Box", index, frozenset()) == ["箱の万力", "箱の中の万力"]
    assert build.composed("Armour of the Box", index, frozenset({"箱の鎧"})) == []  # a word of the dictionary
    rows = {(row.name, row.kind): row for row in get_lexicon("ja").table(NameLiteralRow)}
    assert "鎧の下" in rows["Under Armour", "company"].literals


def test_a_word_of_a_name_is_rendered_by_the_nouns_glossed_by_its_plural_too() -> None:
    """JMdict glosses 兄弟 "siblings; brothers": a translation of Brother writes it."""
    build = _build_module()
    index = build.WordIndex()

    def noun(form: str) -> object:
        return build.Candidate((0, 0, 0, 20), form, 0, 0, True, 20, True, 1, noun=True)

    index.common["brother"].append(build.replace_rank(noun("兄さん"), 1))  # "elder brother", its second sense
    index.common["brothers"].append(noun("兄弟"))
    assert [c.form for c in build.name_word_renderings(index, "brother")] == ["兄さん", "兄弟"]
    index.common["ball"].append(noun("球"))  # a noun of its own: "balls" is something else
    index.common["balls"].append(noun("睾丸"))
    assert [c.form for c in build.name_word_renderings(index, "ball")] == ["球"]
    rows = {(row.name, row.kind): row for row in get_lexicon("ja").table(NameLiteralRow)}
    assert "兄弟" in rows["Brother", "company"].literals


def test_a_word_without_a_common_noun_takes_the_head_of_a_two_word_gloss() -> None:
    """井戸 "water well": a translation of Wells Fargo writes it; not for Ball, whose 球 is a common noun."""
    build = _build_module()
    index = build.WordIndex()

    def noun(form: str, common: bool = True) -> object:
        return build.Candidate((0, 0, 0 if common else 1, 20), form, 0, 0, common, 20, True, 1, noun=True)

    index.heads["well"].append(noun("井戸"))
    index.common["ball"].append(noun("球"))
    index.heads["ball"].append(noun("直球"))
    assert [c.form for c in build.name_word_renderings(index, "wells")] == ["井戸"]
    assert [c.form for c in build.name_word_renderings(index, "ball")] == ["球"]
    rows = {(row.name, row.kind): row for row in get_lexicon("ja").table(NameLiteralRow)}
    assert "井戸" in rows["Wells Fargo", "company"].literals


def test_a_company_of_one_word_rendered_by_one_kanji_is_looked_for_with_sha() -> None:
    """Ball → 球社: the kanji alone is too ambiguous; with 社, as news writes a foreign company, it is no word."""
    build = _build_module()
    index = build.WordIndex()

    def noun(form: str) -> object:
        return build.Candidate((0, 0, 0, 20), form, 0, 0, True, 20, True, 1, noun=True)

    index.common["ball"].append(noun("球"))
    index.common["book"].append(noun("本"))
    assert build.with_company_word("Ball Corp", index, frozenset()) == ["球社"]
    assert build.with_company_word("Book", index, frozenset({"本社"})) == []  # 本社 is a word: the head office
    rows = {(row.name, row.kind): row for row in get_lexicon("ja").table(NameLiteralRow)}
    assert "球社" in rows["Ball", "company"].literals


def test_an_ordinal_of_a_name_is_dai_and_its_numeral() -> None:
    build = _build_module()

    def noun(form: str, common: bool, rank: int) -> object:
        return build.Candidate((0, 0, 0 if common else 1, rank), form, 0, 0, common, rank, True, 1, noun=True)

    assert build.compound_forms([noun("三次", True, 16), noun("第三", False, 99)], last=False, limit=2) == ["第三"]


def test_a_closed_compound_starts_with_a_word_in_its_own_form() -> None:
    """Blackstone is black|stone, not blacks|tone: the first word of an English compound is not in the plural."""
    build = _build_module()
    index = build.WordIndex()

    def noun(form: str) -> object:
        return build.Candidate((0, 0, 0, 20), form, 0, 0, True, 20, True, 1, noun=True)

    for word, form in (("black", "黒"), ("stone", "石"), ("tone", "口調")):
        index.common[word].append(noun(form))
    assert build.name_words("Blackstone", index) == ["black", "stone"]


def test_sec_names_are_the_largest_listed_companies_as_news_writes_them() -> None:
    build = _build_module()
    rows = [
        {"cik": "1", "exchange": "Nasdaq", "name": "QUIETSTONE WIDGETS CORP /DE/"},
        {"cik": "1", "exchange": "Nasdaq", "name": "QUIETSTONE WIDGETS CORP"},  # a second class of shares
        {"cik": "2", "exchange": "OTC", "name": "Lantern Pond Inc."},  # over the counter
        {"cik": "3", "exchange": "NYSE", "name": "Harbor Kettle Holdings, Inc."},
        {"cik": "4", "exchange": "NYSE", "name": "Pebble Municipal Income Fund"},  # a fund
        {"cik": "5", "exchange": None, "name": "Nowhere Co"},
        {"cik": "6", "exchange": "NYSE", "name": "JUMP IN THE LAKE INC"},
        {"cik": "7", "exchange": "Nasdaq", "name": "Copper Wren Plc"},
        {"cik": "8", "exchange": "Nasdaq", "name": "Late Bloomer Corp"},  # past the limit
    ]
    assert build.sec_names(rows, limit=5) == ["Quietstone Widgets", "Harbor Kettle", "Jump in the Lake", "Copper Wren"]
    assert build.sec_title("PG&E Corp") == "PG&E Corp" and build.sec_title("NEWMONT Corp") == "Newmont Corp"
    assert build.own_words("Toyota Motor Corp/") == build.own_words("Toyota Motor") == ("toyota",)


def test_name_literals_hold_listed_companies_of_the_sec_table() -> None:
    rows = {(row.name, row.kind): row for row in get_lexicon("ja").table(NameLiteralRow)}
    snowflake = rows["Snowflake", "company"]
    assert "雪片" in snowflake.literals and snowflake.note == "listed company (SEC)"
    licence = (JA / "NAMES-LICENSE.md").read_text(encoding="utf-8")
    assert "SEC" in licence and "edgartools" in licence and "public domain" in licence


def test_a_word_is_rendered_by_the_synonyms_of_its_renderings_too() -> None:
    """兵器庫 "armory; armoury" glosses nothing that 兵器廠 "armory; armoury; arsenal" does not, and leads with what it
    leads with: a translation of Arsenal writes it. Not 家賃 "rent" beside 裂け目 "rent; split": one gloss shared is a
    homonym as often as a synonym; not 武器 "weapon; arms", whose glosses 兵器廠's leave out."""
    build = _build_module()
    entries = {
        1: build.Entry(1, [("兵器廠", set())], ["へいきしょう"], set(), [
            build.Sense(["armory", "armoury", "arsenal"], ["noun (common) (futsuumeishi)"], [])
        ]),
        2: build.Entry(2, [("兵器庫", set())], ["へいきこ"], set(), [
            build.Sense(["armory", "armoury"], ["noun (common) (futsuumeishi)"], [])
        ]),
        3: build.Entry(3, [("武器", set())], ["ぶき"], {"news1"}, [
            build.Sense(["weapon", "arms"], ["noun (common) (futsuumeishi)"], [])
        ]),
        4: build.Entry(4, [("裂け目", set())], ["さけめ"], set(), [
            build.Sense(["rent", "split"], ["noun (common) (futsuumeishi)"], [])
        ]),
        5: build.Entry(5, [("家賃", set())], ["やちん"], {"news1"}, [
            build.Sense(["rent"], ["noun (common) (futsuumeishi)"], [])
        ]),
    }
    index = build.index_words(entries)
    arsenal = [c for c in index.common["arsenal"]]
    assert [(c.form, c.synonym) for c in arsenal] == [("兵器廠", False), ("兵器庫", True)]
    assert build.renderings(arsenal) == ["兵器廠", "兵器庫"]  # after the word's own renderings
    assert [c.form for c in index.common["split"]] == ["裂け目"]
    rows = {(row.name, row.kind): row for row in get_lexicon("ja").table(NameLiteralRow)}
    assert "兵器庫" in rows["Arsenal", "organization"].literals
    assert "兵器庫" in get_lexicon("ja").lookup(WordRenderingRow, "arsenal")[0].renderings


def test_a_living_thing_is_written_in_katakana_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """狼 "wolf (Canis lupus)": the scientific name in the note says an animal, which Japanese writes in katakana
    (オオカミ); a note that ends in ordinary English ("esp. the Tokyo area") is no scientific name."""
    build = _build_module()
    monkeypatch.setattr(build, "ENGLISH", {"area", "tokyo"})
    noun = ["noun (common) (futsuumeishi)"]
    wolf = build.Entry(1, [("狼", set())], ["おおかみ"], {"news1"}, [build.Sense(["wolf (Canis lupus)"], noun, [])])
    bear = build.Entry(2, [("熊", set())], ["くま"], set(), [build.Sense(["bear (family Ursidae)"], noun, [])])
    downtown = build.Sense(["downtown (esp. Tokyo area)"], noun, [])
    town = build.Entry(3, [("下町", set())], ["したまち"], set(), [downtown])
    assert wolf.forms(wolf.senses[0]) == ["狼", "オオカミ"]
    assert bear.forms(bear.senses[0]) == ["熊", "クマ"]
    assert town.forms(town.senses[0]) == ["下町"]
    assert "オオカミ" in get_lexicon("ja").lookup(WordRenderingRow, "wolf")[0].renderings


def test_a_living_thing_usually_in_kana_is_written_in_its_kanji_too() -> None:
    """鷲 "eagle (Accipitridae family)", usually written in kana (わし, ワシ): a translation that writes the bird in
    kanji writes the same word. Not a kana word that is no living thing (迄 "until")."""
    build = _build_module()
    kana = "word usually written using kana alone"
    bird = build.Sense(["eagle (Accipitridae family)"], [], [kana])
    eagle = build.Entry(1, [("鷲", set())], ["わし"], {"news1"}, [bird])
    until = build.Entry(2, [("迄", set())], ["まで"], {"news1"}, [build.Sense(["until"], [], [kana])])
    assert eagle.forms(eagle.senses[0]) == ["わし", "ワシ", "鷲"]
    assert until.forms(until.senses[0]) == ["まで", "マデ"]
    assert "鷲" in get_lexicon("ja").lookup(WordRenderingRow, "eagle")[0].renderings


def test_a_word_rendered_by_rare_words_alone_takes_a_common_words_late_gloss() -> None:
    """破片 (common) glosses shard fifth, after the glosses MAX_GLOSS keeps: shard, which the first glosses render by
    rare words alone (陶片), takes it after them. troops keeps its own common rendering (軍隊), not 部隊's late gloss;
    a late gloss with a note (切り替え "switching (to)") or of a rare entry counts for nothing."""
    build = _build_module()
    noun = ["noun (common) (futsuumeishi)"]
    entries = {
        1: build.Entry(1, [("破片", set())], ["はへん"], {"nf12"}, [
            build.Sense(["fragment", "broken piece", "splinter", "chip", "shard"], noun, [])
        ]),
        2: build.Entry(2, [("陶片", set())], ["とうへん"], set(), [build.Sense(["shard", "potsherd"], noun, [])]),
        3: build.Entry(3, [("軍隊", set())], ["ぐんたい"], {"news1"}, [build.Sense(["army", "troops"], noun, [])]),
        4: build.Entry(4, [("部隊", set())], ["ぶたい"], {"news1"}, [
            build.Sense(["unit", "corps", "force", "squad", "troops"], noun, [])
        ]),
        5: build.Entry(5, [("砕片", set())], ["さいへん"], set(), [
            build.Sense(["fragment", "piece", "chip", "bit", "shard"], noun, [])
        ]),
        6: build.Entry(6, [("切り替え", set())], ["きりかえ"], {"nf11"}, [
            build.Sense(["exchange", "conversion", "replacement", "switchover", "switching (to)"], noun, [])
        ]),
    }
    index = build.index_words(entries)
    assert build.renderings(index.common["shard"]) == ["陶片", "破片"]
    assert build.renderings(index.common["troops"]) == ["軍隊"]
    assert "switching" not in index.common
    assert "破片" in get_lexicon("ja").lookup(WordRenderingRow, "shard")[0].renderings


def test_a_name_that_is_an_adjective_is_rendered_by_its_stem() -> None:
    """continental: JMdict gives 大陸的 alone; a name is a noun, and Japanese makes the noun by the stem: Continental →
    大陸. Not a stem that is 的 itself (学的), nor one of one kanji."""
    build = _build_module()

    def adjective(form: str) -> object:
        return build.Candidate((0, 0, 1, 99), form, 0, 0, False, 99, True, 1, adjective=True)

    assert build.adjective_stems([adjective("大陸的"), adjective("大陸性")]) == ["大陸"]
    assert build.adjective_stems([adjective("学的的"), adjective("美的")]) == []
    rows = {(row.name, row.kind): row for row in get_lexicon("ja").table(NameLiteralRow)}
    assert rows["Continental", "company"].literals == ("大陸",)


def test_name_words_is_up_to_date_with_the_tables_it_derives_from() -> None:
    """name_words.tsv is derived from word_renderings.tsv, known_names.tsv and name_literals.tsv: a table rebuilt
    without rerunning tools/build_name_words.py leaves entity.translated-name reading stale rows."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_name_words", ROOT / "tools" / "build_name_words.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.OUT.read_text(encoding="utf-8") == module.build(), "run tools/build_name_words.py"


def test_word_renderings_carry_the_renderings_of_wordnet_synonyms() -> None:
    """The synonyms column (Princeton WordNet 3.0, built in by tools/build_name_tables.py): cowboy → cattleman → 牛飼い,
    ever → always → 常に; never one of the word's own renderings again."""
    lexicon = get_lexicon("ja")
    assert "牛飼い" in lexicon.lookup(WordRenderingRow, "cowboy")[0].synonyms
    assert "常に" in lexicon.lookup(WordRenderingRow, "ever")[0].synonyms
    for word in ("shell", "switch", "rover", "table"):
        row = lexicon.lookup(WordRenderingRow, word)[0]
        assert not set(row.synonyms) & {*row.renderings, *row.loans, *row.conventional}, word


def test_wordnet_synonyms_come_from_each_words_first_synsets(tmp_path: Path) -> None:
    """A WordNet dict folder of one noun synset and one verb synset: each lemma gets the other single words of its
    first synsets, first synsets before second ones; a multi-word lemma and a capitalised one are left out."""
    build = _build_module()
    noun = "00000000 18 n 03 rover 0 wanderer 0 bird_of_passage 0 000 | someone who wanders\n"
    second = "00000081 18 n 02 rover 0 scouter 0 000 | a scout\n"
    verb = "00000000 38 v 02 switch 0 exchange 0 000 | change over\n"
    (tmp_path / "data.noun").write_text(noun + second, encoding="latin-1")
    (tmp_path / "data.verb").write_text(verb, encoding="latin-1")
    (tmp_path / "index.noun").write_text(
        "  1 licence line\nrover n 2 0 2 0 00000000 00000081\nwanderer n 1 0 1 0 00000000\n", encoding="latin-1"
    )
    (tmp_path / "index.verb").write_text("switch v 1 0 1 0 00000000\n", encoding="latin-1")
    for pos in ("adj", "adv"):
        (tmp_path / f"data.{pos}").write_text("", encoding="latin-1")
        (tmp_path / f"index.{pos}").write_text("", encoding="latin-1")
    synonyms = build.wordnet_synonyms(tmp_path)
    assert synonyms["rover"] == ["wanderer", "scouter"] and synonyms["wanderer"] == ["rover"]
    assert synonyms["switch"] == ["exchange"]
    rows = [["rover", "旅人", "", ""], ["wanderer", "渡り者|旅人", "", ""], ["scouter", "", "", ""]]
    assert build.synonym_renderings(rows, tmp_path) == {"rover": ["渡り者"]}  # wanderer's 旅人 is its own already


def _nouns(build, synsets, files, hypernyms, verbs):  # type: ignore[no-untyped-def]
    return build.WordNetNouns(synsets, files, hypernyms, frozenset(verbs))


def test_a_tree_named_in_a_gloss_of_two_words_renders_its_first_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """楡 "elm tree (…, Ulmus davidiana var. japonica)": WordNet makes an elm a kind of tree, so the gloss names the
    elm, and the variety's name in the note says a living thing (written in katakana too). Not 竜血樹 "dragon tree
    (Dracaena draco)": a dragon is no tree."""
    build = _build_module()
    monkeypatch.setattr(build, "ENGLISH", {"esp", "the", "japanese"})
    noun = ["noun (common) (futsuumeishi)"]
    kana = "word usually written using kana alone"
    elm = build.Entry(1, [("楡", set())], ["にれ", "ニレ"], set(), [
        build.Sense(["elm tree (esp. the Japanese elm, Ulmus davidiana var. japonica)"], noun, [kana])
    ])
    dragon = build.Entry(2, [("竜血樹", set())], ["りゅうけつじゅ"], set(), [
        build.Sense(["dragon tree (Dracaena draco)"], noun, [])
    ])
    # synsets: tree 1 (woody plant 9); elm 2 → tree 1; dragon 3 (a monster, no hypernym of tree)
    nouns = _nouns(build, {"tree": [1], "elm": [2], "dragon": [3]}, {}, {2: [1], 1: [9], 3: []}, [])
    found = build.species_renderings({1: elm, 2: dragon}, nouns)
    assert found == {"elm": ["にれ", "ニレ"]}
    assert "ニレ" in get_lexicon("ja").lookup(WordRenderingRow, "elm")[0].renderings


def test_an_agent_noun_is_rendered_by_its_verbs_verbal_noun_with_sha() -> None:
    """wanderer: wander is rendered 放浪 ("wandering", a verbal noun), and JMdict lists 放浪者, so a translation of
    Wanderer writes it. Not for a noun WordNet files as no person (career: care), nor a compound the dictionary
    lacks."""
    build = _build_module()
    suru = "noun or participle which takes the aux. verb suru"
    entries = {
        1: build.Entry(1, [("放浪", set())], ["ほうろう"], {"news1"}, [
            build.Sense(["wandering"], ["noun (common) (futsuumeishi)", suru], [])
        ]),
        2: build.Entry(2, [("介護", set())], ["かいご"], {"news1"}, [
            build.Sense(["care"], ["noun (common) (futsuumeishi)", suru], [])
        ]),
        3: build.Entry(3, [("放浪者", set())], ["ほうろうしゃ"], set(), [
            build.Sense(["vagrant"], ["noun (common) (futsuumeishi)"], [])
        ]),
        4: build.Entry(4, [("介護者", set())], ["かいごしゃ"], set(), [
            build.Sense(["caregiver"], ["noun (common) (futsuumeishi)"], [])
        ]),
    }
    index = build.index_words(entries)
    headwords = frozenset({"放浪者", "介護者"})
    nouns = _nouns(build, {"wanderer": [1], "career": [2]}, {1: build.NOUN_PERSON, 2: 4}, {}, ["wander", "care"])
    assert build.agent_renderings("wanderer", index, headwords, nouns) == ["放浪者"]
    assert build.agent_renderings("career", index, headwords, nouns) == []
    assert build.agent_renderings("wanderer", index, frozenset(), nouns) == []
    assert "放浪者" in get_lexicon("ja").lookup(WordRenderingRow, "wanderer")[0].renderings


def test_check_names_the_tables_that_differ_from_the_committed_ones(tmp_path: Path) -> None:
    """--check builds into a scratch folder and compares byte for byte: a table that differs, or that the committed
    folder lacks, is stale, with the count of lines that only one side has; an identical one is not."""
    build = _build_module()
    built, committed = tmp_path / "built", tmp_path / "committed"
    built.mkdir()
    committed.mkdir()
    table = "# header\nname\tforms\nMars\t火星\nRed Cross\t赤十字\n"
    for name in build.TABLES:
        (built / name).write_text(table, encoding="utf-8")
    (committed / "word_renderings.tsv").write_text(table, encoding="utf-8")
    (committed / "known_names.tsv").write_text("# header\nname\tforms\nMars\t火星\n", encoding="utf-8")
    assert build.stale_tables(built, committed) == [("known_names.tsv", 1), ("name_literals.tsv", 4)]
    assert build.stale_tables(built, committed, build.TABLES[:1]) == []


"""Every lexicon table of every language loads into its typed rows, and the loader refuses each kind of defect
with a message naming the file and line (codespell keeps its dictionaries the same way)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

import auditor.lexicons as lexicons
from auditor.config import ConfigError, settings_from_mapping
from auditor.lexicons import COMMON, Lexicon, LexiconError, read_table, shipped_languages, table_names
from auditor.lexicons.schema import TABLES, BrandRow, EmbedPatternRow, MonthRow, UnitRow, columns

LANGUAGES = [*shipped_languages(), COMMON]


def test_the_shipped_languages_are_found() -> None:
    assert {"ja", "en"} <= set(shipped_languages())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_table_of_every_language_loads(lang: str) -> None:
    names = table_names(lang)
    assert names, lang
    for name in names:
        assert name in TABLES, f"{lang}/{name}.tsv has no row class in auditor.lexicons.schema"
        rows = read_table(lang, name)
        assert rows, f"{lang}/{name}.tsv is empty"
        assert all(isinstance(row, TABLES[name]) for row in rows)
        assert all(row.where.startswith(f"{lang}/{name}.tsv line ") for row in rows)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_table_lists_an_entry_twice(lang: str) -> None:
    for name in table_names(lang):
        rows = read_table(lang, name)
        assert rows is not None
        seen: dict[object, str] = {}
        for row in rows:
            key = tuple(getattr(row, column) for column in columns(type(row)) if column != "note")
            assert key not in seen, f"{row.where} repeats {seen[key]}"
            seen[key] = row.where


def test_a_missing_table_is_an_error_not_an_empty_list() -> None:
    english = Lexicon("en")
    assert not english.has_table(BrandRow)
    with pytest.raises(LexiconError, match="no brands table"):
        english.table(BrandRow)
    assert Lexicon("en", {"brands": [{"brand": "Acme", "literals": ["頂点"]}]}).has_table(BrandRow)


def test_common_tables_serve_every_language() -> None:
    assert Lexicon("de").table(EmbedPatternRow)  # common/embeds.tsv
    assert len(Lexicon("ja").table(EmbedPatternRow)) > len(Lexicon("de").table(EmbedPatternRow))  # plus ja/embeds


def _package_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: str) -> None:
    """A lexicon package in ``tmp_path`` holding one table ``xx/<name>.tsv``."""
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / f"{name}.tsv").write_text(content, encoding="utf-8")
    monkeypatch.setattr(resources, "files", lambda package: tmp_path)
    read_table.cache_clear()


DEFECTS = [
    ("months", "surface\tmonth\tcolour\nJanuary\t1\tred\n", "xx/months.tsv line 1: unknown column(s) colour"),
    ("months", "surface\tnote\nJanuary\tx\n", "xx/months.tsv line 1: missing column(s) month"),
    ("months", "surface\tmonth\nJanuary\tone\n", "xx/months.tsv line 2 (January): column month: 'one' is not a number"),
    ("months", "surface\tmonth\nSmarch\t13\n", "line 2 (Smarch): month 13 is not 1 to 12"),
    ("months", "surface\tmonth\tnote\n\t1\tx\n", "line 2: column surface is empty"),
    ("months", "surface\tmonth\talone\nMay\t5\tperhaps\n", "line 2 (May): column alone: 'perhaps' is not yes or no"),
    ("months", "surface\tmonth\nJanuary\t1\tx\ty\n", "line 2: 4 cells, the header has 2"),
    ("embeds", "platform\tkind\tpattern\nx\tvideo\tabc\n", "column kind: 'video' is not one of"),
    ("embeds", "platform\tkind\tpattern\nx\tlink\tab(c\n", "line 2 (x): pattern 'ab(c'"),
    ("embeds", "platform\tkind\tpattern\nx\tboilerplate\tabc\n", "boilerplate needs post"),
    ("units", "surface\tunit\tquantity\tsystem\tfactor\nリーグ\tleague\tlength\tmetric\t-1\n", "must be positive"),
    ("units", "surface\tunit\tquantity\tsystem\tfactor\nノット\tkn\tspeed\tnautical\t1\n", "needs per"),
    ("brands", "brand\tliterals\nAcme\t頂点\n", None),  # a good table: no error
]


@pytest.mark.parametrize(("name", "content", "complaint"), DEFECTS)
def test_each_defect_is_refused_with_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: str, complaint: str | None
) -> None:
    _package_with(tmp_path, monkeypatch, name, content)
    try:
        if complaint is None:
            assert read_table("xx", name)
        else:
            with pytest.raises(LexiconError) as raised:
                read_table("xx", name)
            assert complaint in str(raised.value)
    finally:
        read_table.cache_clear()


def test_an_unknown_table_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _package_with(tmp_path, monkeypatch, "colours", "name\nred\n")
    try:
        with pytest.raises(LexiconError, match=r"colours\.tsv: no such table"):
            read_table("xx", "colours")
    finally:
        read_table.cache_clear()


def test_configured_rows_are_typed_and_appended() -> None:
    lexicon = Lexicon("ja", {"months": [{"surface": "Mayo", "month": 5}], "units": [
        {"surface": "尋", "unit": "fathom", "quantity": "length", "system": "japanese", "factor": 1.8, "ja_ok": False}
    ]})
    assert lexicon.table(MonthRow)[-1] == MonthRow(surface="Mayo", month=5)
    fathom = lexicon.table(UnitRow)[-1]
    assert (fathom.factor, fathom.ja_ok, fathom.where) == (1.8, False, "configuration: [lexicon.units] row 1 (尋)")


@pytest.mark.parametrize(
    ("rows", "complaint"),
    [
        ({"colours": [{"name": "red"}]}, r"\[lexicon.colours\]: no such table"),
        ({"brands": {"brand": "Acme"}}, r"must hold arrays of tables"),
        ({"brands": [{"brand": "Acme", "colour": "red"}]}, r"row 1 \(Acme\): unknown column\(s\) colour"),
        ({"brands": [{"literals": ["頂点"]}]}, r"row 1: column brand is empty"),
        ({"units": [{"surface": "尋", "unit": "fathom", "quantity": "depth", "system": "japanese", "factor": 1.8}]},
         r"row 1 \(尋\): column quantity: 'depth' is not one of"),
        ({"months": [{"surface": "Mayo", "month": [5]}]}, r"column month: \[5\] is not a number"),
    ],
)
def test_bad_configured_rows_are_a_configuration_error(rows: dict, complaint: str) -> None:
    with pytest.raises(ConfigError, match=complaint):
        settings_from_mapping({"lexicon": rows}, Path("house/auditor.toml"))


def test_lexicons_are_shared_per_language_and_rows() -> None:
    rows = {"brands": [{"brand": "Acme", "literals": ["頂点"]}]}
    assert lexicons.get_lexicon("ja", rows) is lexicons.get_lexicon("ja", rows)
    assert lexicons.get_lexicon("ja") is not lexicons.get_lexicon("ja", rows)

"""name_readings.tsv (tools/build_name_readings.py from JMnedict and IPAdic): its licence and source, what it holds,
and the selection rules of the build script, run on a small database of the shape jamdict-data ships."""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

from auditor.lexicons import get_lexicon
from auditor.lexicons.schema import NameReadingRow
from tests.conftest import tool

ROOT = Path(__file__).resolve().parent.parent
JA = resources.files("auditor.lexicons") / "ja"


def _script():  # type: ignore[no-untyped-def]
    return tool("build_name_readings")


def test_the_table_names_its_source_licence_and_script() -> None:
    head = "\n".join((JA / "name_readings.tsv").read_text(encoding="utf-8").splitlines()[:10])
    assert "tools/build_name_readings.py" in head and "CC BY-SA 4.0" in head and "NAMES-LICENSE.md" in head
    licence = (JA / "NAMES-LICENSE.md").read_text(encoding="utf-8")
    assert "name_readings.tsv" in licence and "tools/build_name_readings.py" in licence
    assert "name_readings.tsv" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_table_holds_japanese_readings_not_foreign_names_or_loanwords() -> None:
    parts = {row.reading: row.part for row in get_lexicon("ja").table(NameReadingRow)}
    assert parts["ショウヘイ"] == "given" and parts["オオタニ"] == "family" and parts["サトウ"] == "family"
    assert parts["ユウキ"] == "both"  # 勇気 and 結城
    assert not {"ジョウジ", "ハヤシ"} & set(parts)  # read like George (ジョージ); a loanword (hashed beef)
    assert all(reading.isalpha() and reading == reading.strip() for reading in parts)


def test_the_script_keeps_the_readings_ipadic_holds_for_the_name(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "jamdict.db")
    db.executescript(
        """
        CREATE TABLE Kanji (ID INTEGER PRIMARY KEY, idseq INTEGER, text TEXT);
        CREATE TABLE Kana (ID INTEGER PRIMARY KEY, idseq INTEGER, text TEXT, nokanji BOOLEAN);
        CREATE TABLE NEKanji (ID INTEGER PRIMARY KEY, idseq INTEGER, text TEXT);
        CREATE TABLE NEKana (ID INTEGER PRIMARY KEY, idseq INTEGER, text TEXT, nokanji BOOLEAN);
        CREATE TABLE NETranslation (ID INTEGER PRIMARY KEY, idseq INTEGER);
        CREATE TABLE NETransType (tid INTEGER, text TEXT);
        CREATE TABLE NETransGloss (tid INTEGER, lang TEXT, gend TEXT, text TEXT);
        INSERT INTO NEKanji (idseq, text) VALUES (1, '大谷'), (2, '浩二'), (3, '譲二'), (4, '大谷');
        INSERT INTO NEKana (idseq, text) VALUES (1, 'おおたに'), (2, 'こうじ'), (3, 'じょうじ'), (4, 'おおや'),
            (5, 'ジョージ'), (6, 'サイト');
        INSERT INTO NETranslation (ID, idseq) VALUES (10, 1), (20, 2), (30, 3), (40, 4), (50, 5);
        INSERT INTO NETransType VALUES (10, 'surname'), (20, 'masc'), (30, 'masc'), (40, 'place'), (50, 'masc');
        INSERT INTO NETransGloss VALUES (50, 'eng', NULL, 'George');
        INSERT INTO Kana (idseq, text) VALUES (6, 'サイト');
        """
    )
    out = tmp_path / "name_readings.tsv"
    assert _script().main(["--db", str(tmp_path / "jamdict.db"), "--out", str(out)]) == 0
    written = out.read_text(encoding="utf-8")
    assert written.startswith("# The readings of Japanese given names")
    # ジョウジ is read like the foreign name ジョージ; 大谷 read おおや is a place here, not a family name
    assert written.endswith("\nkey\treading\tpart\nkoji\tコウジ\tgiven\notani\tオオタニ\tfamily\n")

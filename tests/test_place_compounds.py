"""place_compounds.tsv (tools/build_place_compounds.py from JMdict): its licence and source, what it holds, and the
selection rules of the build script, run on a small database of the shape jamdict-data ships."""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

from auditor.lexicons import get_lexicon
from auditor.lexicons.schema import PlaceCompoundRow
from tests.conftest import tool

ROOT = Path(__file__).resolve().parent.parent
JA = resources.files("auditor.lexicons") / "ja"


def _script():  # type: ignore[no-untyped-def]
    return tool("build_place_compounds")


def test_the_table_names_its_source_licence_and_script() -> None:
    head = "\n".join((JA / "place_compounds.tsv").read_text(encoding="utf-8").splitlines()[:10])
    assert "tools/build_place_compounds.py" in head and "CC BY-SA 4.0" in head and "NAMES-LICENSE.md" in head
    licence = (JA / "NAMES-LICENSE.md").read_text(encoding="utf-8")
    assert "place_compounds.tsv" in licence and "tools/build_place_compounds.py" in licence
    assert "place_compounds.tsv" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_table_holds_descriptions_of_places_not_names() -> None:
    words = {row.word for row in get_lexicon("ja").table(PlaceCompoundRow)}
    assert {"選手村", "温泉町", "火山島", "人工島", "貿易港", "都市", "他州"} <= words
    assert not {"出血湖", "農業州", "退職村"} & words
    places = _script().place_words()
    assert places == frozenset("湖市町村州県郡島港峠川駅")  # the one-character place-after cues
    assert all(len(word) >= 2 and word[-1] in places for word in words)


def test_the_script_takes_the_nouns_that_end_in_a_place_word(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "jamdict.db")
    db.executescript(
        """
        CREATE TABLE Kanji (ID INTEGER PRIMARY KEY, idseq INTEGER, text TEXT);
        CREATE TABLE Sense (ID INTEGER PRIMARY KEY, idseq INTEGER);
        CREATE TABLE pos (sid INTEGER, text TEXT);
        CREATE TABLE SenseGloss (sid INTEGER, lang TEXT, gend TEXT, text TEXT);
        INSERT INTO Kanji (idseq, text) VALUES (1, '火山島'), (1, '火山嶋'), (2, '島'), (3, '渡島'), (4, '港湾');
        INSERT INTO Sense (ID, idseq) VALUES (10, 1), (20, 2), (30, 3), (31, 3), (40, 4);
        INSERT INTO pos VALUES (10, 'noun (common) (futsuumeishi)'), (20, 'noun (common) (futsuumeishi)'),
            (30, 'Godan verb with ''ru'' ending'), (40, 'noun (common) (futsuumeishi)');
        INSERT INTO SenseGloss VALUES (10, 'eng', NULL, 'volcanic island'), (10, 'eng', NULL, 'volcano island'),
            (20, 'eng', NULL, 'island'), (30, 'eng', NULL, 'crossing'), (40, 'eng', NULL, 'harbour');
        """
    )
    script = _script()
    found = script.compounds(db, frozenset("島港"))
    # one character (島), a verb (渡島 here), a word not ending in a place word (港湾) and a form ending in
    # another character (火山嶋) are left out; the gloss is the entry's first
    assert found == {"火山島": "volcanic island"}
    out = tmp_path / "place_compounds.tsv"
    assert script.main(["--db", str(tmp_path / "jamdict.db"), "--out", str(out)]) == 0
    written = out.read_text(encoding="utf-8")
    assert written.startswith("# Nouns that JMdict lists")
    assert written.endswith("\nword\tgloss\n火山島\tvolcanic island\n")

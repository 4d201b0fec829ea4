"""One scan of a text for the capitals (foreign._capitals), for what language.untranslated looks for and, in a
language written with Han, for the runs of Latin letters (scripts.latin_runs)."""

from __future__ import annotations

import re

from auditor.analysis.context import Analysis
from auditor.analysis.foreign import _capitals_class, capitals_and_scanned, untranslated_chars
from auditor.analysis.scripts import LATIN_LETTERS, latin_runs
from auditor.document import Document
from auditor.lexicons import get_lexicon


def test_one_scan_finds_what_the_two_scans_of_each_class_find() -> None:
    lexicon = get_lexicon("ja")
    text = "Nov 8に発表した。究竟是什麼？\n한국어の例、ảnh、Москва、そしてTokyoで。iPhoneÀÉ×ＡＢｃ、ĂnGiang"
    analysis = Analysis(Document(text, lang="ja"), lexicon)
    capitals, others, runs = capitals_and_scanned(analysis)
    assert capitals == [match.start() for match in lexicon.compiled(_capitals_class).finditer(text)]
    assert others == [match.start() for match in re.compile(f"[{untranslated_chars(lexicon)}]").finditer(text)]
    assert capitals and others
    assert set(capitals) & set(others)  # a Cyrillic capital is in both classes
    # The runs of Latin letters, read whole, with the capitals and the Vietnamese letters inside them found too.
    assert runs == [match.span() for match in re.finditer(f"[{LATIN_LETTERS}]+", text)]
    assert latin_runs(analysis) == runs
    assert text.index("P") in capitals and text.index("ả") in others and text.index("Ă") in others


def test_a_language_written_without_han_scans_for_the_capitals_alone() -> None:
    lexicon = get_lexicon("en")
    assert untranslated_chars(lexicon) == ""
    text = "Nov 8, Москва"
    analysis = Analysis(Document(text, lang="en"), lexicon)
    capitals, others, runs = capitals_and_scanned(analysis)
    assert capitals == [match.start() for match in lexicon.compiled(_capitals_class).finditer(text)]
    assert others == []
    assert runs is None  # latin_runs scans for them itself
    assert latin_runs(analysis) == [(0, 3)]

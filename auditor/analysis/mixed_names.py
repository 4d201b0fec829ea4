"""Korean names written half in kanji, half in katakana: 李カンチョル in an article that writes イ・カンチョル.

Japanese news writes a Korean person's name either all in kanji (李強喆) or all in katakana (イ・カンチョル); machine
translation from Korean renders the family name it knows as hanja and transliterates the given name it does not
(이강철 → 李カンチョル). Such a mixed form is a finding only when the article also writes the same given name after
a katakana reading of that family name (``korean_surnames.tsv``: 李 is イ or リ): then both forms are one name, one
of them half translated. Without that form beside it the mixed one is left alone (金メダル is no name).

Cost: the katakana runs are the ones name_forms.py reads (one pass shared with the other name rules); each new run
is read once per process (is it a family name's reading, ・ and a given name?); an article then costs a set
intersection with the runs read so far, and the text is searched only when one is met.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.analysis.context import Analysis
from auditor.analysis.name_forms import RunVerdicts, name_runs, run_katakana
from auditor.lexicons import Lexicon
from auditor.lexicons.schema import KoreanSurnameRow

MIN_GIVEN = 2  # kana of a given name: one kana after a kanji is a word's ending as often as a name
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc\u30fb]")


@dataclass(frozen=True)
class MixedName:
    """A Korean name at ``start``-``end`` written ``written`` (李カンチョル), and the katakana form of the article."""

    start: int
    end: int
    written: str
    katakana: str


@dataclass(frozen=True)
class _Surnames:
    """The family names of the lexicon by reading (イ → 李, リ → 李), and the runs read so far."""

    by_reading: dict[str, tuple[str, ...]]
    verdicts: RunVerdicts[tuple[str, str]]


def _surnames(lexicon: Lexicon) -> _Surnames:
    by_reading: dict[str, list[str]] = {}
    for row in lexicon.table(KoreanSurnameRow):
        for reading in row.readings:
            by_reading.setdefault(reading, []).append(row.surname)
    return _Surnames({reading: tuple(kanji) for reading, kanji in by_reading.items()}, RunVerdicts())


def _read(surnames: _Surnames, run: str) -> tuple[str, str] | None:
    """``run`` (a katakana name as name_runs gives it) read as a Korean family name's reading, ・ and a given name
    (イ・カンチョル監督 → イ, カンチョル), or None."""
    parts = run_katakana(run).split("\u30fb")
    if len(parts) != 2 or parts[0] not in surnames.by_reading or len(parts[1]) < MIN_GIVEN:
        return None
    return parts[0], parts[1]


def mixed_names(analysis: Analysis) -> tuple[MixedName, ...]:
    """Each Korean name of the article written with its family name in kanji and its given name in katakana, where
    the article also writes that given name after a katakana reading of the family name."""
    surnames = analysis.lexicon.compiled(_surnames)
    flagged = surnames.verdicts.judge(analysis.memo(name_runs), lambda run: _read(surnames, run))
    if not flagged:
        return ()
    text = analysis.text
    found: dict[int, MixedName] = {}
    for reading, given in sorted({surnames.verdicts.marked[run] for run in flagged}):
        for kanji in surnames.by_reading[reading]:
            written = kanji + given
            at = text.find(written)
            while at >= 0:
                end = at + len(written)
                if not _KATAKANA.match(text[end : end + 1]):
                    found.setdefault(at, MixedName(at, end, written, f"{reading}\u30fb{given}"))
                at = text.find(written, end)
    return tuple(found[at] for at in sorted(found))

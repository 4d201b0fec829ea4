"""Latin initialisms spelt out in katakana letter names: ケイティ for KT, in an article that writes KT too.

Japanese news writes an initialism in Latin letters (KT, NHK, IBM); machine translation from Korean or English
sometimes transliterates it letter by letter, as it is read aloud (케이티 → ケイティ). The names of the letters are a
closed set (``letter_names.tsv``: ケー and ケイ for K, ティー and ティ for T), so a katakana word made of two letter
names or more reads back to its letters; when the article writes those letters as an initialism in Latin, the
katakana is that initialism spelt out, not a name (Katie is ケイティ too: only the Latin beside it decides). A common
word IPAdic knows is no spelling, whatever letters it sounds like (シティ, city, beside CT).

Cost: the katakana runs are the ones name_forms.py reads (one pass shared with the other name rules); each new run
is read back once per process (a ``fullmatch``); an article then costs a set intersection with the runs read back
so far, and the Latin letters are looked for (``str.find``) only when one is met.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.analysis.context import Analysis
from auditor.analysis.morph import tokens
from auditor.analysis.name_forms import RunVerdicts, name_runs, run_katakana
from auditor.lexicons import Lexicon, trie_pattern
from auditor.lexicons.schema import LetterNameRow

MAX_LETTERS = 5  # an initialism is short; a longer run of letter-like kana is a word
# A Latin letter, half- or full-width: an initialism is not part of a longer Latin word.
_LATIN = re.compile("[A-Za-z\uff21-\uff3a\uff41-\uff5a]")
_FULL_WIDTH = str.maketrans({chr(code): chr(code + 0xFEE0) for code in range(0x21, 0x7F)})
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]")


@dataclass(frozen=True)
class Spelled:
    """An initialism spelt out in katakana letter names at ``start``-``end``; ``letters`` is the initialism."""

    start: int
    end: int
    written: str
    letters: str


@dataclass(frozen=True)
class _Reader:
    """The letter names of the lexicon: one regex that matches a word of letter names, one that reads each name."""

    word: re.Pattern[str]
    name: re.Pattern[str]
    letters: dict[str, str]
    verdicts: RunVerdicts[tuple[str, str]]


def _reader(lexicon: Lexicon) -> _Reader:
    letters = {name: row.letter for row in lexicon.table(LetterNameRow) for name in row.names}
    names = trie_pattern(letters)
    word = re.compile(f"(?:{names}){{2,{MAX_LETTERS}}}")
    return _Reader(word, re.compile(names), letters, RunVerdicts())


def _read(reader: _Reader, run: str) -> tuple[str, str] | None:
    """The katakana word that opens ``run`` (a katakana name as name_runs gives it) and the letters it spells, or None
    when it is not made of letter names alone; letter names joined by ・ (エヌ・ティ・ティ) are read as one word."""
    bare = run_katakana(run)
    parts = bare.split("\u30fb")
    if all(len(part) <= 3 and part in reader.letters for part in parts) and len(parts) >= 2:
        return bare, "".join(reader.letters[part] for part in parts)
    first = parts[0]
    if not reader.word.fullmatch(first):
        return None
    names = reader.name.findall(first)
    if "".join(names) != first:  # read otherwise than the whole match: leave it
        return None
    found = tokens(first)
    if len(found) == 1 and found[0].known and found[0].pos1 == "一般":
        return None  # a common word IPAdic knows (シティ, オーケー): spelt like letters, meant as the word
    return first, "".join(reader.letters[name] for name in names)


def _written(text: str, letters: str) -> bool:
    """The article writes ``letters`` as a Latin initialism, half- or full-width, not inside a longer Latin word."""
    for form in (letters, letters.translate(_FULL_WIDTH)):
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not (at and _LATIN.match(text[at - 1])) and not _LATIN.match(text[end : end + 1]):
                return True
            at = text.find(form, end)
    return False


def spelled_initialisms(analysis: Analysis) -> tuple[Spelled, ...]:
    """Each katakana word of the article that spells out, letter by letter, an initialism the article writes in Latin
    letters; a reading given in brackets right after the Latin (KT(ケイティー)) is left alone."""
    reader = analysis.lexicon.compiled(_reader)
    flagged = reader.verdicts.judge(analysis.memo(name_runs), lambda run: _read(reader, run))
    if not flagged:
        return ()
    text = analysis.text
    spellings = {reader.verdicts.marked[run] for run in flagged}
    found: list[Spelled] = []
    for written, letters in sorted(spellings):
        if not _written(text, letters):
            continue
        at = text.find(written)
        while at >= 0:
            end = at + len(written)
            whole = not (at and _KATAKANA.match(text[at - 1])) and not _KATAKANA.match(text[end : end + 1])
            before = text[max(0, at - len(letters) - 3) : at].rstrip(" \u3000")
            gloss = before.endswith((f"{letters}(", f"{letters}\uff08", f"{letters.translate(_FULL_WIDTH)}\uff08"))
            if whole and not gloss:
                found.append(Spelled(at, end, written, letters))
            at = text.find(written, end)
    return tuple(sorted(found, key=lambda spelled: spelled.start))

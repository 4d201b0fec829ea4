#!/usr/bin/env python3
"""Build auditor/lexicons/ja/name_spellings.tsv: well-known foreign names in katakana, from JMnedict and JMdict.

    .venv/bin/python tools/build_name_spellings.py --db PATH/TO/jamdict.db [--out auditor/lexicons/ja]

``--db`` is the SQLite file of ``jamdict-data`` 1.5 (JMdict 1.08 and JMnedict 2020-05-29), read with ``sqlite3``
only; nothing is downloaded and nothing of it is read at run time. The table lists, for entity.misspelt-name:

- the foreign places of JMnedict that JMdict also lists as a proper noun (its first English gloss capitalised:
  countries, states, capitals and cities a general dictionary holds: デラウェア, ブラチスラバ; not ラクロス, whose
  JMdict entry is the sport);
- the companies, organisations, products and people of JMnedict (ファーウェイ, ビルマーレー), unless JMdict has the
  form as an ordinary word (パイオニア: pioneer; a misspelling of it is a loanword's, not a name's);
- the people and companies of ``common/people.tsv`` (イーロン・マスク), reviewed by hand;
- but no person whose name is built from a closed inventory of syllables, as Korean, Chinese and Vietnamese names
  are (Kim Yo-jong, Mao Tse-tung, Nguyen Van Linh: ``syllabic``): every kana of such a name spells one syllable, and
  the same syllable with another vowel is a syllable names are made of too (요 and 유, yo and yu, give キム・ヨジョン
  and キム・ユジョン, two people), so one sound off is another person as often as a misspelling;

each under the key of its kana (auditor/analysis/name_spelling.py), with the spellings one small edit from it that
JMdict, JMnedict or people.tsv know as a word or name of their own (パリス beside パリ): those are never flagged.
Names of fewer than ``MIN_LENGTH`` kana, or of vowels only, are left out: one edit makes another word.

Licence: JMdict and JMnedict are the property of the Electronic Dictionary Research and Development Group, used under
CC BY-SA 4.0; the table is under the same licence (auditor/lexicons/ja/NAMES-LICENSE.md).
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from auditor.analysis.foreign import vietnamese_syllable  # noqa: E402
from auditor.analysis.name_spelling import MIN_LENGTH, fold, key, neighbours  # noqa: E402
from auditor.lexicons import read_table  # noqa: E402
from auditor.lexicons.schema import NameSpellingRow, PersonRow  # noqa: E402

_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc\u30fb]+")
_KINDS = ("place", "company", "organization", "product", "person")
MIN_WORD = 2  # kana of the shortest word a name is made of (セント)
# ... and of the shortest word that a changed word may be read as: nearly every two kana are some name of JMnedict
# (デル, ハー), so they prove nothing; ジョーンズ (Jones) does.
MIN_OTHER = 3

# The syllables of Korean and Chinese names as English glosses romanise them: Korean in the Revised Romanisation or
# McCune-Reischauer (with the customary oo, ee, oi of Moon, Lee, Choi and the rk of Park), Chinese in Hanyu Pinyin or
# Wade-Giles (ts, hs). Vietnamese syllables are read by the grammar of auditor/analysis/foreign.py, which reads
# Burmese names as well (Aung San Suu Kyi), built from syllables too.
_KOREAN_PARTS = (
    "g k kk n d t tt r l m b p pp s ss sh j jj ch tch h",  # initials (and none)
    "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i ŏ ŭ yŏ wŏ oo ee oi",  # vowels
    "k n t l m p ng rk",  # finals (and none)
)
_CHINESE_PARTS = (
    "b p m f d t n l g k h j q x zh ch sh r z c s y w ts hs",
    "a o e i u ü ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong ua uo uai ui uan un uang ueng üe "
    "üan ün ung",
)
_KOREAN = frozenset(
    initial + vowel + final
    for initial in ["", *_KOREAN_PARTS[0].split()]
    for vowel in _KOREAN_PARTS[1].split()
    for final in ["", *_KOREAN_PARTS[2].split()]
)
_CHINESE = frozenset(
    initial + final for initial in ["", *_CHINESE_PARTS[0].split()] for final in _CHINESE_PARTS[1].split()
)


def syllabic(english: str) -> bool:
    """Whether the romanised name ``english`` (its first gloss) is built from the syllables of Korean, Chinese or
    Vietnamese names: two words or more, each of syllables of one of those romanisations, with a given name of two
    syllables joined by a hyphen (Kim Yo-jong, Mao Tse-tung) or three words (Kim Jong Il, Ho Chi Minh)."""
    words = re.sub(r"\s*\(.*?\)", "", english.split(",")[0]).split()
    parts = [word.split("-") for word in words]
    if len(words) < 2 or not all(_syllable(part) for word in parts for part in word):
        return False
    return len(words) >= 3 or any(len(word) == 2 for word in parts)


def _syllable(part: str) -> bool:
    lower = unicodedata.normalize("NFC", part).lower()
    return lower in _KOREAN or lower in _CHINESE or vietnamese_syllable(part)


HEADER = """\
# Well-known foreign names in katakana, keyed by the consonants of their kana (voicing merged; vowels, ー, ッ and ・
# dropped), read by entity.misspelt-name (auditor/analysis/name_spelling.py). known: the spellings one small edit
# from the name that a dictionary knows as a word or a name of its own (folded), which are never flagged.
#
# Generated by tools/build_name_spellings.py from JMnedict (foreign places that JMdict also lists as proper nouns;
# companies, organisations, products, people) and common/people.tsv; do not edit by hand (rerun the script).
# Derived from JMdict/JMnedict (jamdict-data 1.5: JMdict 1.08, JMnedict 2020-05-29), the property of the Electronic
# Dictionary Research and Development Group, used under CC BY-SA 4.0; this file is under the same licence
# (see NAMES-LICENSE.md beside it).
#
"""


def _dictionary(db: Path) -> tuple[dict[str, tuple[str, str]], dict[str, set[int]]]:
    """The well-known names (katakana → kind, English) and every katakana word or name of JMdict and JMnedict, with
    the entries that write it so."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    words: dict[str, set[int]] = defaultdict(set)
    for table in ("Kana", "NEKana"):
        for idseq, text in connection.execute(f"SELECT idseq, text FROM {table}"):
            if _KATAKANA.fullmatch(text):
                words[text].add(idseq)
    proper, common = set(), set()
    first_gloss = (
        "SELECT k.text, (SELECT g.text FROM Sense s JOIN SenseGloss g ON g.sid = s.ID WHERE s.idseq = k.idseq "
        "AND g.lang = 'eng' ORDER BY s.ID, g.rowid LIMIT 1) FROM Kana k"
    )
    for text, gloss in connection.execute(first_gloss):
        if gloss and _KATAKANA.fullmatch(text):
            (proper if gloss[:1].isupper() else common).add(text)
    names: dict[str, tuple[str, str]] = {}
    query = (
        "SELECT k.text, tt.text, (SELECT group_concat(g.text, ', ') FROM NETransGloss g WHERE g.tid = t.ID) "
        "FROM NEKana k JOIN NETranslation t ON t.idseq = k.idseq JOIN NETransType tt ON tt.tid = t.ID "
        "ORDER BY k.idseq, t.ID"
    )
    for text, kind, gloss in connection.execute(query):
        if kind not in _KINDS or not _KATAKANA.fullmatch(text) or (kind == "place" and text not in proper):
            continue
        if text in common and text not in proper:
            continue  # an ordinary word too (パイオニア: pioneer): a misspelling of it is a loanword's, not a name's
        names.setdefault(text, (kind, re.sub(r"\s*\(.*?\)", "", gloss or "").strip()))
    return names, words


def build(db: Path) -> list[NameSpellingRow]:
    names, words = _dictionary(db)
    for number, row in enumerate(read_table("common", "people") or ()):
        assert isinstance(row, PersonRow)
        for form in row.katakana:
            for spelling in (form, form.replace("・", "")):
                words[spelling].add(-1 - number)
            if row.kind in ("person", "company"):
                names[form] = (row.kind, row.latin)
    folded: dict[str, set[int]] = defaultdict(set)
    for word, entries in words.items():
        folded[fold(word)] |= entries
    rows = []
    for name in sorted(names):
        kind, english = names[name]
        if len(name.replace("・", "")) < MIN_LENGTH or not key(name):
            continue  # a short name, or one of vowels only (アイエーイーエー): one edit makes another word
        if kind == "person" and syllabic(english):
            continue  # a name of syllables (Kim Yo-jong): one sound off is another person's name
        near = neighbours(name.replace("・", ""), kind != "person", kind != "person")
        known = sorted(spelling for spelling in near if spelling in folded or _other_word(fold(name), spelling, folded))
        rows.append(NameSpellingRow(key=key(name), name=name, kind=kind, english=english or name, known=tuple(known)))
    return rows


def _other_word(name: str, spelling: str, words: dict[str, set[int]]) -> bool:
    """``spelling`` is ``name`` with one of its words changed into another word of the dictionary (another entry, of
    ``MIN_OTHER`` kana or more), the rest kept: セントジョーンズ (Jones) beside セントジョンズ (Saint John's) is another
    name made of known words, not a misspelling. A word changed into another spelling of the same entry (ジャージ
    for ジャージー in ニュージャージ) is a misspelling of the name."""
    for cut in range(MIN_WORD, len(name) - 1):
        splits = []
        if spelling.startswith(name[:cut]):  # the first word kept
            splits.append((name[:cut], spelling[cut:], name[cut:]))
        if spelling.endswith(name[-cut:]):  # the last word kept
            splits.append((name[-cut:], spelling[:-cut], name[:-cut]))
        for kept, changed, was in splits:
            other = words.get(changed)
            if kept in words and other and len(changed) >= MIN_OTHER and not other & words.get(was, set()):
                return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="jamdict-data's jamdict.db")
    parser.add_argument("--out", type=Path, default=ROOT / "auditor" / "lexicons" / "ja")
    args = parser.parse_args()
    rows = build(args.db)
    lines = [HEADER + "key\tname\tkind\tenglish\tknown"]
    lines += [f"{r.key}\t{r.name}\t{r.kind}\t{r.english}\t{'|'.join(r.known)}" for r in sorted(rows, key=_order)]
    (args.out / "name_spellings.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} names", file=sys.stderr)


def _order(row: NameSpellingRow) -> tuple[str, str]:
    return row.key, row.name


if __name__ == "__main__":
    main()

"""Names and addresses as written in an article: handles, hashtags, URLs, e-mail addresses, Latin names, and
the people lexicon (``people.tsv``: public figures and organisations with their Latin name, katakana names,
handles and cashtags) compiled for lookups by name and consonant skeleton.

Shared by the handle rules, the spelling-variant rule and the cross-checks; none of them owns it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from auditor.languages.scripts import KATAKANA, KATAKANA_START
from auditor.languages.translit import skeleton
from auditor.lexicons import Lexicon
from auditor.lexicons.schema import PersonRow

# --- patterns ---------------------------------------------------------------------------------------------

# Top-level domains that make a bare "name.tld" an address rather than prose ("Inc. com" stays prose).
TLDS = (
    "com|net|org|info|biz|jp|co|io|ai|me|tv|ly|gl|be|app|dev|news|gov|edu|int|uk|us|eu|de|fr|it|es|nl|ch|ru|cn|"
    "kr|tw|hk|sg|in|au|ca|br|mx"
)
# Characters a URL may hold as printed in running text (brackets and quotes end it: "（https://…）").
URL_CHAR = r"[A-Za-z0-9\-._~:/?#@!$&*+,;=%]"
URL_PATTERN = (
    rf"(?:https?://|www\.){URL_CHAR}+"
    rf"|(?<![A-Za-z0-9@._/-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:{TLDS})(?![A-Za-z0-9-])"
    rf"(?:/{URL_CHAR}*)?"
)
EMAIL_PATTERN = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
# A Latin handle as printed: "@elonmusk", "（@Huddster2）". Not the middle of an e-mail address.
# Patterns here start with a character class and look behind only after it: re then skips ahead in C
# to the few places where they can match, which keeps a 3,000-character article in microseconds.
LATIN_HANDLE = re.compile(r"@(?<![A-Za-z0-9_.+\-]@)([A-Za-z0-9_]{1,30})")
LATIN_HASHTAG = re.compile(r"[#＃](?<![A-Za-z0-9_&].)([A-Za-z][A-Za-z0-9_]*)")
# Latin names as written in an article: "Elon Musk", "SpaceX" (up to three capitalised words).
LATIN_NAME = re.compile(r"[A-Z](?<![A-Za-z0-9@#$].)[A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}(?![A-Za-z])")
TRAILING_PUNCT = ".,;:!?'"
# TLDs that are not also English words ("it", "me", "in", "us"): enough to join "example. com" across a space.
STRONG_TLDS = "com|net|org|jp|io"
MIDDLE_DOTS = "・･"
MIN_SKELETON = 3  # consonants; shorter skeletons match too many unrelated words
KATAKANA_RUN = re.compile(f"[{KATAKANA_START}][{KATAKANA}]*")


@lru_cache(maxsize=65536)
def trim_url_end(text: str, start: int, end: int) -> int:
    """``end`` without the sentence punctuation that follows a URL ("… example.com." ends at "m")."""
    while end > start and text[end - 1] in TRAILING_PUNCT:
        end -= 1
    return end


_NO_DOTS = str.maketrans("", "", MIDDLE_DOTS + " \u3000")


def strip_dots(name: str) -> str:
    """A katakana name without its middle dots, for lookups: イーロン・マスク → イーロンマスク."""
    return name.translate(_NO_DOTS)


# --- people.tsv ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    latin: str
    katakana: tuple[str, ...]
    handles: tuple[str, ...]
    cashtags: tuple[str, ...]
    surnames: tuple[str, ...] = ()  # a person's family name alone, as news names them after the first time (マスク)

    def named_in(self, text: str) -> bool:
        """Whether ``text`` names this person or organisation: the Latin name in any case (NVIDIA for Nvidia), a
        katakana form with or without its dots, or a person's family name alone (マスク氏 for Elon Musk)."""
        if self.latin.casefold() in text.casefold():
            return True
        forms = (*self.katakana, *(strip_dots(kana) for kana in self.katakana), *self.surnames)
        return any(form in text for form in forms)


@dataclass
class PeopleIndex:
    """``people.tsv`` compiled once per lexicon: lookups by name, katakana and skeleton."""

    people: list[Person] = field(default_factory=list)
    by_latin: dict[str, Person] = field(default_factory=dict)  # casefolded Latin name
    by_katakana: dict[str, Person] = field(default_factory=dict)  # katakana as listed, and without middle dots
    by_key: dict[str, list[Person]] = field(default_factory=dict)  # skeleton of name, handle or katakana

    def unique_by_key(self, key: str) -> Person | None:
        found = self.by_key.get(key, [])
        return found[0] if len(found) == 1 else None


def _surnames(row: PersonRow) -> tuple[str, ...]:
    """The family names of a person's katakana forms: the last part after ・ (イーロン・マスク → マスク), and the Latin
    name's last word (Musk), of two characters or more."""
    found = {kana.rsplit("・", 1)[1] for kana in row.katakana if "・" in kana}
    words = row.latin.split()
    if len(words) > 1:
        found.add(words[-1])
    return tuple(sorted(name for name in found if len(name) >= 2))


def build_people(lexicon: Lexicon) -> PeopleIndex:
    index = PeopleIndex()
    for row in lexicon.table(PersonRow):
        latin = row.latin
        person = Person(
            latin=latin,
            katakana=row.katakana,
            handles=tuple(h.lstrip("@") for h in row.handles),
            cashtags=tuple(c.lstrip("$") for c in row.cashtags),
            surnames=_surnames(row) if row.kind == "person" else (),
        )
        index.people.append(person)
        index.by_latin.setdefault(latin.casefold(), person)
        for name in person.katakana:
            # As written (イーロン・マスク) and without dots (イーロンマスク): lookups then need no normalising.
            index.by_katakana.setdefault(strip_dots(name), person)
            index.by_katakana.setdefault(name, person)
        keys = {skeleton(value) for value in (latin, *person.katakana, *person.handles)}
        for key in keys:
            if len(key) >= MIN_SKELETON:
                bucket = index.by_key.setdefault(key, [])
                if person not in bucket:
                    bucket.append(person)
    return index


def people_index(lexicon: Lexicon) -> PeopleIndex:
    """The people index of ``lexicon``, built once per lexicon."""
    return lexicon.compiled(build_people)

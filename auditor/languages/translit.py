"""Katakana ↔ Latin matching by consonant skeleton.

Machine translation renders names in katakana (イーロン・マスク) and sometimes
even handles (@エロンムスク). Romanising the katakana and reducing both sides
to their consonants makes them comparable: both give ``lnmsk``, like
``elonmusk``. It is deliberately coarse; callers match whole skeletons and
require a minimum length.

jaconv (MIT) does the kana → romaji step; pykakasi would too, but is GPL.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import jaconv

from auditor.languages.scripts import KATAKANA

_KATAKANA_RUN = re.compile(f"[{KATAKANA}]+")
_NOT_LETTER = re.compile(r"[^a-z]")
# Applied in order to lower-case Latin or romaji, before vowels are dropped.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"ph", "f"),
        # English gh after a vowel and not before one is silent (weight ウェイト, night ナイト, Leigh リー, Raleigh
        # ローリー); where it is read f (laugh ラフ) the skeletons differed before and still differ.
        (r"(?<=[aeiou])gh(?![aeiou])", ""),
        (r"\bkn", "n"),  # the k of an English word's initial kn is silent: Knight ナイト, Knox ノックス
        (r"ck", "k"),
        (r"qu?", "k"),
        (r"x", "ks"),
        (r"tch", "ch"),
        (r"th", "s"),
        (r"sh", "s"),
        (r"ts", "s"),
        (r"ch", "c"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"dg", "j"),  # bridge ブリッジ, judge ジャッジ
        (r"j", "g"),  # one class: ジ renders soft g (Dogecoin ドージコイン, George ジョージ) and j; ギ renders hard g
        (r"v", "b"),
        (r"z", "s"),
        (r"(?<=[aeiou])r(?![aeiouy])", ""),  # star → sta, like スター
        (r"[wyh]", ""),
        (r"[aeiou]", ""),
        (r"r", "l"),
        (r"m(?=[pb])", "n"),  # katakana writes ン where English writes m: トランプ / Trump
        (r"(.)\1+", r"\1"),
    )
)


@lru_cache(maxsize=65536)
def romanize(text: str) -> str:
    """Katakana runs romanised (Hepburn-like), everything else kept."""
    return _KATAKANA_RUN.sub(lambda m: jaconv.kana2alphabet(jaconv.kata2hira(m.group())), text)


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """The consonant skeleton of a Latin or katakana name: テスラ and Tesla give ``tsl``."""
    value = _NOT_LETTER.sub("", romanize(text).lower())
    for pattern, replacement in _REWRITES:
        value = pattern.sub(replacement, value)
    return value


# Romaji spellings of one long vowel (ou, oo, ei, ō, and oh before a consonant: Ohtani), each written as the short
# vowel; a long-vowel mark romanises as "-" and goes with the other non-letters.
_LONG_VOWEL = re.compile(r"(?<=[aeiou])h(?![aeiou])|(?<=o)u|(?<=e)i|([aeiou])\1")


@lru_cache(maxsize=65536)
def japanese_name_key(text: str) -> str:
    """A Japanese name's reading as romaji with long vowels short, whichever way it is spelled: ショウヘイ,
    ショーヘイ, Shōhei and Shouhei all give ``shohe``; オオタニ, オータニ and Ohtani ``otani``. Katakana renders
    a romanised Japanese name with or without its long vowels, so a reading from the dictionary and a name in a
    text compare by this key."""
    plain = unicodedata.normalize("NFKD", romanize(text).lower())
    return _LONG_VOWEL.sub(lambda vowel: vowel.group(1) or "", _NOT_LETTER.sub("", plain))

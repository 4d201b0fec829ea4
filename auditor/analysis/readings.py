"""How Japanese words are read, by MeCab with IPAdic (installed with sacrebleu[ja]; offline, no download).

Used where two spellings of one name are told apart only by their reading: 広田紀子 and 広田典子 are both ヒロタノリコ.
MeCab is loaded on the first question and answers are cached, so an audit that asks nothing pays nothing.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any, NamedTuple


class Reading(NamedTuple):
    kana: str  # the reading in katakana
    person: bool  # every part is a person's name (IPAdic 名詞,固有名詞,人名)


@cache
def _tagger() -> Any:
    import ipadic
    import MeCab

    return MeCab.Tagger(ipadic.MECAB_ARGS)


@lru_cache(maxsize=65536)
def reading(word: str) -> Reading | None:
    """The reading of ``word`` and whether it is a person's name; None when MeCab cannot read every part."""
    node = _tagger().parseToNode(word)
    kana, person = [], True
    while node is not None:
        if node.surface:
            features = node.feature.split(",")
            if len(features) < 8 or features[7] == "*":
                return None
            kana.append(features[7])
            person = person and features[2] == "人名"
        node = node.next
    return Reading("".join(kana), person) if kana else None


class Token(NamedTuple):
    surface: str
    kind: str  # IPAdic's part-of-speech subcategories joined: 固有名詞,人名,姓
    pos: str  # the part of speech: 名詞, 形容詞 …


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[Token, ...]:
    """MeCab's (IPAdic) tokens of ``text``: 茂木 → (茂木, 固有名詞,人名,姓); cached."""
    node = _tagger().parseToNode(text)
    found = []
    while node is not None:
        if node.surface:
            features = node.feature.split(",")
            found.append(Token(node.surface, ",".join(features[1:4]), features[0]))
        node = node.next
    return tuple(found)

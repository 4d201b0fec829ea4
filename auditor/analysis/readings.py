"""How Japanese words are read, by MeCab with IPAdic (installed with sacrebleu[ja]; offline, no download).

Used where two spellings of one name are told apart only by their reading: 広田紀子 and 広田典子 are both ヒロタノリコ.
MeCab is loaded on the first question and answers are cached, so an audit that asks nothing pays nothing.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from auditor.analysis.morph import tagger  # one IPAdic tagger per process, shared with the word splitter


class Reading(NamedTuple):
    kana: str  # the reading in katakana
    person: bool  # every part is a person's name (IPAdic 名詞,固有名詞,人名)
    proper: bool  # every part is a proper noun (IPAdic 名詞,固有名詞): a name, not a common word


@lru_cache(maxsize=65536)
def reading(word: str) -> Reading | None:
    """The reading of ``word`` and whether it is a person's name, or a name; None when MeCab cannot read every part."""
    node = tagger().parseToNode(word)
    kana, person, proper = [], True, True
    while node is not None:
        if node.surface:
            features = node.feature.split(",")
            if len(features) < 8 or features[7] == "*":
                return None
            kana.append(features[7])
            person = person and features[2] == "人名"
            proper = proper and features[1] == "固有名詞"
        node = node.next
    return Reading("".join(kana), person, proper) if kana else None


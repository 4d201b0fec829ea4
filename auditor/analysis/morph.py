"""Japanese words as MeCab splits them (IPAdic), for the few sentences whose syntax a rule needs.

MeCab and IPAdic come with ``sacrebleu[ja]`` (core dependencies): the tagger loads in a few milliseconds and parses
about two million characters a second. Only sentences that hold a candidate (a literal rendering of a name, a name
of the source) are parsed, and each one once per process (``tokens`` is memoised on the text).

A token carries its offsets into the parsed text, IPAdic's part of speech (名詞, 一般 / 固有名詞 / 接尾 …, and the
third level: 組織, 地域, 人名), its dictionary form (転がっ → 転がる) and whether IPAdic knows the word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

_tagger: Any = None
_UNREADABLE = re.compile("[\x00\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Token:
    surface: str
    start: int  # offsets into the parsed text
    end: int
    pos: str  # 名詞, 動詞, 助詞 …
    pos1: str  # 一般, 固有名詞, 接尾, 並立助詞 …
    pos2: str  # 組織, 地域, 人名 … ("*" when none)
    base: str  # the dictionary form (the surface for unknown words)
    known: bool  # IPAdic has the word (an unknown katakana run is tagged 固有名詞 by default, known or not)
    pos3: str = "*"  # 姓 or 名 of a 人名, 国 of a 地域 … ("*" when none)

    @property
    def noun(self) -> bool:
        return self.pos == "名詞"

    @property
    def particle(self) -> bool:
        return self.pos == "助詞"


def tagger() -> Any:
    global _tagger
    if _tagger is None:
        import ipadic
        import MeCab

        _tagger = MeCab.Tagger(ipadic.MECAB_ARGS)
    return _tagger


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[Token, ...]:
    """``text`` split into words, with their offsets, parts of speech and dictionary forms."""
    # MeCab reads a C string of UTF-8: a NUL would end the text early and a lone surrogate cannot be encoded. One
    # character for one keeps every offset.
    text = _UNREADABLE.sub(lambda m: " " if m.group() == "\x00" else "\ufffd", text)
    node = tagger().parseToNode(text)
    out: list[Token] = []
    at = 0
    while node is not None:
        surface = node.surface
        if surface:
            start = text.find(surface, at)
            if start < 0:  # never expected: MeCab's surfaces are the text's own characters
                start = at
            end = start + len(surface)
            at = end
            feature = node.feature.split(",")
            pos = feature[0]
            pos1 = feature[1] if len(feature) > 1 else "*"
            pos2 = feature[2] if len(feature) > 2 else "*"
            pos3 = feature[3] if len(feature) > 3 else "*"
            base = feature[6] if len(feature) > 6 and feature[6] != "*" else surface
            out.append(Token(surface, start, end, pos, pos1, pos2, base, node.stat != 1, pos3))
        node = node.next
    return tuple(out)


@lru_cache(maxsize=16384)
def token_edges(text: str) -> tuple[dict[int, int], dict[int, int]]:
    """For ``tokens(text)``: the index of the token that starts at each offset, and of the token that ends at each
    offset. A look-up instead of a scan of the tokens: a rule that asks for each of its hits in one long sentence
    stays linear (keyed on the text, whose hash Python keeps, like ``tokens``)."""
    toks = tokens(text)
    return {token.start: i for i, token in enumerate(toks)}, {token.end: i for i, token in enumerate(toks)}


# A content word (noun, verb, adjective, adverb) whose dictionary form has kana after a kanji (強み, 厳しい,
# 引き上げる), read from MeCab's plain output: IPAdic's features are the part of speech, three sub-levels, the
# conjugation type and form, then the dictionary form.
@cache
def _kana_ended() -> re.Pattern[str]:
    # Compiled on first use (~2 ms for its kanji range): only the aligner's dictionary reads content words.
    return re.compile(
        "^([^\t\n]+)\t(?:名詞|動詞|形容詞|副詞),(?:[^,\n]*,){5}([^,\n]*[\u3400-\u9fff][\u3041-\u309f][^,\n]*),", re.M
    )


@lru_cache(maxsize=16384)
def kana_ended_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, dictionary form) of each content word of ``text`` written with kanji and kana endings (厳しく:
    厳しい). Leaner than ``tokens``: what the dictionary anchors of every sentence of a bilingual audit need."""
    text = _UNREADABLE.sub(lambda m: " " if m.group() == "\x00" else "\ufffd", text)
    out = []
    at = 0
    for match in _kana_ended().finditer(tagger().parse(text)):
        surface = match.group(1)
        start = text.find(surface, at)
        if start < 0:  # never expected: MeCab's surfaces are the text's own characters
            continue
        at = start + len(surface)
        out.append((start, at, match.group(2)))
    return tuple(out)


def entry_features(word: str) -> list[list[str]]:
    """IPAdic's features (part of speech and its levels, conjugation, dictionary form, reading …) of every entry
    spelled exactly ``word``, whatever MeCab would choose in a sentence: 隼人 is a given name and a place, 西岡 a
    family name and a place. Read from the lattice of all the words the dictionary holds at the start of ``word``
    (MeCab's all-morphs request); words MeCab only guesses (unknown words) are no entries."""
    import MeCab

    sentence = _UNREADABLE.sub("\ufffd", word)  # kept referenced while MeCab reads it
    lattice = MeCab.Lattice()
    lattice.set_sentence(sentence)
    lattice.add_request_type(MeCab.MECAB_ALL_MORPHS)
    tagger().parse(lattice)
    size = len(sentence.encode("utf-8"))  # the lattice counts bytes of UTF-8
    found = []
    node = lattice.begin_nodes(0)
    while node is not None:
        if node.stat == 0 and node.length == size:  # a word of the dictionary (1: one MeCab guesses), all of it
            found.append(node.feature.split(","))
        node = node.bnext
    return found


@lru_cache(maxsize=65536)
def entries(word: str) -> frozenset[tuple[str, str, str, str]]:
    """The parts of speech (pos, pos1, pos2, pos3) of every IPAdic entry spelled exactly ``word``
    (``entry_features``). Cached: the parts of names and compounds recur."""
    found: set[tuple[str, str, str, str]] = set()
    for feature in entry_features(word):
        pos, pos1, pos2, pos3 = (feature + ["*"] * 4)[:4]
        found.add((pos, pos1, pos2, pos3))
    return frozenset(found)

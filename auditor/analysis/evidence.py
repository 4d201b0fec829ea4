"""Evidence for the omission and addition cross-checks: what of a sentence's content the other side has.

A translator merges, splits, compresses and reorders sentences; what survives is the content. Each sentence of both
documents is read as items an editor can check, each with the anchors that would show it on the other side (the
aligner's, see auditor/analysis/alignment.py):

- a number with its scale (500 billion: 500 or 5e11; 5,000億: 5000 or 5e11);
- a name or word in Latin letters (Tesla), or in katakana (テスラ, by consonant skeleton: tsl);
- a web address (tierradelsolgallery.org: a name's weight, found by its host's words in Latin letters);
- a content word by dictionary (investors ↔ 投資家, through ja/anchor_words.tsv; a kanji word of the target is one
  item whose English glosses are its anchors).

Each item weighs by its kind and its rarity on its own side (a name in every sentence says little). ``coverage``
gives the weight of a sentence's items and the weight of those found in a stretch of the other document: a sentence
whose items are nowhere near is an omission (an addition); a merged or paraphrased one is not. Asked so, an item
found counts for its weight times the odds that the stretch would not have it by chance, from how many of the other
side's sentences have its anchors: a word or name in every sentence of the article, found near, says little.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from auditor.analysis.alignment import (
    _KATAKANA_RUN,
    _WORD,
    _name_parts,
    _number,
    _number_words,
    _people_katakana,
    _title_case,
    _tokens,
)
from auditor.analysis.dictionary import english_stems, japanese_words
from auditor.document import Document
from auditor.languages.translit import skeleton
from auditor.lexicons import COMMON, Lexicon, get_lexicon
from auditor.lexicons.schema import MonthRow

# Base weight of an item by kind: numbers and names must survive; a content word may be paraphrased.
NUMBER, NAME, KATAKANA, WORD = 1.0, 1.0, 0.7, 0.4
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9&'-]*[A-Za-z0-9]")
_FIRST_WORD = re.compile(r"\W*")  # what precedes a sentence's first word
_STRESSED = 4  # letters from which a word in capitals that the dictionary knows is a word stressed, not an acronym
# A web address (tierradelsolgallery.org, www.example.co.uk/news): kept as written by any translation.
_ADDRESS = re.compile(r"(?<![\w@.-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[\w./%-]*)?(?![\w@-])")


@dataclass(frozen=True, slots=True)
class Item:
    """One piece of a sentence's content: its words as written, and the anchors that show it on the other side."""

    surface: str
    anchors: frozenset[str]
    kind: float  # base weight

    @property
    def distinctive(self) -> bool:
        """A number or a name (in Latin letters, katakana, a web address): what a translation keeps as it is."""
        return self.kind >= KATAKANA


@dataclass(frozen=True)
class Evidence:
    """The two documents read as items and anchors, sentence by sentence, and each item's weight (its kind over the
    square root of the number of sentences of its side that have it)."""

    documents: tuple[Document, Document]  # source, target
    items: tuple[list[list[Item]], list[list[Item]]]
    anchors: tuple[list[frozenset[str]], list[frozenset[str]]]
    weights: dict[tuple[bool, str], float]  # (target side?, surface) → weight
    readers: tuple[dict[str, tuple[str, ...]], Any]  # the aligner's katakana names and number words
    spreads: tuple[Counter[str], Counter[str]] = (Counter(), Counter())  # anchor → sentences of each side with it

    def content(self, target_side: bool, start: int, end: int) -> list[tuple[Item, float]]:
        """The items of ``start:end`` of one side (a sentence, or the part of one that a link holds), weighted."""
        document = self.documents[target_side]
        sentences = _overlapping(document, start, end)
        if len(sentences) == 1 and (document.sentences[sentences[0]].start, document.sentences[sentences[0]].end) == (
            start,
            end,
        ):
            found = self.items[target_side][sentences[0]]
        else:
            found = _items(document.text[start:end], *self.readers)
        return [(item, self.weights.get((target_side, item.surface), item.kind)) for item in found]

    def distinctive(self, target_side: bool, start: int, end: int) -> float:
        """The weight of the numbers and names (in Latin letters or katakana) of ``start:end`` of one side: what a
        translation keeps, however freely it renders the words around them."""
        return sum(weight for item, weight in self.content(target_side, start, end) if item.distinctive)

    def weight(self, target_side: bool, item: Item) -> float:
        """The weight of an item of one side (its kind over the square root of the sentences that have it)."""
        return self.weights.get((target_side, item.surface), item.kind)

    def coverage(
        self, target_side: bool, start: int, end: int, others: Sequence[tuple[int, int]], chance: bool = False
    ) -> tuple[float, float, list[Item]]:
        """(weight of the items of ``start:end`` of one side, share of it that the other side's spans ``others``
        have, the items they lack, heaviest first). With ``chance``, an item found counts for its weight times the
        odds that the spans would not have it by chance (were it spread over the other side's sentences as its
        anchors are): a word in every sentence of the article, found near, says little."""
        other = self.documents[not target_side]
        found: set[str] = set()
        seen: set[int] = set()
        for other_start, other_end in others:
            for number in _overlapping(other, other_start, other_end):
                seen.add(number)
                found.update(self.anchors[not target_side][number])
        total = got = 0.0
        missing = []
        names = [anchor for anchor in found if anchor.startswith("k:") and len(anchor) >= 5]
        spread, sentences = self.spreads[not target_side], max(1, len(other.sentences) - 1)
        for item, weight in self.content(target_side, start, end):
            total += weight
            shared = item.anchors & found
            if shared or _sounds_like(item.anchors, names):
                if chance and shared:
                    # Its sentences but one (the translation found) over the other sentences.
                    rate = min(1.0, (max(spread[anchor] for anchor in shared) - 1) / sentences)
                    got += weight * (1.0 - rate) ** len(seen)
                else:
                    got += weight
            else:
                missing.append((weight, item))
        missing.sort(key=lambda pair: -pair[0])
        return total, (got / total if total else 1.0), [item for _, item in missing]


def _sounds_like(anchors: frozenset[str], names: list[str]) -> bool:
    """Whether a name's skeleton (four letters at least) is one letter off one of ``names``: Christmas (krstms) and
    クリスマス (krsms), Festive and フェスティブ."""
    for anchor in anchors:
        if anchor.startswith("k:") and len(anchor) >= 6 and any(_one_off(anchor, name) for name in names):
            return True
    return False


def _one_off(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    for k in range(len(a)):
        if a[k] != b[k]:
            return a[k + 1 :] == b[k + 1 :] if len(a) == len(b) else a[k:] == b[k + 1 :]
    return True


def _overlapping(document: Document, start: int, end: int) -> list[int]:
    """Indices of the sentences of ``document`` that overlap ``start:end``."""
    if end <= start:
        return []
    sentences = document.sentences
    first = bisect_right(sentences, start, key=lambda sentence: sentence.end)
    out = []
    while first < len(sentences) and sentences[first].start < end:
        out.append(first)
        first += 1
    return out


def build_evidence(source: Document, target: Document, lexicon: Lexicon | None = None) -> Evidence:
    """The items and anchors of every sentence of ``source`` and ``target``."""
    people = (lexicon or get_lexicon(COMMON)).compiled(_people_katakana)
    numbers = get_lexicon("ja").compiled(_number_words)
    items: list[list[list[Item]]] = []
    anchors: list[list[frozenset[str]]] = []
    weights: dict[tuple[bool, str], float] = {}
    spreads: list[Counter[str]] = []
    for target_side, document in enumerate((source, target)):
        texts = [document.text[s.start : s.end] for s in document.sentences]
        anchors.append([frozenset(_tokens(text, False, people, numbers)) | _extra(text) for text in texts])
        spreads.append(Counter(anchor for sentence in anchors[-1] for anchor in sentence))
        side = [_items(text, people, numbers) for text in texts]
        items.append(side)
        spread = Counter(surface for sentence in side for surface in {item.surface for item in sentence})
        for sentence in side:
            for item in sentence:
                weights[(bool(target_side), item.surface)] = item.kind / spread[item.surface] ** 0.5
    return Evidence(
        (source, target),
        (items[0], items[1]),
        (anchors[0], anchors[1]),
        weights,
        (people, numbers),
        (spreads[0], spreads[1]),
    )


def _items(text: str, people: dict[str, tuple[str, ...]], numbers: Any) -> list[Item]:
    """The items of one sentence (see the module's docstring)."""
    norm = unicodedata.normalize("NFKC", text)
    out: dict[str, Item] = {}
    for match in numbers.pattern.finditer(norm):
        digits = match.group(1)
        if _number(digits) is None:
            continue
        values = frozenset(token for token in _tokens(match.group(), False, people, numbers) if token[0] == "n")
        if values:
            out.setdefault(match.group().strip(), Item(match.group().strip(), values, NUMBER))
    for match in _ADDRESS.finditer(norm):
        address = match.group().rstrip("./")
        host = address.split("/")[0].split(".")
        labels = {label for label in host[:-1] if len(label) >= 3 and label != "www"}
        if address.islower() and labels:
            out.setdefault(address, Item(address, frozenset("w:" + label for label in labels), NAME))
    cjk = bool(_CJK.search(norm))
    opening = _FIRST_WORD.match(norm)
    first = opening.end() if opening else -1
    # In a headline in title case or a sentence in capitals, every word has a capital: there, a word of the grammar
    # or of the dictionary is a word, not a name.
    headline = not cjk and _title_case(norm)
    parts = _name_parts()
    for match in _WORD.finditer(norm):
        word = match.group()
        if not word.isascii() or len(word) < 2:
            continue
        # A capital names something, except (perhaps) the one a sentence starts with: that one is checked as a name
        # too, but weighs as a word.
        capital = cjk or word[0].isupper()
        named = capital and (match.start() != first or word.isupper() or cjk)
        # A word in capitals amid lower case is an acronym (NATO, SNP), or a common word stressed (HAVE, NEVER).
        stressed = not headline and word.isupper() and len(word) >= _STRESSED
        stems = english_stems(word.lower() if headline or stressed else word)  # (the stems of an acronym are none)
        if (headline or stressed) and (stems or parts.get(word.lower()) == "function"):
            named = False
        if not named and not stems:
            continue  # a word only a dictionary could check, and ours does not know it (He, The, That's)
        anchors = {"w:" + word.lower(), *("k:" + skel for skel in _skeletons(word))} if capital else set()
        anchors.update("d:" + stem for stem in stems)
        if word in months():
            anchors.add(f"n:{months()[word]}")
        if anchors:
            kind = NAME if named else WORD
            out.setdefault(word.lower(), Item(word, frozenset(anchors), kind))
    for match in _KATAKANA_RUN.finditer(norm):
        run = match.group()
        forms = {"k:" + skel for part in {run, *run.split("・")} for skel in _skeletons(part)}
        forms.update("w:" + word for word in people.get(run, ()))
        if forms:
            out.setdefault(run, Item(run, frozenset(forms), KATAKANA))
    for start, end, glosses in japanese_words(norm):
        word = norm[start:end]
        out.setdefault(word, Item(word, frozenset("d:" + gloss for gloss in glosses), WORD))
    return list(out.values())


def _skeletons(word: str) -> set[str]:
    """The consonant skeleton of a name, two letters at least (Hollywood and ハリウッド give ld)."""
    skel = skeleton(word.lower())
    return {skel} if len(skel) >= 2 else set()


def _extra(text: str) -> frozenset[str]:
    """Anchors of a sentence beyond the aligner's: skeletons of two letters (too ambiguous to link by, enough to find
    a name near), Latin words glued to Japanese (EU理事会), and months (March ↔ 3月)."""
    norm = unicodedata.normalize("NFKC", text)
    words = [m.group() for m in _KATAKANA_RUN.finditer(norm)]
    words += [part for run in words for part in run.split("・")]
    words += [m.group() for m in _WORD.finditer(norm) if m.group()[0].isupper()]
    out = {"k:" + skel for word in words for skel in _skeletons(word) if len(skel) == 2}
    for latin in _LATIN_RUN.findall(norm):
        out.add("w:" + latin.lower())
        if latin in months():
            out.add(f"n:{months()[latin]}")
    return frozenset(out)


@cache
def months() -> dict[str, int]:
    """English month names (en/months.tsv, those that name a month alone) → their number."""
    return {row.surface: row.month for row in get_lexicon("en").table(MonthRow) if row.alone}


def describe(items: Sequence[Item], limit: int = 4) -> str:
    """The first ``limit`` items as an editor reads them: "500 billion, Tesla, investors"."""
    return ", ".join(item.surface for item in items[:limit])

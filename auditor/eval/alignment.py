"""Scoring a sentence aligner against paragraph-aligned parallel text (WMT24 en-ja, whose segments are paragraphs).

Both sides are split into sentences by ``Document`` and aligned; each predicted sentence link is projected onto the
paragraphs its sentences lie in, and links sharing a paragraph are joined into one group. A predicted group counts
only when it is exactly a gold group (strict link precision, recall and F1, summed over documents). The same
documents are scored in two layouts: paragraphs on lines of their own, and every paragraph of a document run
together with a space, as text pasted from a CMS field or extracted from HTML arrives.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from auditor.document import Document, Pair

Link = tuple[frozenset[int], frozenset[int]]


def starts(paragraphs: Sequence[str], separator: str = "\n") -> list[int]:
    """Offset of each paragraph in ``separator.join(paragraphs)``."""
    out, offset = [], 0
    for paragraph in paragraphs:
        out.append(offset)
        offset += len(paragraph) + len(separator)
    return out


def project(pairs: Iterable[Pair], src_starts: list[int], tgt_starts: list[int]) -> set[Link]:
    """Connected groups of source and target paragraphs joined by predicted sentence links."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for pair in pairs:
        nodes = []
        if pair.src_end > pair.src_start:
            first = bisect_right(src_starts, pair.src_start) - 1
            last = bisect_right(src_starts, pair.src_end - 1) - 1
            nodes += [("s", k) for k in range(first, last + 1)]
        if pair.tgt_end > pair.tgt_start:
            first = bisect_right(tgt_starts, pair.tgt_start) - 1
            last = bisect_right(tgt_starts, pair.tgt_end - 1) - 1
            nodes += [("t", k) for k in range(first, last + 1)]
        if not nodes:
            continue
        for node in nodes[1:]:
            parent[find(node)] = find(nodes[0])
        find(nodes[0])
    groups: dict[tuple[str, int], tuple[set[int], set[int]]] = {}
    for node in list(parent):
        src, tgt = groups.setdefault(find(node), (set(), set()))
        (src if node[0] == "s" else tgt).add(node[1])
    return {(frozenset(s), frozenset(t)) for s, t in groups.values()}


def one_to_one(count: int) -> set[Link]:
    return {(frozenset([k]), frozenset([k])) for k in range(count)}


@dataclass
class LinkScore:
    """Strict link precision, recall and F1, micro-averaged over documents."""

    correct: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: set[Link], gold: set[Link]) -> None:
        self.correct += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def paragraph_links(
    source: Sequence[str], target: Sequence[str], separator: str = "\n", source_lang: str = "en", lang: str = "ja"
) -> set[Link]:
    """Align the two documents made of these paragraphs (joined by ``separator``); the projected links."""
    from auditor.analysis.alignment import align

    pairs = align(Document(separator.join(source), lang=source_lang), Document(separator.join(target), lang=lang))
    return project(pairs, starts(source, separator), starts(target, separator))


def score_documents(
    documents: Iterable[tuple[Sequence[str], Sequence[str]]],
    separator: str = "\n",
    source_lang: str = "en",
    lang: str = "ja",
) -> LinkScore:
    """Strict paragraph-link score of paragraph-aligned documents (gold: paragraph k ↔ paragraph k)."""
    score = LinkScore()
    for source, target in documents:
        score.add(paragraph_links(source, target, separator, source_lang, lang), one_to_one(len(source)))
    return score

"""Brands named after common words (``brands.tsv``), compiled once per lexicon for every rule that needs them.

The table says, per brand, its literal renderings (りんご for Apple), how Japanese news writes it (アップル,
Apple) and the context words that make the literal reading likely. The target-only brand rule and the
cross-checks read this one index.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from auditor.lexicons import Lexicon, trie_pattern
from auditor.lexicons.schema import BrandRow


@dataclass(frozen=True)
class Brands:
    rows: tuple[BrandRow, ...]
    by_name: Mapping[str, BrandRow]  # the brand's Latin name (Apple) → its row
    by_literal: Mapping[str, tuple[BrandRow, ...]]  # a literal rendering (りんご) → the brands it may stand for
    names: re.Pattern[str]  # the brands' Latin names as whole words, for a source text
    literals: Mapping[str, re.Pattern[str]]  # brand name → a regex of its literal renderings

    def proper_forms(self, row: BrandRow) -> tuple[str, ...]:
        """How the brand is written properly; its Latin name when the table gives no form."""
        return row.proper or (row.brand,)


def _build(lexicon: Lexicon) -> Brands:
    rows = lexicon.table(BrandRow)
    by_name = {row.brand: row for row in rows}
    by_literal: dict[str, list[BrandRow]] = {}
    for row in rows:
        if row.proper:
            for literal in row.literals:
                by_literal.setdefault(literal, []).append(row)
    return Brands(
        rows=rows,
        by_name=by_name,
        by_literal={literal: tuple(found) for literal, found in by_literal.items()},
        names=re.compile(rf"(?<![A-Za-z0-9])(?:{trie_pattern(by_name)})(?![A-Za-z0-9])"),
        literals={row.brand: re.compile(trie_pattern(row.literals)) for row in rows},
    )


def brand_index(lexicon: Lexicon) -> Brands:
    """The brands of ``lexicon``, built once per lexicon."""
    return lexicon.compiled(_build)

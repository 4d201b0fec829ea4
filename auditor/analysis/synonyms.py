"""Where an article uses the words of one synonym set (synonym_sets.tsv: 仮想通貨, 暗号通貨).

The words are found as they stand, also inside longer compounds (仮想通貨取引所 is a use of 仮想通貨). A word that
alone fills the brackets right after another word of its set (仮想通貨（暗号通貨）) is a gloss, the way to give
another familiar name beside the one the article uses: neither that use nor the glossed one counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.lexicons import Lexicon, trie_pattern
from auditor.lexicons.schema import SynonymSetRow

_OPEN = "（(［["
_CLOSE = "）)］]"


@dataclass(frozen=True, slots=True)
class SynonymTable:
    pattern: re.Pattern[str]  # every word of every set, longest first
    set_of: dict[str, str]  # word → its set's term


def synonym_table(lexicon: Lexicon) -> SynonymTable | None:
    """The synonym sets as one pattern, or None without the table (or without rows)."""
    if not lexicon.has_table(SynonymSetRow):
        return None
    set_of = {form: row.term for row in lexicon.table(SynonymSetRow) for form in row.forms}
    if not set_of:
        return None
    return SynonymTable(re.compile(trie_pattern(set_of)), set_of)


def synonym_uses(text: str, table: SynonymTable) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """Set term → word → the spans of its uses that count (glosses left out), for the sets the text uses."""
    # A set has two words at least: a text without two of the table's words has nothing to report. A few ``in``
    # tests run in C, where the pattern would scan the whole text in Python's re (the table holds a few sets).
    if sum(word in text for word in table.set_of) < 2:
        return {}
    matches = [(match.group(), match.start(), match.end()) for match in table.pattern.finditer(text)]
    glossed: set[int] = set()  # indexes into matches
    for index in range(len(matches) - 1):
        word, _, end = matches[index]
        other, start, other_end = matches[index + 1]
        if (
            start == end + 1
            and text[end] in _OPEN
            and other_end < len(text)
            and text[other_end] in _CLOSE
            and table.set_of[word] == table.set_of[other]
        ):
            glossed.update((index, index + 1))
    uses: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for index, (word, start, end) in enumerate(matches):
        if index not in glossed:
            uses.setdefault(table.set_of[word], {}).setdefault(word, []).append((start, end))
    return uses

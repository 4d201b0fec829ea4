"""Lexicons: data files per language, never code.

Each table is a UTF-8 TSV file ``auditor/lexicons/<lang>/<name>.tsv`` (or
``common/<name>.tsv`` for data that does not depend on the language): a header
row naming the columns, then one entry per row. Lines starting with ``#`` are
comments. A cell holding several values separates them with ``|``.

A publication adds rows in its configuration (``[[tool.auditor.lexicon.<name>]]``
with the same column names); they are appended to the shipped rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any, TypeVar

T = TypeVar("T")
Row = dict[str, str]


class LexiconError(ValueError):
    """A lexicon file or configured row is malformed."""


@cache
def _read_table(lang: str, name: str) -> tuple[Row, ...]:
    base = resources.files(__package__)
    path = base / lang / f"{name}.tsv"
    if not path.is_file():
        return ()
    rows: list[Row] = []
    header: list[str] | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if header is None:
            header = [cell.strip() for cell in cells]
            continue
        if len(cells) > len(header):
            raise LexiconError(f"{lang}/{name}.tsv line {number}: {len(cells)} cells, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append({key: cell.strip() for key, cell in zip(header, cells, strict=True)})
    return tuple(rows)


def split_values(cell: str) -> list[str]:
    """The values of a multi-valued cell (``a|b|c``), empty ones dropped."""
    return [value.strip() for value in cell.split("|") if value.strip()]


def trie_pattern(words: Iterable[str]) -> str:
    """One regex for many lexicon words, shaped as a trie (りんご|りんご酢 → りんご(?:酢|)).

    The engine compares each first character once instead of once per word, and a longer word
    is always tried first (貝殻 before 殻). No words give a class that never matches.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append("")  # a word ends here: stop, but only once no longer word matches
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(trie) if trie else "[^\\s\\S]"


class Lexicon:
    """The tables for one target language plus a publication's additions.

    ``memo`` caches structures built from the tables (compiled regexes, maps),
    so that each is built once per lexicon, not once per document.
    """

    def __init__(self, lang: str, extra: Mapping[str, Sequence[Mapping[str, Any]]] | None = None):
        self.lang = lang
        self._extra = {name: tuple(_normalise_row(row) for row in rows) for name, rows in (extra or {}).items()}
        self._memo: dict[str, Any] = {}

    def table(self, name: str) -> tuple[Row, ...]:
        """Rows of ``<lang>/<name>.tsv``, then ``common/<name>.tsv``, then configured rows."""
        return _read_table(self.lang, name) + _read_table("common", name) + self._extra.get(name, ())

    def memo(self, key: str, build: Callable[[Lexicon], T]) -> T:
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = build(self)
            return value


def _normalise_row(row: Mapping[str, Any]) -> Row:
    out: Row = {}
    for key, value in row.items():
        if isinstance(value, list | tuple):
            value = "|".join(str(v) for v in value)
        out[str(key)] = str(value)
    return out


@lru_cache(maxsize=32)
def _cached_lexicon(lang: str, extra_key: tuple) -> Lexicon:
    extra = {name: [dict(row) for row in rows] for name, rows in extra_key}
    return Lexicon(lang, extra)


def get_lexicon(lang: str, extra: Mapping[str, Sequence[Mapping[str, Any]]] | None = None) -> Lexicon:
    """A shared lexicon for ``lang`` with ``extra`` rows (cached across documents)."""
    key = tuple(
        sorted(
            (name, tuple(tuple(sorted(_normalise_row(row).items())) for row in rows))
            for name, rows in (extra or {}).items()
        )
    )
    return _cached_lexicon(lang, key)

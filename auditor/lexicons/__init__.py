"""Lexicons: data files per language, never code.

Each table is a UTF-8 TSV file ``auditor/lexicons/<lang>/<name>.tsv`` (or ``common/<name>.tsv`` for data that
does not depend on the language): a header row naming the columns, then one entry per row. Lines starting with
``#`` are comments. A cell holding several values separates them with ``|``. Every table has a typed row class
in ``auditor.lexicons.schema`` that reads and checks each row; a malformed row is an error naming the file and
line, and asking for a table a language does not have is an error, never an empty table.

A publication adds rows in its configuration (``[[tool.auditor.lexicon.<name>]]`` with the same column names);
they are checked the same way and appended to the shipped rows.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any, TypeVar

from auditor.lexicons.schema import TABLES, LexiconError, Row, check_header, columns, make_row, split_values

T = TypeVar("T")
R = TypeVar("R", bound=Row)
COMMON = "common"

__all__ = ["COMMON", "Lexicon", "LexiconError", "Row", "get_lexicon", "split_values", "trie_pattern"]


def table_names(lang: str) -> list[str]:
    """The tables shipped for ``lang`` (``common`` for the language-independent ones)."""
    folder = resources.files(__package__) / lang
    if not folder.is_dir():
        return []
    return sorted(item.name[:-4] for item in folder.iterdir() if item.name.endswith(".tsv"))


def shipped_languages() -> list[str]:
    """The languages with a lexicon folder (``common`` not included)."""
    base = resources.files(__package__)
    return sorted(item.name for item in base.iterdir() if item.is_dir() and not item.name.startswith(("_", COMMON)))


@cache
def read_table(lang: str, name: str) -> tuple[Row, ...] | None:
    """The typed rows of ``<lang>/<name>.tsv``, or None when the file does not exist."""
    row_class = TABLES.get(name)
    if row_class is None:
        raise LexiconError(f"{lang}/{name}.tsv: no such table; known: {', '.join(sorted(TABLES))}")
    path = resources.files(__package__) / lang / f"{name}.tsv"
    if not path.is_file():
        return None
    rows: list[Row] = []
    header: list[str] | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        where = f"{lang}/{name}.tsv line {number}"
        if header is None:
            header = [cell.strip() for cell in cells]
            check_header(row_class, header, where)
            continue
        if len(cells) > len(header):
            raise LexiconError(f"{where}: {len(cells)} cells, the header has {len(header)}")
        rows.append(make_row(row_class, dict(zip(header, cells, strict=False)), where))
    return tuple(rows)


@cache
def _shipped(lang: str, name: str) -> bool:
    return (resources.files(__package__) / lang / f"{name}.tsv").is_file()


@cache
def _keyed_lines(lang: str, name: str) -> tuple[list[str], dict[str, list[tuple[int, str]]]] | None:
    """``<lang>/<name>.tsv`` as its header and its raw lines by first cell, or None when the file does not exist.

    For the large generated tables (tens of thousands of rows) that an audit consults a few keys of: splitting the
    file into lines is fast; typing every row (``read_table``) would cost a good part of a second. Each row is typed
    and checked when it is looked up, and the test of every table (tests/test_lexicon_tables.py) reads them all.
    """
    if TABLES.get(name) is None:
        raise LexiconError(f"{lang}/{name}.tsv: no such table; known: {', '.join(sorted(TABLES))}")
    path = resources.files(__package__) / lang / f"{name}.tsv"
    if not path.is_file():
        return None
    header: list[str] | None = None
    by_key: dict[str, list[tuple[int, str]]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw or raw[0] == "#" or raw.isspace():
            continue
        if header is None:
            header = [cell.strip() for cell in raw.split("\t")]
            check_header(TABLES[name], header, f"{lang}/{name}.tsv line {number}")
            continue
        key = raw.partition("\t")[0].strip()
        found = by_key.get(key)
        if found is None:
            by_key[key] = [(number, raw)]
        else:
            found.append((number, raw))
    return header or [], by_key


def _keys_by(lexicon: Lexicon, row_class: type[Row], column: str) -> dict[str, tuple[str, ...]]:
    first = next(iter(columns(row_class)))
    found: dict[str, list[str]] = {}
    for lang in (lexicon.lang, COMMON):
        keyed = _keyed_lines(lang, row_class.table)
        if keyed is None:
            continue
        header, by_key = keyed
        at = header.index(column)
        for key, lines in by_key.items():
            for _, raw in lines:
                cells = raw.split("\t")
                for value in cells[at].split("|") if at < len(cells) else ():
                    if value.strip():
                        found.setdefault(value.strip(), []).append(key)
    for row in lexicon._extra.get(row_class.table, ()):  # a publication's configured rows
        values = getattr(row, column)
        for value in values if isinstance(values, tuple) else (values,):
            found.setdefault(str(value), []).append(str(getattr(row, first)))
    return {value: tuple(dict.fromkeys(keys)) for value, keys in found.items()}


_SPACE = re.compile(r"[^\S\t\n]")  # whitespace a cell could be stripped of (the file's lines are split already)


@cache
def _sorted_lines(lang: str, name: str) -> tuple[list[str], list[str]] | None:
    """``<lang>/<name>.tsv`` as its header and its raw row lines in sorted order (so by first cell: a tab sorts before
    any character a cell holds), each cell stripped; None when the file does not exist.

    For the large generated tables that a rule consults by the start of a key (``Lexicon.rows_by_prefix``): reading and
    sorting the lines runs in C, where indexing every row in Python would cost tens of milliseconds at start-up."""
    if TABLES.get(name) is None:
        raise LexiconError(f"{lang}/{name}.tsv: no such table; known: {', '.join(sorted(TABLES))}")
    path = resources.files(__package__) / lang / f"{name}.tsv"
    if not path.is_file():
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next((number for number, raw in enumerate(lines) if raw.strip() and raw[0] != "#"), len(lines))
    if at == len(lines):
        return [], []
    header = [cell.strip() for cell in lines[at].split("\t")]
    check_header(TABLES[name], header, f"{lang}/{name}.tsv line {at + 1}")
    body = [raw for raw in lines[at + 1 :] if raw and raw[0] != "#" and not raw.isspace()]
    if _SPACE.search("\n".join(body)):  # none in a generated table: its cells are stripped already
        body = ["\t".join(cell.strip() for cell in raw.split("\t")) for raw in body]
    body.sort()
    return header, body


def _typed_lines(lang: str, name: str, key: str) -> tuple[Row, ...]:
    keyed = _keyed_lines(lang, name)
    if keyed is None:
        return ()
    header, by_key = keyed
    row_class = TABLES[name]
    rows = []
    for number, raw in by_key.get(key, ()):
        where = f"{lang}/{name}.tsv line {number}"
        cells = raw.split("\t")
        if len(cells) > len(header):
            raise LexiconError(f"{where}: {len(cells)} cells, the header has {len(header)}")
        rows.append(make_row(row_class, dict(zip(header, cells, strict=False)), where))
    return tuple(rows)


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
    """The tables for one language plus a publication's additions.

    ``compiled`` caches structures built from the tables (compiled regexes, indexes), keyed by the function
    that builds them, so that each is built once per lexicon, not once per document.
    """

    def __init__(
        self,
        lang: str,
        extra: Mapping[str, Sequence[Mapping[str, Any] | Row]] | None = None,
        origin: str = "configuration",
    ):
        self.lang = lang
        self._extra = typed_rows(extra or {}, origin)
        self._compiled: dict[tuple[Callable[..., Any], tuple[Any, ...]], Any] = {}
        self._looked_up: dict[tuple[str, str], tuple[Row, ...]] = {}

    def has_table(self, row_class: type[Row]) -> bool:
        """Whether this language has the table (shipped for it or for every language, or configured); the file is
        not read."""
        name = row_class.table
        return _shipped(self.lang, name) or _shipped(COMMON, name) or name in self._extra

    def table(self, row_class: type[R]) -> tuple[R, ...]:
        """Rows of ``<lang>/<name>.tsv``, then ``common/<name>.tsv``, then configured rows.

        Raises LexiconError when the language has no such table at all."""
        name = row_class.table
        own, common = read_table(self.lang, name), read_table(COMMON, name)
        if own is None and common is None and name not in self._extra:
            raise LexiconError(
                f"the {self.lang!r} lexicon has no {name} table (auditor/lexicons/{self.lang}/{name}.tsv)"
            )
        rows: tuple[Row, ...] = (*(own or ()), *(common or ()), *self._extra.get(name, ()))
        return rows  # type: ignore[return-value]  # the rows of the table named by row_class are row_class rows

    def configured(self, row_class: type[R]) -> tuple[R, ...]:
        """Only the rows the publication's configuration adds to ``row_class``'s table (its own decisions)."""
        return self._extra.get(row_class.table, ())  # type: ignore[return-value]

    def lookup(self, row_class: type[R], key: str) -> tuple[R, ...]:
        """The rows of a table whose first column is ``key``: shipped for the language, for every language, then
        configured; typed on first use without reading the others (see ``_keyed_lines``). Empty when none is."""
        cache_key = (row_class.table, key)
        try:
            return self._looked_up[cache_key]  # type: ignore[return-value]
        except KeyError:
            pass
        name = row_class.table
        first = next(iter(columns(row_class)))
        rows = (
            *_typed_lines(self.lang, name, key),
            *_typed_lines(COMMON, name, key),
            *(row for row in self._extra.get(name, ()) if getattr(row, first) == key),
        )
        self._looked_up[cache_key] = rows
        return rows  # type: ignore[return-value]  # the rows of the table named by row_class are row_class rows

    def keys_by(self, row_class: type[R], column: str) -> dict[str, tuple[str, ...]]:
        """Each value of ``column`` (a list column's every item) → the first-column keys of the rows that hold it:
        a reverse index of a large generated table, built from its raw lines once per lexicon without typing every
        row (the rows themselves come from ``lookup``)."""
        return self.compiled(_keys_by, row_class, column)

    def rows_by_prefix(self, row_class: type[Row], prefix: str, *wanted: str) -> list[tuple[str, ...]]:
        """The cells of the columns ``wanted`` (stripped strings, "" where empty) of every row whose first column
        starts with ``prefix``: shipped for the language, for every language, then configured. Read from the table's
        raw lines, sorted once per process (``_sorted_lines``), without typing its rows (the test of every table,
        tests/test_lexicon_tables.py, types them all)."""
        out: list[tuple[str, ...]] = []
        for lang in (self.lang, COMMON):
            found = _sorted_lines(lang, row_class.table)
            if found is None:
                continue
            header, lines = found
            index = bisect_left(lines, prefix)
            if index == len(lines) or not lines[index].startswith(prefix):
                continue  # most prefixes: no row
            at = [header.index(column) if column in header else len(header) for column in wanted]
            while index < len(lines) and lines[index].startswith(prefix):
                cells = lines[index].split("\t")
                out.append(tuple(cells[column] if column < len(cells) else "" for column in at))
                index += 1
        first = next(iter(columns(row_class)))
        for row in self._extra.get(row_class.table, ()):  # a publication's configured rows
            if str(getattr(row, first)).startswith(prefix):
                values = [getattr(row, column, "") for column in wanted]
                out.append(tuple("|".join(map(str, v)) if isinstance(v, tuple) else str(v or "") for v in values))
        return out

    def compiled(self, build: Callable[..., T], *args: Any) -> T:
        """``build(self, *args)``, built once per lexicon and arguments."""
        key = (build, args)
        try:
            return self._compiled[key]
        except KeyError:
            value = self._compiled[key] = build(self, *args)
            return value


def typed_rows(extra: Mapping[str, Sequence[Mapping[str, Any] | Row]], origin: str) -> dict[str, tuple[Row, ...]]:
    """Configured rows (``[[lexicon.<name>]]`` tables) as typed rows; errors name ``origin``, table and row."""
    out: dict[str, tuple[Row, ...]] = {}
    for name, rows in extra.items():
        row_class = TABLES.get(name)
        if row_class is None:
            raise LexiconError(f"{origin}: [lexicon.{name}]: no such table; known: {', '.join(sorted(TABLES))}")
        if isinstance(rows, Mapping | str):
            raise LexiconError(f"{origin}: [lexicon.{name}] must be an array of tables ([[lexicon.{name}]])")
        typed = []
        for number, row in enumerate(rows, 1):
            if isinstance(row, Row):
                typed.append(row)
            elif isinstance(row, Mapping):
                typed.append(make_row(row_class, row, f"{origin}: [lexicon.{name}] row {number}"))
            else:
                raise LexiconError(f"{origin}: [lexicon.{name}] row {number} is not a table")
        out[name] = tuple(typed)
    return out


@lru_cache(maxsize=32)
def _cached_lexicon(lang: str, extra: tuple[tuple[str, tuple[Row, ...]], ...]) -> Lexicon:
    return Lexicon(lang, dict(extra))


def get_lexicon(
    lang: str, extra: Mapping[str, Sequence[Mapping[str, Any] | Row]] | None = None, origin: str = "configuration"
) -> Lexicon:
    """A shared lexicon for ``lang`` with ``extra`` rows (checked, then cached across documents)."""
    return _cached_lexicon(lang, tuple(sorted(typed_rows(extra or {}, origin).items())))

"""The gold format: annotated documents that ``auditor eval`` scores the audit against.

A gold file is JSON Lines, one document per line (a ``.json`` file may hold one document
or a list of them)::

    {"id": "apple-1", "lang": "ja", "text": "りんごは新型端末を発表した。",
     "spans": [{"start": 0, "end": 3, "category": "accuracy/entity", "excerpt": "りんご",
                "note": "Apple rendered as the fruit"}]}

Fields of a document:

- ``id``: the document id (defaults to the file name and line number);
- ``text`` or ``path``: the target text, or a file holding it (relative to the gold file),
  read as UTF-8 exactly, so offsets are into the text as read;
- ``lang``: the target language (default ``ja``);
- ``source`` / ``source_path`` and ``source_lang``: the source text, for bilingual documents;
- ``clean``: true for a document with no errors at all (a human translation): every finding
  on it is a false positive, and it counts towards the false-positive rate;
- ``spans``: the expected findings. ``start``/``end`` are ``str`` offsets (end exclusive) into
  the text; ``category`` is one of DESIGN.md's categories; ``excerpt`` (optional) must equal
  ``text[start:end]``; ``src_start``/``src_end`` (optional) point into the source; ``note``
  says what the error is. An omission has no target characters of its own: its span is the
  target sentence next to the gap, with ``src_start``/``src_end`` on the dropped sentence.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.findings import CATEGORIES


class GoldError(ValueError):
    """A gold file is malformed; the message names the file and the document."""


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """One expected finding: ``category`` at ``text[start:end]``."""

    start: int
    end: int
    category: str
    note: str = ""
    src_start: int | None = None
    src_end: int | None = None

    def as_dict(self, text: str | None = None) -> dict[str, Any]:
        row: dict[str, Any] = {"start": self.start, "end": self.end, "category": self.category}
        if text is not None:
            row["excerpt"] = text[self.start : self.end]
        if self.src_start is not None:
            row["src_start"], row["src_end"] = self.src_start, self.src_end
        if self.note:
            row["note"] = self.note
        return row


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """A text with its expected findings (none for a clean document)."""

    doc_id: str
    text: str
    spans: tuple[GoldSpan, ...] = ()
    lang: str = "ja"
    clean: bool = False
    source: str | None = None
    source_lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.clean and self.spans:
            raise GoldError(f"{self.doc_id}: a clean document cannot have spans")
        for span in self.spans:
            _check_span(self, span)

    def as_dict(self) -> dict[str, Any]:
        row: dict[str, Any] = {"id": self.doc_id, "lang": self.lang, "text": self.text}
        if self.source is not None:
            row["source"] = self.source
            if self.source_lang:
                row["source_lang"] = self.source_lang
        if self.clean:
            row["clean"] = True
        row["spans"] = [span.as_dict(self.text) for span in self.spans]
        if self.meta:
            row["meta"] = self.meta
        return row


def _check_span(doc: GoldDocument, span: GoldSpan) -> None:
    where = f"{doc.doc_id}: span {span.start}:{span.end}"
    if not 0 <= span.start < span.end <= len(doc.text):
        raise GoldError(f"{where} is not inside the text ({len(doc.text)} characters)")
    if span.category not in CATEGORIES:
        raise GoldError(f"{where}: unknown category {span.category!r} (see DESIGN.md)")
    if (span.src_start is None) != (span.src_end is None):
        raise GoldError(f"{where}: give both src_start and src_end, or neither")
    if span.src_start is not None:
        source_length = len(doc.source or "")
        if not 0 <= span.src_start < span.src_end <= source_length:  # type: ignore[operator]
            raise GoldError(f"{where}: source span {span.src_start}:{span.src_end} is not inside the source")


def _int(value: Any, what: str, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise GoldError(f"{where}: {what} must be an integer, got {value!r}")
    return value


def _optional_int(value: Any, what: str, where: str) -> int | None:
    return None if value is None else _int(value, what, where)


def _read_text(base: Path, relative: str, where: str) -> str:
    path = base / relative
    try:
        with path.open(encoding="utf-8", newline="") as handle:  # newline="": keep CRLF, offsets count it
            return handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{where}: cannot read {relative}: {error}") from None


def parse_document(row: Any, *, base: Path = Path("."), default_id: str = "document") -> GoldDocument:
    """A GoldDocument from one parsed JSON object; ``base`` resolves ``path`` fields."""
    where = str(row.get("id", default_id)) if isinstance(row, dict) else default_id
    if not isinstance(row, dict):
        raise GoldError(f"{where}: a gold document must be a JSON object")
    if "text" in row:
        text = row["text"]
    elif "path" in row:
        text = _read_text(base, row["path"], where)
    else:
        raise GoldError(f"{where}: give the target as 'text' or 'path'")
    source = row.get("source")
    if source is None and row.get("source_path"):
        source = _read_text(base, row["source_path"], where)
    if not isinstance(text, str) or not (source is None or isinstance(source, str)):
        raise GoldError(f"{where}: text and source must be strings")
    spans = []
    for number, item in enumerate(row.get("spans") or [], 1):
        at = f"{where}: span {number}"
        if not isinstance(item, dict):
            raise GoldError(f"{at} must be a JSON object")
        try:
            span = GoldSpan(
                start=_int(item.get("start"), "start", at),
                end=_int(item.get("end"), "end", at),
                category=str(item.get("category", "")),
                note=str(item.get("note") or ""),
                src_start=_optional_int(item.get("src_start"), "src_start", at),
                src_end=_optional_int(item.get("src_end"), "src_end", at),
            )
        except TypeError as error:
            raise GoldError(f"{at}: {error}") from None
        excerpt = item.get("excerpt")
        if excerpt is not None and text[span.start : span.end] != excerpt:
            raise GoldError(
                f"{at}: excerpt {excerpt!r} does not match the text there ({text[span.start : span.end]!r})"
            )
        spans.append(span)
    return GoldDocument(
        doc_id=where,
        text=text,
        spans=tuple(spans),
        lang=str(row.get("lang") or "ja"),
        clean=bool(row.get("clean", False)),
        source=source,
        source_lang=row.get("source_lang"),
        meta=dict(row.get("meta") or {}),
    )


def load_gold(path: str | Path) -> list[GoldDocument]:
    """The documents of one gold file (``.jsonl`` or ``.json``)."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{path}: cannot read the gold file: {error}") from None
    base = path.parent
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as error:
            raise GoldError(f"{path}: not valid JSON: {error}") from None
        rows = data if isinstance(data, list) else [data]
        return [parse_document(row, base=base, default_id=f"{path.name}#{n}") for n, row in enumerate(rows, 1)]
    documents = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{path} line {number}: not valid JSON: {error}") from None
        try:
            documents.append(parse_document(row, base=base, default_id=f"{path.name}:{number}"))
        except GoldError as error:
            raise GoldError(f"{path} line {number}: {error}") from None
    return documents


def iter_gold(paths: Iterable[str | Path]) -> Iterator[GoldDocument]:
    for path in paths:
        yield from load_gold(path)


def dump_gold(documents: Iterable[GoldDocument]) -> str:
    """JSON Lines for ``documents``, ready to write to a ``.jsonl`` file."""
    return "".join(json.dumps(doc.as_dict(), ensure_ascii=False) + "\n" for doc in documents)

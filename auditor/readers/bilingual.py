"""Bilingual files: XLIFF 1.2/2.x, TMX, PO and TSV/CSV/JSONL tables, to source/target documents.

    >>> data = "source\\ttarget\\nGood morning.\\tおはよう。\\n".encode()
    >>> docs = read_bilingual(data, name="a.tsv", target_lang="ja")
    >>> docs[0].target.text, docs[0].pairs[0].tgt_end
    ('おはよう。', 5)

Each translation unit becomes one line of each side: ``source.text`` and ``target.text`` are the
unit texts joined with ``"\\n"``, and ``pairs[i]`` (a :class:`auditor.analysis.alignment.Pair`, confidence 1.0)
points at unit ``i`` in both, so offsets are into those joined texts. A unit without a target (or
with an empty one) keeps its empty line and gets a pair with ``tgt_start == tgt_end`` (a 1-0 link).

Inline markup is flattened to the text a reader sees: ``<g>``, ``<pc>``, ``<mrk>``, ``<hi>`` keep
their text; placeholders (``<x/>``, ``<bx/>``, ``<ph/>``, ``<sc/>``...) vanish; the native codes
inside ``<bpt>``, ``<ept>``, ``<it>``, ``<ph>`` (e.g. ``&lt;b&gt;``) are markup, not text, and are
dropped, except for the translatable text of their ``<sub>`` elements. XLIFF 2 ``<cp hex="..."/>``
gives its character.

XML is parsed with lxml, with no entity expansion, no DTD loading and no network
(``resolve_entities=False, load_dtd=False, no_network=True``); a file that declares entities
(billion laughs, external entities) is refused, and a ``<!DOCTYPE ... SYSTEM ...>`` without
entities is ignored (never fetched). PO files are read with polib; tables with the standard
library. Tables and PO files are decoded with :func:`auditor.readers.encoding.decode`.
Every failure is a :class:`ReadError` whose one-line message starts with the file name.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.document import Document, Pair  # not through the aligner: reading a file needs none of it (~20 ms)
from auditor.readers.encoding import decode
from auditor.readers.errors import ReadError

__all__ = ["BILINGUAL_FORMATS", "BilingualDocument", "Unit", "read_bilingual"]

# Extension → format. ".xml" is sniffed: an <xliff> or a <tmx> root.
BILINGUAL_FORMATS: dict[str, str] = {
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".sdlxliff": "xliff",
    ".mqxliff": "xliff",
    ".tmx": "tmx",
    ".po": "po",
    ".pot": "po",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "xml",
}
UNKNOWN_LANG = "und"  # BCP 47 "undetermined": the file does not say and no argument was given
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Unit:
    """One translation unit as read, before the units of a document are joined."""

    id: str
    source: str
    target: str | None  # None: the file has no target for it


@dataclass
class BilingualDocument:
    """A source document and its translation, unit by unit.

    ``pairs[i]`` links ``source.text[p.src_start:p.src_end]`` and ``target.text[p.tgt_start:p.tgt_end]``
    for the unit ``unit_ids[i]``.
    """

    name: str
    source: Document
    target: Document
    pairs: tuple[Pair, ...]
    unit_ids: list[str]
    source_lang: str
    target_lang: str
    source_format: str
    warnings: list[str] = field(default_factory=list)


def read_bilingual(
    path_or_bytes: str | os.PathLike[str] | bytes,
    *,
    name: str | None = None,
    source_lang: str | None = None,
    target_lang: str | None = None,
    source_col: str = "source",
    target_col: str = "target",
    id_col: str | None = None,
    doc_col: str | None = None,
    source_format: str | None = None,
) -> list[BilingualDocument]:
    """Read a bilingual file (a path, or the bytes of an upload called ``name``).

    ``source_lang``/``target_lang`` override what the file says (for TMX, they pick the
    ``<tuv>`` of each side; tables and PO sources carry no language, so give them). For tables,
    ``source_col``/``target_col`` name the text columns, ``id_col`` the unit id (default: an
    ``id`` column if there is one) and ``doc_col`` a column whose value groups rows into
    documents (default: a ``doc`` column if there is one). XLIFF gives one document per
    ``<file>``. ``source_format`` (a value of :data:`BILINGUAL_FORMATS`) overrides the extension.
    """
    if isinstance(path_or_bytes, bytes):
        data, name = path_or_bytes, name or "upload"
    else:
        name = name or os.fspath(path_or_bytes)
        try:
            if os.stat(path_or_bytes).st_size > MAX_BYTES:
                raise ReadError(f"{name}: larger than the {MAX_BYTES >> 20} MB limit")
            data = Path(path_or_bytes).read_bytes()
        except OSError as error:
            raise ReadError(f"{name}: cannot read: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise ReadError(f"{name}: larger than the {MAX_BYTES >> 20} MB limit")
    if not data.strip():
        raise ReadError(f"{name}: file is empty")
    kind = source_format or BILINGUAL_FORMATS.get(os.path.splitext(name)[1].lower())
    if kind is None:
        known = " ".join(sorted(BILINGUAL_FORMATS))
        raise ReadError(f"{name}: not a bilingual format (known extensions: {known})")
    if kind in ("xliff", "tmx", "xml"):
        root = _parse_xml(data, name)
        kind = _xml_kind(root, name) if kind == "xml" else kind
        if kind == "tmx":
            return _read_tmx(root, name, source_lang, target_lang)
        return _read_xliff(root, name, source_lang, target_lang)
    if kind == "po":
        return _read_po(data, name, source_lang, target_lang)
    if kind in ("tsv", "csv", "jsonl"):
        columns = (source_col, target_col, id_col, doc_col)
        return _read_table(data, name, kind, columns, source_lang, target_lang)
    raise ReadError(f"{name}: unknown bilingual format {kind!r}")


# --- building documents -------------------------------------------------------------------------


def _build(
    name: str,
    units: list[Unit],
    source_lang: str | None,
    target_lang: str | None,
    source_format: str,
    warnings: Iterable[str] = (),
    meta: dict[str, str] | None = None,
) -> BilingualDocument:
    """Join the units of one document into two texts, one line per unit, and link them."""
    source_lang, target_lang = source_lang or UNKNOWN_LANG, target_lang or UNKNOWN_LANG
    src_parts: list[str] = []
    tgt_parts: list[str] = []
    pairs: list[Pair] = []
    src_pos = tgt_pos = 0
    for unit in units:
        translated = unit.target or ""
        pairs.append(
            Pair(
                src_pos,
                src_pos + len(unit.source),
                tgt_pos,
                tgt_pos + len(translated),
                confidence=1.0,
                src_count=1 if unit.source else 0,
                tgt_count=1 if translated else 0,
            )
        )
        src_parts.append(unit.source)
        tgt_parts.append(translated)
        src_pos += len(unit.source) + 1  # the "\n" that joins units
        tgt_pos += len(translated) + 1
    notes = list(warnings)
    missing = sum(1 for unit in units if not unit.target)
    if missing:
        notes.append(f"{missing} unit{'s have' if missing > 1 else ' has'} no target")
    if not units:
        notes.append("no translation units")
    meta = meta or {}
    # Document.lang is what rules and lexicons key on ("ja"); the file's own tag ("ja-JP") stays in meta.
    source = Document(
        "\n".join(src_parts), _primary(source_lang), name, None, source_format, meta={**meta, "lang_tag": source_lang}
    )
    target = Document(
        "\n".join(tgt_parts),
        _primary(target_lang),
        name,
        None,
        source_format,
        meta={**meta, "lang_tag": target_lang},
        source=source,  # ready for the cross-checks: audit(target) compares it with its source, unit by unit
        pairs=tuple(pairs),
    )
    return BilingualDocument(
        name=name,
        source=source,
        target=target,
        pairs=target.pairs or (),
        unit_ids=[unit.id for unit in units],
        source_lang=source_lang,
        target_lang=target_lang,
        source_format=source_format,
        warnings=notes,
    )


def _primary(tag: str) -> str:
    """``ja-JP`` → ``ja``; ``zh_Hant`` → ``zh``."""
    return tag.replace("_", "-").split("-")[0].lower() or UNKNOWN_LANG


# --- XML: XLIFF and TMX ---------------------------------------------------------------------------

_XML_NS = "{http://www.w3.org/XML/1998/namespace}"
# Inline elements whose own content is native markup code (e.g. "<b>"), not text: only their <sub>
# children hold translatable text (XLIFF 1.2 and TMX).
_CODE_TAGS = frozenset({"bpt", "ept", "it", "ph", "ut"})


def _parse_xml(data: bytes, name: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        message = " ".join(str(error.msg or error).split())
        if "amplification" in message or "entity" in message.lower():
            raise ReadError(f"{name}: refused: the XML uses entities ({message})") from None
        raise ReadError(f"{name}: not well-formed XML: {message}") from None
    docinfo = root.getroottree().docinfo
    dtd = docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        names = ", ".join(entity.name for entity in dtd.iterentities())
        raise ReadError(f"{name}: refused: the XML declares entities ({names}); XLIFF and TMX need none")
    return root


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _xml_kind(root: Any, name: str) -> str:
    kind = _local(root.tag).lower()
    if kind in ("xliff", "tmx"):
        return kind
    raise ReadError(f"{name}: an XML file that is neither XLIFF nor TMX (root element <{_local(root.tag)}>)")


def _flatten(element: Any) -> str:
    """The text a reader sees in ``element``: inline tags flattened, native codes dropped."""
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = _local(child.tag)
        if tag in _CODE_TAGS:
            parts.extend(_flatten(sub) for sub in child.iter() if _local(sub.tag) == "sub")
        elif tag == "cp":  # XLIFF 2: a character XML cannot carry
            with contextlib.suppress(ValueError, OverflowError):
                parts.append(chr(int(child.get("hex", ""), 16)))
        elif tag:  # g, pc, mrk, hi, sub, ... (and empty x, bx, ex, sc, ec, sm, em give "")
            parts.append(_flatten(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _children(element: Any, tag: str) -> list[Any]:
    return [child for child in element if _local(child.tag) == tag]


def _read_xliff(root: Any, name: str, source_lang: str | None, target_lang: str | None) -> list[BilingualDocument]:
    version = root.get("version", "")
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    if version.startswith("2") or namespace.endswith(":2.0"):
        return _read_xliff2(root, name, source_lang, target_lang)
    files = _children(root, "file")
    docs = []
    for index, file in enumerate(files):
        units: list[Unit] = []
        for number, unit in enumerate(
            (e for e in file.iter() if _local(e.tag) == "trans-unit"),
            start=1,
        ):
            source = next(iter(_children(unit, "source")), None)
            target = next(iter(_children(unit, "target")), None)
            units.append(
                Unit(
                    unit.get("id") or str(number),
                    _flatten(source) if source is not None else "",
                    _flatten(target) if target is not None else None,
                )
            )
        doc_name = _part_name(name, file.get("original"), index, len(files))
        docs.append(
            _build(
                doc_name,
                units,
                source_lang or file.get("source-language"),
                target_lang or file.get("target-language"),
                "xliff",
                meta={"xliff_version": version or "1.2", "original": file.get("original") or ""},
            )
        )
    if not docs:
        raise ReadError(f"{name}: an XLIFF file with no <file> element")
    return docs


def _read_xliff2(root: Any, name: str, source_lang: str | None, target_lang: str | None) -> list[BilingualDocument]:
    version = root.get("version", "2.0")
    source_lang = source_lang or root.get("srcLang")
    target_lang = target_lang or root.get("trgLang")
    files = _children(root, "file")
    docs = []
    for index, file in enumerate(files):
        units: list[Unit] = []
        for number, unit in enumerate((e for e in file.iter() if _local(e.tag) == "unit"), start=1):
            # A unit is its segments and the ignorable whitespace between them, in order.
            source_parts: list[str] = []
            target_parts: list[str] = []
            has_target = False
            for part in unit:
                if _local(part.tag) not in ("segment", "ignorable"):
                    continue
                source = next(iter(_children(part, "source")), None)
                target = next(iter(_children(part, "target")), None)
                source_parts.append(_flatten(source) if source is not None else "")
                if target is not None:
                    has_target = has_target or _local(part.tag) == "segment"
                    target_parts.append(_flatten(target))
                elif _local(part.tag) == "ignorable" and source is not None:
                    target_parts.append(source_parts[-1])  # whitespace between segments stays
            text = "".join(target_parts) if has_target else None
            units.append(Unit(unit.get("id") or str(number), "".join(source_parts), text))
        doc_name = _part_name(name, file.get("original") or file.get("id"), index, len(files))
        meta = {"xliff_version": version, "original": file.get("original") or ""}
        docs.append(_build(doc_name, units, source_lang, target_lang, "xliff", meta=meta))
    if not docs:
        raise ReadError(f"{name}: an XLIFF file with no <file> element")
    return docs


def _part_name(name: str, part: str | None, index: int, count: int) -> str:
    """``name`` for a one-part file; ``name#part`` when a file holds several documents."""
    return name if count == 1 else f"{name}#{part or index + 1}"


def _lang_of(tuv: Any) -> str:
    return tuv.get(f"{_XML_NS}lang") or tuv.get("lang") or ""  # TMX 1.4 xml:lang, TMX 1.1 lang


def _lang_matches(lang: str, wanted: str) -> bool:
    """``ja-JP`` matches ``ja`` and ``ja-jp``; ``en`` does not match ``ja``."""
    lang, wanted = lang.lower().replace("_", "-"), wanted.lower().replace("_", "-")
    return lang == wanted or lang.split("-")[0] == wanted.split("-")[0]


def _pick(tuvs: list[Any], lang: str) -> Any | None:
    """The <tuv> in ``lang``: an exact match first, then one with the same primary language."""
    exact = [tuv for tuv in tuvs if _lang_of(tuv).lower() == lang.lower()]
    return (exact or [tuv for tuv in tuvs if _lang_matches(_lang_of(tuv), lang)] or [None])[0]


def _read_tmx(root: Any, name: str, source_lang: str | None, target_lang: str | None) -> list[BilingualDocument]:
    header = next(iter(_children(root, "header")), None)
    body = next(iter(_children(root, "body")), None)
    if body is None:
        raise ReadError(f"{name}: a TMX file with no <body>")
    tus = _children(body, "tu")
    warnings: list[str] = []
    if not source_lang:
        declared = header.get("srclang", "") if header is not None else ""
        if declared and declared != "*all*":
            source_lang = declared
        else:
            first = [_lang_of(tuv) for tu in tus for tuv in _children(tu, "tuv")][:1]
            source_lang = first[0] if first else ""
            warnings.append(f"no source language declared (srclang={declared or 'none'}): took {source_lang}")
    if not target_lang:
        # The TMX header names no target: take the most common other language, never "the next <tuv>".
        others = Counter(
            _lang_of(tuv) for tu in tus for tuv in _children(tu, "tuv") if not _lang_matches(_lang_of(tuv), source_lang)
        )
        if not others:
            raise ReadError(f"{name}: TMX has no language besides the source ({source_lang})")
        target_lang = others.most_common(1)[0][0]
        if len(others) > 1:
            rest = ", ".join(sorted(lang for lang in others if lang != target_lang))
            warnings.append(f"several target languages: took {target_lang}, not {rest} (pass target_lang)")
    units: list[Unit] = []
    no_source = 0
    for number, tu in enumerate(tus, start=1):
        tuvs = _children(tu, "tuv")
        source_tuv, target_tuv = _pick(tuvs, source_lang), _pick(tuvs, target_lang)
        if source_tuv is None:
            no_source += 1
        units.append(Unit(tu.get("tuid") or str(number), _tuv_text(source_tuv), _tuv_text(target_tuv) or None))
    if no_source:
        warnings.append(f"{no_source} unit{'s have' if no_source > 1 else ' has'} no {source_lang} text")
    return [
        _build(name, units, source_lang, target_lang, "tmx", warnings, meta={"tmx_version": root.get("version", "")})
    ]


def _tuv_text(tuv: Any | None) -> str:
    if tuv is None:
        return ""
    seg = next(iter(_children(tuv, "seg")), None)
    return _flatten(seg) if seg is not None else ""


# --- PO ---------------------------------------------------------------------------------------------

_PO_LINE = re.compile(r"\(line (\d+)\)")


def _read_po(data: bytes, name: str, source_lang: str | None, target_lang: str | None) -> list[BilingualDocument]:
    import polib

    text = decode(data, name, lang=target_lang or "ja").text
    if "\n" not in text:
        text += "\n"  # polib takes a one-line string for a path and would open that file
    try:
        po = polib.pofile(text, encoding="utf-8")
    except (OSError, ValueError) as error:
        line = _PO_LINE.search(str(error))
        where = f" at line {line.group(1)}" if line else ""
        raise ReadError(f"{name}: not a valid PO file (syntax error{where})") from None
    target_lang = target_lang or po.metadata.get("Language", "").strip() or None
    units: list[Unit] = []
    fuzzy = 0
    for entry in po:
        if entry.obsolete or not entry.msgid:
            continue
        target = entry.msgstr
        if entry.msgid_plural:
            target = entry.msgstr_plural.get(0, "") if entry.msgstr_plural else ""
        if "fuzzy" in entry.flags:
            fuzzy += 1
        unit_id = entry.msgctxt if entry.msgctxt is not None else f"line {entry.linenum}"
        units.append(Unit(unit_id, entry.msgid, target or None))
    warnings = [f"{fuzzy} unit{'s are' if fuzzy > 1 else ' is'} fuzzy"] if fuzzy else []
    return [_build(name, units, source_lang, target_lang, "po", warnings)]


# --- tables: TSV, CSV, JSONL ------------------------------------------------------------------------


def _read_table(
    data: bytes,
    name: str,
    kind: str,
    columns: tuple[str, str, str | None, str | None],
    source_lang: str | None,
    target_lang: str | None,
) -> list[BilingualDocument]:
    source_col, target_col, id_col, doc_col = columns
    text = decode(data, name, lang=target_lang or "ja").text
    rows, header = _jsonl_rows(text, name) if kind == "jsonl" else _csv_rows(text, name, kind)
    missing = [column for column in (source_col, target_col) if column not in header]
    for column in (id_col, doc_col):
        if column and column not in header:
            missing.append(column)
    if missing:
        found = ", ".join(header) or "none"
        raise ReadError(f"{name}: no column {', '.join(map(repr, missing))} (columns: {found})")
    id_col = id_col or ("id" if "id" in header else None)
    doc_col = doc_col or ("doc" if "doc" in header else None)
    groups: dict[str, list[Unit]] = {}
    for number, row in enumerate(rows, start=1):  # unit ids default to the data row number
        doc = _cell(row.get(doc_col)) if doc_col else ""
        target = row.get(target_col)
        units = groups.setdefault(doc or "", [])
        unit_id = _cell(row.get(id_col)) if id_col else str(number)
        units.append(
            Unit(unit_id or str(number), _cell(row.get(source_col)), None if target is None else _cell(target))
        )
    if not groups:
        raise ReadError(f"{name}: no rows")
    return [_build(doc or name, units, source_lang, target_lang, kind) for doc, units in groups.items()]


def _cell(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _csv_rows(text: str, name: str, kind: str) -> tuple[list[dict[str, Any]], list[str]]:
    if text.startswith("\ufeff"):
        text = text[1:]
    # TSV as the "linear TSV" convention writes it: no quoting, so quotes in text stay text.
    options: dict[str, Any] = {"delimiter": "\t", "quoting": csv.QUOTE_NONE} if kind == "tsv" else {}
    reader = csv.reader(io.StringIO(text, newline=""), **options)
    try:
        header = [column.strip() for column in next(reader, [])]
        rows = []
        for values in reader:
            if not any(value.strip() for value in values):
                continue  # blank line
            rows.append(dict(zip(header, values, strict=False)))
    except csv.Error as error:
        raise ReadError(f"{name}: not a valid {kind.upper()} file (line {reader.line_num}: {error})") from None
    return rows, header


def _jsonl_rows(text: str, name: str) -> tuple[list[dict[str, Any]], list[str]]:
    rows = []
    header: dict[str, None] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise ReadError(f"{name}: line {number} is not valid JSON ({error.msg})") from None
        if not isinstance(row, dict):
            raise ReadError(f"{name}: line {number} is not a JSON object")
        header.update(dict.fromkeys(row))
        rows.append(row)
    return rows, list(header)

"""One loader for the CLI, batch jobs and the app: what the user gave in, audit jobs out.

An input is a file (a ``Path``), an upload (``Upload``: bytes and a file name) or a pasted text (``str``).
``load()`` reads the article and, when given, its source and a reference, and returns one ``Job`` per document
to audit (a bilingual file holds several): the target document with its language decided and its source (and
the file's sentence pairs) attached, the reference, the settings and what the reading noticed. Every front-end
calls this, so a file is read, a language decided and a source attached the same way everywhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from auditor.config import Settings
from auditor.document import UNDETERMINED, Document
from auditor.readers import read_bytes, read_path

if TYPE_CHECKING:
    from auditor.audit import Report


@dataclass(frozen=True)
class Upload:
    """The bytes of an uploaded file and its name (the name gives the format and the document id)."""

    data: bytes
    name: str


Input = Path | Upload | str  # a file, an upload, or pasted text


@dataclass(frozen=True)
class Job:
    """One document ready to audit."""

    doc: Document  # its language decided; with its source (and pairs) for a bilingual audit
    settings: Settings
    reference: Document | None = None
    warnings: tuple[str, ...] = ()  # what reading noticed (a source in the target's language, a unit left out)

    @property
    def doc_id(self) -> str:
        return self.doc.doc_id

    def run(self) -> Report:
        from auditor.audit import audit

        return audit(self.doc, settings=self.settings, reference=self.reference)


def name_of(item: Input, fallback: str = "pasted text") -> str:
    if isinstance(item, Path):
        return os.fspath(item)
    if isinstance(item, Upload):
        return item.name
    return fallback


def is_bilingual(item: Input) -> bool:
    """A bilingual file (XLIFF, TMX, PO, a TSV/CSV/JSONL of pairs), by its extension."""
    from auditor.readers.bilingual import BILINGUAL_FORMATS

    if isinstance(item, str):
        return False
    suffix = item.suffix if isinstance(item, Path) else Path(item.name).suffix  # a Path needs no second one
    return suffix.lower() in BILINGUAL_FORMATS


def read_document(item: Input, *, lang: str | None = None, doc_id: str | None = None) -> Document:
    """The article in ``item``: a file or an upload read by its format, or a pasted text as it is."""
    if isinstance(item, Path):
        doc = read_path(item, lang=lang or UNDETERMINED)
    elif isinstance(item, Upload):
        doc = read_bytes(item.data, item.name, lang=lang or UNDETERMINED)
    elif isinstance(item, str):
        doc = Document(item, lang=lang or UNDETERMINED, doc_id=doc_id or "pasted text")
    else:
        raise TypeError(f"an input is a Path, an Upload or a str, not {type(item).__name__}")
    return doc if doc_id is None or doc_id == doc.doc_id else _renamed(doc, doc_id)


def load(
    article: Input,
    *,
    settings: Settings | None = None,
    source: Input | None = None,
    reference: Input | None = None,
    lang: str | None = None,
    source_lang: str | None = None,
    doc_id: str | None = None,
) -> list[Job]:
    """The audit jobs of one input: its documents with their languages, sources and reference.

    The target's language is ``lang``, else the settings', else the file's (a bilingual file names it), else
    detected; the source's likewise with ``source_lang``. A bilingual file given without ``source`` gives one job
    per document, each with the file's own source and pairs; with ``source``, the file is read as an article.
    Raises ReadError for an input that cannot be read.
    """
    settings = settings or Settings()
    lang = lang or settings.lang
    warnings: list[str] = []
    if source is None and is_bilingual(article):
        documents = _bilingual(article, lang, source_lang, warnings)
    else:
        doc = read_document(article, lang=lang, doc_id=doc_id)
        if source is not None:
            doc = doc.with_source(read_document(source, lang=source_lang, doc_id=f"{doc.doc_id}:source"))
        documents = [doc]
    jobs = []
    for doc in documents:
        doc = _with_languages(doc)
        if doc.source is not None and doc.source.lang == doc.lang and doc.lang != UNDETERMINED:
            warnings.append(f"{doc.source.doc_id}: the source reads as {doc.lang}, like the translation")
        ref = read_document(reference, lang=doc.lang, doc_id=f"{doc.doc_id}:reference") if reference else None
        jobs.append(Job(doc, settings, ref, tuple(warnings)))
    return jobs


def _bilingual(article: Input, lang: str | None, source_lang: str | None, warnings: list[str]) -> list[Document]:
    from auditor.readers.bilingual import read_bilingual

    data = article.data if isinstance(article, Upload) else article
    assert not isinstance(data, str)
    parts = read_bilingual(data, name=name_of(article), source_lang=source_lang, target_lang=lang)
    documents = []
    for part in parts:
        warnings.extend(f"{name_of(article)}: {warning}" for warning in part.warnings)
        documents.append(part.target)
    return documents


def _with_languages(doc: Document) -> Document:
    """``doc`` with its language and its source's decided (detected where nobody named them)."""
    from auditor.languages.detect import detect_language

    if doc.lang in ("", UNDETERMINED):
        doc = doc.with_lang(detect_language(doc.text))
    if doc.source is not None and doc.source.lang in ("", UNDETERMINED):
        doc = doc.with_source(doc.source.with_lang(detect_language(doc.source.text)), doc.pairs)
    return doc


def _renamed(doc: Document, doc_id: str) -> Document:
    from dataclasses import replace

    return replace(doc, doc_id=doc_id)


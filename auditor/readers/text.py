"""Plain text and Markdown: the decoded text as is (Markdown stays Markdown)."""

from __future__ import annotations

from auditor.document import UNDETERMINED, Document
from auditor.readers.encoding import decode


def read_text(data: bytes, name: str, *, lang: str = UNDETERMINED, source_format: str = "txt") -> Document:
    """A Document whose text is ``data`` decoded, character for character.

    A file of only whitespace is read as it is (its audit finds nothing); only a
    zero-byte file is an error.
    """
    decoded = decode(data, name, lang=lang)
    return Document(
        text=decoded.text,
        lang=lang,
        doc_id=name,
        encoding=decoded.encoding,
        source_format=source_format,
    )

"""Readers: files to Documents. The CLI, the app and batch jobs call these two functions.

    >>> from auditor.readers import read_bytes
    >>> doc = read_bytes("東京で新しい駅が開業した。\\r\\n".encode("cp932"), name="a.txt")
    >>> doc.encoding, doc.text
    ('cp932', '東京で新しい駅が開業した。\\r\\n')

``.txt`` and ``.md`` (and unknown extensions that decode as text) give the decoded text
as is; ``.html``/``.htm`` give the page's main text. Every failure is a ReadError with a
one-line message that starts with the file name. Importing this package is cheap:
charset-normalizer, trafilatura and selectolax load on the first file that needs them.
"""

from __future__ import annotations

import os

from auditor.document import UNDETERMINED, Document
from auditor.readers.errors import ReadError

__all__ = ["MAX_BYTES", "ReadError", "read_bytes", "read_path"]

MAX_BYTES = 50 * 1024 * 1024  # "50 MB": far above any article, low enough to refuse a stray dump

_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".mdown": "md",
    ".mkd": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
}
_HTML_STARTS = (b"<!doctype html", b"<html")


def read_path(
    path: str | os.PathLike[str],
    lang: str = UNDETERMINED,
    *,
    source_format: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Read the article in ``path``; ``doc_id`` is the path as given.

    ``source_format`` ("txt", "md", "html") overrides the guess from the extension.
    """
    name = os.fspath(path)
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise ReadError(f"{name}: larger than the {_size(max_bytes)} limit ({_size(size)})")
        with open(path, "rb") as handle:  # as Path.read_bytes does, without making a Path of ``path``
            data = handle.read()
    except OSError as error:
        raise ReadError(f"{name}: cannot read: {error.strerror or error}") from None
    return read_bytes(data, name, lang, source_format=source_format, max_bytes=max_bytes)


def read_bytes(
    data: bytes,
    name: str = "upload.txt",
    lang: str = UNDETERMINED,
    *,
    source_format: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Read an article from ``data`` (an upload); ``name`` gives the format and the ``doc_id``."""
    if len(data) > max_bytes:
        raise ReadError(f"{name}: larger than the {_size(max_bytes)} limit ({_size(len(data))})")
    if not data:
        raise ReadError(f"{name}: file is empty")
    source_format = source_format or guess_format(name, data)
    if source_format == "html":
        from auditor.readers.html import read_html

        return read_html(data, name, lang=lang)
    if source_format not in ("txt", "md"):
        raise ReadError(f"{name}: unknown format {source_format!r} (use txt, md or html)")
    from auditor.readers.text import read_text

    return read_text(data, name, lang=lang, source_format=source_format)


def guess_format(name: str, data: bytes) -> str:
    """The format by extension; an unknown extension is HTML if the data starts like a page, else text."""
    known = _FORMATS.get(os.path.splitext(name)[1].lower())
    if known:
        return known
    start = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "html" if start.startswith(_HTML_STARTS) else "txt"


def _size(count: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if count >= scale:
            return f"{count / scale:.3g} {unit}"
    return f"{count:,} bytes"

"""Clean corpora: human Japanese news translations, read at run time from ``../shared/eval-data``.

The WMT references are human translations, so every finding on them is a false positive, and they are the
clean text that ``auditor.eval.inject`` damages. The data is research-only (see its README): it is read where
it lies and never copied into the package.

Layout read here (``eval-data/README.md``): one segment per line, line *i* of the source and the reference
are translations of each other; WMT24 line 0 is a canary and ``docs.tsv`` gives each line's domain and
document id.
"""

from __future__ import annotations

import os
from pathlib import Path

from auditor.eval.gold import GoldDocument

ENV_VAR = "AUDITOR_EVAL_DATA"
WMT24_DIR = "wmt24/en-ja"
WMT23_DIR = "wmt23/en-ja"


class EvalDataError(FileNotFoundError):
    """A file the loader needs is missing from the eval-data folder (the message names it)."""


def find_eval_data(start: Path | None = None) -> Path | None:
    """The eval-data folder: ``$AUDITOR_EVAL_DATA``, else ``../shared/eval-data`` beside the project root.

    The project root is the first folder at or above ``start`` (default: this package) holding a
    ``pyproject.toml``. None when no such folder exists.
    """
    env = os.environ.get(ENV_VAR)
    if env:
        path = Path(env).expanduser()
        return path if path.is_dir() else None
    here = (start or Path(__file__)).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file():
            candidate = folder.parent / "shared" / "eval-data"
            return candidate if candidate.is_dir() else None
    return None


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        raise EvalDataError(f"eval data file missing: {path} (see ../shared/eval-data/README.md)")
    # newline="" then splitting on "\n" only: a stray \r or U+2028 inside a segment must not shift line numbers.
    with path.open(encoding="utf-8", newline="") as handle:
        text = handle.read()
    if text.endswith("\n"):
        text = text[:-1]
    return [line.rstrip("\r") for line in text.split("\n")]


def _links(source_lines: list[str], target_lines: list[str], separator: str = "\n") -> list[list[int]]:
    """[src_start, src_end, tgt_start, tgt_end] of each line pair, for lines joined with ``separator``."""
    links = []
    src_at = tgt_at = 0
    for src, tgt in zip(source_lines, target_lines, strict=True):
        links.append([src_at, src_at + len(src), tgt_at, tgt_at + len(tgt)])
        src_at += len(src) + len(separator)
        tgt_at += len(tgt) + len(separator)
    return links


def _check_lengths(folder: Path, **files: list[str]) -> None:
    sizes = {name: len(lines) for name, lines in files.items()}
    if len(set(sizes.values())) != 1:
        raise EvalDataError(f"{folder}: files have different line counts {sizes}")


def wmt24_paragraphs(eval_data: Path, domain: str = "news") -> list[tuple[str, list[int], list[str], list[str]]]:
    """WMT24 en-ja documents of one domain (news, social, literary, speech): (doc_id, line numbers, source
    paragraphs, reference paragraphs), in file order; paragraph i of the source is translated by paragraph i of the
    reference."""
    folder = Path(eval_data) / WMT24_DIR
    docs = _lines(folder / "docs.tsv")
    source = _lines(folder / "src.en.txt")
    target = _lines(folder / "ref.refA.ja.txt")
    _check_lengths(folder, docs=docs, source=source, target=target)
    grouped: dict[str, list[int]] = {}  # doc_id -> line numbers, in file order
    for number, row in enumerate(docs):
        found, _, doc_id = row.partition("\t")
        if found != domain or source[number].startswith("CANARY GUID"):
            continue
        grouped.setdefault(doc_id, []).append(number)
    return [
        (doc_id, numbers, [source[n] for n in numbers], [target[n] for n in numbers])
        for doc_id, numbers in grouped.items()
    ]


def wmt24_news(eval_data: Path, domain: str = "news", separator: str = "\n") -> list[GoldDocument]:
    """WMT24 en-ja, domain ``news`` (or another): one clean document per doc_id, paragraphs joined with
    ``separator`` ("\\n"; " " runs them together).

    ``meta["links"]`` aligns paragraph i of the source with paragraph i of the target.
    """
    documents = []
    for doc_id, numbers, src_lines, tgt_lines in wmt24_paragraphs(eval_data, domain):
        documents.append(
            GoldDocument(
                doc_id=f"wmt24:{doc_id}",
                text=separator.join(tgt_lines),
                lang="ja",
                clean=True,
                source=separator.join(src_lines),
                source_lang="en",
                meta={
                    "links": _links(src_lines, tgt_lines, separator),
                    "lines": numbers,
                    "set": f"wmt24/en-ja/{domain}",
                },
            )
        )
    return documents


def wmt23_lines(eval_data: Path) -> list[GoldDocument]:
    """WMT23 en-ja refA: each non-empty line a clean document of its own, with its source line.

    The set has no document ids, so neighbouring lines are not known to be one article.
    """
    folder = Path(eval_data) / WMT23_DIR
    source = _lines(folder / "src.en.txt")
    target = _lines(folder / "ref.refA.ja.txt")
    _check_lengths(folder, source=source, target=target)
    documents = []
    for number, (src, tgt) in enumerate(zip(source, target, strict=True)):
        if not tgt.strip():
            continue
        documents.append(
            GoldDocument(
                doc_id=f"wmt23:{number}",
                text=tgt,
                lang="ja",
                clean=True,
                source=src,
                source_lang="en",
                meta={"links": _links([src], [tgt]), "lines": [number], "set": "wmt23/en-ja"},
            )
        )
    return documents

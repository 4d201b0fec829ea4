"""Batch audits: many articles in, ``issues.csv``, ``issues.xlsx``, ``documents.csv`` and ``summary.json`` out.

    >>> from auditor.batch import run_batch
    >>> result = run_batch(["articles/"], "reports/run1", jobs=2)     # doctest: +SKIP
    >>> result.articles, result.by_category.most_common(3)              # doctest: +SKIP

Inputs are folders (walked recursively, sorted, for the readers' article extensions: .txt, .md,
.html …), globs, single articles, and tables: JSON Lines (.jsonl/.ndjson), CSV (.csv) and
Parquet (.parquet) with one article per row (``--id-col``, ``--text-col``, optional
``--source-col`` and ``--reference-col``).

Articles in files get their source from a file beside them or in a folder of sources:

- ``source_dir``: the source of ``IN/sub/a.txt`` (found under the input folder ``IN``) is
  ``source_dir/sub/a.txt``, or the same path with another article extension (``a.md``, ``a.html``);
- language tags, with ``source_lang`` (``--source-lang en``): ``a.en.txt`` is the source of the
  articles beside it with the same stem and another tag (``a.ja.txt``), and is not audited itself.

An article whose source is not found is audited alone and named in ``summary.json`` (``unpaired``).
Files a folder walk does not take (not an article extension: ``.pdf``, ``.docx``) are named in
``summary.json`` (``skipped``); a run that finds no article at all is a ``BatchError``.

How it keeps up, and how it never loses or repeats an article:

- Streaming: inputs are discovered and read lazily and sent to the workers in chunks; at most a
  few chunks per worker are in flight, so memory stays flat whatever the number of articles.
- Parallel: ``jobs`` worker processes (forked after the rules and lexicons are loaded, so that
  start-up costs milliseconds). Each task is a chunk of articles and comes back as finished CSV
  text, never as Report objects: pickling stays small. Results are written in input order, so
  the outputs are the same byte for byte whatever ``jobs`` is.
- Durable: every chunk is appended to ``issues.csv`` and ``documents.csv`` (one ``write`` each),
  then recorded in the journal ``.journal.jsonl`` with the files' sizes after it. A killed run
  leaves complete rows; ``resume=True`` cuts both files back to the last journalled size (dropping
  a row that was half written when the process died) and skips the journalled articles. As
  results are written in input order, a resumed run's outputs equal an uninterrupted run's.
- Faults: an unreadable or hostile article (not text, too large, a bad table row, a rule that
  crashes) is a ``documents.csv`` row with ``status`` ``error`` and its message; the run goes on.
- ``issues.xlsx`` (for people: the same rows, as string cells a spreadsheet never evaluates) is
  written once, at the end of a complete run, streamed from ``issues.csv`` (auditor/xlsx.py: about 15 µs
  a finding, memory flat).

``audit_frame`` is the same audit for one pandas DataFrame partition, for engines that scale
beyond one machine (``dask.dataframe.map_partitions``; see ``examples/dask_audit.py``).
This module never prints: progress goes to the ``on_progress`` callback.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import glob
import heapq
import io
import json
import os
import re
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.config import ConfigError, FolderSettings, Settings
from auditor.export import CSV_FIELDS, finding_rows, neutralise_cell, plain_cell, write_atomic
from auditor.findings import CATEGORIES, SEVERITIES
from auditor.metrics import mqm_signature
from auditor.readers import _FORMATS as _ARTICLE_FORMATS

if TYPE_CHECKING:
    import pandas

__all__ = [
    "DOCUMENT_FIELDS",
    "ISSUE_FIELDS",
    "BatchError",
    "BatchResult",
    "Columns",
    "Item",
    "WorkerDied",
    "audit_frame",
    "count_items",
    "frame_meta",
    "iter_items",
    "run_batch",
]

ISSUE_FIELDS: tuple[str, ...] = CSV_FIELDS
_SEVERITY_COLUMNS = tuple(reversed(SEVERITIES))  # the worst first
# One row per article. Counts are empty (not 0) for an article that could not be audited.
DOCUMENT_FIELDS: tuple[str, ...] = (
    "doc",
    "input",
    "status",  # ok | rule-error (a rule crashed; the other rules' findings stand) | error (not audited)
    "chars",
    "findings",
    "score",  # MQM-style document score, 0-100 (auditor.metrics.mqm_score; signature in summary.json)
    *_SEVERITY_COLUMNS,
    *CATEGORIES,
    "BLEU",  # against --reference-col, when given
    "chrF",
    "error",
)
TABLE_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
# The extensions a folder walk picks up: the readers' own list, so the two never drift apart.
ARTICLE_SUFFIXES = frozenset(_ARTICLE_FORMATS)
JOURNAL = ".journal.jsonl"
_GLOB_CHARS = re.compile(r"[*?\[]")
_BOM = "\ufeff"


class BatchError(Exception):
    """The batch cannot start or go on (bad inputs, a resume that does not match, a worker that died)."""


class WorkerDied(BatchError):
    """A worker process died mid-run; the outputs hold every finished article (carry on with resume)."""


@dataclass(frozen=True)
class Columns:
    """Which columns of a table hold what. ``id`` may be absent from a table: rows are then numbered."""

    id: str = "id"
    text: str = "text"
    source: str | None = None
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """One article to audit: a file for the worker to read, or the text of a table row."""

    key: str  # unique and stable across runs: what the journal records
    doc: str  # the document id written in the outputs
    origin: str  # the file or table it came from
    path: str | None = None
    text: str | None = None
    source: str | None = None  # a table row's source text
    reference: str | None = None
    error: str | None = None  # already known to be unreadable (a bad table row)
    source_path: str | None = None  # a file's source file (source_dir, or a language-tagged sibling)


# --- discovery ---------------------------------------------------------------------------------


def _expand(spec: str) -> list[str]:
    """A path as given, or the sorted matches of a glob (``**`` recurses)."""
    if os.path.exists(spec) or not _GLOB_CHARS.search(spec):
        return [spec]
    return sorted(glob.glob(spec, recursive=True))


def check_inputs(inputs: Sequence[str]) -> None:
    """Raise BatchError for an input that names nothing: a usage error, before any article."""
    if not inputs:
        raise BatchError("no inputs")
    for spec in inputs:
        matches = _expand(spec)
        if not matches or not os.path.lexists(matches[0]):
            raise BatchError(f"{spec}: no such file or folder" + (" (the glob matches nothing)" if not matches else ""))


@dataclass
class Discovery:
    """What discovery passed over (filled while the inputs are walked): files that are not articles, and
    articles whose source was looked for and not found."""

    skipped: list[str] = field(default_factory=list)
    unpaired: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Pairing:
    """How articles in files find their source: a folder of sources, and/or the source's language tag."""

    source_dir: str | None = None
    source_lang: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.source_dir or self.source_lang)


_TAGGED = re.compile(r"^(?P<stem>.+)\.(?P<tag>[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)$")


def _tag_of(path: str) -> tuple[str, str] | None:
    """(stem, language tag) of ``dir/stem.tag.ext``, else None."""
    base, _ = os.path.splitext(path)
    match = _TAGGED.match(base)
    return (match.group("stem"), match.group("tag")) if match else None


def _tagged_siblings(
    path: str, source_lang: str, folders: dict[str, dict[str, list[tuple[str, str]]]]
) -> tuple[bool, str | None]:
    """(is this file a source?, its source when it is a translation) by the language tags of its siblings.
    ``folders`` caches each folder's tagged article files by stem."""
    tagged = _tag_of(path)
    if tagged is None:
        return False, None
    stem, tag = tagged
    folder = os.path.dirname(path)
    if folder not in folders:
        index: dict[str, list[tuple[str, str]]] = {}
        with contextlib.suppress(OSError):
            for name in sorted(os.listdir(folder or ".")):
                found = _tag_of(name)
                if found is not None and _is_article(name):
                    index.setdefault(found[0], []).append((found[1], name))
        folders[folder] = index
    siblings = folders[folder].get(os.path.basename(stem), [])
    if tag == source_lang:
        return any(other != source_lang for other, _ in siblings), None
    sources = [name for other, name in siblings if other == source_lang]
    return False, os.path.join(folder, sources[0]) if sources else None


def _is_article(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES


def _source_in_dir(source_dir: str, relative: str) -> str | None:
    """``source_dir/relative``, or the same path with another article extension."""
    exact = os.path.join(source_dir, relative)
    if os.path.isfile(exact):
        return exact
    stem = os.path.splitext(exact)[0]
    for suffix in sorted(ARTICLE_SUFFIXES):
        if os.path.isfile(stem + suffix):
            return stem + suffix
    return None


def _walk(folder: str, discovery: Discovery | None = None) -> Iterator[str]:
    """Article files under ``folder``, depth first, sorted; hidden files and folders are skipped, and other
    files are noted in ``discovery``."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if _is_article(name):
                yield os.path.join(root, name)
            elif discovery is not None:
                discovery.skipped.append(os.path.join(root, name))


def _paths(
    inputs: Sequence[str], pairing: Pairing = Pairing(), discovery: Discovery | None = None
) -> Iterator[tuple[str, str | None, str | None]]:
    """(path, table format or None, source file or None) for every file the inputs name, in a stable order;
    the files that are sources of others are left out."""
    folders: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for spec in inputs:
        for path in _expand(spec):
            if os.path.isdir(path):
                for found in _walk(path, discovery):
                    if not pairing.active:  # most runs: no source to look for, and no relative path to make
                        yield found, None, None
                        continue
                    yield from _paired(found, os.path.relpath(found, path), pairing, discovery, folders)
            else:
                table = TABLE_FORMATS.get(os.path.splitext(path)[1].lower())
                if table is not None:
                    yield path, table, None
                else:
                    yield from _paired(path, os.path.basename(path), pairing, discovery, folders)


def _paired(
    path: str,
    relative: str,
    pairing: Pairing,
    discovery: Discovery | None,
    folders: dict[str, dict[str, list[tuple[str, str]]]],
) -> Iterator[tuple[str, str | None, str | None]]:
    if not pairing.active:
        yield path, None, None
        return
    source = None
    if pairing.source_lang:
        is_source, source = _tagged_siblings(path, pairing.source_lang, folders)
        if is_source:
            return  # the source of the articles beside it: read with them, not audited alone
    if source is None and pairing.source_dir:
        source = _source_in_dir(pairing.source_dir, relative)
    if source is None and discovery is not None:
        discovery.unpaired.append(path)
    yield path, None, source


def iter_items(
    inputs: Sequence[str],
    columns: Columns = Columns(),
    pairing: Pairing = Pairing(),
    discovery: Discovery | None = None,
) -> Iterator[Item]:
    """Every article the inputs name, lazily, in a stable order (the order of the outputs)."""
    seen: set[str] = set()  # a file named twice (a folder and a glob) is audited once
    for path, table, source in _paths(inputs, pairing, discovery):
        if path in seen:
            continue
        seen.add(path)
        if table is None:
            yield Item(key=path, doc=path, origin=path, path=path, source_path=source)
        else:
            yield from _table_items(path, table, columns)


def count_items(inputs: Sequence[str], columns: Columns = Columns(), pairing: Pairing = Pairing()) -> int:
    """How many articles ``iter_items`` will yield, cheaply (for the progress bar's ETA)."""
    total = 0
    seen: set[str] = set()
    for path, table, _ in _paths(inputs, pairing):
        if path in seen:
            continue
        seen.add(path)
        try:
            if table == "jsonl":
                with open(path, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif table == "parquet":
                import pyarrow.parquet as pq

                total += pq.ParquetFile(path).metadata.num_rows
            elif table == "csv":
                total += sum(1 for _ in _table_items(path, table, columns))
            else:
                total += 1
        except Exception:  # an unreadable table is one error row
            total += 1
    return total


def _row_item(path: str, number: int, row: Any, columns: Columns) -> Item:
    key = f"{path}:{number}"
    if not isinstance(row, dict):
        return Item(key, key, path, error=f"{key}: a row must be an object, not {type(row).__name__}")
    ident = row.get(columns.id)
    doc = key if ident is None or ident == "" else str(ident)
    text = row.get(columns.text)
    if not isinstance(text, str):
        got = "missing" if text is None else f"{type(text).__name__}, not text"
        return Item(key, doc, path, error=f"{key}: column {columns.text!r} is {got}")
    if not text:
        return Item(key, doc, path, error=f"{key}: column {columns.text!r} is empty")
    extra = {}
    for name, column in (("source", columns.source), ("reference", columns.reference)):
        value = row.get(column) if column else None
        extra[name] = value if isinstance(value, str) and value.strip() else None
    return Item(key, doc, path, text=text, **extra)


def _table_items(path: str, table: str, columns: Columns) -> Iterator[Item]:
    """The rows of a table as Items, streamed; a table that cannot be read is one error Item."""
    number = 0
    try:
        if table == "jsonl":
            with open(path, encoding="utf-8-sig") as handle:
                for number, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        row = json.loads(line)
                    except ValueError as error:
                        yield Item(f"{path}:{number}", f"{path}:{number}", path, error=f"{path}:{number}: {error}")
                        continue
                    yield _row_item(path, number, row, columns)
        elif table == "csv":
            csv.field_size_limit(64 * 1024 * 1024)
            with open(path, encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                _check_columns(path, reader.fieldnames or [], columns)
                for number, row in enumerate(reader, 1):
                    yield _row_item(path, number, row, columns)
        else:
            import pyarrow.parquet as pq

            parquet = pq.ParquetFile(path)
            names = parquet.schema_arrow.names
            _check_columns(path, names, columns)
            wanted = [c for c in (columns.id, columns.text, columns.source, columns.reference) if c and c in names]
            for batch in parquet.iter_batches(batch_size=1024, columns=wanted):
                for row in batch.to_pylist():
                    number += 1
                    yield _row_item(path, number, row, columns)
    except BatchError as error:
        yield Item(path, path, path, error=str(error))
    except (OSError, ValueError, csv.Error, ImportError) as error:  # pyarrow's errors are ValueError/OSError
        key = f"{path}:after-{number}"
        yield Item(key, key, path, error=f"{path}: cannot read the table after row {number}: {error}")


def _check_columns(path: str, names: Sequence[str], columns: Columns) -> None:
    if columns.text not in names:
        raise BatchError(f"{path}: no column {columns.text!r} (columns: {', '.join(map(str, names)) or 'none'})")


# --- the audit of one article --------------------------------------------------------------------


class _Auditor:
    """Audits Items with the settings of each article's folder (or fixed ones); one per process."""

    def __init__(
        self, fixed: Settings | None, overrides: dict[str, Any], source_lang: str | None = None, freeze: bool = False
    ):
        self.folders, self.source_lang = FolderSettings(fixed, overrides), source_lang
        self._by_folder: dict[str, Settings] = {}  # by the origin's folder as written: no Path made an article
        # ``freeze``: load with the first article as start-up does, collector paused, and freeze it (_first_rows); a
        # process that froze its heap already (a worker forked from the batch's process) is left as it is.
        self.to_freeze = freeze and not gc.get_freeze_count()

    def settings(self, origin: str) -> Settings:
        folder = os.path.dirname(origin)
        found = self._by_folder.get(folder)
        if found is None:
            found = self._by_folder[folder] = self.folders.for_article(Path(origin))
        return found

    def rows(self, item: Item) -> tuple[list[dict[str, object]], list[object], bool]:
        """(issue rows, the document row, fails --fail-on?) for one article; never raises."""
        from auditor.inputs import load
        from auditor.readers import ReadError

        if item.error is not None:
            return [], _error_row(item, item.error), False
        if self.to_freeze:
            return self._first_rows(item)
        try:
            settings = self.settings(item.origin)
            (job,) = load(
                Path(item.path) if item.path is not None else str(item.text),
                settings=settings,
                source=Path(item.source_path) if item.source_path is not None else item.source,
                reference=item.reference,
                source_lang=self.source_lang,
                doc_id=item.doc,
            )
            doc, report = job.doc, job.run()
        except (ReadError, ConfigError) as error:
            return [], _error_row(item, str(error)), False
        except Exception as error:  # a hostile article must not stop the other articles
            return [], _error_row(item, f"{item.doc}: {type(error).__name__}: {error}"), False
        issues = list(finding_rows(report))
        # The columns' counts, in the columns' order (a Finding's severity and category are always known ones).
        severities = dict.fromkeys(_SEVERITY_COLUMNS, 0)
        categories = dict.fromkeys(CATEGORIES, 0)
        for finding in report.findings:
            severities[finding.severity] += 1
            categories[finding.category] += 1
        bleu = chrf = None
        if report.reference is not None:
            bleu = round(report.reference.scores.get("BLEU").score, 2)
            chrf = round(report.reference.scores.get("chrF").score, 2)
        errors = "; ".join(f"rule {rule} failed: {error}" for rule, error in report.errors)
        row: list[object] = [
            item.doc,
            item.origin,
            "rule-error" if report.errors else "ok",
            len(doc.text),
            len(report.findings),
            round(report.score.score, 2),
            *severities.values(),
            *categories.values(),
            bleu,
            chrf,
            errors,
        ]
        fails = settings.fail_on is not None and report.fails(settings.fail_on)
        return issues, row, fails

    def _first_rows(self, item: Item) -> tuple[list[dict[str, object]], list[object], bool]:
        """``rows`` of the first article, which loads most of what the batch keeps (rules' tables, indexes, compiled
        patterns: ~60,000 objects, ~300 in garbage cycles), with the cyclic collector paused; then what is
        loaded goes to the collector's permanent generation, never traversed again. Its passes over the growing heap
        cost ~50 ms (a full pass 18 to 60 ms) of a batch's ~0.4 s start-up; each later article, ~0.01 ms."""
        self.to_freeze = False
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self.rows(item)
        finally:
            gc.freeze()
            if enabled:
                gc.enable()


def _error_row(item: Item, error: str) -> list[object]:
    return [item.doc, item.origin, "error", *([None] * (len(DOCUMENT_FIELDS) - 4)), error]


# --- worker processes ----------------------------------------------------------------------------

_WORKER: _Auditor | None = None


def _worker_init(
    fixed: Settings | None, overrides: dict[str, Any], source_lang: str | None, parent: int | None = None
) -> None:
    global _WORKER
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    _die_with_parent(parent)
    _WORKER = _Auditor(fixed, overrides, source_lang, freeze=True)


def _die_with_parent(parent: int | None = None) -> None:
    """On Linux, have the kernel kill this worker when the main process dies (even by SIGKILL).

    A worker forked just before the main process died never gets that signal (it asked too late): it finds its
    parent gone (``parent`` is the main process's pid) and exits at once.
    """
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if parent is not None and os.getppid() != parent:
        os._exit(1)


@dataclass(slots=True)
class _Chunk:
    """A chunk's results, ready to append: CSV text, never Report objects (cheap to send back)."""

    keys: list[str]
    issues: str
    documents: str
    failing: int


def _csv_text(rows: Iterable[Iterable[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    # Most cells are counts: an int is never a formula, and skips the call.
    writer.writerows(
        [value if type(value) is int else neutralise_cell("" if value is None else value) for value in row]
        for row in rows
    )
    return buffer.getvalue()


def _run_chunk(items: list[Item], auditor: _Auditor | None = None) -> _Chunk:
    auditor = auditor or _WORKER
    assert auditor is not None, "worker not initialised"
    issue_rows: list[Iterable[object]] = []
    doc_rows: list[list[object]] = []
    failing = 0
    for item in items:
        issues, row, fails = auditor.rows(item)
        issue_rows.extend(issue.values() for issue in issues)
        doc_rows.append(row)
        failing += fails
    return _Chunk([item.key for item in items], _csv_text(issue_rows), _csv_text(doc_rows), failing)


def _warm_up(auditor: _Auditor, origin: str) -> None:
    """Load rules, lexicons and the language detector once, before the workers fork and share them."""
    with contextlib.suppress(Exception):  # only a speed-up
        auditor.rows(Item("warm-up", "warm-up", origin, text="同社は本日、新型車を発表した。The price is unknown."))


# --- outputs -------------------------------------------------------------------------------------


@dataclass
class BatchResult:
    """What a batch run (all its sessions, with --resume) wrote, read back from documents.csv."""

    out: Path
    articles: int = 0
    unreadable: int = 0
    rule_errors: int = 0
    findings: int = 0
    failing: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)
    worst: list[dict[str, object]] = field(default_factory=list)
    mean_score: float | None = None
    session_articles: int = 0  # audited in this session (the rest came from the interrupted run)
    session_seconds: float = 0.0
    complete: bool = True
    unreadable_docs: list[str] = field(default_factory=list)  # the first LISTED of the error rows
    skipped: list[str] = field(default_factory=list)  # files the walk passed over (this session)
    unpaired: list[str] = field(default_factory=list)  # articles whose source was not found (this session)
    outputs: list[str] = field(default_factory=list)  # the files written into out

    def as_dict(self) -> dict[str, object]:
        from auditor import __version__

        rate = self.session_articles / self.session_seconds if self.session_seconds else None
        return {
            "tool": "auditor",
            "version": __version__,
            "complete": self.complete,
            "articles": self.articles,
            "unreadable": self.unreadable,
            "rule_errors": self.rule_errors,
            "findings": self.findings,
            "failing": self.failing,
            "by_severity": {name: self.by_severity.get(name, 0) for name in reversed(SEVERITIES)},
            "by_category": {name: self.by_category[name] for name in CATEGORIES if self.by_category.get(name)},
            "score": {
                "mean": None if self.mean_score is None else round(self.mean_score, 2),
                "signature": SCORE_SIGNATURE,
            },
            "worst": self.worst,
            "unreadable_docs": self.unreadable_docs,
            "skipped": {"count": len(self.skipped), "files": self.skipped[:LISTED]},
            "unpaired": {"count": len(self.unpaired), "files": self.unpaired[:LISTED]},
            "outputs": self.outputs,
            "session": {
                "articles": self.session_articles,
                "seconds": round(self.session_seconds, 3),
                "articles_per_s": None if rate is None else round(rate, 1),
            },
        }


# mqm_score's signature without the per-document length (n:...), which documents.csv's chars gives.
SCORE_SIGNATURE = mqm_signature()
LISTED = 20  # how many skipped, unpaired or unreadable files summary.json names


def _utf8(text: str) -> bytes:
    """UTF-8, with a lone surrogate (a file name that is not UTF-8, a JSONL "\\ud800") written as its escape
    ``\\ud800``: the run goes on, the CSV stays readable, and JSON reads the escape back as the same key."""
    return text.encode("utf-8", "backslashreplace")


def _append(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


class _Outputs:
    """issues.csv, documents.csv and the journal in ``out``, appended chunk by chunk."""

    def __init__(self, out: Path, run: dict[str, object], resume: bool):
        self.out = out
        self.issues_path, self.documents_path = out / "issues.csv", out / "documents.csv"
        self.journal_path = out / JOURNAL
        self.done: set[str] = set()
        self.failing = 0
        out.mkdir(parents=True, exist_ok=True)
        if resume and self.journal_path.is_file():
            self._recover(run)
        else:
            if not resume and (self.journal_path.exists() or self.documents_path.exists()):
                raise BatchError(f"{out} already holds a batch run: pass --resume to carry it on, or another --out")
            self._start(run)
        flags = os.O_WRONLY | os.O_APPEND
        self.fds = [os.open(p, flags) for p in (self.issues_path, self.documents_path, self.journal_path)]

    def _start(self, run: dict[str, object]) -> None:
        issues = _utf8(_BOM + _csv_text([ISSUE_FIELDS]))
        documents = _utf8(_BOM + _csv_text([DOCUMENT_FIELDS]))
        self.issues_path.write_bytes(issues)
        self.documents_path.write_bytes(documents)
        header = {"run": run, "issues": len(issues), "documents": len(documents)}
        self.journal_path.write_bytes(_utf8(json.dumps(header, ensure_ascii=False) + "\n"))

    def _recover(self, run: dict[str, object]) -> None:
        """Cut the outputs back to the last journalled chunk and learn which articles are done."""
        data = self.journal_path.read_bytes()
        good = 0  # bytes of the journal up to its last complete line
        sizes: dict[str, int] | None = None
        for line in data.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break
            try:
                entry = json.loads(line)
            except ValueError:
                break
            if "run" in entry and entry["run"] != run:
                raise BatchError(
                    f"{self.out} holds a run with other inputs or options; resume it with the same ones, "
                    "or choose another --out"
                )
            self.done.update(entry.get("keys", ()))
            self.failing += entry.get("failing", 0)
            sizes = {"issues": entry["issues"], "documents": entry["documents"]}
            good += len(line)
        if sizes is None:
            self._start(run)
            return
        with open(self.journal_path, "r+b") as handle:
            handle.truncate(good)
        for path, size in ((self.issues_path, sizes["issues"]), (self.documents_path, sizes["documents"])):
            if not path.is_file() or path.stat().st_size < size:
                raise BatchError(f"{path} is shorter than its journal says: it was changed; start a new run")
            with open(path, "r+b") as handle:
                handle.truncate(size)  # drops rows of a chunk the journal never recorded

    def write(self, chunk: _Chunk) -> None:
        issues_fd, documents_fd, journal_fd = self.fds
        if chunk.issues:
            _append(issues_fd, _utf8(chunk.issues))
        _append(documents_fd, _utf8(chunk.documents))
        # The journal line comes last: a chunk counts as done only once its rows are all written.
        sizes = {"issues": os.fstat(issues_fd).st_size, "documents": os.fstat(documents_fd).st_size}
        entry = {"keys": chunk.keys, **sizes, "failing": chunk.failing}
        _append(journal_fd, _utf8(json.dumps(entry, ensure_ascii=False) + "\n"))
        self.failing += chunk.failing

    def close(self) -> None:
        for fd in self.fds:
            os.close(fd)


def summarise(out: Path, worst: int = 10) -> BatchResult:
    """The totals of a run, streamed from its documents.csv (so they cover every resumed session)."""
    result = BatchResult(out=Path(out))
    lowest: list[tuple[float, int, int, str]] = []  # a heap of the worst articles, bounded
    total_score = 0.0
    scored = 0
    with open(Path(out) / "documents.csv", encoding="utf-8-sig", newline="") as handle:
        # Rows as lists, read by the columns' places (a dict a row cost more than the rest of the summary).
        reader = csv.reader(handle)
        column = {name: place for place, name in enumerate(next(reader, ()))}
        if not column:
            return result  # no header: nothing was written
        doc_at, status_at, findings_at, score_at = (column[name] for name in ("doc", "status", "findings", "score"))
        severities = [(name, column[name]) for name in SEVERITIES]
        categories = [(name, column[name]) for name in CATEGORIES]
        for index, row in enumerate(row for row in reader if row):  # blank lines skipped, as csv.DictReader does
            result.articles += 1
            if row[status_at] == "error":
                result.unreadable += 1
                if len(result.unreadable_docs) < LISTED:
                    result.unreadable_docs.append(_plain(row[doc_at]))
                continue
            result.rule_errors += row[status_at] == "rule-error"
            result.findings += int(row[findings_at])
            for name, place in severities:
                result.by_severity[name] += int(row[place])
            for name, place in categories:
                if row[place] != "0":
                    result.by_category[name] += int(row[place])
            score = float(row[score_at])
            total_score += score
            scored += 1
            entry = (-score, int(row[findings_at]), -index, row[doc_at])
            if not entry[1]:
                continue  # a clean article is never among the worst
            if len(lowest) < worst:
                heapq.heappush(lowest, entry)
            else:
                heapq.heappushpop(lowest, entry)
    result.mean_score = total_score / scored if scored else None
    result.worst = [
        {"doc": _plain(doc), "score": -score, "findings": findings}
        for score, findings, _, doc in sorted(lowest, reverse=True)
    ]
    return result


def _plain(cell: str) -> str:
    """A documents.csv cell as it was before neutralise_cell."""
    return plain_cell(cell)


def default_out(now: float | None = None) -> Path:
    """``reports/<timestamp>/``"""
    return Path("reports") / time.strftime("%Y%m%d-%H%M%S", time.localtime(now))


def run_batch(
    inputs: Sequence[str],
    out: str | os.PathLike[str] | None = None,
    *,
    columns: Columns = Columns(),
    jobs: int | None = None,
    chunk_size: int = 32,
    resume: bool = False,
    settings: Settings | None = None,
    overrides: dict[str, Any] | None = None,
    source_lang: str | None = None,
    source_dir: str | os.PathLike[str] | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
    count: bool = True,
    xlsx: bool = True,
) -> BatchResult:
    """Audit every article ``inputs`` name into ``out``; see the module docstring.

    ``settings`` fixes the settings of every article; otherwise each folder's configuration is
    used, with ``overrides`` (``lang``, ``select``, ``ignore``, ``fail_on``) on top.
    ``source_lang`` is the language of the sources (table columns, and language-tagged files:
    ``a.en.txt`` is the source of ``a.ja.txt`` with ``source_lang="en"``); ``source_dir`` a folder
    of sources laid out like the input folders. ``xlsx`` writes issues.xlsx at the end.
    ``on_progress(done, total)`` is called after every chunk (``total`` is None without ``count``).
    Raises BatchError when it cannot start, or when a worker process dies (the outputs then hold
    every finished article: call again with ``resume=True``).
    """
    check_inputs(inputs)
    pairing = Pairing(os.fspath(source_dir) if source_dir is not None else None, source_lang)
    if pairing.source_dir is not None and not os.path.isdir(pairing.source_dir):
        raise BatchError(f"{pairing.source_dir}: no such folder (--source-dir)")
    probe = Discovery()
    if next(iter_items(inputs, columns, pairing, probe), None) is None:
        raise BatchError(_nothing_to_audit(inputs, probe))
    jobs = max(1, jobs or os.cpu_count() or 1)
    overrides = {key: value for key, value in (overrides or {}).items() if value}
    out_path = Path(out) if out is not None else default_out()
    run = {
        "inputs": list(inputs),
        "columns": [columns.id, columns.text, columns.source, columns.reference],
        "settings": None if settings is None else repr(settings._key),
        "overrides": {key: list(v) if isinstance(v, list | tuple) else v for key, v in sorted(overrides.items())},
        "source_lang": source_lang,
        "source_dir": pairing.source_dir,
    }
    outputs = _Outputs(out_path, run, resume)
    total = count_items(inputs, columns, pairing) if count else None
    discovery = Discovery()
    done = len(outputs.done)
    started = time.perf_counter()
    session = 0
    complete = False
    frozen_before = gc.get_freeze_count()
    auditor = _Auditor(settings, overrides, source_lang, freeze=True)
    try:
        items = (item for item in iter_items(inputs, columns, pairing, discovery) if item.key not in outputs.done)
        chunks = _chunked(items, chunk_size)
        if on_progress:
            on_progress(done, total)
        if jobs > 1:  # one process loads as it goes: what the first articles need, nothing more
            first = str(inputs[0])
            _warm_up(auditor, first if not os.path.isdir(first) else os.path.join(first, "x.txt"))
        for chunk in _results(chunks, jobs, auditor, settings, overrides, source_lang):
            outputs.write(chunk)
            done += len(chunk.keys)
            session += len(chunk.keys)
            if on_progress:
                on_progress(done, total)
        complete = True
    finally:
        if not frozen_before:  # the caller's process gets its collector back as it was
            gc.unfreeze()
        outputs.close()
        result = summarise(out_path)
        result.failing = outputs.failing
        result.session_articles, result.session_seconds = session, time.perf_counter() - started
        result.complete = complete
        result.skipped, result.unpaired = discovery.skipped, discovery.unpaired
        result.outputs = ["issues.csv", "documents.csv", "summary.json"]
        if complete and xlsx:
            write_issues_xlsx(out_path)
            result.outputs.insert(1, "issues.xlsx")
        write_atomic(out_path / "summary.json", json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n")
    return result


def _nothing_to_audit(inputs: Sequence[str], discovery: Discovery) -> str:
    message = f"no article to audit in {', '.join(inputs)}"
    if discovery.skipped:
        kinds = sorted({os.path.splitext(path)[1].lower() or "(no extension)" for path in discovery.skipped})
        names = ", ".join(discovery.skipped[:5]) + (", …" if len(discovery.skipped) > 5 else "")
        message += f": skipped {len(discovery.skipped)} files that are not articles ({', '.join(kinds)}): {names}"
    return message + f" (articles are {', '.join(sorted(ARTICLE_SUFFIXES))}, or JSONL/CSV/Parquet tables)"


_ISSUE_NUMBERS = frozenset({"start", "end", "src_start", "src_end", "line", "column"})


def write_issues_xlsx(out: Path) -> int:
    """``issues.xlsx`` from ``issues.csv`` in ``out``: the same rows as they were before neutralisation, numbers
    as numbers, streamed (auditor/xlsx.py). Returns the number of rows."""
    from auditor.export import write_xlsx_rows

    out = Path(out)
    with open(out / "issues.csv", encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        numbers = [name in _ISSUE_NUMBERS for name in header]

        def values() -> Iterator[list[object]]:
            for row in reader:
                yield [
                    (int(cell) if cell else None) if number else plain_cell(cell)
                    for cell, number in zip(row, numbers, strict=True)
                ]

        return write_xlsx_rows(out / "issues.xlsx", header, values(), sheet="issues")


def _chunked(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _results(
    chunks: Iterator[list[Item]],
    jobs: int,
    auditor: _Auditor,
    settings: Settings | None,
    overrides: dict[str, Any],
    source_lang: str | None,
) -> Iterator[_Chunk]:
    """The chunks' results in input order; with jobs > 1 from a pool with a bounded window."""
    if jobs == 1:
        for chunk in chunks:
            yield _run_chunk(chunk, auditor)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    methods = multiprocessing.get_all_start_methods()
    # fork: workers inherit the loaded rules and lexicons, so start-up costs milliseconds.
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pending: deque[Any] = deque()
    window = jobs * 3  # enough to keep every worker busy, small enough to keep memory flat
    executor = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_worker_init, initargs=(settings, overrides, source_lang, os.getpid())
    )
    try:
        for chunk in chunks:
            pending.append(executor.submit(_run_chunk, chunk))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool:
        raise WorkerDied(
            "a worker process died (killed, or out of memory); every finished article is in the outputs: "
            "run again with --resume to carry on"
        ) from None
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


# --- pandas / Dask -------------------------------------------------------------------------------

_ISSUE_DTYPES = {name: "str" for name in ISSUE_FIELDS} | {
    "start": "int64",
    "end": "int64",
    "src_start": "Int64",
    "src_end": "Int64",
    "line": "int64",
    "column": "int64",
}
_NUMBER_FIELDS = {"chars", "findings", *SEVERITIES, *CATEGORIES}
_DOCUMENT_DTYPES = {
    name: "Int64" if name in _NUMBER_FIELDS else "Float64" if name in {"score", "BLEU", "chrF"} else "str"
    for name in DOCUMENT_FIELDS
}


def frame_meta(output: str = "issues") -> pandas.DataFrame:
    """An empty frame with the columns and dtypes ``audit_frame`` returns (Dask's ``meta``)."""
    return _frame([], output)


def _frame(rows: list[list[object]], output: str) -> pandas.DataFrame:
    import pandas as pd

    dtypes = _ISSUE_DTYPES if output == "issues" else _DOCUMENT_DTYPES
    names = list(dtypes)
    data = {name: pd.Series([row[i] for row in rows], dtype=dtypes[name]) for i, name in enumerate(names)}
    return pd.DataFrame(data, columns=names)


def audit_frame(
    frame: pandas.DataFrame,
    *,
    id_col: str = "id",
    text_col: str = "text",
    source_col: str | None = None,
    reference_col: str | None = None,
    settings: Settings | None = None,
    source_lang: str | None = None,
    output: str = "issues",
) -> pandas.DataFrame:
    """Audit every row of ``frame`` (one article a row) and return a DataFrame.

    ``output="issues"``: one row per finding, the columns of issues.csv (``ISSUE_FIELDS``);
    ``output="documents"``: one row per article, the columns of documents.csv (``DOCUMENT_FIELDS``).
    Values are not neutralised for Excel (that is the CSV writer's job). Pure: usable as a
    ``dask.dataframe.map_partitions`` function with ``meta=frame_meta(output)``.

    >>> import pandas as pd
    >>> found = audit_frame(pd.DataFrame({"id": ["a1"], "text": ["りんごは新型iPhoneを発表した。"]}))
    >>> found[["doc", "rule", "start", "end", "excerpt"]].values.tolist()
    [['a1', 'entity.brand-literal', 0, 3, 'りんご']]
    """
    if output not in ("issues", "documents"):
        raise ValueError(f"output must be 'issues' or 'documents', not {output!r}")
    auditor = _Auditor(settings or Settings(), {}, source_lang)
    columns = Columns(id_col, text_col, source_col, reference_col)
    if len(frame) and text_col not in frame.columns:
        raise KeyError(f"no column {text_col!r} (columns: {', '.join(map(str, frame.columns))})")
    wanted = [c for c in (id_col, text_col, source_col, reference_col) if c and c in frame.columns]
    rows: list[list[object]] = []
    for number, record in enumerate(frame[wanted].to_dict("records"), 1):
        record = {key: (None if _missing(value) else value) for key, value in record.items()}
        if id_col not in record:
            record[id_col] = str(frame.index[number - 1])
        item = _row_item("frame", number, record, columns)
        issues, doc_row, _ = auditor.rows(item)
        if output == "issues":
            rows.extend(list(issue.values()) for issue in issues)
        else:
            rows.append(doc_row)
    return _frame(rows, output)


def _missing(value: object) -> bool:
    try:
        import pandas as pd

        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False

"""Writers: CSV, JSON, XLSX, the review log and the terminal table. They format reports; they never judge.

XLSX is for people, CSV and JSON for programs. The XLSX (auditor/xlsx.py) writes every text cell as a
string (never a formula, so no apostrophe is needed and ``@elonmusk`` stays ``@elonmusk``), with a
frozen header, filters, column widths and the severity coloured. The CSV is UTF-8 with a BOM (so Excel reads
Japanese correctly) and every cell that a spreadsheet would treat as a formula neutralised (OWASP "CSV
injection": a leading ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a ``'`` in front;
``@エロンムスク`` is such a cell). A spreadsheet shows that apostrophe, and LibreOffice's default CSV
import reads the file as Windows-1252 whatever its BOM: open the XLSX there, and give the CSV to programs.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO

from auditor.audit import Report
from auditor.document import Document
from auditor.findings import FIELDS, SEVERITIES
from auditor.review import UNDECIDED, finding_key, review_entries

# Extra columns after DESIGN.md's contract fields: where to look in an editor, and whether the suggestion is a
# safe or an unsafe fix ("" when there is no suggestion).
EXTRA_FIELDS = ("line", "column", "fix")
CSV_FIELDS = FIELDS + EXTRA_FIELDS
# The review log: the findings with the editor's decision (accepted, rejected, fixed, or undecided).
REVIEW_FIELDS = (*CSV_FIELDS, "decision")
# Neutralised: a formula start, after any apostrophes. Prefixing "'=x" too (it is not a formula) makes the
# neutralisation reversible: plain_cell strips exactly the apostrophe neutralise_cell added.
_NEUTRALISED = re.compile(r"'*[=+\-@\t\r]")


def neutralise_cell(value: object) -> object:
    """A cell Excel will show as text, never evaluate."""
    if isinstance(value, str) and _NEUTRALISED.match(value):
        return "'" + value
    return value


def plain_cell(cell: str) -> str:
    """A CSV cell as it was before :func:`neutralise_cell` (its exact inverse on strings)."""
    return cell[1:] if cell.startswith("'") and _NEUTRALISED.match(cell, 1) else cell


def finding_rows(report: Report, decisions: Mapping[str, str] | None = None) -> Iterable[dict[str, object]]:
    """One dict per finding: the contract fields, line, column and fix; with ``decisions`` (finding_key →
    decision), the editor's decision too."""
    doc = report.document
    for finding in report.findings:
        row = finding.as_dict()
        row["doc"] = report.doc_id
        row["line"] = doc.line_of(finding.start)
        row["column"] = doc.column_of(finding.start)
        row["fix"] = finding.fix
        if decisions is not None:
            row["decision"] = decisions.get(finding_key(finding), UNDECIDED)
        yield row


def _csv(fields: Sequence[str], rows: Iterable[Mapping[str, object]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: neutralise_cell("" if value is None else value) for key, value in row.items()})
    return "\ufeff" + buffer.getvalue()


def to_csv(reports: Iterable[Report]) -> str:
    return _csv(CSV_FIELDS, (row for report in reports for row in finding_rows(report)))


def review_log_csv(reports: Iterable[Report], decisions: Mapping[str, str]) -> str:
    """The review log: every finding with the contract fields, line, column, fix and the editor's ``decision``
    (``accepted``, ``rejected``, ``fixed``, else ``undecided``); ``decisions`` maps finding_key → decision."""
    return _csv(REVIEW_FIELDS, (row for report in reports for row in finding_rows(report, decisions)))


# --- XLSX ------------------------------------------------------------------------------------------

XLSX_WIDTHS = {
    "doc": 28, "rule": 30, "category": 22, "severity": 10, "start": 8, "end": 8, "excerpt": 40, "message": 80,
    "suggestion": 30, "src_start": 10, "src_end": 10, "line": 7, "column": 8, "fix": 8, "decision": 11,
}  # fmt: skip
SEVERITY_FILLS = {"critical": "F4B6B6", "major": "FCD9A8", "minor": "D6E6F5"}  # critical first: also bold


def write_xlsx_rows(
    target: Path | IO[bytes], fields: Sequence[str], rows: Iterable[Sequence[object]], sheet: str = "findings"
) -> int:
    """Write ``rows`` (values in the order of ``fields``) as an XLSX workbook, streamed (auditor/xlsx.py), and return
    how many rows were written. Text is always a string cell, never a formula; the header is frozen, with filters
    and widths; a ``severity`` column is coloured. A Path is written atomically."""
    from auditor.xlsx import write_table

    def write(stream: IO[bytes]) -> int:
        return write_table(
            stream,
            fields,
            rows,
            sheet=sheet,
            widths=XLSX_WIDTHS,
            colour_column="severity",
            colours=SEVERITY_FILLS,
        )

    if isinstance(target, Path):
        counted: list[int] = []
        _atomic(target, lambda stream: counted.append(write(stream)))
        return counted[0]
    return write(target)


def _xlsx_rows(rows: Iterable[Mapping[str, object]], fields: Sequence[str]) -> Iterable[list[object]]:
    return ([row.get(name) for name in fields] for row in rows)


def write_xlsx(target: Path | IO[bytes], reports: Iterable[Report], decisions: Mapping[str, str] | None = None) -> int:
    """The findings of ``reports`` as an XLSX workbook (the CSV's columns, and ``decision`` with ``decisions``)."""
    fields = REVIEW_FIELDS if decisions is not None else CSV_FIELDS
    rows = (row for report in reports for row in finding_rows(report, decisions))
    return write_xlsx_rows(target, fields, _xlsx_rows(rows, fields))


def xlsx_bytes(reports: Iterable[Report], decisions: Mapping[str, str] | None = None) -> bytes:
    """:func:`write_xlsx` into memory (the app's download)."""
    buffer = io.BytesIO()
    write_xlsx(buffer, reports, decisions)
    return buffer.getvalue()


def report_dict(report: Report) -> dict[str, object]:
    doc = report.document
    return {
        "doc": report.doc_id,
        "lang": doc.lang,
        "format": doc.source_format,
        "encoding": doc.encoding,
        "chars": len(doc.text),
        "counts": {
            "findings": len(report.findings),
            "by_severity": {name: report.by_severity().get(name, 0) for name in SEVERITIES},
            "by_category": dict(sorted(report.by_category().items())),
        },
        "score": report.score.as_dict(),
        "reference": _reference_dict(report),
        "rule_errors": [{"rule": rule, "error": error} for rule, error in report.errors],
        "findings": list(finding_rows(report)),
    }


def _reference_dict(report: Report) -> dict[str, object] | None:
    if report.reference is None:
        return None
    scores = report.reference.scores
    return {
        "document": [score.as_dict() for score in scores.document],
        "sentences": [
            {**pair.as_dict(), "scores": {score.name: round(score.score, 4) for score in row}}
            for pair, row in zip(report.reference.scored_pairs, scores.segments, strict=True)
        ],
    }


def align_rows(doc: Document) -> list[dict[str, object]]:
    """The sentence pairs of a bilingual document, with both texts, for `auditor align`."""
    from auditor.analysis.context import Analysis

    source = doc.source
    assert source is not None
    return [
        {
            **pair.as_dict(),
            "source": source.text[pair.src_start : pair.src_end],
            "target": doc.text[pair.tgt_start : pair.tgt_end],
        }
        for pair in Analysis(doc).alignment
    ]


def alignment_table(rows: Sequence[dict[str, object]], tsv: bool = False) -> str:
    columns = ("kind", "confidence", "source", "target")
    if tsv:
        lines = ["\t".join(columns)]
        lines += ["\t".join(_one_line(str(row[name]), 10_000) for name in columns) for row in rows]
        return "\n".join(lines) + "\n"
    lines = [f"{row['kind']:>4} {row['confidence']:.2f}  {_one_line(str(row['source']), 60):<60}  "
             f"{_one_line(str(row['target']), 40)}" for row in rows]
    return "\n".join(lines) + "\n"


def to_json(reports: Iterable[Report], errors: Sequence[tuple[str, str]] = ()) -> str:
    from auditor import __version__

    payload = {
        "tool": "auditor",
        "version": __version__,
        "documents": [report_dict(report) for report in reports],
        "unreadable": [{"doc": doc, "error": error} for doc, error in errors],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def to_table(reports: Sequence[Report], color: bool = False) -> str:
    """A readable listing for the terminal, grouped by document: critical and major findings first, and the many
    findings of one rule (``register.mixed`` on a mixed article) on one line (``register.mixed ×24``)."""
    import click

    colours = {"critical": "red", "major": "yellow", "minor": "cyan"}
    out: list[str] = []
    total = 0
    for report in reports:
        out.append(click.style(report.doc_id or "(text)", bold=True) if color else (report.doc_id or "(text)"))
        if not report.findings:
            out.append("  no findings")
        doc = report.document
        entries = review_entries(report.findings)
        places = [f"{doc.line_of(e.first.start)}:{doc.column_of(e.first.start)}" for e in entries]
        width = max((len(place) for place in places), default=0)  # one column, however many lines the text has
        rule_width = max((len(entry.label) for entry in entries), default=0)
        for entry, place in zip(entries, places, strict=True):
            finding = entry.first
            severity = finding.severity
            tag = click.style(f"{severity:<8}", fg=colours[severity]) if color else f"{severity:<8}"
            if entry.grouped:
                lines = sorted({doc.line_of(f.start) for f in entry.findings})
                shown = ", ".join(map(str, lines[:8])) + (", …" if len(lines) > 8 else "")
                detail = f"lines {shown}"
                suggestion = ""
            else:
                detail = f"「{_one_line(finding.excerpt, 40)}」"
                suggestion = f"  → {_one_line(finding.suggestion, 30)}" if finding.suggestion else ""
            out.append(f"  {place:<{width}} {tag} {entry.label:<{rule_width}} {detail}{suggestion}")
            out.append(f"  {'':<{width}} {'':8} {finding.message}")
        for rule, error in report.errors:
            out.append(f"  rule {rule} failed on this document: {error}")
        out.append(f"  score: {report.score}")
        if report.reference is not None:
            for score in report.reference.scores.document:
                out.append(f"  reference: {score}")
        total += len(report.findings)
        out.append("")
    counts = {name: sum(r.by_severity().get(name, 0) for r in reports) for name in SEVERITIES}
    detail = ", ".join(f"{counts[name]} {name}" for name in reversed(SEVERITIES) if counts[name])
    plural = "s" if len(reports) != 1 else ""
    out.append(
        f"{total} finding{'s' if total != 1 else ''}"
        + (f" ({detail})" if detail else "")
        + f" in {len(reports)} document{plural}"
    )
    return "\n".join(out) + "\n"


def _one_line(value: str, width: int) -> str:
    value = value.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎").replace("\t", " ")
    return value if len(value) <= width else value[: width - 1] + "…"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _atomic(path: Path, write: Callable[[IO[bytes]], object], like: Path | None = None) -> None:
    """Write ``path`` through a temporary file beside it and a rename, so that a reader never sees a half-written
    file. The file gets the mode of ``like`` (or of the file it replaces), else what the umask gives a new file
    (0644 with the usual 022; a temporary file alone would be 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        for model in (like, path):
            if model is not None and model.exists():
                os.chmod(temporary, model.stat().st_mode & 0o7777)
                break
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` as UTF-8, atomically (see :func:`_atomic`).

    A lone surrogate (a file name that is not UTF-8, a JSON "\\ud800") cannot be UTF-8: it is written as the
    escape \\ud800, which keeps CSV readable and is JSON's own escape inside a JSON string.
    """
    data = content.encode("utf-8", "backslashreplace")
    _atomic(path, lambda stream: stream.write(data))


def write_atomic_bytes(path: Path, data: bytes, like: Path | None = None) -> None:
    """Write ``data`` to ``path`` atomically, with the mode of ``like`` when given (``auditor fix``)."""
    _atomic(path, lambda stream: stream.write(data), like)

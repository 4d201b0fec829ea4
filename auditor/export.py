"""Writers: CSV, JSON and the terminal table. They format reports; they never judge.

The CSV is meant to be opened in Excel by editors: UTF-8 with a BOM (so Excel
reads Japanese correctly) and every cell that Excel would treat as a formula
neutralised (OWASP "CSV injection": a leading ``=``, ``+``, ``-``, ``@``, tab or
carriage return gets a ``'`` in front). ``@エロンムスク`` is such a cell.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from auditor.audit import Report
from auditor.document import Document
from auditor.findings import FIELDS, SEVERITIES

# Extra columns after DESIGN.md's contract fields: where to look in an editor, and whether the suggestion is a
# safe or an unsafe fix ("" when there is no suggestion).
EXTRA_FIELDS = ("line", "column", "fix")
CSV_FIELDS = FIELDS + EXTRA_FIELDS
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> object:
    """A cell Excel will show as text, never evaluate."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def finding_rows(report: Report) -> Iterable[dict[str, object]]:
    doc = report.document
    for finding in report.findings:
        row = finding.as_dict()
        row["doc"] = report.doc_id
        row["line"] = doc.line_of(finding.start)
        row["column"] = doc.column_of(finding.start)
        row["fix"] = finding.fix
        yield row


def to_csv(reports: Iterable[Report]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for report in reports:
        for row in finding_rows(report):
            writer.writerow({key: neutralise_cell("" if value is None else value) for key, value in row.items()})
    return "\ufeff" + buffer.getvalue()


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
    """A readable listing for the terminal, grouped by document."""
    import click

    colours = {"critical": "red", "major": "yellow", "minor": "cyan"}
    out: list[str] = []
    total = 0
    for report in reports:
        out.append(click.style(report.doc_id or "(text)", bold=True) if color else (report.doc_id or "(text)"))
        if not report.findings:
            out.append("  no findings")
        for row in finding_rows(report):
            severity = str(row["severity"])
            tag = click.style(f"{severity:<8}", fg=colours[severity]) if color else f"{severity:<8}"
            excerpt = _one_line(str(row["excerpt"]), 40)
            suggestion = f"  → {_one_line(str(row['suggestion']), 30)}" if row["suggestion"] else ""
            out.append(f"  {row['line']}:{row['column']:<5} {tag} {row['rule']:<32} 「{excerpt}」{suggestion}")
            out.append(f"  {'':6} {'':8} {row['message']}")
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


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` so that a reader never sees a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # A lone surrogate (a file name that is not UTF-8, a JSON "\ud800") cannot be UTF-8: written as the
        # escape \ud800, which keeps CSV readable and is JSON's own escape inside a JSON string.
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace", newline="") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

"""How ``auditor eval`` shows its numbers: a terminal table, Markdown, or JSON."""

from __future__ import annotations

import json

from auditor.eval.score import ALL, EvalResult

COLUMNS = ("category", "gold", "recall", "findings", "precision", "F1", "FP/10k clean")


def _fmt(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def rows(result: EvalResult) -> list[tuple[str, ...]]:
    """One row per category with gold spans or findings, then the overall row."""
    table = []
    for category in [*result.categories(), ALL]:
        tally = result.overall if category == ALL else result.tallies[category]
        table.append(
            (
                category,
                str(tally.gold),
                _fmt(tally.recall),
                str(tally.findings),
                _fmt(tally.precision),
                _fmt(tally.f1),
                _fmt(result.fp_rate(category)),
            )
        )
    return table  # type: ignore[return-value]  # rows of seven cells


def summary_line(result: EvalResult) -> str:
    return (
        f"{result.documents} documents ({result.clean_documents} clean, {result.clean_chars:,} clean characters); "
        f"{len(result.misses)} missed spans, {len(result.false_positives)} unmatched findings"
    )


def to_table(result: EvalResult, details: bool = False) -> str:
    table = [COLUMNS, *rows(result)]
    widths = [max(len(row[i]) for row in table) for i in range(len(COLUMNS))]
    lines = [
        "  ".join(cell.ljust(width) if i == 0 else cell.rjust(width) for i, (cell, width) in enumerate(pairs))
        for pairs in (zip(row, widths, strict=True) for row in table)
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    lines.append("")
    lines.append(summary_line(result))
    if details:
        for miss in result.misses:
            span = miss.span
            lines.append(f"missed  {miss.doc_id} {span.start}:{span.end} {span.category} {miss.excerpt!r}")
        for fp in result.false_positives:
            finding = fp.finding
            where = "clean" if fp.clean else "extra"
            lines.append(f"{where:7} {fp.doc_id} {finding.start}:{finding.end} {finding.rule} {finding.excerpt!r}")
    return "\n".join(lines) + "\n"


def to_markdown(result: EvalResult) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "|".join("---" for _ in COLUMNS) + "|"]
    for row in rows(result):
        cells = [f"`{row[0]}`" if row[0] != ALL else "**all**", *row[1:]]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def to_json(result: EvalResult) -> str:
    return json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n"


def render(result: EvalResult, fmt: str, details: bool = False) -> str:
    if fmt == "json":
        return to_json(result)
    if fmt == "markdown":
        return to_markdown(result)
    return to_table(result, details)

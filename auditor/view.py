"""HTML views of a report for the app: the article with its findings highlighted in place, and
source ↔ target sentence pairs side by side. Pure functions, no Streamlit: they are tested alone.

Offsets are the findings' own, on the text exactly as read: the text is cut at every finding
boundary, never normalised, and every piece of it goes through :func:`html.escape`, so an article
full of ``<script>`` or Markdown shows as text. Overlapping findings split the text into pieces; a
piece covered by several findings lists them all on hover and takes the colour of the worst.

    >>> import auditor
    >>> report = auditor.audit("りんごは新型iPhoneを発表した。", lang="ja")
    >>> html = highlight_html(report.document.text, report.findings)
    >>> 'data-findings="1"' in html and ">りんご</mark>" in html
    True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING, cast

from auditor.findings import CATEGORIES, SEVERITIES, SEVERITY_RANK, Finding

if TYPE_CHECKING:
    from auditor.analysis.alignment import Pair
    from auditor.audit import Report

__all__ = [
    "CATEGORY_COLOURS",
    "STYLE",
    "Mark",
    "Piece",
    "counts_by_category",
    "filter_findings",
    "filtered_report",
    "highlight_html",
    "language_choices",
    "legend_html",
    "marks_for",
    "pairs_html",
    "pieces",
    "reference_rows",
]

# One light background per category, so the highlighted text stays readable. Families share a hue:
# accuracy reds/oranges, terminology violet, locale blues, markup greens, fluency yellows, style grey.
CATEGORY_COLOURS: dict[str, str] = {
    "accuracy/entity": "#ffb3b3",
    "accuracy/handle": "#ffc2e0",
    "accuracy/number": "#ffcc99",
    "accuracy/untranslated": "#ff9e80",
    "accuracy/omission": "#f4a3a3",
    "accuracy/addition": "#f7c6a3",
    "accuracy/mistranslation": "#e6a8d7",
    "terminology/inconsistent": "#d9c2ff",
    "locale/units": "#a8d8ff",
    "locale/punctuation": "#bfe3f2",
    "locale/date": "#b3c7ff",
    "markup/embed": "#b8e6b8",
    "markup/whitespace": "#d4f0c0",
    "fluency/register": "#fff0a0",
    "fluency/grammar": "#ffe08a",
    "style/other": "#dddddd",
}

# Scoped to the classes below; white-space: pre-wrap shows line breaks and doubled spaces as they are.
STYLE = """<style>
.auditor-text { white-space: pre-wrap; line-height: 2; font-size: 1.05rem; overflow-wrap: anywhere; }
.auditor-text mark.auditor-hl { border-radius: 3px; padding: 1px 0; color: inherit; cursor: help; }
.auditor-text mark.sev-critical { box-shadow: inset 0 -3px 0 #b00020; }
.auditor-text mark.sev-major { box-shadow: inset 0 -2px 0 #7a4a00; }
.auditor-text mark.overlap { outline: 1px dashed #555; }
table.auditor-pairs { border-collapse: collapse; width: 100%; }
table.auditor-pairs td { vertical-align: top; border-top: 1px solid #ddd; padding: 4px 8px; width: 47%; }
table.auditor-pairs td.auditor-kind { width: 6%; color: #777; font-size: 0.8rem; white-space: nowrap; }
table.auditor-pairs td.auditor-missing { color: #b00020; font-style: italic; }
.auditor-legend span { display: inline-block; margin: 0 6px 4px 0; padding: 0 6px; border-radius: 3px; }
</style>"""


@dataclass(frozen=True, slots=True)
class Mark:
    """A span to highlight: ``start:end`` on the text shown, and the finding it stands for."""

    start: int
    end: int
    number: int  # 1-based: the finding's row in the list beside the text
    finding: Finding


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of text covered by the same set of marks (none for plain text)."""

    start: int
    end: int
    marks: tuple[Mark, ...]


def marks_for(findings: Sequence[Finding], side: str = "target") -> list[Mark]:
    """The spans to highlight, numbered in list order: target offsets, or source offsets (``side="source"``)
    for the findings that have them."""
    if side not in ("target", "source"):
        raise ValueError(f"side must be 'target' or 'source', not {side!r}")
    marks = []
    for number, finding in enumerate(findings, 1):
        if side == "target":
            marks.append(Mark(finding.start, finding.end, number, finding))
        elif finding.src_start is not None and finding.src_end is not None and finding.src_end > finding.src_start:
            marks.append(Mark(finding.src_start, finding.src_end, number, finding))
    return marks


def pieces(start: int, end: int, marks: Iterable[Mark]) -> list[Piece]:
    """Cut ``start:end`` at every mark boundary inside it; each piece knows the marks covering it.

    Marks are clipped to ``start:end``; pieces cover ``start:end`` exactly, in order.
    """
    clipped = [m for m in marks if m.start < end and start < m.end]
    bounds = {start, end}
    for mark in clipped:
        bounds.add(max(mark.start, start))
        bounds.add(min(mark.end, end))
    ordered = sorted(bounds)
    opening: dict[int, list[Mark]] = {}
    for mark in clipped:
        opening.setdefault(max(mark.start, start), []).append(mark)
    active: list[Mark] = []
    result = []
    for left, right in pairwise(ordered):
        # A sweep: drop the marks that ended, add the ones that open here. O(boundaries × overlap depth).
        active = [m for m in active if m.end > left] + opening.get(left, [])
        result.append(Piece(left, right, tuple(sorted(active, key=lambda m: m.number))))
    return result


def _title(marks: Sequence[Mark]) -> str:
    lines = []
    for mark in marks:
        f = mark.finding
        lines.append(f"#{mark.number} {f.severity} · {f.category} · {f.rule}: {f.message}")
        if f.suggestion:
            lines.append(f"   → {f.suggestion}")
    return "\n".join(lines)


def _worst(marks: Sequence[Mark]) -> Mark:
    # The most severe first; among equals the one listed first, so the colour is stable.
    return max(marks, key=lambda m: (SEVERITY_RANK[m.finding.severity], -m.number))


def _mark_html(text: str, marks: Sequence[Mark]) -> str:
    worst = _worst(marks).finding
    classes = f"auditor-hl sev-{worst.severity}" + (" overlap" if len(marks) > 1 else "")
    numbers = " ".join(str(m.number) for m in marks)
    colour = CATEGORY_COLOURS[worst.category]
    return (
        f'<mark class="{classes}" data-findings="{numbers}" data-category="{html.escape(worst.category)}"'
        f' style="background-color:{colour}" title="{html.escape(_title(marks), quote=True)}">'
        f"{html.escape(text, quote=True)}</mark>"
    )


def highlight_html(
    text: str, findings: Sequence[Finding] | Sequence[Mark], start: int = 0, end: int | None = None
) -> str:
    """``text[start:end]`` as escaped HTML with every finding in it wrapped in a coloured ``<mark>``.

    ``findings`` are Findings (numbered 1.. in the order given, target offsets) or Marks. The visible
    text of the result, unescaped, is exactly ``text[start:end]``. No wrapper element: put it inside
    ``<div class="auditor-text">`` (see :data:`STYLE`).
    """
    end = len(text) if end is None else end
    if findings and isinstance(findings[0], Finding):
        marks = marks_for(cast(Sequence[Finding], findings))
    else:
        marks = list(cast(Sequence[Mark], findings))
    out = []
    for piece in pieces(start, end, marks):
        chunk = text[piece.start : piece.end]
        out.append(_mark_html(chunk, piece.marks) if piece.marks else html.escape(chunk, quote=True))
    return "".join(out)


def legend_html(categories: Iterable[str]) -> str:
    """A colour key for ``categories``."""
    spans = (f'<span style="background-color:{CATEGORY_COLOURS[c]}">{html.escape(c)}</span>' for c in categories)
    return f'<div class="auditor-legend">{"".join(spans)}</div>'


def pairs_html(source_text: str, target_text: str, pairs: Sequence[Pair], findings: Sequence[Finding]) -> str:
    """A table of aligned sentence pairs: the source on the left, the translation on the right, each with
    its findings highlighted (source offsets on the left for bilingual findings). A missing side says so."""
    target_marks = marks_for(findings, "target")
    source_marks = marks_for(findings, "source")
    rows = []
    for pair in pairs:
        cells = []
        for text, marks, start, end, label in (
            (source_text, source_marks, pair.src_start, pair.src_end, "no source sentence"),
            (target_text, target_marks, pair.tgt_start, pair.tgt_end, "not translated"),
        ):
            if end > start:
                cells.append(f'<td class="auditor-text">{highlight_html(text, marks, start, end)}</td>')
            else:
                cells.append(f'<td class="auditor-missing">({label})</td>')
        kind = f"{pair.kind}<br>{pair.confidence:.2f}"
        rows.append(f'<tr>{cells[0]}{cells[1]}<td class="auditor-kind">{kind}</td></tr>')
    return f'<table class="auditor-pairs">{"".join(rows)}</table>'


def filter_findings(
    findings: Iterable[Finding],
    categories: Iterable[str] = (),
    severities: Iterable[str] = (),
    rules: Iterable[str] = (),
) -> list[Finding]:
    """The findings whose category, severity and rule are among those given; an empty choice keeps all."""
    wanted = [set(categories), set(severities), set(rules)]
    return [
        f
        for f in findings
        if all(
            not chosen or value in chosen
            for chosen, value in zip(wanted, (f.category, f.severity, f.rule), strict=True)
        )
    ]


def filtered_report(report: Report, findings: list[Finding]) -> Report:
    """A copy of ``report`` with only ``findings`` (for exports of what the editor sees)."""
    return replace(report, findings=findings)


def counts_by_category(findings: Iterable[Finding]) -> dict[str, dict[str, int]]:
    """``{category: {severity: count}}`` in the order of CATEGORIES, only categories with findings."""
    counts: dict[str, dict[str, int]] = {}
    for finding in findings:
        counts.setdefault(finding.category, dict.fromkeys(SEVERITIES, 0))[finding.severity] += 1
    return {c: counts[c] for c in CATEGORIES if c in counts}


def reference_rows(report: Report) -> list[dict[str, object]]:
    """One row per reference ↔ article sentence pair with both sides, with its segment scores."""
    reference = report.reference
    if reference is None:
        return []
    rows = []
    for pair, scores in zip(reference.scored_pairs, reference.scores.segments, strict=True):
        row: dict[str, object] = {
            "article": report.document.text[pair.tgt_start : pair.tgt_end],
            "reference": reference.document.text[pair.src_start : pair.src_end],
        }
        row.update({score.name: round(score.score, 1) for score in scores})
        rows.append(row)
    return rows


def language_choices() -> dict[str, str]:
    """Target languages to offer, code → name: Japanese first, then those the lexicon can name."""
    from auditor.lexicons import COMMON, get_lexicon
    from auditor.lexicons.schema import LanguageRow

    choices = {"ja": "Japanese"}
    for row in get_lexicon(COMMON).table(LanguageRow):
        choices.setdefault(row.code, row.name)
    return choices

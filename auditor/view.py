"""HTML views of a report for the app: the article with its findings highlighted in place, the review
list's entries, the corrected text with its edits, source ↔ target sentence pairs side by side, and
the summary table. Pure functions, no Streamlit: they are tested alone.

Offsets are the findings' own, on the text exactly as read: the text is cut at every finding
boundary, never normalised, and every piece of it goes through :func:`html.escape`, so an article
full of ``<script>`` or Markdown shows as text. Overlapping findings split the text into pieces; a
piece covered by several findings names them all (``data-findings``, and ``aria-label`` for screen
readers) and takes the colour of the worst; its severity shows as an underline (thick red: critical,
orange: major, none: minor), which the legend explains.

The app adds :data:`REVIEW_SCRIPT`, a small script of our own (no article text in it): clicking a
list entry marks its spans and scrolls the article to them, clicking a highlight selects its entry
and opens a styled note with every finding on that piece (from :func:`notes_html`), one under the
other; Escape or a click elsewhere closes it.

    >>> import auditor
    >>> report = auditor.audit("りんごは新型iPhoneを発表した。", lang="ja")
    >>> html = highlight_html(report.document.text, report.findings)
    >>> 'data-findings="1"' in html and ">りんご</mark>" in html
    True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING, cast

from auditor.findings import CATEGORIES, SEVERITIES, SEVERITY_RANK, Finding
from auditor.review import Entry

if TYPE_CHECKING:
    from auditor.analysis.alignment import Pair
    from auditor.audit import Report

__all__ = [
    "CATEGORY_COLOURS",
    "REVIEW_SCRIPT",
    "SEVERITY_COLOURS",
    "STYLE",
    "Mark",
    "Piece",
    "counts_by_category",
    "entry_html",
    "filter_findings",
    "filtered_report",
    "fixes_html",
    "highlight_html",
    "language_choices",
    "legend_html",
    "marks_for",
    "notes_html",
    "pairs_html",
    "pieces",
    "reference_rows",
    "summary_html",
]

# One light background per category, far enough apart to tell apart at a glance (at least 18 ΔE*ab between the
# categories the rules report; tests/test_view.py measures it). From ColorBrewer's Set3, whose twelve colours go to
# the twelve categories the rules report; the four others are picked far from them.
CATEGORY_COLOURS: dict[str, str] = {
    "accuracy/entity": "#fb8072",
    "accuracy/handle": "#fccde5",
    "accuracy/number": "#fdb462",
    "accuracy/untranslated": "#bc80bd",
    "accuracy/omission": "#d9d9d9",
    "accuracy/addition": "#ccebc5",
    "accuracy/mistranslation": "#ff78ff",
    "terminology/inconsistent": "#bebada",
    "locale/units": "#80b1d3",
    "locale/punctuation": "#8dd3c7",
    "locale/date": "#78ffb4",
    "markup/embed": "#b3de69",
    "markup/whitespace": "#ffed6f",
    "fluency/register": "#ffffb3",
    "fluency/grammar": "#87a5ff",
    "style/other": "#ff78b4",
}
# Severity: an underline in the text, a badge in the list.
SEVERITY_COLOURS: dict[str, str] = {"critical": "#b00020", "major": "#d45500", "minor": "#5f6b7a"}

# Scoped to the classes below; white-space: pre-wrap shows line breaks and doubled spaces as they are.
STYLE = """<style>
.auditor-text { white-space: pre-wrap; line-height: 2.1; font-size: 1.05rem; overflow-wrap: anywhere; }
.auditor-text mark.auditor-hl { border-radius: 3px; padding: 1px 0; color: inherit; cursor: pointer; }
.auditor-text mark.sev-critical { box-shadow: inset 0 -4px 0 #b00020; }
.auditor-text mark.sev-major { box-shadow: inset 0 -3px 0 #d45500; }
.auditor-text mark.overlap { outline: 1px dashed #555; }
.auditor-text mark.decided-fixed { text-decoration: line-through; opacity: 0.75; }
.auditor-text mark.decided-rejected { background-color: transparent !important; box-shadow: none;
  outline: 1px dotted #999; }
.auditor-text mark.auditor-selected { outline: 3px solid #1a73e8; outline-offset: 1px; }
.auditor-notes { display: none; }
table.auditor-pairs { border-collapse: collapse; width: 100%; }
table.auditor-pairs td { vertical-align: top; border-top: 1px solid #ddd; padding: 4px 8px; width: 47%; }
table.auditor-pairs td.auditor-kind { width: 6%; color: #777; font-size: 0.8rem; white-space: nowrap; }
table.auditor-pairs td.auditor-missing { color: #b00020; font-style: italic; }
.auditor-legend { font-size: 0.75rem; line-height: 1.7; color: #444; }
.auditor-legend span.cat { display: inline-block; margin: 0 8px 0 0; white-space: nowrap; }
.auditor-legend abbr { text-decoration: none; }
.auditor-legend span.sev { display: inline-block; margin: 0 6px 0 0; padding: 0 3px; }
.auditor-sev { display: inline-block; padding: 0 6px; border-radius: 8px; color: #fff; font-size: 0.72rem;
  font-weight: 600; line-height: 1.5; vertical-align: 1px; }
.auditor-cat { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 2px; vertical-align: -1px; }
.auditor-card { font-size: 0.86rem; line-height: 1.45; }
.auditor-card .rule { font-weight: 600; }
.auditor-card .where { color: #777; font-size: 0.78rem; }
.auditor-card .fix { margin: 2px 0; overflow-wrap: anywhere; }
.auditor-card .excerpt { background: #f3f3f3; border-radius: 3px; padding: 0 3px; white-space: pre-wrap; }
.auditor-card .suggestion { background: #e6f4ea; border-radius: 3px; padding: 0 3px; white-space: pre-wrap; }
.auditor-card .message { color: #333; }
.auditor-card .decision { float: right; font-size: 0.75rem; font-weight: 600; }
.auditor-card .decision.fixed { color: #137333; }
.auditor-card .decision.accepted { color: #1a73e8; }
.auditor-card .decision.rejected { color: #777; }
.auditor-card .safety { font-size: 0.72rem; color: #555; border: 1px solid #ccc; border-radius: 6px; padding: 0 4px; }
.auditor-diff { white-space: pre-wrap; line-height: 2; font-size: 1.0rem; overflow-wrap: anywhere; }
.auditor-diff del { background: #fbd3d0; text-decoration: line-through; }
.auditor-diff ins { background: #c8efd2; text-decoration: none; }
table.auditor-summary { border-collapse: collapse; font-size: 0.85rem; }
table.auditor-summary td, table.auditor-summary th { padding: 2px 8px; border-bottom: 1px solid #eee;
  text-align: right; }
table.auditor-summary td.name, table.auditor-summary th.name { text-align: left; white-space: nowrap; }
table.auditor-summary td.bar { width: 240px; text-align: left; }
table.auditor-summary td.bar span { display: inline-block; height: 0.7rem; }
.auditor-tip { position: absolute; z-index: 1000; max-width: 420px; background: #fff; color: #222;
  border: 1px solid #bbb; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); padding: 6px 10px;
  font-size: 0.85rem; line-height: 1.45; }
.auditor-tip .auditor-note + .auditor-note { border-top: 1px solid #e3e3e3; margin-top: 6px; padding-top: 6px; }
</style>"""

# The review pane's behaviour (installed once per page; no article text in it). Entries are the containers
# whose class starts with st-key-entry- (Streamlit's class for a container with a key); each holds a
# span.auditor-entry naming its findings' numbers.
REVIEW_SCRIPT = """<script>
(() => {
  if (window.auditorReview) { window.auditorReview.refresh(); return; }
  const page = window.document;
  let chosen = [];  // the finding numbers selected, kept across Streamlit's redraws
  const numbers = (el) => (el && el.getAttribute("data-findings") || "").split(" ").filter(Boolean);
  const marksOf = (wanted) => [...page.querySelectorAll("mark.auditor-hl")]
    .filter((m) => numbers(m).some((n) => wanted.includes(n)));
  const entryOf = (number) => {
    const tags = [...page.querySelectorAll(".auditor-entry")].filter((t) => numbers(t).includes(number));
    tags.sort((a, b) => numbers(a).length - numbers(b).length);  // a finding's own entry before its group's
    return tags.length ? (tags[0].closest("[class*='st-key-entry-']") || tags[0]) : null;
  };
  const clear = () => page.querySelectorAll(".auditor-selected")
    .forEach((el) => el.classList.remove("auditor-selected"));
  const tip = () => {
    let box = page.querySelector("div.auditor-tip");
    if (!box) { box = page.createElement("div"); box.className = "auditor-tip"; box.hidden = true;
      page.body.appendChild(box); }
    return box;
  };
  const hideTip = () => { tip().hidden = true; };
  const showTip = (mark) => {
    const box = tip();
    box.replaceChildren(...numbers(mark).map((n) => page.querySelector(`.auditor-note[data-n="${n}"]`))
      .filter(Boolean).map((note) => note.cloneNode(true)));
    const where = mark.getBoundingClientRect();
    box.hidden = false;
    box.style.left = `${Math.max(8, Math.min(where.left + window.scrollX, window.innerWidth - 430))}px`;
    box.style.top = `${where.bottom + window.scrollY + 6}px`;
  };
  // Scroll the pane that holds ``el`` (the article or the list), never the page: the other pane stays in view.
  const reveal = (el, middle) => {
    const scrolls = (node) => node.scrollHeight > node.clientHeight + 1
      && /(auto|scroll)/.test(getComputedStyle(node).overflowY);
    let pane = el.parentElement;
    while (pane && !scrolls(pane)) { pane = pane.parentElement; }
    if (!pane) return;
    const box = el.getBoundingClientRect(), frame = pane.getBoundingClientRect();
    if (middle) {
      pane.scrollTop += box.top - frame.top - (frame.height - box.height) / 2;
    } else if (box.top < frame.top) {
      pane.scrollTop += box.top - frame.top - 8;
    } else if (box.bottom > frame.bottom) {
      pane.scrollTop += Math.min(box.bottom - frame.bottom + 8, box.top - frame.top - 8);
    }
  };
  const select = (wanted, scrollText, entry) => {
    chosen = wanted; clear();
    const marks = marksOf(wanted);
    marks.forEach((m) => m.classList.add("auditor-selected"));
    if (entry) { entry.classList.add("auditor-selected"); }
    if (scrollText && marks.length) { reveal(marks[0], true); }
    return marks;
  };
  page.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const mark = target.closest("mark.auditor-hl");
    if (mark) {
      const list = numbers(mark);
      // Several findings on one piece: each click selects the next one.
      const at = list.indexOf(chosen.length === 1 ? chosen[0] : "");
      const number = list[(at + 1) % list.length];
      const entry = entryOf(number);
      select([number], false, entry);
      if (entry) { reveal(entry, false); }
      showTip(mark);
      return;
    }
    if (target.closest("div.auditor-tip")) return;
    hideTip();
    const entry = target.closest("[class*='st-key-entry-']");
    if (entry && !target.closest("button")) {
      select(numbers(entry.querySelector(".auditor-entry")), true, entry);
    }
  });
  page.addEventListener("keydown", (event) => {
    if (event.key === "Escape") { hideTip(); return; }
    const mark = event.target instanceof Element && event.target.closest("mark.auditor-hl");
    if (mark && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); mark.click(); }
  });
  const refresh = () => {  // after a redraw, mark the selection again (without scrolling)
    if (chosen.length && !page.querySelector("mark.auditor-selected")) {
      const entry = chosen.length === 1 ? entryOf(chosen[0]) : null;
      if (marksOf(chosen).length) select(chosen, false, entry);
    }
  };
  new MutationObserver(() => window.requestAnimationFrame(refresh))
    .observe(page.body, { childList: true, subtree: true });
  window.auditorReview = { refresh, select, reveal };
})();
</script>"""


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


def _label(marks: Sequence[Mark]) -> str:
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


def _mark_html(text: str, marks: Sequence[Mark], decisions: Mapping[int, str] | None = None) -> str:
    worst = _worst(marks)
    classes = f"auditor-hl sev-{worst.finding.severity}" + (" overlap" if len(marks) > 1 else "")
    if decisions:
        decided = {decisions.get(m.number) for m in marks}
        if len(decided) == 1 and None not in decided:
            classes += f" decided-{decided.pop()}"
    numbers = " ".join(str(m.number) for m in marks)
    colour = CATEGORY_COLOURS[worst.finding.category]
    return (
        f'<mark class="{classes}" data-findings="{numbers}" data-category="{html.escape(worst.finding.category)}"'
        f' style="background-color:{colour}" tabindex="0" role="button"'
        f' aria-label="{html.escape(_label(marks), quote=True)}">'
        f"{html.escape(text, quote=True)}</mark>"
    )


def highlight_html(
    text: str,
    findings: Sequence[Finding] | Sequence[Mark],
    start: int = 0,
    end: int | None = None,
    decisions: Mapping[int, str] | None = None,
) -> str:
    """``text[start:end]`` as escaped HTML with every finding in it wrapped in a coloured ``<mark>``.

    ``findings`` are Findings (numbered 1.. in the order given, target offsets) or Marks. The visible
    text of the result, unescaped, is exactly ``text[start:end]``. No wrapper element: put it inside
    ``<div class="auditor-text">`` (see :data:`STYLE`). ``decisions`` (finding number → accepted, rejected or
    fixed) marks the pieces whose findings all have that decision (``decided-fixed``…).
    """
    end = len(text) if end is None else end
    if findings and isinstance(findings[0], Finding):
        marks = marks_for(cast(Sequence[Finding], findings))
    else:
        marks = list(cast(Sequence[Mark], findings))
    out = []
    for piece in pieces(start, end, marks):
        chunk = text[piece.start : piece.end]
        out.append(_mark_html(chunk, piece.marks, decisions) if piece.marks else html.escape(chunk, quote=True))
    return "".join(out)


def legend_html(categories: Iterable[str]) -> str:
    """A key to the colours (``categories``, by the part of their name after the family) and to the severity
    underlines; one or two lines."""
    spans = [
        f'<span class="cat"><span class="auditor-cat" style="background:{CATEGORY_COLOURS[c]}"></span> '
        f'<abbr title="{html.escape(c)}">{html.escape(c.split("/")[-1])}</abbr></span>'
        for c in categories
    ]
    severities = (
        '<span class="sev" style="box-shadow: inset 0 -4px 0 #b00020">critical</span>'
        '<span class="sev" style="box-shadow: inset 0 -3px 0 #d45500">major</span>'
        '<span class="sev">minor (none)</span>'
    )
    return f'<div class="auditor-legend">{"".join(spans)} · underline: {severities}</div>'


def severity_badge(severity: str) -> str:
    return f'<span class="auditor-sev" style="background:{SEVERITY_COLOURS[severity]}">{severity}</span>'


def _note(number: int, finding: Finding) -> str:
    suggestion = (
        f'<div class="fix">→ <span class="suggestion">{html.escape(finding.suggestion)}</span>'
        f' <span class="safety">{finding.fix} fix</span></div>'
        if finding.suggestion
        else ""
    )
    return (
        f'<div class="auditor-note auditor-card" data-n="{number}">{severity_badge(finding.severity)} '
        f'<span class="rule">{html.escape(finding.rule)}</span> <span class="where">#{number} · '
        f"{html.escape(finding.category)}</span>"
        f'<div class="message">{html.escape(finding.message)}</div>{suggestion}</div>'
    )


def notes_html(findings: Sequence[Finding]) -> str:
    """A hidden block with one note per finding (numbered 1.. in the order given), for the note a click on a
    highlight opens (:data:`REVIEW_SCRIPT`)."""
    notes = "".join(_note(number, finding) for number, finding in enumerate(findings, 1))
    return f'<div class="auditor-notes" hidden>{notes}</div>'


def entry_html(entry: Entry, line: int, decision: str = "") -> str:
    """One entry of the review list: severity, colour and rule, where, the excerpt and its suggestion, the message.

    ``entry.numbers`` are its findings' numbers (``data-findings`` ties it to the highlights); ``line`` is where
    its first finding is; ``decision`` is shown when set (a group's when all its findings share it).
    """
    first = entry.first
    numbers = " ".join(map(str, entry.numbers))
    colour = CATEGORY_COLOURS[first.category]
    mark = f'<span class="decision {decision}">{decision}</span>' if decision else ""
    where = f"line {line}" if not entry.grouped else f"{entry.count} findings, from line {line}"
    head = (
        f'<span class="auditor-entry" data-findings="{numbers}"></span>{mark}{severity_badge(first.severity)} '
        f'<span class="auditor-cat" style="background:{colour}" title="{html.escape(first.category)}"></span> '
        f'<span class="rule">{html.escape(entry.label)}</span> <span class="where">{where} · '
        f"{html.escape(first.category)}</span>"
    )
    excerpt = _short(first.excerpt, 80)
    fix = f'<span class="excerpt">{html.escape(excerpt)}</span>'
    if first.suggestion and not entry.grouped:
        fix += (
            f' → <span class="suggestion">{html.escape(_short(first.suggestion, 80))}</span>'
            f' <span class="safety">{first.fix} fix</span>'
        )
    elif entry.grouped:
        fixable = sum(1 for f in entry.findings if f.fix)
        fix += f' <span class="where">(the first; {fixable} of {entry.count} with a suggested fix)</span>'
    return (
        f'<div class="auditor-card">{head}<div class="fix">{fix}</div>'
        f'<div class="message">{html.escape(first.message)}</div></div>'
    )


def _short(text: str, width: int) -> str:
    text = text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    return text if len(text) <= width else text[: width - 1] + "…"


def fixes_html(text: str, applied: Sequence[Finding]) -> str:
    """The corrected text with every applied fix shown in place: the excerpt struck out, the suggestion inserted.

    ``applied`` are non-overlapping findings of ``text`` (``FixResult.applied``; one edit made for two findings
    counts once). Without the ``<del>`` parts, the visible text is the corrected text.
    """
    out: list[str] = []
    at = 0
    for finding in sorted({(f.start, f.end, f.suggestion): f for f in applied}.values(), key=lambda f: f.start):
        out.append(html.escape(text[at : finding.start], quote=True))
        label = html.escape(f"{finding.rule}: {finding.message}", quote=True)
        out.append(
            f'<span class="auditor-edit" aria-label="{label}"><del>{html.escape(finding.excerpt, quote=True)}</del>'
            f"<ins>{html.escape(finding.suggestion, quote=True)}</ins></span>"
        )
        at = finding.end
    out.append(html.escape(text[at:], quote=True))
    return f'<div class="auditor-diff">{"".join(out)}</div>'


def summary_html(counts: Mapping[str, Mapping[str, int]]) -> str:
    """Findings per category and severity (``counts_by_category``) as a table with a bar per category: every
    label readable, however long."""
    total = max((sum(row.values()) for row in counts.values()), default=0) or 1
    head = "".join(f"<th>{name}</th>" for name in reversed(SEVERITIES))
    rows = []
    for category, row in counts.items():
        bar = "".join(
            f'<span style="width:{240 * row[name] / total:.0f}px;background:{SEVERITY_COLOURS[name]}"></span>'
            for name in reversed(SEVERITIES)
            if row[name]
        )
        cells = "".join(f"<td>{row[name] or ''}</td>" for name in reversed(SEVERITIES))
        rows.append(
            f'<tr><td class="name"><span class="auditor-cat" style="background:{CATEGORY_COLOURS[category]}"></span> '
            f'{html.escape(category)}</td>{cells}<td>{sum(row.values())}</td><td class="bar">{bar}</td></tr>'
        )
    return (
        f'<table class="auditor-summary"><tr><th class="name">category</th>{head}<th>all</th><th></th></tr>'
        f'{"".join(rows)}</table>'
    )


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

"""Scoring the audit against gold documents: precision, recall, F1 and false positives per category.

A finding matches a gold span when their categories agree and their target spans overlap, or,
for bilingual spans, their source spans overlap (an omission has no target characters of its
own). Precision counts findings that match some gold span; recall counts gold spans matched by
some finding; both per category and over all categories (micro-averaged). Every finding on a
document marked ``clean`` is a false positive, and the false-positive rate is their number per
10,000 characters of clean text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from auditor.eval.gold import GoldDocument, GoldSpan
from auditor.findings import CATEGORIES, Finding

ALL = "all"
PER_CHARS = 10_000


def overlaps(finding: Finding, span: GoldSpan) -> bool:
    """Whether ``finding`` is the error ``span`` describes."""
    if finding.category != span.category:
        return False
    if finding.start < span.end and span.start < finding.end:
        return True
    return (
        span.src_start is not None
        and finding.src_start is not None
        and finding.src_end is not None
        and finding.src_start < span.src_end  # type: ignore[operator]
        and span.src_start < finding.src_end
    )


@dataclass(slots=True)
class Tally:
    """Counts for one category (or ``all``)."""

    gold: int = 0  # gold spans
    found: int = 0  # gold spans matched by a finding
    findings: int = 0  # findings on all documents
    correct: int = 0  # findings that match a gold span
    clean_findings: int = 0  # findings on clean documents

    @property
    def precision(self) -> float | None:
        return self.correct / self.findings if self.findings else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        precision, recall = self.precision, self.recall
        if precision is None or recall is None:
            return None
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.found += other.found
        self.findings += other.findings
        self.correct += other.correct
        self.clean_findings += other.clean_findings


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold span no finding matched."""

    doc_id: str
    span: GoldSpan
    excerpt: str


@dataclass(frozen=True, slots=True)
class FalsePositive:
    """A finding that matches no gold span."""

    doc_id: str
    finding: Finding
    clean: bool


@dataclass(slots=True)
class EvalResult:
    """What ``auditor eval`` reports."""

    tallies: dict[str, Tally] = field(default_factory=dict)
    documents: int = 0
    clean_documents: int = 0
    clean_chars: int = 0
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)

    def tally(self, category: str) -> Tally:
        return self.tallies.setdefault(category, Tally())

    @property
    def overall(self) -> Tally:
        total = Tally()
        for tally in self.tallies.values():
            total.add(tally)
        return total

    def fp_rate(self, category: str = ALL) -> float | None:
        """Findings per 10,000 characters of clean text (None without clean documents)."""
        if not self.clean_chars:
            return None
        tally = self.overall if category == ALL else self.tallies.get(category, Tally())
        return tally.clean_findings * PER_CHARS / self.clean_chars

    def categories(self) -> list[str]:
        """The categories with gold spans or findings, in DESIGN.md's order."""
        order = {name: rank for rank, name in enumerate(CATEGORIES)}
        return sorted(self.tallies, key=lambda name: order.get(name, len(order)))

    def metric(self, name: str, category: str = ALL) -> float | None:
        """``precision``, ``recall``, ``f1`` or ``fp_rate`` of a category or of ``all``."""
        if name == "fp_rate":
            return self.fp_rate(category)
        tally = self.overall if category == ALL else self.tallies.get(category, Tally())
        return getattr(tally, name)

    def as_dict(self) -> dict[str, object]:
        def row(category: str, tally: Tally) -> dict[str, object]:
            return {
                "category": category,
                "gold": tally.gold,
                "found": tally.found,
                "findings": tally.findings,
                "correct": tally.correct,
                "precision": _round(tally.precision),
                "recall": _round(tally.recall),
                "f1": _round(tally.f1),
                "clean_findings": tally.clean_findings,
                "fp_per_10k_chars": _round(self.fp_rate(category)),
            }

        return {
            "documents": self.documents,
            "clean_documents": self.clean_documents,
            "clean_chars": self.clean_chars,
            "categories": [row(name, self.tallies[name]) for name in self.categories()],
            "overall": row(ALL, self.overall),
            "misses": [
                {"doc": miss.doc_id, **miss.span.as_dict(), "excerpt": miss.excerpt} for miss in self.misses
            ],
            "false_positives": [
                {**fp.finding.as_dict(), "doc": fp.doc_id, "clean": fp.clean} for fp in self.false_positives
            ],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def score(results: Iterable[tuple[GoldDocument, Sequence[Finding]]]) -> EvalResult:
    """Score each gold document against the findings the audit gave for it."""
    result = EvalResult()
    for gold, findings in results:
        result.documents += 1
        if gold.clean:
            result.clean_documents += 1
            result.clean_chars += len(gold.text)
        for span in gold.spans:
            tally = result.tally(span.category)
            tally.gold += 1
            if any(overlaps(finding, span) for finding in findings):
                tally.found += 1
            else:
                result.misses.append(Miss(gold.doc_id, span, gold.text[span.start : span.end]))
        for finding in findings:
            tally = result.tally(finding.category)
            tally.findings += 1
            if gold.clean:
                tally.clean_findings += 1
            if any(overlaps(finding, span) for span in gold.spans):
                tally.correct += 1
            else:
                result.false_positives.append(FalsePositive(gold.doc_id, finding, gold.clean))
    return result

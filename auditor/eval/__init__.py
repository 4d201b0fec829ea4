"""Evaluation: gold documents, scoring the audit against them, and injecting known errors.

    >>> from auditor.eval import evaluate
    >>> from auditor.eval.gold import GoldDocument, GoldSpan
    >>> gold = GoldDocument("d1", "りんごは本日、新型iPhoneを発表した。", (GoldSpan(0, 3, "accuracy/entity"),))
    >>> result = evaluate([gold])
    >>> result.metric("recall"), result.metric("precision")
    (1.0, 1.0)
"""

from __future__ import annotations

from collections.abc import Iterable

from auditor.audit import Report, audit
from auditor.config import Settings
from auditor.eval.gold import GoldDocument
from auditor.eval.score import EvalResult, score

__all__ = ["EvalResult", "audit_gold", "evaluate"]


def evaluate(documents: Iterable[GoldDocument], settings: Settings | None = None) -> EvalResult:
    """Audit each gold document (with its source, when it has one) and score the findings against its spans."""
    return score((gold, audit_gold(gold, settings).findings) for gold in documents)


def audit_gold(gold: GoldDocument, settings: Settings | None = None, *, with_source: bool = True) -> Report:
    """The audit of a gold document's text, with its source when it has one (unless ``with_source`` is False).

    A rule that crashed makes the audit unscorable: its category would read as missed, a number that looks
    measured (a missing dependency once turned omission recall into 0.00 without a word), so it raises."""
    report = audit(
        gold.text,
        lang=gold.lang,
        doc_id=gold.doc_id,
        settings=settings,
        source=gold.source if with_source else None,
        source_lang=gold.source_lang,
    )
    if report.errors:
        crashed = "; ".join(f"{rule}: {error}" for rule, error in report.errors)
        raise RuntimeError(f"cannot score gold document {gold.doc_id!r}: a rule crashed ({crashed})")
    return report

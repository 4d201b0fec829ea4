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

from auditor.audit import audit
from auditor.config import Settings
from auditor.eval.gold import GoldDocument
from auditor.eval.score import EvalResult, score

__all__ = ["EvalResult", "evaluate"]


def evaluate(documents: Iterable[GoldDocument], settings: Settings | None = None) -> EvalResult:
    """Audit each gold document and score the findings against its spans."""
    return score(
        (gold, audit(gold.text, lang=gold.lang, doc_id=gold.doc_id, settings=settings).findings)
        for gold in documents
    )

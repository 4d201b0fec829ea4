"""The project's yardstick: clean human translations, and the same texts with injected leftovers.

``auditor eval --benchmark`` builds it from the WMT English→Japanese data beside the project
(``../shared/eval-data``, read at run time, never shipped) and scores the audit on it:

- clean: the human reference translations of the WMT24 news documents, and every WMT23
  reference line as its own document (that set has no document ids). Every finding on them
  is a false positive.
- injected: each WMT24 news document with one leftover of one kind injected, for every kind
  the injector knows and ``seeds`` seeds. Recall per category; precision over the findings
  the injection brought, since the findings the document already had before it are counted
  once, as the clean document's false positives, not again in each of its injected copies.

The clean documents and the bilingual injections (a changed number, a dropped or an added
sentence) keep their English sources, so the cross-checks run as on a newsroom's bilingual audit;
the other injections are audited as the translation alone, since the injector adds their
sentences to the target only (the cross-checks would rightly call each of them an addition).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from auditor.config import Settings
from auditor.eval import audit_gold
from auditor.eval.corpus import wmt23_lines, wmt24_news
from auditor.eval.gold import GoldDocument
from auditor.eval.inject import BILINGUAL, KINDS, inject
from auditor.eval.score import EvalResult, score
from auditor.findings import Finding

DEFAULT_SEEDS = 5


def carried_over(findings: Sequence[Finding], edits: Sequence[tuple[int, int, str]]) -> set[tuple[str, int, int]]:
    """Where the base document's findings sit in the injected text: (rule, start, end).

    ``edits`` are the injector's ``[start, end, original]`` in the injected text, in order. A finding
    that an edit touches is not carried over: the injection changed what it saw.
    """
    regions = []  # (start, end) in the base text, and how much the edit shifts what follows it
    delta = 0
    for start, end, original in sorted(edits):
        base_start = start - delta
        shift = (end - start) - len(original)
        regions.append((base_start, base_start + len(original), shift))
        delta += shift
    carried = set()
    for finding in findings:
        offset, touched = 0, False
        for start, end, shift in regions:
            if end <= finding.start and start < finding.start:
                offset += shift
            elif start < finding.end and (finding.start < end or (start == end and finding.start < start)):
                touched = True
                break
        if not touched:
            carried.add((finding.rule, finding.start + offset, finding.end + offset))
    return carried


def run_benchmark(eval_data: Path, seeds: int = DEFAULT_SEEDS, settings: Settings | None = None) -> EvalResult:
    """Audit and score the clean documents and every injection, in a fixed order."""
    news = wmt24_news(eval_data)
    before: dict[str, list[Finding]] = {}

    def results() -> Iterator[tuple[GoldDocument, list[Finding]]]:
        for document in news:
            before[document.doc_id] = audit_gold(document, settings).findings
            yield document, before[document.doc_id]
        for document in wmt23_lines(eval_data):
            yield document, audit_gold(document, settings).findings
        for document in news:
            for kind in KINDS:
                for seed in range(seeds):
                    injected = inject(document, seed=seed, kinds=[kind])
                    if not injected.spans:  # a kind that does not fit this document injects nothing
                        continue
                    # A target-only leftover is measured without the source: the injector adds its sentence to
                    # the target alone, and the cross-checks would rightly call that sentence an addition.
                    injected = replace(injected, doc_id=f"{document.doc_id}+{kind}#{seed}", clean=False)
                    known = carried_over(before[document.doc_id], injected.meta.get("edits", []))
                    findings = audit_gold(injected, settings, with_source=kind in BILINGUAL).findings
                    yield injected, [f for f in findings if (f.rule, f.start, f.end) not in known]

    return score(results())

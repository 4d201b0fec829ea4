#!/usr/bin/env python3
"""Real machine-translated pages, annotated span by span: reachable macro recall and precision, per rule.

    .venv/bin/python bench/eval_pages.py GOLD.jsonl [--config auditor.toml] [--details RULE_OR_CATEGORY]

GOLD is a gold JSONL file (auditor/eval/gold.py) of real pages annotated by people who never saw the rules. Such
files stay outside the repository (the pages are not ours to copy); the numbers are reported in closing notes.
"Reachable" categories are the ones a rule of auditor reports; meaning errors, grammar and other style are left out
of the macro average (they are printed, for the record). A finding is correct when it overlaps a gold span of its
category (as `auditor eval` counts). Prints, per reachable category, gold spans, recall, findings and precision;
then per rule, findings and precision; then the macro recall over reachable categories and the precision of all
findings.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.config import Settings, load_settings  # noqa: E402
from auditor.eval import audit_gold  # noqa: E402
from auditor.eval.gold import load_gold  # noqa: E402
from auditor.eval.score import overlaps  # noqa: E402

REACHABLE = (
    "accuracy/entity",
    "accuracy/handle",
    "accuracy/number",
    "accuracy/untranslated",
    "terminology/inconsistent",
    "locale/units",
    "locale/punctuation",
    "locale/date",
    "markup/embed",
    "markup/whitespace",
    "fluency/register",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--config", type=Path)
    parser.add_argument("--details", help="print the misses and the false findings of this rule or category")
    args = parser.parse_args()
    settings = load_settings(args.config) if args.config else Settings()
    documents = load_gold(args.gold)
    gold, found, findings, correct = Counter(), Counter(), Counter(), Counter()
    rule_findings, rule_correct = Counter(), Counter()
    details: list[str] = []
    for document in documents:
        report = audit_gold(document, settings)
        for span in document.spans:
            gold[span.category] += 1
            hit = any(overlaps(f, span) for f in report.findings)
            found[span.category] += hit
            if not hit and args.details in (span.category,):
                details.append(f"MISS {document.doc_id}: {document.text[span.start:span.end]!r} {span.note}")
        for finding in report.findings:
            right = any(overlaps(finding, span) for span in document.spans)
            findings[finding.category] += 1
            correct[finding.category] += right
            rule_findings[finding.rule] += 1
            rule_correct[finding.rule] += right
            if not right and args.details in (finding.rule, finding.category):
                context = document.text[max(0, finding.start - 15) : finding.end + 15].replace("\n", "⏎")
                details.append(f"FALSE {document.doc_id} {finding.rule}: {finding.excerpt!r} in …{context}…")
    print(f"{'category':26} {'gold':>5} {'recall':>7} {'findings':>9} {'precision':>10}")
    recalls = []
    for category in sorted(set(gold) | set(findings), key=lambda c: (c not in REACHABLE, c)):
        recall = found[category] / gold[category] if gold[category] else None
        precision = correct[category] / findings[category] if findings[category] else None
        if category in REACHABLE and recall is not None:
            recalls.append(recall)
        mark = "" if category in REACHABLE else "  (not reachable)"
        print(
            f"{category:26} {gold[category]:>5} {_fmt(recall):>7} {findings[category]:>9} {_fmt(precision):>10}{mark}"
        )
    print()
    print(f"{'rule':34} {'findings':>9} {'precision':>10}")
    for rule, count in sorted(rule_findings.items()):
        print(f"{rule:34} {count:>9} {_fmt(rule_correct[rule] / count):>10}")
    total = sum(rule_findings.values())
    print()
    macro = sum(recalls) / len(recalls) if recalls else 0.0
    precision = sum(rule_correct.values()) / total if total else 0.0
    print(f"{len(documents)} documents; reachable macro recall {macro:.2f} over {len(recalls)} categories; "
          f"precision {precision:.2f} over {total} findings")
    for line in details:
        print(line)


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


if __name__ == "__main__":
    main()

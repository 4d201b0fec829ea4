#!/usr/bin/env python3
"""False findings on clean human translations: every rule's findings per 10,000 characters of the WMT English→Japanese
human references (target-only audits).

    .venv/bin/python bench/fp_references.py [--details RULE_OR_CATEGORY] [--config auditor.toml]

The references are research data read at run time from ``../shared/eval-data`` (or ``$AUDITOR_EVAL_DATA``), never
copied into the repository: WMT23 en-ja refA, each line a document of its own (the set has no document ids), and
WMT24 en-ja refA, every domain (news, social, speech, literary), one document per doc id. Human translations have
next to no leftovers, so nearly every finding here is a false one. The project's target is 1.5 per 10k characters
for all rules together. ``--details`` prints each finding of one rule or category with its context.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor import audit  # noqa: E402
from auditor.config import Settings, load_settings  # noqa: E402
from auditor.eval.corpus import find_eval_data, wmt23_lines  # noqa: E402


def wmt24_documents(eval_data: Path) -> list[tuple[str, str]]:
    """(doc id, text) of every WMT24 en-ja reference document, all domains, the canary left out."""
    folder = eval_data / "wmt24" / "en-ja"
    docs = (folder / "docs.tsv").read_text(encoding="utf-8").splitlines()
    lines = (folder / "ref.refA.ja.txt").read_text(encoding="utf-8").splitlines()
    grouped: dict[str, list[str]] = {}
    for row, line in zip(docs, lines, strict=True):
        domain, _, doc_id = row.partition("\t")
        if domain != "canary":
            grouped.setdefault(f"wmt24:{domain}:{doc_id}", []).append(line)
    return [(doc_id, "\n".join(text)) for doc_id, text in grouped.items()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", help="print the findings of this rule or category, with context")
    parser.add_argument("--config", type=Path)
    args = parser.parse_args()
    eval_data = find_eval_data()
    if eval_data is None:
        sys.exit("no eval-data folder (../shared/eval-data or $AUDITOR_EVAL_DATA): nothing to measure")
    settings = load_settings(args.config) if args.config else Settings()
    documents = [(doc.doc_id, doc.text) for doc in wmt23_lines(eval_data)] + wmt24_documents(eval_data)
    chars = sum(len(text) for _, text in documents)
    per_rule: Counter[str] = Counter()
    details: list[str] = []
    for doc_id, text in documents:
        report = audit(text, lang="ja", settings=settings, doc_id=doc_id)
        for finding in report.findings:
            per_rule[finding.rule] += 1
            if args.details in (finding.rule, finding.category):
                context = text[max(0, finding.start - 20) : finding.end + 20].replace("\n", "⏎")
                details.append(f"{doc_id} {finding.rule}: {finding.excerpt!r} → {finding.suggestion!r} in …{context}…")
    print(f"{len(documents)} documents, {chars:,} characters (WMT23 + WMT24 en-ja refA, target-only)")
    print(f"{'rule':34} {'findings':>9} {'per 10k':>8}")
    for rule, count in sorted(per_rule.items(), key=lambda item: (-item[1], item[0])):
        print(f"{rule:34} {count:>9} {count / chars * 1e4:>8.2f}")
    total = sum(per_rule.values())
    print(f"{'all':34} {total:>9} {total / chars * 1e4:>8.2f}")
    for line in details:
        print(line)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""False findings on clean human translations: every rule's findings per 10,000 characters of the WMT English→Japanese
human references.

    .venv/bin/python bench/fp_references.py [--with-source] [--details RULE_OR_CATEGORY] [--config auditor.toml]

The references are research data read at run time from ``../shared/eval-data`` (or ``$AUDITOR_EVAL_DATA``), never
copied into the repository: WMT23 en-ja refA, each line a document of its own (the set has no document ids), and
WMT24 en-ja refA, every domain (news, social, speech, literary), one document per doc id. Human translations have
next to no leftovers, so nearly every finding here is a false one. The project's target is 1.5 per 10k characters
for all rules together. ``--details`` prints each finding of one rule or category with its context.
``--with-source`` audits each reference with its English source, as a bilingual audit does: the rules that compare
the two (numbers, names rendered by meaning, omissions) then speak too.
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
from auditor.eval.corpus import find_eval_data, wmt23_lines, wmt24_news  # noqa: E402

WMT24_DOMAINS = ("news", "social", "speech", "literary")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", help="print the findings of this rule or category, with context")
    parser.add_argument("--config", type=Path)
    parser.add_argument("--with-source", action="store_true", help="audit each reference with its English source")
    args = parser.parse_args()
    eval_data = find_eval_data()
    if eval_data is None:
        sys.exit("no eval-data folder (../shared/eval-data or $AUDITOR_EVAL_DATA): nothing to measure")
    settings = load_settings(args.config) if args.config else Settings()
    # WMT23 lines are documents of their own (the set has no document ids); WMT24's are grouped by doc id.
    documents = wmt23_lines(eval_data) + [doc for domain in WMT24_DOMAINS for doc in wmt24_news(eval_data, domain)]
    chars = sum(len(doc.text) for doc in documents)
    per_rule: Counter[str] = Counter()
    details: list[str] = []
    for doc in documents:
        doc_id, text = doc.doc_id, doc.text
        source = doc.source if args.with_source else None
        report = audit(text, lang="ja", settings=settings, doc_id=doc_id, source=source, source_lang=doc.source_lang)
        for finding in report.findings:
            per_rule[finding.rule] += 1
            if args.details in (finding.rule, finding.category):
                context = text[max(0, finding.start - 20) : finding.end + 20].replace("\n", "⏎")
                details.append(f"{doc_id} {finding.rule}: {finding.excerpt!r} → {finding.suggestion!r} in …{context}…")
    audits = "with the source" if args.with_source else "target-only"
    print(f"{len(documents)} documents, {chars:,} characters (WMT23 + WMT24 en-ja refA, {audits})")
    print(f"{'rule':34} {'findings':>9} {'per 10k':>8}")
    for rule, count in sorted(per_rule.items(), key=lambda item: (-item[1], item[0])):
        print(f"{rule:34} {count:>9} {count / chars * 1e4:>8.2f}")
    total = sum(per_rule.values())
    print(f"{'all':34} {total:>9} {total / chars * 1e4:>8.2f}")
    for line in details:
        print(line)


if __name__ == "__main__":
    main()

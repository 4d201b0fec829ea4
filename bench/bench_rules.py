#!/usr/bin/env python3
"""What each rule costs: milliseconds of CPU per article, rule by rule, on real news.

    .venv/bin/python bench/bench_rules.py [--articles 600] [--chars 3000] [--top 25]

The articles are the WMT24 en-ja human reference's news documents (``../shared/eval-data``, read at run time, never
copied), cut into articles of about ``--chars`` characters, as bench_audit.py makes them; without ``../shared`` it
says so and stops. Each article is read into a Document with its sentences and an Analysis first ("document"
below); then every target-only rule runs on it in the audit's order and its CPU time is added to its total. A shared
analysis (the names index, the unit figures) is paid by the first rule that asks for it, as in an audit. Prints the
rules by cost, the document's share and the total per article.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_audit import news_articles  # noqa: E402

from auditor import audit  # noqa: E402
from auditor.analysis.context import Analysis  # noqa: E402
from auditor.audit import _active_rules, lexicon_for  # noqa: E402
from auditor.config import Settings  # noqa: E402
from auditor.document import Document  # noqa: E402
from auditor.rules import Context  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--chars", type=int, default=3000)
    parser.add_argument("--top", type=int, default=25, help="rules to print, costliest first")
    args = parser.parse_args()
    articles = news_articles(args.articles, args.chars)
    if not articles:
        sys.exit("no ../shared/eval-data (WMT24 en-ja): nothing to measure on real news")
    audit(articles[0], lang="ja")  # tables, patterns and MeCab loaded before anything is timed
    settings = Settings()
    rules = [rule for rule in _active_rules(settings, "ja") if not rule.needs_source]
    spent: Counter[str] = Counter()
    document = 0.0
    for text in articles:
        began = time.process_time()
        doc = Document(text, lang="ja")
        doc.sentences  # noqa: B018  (computed here, so that no rule pays for it)
        ctx = Context(Analysis(doc, lexicon_for(settings, "ja"), style=settings.style))
        document += time.process_time() - began
        for rule in rules:
            began = time.process_time()
            for _ in rule.check(doc, ctx):
                pass
            spent[rule.id] += time.process_time() - began
    count = len(articles)
    print(f"{count} articles of ~{args.chars:,} characters; CPU ms per article")
    print(f"{'document, sentences, analysis':40} {document / count * 1000:7.3f}")
    for rule_id, seconds in spent.most_common(args.top):
        print(f"{rule_id:40} {seconds / count * 1000:7.3f}")
    total = document + sum(spent.values())
    print(f"{'all (target-only rules)':40} {total / count * 1000:7.3f}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""How fast the app shows a 20,000-character article with its findings (issue 5: within a second).

    .venv/bin/python bench/bench_app.py [--chars 20000] [--repeat 5]

The article is the samples' lines shuffled with a fixed seed (bench_audit.make_articles): far
denser in leftovers than real news, so the worst case for highlighting. Measured, median of
--repeat runs:
- library: audit (cold: first audit of this text), the highlighted HTML, the findings table rows;
- the app in streamlit's AppTest (the whole script, server side, no browser): pasting the article
  (read + audit + render), changing a filter (cached: render only), and pressing "Apply safe fixes"
  (decisions, the corrected text and its diff, render).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_audit import make_articles  # noqa: E402


def median_ms(timings: list[float]) -> str:
    return f"{statistics.median(timings) * 1000:.0f} ms (min {min(timings) * 1000:.0f}, max {max(timings) * 1000:.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import streamlit as st
    from streamlit.testing.v1 import AppTest

    import auditor
    from auditor.export import finding_rows
    from auditor.view import highlight_html

    articles = make_articles(args.repeat, args.chars, seed=11)
    print(f"{args.repeat} articles of {len(articles[0]):,} characters (samples' lines shuffled)")
    auditor.audit("ウォームアップ。", lang="ja")  # rule and lexicon loading is start-up, not rendering

    audit_t, html_t, rows_t, findings = [], [], [], []
    for text in articles:
        start = time.perf_counter()
        report = auditor.audit(text, lang="ja")
        audit_t.append(time.perf_counter() - start)
        start = time.perf_counter()
        highlight_html(report.document.text, report.findings)
        html_t.append(time.perf_counter() - start)
        start = time.perf_counter()
        list(finding_rows(report))
        rows_t.append(time.perf_counter() - start)
        findings.append(len(report.findings))
    print(f"findings per article: {min(findings)}-{max(findings)}")
    print(f"library audit (first time for this text): {median_ms(audit_t)}")
    print(f"highlighted HTML:                         {median_ms(html_t)}")
    print(f"findings table rows:                      {median_ms(rows_t)}")

    first_t: list[float] = []
    filter_t: list[float] = []
    fix_t: list[float] = []
    for text in articles:
        st.cache_data.clear()
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
        start = time.perf_counter()
        at.text_area(key="article_text").input(text)
        at.button(key="audit").click().run()
        first_t.append(time.perf_counter() - start)
        assert not at.exception, at.exception
        marks = sum(e.proto.body.count("<mark ") for e in at.get("html"))
        start = time.perf_counter()
        at.sidebar.multiselect[0].set_value(["locale/units"]).run()
        filter_t.append(time.perf_counter() - start)
        at.sidebar.multiselect[0].set_value([]).run()
        if at.button(key="apply_safe").disabled:  # nothing safe to fix in this article
            continue
        start = time.perf_counter()
        at.button(key="apply_safe").click().run()
        fix_t.append(time.perf_counter() - start)
        assert not at.exception, at.exception
    print(f"app, paste the article (read+audit+render): {median_ms(first_t)}  ({marks} highlighted pieces)")
    print(f"app, change a filter (cached, render only): {median_ms(filter_t)}")
    if fix_t:
        print(f"app, apply the safe fixes (all findings):   {median_ms(fix_t)}")


if __name__ == "__main__":
    main()

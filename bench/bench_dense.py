#!/usr/bin/env python3
"""Time per finding on text dense with leftovers, from 1k to 100k findings: audit, then every export.

    .venv/bin/python bench/bench_dense.py [--lines 2500,10000,40000] [--big-mb 16]

The text is the samples' lines (our own text, dense with leftovers) repeated with numbers varied, so
the findings grow with the lines. For each size it prints the lines, characters, findings, the seconds
of audit and of CSV + JSON + table export, and microseconds per finding: flat when everything is
linear. The issue's targets: 40,000 lines take at most 5x the time of 10,000 lines; a 16 MB text
dense with leftovers audits and exports in well under a minute (--big-mb, 0 to skip).
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sample_lines() -> list[str]:
    return [
        line
        for path in sorted((ROOT / "samples").glob("*-ja.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def dense_text(lines: int, seed: int = 11) -> str:
    pool = sample_lines()
    rng = random.Random(seed)
    picked = [re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 9)), rng.choice(pool)) for _ in range(lines)]
    return "\n".join(picked) + "\n"


def dense_text_of_size(megabytes: float) -> str:
    pool = sample_lines()
    rng = random.Random(5)
    out: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        line = rng.choice(pool)
        out.append(line)
        size += len(line.encode("utf-8")) + 1
    return "\n".join(out) + "\n"


def run(text: str) -> tuple[int, float, float]:
    import auditor
    from auditor import export

    start = time.perf_counter()
    report = auditor.audit(text, doc_id="dense")
    audited = time.perf_counter()
    export.to_csv([report])
    export.to_json([report])
    export.to_table([report])
    exported = time.perf_counter()
    return len(report.findings), audited - start, exported - audited


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", default="2500,10000,40000")
    parser.add_argument("--big-mb", type=float, default=16.0)
    args = parser.parse_args()
    import auditor

    auditor.audit("りんごは本日、新型iPhoneを発表した。")  # load rules and lexicons once
    print(f"{'lines':>7} {'chars':>10} {'findings':>9} {'audit s':>8} {'export s':>9} {'µs/finding':>11}")
    results = {}
    for count in (int(value) for value in args.lines.split(",")):
        text = dense_text(count)
        findings, audit_s, export_s = run(text)
        results[count] = audit_s + export_s
        per = (audit_s + export_s) / max(findings, 1) * 1e6
        print(f"{count:>7} {len(text):>10,} {findings:>9,} {audit_s:>8.2f} {export_s:>9.2f} {per:>11.1f}")
    if 10000 in results and 40000 in results:
        print(f"40,000 lines / 10,000 lines: {results[40000] / results[10000]:.2f}x (target <= 5x)")
    if args.big_mb:
        text = dense_text_of_size(args.big_mb)
        findings, audit_s, export_s = run(text)
        megabytes = len(text.encode("utf-8")) / 1e6
        print(
            f"{megabytes:.1f} MB ({text.count(chr(10)):,} lines, {findings:,} findings):"
            f" audit {audit_s:.1f} s, export {export_s:.1f} s, total {audit_s + export_s:.1f} s (target < 60 s)"
        )


if __name__ == "__main__":
    main()

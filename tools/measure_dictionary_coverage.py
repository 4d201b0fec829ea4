#!/usr/bin/env python3
"""Measure how many of an English line's words its Japanese translation renders, for ``auditor/analysis/parallel.py``.

    python tools/measure_dictionary_coverage.py

Data: the WMT23 and WMT24 English→Japanese test sets (source and reference refA), read from ``../shared/eval-data``
or ``$AUDITOR_EVAL_DATA`` (research data, never copied into the repository). For every English line of 20 characters
or more with a content word, ``foreign.dictionary_coverage`` (the share of its lower-case dictionary words that the
Japanese renders as JMdict does) is taken twice: against its own Japanese line (a translation) and against the next
line's Japanese (a neighbour, as an English paragraph left untranslated stands beside the next one). It prints the
percentiles of both and, for each threshold, the share of each that reaches it; the module keeps the threshold that
most translations reach and few neighbours do.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.analysis.foreign import dictionary_coverage
from auditor.eval.corpus import find_eval_data

PAIRS = (
    ("wmt23/en-ja/src.en.txt", "wmt23/en-ja/ref.refA.ja.txt"),
    ("wmt24/en-ja/src.en.txt", "wmt24/en-ja/ref.refA.ja.txt"),
)
PERCENTILES = (2.5, 10, 25, 50, 75, 90, 97.5)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6)


def main() -> None:
    data = find_eval_data()
    if data is None:
        sys.exit("no eval data: set AUDITOR_EVAL_DATA or put it in ../shared/eval-data")
    own: list[float] = []
    neighbour: list[float] = []
    for english, japanese in PAIRS:
        english_lines = (data / english).read_text(encoding="utf-8").splitlines()
        japanese_lines = (data / japanese).read_text(encoding="utf-8").splitlines()
        for index, line in enumerate(english_lines[:-1]):
            if len(line.strip()) < 20:
                continue
            mine = dictionary_coverage(line, japanese_lines[index])
            next_one = dictionary_coverage(line, japanese_lines[index + 1])
            if mine is not None and next_one is not None:
                own.append(mine)
                neighbour.append(next_one)
    for name, values in (("translation", own), ("neighbour", neighbour)):
        values.sort()
        cuts = [f"{p}%: {values[min(len(values) - 1, int(len(values) * p / 100))]:.2f}" for p in PERCENTILES]
        print(f"{name:12} {len(values)} lines; " + ", ".join(cuts))
    for threshold in THRESHOLDS:
        mine_share = sum(value >= threshold for value in own) / len(own)
        next_share = sum(value >= threshold for value in neighbour) / len(neighbour)
        print(f">= {threshold:.1f}: translation {mine_share:.0%}, neighbour {next_share:.0%}")


if __name__ == "__main__":
    main()

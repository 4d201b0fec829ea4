#!/usr/bin/env python3
"""Measure how long an English line is against its Japanese translation, for ``auditor/analysis/parallel.py``.

    python tools/measure_length_ratio.py

Data: the WMT23 and WMT24 English→Japanese test sets (source and reference refA) and the WMT23 Japanese→English one
(reference and source), read from ``../shared/eval-data`` or ``$AUDITOR_EVAL_DATA`` (research data, never copied
into the repository). Every line pair whose English side has 20-599 characters and whose Japanese side has 5 or
more gives one ratio: English characters per Japanese character. It prints the count and the percentiles; the
module keeps the 2.5th and 97.5th (95 % of the pairs) as the band of a translation's length.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.eval.corpus import find_eval_data

PAIRS = (
    ("wmt23/en-ja/src.en.txt", "wmt23/en-ja/ref.refA.ja.txt"),
    ("wmt24/en-ja/src.en.txt", "wmt24/en-ja/ref.refA.ja.txt"),
    ("wmt23/ja-en/ref.refA.en.txt", "wmt23/ja-en/src.ja.txt"),
)
PERCENTILES = (0.5, 1, 2.5, 5, 50, 95, 97.5, 99, 99.5)


def main() -> None:
    data = find_eval_data()
    if data is None:
        sys.exit("no eval data: set AUDITOR_EVAL_DATA or put it in ../shared/eval-data")
    ratios: list[float] = []
    for english, japanese in PAIRS:
        english_lines = (data / english).read_text(encoding="utf-8").splitlines()
        japanese_lines = (data / japanese).read_text(encoding="utf-8").splitlines()
        for en, ja in zip(english_lines, japanese_lines, strict=True):
            en, ja = en.strip(), ja.strip()
            if 20 <= len(en) < 600 and len(ja) >= 5:
                ratios.append(len(en) / len(ja))
    ratios.sort()
    print(f"{len(ratios)} line pairs")
    for percentile in PERCENTILES:
        print(f"{percentile:5}th percentile: {ratios[int(len(ratios) * percentile / 100)]:.2f}")


if __name__ == "__main__":
    main()

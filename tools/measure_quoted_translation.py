#!/usr/bin/env python3
"""Measure how much of an English passage the Japanese beside it keeps, for ``auditor/analysis/quotation.py``.

    python tools/measure_quoted_translation.py

Data: the WMT23 and WMT24 English→Japanese test sets (source and reference refA), read from ``../shared/eval-data``
or ``$AUDITOR_EVAL_DATA`` (research data, never copied into the repository). Every English line of 20 characters or
more but the first and the last of a file is tried, as a whole and by its sentences of 20 characters or more, against
its own Japanese line (a translation) and against the next and the previous line's Japanese (a neighbour), as
``quotation.translated_beside`` tries them: the Japanese no longer than the English line's translation can be
(``parallel.RATIO_LOW``), ``MIN_KEPT`` things kept at least and every figure. It prints, for each share, how many
lines of each kind reach it with the line or one of its sentences.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.analysis.parallel import RATIO_LOW
from auditor.analysis.quotation import MIN_KEPT, translation_evidence
from auditor.eval.corpus import find_eval_data

PAIRS = (
    ("wmt23/en-ja/src.en.txt", "wmt23/en-ja/ref.refA.ja.txt"),
    ("wmt24/en-ja/src.en.txt", "wmt24/en-ja/ref.refA.ja.txt"),
)
SHARES = (0.4, 0.5, 0.6, 0.7)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[A-Z])")


def main() -> None:
    data = find_eval_data()
    if data is None:
        sys.exit("no eval data: set AUDITOR_EVAL_DATA or put it in ../shared/eval-data")
    best: dict[str, list[float]] = {"translation": [], "next": [], "previous": []}
    for english_file, japanese_file in PAIRS:
        english_lines = (data / english_file).read_text(encoding="utf-8").splitlines()
        japanese_lines = (data / japanese_file).read_text(encoding="utf-8").splitlines()
        for index in range(1, len(english_lines) - 1):
            line = english_lines[index].strip()
            if len(line) < 20:
                continue
            passages = [line, *(part for part in _SENTENCE_END.split(line) if len(part) >= 20)]
            for name, at in (("translation", index), ("next", index + 1), ("previous", index - 1)):
                japanese = japanese_lines[at]
                length = len(japanese) - sum(japanese.count(space) for space in " \t\u3000\u00a0")
                share = 0.0
                if length and len(line) >= RATIO_LOW * length:
                    for passage in passages:
                        evidence = translation_evidence(passage, japanese)
                        if evidence.kept >= MIN_KEPT and not evidence.lost_figures:
                            share = max(share, evidence.kept / evidence.total)
                best[name].append(share)
    print(f"{len(best['translation'])} English lines")
    for share in SHARES:
        cells = ", ".join(f"{name} {sum(v >= share for v in got) / len(got):.1%}" for name, got in best.items())
        print(f"share >= {share:.1f}: {cells}")


if __name__ == "__main__":
    main()

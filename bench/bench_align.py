#!/usr/bin/env python3
"""Sentence-alignment speed: `align(source, target)` on article pairs of 200, 2,000 and 20,000 sentences.

    .venv/bin/python bench/bench_align.py [--sizes 200,2000,20000] [--repeat 5]

The pairs are built deterministically from WMT24 en-ja source and human reference paragraphs
(../shared/eval-data, read at run time), repeated until the source has the requested number of
sentences; where that folder is absent, from generated en/ja sentences with numbers and names.
Every twentieth target paragraph is dropped and every thirtieth merged with the next, so the path
leaves the diagonal as real articles do. Prints the median time per pair and time per 1,000 source
sentences: near-constant per-sentence time means linear growth. Target (issue 4): 200 sentences
well under 0.2 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.analysis.alignment import align  # noqa: E402
from auditor.document import Document  # noqa: E402


def paragraphs() -> list[tuple[str, str]]:
    """(English, Japanese) paragraph pairs: all of WMT24 en-ja, or generated ones."""
    folder = ROOT.parent / "shared" / "eval-data" / "wmt24" / "en-ja"
    if (folder / "docs.tsv").is_file():
        domains = [line.split("\t")[0] for line in (folder / "docs.tsv").read_text(encoding="utf-8").splitlines()]
        src = (folder / "src.en.txt").read_text(encoding="utf-8").splitlines()
        ref = (folder / "ref.refA.ja.txt").read_text(encoding="utf-8").splitlines()
        return [(s, r) for d, s, r in zip(domains, src, ref, strict=True) if d != "canary"]
    rng = random.Random(3)
    pairs = []
    for k in range(400):
        amount = rng.randint(2, 900)
        pairs.append(
            (
                f"Company {k} said sales rose {amount} million dollars in {2000 + k % 24}. Shares rose {k % 9}%.",
                f"{k}社は{2000 + k % 24}年に売上高が{amount * 100}万ドル増えたと発表した。株価は{k % 9}%上昇した。",
            )
        )
    return pairs


def make_pair(sentences: int, pool: list[tuple[str, str]]) -> tuple[Document, Document]:
    src_lines: list[str] = []
    tgt_lines: list[str] = []
    count = k = 0
    while count < sentences:
        english, japanese = pool[k % len(pool)]
        src_lines.append(english)
        if k % 20 == 19:
            pass  # dropped in the target
        elif k % 30 == 29 and tgt_lines:
            tgt_lines[-1] += japanese
        else:
            tgt_lines.append(japanese)
        count += len(Document(english).sentences)
        k += 1
    return Document("\n".join(src_lines), lang="en"), Document("\n".join(tgt_lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="200,2000,20000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pool = paragraphs()
    print(f"{'sentences (src/tgt)':>22} {'median s':>10} {'ms per 1k src sentences':>24} {'links':>7}")
    for size in (int(x) for x in args.sizes.split(",")):
        source, target = make_pair(size, pool)
        n, m = len(source.sentences), len(target.sentences)  # split once, outside the timing
        repeat = args.repeat if size <= 2000 else max(1, args.repeat // 2)
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            pairs = align(source, target)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        print(f"{f'{n}/{m}':>22} {median:>10.4f} {1000 * median / n * 1000:>24.1f} {len(pairs):>7}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Bilingual audits on real translations: alignment quality in two layouts, and the cross-checks' noise.

    .venv/bin/python bench/eval_align.py [--domains news,social,literary,speech] [--json FILE]

Reads WMT24 English→Japanese (source paragraphs and the human reference, ``../shared/eval-data``) at run time;
prints nothing to measure where that folder is absent.

- Alignment: strict paragraph-link precision, recall and F1 (auditor/eval/alignment.py) of ``align()`` per domain,
  with paragraph breaks and with every paragraph of a document run together with a space.
- Noise: findings per 10,000 target characters on the human references audited with their sources (every one is a
  false positive, or a real error of the reference): of the ``source.*`` rules, and of all rules; with the source
  and without it, in both layouts.
- Speed: the time of both (one core).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor import audit  # noqa: E402
from auditor.eval.alignment import score_documents  # noqa: E402
from auditor.eval.corpus import find_eval_data, wmt24_news, wmt24_paragraphs  # noqa: E402

LAYOUTS = {"breaks": "\n", "run-together": " "}


def alignment(eval_data: Path, domain: str) -> dict[str, dict[str, float]]:
    documents = [(src, tgt) for _, _, src, tgt in wmt24_paragraphs(eval_data, domain)]
    out = {}
    for layout, separator in LAYOUTS.items():
        began = time.perf_counter()
        score = score_documents(documents, separator)
        out[layout] = {
            "P": score.precision,
            "R": score.recall,
            "F1": score.f1,
            "links": score.gold,
            "seconds": time.perf_counter() - began,
        }
    return out


def noise(eval_data: Path, domain: str) -> dict[str, dict[str, float]]:
    out = {}
    for layout, separator in LAYOUTS.items():
        characters = 0
        counts: Counter[str] = Counter()
        began = time.perf_counter()
        for document in wmt24_news(eval_data, domain, separator):
            characters += len(document.text)
            with_source = audit(document.text, lang="ja", source=document.source, source_lang="en").findings
            counts["source.*"] += sum(f.rule.startswith("source.") for f in with_source)
            counts["all"] += len(with_source)
            counts.update(f.rule for f in with_source if f.rule.startswith("source."))
            if layout == "breaks":
                counts["all, no source"] += len(audit(document.text, lang="ja").findings)
        per = 10_000 / max(1, characters)
        row = {name: count * per for name, count in counts.items()}
        row["characters"] = characters
        row["seconds"] = time.perf_counter() - began
        out[layout] = row
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--domains", default="news,social,literary,speech")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    parser.add_argument("--no-noise", action="store_true", help="alignment only")
    args = parser.parse_args()
    eval_data = find_eval_data()
    if eval_data is None:
        print("no eval-data folder (../shared/eval-data or $AUDITOR_EVAL_DATA): nothing to measure")
        return 0
    results: dict[str, dict[str, object]] = {}
    print("Alignment: strict paragraph-link P / R / F1 (WMT24 en-ja, human reference)")
    print(f"{'domain':<10} {'links':>6} {'breaks P/R/F1':>22} {'run-together P/R/F1':>22} {'s':>6}")
    for domain in args.domains.split(","):
        got = alignment(eval_data, domain)
        results[domain] = {"alignment": got}
        cells = [f"{v['P']:.3f}/{v['R']:.3f}/{v['F1']:.3f}" for v in got.values()]
        seconds = sum(v["seconds"] for v in got.values())
        print(f"{domain:<10} {got['breaks']['links']:>6} {cells[0]:>22} {cells[1]:>22} {seconds:>6.2f}")
    if not args.no_noise:
        print()
        print("Noise: findings per 10k target characters on the human references (with the source unless said)")
        print(f"{'domain':<10} {'layout':<13} {'chars':>7} {'source.*':>9} {'all':>6} {'no source':>10}  by rule")
        for domain in args.domains.split(","):
            got = noise(eval_data, domain)
            results[domain]["noise"] = got
            for layout, row in got.items():
                rules = ", ".join(
                    f"{name.removeprefix('source.')} {value:.2f}"
                    for name, value in sorted(row.items())
                    if name.startswith("source.") and name != "source.*"
                )
                alone = f"{row['all, no source']:.2f}" if "all, no source" in row else "-"
                print(
                    f"{domain:<10} {layout:<13} {row['characters']:>7.0f} {row.get('source.*', 0):>9.2f} "
                    f"{row.get('all', 0):>6.2f} {alone:>10}  {rules}"
                )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate README's evaluation table from the benchmark, and print it.

    .venv/bin/python bench/eval_table.py          # rewrite the table in README.md
    .venv/bin/python bench/eval_table.py --check  # exit 1 when README's table is not what the code gives

It runs ``auditor eval --benchmark`` (WMT English→Japanese human references from
``../shared/eval-data``, clean and with injected leftovers; see auditor/eval/benchmark.py).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from auditor.eval.benchmark import DEFAULT_SEEDS, run_benchmark
from auditor.eval.corpus import find_eval_data
from auditor.eval.report import summary_line, to_markdown

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- eval-table:start -->", "<!-- eval-table:end -->"
BLOCK = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)


def table(eval_data: Path) -> str:
    result = run_benchmark(eval_data, DEFAULT_SEEDS)
    return f"{START}\n{to_markdown(result)}\n{summary_line(result)}.\n{END}"


def main(argv: list[str]) -> int:
    eval_data = find_eval_data()
    if eval_data is None:
        print("no eval-data folder (../shared/eval-data or $AUDITOR_EVAL_DATA): nothing to measure")
        return 2
    began = time.perf_counter()
    block = table(eval_data)
    print(block)
    print(f"({time.perf_counter() - began:.1f} s)", file=sys.stderr)
    readme = README.read_text(encoding="utf-8")
    if "--check" in argv:
        current = BLOCK.search(readme)
        return 0 if current and current.group() == block else 1
    README.write_text(BLOCK.sub(lambda _: block, readme), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

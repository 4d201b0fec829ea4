#!/usr/bin/env python3
"""`auditor batch` speed and memory, and a side-by-side run of textlint's Japanese preset.

    .venv/bin/python bench/bench_batch.py [--articles 6000] [--chars 3000] [--textlint-articles 300]

Everything is timed end to end through the command line (`python -m auditor.batch_cli`):
interpreter and process start-up, discovering and reading the files, auditing, writing
issues.csv / documents.csv / summary.json. Target-only audits (no source, no reference).

Articles (about --chars characters each), built at run time, never stored in the repository:
- "news": the news documents of the WMT24 en-ja human reference (../shared/eval-data, read at
  run time), one after another, cut into articles: real Japanese news prose;
- "synthetic": where ../shared is absent, articles built from this file's own sentences.

Numbers printed:
1. articles/s with --jobs 1 and --jobs 2 over --articles files (one .txt per article), and the speed-up;
2. peak memory (largest RSS of any process of the run) streaming 10,000 and 100,000 small
   articles from one JSONL file with --jobs 2: it must not grow with the count;
3. textlint + textlint-rule-preset-ja-technical-writing run once over the first
   --textlint-articles files, and `auditor batch --jobs 2` over the same files: both
   throughputs and the ratio. textlint is installed with npm into --textlint-dir (outside the
   repository); without node/npm that part is skipped with a message.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

# Our own sentences (written for this bench): the synthetic set when ../shared is absent.
_OWN = [
    "政府は来年度の予算案を閣議決定し、防災関連の支出を前年より一割増やした。",
    "市内の図書館では、夜間の開館時間を延ばす試みが来月から始まる。",
    "同社の四半期決算は、海外の販売が伸びて増収増益となった。",
    "気象庁によると、週末は西日本を中心に大雨となるおそれがある。",
    "新しい路線バスは駅と病院を結び、一日に三十便が運行される予定だ。",
    "専門家は、物価の上昇が家計の負担を重くしていると指摘した。",
    "大会の決勝は延長戦にもつれ込み、地元のチームが逆転で勝った。",
    "研究チームは、海水から効率よく塩分を取り除く膜を開発したと発表した。",
]


def news_lines() -> list[str]:
    folder = ROOT.parent / "shared" / "eval-data" / "wmt24" / "en-ja"
    if not (folder / "docs.tsv").is_file():
        return []
    domains = [line.split("\t")[0] for line in (folder / "docs.tsv").read_text(encoding="utf-8").splitlines()]
    lines = (folder / "ref.refA.ja.txt").read_text(encoding="utf-8").splitlines()
    return [line for domain, line in zip(domains, lines, strict=False) if domain == "news" and line.strip()]


def make_articles(count: int, chars: int, lines: list[str], seed: int = 11) -> list[str]:
    """``count`` articles of about ``chars`` characters, taking ``lines`` one after another (shuffled once)."""
    rng = random.Random(seed)
    pool = list(lines)
    rng.shuffle(pool)
    articles, index = [], 0
    for _ in range(count):
        picked: list[str] = []
        size = 0
        while size < chars:
            picked.append(pool[index % len(pool)])
            size += len(picked[-1]) + 1
            index += 1
        articles.append("\n".join(picked) + "\n")
    return articles


def run_batch_cli(inputs: list[str], out: Path, jobs: int) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds of all its processes, largest RSS in MiB) of one `auditor batch` run.

    Measured from a fresh wrapper process, so that the resource counts are this run's alone.
    """
    shutil.rmtree(out, ignore_errors=True)
    command = [PYTHON, "-m", "auditor.batch_cli", *inputs, "--out", str(out), "--jobs", str(jobs), "-q", "--no-config"]
    wrapper = (
        "import resource, subprocess, time\n"
        "t = time.perf_counter()\n"
        f"r = subprocess.run({command!r}, capture_output=True)\n"
        "t = time.perf_counter() - t\n"
        "assert r.returncode in (0, 1), r.stderr[-2000:]\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(t, u.ru_utime + u.ru_stime, u.ru_maxrss)\n"
    )
    done = subprocess.run([PYTHON, "-c", wrapper], cwd=ROOT, capture_output=True, text=True, check=True)
    wall, cpu, kib = done.stdout.split()
    return float(wall), float(cpu), int(kib) / 1024


def count_rows(path: Path) -> int:
    with open(path, encoding="utf-8-sig") as handle:
        return sum(1 for _ in handle) - 1


def textlint(folder: Path, files: list[Path]) -> tuple[float, int] | str:
    """(wall seconds, problems found) for textlint's ja-technical-writing preset over ``files``, or why not."""
    if not shutil.which("node") or not shutil.which("npm"):
        return "node/npm not found"
    binary = folder / "node_modules" / ".bin" / "textlint"
    if not binary.exists():
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "package.json").write_text('{"name": "textlint-bench", "private": true}\n')
        install = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "textlint", "textlint-rule-preset-ja-technical-writing"],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
        if install.returncode != 0 or not binary.exists():
            return f"npm install failed: {install.stderr.strip()[-300:]}"
    config = folder / ".textlintrc.json"
    config.write_text(json.dumps({"rules": {"preset-ja-technical-writing": True}}))
    start = time.perf_counter()
    done = subprocess.run(
        [str(binary), "--config", str(config), "--format", "json", *map(str, files)],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    try:
        problems = sum(len(result["messages"]) for result in json.loads(done.stdout))
    except ValueError:
        return f"textlint failed ({done.returncode}): {done.stderr.strip()[-300:]}"
    return seconds, problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=6000)
    parser.add_argument("--chars", type=int, default=3000)
    parser.add_argument("--textlint-articles", type=int, default=300)
    parser.add_argument("--memory", type=int, nargs="*", default=[10_000, 100_000], help="JSONL sizes to stream")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement (the best is kept)")
    parser.add_argument(
        "--textlint-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "s9-batch" / "textlint",
        help="where npm installs textlint (never the repository)",
    )
    parser.add_argument("--workdir", type=Path, help="scratch folder (default: a temporary one)")
    args = parser.parse_args()

    lines = news_lines()
    name = "news (WMT24 en-ja refA, news domain, read at run time)" if lines else "synthetic (own sentences)"
    lines = lines or _OWN
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-batch-"))
    articles_dir = workdir / "articles"
    shutil.rmtree(articles_dir, ignore_errors=True)
    articles_dir.mkdir(parents=True)
    articles = make_articles(args.articles, args.chars, lines)
    files = []
    for index, text in enumerate(articles):
        path = articles_dir / f"{index:06d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    mean = sum(map(len, articles)) / len(articles)
    print(f"articles: {len(articles):,} x {mean:,.0f} chars, {name}; {os.cpu_count()} cores")

    rates = {}
    for jobs in (1, 2):
        runs = [run_batch_cli([str(articles_dir)], workdir / f"out-j{jobs}", jobs) for _ in range(args.repeat)]
        wall, cpu, _ = min(runs)
        rates[jobs] = len(articles) / wall
        findings = count_rows(workdir / f"out-j{jobs}" / "issues.csv")
        print(
            f"auditor batch --jobs {jobs}: {rates[jobs]:7,.0f} articles/s ({wall:.2f} s wall, start-up,"
            f" reading and writing included; {cpu:.2f} CPU s in all its processes, {len(articles) / cpu:,.0f}"
            f" articles per CPU-second; {findings / len(articles):.2f} findings/article)"
        )
    same = (workdir / "out-j1" / "issues.csv").read_bytes() == (workdir / "out-j2" / "issues.csv").read_bytes()
    print(f"speed-up 1 → 2 jobs: {rates[2] / rates[1]:.2f}x; outputs identical: {same}")

    for count in args.memory:
        table = workdir / f"small-{count}.jsonl"
        rng = random.Random(count)
        with open(table, "w", encoding="utf-8") as handle:
            for index in range(count):
                text = "".join(rng.choice(lines) for _ in range(2))[:300]
                handle.write(json.dumps({"id": f"a{index}", "text": text}, ensure_ascii=False) + "\n")
        seconds, _, mib = run_batch_cli([str(table)], workdir / f"out-mem-{count}", 2)
        print(
            f"stream {count:>7,} small articles (JSONL, --jobs 2): peak RSS {mib:6.1f} MiB,"
            f" {count / seconds:,.0f} articles/s"
        )

    subset = files[: args.textlint_articles]
    outcome = textlint(args.textlint_dir, subset)
    if isinstance(outcome, str):
        print(f"textlint: skipped ({outcome})")
    else:
        seconds, problems = outcome
        ours = min(
            run_batch_cli([str(path) for path in subset], workdir / "out-subset", 2)[0] for _ in range(args.repeat)
        )
        findings = count_rows(workdir / "out-subset" / "issues.csv")
        theirs_rate, ours_rate = len(subset) / seconds, len(subset) / ours
        print(
            f"same {len(subset)} articles, one run each: textlint ja-technical-writing {theirs_rate:,.1f} articles/s"
            f" ({seconds:.1f} s, {problems:,} problems); auditor batch --jobs 2 {ours_rate:,.0f} articles/s"
            f" ({ours:.2f} s, {findings:,} findings): {ours_rate / theirs_rate:,.0f}x"
            f" (with the {len(articles):,}-article rate: {rates[2] / theirs_rate:,.0f}x)"
        )
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

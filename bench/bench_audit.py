#!/usr/bin/env python3
"""Target-only audit speed on one core, and `auditor audit` wall time with start-up.

    .venv/bin/python bench/bench_audit.py [--articles 300] [--chars 3000]

Two sets of articles of about --chars characters each, built deterministically:
- "samples": the samples' lines shuffled with a fixed seed (numbers varied): dense with
  leftovers, far more than a real article has (the worst case for speed);
- "news": the news documents of the WMT24 en-ja human reference (../shared/eval-data,
  read at run time; skipped where absent), one after another: real Japanese news prose.
Targets (issue 2): >= 1,000 articles/s on one
core for 3,000-character articles; `auditor audit FILE` under 0.5 s wall.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_articles(count: int, chars: int, seed: int = 7) -> list[str]:
    lines = [
        line
        for path in sorted((ROOT / "samples").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        picked: list[str] = []
        size = 0
        while size < chars:
            line = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 9)), rng.choice(lines))
            picked.append(line)
            size += len(line) + 1
        articles.append("\n".join(picked))
    return articles


def news_articles(count: int, chars: int) -> list[str]:
    """Whole news documents of the WMT24 en-ja human reference, one after another, cut into articles."""
    folder = ROOT.parent / "shared" / "eval-data" / "wmt24" / "en-ja"
    if not (folder / "docs.tsv").is_file():
        return []
    domains = [line.split("\t")[0] for line in (folder / "docs.tsv").read_text(encoding="utf-8").splitlines()]
    lines = (folder / "ref.refA.ja.txt").read_text(encoding="utf-8").splitlines()
    news = [line for domain, line in zip(domains, lines, strict=False) if domain == "news" and line.strip()]
    articles: list[str] = []
    index = 0
    while news and len(articles) < count:
        picked: list[str] = []
        while sum(len(line) + 1 for line in picked) < chars:
            picked.append(news[index % len(news)])
            index += 1
        articles.append("\n".join(picked))
    return articles


def bench_library(articles: list[str]) -> tuple[float, int]:
    import auditor

    for text in articles[:20]:  # load rules, lexicons and lingua once, as a long-running job would
        auditor.audit(text)
    findings = 0
    start = time.perf_counter()
    for text in articles:
        findings += len(auditor.audit(text).findings)
    return time.perf_counter() - start, findings


def bench_baseline(articles: list[str]) -> float:
    """The issue's yardstick: ten regular expressions plus sentence splitting."""
    patterns = [
        re.compile(p)
        for p in (
            r"[。！？]",
            r"@\w+",
            r"#\w+",
            r"\$[A-Z]+",
            r"https?://\S+",
            r"\d+(?:\.\d+)?",
            r"[A-Za-z]+",
            r"[ァ-ヴー]+",
            r" {2,}",
            r"[?!:;()]",
        )
    ]
    splitter = re.compile(r"[^。！？\n]+[。！？]?")
    start = time.perf_counter()
    for text in articles:
        splitter.findall(text)
        for pattern in patterns:
            pattern.findall(text)
    return time.perf_counter() - start


def bench_cli(article: str, runs: int = 5) -> list[float]:
    """Wall seconds of ``runs`` starts of `auditor audit FILE`, after one uncounted start that writes Python's
    bytecode cache, as on any installed Python. PYTHONDONTWRITEBYTECODE is dropped from the environment: where it is
    set (some sandboxes and containers) every start compiles the sources again, about 0.1 s more."""
    exe = Path(sys.executable).with_name("auditor")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(article, encoding="utf-8")
        command = [str(exe), "audit", str(path), "--no-config"]
        subprocess.run(command, capture_output=True, check=False, env=env)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False, env=env)
            times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--chars", type=int, default=3000)
    args = parser.parse_args()
    sets = {"samples": make_articles(args.articles, args.chars), "news": news_articles(args.articles, args.chars)}
    for name, articles in sets.items():
        if not articles:
            print(f"{name}: skipped (../shared/eval-data is not beside this checkout)")
            continue
        mean_chars = statistics.mean(len(a) for a in articles)
        seconds, findings = bench_library(articles)
        baseline = bench_baseline(articles)
        print(
            f"{name:8} {len(articles)} articles of {mean_chars:.0f} chars:"
            f" audit {len(articles) / seconds:6.0f} articles/s ({seconds / len(articles) * 1e3:.2f} ms each,"
            f" {findings / len(articles):.1f} findings each);"
            f" baseline 10 regex + split {len(articles) / baseline:6.0f} articles/s"
        )
    cli = bench_cli(sets["samples"][0])
    print(
        f"`auditor audit FILE` wall: median {statistics.median(cli):.3f} s, max {max(cli):.3f} s over {len(cli)} runs"
    )


if __name__ == "__main__":
    main()

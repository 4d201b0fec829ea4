#!/usr/bin/env python3
"""Time and memory of hostile inputs (issue 7): each audited within a bound, or refused naming the limit.

    .venv/bin/python bench/bench_hostile.py [--quick]

Every case runs in a fresh forked process (so peak memory is its own): the file is written to a
temporary folder, then read with ``read_path`` and audited. Printed per case: what happened, wall
seconds (read + audit) and the process's peak resident memory. ``--quick`` skips the 50 MB cases.
The dense cases are the samples' lines reshuffled (bench_audit.make_articles): a leftover every
few characters, far denser than any real article.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
MB = 1 << 20

NEWS = "日銀は本日、金融政策決定会合で政策金利を据え置いた。市場では円相場が小幅に動いた。\r\n"

# A Japanese paragraph before a long line of one pattern: the language is detected as Japanese, so the Japanese
# rules run on the line (a text of the pattern alone may be read as another language, and checked by fewer rules).
JA_LEAD = "同社は本日、新型車を発表した。価格は未定だという。\n" * 3


def dense(size: int) -> bytes:
    from bench_audit import make_articles

    text, seed = "", 0
    while len(text.encode()) < size:
        text += "\n".join(make_articles(10, 3000, seed)) + "\n"
        seed += 1
    return text.encode()[:size].decode("utf-8", "ignore").encode()


def cases(quick: bool) -> list[tuple[str, str, Callable[[], bytes]]]:
    from auditor.readers import MAX_BYTES

    big = [
        ("news prose, 50 MB (the limit)", "a.txt", lambda: (NEWS * (MAX_BYTES // len(NEWS.encode()))).encode()),
        ("50 MB + 1 byte", "a.txt", lambda: b"a" * (MAX_BYTES + 1)),
        (
            "HTML, 45 MB of paragraphs",
            "a.html",
            lambda: ("<html><body>" + f"<p>{NEWS}</p>" * (45 * MB // len(NEWS.encode()))).encode(),
        ),
        ("HTML, 4,000,000 nested <div> (20 MB)", "a.html", lambda: b"<html><body>" + b"<div>" * 4_000_000),
    ]
    return [
        ("news prose, 5 MB", "a.txt", lambda: (NEWS * (5 * MB // len(NEWS.encode()))).encode()),
        ("dense leftovers, 0.5 MB", "a.txt", lambda: dense(MB // 2)),
        ("dense leftovers, 1 MB", "a.txt", lambda: dense(MB)),
        ("dense leftovers, 2 MB", "a.txt", lambda: dense(2 * MB)),
        ("one line of 1,000,000 characters", "a.txt", lambda: ("あ" * 1_000_000).encode()),
        ("100,000 one-character lines", "a.txt", lambda: ("あ\n" * 100_000).encode()),
        ("100,000 lone-CR lines", "a.txt", lambda: ("a\r" * 100_000).encode()),
        (
            "one line: 「」 then 60,000 sentences, both registers",
            "a.txt",
            lambda: (JA_LEAD + "「あ」" + "価格は上がった。売上は伸びました。株価は上がった。" * 20_000).encode(),
        ),
        ("12,000 brand literals, one sentence", "a.txt", lambda: (JA_LEAD + "りんご(AAPL)の株価は" * 12_000).encode()),
        ("one line of 20,000 spaced figures (2026 年)", "a.txt", lambda: (JA_LEAD + "2026 年 " * 20_000).encode()),
        ("one line of 50,000 Latin commas (A、1)", "a.txt", lambda: (JA_LEAD + "A、1" * 50_000).encode()),
        ("20,000 Vietnamese names, a line no kana", "a.txt", lambda: (JA_LEAD + "Vo Van Kiet、" * 20_000).encode()),
        ("20,000 「, a break, 20,000 』", "a.txt", lambda: (JA_LEAD + "「" * 20_000 + "\n" + "』" * 20_000).encode()),
        (
            "20,000 spaced katakana compounds, one line",
            "a.txt",
            lambda: (JA_LEAD + "テレビ チャンネル、" * 20_000).encode(),
        ),
        ("20,000 dashes between spaces, one line", "a.txt", lambda: (JA_LEAD + "あ — い " * 20_000).encode()),
        ("16,000 English dates, one line", "a.txt", lambda: (JA_LEAD + "July 28, 2023 / " * 16_000).encode()),
        ("16,000 half-translated names, one line", "a.txt", lambda: (JA_LEAD + "ジョン・鍛冶屋氏、" * 16_000).encode()),
        (
            "16,000 names both ways",
            "a.txt",
            lambda: (JA_LEAD + "ブリッジ火災の現場では橋火災が続いた。" * 16_000).encode(),
        ),
        ("HTML, 100,000 nested <div>", "a.html", lambda: b"<html><body>" + b"<div>" * 100_000 + "本文。".encode()),
        ("HTML, 900 nested <div>", "a.html", lambda: b"<html><body>" + b"<div>" * 900 + "本文。".encode()),
        (
            "HTML, 20,000 unclosed <div><p><b>",
            "a.html",
            lambda: ("<html><body>" + "<div><p><b>同社は新型車を発表した。" * 20_000).encode(),
        ),
        *([] if quick else big),
    ]


def _run(name: str, filename: str, make: Callable[[], bytes], queue: multiprocessing.Queue) -> None:
    import auditor
    from auditor.readers import ReadError, read_path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / filename
        path.write_bytes(make())
        size = path.stat().st_size
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        try:
            doc = read_path(path)
            report = auditor.audit(doc)
            outcome = f"{len(doc.text):,} chars, {len(report.findings):,} findings"
        except ReadError as error:
            outcome = "refused: " + str(error).split(": ", 1)[1]
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queue.put((name, size, outcome, seconds, peak // 1024, max(0, peak - base) // 1024))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="skip the 50 MB cases")
    args = parser.parse_args()
    import auditor

    auditor.audit("同社は本日、新型車を発表した。")  # load rules and lexicons before forking
    context = multiprocessing.get_context("fork")
    print(f"{'case':42} {'bytes':>12} {'s':>7} {'peak MB':>8}  outcome")
    for name, filename, make in cases(args.quick):
        queue = context.Queue()
        process = context.Process(target=_run, args=(name, filename, make, queue))
        process.start()
        name, size, outcome, seconds, peak, _ = queue.get()
        process.join()
        print(f"{name:42} {size:>12,} {seconds:>7.2f} {peak:>8,}  {outcome}", flush=True)


if __name__ == "__main__":
    main()

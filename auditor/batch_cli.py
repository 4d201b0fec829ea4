"""`auditor batch`: thin over auditor.batch. Progress and the end summary go to standard error.

    auditor batch articles/ --out reports/2026-11-23/
    auditor batch export.jsonl --id-col url --text-col body
    auditor batch articles/ --out reports/run1 --jobs 2 --resume
    auditor batch articles/ --fail-on major

Exit status: 0 when every article was audited (whatever was found); 1 when --fail-on is given
and an article has a finding at or above it; 2 for a usage error, or when some articles were
unreadable (they are rows of documents.csv, and the others were audited); 3 when the run stopped
before the end (a worker process died): the outputs hold every finished article, --resume
carries on; 130 after Ctrl-C (the same holds).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

import click

from auditor.cli_common import fail as _fail
from auditor.cli_common import resolve_settings, settings_options
from auditor.config import ConfigError


class _Progress:
    """tqdm on a terminal; otherwise a plain line every ``every`` seconds (and at the end)."""

    def __init__(self, every: float = 5.0, force_plain: bool = False):
        self.every = every
        self.bar: Any = None  # a tqdm bar, made on the first update
        self.plain = force_plain or not sys.stderr.isatty()
        self.started = time.perf_counter()
        self.last = 0.0
        self.first_done: int | None = None

    def __call__(self, done: int, total: int | None) -> None:
        if self.first_done is None:
            self.first_done = done  # articles carried over from an interrupted run do not count for the rate
        if not self.plain:
            if self.bar is None:
                import tqdm

                tqdm.tqdm.monitor_interval = 0  # no monitor thread: the workers are forked later
                self.bar = tqdm.tqdm(total=total, initial=done, unit="article", file=sys.stderr, dynamic_ncols=True)
            self.bar.update(done - self.bar.n)
            return
        now = time.perf_counter()
        if now - self.last >= self.every or (total is not None and done >= total):
            self.last = now
            elapsed = now - self.started
            rate = (done - self.first_done) / elapsed if elapsed > 0 else 0.0
            line = f"auditor batch: {done:,}" + (f"/{total:,}" if total is not None else "") + " articles"
            if elapsed > 0 and done > self.first_done:
                line += f", {rate:,.0f}/s"
                if total is not None and rate > 0:
                    line += f", ETA {(total - done) / rate:,.0f}s"
            click.echo(line, err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@click.command(name="batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder for issues.csv, issues.xlsx, documents.csv and summary.json (default: reports/<timestamp>/).",
)
@click.option("--jobs", "-j", type=click.IntRange(1), help="Worker processes (default: the number of cores).")
@click.option("--resume", is_flag=True, help="Carry on an interrupted run in --out: no article twice, none lost.")
@click.option("--id-col", default="id", show_default=True, help="Tables: the column with the document id.")
@click.option("--text-col", default="text", show_default=True, help="Tables: the column with the article.")
@click.option("--source-col", help="Tables: the column with the source text (runs the cross-checks).")
@click.option("--reference-col", help="Tables: the column with a human reference translation (BLEU, chrF).")
@click.option(
    "--source-lang",
    help="Language of the sources (default: detected). With files, also pairs a.en.txt (the source) with a.ja.txt.",
)
@click.option(
    "--source-dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Folder of sources laid out like the input folders: the source of IN/x/a.txt is SOURCE_DIR/x/a.txt.",
)
@click.option("--no-xlsx", is_flag=True, help="Do not write issues.xlsx (the spreadsheet copy of issues.csv).")
@settings_options
@click.option("--chunk-size", type=click.IntRange(1), default=32, show_default=True, help="Articles per task.")
@click.option("--quiet", "-q", is_flag=True, help="No progress and no summary on standard error.")
def batch(
    inputs: tuple[str, ...],
    out: Path | None,
    jobs: int | None,
    resume: bool,
    id_col: str,
    text_col: str,
    source_col: str | None,
    reference_col: str | None,
    source_lang: str | None,
    source_dir: Path | None,
    no_xlsx: bool,
    lang: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    bleu_tokenize: str | None,
    config_path: Path | None,
    no_config: bool,
    chunk_size: int,
    quiet: bool,
) -> None:
    """Audit many articles: INPUTS are folders (recursively), globs, files, or JSONL / CSV / Parquet tables.

    Writes issues.csv (every finding, for programs), issues.xlsx (the same, for people: open it in a
    spreadsheet), documents.csv (one row per article: counts per category and severity, the MQM-style
    score, errors) and summary.json into --out, and prints a short summary at the end.
    """
    from auditor.batch import BatchError, Columns, WorkerDied, default_out, run_batch

    try:
        overrides, fixed = resolve_settings(lang, select, ignore, fail_on, config_path, no_config, bleu_tokenize)
    except ConfigError as error:
        _fail(str(error))
        sys.exit(2)
    if resume and out is None:
        _fail("--resume needs the --out folder of the run to carry on")
        sys.exit(2)
    out = out or default_out()
    progress = None if quiet else _Progress()
    try:
        result = run_batch(
            list(inputs),
            out,
            columns=Columns(id_col, text_col, source_col, reference_col),
            jobs=jobs,
            chunk_size=chunk_size,
            resume=resume,
            settings=fixed,
            overrides=overrides,
            source_lang=source_lang,
            source_dir=source_dir,
            on_progress=progress,
            xlsx=not no_xlsx,
        )
    except BatchError as error:
        if progress:
            progress.close()
        _fail(str(error))
        sys.exit(3 if isinstance(error, WorkerDied) else 2)
    except KeyboardInterrupt:
        if progress:
            progress.close()
        _fail(f"interrupted; every finished article is in {out}: add --resume to carry on")
        sys.exit(130)
    if progress:
        progress.close()
    if not quiet:
        click.echo(render_summary(result), err=True, nl=False)
    if result.unreadable:
        sys.exit(2)
    if result.failing:
        plural = "s have" if result.failing != 1 else " has"
        _fail(f"{result.failing:,} article{plural} a finding at or above the --fail-on severity: exit 1")
        sys.exit(1)


def render_summary(result: object) -> str:
    """The end summary: articles, findings per category, the worst articles, where the files are."""
    from auditor.batch import BatchResult

    assert isinstance(result, BatchResult)
    lines = [
        f"{result.articles:,} articles"
        + (f" ({result.unreadable:,} unreadable)" if result.unreadable else "")
        + (f" ({result.rule_errors:,} with a crashed rule)" if result.rule_errors else "")
        + f", {result.findings:,} findings"
        + (f", {result.failing:,} failing --fail-on" if result.failing else "")
    ]
    if result.session_seconds and result.session_articles:
        rate = result.session_articles / result.session_seconds
        lines[0] += f" ({result.session_articles:,} audited now, {rate:,.0f}/s)"
    for category, count in result.by_category.most_common():
        lines.append(f"  {category:<26} {count:>8,}")
    if result.worst and result.worst[0]["findings"]:
        lines.append("worst articles (MQM-style score, 100 = no finding):")
        for entry in result.worst[:5]:
            if entry["findings"]:
                lines.append(f"  {entry['score']:>6.1f}  {entry['findings']:>4} findings  {entry['doc']}")
    for label, names, count in (
        ("unreadable (rows of documents.csv with status error)", result.unreadable_docs, result.unreadable),
        ("skipped, not articles", result.skipped, len(result.skipped)),
        ("audited without a source (none found)", result.unpaired, len(result.unpaired)),
    ):
        if count:
            shown = ", ".join(names[:5]) + (", …" if count > 5 else "")
            lines.append(f"{count:,} {label}: {shown}")
    out = result.out
    lines.append(f"wrote {os.path.join(out, result.outputs[0])}, {', '.join(result.outputs[1:])}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    batch()

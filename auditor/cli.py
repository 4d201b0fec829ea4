"""`auditor` on the command line: thin over auditor.inputs, auditor.audit, auditor.fix and auditor.export.

Exit status of `audit`: 0 when the audit ran (whatever it found), 1 when --fail-on is given and a
finding at or above it exists (standard error says how many), 2 for a usage error or unreadable input.
`fix`: 0 when done, 1 with --diff when there is something to fix, 2 for a file it cannot fix.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import click

from auditor.cli_common import fail as _fail
from auditor.cli_common import resolve_settings, settings_options
from auditor.cli_common import split_flags as _split
from auditor.config import ConfigError, FolderSettings, Settings, load_settings, settings_for
from auditor.findings import SEVERITIES, at_least

FORMATS = ("table", "csv", "json", "xlsx")
# What fix can write back: text as read. An HTML page's text is extracted from it, a bilingual file's from its units.
FIXABLE_FORMATS = ("txt", "md")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="auditor")
def main() -> None:
    """Find the leftovers of machine translation in news articles."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="xlsx is for people (a spreadsheet: open it in Excel or LibreOffice), csv and json for programs.",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of standard output.")
@settings_options
@click.option(
    "--source", "source_path", type=click.Path(path_type=Path, dir_okay=False), help="The source article (one FILE)."
)
@click.option("--source-lang", help="Language of the source (default: detected).")
@click.option(
    "--reference",
    "reference_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A human translation of the same source: adds BLEU, chrF, chrF++ and TER (one FILE).",
)
def audit(
    files: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    lang: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    bleu_tokenize: str | None,
    config_path: Path | None,
    no_config: bool,
    source_path: Path | None,
    source_lang: str | None,
    reference_path: Path | None,
) -> None:
    """Audit FILES (.txt, .md, .html; bilingual .xlf, .tmx, .po, .tsv, .csv, .jsonl) and report every finding."""
    from auditor import export
    from auditor.inputs import load
    from auditor.metrics import MetricError
    from auditor.readers import ReadError

    if (source_path or reference_path) and len(files) != 1:
        raise click.UsageError("--source and --reference go with one FILE, the translation of that source")
    if fmt == "xlsx" and output is None:
        raise click.UsageError("--format xlsx writes a file: give it with -o REPORT.xlsx")

    try:
        overrides, fixed = resolve_settings(lang, select, ignore, fail_on, config_path, no_config, bleu_tokenize)
        settings_cache = FolderSettings(fixed, overrides)
    except ConfigError as error:
        _fail(str(error))
        sys.exit(2)

    reports, unreadable = [], []
    for path in files:
        if path.is_dir():
            message = f"{path}: is a folder; to audit the articles in it, run: auditor batch {path}"
            _fail(message)
            unreadable.append((str(path), message))
            continue
        try:
            settings = settings_cache.for_article(path)
            jobs = load(
                path,
                settings=settings,
                source=source_path,
                reference=reference_path,
                source_lang=source_lang,
            )
        except (ReadError, ConfigError) as error:
            _fail(str(error))
            unreadable.append((str(path), str(error)))
            continue
        for job in jobs:
            for warning in job.warnings:
                click.echo(f"auditor: {warning}", err=True)
            try:
                reports.append((job.run(), settings))
            except MetricError as error:  # a reference scored with a tokenizer that cannot run here
                _fail(f"{job.doc_id}: {error}")
                unreadable.append((job.doc_id, str(error)))

    only_reports = [report for report, _ in reports]
    if not only_reports and unreadable and fmt == "table":
        sys.exit(2)  # each input's error is already said; "0 findings in 0 documents" would read as a clean result
    if fmt == "xlsx":
        assert output is not None
        _write(output, lambda path: export.write_xlsx(path, only_reports))
    else:
        if fmt == "csv":
            content = export.to_csv(only_reports)
        elif fmt == "json":
            content = export.to_json(only_reports, unreadable)
        else:
            content = export.to_table(only_reports, color=output is None and sys.stdout.isatty())
        if output is not None:
            _write(output, lambda path: export.write_atomic(path, content))
        else:
            # The CSV keeps its BOM in a file or a pipe (Excel needs it to read UTF-8); a terminal does not show it.
            click.echo(content.lstrip("\ufeff") if sys.stdout.isatty() else content, nl=False)

    if unreadable:
        sys.exit(2)
    failing = [(report, settings.fail_on) for report, settings in reports if settings.fail_on]
    failing = [(report, threshold) for report, threshold in failing if report.fails(threshold)]
    if failing:
        thresholds = sorted({threshold for _, threshold in failing}, key=SEVERITIES.index)
        count = sum(sum(1 for f in report.findings if at_least(f.severity, t)) for report, t in failing)
        _fail(
            f"{count} finding{'s' if count != 1 else ''} at or above {' / '.join(thresholds)} in "
            f"{len(failing)} of {len(reports)} document{'s' if len(reports) != 1 else ''} (--fail-on): exit 1"
        )
        sys.exit(1)


def _write(output: Path, writer: Callable[[Path], object]) -> None:
    """Write a report with ``writer`` (atomic); a path that cannot be written is one line and exit 2."""
    try:
        writer(output)
    except OSError as error:  # a folder that is a file, a full disk: one line, and the old report stays
        _fail(f"{output}: cannot write: {error.strerror or error}")
        sys.exit(2)
    click.echo(f"wrote {output}", err=True)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--unsafe-fixes", is_flag=True, help="Also apply the fixes that need a human look (りんご → アップル).")
@click.option("--diff", "show_diff", is_flag=True, help="Print a unified diff of the fixes and write nothing.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write the corrected text here (a folder with several FILES) instead of over FILE.",
)
@settings_options(fail_on=False, bleu=False)
@click.option(
    "--source", "source_path", type=click.Path(path_type=Path, dir_okay=False), help="The source article (one FILE)."
)
@click.option("--source-lang", help="Language of the source (default: detected).")
def fix(
    files: tuple[Path, ...],
    unsafe_fixes: bool,
    show_diff: bool,
    output: Path | None,
    lang: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_path: Path | None,
    no_config: bool,
    source_path: Path | None,
    source_lang: str | None,
) -> None:
    """Apply the suggested fixes to FILES (.txt, .md), as ruff --fix does: the safe ones, and with --unsafe-fixes
    the ones that need a human look too.

    Fixes are applied from the end of the text backwards, only inside each finding's span; the file is written
    atomically in its own encoding. Exit 0 when done; with --diff, 1 when there is something to fix; 2 for a
    usage error or a file that cannot be fixed.
    """
    from auditor import export
    from auditor.fix import SKIP_NO_FIX, SKIP_OVERLAP, SKIP_UNSAFE, apply_fixes, unified_diff
    from auditor.inputs import load
    from auditor.readers import ReadError

    if source_path and len(files) != 1:
        raise click.UsageError("--source goes with one FILE, the translation of that source")
    if output is not None and len(files) > 1 and output.exists() and not output.is_dir():
        raise click.UsageError(f"-o {output}: with several FILES, -o names a folder")
    names = [path.name for path in files]
    if output is not None and len(files) > 1 and len(set(names)) != len(names):
        raise click.UsageError("-o: several FILES have the same name; fix them one at a time")
    try:
        overrides, fixed = resolve_settings(lang, select, ignore, None, config_path, no_config)
        settings_cache = FolderSettings(fixed, overrides)
    except ConfigError as error:
        _fail(str(error))
        sys.exit(2)

    failed = changed = False
    for path in files:
        try:
            if path.is_dir():
                raise ReadError(f"{path}: is a folder; give the files to fix")
            jobs = load(path, settings=settings_cache.for_article(path), source=source_path, source_lang=source_lang)
            if len(jobs) != 1 or jobs[0].doc.source_format not in FIXABLE_FORMATS:
                kind = jobs[0].doc.source_format if len(jobs) == 1 else "bilingual"
                raise ReadError(
                    f"{path}: cannot fix a {kind} file: its text is not the file as written; fix a .txt or .md file"
                )
            (job,) = jobs
            doc = job.doc
            report = job.run()
            result = apply_fixes(doc.text, report.findings, unsafe=unsafe_fixes)
            data = result.text.encode(doc.encoding or "utf-8")
        except (ReadError, ConfigError) as error:
            _fail(str(error))
            failed = True
            continue
        except UnicodeEncodeError as error:
            _fail(f"{path}: a fix has {error.object[error.start:error.end]!r}, which {doc.encoding} cannot write")
            failed = True
            continue
        for warning in job.warnings:
            click.echo(f"auditor: {warning}", err=True)
        changed |= result.changed
        if show_diff:
            click.echo(unified_diff(doc.text, result.text, str(path)), nl=False)
        else:
            target = path if output is None else output / path.name if len(files) > 1 else output
            if result.changed or target != path:
                try:
                    export.write_atomic_bytes(target, data, like=path)
                except OSError as error:
                    _fail(f"{target}: cannot write: {error.strerror or error}")
                    failed = True
                    continue
        counts = Counter(f.rule for f in result.applied)
        done = ", ".join(f"{rule} ×{n}" if n > 1 else rule for rule, n in counts.most_common())
        verb = "would fix" if show_diff else "fixed"
        line = f"{path}: {verb} {len(result.applied)}" + (f" ({done})" if done else "")
        left = []
        if result.skipped_for(SKIP_UNSAFE):
            left.append(f"{len(result.skipped_for(SKIP_UNSAFE))} unsafe fixes left (--unsafe-fixes)")
        if result.skipped_for(SKIP_OVERLAP):
            left.append(f"{len(result.skipped_for(SKIP_OVERLAP))} overlap another fix (run again)")
        if result.skipped_for(SKIP_NO_FIX):
            left.append(f"{len(result.skipped_for(SKIP_NO_FIX))} findings have no fix")
        click.echo(line + ("; " + "; ".join(left) if left else ""), err=True)
    if failed:
        sys.exit(2)
    if show_diff and changed:
        sys.exit(1)


@main.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--source", "source_path", required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--source-lang", help="Language of the source (default: detected).")
@click.option("--lang", help="Language of FILE, the translation (default: detected).")
@click.option("--format", "fmt", type=click.Choice(("table", "json", "tsv")), default="table", show_default=True)
def align(file: Path, source_path: Path, source_lang: str | None, lang: str | None, fmt: str) -> None:
    """The sentence pairs of FILE (a translation) and its --source, with offsets and a confidence."""
    from auditor.export import align_rows, alignment_table
    from auditor.inputs import load
    from auditor.readers import ReadError

    try:
        (job,) = load(file, source=source_path, lang=lang, source_lang=source_lang)
    except ReadError as error:
        _fail(str(error))
        sys.exit(2)
    for warning in job.warnings:
        click.echo(f"auditor: {warning}", err=True)
    rows = align_rows(job.doc)
    if fmt == "json":
        import json

        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        click.echo(alignment_table(rows, tsv=fmt == "tsv"), nl=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(("text", "json", "markdown")), default="text", show_default=True)
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), help="Configuration file.")
@click.option("--lang", help="Target language whose active rules to mark (default: the configuration's, else ja).")
def rules(fmt: str, config_path: Path | None, lang: str | None) -> None:
    """Every rule: id, category, severity, why it matters, an example; marks what is active."""
    from auditor import ruledocs

    try:
        settings = settings_for(Path.cwd(), config_path).with_overrides(lang=lang)
    except ConfigError as error:
        _fail(str(error))
        sys.exit(2)
    click.echo(ruledocs.render(settings, fmt, settings.lang or "ja"), nl=False)


def _threshold(spec: str) -> tuple[str, str, float]:
    """--fail-under 0.9 | recall=0.95 | accuracy/entity:recall=0.95 → (category, metric, value)."""
    category, _, rest = spec.rpartition(":") if ":" in spec else ("all", "", spec)
    metric, _, value = rest.rpartition("=") if "=" in rest else ("f1", "", rest)
    if metric not in {"precision", "recall", "f1"}:
        raise click.BadParameter(f"{spec!r}: the metric must be precision, recall or f1", param_hint="--fail-under")
    try:
        return category, metric, float(value)
    except ValueError:
        raise click.BadParameter(f"{spec!r}: {value!r} is not a number", param_hint="--fail-under") from None


@main.command(name="eval")
@click.argument("gold_files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(("table", "json", "markdown")), default="table", show_default=True)
@click.option("--json", "json_path", type=click.Path(path_type=Path, dir_okay=False), help="Also write the JSON here.")
@click.option("--details", is_flag=True, help="List every missed span and every unmatched finding.")
@click.option(
    "--fail-under",
    "thresholds",
    multiple=True,
    metavar="[CATEGORY:][METRIC=]VALUE",
    help="Exit 1 when a metric (f1, recall, precision; overall unless a category is named) is below VALUE.",
)
@click.option("--max-fp-rate", type=float, help="Exit 1 when a category has more false positives per 10k clean chars.")
@click.option("--fp-exempt", multiple=True, help="Categories --max-fp-rate does not apply to (comma-separated).")
@click.option(
    "--benchmark",
    is_flag=True,
    help="Score the project's yardstick: WMT human translations (clean) and the same with injected leftovers.",
)
@click.option(
    "--eval-data",
    type=click.Path(path_type=Path, file_okay=False),
    help="The eval-data folder for --benchmark (default: $AUDITOR_EVAL_DATA, else ../shared/eval-data).",
)
@click.option("--seeds", type=click.IntRange(1, 100), default=5, show_default=True, help="Injections per kind.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), help="Configuration file.")
def eval_command(
    gold_files: tuple[Path, ...],
    benchmark: bool,
    eval_data: Path | None,
    seeds: int,
    fmt: str,
    json_path: Path | None,
    details: bool,
    thresholds: tuple[str, ...],
    max_fp_rate: float | None,
    fp_exempt: tuple[str, ...],
    config_path: Path | None,
) -> None:
    """Score the audit against GOLD_FILES (JSONL gold documents): precision, recall, F1, false positives."""
    from auditor import export
    from auditor.eval import evaluate
    from auditor.eval.gold import GoldError, iter_gold
    from auditor.eval.report import render, to_json

    if bool(gold_files) == benchmark:
        raise click.UsageError("give gold files (JSON Lines), or --benchmark")
    limits = [_threshold(spec) for spec in thresholds]
    try:
        settings = load_settings(config_path) if config_path else Settings()
        if benchmark:
            from auditor.eval.benchmark import run_benchmark
            from auditor.eval.corpus import EvalDataError, find_eval_data

            eval_data = eval_data or find_eval_data()
            if eval_data is None:
                raise EvalDataError("no eval-data folder: pass --eval-data or set AUDITOR_EVAL_DATA")
            result = run_benchmark(eval_data, seeds, settings)
        else:
            result = evaluate(list(iter_gold(gold_files)), settings)
    except (ConfigError, GoldError, OSError) as error:
        _fail(str(error))
        sys.exit(2)
    click.echo(render(result, fmt, details), nl=False)
    if json_path is not None:
        export.write_atomic(json_path, to_json(result))
        click.echo(f"wrote {json_path}", err=True)

    failures = []
    for category, metric, wanted in limits:
        value = result.metric(metric, category)
        if value is None or value < wanted:
            failures.append(f"{category} {metric} {'–' if value is None else f'{value:.3f}'} < {wanted}")
    if max_fp_rate is not None:
        exempt = set(_split(fp_exempt))
        for category in result.categories():
            rate = result.fp_rate(category)
            if category not in exempt and rate is not None and rate > max_fp_rate:
                failures.append(f"{category} false positives {rate:.2f} per 10k characters > {max_fp_rate}")
    for failure in failures:
        _fail(failure)
    if failures:
        sys.exit(1)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--seed", type=int, default=0, show_default=True, help="The same seed gives the same injections.")
@click.option("--kinds", multiple=True, help="Kinds to inject (comma-separated; default: every kind that fits).")
@click.option("--count", type=click.IntRange(1, 20), default=1, show_default=True, help="Leftovers of each kind.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Gold JSONL file to write.")
def inject(files: tuple[Path, ...], seed: int, kinds: tuple[str, ...], count: int, output: Path | None) -> None:
    """Inject known leftovers into clean FILES (text, or gold .jsonl) and write gold JSONL with their spans."""
    from auditor import export
    from auditor.eval.gold import GoldDocument, GoldError, dump_gold, load_gold
    from auditor.eval.inject import KINDS, InjectError
    from auditor.eval.inject import inject as inject_leftovers
    from auditor.inputs import load
    from auditor.readers import ReadError

    wanted = _split(kinds) or None
    unknown = sorted(set(wanted or ()) - set(KINDS))
    if unknown:
        raise click.BadParameter(f"unknown kinds {unknown}; known: {', '.join(KINDS)}", param_hint="--kinds")
    documents = []
    try:
        for path in files:
            if path.suffix.lower() in (".jsonl", ".json"):
                documents.extend(load_gold(path))
            else:
                for job in load(path):
                    documents.append(GoldDocument(str(path), job.doc.text, lang=job.doc.lang, clean=True))
        injected = [inject_leftovers(doc, seed=seed, kinds=wanted, count=count) for doc in documents]
    except (GoldError, ReadError, InjectError) as error:
        _fail(str(error))
        sys.exit(2)
    content = dump_gold(injected)
    if output is None:
        click.echo(content, nl=False)
    else:
        export.write_atomic(output, content)
        spans = sum(len(doc.spans) for doc in injected)
        click.echo(f"wrote {output}: {len(injected)} documents, {spans} injected spans", err=True)


@main.group()
def style() -> None:
    """A publication's house style: learned from its own articles, written as configuration."""


@style.command()
@click.argument("corpus", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="The auditor.toml to write.")
@click.option("--lang", default="ja", show_default=True, help="Language of the articles.")
def learn(corpus: tuple[str, ...], output: Path | None, lang: str) -> None:
    """Learn the house style of CORPUS (files, folders, globs, JSONL/CSV/Parquet tables of the publication's own
    edited articles): punctuation widths, register, the spacing of Japanese and Latin words and the spelling of names,
    each with how sure it is."""
    from auditor import export
    from auditor.analysis.context import Analysis
    from auditor.analysis.style import learn as learn_style
    from auditor.batch import BatchError, check_inputs, iter_items
    from auditor.inputs import load
    from auditor.languages import UnknownLanguage, check_language
    from auditor.lexicons import get_lexicon
    from auditor.readers import ReadError

    try:
        lang = check_language(lang)
        check_inputs(corpus)
    except (UnknownLanguage, BatchError) as error:
        raise click.UsageError(str(error)) from None
    lexicon = get_lexicon(lang)
    documents: list[Analysis] = []
    skipped = 0
    for item in iter_items(corpus):
        if item.error is not None:
            skipped += 1
            continue
        try:
            article = Path(item.path) if item.path is not None else str(item.text)
            documents.extend(Analysis(job.doc, lexicon) for job in load(article, lang=lang, doc_id=item.doc))
        except ReadError as error:
            _fail(str(error))
            skipped += 1
    learned = learn_style(documents)
    click.echo(f"{len(documents)} articles read" + (f", {skipped} skipped" if skipped else ""), err=True)
    for found in (*learned.dimensions, *learned.spellings):
        state = f"{found.value}" if found.value else "not learned"
        click.echo(f"  {found.dimension}: {state} ({found.reason})", err=True)
    if not learned.learned:
        _fail("nothing learned: the corpus is too small or too mixed to show a house style (see above)")
        sys.exit(1)
    content = learned.to_toml(", ".join(corpus))
    if output is None:
        click.echo(content, nl=False)
    else:
        export.write_atomic(output, content)
        click.echo(f"wrote {output}: audit, batch and the app read it from there", err=True)


def _register_batch() -> None:
    from auditor.batch_cli import batch

    main.add_command(batch)


_register_batch()

if __name__ == "__main__":
    main()

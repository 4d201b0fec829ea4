"""`auditor` on the command line: thin over auditor.audit, auditor.readers and auditor.export.

Exit status: 0 when the audit ran (whatever it found), 1 when --fail-on is given and a
finding at or above it exists, 2 for a usage error or unreadable input.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from auditor.config import ConfigError, Settings, load_settings, settings_for
from auditor.findings import SEVERITIES

FORMATS = ("table", "csv", "json")


def _fail(message: str) -> None:
    click.echo(f"auditor: error: {message}", err=True)


def _split(values: tuple[str, ...]) -> list[str]:
    """--select a,b --select c → [a, b, c]"""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


class _SettingsCache:
    """The settings of each article: fixed ones (--config, --no-config), else one per folder's configuration."""

    def __init__(self, fixed: Settings | None, overrides: dict):
        self.fixed, self.overrides = fixed, overrides
        self._by_folder: dict[Path, Settings] = {}

    def for_article(self, path: Path) -> Settings:
        if self.fixed is not None:
            return self.fixed
        folder = path.parent
        if folder not in self._by_folder:
            self._by_folder[folder] = settings_for(path).with_overrides(**self.overrides)
        return self._by_folder[folder]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="auditor")
def main() -> None:
    """Find the leftovers of machine translation in news articles."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here instead of standard output.")
@click.option("--lang", help="Target language of the articles (default: from the configuration, else ja).")
@click.option("--select", multiple=True, help="Rules or families to run (comma-separated; ALL for every rule).")
@click.option("--ignore", multiple=True, help="Rules or families to skip (comma-separated).")
@click.option(
    "--fail-on", type=click.Choice(SEVERITIES), help="Exit 1 when a finding at or above this severity exists."
)
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), help="Configuration file.")
@click.option("--no-config", is_flag=True, help="Ignore auditor.toml / pyproject.toml files.")
def audit(
    files: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    lang: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    config_path: Path | None,
    no_config: bool,
) -> None:
    """Audit FILES (.txt, .md, .html) and report every finding."""
    from auditor import export
    from auditor.audit import audit as run_audit
    from auditor.readers import ReadError, read_path

    overrides = {"lang": lang, "select": _split(select) or None, "ignore": _split(ignore) or None, "fail_on": fail_on}
    try:
        # The flags and an explicit file are checked once, before any article: a usage error, not a file's.
        flagged = Settings().with_overrides(**overrides)
        fixed = (
            load_settings(config_path).with_overrides(**overrides) if config_path else flagged if no_config else None
        )
        settings_cache = _SettingsCache(fixed, overrides)
    except ConfigError as error:
        _fail(str(error))
        sys.exit(2)

    reports, unreadable = [], []
    for path in files:
        try:
            settings = settings_cache.for_article(path)
            doc = read_path(path, lang=settings.lang)
        except (ReadError, ConfigError) as error:
            _fail(str(error))
            unreadable.append((str(path), str(error)))
            continue
        reports.append((run_audit(doc, settings=settings), settings))

    only_reports = [report for report, _ in reports]
    if fmt == "csv":
        content = export.to_csv(only_reports)
    elif fmt == "json":
        content = export.to_json(only_reports, unreadable)
    else:
        content = export.to_table(only_reports, color=output is None and sys.stdout.isatty())
    if output is not None:
        export.write_atomic(output, content)
        click.echo(f"wrote {output}", err=True)
    else:
        # The CSV's BOM is for Excel files, not for a terminal or a pipe.
        click.echo(content.lstrip("\ufeff"), nl=False)

    if unreadable:
        sys.exit(2)
    if any(settings.fail_on and report.fails(settings.fail_on) for report, settings in reports):
        sys.exit(1)


@main.command()
@click.option("--format", "fmt", type=click.Choice(("text", "json", "markdown")), default="text", show_default=True)
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), help="Configuration file.")
@click.option("--lang", help="Target language (default: from the configuration, else ja).")
def rules(fmt: str, config_path: Path | None, lang: str | None) -> None:
    """Every rule: id, category, severity, why it matters, an example; marks what is active."""
    from auditor import ruledocs

    try:
        settings = settings_for(Path.cwd(), config_path).with_overrides(lang=lang)
    except ConfigError as error:
        _fail(str(error))
        sys.exit(2)
    click.echo(ruledocs.render(settings, fmt), nl=False)


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
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), help="Configuration file.")
def eval_command(
    gold_files: tuple[Path, ...],
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

    if not gold_files:
        raise click.UsageError("give one or more gold files (JSON Lines)")
    limits = [_threshold(spec) for spec in thresholds]
    try:
        settings = load_settings(config_path) if config_path else Settings()
        documents = list(iter_gold(gold_files))
    except (ConfigError, GoldError) as error:
        _fail(str(error))
        sys.exit(2)
    result = evaluate(documents, settings)
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


if __name__ == "__main__":
    main()

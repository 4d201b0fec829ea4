"""What `auditor audit` and `auditor batch` share: the settings flags, and how they become Settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from auditor.config import Settings, load_settings
from auditor.findings import SEVERITIES


def fail(message: str) -> None:
    click.echo(f"auditor: error: {message}", err=True)


def split_flags(values: tuple[str, ...]) -> list[str]:
    """--select a,b --select c → [a, b, c]"""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def settings_options(command: Callable[..., Any] | None = None, *, fail_on: bool = True, bleu: bool = True) -> Any:
    """--lang, --select, --ignore, --fail-on (unless ``fail_on=False``), --bleu-tokenize (unless ``bleu=False``),
    --config and --no-config.

    Used as ``@settings_options`` or ``@settings_options(fail_on=False, bleu=False)``.
    """

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        options = [
            click.option("--lang", help="Target language (default: the configuration's, else detected per article)."),
            click.option("--select", multiple=True, help="Rules or families to run (comma-separated; ALL for all)."),
            click.option("--ignore", multiple=True, help="Rules or families to skip (comma-separated)."),
        ]
        if fail_on:
            options.append(
                click.option(
                    "--fail-on",
                    type=click.Choice(SEVERITIES),
                    help="Exit 1 when a finding at or above this severity exists.",
                )
            )
        if bleu:
            options.append(
                click.option(
                    "--bleu-tokenize",
                    help="BLEU tokenizer against a reference (flores200 with the spm extra and its model on disk).",
                )
            )
        options += [
            click.option(
                "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), help="Configuration file."
            ),
            click.option("--no-config", is_flag=True, help="Ignore auditor.toml / pyproject.toml files."),
        ]
        for option in reversed(options):
            command = option(command)
        return command

    return decorate(command) if command is not None else decorate


def resolve_settings(
    lang: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    config_path: Path | None,
    no_config: bool,
    bleu_tokenize: str | None = None,
) -> tuple[dict[str, Any], Settings | None]:
    """The flags as overrides, and the fixed settings when --config or --no-config says so (else None: each
    article's folder configuration applies). Checked once, before any article: a bad flag is a usage error,
    not an article's. Raises ConfigError."""
    overrides: dict[str, Any] = {
        "lang": lang,
        "select": split_flags(select) or None,
        "ignore": split_flags(ignore) or None,
        "fail_on": fail_on,
        "bleu_tokenize": bleu_tokenize,
    }
    flagged = Settings().with_overrides(**overrides)
    if config_path:
        return overrides, load_settings(config_path).with_overrides(**overrides)
    return overrides, flagged if no_config else None

"""Configuration per publication, the way ruff does it.

Looked up from the article's folder upwards: the first ``auditor.toml`` (keys at
the top level) or ``pyproject.toml`` with a ``[tool.auditor]`` table wins.

```toml
[tool.auditor]
lang = "ja"
select = ["ALL"]                      # rule ids or family prefixes ("units")
ignore = ["punctuation.half-width"]
fail-on = "major"

[tool.auditor.severity]
"register.mixed" = "major"

[tool.auditor.rules."punctuation.half-width"]
marks = "?!"

[[tool.auditor.lexicon.brands]]        # rows with the columns of brands.tsv
brand = "Acme"
literals = ["頂点"]
```
The most specific selector wins: ``select = ["units.imperial"]`` with
``ignore = ["units"]`` keeps ``units.imperial``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from auditor.analysis.style import StyleError, check_style
from auditor.findings import SEVERITIES
from auditor.lexicons import LexiconError, typed_rows

CONFIG_FILES = ("auditor.toml", "pyproject.toml")
_KEYS = {"lang", "select", "ignore", "severity", "rules", "lexicon", "fail-on", "style", "bleu-tokenize"}


class ConfigError(ValueError):
    """The configuration cannot be used; the message says where and why."""


@dataclass(frozen=True, eq=False)
class Settings:
    lang: str | None = None  # the articles' language; None: each article's own, detected when unknown
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    lexicon: Mapping[str, tuple[Mapping[str, Any], ...]] = field(default_factory=dict)
    fail_on: str | None = None
    # The house style: {dimension: value} (auditor.analysis.style); a dimension not named is judged by consistency.
    style: Mapping[str, str] = field(default_factory=dict)
    # The BLEU tokenizer against a reference, instead of the language's own (any sacrebleu name; the
    # SentencePiece ones, flores200 and flores101, with the `spm` extra and the model file on disk).
    bleu_tokenize: str | None = None
    path: Path | None = None  # the file these settings came from, if any

    @cached_property
    def _key(self) -> tuple:
        """Everything that tells two settings apart, hashable. Computed once: settings are immutable (``with_overrides``
        makes a new object), and the audit hashes them for each document (its rule cache)."""
        return (
            self.lang,
            self.select,
            self.ignore,
            _freeze(self.severity),
            _freeze(self.rule_options),
            _freeze(self.lexicon),
            self.fail_on,
            _freeze(self.style),
            self.bleu_tokenize,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def enabled(self, rule_id: str) -> bool:
        selected = _best_match(rule_id, self.select)
        ignored = _best_match(rule_id, self.ignore)
        return selected >= 0 and selected > ignored

    def with_overrides(
        self,
        *,
        lang: str | None = None,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        extend_ignore: Iterable[str] = (),
        fail_on: str | None = None,
        bleu_tokenize: str | None = None,
    ) -> Settings:
        """Command-line flags on top of the file's settings."""
        changed = replace(
            self,
            lang=lang or self.lang,
            select=tuple(select) if select else self.select,
            ignore=(tuple(ignore) if ignore else self.ignore) + tuple(extend_ignore),
            fail_on=fail_on or self.fail_on,
            bleu_tokenize=bleu_tokenize or self.bleu_tokenize,
        )
        changed.validate()
        return changed

    def validate(self) -> None:
        from auditor.languages import UnknownLanguage, check_language
        from auditor.rules import all_rules

        ids = {rule.id for rule in all_rules()}
        families = {rule_id.split(".")[0] for rule_id in ids}
        where = f" in {self.path}" if self.path else ""
        if self.lang is not None:
            try:
                check_language(self.lang)
            except UnknownLanguage as error:
                raise ConfigError(f"{error}{where}") from None
        for selector in (*self.select, *self.ignore):
            if selector != "ALL" and selector not in ids and selector not in families:
                raise ConfigError(f"unknown rule or family {selector!r}{where} (see `auditor rules`)")
        for rule_id, severity in self.severity.items():
            if rule_id not in ids:
                raise ConfigError(f"severity set for unknown rule {rule_id!r}{where}")
            if severity not in SEVERITIES:
                raise ConfigError(f"severity {severity!r} for {rule_id}{where}: use one of {', '.join(SEVERITIES)}")
        by_id = {rule.id: rule for rule in all_rules()}
        for rule_id, options in self.rule_options.items():
            if rule_id not in ids:
                raise ConfigError(f"options set for unknown rule {rule_id!r}{where}")
            try:
                by_id[rule_id].resolve_options(options)
            except ValueError as error:
                raise ConfigError(f"{error}{where}") from None
        if self.fail_on is not None and self.fail_on not in SEVERITIES:
            raise ConfigError(f"fail-on {self.fail_on!r}{where}: use one of {', '.join(SEVERITIES)}")
        if self.bleu_tokenize is not None:
            from auditor.metrics import MetricError, check_tokenizer

            try:
                check_tokenizer(self.bleu_tokenize)
            except MetricError as error:
                raise ConfigError(f"bleu-tokenize{where}: {error}") from None
        try:
            typed_rows(self.lexicon, str(self.path) if self.path else "configuration")
        except LexiconError as error:
            raise ConfigError(str(error)) from None
        try:
            check_style(self.style, where)
        except StyleError as error:
            raise ConfigError(str(error)) from None


def _freeze(value: Any) -> Any:
    """A hashable copy of nested mappings and sequences."""
    if isinstance(value, Mapping):
        return tuple(sorted((str(k), _freeze(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    return value


def _best_match(rule_id: str, selectors: Iterable[str]) -> int:
    """Specificity of the best selector matching ``rule_id``: -1 none, 0 ALL, 1 family, 2 exact."""
    best = -1
    family = rule_id.split(".")[0]
    for selector in selectors:
        if selector == rule_id:
            return 2
        if selector == family:
            best = max(best, 1)
        elif selector == "ALL":
            best = max(best, 0)
    return best


def find_config(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start``."""
    folder = start if start.is_dir() else start.parent
    for candidate in (folder.resolve(), *folder.resolve().parents):
        for name in CONFIG_FILES:
            path = candidate / name
            if path.is_file() and (name == "auditor.toml" or _has_tool_table(path)):
                return path
    return None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        return "auditor" in _load_toml(pyproject).get("tool", {})
    except ConfigError:
        return False


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"cannot read {path}: {error}") from None


def settings_from_bytes(data: bytes, name: str = "auditor.toml") -> Settings:
    """Settings from the bytes of an uploaded ``auditor.toml`` (or a ``pyproject.toml`` with ``[tool.auditor]``)."""
    try:
        parsed = tomllib.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"cannot read {name}: {error}") from None
    if Path(name).name == "pyproject.toml":
        parsed = parsed.get("tool", {}).get("auditor", {})
    return settings_from_mapping(parsed, Path(name))


def load_settings(path: Path) -> Settings:
    data = _load_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("auditor", {})
    return settings_from_mapping(data, path)


def _table(data: Mapping[str, Any], key: str, path: Path | None) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise ConfigError(f"[{key}] must be a table{f' in {path}' if path else ''}")
    return value


def settings_from_mapping(data: Mapping[str, Any], path: Path | None = None) -> Settings:
    where = f" in {path}" if path else ""
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(f"unknown setting(s) {', '.join(sorted(unknown))}{where}")
    lexicon = data.get("lexicon", {})
    if not isinstance(lexicon, Mapping) or not all(isinstance(rows, list) for rows in lexicon.values()):
        raise ConfigError(f"[lexicon] must hold arrays of tables, e.g. [[tool.auditor.lexicon.brands]]{where}")
    settings = Settings(
        lang=str(data["lang"]) if data.get("lang") else None,
        select=tuple(data.get("select", ("ALL",))),
        ignore=tuple(data.get("ignore", ())),
        severity=dict(data.get("severity", {})),
        rule_options={str(k): dict(v) for k, v in data.get("rules", {}).items()},
        lexicon={str(k): tuple(v) for k, v in lexicon.items()},
        style=dict(_table(data, "style", path)),
        fail_on=data.get("fail-on"),
        bleu_tokenize=data.get("bleu-tokenize"),
        path=path,
    )
    settings.validate()
    return settings


def settings_for(article: Path | None, explicit: Path | None = None) -> Settings:
    """The explicit file, else the nearest one above ``article``, else defaults."""
    path = explicit or (find_config(article) if article is not None else None)
    return load_settings(path) if path else Settings()


class FolderSettings:
    """The settings of each article: ``fixed`` ones (--config, --no-config), else its folder's configuration
    with ``overrides`` (the command-line flags) on top, looked up once per folder."""

    def __init__(self, fixed: Settings | None, overrides: dict[str, Any]):
        self.fixed, self.overrides = fixed, overrides
        self._by_folder: dict[Path, Settings] = {}

    def for_article(self, path: Path) -> Settings:
        if self.fixed is not None:
            return self.fixed
        folder = path.parent
        if folder not in self._by_folder:
            self._by_folder[folder] = settings_for(path).with_overrides(**self.overrides)
        return self._by_folder[folder]

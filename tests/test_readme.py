"""The README's rule table and configuration example are what the code says."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from auditor.config import Settings, settings_from_mapping
from auditor.ruledocs import markdown_table, rule_entries

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_rule_table_is_generated_from_the_rules():
    assert markdown_table(rule_entries(Settings(), "ja")) in README, "regenerate it: auditor rules --format markdown"


def test_configuration_example_is_valid():
    block = re.search(r"```toml\n(.*?)```", README, re.S).group(1)
    settings = settings_from_mapping(tomllib.loads(block)["tool"]["auditor"])
    assert not settings.enabled("punctuation.half-width") and settings.enabled("units.imperial")
    assert settings.lexicon["brands"][0]["brand"] == "Acme"


def test_readme_starts_with_the_two_commands():
    commands = re.search(r"```\n(.*?)```", README, re.S).group(1).splitlines()
    assert commands[0].startswith("python3 dev.py demo") and commands[1].startswith("python3 dev.py test")


def test_docstring_examples_run():
    import doctest

    import auditor
    import auditor.eval
    import auditor.readers

    for module in (auditor, auditor.eval, auditor.readers):
        result = doctest.testmod(module)
        assert result.attempted and result.failed == 0, module.__name__


def test_evaluation_table_is_what_the_benchmark_gives():
    import importlib.util

    import pytest

    from auditor.eval.corpus import find_eval_data

    eval_data = find_eval_data()
    if eval_data is None:
        pytest.skip("../shared/eval-data is not beside this checkout")
    path = Path(__file__).resolve().parent.parent / "bench" / "eval_table.py"
    spec = importlib.util.spec_from_file_location("eval_table", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.table(eval_data) in README, "regenerate it: .venv/bin/python bench/eval_table.py"

"""Every rule's documented examples run as tests (as ruff and LanguageTool do)."""

from __future__ import annotations

import re

import pytest

import auditor
from auditor.config import Settings, settings_from_mapping
from auditor.findings import CATEGORIES, NO_FIX, RULE_FIX_SAFETY, SEVERITIES
from auditor.fix import apply_fixes
from auditor.rules import Rule, all_rules

RULES = all_rules()


def settings_of(rule: type[Rule]) -> Settings:
    return settings_from_mapping(rule.example_settings) if rule.example_settings else Settings()
ID = re.compile(r"^[a-z]+\.[a-z]+(?:-[a-z]+)*$")


def test_there_are_rules_for_every_leftover_family():
    families = {rule.id.split(".")[0] for rule in RULES}
    assert {
        "entity",
        "handle",
        "embed",
        "units",
        "terminology",
        "register",
        "punctuation",
        "whitespace",
        "language",
    } <= families


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_is_documented(rule):
    assert ID.match(rule.id), rule.id
    assert rule.category in CATEGORIES
    assert rule.severity in SEVERITIES
    assert rule.summary and not rule.summary.endswith(".")
    assert len(rule.explanation()) > 80, "say what it finds and why an editor cares"
    assert rule.bad != rule.good
    assert rule.needs_source == (rule.example_source is not None), "a cross-check's examples need their source"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_bad_example_fires(rule):
    report = auditor.audit(rule.bad, lang="ja", source=rule.example_source, settings=settings_of(rule))
    mine = [f for f in report.findings if f.rule == rule.id]
    assert mine, f"{rule.id} is quiet on its own bad example"
    for finding in mine:
        assert rule.bad[finding.start : finding.end] == finding.excerpt
        assert finding.message.strip()


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_good_example_is_quiet(rule):
    report = auditor.audit(rule.good, lang="ja", source=rule.example_source, settings=settings_of(rule))
    assert [f for f in report.findings if f.rule == rule.id] == []
    assert report.errors == []


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_fix_safety_is_declared(rule):
    """Every rule says how far its suggestions can be trusted."""
    assert rule.fix in RULE_FIX_SAFETY
    assert "fix" in vars(rule), f"{rule.id} must declare fix = 'safe', 'unsafe' or 'none'"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_applying_the_fix_to_the_bad_example_repairs_it(rule):
    """Where the rule suggests a fix, applying it to ``bad`` gives ``good``, or at least removes the finding; a rule
    that declares no fix suggests nothing."""
    report = auditor.audit(rule.bad, lang="ja", source=rule.example_source, settings=settings_of(rule))
    mine = [f for f in report.findings if f.rule == rule.id]
    if rule.fix == NO_FIX:
        assert all(not f.suggestion and not f.fix for f in mine)
        return
    assert all(f.fix == rule.fix for f in mine if f.suggestion)
    fixable = [f for f in mine if f.fix]
    if not fixable:
        pytest.skip(f"{rule.id}'s bad example has no suggestion")
    result = apply_fixes(rule.bad, fixable, unsafe=True)
    assert result.applied and not result.skipped
    if result.text != rule.good:
        again = auditor.audit(result.text, lang="ja", source=rule.example_source, settings=settings_of(rule))
        assert [f for f in again.findings if f.rule == rule.id] == [], result.text

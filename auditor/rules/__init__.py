"""The rule registry: every rule class, in a stable order.

Add a rule by writing its class in a family module and listing the module here.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

from auditor.rules.base import Context, Rule

# Family modules, in the order their rules are listed by `auditor rules`.
FAMILIES: tuple[str, ...] = (
    "entities",
    "names",
    "handles",
    "embeds",
    "units",
    "terminology",
    "register",
    "punctuation",
    "whitespace",
    "spacing",
    "unicode",
    "language",
    "foreign",
    "numbers",
    "numerals",
    "crosscheck",
)


@lru_cache(maxsize=1)
def all_rules() -> tuple[type[Rule], ...]:
    rules: list[type[Rule]] = []
    for family in FAMILIES:
        module = import_module(f"auditor.rules.{family}")
        rules.extend(getattr(module, "RULES", ()))
    ids = [rule.id for rule in rules]
    duplicates = {rule_id for rule_id in ids if ids.count(rule_id) > 1}
    if duplicates:
        raise RuntimeError(f"duplicate rule ids: {sorted(duplicates)}")
    return tuple(rules)


def rule_by_id(rule_id: str) -> type[Rule]:
    for rule in all_rules():
        if rule.id == rule_id:
            return rule
    raise KeyError(rule_id)


__all__ = ["Context", "Rule", "all_rules", "rule_by_id"]

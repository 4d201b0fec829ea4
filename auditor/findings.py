"""The finding: what every rule reports, and what every export writes.

The field names and categories are a contract other tools read
(DESIGN.md, "The contract other tools rely on"): never rename them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

SEVERITIES: tuple[str, ...] = ("minor", "major", "critical")
SEVERITY_RANK: dict[str, int] = {name: rank for rank, name in enumerate(SEVERITIES)}

CATEGORIES: tuple[str, ...] = (
    "accuracy/entity",
    "accuracy/handle",
    "accuracy/number",
    "accuracy/untranslated",
    "accuracy/omission",
    "accuracy/addition",
    "accuracy/mistranslation",
    "terminology/inconsistent",
    "locale/units",
    "locale/punctuation",
    "locale/date",
    "markup/embed",
    "markup/whitespace",
    "fluency/register",
    "fluency/grammar",
    "style/other",
)

# The export columns, in order. The first eleven are DESIGN.md's contract.
FIELDS: tuple[str, ...] = (
    "doc",
    "rule",
    "category",
    "severity",
    "start",
    "end",
    "excerpt",
    "message",
    "suggestion",
    "src_start",
    "src_end",
)

# How far a finding's suggestion can be trusted as a fix (ruff's fix safety). A rule declares one of
# RULE_FIX_SAFETY; each finding carries "safe" or "unsafe" when it has a suggestion, else "".
SAFE, UNSAFE, NO_FIX = "safe", "unsafe", "none"
RULE_FIX_SAFETY: tuple[str, ...] = (SAFE, UNSAFE, NO_FIX)
FINDING_FIX_SAFETY: tuple[str, ...] = ("", SAFE, UNSAFE)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at ``text[start:end]`` (Python ``str`` indices, end exclusive)."""

    rule: str
    category: str
    severity: str
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str = ""
    doc: str = ""
    src_start: int | None = None
    src_end: int | None = None
    # "safe": the suggestion can replace the excerpt mechanically (widths, spaces, invisible characters, an address
    # restored from the source); "unsafe": it needs a human look (りんご → アップル); "": no suggestion.
    fix: str = ""

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"{self.rule}: empty span {self.start}:{self.end}")
        if self.severity not in SEVERITY_RANK:
            raise ValueError(f"{self.rule}: unknown severity {self.severity!r}")
        if self.category not in CATEGORIES:
            raise ValueError(f"{self.rule}: unknown category {self.category!r}")
        if self.fix not in FINDING_FIX_SAFETY:
            raise ValueError(f"{self.rule}: unknown fix safety {self.fix!r}")
        if self.fix and not self.suggestion:
            raise ValueError(f"{self.rule}: a fix ({self.fix}) needs a suggestion")

    def with_(self, **changes: Any) -> Finding:
        return replace(self, **changes)

    def as_dict(self) -> dict[str, object]:
        # Every field is a str, an int or None: no deep copy (dataclasses.asdict) is needed.
        return {name: getattr(self, name) for name in FIELDS}

    @property
    def sort_key(self) -> tuple[int, int, str, int, str]:
        # Ties (one rule, one span: two names missing from one sentence) fall back on the source span and the
        # message, so the order never depends on set iteration.
        return (self.start, self.end, self.rule, -1 if self.src_start is None else self.src_start, self.message)


def at_least(severity: str, threshold: str) -> bool:
    """True when ``severity`` is ``threshold`` or worse."""
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]

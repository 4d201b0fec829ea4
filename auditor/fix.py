"""Fixes: a text and its findings in, the corrected text out (as ruff's ``--fix`` works).

A finding's ``suggestion`` replaces exactly ``text[finding.start:finding.end]`` (the contract), and the
finding says how far it can be trusted (``fix``: ``"safe"`` or ``"unsafe"``, declared by its rule).
:func:`apply_fixes` takes the fixes allowed at the level asked for, leaves out the ones that overlap a fix
already taken (the first one in the text wins; run again for the rest), and applies the others from the end of
the text backwards, so that every offset still points where it did: nothing outside a finding's span is ever
touched.

    >>> import auditor
    >>> report = auditor.audit("同社は本日、 新型車 を発表した。価格は未定だ?", lang="ja")
    >>> result = apply_fixes(report.document.text, report.findings)
    >>> result.text
    '同社は本日、新型車を発表した。価格は未定だ？'
    >>> [f.rule for f in result.applied]
    ['whitespace.between-japanese', 'punctuation.half-width']

The library never writes files: ``auditor fix`` (auditor/cli.py) and the app do, with :func:`unified_diff`
for ``--diff`` and the app's diff view.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from auditor.findings import SAFE, SEVERITY_RANK, UNSAFE, Finding

__all__ = ["SKIP_NO_FIX", "SKIP_OVERLAP", "SKIP_STALE", "SKIP_UNSAFE", "FixResult", "apply_fixes", "unified_diff"]

# Why a finding was not applied.
SKIP_NO_FIX = "no fix"  # no suggestion, or one equal to the excerpt
SKIP_UNSAFE = "unsafe fix"  # an unsafe fix, and unsafe fixes were not asked for
SKIP_OVERLAP = "overlaps another fix"  # its span overlaps a fix applied before it in the text
SKIP_STALE = "stale"  # its excerpt is not the text at its offsets (a finding of another text)


@dataclass(frozen=True)
class FixResult:
    """The corrected text, the findings whose fix is in it (in text order) and the others with the reason."""

    text: str
    applied: tuple[Finding, ...]
    skipped: tuple[tuple[Finding, str], ...]

    @property
    def changed(self) -> bool:
        return bool(self.applied)

    def skipped_for(self, reason: str) -> list[Finding]:
        return [finding for finding, why in self.skipped if why == reason]


def fix_level_allows(finding: Finding, unsafe: bool) -> bool:
    """Whether ``finding`` has a fix at the level asked for: safe ones always, unsafe ones with ``unsafe``."""
    return finding.fix == SAFE or (unsafe and finding.fix == UNSAFE)


def apply_fixes(text: str, findings: Iterable[Finding], *, unsafe: bool = False) -> FixResult:
    """``text`` with the fixes of ``findings`` applied: the safe ones, and the unsafe ones too with ``unsafe``.

    Fixes are taken in text order (at one position, the most severe first); one that overlaps a fix already
    taken is skipped (``SKIP_OVERLAP``), except an identical edit (two rules, one span, one suggestion), which is
    applied once and counts for both. A finding whose excerpt is not ``text[start:end]`` is skipped
    (``SKIP_STALE``). The edits are then made from the end of the text backwards.
    """
    skipped: list[tuple[Finding, str]] = []
    candidates: list[Finding] = []
    for finding in findings:
        if not finding.fix or finding.suggestion == finding.excerpt:
            skipped.append((finding, SKIP_NO_FIX))
        elif not fix_level_allows(finding, unsafe):
            skipped.append((finding, SKIP_UNSAFE))
        elif text[finding.start : finding.end] != finding.excerpt:
            skipped.append((finding, SKIP_STALE))
        else:
            candidates.append(finding)
    candidates.sort(key=lambda f: (f.start, -SEVERITY_RANK[f.severity], f.end, f.sort_key))
    chosen: list[Finding] = []
    applied: list[Finding] = []
    for finding in candidates:
        last = chosen[-1] if chosen else None
        if last is not None and (finding.start, finding.end, finding.suggestion) == (
            last.start,
            last.end,
            last.suggestion,
        ):
            applied.append(finding)  # the same edit, made once
        elif last is not None and finding.start < last.end:
            skipped.append((finding, SKIP_OVERLAP))
        else:
            chosen.append(finding)
            applied.append(finding)
    # Back to front: each edit leaves the offsets of every edit before it as they were.
    pieces: list[str] = []
    tail = len(text)
    for finding in reversed(chosen):
        pieces.append(text[finding.end : tail])
        pieces.append(finding.suggestion)
        tail = finding.start
    pieces.append(text[:tail])
    return FixResult("".join(reversed(pieces)), tuple(applied), tuple(skipped))


def unified_diff(old: str, new: str, name: str = "article", context: int = 3) -> str:
    """A unified diff of two texts, line by line (line ends kept as they are), as ``diff -u`` prints one."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
        n=context,
    )
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)

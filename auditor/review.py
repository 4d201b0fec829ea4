"""An editor's review of a report: the order to read the findings in, and a decision on each.

Findings stay one per span in the data (offsets are the contract); the list an editor reads groups the many
findings of one rule (``register.mixed`` on a mixed article: one per sentence) into one entry, and puts the
critical and major ones first, so that they stay in view. The app's list and the terminal table both use
:func:`review_entries`.

A decision (``accepted``: the finding is right; ``rejected``: it is not; ``fixed``: its suggestion is applied)
is kept per finding, by :func:`finding_key`, a key that does not depend on the order of the list; the review log
(``auditor.export.review_log_csv``) writes it next to the contract fields.

    >>> import auditor
    >>> report = auditor.audit("価格は未定だ?発売は来月だ?", lang="ja")
    >>> [(entry.rule, entry.count) for entry in review_entries(report.findings, group_min=2)]
    [('punctuation.half-width', 2)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from auditor.findings import SEVERITY_RANK, Finding

__all__ = [
    "ACCEPTED",
    "DECISIONS",
    "FIXED",
    "GROUP_MIN",
    "REJECTED",
    "UNDECIDED",
    "Entry",
    "decision_counts",
    "finding_key",
    "review_entries",
]

ACCEPTED, REJECTED, FIXED = "accepted", "rejected", "fixed"
DECISIONS: tuple[str, ...] = (ACCEPTED, REJECTED, FIXED)
UNDECIDED = "undecided"  # what the review log writes for a finding nobody decided on

# A rule with this many findings of one severity in an article is listed as one entry (critical ones never are).
GROUP_MIN = 5


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the review list: a finding, or the findings of one rule and severity grouped."""

    numbers: tuple[int, ...]  # 1-based positions of its findings in the list given to review_entries
    findings: tuple[Finding, ...]

    @property
    def first(self) -> Finding:
        return self.findings[0]

    @property
    def rule(self) -> str:
        return self.first.rule

    @property
    def severity(self) -> str:
        return self.first.severity

    @property
    def count(self) -> int:
        return len(self.findings)

    @property
    def grouped(self) -> bool:
        return len(self.findings) > 1

    @property
    def label(self) -> str:
        """``register.mixed ×24`` for a group, the rule id alone for one finding."""
        return f"{self.rule} ×{self.count}" if self.grouped else self.rule


def review_entries(findings: Sequence[Finding], group_min: int = GROUP_MIN) -> list[Entry]:
    """The findings as the editor reads them: critical first, then major, then minor, each in text order; a rule
    with ``group_min`` or more findings of one (non-critical) severity is one entry, placed at its first finding.
    """
    numbered = list(enumerate(findings, 1))
    sizes = Counter((f.rule, f.severity) for f in findings)
    groups: dict[tuple[str, str], list[tuple[int, Finding]]] = {}
    entries: list[tuple[tuple[int, int, int], list[tuple[int, Finding]]]] = []
    for number, finding in numbered:
        key = (finding.rule, finding.severity)
        if finding.severity != "critical" and sizes[key] >= group_min:
            if key not in groups:
                groups[key] = []
                entries.append(((-SEVERITY_RANK[finding.severity], finding.start, number), groups[key]))
            groups[key].append((number, finding))
        else:
            entries.append(((-SEVERITY_RANK[finding.severity], finding.start, number), [(number, finding)]))
    entries.sort(key=lambda entry: entry[0])
    return [Entry(tuple(n for n, _ in members), tuple(f for _, f in members)) for _, members in entries]


def finding_key(finding: Finding) -> str:
    """A stable key for a finding of one text: its rule, span and what it says (the same finding in a re-run of
    the same audit gets the same key, whatever the filters or the order)."""
    import hashlib  # here: a batch never needs it, and OpenSSL costs it 4 MB

    digest = hashlib.blake2b(
        "\x1f".join((finding.message, finding.suggestion, str(finding.src_start), str(finding.src_end))).encode(
            "utf-8", "surrogatepass"
        ),
        digest_size=6,
    ).hexdigest()
    return f"{finding.rule}:{finding.start}:{finding.end}:{digest}"


def decision_counts(findings: Iterable[Finding], decisions: Mapping[str, str]) -> Counter[str]:
    """How many of ``findings`` have each decision (``undecided`` for the others)."""
    return Counter(decisions.get(finding_key(finding), UNDECIDED) for finding in findings)

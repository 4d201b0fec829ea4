"""The rule interface. One rule, one small class.

A rule has a stable ``id`` (never renamed once released), a DESIGN.md
``category``, a default ``severity``, a docstring saying what it finds and
why an editor cares, and two examples: ``bad`` (it must fire) and ``good``
(the fixed text: it must stay quiet). The test suite runs both examples for
every rule, and ``auditor rules`` prints them, so the docs cannot drift.

``check`` is pure: it reads the document and the context, yields findings,
and never does I/O, prints or keeps state between documents.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from auditor.document import Document
from auditor.findings import Finding
from auditor.lexicons import Lexicon


@dataclass(frozen=True)
class Context:
    """What a rule may consult besides the document."""

    lexicon: Lexicon
    # Per-rule options from the configuration, e.g. {"marks": "?!:;()"}.
    options: Mapping[str, Any] = field(default_factory=dict)

    def option(self, name: str, default: Any) -> Any:
        return self.options.get(name, default)


class Rule:
    id: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[str]
    summary: ClassVar[str]
    # Target languages the rule applies to; None means every language.
    languages: ClassVar[frozenset[str] | None] = None
    bad: ClassVar[str]
    good: ClassVar[str]
    # Cross-checks compare the target with its source: they run only when the document has one,
    # and their examples are translations of ``example_source``.
    needs_source: ClassVar[bool] = False
    example_source: ClassVar[str | None] = None

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(
        self,
        doc: Document,
        start: int,
        end: int,
        message: str,
        suggestion: str = "",
        severity: str | None = None,
        source_span: tuple[int, int] | None = None,
    ) -> Finding:
        """A finding of this rule at ``doc.text[start:end]`` (and ``doc.source.text[source_span]``)."""
        return Finding(
            rule=self.id,
            category=self.category,
            severity=severity or self.severity,
            start=start,
            end=end,
            excerpt=doc.text[start:end],
            message=message,
            suggestion=suggestion,
            doc=doc.doc_id,
            src_start=source_span[0] if source_span else None,
            src_end=source_span[1] if source_span else None,
        )

    @classmethod
    def applies_to(cls, lang: str) -> bool:
        return cls.languages is None or lang in cls.languages

    @classmethod
    def explanation(cls) -> str:
        """The docstring, dedented: what it finds and why it matters."""
        return inspect.cleandoc(cls.__doc__ or "")

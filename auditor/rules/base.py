"""The rule interface. One rule, one small class.

A rule has a stable ``id`` (never renamed once released), a DESIGN.md
``category``, a default ``severity``, a docstring of a fixed shape (see
``Rule.doc_sections``), and two examples: ``bad`` (it must fire) and ``good``
(the fixed text: it must stay quiet). The test suite runs both examples for
every rule, and ``auditor rules`` prints them, so the docs cannot drift.

Each rule also declares ``fix``, how far its suggestions can be trusted (as ruff marks its fixes): ``"safe"``
when the suggestion replaces the excerpt mechanically and cannot change what the text says (widths, spaces,
invisible characters, an address restored from the source), ``"unsafe"`` when it needs a human look (りんご →
アップル, a register swap, a unit conversion), ``"none"`` when the rule never suggests anything. ``auditor fix``
applies the safe ones, and the unsafe ones only with ``--unsafe-fixes``.

``check`` is pure: it reads the document and the context, yields findings,
and never does I/O, prints or keeps state between documents.
"""

from __future__ import annotations

import inspect
import re
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from auditor.analysis.context import Analysis
from auditor.document import Document, Pair, Sentence
from auditor.findings import NO_FIX, UNSAFE, Finding
from auditor.lexicons import Lexicon, Row

if TYPE_CHECKING:
    from auditor.analysis.embeds import EmbedBlock


# The headings of a rule docstring's sections (see Rule.doc_sections).
WHY_HEADING = "Why it matters:"
HOW_HEADING = "How it decides:"


@dataclass(frozen=True)
class Option:
    """An option a rule declares: its name in the configuration, its type, its default and why that default.

    ``[tool.auditor.rules."register.mixed"] min_majority = 3`` sets one; a name the rule does not declare, or a
    value of another type, is a configuration error naming the rule and the option.
    """

    name: str
    kind: type  # str, int, float or bool
    default: Any
    help: str
    choices: tuple[Any, ...] = ()  # the allowed values, when only some are
    pattern: str | None = None  # a regex a str value must match as a whole

    def check(self, value: Any) -> Any:
        """``value`` as this option's type; raises ValueError saying what was expected."""
        if self.kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, self.kind) or (self.kind is int and isinstance(value, bool)):
            raise ValueError(f"expects {self.kind.__name__}, got {type(value).__name__} {value!r}")
        if self.choices and value not in self.choices:
            raise ValueError(f"expects one of {', '.join(map(repr, self.choices))}, got {value!r}")
        if self.pattern is not None and not (isinstance(value, str) and re.fullmatch(self.pattern, value)):
            raise ValueError(f"expects a value matching {self.pattern}, got {value!r}")
        return value


@dataclass(frozen=True)
class Context:
    """What a rule may consult besides the document: the audit's shared analysis, and its own options."""

    analysis: Analysis

    @classmethod
    def of(
        cls,
        doc: Document,
        lexicon: Lexicon | None = None,
        embeds: Sequence[EmbedBlock] | None = None,
        style: Mapping[str, str] | None = None,
    ) -> Context:
        """A context for rules run on ``doc`` alone (tests, examples): a fresh analysis."""
        return cls(Analysis(doc, lexicon, embeds=embeds, style=style))

    @property
    def lexicon(self) -> Lexicon:
        return self.analysis.lexicon

    @property
    def style(self) -> Mapping[str, str]:
        """The publication's configured house style (``[style]``): dimension → value."""
        return self.analysis.style

    @property
    def source(self) -> Analysis | None:
        """The source's analysis, for cross-checks; None in a target-only audit."""
        return self.analysis.source

    @property
    def alignment(self) -> tuple[Pair, ...]:
        return self.analysis.alignment

    @property
    def confident_pairs(self) -> tuple[Pair, ...]:
        return self.analysis.confident_pairs

    @property
    def embeds(self) -> tuple[EmbedBlock, ...]:
        return self.analysis.embeds

    @property
    def body_sentences(self) -> tuple[Sentence, ...]:
        return self.analysis.body_sentences

    def in_embed(self, start: int, end: int) -> bool:
        return self.analysis.in_embed(start, end)

    def in_literal(self, start: int, end: int) -> bool:
        return self.analysis.in_literal(start, end)


class Rule:
    id: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[str]
    summary: ClassVar[str]
    # Target languages the rule applies to; None means every language that has the tables it needs.
    languages: ClassVar[frozenset[str] | None] = None
    # The lexicon tables the rule reads: a language without one of them does not run the rule.
    tables: ClassVar[tuple[type[Row], ...]] = ()
    # What the language pack must provide ("numbers": a number reader): a pack without it does not run the rule.
    pack_needs: ClassVar[tuple[str, ...]] = ()
    # The options it takes from the configuration, with their defaults.
    options: ClassVar[tuple[Option, ...]] = ()
    bad: ClassVar[str]
    good: ClassVar[str]
    # Cross-checks compare the target with its source: they run only when the document has one,
    # and their examples are translations of ``example_source``.
    needs_source: ClassVar[bool] = False
    example_source: ClassVar[str | None] = None
    # The configuration (auditor.toml keys) its examples run under, for rules that judge a publication's own
    # decisions (a house spelling); None: the defaults.
    example_settings: ClassVar[Mapping[str, Any] | None] = None
    # How far its suggestions can be trusted as fixes: "safe", "unsafe" or "none" (see the module docstring).
    # Every rule declares it; the default, for a rule that does not, is "unsafe": a suggestion nobody classified
    # is applied only when a person asks for the unsafe fixes, never mechanically.
    fix: ClassVar[str] = UNSAFE

    def __init__(self, **configured: Any) -> None:
        """A rule with its options: the configured values (checked), else the declared defaults."""
        self._options = self.resolve_options(configured)

    def option(self, name: str) -> Any:
        """The value of the option ``name`` (declared in ``options``)."""
        return self._options[name]

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
        """A finding of this rule at ``doc.text[start:end]`` (and ``doc.source.text[source_span]``).

        ``suggestion`` replaces exactly ``doc.text[start:end]``; it carries the rule's fix safety. A rule that
        declares ``fix = "none"`` must not suggest anything (ValueError).
        """
        if suggestion and self.fix == NO_FIX:
            raise ValueError(f"{self.id} declares no fix but suggested {suggestion!r}")
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
            fix=self.fix if suggestion else "",
        )

    @classmethod
    def applies_to(cls, lang: str) -> bool:
        return cls.languages is None or lang in cls.languages

    @classmethod
    def missing_tables(cls, lexicon: Lexicon) -> list[str]:
        """The lexicon tables this rule needs that ``lexicon`` does not have."""
        return [table.table for table in cls.tables if not lexicon.has_table(table)]

    @classmethod
    def missing_from_pack(cls, lang: str) -> list[str]:
        """What the rule needs that the language pack of ``lang`` does not provide."""
        from auditor.languages import UnknownLanguage, get_pack

        try:
            pack = get_pack(lang)
        except UnknownLanguage:
            return list(cls.pack_needs)
        return [need for need in cls.pack_needs if getattr(pack, need) is None]

    @classmethod
    def available(cls, lang: str, lexicon: Lexicon) -> bool:
        """Whether the rule runs on a ``lang`` document: it applies to the language, whose lexicon has the tables
        and whose pack has what the rule needs."""
        return cls.applies_to(lang) and not cls.missing_tables(lexicon) and not cls.missing_from_pack(lang)

    @classmethod
    def resolve_options(cls, configured: Mapping[str, Any]) -> dict[str, Any]:
        """Every declared option: the configured value (checked) or the default. Raises ValueError naming an
        unknown option or a value of the wrong type."""
        declared = {option.name: option for option in cls.options}
        unknown = sorted(set(configured) - set(declared))
        if unknown:
            known = ", ".join(declared) or "none"
            raise ValueError(f"{cls.id} has no option {', '.join(map(repr, unknown))} (its options: {known})")
        values = {}
        for name, option in declared.items():
            try:
                values[name] = option.check(configured[name]) if name in configured else option.default
            except ValueError as error:
                raise ValueError(f"{cls.id} option {name!r} {error}") from None
        return values

    @classmethod
    def explanation(cls) -> str:
        """The docstring, dedented: what it finds, why it matters and how it decides."""
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def doc_sections(cls) -> dict[str, str]:
        """The docstring's three parts, as ruff's rule docs have theirs: ``summary``, ``why``, ``how``.

        Every rule docstring has this shape (the sections' text may be indented under its heading)::

            <One sentence: what it finds.>

            Why it matters:
                <why an editor cares; what a reader sees>

            How it decides:
                <what it flags and leaves alone, thresholds, data files, where it differs from other tools>

        Raises ValueError naming the rule when a part is missing, empty or out of order.
        """
        name = getattr(cls, "id", cls.__name__)
        lines = cls.explanation().splitlines()
        if not lines:
            raise ValueError(f"{name}: the docstring is missing")

        def heading(title: str) -> int:
            found = [index for index, line in enumerate(lines) if line.rstrip() == title]
            if len(found) != 1:
                raise ValueError(f"{name}: the docstring needs the heading {title!r} once, not {len(found)} times")
            return found[0]

        why, how = heading(WHY_HEADING), heading(HOW_HEADING)
        if why != 2 or lines[1].strip():
            raise ValueError(
                f"{name}: the docstring's one-line summary must be followed by a blank line and {WHY_HEADING!r}"
            )
        if how < why:
            raise ValueError(f"{name}: {WHY_HEADING!r} must come before {HOW_HEADING!r}")
        sections = {
            "summary": lines[0].strip(),
            "why": textwrap.dedent("\n".join(lines[why + 1 : how])).strip(),
            "how": textwrap.dedent("\n".join(lines[how + 1 :])).strip(),
        }
        for part, text in sections.items():
            if not text:
                raise ValueError(f"{name}: the docstring's {part!r} part is empty")
        return sections

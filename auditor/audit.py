"""The pipeline: Document in, Report out. The one entry point the CLI and app call."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from auditor.analysis.context import Analysis
from auditor.config import Settings
from auditor.document import UNDETERMINED, Document, Pair, overlaps_any
from auditor.findings import SEVERITY_RANK, Finding, at_least
from auditor.lexicons import Lexicon, get_lexicon
from auditor.rules import Context, Rule, all_rules

if TYPE_CHECKING:
    from auditor.metrics import MQMScore, ReferenceScores


@dataclass
class Reference:
    """A human reference translation, its sentence pairs with the audited text, and the scores."""

    document: Document
    pairs: list[Pair]  # reference sentences (src_*) ↔ audited sentences (tgt_*)
    scores: ReferenceScores  # document scores, then one row per scored pair

    @property
    def scored_pairs(self) -> list[Pair]:
        """The pairs with both sides, in the order of ``scores.segments``."""
        return [p for p in self.pairs if p.src_end > p.src_start and p.tgt_end > p.tgt_start]


@dataclass
class Report:
    """The findings for one document, in text order."""

    document: Document
    findings: list[Finding]
    rules: tuple[str, ...]  # ids of the rules that ran
    # Rules that crashed on this document: (rule id, error). Other rules' findings stand.
    errors: list[tuple[str, str]] = field(default_factory=list)
    reference: Reference | None = None

    @property
    def doc_id(self) -> str:
        return self.document.doc_id

    @property
    def score(self) -> MQMScore:
        """The MQM-style document score from the findings (see auditor.metrics.mqm_score)."""
        from auditor.metrics import mqm_score

        return mqm_score(self.findings, self.document.text, self.document.lang)

    def by_category(self) -> Counter[str]:
        return Counter(f.category for f in self.findings)

    def by_severity(self) -> Counter[str]:
        return Counter(f.severity for f in self.findings)

    def by_rule(self) -> Counter[str]:
        return Counter(f.rule for f in self.findings)

    @property
    def worst(self) -> str | None:
        """The highest severity found, or None for a clean document."""
        return max((f.severity for f in self.findings), key=SEVERITY_RANK.__getitem__, default=None)

    def fails(self, threshold: str) -> bool:
        return any(at_least(f.severity, threshold) for f in self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)


@dataclass(frozen=True)
class _Plan:
    """What audits under one settings and one language run, worked out once for all their documents."""

    lexicon: Lexicon  # the language's lexicon with the publication's rows
    rules: tuple[Rule, ...]  # the active rules, each with its options, in the registry's order
    target_only: tuple[Rule, ...]  # those of them that need no source: all a document without one runs
    rule_ids: tuple[str, ...]  # the ids of ``rules``, as every report names them


@lru_cache(maxsize=64)
def _plan(settings: Settings, lang: str) -> _Plan:
    lexicon = lexicon_for(settings, lang)
    rules = tuple(
        rule_class(**settings.rule_options.get(rule_class.id, {}))
        for rule_class in all_rules()
        if settings.enabled(rule_class.id) and rule_class.available(lang, lexicon)
    )
    target_only = tuple(rule for rule in rules if not rule.needs_source)
    return _Plan(lexicon, rules, target_only, tuple(rule.id for rule in rules))


def _active_rules(settings: Settings, lang: str) -> tuple[Rule, ...]:
    """The rules that run on a ``lang`` document under ``settings``, each with its options."""
    return _plan(settings, lang).rules


def lexicon_for(settings: Settings, lang: str) -> Lexicon:
    """The lexicon of ``lang`` with the publication's rows from ``settings``."""
    return get_lexicon(lang, settings.lexicon, str(settings.path) if settings.path else "configuration")


def active_rule_ids(settings: Settings | None = None, lang: str = "ja") -> tuple[str, ...]:
    return _plan(settings or _DEFAULT_SETTINGS, lang).rule_ids


# The settings of an audit given none. Settings are immutable: one object serves every such audit, and the rule
# plan cached for it is found without hashing a new one each time.
_DEFAULT_SETTINGS = Settings()


def audit_document(doc: Document, settings: Settings | None = None) -> Report:
    """Run every active rule on ``doc`` (in its own language); a crashing rule is recorded, not fatal."""
    settings = settings or _DEFAULT_SETTINGS
    plan = _plan(settings, doc.lang)
    ctx = Context(Analysis(doc, plan.lexicon, style=settings.style))
    found: set[Finding] = set()
    errors: list[tuple[str, str]] = []
    for rule in plan.rules if doc.source is not None else plan.target_only:
        try:
            found.update(rule.check(doc, ctx))  # what a rule yielded before crashing is kept, as it was added
        except Exception as error:  # one broken rule must not lose the other rules' findings
            errors.append((rule.id, f"{type(error).__name__}: {error}"))
    if settings.severity:  # the publication's severities replace the rules' own
        overrides = settings.severity
        found = {f.with_(severity=overrides[f.rule]) if overrides.get(f.rule) else f for f in found}
    ordered = sorted(_prefer_source_evidence(found), key=_SORT_KEY)
    return Report(doc, ordered, plan.rule_ids, errors)


_SORT_KEY = attrgetter("sort_key")


def _prefer_source_evidence(findings: set[Finding]) -> set[Finding]:
    """Where a cross-check and a target-only rule of the same category point at the same characters,
    keep the cross-check's finding: it has the source as evidence (one problem, one finding)."""
    covered: dict[str, list[tuple[int, int]]] = {}  # category → the cross-checks' spans, merged, in text order
    for finding in sorted((f for f in findings if f.src_start is not None), key=lambda f: f.start):
        spans = covered.setdefault(finding.category, [])
        if spans and finding.start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], finding.end))
        else:
            spans.append((finding.start, finding.end))
    if not covered:
        return findings
    return {
        f
        for f in findings
        if f.src_start is not None or not overlaps_any(covered.get(f.category, []), f.start, f.end)
    }


def audit(
    text: str | Document,
    lang: str | None = None,
    *,
    doc_id: str = "",
    settings: Settings | None = None,
    source: str | Document | None = None,
    source_lang: str | None = None,
    reference: str | Document | None = None,
) -> Report:
    """Audit one article. ``text`` is the article exactly as read (or a Document).

    Its language is ``lang``, else the settings', else the document's own, else detected from the text. With
    ``source`` (the text it translates), the cross-checks run too; its language is ``source_lang``, else the
    source document's, else detected. With ``reference`` (a human translation of the same source), the report
    also has BLEU, chrF, chrF++ and TER against it. ``text`` is never changed: the report holds the document
    as audited (its language and source filled in).
    """
    settings = settings or _DEFAULT_SETTINGS
    if isinstance(text, Document):
        doc = text
    elif isinstance(text, str):
        doc = Document(text, doc_id=doc_id)
    else:
        raise TypeError(f"audit() takes the article as str or Document, not {type(text).__name__}")
    doc = doc.with_lang(_language(doc, lang or settings.lang))
    if source is not None:
        if isinstance(source, str):
            source = Document(source, doc_id=f"{doc.doc_id}:source")
        doc = doc.with_source(source)
    if doc.source is not None:
        named = _language(doc.source, source_lang)
        if named != doc.source.lang:
            doc = doc.with_source(doc.source.with_lang(named), doc.pairs)
    report = audit_document(doc, settings)
    if reference is not None:
        report.reference = compare_with_reference(doc, reference, tokenize=settings.bleu_tokenize)
    return report


def _language(doc: Document, named: str | None) -> str:
    """``named``, else the document's own language, else the one its text reads as."""
    if named:
        return named
    if doc.lang not in ("", UNDETERMINED):
        return doc.lang
    from auditor.languages.detect import detect_language

    return detect_language(doc.text)


def compare_with_reference(doc: Document, reference: str | Document, tokenize: str | None = None) -> Reference:
    """Align ``doc`` with a reference translation and score it: the document, then each sentence pair. ``tokenize``
    names the BLEU tokenizer instead of the language's own (``flores200``: see auditor.metrics)."""
    from auditor.analysis.alignment import align
    from auditor.metrics import ReferenceScores, reference_scores

    if isinstance(reference, str):
        reference = Document(reference, lang=doc.lang, doc_id=f"{doc.doc_id}:reference")
    compared = Reference(reference, align(reference, doc), ReferenceScores(()))
    both = compared.scored_pairs
    hypotheses = [doc.text[p.tgt_start : p.tgt_end] for p in both]
    references = [reference.text[p.src_start : p.src_end] for p in both]
    document = reference_scores(doc.text, reference.text, doc.lang, segments=False, tokenize=tokenize).document
    segments = reference_scores(hypotheses, references, doc.lang, tokenize=tokenize).segments if both else ()
    compared.scores = ReferenceScores(document, segments)
    return compared


def audit_many(documents: Iterable[Document | str], settings: Settings | None = None) -> Iterator[Report]:
    """Audit documents one by one, yielding each report as soon as it is ready."""
    for index, item in enumerate(documents):
        yield (
            audit(item, doc_id=str(index), settings=settings)
            if isinstance(item, str)
            else audit(item, settings=settings)
        )

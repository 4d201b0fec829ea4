"""The analysis of one document for one audit: what several rules read, computed once and then shared.

``audit()`` builds one ``Analysis`` per document and audit. Nothing here outlives the audit, so nothing here can go
stale: a document audited again (with another source, another lexicon) gets a new analysis. Builders that rules
share through ``memo`` are keyed by the function itself, never by a free string.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from auditor.document import BODY, Document, Pair, Sentence, overlaps_any
from auditor.languages.scripts import lazy_pattern
from auditor.lexicons import Lexicon, get_lexicon

if TYPE_CHECKING:
    from auditor.analysis.embeds import EmbedBlock

T = TypeVar("T")

# Below this alignment confidence a pair may not be a translation of its source: cross-checks say nothing.
MIN_CONFIDENCE = 0.5
_UNSET = object()  # memo's mark for a build not done yet (None is a value a build may return)
# Spans whose characters are literal, not prose: URLs (IRIs too, up to Japanese punctuation) and Markdown code.
_LITERAL = r"```.*?```|`[^`\r\n]+`|(?:https?://|www\.)[^\s<>\"'「」『』（）【】、。，．]+"  # DOTALL, on first use


class Analysis:
    """One document (and its source, when it has one) as the rules of one audit see it.

    ``lexicon`` is the document's language's lexicon with the publication's rows; the source gets the shipped
    lexicon of its own language, unless ``source_lexicon`` is given. ``embeds`` are the flattened embeds when
    something already knows them; else they are found in the text with the lexicon's patterns. ``style`` is the
    publication's configured house style.
    """

    def __init__(
        self,
        doc: Document,
        lexicon: Lexicon | None = None,
        source_lexicon: Lexicon | None = None,
        embeds: Sequence[EmbedBlock] | None = None,
        style: Mapping[str, str] | None = None,
    ):
        self.doc = doc
        self.style: Mapping[str, str] = style or {}  # the configured house style (auditor.analysis.style)
        self.lexicon = lexicon if lexicon is not None else get_lexicon(doc.lang)
        self._source_lexicon = source_lexicon
        self._memo: dict[Callable[..., Any] | tuple[Callable[..., Any], tuple[Any, ...]], Any] = {}
        if embeds is not None:  # known already (a reader saw them in the page's structure): not searched again
            self.__dict__["embeds"] = tuple(embeds)

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def lang(self) -> str:
        return self.doc.lang

    @cached_property
    def source(self) -> Analysis | None:
        """The analysis of the source text, or None for a target-only audit."""
        source = self.doc.source
        if source is None:
            return None
        return Analysis(source, self._source_lexicon or get_lexicon(source.lang))

    @cached_property
    def alignment(self) -> tuple[Pair, ...]:
        """Source ↔ target sentence pairs: the bilingual file's, else aligned here. Empty without a source."""
        if self.doc.source is None:
            return ()
        if self.doc.pairs is not None:
            return self.doc.pairs
        from auditor.analysis.alignment import align  # only bilingual audits pay for the aligner

        return tuple(align(self.doc.source, self.doc, self.lexicon))

    @cached_property
    def confident_pairs(self) -> tuple[Pair, ...]:
        """The pairs aligned with at least ``MIN_CONFIDENCE``: the ones cross-checks judge."""
        return tuple(pair for pair in self.alignment if pair.confidence >= MIN_CONFIDENCE)

    @cached_property
    def embeds(self) -> tuple[EmbedBlock, ...]:
        """Flattened social-media embeds, found with this lexicon's patterns (a publication's own count too)."""
        from auditor.analysis.embeds import find_embed_blocks

        return tuple(find_embed_blocks(self.doc, self.lexicon))

    @cached_property
    def literal_spans(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of URLs and Markdown code: spans that prose rules must not judge."""
        text = self.doc.text
        if "://" not in text and "www." not in text and "`" not in text:
            return ()
        return tuple(match.span() for match in lazy_pattern(_LITERAL, re.DOTALL).finditer(text))

    def in_literal(self, start: int, end: int) -> bool:
        """True when ``start:end`` overlaps a URL or Markdown code."""
        return overlaps_any(self.literal_spans, start, end)

    def in_embed(self, start: int, end: int) -> bool:
        """True when ``start:end`` overlaps a flattened embed block."""
        embeds = self.embeds
        return bool(embeds) and overlaps_any(embeds, start, end, bounds=_block_bounds)

    @cached_property
    def body_sentences(self) -> tuple[Sentence, ...]:
        """Prose sentences outside embeds: what register and language rules judge."""
        embeds = self.embeds
        if not embeds:  # most articles
            return tuple([s for s in self.doc.sentences if s.kind == BODY])
        return tuple(
            s
            for s in self.doc.sentences
            if s.kind == BODY and not overlaps_any(embeds, s.start, s.end, bounds=_block_bounds)
        )

    def memo(self, build: Callable[..., T], *args: Any) -> T:
        """``build(self, *args)``, computed once per analysis: an analysis several rules share (unit figures)."""
        # Most builds take no arguments: the function alone is their key. Two in three calls build (the first of the
        # document's): a lookup with a default, not a KeyError raised and caught.
        key = (build, args) if args else build
        value = self._memo.get(key, _UNSET)
        if value is _UNSET:
            value = self._memo[key] = build(self, *args)
        return value


def _block_bounds(block: EmbedBlock) -> tuple[int, int]:
    return block.start, block.end

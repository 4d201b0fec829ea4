"""Scores: sacrebleu metrics against a reference translation, and an MQM-style document score.

Every number comes with a signature string that says how it was made, the way sacrebleu prints
``nrefs:1|case:mixed|eff:no|tok:ja-mecab-0.996-IPA|smooth:exp|version:2.6.0``, so that anyone can
reproduce it. The API returns small frozen dataclasses (``name``, ``score``, ``signature``); the CLI
and the app print them, this module never does.

Reference metrics (sacrebleu 2.6.0, all offline):

- ``BLEU``: tokenised for the target language: ``ja-mecab`` for Japanese (MeCab + IPAdic, shipped
  with ``sacrebleu[ja]``), ``zh`` for Chinese, ``13a`` otherwise. Japanese text has no spaces, so
  13a would see one "word" per sentence and score almost 0.
- ``BLEU-char`` (Japanese only): ``tokenize="char"``, which is what the WMT organisers report as
  en-ja BLEU (WMT23 ONLINE-B: char 40.2, ja-mecab 25.3).
- ``chrF``: character 6-grams, whitespace ignored, so no tokeniser is needed.
- ``chrF++``: chrF plus word 1-2-grams. For Japanese and Chinese the words come from the BLEU
  tokeniser (sacrebleu would take a whole unsegmented sentence as one word); the signature says
  so with ``|pretok:...``.
- ``TER``: for Japanese and Chinese ``normalized=True, asian_support=True`` (asian_support does
  nothing without normalized: CJK characters are then split one by one); sacrebleu's defaults
  otherwise. Lower is better.

The SentencePiece tokenisers (``spm``, ``flores101``, ``flores200``, ``spBLEU-1K``) download a
model on first use; here they are used only when asked for by name (``bleu-tokenize`` in the
configuration, ``--bleu-tokenize`` on the command line), with the ``spm`` extra installed
(``pip install 'auditor[spm]'``: sentencepiece), and only when the model file is already in
sacrebleu's folder (``$SACREBLEU/models``, by default ``~/.sacrebleu/models``): otherwise
:class:`MetricError` says where to put it. Nothing is ever downloaded.

A document is scored as a corpus of its segments (hypothesis and reference lists of equal
length, e.g. from sentence alignment), or as one segment when it is not aligned (pass two
strings). Metric objects are built once per (language, tokeniser) and reused: their tokenisers
keep an LRU cache, and sentence BLEU uses ``effective_order=True``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from auditor.languages import LanguagePack, UnknownLanguage, base_code, get_pack

__all__ = [
    "SEVERITY_WEIGHTS",
    "MQMScore",
    "MetricError",
    "MetricScore",
    "ReferenceScorer",
    "ReferenceScores",
    "mqm_score",
    "reference_scores",
    "scorer",
]

# Tokenisers that fetch a SentencePiece model from the web on first use.
DOWNLOADING_TOKENIZERS = frozenset({"spm", "flores101", "flores200", "spBLEU-1K"})


class MetricError(ValueError):
    """A metric that cannot be computed as asked (unknown tokeniser, model absent, lists of unequal length)."""


@dataclass(frozen=True, slots=True)
class MetricScore:
    """One number and how it was made: ``BLEU = 25.31 (nrefs:1|case:mixed|...|version:2.6.0)``."""

    name: str
    score: float
    signature: str
    higher_is_better: bool = True

    def __str__(self) -> str:
        return f"{self.name} = {self.score:.2f} ({self.signature})"

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "score": round(self.score, 4), "signature": self.signature}


@dataclass(frozen=True, slots=True)
class ReferenceScores:
    """Scores of a document (``document``) and of each segment pair (``segments``, in input order)."""

    document: tuple[MetricScore, ...]
    segments: tuple[tuple[MetricScore, ...], ...] = ()

    def get(self, name: str) -> MetricScore:
        """The document score called ``name`` (``BLEU``, ``BLEU-char``, ``chrF``, ``chrF++``, ``TER``)."""
        for score in self.document:
            if score.name == name:
                return score
        raise KeyError(name)


def _pack(lang: str) -> LanguagePack:
    """The language pack of ``lang``: its BLEU tokenizers, and whether it spaces its words (an unknown language
    is scored as a spaced one with sacrebleu's default tokenizer)."""
    try:
        return get_pack(lang)
    except UnknownLanguage:
        return LanguagePack(base_code(lang), lang)


def _check_downloading_tokenizer(name: str) -> None:
    """Refuse a SentencePiece tokeniser whose model is not already on disk (sacrebleu would download it)."""
    from sacrebleu.tokenizers import tokenizer_spm

    # Read at call time (not at import) so that $SACREBLEU set by a caller or a test applies.
    model_dir = os.path.join(tokenizer_spm.SACREBLEU_DIR, "models")
    model = os.path.join(model_dir, os.path.basename(tokenizer_spm.SPM_MODELS[name]["url"]))
    if not os.path.isfile(model):
        raise MetricError(
            f"BLEU tokenizer {name!r} needs the SentencePiece model {model}, which is absent; "
            "auditor never downloads it: copy the file there (or point $SACREBLEU at a folder with models/), "
            "or use the default tokenizer"
        )
    try:
        import sentencepiece  # noqa: F401
    except ImportError:
        raise MetricError(f"BLEU tokenizer {name!r} needs the sentencepiece package, which is not installed") from None


def check_tokenizer(tokenize: str) -> None:
    """Raise MetricError when ``tokenize`` is not a BLEU tokenizer that can run here (unknown, its package or its
    SentencePiece model missing)."""
    _bleu(tokenize, effective_order=False)


def _bleu(tokenize: str, *, effective_order: bool) -> Any:
    from sacrebleu.metrics import BLEU

    if tokenize not in BLEU.TOKENIZERS:
        known = ", ".join(sorted(BLEU.TOKENIZERS))
        raise MetricError(f"unknown BLEU tokenizer {tokenize!r} (known: {known})")
    if tokenize in DOWNLOADING_TOKENIZERS:
        _check_downloading_tokenizer(tokenize)
    try:
        return BLEU(tokenize=tokenize, effective_order=effective_order)
    except (ImportError, RuntimeError, AssertionError, OSError) as error:  # ko-mecab without mecab-ko, ...
        message = " ".join(str(error).split())
        raise MetricError(f"BLEU tokenizer {tokenize!r} cannot be used here: {message}") from None


class ReferenceScorer:
    """BLEU, chrF, chrF++ and TER for one target language, with metric objects built once.

    >>> s = ReferenceScorer("ja")
    >>> [score.name for score in s.sentence_scores("東京で雨が降った。", "東京で雨が降った。")]
    ['BLEU', 'BLEU-char', 'chrF', 'chrF++', 'TER']

    ``tokenize`` replaces the language's BLEU tokenisers with the one named (any sacrebleu name;
    the SentencePiece ones only when their model is already on disk).
    """

    def __init__(self, lang: str = "ja", *, tokenize: str | None = None) -> None:
        from sacrebleu.metrics import CHRF, TER

        pack = _pack(lang)
        self.lang = pack.code
        # Written without spaces between words: BLEU needs a real tokeniser, TER asian_support.
        unspaced = not pack.spaced
        names = (("BLEU", tokenize),) if tokenize else pack.bleu
        # (name, corpus BLEU, sentence BLEU): sentence BLEU needs effective_order for short segments.
        self._bleus = []
        tokenizers: dict[str, Any] = {}
        for name, tok in names:
            corpus, sentence = _bleu(tok, effective_order=False), _bleu(tok, effective_order=True)
            sentence.tokenizer = corpus.tokenizer  # one MeCab tagger and one LRU cache for both
            tokenizers[tok] = corpus.tokenizer
            self._bleus.append((name, corpus, sentence))
        self._chrf = CHRF()
        self._chrfpp = CHRF(word_order=2)
        self._ter = TER(normalized=True, asian_support=True) if unspaced else TER()
        # chrF++ word n-grams need words: segment unspaced text with the language's own BLEU tokeniser
        # (even when BLEU was asked to use another one).
        self._pretok: Any = None
        if unspaced:
            own = pack.bleu[0][1]
            self._pretok = tokenizers.get(own) or _bleu(own, effective_order=False).tokenizer
        self._signatures: dict[tuple[str, bool], str] = {}

    def _signature(self, name: str, metric: Any, sentence: bool) -> str:
        key = (name, sentence)
        if key not in self._signatures:
            signature = str(metric.get_signature())
            if name == "chrF++" and self._pretok is not None:
                signature += f"|pretok:{self._pretok.signature()}"
            self._signatures[key] = signature
        return self._signatures[key]

    @property
    def names(self) -> tuple[str, ...]:
        """The metrics this scorer computes, in output order."""
        return (*(name for name, _, _ in self._bleus), "chrF", "chrF++", "TER")

    def _entries(self, only: Iterable[str] | None) -> list[tuple[str, Any, Any, bool]]:
        """(name, corpus metric, sentence metric, pretokenise?) for the metrics asked for."""
        entries = [(name, corpus, sentence, False) for name, corpus, sentence in self._bleus]
        entries += [
            ("chrF", self._chrf, self._chrf, False),
            ("chrF++", self._chrfpp, self._chrfpp, self._pretok is not None),
            ("TER", self._ter, self._ter, False),
        ]
        if only is None:
            return entries
        wanted = set(only)
        unknown = wanted - set(self.names)
        if unknown:
            raise MetricError(f"unknown metric {sorted(unknown)[0]!r} (known: {', '.join(self.names)})")
        return [entry for entry in entries if entry[0] in wanted]

    def _make(self, name: str, metric: Any, result: Any, sentence: bool) -> MetricScore:
        return MetricScore(name, float(result.score), self._signature(name, metric, sentence), name != "TER")

    def corpus_scores(
        self, hypotheses: Sequence[str], references: Sequence[str], *, metrics: Iterable[str] | None = None
    ) -> tuple[MetricScore, ...]:
        """Scores of a corpus of segments: ``hypotheses[i]`` translates the same thing as ``references[i]``.

        ``metrics`` picks some of :attr:`names` (TER is by far the slowest: about 9 ms a
        segment on WMT paragraphs, against 0.1 ms for BLEU or chrF).
        """
        hypotheses, references = list(hypotheses), list(references)
        if len(hypotheses) != len(references):
            raise MetricError(f"{len(hypotheses)} hypothesis segments but {len(references)} reference segments")
        if not hypotheses:
            raise MetricError("no segments to score")
        scores = []
        for name, metric, _, pretok in self._entries(metrics):
            hyps, refs = (
                (self._tokenized(hypotheses), self._tokenized(references)) if pretok else (hypotheses, references)
            )
            scores.append(self._make(name, metric, metric.corpus_score(hyps, [refs]), False))
        return tuple(scores)

    def sentence_scores(
        self, hypothesis: str, reference: str, *, metrics: Iterable[str] | None = None
    ) -> tuple[MetricScore, ...]:
        """Scores of one segment pair (sentence BLEU with effective order)."""
        scores = []
        for name, _, metric, pretok in self._entries(metrics):
            hyp, ref = (self._pretok(hypothesis), self._pretok(reference)) if pretok else (hypothesis, reference)
            scores.append(self._make(name, metric, metric.sentence_score(hyp, [ref]), True))
        return tuple(scores)

    def _tokenized(self, texts: Sequence[str]) -> list[str]:
        return [self._pretok(text) for text in texts]

    def score(
        self,
        hypotheses: str | Sequence[str],
        references: str | Sequence[str],
        *,
        segments: bool = True,
        metrics: Iterable[str] | None = None,
    ) -> ReferenceScores:
        """Document scores, and per-segment scores unless ``segments=False``.

        Two lists of equal length are a corpus of aligned segments; two strings are one
        unaligned segment each (line breaks and runs of spaces count as one space).
        """
        if isinstance(hypotheses, str) != isinstance(references, str):
            raise MetricError("give both hypothesis and reference as texts, or both as lists of segments")
        if isinstance(hypotheses, str):
            hyps, refs = [" ".join(hypotheses.split())], [" ".join(str(references).split())]
        else:
            hyps, refs = list(hypotheses), list(references)
        metrics = None if metrics is None else tuple(metrics)
        document = self.corpus_scores(hyps, refs, metrics=metrics)
        per_segment = (
            tuple(self.sentence_scores(h, r, metrics=metrics) for h, r in zip(hyps, refs, strict=True))
            if segments
            else ()
        )
        return ReferenceScores(document, per_segment)


@lru_cache(maxsize=16)
def scorer(lang: str = "ja", tokenize: str | None = None) -> ReferenceScorer:
    """The shared :class:`ReferenceScorer` for ``lang`` (built on first use, then reused)."""
    return ReferenceScorer(lang, tokenize=tokenize)


def reference_scores(
    hypotheses: str | Sequence[str],
    references: str | Sequence[str],
    lang: str = "ja",
    *,
    tokenize: str | None = None,
    segments: bool = True,
    metrics: Iterable[str] | None = None,
) -> ReferenceScores:
    """BLEU, chrF, chrF++ and TER of a translation against a reference; see :meth:`ReferenceScorer.score`.

    >>> round(reference_scores("東京で雨が降った。", "東京で雨が降った。").get("BLEU").score, 2)
    100.0
    """
    return scorer(_pack(lang).code, tokenize).score(hypotheses, references, segments=segments, metrics=metrics)


# --- MQM-style document score ------------------------------------------------------------------

SEVERITY_WEIGHTS: dict[str, int] = {"minor": 1, "major": 5, "critical": 25}  # MQM-Core severity multipliers
REFERENCE_WORDS = 100  # penalty is given per 100 words ...
REFERENCE_CHARS = 250  # ... or per 250 characters for Japanese and Chinese (about 100 English words' worth)
MQM_VERSION = "1"


class _HasSeverity(Protocol):
    @property
    def severity(self) -> str: ...


@dataclass(frozen=True, slots=True)
class MQMScore:
    """An MQM-style quality score of one document, computed from its findings.

    ``penalty`` is the absolute penalty total (APT), ``normalised`` the penalty per reference
    length (NPT), ``score`` the overall quality score (OQS, 0-100, higher is better), ``units``
    the evaluated length in ``unit`` ("words" or "chars").
    """

    name: str
    score: float
    signature: str
    penalty: float
    normalised: float
    units: int
    unit: str
    minor: int = 0
    major: int = 0
    critical: int = 0
    higher_is_better: bool = True

    def __str__(self) -> str:
        return f"{self.name} = {self.score:.2f} ({self.signature})"

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "score": round(self.score, 4),
            "signature": self.signature,
            "penalty": self.penalty,
            "normalised": round(self.normalised, 4),
            "units": self.units,
            "unit": self.unit,
            "minor": self.minor,
            "major": self.major,
            "critical": self.critical,
        }


def mqm_signature(per: str | None = None, count: str | None = None) -> str:
    """The MQM score's signature: severity weights, the reference length it is normed to (``per``), the
    document's length (``count``, left out for a collection) and the formula. Without ``per``: the norm of
    every language, characters for the unspaced ones (``250ch(ja,zh)/100w``)."""
    from auditor.languages import PACKS

    if per is None:
        unspaced = ",".join(code for code in PACKS if not get_pack(code).spaced)
        per = f"{REFERENCE_CHARS}ch({unspaced})/{REFERENCE_WORDS}w"
    weights = "/".join(str(weight) for weight in SEVERITY_WEIGHTS.values())
    length = f"|n:{count}" if count else ""
    return f"mqm|w:{weights}|per:{per}{length}|oqs:max(0,100-npt)|v:{MQM_VERSION}"


def mqm_score(findings: Iterable[_HasSeverity], text: str, lang: str = "ja") -> MQMScore:
    """The MQM "raw scoring model" applied to our findings (themqm.org, "The MQM Scoring Models").

    - APT (absolute penalty total) = Σ severity weight over findings: minor 1, major 5,
      critical 25 (the MQM-Core multipliers; every error type weighs 1).
    - EWC (evaluation word count) = the target text's length: words (runs of non-space
      characters) for space-separated languages; for Japanese and Chinese, characters other than
      whitespace, as ISO 5060 allows for languages without word spaces.
    - NPT (normed penalty total) = APT × RWC / EWC, with the reference length RWC = 100 words,
      or 250 characters for Japanese and Chinese.
    - OQS (overall quality score) = max(0, MSV − NPT) with MSV = 100: one minor finding per 100
      words costs one point, one critical finding per 100 words costs 25.

    An empty text counts as one unit. The signature names all of this, e.g.
    ``mqm|w:1/5/25|per:250ch|n:1200ch|oqs:max(0,100-npt)|v:1``.

    >>> from auditor.findings import Finding
    >>> f = Finding("x.y", "style/other", "major", 0, 1, "あ", "m")
    >>> mqm_score([f], "あ" * 500, "ja").score
    97.5
    """
    counts = dict.fromkeys(SEVERITY_WEIGHTS, 0)
    for finding in findings:
        if finding.severity not in counts:
            raise ValueError(f"unknown severity {finding.severity!r}")
        counts[finding.severity] += 1
    penalty = float(sum(SEVERITY_WEIGHTS[name] * count for name, count in counts.items()))
    # str.split() cuts at exactly the characters \s matches (both use Unicode's whitespace), in C and without a list
    # of matches: the pieces are the \S+ runs.
    if not _pack(lang).spaced:  # MQM counts characters where words are not spaced
        units, unit, reference, abbr = sum(map(len, text.split())), "chars", REFERENCE_CHARS, "ch"
    else:
        units, unit, reference, abbr = len(text.split()), "words", REFERENCE_WORDS, "w"
    normalised = penalty * reference / max(units, 1)
    signature = mqm_signature(f"{reference}{abbr}", f"{units}{abbr}")
    return MQMScore(
        name="MQM",
        score=max(0.0, 100.0 - normalised),
        signature=signature,
        penalty=penalty,
        normalised=normalised,
        units=units,
        unit=unit,
        minor=counts["minor"],
        major=counts["major"],
        critical=counts["critical"],
    )

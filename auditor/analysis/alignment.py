"""Source ↔ target sentence alignment: two documents in, sentence pairs out.

``align(source, target)`` links the sentences of an article and its translation in document order
with 1-1, 1-2, 2-1, 2-2, 1-0 (omission) and 0-1 (addition) links. It uses only signals that
survive translation, so it works for any language pair (tuned on English → Japanese):

- lengths, Gale–Church style, but on the log of the length ratio, with the ratio learned from the
  two documents themselves (Japanese takes about a third of the characters of English);
- anchors: numbers with their scale (5,000億 and 500 billion are both 5e11; full-width digits are
  normalised), Latin words, handles and URLs that stay as they are, katakana names and loanwords
  matched to Latin words by consonant skeleton (``auditor.languages.translit``), names from the people
  lexicon, an ampersand (Russia & Former Soviet Union ↔ ロシア＆旧ソ連); each weighted by how rare it is in the
  documents;
- character bigrams when both sides are in the same CJK script (target ↔ reference, ja ↔ ja).

The search is a dynamic programme restricted to a band around a guide path through the rare
anchors that both documents share (their longest monotone chain), widened and rerun whenever the
best path touches the band's edge: time grows linearly with the documents' length.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property

from auditor.analysis.dictionary import english_stems, japanese_stems
from auditor.analysis.quantities import english_scales, japanese_scales, parse_english_number, parse_japanese_number
from auditor.document import HEADING, Document, Pair, Sentence
from auditor.languages.scripts import KANA, KANJI, KATAKANA
from auditor.languages.translit import skeleton
from auditor.lexicons import COMMON, Lexicon, get_lexicon
from auditor.lexicons.schema import AbbreviationRow, NamePartRow, PersonRow

# Moves of the dynamic programme: (source sentences, target sentences) joined by one link, and the
# cost of the link kind (-log of a prior: Gale & Church's 1-1 .89, 2-1 .089, 2-2 .011, 1-0 .0099,
# re-tuned on WMT23/WMT24 en-ja and their perturbations: skips dearer than merges, 2-2 rare).
# A merge pays _JOIN for each sentence boundary it crosses (2-1 and 1-2 once, 3-1 and 1-3 twice), _SOFT_JOIN for a
# boundary that is only a space (see _Side), and 2-2 one unit less than its two joins.
_MOVES: tuple[tuple[int, int, float], ...] = (
    (1, 1, 0.0),
    (1, 0, 3.3),
    (0, 1, 3.3),
    (2, 1, 3.0),
    (1, 2, 3.0),
    (2, 2, 5.0),
    (3, 1, 6.0),
    (1, 3, 6.0),
)
_JOIN = 3.0
_LINK_MOVE = tuple(bool(di and dj) for di, dj, _ in _MOVES)  # by move index: a link, not a 1-0 or 0-1
_SOFT_JOIN = 0.3  # joining the two pieces of a sentence cut at a soft break (a heading run into the text)
_BREAK_MISMATCH = 1.5  # a link that ends at a paragraph break on one side only (when both sides have paragraphs) ...
# ... unless one sentence of the other side, left unlinked (1-0, 0-1), ends that paragraph right after it: a sentence
# dropped (added) at a paragraph's end is not folded into the link before it.
# Spread of the log length ratio of a link: var = _VAR_FLOOR + _VAR_SHORT / (length + _SMOOTH), length in target
# characters. Short texts vary more (measured on WMT23/WMT24 en-ja: sd 0.23 under 20 characters, 0.13 over 80),
# loosened a little because the real distribution has longer tails than a normal one.
_VAR_FLOOR = 0.03
_VAR_SHORT = 0.8
_SKIP_EXTEND = 0.8  # each further 1-0 (0-1) link of a run of them, after the first one's cost in _MOVES
_KIND_MIX = 2.5  # added to a merge that joins a heading and a sentence that is not one
_MAX_LENGTH_COST = 9.0  # a ratio far off costs no more than this: a wild link is then a skip or a merge
_SMOOTH = 3.0  # characters added to both lengths so that short headings do not dominate
_ANCHOR_WEIGHT = 2.2  # cost units per shared anchor of weight 1
_BAND = 8  # initial half-width of the band, in target sentences
_GUIDE_REPEATS = 8  # anchors found more often than this in a document do not guide the band
_GUIDE_SPREAD = 0.1  # an anchor found a different number of times on each side pairs within this share of the text
_SHORT_DOCUMENT = 60  # sentences on both sides together, up to which two length ratios are tried
_BAND_TRIES = 4  # searches at most, the band twice as wide near the edge each time
_REPAIR_REACH = 20  # rows before and after the band's edge that a search again covers (plus twice the band's width)
_CONFIDENCE_SCALE = 3.0  # link cost at which confidence falls to 1/e
_DICTIONARY_WEIGHT = 0.6  # base weight of a content word and its dictionary rendering (investors ↔ 投資家)
# Share of the gain of the anchors that a 1-1 link leaves to a neighbouring unit that it pays (see _one_to_one).
# Measured on WMT24 en-ja: news unchanged, held-out literary run together 0.876 → 0.890 at 0.3 to 1.0; 0.6 finds two
# more injected additions than 0.5 but loses a link of held-out social run together.
_MISPLACED = 0.5

_WORD = re.compile(r"[^\W\d_](?:[\w'’&-]*\w)?")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# A word in Latin letters: Japanese glues one to its own words and to digits without a space (EU理事会, FTSE250企業),
# where English writes EU and FTSE 250.
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f](?:[A-Za-z\u00c0-\u024f'’&-]*[A-Za-z\u00c0-\u024f])?")
_KATAKANA_RUN = re.compile(f"[{KATAKANA}]{{3,}}")
_CJK = re.compile(f"[{KANA}{KANJI}]")
_CJK_PAIR = re.compile(f"(?=([{KANA}{KANJI}]{{2}}))")
# Where a heading run into a sentence of a spaced language may end: a space before a capital, a digit or a quote.
_CUT_POINT = re.compile(r"(?<=[\w\"”’)\]]) +(?=[\"“‘(]?[A-Z0-9])")
# Words a heading does not end with: no cut after them ("… for Crypto The | Securities and Exchange …").
_LAST_WORD = re.compile(r"(\w*)\W*$")
_MISSED_STOP = re.compile(r"(?<=[.!?…])([\"”’)]*)\s+(?=\S)")
_NO_HEADING_END = frozenset(
    ("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "as")
)
# How sentences start more often than headings' inner words do: a cut before them (or after a closing bracket) costs
# nothing, elsewhere _PLAIN_CUT.
_SENTENCE_START = re.compile(
    r"[\"“‘(0-9]|(?:The|A|An|In|On|At|For|It|Its|This|That|These|Those|He|She|They|We|I|But|And|As|After|When|While"
    r"|If|According|Last|Now|Today|Yesterday|On)\b"
)
_PLAIN_CUT = 0.8
# A capitalized word and a lower-case one that is not a title's small word ("Conservative spending", not "Off the").
_LOWER_FOLLOWS = re.compile(r"[A-Z][\w'’-]*\s+(?!(?:the|of|in|on|at|to|for|and|or|a|an|with|by|from|as)\b)[a-z]")
_HEADING_WORD = re.compile(r"[\w'’-]+")
_FIRST_WORD = re.compile(r"[A-Z][a-z]{2,}\b")
_AFTER_LOWER = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{2,})\b")
_AFTER_LOWER_WORD = re.compile(r"(?<![\w'’-])([a-z]+) ([A-Z][a-z]*)\b")
_HEADING_SPREAD = 3.0  # how much more a heading's length varies than a sentence's
_TERMINAL_MARK = re.compile(r"[.!?。！？…][\"”’)）」』]*\s*$")
_HEADING_CUT = -0.6  # a cut where the other side has a soft break: that space says a heading ends there
_MIN_PIECE = 8  # characters on either side of a cut
_BRACKETS = (("（", "）"), ("(", ")"), ("「", "」"), ("『", "』"), ("【", "】"))
_QUOTED_STOP = re.compile(r"[「」『』]|[。！？](?![」』）)。！？])")  # quotation marks, and stops inside a quotation
# A space between two characters of a language written without spaces: a heading or paragraph run into the next.
_SOFT_BREAK = re.compile(f"(?<=[{KANA}{KANJI}」』）】])[ \u3000]+(?=[{KANA}{KANJI}「『（【0-9０-９])")


def align(source: Document, target: Document, lexicon: Lexicon | None = None) -> list[Pair]:
    """Sentence links between ``source`` and ``target`` in document order, covering every sentence of both.

    ``lexicon`` (the target's, with a publication's rows) gives the names whose katakana forms anchor links."""
    src = _Side(source)
    tgt = _Side(target)
    n, m = len(src.spans), len(tgt.spans)
    if not n or not m:
        return _links(src, tgt, [(1, 0, 0.0)] * n + [(0, 1, 0.0)] * m)
    bigrams = src.cjk_share > 0.3 and tgt.cjk_share > 0.3
    people = (lexicon or get_lexicon(COMMON)).compiled(_people_katakana)
    numbers = get_lexicon("ja").compiled(_number_words)
    src_tokens = [_tokens(text, bigrams, people, numbers) for text in src.texts]
    tgt_tokens = [_tokens(text, bigrams, people, numbers) for text in tgt.texts]
    weights = _weights(src_tokens, tgt_tokens)
    guide = _guide(src_tokens, tgt_tokens, weights, n, m)
    # The length ratio of the two documents. An omission or an addition changes the totals but hardly the
    # ratio of the median sentences, a join or a split the other way round: a short document, whose
    # totals one sentence moves, is aligned with both and keeps the likelier (cheaper) path.
    ratio = max(1, sum(tgt.lengths)) / max(1, sum(src.lengths))
    path, guide = _search(src, tgt, src_tokens, tgt_tokens, weights, guide, ratio)
    medians = max(1.0, _median(tgt.lengths)) / max(1.0, _median(src.lengths))
    if n + m <= _SHORT_DOCUMENT and abs(math.log(medians / ratio)) > 0.08:
        blend = math.sqrt(ratio * medians)
        other, other_guide = _search(src, tgt, src_tokens, tgt_tokens, weights, guide, blend)
        if sum(link[4] for link in other) < sum(link[4] for link in path):
            path, guide, ratio = other, other_guide, blend
    # Learn the ratio again from the confident 1-1 links: embeds, dropped paragraphs and headings
    # skew the whole-document ratio, and the first path rarely needs much correcting.
    sure = [(i, j) for i, j, di, dj, cost in path if di == 1 and dj == 1 and cost < 1.5]
    if len(sure) >= 3:
        learned = sum(tgt.lengths[j] for _, j in sure) / max(1, sum(src.lengths[i] for i, _ in sure))
        if abs(math.log(learned / ratio)) > 0.08:
            path, _ = _search(src, tgt, src_tokens, tgt_tokens, weights, guide, learned)
            ratio = learned
    pairs = _links(src, tgt, [(di, dj, cost) for _, _, di, dj, cost in path])
    cut = _Cutter(src, tgt, weights, ratio, lambda text: _tokens(text, bigrams, people, numbers))
    return cut.all(pairs)


def _median(values: Sequence[int]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return (ordered[middle] + ordered[~middle]) / 2 if ordered else 0.0


class _Side:
    """The sentences of one document as the aligner needs them: its units.

    In a text written without spaces (Japanese, Chinese) a space between two of its characters is where a heading or
    a paragraph was run into the next (text pasted from a CMS field, extracted from HTML): such a sentence is cut
    there into units joined by a soft break, which a link may join again almost for free (``_SOFT_JOIN``). A quotation
    of several sentences, one sentence of the document in such a language (「…。…。」と述べた。), is cut after each of
    its sentences, as a spaced language's splitter cuts it: joining those units again costs a sentence boundary."""

    def __init__(self, document: Document) -> None:
        text = document.text
        self.document = document
        sentences = document.sentences
        total = sum(s.end - s.start for s in sentences)
        self.cjk_share = len(_CJK.findall(text)) / total if total else 0.0
        self.spans: list[tuple[int, int]] = []
        self.headings: list[bool] = []
        self.lines: list[int] = []
        self.soft: list[bool] = []  # soft[k]: units k and k + 1 are one sentence cut at a soft break
        for sentence in sentences:
            start = sentence.start
            cuts: list[tuple[int, int, bool]] = []
            if self.cjk_share > 0.3:
                for cut in _SOFT_BREAK.finditer(text, start, sentence.end):
                    before = text[sentence.start : cut.start()]
                    if sum(before.count(o) - before.count(c) for o, c in _BRACKETS) <= 0:  # not in （写真 山田太郎）
                        cuts.append((cut.start(), cut.end(), True))
                # A quotation of several sentences is one sentence of the document (「…。…。」); each of its sentences
                # is a unit, as the other language's splitter makes them.
                depth = 0
                for mark in _QUOTED_STOP.finditer(text, start, sentence.end - 1):
                    if mark.group() in "「『":
                        depth += 1
                    elif mark.group() in "」』":
                        depth = max(0, depth - 1)
                    elif depth:
                        cuts.append((mark.end(), mark.end(), False))
            for cut_start, cut_end, soft in sorted(cuts):
                if cut_start > start:
                    self._add(start, cut_start, sentence, soft=soft)
                    start = cut_end
            self._add(start, sentence.end, sentence, soft=False)
        self.texts = [text[start:end] for start, end in self.spans]
        # Characters other than spaces: the length unit, in either script.
        self.lengths = [len(t) - t.count(" ") for t in self.texts]
        self.paragraphs = len(set(self.lines))
        self._terms: dict[tuple[int, float], tuple[list[float], list[float]]] = {}
        self.names: Counter[str] | None = None  # see _Cutter.names

    def _add(self, start: int, end: int, sentence: Sentence, soft: bool) -> None:
        self.spans.append((start, end))
        self.headings.append(sentence.kind == HEADING)
        self.lines.append(sentence.line)
        self.soft.append(soft)

    @cached_property
    def joins(self) -> list[float]:
        """Cost of joining unit k with unit k + 1 in one link."""
        out = []
        for k in range(len(self.spans) - 1):
            cost = _SOFT_JOIN if self.soft[k] else _JOIN
            out.append(cost + (_KIND_MIX if self.headings[k] != self.headings[k + 1] else 0.0))
        return out

    @cached_property
    def cut_joins(self) -> list[float]:
        """``joins`` as the cutter weighs them: a unit cut off at a soft break without a sentence's final mark is a
        heading run into the text (a headline, a section label, a subheading), and joining it with a unit that ends a
        sentence mixes kinds, as joining a heading on a line of its own with a sentence does."""
        out = list(self.joins)
        ends = [bool(_TERMINAL_MARK.search(text)) for text in self.texts]
        run_in = [soft and not end for soft, end in zip(self.soft, ends, strict=True)]
        for k in range(len(out)):
            mixed = (run_in[k] and ends[k + 1]) or (ends[k] and run_in[k + 1])
            if mixed and self.headings[k] == self.headings[k + 1]:  # else joins has _KIND_MIX already
                out[k] += _KIND_MIX
        return out

    def length_terms(self, count: int, ratio: float) -> tuple[list[float], list[float]]:
        """Log length (scaled by ``ratio``) and 1 / (2 var) of each run of ``count`` units, computed once."""
        key = (count, ratio)
        if key not in self._terms:
            self._terms[key] = _length_terms(self.lengths, count, ratio)
        return self._terms[key]

    @cached_property
    def breaks(self) -> list[bool]:
        """breaks[k]: a paragraph (line) starts at unit k (and at the end, k = len)."""
        lines = self.lines
        return [True] + [lines[k] != lines[k - 1] for k in range(1, len(lines))] + [True]


# --- anchors ---------------------------------------------------------------------------------------


def _tokens(text: str, bigrams: bool, people: dict[str, tuple[str, ...]], numbers: _NumberWords) -> dict[str, float]:
    """Anchors of one sentence with their base weight (before rarity): what a translation keeps. Remembered for the
    cross-checks' evidence (auditor/analysis/evidence.py), which reads the same sentences in the same audit."""
    key = (text, bigrams, id(people), id(numbers))
    seen = _SEEN.get(key)
    if seen is not None and seen[0] is people and seen[1] is numbers:  # the very tables, not others at their address
        return seen[2]
    if len(_SEEN) >= _SEEN_MAX:
        _SEEN.clear()
    found = _read_tokens(text, bigrams, people, numbers)
    _SEEN[key] = (people, numbers, found)
    return found


_SEEN: dict[tuple[str, bool, int, int], tuple[object, object, dict[str, float]]] = {}
_SEEN_MAX = 50_000


def _read_tokens(
    text: str, bigrams: bool, people: dict[str, tuple[str, ...]], numbers: _NumberWords
) -> dict[str, float]:
    norm = unicodedata.normalize("NFKC", text)
    out: dict[str, float] = {}
    for match in numbers.pattern.finditer(norm):
        digits, english, japanese = match.groups()
        value = _number(digits)
        if value is None:
            continue
        out["n:" + _fmt(value)] = 1.0 if len(digits) > 1 else 0.4
        if english:
            out["n:" + _fmt(value * numbers.english[english.lower()])] = 1.2
        elif japanese and (total := _japanese_number(digits + japanese, numbers.japanese)) is not None:
            out["n:" + _fmt(total)] = 1.2
    for match in _LATIN_WORD.finditer(norm):
        word = match.group()
        if len(word) < 2:
            continue
        lower = word.lower()
        out["w:" + lower] = 1.0 if word[0].isupper() or len(word) > 3 else 0.5
        if len(word) >= 4:
            skel = skeleton(lower)
            if len(skel) >= 3:
                out.setdefault("k:" + skel, 0.7)
    for match in _KATAKANA_RUN.finditer(norm):
        run = match.group()
        for part in {run, *run.split("・")}:
            skel = skeleton(part)
            if len(skel) >= 3:
                out["k:" + skel] = 0.7
        for word in people.get(run, ()):
            out["w:" + word] = 1.0
    if "&" in norm:
        out["s:&"] = 1.0
    if bigrams:
        for pair in _CJK_PAIR.findall(norm):
            out.setdefault("b:" + pair, 0.3)
    for found in english_stems(norm) | japanese_stems(norm):
        out.setdefault("d:" + found, _DICTIONARY_WEIGHT)
    return out


def _number(digits: str) -> float | None:
    """The value of 5,000 / 3.5 / 1,234.5 (a comma before three digits groups thousands); None for 1.2.3."""
    try:
        return parse_english_number(digits)
    except ValueError:
        return None  # a version or a date: compared as the plain numbers around it


def _japanese_number(written: str, scales: dict[str, float]) -> float | None:
    """The value of 5,000億 / 1兆2000億 / 4万5000; None for 3兆億."""
    try:
        return parse_japanese_number(written, scales)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _NumberWords:
    """The number anchors' pattern: digits, then an English or Japanese scale word (5 billion, 5,000億, 1兆2000億)."""

    pattern: re.Pattern[str]
    english: dict[str, float]  # lower-cased
    japanese: dict[str, float]


def _number_words(japanese: Lexicon) -> _NumberWords:
    """The scale words of English sources and Japanese targets (en/ and ja/number_words.tsv), in one pattern."""
    scales = english_scales(get_lexicon("en"))
    english = {word.lower(): value for word, (value, currency) in scales.items() if not currency}  # not $5m's m
    japanese_words = japanese_scales(japanese)
    digits = r"\d+(?:[,.]\d+)*"
    scale = "(?:" + "|".join(re.escape(word) for word in japanese_words) + ")"
    words = "|".join(re.escape(word) for word in sorted(english, key=len, reverse=True))
    pattern = re.compile(rf"({digits})(?:\s?({words})(?![a-z])|((?:\s?{scale}+(?:\s?{digits})?)+))?", re.IGNORECASE)
    return _NumberWords(pattern, english, japanese_words)


def _fmt(value: float) -> str:
    return f"{value:.6g}"


def _people_katakana(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Katakana rendering → the Latin words of the name (people.tsv): アップル → apple."""
    table: dict[str, tuple[str, ...]] = {}
    for row in lexicon.table(PersonRow):
        words = tuple(w.lower() for w in _WORD.findall(row.latin) if len(w) >= 2)
        for kana in row.katakana:
            table[unicodedata.normalize("NFKC", kana)] = words
    return table


def _weights(src_tokens: Sequence[dict[str, float]], tgt_tokens: Sequence[dict[str, float]]) -> dict[str, float]:
    """Weight of each anchor both sides have: its base weight times its rarity (an idf)."""
    df_s = Counter(token for tokens in src_tokens for token in tokens)
    df_t = Counter(token for tokens in tgt_tokens for token in tokens)
    n, m = len(src_tokens), len(tgt_tokens)
    base: dict[str, float] = {}
    for tokens in (*src_tokens, *tgt_tokens):
        for token, weight in tokens.items():
            base[token] = max(weight, base.get(token, 0.0))
    weights = {}
    for token in df_s.keys() & df_t.keys():
        # Rarer than one sentence in four on the side where it is commonest, or it says nothing.
        spread = max(df_s[token] / n, df_t[token] / m)
        if spread > 0.25 and max(df_s[token], df_t[token]) > 2:
            continue
        weights[token] = base[token] * min(1.0, 1.0 / max(df_s[token], df_t[token]) ** 0.5)
    return weights


def _guide(
    src_tokens: Sequence[dict[str, float]],
    tgt_tokens: Sequence[dict[str, float]],
    weights: dict[str, float],
    n: int,
    m: int,
) -> list[float]:
    """Expected target position of each source position 0..n: through the longest monotone chain of
    anchor points, straight (by sentence index) between them. An anchor found as often in both documents
    (at most _GUIDE_REPEATS times) gives a point per occurrence, the k-th with the k-th."""
    where_s: dict[str, list[int]] = defaultdict(list)
    where_t: dict[str, list[int]] = defaultdict(list)
    for where, tokens_list in ((where_s, src_tokens), (where_t, tgt_tokens)):
        for index, tokens in enumerate(tokens_list):
            for token, base in tokens.items():
                if base >= 0.7 and token in weights:
                    where[token].append(index)
    points: set[tuple[int, int]] = set()
    for token, places in where_s.items():
        others = where_t.get(token, ())
        if len(places) > _GUIDE_REPEATS or len(others) > _GUIDE_REPEATS:
            continue
        if len(others) == len(places):
            points.update(zip(places, others, strict=True))
        else:  # a dropped or repeated passage: every pairing near the diagonal, the chain keeps the consistent ones
            points.update((a, b) for a in places for b in others if abs(a / n - b / m) <= _GUIDE_SPREAD)
    chain = _longest_chain(sorted(points))
    knots = [(0.0, 0.0), *((i + 0.5, j + 0.5) for i, j in chain), (float(n), float(m))]
    guide = []
    k = 0
    for i in range(n + 1):
        while k + 1 < len(knots) - 1 and knots[k + 1][0] <= i:
            k += 1
        (x0, y0), (x1, y1) = knots[k], knots[k + 1]
        guide.append(y0 + (y1 - y0) * (i - x0) / (x1 - x0) if x1 > x0 else y1)
    return guide


def _longest_chain(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence strictly increasing in both coordinates (patience sorting, O(k log k))."""
    tails: list[int] = []  # tails[k]: smallest j ending a chain of length k + 1
    tail_index: list[int] = []  # the point ending it
    # Equal i must not chain: sort those by descending j so that at most one of them is used.
    order = sorted(range(len(points)), key=lambda k: (points[k][0], -points[k][1]))
    parents = [-1] * len(points)
    for k in order:
        j = points[k][1]
        pos = bisect_left(tails, j)
        parents[k] = tail_index[pos - 1] if pos else -1
        if pos == len(tails):
            tails.append(j)
            tail_index.append(k)
        else:
            tails[pos] = j
            tail_index[pos] = k
    chain = []
    k = tail_index[-1] if tail_index else -1
    while k >= 0:
        chain.append(points[k])
        k = parents[k]
    return chain[::-1]


# --- search ----------------------------------------------------------------------------------------


def _search(
    src: _Side,
    tgt: _Side,
    src_tokens: Sequence[dict[str, float]],
    tgt_tokens: Sequence[dict[str, float]],
    weights: dict[str, float],
    guide: list[float],
    ratio: float,
) -> tuple[list[tuple[int, int, int, int, float]], list[float]]:
    """Best path as (first source index, first target index, source count, target count, link cost), and
    the guide it was found around (the first path's when the band had to move)."""
    n, m = len(src.spans), len(tgt.spans)
    widths = [_BAND] * (n + 1)
    where = _places(tgt_tokens, weights)  # built once: every search again of a stretch reads it
    path, touched = _dp(src, tgt, src_tokens, tgt_tokens, weights, where, _bands(guide, widths, n, m), ratio)
    for _ in range(_BAND_TRIES - 1):
        if not touched:
            break
        # The best path reached the band's edge at the rows in ``touched``: centre the band on that path, double its
        # width near those rows, and search again between two points of the path well before and after them (the
        # rest of the path stands). The number of tries is bounded, so time stays linear; a path still at the edge
        # after them is kept (the documents hardly correspond there anyway).
        guide = [float(m)] * (n + 1)
        for i, j, di, dj, _ in path:
            for row in range(i, i + max(1, di)):
                guide[row] = min(guide[row], j + (dj if row > i else 0))
        before = widths[:]
        for row in sorted(set(touched)):
            width = min(2 * before[row], max(n, m))
            for near in range(max(0, row - width), min(n, row + width) + 1):
                if widths[near] < width:
                    widths[near] = width
        bands = _bands(guide, widths, n, m)
        again: list[int] = []
        for first, last in reversed(_stretches(sorted(set(touched)), widths)):
            rows = [link[0] for link in path]
            k0 = max(0, bisect_right(rows, first) - 1)
            k1 = max(k0 + 1, bisect_left(rows, last))
            start = path[k0][:2] if path else (0, 0)
            end = path[k1][:2] if k1 < len(path) else (n, m)
            clipped = bands[:]
            for row in range(start[0], end[0] + 1):
                lo, hi = bands[row]
                lo = start[1] if row == start[0] else max(lo, start[1])
                hi = end[1] if row == end[0] else min(hi, end[1])
                clipped[row] = (lo, max(lo, hi))
            found, edge = _dp(src, tgt, src_tokens, tgt_tokens, weights, where, clipped, ratio, start, end)
            path[k0:k1] = found
            again += edge
        touched = again
    return path, guide


def _stretches(rows: list[int], widths: list[int]) -> list[tuple[int, int]]:
    """Rows to search again around each of ``rows`` (sorted): from well before to well after, overlapping ones
    joined."""
    out: list[tuple[int, int]] = []
    for row in rows:
        reach = _REPAIR_REACH + 2 * widths[row]
        first, last = max(0, row - reach), min(len(widths) - 1, row + reach)
        if out and first <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def _bands(guide: list[float], widths: list[int], n: int, m: int) -> list[tuple[int, int]]:
    """Target range [lo, hi] of each source position: the guide's reach over neighbouring rows ± the row's width."""
    bands = []
    for i in range(n + 1):
        near = guide[max(0, i - 1) : i + 2]
        lo = max(0, int(min(near)) - widths[i])
        hi = min(m, math.ceil(max(near)) + widths[i])
        bands.append((lo, hi))
    return bands


def _dp(
    src: _Side,
    tgt: _Side,
    src_tokens: Sequence[dict[str, float]],
    tgt_tokens: Sequence[dict[str, float]],
    weights: dict[str, float],
    where: dict[str, list[int]],
    bands: list[tuple[int, int]],
    ratio: float,
    start: tuple[int, int] = (0, 0),
    end: tuple[int, int] | None = None,
) -> tuple[list[tuple[int, int, int, int, float]], list[int]]:
    """The best path from ``start`` to ``end`` (the whole documents by default) within ``bands``, and the rows where
    it comes within two units of a band's edge."""
    n, m = len(src.spans), len(tgt.spans)
    i0, j0 = start
    i1, j1 = end or (n, m)
    sim = _similarities(src_tokens, tgt_tokens, weights, where, bands, i0, i1)
    ones, same = _one_to_one(sim, i0, i1)
    # Log lengths of one, two and three consecutive units, source scaled to target units, and 1 / (2 var) of each;
    # a link takes the larger (the longer side decides).
    (ls1, vs1), (ls2, vs2), (ls3, vs3) = (src.length_terms(count, ratio) for count in (1, 2, 3))
    (lt1, vt1), (lt2, vt2), (lt3, vt3) = (tgt.length_terms(count, 1.0) for count in (1, 2, 3))
    top = _MAX_LENGTH_COST
    # A link should end where both sides end a paragraph, or neither, and join sentences of two paragraphs on both
    # sides or on neither: when both documents have paragraphs.
    paragraphs = min(src.paragraphs, tgt.paragraphs) >= 2 and max(src.paragraphs, tgt.paragraphs) <= 2 * min(
        src.paragraphs, tgt.paragraphs
    )
    sb, tb = src.breaks, tgt.breaks
    mismatch = _BREAK_MISMATCH if paragraphs else 0.0
    sj = [cost + (mismatch if sb[k + 1] else 0.0) for k, cost in enumerate(src.joins)]
    tj = [cost + (mismatch if tb[k + 1] else 0.0) for k, cost in enumerate(tgt.joins)]
    gain = _gain
    inf = math.inf
    skip, extend = _MOVES[1][2], _SKIP_EXTEND
    # Three states per cell (affine gaps): the best cost at (i, j), and the best cost of ending in a run of
    # 1-0 / 0-1 links, whose later members are cheap: a dropped paragraph is one run, not many merges.
    costs: list[list[float]] = []
    backs: list[list[int]] = []
    src_runs: list[list[float]] = []
    tgt_runs: list[list[float]] = []
    src_ext: list[list[bool]] = []
    tgt_ext: list[list[bool]] = []
    empty: dict[int, float] = {}
    for i in range(i0, i1 + 1):
        lo, hi = bands[i]
        li = i - i0  # rows of this search so far
        width = hi - lo + 1
        row = [inf] * width
        back = [0] * width
        srun = [inf] * width
        trun = [inf] * width
        sext = [False] * width
        text = [False] * width
        brk = sb[i]
        sim1 = sim.get(i - 1, empty) if li >= 1 else empty
        sim0 = sim.get(i - 2, empty) if li >= 2 else empty
        simz = sim.get(i - 3, empty) if li >= 3 else empty
        one1 = ones.get(i - 1, empty) if li >= 1 else empty
        same1 = i - 1 in same
        if li >= 1:
            plo, phi = bands[i - 1]
            prev = costs[li - 1]
            pbrk = sb[i - 1]
            pback = backs[li - 1]
            prun = src_runs[li - 1]
            l1, v1 = ls1[i - 1], vs1[i - 1]
        if li >= 2:
            qlo, qhi = bands[i - 2]
            prev2 = costs[li - 2]
            l2, v2 = ls2[i - 2], vs2[i - 2]
            s2 = sj[i - 2]
        if li >= 3:
            rlo, rhi = bands[i - 3]
            prev3 = costs[li - 3]
            l3, v3 = ls3[i - 3], vs3[i - 3]
            s3 = sj[i - 3] + sj[i - 2]
        for j in range(lo, hi + 1):
            if li == 0 and j == j0:
                row[j - lo] = 0.0
                continue
            best = inf
            move = 0
            if j > lo:  # 0-1
                c = row[j - 1 - lo] + skip
                e = trun[j - 1 - lo] + extend
                if e < c:
                    c = e
                    text[j - lo] = True
                trun[j - lo] = c
                if brk and tb[j] and not tb[j - 1] and not text[j - lo] and _LINK_MOVE[back[j - 1 - lo]]:
                    c -= mismatch  # one sentence left unlinked after a link ends the paragraph: refunded
                if c < best:
                    best, move = c, 2
            if li >= 1:
                if plo <= j <= phi:  # 1-0
                    c = prev[j - plo] + skip
                    e = prun[j - plo] + extend
                    if e < c:
                        c = e
                        sext[j - lo] = True
                    srun[j - lo] = c
                    if brk and tb[j] and not pbrk and not sext[j - lo] and _LINK_MOVE[pback[j - plo]]:
                        c -= mismatch
                    if c < best:
                        best, move = c, 1
                if j >= 1 and plo <= j - 1 <= phi:  # 1-1
                    d = lt1[j - 1] - l1
                    v = vt1[j - 1]
                    d = d * d * (v if v > v1 else v1)
                    if same1 and -j in sim1:
                        d = 0.0  # the same text on both sides
                    c = prev[j - 1 - plo] + (d if d < top else top) + one1.get(j - 1, 0.0)
                    if c < best:
                        best, move = c, 0
                if j >= 2 and plo <= j - 2 <= phi:  # 1-2
                    d = lt2[j - 2] - l1
                    v = vt2[j - 2]
                    d = d * d * (v if v > v1 else v1)
                    c = prev[j - 2 - plo] + tj[j - 2] + (d if d < top else top)
                    if sim1:
                        g = sim1.get(j - 2, 0.0) + sim1.get(j - 1, 0.0)
                        if g:
                            c -= gain(g)
                    if c < best:
                        best, move = c, 4
                if j >= 3 and plo <= j - 3 <= phi:  # 1-3
                    d = lt3[j - 3] - l1
                    v = vt3[j - 3]
                    d = d * d * (v if v > v1 else v1)
                    c = prev[j - 3 - plo] + tj[j - 3] + tj[j - 2] + (d if d < top else top)
                    if sim1:
                        g = sim1.get(j - 3, 0.0) + sim1.get(j - 2, 0.0) + sim1.get(j - 1, 0.0)
                        if g:
                            c -= gain(g)
                    if c < best:
                        best, move = c, 7
            if li >= 2:
                if j >= 1 and qlo <= j - 1 <= qhi:  # 2-1
                    d = lt1[j - 1] - l2
                    v = vt1[j - 1]
                    d = d * d * (v if v > v2 else v2)
                    c = (
                        prev2[j - 1 - qlo]
                        + s2
                        + (d if d < top else top)
                        - gain(sim0.get(j - 1, 0.0) + sim1.get(j - 1, 0.0))
                    )
                    if c < best:
                        best, move = c, 3
                if j >= 2 and qlo <= j - 2 <= qhi:  # 2-2
                    d = lt2[j - 2] - l2
                    v = vt2[j - 2]
                    d = d * d * (v if v > v2 else v2)
                    t2 = tj[j - 2]
                    c = prev2[j - 2 - qlo] + s2 + t2 + (d if d < top else top)
                    if s2 >= _JOIN and t2 >= _JOIN:
                        c -= 1.0
                    g = sim0.get(j - 2, 0.0) + sim0.get(j - 1, 0.0) + sim1.get(j - 2, 0.0) + sim1.get(j - 1, 0.0)
                    if g:
                        c -= gain(g)
                    if c < best:
                        best, move = c, 5
            if li >= 3 and j >= 1 and rlo <= j - 1 <= rhi:  # 3-1
                d = lt1[j - 1] - l3
                v = vt1[j - 1]
                d = d * d * (v if v > v3 else v3)
                c = prev3[j - 1 - rlo] + s3 + (d if d < top else top)
                g = simz.get(j - 1, 0.0) + sim0.get(j - 1, 0.0) + sim1.get(j - 1, 0.0)
                if g:
                    c -= gain(g)
                if c < best:
                    best, move = c, 6
            row[j - lo] = best + mismatch if brk != tb[j] else best
            back[j - lo] = move
        costs.append(row)
        backs.append(back)
        src_runs.append(srun)
        tgt_runs.append(trun)
        src_ext.append(sext)
        tgt_ext.append(text)
    # Trace back from (n, m).
    path = []
    touched: list[int] = []
    i, j = i1, j1
    state = 0  # 0: best of the cell, 1: in a run of 1-0 links, 2: in a run of 0-1 links
    while i > i0 or j > j0:
        lo, hi = bands[i]
        if (j - lo < 2 and lo > j0) or (hi - j < 2 and hi < j1):
            touched.append(i)
        if state == 0:
            move = backs[i - i0][j - lo]
            if move in (1, 2):
                state = move
                continue
            di, dj, _ = _MOVES[move]
            pi, pj = i - di, j - dj
            link = costs[i - i0][j - lo] - costs[pi - i0][pj - bands[pi][0]]
        else:
            runs, ext = (src_runs, src_ext) if state == 1 else (tgt_runs, tgt_ext)
            di, dj = (1, 0) if state == 1 else (0, 1)
            pi, pj = i - di, j - dj
            stays = ext[i - i0][j - lo]
            before = (runs if stays else costs)[pi - i0][pj - bands[pi][0]]
            link = runs[i - i0][j - lo] - before
            state = state if stays else 0
        path.append((pi, pj, di, dj, link))
        i, j = pi, pj
    path.reverse()
    return path, touched


def _one_to_one(
    sim: dict[int, dict[int, float]], first: int, last: int
) -> tuple[dict[int, dict[int, float]], set[int]]:
    """The anchors' part of the cost of a 1-1 link of source unit i with target unit j, where it is not zero: minus the
    gain of what the two share, plus ``_MISPLACED`` of the gain of what one of them shares with a neighbour of the other
    instead (source i with target j - 1 or j + 1, target j with source i - 1 or i + 1) beyond that. A link that leaves a
    sentence's number or name to the next link is likely one sentence off (a sentence dropped, or split by the
    translator, just before). Also the source units that have a unit of identical text in the target (see
    _similarities)."""
    empty: dict[int, float] = {}
    out: dict[int, dict[int, float]] = {}
    same: set[int] = set()
    log1p, scale = math.log1p, _ANCHOR_WEIGHT * 2.0  # _gain, inlined: this runs for every unit of every search
    for i in range(first, last):
        own = sim.get(i, empty)
        best: dict[int, float] = {}
        for j, weight in own.items():
            if j < 0:
                same.add(i)
                continue
            if weight > best.get(j - 1, 0.0):
                best[j - 1] = weight
            if weight > best.get(j + 1, 0.0):
                best[j + 1] = weight
        for row in (sim.get(i - 1, empty), sim.get(i + 1, empty)):
            for j, weight in row.items():
                if weight > best.get(j, 0.0):
                    best[j] = weight
        costs = {j: -scale * log1p(weight / 2.0) for j, weight in own.items() if j >= 0}
        for j, weight in best.items():
            if weight > own.get(j, 0.0) and j >= 0:
                costs[j] = costs.get(j, 0.0) + _MISPLACED * scale * log1p((weight - own.get(j, 0.0)) / 2.0)
        out[i] = costs
    return out, same


def _gain(weight: float) -> float:
    """Cost taken off a link for the anchors it shares. Concave: many anchors say the same thing, and a
    merged link gains less than the separate links would, so that shared words do not pull merges."""
    return _ANCHOR_WEIGHT * 2.0 * math.log1p(weight / 2.0) if weight else 0.0


def length_deviation(length: float, expected: float) -> float:
    """How far a target of ``length`` characters is from the ``expected`` length, in standard deviations of the
    aligner's model of the log length ratio (see _VAR_FLOOR: about 0.19 for a sentence of 100 characters, 0.25 for
    one of 30); negative when shorter."""
    spread = math.sqrt(_VAR_FLOOR + _VAR_SHORT / (expected + _SMOOTH))
    return math.log((length + _SMOOTH) / (expected + _SMOOTH)) / spread


def _inverse_variance(length: float) -> float:
    return 1.0 / (2.0 * (_VAR_FLOOR + _VAR_SHORT / (length + _SMOOTH)))


def _length_terms(lengths: Sequence[int], count: int, ratio: float) -> tuple[list[float], list[float]]:
    """Log length (scaled by ``ratio``) and 1 / (2 var) of each run of ``count`` units."""
    sums = [sum(lengths[k : k + count]) * ratio for k in range(len(lengths) - count + 1)]
    return [math.log(x + _SMOOTH) for x in sums], [_inverse_variance(x) for x in sums]


def _similarities(
    src_tokens: Sequence[dict[str, float]],
    tgt_tokens: Sequence[dict[str, float]],
    weights: dict[str, float],
    where: dict[str, list[int]],
    bands: list[tuple[int, int]],
    first: int,
    last: int,
) -> dict[int, dict[int, float]]:
    """Shared-anchor weight of each source unit (of rows ``first`` to ``last``) with the target units its band can
    reach (``where``: the target units that have each anchor, from ``_places``)."""
    sims: dict[int, dict[int, float]] = {}
    for i in range(first, last):
        tokens = src_tokens[i]
        # Rows i+1 to i+3 reach back to unit i with their links.
        reach = bands[i + 1 : min(i + 4, last + 1)]
        lo = min(band[0] for band in reach) - 3
        hi = max(band[1] for band in reach)
        row: dict[int, float] = {}
        for token in tokens:
            weight = weights.get(token)
            if weight is None:
                continue
            places = where[token]
            for k in range(bisect_left(places, lo), bisect_right(places, hi)):
                j = places[k]
                row[j] = row.get(j, 0.0) + weight
        # Near-identical sentences (an embed left untranslated) have the length ratio 1, not the learned one:
        # mark them with a negative key so that the 1-1 move skips the length cost.
        for j in [j for j, w in row.items() if w >= 2.0]:
            other = tgt_tokens[j]
            if len(tokens.keys() & other.keys()) >= 0.6 * min(len(tokens), len(other)) >= 2:
                row[-1 - j] = 1.0
        sims[i] = row
    return sims


def _places(tgt_tokens: Sequence[dict[str, float]], weights: dict[str, float]) -> dict[str, list[int]]:
    """The target units that have each anchor, in order."""
    where: dict[str, list[int]] = defaultdict(list)
    for j, tokens in enumerate(tgt_tokens):
        for token in tokens:
            if token in weights:
                where[token].append(j)
    return where


# --- output ----------------------------------------------------------------------------------------


def _links(src: _Side, tgt: _Side, moves: Sequence[tuple[int, int, float]]) -> list[Pair]:
    """Pairs with offsets from a sequence of (source count, target count, link cost)."""
    pairs = []
    i = j = 0
    typical = (
        max(1.0, sum(src.lengths) / max(1, len(src.lengths))),
        max(1.0, sum(tgt.lengths) / max(1, len(tgt.lengths))),
    )
    for di, dj, cost in moves:
        s_start, s_end = _span(src, i, di)
        t_start, t_end = _span(tgt, j, dj)
        if di and dj:
            confidence = math.exp(-max(0.0, cost) / _CONFIDENCE_SCALE)
        elif not src.spans or not tgt.spans:
            confidence = 1.0  # nothing on the other side to link to
        else:
            # A skip's cost is a fixed prior and says nothing about it. An unmatched sentence as long as
            # a typical one is a clear omission (addition); a short one (a caption, a 【関連記事】 line)
            # might belong to a neighbour.
            length = src.lengths[i] if di else tgt.lengths[j]
            confidence = 0.55 + 0.4 * (1.0 - math.exp(-length / typical[0 if di else 1]))
        pairs.append(Pair(s_start, s_end, t_start, t_end, confidence, di, dj, i, j))
        i += di
        j += dj
    return pairs


class _Cutter:
    """Cuts a sentence that a heading was run into, where the other side has the break.

    A link of one sentence to several units of the other side, joined there at a soft break (a heading run into the
    text with a space, see _Side), is cut in two when a point of that sentence (a space before a capital, a digit or
    an opening quote) gives two links that cost less than the one: "Regulators Approve New Bitcoin ETFs The
    Securities and …" ↔ "規制当局がビットコインETFを承認 米証券取引委員会は…" becomes two links."""

    def __init__(
        self,
        src: _Side,
        tgt: _Side,
        weights: dict[str, float],
        ratio: float,
        tokens: Callable[[str], dict[str, float]],
    ) -> None:
        self.src, self.tgt, self.weights, self.ratio, self.tokens = src, tgt, weights, ratio, tokens

    def all(self, pairs: list[Pair]) -> list[Pair]:
        """The pairs with each cut made; a unit left unlinked (0-1, 1-0) that a soft break joins to a linked unit
        may go with it into the cut."""
        out: list[Pair] = []
        k = 0
        while k < len(pairs):
            pair = pairs[k]
            for source in (True, False):
                one = pair.src_count if source else pair.tgt_count
                if one != 1:
                    continue
                many = self.tgt if source else self.src
                first, count = (pair.tgt_index, pair.tgt_count) if source else (pair.src_index, pair.src_count)
                before = after = 0  # unlinked units of ``many`` taken from the pairs before and after
                while len(out) > before and _unlinked(out[-1 - before], source) and many.soft[first - 1]:
                    before, first, count = before + 1, first - 1, count + 1
                while (
                    k + 1 + after < len(pairs)
                    and _unlinked(pairs[k + 1 + after], source)
                    and many.soft[first + count - 1]
                ):
                    after, count = after + 1, count + 1
                cut = self._cut(pair, source, first, count) if count >= 2 else None
                if cut is not None:
                    del out[len(out) - before :]
                    out.extend(self.all(cut))  # each piece may hold another heading
                    k += after
                    break
            else:
                out.append(pair)
            k += 1
        return out

    def names(self, source: bool) -> Counter[str]:
        """How often each capitalized word follows a lower-case word (or a comma) in the text of the cut side."""
        side = self.src if source else self.tgt
        if side.names is None:
            side.names = Counter(m.group(1) for m in _AFTER_LOWER.finditer(side.document.text))
        return side.names

    def _inside_heading(self, text: str, start: int, left: int, right: int, end: int, source: bool) -> bool:
        """Whether a cut between ``text[start:left]`` and ``text[right:end]`` falls inside a headline in title case:
        the left piece is in title case and the right one goes on in title case, with a capitalized common word after
        its first word before sentence case begins ("The Government Is Letting | Corporate Polluters Off the Hook Jane
        Doe, a former …": inside a sentence a common word is not capitalized, unless it follows a name's word: Martin
        Porter). A right piece that starts with a sentence's usual first word (The, In) is not one."""
        after = _HEADING_WORD.match(text, right)
        if after is None:
            return False
        names = self.names(source)
        if not _title_case(text[start:left]) or _SENTENCE_START.match(text, right):
            return False
        name = not _common_word(after.group(), names)  # the word before is a name's (Martin Porter, not Off the Hook)
        for word in _HEADING_WORD.findall(text, after.end(), end):
            if word[0].islower() and word not in _NO_HEADING_END:
                return False  # sentence case has begun
            common = word[0].isupper() and _common_word(word, names)
            if common and not name:
                return True
            name = word[0].isupper() and not common
        return False

    def _opened(self, text: str, start: int, left: int, source: bool) -> bool:
        """Whether a sentence begins inside ``text[start:left]``: a capitalized word of the grammar or common word
        after a lower-case word that a title does not leave in lower case ("… political system In a recent incident
        involving"). Such a piece is a heading and the start of a sentence, and needs a unit of the other side for each
        (a cut of it again)."""
        names = self.names(source)
        for opener in _AFTER_LOWER_WORD.finditer(text, start, left):
            word = opener.group(2)
            if opener.group(1) not in _NO_HEADING_END and (
                _name_parts().get(word.lower()) == "function" or _common_word(word, names)
            ):
                return True
        return False

    def _cut(self, pair: Pair, source: bool, first: int, count: int) -> list[Pair] | None:
        """Two pairs for ``pair``, whose one unit on its ``source`` side (else target side) is linked to ``count``
        units of the other side from ``first``; None when no cut costs less."""
        one, many = (self.src, self.tgt) if source else (self.tgt, self.src)
        start, end = (pair.src_start, pair.src_end) if source else (pair.tgt_start, pair.tgt_end)
        text = one.document.text
        # A stop the splitter did not take (". @user", "... https", "? and") may end a sentence anywhere; a heading
        # run into the text ends only where the other side has a soft break.
        stops = [
            (m.end(1), m.end(), 0.0, False)
            for m in _MISSED_STOP.finditer(text, start, end)
            if text[m.start() - 1] != "." or not _abbreviation(text, max(start, m.start() - 20), m.start())
        ]
        heads = [
            (
                m.start(),
                m.end(),
                _HEADING_CUT + _cut_prior(text, start, m.start(), m.end(), self.names(source)),
                self._opened(text, start, m.start(), source),
            )
            for m in _CUT_POINT.finditer(text, start, end)
            if _last_word(text, max(start, m.start() - 20), m.start()).lower() not in _NO_HEADING_END
            and not self._inside_heading(text, start, m.start(), m.end(), end, source)
        ]
        # A left piece in which a sentence begins is cut again: it takes two units of the other side at least.
        joints = [
            (q, [point for point in heads if q > 1 or not point[3]] + stops if many.soft[first + q - 1] else stops)
            for q in range(1, count)
        ]
        if not any(points for _, points in joints):
            return None
        joins = many.cut_joins
        here = self._cost(text[start:end], many, first, count, joins, source)
        best: tuple[float, int, int, int] | None = None
        for q, points in joints:
            for left_end, right_start, prior, _ in points:
                if left_end - start < _MIN_PIECE or end - right_start < _MIN_PIECE:
                    continue
                cost = (
                    prior
                    + self._cost(text[start:left_end], many, first, q, joins, source)
                    + self._cost(text[right_start:end], many, first + q, count - q, joins, source)
                )
                if cost < here and (best is None or cost < best[0]):
                    best = (cost, q, left_end, right_start)
        if best is None:
            return None
        _, q, left_end, right_start = best
        head_many = (many.spans[first][0], many.spans[first + q - 1][1])
        tail_many = (many.spans[first + q][0], many.spans[first + count - 1][1])
        if source:
            return [
                replace(
                    pair, src_end=left_end, tgt_start=head_many[0], tgt_end=head_many[1], tgt_count=q, tgt_index=first
                ),
                replace(
                    pair,
                    src_start=right_start,
                    tgt_start=tail_many[0],
                    tgt_end=tail_many[1],
                    tgt_count=count - q,
                    tgt_index=first + q,
                ),
            ]
        return [
            replace(pair, tgt_end=left_end, src_start=head_many[0], src_end=head_many[1], src_count=q, src_index=first),
            replace(
                pair,
                tgt_start=right_start,
                src_start=tail_many[0],
                src_end=tail_many[1],
                src_count=count - q,
                src_index=first + q,
            ),
        ]

    def _cost(self, piece: str, many: _Side, first: int, count: int, joins: list[float], source: bool) -> float:
        """The cost of linking ``piece`` (of the one side) with ``count`` units of ``many`` from ``first``."""
        length = len(piece) - piece.count(" ")
        other = sum(many.lengths[first : first + count])
        src_length, tgt_length = (length, other) if source else (other, length)
        d = math.log(self.ratio * src_length + _SMOOTH) - math.log(tgt_length + _SMOOTH)
        d = d * d * max(_inverse_variance(self.ratio * src_length), _inverse_variance(tgt_length))
        if not _TERMINAL_MARK.search(piece):
            d /= _HEADING_SPREAD  # a heading's length says less: headlines are rewritten, not translated word by word
        mine = self.tokens(piece)
        theirs: dict[str, float] = {}
        for unit in range(first, first + count):
            theirs.update(self.tokens(many.texts[unit]))
        shared = sum(self.weights.get(token, 0.0) for token in mine.keys() & theirs.keys())
        return min(d, _MAX_LENGTH_COST) + sum(joins[first : first + count - 1]) - _gain(shared)


def _cut_prior(text: str, start: int, left: int, right: int, names: Counter[str]) -> float:
    """What a cut between ``text[start:left]`` and ``text[right:]`` costs by the words around it: nothing before a
    sentence's usual first word (a number only where no lower-case word precedes it: "… rise 30%" is one clause) or
    after a closing bracket; little where a heading in title case ends and a sentence
    starts ("… Fuels House Republican Civil War | Conservative spending hawks"); ``_PLAIN_CUT`` elsewhere."""
    start_word = _SENTENCE_START.match(text, right)
    if start_word and text[right].isdigit() and _last_word(text, max(start, left - 20), left)[:1].islower():
        start_word = None  # a number after a lower-case word is the verb's: "… in Ukraine rise | 30%"
    if start_word or text[left - 1] in ")]" or _common_after_lower(text, left, right, names):
        return 0.0
    if _LOWER_FOLLOWS.match(text, right) and _title_case(text[start:left]):
        return _PLAIN_CUT / 4
    return _PLAIN_CUT


def _common_after_lower(text: str, left: int, right: int, names: Counter[str]) -> bool:
    """Whether a lower-case word ends ``text[:left]`` and a capitalized common word starts ``text[right:]``: "… amid
    circular economy drive | Move will also help …". Inside a sentence a capital after a lower-case word starts a name,
    never a common word; a word is common when the dictionary glosses with it, the document does not write it so
    elsewhere (Germany is a gloss too, but "… in Germany" names it) and it is not a word of names (en/name_parts.tsv:
    a day or month, a title, a generic head such as Lake)."""
    before = _last_word(text, max(0, left - 20), left)
    word = _FIRST_WORD.match(text, right)
    if not before or not before[0].islower() or word is None:
        return False
    return _common_word(word.group(), names)


def _common_word(word: str, names: Counter[str]) -> bool:
    """Whether ``word`` is a common word, not a word of names: the dictionary glosses with it, the document does not
    write it capitalized after a lower-case word elsewhere, and it is not a word of names (en/name_parts.tsv)."""
    return names[word] < 2 and _name_parts().get(word.lower()) in (None, "function") and bool(english_stems(word))


def _title_case(heading: str) -> bool:
    """Whether every word of ``heading`` but the small ones (of, in, for) is capitalized, three words at least."""
    words = [word for word in _HEADING_WORD.findall(heading) if word.lower() not in _NO_HEADING_END]
    return len(words) >= 3 and all(word[0].isupper() or word[0].isdigit() for word in words)


def _abbreviation(text: str, start: int, end: int) -> bool:
    """Whether the word before the full stop at ``end`` is an abbreviation (Jan., Mr.) or an initial."""
    word = _last_word(text, start, end - 1)
    return len(word) == 1 or word.lower() in _abbreviations()


def _last_word(text: str, start: int, end: int) -> str:
    """The word that ``text[start:end]`` ends with (before any punctuation and spaces); empty for none."""
    found = _LAST_WORD.search(text, start, end)
    return found.group(1) if found else ""


@cache
def _name_parts() -> dict[str, str]:
    return {row.word: row.role for row in get_lexicon("en").table(NamePartRow)}


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(row.word for row in get_lexicon(COMMON).table(AbbreviationRow))


def _unlinked(pair: Pair, source: bool) -> bool:
    """Whether ``pair`` is a unit of the other side than ``source`` left unlinked (0-1 for source=True)."""
    return (pair.src_count, pair.tgt_count) == ((0, 1) if source else (1, 0))


def _span(side: _Side, index: int, count: int) -> tuple[int, int]:
    """Offsets of ``count`` sentences from ``index``; an empty span where a missing one would be."""
    if count:
        return side.spans[index][0], side.spans[index + count - 1][1]
    if index:
        end = side.spans[index - 1][1]
        return end, end
    start = side.spans[0][0] if side.spans else 0
    return start, start

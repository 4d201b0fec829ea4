"""House style: the choices a publication makes consistently, measured in a text, and what a configuration says.

A consistent choice is the publication's, not the machine's: an article that writes half-width brackets
throughout is quiet, and so is one that writes テスラ or Tesla throughout. What is a finding is the minority form
of an article that mixes, or a form that contradicts the house style configured in ``[style]`` (written by hand or
by ``auditor style learn``). This module counts the forms (for the rules and for the learner); the rules decide.

Dimensions and their values (``consistent``, the default, means "whatever the article does most"):

- ``brackets``, ``question``, ``exclamation``, ``colon``, ``semicolon``: ``full`` or ``half`` width in Japanese
  prose (（）？！：； or ()?!:;);
- ``register``: ``polite`` (です/ます) or ``plain`` (だ/である);
- ``latin_spacing``: ``none`` (Xboxのゲーム, JTF's 3.1.1) or ``space`` (Xbox のゲーム) between a kana or kanji and a
  Latin word or numeral (``auditor.analysis.latin_spacing``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from auditor.languages.scripts import KANA, KANJI, KATAKANA, lazy_pattern

if TYPE_CHECKING:
    from auditor.analysis.context import Analysis
    from auditor.lexicons import Lexicon

CONSISTENT = "consistent"
# The punctuation dimensions: (half-width mark, full-width mark).
WIDTH_MARKS: dict[str, tuple[str, str]] = {
    "brackets": ("(", "（"),
    "question": ("?", "？"),
    "exclamation": ("!", "！"),
    "colon": (":", "："),
    "semicolon": (";", "；"),
}
# Every mark, either width, to its dimension: ? and ？ are "question"; ( ) （ ） are "brackets".
MARK_DIMENSION = {mark: name for name, marks in WIDTH_MARKS.items() for mark in marks}
MARK_DIMENSION |= {")": "brackets", "）": "brackets"}
# Every dimension and the values a configuration may give it.
DIMENSIONS: dict[str, tuple[str, ...]] = {
    **{name: ("full", "half", CONSISTENT) for name in WIDTH_MARKS},
    "register": ("polite", "plain", CONSISTENT),
    "latin_spacing": ("none", "space", CONSISTENT),
}

_JA = f"{KANA}{KANJI}"
# A half-width mark touching Japanese letters on the side that matters (a bracket on either side), and a full-width
# mark anywhere (only Japanese text writes them). One pass each, over the whole text. Each pattern starts with its
# mark and looks behind from there: a pattern that starts with a look-behind is tried at every character (60x slower).
_HALF = {
    "brackets": f"\\((?:(?<=[{_JA}]\\()|(?=[{_JA}]))",
    "question": f"\\?(?:(?<=[{_JA}]\\?)|(?<=[{_JA}][ \u3000]\\?))",
    "exclamation": f"!(?:(?<=[{_JA}]!)|(?<=[{_JA}][ \u3000]!))",
    "colon": f":(?:(?<=[{_JA}]:)(?!\\d)|(?<!\\d:)(?=[{_JA}]))",
    "semicolon": f";(?:(?<=[{_JA}];)|(?=[{_JA}]))",
}


@cache
def _half(name: str) -> re.Pattern[str]:
    """``_HALF[name]`` compiled on first use: each costs ~3 ms to compile (two classes of kanji), and an article
    without the half-width mark never needs it."""
    return re.compile(_HALF[name])


@dataclass(frozen=True)
class WidthCounts:
    half: int
    full: int

    def majority(self) -> str | None:
        """``full`` or ``half`` when one is written more often, else None. A tie goes to full-width, the Japanese
        convention: an article that mixes the two equally has not chosen half-width."""
        if self.full and self.full >= self.half:
            return "full"
        if self.half > self.full:
            return "half"
        return None


def width_counts(text: str) -> dict[str, WidthCounts]:
    """How often ``text`` writes each punctuation dimension half-width and full-width in Japanese prose."""
    return {
        # Each pattern starts with its half-width mark: where the text has none, there is nothing to count.
        name: WidthCounts(len(_half(name).findall(text)) if half in text else 0, text.count(full))
        for name, (half, full) in WIDTH_MARKS.items()
    }


def expected_width(dimension: str, configured: Mapping[str, str], counts: Mapping[str, WidthCounts]) -> str | None:
    """The width a mark of ``dimension`` should have here: the configured one, else the article's majority (None:
    the article is consistent or undecided, so neither width is wrong)."""
    wanted = configured.get(dimension, CONSISTENT)
    if wanted != CONSISTENT:
        return wanted
    # The article's choice for this mark; where the article does not show one (a lone "?"), its choice for all
    # marks together: a text that sets （） and ： full-width has chosen full-width.
    pooled = WidthCounts(sum(c.half for c in counts.values()), sum(c.full for c in counts.values()))
    return counts[dimension].majority() or pooled.majority()


class StyleError(ValueError):
    """A ``[style]`` table that names an unknown dimension or value."""


def check_style(style: Mapping[str, object], where: str = "") -> dict[str, str]:
    """``style`` as validated ``{dimension: value}``; StyleError naming what is wrong."""
    out = {}
    for name, value in style.items():
        if name not in DIMENSIONS:
            raise StyleError(f"unknown style {name!r}{where}; known: {', '.join(DIMENSIONS)}")
        if value not in DIMENSIONS[name]:
            raise StyleError(f"style {name} = {value!r}{where}: use one of {', '.join(DIMENSIONS[name])}")
        out[name] = str(value)
    return out


# --- learning a house style from a publication's own articles ----------------------------------------------------


@dataclass
class Learned:
    """What a corpus says about one dimension: the counts of each form and the verdict."""

    dimension: str
    forms: tuple[str, ...] = ()  # for a name: every spelling it has, learned or not
    counts: Counter[str] = field(default_factory=Counter)  # form → occurrences in the corpus
    articles: Counter[str] = field(default_factory=Counter)  # form → articles that use it more than the other
    value: str | None = None  # the learned form, or None
    reason: str = ""

    @property
    def share(self) -> float:
        total = sum(self.counts.values())
        return max(self.counts.values()) / total if total else 0.0


# A form is learned when the corpus uses it at least this often and this share of the time, in enough articles.
MIN_OCCURRENCES = 20
MIN_SHARE = 0.9
MIN_ARTICLES = 3


def judge(learned: Learned) -> Learned:
    """Fill ``value`` and ``reason``: a form the corpus uses often, nearly always and in several articles."""
    total = sum(learned.counts.values())
    if total < MIN_OCCURRENCES:
        learned.reason = f"too few uses to tell ({total}, at least {MIN_OCCURRENCES} needed)"
        return learned
    form, count = learned.counts.most_common(1)[0]
    if count / total < MIN_SHARE:
        shown = ", ".join(f"{name} {share / total:.0%}" for name, share in learned.counts.most_common())
        learned.reason = f"mixed ({shown}; {MIN_SHARE:.0%} of one form needed)"
        return learned
    if learned.articles[form] < MIN_ARTICLES:
        learned.reason = f"{form} in only {learned.articles[form]} articles ({MIN_ARTICLES} needed)"
        return learned
    learned.value = form
    learned.reason = f"{form} in {count / total:.0%} of {total} uses, {learned.articles[form]} articles"
    return learned


def learn_widths(texts: Iterable[str]) -> dict[str, Learned]:
    """The punctuation widths a corpus writes, dimension by dimension."""
    learned = {name: Learned(name) for name in WIDTH_MARKS}
    for text in texts:
        for name, counts in width_counts(text).items():
            learned[name].counts["half"] += counts.half
            learned[name].counts["full"] += counts.full
            majority = counts.majority()
            if majority:
                learned[name].articles[majority] += 1
    return {name: judge(item) for name, item in learned.items()}


def learn_register(documents: Iterable[Analysis]) -> Learned:
    """The register a corpus writes its prose in: the article's own polite or plain sentences, the ones the
    register rule counts (quotations, interview turns, the site's boilerplate and asides left out)."""
    from auditor.analysis.register import register_sentences, the_articles_own

    learned = Learned("register")
    for analysis in documents:
        counts: Counter[str] = Counter()
        for register, sentences in register_sentences(analysis).items():
            own = sum(1 for sentence, _match in sentences if the_articles_own(analysis, sentence))
            if own:
                counts[register] = own
        learned.counts.update(counts)
        if counts:
            top, count = counts.most_common(1)[0]
            if count * 2 > sum(counts.values()):
                learned.articles[top] += 1
    return judge(learned)


def learn_latin_spacing(documents: Iterable[Analysis]) -> Learned:
    """Whether a corpus spaces the boundaries between Japanese and Latin words (``space``) or not (``none``): the
    boundaries whitespace.japanese-latin counts, an article counting for the form it writes more often."""
    from auditor.analysis.latin_spacing import glued_boundaries, spaced_boundaries

    learned = Learned("latin_spacing")
    for analysis in documents:
        spaced, glued = len(analysis.memo(spaced_boundaries)), analysis.memo(glued_boundaries)
        learned.counts["space"] += spaced
        learned.counts["none"] += glued
        if spaced != glued:
            learned.articles["space" if spaced > glued else "none"] += 1
    learned.counts = +learned.counts
    return judge(learned)


# A name is learned from fewer uses than a mark: an entity is named a few times per article.
MIN_NAME_USES = 5
MIN_NAME_ARTICLES = 2


def learn_spellings(texts: Sequence[str], lexicon: Lexicon) -> list[Learned]:
    """For each name of ``people.tsv`` the corpus writes, the spelling it writes (Latin or one of its katakana
    forms) when it writes one nearly always: the learned rows make every other spelling a finding."""
    from auditor.lexicons.schema import PersonRow

    found = []
    for person in lexicon.table(PersonRow):
        forms = dict.fromkeys((person.latin, *person.katakana))
        patterns = {form: _whole_word(form) for form in forms}
        learned = Learned(person.latin, tuple(forms))
        for text in texts:
            # A gloss in brackets (テスラ（Tesla）) is no choice of spelling.
            text = lazy_pattern(_BRACKETED).sub("", text)
            counts = Counter({form: len(pattern.findall(text)) for form, pattern in patterns.items()})
            counts = +counts
            learned.counts.update(counts)
            if counts:
                learned.articles[counts.most_common(1)[0][0]] += 1
        if learned.counts:
            found.append(_judge_name(learned))
    return found


_BRACKETED = r"[（(][^（）()\n]{0,60}[）)]"  # compiled on first use (lazy_pattern), as _SPACED_QUOTE


def _judge_name(learned: Learned) -> Learned:
    total = sum(learned.counts.values())
    form, count = learned.counts.most_common(1)[0]
    if total < MIN_NAME_USES:
        learned.reason = f"too few uses to tell ({total}, at least {MIN_NAME_USES} needed)"
    elif count / total < MIN_SHARE:
        learned.reason = f"mixed ({', '.join(f'{name} {n}' for name, n in learned.counts.most_common())})"
    elif learned.articles[form] < MIN_NAME_ARTICLES:
        learned.reason = f"{form} in only {learned.articles[form]} article ({MIN_NAME_ARTICLES} needed)"
    else:
        learned.value = form
        learned.reason = f"{form} in {count / total:.0%} of {total} uses, {learned.articles[form]} articles"
    return learned


def _whole_word(form: str) -> re.Pattern[str]:
    """``form`` not inside a longer Latin or katakana word."""
    edge = "A-Za-z0-9" if form[:1].isascii() else KATAKANA
    return re.compile(f"(?<![{edge}]){re.escape(form)}(?![{edge}])")


@dataclass
class LearnedStyle:
    """What ``auditor style learn`` found in a corpus, and how sure it is."""

    articles: int
    dimensions: list[Learned]
    spellings: list[Learned]

    @property
    def learned(self) -> list[Learned]:
        return [item for item in (*self.dimensions, *self.spellings) if item.value]

    def to_toml(self, origin: str) -> str:
        """An ``auditor.toml`` holding the learned style, each value with how sure it is, and what was not learned."""
        lines = [
            f"# Learned by `auditor style learn` from {self.articles} articles ({origin}).",
            "# Each value says how often the corpus wrote it; what the corpus does not show clearly is left out.",
            "",
            "[style]",
        ]
        for item in self.dimensions:
            if item.value:
                lines.append(f'{item.dimension} = "{item.value}"  # {item.reason}')
        for item in self.dimensions:
            if not item.value:
                lines.append(f"# {item.dimension}: not learned, {item.reason}")
        for item in self.spellings:
            if not item.value:
                continue
            for form in item.forms:
                if form != item.value:
                    lines += [
                        "",
                        "[[lexicon.preferred_spellings]]",
                        f"variant = {_toml_string(form)}",
                        f"preferred = {_toml_string(item.value)}",
                        f"note = {_toml_string('learned: ' + item.reason)}",
                    ]
        return "\n".join(lines) + "\n"


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def learn(documents: Sequence[Analysis]) -> LearnedStyle:
    """Learn a house style from a publication's own edited articles (analysed in their language)."""
    texts = [analysis.text for analysis in documents]
    dimensions = [*learn_widths(texts).values(), learn_register(documents), learn_latin_spacing(documents)]
    spellings = learn_spellings(texts, documents[0].lexicon) if documents else []
    return LearnedStyle(len(documents), dimensions, spellings)


# --- spacing conventions ----------------------------------------------------------------------------------------

_SPACES = " \u3000\u00a0"


@cache
def _spaced_question() -> re.Pattern[str]:
    """A space after a full-width ？ or ！ that ends a sentence, with Japanese or a figure going on on the same line
    (JTF 4.2.x: the space sets the next sentence off, whatever it opens with: 高すぎるか？ 30ドルだって。; not a Latin
    letter, which may open a link that needs its space: 勝てた！ https://…). Compiled on first use (~3 ms for the kanji
    class): only a text with ？ or ！ needs it."""
    return re.compile(f"[？！][{_SPACES}]+(?=[{_JA}0-9０-９])")


# A space after 。 with more text after it on its line.
_SPACED_PERIOD = re.compile(f"。[{_SPACES}]+(?=[^\\s])")
# A corner bracket of a quotation with a space on either side of it (the pattern starts with the mark: fast).
_SPACED_QUOTE = f"[「」『』](?:(?<=[{_SPACES}][「」『』])|(?=[{_SPACES}]))"
_QUOTE_MARKS = "「」『』"


def house_style(chosen: int, total: int | Callable[[], int], minimum: int, share: float) -> bool:
    """True when a spacing an article chose ``chosen`` times is its house style: at least ``minimum`` of them and at
    least ``share`` of the ``total`` places where it could have chosen (a callable: counted only when ``minimum`` is
    reached). The options ``house_style_min`` and ``house_style_share`` of the spacing rules."""
    if chosen < minimum:
        return False
    return chosen >= share * (total() if callable(total) else total)


def run_together_sentences(text: str) -> bool:
    """True when the text's spaces after 。 inside a line are leftovers (paragraphs run together, or a slip), not a
    convention.

    A space after a full-width ？ or ！ before the next sentence on its line is the custom of JTF's style guide, and a
    writer who follows it separates sentences, or a transcript's turns, with a space: its spaces after 。 are the same
    convention. Otherwise Japanese sets no space after 。 (JIS X 4051 gives the mark its own space), and even a single
    one in a whole article is an editor's fix: a slip of the keyboard, or the one seam of two paragraphs run together.

    Measured (documents with a space after 。 before more text on its line):

    ==========================================  =========  ===============  ==================
    where                                       one space  two or more,     two or more, also
                                                           none after ？！  after ？ or ！
    ==========================================  =========  ===============  ==================
    dev pages, pages11–14 (four annotators)     10 docs,   –                –
                                                8 of the
                                                spaces
                                                annotated
    earlier dev pages (machine-translated)      0          7 docs, 36       0
                                                           spaces (32
                                                           annotated)
    WMT23/24 human references, all domains      9 docs     8 docs, 27       16 docs, 47
    ==========================================  =========  ===============  ==================

    A lone space was left alone until the page sets pages11–14 showed their annotators fixing it: 8 of the 10 lone
    spaces of their dev parts annotated (pages12, pages13 and pages14 all of theirs; pages11's annotator neither of
    its two). The 9 lone spaces of the WMT references are reported now too: slips a translator's editor would fix.

    (References re-measured when a figure after ？ or ！ began to count as the next sentence: 9 docs, 30 spaces and 15
    docs, 44 before; the one that moved is a transcript whose next turn opens with a figure, and its 3 spaces after 。
    between turns are no longer reported.)

    Two or more spaces after 。 (or 」 ？ ！), ASCII, ideographic or no-break, before more text on the line: a paragraph
    break the page's copy flattened, which an annotator might leave, or a slip? Every such run, and whether a
    markup/whitespace span covers it (the fresh pages, which have no spans, judged by hand):

    ==========================================  ====  =========  ===============================================
    where                                       runs  marked     the runs
    ==========================================  ====  =========  ===============================================
    dev pages11, 12, 13, 15                     0     –
    dev pages14                                 1     1          3 spaces inside a paragraph of a translated page
                                                                 that keeps its other paragraph breaks as lines
    dev pages16                                 2     0          one native page printed on one line; its README
                                                                 leaves flattened paragraph breaks alone
    fresh pages of issue fresh32                1     left       a line break and the paragraphs' one-space indent
                                                                 (``sentence_gaps.lost_indent``: not reported)
    fresh pages of issue fresh32b               1     1 (judge)  a radio news feed on one line whose other
                                                                 paragraph breaks are one space each, all judged right
    fresh pages of issue reg33                  0     –
    WMT23/24 human references, all domains      0     –
    ==========================================  ====  =========  ===============================================

    Two of the three annotated documents mark the run, as dev2's annotator marked its runs of 3 or 4 spaces (a set
    since lost); only pages16's annotator leaves them, on one page. So a run of two or more after 。 stays a finding
    (whitespace.between-japanese before Japanese, whitespace.after-sentence-mark before a figure or a Latin word),
    except a line break and the article's paragraph indent run together (``lost_indent``). A rule for the one-line
    page alone (a text with no line break has lost all its paragraph breaks) would rest on one page either way.
    """
    if not ("。 " in text or "。\u3000" in text or "。\u00a0" in text):
        return False
    if _SPACED_PERIOD.search(text) is None:
        return False
    return not spaces_its_sentences(text)


def spaces_its_sentences(text: str) -> bool:
    """True when the text puts a space after a full-width ？ or ！ before the next sentence on its line (JTF 4.2.x):
    a writer, or a transcript, that separates its sentences with a space by convention."""
    return ("？" in text or "！" in text) and _spaced_question().search(text) is not None


def spaced_quotes(text: str) -> tuple[int, int]:
    """(corner brackets 「」『』 with a space beside them, all corner brackets) of the text."""
    total = sum(text.count(mark) for mark in _QUOTE_MARKS)
    if not total:
        return 0, 0
    return len(lazy_pattern(_SPACED_QUOTE).findall(text)), total

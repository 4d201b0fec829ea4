"""Names of the source rendered by the meaning of their words in the translation (Arctic Monkeys → 北極猿, Lake Bled
→ 出血湖, Real Madrid → 本物のマドリード): shared by source.brand-as-word and source.name-as-word.

No list of names is needed: the source says what is a name. For each sentence pair aligned with confidence:

1. The names of the source sentence: runs of capitalised words (Arctic Monkeys, Lake Bled, Tim Cook). A run that
   starts a sentence (or a quotation) proves nothing by its capital, so a lone word there counts only when the rest
   of the document writes it capitalised mid-sentence and never in lower case, or when it is a company of the name
   tables (Target, Shell); a later word of such a run is capitalised for its own sake, unless English capitalises it
   by rule (Last Friday; not Green Day); in a headline in title case only such confirmed words count. Joining words
   (of, the), generic heads and modifiers (Lake, University, North; en/name_parts.tsv) are not what a name is called
   by; a name holding the mark of an institution (Court, Party, Ministry) is rendered by meaning by convention and is
   skipped, and a title (Queen, Prince) counts only alone and without "the" (the band Queen, not the Queen).
2. Each of its other words is looked up, as written and then as the dictionary lists it (monkeys → monkey, bled →
   bleed: en/word_forms.tsv), in ``word_renderings.tsv`` (English words → their common Japanese renderings, generated
   from JMdict). The word is rendered by meaning when one of those renderings is a whole word of the aligned target
   sentence (as MeCab splits it, in the dictionary form for verbs and adjectives), while the target writes neither
   the word in Latin letters nor in katakana (a katakana run with its consonant skeleton, or one of its loanwords).
   A rendering glued to the rendering of the name's generic word in one word MeCab knows (鮭川 for Salmon River)
   counts too, unless JMdict glosses that word with the whole name (黄河). The renderings of the word's WordNet
   synonyms (the table's ``synonyms``: cowboy → cattleman → 牛飼い) count like the gloss table's words: only joined
   to the rest of the name in the target.
3. Nothing is reported when the source also uses the word in lower case in that sentence (the queen, a shell), when
   the target writes the name as a dictionary knows it (``known_names.tsv``: Red Cross → 赤十字, Reading → レディング),
   or writes the conventional rendering of the capitalised word (Mars → 火星).

The finding points at the rendered words of the target (北極猿), with the name's Japanese form when a dictionary
knows it, else the Latin name, as the suggestion.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.analysis.dictionary import english_stems, japanese_words
from auditor.analysis.morph import tokens
from auditor.analysis.name_literals import company_slot, ordinary_use
from auditor.languages.scripts import KATAKANA
from auditor.languages.translit import skeleton
from auditor.lexicons import Lexicon
from auditor.lexicons.schema import (
    BrandRow,
    CreditLabelRow,
    KnownNameRow,
    NameLiteralRow,
    NamePartRow,
    WordFormRow,
    WordRenderingRow,
)

if TYPE_CHECKING:
    from auditor.analysis.context import Analysis
    from auditor.document import Pair

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_KATAKANA_RUN = re.compile(f"[{KATAKANA}]+(?:[・･=＝][{KATAKANA}]+)*")
_COMPANY_KINDS = frozenset({"brand", "company", "product", "organization"})
# A sentence with at least this many content words (not of en/name_parts.tsv's function words), all capitalised but
# one in this many at most, is a headline in title case ("Harbour Board to Open New Ferry Terminal").
_TITLE_CASE_WORDS = 4
_TITLE_CASE_SLACK = 8
# Consonant skeletons shorter than this say little: a one-consonant word is "kept" only by a katakana word of that
# skeleton alone (Real by レアル, not by マドリード, which holds the l of Real too).
_SHORT_SKELETON = 2
_RUN_WORDS = re.compile("[・･=＝]")
# Parts of speech of grammar words, which no rendering of a name's word is made of.
_GRAMMAR = frozenset({"助詞", "助動詞", "記号"})
# What follows a katakana name of a people or a faith: アメリカ人, ヒンドゥー教徒, ラテン系, マサイ族.
_PEOPLE = ("人", "教徒", "系", "族", "民")
_DEMONYM_ENDS = ("ians", "ans", "ian", "an", "ese", "ish", "s", "n")  # Americans → americ-: アメリカ人
# Characters between two rendered words that still make one rendering of a name (緑の日, 本物のマドリード).
_GLUE = frozenset("のな・")
# A gloss stem shorter than this (sky, arm, ace) is glossed on too many words of the gloss table.
_GLOSS_STEM = 4


@dataclass(frozen=True)
class RenderedName:
    """A name of the source whose words the translation renders by their meaning."""

    name: str  # as the source writes it
    src_start: int
    src_end: int
    start: int  # the rendered words in the target
    end: int
    renderings: tuple[tuple[str, str], ...]  # (source word, its rendering in the target)
    suggestion: str
    brand: bool  # a company, brand or product (source.brand-as-word), else any other name (source.name-as-word)


@dataclass(frozen=True)
class _Names:
    """What the target lexicon knows of names: single-word companies, and names by kind."""

    companies: frozenset[str]  # single-word company, brand and product names, case-folded (target, shell, delta)
    kinds: dict[str, str]  # lower-case name → the kind of the name tables
    suggestions: dict[str, str]  # lower-case name → its usual Japanese form
    # lower-case name → the literal renderings name_literals.tsv gives the whole name (Continental → 大陸, Buffalo →
    # 水牛), for a name the word table renders otherwise (continental: 大陸性); names with a rest in Latin left out
    literals: dict[str, tuple[str, ...]]


def _build_names(lexicon: Lexicon) -> _Names:
    companies: set[str] = set()
    kinds: dict[str, str] = {}
    suggestions: dict[str, str] = {}
    literals: dict[str, tuple[str, ...]] = {}
    for row in lexicon.table(BrandRow):
        for name in (row.brand, *(form for form in row.proper if form.isascii())):
            kinds.setdefault(name.casefold(), "brand")
            if row.proper:
                suggestions.setdefault(name.casefold(), row.proper[0])
            if " " not in name:
                companies.add(name.casefold())
    if lexicon.has_table(NameLiteralRow):
        generated: dict[str, set[str]] = {}
        for lrow in lexicon.table(NameLiteralRow):
            generated.setdefault(lrow.name.casefold(), set()).add(lrow.kind)
            if lrow.proper:
                suggestions.setdefault(lrow.name.casefold(), lrow.proper[0])
            if not lrow.rest:
                key = lrow.name.casefold()
                literals[key] = (*literals.get(key, ()), *(f for f in lrow.literals if f not in literals.get(key, ())))
        for name, found in generated.items():
            # A name that is a company and a town (Phoenix) is no sure company: source.name-as-word reports it.
            kinds.setdefault(name, next(iter(found)) if len(found) == 1 else "name")
            if found <= _COMPANY_KINDS and " " not in name:
                companies.add(name)
    return _Names(frozenset(companies), kinds, suggestions, literals)


def _parts(lexicon: Lexicon) -> dict[str, str]:
    """en/name_parts.tsv: word → function, generic, title or institution."""
    return {row.word: row.role for row in lexicon.table(NamePartRow)} if lexicon.has_table(NamePartRow) else {}


def _forms(lexicon: Lexicon) -> dict[str, str]:
    return {row.form: row.lemma for row in lexicon.table(WordFormRow)} if lexicon.has_table(WordFormRow) else {}


@dataclass(frozen=True)
class _SourceWords:
    """The source document's own evidence about its capitalised words."""

    capitalised: frozenset[str]  # words written capitalised somewhere not at the start of a sentence
    lowercase: frozenset[str]  # words written in lower case somewhere
    sentence_starts: tuple[int, ...]


def _source_words(source: Analysis) -> _SourceWords:
    text = source.text
    sentences = source.doc.sentences
    starts = tuple(sentence.start for sentence in sentences)
    parts = source.lexicon.compiled(_parts)
    capitalised: set[str] = set()
    lowercase: set[str] = set()
    for sentence in sentences:
        headline = _title_case(text, sentence.start, sentence.end, parts)
        opening = True  # still in the run of capitalised words that opens the sentence ("The Hoops pushed")
        for match in _WORD.finditer(text, sentence.start, sentence.end):
            word = match.group()
            if word[0].islower():
                lowercase.add(word)
                opening = False
            elif _initial(text, match.start(), starts):
                opening = True
            elif not headline and not opening:
                capitalised.add(word)
    return _SourceWords(frozenset(capitalised), frozenset(lowercase), starts)


# What may stand between the start of a sentence and its first word: spaces, quotes and brackets, or a speaker's tag
# ("(PERSON3) But…").
_LEAD = re.compile(r"(?:[\s\"“‘'(（\[「『]|\([^()]{0,40}\)|\[[^\[\]]{0,40}\])*")
_STOPS = ".!?)]）」』–—"
# After a colon English capitalises the first word when a sentence follows ("Sign up now: Get smarter"), not in a list
# of names ("three cities: Phoenix, Seattle and Boston"): a word followed by a comma, a conjunction or the end.
_LIST_ITEM = re.compile(r"[A-Za-z'’\-]*\s*(?:[,;]|and\b|or\b|$)")


def _initial(text: str, start: int, starts: Sequence[int]) -> bool:
    """The word at ``start`` opens its sentence, a quotation or a bracket, or follows a stop, a dash or a colon inside
    its sentence (a colon before a sentence, not before a list: _LIST_ITEM): its capital proves nothing."""
    at = bisect_right(starts, start) - 1
    head = starts[at] if at >= 0 else 0
    between = text[head:start]
    if _LEAD.fullmatch(between):
        return True
    before = between.rstrip(" \t\r\n\"“‘'(（[「『")
    if before.endswith(":"):
        return _LIST_ITEM.match(text, start) is None
    return not before or before[-1] in _STOPS


@dataclass(frozen=True)
class _Phrase:
    words: tuple[tuple[str, int, int], ...]  # (word, start, end) in the source
    initial: bool  # the first word opens a sentence or quotation
    after_the: bool  # "the" stands right before it
    quoted: bool  # inside quotation marks: the title of a work, rendered by meaning by convention
    next_word: str  # the word after it ("" at the end)
    after_number: bool  # a number stands right before it: its first word is a unit (3 1/2 Stars, 10 Things)

    @property
    def text(self) -> str:
        return " ".join(word for word, _, _ in self.words)


_PRONOUN_I = re.compile(r"I(?:['’][a-z]+)?")
# Lower-case words that join the capitalised parts of one name: Department of Planning, Suicide & Crisis Lifeline.
_JOINERS = frozenset({"of", "and", "&", "for", "on", "the", "de", "du", "des", "la", "le", "von", "van", "der"})


def _phrases(text: str, start: int, end: int, evidence: _SourceWords) -> list[list[_Phrase]]:
    """Runs of capitalised words in ``text[start:end]`` (split at anything but a single space or hyphen), grouped
    where lower-case joining words link them into one longer name (Department of Homeland Security)."""
    runs: list[list[tuple[str, int, int]]] = []
    run: list[tuple[str, int, int]] = []
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        capital = word[0].isupper() and not (len(word) > 1 and word.isupper()) and not _PRONOUN_I.fullmatch(word)
        joined = bool(run) and text[run[-1][2] : match.start()] in (" ", "-")
        if capital and (joined or not run):
            run.append((word, match.start(), match.end()))
            continue
        if run:
            runs.append(run)
        run = [(word, match.start(), match.end())] if capital else []
    if run:
        runs.append(run)
    groups: list[list[_Phrase]] = []
    for number, found in enumerate(runs):
        phrase = _phrase(text, found, evidence, start, end)
        between = text[runs[number - 1][-1][2] : found[0][1]].split() if number else []
        if groups and between and all(word.lower() in _JOINERS for word in between) and len(between) <= 2:
            groups[-1].append(phrase)
        else:
            groups.append([phrase])
    return groups


def _phrase(text: str, run: list[tuple[str, int, int]], evidence: _SourceWords, start: int, end: int) -> _Phrase:
    first, last = run[0][1], run[-1][2]
    before = text[max(0, first - 4) : first]
    following = _WORD.search(text, last, end)
    opened = text[start:first]
    quoted = opened.count('"') % 2 == 1 or opened.count("“") > opened.count("”")
    return _Phrase(
        tuple(run),
        _initial(text, first, evidence.sentence_starts),
        before.lower().endswith("the "),
        quoted,
        following.group() if following is not None and following.start() - last <= 2 else "",
        bool(re.search(r"[0-9][0-9/.,]*\s*$", text[max(start, first - 12) : first])),
    )


def _descriptive(
    text: str, group: Sequence[_Phrase], parts: dict[str, str], listed: Callable[[str], bool] = lambda word: True
) -> bool:
    """A name made of descriptions, which translations render by meaning by convention: it holds the mark of an
    institution, a law, an event or a work (Department of Homeland Security, Cost of Living Act, Suicide & Crisis
    Lifeline), describes one (the Cost of Living legislation, its Safety Information Analysis page), ends in a
    title (Development & Management Consultant), or is a phrase of common words joined by "of" (Cost of Living,
    where University of Bath and Lake of the Woods have a generic head)."""
    words = [word for phrase in group for word, _, _ in phrase.words]
    if any(_role(word, parts) == "institution" for word in words):
        return True
    last = group[-1]
    if last.next_word[:1].islower() and _role(last.next_word, parts) == "institution":
        return True
    if _role(words[-1], parts) == "title" and not _group_title(words[-1], words, parts, listed) and len(words) > 1:
        return True
    for phrase in group[:-1]:
        head = phrase.words[-1]
        joined = text[head[2] : head[2] + 4].lower()
        if joined.startswith(" of ") and _role(head[0], parts) not in ("generic", "title", "time"):
            return True
    return False


def _common_head(
    text: str, group: Sequence[_Phrase], parts: dict[str, str], names: _Names, evidence: _SourceWords
) -> bool:
    """The group is a lone word opening its sentence, joined by "of" (and "the") to a run of two capitalised words or
    more (Fans of the Green Bay Packers, Residents of Cape Town): the opening word's capital is the sentence's, and
    what follows "of" is a name of its own; not when the whole holds the mark of an institution (Department of
    Homeland Security), nor when the opening word is itself a name or a name's part (Bank of England)."""
    if len(group) < 2 or len(group[0].words) != 1 or not group[0].initial or len(group[1].words) < 2:
        return False
    word, _, end = group[0].words[0]
    if _role(word, parts) is not None or _confirmed(word, names, evidence):
        return False
    if any(_role(w, parts) == "institution" for phrase in group for w, _, _ in phrase.words):
        return False
    joined = text[end : group[1].words[0][1]].lower().split()
    return joined in (["of"], ["of", "the"])


def _role(word: str, parts: dict[str, str]) -> str | None:
    """The role of ``word`` in en/name_parts.tsv, its possessive 's left out (President's is a title)."""
    lower = word.lower()
    if lower.endswith(("'s", "’s")):
        lower = lower[:-2]
    role = parts.get(lower)
    if role is None and lower.endswith("s") and len(lower) > 3:  # Founding Fathers, Sections
        role = parts.get(lower[:-2] if lower.endswith("ies") else lower[:-1])
    return role


def _group_title(word: str, words: Sequence[str], parts: dict[str, str], listed: Callable[[str], bool]) -> bool:
    """A title in the plural (Kings, Saints) in a name of a group: one person's title stands before a name or ends
    it in the singular (King Charles, Development Consultant), so a plural one beside a word no dictionary lists as a
    common word (Sacramento Kings, Kings of Leon), or alone (Saints), is the name of a team or a band and is judged
    like any other word; beside common words alone it is a description Japanese renders by meaning (Founding
    Fathers: 建国の父)."""
    lower = word.lower()
    if lower in parts or not lower.endswith("s") or lower.endswith(("'s", "’s")) or _role(word, parts) != "title":
        return False
    others = [w for w in words if _role(w, parts) is None]
    return not others or any(not listed(w) for w in others)


def _title_case(text: str, start: int, end: int, parts: dict[str, str]) -> bool:
    capitals = lowers = 0  # content words (not en/name_parts.tsv's function words) by case
    for word in _WORD.findall(text, start, end):
        if word[0].isupper():
            capitals += _role(word, parts) != "function"
        elif parts.get(word) != "function":
            lowers += 1
            if lowers > 1 and lowers > (capitals + lowers) // _TITLE_CASE_SLACK:
                return False  # an ordinary sentence shows it within a few words
    content = capitals + lowers
    return content >= _TITLE_CASE_WORDS and lowers <= content // _TITLE_CASE_SLACK


class _LowerWords:
    """The words a source sentence writes in lower case, as the dictionary lists them; worked out when first asked
    (most sentences have no name to check)."""

    def __init__(self, text: str, start: int, end: int, forms: dict[str, str]) -> None:
        self._span = (text, start, end)
        self._forms = forms
        self._lemmas: set[str] | None = None

    def holds(self, lemmas: Sequence[str]) -> bool:
        if self._lemmas is None:
            text, start, end = self._span
            lower = [w for w in _WORD.findall(text, start, end) if w[0].islower()]
            self._lemmas = {lemma for w in lower for lemma in english_lemmas(w, self._forms)}
        return not self._lemmas.isdisjoint(lemmas)


def english_lemmas(word: str, forms: dict[str, str]) -> list[str]:
    """``word`` and the words a dictionary may list it under: monkeys → monkey, bled → bleed, rolling → roll."""
    out = [word]
    if word in forms:
        out.append(forms[word])
    if word.endswith("'s") or word.endswith("’s"):
        out.append(word[:-2])
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # rolling → roll is the first; running → run
    return list(dict.fromkeys(out))


@dataclass
class _Target:
    """The aligned target sentence, with what is looked up in it."""

    text: str
    offset: int

    def __post_init__(self) -> None:
        self.toks = tokens(self.text)
        self.starts = {t.start for t in self.toks}
        self.ends = {t.end for t in self.toks}
        found = list(_KATAKANA_RUN.finditer(self.text))
        self.runs = [match.group() for match in found]
        self.run_spans = [match.span() for match in found]
        self.skeletons = [skeleton(run) for run in self.runs]
        # The skeletons of the words of each run (ジョン・リー: jn, l), for a word of one consonant.
        self.word_skeletons = [{skeleton(part) for part in _RUN_WORDS.split(run)} for run in self.runs]
        # Runs that name a group of people (アメリカ人, ヒンドゥー教徒): the source word is a demonym, not a name.
        self.people = [self.text.startswith(_PEOPLE, match.end()) for match in found]
        self._glossed: list[tuple[int, int, frozenset[str]]] | None = None

    def find(self, rendering: str) -> tuple[int, int] | None:
        """Where ``rendering`` is a whole word (or words) of the sentence, as written or in dictionary form; words of
        grammar (particles, auxiliaries: the た and が of したが) never make up a rendering."""
        at = self.text.find(rendering)
        while at >= 0:
            end = at + len(rendering)
            if at in self.starts and end in self.ends and self._content(at, end):
                return at, end
            at = self.text.find(rendering, at + 1)
        for token in self.toks:
            if token.base == rendering and token.surface != rendering:
                return token.start, token.end
        return None

    def glued(self, rendering: str, heads: Sequence[str], whole: Sequence[set[str]]) -> tuple[int, int] | None:
        """Where ``rendering`` and one of ``heads`` (the renderings of the name's generic word) make one word of the
        sentence as MeCab splits it, the head last: IPAdic's compound of the two (鮭川 for Salmon River, a Japanese
        village), which ``find`` cannot see, as the rendering is no whole word of it. Not a word that JMdict glosses
        with every one of ``whole`` (the stems of the name's words): the name's conventional rendering (黄河, glossed
        "Yellow river")."""
        for token in self.toks:
            surface = token.surface
            if surface.startswith(rendering) and surface[len(rendering) :] in heads:
                glosses = [stems for start, end, stems in japanese_words(surface) if (start, end) == (0, len(surface))]
                if not any(all(not found.isdisjoint(stems) for stems in whole) for found in glosses):
                    return token.start, token.end
        return None

    def _content(self, start: int, end: int) -> bool:
        inside = [t for t in self.toks if start <= t.start and t.end <= end]
        if len(inside) == 1:
            return inside[0].pos not in _GRAMMAR
        return all(t.pos not in _GRAMMAR or (t.surface == "の" and t is not inside[-1]) for t in inside)

    def glossed(self, stems: set[str]) -> list[tuple[int, int]]:
        """Where the sentence's words whose English glosses (ja/anchor_words.tsv) hold one of ``stems`` (a word's, by
        dictionary.english_stems) stand, whole words as MeCab splits the sentence, not proper nouns (東京 is glossed
        Tokyo: the name written rightly); nothing for a stem shorter than _GLOSS_STEM."""
        stems = {found for found in stems if len(found) >= _GLOSS_STEM}
        if not stems:
            return []
        if self._glossed is None:
            proper = {t.start for t in self.toks if t.pos1 == "固有名詞"}
            self._glossed = [
                (start, end, stems)
                for start, end, stems in japanese_words(self.text)
                if start in self.starts and end in self.ends and start not in proper
            ]
        return [(start, end) for start, end, glosses in self._glossed if not stems.isdisjoint(glosses)]

    def glossed_whole(self, words: Sequence[set[str]]) -> bool:
        """One word of the sentence is glossed with every one of ``words`` (each a word's stems, two words or more):
        the dictionary's rendering of the whole name (天の川, glossed Milky Way), not its words one by one."""
        if len(words) < 2 or not self.glossed(words[0]):
            return False
        assert self._glossed is not None
        return any(all(not glosses.isdisjoint(stems) for stems in words) for _, _, glosses in self._glossed)

    def joined(self, span: tuple[int, int], other: tuple[int, int]) -> bool:
        """``span`` and ``other`` are one phrase of the sentence: nothing between them but の, な or ・, or the ending
        of the first (想像|する, 優れ|た, 穏やか|な)."""
        (_, left_end), (right_start, _) = sorted((span, other))
        if left_end > right_start:
            return False
        between = [t for t in self.toks if left_end <= t.start and t.end <= right_start]
        if "".join(t.surface for t in between) != self.text[left_end:right_start]:
            return False
        return all(
            t.surface in _GLUE or t.pos == "助動詞" or (t.pos == "動詞" and t.base == "する") for t in between
        )

    def latin(self, word: str) -> bool:
        return re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", self.text, re.IGNORECASE) is not None

    def sounds_like(self, word: str) -> bool:
        """A katakana run of the sentence transliterates ``word`` (its consonant skeleton holds the word's)."""
        return self._run(word) is not None

    def people_of(self, word: str) -> bool:
        """``word`` is transliterated as a group of people: ヒンドゥー教徒 for Hindus, アメリカ人 for Americans."""
        for stem in (word, *(word[: -len(end)] for end in _DEMONYM_ENDS if word.endswith(end))):
            at = self._run(stem) if len(stem) >= 3 else None
            if at is not None and self.people[at]:
                return True
        return False

    def run_span(self, word: str) -> tuple[int, int] | None:
        """Where the katakana run that transliterates ``word`` stands."""
        at = self._run(word)
        return None if at is None else self.run_spans[at]

    def _run(self, word: str) -> int | None:
        key = skeleton(word)
        if not key:
            return None
        for at, found in enumerate(self.skeletons):
            if len(key) < _SHORT_SKELETON:
                if key in self.word_skeletons[at]:
                    return at  # Real is レアル, Lee is リー; not a run that merely holds the consonant (マドリード)
            elif key in found and len(found) >= len(key):
                return at
        return None


def rendered_names(analysis: Analysis) -> tuple[RenderedName, ...]:
    """The names of the source rendered by meaning in the target, pair by confident pair (memoised per analysis)."""
    source = analysis.source
    if source is None:
        return ()
    lexicon = analysis.lexicon
    if not lexicon.has_table(WordRenderingRow):
        return ()
    parts = source.lexicon.compiled(_parts)
    forms = source.lexicon.compiled(_forms)
    names = lexicon.compiled(_build_names)
    evidence = source.memo(_source_words)
    found: dict[tuple[int, int], RenderedName] = {}
    for pair in analysis.confident_pairs:
        if pair.tgt_end <= pair.tgt_start or pair.src_end <= pair.src_start:
            continue
        for name in _pair(analysis, source, pair, parts, forms, names, evidence):
            # One finding per rendering in the target: a name the source sentence mentions twice (Apple … Apple)
            # finds the same りんご twice; the first mention stays its evidence.
            found.setdefault((name.start, name.end), name)
    return tuple(found.values())


def _pair(
    analysis: Analysis,
    source: Analysis,
    pair: Pair,
    parts: dict[str, str],
    forms: dict[str, str],
    names: _Names,
    evidence: _SourceWords,
) -> list[RenderedName]:
    text = source.text
    headline = _title_case(text, pair.src_start, pair.src_end, parts)
    lower_here = _LowerWords(text, pair.src_start, pair.src_end, forms)
    labels = source.lexicon.compiled(_labels)

    def listed(word: str) -> bool:
        return _listed(word.lower(), forms, analysis.lexicon)

    target: _Target | None = None
    out: list[RenderedName] = []
    for group in _phrases(text, pair.src_start, pair.src_end, evidence):
        if _descriptive(text, group, parts, listed):
            if not _common_head(text, group, parts, names, evidence):
                continue
            group = group[1:]  # "Fans of the Green Bay Packers": the name after the sentence's opening word
            if _descriptive(text, group, parts, listed):
                continue
        for phrase in group:
            if phrase.quoted:
                continue  # "Memories of the Land and Water": a work's title is translated by meaning
            if _credit_label(text, phrase, labels):
                continue  # "Picture: AP": the label of a caption (en/credit_labels.tsv), which Japanese writes 写真
            for words, after_the, by_table in _candidates(
                phrase,
                headline,
                parts,
                names,
                evidence,
                lambda word: bool(_splits(word, forms, analysis.lexicon)),
                lambda word: _lower_case_time(word, forms, analysis.lexicon),
            ):
                if target is None:
                    target = _Target(analysis.text[pair.tgt_start : pair.tgt_end], pair.tgt_start)
                lone_title = after_the or phrase.next_word[:1].isupper() or _role(phrase.next_word, parts) == "function"
                rendered = _rendered(words, lone_title, parts, forms, lower_here, target, analysis.lexicon)
                if rendered is None:
                    continue
                if (
                    by_table
                    and not _predicate_next(phrase, text, parts, forms)
                    and not any(
                        company_slot(analysis.lexicon, target.text, start, end) for _, _, start, end in rendered[0]
                    )
                ):
                    continue  # only a company table says it is a name, and the target uses it as a word (りんご園)
                name = _finding(words, *rendered, target, names, analysis.lexicon)
                if _title_in_quotes(target.text, name.start - target.offset, name.end - target.offset):
                    continue  # 「指輪物語」, 「風と共に去りぬ」: a work's Japanese title, not its words one by one
                out.append(name)
    return out


def _labels(lexicon: Lexicon) -> frozenset[str]:
    """en/credit_labels.tsv's labels of one word (Picture, Credit, Source)."""
    if not lexicon.has_table(CreditLabelRow):
        return frozenset()
    return frozenset(row.label for row in lexicon.table(CreditLabelRow) if " " not in row.label)


def _credit_label(text: str, phrase: _Phrase, labels: frozenset[str]) -> bool:
    """The phrase is a one-word caption or credit label with its colon (Picture: AP, Source: Reuters)."""
    if len(phrase.words) != 1:
        return False
    word, _, end = phrase.words[0]
    return word in labels and text[end : end + 1] in (":", "：")


_QUOTES = {"「": "」", "『": "』"}
_JAPANESE_WORD = re.compile("[\u3041-\u309f\u3400-\u9fff々]")  # hiragana or kanji


def _title_in_quotes(text: str, start: int, end: int) -> bool:
    """The name as the target writes it lies inside a quotation of the target that holds Japanese words besides it:
    the quoted Japanese title of a work (「指輪物語」 for The Lord of the Rings), which renders the title as a whole.
    A quotation that is the rendered name alone (ワープロソフト「単語」, 「北極猿」), or with a model's letters and
    numbers (「銀河S25」), is the name rendered word by word."""
    for opening, closing in _QUOTES.items():
        left = text.rfind(opening, 0, start)
        if left < 0 or text.find(closing, left, start) >= 0:
            continue
        right = text.find(closing, end)
        if right >= 0 and text.find(opening, end, right) < 0:
            rest = text[left + 1 : start] + text[end:right]
            return _JAPANESE_WORD.search(rest) is not None  # 物語 in 「指輪物語」; not S25 in 「銀河S25」
    return False


def _candidates(
    phrase: _Phrase,
    headline: bool,
    parts: dict[str, str],
    names: _Names,
    evidence: _SourceWords,
    compound: Callable[[str], bool] = lambda word: False,
    lower_time: Callable[[str], bool] = lambda word: False,
) -> Iterator[tuple[tuple[tuple[str, int, int], ...], bool, bool]]:
    """The names a run of capitalised words holds (itself, or the words of it that something confirms), each with
    whether "the" stands before it, and whether only a company table makes it a name (a lone word opening its
    sentence: Apple in "Apple orchards were damaged" is as likely the fruit)."""
    words = phrase.words
    if headline:
        for item in words:
            if _confirmed(item[0], names, evidence):
                yield (item,), False, not _written_as_name(item[0], evidence)
        return
    after_the = phrase.after_the
    if phrase.after_number:
        words = words[1:]  # 3 1/2 Stars Remedy: a count of stars, then the name
        if not words:
            return
    if phrase.initial:
        # "The Rolling Stones": after a joining word a run of several capitalised words is a name.
        if _role(words[0][0], parts) == "function":
            after_the = words[0][0].lower() == "the"
            words = words[1:]
            while words and _role(words[0][0], parts) == "function":
                words = words[1:]
            if len(words) == 1 and not _confirmed(words[0][0], names, evidence):
                return  # "The Government said": a lone word after an opening "The" may be a common noun
            by_table = len(words) == 1 and not _written_as_name(words[0][0], evidence)
        else:
            # A lone word opening a sentence (Shares, Reading), or one followed only by time words or titles (Last
            # Friday), is a name only when the document or a name table says so; Devils Tower is one. The sentence
            # explains the capital of its first word only: a time word English writes in lower case (day, night,
            # winter: _lower_case_time) capitalised after it is part of a name (Green Day, Johnny Winter), where a
            # weekday or a month is capitalised by rule (Last Friday, Early May).
            content = [
                w
                for w, _, _ in words[1:]
                if _role(w, parts) not in ("function", "time", "title") or (_role(w, parts) == "time" and lower_time(w))
            ]
            # A word before the initials of its kind is a name: Wolves FC, Hearts AFC (initials end the run).
            kind = phrase.next_word.isupper() and _role(phrase.next_word, parts) == "generic"
            # So is a word no dictionary lists that is two words it does list (Coldplay, Snapchat): English writes
            # its compounds of two words in one only once they are dictionary words; the target must then render
            # both, side by side (_compound_spot).
            kind = kind or (not content and compound(words[0][0]))
            if not content and not kind and not _confirmed(words[0][0], names, evidence):
                return
            by_table = not content and not kind and not _written_as_name(words[0][0], evidence)
        if not words:
            return
        yield words, after_the, by_table
        return
    yield words, after_the, False


def _lower_case_time(word: str, forms: dict[str, str], lexicon: Lexicon) -> bool:
    """A time word English writes in lower case (day, nights, winter): one the word table lists as a common word with
    no conventional rendering of the capitalised word. JMdict glosses weekdays and months capitalised only (Friday,
    March: 三月, May: 五月), so the table lists them not at all or with a conventional rendering: their capital is the
    rule's, not a name's. Measured on the WMT English sources (WMT23 en-ja and ja-en, WMT24 en-ja, WMT22 QE; 6,063
    lines): outside headlines in title case, a run opening a sentence whose later words are all function words, titles
    or time words, one such time word among them, occurs once, and is a name (Johnny Winter)."""
    rows = [row for lemma in english_lemmas(word.lower(), forms) for row in lexicon.lookup(WordRenderingRow, lemma)]
    return bool(rows) and not any(row.conventional for row in rows)


def _confirmed(word: str, names: _Names, evidence: _SourceWords) -> bool:
    """A capitalised word that is a name whatever its place: the document writes it so mid-sentence and never in lower
    case, or it is a company, brand or product of the name tables."""
    if word.casefold() in names.companies:
        return True
    return _written_as_name(word, evidence)


_DETERMINERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "all", "no"}
)


def _predicate_next(phrase: _Phrase, text: str, parts: dict[str, str], forms: dict[str, str]) -> bool:
    """A lone word opening its sentence is followed by what a subject is: a grammar word (Delta is, Ford will), a
    verb in the past (Apple unveiled, Shell said: -ed or en/word_forms.tsv's irregular forms), or its possessive or a
    comma; not by a noun it modifies (Apple orchards, Visa applications)."""
    return _predicate_at(text, phrase.words[-1][2], phrase.next_word, parts, forms)


def _predicate_at(text: str, end: int, word: str, parts: dict[str, str], forms: dict[str, str]) -> bool:
    if text[end : end + 1] in (",", "'", "’"):
        return True
    if not word or word[0].isupper():
        return False
    lower = word.lower()
    if _role(lower, parts) == "function" or lower.endswith("ed") or lower in forms:
        return True
    # A word with its object's determiner after it is a verb (Target cut its forecast, Apple plans a launch); a noun
    # the name would modify is followed by a verb (Apple orchards were damaged).
    following = _WORD.match(text, text.find(word, end) + len(word) + 1)
    return following is not None and following.group().lower() in _DETERMINERS


def _written_as_name(word: str, evidence: _SourceWords) -> bool:
    """The document writes ``word`` capitalised mid-sentence and never in lower case."""
    return word in evidence.capitalised and word.lower() not in evidence.lowercase


def _rendered(
    words: tuple[tuple[str, int, int], ...],
    not_alone: bool,
    parts: dict[str, str],
    forms: dict[str, str],
    lower_here: _LowerWords,
    target: _Target,
    lexicon: Lexicon,
) -> tuple[list[tuple[str, str, int, int]], list[tuple[int, int]]] | None:
    """(source word, rendering, start, end in the target sentence) of the name's words rendered by meaning, and the
    spans of the rest of the name beside them (its katakana, its generic words), or None when none is rendered.

    ``not_alone``: "the" stands before the name, or a capitalised word or a joining word follows it: a title there is
    a title (the Queen, President von der Leyen), not a name (Queen played)."""
    name = " ".join(w for w, _, _ in words)
    bare = re.sub(r"^the ", "", name, flags=re.IGNORECASE)
    for known in {*lexicon.lookup(KnownNameRow, name), *lexicon.lookup(KnownNameRow, bare)}:
        if any(form in target.text for form in known.forms):
            return None  # written as a dictionary knows it: 赤十字, レディング
    if target.latin(bare) or target.sounds_like(bare.replace(" ", "")):
        return None
    if any(target.people_of(form) for word, _, _ in words for form in english_lemmas(word.lower(), forms)):
        return None  # Devout Hindus, Young Americans: people described, not a name
    alone = len([w for w, _, _ in words if _role(w, parts) != "function"]) == 1
    out: list[tuple[str, str, int, int]] = []
    beside: list[tuple[int, int]] = []  # the rest of the name in the target: its katakana, its generic words
    # The parts of the name placed in the target, for the words found only through the gloss table: (start, end,
    # the word's place in the name, a generic word's rendering), and those words with where the target has them.
    anchors: list[tuple[int, int, int, bool]] = []
    weak: list[tuple[str, int, list[tuple[int, int]]]] = []
    # The renderings of the name's generic words (River: 川), which Japanese puts after the name's own word.
    heads = tuple(
        r
        for word, _, _ in words
        if _role(word, parts) == "generic"
        for row in lexicon.lookup(WordRenderingRow, word.lower())
        for r in row.renderings
    )
    for place, (word, _, _) in enumerate(words):
        lower = word.lower().removesuffix("'s").removesuffix("’s")
        role = _role(word, parts)
        kept = target.run_span(lower)
        if kept is not None:
            beside.append(kept)  # 真珠ジャム: Jam is kept, and belongs to the finding's span
            anchors.append((*kept, place, False))
        if role in ("generic", "time"):
            generic = next(
                (
                    span
                    for row in lexicon.lookup(WordRenderingRow, lower)
                    for r in (*row.renderings, *row.conventional)
                    if (span := target.find(r))
                ),
                None,
            )
            if generic is not None:
                beside.append(generic)  # 出血湖, 緑の日: rendered rightly, part of the span
                if role == "generic":
                    anchors.append((*generic, place, True))
        if role in ("function", "generic", "time", "institution"):
            continue
        if role == "title" and not (alone and not not_alone):
            # A title is no name's word unless it stands alone, or is a group's plural title (Sacramento Kings).
            names = [w for w, _, _ in words]
            if not _group_title(word, names, parts, lambda w: _listed(w.lower(), forms, lexicon)):
                continue
        lemmas = english_lemmas(lower, forms)
        if lower_here.holds(lemmas) or target.latin(word) or kept is not None:
            continue  # the source uses the common word too (a shell), or the target keeps the name
        own = lexicon.lookup(WordRenderingRow, lower)
        # The word as written, then its regular forms (Rolling: roll); an irregular one only for a word the dictionary
        # does not list (Bled: bleed), for Left is 左, not a form of leave.
        candidates = [lemma for lemma in lemmas[1:] if not (own and forms.get(lower) == lemma)]
        rows = own + tuple(row for lemma in candidates for row in lexicon.lookup(WordRenderingRow, lemma))
        if not rows and len(words) == 1:
            joined = _compound_spot(word, forms, target, lexicon)
            if joined is not None:
                out.append((word, target.text[joined[0] : joined[1]], *joined))
            continue
        loan_at = next((at for row in rows for loan in row.loans if (at := target.text.find(loan)) >= 0), -1)
        if loan_at >= 0:
            loan = next(loan for row in rows for loan in row.loans if target.text.startswith(loan, loan_at))
            beside.append((loan_at, loan_at + len(loan)))  # 想像するドラゴン: Dragons is kept as its loanword
            anchors.append((loan_at, loan_at + len(loan), place, False))
            continue  # the loanword of the word: クイーン for Queen
        if any(target.find(form) for row in rows for form in row.conventional):
            continue  # how the capitalised word is written, as a word of the sentence: 火星 for Mars (聖 for Saint is
            # not the 聖 of 聖人)
        spot = next((span for row in rows for r in row.renderings if (span := target.find(r))), None)
        if spot is None and heads:  # glued to its generic word in one word of the dictionary's (鮭川, 蛇川)
            whole = [english_stems(w.lower()) for w, _, _ in words if _role(w, parts) != "function"]
            spot = next((span for row in rows for r in row.renderings if (span := target.glued(r, heads, whole))), None)
        if spot is None:
            # A compound the dictionary lists by a word of its own (Hotspur: 猪武者) rendered part by part, as a
            # translation that does not know it renders it (熱い拍車), like a compound it does not list (_splits).
            spot = _compound_spot(word, forms, target, lexicon, listed=True)
        if spot is not None:
            out.append((word, target.text[spot[0] : spot[1]], *spot))
            anchors.append((*spot, place, False))
        else:
            # The renderings of its WordNet synonyms (cowboy → cattleman → 牛飼い) and the words the gloss table glosses
            # with it: broad links, which count only where the name stands (_glossed_in_place).
            synonyms = [span for row in rows for r in row.synonyms if (span := target.find(r))]
            glossed = synonyms + target.glossed(english_stems(lower))
            if glossed:
                weak.append((word, place, glossed))
    if weak and target.glossed_whole([english_stems(w.lower()) for w, _, _ in words if _role(w, parts) is None]):
        return None  # 天の川銀河 for Milky Way Galaxy: a word the dictionary glosses with the whole name
    out += _glossed_in_place(weak, anchors, target)
    if not out:
        out = _whole_literal(words, bare, parts, forms, lower_here, target, lexicon)
    if not out:
        out = _kind_words(words, bare, anchors, parts, target, lexicon)
    return (out, beside) if out else None


def _kind_words(
    words: tuple[tuple[str, int, int], ...],
    bare: str,
    anchors: list[tuple[int, int, int, bool]],
    parts: dict[str, str],
    target: _Target,
    lexicon: Lexicon,
) -> list[tuple[str, str, int, int]]:
    """A name made of generic words alone (Cape Town, Grand Canyon, Times Square), which the dictionary knows as a
    name Japanese writes as it sounds (known_names.tsv from JMnedict: ケープタウン; not a conventional rendering),
    rendered word by word: every word's rendering in the target, in the name's order, each joined to the next (岬町,
    大峡谷). Such words are rendered by meaning rightly beside a name (ブレッド湖), so only the dictionary's name
    makes them a name here."""
    content = [place for place, (word, _, _) in enumerate(words) if _role(word, parts) != "function"]
    if len(content) < 2 or any(_role(words[place][0], parts) != "generic" for place in content):
        return []
    if not any(row.kind != "conventional" for row in lexicon.lookup(KnownNameRow, bare)):
        return []
    if any(not generic for _, _, _, generic in anchors):
        return []  # a word of it kept as it sounds (ケープ町): not rendered by meaning
    spans: list[tuple[int, int]] = []
    for place in content:
        spot = next(((start, end) for start, end, at, _ in anchors if at == place), None)
        if spot is None or (spans and not (spans[-1][1] <= spot[0] and target.joined(spans[-1], spot))):
            return []
        spans.append(spot)
    return [(words[place][0], target.text[a:b], a, b) for place, (a, b) in zip(content, spans, strict=True)]


_MIN_PART = 3  # letters of each word of a compound name (Cold|play; not a|part)
_MIN_COMPOUND = 6


def _listed(word: str, forms: dict[str, str], lexicon: Lexicon) -> bool:
    """The word table lists ``word`` or one of its forms (plays → play)."""
    return any(lexicon.lookup(WordRenderingRow, lemma) for lemma in english_lemmas(word, forms))


def _splits(word: str, forms: dict[str, str], lexicon: Lexicon, listed: bool = False) -> list[tuple[str, str]]:
    """The ways a capitalised word that the word table does not list is two words it does (Coldplay: cold, play);
    nothing for a word it lists (unless ``listed``: Hotspur, hot and spur), or one of forms it knows."""
    lower = word.lower()
    if len(lower) < _MIN_COMPOUND or not lower.isalpha() or lower in forms:
        return []
    if not listed and _listed(lower, forms, lexicon):
        return []
    return [
        (lower[:cut], lower[cut:])
        for cut in range(_MIN_PART, len(lower) - _MIN_PART + 1)
        if _listed(lower[:cut], forms, lexicon) and _listed(lower[cut:], forms, lexicon)
    ]


def _compound_spot(
    word: str, forms: dict[str, str], target: _Target, lexicon: Lexicon, listed: bool = False
) -> tuple[int, int] | None:
    """Where the target renders both words of a compound name, the first right before the second (冷たい遊び for
    Coldplay, 黒い石 for Blackstone, 緑の平和 for Greenpeace), each by the word table or, as it is joined to the other,
    by the gloss table; not two words in kanji glued into one, which is how Japanese makes a compound noun and so
    translates an English compound word (魚眼 for Fisheye, 沿岸警備 for Coastguard)."""
    for left, right in _splits(word, forms, lexicon, listed):
        first = _word_spots(left, forms, target, lexicon)
        second = _word_spots(right, forms, target, lexicon)
        for a in first:
            for b in second:
                if a[1] <= b[0] and target.joined(a, b) and not _one_word(target.text, a, b):
                    return a[0], b[1]
    return None


_KANJI_CHAR = re.compile("[\u3400-\u9fff々]")


def _one_word(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """The two spans are kanji glued into one compound noun: nothing between them, kanji on both sides."""
    return (
        first[1] == second[0]
        and _KANJI_CHAR.fullmatch(text[first[1] - 1]) is not None
        and _KANJI_CHAR.fullmatch(text[second[0]]) is not None
    )


def _word_spots(word: str, forms: dict[str, str], target: _Target, lexicon: Lexicon) -> list[tuple[int, int]]:
    rows = [row for lemma in english_lemmas(word, forms) for row in lexicon.lookup(WordRenderingRow, lemma)]
    spots = [span for row in rows for r in row.renderings if (span := target.find(r))]
    return spots + target.glossed(english_stems(word))


def _glossed_in_place(
    weak: list[tuple[str, int, list[tuple[int, int]]]], anchors: list[tuple[int, int, int, bool]], target: _Target
) -> list[tuple[str, str, int, int]]:
    """The words of the name that the word table does not render in the target but that a word of the target is
    glossed with in ja/anchor_words.tsv (JMdict's common words: 不思議 for wonder, 本物 for real). The gloss table
    is broad (every sense of a word: 英語 is glossed English, 写真 picture), so such a word counts only where the name
    stands: joined to another part of the name in the target, in the name's order (スティービー・不思議 for Stevie
    Wonder, 本物のマドリード, 想像するドラゴン; not ジョンソン議長 for Speaker Mike Johnson, where a title follows the
    name as Japanese puts it), or before its generic word, which Japanese puts last (優れた湖 for Lake Superior)."""
    placed = list(anchors)
    found: list[tuple[str, str, int, int]] = []
    pending = list(weak)
    while pending:
        for item in pending:
            word, place, spans = item
            spot = next((span for span in spans if any(_in_order(target, span, place, a) for a in placed)), None)
            if spot is not None:
                break
        else:
            break
        pending.remove(item)
        placed.append((*spot, place, False))
        found.append((word, target.text[spot[0] : spot[1]], *spot))
    return found


def _in_order(target: _Target, span: tuple[int, int], place: int, anchor: tuple[int, int, int, bool]) -> bool:
    start, end, other, generic = anchor
    if generic or place < other:
        return target.joined(span, (start, end)) and span[1] <= start
    return target.joined(span, (start, end)) and end <= span[0]


def _whole_literal(
    words: tuple[tuple[str, int, int], ...],
    bare: str,
    parts: dict[str, str],
    forms: dict[str, str],
    lower_here: _LowerWords,
    target: _Target,
    lexicon: Lexicon,
) -> list[tuple[str, str, int, int]]:
    """The name rendered whole as name_literals.tsv renders it (Continental → 大陸, Buffalo → 水牛, Arsenal → 兵器庫),
    where the word table lists the word's renderings otherwise (continental: 大陸性) or not among its first: the name
    table is the project's dictionary of names made of English words. Not when the source uses one of the name's
    words in lower case (the buffalo) or the target keeps one (the checks of _rendered)."""
    literals = lexicon.compiled(_build_names).literals.get(bare.casefold())
    if not literals:
        return []
    content = [w for w, _, _ in words if _role(w, parts) not in ("function", "generic", "time", "institution")]
    if not content or any(lower_here.holds(english_lemmas(w.lower(), forms)) for w in content):
        return []
    spot = next((span for literal in literals if (span := target.find(literal))), None)
    if spot is None:
        return []
    return [(bare, target.text[spot[0] : spot[1]], *spot)]


def _finding(
    words: tuple[tuple[str, int, int], ...],
    rendered: list[tuple[str, str, int, int]],
    beside: list[tuple[int, int]],
    target: _Target,
    names: _Names,
    lexicon: Lexicon,
) -> RenderedName:
    """The finding's span is the whole name as the target writes it: the rendered words and, joined to them, the rest
    of the name (北極猿, 真珠ジャム, 本物のマドリード, 出血湖, 想像するドラゴン), so that the suggestion replaces all
    of it."""
    name = " ".join(w for w, _, _ in words)
    bare = re.sub(r"^the ", "", name, flags=re.IGNORECASE)
    core = sorted((start, end) for _, _, start, end in rendered)
    merged: list[list[int]] = []
    for start, end in sorted({*core, *beside}):
        gap = target.text[merged[-1][1] : start] if merged else None
        if merged and (
            start <= merged[-1][1]
            or (gap is not None and len(gap) <= 1 and set(gap) <= _GLUE)
            or target.joined((merged[-1][0], merged[-1][1]), (start, end))
        ):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    first, last = next((a, b) for a, b in merged if any(a <= start < b for start, _ in core))
    suggestion = names.suggestions.get(bare.casefold(), "")
    if not suggestion:
        known = [row for row in lexicon.lookup(KnownNameRow, bare) if row.kind != "conventional"]
        suggestion = known[0].forms[0] if known else bare
    kind = names.kinds.get(bare.casefold()) or next(
        (row.kind for row in lexicon.lookup(KnownNameRow, bare) if row.kind != "conventional"), ""
    )
    return RenderedName(
        name=name,
        src_start=words[0][1],
        src_end=words[-1][2],
        start=target.offset + first,
        end=target.offset + last,
        renderings=tuple((word, rendering) for word, rendering, _, _ in rendered),
        suggestion=suggestion,
        brand=kind in _COMPANY_KINDS,
    )


def brand_literal_is_word(
    analysis: Analysis, brand: BrandRow, source_span: tuple[int, int], span: tuple[int, int]
) -> bool:
    """Whether a literal of a reviewed brand (りんご for Apple) that the target writes where the aligned source names
    the brand is the ordinary word after all, for source.brand-as-word's look-up of brands.tsv:

    - the source's brand is a lone word opening its sentence, which the document never writes capitalised
      mid-sentence, before a noun it modifies (Apple orchards, Visa applications: the capital proves nothing there),
      and the target puts the literal in no company's slot (りんご園, 査証の申請);
    - or the target writes it in one of the brand's ordinary expressions or beside a word of its ordinary meaning
      (火星 with 探査 or 惑星, as entity.brand-literal judges it), in no company's slot."""
    source = analysis.source
    if source is None:
        return False
    text = analysis.text
    sentences = analysis.doc.sentences
    at = analysis.doc.sentence_index_at(span[0])
    bounds = (sentences[at].start, sentences[at].end) if at >= 0 and span[1] <= sentences[at].end else (0, len(text))
    sentence = text[bounds[0] : bounds[1]]
    slot = company_slot(analysis.lexicon, sentence, span[0] - bounds[0], span[1] - bounds[0])
    if slot:
        return False
    if ordinary_use(analysis, brand, *span):
        return True
    src = source.text
    start, end = source_span
    evidence = source.memo(_source_words)
    if not _initial(src, start, evidence.sentence_starts) or _written_as_name(src[start:end], evidence):
        return False
    following = _WORD.search(src, end)
    word = following.group() if following is not None and following.start() - end <= 2 else ""
    if word[:1].isupper():
        return False  # not alone: Apple Music
    parts = source.lexicon.compiled(_parts)
    forms = source.lexicon.compiled(_forms)
    return not _predicate_at(src, end, word, parts, forms)

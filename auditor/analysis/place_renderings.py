"""Foreign places named word for word without a list of places: 出血湖 for Lake Bled, 分割市 for Split.

``name_literals`` finds the places its table lists (不死鳥市 for Phoenix). A place in no list is found here by its
shape, from dictionaries only:

- a place word that IPAdic reads as a word of its own, a suffix or a noun (湖, 市, 町, 島, 港, 峠, 川 …: the
  one-character place-after cues of ``name_slots.tsv``), with a particle, a mark or nothing after it;
- before it, a common word in kanji or hiragana that renders an English word in ``word_renderings.tsv`` (出血 ← bleed,
  bleeding: the evidence that a machine translated an English name), one to three nouns as IPAdic splits them, none a
  number, a time word (最近州, 現在州), a pronoun or a suffix, and not the end of a longer word (三亜市, 金門島);
- the whole is no word and no known place: IPAdic does not read it as one word (死海, 山中湖, 港町 are one token),
  JMdict does not list it (``place_compounds.tsv``: 選手村, 温泉町, 火山島, 貿易港 name kinds of places), and neither
  word_renderings.tsv, known_names.tsv nor name_literals.tsv holds it (喜望峰: Cape of Good Hope);
- it is the name, not a description: nothing modifies it that modifies a common noun (この, 小さな, a verb or an
  adjective before it, 多くの, 3つの), no name follows it in apposition (温泉町バーデン: the name is the katakana),
  and it is not listed as one of a kind (など);
- and the sentence or its paragraph places it abroad: a country or a place written in katakana (IPAdic's 固有名詞,地域;
  a country of ``place_names.tsv``).

The search starts from the place words, one ``str.find`` per cue, and keeps only those with kanji or hiragana before
and no kanji, katakana or Latin letter after (市場, 町長, 島民 are words of their own). Then the text alone, before
any parse: some run of the kanji and hiragana before the place word must render an English word and make, with the
place word, no word the tables list (都市, 他州, 本島 are JMdict's). MeCab parses only a sentence where one does, and
the word IPAdic finds must be one of those runs. The table of renderings is read backwards (a reverse index, built
once per process at the first place word with kanji or hiragana before it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.analysis.morph import Token, tokens
from auditor.languages.scripts import HIRAGANA, KANJI, KATAKANA
from auditor.lexicons import Lexicon, trie_pattern
from auditor.lexicons.schema import (
    KnownNameRow,
    NameLiteralRow,
    NameSlotRow,
    PlaceCompoundRow,
    PlaceNameRow,
    WordRenderingRow,
)

if TYPE_CHECKING:
    from auditor.analysis.context import Analysis

_BEFORE = re.compile(f"[{KANJI}{HIRAGANA}]")  # the last character of the common word
_KANJI = re.compile(f"[{KANJI}]")
_HIRAGANA = re.compile(f"[{HIRAGANA}]")
# A place word with kanji or hiragana before it and no longer word glued after it (市場, 町長, 湖畔, 島民).
_CUE_SHAPE = re.compile(f"[{KANJI}{HIRAGANA}].(?![{KANJI}{KATAKANA}A-Za-z0-9０-９Ａ-Ｚａ-ｚ])", re.DOTALL)
_KATAKANA_WORD = re.compile(f"[{KATAKANA}]+")
_NOUN_KINDS = frozenset({"一般", "サ変接続", "形容動詞語幹", "固有名詞"})  # IPAdic reads 読書 before 市 as a place
_PERSON_OR_BODY = frozenset({"人名", "組織"})
_LONGEST_WORD = 3  # tokens of the common word (不死|鳥)
# Before の: what counts or quantifies a kind (3つの, 多くの, 一部の), not a place that contains it.
_COUNTING = frozenset({"数", "副詞可能", "代名詞", "非自立"})
_HOME = frozenset({"日本", "日", "我が国", "わが国"})
_LISTED_AS_KIND = frozenset({"など", "等", "なんか"})
_LISTED_AS_KIND_TEXT = tuple(_LISTED_AS_KIND)
_PARTICLES = frozenset("のは")


@dataclass(frozen=True)
class PlaceRendering:
    """A foreign place named word for word: ``text[start:end]`` is ``word`` + ``place_word``."""

    start: int
    end: int
    word: str  # the common word (出血)
    place_word: str  # 湖
    english: tuple[str, ...]  # the English words it renders (bleed, bleeding)
    abroad: str  # the foreign place that the sentence or paragraph names (スロベニア)
    suggestion: str  # the place as a table knows it, else ""


@dataclass(frozen=True)
class _Index:
    cues: tuple[str, ...]  # the one-character place words
    country_names: frozenset[str]  # the Japanese names of countries other than Japan (place_names.tsv)
    literals: frozenset[str]  # name_literals.tsv's literals: entity.name-literal's own
    compounds: frozenset[str]  # JMdict's nouns ending in a place word (place_compounds.tsv): kinds of places


def _build(lexicon: Lexicon) -> _Index:
    cues = tuple(
        sorted({row.cue for row in lexicon.table(NameSlotRow) if row.slot == "place-after" and len(row.cue) == 1})
    )
    names = set()
    if lexicon.has_table(PlaceNameRow):
        names = {row.ja for row in lexicon.table(PlaceNameRow) if row.ja and row.ja not in _HOME}
    literals: set[str] = set()
    if lexicon.has_table(NameLiteralRow):
        for row in lexicon.table(NameLiteralRow):
            literals.update(row.literals)
    compounds: frozenset[str] = frozenset()
    if lexicon.has_table(PlaceCompoundRow):
        compounds = frozenset(row.word for row in lexicon.table(PlaceCompoundRow))
    return _Index(
        cues=cues,
        country_names=frozenset(names),
        literals=frozenset(literals),
        compounds=compounds,
    )


def place_renderings(analysis: Analysis) -> tuple[PlaceRendering, ...]:
    """Every foreign place of the document named word for word, in text order (see the module's docstring)."""
    lexicon = analysis.lexicon
    if not lexicon.has_table(WordRenderingRow) or not lexicon.has_table(NameSlotRow):
        return ()
    index = lexicon.compiled(_build)
    text = analysis.text
    places = _cue_places(text, index.cues)
    if not places:
        return ()
    doc = analysis.doc
    sentences = doc.sentences
    found: list[PlaceRendering] = []
    for at in places:
        which = doc.sentence_index_at(at)
        if which < 0 or at >= sentences[which].end:
            continue
        lengths = _word_lengths(index, text, sentences[which].start, at)
        if not lengths or analysis.in_literal(at, at + 1) or analysis.in_embed(at, at + 1):
            continue
        bounds = (sentences[which].start, sentences[which].end)
        hit = _judge(analysis, index, bounds, at, lengths)
        if hit is not None and (not found or found[-1].end <= hit.start):
            found.append(hit)
    return tuple(found)


def _cue_places(text: str, cues: Sequence[str]) -> list[int]:
    """Where a place word stands with kanji or hiragana before it and nothing glued after it, in text order."""
    places = []
    for cue in cues:
        at = text.find(cue, 1)
        while at >= 0:
            if _CUE_SHAPE.match(text, at - 1):
                places.append(at)
            at = text.find(cue, at + 1)
    places.sort()
    return places


def _word_lengths(index: _Index, text: str, start: int, at: int) -> frozenset[int]:
    """The lengths the common word before the place word at ``at`` may have, read from the text before any parse:
    a run of kanji and hiragana that ends at the place word, starts in its sentence and where a word starts (a kanji
    after no kanji, a hiragana after neither kanji nor hiragana: not inside a longer word), and that makes with the
    place word no word a table lists: JMdict's compounds (都市, 他州, 選手村), a name of name_literals.tsv. Empty
    where none does: nothing to parse. The particles の and は after a kanji or before the place word end a phrase,
    which the word does not cross (州内の市, これは州): 850 of word_renderings.tsv's 59,004 renderings in kanji or
    hiragana (1.4 %, phrases most: 気の荒い, 上の空) hold one so."""
    if text.startswith(_LISTED_AS_KIND_TEXT, at + 1):
        return frozenset()  # 州など: a kind listed with others
    cue = text[at]
    found = []
    first = at
    while first > start and _BEFORE.match(text, first - 1):
        first -= 1
        if text[first] in _PARTICLES and (first == at - 1 or _KANJI.match(text, first - 1)):
            break
        if first > start and (_KANJI.match(text, first - 1) or _HIRAGANA.match(text, first)):
            continue  # the run goes on before: a kanji glued before, or hiragana (kanji or hiragana before it)
        word = text[first:at]
        if word + cue not in index.compounds and word not in index.literals and word + cue not in index.literals:
            found.append(at - first)
    return frozenset(found)


def _judge(
    analysis: Analysis, index: _Index, bounds: tuple[int, int], at: int, lengths: frozenset[int]
) -> PlaceRendering | None:
    sentence_start, sentence_end = bounds
    sentence = analysis.text[sentence_start:sentence_end]
    toks = tokens(sentence)
    cue = next((i for i, tok in enumerate(toks) if tok.start == at - sentence_start), None)
    if cue is None or cue == 0 or toks[cue].pos != "名詞" or toks[cue].pos1 not in ("接尾", "一般"):
        return None  # IPAdic reads the place word as part of a word (山中湖, 港町, 鷲島)
    first = _word_start(toks, cue)
    if first is None or _modified(toks, first) or not _ends_phrase(toks, cue):
        return None
    word = sentence[toks[first].start : toks[cue].start]
    if len(word) not in lengths:
        return None  # not a run that renders an English word, or one a table lists with the place word
    whole = word + toks[cue].surface
    lexicon = analysis.lexicon
    abroad = _abroad(analysis, index, toks, bounds)
    if abroad is None:
        return None
    # The dictionaries last: the reverse index of the renderings is built once, and only for a candidate.
    rendered = lexicon.keys_by(WordRenderingRow, "renderings")
    english = rendered.get(word, ())
    if not english or whole in rendered or _known_name(lexicon, whole):
        return None
    start = sentence_start + toks[first].start
    return PlaceRendering(
        start,
        sentence_start + toks[cue].end,
        word,
        toks[cue].surface,
        english,
        abroad,
        _suggestion(lexicon, english, toks[cue].surface),
    )


def _word_start(toks: Sequence[Token], cue: int) -> int | None:
    """The first token of the common word before the place word at ``cue``: one to three nouns glued together, none a
    number, a time word, a pronoun or a suffix, IPAdic reading none of them as a person or a body; None when a longer
    word glued before them makes the place word its own (三亜市, 楡林市, クック郡)."""
    first = cue
    while first > 0 and cue - first < _LONGEST_WORD:
        tok = toks[first - 1]
        if tok.end != toks[first].start or tok.pos != "名詞":
            break
        if tok.pos1 not in _NOUN_KINDS or tok.pos2 in _PERSON_OR_BODY:
            return None
        first -= 1
    if first == cue:
        return None
    if first > 0:
        before = toks[first - 1]
        if before.end == toks[first].start and before.pos in ("名詞", "接頭詞"):
            return None  # a longer word: 蘆別市, 米脂県, 新出血湖
    return first


def _modified(toks: Sequence[Token], first: int) -> bool:
    """What modifies a common noun stands before the word: a determiner or an adjective (この, 小さな, 美しい), a
    verb ending a clause (訪れた), or a count or a quantity with の (3つの, 多くの, 一部の): a description of a kind
    of place, not its name."""
    if first == 0:
        return False
    before = toks[first - 1]
    if before.pos in ("連体詞", "形容詞", "動詞", "助動詞", "接頭詞"):
        return True
    if before.surface == "の" and first >= 2:
        owner = toks[first - 2]
        return owner.pos != "名詞" or owner.pos1 in _COUNTING or owner.pos2 == "助数詞"  # not 州 of ミシガン州の
    return False


def _ends_phrase(toks: Sequence[Token], cue: int) -> bool:
    """The place word ends the noun phrase: a particle, a copula, a mark or the sentence's end after it, not a name in
    apposition (温泉町・バーデン), not など (a kind listed with others)."""
    after = cue + 1
    if after >= len(toks):
        return True
    tok = toks[after]
    if tok.surface in _LISTED_AS_KIND:
        return False
    if tok.surface in ("・", "･", "、") and after + 1 < len(toks):
        following = toks[after + 1].surface
        if _KATAKANA_WORD.match(following) or (following[:1].isascii() and following[:1].isalpha()):
            return False
    return tok.pos in ("助詞", "助動詞", "記号")


def _abroad(analysis: Analysis, index: _Index, toks: Sequence[Token], bounds: tuple[int, int]) -> str | None:
    """A foreign place the sentence names (a country, or a place IPAdic knows written in katakana), else one its
    paragraph names (a country of place_names.tsv), else None."""
    for tok in toks:
        if tok.pos1 != "固有名詞" or tok.pos2 != "地域" or tok.surface in _HOME:
            continue
        if tok.pos3 == "国" or tok.surface in index.country_names or _KATAKANA_WORD.fullmatch(tok.surface):
            return tok.surface
    countries = analysis.lexicon.compiled(_countries)
    if countries is None:
        return None
    line_start, line_end = analysis.doc.line_bounds(bounds[0])
    found = countries.search(analysis.text, line_start, line_end)
    return found.group() if found is not None else None


def _countries(lexicon: Lexicon) -> re.Pattern[str] | None:
    """One pattern for the country names, compiled when a candidate first needs its paragraph read (most articles
    hold no candidate that gets this far: the pattern of 260 names costs a first audit ~10 ms)."""
    names = lexicon.compiled(_build).country_names
    return re.compile(trie_pattern(names)) if names else None


def _known_name(lexicon: Lexicon, whole: str) -> bool:
    """A dictionary knows the whole as a name, a conventional rendering included (喜望峰: Cape of Good Hope)."""
    return whole in lexicon.keys_by(KnownNameRow, "forms")


def _suggestion(lexicon: Lexicon, english: Sequence[str], place_word: str) -> str:
    """The place as known_names.tsv writes it, for an English word the common word renders that names a place there
    (Bled → ブレッド, with the place word), else ""."""
    for word in english:
        for row in lexicon.lookup(KnownNameRow, word.capitalize()):
            if row.kind == "place":
                form = next((form for form in row.forms if _KATAKANA_WORD.fullmatch(form.replace("・", ""))), "")
                if form:
                    return form if form.endswith(place_word) else form + place_word
    return ""


def country_names(lexicon: Lexicon) -> frozenset[str]:
    """The Japanese names of countries and territories (place_names.tsv, from CLDR): names joined by a middle dot
    that are all countries are a list of countries (イラン・トルコ両首脳), not one name, spaced or dotted."""
    return frozenset(row.ja for row in lexicon.table(PlaceNameRow))

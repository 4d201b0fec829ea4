"""Foreign companies named word for word without a list of companies: 米家電大手の渦巻き for Whirlpool.

``name_literals`` finds the companies its tables list (標的 for Target). A company in no list is found here by the
slot it fills, from dictionaries only:

- a country mark whose companies Japanese writes in katakana or Latin letters, never with Japanese words
  (``name_slots.tsv``, slot ``company-abroad``: 米, 英, 独, 仏 …; not 中 or 韓: 百度, 現代自動車 are how Japanese
  writes Baidu and Hyundai), IPAdic reading it as a place, not glued to a word before it (日米, 南米);
- glued after it, nouns ending in a descriptor of a company (``company-before`` cues: 大手, 傘下, メーカー, 会社,
  チェーン …; 米家電大手, 米ギャップ傘下), then の;
- after の, the name: one to three nouns that IPAdic reads as common nouns of things (一般: not a proper noun, a
  number, a pronoun, a word that depends on another, nor a verbal or adjectival noun: 独占, 台頭, 好調, 不振 say
  what companies do or how they fare), with kanji or hiragana, that together are a word rendering English words in
  ``word_renderings.tsv`` (渦巻き ← whirlpool; not 海外|戦略, two words), no cue of a slot (幹部, 株価: what a
  company has), no kind of company (傘下の航空会社: a word of ``company-after`` or a descriptor ends it), no
  rendering of a name a table knows (known_names.tsv: 赤十字) and no literal of name_literals.tsv or brands.tsv
  (entity.brand-literal's own: 標的);
- after the name a particle that makes it the topic, the subject or a member of a list (は, が, も, と, や), or
  a comma;
- and a second slot of a company's name, as ``name_literals`` reads slots: the topic or subject of what companies
  do (発表した, 買収した), the owner of what they have, the partner of what they do together, listed with a company
  (auditor.analysis.name_literals.company_slot_besides_descriptor). After a descriptor, the words of what a
  company has, does or how it fares are as common as names (米銀大手の首脳は…言及した, 米自動車大手の動きや,
  英小売り大手の牙城が揺らいでいる): the descriptor alone says too little.

Japanese news names a foreign company after such a descriptor in katakana or Latin letters (米家電大手のワールプール
は); a common word in that slot is the company's name translated by its meaning. What a company has or is (幹部,
株価, 従業員) is a cue of ``name_slots.tsv`` and stays quiet.

The search starts from a regex over the text (a mark, up to 12 characters, a descriptor, の): MeCab parses only a
sentence where it matches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.analysis.morph import Token, tokens
from auditor.analysis.name_literals import company_slot_besides_descriptor
from auditor.languages.scripts import HIRAGANA, KANJI
from auditor.lexicons import Lexicon, trie_pattern
from auditor.lexicons.schema import BrandRow, KnownNameRow, NameLiteralRow, NameSlotRow, WordRenderingRow

if TYPE_CHECKING:
    from auditor.analysis.context import Analysis

_JAPANESE = re.compile(f"[{KANJI}{HIRAGANA}]")
_LONGEST_NAME = 3  # tokens of the name (バナナ|共和|国)
# Nouns that name things; not verbal or adjectival nouns (独占, 台頭, 好調, 不振): what companies do or how they fare.
_NAME_KINDS = frozenset({"一般"})
_AFTER_NAME = frozenset({"は", "が", "も", "と", "や", "、", "，"})
_DESCRIPTOR_REACH = 12  # characters between the mark and the descriptor (家電, 事務用品, ゲーム)


@dataclass(frozen=True)
class CompanyRendering:
    """A foreign company named word for word: ``text[start:end]`` is ``word``, after ``descriptor`` + の."""

    start: int
    end: int
    word: str  # 渦巻き
    descriptor: str  # 米家電大手
    english: tuple[str, ...]  # the English words it renders (whirlpool, eddy …)
    slot: str  # the second slot of a company it fills, as an editor reads it: "the subject of 発表"


@dataclass(frozen=True)
class _Index:
    pattern: re.Pattern[str] | None  # a mark, nouns, a descriptor, の
    marks: frozenset[str]
    descriptors: frozenset[str]
    cues: frozenset[str]  # every cue of name_slots.tsv: what a company has, does or is called by
    listed: frozenset[str]  # the literals of name_literals.tsv and brands.tsv: entity.brand-literal's own
    kinds: tuple[str, ...]  # the words of a kind of company (会社, 銀行, 大手): a name ends in none (傘下の航空会社)


def _build(lexicon: Lexicon) -> _Index:
    by_slot: dict[str, set[str]] = {}
    for row in lexicon.table(NameSlotRow):
        by_slot.setdefault(row.slot, set()).add(row.cue)
    marks = frozenset(by_slot.get("company-abroad", ()))
    # The kinds of company, not the countries before them (米, 韓: IPAdic reads them as places) nor 社, a company word
    # after a name (りんご社), not before one.
    descriptors = frozenset(
        cue for cue in by_slot.get("company-before", ()) if cue != "社" and cue not in marks and not _place(cue)
    )
    listed: set[str] = set()
    if lexicon.has_table(NameLiteralRow):
        for literal_row in lexicon.table(NameLiteralRow):
            listed.update(literal_row.literals)
    for brand_row in lexicon.table(BrandRow):
        listed.update(brand_row.literals)
    pattern = None
    if marks and descriptors:
        pattern = re.compile(
            f"(?<![{KANJI}])(?:{trie_pattern(marks)})[^\\s。、，の「」（）()]{{0,{_DESCRIPTOR_REACH}}}?"
            f"(?:{trie_pattern(descriptors)})の"
        )
    return _Index(
        pattern=pattern,
        marks=marks,
        descriptors=descriptors,
        cues=frozenset(cue for cues in by_slot.values() for cue in cues),
        listed=frozenset(listed),
        kinds=tuple(sorted(by_slot.get("company-after", set()) | descriptors)),
    )


def _place(word: str) -> bool:
    """IPAdic reads the word as one place name (米, 韓, スイス)."""
    toks = tokens(word)
    return len(toks) == 1 and toks[0].pos1 == "固有名詞" and toks[0].pos2 == "地域"


def company_renderings(analysis: Analysis) -> tuple[CompanyRendering, ...]:
    """Every foreign company of the document named word for word after its descriptor, in text order (see the
    module's docstring)."""
    lexicon = analysis.lexicon
    if not lexicon.has_table(WordRenderingRow) or not lexicon.has_table(NameSlotRow):
        return ()
    index = lexicon.compiled(_build)
    if index.pattern is None:
        return ()
    text = analysis.text
    doc = analysis.doc
    sentences = doc.sentences
    found: list[CompanyRendering] = []
    for match in index.pattern.finditer(text):
        which = doc.sentence_index_at(match.start())
        if which < 0 or match.end() >= sentences[which].end:
            continue
        if analysis.in_literal(match.start(), match.end()) or analysis.in_embed(match.start(), match.end()):
            continue
        hit = _judge(lexicon, index, text, sentences[which].start, sentences[which].end, match.start())
        if hit is not None and (not found or found[-1].end <= hit.start):
            found.append(hit)
    return tuple(found)


def _judge(
    lexicon: Lexicon, index: _Index, text: str, sentence_start: int, sentence_end: int, at: int
) -> CompanyRendering | None:
    sentence = text[sentence_start:sentence_end]
    toks = tokens(sentence)
    mark = next((i for i, tok in enumerate(toks) if tok.start == at - sentence_start), None)
    if mark is None or toks[mark].surface not in index.marks or toks[mark].pos2 != "地域":
        return None  # the mark is part of a word (米価, 英語) or no place
    if mark > 0 and toks[mark - 1].end == toks[mark].start and toks[mark - 1].pos in ("名詞", "接頭詞"):
        return None  # the end of a longer word (日米, 南米, 中南米)
    of = _descriptor_end(toks, mark, index.descriptors)
    if of is None:
        return None
    last = _name_end(toks, of + 1)
    if last is None:
        return None
    first = of + 1
    word = sentence[toks[first].start : toks[last].end]
    if word in index.cues or word in index.listed or not _JAPANESE.search(word) or word.endswith(index.kinds):
        return None  # what a company has or is, a listed literal, or a kind of company (傘下の航空会社)
    english = lexicon.keys_by(WordRenderingRow, "renderings").get(word, ())
    if not english or word in lexicon.keys_by(KnownNameRow, "forms"):
        return None
    slot = company_slot_besides_descriptor(lexicon, sentence, toks[first].start, toks[last].end)
    if slot is None:
        return None  # 米銀大手の首脳は…言及した, 米自動車大手の動きや: what the sentence says is no company's
    descriptor = sentence[toks[mark].start : toks[of].start]
    return CompanyRendering(
        sentence_start + toks[first].start, sentence_start + toks[last].end, word, descriptor, english, slot
    )


def _descriptor_end(toks: Sequence[Token], mark: int, descriptors: frozenset[str]) -> int | None:
    """The index of the の after the mark's nouns when they end in a descriptor of a company (米家電大手の), else
    None."""
    text = ""
    for at in range(mark + 1, len(toks)):
        tok = toks[at]
        if tok.surface == "の":
            return at if any(text.endswith(cue) for cue in descriptors) else None
        if tok.pos != "名詞" or tok.start != toks[at - 1].end or len(text) > _DESCRIPTOR_REACH:
            return None
        text += tok.surface
    return None


def _name_end(toks: Sequence[Token], first: int) -> int | None:
    """The last token of the name that starts at ``first``: one to three nouns glued together (a suffix after the
    first: 共和|国), none a proper noun, a number, a pronoun or a dependent word, with a particle of a topic, a subject
    or a list, or a comma, right after them; else None."""
    last = first - 1
    for at in range(first, min(first + _LONGEST_NAME, len(toks))):
        tok = toks[at]
        if tok.pos != "名詞" or (at > first and tok.start != toks[at - 1].end):
            break
        if not tok.known or not (tok.pos1 in _NAME_KINDS or (at > first and tok.pos1 == "接尾")):
            return None
        last = at
    if last < first or last + 1 >= len(toks) or toks[last + 1].surface not in _AFTER_NAME:
        return None
    return last

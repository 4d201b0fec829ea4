#!/usr/bin/env python3
"""Build the name tables of auditor/lexicons/ja from JMdict, JMnedict (jamdict-data), pytickersymbols and the SEC.

    PYTHONPATH=. /tmp/jd/bin/python tools/build_name_tables.py [--db PATH] [--out auditor/lexicons/ja] [--wordnet DIR]
    PYTHONPATH=. python tools/build_name_tables.py --synonyms-only   # only word_renderings.tsv's synonyms column
    PYTHONPATH=. /tmp/jd/bin/python tools/build_name_tables.py --check [--db PATH]  # exit 1 when a table is stale

``--check`` builds the tables into a scratch folder and compares them byte for byte with those of ``--out`` (the
committed ones): it writes nothing and exits 1 when one differs, naming it and counting its changed rows (with
``--synonyms-only``, word_renderings.tsv's synonyms column alone). The committed tables are what this script writes:
a change to it, to a lexicon table it reads (en/name_parts.tsv, ja/name_slots.tsv, ja/business_cues.tsv) or to
auditor.languages.translit is committed with the tables rebuilt, and then tools/build_name_words.py and
tools/build_spelling_indexes.py, whose tables derive from these.

It runs at build time only, in a separate environment that has ``jamdict-data`` (JMdict and JMnedict in
SQLite), ``pytickersymbols`` and ``edgartools`` (``pip install --no-deps edgartools pyarrow``: only the SEC's table
of tickers it ships is read, with pyarrow) installed, plus ``jaconv`` (the katakana skeletons of
``auditor.languages.translit``), and Princeton WordNet 3.0's dict folder (Debian's ``wordnet-base``:
``apt-get install -y wordnet-base`` puts it in /usr/share/wordnet; ``--wordnet DIR`` for another; the script stops
without it). ``--synonyms-only`` recomputes only the synonyms column of the committed word_renderings.tsv from its own
rows and WordNet: no JMdict, no other package. Nothing is downloaded and nothing of these packages or of WordNet is
read at run time: the tables it writes ship with auditor and are read like every other lexicon table.

It writes three tables, each with a header naming its sources, their licences and this script:

- ``word_renderings.tsv``: English words and how Japanese writes them: the common-word renderings a translation
  by meaning gives (shell → 貝殻|殻|貝; a plant or an animal in katakana too: wolf → 狼|オオカミ), then their
  synonyms (arsenal → 兵器廠, then 兵器庫), the katakana loanwords that transliterate them (シェル), and the
  conventional renderings of the capitalised word (Mars → 火星). From JMdict's English glosses. Its last column,
  ``synonyms``, holds the renderings of the word's synonyms in English: the other words of its first two synsets of
  each part of speech in Princeton WordNet 3.0 (cowboy → cattleman → 牛飼い; ever → always → 常に), each with its
  own renderings of this table, none of the word's own again: JMdict lists a Japanese word under one of the English
  words of a sense, a translation reaches it from any of them.
  Its renderings also take what JMdict gives a word only inside a longer gloss: the tree or animal of a gloss of two
  words (楡 "elm tree" for elm, where WordNet makes an elm a tree) and an agent noun's verb rendered with 者 (wanderer:
  放浪者, where WordNet's noun is a person's and JMdict lists the compound); the name tables below read neither.
- ``known_names.tsv``: names a dictionary knows, with their Japanese forms: foreign names in katakana from
  JMnedict (Reading → レディング, company Dove → ダヴ) and proper nouns that Japanese renders by meaning, from
  capitalised JMdict and JMnedict glosses (Red Cross → 赤十字, Pearl Harbor → 真珠湾). Only names with at least
  one word that ``word_renderings.tsv`` knows: the names at risk of a translation by meaning.
- ``name_literals.tsv``: companies, brands, products, places and people whose names are ordinary English words,
  with the literal renderings a machine translation gives them (Target → 標的) and their proper forms
  (ターゲット): from the companies of pytickersymbols' 20 indices, the 1,000 largest companies listed on Nasdaq or
  the NYSE (the SEC's table of tickers, as edgartools ships it) and JMnedict's companies, products, organisations,
  foreign places and people.

Licences: JMdict and JMnedict are the property of the Electronic Dictionary Research and Development Group and
are used under the Creative Commons Attribution-ShareAlike 4.0 licence; the derived tables are under the same
licence (see ``auditor/lexicons/ja/NAMES-LICENSE.md``). WordNet 3.0 (Copyright 2006 by Princeton University) is
under its own permissive licence, whose notice NAMES-LICENSE.md carries. pytickersymbols is MIT-licensed; the SEC's
table is a work of the US government, in the public domain, and edgartools, which packages it, is MIT-licensed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sqlite3
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from auditor.languages.translit import skeleton  # noqa: E402
from auditor.lexicons import read_table  # noqa: E402
from auditor.lexicons.schema import BusinessCueRow, NamePartRow, NameSlotRow  # noqa: E402

# --- choices (each one says why) ---------------------------------------------------------------------------

# Renderings kept per word in word_renderings.tsv: enough for the usual senses, not every rare synonym (common words
# first: renderings()).
MAX_RENDERINGS = 12
MAX_LOANS = 3
# A gloss counts as the word's rendering when it is among the first glosses of an early sense: later glosses and
# senses are extensions ("gap" as 口, "mouth", sense 2).
MAX_SENSE = 3  # for entries with a priority tag (JMdict's common words)
MAX_SENSE_RARE = 0  # for entries without: only their first sense
MAX_GLOSS = 3
# Beyond those, for a word that the first glosses render by rare words alone (shard: 陶片, 土器片) or not at all, a
# common word (one with a priority tag) that has it as a whole gloss in any sense renders it too (破片 "fragment;
# broken piece; splinter; chip; shard": its fifth gloss): a translation writes the common word it knows for the
# thing. A word with a common rendering of its own keeps its own (troops: 軍隊, not 部隊's sixth gloss). Such
# renderings come after the first ones, with this sense number.
LATE_SENSE = MAX_SENSE + 2
# The literals of name_literals.tsv are stricter: the word must be one of the first three glosses of one of the first
# three senses (what the dictionary gives first for it, hence what a word-for-word translation writes) ...
LITERAL_MAX_SENSE = 2
LITERAL_MAX_GLOSS = 2
# ... or, for a common word (one with a priority tag), one of its first five glosses: a translation writes the common
# word that lists the English word among its first glosses (ford → 浅瀬, its fourth gloss) before a rare one that
# lists it first (洗い越し).
LITERAL_MAX_GLOSS_COMMON = 4
# ... and not one of the most frequent words of Japanese news (JMdict's nf01-nf03, about 1,500 words: 対象, 目標,
# 統一), which fill the slots a company name takes in ordinary prose too ("対象の店舗").
LITERAL_MIN_NF = 4
# The same test on the written form: a form is read as the most frequent word written so (大臣 is だいじん "cabinet
# minister", nf03, wherever a rare homograph おとど glosses "noble"), so a literal whose form another entry ranks
# among the most frequent words of news is that word to a reader and to a translation, not the name's rendering.
# Filled by build() from every entry's forms; empty (no test of the form) when literal_forms runs alone.
FORM_NEWS_RANK: dict[str, int] = {}
MAX_LITERALS = 12
REST_FORMS = 2  # katakana forms of a name's word that its literal leaves as it sounds (Fargo → ファーゴ)
# The head of a word for a country or a state (同盟国 "ally", 万国 "all nations"): what such a word names is the topic
# of the verbs a company's name is the topic of (同盟国は共同声明を発表した), so it is no literal of a company's name.
COUNTRY = "国"
# Words of English names that are not what a name is called by (en/name_parts.tsv, hand-written): joining words,
# generic heads (Lake, University, Group), titles and the marks of institutions.
PARTS = {row.word: row.role for row in read_table("en", "name_parts") or () if isinstance(row, NamePartRow)}
STOPWORDS = frozenset(word for word, role in PARTS.items() if role == "function") | {"is", "it", "with"}
# What a name is not called by: generic heads and institutions (Abbott Laboratories, Arm Holdings, Supreme Court).
GENERIC = frozenset(word for word, role in PARTS.items() if role in ("generic", "time", "institution"))
# Words of business news itself (ja/business_cues.tsv, ja/name_slots.tsv: 投資家, 株主) are never a name's literal
# rendering: Investor AB rendered 投資家 cannot be told from investors.
BUSINESS_WORDS = frozenset(
    [row.cue for row in read_table("ja", "business_cues") or () if isinstance(row, BusinessCueRow)]
    + [row.cue for row in read_table("ja", "name_slots") or () if isinstance(row, NameSlotRow)]
)
# The words that end a place's name (ja/name_slots.tsv's place-after: 市, 湖, 島): a place of two or three words
# rendered word for word (Salt Lake City → 塩湖市) is a row when its rendering ends in one of them.
PLACE_WORDS = frozenset(
    row.cue
    for row in read_table("ja", "name_slots") or ()
    if isinstance(row, NameSlotRow) and row.slot == "place-after"
)
# Kanji forms JMdict marks as irregular, rare or out-dated: never what a translation writes.
IRREGULAR_KANJI = {
    "ateji (phonetic) reading",
    "irregular okurigana usage",
    "word containing irregular kana usage",
    "word containing irregular kanji usage",
    "word containing out-dated kanji",
    "rarely-used kanji form",
    "search-only kanji form",
}
SKIPPED_MISC = {"archaism", "obsolete term", "obscure term", "rare", "vulgar expression or word", "derogatory"}
KANA_ONLY = "word usually written using kana alone"
# Legal suffixes of listed companies, dropped to get the name a translation meets (Apple Inc. → Apple).
COMPANY_SUFFIX = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Company|Co\.?|plc|PLC|AG|SE|S\.A\.|SA|N\.V\.|NV|Ltd\.?|"
    r"Limited|Holdings?|Group|& Co\.?|& plc|Trust|REIT|ASA|AB|Oyj|A/S|KGaA|GmbH))+$"
)
# JMnedict name types → our kinds (stations and works are left out: not names a news sentence renders).
NE_KINDS = {
    "company": "company",
    "product": "product",
    "organization": "organization",
    "place": "place",
    "person": "person",
    "surname": "person",
    "given": "person",
    "fem": "person",
    "masc": "person",
    "unclass": "name",
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc\u30fb\uff1d=]+")
ALL_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+")
HIRAGANA = re.compile(r"[\u3041-\u309f]")
JAPANESE = re.compile(r"[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]")
# A literal in kana alone is a grammar word or a sound as often as not (して, のり, アン): only longer ones count.
KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々]")
KANJI_ONLY = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々]+")
ORDINAL = re.compile("第[一二三四五六七八九十百]+")
JAPANESE_ONLY = re.compile(r"[\u3041-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]+")
PARENS = re.compile(r"\s*\([^()]*\)")


def kana_to_katakana(text: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "\u3041" <= ch <= "\u3096" else ch for ch in text)


# --- JMdict -------------------------------------------------------------------------------------------------


@dataclass
class Sense:
    glosses: list[str]
    pos: list[str]
    misc: list[str]


@dataclass
class Entry:
    idseq: int
    kanji: list[tuple[str, set[str]]] = field(default_factory=list)  # form, its info tags
    kana: list[str] = field(default_factory=list)
    priority: set[str] = field(default_factory=set)
    senses: list[Sense] = field(default_factory=list)

    @property
    def common(self) -> bool:
        """JMdict's own test for a common word: one of its forms has a priority tag."""
        return bool(self.priority & {"news1", "ichi1", "spec1", "spec2", "gai1"}) or any(
            tag.startswith("nf") for tag in self.priority
        )

    @property
    def news_rank(self) -> int:
        """JMdict's nfXX: the word's rank in news text, in bands of 500 (99: not ranked)."""
        ranks = [int(tag[2:]) for tag in self.priority if tag.startswith("nf")]
        return min(ranks) if ranks else 99

    def forms(self, sense: Sense) -> list[str]:
        """How Japanese writes this entry in ``sense``: its regular kanji forms, or its kana for a kana word."""
        regular = [form for form, info in self.kanji if not info & IRREGULAR_KANJI]
        if KANA_ONLY in sense.misc or not regular:
            kana = self.kana[:1] + [form for form in self.kana[1:] if ALL_KATAKANA.fullmatch(form)]
            # A native word of plants and animals is often written in katakana (りんご, リンゴ).
            if self.kanji and kana and not ALL_KATAKANA.fullmatch(kana[0]):
                kana.append(kana_to_katakana(kana[0]))
            if regular and living(sense):
                # ... and in its kanji too, which the dictionary's "usually kana" leaves to the writer (ワシ, 鷲).
                kana += regular[:2]
            return list(dict.fromkeys(kana))
        if self.kana and living(sense):
            # A plant or an animal, as its scientific name in the gloss says (wolf (Canis lupus)): Japanese writes
            # living things in katakana (オオカミ), whatever kanji the dictionary lists first (狼).
            return list(dict.fromkeys([*regular[:2], kana_to_katakana(self.kana[0])]))
        return regular[:2]


# The scientific name that closes a gloss's note: a genus and its species (wolf (Canis lupus); monkey (…, Macaca
# fuscata)) or a family (bear (… family Ursidae)).
BINOMIAL = re.compile(r"[( ]([A-Z][a-z]+) ([a-z]{3,})\)")
FAMILY = re.compile(r"[( ][A-Z][a-z]+(?:idae|aceae)\b")
# The words of common English glosses (filled by build()): "Tokyo area" or "Edo period" in a note is no species.
ENGLISH: set[str] = set()


def living(sense: Sense) -> bool:
    """The sense names a plant or an animal: a gloss's note ends in its scientific name."""
    for gloss in sense.glosses:
        if FAMILY.search(gloss):
            return True
        found = BINOMIAL.search(gloss)
        if found and found.group(2) not in ENGLISH:  # lupus, not "Tokyo area" (a genus may be a word: Canis Major)
            return True
    return False


def load_jmdict(db: sqlite3.Connection) -> dict[int, Entry]:
    entries: dict[int, Entry] = {}

    def entry(idseq: int) -> Entry:
        return entries.setdefault(idseq, Entry(idseq))

    kanji_info: dict[int, set[str]] = defaultdict(set)
    for kid, text in db.execute("select kid, text from KJI"):
        kanji_info[kid].add(text)
    for kid, idseq, text in db.execute("select ID, idseq, text from Kanji order by ID"):
        entry(idseq).kanji.append((text, kanji_info.get(kid, set())))
    for idseq, text in db.execute("select idseq, text from Kana order by ID"):
        entry(idseq).kana.append(text)
    for idseq, tag in db.execute("select k.idseq, p.text from KJP p join Kanji k on k.ID = p.kid"):
        entry(idseq).priority.add(tag)
    for idseq, tag in db.execute("select k.idseq, p.text from KNP p join Kana k on k.ID = p.kid"):
        entry(idseq).priority.add(tag)
    senses: dict[int, Sense] = {}
    for sid, idseq in db.execute("select ID, idseq from Sense order by ID"):
        senses[sid] = Sense([], [], [])
        entry(idseq).senses.append(senses[sid])
    for sid, text in db.execute("select sid, text from SenseGloss where lang = 'eng' or lang is null order by rowid"):
        senses[sid].glosses.append(text)
    for sid, text in db.execute("select sid, text from pos"):
        senses[sid].pos.append(text)
    for sid, text in db.execute("select sid, text from misc"):
        senses[sid].misc.append(text)
    return entries


def english_words(entries: dict[int, Entry]) -> set[str]:
    """The words of the glosses of JMdict's common words, notes left out, in lower case: ordinary English."""
    return {
        word.lower()
        for entry in entries.values()
        if entry.common
        for sense in entry.senses
        for gloss in sense.glosses
        for word in re.findall(r"[A-Za-z]+", PARENS.sub("", gloss))
    }


def form_news_ranks(entries: dict[int, Entry]) -> dict[str, int]:
    """Each written form (kanji forms, and kana forms of kana words) → the best news rank of the entries written so."""
    ranks: dict[str, int] = {}
    for entry in entries.values():
        rank = entry.news_rank
        if rank == 99:
            continue
        for form in [*(k for k, _ in entry.kanji), *(entry.kana if not entry.kanji else [])]:
            if rank < ranks.get(form, 99):
                ranks[form] = rank
    return ranks


def gloss_head(gloss: str) -> str:
    """A gloss without its notes and article: "(finger) ring" → "ring", "to bleed" → "bleed"."""
    head = PARENS.sub("", gloss).strip()
    head = re.sub(r"^(?:to|a|an|the) ", "", head)
    return head.strip(" .;,!?")


@dataclass(frozen=True, order=True)
class Candidate:
    """One Japanese rendering of an English word, with where the dictionary puts it (lower sorts first)."""

    rank: tuple[int, int, int, int]  # (sense, gloss, not common, news rank)
    form: str
    sense: int
    gloss: int
    common: bool
    news_rank: int
    native: bool  # the entry has kanji: a Japanese word, not a loan written in katakana
    entry: int
    noun: bool = False  # the sense is a noun's
    adjective: bool = False  # the sense is an adjective's (赤い) or an adjectival noun's (穏やか)
    numeral: bool = False  # the sense is a numeral's (一, 第三): a word of a whole name's rendering (資本一)
    verbal: bool = False  # the sense is a verbal noun's (発見 "discovery", 発見する): what a verb is rendered by
    # The gloss carries a note that narrows it ("stone (of a fruit)" for 核, "(finger) ring" for 指輪): the word renders
    # the English word only in that use, an unqualified gloss (石 "stone") in all of them.
    qualified: bool = False
    # The sense has this gloss alone (石 "stone"): the word is the English word's plain equivalent, not one of several
    # words that share a sense (石ころ "stone; pebble").
    sole: bool = False
    # A synonym of one of the word's renderings (兵器庫 "armory" for arsenal, beside 兵器廠 "arsenal; armory"): its
    # entry's first sense says nothing its renderer's first sense does not; after the word's own renderings.
    synonym: bool = False


@dataclass
class WordIndex:
    """English word → its Japanese renderings (lower-case glosses) and conventional renderings (capitalised)."""

    common: dict[str, list[Candidate]] = field(default_factory=lambda: defaultdict(list))
    proper: dict[str, list[Candidate]] = field(default_factory=lambda: defaultdict(list))
    loans: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    function: dict[str, list[Candidate]] = field(default_factory=lambda: defaultdict(list))  # one, third, first
    # The head noun of a common word's first gloss of two words: 井戸 "water well" → well, 毛虫 "hairy caterpillar".
    heads: dict[str, list[Candidate]] = field(default_factory=lambda: defaultdict(list))


def index_words(entries: dict[int, Entry]) -> WordIndex:
    index = WordIndex()
    late: dict[str, list[Candidate]] = defaultdict(list)  # the late glosses' renderings (LATE_SENSE)
    for entry in entries.values():
        common = entry.common
        for number, sense in enumerate(entry.senses):
            if set(sense.misc) & SKIPPED_MISC:
                continue
            early = number <= (MAX_SENSE if common else MAX_SENSE_RARE)
            if not early and not common:
                continue
            forms = entry.forms(sense)
            for position, gloss in enumerate(sense.glosses):
                head = gloss_head(gloss)
                if not early or position > MAX_GLOSS:
                    if common and re.fullmatch(r"[a-z][a-z'\-]+", head) and head not in STOPWORDS:
                        late[head] += late_renderings(entry, sense, position, gloss, forms)
                    continue
                if not re.fullmatch(r"[A-Za-z][A-Za-z'\-]+", head):
                    two = re.fullmatch(r"[a-z]+ ([a-z]{3,})", head)
                    if two and common and number == 0 and position == 0 and entry.kanji:
                        for form in forms:
                            if KANJI.search(form) and JAPANESE_ONLY.fullmatch(form) and len(form) > 1:
                                index.heads[two.group(1)].append(
                                    Candidate((0, 0, 0, entry.news_rank), form, 0, 0, True, entry.news_rank, True,
                                              entry.idseq, noun=any(p.startswith("noun (common)") for p in sense.pos))
                                )
                    continue  # phrases are not words a name is made of
                word = head.lower()
                # Function words are kept apart: only a whole name's rendering reads them (Capital One → 資本一).
                target = index.function if word in STOPWORDS else index.common
                for form in forms:
                    katakana = bool(ALL_KATAKANA.fullmatch(form))
                    if katakana and not entry.kanji:
                        if skeleton(form) == skeleton(word) and form not in index.loans[word]:
                            index.loans[word].append(form)
                        continue  # another loanword (コール for "ring") is no rendering by meaning
                    if (len(form) < 2 and HIRAGANA.match(form)) or not JAPANESE_ONLY.fullmatch(form):
                        continue  # a particle-sized kana, or a form with digits, Latin or Greek letters (Ｓ級, Δ)
                    candidate = Candidate(
                        (number, position, 0 if common else 1, entry.news_rank),
                        form,
                        number,
                        position,
                        common,
                        entry.news_rank,
                        bool(entry.kanji),
                        entry.idseq,
                        noun=any(p.startswith("noun (common)") for p in sense.pos),
                        adjective=any(p.startswith(("adjective (keiyoushi)", "adjectival nouns")) for p in sense.pos),
                        numeral="numeric" in sense.pos,
                        verbal="noun or participle which takes the aux. verb suru" in sense.pos,
                        qualified=bool(PARENS.search(gloss) or gloss.startswith("(")),
                        sole=len(sense.glosses) == 1,
                    )
                    (index.proper if head[0].isupper() else target)[word].append(candidate)
    for word, found in late.items():
        if found and not any(candidate.common for candidate in index.common.get(word, ())):
            index.common[word].extend(found)
    # An -ing noun renders its verb too ("bleeding" 出血 for the lake named Bled): added after the verb's own.
    # A verb without a rendering of its own (JMdict's "to bleed" is sense 19 of 出る) takes its -ing noun's.
    for word in list(index.common):
        if word.endswith("ing") and len(word) > 5:
            nouns = [replace_rank(c, 1) for c in index.common[word] if c.sense == 0 and c.gloss == 0]
            verbs = [v for v in (word[:-3], word[:-3] + "e", word[:-4]) if v in index.common]
            if verbs:
                index.common[verbs[0]].extend(nouns)
            elif nouns and word[-4] != word[-5] and word[:-3] not in STOPWORDS:  # bleeding → bleed; not outing → out
                index.common[word[:-3]].extend(nouns)
    add_synonyms(index, entries)
    return index


def late_renderings(entry: Entry, sense: Sense, position: int, gloss: str, forms: list[str]) -> list[Candidate]:
    """A common entry's late whole gloss (LATE_SENSE): its written forms, not a note-narrowed gloss ("switching (to)"),
    a katakana loanword or a particle-sized kana."""
    if PARENS.search(gloss):
        return []
    return [
        Candidate(
            (LATE_SENSE, position, 0, entry.news_rank),
            form,
            LATE_SENSE,
            position,
            True,
            entry.news_rank,
            bool(entry.kanji),
            entry.idseq,
            noun=any(p.startswith("noun (common)") for p in sense.pos),
            sole=len(sense.glosses) == 1,
        )
        for form in forms
        if not (ALL_KATAKANA.fullmatch(form) and not entry.kanji)
        and not (len(form) < 2 and HIRAGANA.match(form))
        and JAPANESE_ONLY.fullmatch(form)
    ]


# The most glosses of a synonym's first sense: an entry of many glosses is a word of many uses, no plain synonym.
SYNONYM_GLOSSES = 3
# ... and of the rendering's: one of many glosses shares the word's sense with its neighbours less and less.
SYNONYM_SOURCE_GLOSSES = 4


def add_synonyms(index: WordIndex, entries: dict[int, Entry]) -> None:
    """Add to each word the synonyms of its renderings: the nouns whose first sense has two or three glosses, all of
    them glosses of a rendering's first sense (of four glosses at most), and leads with what that sense leads with
    (兵器庫 "armory; armoury" for arsenal, beside 兵器廠 "armory; armoury; arsenal"). One shared gloss is a homonym
    as often as a synonym (家賃 "rent" beside 裂け目 "rent; split"). A translation that renders a name by meaning
    writes whichever of these words it knows (Arsenal → 兵器庫), not only the one the dictionary lists under the word;
    they are added after the word's own renderings, with the sense and gloss of the best rendering they stand beside."""
    by_gloss: dict[str, list[tuple[Entry, frozenset[str]]]] = defaultdict(list)  # a first gloss → its entries
    for entry in entries.values():
        if not entry.kanji or not entry.senses:
            continue
        sense = entry.senses[0]
        if set(sense.misc) & SKIPPED_MISC or not any(p.startswith("noun (common)") for p in sense.pos):
            continue
        heads = [gloss_head(gloss).lower() for gloss in sense.glosses]
        if len(heads) < 2 or len(heads) > SYNONYM_GLOSSES or not all(re.fullmatch(r"[a-z][a-z'\-]+", h) for h in heads):
            continue
        by_gloss[heads[0]].append((entry, frozenset(heads)))
    for word, found in list(index.common.items()):
        known = {candidate.form for candidate in found}
        added: list[Candidate] = []
        for candidate in sorted(c for c in found if c.sense == 0 and c.native):  # the best renderer first
            source = entries[candidate.entry]
            listed = [gloss_head(gloss).lower() for gloss in source.senses[0].glosses]
            glosses = set(listed)
            if len(listed) > SYNONYM_SOURCE_GLOSSES or listed[0] == word:
                continue
            for entry, heads in by_gloss.get(listed[0], ()):  # the synonym leads with the renderer's leading meaning
                if word in heads or not heads <= glosses or entry.idseq == candidate.entry:
                    continue
                sense = entry.senses[0]
                for form in entry.forms(sense):
                    if form in known or not JAPANESE_ONLY.fullmatch(form) or ALL_KATAKANA.fullmatch(form):
                        continue
                    known.add(form)
                    added.append(
                        Candidate(
                            (MAX_SENSE + 1, candidate.gloss, 0 if entry.common else 1, entry.news_rank),
                            form,
                            candidate.sense,
                            candidate.gloss,
                            entry.common,
                            entry.news_rank,
                            True,
                            entry.idseq,
                            noun=True,
                            sole=len(sense.glosses) == 1,
                            synonym=True,
                        )
                    )
        found.extend(added)


def replace_rank(candidate: Candidate, extra: int) -> Candidate:
    sense, gloss, rare, news = candidate.rank
    return Candidate(
        (sense + extra, gloss, rare, news),
        candidate.form,
        candidate.sense + extra,
        candidate.gloss,
        candidate.common,
        candidate.news_rank,
        candidate.native,
        candidate.entry,
        candidate.noun,
        candidate.adjective,
        candidate.numeral,
        candidate.verbal,
        candidate.qualified,
        candidate.sole,
    )


def renderings(candidates: Iterable[Candidate], limit: int = MAX_RENDERINGS) -> list[str]:
    """The distinct forms, best first: JMdict's common words (Entry.common) before the rest, each in the dictionary's
    order. A translation writes a common word; a rare one that lists the English word first (矯め直す, 療治 "cure")
    must not push out of the table a common one that lists it later (治療 "medical treatment; cure", nf02). The late
    renderings (LATE_SENSE) come after all of those."""
    out: list[str] = []
    for candidate in sorted(candidates, key=lambda found: (found.rank[0] >= LATE_SENSE, not found.common, found.rank)):
        if candidate.form not in out:
            out.append(candidate.form)
    return out[:limit]


def literal_forms(candidates: Iterable[Candidate], adjectives: bool = False) -> list[str]:
    """The forms a word-for-word translation of a name writes: the dictionary's first renderings of the word, when
    they are nouns (or adjectives, for the first word of two: 黒い岩) of two characters or more, three when written in
    kana alone (a one-character word such as 空 or 今, or a short kana word such as して or アン, is too ambiguous to
    flag without review; brands.tsv may list one)."""
    kept = [
        c
        for c in candidates
        if c.sense <= LITERAL_MAX_SENSE
        and c.gloss <= (LITERAL_MAX_GLOSS_COMMON if c.common else LITERAL_MAX_GLOSS)
        and c.native
        and c.news_rank >= LITERAL_MIN_NF
        and FORM_NEWS_RANK.get(c.form, 99) >= LITERAL_MIN_NF
        and len(c.form) >= (2 if KANJI.search(c.form) else 3)
        and (c.noun or (adjectives and c.adjective))
        and c.form not in BUSINESS_WORDS
    ]
    # Common words first, the more frequent in news first: what a translation is likeliest to write; synonyms last.
    kept.sort(key=lambda c: (c.synonym, not c.common, c.news_rank, c.gloss, c.sense))
    out: list[str] = []
    for candidate in kept:
        if candidate.form not in out:
            out.append(candidate.form)
    return out[:MAX_LITERALS]


def adjective_stems(candidates: Iterable[Candidate]) -> list[str]:
    """For a name of one word that is an adjective the dictionary renders by an adjectival noun in 的 alone
    (continental: 大陸的), the stem of that noun, as a name is a noun and Japanese makes the adjective's noun by its
    stem (統一的 → 統一): Continental → 大陸. Held to the literal's own tests: the first senses and glosses, not a
    most frequent word of news, two kanji or more, no word of business news."""
    kept = [
        c
        for c in candidates
        if c.adjective
        and c.form.endswith("的")
        and c.sense <= LITERAL_MAX_SENSE
        and c.gloss <= LITERAL_MAX_GLOSS
        and c.native
        and not c.synonym
    ]
    stems = [glued(c.form) for c in sorted(kept)]
    return [
        stem
        for stem in dict.fromkeys(stems)
        if len(stem) >= 2
        and KANJI_ONLY.fullmatch(stem)
        and not stem.endswith("的")  # 学的 is no stem: 的 is its own
        and FORM_NEWS_RANK.get(stem, 99) >= LITERAL_MIN_NF
        and stem not in BUSINESS_WORDS
    ][:MAX_LITERALS]


def compound_forms(candidates: Iterable[Candidate], last: bool, limit: int, adjectives: bool = True) -> list[str]:
    """The forms a word takes inside a word-for-word rendering of a whole name (資本一, 統一航空, 王冠城): the
    dictionary's first renderings of its first sense, those that give the word first (王冠 "crown; diadem" before
    頂き, whose "crown" comes later), one kanji allowed (the whole name is longer); a noun or a numeral (一 for One),
    or an adjective before the last word (黒い岩). Then the most frequent in news of its common renderings of two
    characters or more, wherever the dictionary lists the word among their first glosses: a translation writes the
    everyday word (資本 "funds; capital" for Capital, 精神 "mind; spirit" for Spirit) before a rare one that gives the
    word first (京 "capital (esp. Kyoto)")."""
    kept = [
        c
        for c in candidates
        if c.sense <= FREQUENT_SENSE
        and c.gloss <= LITERAL_MAX_GLOSS
        and c.native
        and not c.synonym
        and (c.noun or c.numeral or (adjectives and not last and c.adjective and c.form.endswith(("い", "的"))))
        and JAPANESE_ONLY.fullmatch(c.form)
    ]
    # A number word is written as its numeral in kanji (一 for One, not the counting 一つ), an ordinal as 第 and the
    # numeral (第三 for Third, not 三次 "third-order").
    numerals = [c for c in kept if (c.numeral and KANJI_ONLY.fullmatch(c.form)) or ORDINAL.fullmatch(c.form)]
    if numerals:
        return list(dict.fromkeys(c.form for c in sorted(numerals)))[:limit]
    first = sorted(
        (c for c in kept if c.sense == 0), key=lambda c: (not c.common, c.gloss, c.qualified, not c.sole, c.news_rank)
    )
    frequent = sorted(
        (c for c in kept if c.common and c.news_rank < 99 and len(c.form) > 1), key=lambda c: (c.news_rank, c.gloss)
    )
    forms = [glued(c.form) for c in first if not glued(c.form).endswith("的")]
    often = [glued(c.form) for c in frequent if not glued(c.form).endswith("的")]
    return list(dict.fromkeys(list(dict.fromkeys(forms))[:limit] + list(dict.fromkeys(often))[:COMPOSED_FREQUENT]))


def glued(form: str) -> str:
    """How a word stands glued before a noun: an adjectival noun in 的 by its stem (統一的 → 統一: 統一航空, 一般的 →
    一般: 一般製粉), as Japanese compounds are made; 統一的航空 is no Japanese."""
    return form[:-1] if form.endswith("的") and len(form) > 2 else form


# Words of a name joined in one (BlackRock, CrowdStrike) or written as one (Salesforce, Dropbox).
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
COMPOUND_PART = 3  # letters of the shortest part of a closed compound (sales|force, not s|alesforce)
ALL_GENERIC_BLOCK = False
COMPOSED_WORDS = 3  # words of the longest name rendered whole
COMPOSED_LITERALS = 12
FREQUENT_SENSE = 1  # the senses whose renderings count among a word's most frequent (営業 "sales", sense 2)
COMPOSED_FREQUENT = 2  # the most frequent renderings of a word added to its first ones in a whole name's rendering


def name_words(name: str, index: WordIndex) -> list[str]:
    """The English words of ``name``, with its closed compounds split where both halves are words (Salesforce →
    sales, force; BlackRock → black, rock)."""
    out: list[str] = []
    for token in LATIN_WORD.findall(name):
        for part in CAMEL.split(token):
            word = part.lower()
            if lookup_any(index, word) or word in GENERIC_HEADS or set(singular(word)) & GENERIC:
                out.append(word)  # a generic word is no closed compound (airlines is not air|lines)
                continue
            # The first word of an English compound is written in its own form, not in the plural: black|stone,
            # not blacks|tone (Blackstone), drop|box.
            for cut in range(len(word) - COMPOUND_PART, COMPOUND_PART - 1, -1):
                head = word[:cut]
                if (index.common.get(head) or index.function.get(head)) and lookup_any(index, word[cut:]):
                    out += [word[:cut], word[cut:]]
                    break
            else:
                out.append(word)
    return out


def lookup_any(index: WordIndex, word: str) -> list[Candidate]:
    """The renderings of ``word``, function words (one, third) included, and of its dictionary form (united →
    unite: 統一)."""
    found = lookup(index, word) or index.function.get(word, [])
    if word.endswith("ed") and len(word) > 4:
        found = found + (lookup(index, word[:-1]) or lookup(index, word[:-2]))
    return found


# Generic heads of company names that JMdict glosses only as part of a phrase ("airline company"), with the word a
# word-for-word translation writes for them: the company words of name_slots.tsv.
GENERIC_HEADS = {
    "airlines": ["航空"],
    "airways": ["航空"],
    "airline": ["航空"],
    "bancorp": ["銀行"],  # a bank's holding company: JMdict has no "bancorp"
    "bancorporation": ["銀行"],
    "bancshares": ["銀行"],
}


# Prepositions of English names and how Japanese, which puts the modifier first, orders a word-for-word rendering of
# them: "A in the B" → BのA or Bの中のA (Jack in the Box), "A of B" → BのA, "under B" → Bの下 (Under Armour).
PREPOSITIONS = {"of": ("の",), "in": ("の", "の中の"), "under": ("の下",)}


def composed(name: str, index: WordIndex, dictionary: frozenset[str], adjectives: bool = True) -> list[str]:
    """Word-for-word renderings of a whole name of two or three words, generic words too (Crown Castle → 王冠城,
    Monster Beverage → 怪物飲料, BlackRock → 黒い岩), for a name with a word of its own (not International Airlines),
    best renderings of each word first. A name with a preposition is rendered in Japanese order (Under Armour →
    鎧の下). A rendering that is itself a word of the dictionary is ordinary Japanese, not a name's literal."""
    words = [w for w in name_words(name, index) if w not in ("the", "and")]
    if "&" in name or initialisms(name):
        return []  # an initialism is no word to render (GE HealthCare is no 戈健康手入れ)
    preposition = next((w for w in words if w in PREPOSITIONS), None)
    if preposition is not None:
        at = words.index(preposition)
        head, tail = words[:at], words[at + 1 :]
        if (preposition == "under") != (not head) or not tail or len(head) + len(tail) > COMPOSED_WORDS:
            return []
        ordered = [tail, head] if head else [tail]
        joins = PREPOSITIONS[preposition]
    else:
        ordered, joins = [words], ("",)
    words = [w for part in ordered for w in part]
    if "of" in words or not (2 if preposition is None else 1) <= len(words) <= COMPOSED_WORDS:
        return []
    if ALL_GENERIC_BLOCK and all(w in STOPWORDS or set(singular(w)) & GENERIC for w in words):
        return []  # generic words alone render as ordinary Japanese: International Airlines → 国際航空
    last = len(words) - 1 if preposition in (None, "under") else len(ordered[0]) - 1
    parts = [
        GENERIC_HEADS.get(w)
        or compound_forms(lookup_any(index, w), last=n == last, limit=3 if n == 0 else 2, adjectives=adjectives)
        for n, w in enumerate(words)
    ]
    if not all(parts):
        return []
    out: list[tuple[int, str]] = [(0, "")]  # (the sum of the words' places among their forms, the rendering)
    for n, part in enumerate(parts):
        join = ""
        if preposition is not None and n == len(ordered[0]):
            join = "|"  # where the preposition goes
        out = [(rank + place, head + join + form) for rank, head in out for place, form in enumerate(part)]
    if preposition == "under":
        out = [(rank, form + "|") for rank, form in out]
    forms = [form.replace("|", join) for _, form in sorted(out, key=lambda x: x[0]) for join in joins]
    return [form for form in dict.fromkeys(forms) if form not in dictionary and form not in BUSINESS_WORDS][
        :COMPOSED_LITERALS
    ]


COMPANY_WORD = "社"


def word_ending_in_place_word(form: str, dictionary: frozenset[str]) -> bool:
    """``form`` ends in a word of the dictionary longer than the place word it ends in (都市 "city", 小川 "brook"):
    a common noun, which Japanese compounds freely (工業都市), not a place word that marks a name (市, 川)."""
    return any(
        form.endswith(place) and form[-length:].endswith(place) and form[-length:] in dictionary
        for place in PLACE_WORDS
        for length in range(len(place) + 1, len(form))
    )


def with_company_word(name: str, index: WordIndex, dictionary: frozenset[str]) -> list[str]:
    """A company named by one word whose rendering is one kanji, with 社 after it (Ball → 球社): Japanese news writes
    a foreign company's name with 社 (ボール社), so a word-for-word translation writes the kanji with it; the kanji
    alone is too ambiguous to look for, the pair is no word of the dictionary (本社, 神社 are left out)."""
    words = [w for w in words_of(name) if w not in STOPWORDS and not set(singular(w)) & GENERIC]
    if len(words) != 1 or initialisms(name):
        return []
    forms = compound_forms(lookup(index, words[0]), last=True, limit=2)
    return [form + COMPANY_WORD for form in forms if len(form) == 1 and form + COMPANY_WORD not in dictionary]


# --- JMnedict -----------------------------------------------------------------------------------------------


@dataclass
class NamedEntity:
    name: str  # the Latin name, without JMnedict's notes
    kind: str
    forms: list[str]  # katakana (foreign names) or kanji (proper nouns rendered by meaning)


def load_jmnedict(db: sqlite3.Connection) -> Iterator[NamedEntity]:
    kanji: dict[int, list[str]] = defaultdict(list)
    kana: dict[int, list[str]] = defaultdict(list)
    for idseq, text in db.execute("select idseq, text from NEKanji order by ID"):
        kanji[idseq].append(text)
    for idseq, text in db.execute("select idseq, text from NEKana order by ID"):
        kana[idseq].append(text)
    types: dict[int, list[str]] = defaultdict(list)
    for tid, text in db.execute("select tid, text from NETransType"):
        types[tid].append(text)
    glosses: dict[int, list[str]] = defaultdict(list)
    for tid, text in db.execute("select tid, text from NETransGloss order by rowid"):
        glosses[tid].append(text)
    for tid, idseq in db.execute("select ID, idseq from NETranslation order by ID"):
        kinds = [NE_KINDS[t] for t in types.get(tid, []) if t in NE_KINDS]
        if not kinds:
            continue
        if kanji[idseq]:
            # A name written in kanji is a Japanese name read in romaji (Utsui Ken), unless it is an organisation,
            # company, product or place whose English name is rendered by meaning (赤十字社 Red Cross Society).
            if kinds[0] not in ("organization", "company", "product", "place"):
                continue
            kind, written = "conventional", [form for form in kanji[idseq] if JAPANESE.search(form)]
        else:
            kind, written = kinds[0], [form for form in kana[idseq] if KATAKANA_NAME.fullmatch(form)]
        if not written:
            continue
        for gloss in glosses[tid]:
            for name in re.split(r",\s*", PARENS.sub("", gloss)):
                name = name.strip()
                if name and LATIN_WORD.match(name) and name[0].isupper() and len(name) <= 40:
                    yield NamedEntity(name, kind, written)


# --- listed companies ---------------------------------------------------------------------------------------


def listed_companies() -> list[str]:
    from pytickersymbols import PyTickerSymbols

    names = set()
    for stock in PyTickerSymbols().get_all_stocks():
        name = COMPANY_SUFFIX.sub("", stock["name"].strip()).strip(" ,")
        name = re.sub(r"^The ", "", name)
        if name:
            names.add(name)
    return sorted(names)


# The companies listed in the United States, from the SEC's table of tickers (company_tickers.json, a work of the US
# government, in the public domain) as edgartools ships it (MIT; edgar/reference/data/company_tickers.parquet, read
# as a file: nothing of edgartools is imported or run). The table lists the companies by market value, largest first;
# the first SEC_COMPANIES on Nasdaq or the NYSE (as the Russell 1000 counts the largest) are the companies news names
# often (Affirm, Toast, Snowflake). Its tail is not: the 3,000 largest added Business First Bancshares (商業), Choice
# Hotels (選抜) and Frequency Electronics (回数), whose literals are words of ordinary news prose, and 3 false findings
# on the WMT human references for 1 more name found on the dev set.
SEC_EXCHANGES = ("Nasdaq", "NYSE")
SEC_COMPANIES = 1000
# What SEC titles add to a company's name: state marks and former-name notes (/DE/, /NEW/, /MD), share classes.
SEC_MARKS = re.compile(
    r"\s*/\s*[A-Za-z]{2,3}/?\s*$|\s*\\\s*[A-Z]{2}$|\s+(?:Class|Cl) [A-C]\b.*$|\s*\([^)]*\)\s*$|\s+Com$"
)
SEC_SUFFIX = re.compile(COMPANY_SUFFIX.pattern, re.IGNORECASE)  # Icon Plc, Asml Holding Nv
# Closed-end funds and their kin: no company a news sentence names.
SEC_FUNDS = re.compile(r"\b(?:Fund|Funds|ETF|Etf|Municipal|Income Trust)\b")


def sec_table() -> Path:
    """Where edgartools keeps the SEC's table, found without importing edgartools."""
    import importlib.util

    spec = importlib.util.find_spec("edgar")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("edgartools is not installed (pip install --no-deps edgartools pyarrow)")
    return Path(next(iter(spec.submodule_search_locations))) / "reference" / "data" / "company_tickers.parquet"


def sec_title(name: str) -> str:
    """An SEC title in capitals as a name is written (JACK IN THE BOX → Jack in the Box, DROPBOX → Dropbox,
    NEWMONT Corp → Newmont Corp); short words stay in capitals in a name that is not all capitals (PG&E, XP)."""
    capitals = all(w == w.upper() for w in name.split())

    def cased(n: int, word: str) -> str:
        if word != word.upper() or not (capitals or sum(c.isalpha() for c in word) > 3):
            return word
        return word.lower() if n and word.lower() in STOPWORDS else word.capitalize()

    words = [cased(n, w) for n, w in enumerate(name.split())]
    return " ".join(words)


def sec_companies(limit: int = SEC_COMPANIES) -> list[str]:
    """The names of the ``limit`` largest companies listed on Nasdaq or the NYSE, largest first."""
    import pyarrow.parquet as pq

    return sec_names(pq.read_table(sec_table(), columns=["cik", "exchange", "name"]).to_pylist(), limit)


def sec_names(rows: Iterable[dict[str, str | None]], limit: int) -> list[str]:
    """The names of the SEC's rows (cik, exchange, name; largest first) as news writes them, each company once:
    the first ``limit`` companies on Nasdaq or the NYSE, without their legal suffixes and marks, funds left out."""
    seen: set[str] = set()
    names: list[str] = []
    for row in rows:
        cik, title = row.get("cik") or "", row.get("name") or ""
        if row.get("exchange") not in SEC_EXCHANGES or cik in seen or not title:
            continue
        seen.add(cik)
        name = sec_title(title.strip())
        for _ in range(3):
            name = SEC_SUFFIX.sub("", SEC_MARKS.sub("", name).strip()).strip(" ,./&")
        name = re.sub(r"^The ", "", name)
        if name and not SEC_FUNDS.search(name):
            names.append(name)
        if len(seen) >= limit:
            break
    return names


# --- the tables ---------------------------------------------------------------------------------------------


def words_of(name: str) -> list[str]:
    return [w.lower().removesuffix("'s").removesuffix("’s") for w in LATIN_WORD.findall(name)]


# A word of two or three capitals is an initialism, read letter by letter (GE, HP, SAP, US): English writes no short
# word in capitals, so it is no word a translation renders by meaning (HP is no 馬力 "horsepower", GE no 戈).
INITIALISM = re.compile(r"[A-Z]{2,3}")


def initialisms(name: str) -> set[str]:
    """The initialisms of ``name``, in lower case as words_of gives its words (GE HealthCare → {"ge"})."""
    return {w.lower() for w in LATIN_WORD.findall(name) if INITIALISM.fullmatch(w)}


def own_words(name: str) -> tuple[str, ...]:
    """The words a name is told by (Toyota Motor Corp → toyota): what two lists of companies share."""
    return tuple(w for w in words_of(name) if len(w) > 1 and w not in STOPWORDS and not set(singular(w)) & GENERIC)


def singular(word: str) -> list[str]:
    """The word and the singular forms it may have (monkeys → monkey, wolves → wolf, travelers → traveler)."""
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("ves") and len(word) > 4:
        out += [word[:-3] + "f", word[:-3] + "fe"]
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    return out


def lookup(index: WordIndex, word: str) -> list[Candidate]:
    for form in singular(word):
        if index.common.get(form):
            return index.common[form]
    return []


def name_word_renderings(index: WordIndex, word: str) -> list[Candidate]:
    """The renderings of a name's word: its own; for a word without a common noun in its first sense, the nouns
    whose gloss is its plural (brother: 兄弟 "siblings; brothers"), as JMdict glosses a word for a kind of people or
    things in the plural (not Ball: 球 "ball" is its own; "balls" is something else); and for a word still without a
    common noun, the common word whose first gloss names a kind of it (well: 井戸 "water well", caterpillar: 毛虫
    "hairy caterpillar"; the plural of a grammar word is a noun: Wells)."""
    own = list(lookup(index, word))
    found = list(own)
    if not word.endswith("s") and not any(c.noun and c.common and c.sense == 0 and c.native for c in own):
        for plural in (word + "s", word + "es", word[:-1] + "ies" if word.endswith("y") else ""):
            found += [c for c in index.common.get(plural, []) if c.noun]
    if not any(c.noun and c.common and c.sense == 0 and c.native for c in found):
        found += [c for form in singular(word) for c in index.heads.get(form, [])]
    return found


def cell(values: Iterable[str]) -> str:
    return "|".join(v.replace("|", "").replace("\t", " ") for v in values)


HEADER = """# {title}
#
# Generated by tools/build_name_tables.py from {sources}; do not edit by hand (rerun the script).
# {licence}
#
{columns}
"""
JM_LICENCE = (
    "Derived from JMdict/JMnedict (jamdict-data 1.5: JMdict 1.08, JMnedict 2020-05-29), the property of the "
    "Electronic\n# Dictionary Research and Development Group, used under CC BY-SA 4.0; this file is under the "
    "same licence\n# (see NAMES-LICENSE.md beside it)."
)


# --- WordNet: the renderings of a word's synonyms -------------------------------------------------------------

# Princeton WordNet 3.0 as Debian's wordnet-base installs it (read at build time only).
WORDNET = Path("/usr/share/wordnet")
WORDNET_POS = ("noun", "verb", "adj", "adv")
# A word's commonest senses: WordNet lists a word's synsets of each part of speech by how often its tagged corpus met
# the sense, commonest first; later synsets are rarer senses, whose synonyms a translation of the word seldom writes.
SYNSETS = 2
# The renderings of each synonym taken, and of all synonyms together: as many as a word's own (MAX_RENDERINGS). The
# source rules count a synonym's rendering only joined to the rest of the name in the target (measured: 4 per synonym
# or one synset found one name fewer on the with-source dev sets, and no false alarm fewer).
SYNONYM_RENDERINGS = MAX_RENDERINGS
MAX_SYNONYM_RENDERINGS = MAX_RENDERINGS
WORDNET_LEMMA = re.compile(r"[a-z][a-z'\-]*")


def wordnet_synonyms(folder: Path) -> dict[str, list[str]]:
    """Each lower-case word of WordNet → the other words of its first ``SYNSETS`` synsets of each part of speech, the
    first synset of every part of speech before the second ones (switch: exchange, of the verb's first, before
    substitution, of the noun's second): single words in lower case only (not Texas_Ranger or bird_of_passage; an
    adjective's position mark, dread(a), left out)."""
    ranked: dict[str, list[tuple[int, int, int, str]]] = defaultdict(list)  # (synset rank, part of speech, place, word)
    for number, pos in enumerate(WORDNET_POS):
        data = (folder / f"data.{pos}").read_bytes().decode("latin-1")
        for line in (folder / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence at the top of the file
            fields = line.split()
            lemma, pointers = fields[0], int(fields[3])
            if not WORDNET_LEMMA.fullmatch(lemma):
                continue
            for rank, offset in enumerate(fields[6 + pointers :][:SYNSETS]):
                at = int(offset)
                synset = data[at : data.index("\n", at)].split()
                count = int(synset[3], 16)
                for place, word in enumerate(synset[4 : 4 + 2 * count : 2]):
                    word = re.sub(r"\(.*\)$", "", word)
                    if word != lemma and WORDNET_LEMMA.fullmatch(word):
                        ranked[lemma].append((rank, number, place, word))
    return {lemma: list(dict.fromkeys(word for *_, word in sorted(found))) for lemma, found in ranked.items()}


def synonym_renderings(rows: list[list[str]], folder: Path) -> dict[str, list[str]]:
    """Each word of the table → the first renderings of its WordNet synonyms that are not its own (rover → wanderer
    → 渡り者; always, a synonym of ever → 常に; cattleman, of cowboy → 牛飼い): JMdict lists a Japanese word under one
    English gloss (常に "always; constantly") where a translation by meaning reaches it from another word of the same
    sense. Only synonyms that the table lists, and none of the word's own renderings, loanwords or conventional
    renderings again."""
    table = {row[0]: split_cell(row[1]) for row in rows}
    synonyms = wordnet_synonyms(folder)
    out: dict[str, list[str]] = {}
    for word, renderings_, loans, conventional in ((row[0], row[1], row[2], row[3]) for row in rows):
        own = {*split_cell(renderings_), *split_cell(loans), *split_cell(conventional)}
        found: list[str] = []
        for synonym in synonyms.get(word, ()):
            for form in table.get(synonym, [])[:SYNONYM_RENDERINGS]:
                if form not in own and form not in found:
                    found.append(form)
        if found:
            out[word] = found[:MAX_SYNONYM_RENDERINGS]
    return out


def split_cell(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


def write_word_renderings(path: Path, rows: list[list[str]], wordnet: Path) -> int:
    """word_renderings.tsv: the rows (word, renderings, loans, conventional) and, from WordNet, the synonyms column."""
    synonyms = synonym_renderings(rows, wordnet)
    return write(
        path,
        HEADER.format(
            title="English words and how Japanese writes them, for the names of a source rendered by meaning "
            "(source.brand-as-word,\n# source.name-as-word). word: lower case; renderings: the common-word "
            "renderings, the dictionary's first ones first;\n# loans: katakana loanwords that transliterate the "
            "word; conventional: how the capitalised word is written (Mars → 火星);\n# synonyms: the first "
            "renderings of the word's synonyms in its first two WordNet synsets of each part of speech\n# "
            "(rover → wanderer → 渡り者), after its own.",
            sources="JMdict's English glosses and\n# Princeton WordNet 3.0's synsets (WordNet 3.0 Copyright 2006 by "
            "Princeton University. All rights reserved;\n# its licence in NAMES-LICENSE.md)",
            licence=JM_LICENCE,
            columns="#",
        ),
        ["word", "renderings", "loans", "conventional", "synonyms"],
        ([*row[:4], cell(synonyms.get(row[0], []))] for row in rows),
    )


def word_rendering_rows(index: WordIndex, entries: dict[int, Entry], wordnet: Path) -> list[list[str]]:
    """The rows (word, renderings, loans, conventional) of word_renderings.tsv: the index's renderings of each word,
    then those that the dictionary gives the word only inside a longer gloss, which the index, read by the name
    tables too, leaves out: a tree's or an animal's name in "elm tree" (species_renderings) and an agent noun's
    verbal noun with 者 (agent_renderings)."""
    nouns = WordNetNouns.read(wordnet)
    species = species_renderings(entries, nouns)
    headwords = frozenset(form for entry in entries.values() for form, _ in entry.kanji)
    words = sorted(set(index.common) | {w for w in index.proper if w in index.common} | set(species))
    rows = []
    for word in words:  # not index.function
        common = renderings(index.common.get(word, []))
        extra = [form for form in (*species.get(word, ()), *agent_renderings(word, index, headwords, nouns))]
        common += [form for form in dict.fromkeys(extra) if form not in common][: MAX_RENDERINGS - len(common)]
        if not common:
            continue
        conventional = [r for r in renderings(index.proper.get(word, []), 4) if r not in common]
        rows.append([word, cell(common), cell(index.loans.get(word, [])[:MAX_LOANS]), cell(conventional)])
    return rows


# A living thing's gloss of two words, the second its kind ("elm tree", "pine tree", "myna bird"): English names the
# tree or the bird by its first word alone (an elm, a myna), where WordNet makes that word a kind of the second; not in
# "dragon tree", "tulip tree" (a tulip is no tree) or "telegraph plant", whose first word names something else.
KINDS = ("tree", "plant", "shrub", "bush", "flower", "vine", "grass", "fish", "bird")
# The scientific name of a gloss's note, a variety's or a subspecies' too (Ulmus davidiana var. japonica).
SPECIES = re.compile(r"[( ]([A-Z][a-z]+) ([a-z]{3,})(?: (?:var|subsp|ssp)\. [a-z]+)?\)")


def species_renderings(entries: dict[int, Entry], nouns: WordNetNouns) -> dict[str, list[str]]:
    """Each word that names a plant or an animal in a gloss of two words ("elm tree (…, Ulmus davidiana var.
    japonica)": elm) → the forms of those senses, in the order of the dictionary: senses whose note gives the
    scientific name (living, or SPECIES for a variety), of the early senses and glosses index_words reads."""
    out: dict[str, list[str]] = defaultdict(list)
    for entry in entries.values():
        for sense in entry.senses[: (MAX_SENSE if entry.common else MAX_SENSE_RARE) + 1]:
            if set(sense.misc) & SKIPPED_MISC:
                continue
            if not living(sense) and not any(
                (found := SPECIES.search(gloss)) and found.group(2) not in ENGLISH for gloss in sense.glosses
            ):
                continue
            for gloss in sense.glosses[: MAX_GLOSS + 1]:
                two = re.fullmatch(r"([a-z][a-z'\-]+) ([a-z]+)", gloss_head(gloss))
                if two is None or two.group(2) not in KINDS or not nouns.kind_of(two.group(1), two.group(2)):
                    continue
                word = two.group(1)
                out[word] += [
                    form
                    for form in entry.forms(sense)
                    if JAPANESE_ONLY.fullmatch(form) and not (len(form) < 2 and HIRAGANA.match(form))
                    and form not in out[word]
                ]
    return dict(out)


# WordNet's lexicographer file of people (noun.person): an agent noun names a person.
NOUN_PERSON = 18


@dataclass
class WordNetNouns:
    """WordNet's nouns: each lower-case noun's first ``SYNSETS`` synsets, each synset's lexicographer file and
    hypernyms; and the verbs."""

    synsets: dict[str, list[int]]
    files: dict[int, int]
    hypernyms: dict[int, list[int]]
    verbs: frozenset[str]

    @classmethod
    def read(cls, folder: Path) -> WordNetNouns:
        synsets: dict[str, list[int]] = {}
        for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
            fields = line.split()
            if not line.startswith(" ") and WORDNET_LEMMA.fullmatch(fields[0]):
                synsets[fields[0]] = [int(at) for at in fields[6 + int(fields[3]) :]]
        files: dict[int, int] = {}
        hypernyms: dict[int, list[int]] = {}
        for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            at, count = int(fields[0]), int(fields[3], 16)
            files[at] = int(fields[1])
            rest = fields[4 + 2 * count :]
            pointers = [rest[1 + 4 * n : 5 + 4 * n] for n in range(int(rest[0]))]
            hypernyms[at] = [int(p[1]) for p in pointers if p[0] in ("@", "@i") and p[2] == "n"]
        verbs = frozenset(
            line.split()[0] for line in (folder / "index.verb").read_text(encoding="latin-1").splitlines()
            if not line.startswith(" ")
        )
        return cls(synsets, files, hypernyms, verbs)

    def kind_of(self, word: str, kind: str) -> bool:
        """One of the word's first synsets is, through its hypernyms, the first synset of ``kind`` (elm: tree)."""
        goal = self.synsets.get(kind, [None])[0]
        seen: set[int] = set()
        todo = list(self.synsets.get(word, [])[:SYNSETS])
        while todo:
            at = todo.pop()
            if at == goal:
                return True
            if at not in seen:
                seen.add(at)
                todo += self.hypernyms.get(at, [])
        return False

    def person(self, word: str) -> bool:
        """One of the word's first synsets names a person (noun.person)."""
        return any(self.files.get(at) == NOUN_PERSON for at in self.synsets.get(word, [])[:SYNSETS])


# The endings of English agent nouns (wanderer, user, visitor), after the verb they are made from (wander, use, visit).
AGENT_ENDINGS = ("er", "or")
PERSON = "者"


def agent_renderings(word: str, index: WordIndex, headwords: frozenset[str], nouns: WordNetNouns) -> list[str]:
    """An agent noun's renderings made the way Japanese makes them: the verb's rendering by a verbal noun (wander:
    放浪, "wandering", 放浪する) with 者 "person", where the dictionary lists the compound (放浪者): JMdict glosses
    放浪者 "vagrant; vagabond", not "wanderer", and a translation of the agent noun writes the compound."""
    if len(word) < 5 or not word.endswith(AGENT_ENDINGS) or not nouns.person(word):
        return []  # a noun of a person in WordNet (wanderer, user), not a thing (career, counter)
    verbs = [word[:-2], word[:-1]] + ([word[:-3]] if word[-3] == word[-4] else [])  # wander, use, run (runner)
    verbs = [verb for verb in verbs if verb in nouns.verbs]  # a verb of WordNet's: not common (commoner)
    out: list[str] = []
    for verb in verbs:
        for candidate in sorted(index.common.get(verb, ())):
            form = candidate.form + PERSON
            if candidate.verbal and candidate.native and form in headwords and form not in out:
                out.append(form)
    return out


def write(path: Path, header: str, columns: list[str], rows: Iterable[list[str]]) -> int:
    lines = [header.rstrip("\n"), "\t".join(columns)]
    count = 0
    for row in rows:
        lines.append("\t".join(row).rstrip("\t"))
        count += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count


def build(db_path: Path, out: Path, wordnet: Path) -> None:
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    entries = load_jmdict(db)
    ENGLISH.clear()
    ENGLISH.update(english_words(entries))
    index = index_words(entries)
    FORM_NEWS_RANK.clear()
    FORM_NEWS_RANK.update(form_news_ranks(entries))
    named = list(load_jmnedict(db))
    companies = listed_companies()
    known_companies = {own_words(c) for c in companies}
    sec = [c for c in sec_companies() if own_words(c) not in known_companies]  # Toyota Motor Corp/ is Toyota Motor

    # word_renderings.tsv
    rows = word_rendering_rows(index, entries, wordnet)
    count = write_word_renderings(out / "word_renderings.tsv", rows, wordnet)
    print(f"word_renderings.tsv: {count} words")
    known_words = {word for word in index.common if renderings(index.common[word])}

    # known_names.tsv
    def at_risk(name: str) -> bool:
        """A name with a word that a translation by meaning could render (not only Lake, Park or Tunnel), or a name of
        two words or more made of such generic words alone, every one of which it could render (Cape Town → 岬町)."""
        words = [w for w in words_of(name) if w not in STOPWORDS]
        if any(lookup(index, w) for w in words if w not in GENERIC):
            return True
        return len(words) > 1 and all(lookup(index, w) for w in words)

    known: dict[tuple[str, str], list[str]] = {}
    for entity in named:
        if len(words_of(entity.name)) > 5 or not at_risk(entity.name):
            continue
        forms = known.setdefault((entity.name, entity.kind), [])
        forms += [f for f in entity.forms if f not in forms]
    # Capitalised JMdict glosses of more than one word are proper nouns rendered by meaning (赤十字 Red Cross).
    for entry in entries.values():
        for sense in entry.senses[:2]:
            for gloss in sense.glosses:
                name = PARENS.sub("", gloss).strip()
                name = re.sub(r"^the ", "", name)
                if not re.fullmatch(r"[A-Z][A-Za-z'\-]+(?: (?:of |the |and )*[A-Z][A-Za-z'\-]+)+", name):
                    continue
                if len(words_of(name)) > 5 or not at_risk(name):
                    continue
                forms = known.setdefault((name, "conventional"), [])
                forms += [f for f in entry.forms(sense) if f not in forms]
    known_rows = [[name, kind, cell(forms[:4])] for (name, kind), forms in sorted(known.items()) if forms]
    count = write(
        out / "known_names.tsv",
        HEADER.format(
            title="Names a dictionary knows, with their Japanese forms: the suggestion when a source name is "
            "rendered by meaning, and\n# proof that a capitalised word is a name. kind: company, product, "
            "organization, place, person, name (of unknown type)\n# or conventional (a proper noun Japanese "
            "renders by meaning: Red Cross → 赤十字). Only names with a word of word_renderings.tsv.",
            sources="JMnedict (foreign names in katakana) and capitalised JMdict/JMnedict glosses",
            licence=JM_LICENCE,
            columns="#",
        ),
        ["name", "kind", "forms"],
        known_rows,
    )
    print(f"known_names.tsv: {count} names")

    # name_literals.tsv
    sounds: dict[str, list[str]] = defaultdict(list)  # a foreign name of one word → its katakana (JMnedict)
    for entity in named:
        if entity.kind != "conventional" and LATIN_WORD.fullmatch(entity.name):
            known = sounds[entity.name]
            known += [form for form in entity.forms if ALL_KATAKANA.fullmatch(form) and form not in known]
    literal_rows: dict[tuple[str, str], list[str]] = {}  # (name, kind): a company and a town may share a name

    def add(name: str, kind: str, proper: list[str], note: str) -> None:
        """A row for ``name`` when one of its own words (not Group, Holdings, Lake) has literal renderings."""
        words = [w for w in words_of(name) if w not in STOPWORDS and not set(singular(w)) & GENERIC]
        if not words or len(words) > 2 or (name, kind) in literal_rows:
            return
        short = initialisms(name)  # GE, HP: read letter by letter, never rendered (HP is no 馬力)
        parts = [
            [] if w in short else literal_forms(name_word_renderings(index, w), adjectives=len(words) == 2 and n == 0)
            for n, w in enumerate(words)
        ]
        if len(words) == 1 and not parts[0] and words[0] not in short:
            parts[0] = adjective_stems(name_word_renderings(index, words[0]))
        if not any(parts):
            return
        rest: list[str] = []
        if all(parts) and len(parts) == 2:  # both words rendered: 黒い岩 (BlackRock), 北の信託 (Northern Trust)
            firsts = parts[0][:3]
            literals = [glued(a) + b for a in firsts for b in parts[1][:2]]
            literals += [a + "の" + b for a in firsts for b in parts[1][:2] if not a.endswith(("い", "的"))]
        elif len(parts) == 1:
            literals = parts[0]
        else:  # one word rendered, the other left as it sounds: 井戸ファーゴ (Wells Fargo)
            literals = [form for part in parts for form in part[:3]]
            rest = [w.upper() if w in short else w.title() for w, part in zip(words, parts, strict=True) if not part]
            # ... and as Japanese writes it, where the dictionary knows the name: a spelling that its sound does not
            # tell (Hughes: ヒューズ, not ヒュージス) is matched by JMnedict's katakana.
            rest += [
                form
                for word in rest
                if word.lower() not in short  # SL is no Sendero Luminoso
                for form in sounds.get(word, [])[:REST_FORMS]
                if form not in rest
            ]
        loans = [lo for w in words for lo in index.loans.get(w, [])[:1]]
        proper = proper or (["・".join(loans)] if len(loans) == len(words) else [])
        literals = [lit for lit in dict.fromkeys(literals) if lit not in proper]
        if kind != "place":  # COUNTRY: 同盟国 is no literal of Ally
            literals = [lit for lit in literals if not lit.endswith(COUNTRY)]
        if literals:
            literal_rows[name, kind] = [name, kind, cell(literals[:12]), cell(proper[:3]), cell(rest), note]

    dictionary = frozenset(
        form for entry in entries.values() for form in [*(k for k, _ in entry.kanji), *entry.kana]
    )

    def compose(name: str, kind: str, proper: list[str], note: str) -> None:
        """Add the word-for-word renderings of the whole name to its row (a new row if it has none)."""
        forms = [form for form in composed(name, index, dictionary) if form not in proper]
        if kind == "company":
            forms += [form for form in with_company_word(name, index, dictionary) if form not in forms]
        if not forms:
            return
        row = literal_rows.get((name, kind))
        if row is None:
            literal_rows[name, kind] = [name, kind, cell(forms), cell(proper[:3]), "", note]
        elif not row[4]:  # a row whose literal renders the name only in part (井戸ファーゴ) keeps its own
            known = row[2].split("|")
            row[2] = cell(list(dict.fromkeys(known + forms))[: MAX_LITERALS + COMPOSED_LITERALS])

    ne_proper: dict[str, list[str]] = defaultdict(list)
    for entity in named:
        if entity.kind in ("company", "product", "organization"):
            ne_proper[entity.name] += [f for f in entity.forms if f not in ne_proper[entity.name]]
    for company in companies:
        add(company, "company", ne_proper.get(company, []), "listed company (pytickersymbols)")
        compose(company, "company", ne_proper.get(company, []), "listed company (pytickersymbols)")
    for company in sec:
        add(company, "company", ne_proper.get(company, []), "listed company (SEC)")
        compose(company, "company", ne_proper.get(company, []), "listed company (SEC)")
    for entity in named:
        if entity.kind in ("company", "product", "organization"):
            add(entity.name, entity.kind, entity.forms, f"JMnedict {entity.kind}")
            compose(entity.name, entity.kind, entity.forms, f"JMnedict {entity.kind}")
    for entity in named:
        if entity.kind in ("place", "person") and len(words_of(entity.name)) == 1:
            word = words_of(entity.name)[0]
            if word in known_words and entity.name[0].isupper():
                add(entity.name, entity.kind, entity.forms, f"JMnedict {entity.kind}")
    # Places of two or three words, rendered word for word of nouns alone (塩湖市; an adjective's rendering, 赤い川, is
    # ordinary prose), kept where the rendering ends in a place word after two characters or more (one kanji before
    # it, 区県, 寺市, is too ambiguous, as for a company's 社), and is no name in kanji of
    # JMnedict (長浜 is a Japanese town, not Long Beach) nor a place that Japanese renders by meaning (Red Sea → 紅海),
    # nor the literal of a place of one word with its place word (不死鳥市 is Phoenix with the 市 Japanese writes after
    # a city, before it is Phoenix City).
    one_word_places = {
        literal for row in literal_rows.values() if row[1] == "place" for literal in row[2].split("|") if literal
    }
    ne_kanji = frozenset(text for (text,) in db.execute("select text from NEKanji"))
    conventional = {entity.name for entity in named if entity.kind == "conventional"}
    words_and_names = dictionary | ne_kanji
    for entity in named:
        if entity.kind != "place" or not 2 <= len(words_of(entity.name)) <= 3 or entity.name in conventional:
            continue
        if not own_words(entity.name):
            continue  # generic words alone (Lake City, Lake Town) render as ordinary Japanese: 湖市, 湖町
        forms = [
            form
            for form in composed(entity.name, index, words_and_names, adjectives=False)
            if form.endswith(tuple(PLACE_WORDS)) and form not in PLACE_WORDS and form not in ne_kanji
            and not word_ending_in_place_word(form, dictionary)
            and not any(len(form) - len(place) < 2 for place in PLACE_WORDS if form.endswith(place))
            and not any(form[: -len(place)] in one_word_places for place in PLACE_WORDS if form.endswith(place))
            and not ALL_KATAKANA.search(form)  # マイル市, ガス市: a loanword sounds the name, it does not translate it
        ]
        if forms and (entity.name, "place") not in literal_rows:
            literal_rows[entity.name, "place"] = [entity.name, "place", cell(forms), cell(entity.forms[:3]), "",
                                                  "JMnedict place"]
    count = write(
        out / "name_literals.tsv",
        HEADER.format(
            title="Companies, brands, products, places and people whose names are ordinary English words, with "
            "the literal\n# renderings a word-for-word translation gives them (entity.brand-literal, "
            "entity.name-literal). literals: the\n# dictionary's first renderings of the name's words; proper: "
            "how Japanese writes the name.",
            sources="pytickersymbols 1.17.10 (MIT; companies of 20 stock indices), the SEC's table of tickers\n# "
            "(public domain; the 1,000 largest companies on Nasdaq and the NYSE, from edgartools 5.62.1), JMnedict "
            "and JMdict",
            licence=JM_LICENCE,
            columns="#",
        ),
        ["name", "kind", "literals", "proper", "rest", "note"],
        sorted(literal_rows.values()),
    )
    print(f"name_literals.tsv: {count} names")


# The tables build() writes, in its order.
TABLES = ("word_renderings.tsv", "known_names.tsv", "name_literals.tsv")


def stale_tables(built: Path, committed: Path, names: Iterable[str] = TABLES) -> list[tuple[str, int]]:
    """The tables of ``built`` that differ from those of ``committed`` (or that it lacks), each with the number of
    lines one has and the other has not (a changed row counts twice)."""
    stale = []
    for name in names:
        new = (built / name).read_text(encoding="utf-8")
        old = (committed / name).read_text(encoding="utf-8") if (committed / name).is_file() else ""
        if new != old:
            stale.append((name, len(set(new.splitlines()) ^ set(old.splitlines()))))
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="jamdict.db (default: the one of the installed jamdict-data)")
    parser.add_argument("--out", type=Path, default=ROOT / "auditor" / "lexicons" / "ja")
    parser.add_argument("--wordnet", type=Path, default=WORDNET, help=f"WordNet 3.0's dict folder (default {WORDNET})")
    parser.add_argument(
        "--synonyms-only",
        action="store_true",
        help="only recompute the synonyms column of OUT/word_renderings.tsv from its own rows and WordNet (no JMdict)",
    )
    parser.add_argument(
        "--check", action="store_true", help="build into a scratch folder; exit 1 when OUT's tables differ from it"
    )
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.noun").is_file():
        parser.error(f"{args.wordnet}: no WordNet 3.0 here (apt-get install wordnet-base, or --wordnet DIR)")
    if not args.check:
        run(args.out, args)
        return 0
    with tempfile.TemporaryDirectory(prefix="name-tables-") as scratch:
        built = Path(scratch)
        if args.synonyms_only:  # recomputed from the committed table's own rows
            shutil.copyfile(args.out / "word_renderings.tsv", built / "word_renderings.tsv")
        run(built, args)
        stale = stale_tables(built, args.out, TABLES[:1] if args.synonyms_only else TABLES)
    for table, lines in stale:
        print(f"{args.out / table} is out of date ({lines} lines differ): rerun tools/build_name_tables.py")
    return 1 if stale else 0


def run(out: Path, args: argparse.Namespace) -> None:
    """Write the tables into ``out``: all three, or word_renderings.tsv's synonyms column alone."""
    if args.synonyms_only:
        path = out / "word_renderings.tsv"
        lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
        count = write_word_renderings(path, [[*cells, "", "", ""][:4] for cells in lines[1:]], args.wordnet)
        print(f"word_renderings.tsv: {count} words")
        return
    db = args.db
    if db is None:
        import jamdict_data

        db = Path(jamdict_data.__file__).parent / "jamdict.db"
    build(db, out, args.wordnet)


if __name__ == "__main__":
    raise SystemExit(main())

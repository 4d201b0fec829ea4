"""Foreign names translated in part: a katakana given name, ・, then the surname rendered by its meaning.

Machine translation transliterates a first name it does not know as a word and translates a surname it does: Tim
Cook becomes ティム・料理人, Bill Gates ビル・門. Japanese writes a foreign name all in katakana, so a name made of a
katakana part, the middle dot and an ordinary kanji word that renders an English word is that leftover.

Resources, not lists of examples: ``word_renderings.tsv`` (English words and the Japanese words JMdict renders them
with; generated) says which kanji words are renderings of which English words, ``known_names.tsv`` (JMnedict)
which of those English words are also names and how Japanese writes them (Cook → クック), ``person_suffixes.tsv``
what makes the whole a person (氏, 社長), and MeCab (IPAdic) reads a word the renderings list only in kana (麝香 is
ジャコウ, the musk of Musk) and says when the kanji part is itself a Japanese personal name (ジョン・万次郎).

Also here, as the names a person suffix follows: ``suffixed_names`` (the kanji names before 氏, さん …, found once per
article for the rules that read names) and ``reversed_names``, Japanese names in the English order (文雄岸田氏).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from auditor.analysis.morph import Token, entries, tokens
from auditor.analysis.readings import reading
from auditor.analysis.scripts import katakana_names
from auditor.languages.scripts import KANJI
from auditor.languages.translit import japanese_name_key
from auditor.lexicons import Lexicon, trie_pattern
from auditor.lexicons.schema import KnownNameRow, LetterNameRow, NameReadingRow, PersonSuffixRow, WordRenderingRow

if TYPE_CHECKING:
    from auditor.analysis.context import Analysis

# Titles that follow a full name in business news besides the person suffixes of person_suffixes.tsv.
_TITLES = (
    "最高経営責任者",
    "最高財務責任者",
    "最高執行責任者",
    "最高技術責任者",
    "CEO",
    "CFO",
    "COO",
    "CTO",
    "共同創業者",
    "創業者",
)
_KATAKANA = "\u30a1-\u30fa\u30fc"
_LONGEST = 5  # kanji in a rendered surname: 料理人, 麝香; longer runs are compounds, not one word
_GIVEN_LONGEST = 30  # katakana read back from the dot for the given name
# The given name, read backwards from the dot: two katakana or more, then anything but katakana or another dot
# (one given name, not the last part of a longer katakana name: the whole of ジョン・ロナルド・鈴木 is no pattern).
_GIVEN = re.compile(f"([{_KATAKANA}]{{2,}})(?![{_KATAKANA}・])")


@dataclass(frozen=True)
class HalfTranslatedName:
    start: int  # the rendered surname in the text
    end: int
    given: str  # the katakana part before the dot
    word: str  # the English word the kanji part renders (cook)
    katakana: str  # how Japanese writes that word as a name (クック), "" when no dictionary says


def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The dot, a kanji word and a person suffix or title after it (the katakana before the dot is read by _GIVEN).

    It opens with the dot, a literal the engine finds at once (a look-behind at every character cost 0.1 ms per
    article)."""
    suffixes = trie_pattern([*(row.word for row in lexicon.table(PersonSuffixRow)), *_TITLES])
    return re.compile(rf"・([\u4e00-\u9fff々]{{1,{_LONGEST}}}?)(?={suffixes})")


def half_translated_names(analysis: Analysis) -> tuple[HalfTranslatedName, ...]:
    """Every katakana given name followed by a surname rendered as an ordinary word, in text order."""
    text = analysis.text
    if "・" not in text:
        return ()
    found = []
    for match in analysis.lexicon.compiled(_pattern).finditer(text):
        window = text[max(0, match.start() - _GIVEN_LONGEST) : match.start()][::-1]
        given = _GIVEN.match(window)
        if given is None or (given.end() == len(window) == _GIVEN_LONGEST and match.start() > _GIVEN_LONGEST):
            continue  # no given name, or a katakana run longer than any
        kanji = match.group(1)
        read = reading(kanji)
        if read is not None and read.person:
            continue  # a Japanese personal name: ジョン・万次郎
        lexicon = analysis.lexicon
        # The English words the kanji word renders, by a reverse index of word_renderings.tsv's raw lines (its
        # 35,000 rows are typed only when looked up).
        rendered = lexicon.keys_by(WordRenderingRow, "renderings")
        words = rendered.get(kanji) or (rendered.get(read.kana, ()) if read else ())
        if not words:
            continue
        word, katakana = _surname(lexicon, words)
        found.append(HalfTranslatedName(match.start(1), match.end(1), given.group(1)[::-1], word, katakana))
    return tuple(found)


def _surname(lexicon: Lexicon, words: tuple[str, ...]) -> tuple[str, str]:
    """The English word a surname most likely was (one a dictionary knows as a name: Cook, or Gates for gate),
    with its katakana; else the first word and no katakana."""
    for word in words:
        for name in (word.capitalize(), word.capitalize() + "s"):
            for row in lexicon.lookup(KnownNameRow, name):
                forms = [form for form in row.forms if "・" not in form]
                if row.kind != "conventional" and forms:
                    return name, forms[0]
    return words[0], ""


# ---------------------------------------------------------------------------------------------------------------
# Names before a person suffix, and Japanese names in Western order

_IS_KANJI = re.compile(f"[{KANJI}]")
_KANJI_BEFORE = re.compile(f"[{KANJI}]+$")  # searched up to a suffix: the run of kanji that ends there
_NAME_LONGEST = 6  # kanji in a name before its suffix


def person_suffix_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The person suffixes of ``person_suffixes.tsv`` (氏, さん, 首相 …), as one pattern."""
    return re.compile(trie_pattern(row.word for row in lexicon.table(PersonSuffixRow)))


def suffix_starts(analysis: Analysis) -> tuple[int, ...]:
    """Where the person suffixes of the text start, in text order (one pass, shared: ``analysis.memo``)."""
    return tuple(match.start() for match in analysis.lexicon.compiled(person_suffix_pattern).finditer(analysis.text))


def kanji_before_suffixes(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """(start, end) of the kanji right before each person suffix (``suffix_starts``: the suffix starts at ``end``), in
    text order: the last seven at most, one more than a name holds (``start == end``: none). One search a suffix,
    shared by the rules that read the names before suffixes (``analysis.memo``), where each walked back over them
    one character at a time."""
    text = analysis.text
    reach = _NAME_LONGEST + 1
    found = []
    for end in analysis.memo(suffix_starts):
        run = _KANJI_BEFORE.search(text, end - reach if end > reach else 0, end)
        found.append((end if run is None else run.start(), end))
    return tuple(found)


def suffixed_names(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """(start, end) of the names of the text, in text order: the run of three to six kanji right before a person
    suffix, the run starting where the kanji start (広田紀子 of 広田紀子さん); of the suffixes after one run, the
    farthest counts (a name of six kanji at most). Found from the suffixes, a few places an article, not by trying a
    run of kanji at every kanji; shared by the rules that read names (``analysis.memo``)."""
    text = analysis.text
    ends: dict[int, int] = {}  # run start → the end of its longest name
    for start, end in analysis.memo(kanji_before_suffixes):
        if 3 <= end - start <= _NAME_LONGEST and not (start and _IS_KANJI.match(text, start - 1)):
            ends[start] = max(ends.get(start, 0), end)
    return tuple(sorted(ends.items()))


def two_part_names(analysis: Analysis) -> tuple[tuple[int, int, Token, Token], ...]:
    """The names before a person suffix (``suffixed_names``) that IPAdic reads as two words, with the two tokens
    (石破 then 茂; their ``pos3`` says 姓 or 名), in text order: what the rules on a name's parts read."""
    text = analysis.text
    found = []
    for start, end in analysis.memo(suffixed_names):
        toks = tokens(text[start:end])
        if len(toks) == 2:
            found.append((start, end, toks[0], toks[1]))
    return tuple(found)


def title_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The titles of ``person_suffixes.tsv`` (氏, 首相, 社長 …: kind ``title``), as one pattern."""
    return re.compile(trie_pattern(row.word for row in lexicon.table(PersonSuffixRow) if row.kind == "title"))


@dataclass(frozen=True)
class GivenNameTitle:
    start: int  # the given name alone, before the title
    end: int
    given: str  # as written there (茂, or フミオ for 文雄)
    surname: str
    full: str  # the full name the text writes elsewhere (石破茂, 岸田文雄)


def given_names_before_titles(analysis: Analysis) -> tuple[GivenNameTitle, ...]:
    """Every given name written alone before a title (茂首相), where the text names the person in full elsewhere
    (石破茂首相), in text order.

    Japanese news names a person by the family name before a title or 氏 (石破首相, 岸田氏). A translation from a
    language that names people by their given name (Indonesian, Thai), or one that split the name the wrong way,
    writes the given name there. The full names are those before a person suffix (``suffixed_names``) that IPAdic
    reads as a family name then a given name (名詞, 固有名詞, 人名, 姓 then 名); a given name of one of them right
    before a title, with no kanji before it, is the person named by the given name. So is that given name written in
    katakana as IPAdic reads it (フミオ首相 where the text names 岸田文雄氏, 文雄 read フミオ), with no katakana or
    middle dot before it (a foreign name's last part), compared with long vowels short (``japanese_name_key``)."""
    text = analysis.text
    surnames: dict[str, str] = {}  # given name → the family name it follows in a full name
    for _start, _end, first, second in analysis.memo(two_part_names):
        if first.pos3 == "姓" and second.pos3 == "名":
            surnames.setdefault(second.surface, first.surface)
    if not surnames:
        return ()
    readings: dict[str, str] = {}  # the key of a given name's reading → the given name
    for given in surnames:
        read = reading(given)
        if read is not None:
            readings.setdefault(japanese_name_key(read.kana), given)
    found = []
    for match in analysis.lexicon.compiled(title_pattern).finditer(text):
        end = match.start()
        for given, surname in surnames.items():
            start = end - len(given)
            if start >= 0 and text.startswith(given, start) and not (start and _IS_KANJI.match(text, start - 1)):
                found.append(GivenNameTitle(start, end, given, surname, surname + given))
        katakana = _KATAKANA_BEFORE.search(text, max(0, end - _GIVEN_LONGEST), end)
        if katakana is not None and not (katakana.start() and text[katakana.start() - 1] in "・･"):
            given = readings.get(japanese_name_key(katakana.group()), "")
            if given:
                surname = surnames[given]
                found.append(GivenNameTitle(katakana.start(), end, katakana.group(), surname, surname + given))
    return tuple(found)


_KATAKANA_BEFORE = re.compile(f"[{_KATAKANA}]{{2,}}$")  # searched up to a title: the katakana word that ends there


@dataclass(frozen=True)
class ReversedName:
    start: int  # the given name, then the surname, in the text
    end: int
    given: str
    surname: str
    katakana: bool = False  # ショウヘイ・オオタニ: the dot between the parts is in the span, the kanji are unknown


def reversed_names(analysis: Analysis) -> tuple[ReversedName, ...]:
    """Every Japanese name written given name first (文雄岸田氏, 隼人西岡が), in text order.

    Japanese writes a Japanese person's name family name first (岸田文雄); a translation from English, which writes
    it the other way (Fumio Kishida), may keep the English order. IPAdic tags the parts of names it knows (名詞,
    固有名詞, 人名, 姓 or 名): a name before a person suffix (``suffixed_names``) that MeCab reads as a given name and
    then a family name is a name in the English order. So is a run of kanji anywhere (``_unsuffixed``) that is two
    words IPAdic holds only as a given name and only as a family name, in that order, and a name in katakana of two
    parts read as such (``_in_katakana``: ショウヘイ・オオタニ)."""
    found = {
        (start, end): ReversedName(start, end, first.surface, second.surface)
        for start, end, first, second in analysis.memo(two_part_names)
        if first.pos3 == "名" and second.pos3 == "姓"
    }
    for name in (*_unsuffixed(analysis), *_in_katakana(analysis)):
        found.setdefault((name.start, name.end), name)
    return tuple(sorted(found.values(), key=lambda name: name.start))


_SURNAME_SHORTEST = 2  # kanji of a family name found without a suffix: one kanji (林, 森) is a word as often
_RUN = re.compile(f"[{KANJI}]{{{_SURNAME_SHORTEST + 1},}}")  # a whole run of kanji: the engine takes the longest


def kanji_suffix_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The person suffixes of ``person_suffixes.tsv`` written in kanji (氏, 選手, 監督 …), at the end of a run."""
    suffixes = [row.word for row in lexicon.table(PersonSuffixRow) if _IS_KANJI.fullmatch(row.word[-1])]
    return re.compile(f"(?:{trie_pattern(suffixes)})$")


def _unsuffixed(analysis: Analysis) -> list[ReversedName]:
    """The runs of kanji, less a person suffix that ends them, that are a given name then a family name
    (``_given_name_first``). MeCab's reading of the sentence is no help here: it reads 隼人西岡 as two places."""
    text = analysis.text
    suffix = analysis.lexicon.compiled(kanji_suffix_pattern)
    found = []
    for run in _RUN.finditer(text):
        name = run.group()
        if len(name) > _NAME_LONGEST + 3:
            continue  # longer than a name and its suffix
        ending = suffix.search(name)
        if ending is not None:
            name = name[: ending.start()]
        cut = _given_name_first(name) if _SURNAME_SHORTEST < len(name) <= _NAME_LONGEST else 0
        if cut:
            found.append(ReversedName(run.start(), run.start() + len(name), name[:cut], name[cut:]))
    return found


@lru_cache(maxsize=16384)
def _given_name_first(name: str) -> int:
    """Where the family name starts in ``name``, a given name then a family name as IPAdic holds them, else 0: the
    given name an entry of IPAdic's as a given name (人名, 名), the family name one of two kanji or more as a family
    name (姓), each as proper nouns only (誠 is also a word), with no way to read the two family name first (隆 is
    both, 加藤 no given name), and the whole no entry of IPAdic's (武蔵小金井 is a place: 武蔵 and 小金井 are a given
    name and a family name too). The family name is tried first: most runs of kanji end in no family name, and the
    ends of words recur, so their entries are mostly cached."""
    for cut in range(1, len(name) - _SURNAME_SHORTEST + 1):
        second = _person_parts(entries(name[cut:]))
        if second is None or "姓" not in second:
            continue
        if _given_first(_person_parts(entries(name[:cut])), second) and not entries(name):
            return cut
    return 0


def _given_first(first: frozenset[str] | None, second: frozenset[str] | None) -> bool:
    """Two words that are the parts of a person's name as ``first`` and ``second`` say (姓, 名: which parts each may
    be) are a given name then a family name, with no way to read them family name first (隆 is both, 加藤 no given
    name)."""
    if not first or not second:
        return False
    return "名" in first and "姓" in second and not ("姓" in first and "名" in second)


_KANJI_TAIL = re.compile(f"[{KANJI}]+$")  # what katakana_names keeps after a name (アキラ・イシダ氏)
_NAME_LETTERS = frozenset(f"・{''.join(chr(c) for c in range(0x30A1, 0x30FB))}ー")  # katakana, ー and the dot


_PARTS = {"given": ("名",), "family": ("姓",), "both": ("名", "姓")}  # name_readings.tsv's parts as IPAdic's


def name_parts(lexicon: Lexicon, word: str) -> frozenset[str]:
    """The parts of a Japanese name (名 given, 姓 family, as IPAdic calls them) that the katakana ``word`` is a
    reading of, by ``name_readings.tsv``, compared with long vowels short (``japanese_name_key``: ショウヘイ and
    ショーヘイ are one)."""
    return frozenset(
        part for row in lexicon.lookup(NameReadingRow, japanese_name_key(word)) for part in _PARTS[row.part]
    )


def letter_names_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A word made of the katakana names of Latin letters (``letter_names.tsv``: エム, シーシー)."""
    return re.compile(f"(?:{trie_pattern(name for row in lexicon.table(LetterNameRow) for name in row.names)})+")


def _in_katakana(analysis: Analysis) -> list[ReversedName]:
    """The names in katakana of two parts joined by a middle dot that are a Japanese given name then a Japanese family
    name, as the readings of ``name_readings.tsv`` say (JMnedict's names that IPAdic holds with that reading), with no
    way to read them family name first (アキラ is also a family name, イシダ no given name): アキラ・イシダ. Foreign
    names that are also Japanese readings are out of the table (ジョージ), so are loanwords; a part made of the names
    of Latin letters (``letter_names.tsv``) is letters read aloud (エム・シーシー食品, MCC)."""
    text = analysis.text
    if "・" not in text or not analysis.lexicon.has_table(NameReadingRow):
        return []
    letters = analysis.lexicon.compiled(letter_names_pattern)
    found = []
    # The article's katakana names, each once (scripts.katakana_names: one scan shared with the other name rules);
    # a name of two parts is looked for in the text only when it reads as a Japanese name in the English order.
    for run in katakana_names(analysis):
        name = _KANJI_TAIL.sub("", run)
        given, _, family = name.partition("・")
        if len(given) < 2 or len(family) < 2 or "・" in family:
            continue
        if letters.fullmatch(given) or letters.fullmatch(family):
            continue  # letters read aloud (エム・シーシー: MCC), no name
        if not _given_first(name_parts(analysis.lexicon, given), name_parts(analysis.lexicon, family)):
            continue
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not (start and text[start - 1] in _NAME_LETTERS) and text[end : end + 1] not in _NAME_LETTERS:
                found.append(ReversedName(start, end, given, family, katakana=True))
            start = text.find(name, end)
    return found


def _person_parts(found: frozenset[tuple[str, str, str, str]] | None) -> frozenset[str] | None:
    """The parts of a person's name (姓, 名) that a word's IPAdic entries (``found``) make it, or None when it is also
    anything but a proper noun (誠 is also a word) or no person's name at all."""
    if not found:
        return None
    parts = frozenset(pos3 for _, _, pos2, pos3 in found if pos2 == "人名")
    if not parts or any(pos1 != "固有名詞" for _, pos1, _, _ in found):
        return None
    return parts

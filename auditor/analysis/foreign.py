"""Short spans of another language inside Japanese prose: English dates and country names in a third language.

- ``in_japanese(text, start, end)``: whether a span stands in Japanese prose (it touches Japanese, or Japanese
  surrounds it) rather than in a Latin sentence: the test both rules share.
- ``english_dates``: ``Nov 8, 2024の時点で`` — an English month name with a day or a year, read by the one English
  number reader (``quantities.english_numbers``, months from ``en/months.tsv``), with its Japanese form.
- ``chinese_phrases``: ``Airdrop究竟是什麼?`` — a Chinese phrase in characters Japanese writes too, told by the pairs
  of characters Chinese joins and Japanese does not (``ja/chinese_pairs.tsv``, built by tools/build_chinese_markers.py).
- ``foreign_place_names``: ``Nga市場`` — a country named in a language neither Japanese nor English
  (``ja/place_names.tsv``, built from Unicode CLDR by tools/build_place_names.py), with its Japanese name.
- ``english_lines``: a line of English prose between Japanese paragraphs (a caption, a skip link), told by the
  lower-case words an English dictionary lists (JMdict's English glosses, ``ja/word_renderings.tsv``).
- ``english_seams``: ``広大なcanyon.The最良の`` — two English sentences' seam left inside Japanese prose.
- ``half_transliterations``: ``アシュleigh``, ``トreat`` — a word transliterated in part, its rest left in Latin
  letters.
- ``glyph_names``: ``劉建辉氏``, ``江苏省`` — a name before a title or an administrative unit, written with a character
  no Japanese character set holds (``outside_japanese_sets``: Python's cp932 and euc_jis_2004 codecs).

English dates, country names and Vietnamese names share one scan of the text for the characters their patterns
start with (``_capitals``), and look closer only at its hits; in a language written with Han the same scan finds the
characters language.untranslated looks for (``capitals_and_scanned``).
"""

from __future__ import annotations

import re
import string
import unicodedata
from bisect import bisect_left
from collections.abc import Mapping
from functools import cache
from typing import NamedTuple

from auditor.analysis.context import Analysis
from auditor.analysis.morph import tokens
from auditor.analysis.quantities import english_numbers, japanese_date
from auditor.analysis.source_names import english_lemmas
from auditor.languages import UnknownLanguage, get_pack
from auditor.languages.scripts import (
    CYRILLIC,
    HANGUL,
    HAS_JA,
    IS_JA_CHAR,
    KANA,
    KANJI,
    LATIN_LETTERS,
    lazy_pattern,
    matches_at,
)
from auditor.lexicons import COMMON, Lexicon, get_lexicon, trie_pattern
from auditor.lexicons.schema import (
    ChineseFrequentRow,
    ChineseMarkersRow,
    ChinesePairRow,
    ChineseWordRow,
    CreditLabelRow,
    LanguageRow,
    MonthRow,
    NamePartRow,
    PersonSuffixRow,
    PlaceNameRow,
    WordFormRow,
    WordRenderingRow,
)

_SPACES = " \u3000\u00a0"
# The scripts module's compiled classes: a class of kanji takes milliseconds to compile.
_IS_JA = IS_JA_CHAR
_JA_LETTERS = HAS_JA
_KANA = re.compile(f"[{KANA}]")
# Characters that glue a word into a token: a handle, a URL, a file name, a hyphenated compound.
_GLUE = "@#/._-‐'’&+"
_OPENING = "(（[［"
_CLOSING = ")）]］"


def _neighbour(text: str, index: int, step: int) -> tuple[str, bool]:
    """The character at ``index`` going ``step`` (-1 left, +1 right), skipping one space: (character, touching).
    The character is empty at the start or end of the text or of the line."""
    if not 0 <= index < len(text):
        return "", True
    char = text[index]
    if char in _SPACES:
        index += step
        if not 0 <= index < len(text):
            return "", False
        return ("" if text[index] in "\r\n" else text[index]), False
    return ("" if char in "\r\n" else char), True


def _foreign_letter(char: str) -> bool:
    """A letter or digit that is not Japanese: the span is part of a phrase in another language."""
    return bool(char) and char.isalnum() and _IS_JA.match(char) is None


def in_japanese(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` stands in Japanese prose: a Japanese character touches it on one side (and no
    Latin letter or digit stands on the other), or Japanese stands on both sides across a space (は Nga と)."""
    left, left_touch = _neighbour(text, start - 1, -1)
    right, right_touch = _neighbour(text, end, 1)
    if _foreign_letter(left) or _foreign_letter(right):
        return False
    left_ja = bool(left) and _IS_JA.match(left) is not None
    right_ja = bool(right) and _IS_JA.match(right) is not None
    return (left_ja and left_touch) or (right_ja and right_touch) or (left_ja and right_ja)


# ---------------------------------------------------------------------------------------------------------------
# Where the three scans below may match: one pass over the text for all of them


def _capitals_class(lexicon: Lexicon) -> re.Pattern[str]:
    """The characters an English month name (``en/months.tsv``), a place name of the lexicon's ``place_names.tsv``
    or a capitalised Latin word (``_CAPITALISED_RUN``) starts with: the first characters of the three patterns of
    this module, in one class."""
    firsts = {row.surface[0] for row in get_lexicon("en").table(MonthRow)}
    if lexicon.has_table(PlaceNameRow):
        firsts.update(lexicon.compiled(_places).firsts)
    return re.compile(f"[{re.escape(''.join(sorted(firsts)))}{_CAPITAL}]")


def _capitals(analysis: Analysis) -> list[int]:
    """Where the text holds a character of ``_capitals_class``, in order: a Japanese article has a few dozen, and
    three patterns match at them instead of each scanning the whole text (``analysis.memo(_capitals)``)."""
    return analysis.memo(capitals_and_scanned)[0]


def capitals_and_scanned(analysis: Analysis) -> tuple[list[int], list[int], list[tuple[int, int]] | None]:
    """Where the text holds a character of ``_capitals_class``, where one of the class language.untranslated scans
    for in a language written with Han (``untranslated_chars``), in order, and in such a language the runs of Latin
    letters (``scripts.latin_runs``), else None: found in one scan of the text for all three (each scan of 3,000
    characters costs ~11 µs, whatever it looks for, and the hits are a few dozen), each hit sorted into its class by
    its character, read once per character; a run of Latin letters is read whole, then its letters one by one (a
    few dozen an article)."""
    scan = analysis.lexicon.compiled(_scan)
    text = analysis.text
    if scan.other is None:
        return [match.start() for match in scan.pattern.finditer(text)], [], None
    capitals: list[int] = []
    others: list[int] = []
    runs: list[tuple[int, int]] = []
    classes = scan.classes
    for match in scan.pattern.finditer(text):
        start, end = match.span()
        char = text[start]
        of = classes.get(char)
        if of is None:
            of = classes[char] = scan.classes_of(char)
        if of[2]:  # a run of Latin letters: the run, and which of its letters the other classes hold
            runs.append((start, end))
            for at in range(start, end):
                of = classes.get(text[at])
                if of is None:
                    of = classes[text[at]] = scan.classes_of(text[at])
                if of[0]:
                    capitals.append(at)
                if of[1]:
                    others.append(at)
            continue
        if of[0]:
            capitals.append(start)
        if of[1]:
            others.append(start)
    return capitals, others, runs


class _Scan(NamedTuple):
    """The one scan of ``capitals_and_scanned``. In a language written with Han its pattern finds a character of
    ``_capitals_class`` or ``untranslated_chars``, or a whole run of Latin letters (``LATIN_LETTERS``)."""

    pattern: re.Pattern[str]
    capital: re.Pattern[str]  # _capitals_class
    other: re.Pattern[str] | None  # untranslated_chars; None where the language writes no Han (no shared scan)
    # a character → whether _capitals_class, untranslated_chars and LATIN_LETTERS hold it
    classes: dict[str, tuple[bool, bool, bool]]

    def classes_of(self, char: str) -> tuple[bool, bool, bool]:
        assert self.other is not None
        return (
            self.capital.match(char) is not None,
            self.other.match(char) is not None,
            _LATIN_LETTER.match(char) is not None,
        )


_LATIN_LETTER = re.compile(f"[{LATIN_LETTERS}]")


def shares_latin_runs(lexicon: Lexicon) -> bool:
    """Whether ``capitals_and_scanned`` finds the runs of Latin letters too (in a language written with Han)."""
    return lexicon.compiled(_scan).other is not None


def _scan(lexicon: Lexicon) -> _Scan:
    capitals = lexicon.compiled(_capitals_class)
    other = untranslated_chars(lexicon)
    if not other:
        return _Scan(capitals, capitals, None, {})
    # One class first (re tests it at each character in C), then the rest of a Latin letter's run.
    either = f"[{capitals.pattern[1:-1]}{other}{LATIN_LETTERS}]"
    pattern = re.compile(f"{either}(?:(?<=[{LATIN_LETTERS}])[{LATIN_LETTERS}]*+)?")
    return _Scan(pattern, capitals, re.compile(f"[{other}]"), {})


def untranslated_chars(lexicon: Lexicon) -> str:
    """The inside of the class language.untranslated scans a text for in a language written with Han
    (``foreign_or_scanned`` of its scripts and ``scanned_chars``), "" in another language or one without a pack."""
    try:
        own = scripts_of(get_pack(lexicon.lang).letters)
    except UnknownLanguage:
        return ""
    return foreign_or_scanned(own, lexicon.compiled(scanned_chars)) if "han" in own else ""


def scanned_chars(lexicon: Lexicon) -> str:
    """The inside of a class of the characters language.untranslated scans for besides other scripts' letters: the
    markers, the characters Chinese writes far more often and the rare keys of Chinese words (``chinese_words``),
    and the letters only Vietnamese writes."""
    _, keys = chinese_words(lexicon)
    chars = chinese_marker_chars(lexicon) + chinese_frequent_chars(lexicon) + keys
    return f"{re.escape(''.join(dict.fromkeys(chars)))}{VIETNAMESE_LETTERS}"


# Scripts a sentence may be written in wholly; a sentence mostly in one the article's language does not use is left
# in another language. Kana says Japanese; Han without kana is Chinese unless the article's language writes Han.
# language.untranslated compiles each when first needed: most articles hold no letter of a script their language does
# not write.
SCRIPTS = {
    "hangul": f"[{HANGUL}]",
    "cyrillic": f"[{CYRILLIC}]",
    "arabic": "[\u0600-\u06ff]",
    "thai": "[\u0e00-\u0e7f]",
    "kana": f"[{KANA}]",
    "han": f"[{KANJI}]",
}
# One letter of each script (and Latin), to ask which of them a language pack's letters hold.
_SCRIPT_SAMPLES = {"hangul": "한", "cyrillic": "ж", "arabic": "ع", "thai": "ก", "kana": "か", "han": "語", "latin": "a"}


@cache
def scripts_of(letters: str) -> frozenset[str]:
    """The scripts of ``SCRIPTS`` (plus latin) that a language pack's ``letters`` (the inside of a class) hold."""
    return frozenset(name for name, sample in _SCRIPT_SAMPLES.items() if re.match(f"[{letters}]", sample))


@cache
def foreign_or_scanned(own: frozenset[str], scan: str) -> str:
    """The inside of one class for the letters of the scripts of ``SCRIPTS`` not in ``own`` and the characters
    ``scan`` (the inside of a class)."""
    inside = [pattern[1:-1] for name, pattern in SCRIPTS.items() if name not in own]
    return f"{''.join(inside)}{scan}"


# ---------------------------------------------------------------------------------------------------------------
# English dates


class ForeignDate(NamedTuple):
    """An English date at ``text[start:end]`` and the same date written the Japanese way."""

    start: int
    end: int
    japanese: str


def _month_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A month name of ``en/months.tsv`` (Nov, November, Sept.) with a digit after it: the start of a date. Each
    branch starts with the name's first letter, so that the engine skips ahead to the capitals that may start one."""
    rests: dict[str, list[str]] = {}
    for row in lexicon.table(MonthRow):
        rests.setdefault(row.surface[0], []).append(row.surface[1:])
    branches = "|".join(f"{re.escape(first)}(?={trie_pattern(rest)})" for first, rest in sorted(rests.items()))
    return re.compile(f"(?:{branches})(?<![A-Za-z].)(?=[A-Za-z.]*[ \u00a0]*\\d)")


def _month_firsts(lexicon: Lexicon) -> frozenset[str]:
    """The first letters of the month names of ``en/months.tsv``: where ``_month_pattern`` may match."""
    return frozenset(row.surface[0] for row in lexicon.table(MonthRow))


def english_dates(analysis: Analysis) -> tuple[ForeignDate, ...]:
    """English dates (a month name with a day or a year) standing in Japanese prose, in text order."""
    text = analysis.text
    english = get_lexicon("en")
    month_at = english.compiled(_month_pattern).match  # matches the first letter alone: no two overlap
    firsts = english.compiled(_month_firsts)  # most capitals start no month: a set's test spares the call
    starts = [at for at in analysis.memo(_capitals) if text[at] in firsts and month_at(text, at)]
    out: list[ForeignDate] = []
    for start in starts:
        if out and start < out[-1].end:
            continue
        low, high = max(0, start - 8), min(len(text), start + 32)
        # The reader wants word boundaries: a Japanese character glued to a date (2024の) is one to it, so the window
        # it reads has them as spaces, one for one (offsets stay).
        window = _JA_LETTERS.sub(" ", text[low:high].replace("\n", " "))
        for mention in english_numbers(window, english):
            if mention.kind != "date" or not mention.start <= start - low < mention.end:
                continue
            if not isinstance(mention.value, tuple):
                break
            year, month, day = mention.value
            if day is None and year is None:
                break  # a month alone (in March) may be a word: left alone
            date_start, date_end = low + mention.start, low + mention.end
            japanese = in_japanese(text, date_start, date_end)
            japanese = japanese or _alone_on_japanese_line(analysis, date_start, date_end)
            if japanese and not analysis.in_literal(date_start, date_end):
                out.append(ForeignDate(date_start, date_end, japanese_date((year, month, day))))
            break
    return tuple(out)


# A date in the English order with a Japanese month name: what WordPress prints when a site set to Japanese keeps an
# English date format (F j, Y: 8月 29, 2025), or a translation that rendered the month alone. Read from the 月 (a
# search for one character, in C): the month's digits before it, the day, a comma and the year after.
_DAY_COMMA_YEAR = r" ?(3[01]|[12][0-9]|0?[1-9])日?, ?((?:19|20)[0-9]{2})(?![0-9])"


def month_first_dates(analysis: Analysis) -> tuple[ForeignDate, ...]:
    """Dates written month, day, comma, year with a Japanese month (8月 29, 2025), in text order."""
    text = analysis.text
    out: list[ForeignDate] = []
    at = text.find("月")
    while at >= 0:
        start = at
        while start > 0 and at - start < 2 and text[start - 1] in string.digits:
            start -= 1
        if start < at and not text[start - 1 : start].isdigit() and 1 <= int(text[start:at]) <= 12:
            after = lazy_pattern(_DAY_COMMA_YEAR).match(text, at + 1)
            if after is not None:
                date = (int(after.group(2)), int(text[start:at]), int(after.group(1)))
                out.append(ForeignDate(start, after.end(), japanese_date(date)))
        at = text.find("月", at + 1)
    return tuple(out)


_LATIN = "[A-Za-z\u00c0-\u024f]"  # compiled on first use (see lazy_pattern), as the other rare ones here


def _alone_on_japanese_line(analysis: Analysis, start: int, end: int) -> bool:
    """True when ``text[start:end]`` stands on a line of Japanese (kana or kanji) that holds no other Latin letter:
    a byline or a dateline (その他 / / July 28, 2023), where only spaces and separators part it from the Japanese."""
    lines = analysis.memo(_DateLines)
    line_start, line_end = lines.bounds(start, end)
    japanese, latin = lines.letters(line_start, line_end)
    return (
        (bisect_left(japanese, start) > 0 or bisect_left(japanese, end) < len(japanese))
        and bisect_left(latin, start) == 0
        and bisect_left(latin, end) == len(latin)
    )


class _DateLines:
    """The lines English dates stand on, their Japanese and Latin letters found once per line: a line of many dates
    stays linear (each date copied its whole line before)."""

    def __init__(self, analysis: Analysis) -> None:
        self.text = analysis.text
        self.breaks = [match.start() for match in _NEWLINE.finditer(self.text)]
        self._letters: dict[tuple[int, int], tuple[list[int], list[int]]] = {}

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """From after the last LF before ``start`` to the first LF at or after ``end`` (or the text's end)."""
        before = bisect_left(self.breaks, start)
        after = bisect_left(self.breaks, end)
        return (self.breaks[before - 1] + 1 if before else 0), (
            self.breaks[after] if after < len(self.breaks) else len(self.text)
        )

    def letters(self, start: int, end: int) -> tuple[list[int], list[int]]:
        """Where the Japanese letters and the Latin letters of ``text[start:end]`` stand."""
        found = self._letters.get((start, end))
        if found is None:
            found = self._letters[start, end] = (
                [match.start() for match in _JA_LETTERS.finditer(self.text, start, end)],
                [match.start() for match in lazy_pattern(_LATIN).finditer(self.text, start, end)],
            )
        return found


_NEWLINE = re.compile("\n")


# ---------------------------------------------------------------------------------------------------------------
# Country names in a third language


class PlaceName(NamedTuple):
    """One name of a country in ``place_names.tsv``: the name, the languages that write it so, and its row."""

    # A NamedTuple, not a dataclass: the table has three thousand names, built at every start of the auditor.
    surface: str
    codes: str  # the languages that write it so, as the table gives them: "es,id"
    row: PlaceNameRow

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(code.strip() for code in self.codes.split(",") if code.strip())


class ForeignName(NamedTuple):
    """A country's name in another language at ``text[start:end]``."""

    start: int
    end: int
    name: PlaceName


class _Places(NamedTuple):
    words: re.Pattern[str]  # a capitalised word of the scripts the table holds
    names: Mapping[str, tuple[PlaceName, ...]]  # first word → the names that start with it, longest first
    suffixes: re.Pattern[str]  # 氏, さん …: the word before is a person's name
    firsts: str  # the characters a name of the table starts with: where ``words`` can match


def _word_pattern(surfaces: list[str]) -> re.Pattern[str]:
    """A word that may start a name of the table: one of its first letters, then letters of its names. Built from
    the table's own letters: a range as wide as Hangul's takes milliseconds to compile, the letters used do not."""
    firsts = "".join(sorted({surface[0] for surface in surfaces}))
    letters = "".join(sorted(char for char in set("".join(surfaces)) | set(string.ascii_letters) if char.isalpha()))
    return re.compile(f"[{re.escape(firsts)}][{re.escape(letters)}]*")


def _places(lexicon: Lexicon) -> _Places:
    # Read once per process, at the first audit: kept lean (the languages of a name are split only for a message).
    spellings = [(value.partition("="), row) for row in lexicon.table(PlaceNameRow) for value in row.names]
    words = _word_pattern([surface for (surface, _, _), _ in spellings])
    names: dict[str, list[PlaceName]] = {}
    for (surface, _, codes), row in spellings:
        first = words.match(surface)
        key = first.group() if first else surface  # the name's first word, as the scan finds it
        names.setdefault(key, []).append(PlaceName(surface, codes, row))
    for found in names.values():
        if len(found) > 1:
            found.sort(key=lambda name: -len(name.surface))  # the longest name first (Korea Selatan, then Korea)
    suffixes = trie_pattern(row.word for row in lexicon.table(PersonSuffixRow))
    firsts = "".join(sorted({surface[0] for (surface, _, _), _ in spellings}))
    return _Places(
        words, {key: tuple(found) for key, found in names.items()}, re.compile(f"[{_SPACES}]?{suffixes}"), firsts
    )


def _language_names(lexicon: Lexicon) -> dict[str, str]:
    return {row.code: row.name for row in get_lexicon(COMMON).table(LanguageRow)}


def language_names(lexicon: Lexicon) -> Mapping[str, str]:
    """Language code → English name (``common/languages.tsv``), for messages."""
    return lexicon.compiled(_language_names)


def foreign_place_names(analysis: Analysis) -> tuple[ForeignName, ...]:
    """Country names in a third language standing in Japanese prose, in text order."""
    text = analysis.text
    lexicon = analysis.lexicon
    places: _Places = lexicon.compiled(_places)
    out: list[ForeignName] = []
    for match in matches_at(places.words, text, analysis.memo(_capitals)):
        candidates = places.names.get(match.group())
        if candidates is None:
            continue
        start = match.start()
        name = next((name for name in candidates if _is_word_at(text, start, name.surface)), None)
        if name is None:
            continue
        end = start + len(name.surface)
        before = text[start - 1] if start else ""
        if before and (before in _GLUE or _foreign_letter(before)):
            continue  # @Nga, www.nga, Hai-Nga
        left, _ = _neighbour(text, start - 1, -1)
        right, _ = _neighbour(text, end, 1)
        if left and left in _OPENING and right and right in _CLOSING:
            continue  # ロシア（Nga）: the original name given on purpose
        if places.suffixes.match(text, end):
            continue  # Đức氏: a person named Đức
        if not in_japanese(text, start, end) or analysis.in_literal(start, end) or analysis.in_embed(start, end):
            continue
        out.append(ForeignName(start, end, name))
    return tuple(out)


def _is_word_at(text: str, start: int, surface: str) -> bool:
    """True when ``surface`` stands at ``start`` as whole words (no letter or glue right after it)."""
    if not text.startswith(surface, start):
        return False
    after = text[start + len(surface) : start + len(surface) + 1]
    return not after or not (_foreign_letter(after) or after in _GLUE.replace(".", ""))


# ---------------------------------------------------------------------------------------------------------------
# Vietnamese names left in Latin letters

# A syllable of Vietnamese spelling, its accents taken off (Quốc → quoc): an initial consonant, a vowel nucleus, a
# final (Vietnamese orthography: Nguyễn Đình Hòa, "Vietnamese", 1997; the rhymes of the Vietnamese Wikipedia's
# "Chữ Quốc ngữ"). Every word of a Vietnamese name is one such syllable; English, German or Chinese pinyin names
# rarely are (Elon Musk: -sk; Xi Jinping: j and -ing; Chiang Mai: ia takes no final).
_VI_SYLLABLE = re.compile(
    "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    "(?:uye|uya|uyu|uoi|uou|oai|oay|uay|yeu|ieu|ai|ao|au|ay|eo|eu|ia|iu|oa|oe|oi|ua|ue|ui|uo|uu|uy|ye|ie|oo|[aeiouy])"
    "(?:ch|ng|nh|[cmnpt]|[iouy])?"
)
# k (not kh), gh and ngh stand only before e, i, y; c and ng never do, nor g but in gi. ia takes no final (iê
# does: tieng), and a lone i none of ng and c (Vietnamese writes -inh, -ich).
_VI_SPELLING = re.compile(
    "k(?![heiy])|n?gh(?![eiy])|(?:c|ng)(?=[eiy])|g(?=[ey])|.*(?<!g)ia(?:ch|ng|nh|[cmnpt])$|.*(?<![aeiouy])i(?:ng|c)$"
)
# Letters only Vietnamese writes among the Latin scripts: ă â đ ê ô ơ ư, and the dot below and hook above (ạ, ả).
_VI_ONLY = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u0323\u0309]")
_VI_LETTER = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
# Two capitalised words or more, joined by single spaces: the start of a candidate name.
_CAPITAL = "A-Z\u00c0-\u00de\u0110\u1e00-\u1efe"  # the inside of a class
_CAPITALISED_RUN = re.compile(
    f"[{_CAPITAL}](?<![{_VI_LETTER}0-9@#/._\\-].)[{_VI_LETTER}]*"
    f"(?: [{_CAPITAL}][{_VI_LETTER}]*)+"
)
_MIN_VI_WORDS = 3  # without a letter only Vietnamese writes: two syllables are too easily another language's words


class VietnameseName(NamedTuple):
    """A Vietnamese name in Latin letters at ``text[start:end]``."""

    start: int
    end: int
    accented: bool  # written with its Vietnamese letters (Võ Văn Kiệt), not stripped of them (Vo Van Kiet)


def vietnamese_syllable(word: str) -> bool:
    bare = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(char for char in bare if not unicodedata.combining(char)).lower()
    return (
        len(bare) >= 2
        and bare.isascii()
        and _VI_SYLLABLE.fullmatch(bare) is not None
        and _VI_SPELLING.match(bare) is None
    )


def _latin_or_glue(char: str, glue: str) -> bool:
    """A letter that is not Japanese, or a character that glues words into a token."""
    return bool(char) and ((char.isalpha() and _IS_JA.match(char) is None) or char in glue)


def _after_latin_comma(text: str, start: int) -> bool:
    """True when a comma stands before ``start`` (a space between them at most) and a Latin letter or a digit before
    the comma: ``text[start:]`` goes on a Latin address or list."""
    at = start - 1
    if at >= 0 and text[at] in _SPACES:
        at -= 1
    if at < 1 or text[at] != ",":
        return False
    before = text[at - 1]
    return before.isdigit() or _latin_or_glue(before, "")


def vietnamese_names(analysis: Analysis) -> tuple[VietnameseName, ...]:
    """Names of two or more Vietnamese syllables in Latin letters, on a line of Japanese prose, in text order.

    A name needs three words, or two with a letter only Vietnamese writes (Đà Nẵng); every word must be a Vietnamese
    syllable. It stands alone: no Latin word or glue (@ / . _ -) next to it, across a space either (an English
    phrase, an address), nor a comma after a Latin word or a figure before it (the next part of an address written
    in Latin letters: …St., Dist.7, Ho Chi Minh); its line holds kana (Japanese prose). Left alone: a name in
    brackets right after Japanese (ボーバンキエット（Võ Văn Kiệt）: given on purpose), a credit after ©, literals and
    embeds.
    """
    text = analysis.text
    out: list[VietnameseName] = []
    kana_lines: dict[int, bool] = {}  # line start → whether the line holds kana
    for match in matches_at(_CAPITALISED_RUN, text, analysis.memo(_capitals)):
        start, end = match.span()
        words = match.group().split(" ")
        accented = _VI_ONLY.search(unicodedata.normalize("NFD", match.group())) is not None
        if len(words) < (2 if accented else _MIN_VI_WORDS) or not all(map(vietnamese_syllable, words)):
            continue
        left, _ = _neighbour(text, start - 1, -1)
        right, _ = _neighbour(text, end, 1)
        if _latin_or_glue(left, _GLUE + "©") or _latin_or_glue(right, _GLUE.replace(".", "")):
            continue  # part of a longer Latin phrase, a token, a credit
        if _after_latin_comma(text, start):
            continue  # the next part of a Latin address or list (…St., Dist.7, Ho Chi Minh)
        if left and left in _OPENING and right and right in _CLOSING:
            opening = start - 1 if text[start - 1] in _OPENING else start - 2  # ( Vo Van Kiet): a space inside
            before = text[opening - 1 : opening] if opening > 0 else ""
            if before and _IS_JA.match(before):
                continue  # ボーバンキエット（Võ Văn Kiệt）: the original name given on purpose
        line_start = text.rfind("\n", 0, start) + 1
        if line_start not in kana_lines:  # a line of many names is read once
            line_end = text.find("\n", end) % (len(text) + 1)  # the text's end when it is the last line
            kana_lines[line_start] = _KANA.search(text, line_start, line_end) is not None
        if not kana_lines[line_start]:
            continue  # not a line of Japanese prose
        if analysis.in_literal(start, end) or analysis.in_embed(start, end):
            continue
        out.append(VietnameseName(start, end, accented))
    return tuple(out)


# ---------------------------------------------------------------------------------------------------------------
# Chinese phrases written in characters Japanese has too

_HAN_AFTER = re.compile("[\u4e00-\u9fff]*")
_HAN_RUN = re.compile(f"[{KANJI}]+")
MAX_RUN = 40  # characters read each way from a frequent character: a Han run is a phrase, and a longer one is cut
MIN_PAIRS = 2  # one pair Chinese joins may be a Japanese compound's seam the data never saw; two in one run are not


class ChinesePhrase(NamedTuple):
    """A Han run at ``text[start:end]`` that joins ``pairs`` the way Chinese does and Japanese does not."""

    start: int
    end: int
    pairs: tuple[str, ...]


def chinese_marker_chars(lexicon: Lexicon) -> str:
    """The characters only Chinese writes (``chinese_markers.tsv``), "" without the table (a language not written
    with Han)."""
    return (
        "".join(row.chars for row in lexicon.table(ChineseMarkersRow)) if lexicon.has_table(ChineseMarkersRow) else ""
    )


def simplified_marker_chars(lexicon: Lexicon) -> str:
    """The markers that simplified Chinese writes (the rows of ``chinese_markers.tsv`` from GB 2312, whose note
    tools/build_chinese_markers.py starts with "in GB 2312"): a simplified form, never a traditional glyph that a
    script converter may leave in Japanese text (稅 for 税)."""
    if not lexicon.has_table(ChineseMarkersRow):
        return ""
    return "".join(row.chars for row in lexicon.table(ChineseMarkersRow) if row.note.startswith("in GB 2312"))


# Administrative units written after a place's name (江蘇省, 南京市, 朝陽区; simplified 县 镇 乡): with the titles
# and honorifics of ``person_suffixes.tsv`` (氏, 社長), what tells a run of Han characters is a name.
PLACE_SUFFIXES = "省市区県州鎮村郷县镇乡"
_JAPANESE_SETS = ("cp932", "euc_jis_2004")  # JIS X 0208 with the NEC/IBM extensions; JIS X 0213


@cache
def outside_japanese_sets(char: str) -> bool:
    """True when no Japanese character set holds ``char`` (neither cp932 nor JIS X 0213, as Python's codecs hold
    them): 辉, 炜 and 苏, which Japanese writes 輝, 煒 and 蘇."""
    for codec in _JAPANESE_SETS:
        try:
            char.encode(codec)
        except UnicodeEncodeError:
            continue
        return False
    return True


def glyph_names(text: str, titles: tuple[str, ...]) -> list[tuple[int, int]]:
    """The names in Han characters, on lines that hold kana, written with a character no Japanese character set
    holds (``outside_japanese_sets``): a person's before a title or honorific of ``titles`` (劉建辉氏, 高文炜氏) or a
    place's before its administrative unit (江苏省: ``PLACE_SUFFIXES``), each from the start of its run of Han
    characters to the end of its suffix. A run whose last such character no suffix follows is no name."""
    names: list[tuple[int, int]] = []
    for match in _HAN_RUN.finditer(text):
        start, end = match.span()
        outside = [at for at in range(start, end) if outside_japanese_sets(text[at])]
        if not outside:
            continue
        at = outside[-1]
        close = -1
        for k in range(at, end + 1):
            if k > start and k < end and text[k] in PLACE_SUFFIXES:
                close = k + 1
                break
            word = next((word for word in titles if text.startswith(word, k)), "") if k > at else ""
            if word:
                close = k + len(word)
                break
        if close < 0:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end) % (len(text) + 1)
        if _KANA.search(text, line_start, line_end):
            names.append((start, close))
    return names


def chinese_frequent_chars(lexicon: Lexicon) -> str:
    """The characters Chinese writes far more often than Japanese (``chinese_frequent.tsv``), "" without the table."""
    return (
        "".join(row.char for row in lexicon.table(ChineseFrequentRow)) if lexicon.has_table(ChineseFrequentRow) else ""
    )


RARE_KEY = 15  # per million characters of Japanese: a key written this rarely stops the scan ~5 times per article


def chinese_words(lexicon: Lexicon) -> tuple[frozenset[str], str]:
    """The Chinese words of ``chinese_words.tsv`` (然而, 双重: Japanese characters, no Japanese word) and the keys
    that Japanese writes ``RARE_KEY`` times per million characters or less (然而's 而, 双重's 双), which every
    article is scanned for; empty without the table."""
    if not lexicon.has_table(ChineseWordRow):
        return frozenset(), ""
    # Read from the table's raw lines (``Lexicon.keys_by``): typing its ~2,400 rows would cost ~30 ms at start-up.
    by_key = lexicon.keys_by(ChineseWordRow, "key")
    rare = {word for rate, words in lexicon.keys_by(ChineseWordRow, "japanese").items() if int(rate) <= RARE_KEY
            for word in words}
    keys = "".join(key for key, words in by_key.items() if rare.intersection(words))
    return frozenset(word for words in by_key.values() for word in words), keys


def chinese_phrases(text: str, seeds: list[int], lexicon: Lexicon) -> list[ChinesePhrase]:
    """The Han runs around ``seeds`` (positions of characters of ``chinese_frequent.tsv``, in text order) that join
    ``MIN_PAIRS`` pairs of ``chinese_pairs.tsv`` or more, none of them the seam of two Japanese words.

    A pair counts unless IPAdic reads its two characters as the ends of two words of two characters or more
    (連邦 | 航空: 邦航 is a seam); 究竟 | 是 | 什麼 keeps 竟是 and 是什. Each run is read once, at most ``MAX_RUN``
    characters each way from its first seed, and MeCab reads only the runs with two pairs: linear in the text.
    """
    if not seeds or not lexicon.has_table(ChinesePairRow):
        return []
    # Looked up pair by pair (``Lexicon.lookup`` types only the rows asked for): typing all ~7,000 rows at once
    # cost ~70 ms, in the first article that holds a frequent character.
    lookup = lexicon.lookup
    found: list[ChinesePhrase] = []
    done = -1
    for seed in seeds:
        if seed < done:
            continue
        end = _HAN_AFTER.match(text, seed, seed + MAX_RUN).end()  # type: ignore[union-attr]  # matches always
        done = end
        # The run's part before the seed, read back a character at a time: most seeds start their run, and a run is a
        # few characters (a pattern searched up to the seed tried every character of the MAX_RUN before it).
        start, first = seed, max(0, seed - MAX_RUN)
        while start > first and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        if end - start <= MIN_PAIRS:
            continue  # too short to join two pairs
        run = text[start:end]
        at = [index for index in range(len(run) - 1) if lookup(ChinesePairRow, run[index : index + 2])]
        if len(at) < MIN_PAIRS:
            continue
        at = [index for index in at if not _seam(run, index)]
        if len(at) >= MIN_PAIRS:
            found.append(ChinesePhrase(start, end, tuple(run[index : index + 2] for index in at)))
    return found


def _seam(run: str, index: int) -> bool:
    """True when IPAdic reads ``run[index]`` as the end of a word and ``run[index + 1]`` as the start of the next,
    both of two characters or more: the pair is where two Japanese words meet."""
    ends, starts = {}, {}
    for token in tokens(run):
        ends[token.end] = token.end - token.start
        starts[token.start] = token.end - token.start
    return ends.get(index + 1, 0) >= 2 and starts.get(index + 1, 0) >= 2


# ---------------------------------------------------------------------------------------------------------------
# Vietnamese words left in Latin letters

# Letters that no other language's Latin alphabet writes: ă đ ơ ư and the vowels with a dot below or a hook above
# (ạ ả ấ … ỹ: the Vietnamese letters of Unicode's Latin Extended Additional block), precomposed or decomposed. â ê ô
# are left out: French and Portuguese write them too.
VIETNAMESE_LETTERS = "ăĂđĐơƠưƯ\u1ea0-\u1ef9\u0323\u0309"
_VI_WORD_AROUND = f"[{_VI_LETTER}\u0300-\u036f]*"
_VI_WORD_BEFORE = f"[{_VI_LETTER}\u0300-\u036f]+\\Z"


def vietnamese_words(text: str, seeds: list[int]) -> list[tuple[int, int]]:
    """The lower-case Latin words around ``seeds`` (positions of ``VIETNAMESE_LETTERS``, in text order) that are
    Vietnamese syllables (``ảnh``, ``của``) standing alone on a line of Japanese (one with kana): no Latin letter,
    digit or glue (@ / . _ -) touching them. A capitalised one is a name, ``vietnamese_names``' concern."""
    found: list[tuple[int, int]] = []
    kana_lines: dict[int, bool] = {}
    for seed in seeds:
        if found and seed < found[-1][1]:
            continue
        before = lazy_pattern(_VI_WORD_BEFORE).search(text, max(0, seed - 16), seed)
        start = before.start() if before else seed
        end = lazy_pattern(_VI_WORD_AROUND).match(text, seed, seed + 16).end()  # type: ignore[union-attr]  # matches always
        word = text[start:end]
        if not word[:1].islower() or not vietnamese_syllable(word):
            continue
        left, right = text[start - 1 : start], text[end : end + 1]
        if _latin_or_glue(left, _GLUE) or _latin_or_glue(right, _GLUE) or left.isdigit() or right.isdigit():
            continue  # part of a longer Latin token
        line_start = text.rfind("\n", 0, start) + 1
        if line_start not in kana_lines:
            line_end = text.find("\n", end) % (len(text) + 1)
            kana_lines[line_start] = _KANA.search(text, line_start, line_end) is not None
        if kana_lines[line_start]:
            found.append((start, end))
    return found


# ---------------------------------------------------------------------------------------------------------------
# English lines: a caption, a byline or a label left in English on a line of its own

_WORD = re.compile("[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’]*")  # a Latin word, accented letters and all
MIN_CONTENT_WORDS = 2  # two lower-case words of the dictionary: a phrase of English, not a name or a title


def english_content_words(line: str) -> list[str]:
    """The lower-case words of ``line`` that an English dictionary lists and that are not grammar words: the words of
    English prose written in sentence case (net flows, main content), which names and titles capitalise.

    A word counts when it or one of its dictionary forms (flows → flow, started → start:
    ``source_names.english_lemmas``) is a word of ``ja/word_renderings.tsv`` (the English glosses of JMdict, 34,000
    common words), and it is not a ``function`` word of ``en/name_parts.tsv`` (to, of, the), which a title keeps in
    lower case too."""
    english, japanese = get_lexicon("en"), get_lexicon("ja")
    forms = english.compiled(_word_forms)
    grammar = english.compiled(_grammar_words)
    found = []
    for word in _WORD.findall(line):
        if not word[0].islower() or len(word) < 2 or word in grammar:
            continue
        if any(japanese.lookup(WordRenderingRow, lemma) for lemma in english_lemmas(word, forms)):
            found.append(word)
    return found


def dictionary_coverage(english: str, japanese: str) -> float | None:
    """The share of the English content words of ``english`` (``english_content_words``) that ``japanese`` renders
    as JMdict does (one of the word's ``renderings`` or ``loans`` in ``ja/word_renderings.tsv``, for the word or one
    of its dictionary forms); None when ``english`` has no content word. A translation renders many of its
    original's words, a neighbouring sentence few (tools/measure_dictionary_coverage.py)."""
    words = english_content_words(english)
    if not words:
        return None
    return len(rendered_words(words, japanese)) / len(words)


def rendered_words(words: list[str], japanese: str) -> list[str]:
    """The words of ``words`` (``english_content_words``) that ``japanese`` renders as JMdict does, in order."""
    english_lexicon, japanese_lexicon = get_lexicon("en"), get_lexicon("ja")
    forms = english_lexicon.compiled(_word_forms)
    rendered = []
    for word in words:
        for lemma in english_lemmas(word, forms):
            rows = japanese_lexicon.lookup(WordRenderingRow, lemma) or ()
            if any(rendering in japanese for row in rows for rendering in (*row.renderings, *row.loans) if rendering):
                rendered.append(word)
                break
    return rendered


def holds_english_word(run: str) -> bool:
    """Whether a run of Latin words holds a word of English: a lower-case word of an English dictionary
    (``english_content_words``) or an English grammar word, in any case (the ``function`` words of
    ``en/name_parts.tsv``: The, of, and). A run with none is in another language (a Turkish headline)."""
    if english_content_words(run):
        return True
    grammar = get_lexicon("en").compiled(_grammar_words)
    return any(word.lower() in grammar for word in _WORD.findall(run))


# A letter and a hyphen: what stands before the later part of a hyphenated word (End-user).
_HYPHENATED = re.compile("[A-Za-z\u00c0-\u024f][-\u2010]")


def title_case(run: str) -> bool:
    """Whether every lower-case word of a run of Latin words is an English grammar word (``en/name_parts.tsv``'s
    ``function`` words: of, the, in): its content words are all capitalised, as a name's or a title's are (Embassy of
    the Russian Federation in Japan), where English prose writes them in lower case. A hyphenated word is one word,
    capitalised by its first part (End-user, Follow-up: titles often keep the later parts in lower case)."""
    grammar = get_lexicon("en").compiled(_grammar_words)
    return all(
        word.group() in grammar
        for word in _WORD.finditer(run)
        if word.group()[0].islower() and not _HYPHENATED.match(run, max(0, word.start() - 2), word.start())
    )


def _word_forms(lexicon: Lexicon) -> dict[str, str]:
    return {row.form: row.lemma for row in lexicon.table(WordFormRow)}


def _grammar_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(row.word for row in lexicon.table(NamePartRow) if row.role == "function")


def grammar_words() -> frozenset[str]:
    """The English grammar words, lower-case: ``en/name_parts.tsv``'s ``function`` words (to, of, the)."""
    return get_lexicon("en").compiled(_grammar_words)


class EnglishLeftovers(NamedTuple):
    """English lines, English caption labels and English field labels in a Japanese text (``english_leftovers``), as
    spans."""

    lines: tuple[tuple[int, int], ...]
    labels: tuple[tuple[int, int], ...]
    fields: tuple[tuple[int, int], ...] = ()


def english_leftovers(analysis: Analysis) -> EnglishLeftovers:
    """The English lines (``english_lines``) and English caption labels (``english_labels``) of a Japanese text.
    Both are looked for at the capitals ``_capitals`` lists (a few dozen in an article), in one pass that keeps those
    at a line's start and those that start a label: most follow a letter or stand inside a line of Japanese."""
    text = analysis.text
    firsts, prefixes = _label_starts()
    line_start = _LINE_START
    candidates = [
        at
        for at in analysis.memo(_capitals)
        if not at or text[at - 1] in line_start or (text[at] in firsts and text.startswith(prefixes, at))
    ]
    if not candidates:
        return _NO_LEFTOVERS
    return EnglishLeftovers(
        english_lines(text, candidates),
        english_labels(analysis, text, candidates, prefixes),
        english_fields(text, candidates),
    )


def english_lines(text: str, candidates: list[int]) -> tuple[tuple[int, int], ...]:
    """The lines of a Japanese text that hold no kana or kanji and read as English prose: they start with a capital
    (after spaces) among ``candidates``, and ``english_content_words`` finds ``MIN_CONTENT_WORDS`` words or more in
    them (Skip to main content; Bitcoin ETF net flows. Source: …): a caption, a byline or a label left in English
    between the Japanese paragraphs. Titles and names (The Lord of the Rings, Silent Hill) capitalise their content
    words and are no such line."""
    out: list[tuple[int, int]] = []
    after = 0
    for at in candidates:
        if at < after or text[at] not in _ASCII_CAPITALS:
            continue
        before = at
        while before and text[before - 1] in _LINE_INDENT:
            before -= 1
        if before and text[before - 1] != "\n":
            continue  # not the first letter of its line
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        after = end
        if _JA_LETTERS.search(text, at, end):
            continue
        line = text[at:end].rstrip()
        if len(english_content_words(line)) >= MIN_CONTENT_WORDS:
            out.append((at, at + len(line)))
    return tuple(out)


_ASCII_CAPITALS = frozenset(string.ascii_uppercase)  # an English line's first letter (the scan finds others too)
# A field's label in sentence case, then its colon as English sets it: a capitalised word of three letters or more
# (not Re:, not an abbreviation such as ID or BTC), up to three lower-case words after it (Share with:, Read this
# post in:), no capital after the first (Fast Company: is a name), a half-width colon with a space or the line's end
# after it. A colon glued to what follows (Memo:Example.netを…) or a full-width one is Japanese typography: a Japanese
# writer's label. The words are taken whole (possessive): only a space or the colon may follow a word, so giving
# letters back could never match, and a line of English prose gave back every letter of its first words.
_FIELD_LABEL = re.compile(r"[A-Z][a-z]{2,}+(?: [a-z]++){0,3}+:(?=[ \t\u00a0\r\n]|\Z)")
# A link's text closed by the arrow a link's text ends with (Home » …, Read More »): a breadcrumb's crumb, a read-more
# link. Sentence case where it opens a line, as a field's label; any case after an excerpt's ellipsis. Possessive as
# the field's label.
_LINK_LABEL = re.compile(r"[A-Z][A-Za-z]{2,}+(?: [A-Za-z]++){0,3}+(?= ?[»›])")
_SPACE = frozenset(" \u00a0")
# A byline's "By" before the author's capitalised name (By Jane Doe, Example News): the author's field as English
# sets it.
_BYLINE = re.compile(r"By(?= [A-Z][a-z])")
# What may stand before a field's label on its line: indentation, a list's bullet, a separator, the full stop left
# of a caption cut in two (. Source: …).
_FIELD_LEAD = frozenset(" \t\u3000\u00a0.,・•·*■□◆●-–—|»›>")
_LINE_INDENT = frozenset(" \t\u3000\u00a0")
_LINE_START = _LINE_INDENT | {"\n"}
_NO_LEFTOVERS = EnglishLeftovers((), ())


def english_fields(text: str, candidates: list[int]) -> tuple[tuple[int, int], ...]:
    """The labels of a field in English that open a line of a Japanese text: words in sentence case, the first a word
    of an English dictionary or an English grammar word (``english_word``), then a colon (Share with:, Categories: …,
    Source: …), after nothing on their line but indentation, a bullet or a separator. A page's interface or a
    caption's field, left in English where Japanese writes シェア, カテゴリー or 出典; a name (Fast Company:)
    capitalises its words, an abbreviation (ID:, BTC:) is not a word. So is a link's text closed by its arrow (» ›),
    in the same place (a breadcrumb's first crumb: Home » …) or, every word of it English, after an excerpt's
    ellipsis (… Read More »: a read-more link), where Japanese writes ホーム or 続きを読む; and a byline's "By" before
    the author's capitalised name, in the same place (By Jane Doe, Example News), where Japanese writes 文: or 筆者:.
    The spans are the labels' words."""
    out: list[tuple[int, int]] = []
    for at in candidates:
        field = _FIELD_LABEL.match(text, at)
        link = None if field else _LINK_LABEL.match(text, at)
        byline = None if field or link else _BYLINE.match(text, at)
        if field is None and link is None and byline is None:
            continue
        words = field.group()[:-1] if field else (link or byline).group()  # type: ignore[union-attr]  # one matched
        spaced = at
        while spaced and text[spaced - 1] in _SPACE:
            spaced -= 1
        if link and text.endswith(("…", "..."), 0, spaced):
            # After an excerpt's ellipsis, a read-more link: English when every word is.
            if all(english_word(word) for word in words.split(" ")):
                out.append((at, at + len(words)))
            continue
        before = at
        while before and text[before - 1] in _FIELD_LEAD:
            before -= 1
        if before and text[before - 1] != "\n":
            continue  # inside a line: a sentence's words, not a field's label
        if byline or ((field or words[1:] == words[1:].lower()) and english_word(words.partition(" ")[0])):
            out.append((at, at + len(words)))
    return tuple(out)


def english_word(word: str) -> bool:
    """Whether ``word`` (in any case) is a word of an English dictionary (JMdict's glosses, ``ja/word_renderings.tsv``,
    in one of its dictionary forms: ``source_names.english_lemmas``) or an English grammar word (``en/name_parts.tsv``'s
    ``function`` words)."""
    lower = word.lower()
    return lower in get_lexicon("en").compiled(_grammar_words) or bool(english_content_words(lower))


# English "by" between two Latin names: a word or a figure before it, a capital after it.
_BY = re.compile(r"(?<=[A-Za-z0-9\u00c0-\u024f)]) by (?=[A-Z])")
_PHRASE = re.compile(r"[A-Za-z0-9\u00c0-\u024f'’&:.\- ]")  # what a Latin phrase of names and figures holds
_LOWER = re.compile(r"(?<![A-Za-z\u00c0-\u024f'’])[a-z]")  # a word that starts in lower case
_QUOTE_OPENING = "「『“\"(（[［"
_QUOTE_CLOSING = "」』”\")）]］"


def english_by(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """The English "by" that joins a work to its maker inside Japanese prose (…、Night Harbor by Example Studios。):
    a phrase in Latin letters whose words are names and figures, capitalised all but "by", and that a Japanese
    character touches on a side. Japanese names the maker with の or による (Example StudiosのNight Harbor); the
    English preposition is a word left untranslated. A phrase with another lower-case word is English prose, a Latin
    run's concern; one quoted or bracketed whole is a title kept on purpose. The spans are the "by"s."""
    text = analysis.text
    if " by " not in text:
        return ()
    out: list[tuple[int, int]] = []
    for match in _BY.finditer(text):
        start = match.start() + 1
        left, right = start, start + 2
        while left and _PHRASE.match(text, left - 1):
            left -= 1
        while right < len(text) and _PHRASE.match(text, right):
            right += 1
        before, after = text[left - 1 : left], text[right : right + 1]
        if not (before and _IS_JA.match(before)) and not (after and _IS_JA.match(after)):
            continue  # not inside Japanese prose
        if before and before in _QUOTE_OPENING and after and after in _QUOTE_CLOSING:
            continue  # a title quoted whole (「Stand by Me」), kept in its own language on purpose
        if len(_LOWER.findall(text, left, right)) != 1:
            continue  # another lower-case word: English prose, not names joined by "by"
        out.append((start, start + 2))
    return tuple(out)


_SEAM_LEFT = re.compile(r"[a-z]+\Z")  # the lower-case word before a full stop (searched up to it)
_SEAM_RIGHT = re.compile(r"[A-Z][a-z]*")


def english_seams(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """The seam of two English sentences inside Japanese prose (…広大なcanyon.The最良の…): a lower-case word of an
    English dictionary, a full stop and an English grammar word in capitals (The, It), with no space between and a
    Japanese character touching each end. Machine translation that leaves such a seam has joined the last word of one
    sentence to the first of the next ("canyon. The") and translated around them: both are English words left in
    the text. A file's or a domain's name (index.Html) has no Japanese touching it, nor a grammar word after its dot.
    Read at the capitals of the shared scan (``_capitals``). The spans run from the first word to the second."""
    text = analysis.text
    if "." not in text:
        return ()
    grammar = get_lexicon("en").compiled(_grammar_words)
    out: list[tuple[int, int]] = []
    for at in analysis.memo(_capitals):
        if at < 3 or text[at - 1] != "." or not ("a" <= text[at - 2] <= "z"):
            continue
        left = _SEAM_LEFT.search(text, max(0, at - 40), at - 1)
        right = _SEAM_RIGHT.match(text, at)
        if left is None or right is None:
            continue
        start, end = left.start(), right.end()
        if not (start and _IS_JA.match(text[start - 1]) and end < len(text) and _IS_JA.match(text[end])):
            continue  # not inside Japanese prose
        if right.group().lower() not in grammar or not english_content_words(left.group()):
            continue
        out.append((start, end))
    return tuple(out)


def _label_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A label of ``en/credit_labels.tsv`` that opens a credit: a word with a colon after it, two words with a colon
    or a space; no letter touches it either side."""
    one = [row.label for row in lexicon.table(CreditLabelRow) if " " not in row.label]
    two = [row.label for row in lexicon.table(CreditLabelRow) if " " in row.label]
    return re.compile(
        f"(?<![A-Za-z\\u00c0-\\u024f])(?:(?:{trie_pattern(two)})[ \\u00a0]*[:：]?[ \\u00a0]|"
        f"(?:{trie_pattern(one)})[ \\u00a0]*[:：])"
    )


@cache
def _label_starts() -> tuple[frozenset[str], tuple[str, ...]]:
    """``_label_prefixes`` of the shipped English lexicon, kept once per process (asked at every article)."""
    return get_lexicon("en").compiled(_label_prefixes)


def _label_prefixes(lexicon: Lexicon) -> tuple[frozenset[str], tuple[str, ...]]:
    """The first letters and the first two letters of the labels of ``en/credit_labels.tsv`` (none without the
    table): the capitals worth a match."""
    labels = [row.label for row in lexicon.table(CreditLabelRow)] if lexicon.has_table(CreditLabelRow) else []
    return frozenset(label[0] for label in labels), tuple(sorted({label[:2] for label in labels}))


def english_labels(
    analysis: Analysis, text: str, candidates: list[int], prefixes: tuple[str, ...]
) -> tuple[tuple[int, int], ...]:
    """English credit and caption labels (``en/credit_labels.tsv``: Credit:, Image copyright) at ``candidates`` that
    start with one of ``prefixes``, on a line of Japanese, one that holds kana or kanji: a caption's label left
    untranslated (ビットコインの週足チャート。Credit: …), where Japanese news writes 出典 or 写真. The spans are the
    labels' words."""
    out: list[tuple[int, int]] = []
    for at in candidates:
        if not text.startswith(prefixes, at):
            continue
        match = get_lexicon("en").compiled(_label_pattern).match(text, at)
        if match is None:
            continue
        lines = analysis.memo(_DateLines)  # its line breaks are found once, when a label first asks
        line_start, line_end = lines.bounds(at, at)
        if not lines.letters(line_start, line_end)[0]:
            continue  # not a line of Japanese: an English caption is language.untranslated's line, or a bilingual one
        words = match.group().rstrip(" \u00a0:：")
        out.append((at, at + len(words)))
    return tuple(out)


# ---------------------------------------------------------------------------------------------------------------
# Words transliterated in part: katakana, then the rest of the word in Latin letters

# Where katakana meets two lower-case Latin letters (ト|re of トreat): the one pass over the text, a fixed pair of
# characters, which costs a third of a pattern that reads the katakana run first.
_HALF_WORD_SEAM = re.compile("[\u30a1-\u30fa\u30fc][a-z]{2}")
_KATAKANA_RUN_BEFORE = re.compile("[\u30a1-\u30fa\u30fc]+$")
# The Latin run: it ends at no letter, digit, joiner or dot before a letter (a domain: チェックアウトcal.com,
# サイトthoibao-saigon).
_LATIN_RUN = re.compile("[a-z]+(?![A-Za-z0-9_\\-]|\\.[A-Za-z])")
_HALF_WORD_GLUE = "#@/._-＃＠"  # a hashtag or a handle (#マストドンfc), a path or a file name
_LETTERS_BEFORE = 4  # letters of the English word that the katakana stands for (im of impressive: イン)
_KATAKANA_LONGEST = 30  # katakana read back from the seam: a word's first syllables, never more


class HalfTransliteration(NamedTuple):
    """``text[start:end]`` is a word written in katakana up to ``split`` and in Latin letters after (トreat), with
    the katakana loan of the English word it starts, where the dictionary knows one (トリート), else ""."""

    start: int
    end: int
    split: int
    loan: str


def half_transliterations(analysis: Analysis) -> tuple[HalfTransliteration, ...]:
    """Words transliterated in part, in text order: a katakana run glued to a run of two or more lower-case Latin
    letters that is no English word (``holds_english_word``: トbox, パブリックbox are two words glued, not a word
    cut in two), with no Latin letter, digit, hashtag, handle or path mark before the katakana. URLs, code and
    embeds are left alone."""
    text = analysis.text
    found: list[HalfTransliteration] = []
    for seam in _HALF_WORD_SEAM.finditer(text):
        split = seam.start() + 1
        latin_run = _LATIN_RUN.match(text, split)
        katakana_run = _KATAKANA_RUN_BEFORE.search(text, max(0, split - _KATAKANA_LONGEST), split)
        if latin_run is None or katakana_run is None:
            continue
        start, end = katakana_run.start(), latin_run.end()
        before = text[start - 1 : start]
        if before and (before in _HALF_WORD_GLUE or (before.isascii() and before.isalnum())):
            continue
        latin = latin_run.group()
        if holds_english_word(latin) or analysis.in_literal(start, end) or analysis.in_embed(start, end):
            continue
        found.append(HalfTransliteration(start, end, split, _whole_loan(analysis.lexicon, katakana_run.group(), latin)))
    return tuple(found)


def _whole_loan(lexicon: Lexicon, katakana: str, latin: str) -> str:
    """The loan of the one English word that ends in ``latin`` with a few letters before it and whose loans start
    with ``katakana`` (ト + reat: treat → トリート), "" when none or several do."""
    # The loans' reverse index (loan → its English words) is read from the raw lines: typing the table's 35,000 rows
    # would cost 0.3 s at the first candidate.
    loans = {
        loan
        for loan, words in lexicon.keys_by(WordRenderingRow, "loans").items()
        if loan.startswith(katakana) and len(loan) > len(katakana)
        and any(word.endswith(latin) and 0 < len(word) - len(latin) <= _LETTERS_BEFORE for word in words)
    }
    return loans.pop() if len(loans) == 1 else ""

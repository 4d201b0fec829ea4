"""Entity rules: brand names translated as common words, and katakana words glued before cashtags.

Both are typical of machine translation of news. The engine knows the word "apple" but not the company, so
Apple becomes りんご; and it transliterates the opening word of an English post it could not parse, so
"Ace $TSLA investors ..." becomes エース $TSLA. Both need the brand or ticker restored by hand, and both are
found from data (``brands.tsv``, ``business_cues.tsv``, ``ticker_prefixes.tsv``) plus the context around them.

Speed: every word list is one trie-shaped regex without lookarounds (so the engine skips quickly to the
possible first characters), and word boundaries are checked in Python on the few hits; lookarounds at the
start of each word would make the engine try every word at every position. Whole-article look-ups (is the
brand written correctly elsewhere?) run only for a literal that was found, once per brand and article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from auditor.analysis.brands import brand_index
from auditor.document import Document
from auditor.findings import Finding
from auditor.languages.scripts import KANJI
from auditor.languages.translit import romanize
from auditor.lexicons import Lexicon, trie_pattern
from auditor.lexicons.schema import BrandRow, BusinessCueRow, TickerPrefixRow
from auditor.rules.base import Context, Rule

# Katakana letters and the long-vowel mark; the middle dot ・ separates names and is not a letter.
_KATA = "\u30a1-\u30fa\u30fc\u31f0-\u31ff\uff66-\uff9f"
_IS_KANJI = re.compile(f"[{KANJI}]")
_IS_KATA = re.compile(f"[{_KATA}]")
_IS_LATIN = re.compile("[A-Za-z0-9]")
# Country prefixes of Japanese business style (米アップル): a literal right after one is still a whole word.
_COUNTRY_PREFIXES = frozenset("米英独仏韓")
# Descriptors that Japanese business style puts right before a company name (石油大手シェル, 決済大手ビザ):
# a literal right after one is a whole word too (英石油大手殻 is "UK oil major Shell" with Shell as 殻).
_DESCRIPTORS_BEFORE = ("大手", "企業", "新興", "傘下")
# "<industry>大手の" or "<industry>大手" right before a literal names it as a company outright: business evidence
# worth a whole threshold (サンドイッチチェーン大手の地下鉄, 建設機械大手の毛虫).
_DESCRIBED_AS_COMPANY = ("大手", "大手の", "企業の", "チェーンの", "メーカーの", "新興企業の", "傘下の")
_DESCRIPTOR_WEIGHT = 3  # as much as the threshold asks of an article outside the brand's domain

# Weighing the context of a literal (see BrandLiteral's docstring).
_THRESHOLD = 3  # business evidence needed, after the ordinary-meaning words are counted against it
_THRESHOLD_IN_DOMAIN = 2  # the same, for a brand whose domain the article shows (its `requires` words)
_AGAINST = 3  # what one ordinary-meaning word nearby cancels
_GENERIC_LATIN_CAP = 2  # unlisted capitalised Latin words add 1 each, at most this much
_DOC_COMMON_SILENCES = 3  # this many ordinary-meaning words in an article that never names the brand: quiet


@lru_cache(maxsize=8192)
def _script(char: str) -> str:
    """The script that makes a word boundary: "kanji", "kana" (katakana), "latin", or "" (anything else)."""
    if _IS_KANJI.match(char):
        return "kanji"
    if _IS_KATA.match(char):
        return "kana"
    if _IS_LATIN.match(char):
        return "latin"
    return ""


def _is_whole(text: str, start: int, end: int, *, kanji: bool) -> bool:
    """``text[start:end]`` does not start or end inside a longer word of the same script.

    Katakana and Latin words are always checked (アップル is not in アップルパイ; Apple is not in Applebee). Kanji
    only with ``kanji=True``: context words like 食べ are stems meant to match inside longer words, but a brand
    literal like 窓 must not match inside 窓口, nor 殻 inside 地殻.
    """
    checked = ("kana", "latin", "kanji") if kanji else ("kana", "latin")
    head = _script(text[start])
    if (
        start > 0
        and head in checked
        and _script(text[start - 1]) == head
        and not (head == "kanji" and _prefix_before(text, start))
    ):
        return False
    tail = _script(text[end - 1])
    if end < len(text) and tail in checked:
        after = text[end]
        if tail == "latin":
            return not (after.isascii() and after.isalpha())  # a digit may follow a Latin name: iPhone15
        # 社 may follow a kanji literal (標的社は).
        if _script(after) == tail and not (tail == "kanji" and _company_suffix_after(text, end)):
            return False
    return True


def _country_prefix_before(text: str, start: int) -> bool:
    """米地下鉄 is "US Subway": a country prefix is not part of the word, unless it ends a compound (南米)."""
    return text[start - 1] in _COUNTRY_PREFIXES and (start < 2 or _script(text[start - 2]) != "kanji")


def _prefix_before(text: str, start: int) -> bool:
    """A country prefix or a business descriptor ends right before ``start``: the literal starts a word there."""
    return _country_prefix_before(text, start) or text.endswith(_DESCRIPTORS_BEFORE, 0, start)


def _company_suffix_after(text: str, end: int) -> bool:
    """The company suffix 社 after a literal (but 社会, "society", is another word)."""
    return text[end] == "社" and (end + 1 >= len(text) or _script(text[end + 1]) != "kanji")


@dataclass(frozen=True)
class _Words:
    """A word list found as whole words (see ``_is_whole``)."""

    pattern: re.Pattern[str] | None
    kanji: bool = False

    @classmethod
    def of(cls, words: Iterable[str], *, kanji: bool = False) -> _Words:
        unique = {word for word in words if word}
        return cls(re.compile(trie_pattern(unique)) if unique else None, kanji)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        if self.pattern is None:
            return
        end = len(text) if endpos is None else endpos
        for match in self.pattern.finditer(text, pos, end):
            if _is_whole(text, match.start(), match.end(), kanji=self.kanji):
                yield match

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def distinct(self, text: str, pos: int = 0, endpos: int | None = None) -> set[str]:
        return {match.group() for match in self.finditer(text, pos, endpos)}


# ---------------------------------------------------------------------------------------------------------------
# Business cues: what says "this sentence is about companies and markets".

_GENERIC_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&.'\-]*")


@dataclass(frozen=True)
class _Cues:
    words: _Words  # listed words, companies, products, and the brands' Latin names
    weights: dict[str, int]
    patterns: re.Pattern[str] | None  # the regex cues, one named group each
    pattern_weights: dict[str, int]
    companies: frozenset[str]  # katakana names that may stand before a cashtag

    def weight(self, text: str, start: int, end: int, skip: tuple[int, int]) -> int:
        """Sum of the weights of the distinct cues in ``text[start:end]``, outside the span ``skip``."""
        seen: set[str] = set()
        total = 0
        for match in self.words.finditer(text, start, end):
            if not (skip[0] <= match.start() < skip[1]) and match.group() not in seen:
                seen.add(match.group())
                total += self.weights[match.group()]
        if self.patterns is not None:
            for match in self.patterns.finditer(text, start, end):
                name = match.lastgroup or ""
                if name not in seen and not (skip[0] <= match.start() < skip[1]):
                    seen.add(name)
                    total += self.pattern_weights[name]
        generic = 0
        for match in _GENERIC_LATIN.finditer(text, start, end):
            token = match.group()
            # Latin words in Japanese news are mostly names (Google, CEO, xAI); "a" or "km" are not.
            if token not in seen and token not in self.weights and len(token) > 1 and not token.islower():
                seen.add(token)
                generic += 1
                if generic == _GENERIC_LATIN_CAP:
                    break
        return total + generic


def _build_cues(lexicon: Lexicon) -> _Cues:
    weights: dict[str, int] = {}
    regexes: dict[str, str] = {}
    pattern_weights: dict[str, int] = {}
    companies: set[str] = set()
    for row in lexicon.table(BusinessCueRow):
        cue, kind, weight = row.cue, row.kind, row.weight
        if not cue:
            continue
        if kind == "regex":
            name = f"rx{len(regexes)}"
            regexes[name] = cue
            pattern_weights[name] = weight
            continue
        weights[cue] = max(weight, weights.get(cue, 0))
        if _IS_KATA.match(cue):
            companies.add(cue)
    for brand in lexicon.table(BrandRow):
        for form in brand.proper:
            if _IS_KATA.match(form):
                companies.add(form)
            elif form.isascii():
                # Another brand's Latin name nearby says "business story"; kana forms do not (ビザ, リング, ギャップ
                # are ordinary loanwords too).
                weights.setdefault(form, 2)
    patterns = "|".join(f"(?P<{name}>{regex})" for name, regex in regexes.items())
    return _Cues(
        words=_Words.of(weights),
        weights=weights,
        patterns=re.compile(patterns) if patterns else None,
        pattern_weights=pattern_weights,
        companies=frozenset(companies),
    )


# ---------------------------------------------------------------------------------------------------------------
# The brands lexicon, compiled.


@dataclass(frozen=True)
class _Brand:
    name: str
    proper: tuple[str, ...]
    proper_words: _Words
    common_words: _Words
    requires: _Words | None
    excludes: tuple[str, ...]
    anywhere: bool  # the literal is not ordinary Japanese (一般モーターズ): no business context needed


@dataclass(frozen=True)
class _BrandIndex:
    literals: _Words
    brands: dict[str, tuple[_Brand, ...]]  # literal -> the brands it may stand for
    cues: _Cues


def _build_brands(lexicon: Lexicon) -> _BrandIndex:
    made: dict[str, _Brand] = {}  # one per brand, whichever literal leads to it
    by_literal: dict[str, list[_Brand]] = {}
    for literal, rows in brand_index(lexicon).by_literal.items():
        for row in rows:
            brand = made.get(row.brand) or made.setdefault(row.brand, _brand(row))
            by_literal.setdefault(literal, []).append(brand)
    return _BrandIndex(
        literals=_Words.of(by_literal, kanji=True),
        brands={literal: tuple(brands) for literal, brands in by_literal.items()},
        cues=lexicon.compiled(_build_cues),
    )


def _brand(row: BrandRow) -> _Brand:
    return _Brand(
        name=row.brand,
        proper=row.proper,
        proper_words=_Words.of(row.proper),
        common_words=_Words.of(row.common_context),
        requires=_Words.of(row.requires) if row.requires else None,
        excludes=row.exclude,
        anywhere=row.context == "any",
    )


def _is_excluded(text: str, start: int, literal: str, excludes: tuple[str, ...]) -> bool:
    """The literal sits inside one of the brand's ordinary expressions (殻を破る, 巣ごもり)."""
    for phrase in excludes:
        offset = phrase.find(literal)
        if offset >= 0 and start >= offset and text.startswith(phrase, start - offset):
            return True
    return False


@dataclass
class _Article:
    """What BrandLiteral learns about one document while checking it (several literals share it)."""

    doc: Document
    sentence_starts: list[int] = field(default_factory=list)
    # Keyed by id(brand): the brands live in the lexicon memo, longer than this object.
    requires: dict[int, bool] = field(default_factory=dict)
    elsewhere: dict[int, re.Match[str] | None] = field(default_factory=dict)
    common: dict[int, int] = field(default_factory=dict)

    def window(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding ``start:end`` and its neighbours, as offsets into the text."""
        sentences = self.doc.sentences
        if not sentences:
            return 0, len(self.doc.text)
        if not self.sentence_starts:
            self.sentence_starts = [sentence.start for sentence in sentences]
        index = min(max(bisect_right(self.sentence_starts, start) - 1, 0), len(sentences) - 1)
        first = sentences[max(index - 1, 0)]
        last = sentences[min(index + 1, len(sentences) - 1)]
        return min(first.start, start), max(last.end, end)

    def has_domain(self, brand: _Brand) -> bool:
        if brand.requires is None:
            return True
        if id(brand) not in self.requires:
            self.requires[id(brand)] = brand.requires.search(self.doc.text) is not None
        return self.requires[id(brand)]

    def brand_written_correctly(self, brand: _Brand) -> re.Match[str] | None:
        if id(brand) not in self.elsewhere:
            self.elsewhere[id(brand)] = brand.proper_words.search(self.doc.text)
        return self.elsewhere[id(brand)]

    def ordinary_meaning_words(self, brand: _Brand) -> int:
        if id(brand) not in self.common:
            self.common[id(brand)] = len(brand.common_words.distinct(self.doc.text))
        return self.common[id(brand)]


class BrandLiteral(Rule):
    """Finds a brand or company whose name is an ordinary word, translated as that word: Apple as りんご (the fruit).

    Why it matters:
        The sentence now says something else (a fruit announced a phone), readers cannot find the company, and search,
        tagging and name checks miss it. It is one of the most visible signs of unedited machine translation.

    How it decides:
        ``brands.tsv`` lists each brand's literal renderings (Apple as りんご, Shell as 貝殻, Oracle as 神託, Windows
        as 窓). A literal is judged only as a whole word (窓 but not 窓口, 殻 but not 地殻) and outside the brand's
        ordinary expressions (殻を破る); some brands also need their domain somewhere in the article (窓 only in an
        article that mentions Microsoft or PCs).

        Then the sentence and its neighbours (the sentences before and after it) must read as business, technology or
        markets: company names, tickers, money amounts, 株価, 発表, 買収, product names (``business_cues.tsv``), with
        words of the ordinary meaning nearby (果物, 農家, 収穫 for Apple) counting heavily against. In numbers
        (constants in auditor/rules/entities.py): the weights of the distinct cues must reach ``_THRESHOLD`` (3), or
        ``_THRESHOLD_IN_DOMAIN`` (2) for a brand that needs its domain; each ordinary-meaning word nearby raises the
        bar by ``_AGAINST`` (3); capitalised Latin words the cues do not list add 1 each, at most
        ``_GENERIC_LATIN_CAP`` (2); a company descriptor right before the literal (建設機械大手の毛虫) adds
        ``_DESCRIPTOR_WEIGHT`` (3); the brand written correctly elsewhere in the article lowers the bar by 1.

        An article full of the ordinary meaning that never names the brand stays quiet (``_DOC_COMMON_SILENCES``: 3
        distinct ordinary-meaning words), so a story about apple farmers is never flagged. Literals that are not
        ordinary Japanese at all (一般モーターズ, ドルの木; ``context = any``) need no business context, only no
        ordinary-meaning words nearby.

        When the article writes the brand correctly elsewhere (Apple or アップル), the finding is critical and the
        suggestion is that form; otherwise it is major and the suggestion is the brand's usual Japanese name.
    """

    id = "entity.brand-literal"
    category = "accuracy/entity"
    severity = "major"
    summary = "Brand or company name translated as a common word"
    fix = "unsafe"  # the brand is a judgement from context: りんご may be the fruit
    languages = frozenset({"ja"})
    tables = (BrandRow, BusinessCueRow, TickerPrefixRow)
    bad = "りんごは本日、新型iPhoneを発表した。"
    good = "アップルは本日、新型iPhoneを発表した。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        index = ctx.lexicon.compiled(_build_brands)
        article = _Article(doc)
        for match in index.literals.finditer(doc.text):
            for brand in index.brands[match.group()]:
                finding = self._judge(article, match.start(), match.end(), brand, index.cues)
                if finding is not None:
                    yield finding
                    break

    def _judge(self, article: _Article, start: int, end: int, brand: _Brand, cues: _Cues) -> Finding | None:
        doc = article.doc
        text = doc.text
        literal = text[start:end]
        if _is_excluded(text, start, literal, brand.excludes) or not article.has_domain(brand):
            return None
        elsewhere = article.brand_written_correctly(brand)
        if elsewhere is None and article.ordinary_meaning_words(brand) >= _DOC_COMMON_SILENCES:
            return None
        window_start, window_end = article.window(start, end)
        # The literal itself is left out, so that 雪の結晶 does not count its own 雪 against itself.
        against = brand.common_words.distinct(text, window_start, start) | brand.common_words.distinct(
            text, end, window_end
        )
        threshold = 0 if brand.anywhere else _THRESHOLD_IN_DOMAIN if brand.requires else _THRESHOLD
        threshold += _AGAINST * len(against) - (1 if elsewhere else 0)
        weight = cues.weight(text, window_start, window_end, skip=(start, end))
        if text.endswith(_DESCRIBED_AS_COMPANY, max(0, start - 6), start):
            weight += _DESCRIPTOR_WEIGHT
        if weight < threshold:
            return None
        if elsewhere is not None:
            form = elsewhere.group()
            message = (
                f"'{literal}' looks like the brand {brand.name} translated as a common word; "
                f"the article writes {form} elsewhere, so write {form} here too."
            )
            return self.finding(doc, start, end, message, suggestion=form, severity="critical")
        forms = " or ".join(brand.proper[:2])
        where = "word for word" if brand.anywhere else "as a common word in a business context"
        message = f"'{literal}' looks like the brand {brand.name} translated {where}; write {forms}."
        return self.finding(doc, start, end, message, suggestion=brand.proper[0])


# ---------------------------------------------------------------------------------------------------------------
# Katakana words glued before a cashtag.

# Cheap test first: most articles have no ticker at all.
_TICKER_MARKS = ("$", "＄", "NASDAQ", "NYSE", "Nasdaq", "ナスダック")
_TICKER = re.compile(
    r"(?:[$＄]|(?:NASDAQ|NYSE|Nasdaq|ナスダック)\s?[:：]\s?)(?P<symbol>[A-Za-z]{1,5}(?:\.[A-Z])?)(?![A-Za-z0-9])"
)
# The word before a ticker, searched backwards from it: standalone (start of the text, or after a space or
# punctuation), so not the end of a name (イーロン・マスク) or of a Japanese word.
_WORD_BEFORE = re.compile(f"(?<![\u3041-\u309f{_KATA}\u30fb{KANJI}A-Za-z0-9])[\u30a1-\u30fa][{_KATA}]*[ \u3000]+\\Z")


def _tickers(text: str) -> list[re.Match[str]]:
    """The cashtags and exchange tickers of ``text``, in order; found with ``str.find`` (most texts have none)."""
    found: dict[int, re.Match[str]] = {}
    for mark in _TICKER_MARKS:
        index = text.find(mark)
        while index >= 0:
            match = _TICKER.match(text, index)
            if match is not None:
                found[index] = match
            index = text.find(mark, index + 1)
    return [found[index] for index in sorted(found)]


_LOOK_BACK = 24  # characters before a ticker where the word may start
_UNLISTED_MAX_LEN = 6  # longer unlisted katakana words before a cashtag are more likely names than stray words
# First sounds that count as the same when comparing a katakana name with its ticker (ホンダ/HMC, コインベース/COIN).
_SOUND = str.maketrans("cqzvrjeiouwy", "kksblgaaaaaa")


@dataclass(frozen=True)
class _Prefixes:
    flag: dict[str, str]  # katakana word -> the English word it renders
    keep: frozenset[str]


def _build_prefixes(lexicon: Lexicon) -> _Prefixes:
    flag: dict[str, str] = {}
    keep: set[str] = set()
    for row in lexicon.table(TickerPrefixRow):
        if row.verdict == "keep":
            keep.add(row.word)
        else:
            flag[row.word] = row.english
    return _Prefixes(flag=flag, keep=frozenset(keep))


def _first_sound(word: str) -> str:
    return romanize(word).lower().lstrip("-")[:1].translate(_SOUND)


class TickerPrefix(Rule):
    """Finds a short katakana word standing right before a cashtag or ticker, like エース $TSLA or ザ $AAPL.

    Why it matters:
        English posts often open with a word the engine cannot place ("Ace $TSLA investors will own...", "The $AAPL
        deal..."). Machine translation then transliterates it into katakana and glues it to the ticker, so the
        Japanese reads as if a company called エース held the stock, or as noise before the ticker. The word carries
        no meaning in Japanese; the cashtag should stand alone (or the word should be translated properly, if it meant
        something).

    How it decides:
        The katakana word must stand alone (start of a line, after a space or punctuation, not the end of a name like
        イーロン・マスク) and be followed by a space and a cashtag ($TSLA) or an exchange ticker (NASDAQ: TSLA). Words
        listed in ``ticker_prefixes.tsv`` as leftovers (ザ, エース) are always flagged; listed names and trader words
        (マスク, ロング) and known company names (テスラ, from ``business_cues.tsv`` and ``brands.tsv``) never are;
        another short word (at most ``_UNLISTED_MAX_LEN``, 6 characters: longer ones are more likely names) is flagged
        unless its first sound matches the ticker's, as a company name before its own ticker does (テスラ $TSLA,
        ホンダ $HMC).

        The finding covers the word and the ticker; the suggestion is the ticker alone.
    """

    id = "entity.ticker-prefix"
    category = "accuracy/entity"
    severity = "major"
    summary = "Katakana word glued before a cashtag or ticker"
    fix = "unsafe"  # deleting the word needs a look at what it translated
    languages = frozenset({"ja"})
    tables = (TickerPrefixRow, BusinessCueRow, BrandRow)
    bad = "エース $TSLA 投資家は新会社の株式を受け取る。"
    good = "$TSLA 投資家は新会社の株式を受け取る。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        prefixes: _Prefixes | None = None
        for ticker in _tickers(text):
            before = _WORD_BEFORE.search(text, max(0, ticker.start() - _LOOK_BACK), ticker.start())
            if before is None:
                continue
            if prefixes is None:
                prefixes = ctx.lexicon.compiled(_build_prefixes)
            word = before.group().rstrip(" \u3000")
            english = prefixes.flag.get(word)
            if english is None and not self._stray(word, ticker.group("symbol"), prefixes, ctx):
                continue
            source = f"the English word '{english}'" if english else "an English word"
            message = (
                f"'{word}' before {ticker.group()} looks like {source} of the source post transliterated "
                f"into katakana; the cashtag should stand alone."
            )
            yield self.finding(doc, before.start(), ticker.end(), message, suggestion=ticker.group())

    @staticmethod
    def _stray(word: str, symbol: str, prefixes: _Prefixes, ctx: Context) -> bool:
        """An unlisted word: stray unless it is a known name or sounds like the ticker it precedes."""
        if word in prefixes.keep or len(word) > _UNLISTED_MAX_LEN:
            return False
        if word in ctx.lexicon.compiled(_build_cues).companies:
            return False
        return _first_sound(word) != _first_sound(symbol)


RULES = (BrandLiteral, TickerPrefix)

"""Typed lexicon tables: one frozen dataclass per table, validated when it is read.

A table file's header names its columns; each column is a field of the table's row class, and the
field's type says how a cell is read:

- ``str``: the cell, stripped;
- ``int`` / ``float``: a number (``float | None``: an empty cell is None);
- ``bool``: ``yes``/``no`` (also ``true``/``false``, ``1``/``0``);
- ``tuple[str, ...]``: several values separated by ``|``, empty ones dropped;
- ``Literal[...]``: one of the listed words.

A field without a default is a required column with a non-empty cell. A column the row class does not know,
a missing required column, a malformed cell and a row that fails its class's own check (``validate``) are
errors that name the file and the line (or the configuration and the row), never a silently empty table.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from functools import cache, partial
from typing import Any, ClassVar, Literal, Union, get_args, get_origin, get_type_hints


class LexiconError(ValueError):
    """A lexicon file or configured row is malformed, or a table is missing."""


def split_values(cell: str) -> list[str]:
    """The values of a multi-valued cell (``a|b|c``), empty ones dropped."""
    if "|" not in cell:  # most cells hold one value: thousands of them are read at start-up
        value = cell.strip()
        return [value] if value else []
    return [value.strip() for value in cell.split("|") if value.strip()]


@dataclass(frozen=True, kw_only=True)
class Row:
    """One entry of a table. ``where`` names its origin (``ja/brands.tsv line 12``) for error messages."""

    table: ClassVar[str]  # the table's file name without .tsv

    note: str = ""  # where the entry came from, or why it is there
    where: str = field(default="", compare=False, repr=False)

    def validate(self) -> None:
        """Raise ValueError when the row, read cell by cell, still makes no sense."""


@dataclass(frozen=True, kw_only=True)
class AbbreviationRow(Row):
    """A Latin-script abbreviation whose full stop does not end a sentence (``mr`` for Mr. Smith)."""

    table: ClassVar[str] = "abbreviations"

    word: str


@cache
def _kanji_first() -> re.Pattern[str]:
    # Compiled on first use (a kanji class costs ~2 ms): only the aligner reads this table.
    return re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]")


@dataclass(frozen=True, kw_only=True)
class AnchorWordRow(Row):
    """A common Japanese word written in kanji (or in kanji with kana endings: 強み, 厳しい) and the stems of the
    English words that gloss it (JMdict, derived by tools/build_anchor_dictionary.py): 投資家 → investor. What the
    aligner and the omission check read as content words a translation keeps."""

    table: ClassVar[str] = "anchor_words"

    japanese: str
    english: tuple[str, ...]

    def validate(self) -> None:
        if not 1 <= len(self.japanese) <= 6 or not _kanji_first().match(self.japanese):
            raise ValueError(f"{self.japanese!r}: a word of 2 to 4 kanji, or of kanji and kana endings, 6 at most")
        if not self.english or any(not stem.isascii() or not stem.islower() for stem in self.english):
            raise ValueError(f"{self.english!r}: English stems, lower-case ASCII")


@dataclass(frozen=True, kw_only=True)
class BrandRow(Row):
    """A brand named after a common word (Apple), with the literal renderings machine translation gives it."""

    table: ClassVar[str] = "brands"

    brand: str
    literals: tuple[str, ...] = ()
    proper: tuple[str, ...] = ()  # how the brand is written in Japanese news (アップル|Apple)
    common_context: tuple[str, ...] = ()  # words that make the literal reading likely (果物, 農家)
    requires: tuple[str, ...] = ()  # the literal counts only with one of these nearby
    exclude: tuple[str, ...] = ()  # ordinary expressions holding the literal (りんご狩り)
    context: Literal["", "any"] = ""  # "any": the literal is not ordinary Japanese, no context needed


@dataclass(frozen=True, kw_only=True)
class BusinessCueRow(Row):
    """A word (or regex) that makes a sentence read as business news, with its weight."""

    table: ClassVar[str] = "business_cues"

    cue: str
    kind: Literal["word", "company", "product", "regex"] = "word"
    weight: int = 1

    def validate(self) -> None:
        if self.kind == "regex":
            _compiles(self.cue)


@dataclass(frozen=True, kw_only=True)
class ChineseMarkersRow(Row):
    """Characters that mark a span as Chinese rather than Japanese (simplified forms, Chinese function words)."""

    table: ClassVar[str] = "chinese_markers"

    chars: str


@dataclass(frozen=True, kw_only=True)
class ChinesePairRow(Row):
    """Two Han characters that Chinese text joins and Japanese text does not (竟是, 是什), both Japanese characters;
    ``chinese``: how often the Chinese side of the counted data joins them."""

    table: ClassVar[str] = "chinese_pairs"

    pair: str
    chinese: int

    def validate(self) -> None:
        if len(self.pair) != 2 or not all("\u4e00" <= char <= "\u9fff" for char in self.pair):
            raise ValueError(f"a pair is two Han characters: {self.pair!r}")


@dataclass(frozen=True, kw_only=True)
class ChineseFrequentRow(Row):
    """A Han character that Chinese text writes far more often than Japanese (是, 什): where a Chinese phrase of
    Japanese characters is looked for; ``chinese`` and ``japanese``: its counts in the two sides of the data."""

    table: ClassVar[str] = "chinese_frequent"

    char: str
    chinese: int
    japanese: int


@dataclass(frozen=True, kw_only=True)
class ChineseWordRow(Row):
    """A Chinese word written in Japanese characters that is not a Japanese word (然而, 双重); ``frequency``: its count
    in jieba's dictionary; ``key``: its character that Japanese writes least, and ``japanese``: how often, per
    million characters of Japanese text (tools/build_chinese_words.py)."""

    table: ClassVar[str] = "chinese_words"

    word: str
    frequency: int
    key: str
    japanese: int

    def validate(self) -> None:
        if len(self.word) < 2 or not all("\u4e00" <= char <= "\u9fff" for char in self.word):
            raise ValueError(f"a Chinese word is two Han characters or more: {self.word!r}")
        if len(self.key) != 1 or self.key not in self.word:
            raise ValueError(f"a Chinese word's key is one of its characters: {self.key!r} of {self.word!r}")


@dataclass(frozen=True, kw_only=True)
class CounterRow(Row):
    """A Japanese word written right after a numeral: a counter, a unit or currency the other tables lack, 以上 …

    ``kind`` says what the numeral counts: ``count`` (things and people: 人, 件, 世帯, so a figure of millions may
    come before it), ``time`` (年, 月, 時間), ``after`` (a word that qualifies a figure: 以上, 未満, 前後) or ``other``
    (社, 位, 号: a counter, but not of millions: 3M社 is a company).
    """

    table: ClassVar[str] = "counters"

    word: str
    kind: Literal["count", "time", "after", "other"]


@dataclass(frozen=True, kw_only=True)
class BoilerplateCueRow(Row):
    """A phrase of a site's furniture (a copyright footer, a paywall or subscription notice): a short line holding
    one is the site's, not the article's prose."""

    table: ClassVar[str] = "boilerplate"

    cue: str


@dataclass(frozen=True, kw_only=True)
class PageFurnitureRow(Row):
    """A label of a web page's furniture that fills a line of its own (an ad slot's "Advertisement", a skip link's
    "Skip to main content"), in the language of the site's interface: left in an article in another language, it is
    the page's, not the article's."""

    table: ClassVar[str] = "page_furniture"

    label: str  # compared with the whole line, case-insensitively
    lang: str  # the language of the label
    # a counter's label follows its figure (4.43K subscribers); a teaser's label a colon, then the teased headline
    # a share label is one of a row of buttons; a host notice opens its line; a field's label is followed by a colon
    # (a date field's may be alone: its value is a date); a related-articles or comments heading is a box's title;
    # a site label is a Japanese theme's own (スポンサーリンク); a tags label, a tag list's that lost its tags; an
    # interface string opens a block of the page's interface in its language (Skip to main content, Loading...)
    kind: Literal[
        "ad-slot", "skip-link", "contents", "image", "button", "notice", "credit", "consent", "counter", "teaser",
        "share", "host-notice", "field", "counter-button", "icon", "link-out", "anchor", "template", "comment-count",
        "switcher", "vote", "related", "comments", "placeholder", "date-field", "site-label", "tags", "interface",
    ]

    def validate(self) -> None:
        if self.label != self.label.strip() or "\n" in self.label:
            raise ValueError(f"{self.label!r}: a label is one line without surrounding spaces")


@dataclass(frozen=True, kw_only=True)
class CreditLabelRow(Row):
    """A photo or source credit label after which a space is house style (写真 名前)."""

    table: ClassVar[str] = "credit_labels"

    label: str


@dataclass(frozen=True, kw_only=True)
class PictureAgencyRow(Row):
    """A picture agency's name as a caption's credit writes it (Getty Images, ゲッティ): an agency that licenses
    photos and writes no text, so its name alone on a line credits a photo the copy dropped."""

    table: ClassVar[str] = "picture_agencies"

    label: str

    def validate(self) -> None:
        if not self.label or self.label != self.label.strip():
            raise ValueError(f"{self.label!r}: an agency's name, without spaces around it")


@dataclass(frozen=True, kw_only=True)
class CurrencyRow(Row):
    """A currency as a language writes it: ``$`` before a number (prefix), ``yen``/``ドル`` after it."""

    table: ClassVar[str] = "currencies"

    surface: str
    code: str
    position: Literal["", "prefix", "suffix"] = ""
    minor: str = ""  # the currency's hundredth (ドル → セント)


@dataclass(frozen=True, kw_only=True)
class EmbedPatternRow(Row):
    """A leftover of a flattened social-media embed: a link, a permalink, an attribution line, boilerplate."""

    table: ClassVar[str] = "embeds"

    platform: str
    kind: Literal["link", "permalink", "attribution", "boilerplate"]
    pattern: str
    post: Literal["", "above", "below", "none"] = ""

    def validate(self) -> None:
        regex = _compiles(self.pattern, re.MULTILINE)
        if regex.groupindex:
            raise ValueError(f"pattern must not use named groups: {self.pattern!r}")
        if self.kind == "boilerplate" and not self.post:
            raise ValueError("boilerplate needs post: above, below or none")


@dataclass(frozen=True, kw_only=True)
class ForeignScaleRow(Row):
    """A scale word of another language's numbers left after digits in Japanese: ``M`` (1.5M人), ``bn``, ``million``
    (``latin``), a kanji calque of an English scale that Japanese does not count in: 百万 (million), 十億 (billion)
    (``calque``), or a Chinese scale glyph that Japanese does not have: 亿 (``chinese``). ``value``: what it
    multiplies the digits before it by."""

    table: ClassVar[str] = "foreign_scales"

    surface: str
    value: float
    kind: Literal["latin", "calque", "chinese"]

    def validate(self) -> None:
        if self.value < 1000:
            raise ValueError(f"a scale of {self.value:g} is no scale word")


@dataclass(frozen=True, kw_only=True)
class KitchenMeasureRow(Row):
    """A kitchen measure counted after it (大さじ1, 小さじ2), with its volume in millilitres."""

    table: ClassVar[str] = "kitchen_measures"

    word: str
    millilitres: int

    def validate(self) -> None:
        if self.millilitres <= 0:
            raise ValueError(f"a measure of {self.millilitres} ml holds nothing")


@dataclass(frozen=True, kw_only=True)
class YenRateRow(Row):
    """The lowest and highest price in yen of a currency (``USD``) on the days its rate was published between
    ``since`` and ``until``: generated from the ECB's reference rates by tools/build_yen_rates.py."""

    table: ClassVar[str] = "yen_rates"

    code: str
    low: float
    high: float
    since: str
    until: str

    def validate(self) -> None:
        if not re.fullmatch("[A-Z]{3}", self.code):
            raise ValueError(f"{self.code!r} is no ISO 4217 currency code")
        if not 0 < self.low <= self.high:
            raise ValueError(f"{self.code}: a range from {self.low} to {self.high} yen is empty or not positive")


@dataclass(frozen=True, kw_only=True)
class TopLevelDomainRow(Row):
    """A top-level domain that exists (``com``, ``jp``, ``tokyo``), in ASCII letters: generated from the Public Suffix
    List by tools/build_tld_table.py."""

    table: ClassVar[str] = "top_level_domains"

    label: str

    def validate(self) -> None:
        if not re.fullmatch("[a-z]{2,}", self.label):
            raise ValueError(f"{self.label!r} is no top-level label (lower-case ASCII letters)")


@dataclass(frozen=True, kw_only=True)
class LanguageRow(Row):
    """A language the untranslated-span rule and source detection can name."""

    table: ClassVar[str] = "languages"

    code: str
    name: str
    lingua: str = ""  # lingua's Language member, for Latin-script languages
    script: tuple[str, ...] = ()  # scripts that alone say the language (hangul → Korean)


@dataclass(frozen=True, kw_only=True)
class MonthRow(Row):
    table: ClassVar[str] = "months"
    surface: str
    month: int
    alone: bool = True  # a month name that stands for the month even without a day or year (not May, March)

    def validate(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1 to 12")


@dataclass(frozen=True, kw_only=True)
class KnownNameRow(Row):
    """A name a dictionary knows (generated from JMnedict and JMdict), with how Japanese writes it.

    ``conventional`` names are proper nouns Japanese renders by meaning (Red Cross → 赤十字): finding them rendered
    so is no error. The others are foreign names in katakana (Reading → レディング): the right rendering to suggest,
    and proof that a capitalised word is a name.
    """

    table: ClassVar[str] = "known_names"

    name: str
    kind: Literal["company", "product", "organization", "place", "person", "name", "conventional"]
    forms: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class NameLiteralRow(Row):
    """A company, brand, product, place or person named with ordinary English words (generated), with the literal
    renderings a word-for-word translation gives it (Target → 標的) and its proper forms (ターゲット).

    ``rest`` names the words of a longer name that the literal leaves in Latin or katakana (Wells Fargo → 井戸ファーゴ:
    literal 井戸, rest Fargo): such a literal counts only right beside the rest, transliterated.
    """

    table: ClassVar[str] = "name_literals"

    name: str
    kind: Literal["company", "brand", "product", "organization", "place", "person"]
    literals: tuple[str, ...]
    proper: tuple[str, ...] = ()
    rest: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class NamePartRow(Row):
    """A word of English names that is not what the name is called by: a joining word, a generic head (Lake), a title
    (Queen), or the mark of an institution (Court, Party). See ``en/name_parts.tsv``."""

    table: ClassVar[str] = "name_parts"

    word: str
    role: Literal["function", "generic", "time", "title", "institution"]


@dataclass(frozen=True, kw_only=True)
class NameSlotRow(Row):
    """A word of the slot a name fills in a Japanese sentence: what companies do (発表), what they have (株価), what
    stands before or after a company, place or person name (大手, 社, 湖, 氏). See ``ja/name_slots.tsv``."""

    table: ClassVar[str] = "name_slots"

    cue: str
    slot: Literal[
        "company-verb",  # the name is the topic or subject of it: りんごは…発表した
        "company-object-verb",  # the name is its object: りんごを買収した
        "company-partner-verb",  # the name is its partner: りんごと…で提携する
        "platform-verb",  # the name is where it happens: さえずりに投稿した
        "company-possession",  # the name is its possessor: りんごの株価
        "company-before",  # right before the name: 大手, 傘下の, 米
        "company-abroad",  # a country whose companies Japanese writes in katakana or Latin letters: 米家電大手の
        "company-after",  # right after the name: 社, グループ, 航空
        "product-before",  # a kind of product right before the name in quotes: 文書作成ソフト「単語」
        "place-after",  # right after a place name: 湖, 市, 州
        "place-verb",  # a place is its object or location: 訪れる, 滞在
        "person-after",  # right after a person's name: 氏, さん, 選手
        "company-only",  # what only a listed company has or does: りんごの株価, りんごは上場した
        "company-act",  # what only a business does, its subject a company whatever the article: 標的は店舗を閉鎖した
    ]


@dataclass(frozen=True, kw_only=True)
class NumberPhraseRow(Row):
    """A phrase with a number that is not a quantity (24/7, Fortune 500), with what may render it."""

    table: ClassVar[str] = "number_phrases"

    surface: str
    renderings: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class NumberWordRow(Row):
    """A word of a language's numbers: a digit, a power or scale, an era, a counter, a percent or time word."""

    table: ClassVar[str] = "number_words"

    surface: str
    kind: Literal["digit", "power", "scale", "era", "word", "counter", "percent", "am", "pm", "lead"]
    value: float | None = None
    needs: Literal["", "currency"] = ""  # a scale that counts only after a currency ($5bn, not "5 bn")

    def validate(self) -> None:
        if self.kind in ("digit", "power", "scale", "era", "word") and self.value is None:
            raise ValueError(f"a {self.kind} needs a value")


@dataclass(frozen=True, kw_only=True)
class PersonRow(Row):
    """A public figure or organisation: Latin name, katakana names, handles and cashtags."""

    table: ClassVar[str] = "people"

    latin: str
    katakana: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    cashtags: tuple[str, ...] = ()
    kind: Literal["", "person", "company", "news", "organisation"] = ""


@dataclass(frozen=True, kw_only=True)
class PlaceNameRow(Row):
    """A country's names in languages that are neither the target's nor English (Nga: Vietnamese for Russia), with
    the target's name for it (``ja``: ロシア); generated from Unicode CLDR by tools/build_place_names.py.

    ``names``: ``name=codes`` for each name, the codes of the languages that write it so (``Rusia=es,id``). One row
    per country keeps the table small: it is read at every start of the auditor."""

    table: ClassVar[str] = "place_names"

    territory: str  # the CLDR territory code (RU)
    ja: str
    names: tuple[str, ...]
    english: str = ""

    def validate(self) -> None:
        for value in self.names:
            name, _, codes = value.partition("=")
            if not name.strip() or not codes.strip() or ",," in codes.replace(" ", "") or codes.strip().endswith(","):
                raise ValueError(f"{value!r} is not name=language codes (Nga=vi)")

    def spellings(self) -> list[tuple[str, tuple[str, ...]]]:
        """(name, language codes) for each of its names."""
        out = []
        for value in self.names:
            name, _, codes = value.partition("=")
            out.append((name.strip(), tuple(codes.replace(" ", "").split(","))))
        return out


@dataclass(frozen=True, kw_only=True)
class NotableNameRow(Row):
    """A notable person's full name in kanji and its reading (岸田文雄: キシダフミオ), for entity.homophone-person;
    generated by tools/build_homophone_tables.py from JMnedict."""

    table: ClassVar[str] = "notable_names"

    name: str
    reading: str


@dataclass(frozen=True, kw_only=True)
class PersonSuffixRow(Row):
    """A title or honorific written after a person's name (氏, さん, 大統領): the name before it is a person's."""

    table: ClassVar[str] = "person_suffixes"

    word: str
    kind: Literal["title", "familiar"]  # familiar ones follow a given name alone too (花子さん)


@dataclass(frozen=True, kw_only=True)
class PreferredSpellingRow(Row):
    """A variant spelling and the spelling the entity (or the publication) uses."""

    table: ClassVar[str] = "preferred_spellings"

    variant: str
    preferred: str


@dataclass(frozen=True, kw_only=True)
class RegisterEndingRow(Row):
    """A sentence ending and its register; ``other`` is the same ending in the other register."""

    table: ClassVar[str] = "register"

    ending: str
    register: Literal["polite", "plain", "request", "neutral", "particle"]
    other: str = ""  # N: before it means "only after a noun"


@dataclass(frozen=True, kw_only=True)
class SynonymSetRow(Row):
    """Words of one meaning that an article keeps to one of (仮想通貨, 暗号通貨: cryptocurrency), for
    terminology.mixed-synonyms; generated by tools/build_synonym_sets.py."""

    table: ClassVar[str] = "synonym_sets"

    term: str  # the English term the words render
    forms: tuple[str, ...]

    def validate(self) -> None:
        if len(set(self.forms)) < 2:
            raise ValueError("a synonym set needs two different words")


@dataclass(frozen=True, kw_only=True)
class TickerPrefixRow(Row):
    """A katakana word before a cashtag: a transliterated English word (flag) or a name that is fine (keep)."""

    table: ClassVar[str] = "ticker_prefixes"

    word: str
    verdict: Literal["flag", "keep"]
    english: str = ""


@dataclass(frozen=True, kw_only=True)
class UnitContextRow(Row):
    """A word around a number + unit that changes how the figure is read: 約, マイナス, 上昇 …"""

    table: ClassVar[str] = "unit_context"

    word: str
    # approx: the figure is approximate (約250キロ); negative: a minus sign or word before the number (マイナス10度);
    # below_zero: a word that puts the figure below zero (氷点下10度), read as a minus but never written as one;
    # change: a word that makes a temperature pair a change, not a reading (気温が2度（3.6°F）上昇);
    # after_bracket: a word that may stand between a bracketed figure and its closing bracket (（155マイル程度）).
    role: Literal["approx", "negative", "below_zero", "change", "after_bracket"]


@dataclass(frozen=True, kw_only=True)
class UnitRow(Row):
    """A unit (or a prefix such as 時速) as written, with its factor to SI and what makes it fit the locale."""

    table: ClassVar[str] = "units"

    surface: str
    unit: str
    quantity: Literal["length", "mass", "area", "volume", "speed", "temperature"]
    system: Literal["metric", "imperial", "us", "nautical", "japanese"]
    factor: float
    role: Literal["unit", "prefix"] = "unit"
    offset: float = 0.0
    per: float = 0.0  # seconds of a speed's time base
    ja_ok: bool = True  # usual in Japanese news; False: reported with a metric suggestion
    name: str = ""
    metric: tuple[str, ...] = ()  # metric units to suggest
    evidence: tuple[str, ...] = ()  # words (or "partner", "prefix") this reading needs nearby
    unless: tuple[str, ...] = ()  # words that make a ja_ok=no reading fine

    def validate(self) -> None:
        if self.factor <= 0:
            raise ValueError("factor must be positive")
        if self.quantity == "speed" and self.per <= 0:
            raise ValueError("a speed needs per (the seconds of its time base)")


@dataclass(frozen=True, kw_only=True)
class WordFormRow(Row):
    """An irregular English form and the word dictionaries list it under (bled → bleed, wolves → wolf)."""

    table: ClassVar[str] = "word_forms"

    form: str
    lemma: str


@dataclass(frozen=True, kw_only=True)
class WordRenderingRow(Row):
    """An English word (generated from JMdict) with its common-word Japanese renderings (shell → 貝殻|殻), the katakana
    loanwords that transliterate it (シェル), the conventional renderings of the capitalised word (Mars → 火星) and the
    first renderings of its WordNet synonyms (ever → always → 常に), which only source.*-as-word reads."""

    table: ClassVar[str] = "word_renderings"

    word: str
    renderings: tuple[str, ...]
    loans: tuple[str, ...] = ()
    conventional: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class LoanSourceRow(Row):
    """A katakana loanword with the English words it transliterates, as spelling group keys (レシピ → recipe): the
    ``loans`` column of word_renderings.tsv turned around, derived by tools/build_spelling_indexes.py so that a
    process reads a few thousand short rows instead of that table's 35,000."""

    table: ClassVar[str] = "loan_sources"

    loan: str
    words: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class NameReadingRow(Row):
    """The reading, in katakana, of Japanese given names or family names that JMnedict and IPAdic both know
    (ショウヘイ: given; オオタニ: family), for entity.reversed-name; generated by tools/build_name_readings.py."""

    table: ClassVar[str] = "name_readings"

    key: str  # the reading as translit.japanese_name_key spells it (shohe), by which names are looked up
    reading: str
    part: Literal["given", "family", "both"]


@dataclass(frozen=True, kw_only=True)
class GovernmentBodyRow(Row):
    """A ministry or agency JMdict or JMnedict knows and its reading (保健省: ホケンショウ), or another word of theirs
    ending in 省 or 庁 (官公庁), for entity.homophone-body; generated by tools/build_homophone_tables.py."""

    table: ClassVar[str] = "government_bodies"

    body: str
    reading: str
    kind: Literal["body", "word"]


@dataclass(frozen=True, kw_only=True)
class KoreanSurnameRow(Row):
    """A Korean family name in kanji and its Korean readings in katakana (李: イ, リ), for entity.mixed-script-name."""

    table: ClassVar[str] = "korean_surnames"

    surname: str
    readings: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class LetterNameRow(Row):
    """A Latin letter and its names in katakana (K: ケー, ケイ), for entity.spelled-initialism."""

    table: ClassVar[str] = "letter_names"

    letter: str
    names: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class DistinctLoanRow(Row):
    """A katakana word and the words JMdict lists apart from it, though they differ only in the letters spellings
    of one foreign name differ in (ブラインド → ブランド), for terminology.spelling-variants; generated by
    tools/build_distinct_loans.py."""

    table: ClassVar[str] = "distinct_loans"

    loan: str
    others: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class PlaceCompoundRow(Row):
    """A noun that JMdict lists ending in a one-character place word (選手村 "athletes' village", 火山島): a kind of
    place, which entity.name-literal's search of unlisted places leaves alone; generated by
    tools/build_place_compounds.py."""

    table: ClassVar[str] = "place_compounds"

    word: str
    gloss: str = ""  # the entry's first English gloss


@dataclass(frozen=True, kw_only=True)
class KnownNameFormsRow(Row):
    """The katakana of the names of known_names.tsv that share one spelling group key (casefolded, width-folded,
    without spaces: spacex for SpaceX and Space X), conventional names left out; derived from known_names.tsv by
    tools/build_spelling_indexes.py. A key with no forms is a name known without a katakana form."""

    table: ClassVar[str] = "known_name_forms"

    key: str
    forms: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class UnitWordRow(Row):
    """A unit as an English source writes it (miles per hour → mph)."""

    table: ClassVar[str] = "unit_words"

    surface: str
    unit: str


@dataclass(frozen=True, kw_only=True)
class NameWordRow(Row):
    """A katakana word of a name read back as English words (generated by tools/build_name_words.py): keyed by the
    katakana loanword (アンドロイド) or by the consonant skeleton of English words (``blg``: bridge), one row per
    word, with the word's first renderings in kanji (橋) and the conventional renderings of its capitalised form."""

    table: ClassVar[str] = "name_words"

    key: str
    word: str
    renderings: tuple[str, ...]
    conventional: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class NameSpellingRow(Row):
    """A well-known foreign name in katakana (generated by tools/build_name_spellings.py from JMnedict and JMdict),
    keyed by the consonants of its kana (auditor/analysis/name_spelling.py), with the spellings one small edit away
    that a dictionary knows as words or names of their own (folded), which are no misspelling of it."""

    table: ClassVar[str] = "name_spellings"

    key: str
    name: str
    kind: Literal["place", "company", "organization", "product", "person"]
    english: str
    known: tuple[str, ...] = ()


# Every table a lexicon may have, by file name (``<lang>/<name>.tsv`` or ``common/<name>.tsv``).
TABLES: Mapping[str, type[Row]] = {
    row.table: row
    for row in (
        AbbreviationRow,
        AnchorWordRow,
        BoilerplateCueRow,
        BrandRow,
        BusinessCueRow,
        ChineseFrequentRow,
        ChineseMarkersRow,
        ChinesePairRow,
        ChineseWordRow,
        CounterRow,
        CreditLabelRow,
        CurrencyRow,
        DistinctLoanRow,
        EmbedPatternRow,
        ForeignScaleRow,
        GovernmentBodyRow,
        KitchenMeasureRow,
        KnownNameRow,
        KnownNameFormsRow,
        KoreanSurnameRow,
        LanguageRow,
        LetterNameRow,
        LoanSourceRow,
        MonthRow,
        NameLiteralRow,
        NamePartRow,
        NameReadingRow,
        NameWordRow,
        NameSlotRow,
        NameSpellingRow,
        NotableNameRow,
        NumberPhraseRow,
        NumberWordRow,
        PageFurnitureRow,
        PersonRow,
        PersonSuffixRow,
        PictureAgencyRow,
        PlaceCompoundRow,
        PlaceNameRow,
        PreferredSpellingRow,
        RegisterEndingRow,
        SynonymSetRow,
        TickerPrefixRow,
        TopLevelDomainRow,
        UnitContextRow,
        UnitRow,
        UnitWordRow,
        WordFormRow,
        WordRenderingRow,
        YenRateRow,
    )
}


def _compiles(pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as error:
        raise ValueError(f"pattern {pattern!r}: {error}") from None


@dataclass(frozen=True)
class _Column:
    name: str
    kind: Any  # the field's resolved type
    required: bool
    default: Any
    convert: Callable[[Any], Any]  # a cell as the field's type: ``_convert`` with the kind's case chosen once


def _converter(kind: Any) -> Callable[[Any], Any]:
    """``_convert`` for one field type. The common kinds (text, several values, a choice, a number) skip typing's
    introspection, which would otherwise run for each of the thousands of cells read at start-up; they give what
    ``_convert`` gives."""
    if kind is str:
        return _cell_text
    if get_origin(kind) is tuple:
        return _cell_values
    if get_origin(kind) is Literal:
        return partial(_cell_choice, frozenset(get_args(kind)), kind)
    if kind in (int, float):
        return partial(_cell_number, kind)
    return partial(_convert, kind=kind)


def _cell_text(raw: Any) -> Any:
    return raw.strip() if type(raw) is str else _convert(raw, str)


def _cell_values(raw: Any) -> Any:
    return tuple(split_values(raw)) if type(raw) is str else _convert(raw, tuple[str, ...])


def _cell_number(kind: type[int] | type[float], raw: Any) -> Any:
    if type(raw) is str and (stripped := raw.strip()):
        try:
            return kind(stripped)
        except ValueError:
            pass
    return _convert(raw, kind)  # an empty cell, the error for a cell that is no number, or a cell that is not text


def _cell_choice(allowed: frozenset[str], kind: Any, raw: Any) -> Any:
    if type(raw) is str and (value := raw.strip()) in allowed:
        return value
    return _convert(raw, kind)  # the error for a value not allowed, or a cell that is not text


def columns(row_class: type[Row]) -> dict[str, _Column]:
    """The columns of a row class: its fields but ``where``, in table order."""
    return _columns(row_class.table)


@cache
def _columns(table: str) -> dict[str, _Column]:
    row_class = TABLES[table]
    hints = get_type_hints(row_class)
    out = {}
    # The table's own columns first (the first names the entry), the base's note last.
    for item in sorted(fields(row_class), key=lambda item: item.name == "note"):
        if item.name == "where":
            continue
        default = item.default if item.default is not MISSING else MISSING
        kind = hints[item.name]
        out[item.name] = _Column(item.name, kind, default is MISSING, default, _converter(kind))
    return out


def check_header(row_class: type[Row], header: list[str], where: str) -> None:
    known = columns(row_class)
    unknown = [name for name in header if name not in known]
    if unknown:
        raise LexiconError(f"{where}: unknown column(s) {', '.join(unknown)}; known: {', '.join(known)}")
    missing = [name for name, column in known.items() if column.required and name not in header]
    if missing:
        raise LexiconError(f"{where}: missing column(s) {', '.join(missing)}")


def make_row(row_class: type[Row], cells: Mapping[str, Any], where: str) -> Row:
    """A row of ``row_class`` from raw cells (TSV strings, or TOML values); errors name ``where``."""
    known = columns(row_class)
    first = str(cells.get(next(iter(known)), "") or "").strip()
    where = f"{where} ({first})" if first else where  # the entry's key (its surface, brand, word) names it too
    if not cells.keys() <= known.keys():  # a set comparison in C: thousands of rows are read at start-up
        unknown = [str(name) for name in cells if name not in known]
        raise LexiconError(f"{where}: unknown column(s) {', '.join(unknown)}; known: {', '.join(known)}")
    values: dict[str, Any] = {}
    for name, column in known.items():
        raw = cells.get(name)
        try:
            value = column.convert(raw)
        except ValueError as error:
            raise LexiconError(f"{where}: column {name}: {error}") from None
        if not value and (value is None or value == "" or value == ()):  # `not value` first: most cells hold one
            if column.required:
                raise LexiconError(f"{where}: column {name} is empty")
            if value is None and column.default is not None:
                continue  # the field's default
        values[name] = value
    try:
        row = row_class(**values, where=where)
        row.validate()
    except (TypeError, ValueError) as error:
        raise LexiconError(f"{where}: {error}") from None
    return row


_TRUE = {"yes", "true", "1"}
_FALSE = {"no", "false", "0"}


def _convert(raw: Any, kind: Any) -> Any:
    """One cell as the field's type; None for an empty cell of a field that may be empty."""
    if raw is None:
        return None
    if kind is str and type(raw) is str:  # most cells: read first, without typing's introspection
        return raw.strip()
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):  # float | None
        inner = [arg for arg in get_args(kind) if arg is not type(None)]
        return None if _blank(raw) else _convert(raw, inner[0])
    if origin is tuple:
        if isinstance(raw, list | tuple):
            return tuple(str(value).strip() for value in raw if str(value).strip())
        return tuple(split_values(str(raw)))
    if origin is Literal:
        value = str(raw).strip()
        allowed = get_args(kind)
        if value not in allowed:
            shown = ", ".join(repr(word) for word in allowed if word) + (" or empty" if "" in allowed else "")
            raise ValueError(f"{value!r} is not one of {shown}")
        return value
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        word = str(raw).strip().lower()
        if not word:
            return None
        if word in _TRUE | _FALSE:
            return word in _TRUE
        raise ValueError(f"{raw!r} is not yes or no")
    if kind in (int, float):
        if _blank(raw):
            return None
        if isinstance(raw, bool) or not isinstance(raw, str | int | float):
            raise ValueError(f"{raw!r} is not a number")
        try:
            number = kind(raw.strip() if isinstance(raw, str) else raw)
        except ValueError:
            raise ValueError(f"{raw!r} is not a number") from None
        return number
    if isinstance(raw, list | tuple | dict):
        raise ValueError(f"{raw!r}: one value expected")
    return str(raw).strip()


def _blank(raw: Any) -> bool:
    return isinstance(raw, str) and not raw.strip()

"""Short spans left in another language inside Japanese prose: English dates, country names in a third language."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from auditor.analysis.context import Analysis
from auditor.analysis.foreign import (
    ForeignDate,
    english_dates,
    foreign_place_names,
    half_transliterations,
    language_names,
    month_first_dates,
    vietnamese_names,
)
from auditor.document import Document
from auditor.findings import Finding
from auditor.lexicons.schema import PersonSuffixRow, PlaceNameRow, WordRenderingRow
from auditor.rules.base import Context, Rule


class EnglishDate(Rule):
    """Finds an English date left in Japanese prose: Nov 8, 2024の時点で.

    Why it matters:
        A page template or a machine translation that does not localise dates leaves "Nov 8, 2024" in the middle of
        a Japanese sentence; Japanese news writes 2024年11月8日.

    How it decides:
        An English month name (``en/months.tsv``: November, Nov, Nov.) with a day or a year, read by the one English
        number reader (``quantities.english_numbers``: Nov 8, 2024; 8 November 2024; November 2024; Nov 21st), that
        stands in Japanese prose: Japanese touches it on one side and no Latin word stands on the other, or Japanese
        surrounds it across spaces, or it stands on a line of Japanese (kana or kanji) that holds no other Latin letter,
        parted from the Japanese only by spaces and separators (a byline: 編集部 / / July 28, 2023). The suggestion
        is the date in Japanese (``quantities.japanese_date``:
        2024年11月8日, 2024年11月), with the parts the English gives.

        Left alone: a month alone (March, May: also words), dates inside English sentences (on Nov 8, 2024, the …),
        the date line of a flattened embed (markup/embed's), URLs and code.
    """

    id = "language.english-date"
    category = "accuracy/untranslated"
    severity = "minor"
    fix = "safe"  # the same date, written the Japanese way
    summary = "English-format date left in Japanese prose"
    languages = frozenset({"ja"})
    bad = "Nov 8, 2024の時点で、ビットコインの時価総額は1兆5000億ドルだった。"
    good = "2024年11月8日の時点で、ビットコインの時価総額は1兆5000億ドルだった。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        return _date_findings(self, doc, ctx, english_dates, "English date '{}' in Japanese prose")


def _date_findings(
    rule: Rule, doc: Document, ctx: Context, dates: Callable[[Analysis], tuple[ForeignDate, ...]], what: str
) -> Iterator[Finding]:
    """A finding on each date of ``dates`` outside embeds (a flattened post's date line is markup/embed's), its
    message ``what`` (the excerpt in its {}) and the Japanese form, which is also the suggestion."""
    for date in ctx.analysis.memo(dates):
        if ctx.in_embed(date.start, date.end):
            continue
        excerpt = doc.text[date.start : date.end]
        message = f"{what.format(excerpt)}; Japanese writes {date.japanese}."
        yield rule.finding(doc, date.start, date.end, message, suggestion=date.japanese)


class EnglishDateOrder(Rule):
    """Finds a date in the English order with a Japanese month: 8月 29, 2025 for 2025年8月29日.

    Why it matters:
        A site whose WordPress is set to Japanese but keeps an English date format (``F j, Y``) prints the month's
        Japanese name in the English order, and a translation that renders the month alone leaves the same: a
        reader meets a date no Japanese publication writes.

    How it decides:
        A month of one or two digits before 月, then the day (日 or not), a comma and a year of four digits, each
        after at most one space. Japanese writes year, month, day with their counters and no comma, so the shape
        has no Japanese reading: none in the WMT22-24 English→Japanese human references or system outputs; on
        pages18 dev, one, the date line of a machine-translated news round-up. The suggestion is the date in
        Japanese (``quantities.japanese_date``). Dates inside embeds (a flattened post's date line) are left to
        markup/embed.
    """

    id = "language.english-date-order"
    category = "locale/date"
    severity = "minor"
    fix = "safe"  # the same date, in the Japanese order
    summary = "Date in the English order with a Japanese month (8月 29, 2025)"
    languages = frozenset({"ja"})
    bad = "公開日：8月 29, 2025"
    good = "公開日：2025年8月29日"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        return _date_findings(self, doc, ctx, month_first_dates, "Date '{}' in the English order")


class ThirdLanguageName(Rule):
    """Finds a country named in a third language inside Japanese prose: Nga (Vietnamese, Russia), Jerman, Spanien.

    Why it matters:
        When the source is neither English nor Japanese, machine translation sometimes passes a country's name
        through in the source language: a Japanese reader meets "Nga市場" for ロシア市場, or "Jerman" for ドイツ, a word
        they cannot read.

    How it decides:
        A word of ``place_names.tsv`` (countries' names in 25 languages that are neither Japanese nor English, from
        Unicode CLDR, built by tools/build_place_names.py: only names that differ from every English name, are no
        English word and have one meaning), matched whole and case-sensitive, that stands in Japanese prose: Japanese
        touches it on one side and no Latin letter or digit stands on the other, or Japanese surrounds it across
        spaces. The suggestion is the Japanese name CLDR gives (ロシア, ドイツ).

        Left alone: a name inside a Latin phrase (Jerman dan Prancis, Cau Ong Lanh 区), a name given in brackets after
        the Japanese (ロシア（Nga）: on purpose), a name before a title or honorific (Đức氏: a person;
        ``person_suffixes.tsv``), handles, URLs, code and embeds. Vietnamese street and ward names left unaccented
        (Vo Van Kiet) are not countries and stay alone: no resource lists them.
    """

    id = "language.third-language-name"
    category = "accuracy/untranslated"
    severity = "major"
    fix = "unsafe"  # CLDR's Japanese name may not be the house name
    summary = "Country name left in a third language (neither Japanese nor English) inside Japanese prose"
    languages = frozenset({"ja"})
    tables = (PlaceNameRow, PersonSuffixRow)
    bad = "同社は、Nga市場から撤退すると発表した。"
    good = "同社は、ロシア市場から撤退すると発表した。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        names = ctx.analysis.memo(foreign_place_names)
        if not names:
            return
        languages = language_names(ctx.lexicon)
        for found in names:
            name, row = found.name, found.name.row
            said = "/".join(languages.get(code, code) for code in name.languages) or "another language"
            english = f" ({row.english})" if row.english else ""
            yield self.finding(
                doc,
                found.start,
                found.end,
                f"'{name.surface}' is {said} for {row.ja}{english}, left untranslated in Japanese prose.",
                suggestion=row.ja,
            )


class VietnameseName(Rule):
    """Finds a Vietnamese name left in Latin letters inside Japanese prose: 場所は Vo Van Kiet 通りに移る.

    Why it matters:
        Machine translation from Vietnamese passes street, ward and person names through as they are, often without
        their accents. Japanese news writes them in katakana (the Latin name, if at all, in brackets after it); a
        bare Latin name in a Japanese sentence is a leftover the reader has to guess at.

    How it decides:
        A run of capitalised Latin words in which every word is one syllable of Vietnamese spelling, its accents
        taken off (an initial consonant, a vowel, a final: Vo, Van, Kiet, Trung, Nguyen), and that counts three
        words or more, or two with a letter only Vietnamese writes (ă â đ ê ô ơ ư, a dot below or a hook above: Đà
        Nẵng). English, German and pinyin names rarely pass (Elon Musk, Xi Jinping, Chiang Mai), and the WMT
        English→Japanese references and every system output of WMT23 give no finding. It must stand on a line of
        Japanese prose (one with kana), with no Latin word or token glue next to it.

        Left alone: a name in brackets right after the Japanese (ボーバンキエット（Vo Van Kiet）: given on
        purpose), names inside English phrases or after a comma that follows a Latin word or a figure (the next part
        of an address in Latin letters: …St., Dist.7, Ho Chi Minh; pages6: the rule's false finding there), a credit
        after ©, URLs, code and embeds. Country names in a third language are language.third-language-name's.
    """

    id = "language.vietnamese-name"
    category = "accuracy/untranslated"
    severity = "minor"
    fix = "none"  # the katakana of a Vietnamese name is a choice of the publication
    summary = "Vietnamese name left in Latin letters inside Japanese prose"
    languages = frozenset({"ja"})
    bad = "市場は来月、Le Van Sy 通りの新しい建物に移る。"
    good = "市場は来月、レ・ヴァン・シー通りの新しい建物に移る。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for name in ctx.analysis.memo(vietnamese_names):
            excerpt = doc.text[name.start : name.end]
            how = "" if name.accented else " (its accents dropped)"
            yield self.finding(
                doc,
                name.start,
                name.end,
                f"'{excerpt}' is a Vietnamese name left in Latin letters{how} in Japanese prose; write it in katakana.",
            )


class HalfTransliterated(Rule):
    """Finds a word transliterated in part, its rest left in Latin letters: アシュleigh・バーティ, トreat.

    Why it matters:
        A machine that cannot transliterate a whole word sometimes writes its first syllables in katakana and leaves
        the rest as it was (Ashleigh → アシュleigh, impressive → インpressive). No Japanese writer cuts a word across
        two scripts; the reader meets half a word in each.

    How it decides:
        A run of katakana glued to a run of two or more lower-case Latin letters that ends the word
        (``foreign.half_transliterations``), where the Latin run is no English word (JMdict's English glosses,
        ``ja/word_renderings.tsv``, and the English grammar words: パブリックbox is two words glued, which
        whitespace rules judge), and no Latin letter, digit, hashtag or handle mark, slash or dot stands before the
        katakana (#マストドンfc, a domain, a file name). Measured: none in the WMT23 and WMT24 English→Japanese
        human references, none on the native pages of pages18; in the system outputs, 3 of Llama3-70B's (WMT24: トreat,
        インpressive, ピンクish), 11 of CycleL's garbled ones and 3 of WMT23's (ノードjs, パブリックhtml: node.js and
        public_html cut in two); on pages18 dev, one name (アシュleigh). The suggestion is
        the katakana loan of the one English word that ends in the Latin run and whose loan starts with the
        katakana (インpressive → インプレッシブ), where JMdict gives one (unsafe: the word is a guess); else none.
        URLs, code and embeds are left alone.
    """

    id = "language.half-transliterated"
    category = "accuracy/untranslated"
    severity = "major"
    fix = "unsafe"  # the English word is guessed from its end
    summary = "Word transliterated in part, its rest left in Latin letters (アシュleigh, インpressive)"
    languages = frozenset({"ja"})
    tables = (WordRenderingRow,)
    bad = "このデザインは本当にインpressiveだ。"
    good = "このデザインは本当にインプレッシブだ。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for word in ctx.analysis.memo(half_transliterations):
            katakana, latin = doc.text[word.start : word.split], doc.text[word.split : word.end]
            message = (
                f"'{katakana}{latin}' is a word transliterated in part: '{latin}' is left in Latin letters after "
                f"the katakana '{katakana}'."
            )
            yield self.finding(doc, word.start, word.end, message, suggestion=word.loan)


RULES = (EnglishDate, EnglishDateOrder, ThirdLanguageName, VietnameseName, HalfTransliterated)

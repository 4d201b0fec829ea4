"""Spans left in another language than the article's."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, cached_property, lru_cache
from itertools import chain, zip_longest
from typing import Any

from auditor.analysis.context import Analysis
from auditor.analysis.foreign import (
    MIN_CONTENT_WORDS,
    SCRIPTS,
    VIETNAMESE_LETTERS,
    capitals_and_scanned,
    chinese_frequent_chars,
    chinese_marker_chars,
    chinese_phrases,
    chinese_words,
    english_by,
    english_content_words,
    english_leftovers,
    english_seams,
    english_word,
    foreign_or_scanned,
    glyph_names,
    holds_english_word,
    outside_japanese_sets,
    rendered_words,
    scanned_chars,
    scripts_of,
    simplified_marker_chars,
    title_case,
    untranslated_chars,
    vietnamese_words,
)
from auditor.analysis.furniture import (
    INTERFACE,
    TEXT_KINDS,
    FurnitureLine,
    counter_blocks,
    language_menus,
    page_furniture,
    photo_captions,
    style_sheets,
)
from auditor.analysis.morph import tokens
from auditor.analysis.parallel import (
    ANCHORED,
    LATIN_LINE,
    MIN_COVERAGE,
    OWN_LINE,
    RATIO_HIGH,
    RATIO_LOW,
    bilingual_lines,
    english_figures,
    facing_sentence,
    japanese_figures,
    line_kind,
    pair_strength,
    pairs_by_length,
)
from auditor.analysis.parallel import MIN_PAIRS as PARALLEL_MIN_PAIRS
from auditor.analysis.parallel_figures import changed_figures
from auditor.analysis.quotation import nearest_bounds, nearest_line, translated_beside
from auditor.analysis.scripts import latin_starts, matches_at
from auditor.document import HEADING, Document, Sentence
from auditor.findings import Finding
from auditor.languages import LanguagePack, get_pack
from auditor.languages.scripts import HAS_JA, HAS_KANA, KANA, KANJI, lazy_pattern
from auditor.lexicons import Lexicon
from auditor.lexicons.schema import LanguageRow, PersonSuffixRow
from auditor.rules.base import Context, Rule

# A run of five or more Latin words (with the punctuation that sits inside sentences). It starts at a letter that no
# letter precedes (looked behind from the first letter, so re skips ahead in C): a start inside a word would only
# find what the word's start found, and tried at every letter of one long word it made the scan quadratic (a
# 10,000-letter word: 1.6 s, now milliseconds). A word's letters are taken whole (possessive): the punctuation
# between words can start only at an apostrophe or a hyphen inside a word, never between two of its letters, so
# re gives a word back an apostrophe or hyphen at a time, not a letter at a time (a name before Japanese, whose
# kanji and kana are word characters too, was given back character by character: 9,000 instructions a name).
_WORD_BODY = r"(?:[\w\u00c0-\u024f]++|['’\-])*"
_LATIN_RUN = re.compile(
    rf"[A-Za-z\u00c0-\u024f](?<![A-Za-z\u00c0-\u024f].)(?=[\w\u00c0-\u024f]*+[ ,;:.!?\"“”'’()\-]){_WORD_BODY}"
    rf"(?:[ ,;:.!?\"“”'’()\-]+[A-Za-z\u00c0-\u024f0-9]{_WORD_BODY}){{4,}}[.!?\"”]?"
)
_LATIN_LETTERS = "A-Za-z\u00c0-\u024f"  # the first class of _LATIN_RUN, for latin_starts


def _latin_run_matches(analysis: Analysis, text: str) -> Iterator[re.Match[str]]:
    """``_LATIN_RUN.finditer(text)``, matched only where a run of its letters starts (``latin_starts``)."""
    if text is not analysis.text:
        return _LATIN_RUN.finditer(text)
    return matches_at(_LATIN_RUN, text, latin_starts(analysis, _LATIN_LETTERS))


_LOWER_WORD = re.compile(r"(?:^|[\s\"“(])[a-z\u00df-\u00ff][a-z\u00df-\u024f'’\-]+")
_URLISH = re.compile(r"(?:https?://|www\.|\.com\b|\.org\b|@\w|#\w)")
# A copyright or trademark notice is kept in its own language on purpose.
_NOTICE = re.compile(r"©|\(C\)|\(TM\)|™|®|\b(?:[Cc]opyright|[Aa]ll [Rr]ights [Rr]eserved)\b")
# What follows a run quoted on purpose: its translation in brackets right after it.
_GLOSSED = f"[\\s\"”’!?.]*[（(][^（）()\\n]{{0,80}}?[{KANA}{KANJI}]"  # compiled by _pattern when a run is found
_LETTER = re.compile(r"\w")
_KANJI = re.compile(f"[{KANJI}]")
_HAN_RUN = re.compile(f"[{KANJI}]+")
_HAN_WORD = re.compile(f"[{KANJI}]{{2,}}")  # a run of two kanji or more: where a Chinese word may stand alone
_CONTEXT = 6  # characters read each side of a Chinese word, to see how IPAdic reads it in its sentence
_VIETNAMESE = re.compile(f"[{VIETNAMESE_LETTERS}]")
# How a message names each navigation kind of page_furniture.tsv (furniture.TEXT_KINDS).
_NAVIGATION_KINDS = {
    "skip-link": "a skip link of the page's navigation",
    "contents": "a table of contents' title",
    "template": "a label of the blog platform's template",
    "comment-count": "a blog template's comment count",
}
MIN_LOWERCASE_WORDS = 3  # sentences have function words; lists of names and products do not
# A Korean word: two Hangul syllables or more (spaced words of a phrase together). Jamo alone (ㅠㅠ, the ㆁ of a
# face) are emoticons, not words.
# A line of one to four Latin words, parted by spaces, commas, slashes or ampersands: a tag line, a section label.
_TAG_LINE = re.compile(r"[A-Za-z]{2,}(?:[ ,/&]+[A-Za-z]{2,}){0,3}")
_TAG_WORD = re.compile(r"[A-Za-z]+")
_KOREAN_WORD = re.compile("[\uac00-\ud7a3]{2,}(?:[ \u3000]+[\uac00-\ud7a3]+)*")


@lru_cache(maxsize=8)
def _detector(names: tuple[str, ...]):
    # Low-accuracy mode: loads in ~50 ms and 30 MB instead of ~1.6 s and 250 MB; the script test has
    # already decided the span is not Japanese, lingua only names its language. Deterministic.
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in names]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


@lru_cache(maxsize=4096)
def _language_of(run: str, names: tuple[tuple[str, str], ...]) -> str:
    """The name of the language of a Latin-script run, as lingua sees it."""
    if names:
        detected = _detector(tuple(lingua for lingua, _ in names)).detect_language_of(run)
        if detected is not None:
            return dict(names).get(detected.name, "another language")
    return "another language"


def _languages(lexicon: Lexicon) -> dict[str, Any]:
    rows = lexicon.table(LanguageRow)
    markers = chinese_marker_chars(lexicon)  # a Han-writing language's characters only Chinese uses
    # The markers, the characters Chinese writes far more often (where a Chinese phrase of Japanese characters is
    # looked for) and the letters only Vietnamese writes are found in one scan.
    words, keys = chinese_words(lexicon)
    return {
        "lingua": {row.lingua: row.name for row in rows if row.lingua},
        "scripts": {script: row.name for row in rows for script in row.script},
        "chinese": _Chinese(f"[{re.escape(markers)}]") if markers else None,
        "markers": frozenset(markers),
        "simplified": frozenset(simplified_marker_chars(lexicon)),
        "frequent": frozenset(chinese_frequent_chars(lexicon)),
        "words": words,  # Chinese words in Japanese characters (然而), found by their keys in the same scan
        "keys": frozenset(keys),
        "scan": lexicon.compiled(scanned_chars),  # the inside of a character class
        # For the scripts an article's language writes (its pack's), each character of the scan met so far → what it
        # is (``_kind_of``): a character is read once per process, not at each of its places in each article.
        "kinds": {},
        "titles": tuple(row.word for row in lexicon.table(PersonSuffixRow))
        if lexicon.has_table(PersonSuffixRow)
        else (),
    }


def _kind_of(char: str, foreign: re.Pattern[str] | None, data: dict) -> tuple[bool, bool, bool, bool, bool, bool]:
    """What a character of the markers' scan is: a letter of another script (``foreign``), a character only Chinese
    writes, a simplified one among those, a letter only Vietnamese writes, a character Chinese writes far more often,
    a rare key of a Chinese word."""
    return (
        foreign is not None and foreign.match(char) is not None,
        char in data["markers"],
        char in data["simplified"],
        _VIETNAMESE.match(char) is not None,
        char in data["frequent"],
        char in data["keys"],
    )


def _scanned(text: str, ctx: Context, own: frozenset[str], data: dict) -> list[int]:
    """The positions of the characters of the markers' scan (and of the other scripts') in ``text``: the scan for
    capitals' hits when it is the same scan of the same text, else a scan of its own."""
    if text is ctx.analysis.text and ctx.lexicon.compiled(untranslated_chars) == foreign_or_scanned(own, data["scan"]):
        return ctx.analysis.memo(capitals_and_scanned)[1]  # found in the scan for capitals (english_leftovers)
    return [match.start() for match in _foreign_or_scanned(own, data["scan"]).finditer(text)]


# A page's language named in its own words: a language menu lists it so among the other languages' own names.
_OWN_NAMES = {"ja": "日本語", "ko": "한국어"}
_MENU_REACH = 12  # lines read each way, in the block of non-blank lines around a finding, for the page's own name


def _in_language_menu(doc: Document, start: int, end: int, pack: LanguagePack) -> bool:
    """True when ``doc.text[start:end]`` is a whole line in a block of lines (no blank line between) where another
    line is the page's language named in its own words (日本語): a language menu, which names each language in
    its own words (简体中文, 한국어, English), page furniture rather than text left untranslated."""
    own_name = _OWN_NAMES.get(pack.code)
    text = doc.text
    line_start, line_end = doc.line_bounds(start)
    if own_name is None or end > line_end or text[line_start:line_end].strip() != text[start:end].strip():
        return False
    for step in (-1, 1):
        at = line_start if step < 0 else line_end
        for _ in range(_MENU_REACH):
            if (step < 0 and at == 0) or (step > 0 and at >= len(text)):
                break
            low, high = doc.line_bounds(at - 1 if step < 0 else at + 1)
            line = text[low:high].strip()
            if not line:
                break
            if line == own_name:
                return True
            at = low if step < 0 else high
    return False


def _in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``start`` and the last character before ``end`` are in ``spans`` (the captions of a line of dropped
    photos, adjacent, or a language menu's line)."""
    return bool(spans) and all(any(low <= at < high for low, high in spans) for at in (start, end - 1))


def _in_menu_line(doc: Document, ctx: Context, finding: Finding) -> bool:
    """True when ``finding`` is in a language menu run together on one line (``language_menus``: 中文English日本語,
    English | 日本語 | 한국어), embed.page-furniture's. A menu of one name to a line is asked as before
    (``_in_language_menu``: the page's own name in its block)."""
    menus = [(low, high) for low, high in ctx.analysis.memo(language_menus) if "\n" not in doc.text[low:high]]
    return _in_spans(menus, finding.start, finding.end)


def _in_photo_caption(ctx: Context, start: int, end: int) -> bool:
    """True when ``doc.text[start:end]`` is in the captions and file names of dropped photos that fill a line
    (``photo_captions``: Trip to Peru_b0012345_20240101.jpg, one or more to the line, nothing else): the photos' alt
    text, left where they were, not the article's sentence."""
    return _in_spans(ctx.analysis.memo(photo_captions), start, end)


class _Chinese:
    """The class of the characters only Chinese writes, compiled when a sentence without kana first asks (a class of
    a thousand characters takes a millisecond to compile, and most articles never ask)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern)


class Untranslated(Rule):
    """Finds a sentence or a long span left in another language than the article's.

    Why it matters:
        Machine translation passes through what it cannot translate, and pipelines sometimes skip a paragraph
        entirely: a reader of a Japanese site then meets a sentence in English or Czech.

    How it decides:
        It runs on any target language, judged against the scripts its language pack writes in. The script decides
        first (Latin, Hangul, Cyrillic, kana, Han…, or Chinese-only characters in a kana-free sentence); language
        identification (lingua, restricted to the languages of ``languages.tsv``) only names the language of those
        few candidates, so the result is the same for the same input, always.

        A Latin run counts when it has five or more words, three of them lower-case (``MIN_LOWERCASE_WORDS``), so
        lists of names and products (Apple Watch Series 10) and short titles stay quiet; a run holding a URL, a handle
        or a hashtag does not count, nor one whose lower-case words are all English grammar words
        (``en/name_parts.tsv``'s ``function`` words: ``foreign.title_case``): its content words are capitalised, as a
        name's or a title's are (Embassy of the Russian Federation in Japan), where English prose writes them in lower
        case (pages8: a Facebook page's name, its one false finding of the kind; the fresh pages: an English headline;
        no other change on the dev pages, the WMT references or bench/eval_table.py). In a language written in Latin
        letters, the run counts only when lingua names
        another language for it. A sentence of at least 8 letters is in another script when half of its letters are
        in a script that ``languages.tsv`` names and the target language does not write (Hangul, Cyrillic, Arabic,
        Thai; kana, with the kanji around it, for Japanese; Han for Chinese). In a language written with Han, a
        sentence is Chinese when it has no kana, at least 12 kanji and two or more characters of the language's
        ``chinese_markers.tsv``: the Han characters that a Chinese character set's common tier holds (GB 2312
        level 1, Big5 frequently used) and no Japanese set does (cp932, JIS X 0213): 这, 们, 说, and 說 (説 in
        Japanese). Built from Python's own codecs by tools/build_chinese_markers.py, it replaced 48 characters
        picked by hand; characters both languages write (的, 是, 國) say nothing. A heading counts like a sentence
        for these scripts (a Chinese headline above the Japanese text), but not for Latin: an English title stays
        alone. A Latin heading that holds no English word does count, in a language written with kana: a run as a
        sentence's (five words, three lower-case) none of whose lower-case words is a word of an English dictionary
        (JMdict's glosses, as for the English lines below) and none of whose words an English grammar word (a
        Turkish headline above the Japanese text). Japanese pages keep English titles, not Turkish ones (the dev
        pages: its one such heading, annotated; 16 English headings stay alone; none on the fresh pages, the WMT
        references or the WMT system outputs); one set beside its translation is a bilingual page's, as below.

        A Chinese phrase written only in characters Japanese has too (Airdrop究竟是什麼?) is told by how it joins
        them: a run of Han characters with two or more pairs of ``chinese_pairs.tsv`` (竟是, 是什: joined 3+ times
        in the WMT24 English→Chinese test set's Chinese, never in 2.4 million characters of English→Japanese MT
        output; no IPAdic word, no 的, no kanji numeral) is Chinese, unless IPAdic reads a pair as the seam of two
        Japanese words of two characters or more (連邦 | 航空), in a sentence or a heading, with kana around it or
        not. Runs are read only around the characters that Chinese writes fifty times as often as Japanese
        (``chinese_frequent.tsv``: 是, 什), found in the markers' scan. Both tables are built by
        tools/build_chinese_markers.py; the Japanese human references are left out of them, so that
        bench/fp_references.py measures them (no new finding there). A Chinese word that is also a Japanese one
        (智能 and 影像 are IPAdic words) or that the data never joins (空投: not once in the Chinese side) is out of
        its reach.

        A lower-case Vietnamese word alone on a line of Japanese (村の祭り - ảnh 2: a photo's caption left in the
        text) is one too: a Vietnamese syllable with a letter no other Latin alphabet writes (ă đ ơ ư, a dot below
        or a hook above; not â ê ô, which French writes), no Latin letter, digit or glue touching it; capitalised, it
        is a name, for language.vietnamese-name. Its letters are found in the same scan as the Chinese ones.

        A Korean word of two Hangul syllables or more is one too, wherever it stands (ペ인트, 그리고天気は…, a
        site's Korean menu label on its own line), in a language that does not write Hangul: such a run is too short
        for a sentence in another script, and no Japanese text holds one (WMT English→Japanese: 7 runs in 1.45
        million characters, all in one system's output, none in the human references). Jamo alone (the ㆁ of a face)
        are no word, and a word quoted with its translation in brackets is quoted on purpose.

        So is a Chinese word of two Han characters or more in a language written with kana, when one of them is a
        simplified form of ``chinese_markers.tsv`` (GB 2312, in no Japanese character set: 频, 订): a mirror's button
        label (加入频道) or a weather word left in the text, too short for a Chinese sentence (pages6, blind: its
        one such word; no finding on the other dev pages, the fresh pages or the WMT human references). A
        traditional glyph of that table does not count alone (稅 for 税 is a script converter's slip, which the
        pages annotate as style), nor one character alone among spaces or symbols (a corrupted glyph), nor a
        handle's name (@…). One character after a Latin letter or kana, or before a Latin letter, goes on a word or
        a clause (Meme币, した际): pages19 dev, 6 on one machine-translated crypto page, all annotated; WMT24,
        Llama3-70B's 际 (1); none in the WMT human references, which hold no character outside the Japanese sets at
        all. One that opens a word after a mark (?!阁かせて) stays a corrupted glyph.

        So is a Chinese word written only in characters Japanese has too, in a language written with kana, when it
        is a whole run of kanji (然而、私は…: 然而, however; 然后, 双重): a word of ``chinese_words.tsv``, built by
        tools/build_chinese_words.py from jieba's dictionary (MIT): its words of two kanji or more in JIS X 0208,
        counted 100 times or more and not tagged as names, less every kanji form of JMdict, every word IPAdic
        knows, every word IPAdic reads as Japanese words of two kanji or more only (日本政府) or with a numeral, a
        suffix, a name, a verb or an adjective (万台, 文化界). Each word is found by its key, its character that
        Japanese writes least, in the scan made for the markers: in every article when the key is rare in Japanese
        (15 times per million characters or less: 而, 后, 双); on a page that shows Chinese already (a character
        of ``chinese_markers.tsv``, a Chinese phrase found as above, or a word found by its rare key), every run
        of kanji is read against the whole table (空投, airdrop: 投 is common in Japanese). The word must stand
        as a word: IPAdic, reading it with six characters each side on its line, starts and ends words at its
        edges and does not take its first character for a suffix or a counter (大好き, ホーチミン市政府, 7年前
        stay quiet). Not quoted with its translation in brackets, nor inside an embed or a sentence found already
        (pages2: 5 more annotated spans found, 5 of its crypto page's 7 空投, the other 2 inside longer runs of
        kanji; no false finding on any dev page, the 60 fresh pages or the WMT human references; the 12 WMT
        en-ja system outputs: 然而, 然后 and 双重, Chinese all three). A word so found is the same word inside a
        longer run of kanji elsewhere on the page, where IPAdic parts the run at its edges (平均空投数: the page's
        空投, and 数; pages2: the crypto page's other 2 空投, annotated; nothing new on any other dev page, the fresh
        pages, the WMT references or the WMT23-24 system outputs). A Chinese word never found alone inside a longer
        run of kanji (去中心化取引所) or one IPAdic splits into Japanese words (人工智能: 人工 | 智能) is out of its
        reach.

        A line of English too short for a run is one too, in a language written with kana: a line with no kana or
        kanji that starts with a capital and holds two lower-case words of an English dictionary that are not grammar
        words (the English glosses of JMdict in ``word_renderings.tsv``, their plurals and -ed and -ing forms
        undone; not the ``function`` words of ``en/name_parts.tsv``): a chart's caption (Quarterly sales by region.
        Source: …), a skip link or a byline left in English between the Japanese paragraphs (pages5 dev pages: 3 of
        its 11 gold spans; no false finding on the dev pages, one on the 60 fresh ones, a list of articles' English
        titles written in sentence case). English titles and names capitalise
        their content words (The Lord of the Rings) and a label of one word may be a native site's design (Hint), so
        neither counts. Not a line beside a Japanese line that shares a word or a figure with it and has a
        translation's length for it (its original or its translation, set beside it), nor any such line on a page
        where two of them pair with their Japanese neighbours by length (a learner page in short lines); and not,
        as for runs, in embeds, after a flattened post, with a URL, a handle or a notice, or glossed in brackets.

        So is an English caption or credit label on a line of Japanese (ビットコインの週足チャート。Credit: …, Image
        copyright AP), where Japanese news writes 写真 or 出典: a label of ``en/credit_labels.tsv``, hand-written from
        the English news sites' captions, with a colon after it (one word: Source:, Photo:) or a space (two words:
        Image caption), on a line holding kana or kanji, no URL or handle on it (pages5 dev pages: 3 of its 11 gold
        spans; no finding on the other dev pages or the fresh ones).

        So is the label of a field in English that opens a line, in a language written with kana: words in sentence
        case whose first is a word of an English dictionary or a grammar word (as for the English lines), then a colon
        set as English sets it, with a space or the line's end after it (Share with:, Categories: …, . Source: …),
        after nothing on the line but indentation, a bullet or a separator: a page's interface or a caption's field,
        where Japanese writes シェア, カテゴリー or 出典. A name capitalises its words (Fast Company:), an abbreviation
        is no word (ID:), and a colon glued to what follows (Memo:Example.netを…) or a full-width one is a Japanese
        writer's label (the WMT references: the one such line). Not on a line with a URL, a handle or a notice, in
        an embed or after a flattened post, nor where another finding holds the line; one on an English line beside
        its translation is the bilingual page's, as the English lines are (pages5 and pages7: 3 annotated labels
        found; the first dev set: one WordPress tag label, Tagged:, not annotated; no finding on the fresh pages or
        the WMT references; the WMT23-24 system outputs: Description: and More: left in English, and an app's name
        set as a label, Signal:). So is a link's text closed by the arrow that ends one (» ›) in the same place, in
        sentence case (a breadcrumb's first crumb: Home » …), or after an excerpt's ellipsis with every word of it
        English, in any case (… Read More »: a read-more link): navigation read as text, where Japanese writes ホーム
        or 続きを読む (pages7: its two such links, annotated; the fresh pages: one more Home crumb, on a machine-
        translated page whose language menu is left in English too; nothing else on the dev pages or the WMT texts).
        So is a byline's "By" before the author's capitalised name in the same place (By Jane Doe, Example News),
        where Japanese writes 文: or 筆者: (pages5: its one English byline, annotated; none elsewhere, the WMT texts
        included).

        So is a short line of English words in the same block as a line found English (right before or after it, no
        blank line between, neither line with kana or kanji): one to four words, each of an English dictionary or a
        grammar word, two letters or more (Markets, Policy; Summary): the block's tag line or section label, left
        in English with it (pages5 and pages7: 2 annotated lines, a caption's tags and a section label under a
        byline; nothing on the other dev pages, the fresh pages or the WMT texts). A line of English words alone,
        with no English beside it, stays alone: a native site's design writes such labels (Hint, Top News) as often
        as machine translation leaves them.

        So is an English "by" that joins a work to its maker inside Japanese prose (…、Night Harbor by Example
        Studios。), in a language written with kana: a phrase in Latin letters of names and figures, every word
        capitalised but "by", that a Japanese character touches on a side (``foreign.english_by``). Japanese names
        the maker with の or による; the preposition is an English word left in the sentence. A phrase with another
        lower-case word is English prose (a run's, above), one quoted or bracketed whole or in 『a title』 is kept on
        purpose (pages7: its one such "by", annotated; none on the other dev pages, the fresh pages, the WMT
        references or the WMT23-24 system outputs). Other English grammar words join the words of names and titles
        (Nintendo of America, State of Play) and stay alone.

        So is the seam of two English sentences inside Japanese prose (…広大なcanyon.The最良の…), in a language written
        with kana: a lower-case word of an English dictionary, a full stop and a capitalised English grammar word
        (The, It), no space between, a Japanese character touching each end (``foreign.english_seams``). Machine
        translation joined the last word of one sentence to the first of the next and translated around them; a
        file's or a domain's name has no Japanese touching it (pages10: its one seam, annotated; none on the other
        dev pages or the fresh pages, where one such seam stands in English prose).

        So is a label of the page's navigation alone on a line, in another language than the article's: a skip link
        or a table of contents' title of ``page_furniture.tsv`` (its ``skip-link`` and ``contents`` rows: Skip to main
        content, Table of Contents), in any casing. They are words a reader reads, as a Korean skip link is; the
        labels that mark a slot of the page's layout (an ad slot, an image placeholder) are
        embed.page-furniture's (pages5 and pages6: one of each, both annotated; no other dev page, no fresh page,
        no WMT text holds one). On a Japanese page a skip link is its interface instead (``ja/page_furniture.tsv``'s
        ``interface`` rows come first: the blind sets on disk, pages11 and pages14, annotate skip links as page
        chrome), and so are the English lines after it up to the next line in Japanese: embed.page-furniture reports
        such a block whole, and no line of it is reported here (pages14 dev: 6 false findings fewer, none lost).
        A blog platform's template label is such text too (its ``template`` and ``comment-count`` rows:
        Powered by Blogger., Leave a Reply, 0 Response to "…"): pages10, 9 lines on three pages, all annotated so.

        A language menu is no leftover: a whole line in a block of lines (no blank line between) where another line
        names the page's own language in its own words (日本語), as a menu names each language (简体中文, 한국어,
        English): page furniture, which pages10 annotates as a flattened embed (its one menu, 2 false findings; no
        other dev page, fresh page or WMT reference changes). Nor is a name in a simplified form (劉建辉氏, 江苏省): a
        run whose characters no Japanese set holds all come before a title or an administrative unit is
        entity.chinese-glyph's, a name in a wrong form (pages10: 2 false findings here, 3 annotated names there).

        Text inside embeds, Latin text in headings and 『titles』 are left alone, and so is a Latin run on a line that
        holds a handle or a hashtag and no kana or kanji: a social post's text flattened into the page, which keeps the
        post's language as an embed does, as the English lines are judged (pages8: a phone maker's post, its 3
        false findings, annotated as a flattened embed; no other change on the dev pages, the fresh pages, the WMT
        references or bench/eval_table.py). So is a run quoted whole as the topic of a sentence (「Big spoon and little
        spoon」は…, 「…」とは): the article speaks of the words themselves, as a learner's page explains an expression;
        quoted speech goes on with と (「…」と述べた), and stays a finding (the fresh pages: a learner's page, its 2
        wrong findings; none on the dev pages, the WMT references or bench/eval_table.py). So are a run followed by its
        translation in brackets, on its line or the next (「Just arrived in Japan（日本に着いた）」: quoted on
        purpose; a reader's comment, then its translation, as blogs quote comments from abroad) and copyright or
        trademark notices (©, (C), ™, "All rights reserved"), which stay in their own language (both measured on the
        dev pages: they were the rule's false findings in native articles). So are the lines right after a flattened
        post that hold none of the article's own script (kana or kanji for Japanese), up to its next line in that
        script: a quote post's quoted text follows the attribution line (— Name (@handle) date), in the post's
        language (dev pages: the rule's two remaining false findings, 4 → 2 findings, precision 0.50 → 1.00). So are
        the lines right after a channel's counters (embed.page-furniture's: 4.43K subscribers …), up to the next blank
        line or line of the article's script: the channel's description, which its page shows under them, in the
        channel's language (pages6: its one such line, not annotated, the rule's false finding there).
        So are the English lines of a bilingual page (auditor/analysis/parallel.py): a line of English beside the
        Japanese line that translates it, told as sentence aligners do, by length (English 1.35-4.2 times the
        Japanese characters: 95% of the WMT23-24 English↔Japanese line pairs, tools/measure_length_ratio.py), with
        the same figures and a word both lines hold (a figure, a Latin word, a katakana rendering of an English
        word), and only on a page with two such pairs or more, where a line that pairs by length and figures alone
        counts too: learner pages, bilingual blogs and MT comparisons set each English sentence beside its
        translation on purpose (fresh real pages of 55 new sites: 18 of the rule's 40 false findings; the dev pages
        lose no finding). On a page with fewer such pairs, the lines of the English findings themselves are asked
        the same: when two of them or more pair with a Japanese neighbour and one of those shares a word or a figure
        with it, the page sets its English beside its translation (fresh pages: a learner's page, 2 false findings
        fewer; no dev page and no injected leftover of bench/eval_table.py loses one). A Japanese neighbour that goes on
        past the translation (a photo's English caption, then the paragraph whose first sentence translates it) is
        asked with its sentence that faces the English line too: its first after the line, its last before it
        (pages5: a Turkish press review's headlines, each above its Japanese summary, its 2 false findings gone; no
        other dev page changes, nor the fresh pages, nor bench/eval_table.py). So is an English line whose
        figure the Japanese line beside it changed (30 million beside 3億): it is that line's source, and
        numbers.bilingual-mismatch reports the figure. So is a line of Han characters without kana (a Chinese sentence
        or phrase) beside a line that such a page pairs with its translation, English or Japanese: a page that sets
        each sentence in three languages (pages8: a speech in English, Japanese and Chinese, its 2 false findings; no
        other change on the dev pages, the fresh pages, the WMT references or bench/eval_table.py). So is a line of
        English prose whose translation the page holds anywhere, one line found alone included: a Japanese sentence
        that pairs with it by length and figures and renders 40% of its dictionary words as JMdict does
        (``parallel.MIN_COVERAGE``), two different words at least: machine translation that leaves a sentence in
        English has not translated it too, and a page that sets an original above or below its translation (a photo's
        English caption, a text and its machine translation compared) quotes it on purpose, with the lines of English
        in its block, however loosely it translates them (pages6: a caption, its one false finding; the fresh pages:
        5 of the rule's 15 wrong findings; no dev page or injected leftover of bench/eval_table.py loses a finding, no
        WMT injected sentence has a translation that close on its page: 0.31 at most; the WMT23-24 system outputs:
        no change). A name or a figure shared with the line beside it is not enough for such a line, as it is for a
        short one: neighbouring paragraphs of news share them (6 injected sentences of bench/eval_table.py lost to
        it). A hyphenated word counts by its first part for the names and titles above (End-user, In-Lab: pages9, a
        market report's title, its one false finding). A line of dropped photos' captions, each closed by the file
        name a blog host gave the upload (Trip to Peru_b0012345_20240101.jpg), is their alt text, embed.image-name's,
        not a sentence (pages15: a bilingual blog's photo rows, 2 false findings; no other change on the dev pages
        11-15, the fresh pages, the WMT references or bench/eval_table.py). So is a language menu run together on
        one line (中文English日本語한국어: embed.page-furniture's language menu), the language names in it each in
        its own words (pages15: one Korean word's false finding; no other change).

        A paragraph of English given with its translation in the paragraph right before or after it is a quotation,
        not a leftover (a translation blog quotes a report, then translates it): a line of Latin letters whose nearest
        non-blank line before or after holds kana or kanji, is no longer than the line's translation can be, and keeps
        60% of the things a translation keeps of the line or of one of its findings' passages (dictionary words
        rendered as JMdict or the aligner's anchor dictionary renders them, figures, names in Latin letters or
        katakana), two at least and every figure (``quotation.translated_beside``; WMT23-24: 49% of the translations
        reach it, 0.7% of the neighbouring paragraphs). The line's findings all go, as the rest of the quotation
        however short its translation stops. Only a whole line of Latin letters: an English sentence run into a
        Japanese paragraph is no original set apart, and stays a finding, beside its translation or not (pages15: a
        news digest's quoted reports, its 6 false findings; no other change on the dev pages 11-15, the fresh pages,
        the WMT references or bench/eval_table.py). Nor is a run inside a style sheet copied as text
        (``furniture.style_sheets``: CSS declarations joined by semicolons, @media all and (max-width:720px)…):
        markup, which embed.page-furniture reports whole (pages12: annotated as scraped CSS, markup/embed; its one
        false finding here).
    """

    id = "language.untranslated"
    category = "accuracy/untranslated"
    severity = "major"
    summary = "Sentence or long span left in another language"
    fix = "none"  # a translation needs a translator
    tables = (LanguageRow,)
    bad = "同社は新製品を発表した。The company said it expects sales to double next year. 株価は上昇した。"
    good = "同社は新製品を発表した。同社は来年の売上高が倍増すると見込んでいる。株価は上昇した。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        translated: set[int] | None = None  # the starts of the lines a bilingual page pairs, asked when needed
        markup: list[tuple[int, int]] | None = None  # style sheets and interface blocks, asked when needed
        pack = get_pack(doc.lang)
        for finding in self._findings(doc, ctx):
            start, end = doc.line_bounds(finding.start)
            if markup is None:
                # CSS copied from the page's <style> element, and the blocks of its interface (a Korean skip link):
                # markup, embed.page-furniture's, whichever path below found a word of another language there.
                markup = sorted(style_sheets(doc.text) + _interface_blocks(ctx))
            if markup and _covered(markup, finding.start, finding.end):
                continue
            if _in_language_menu(doc, finding.start, finding.end, pack) or _in_menu_line(doc, ctx, finding):
                continue  # a language menu's entry: each language named in its own words, page furniture
            if _in_photo_caption(ctx, finding.start, finding.end):
                continue  # a dropped photo's caption and file name: embed.image-name's
            if _KANJI.search(finding.excerpt) and not HAS_KANA.search(doc.text, start, end):
                # A line of Han characters without kana beside a line that a bilingual page pairs with its translation:
                # a page that sets each sentence in three languages (English, Japanese, Chinese), on purpose.
                if translated is None:
                    translated = {low for spans in ctx.analysis.memo(bilingual_lines) for low, _ in spans}
                if translated and any(
                    nearest_bounds(doc.text, at, step)[0] in translated for at, step in ((start, -1), (end, 1))
                ):
                    continue
            yield finding

    def _findings(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        pack = get_pack(doc.lang)
        data = ctx.lexicon.compiled(_languages)
        text = doc.text
        own = _own_scripts(pack)
        # One scan of the whole text finds the candidates; most articles have none, and then
        # no sentence is looked at.
        latin = [match.start() for match in _latin_run_matches(ctx.analysis, text)]
        seeds: list[int] = []  # characters Chinese writes far more often: where a Chinese phrase may stand
        marked: list[int] = []  # characters only a Chinese character set holds (chinese_markers.tsv)
        vietnamese: list[int] = []  # letters only Vietnamese writes, in a language written with kana
        keyed: list[int] = []  # characters rare in Japanese that a Chinese word of chinese_words.tsv holds
        chinese = False  # a character only Chinese writes: the page shows Chinese
        if "han" in own:  # Chinese in a language written with Han; Vietnamese in one written with kana
            # The letters of the other scripts and the characters of the markers' scan in one pass: each scan of
            # the whole text costs as much as the next, and hits are few.
            foreign = _foreign_scripts(own)
            kinds = data["kinds"].setdefault(own, {})
            others = []
            for at in _scanned(text, ctx, own, data):
                char = text[at]
                kind = kinds.get(char)
                if kind is None:
                    kind = kinds[char] = _kind_of(char, foreign, data)
                other_script, marker, simplified, vietnamese_letter, frequent, key = kind
                if other_script:
                    others.append(at)
                if marker:
                    chinese = True
                    others.append(at)
                    if simplified:
                        marked.append(at)
                elif vietnamese_letter:
                    vietnamese.append(at)
                elif frequent:
                    seeds.append(at)
                if key:
                    keyed.append(at)
            others.sort()
            vietnamese = vietnamese if "kana" in own else []
        else:
            foreign = _foreign_scripts(own)
            others = [match.start() for match in foreign.finditer(text)] if foreign is not None else []
        # Lines of English between the Japanese paragraphs (a caption, a byline, a label), too short for a run.
        lines, labels, fields = ctx.analysis.memo(english_leftovers) if "kana" in own else ((), (), ())
        by = ctx.analysis.memo(english_by) if "kana" in own else ()
        seams = ctx.analysis.memo(english_seams) if "kana" in own else ()
        navigation = [
            line
            for line in ctx.analysis.memo(page_furniture)
            if line.row.kind in TEXT_KINDS and line.row.lang != pack.code
        ]
        # Chinese words in Japanese characters (然而): a Han run around a key that is, as a whole, a word of
        # chinese_words.tsv (every Han run, below, on a page that shows Chinese already).
        vocabulary = _chinese_vocabulary(text, keyed, data["words"]) if keyed and "kana" in own else []
        if not (
            latin or others or seeds or vietnamese or lines or labels or fields or by or seams or navigation
            or vocabulary
        ):
            return
        found: list[Finding] = []
        trails = _post_trails(text, ctx, own) + _interface_blocks(ctx) if latin or others or lines else []
        in_latin: set[int] = set()  # the findings of Latin runs, by id
        prose: set[int] = set()  # those of English sentences and lines, which a page may set beside their translation
        for sentence in _holding(ctx.body_sentences, latin, others) if latin or others else ():
            if trails and any(start <= sentence.start < end for start, end in trails):
                continue
            has_latin = _any_within(latin, sentence.start, sentence.end)
            has_other = _any_within(others, sentence.start, sentence.end)
            if has_latin or has_other:
                segment = sentence.text_in(text)
                if has_latin:
                    runs = list(self._latin_runs(doc, sentence.start, segment, data, pack))
                    in_latin.update(id(finding) for finding in runs)
                    prose.update(id(finding) for finding in runs)
                    found.extend(runs)
                if has_other:
                    found.extend(self._other_scripts(doc, sentence.start, segment, data, pack, own))
        # An English line beside its translation is the page's bilingual style: one with a word or figure both
        # lines hold, or all of them once two pair by length with their Japanese neighbours (parallel.MIN_PAIRS).
        paired = [_beside_translation(text, start, end) for start, end in lines]
        if sum(1 for strength in paired if strength) >= PARALLEL_MIN_PAIRS:
            lines = ()
        for (start, end), strength in zip(lines, paired, strict=False):
            finding = None if strength == ANCHORED else self._english_line(doc, ctx, start, end, found, trails, pack)
            if finding is not None:
                in_latin.add(id(finding))
                prose.add(id(finding))
                found.append(finding)
        for start, end in labels:
            if any(finding.start < end and start < finding.end for finding in found):
                continue
            line_start, line_end = doc.line_bounds(start)
            if ctx.in_embed(start, end) or ctx.in_literal(start, end) or _URLISH.search(text, line_start, line_end):
                continue
            message = f"'{text[start:end]}' is an English caption label, not {pack.name}: it was left untranslated."
            found.append(self.finding(doc, start, end, message))
        for start, end in fields:  # an English field's or link's label (Share with:, Home » …), judged by its line
            if _line_excused(text, ctx, *doc.line_bounds(start), found, trails):
                continue
            message = (
                f"'{text[start:end]}' is an English label (a field's or a link's), not {pack.name}: the page's "
                "interface or a caption's, left untranslated."
            )
            found.append(self.finding(doc, start, end, message))
            in_latin.add(id(found[-1]))
        by_message = (
            f"'by' is English inside {pack.name} prose: the maker of a work is named with の or による "
            "(Example StudiosのNight Harbor), not with the English preposition."
        )
        seam_message = (  # two English sentences' seam (canyon.The), Japanese on both sides
            f"'{{}}' is English left inside {pack.name} prose: the last word of one English sentence joined to the "
            "first of the next, untranslated."
        )
        for start, end, message in [(*span, by_message) for span in by] + [(*span, seam_message) for span in seams]:
            if any(finding.start < end and start < finding.end for finding in found):
                continue
            if ctx.in_embed(start, end) or ctx.in_literal(start, end) or _inside_title(text, start):
                continue
            found.append(self.finding(doc, start, end, message.format(text[start:end])))
        if navigation:
            found.extend(self._navigation_labels(doc, ctx, navigation, pack))
        if latin and "kana" in own:
            headings = list(self._third_language_headings(doc, ctx, latin, found, trails, pack))
            in_latin.update(id(finding) for finding in headings)
            found.extend(headings)
        if in_latin and "kana" in own:
            # A short line of English words in the same block as a line found English (no blank line between): the
            # block's tag line or section label (Markets, Summary), left untranslated with it.
            beside = list(self._english_blocks(doc, ctx, [f for f in found if id(f) in in_latin], found, trails, pack))
            in_latin.update(id(finding) for finding in beside)
            found.extend(beside)
            # English lines beside the Japanese lines that translate them: a bilingual page shows them on purpose.
            parallel = ctx.analysis.memo(bilingual_lines)[0]
            # An English line whose figure its Japanese line changed (30 million beside 3億) is still the line it
            # translates: numbers.bilingual-mismatch reports the figure, not the English.
            changed = [doc.line_bounds(figure.need.start) for figure in ctx.analysis.memo(changed_figures)]
            if changed:
                parallel = sorted(set(parallel) | set(changed))
            if not parallel:
                parallel = _paired_lines(doc, [f for f in found if id(f) in in_latin])
            if parallel:
                found = [f for f in found if id(f) not in in_latin or not _covered(parallel, f.start, f.start + 1)]
            # English prose whose translation the page holds: the original quoted beside, above or below it, with the
            # lines of English in its block (the rest of the quoted text, however loosely the page translates them).
            candidates = [f for f in found if id(f) in prose]
            quoted: list[Finding] = []
            if candidates:  # the page's sentences are sorted once for all of them
                page = _JapaneseSentences(doc)
                quoted = [f for f in candidates if _translated_on_page(doc, f.start, f.end, page)]
            if quoted:
                blocks = _latin_blocks(doc, [doc.line_bounds(f.start) for f in quoted])
                found = [f for f in found if id(f) not in prose or not _covered(blocks, f.start, f.start + 1)]
            # A paragraph of English given with its translation in the paragraph right before or after it (a report
            # quoted, then translated): the line's findings all go when the Japanese keeps enough of the line or of one
            # of them (quotation.translated_beside).
            found = _without_quoted_lines(doc, found, in_latin)
        # A heading in another script is as much a leftover as a sentence (a Chinese or Korean headline above the
        # Japanese text); only Latin headings stay alone, as titles kept in English on purpose.
        for sentence in doc.sentences if others else ():
            if (
                sentence.kind == HEADING
                and _any_within(others, sentence.start, sentence.end)
                and not ctx.in_embed(sentence.start, sentence.end)
            ):
                found.extend(self._other_scripts(doc, sentence.start, sentence.text_in(text), data, pack, own))
        if others and "hangul" not in own and "hangul" in data["scripts"]:
            found.extend(self._korean_words(doc, ctx, found, others[0], data["scripts"]["hangul"], pack))
        if marked and "kana" in own:
            found.extend(self._chinese_words(doc, ctx, found, marked, data, pack))
        yield from found
        flagged = sorted((finding.start, finding.end) for finding in found)
        # A Vietnamese word alone on a line of Japanese (ảnh 1: a photo's caption left in the text).
        for start, end in vietnamese_words(text, vietnamese) if vietnamese else ():
            if _covered(flagged, start, end) or ctx.in_embed(start, end) or ctx.in_literal(start, end):
                continue
            word = text[start:end]
            yield self.finding(doc, start, end, f"'{word}' is Vietnamese, not {pack.name}: it was left untranslated.")
        # A Chinese phrase in characters Japanese writes too (究竟是什麼), inside Japanese text or a heading: told by
        # the pairs of characters Chinese joins and Japanese does not. Not inside a sentence found Chinese already.
        phrases: list[tuple[int, int]] = []
        for phrase in chinese_phrases(text, seeds, ctx.lexicon):
            if _covered(flagged, phrase.start, phrase.end):
                continue
            if ctx.in_embed(phrase.start, phrase.end) or ctx.in_literal(phrase.start, phrase.end):
                continue
            joined = "、".join(phrase.pairs)
            name = data["scripts"].get("han-simplified", "Chinese")
            yield self.finding(
                doc,
                phrase.start,
                phrase.end,
                f"This phrase looks {name}, not {pack.name}: it joins characters as Chinese does and Japanese does "
                f"not ({joined}).",
            )
            phrases.append((phrase.start, phrase.end))
        # On a page that shows Chinese already (a character only Chinese writes, a Chinese phrase, a Chinese word
        # found by its rare key), every run of kanji is read against the whole table: 空投, whose 投 is common.
        if (chinese or phrases or vocabulary) and data["words"] and "kana" in own:
            whole = {match.span() for match in _HAN_WORD.finditer(text) if match.group() in data["words"]}
            vocabulary = sorted(whole.union(vocabulary))
        if phrases:
            flagged = sorted(flagged + phrases)
        words_found: set[str] = set()
        for start, end in vocabulary:
            if _han_word_excused(text, ctx, flagged, start, end) or not _stands_alone(text, start, end):
                continue
            name = data["scripts"].get("han-simplified", "Chinese")
            message = f"'{text[start:end]}' is a {name} word, not a {pack.name} one: it was left untranslated."
            words_found.add(text[start:end])
            yield self.finding(doc, start, end, message)
        # A word found standing alone is the same word inside a longer run of kanji (空投数: 空投, the page's word for
        # airdrop, and the counter 数), where IPAdic parts the run at its edges.
        for start, end in sorted((at, at + len(word)) for word in words_found for at in _occurrences(text, word)):
            if any(low < end and start < high for low, high in vocabulary):
                continue  # a run read as a whole already, or inside one
            if _han_word_excused(text, ctx, flagged, start, end) or not _stands_alone(text, start, end):
                continue
            name = data["scripts"].get("han-simplified", "Chinese")
            message = (
                f"'{text[start:end]}' is a {name} word, not a {pack.name} one, as it is elsewhere on the page: it was "
                "left untranslated."
            )
            yield self.finding(doc, start, end, message)

    def _latin_runs(self, doc: Document, offset: int, text: str, data: dict, pack: LanguagePack) -> Iterator[Finding]:
        latin_target = "latin" in _own_scripts(pack)
        for match in _LATIN_RUN.finditer(text):
            run = match.group().rstrip(' ,;:("“-')
            if len(_LOWER_WORD.findall(run)) < MIN_LOWERCASE_WORDS or _URLISH.search(run) or _NOTICE.search(text):
                continue
            if title_case(run):
                continue  # a name or a title, its content words capitalised (Embassy of the Russian Federation)
            if not latin_target and _posted(doc, offset + match.start()):
                continue  # a social post's text, in the post's language (Pick yours today #phone12)
            if lazy_pattern(_GLOSSED).match(doc.text, offset + match.start() + len(run)):
                # Quoted on purpose, with its translation in brackets: 「Just arrived(今着いた)」, or on the next line
                # (a reader's comment, then its translation: the way blogs quote posts from abroad).
                continue
            if _inside_title(text, match.start()):
                continue
            if not latin_target and _mentioned(doc.text, offset + match.start(), offset + match.start() + len(run)):
                continue  # 「Big spoon and little spoon」は…: the phrase quoted whole as the sentence's topic
            if latin_target:
                # Latin letters are the article's own: only a run that lingua names as another language counts.
                language = _language_of(run, tuple(sorted({**data["lingua"], **_lingua_of(pack)}.items())))
                if language in ("another language", pack.name):
                    continue
            else:
                language = _language_of(run, tuple(sorted(data["lingua"].items())))
            whole = len(run) >= 0.8 * len(text.strip())
            what = "This sentence" if whole else "This passage"
            start = offset + match.start()
            yield self.finding(
                doc, start, start + len(run), f"{what} is in {language}, not {pack.name}: it was left untranslated."
            )

    def _third_language_headings(
        self,
        doc: Document,
        ctx: Context,
        latin: list[int],
        found: list[Finding],
        trails: list[tuple[int, int]],
        pack: LanguagePack,
    ) -> Iterator[Finding]:
        """A heading in Latin letters that holds no English word, in a language written with kana: a headline left in
        a third language (a Turkish headline above the Japanese text). A Latin run counts as in a sentence (five
        words, three lower-case, no URL, handle or notice, not in 『a title』, not glossed in brackets); it is no
        English when none of its lower-case words is a word of an English dictionary (``english_content_words``) or
        an English grammar word (``en/name_parts.tsv``'s ``function`` words), so an English title kept on purpose
        stays alone, as before."""
        text = doc.text
        for sentence in doc.sentences:
            if sentence.kind != HEADING or not _any_within(latin, sentence.start, sentence.end):
                continue
            if ctx.in_embed(sentence.start, sentence.end) or any(low <= sentence.start < high for low, high in trails):
                continue
            segment = sentence.text_in(text)
            for match in _LATIN_RUN.finditer(segment):
                run = match.group().rstrip(' ,;:("“-')
                lower = _LOWER_WORD.findall(run)
                if len(lower) < MIN_LOWERCASE_WORDS or _URLISH.search(run) or _NOTICE.search(segment):
                    continue
                start = sentence.start + match.start()
                end = start + len(run)
                if _inside_title(text, start) or lazy_pattern(_GLOSSED).match(text, end):
                    continue
                if any(finding.start < end and start < finding.end for finding in found):
                    continue
                if holds_english_word(run):
                    continue  # an English title, kept on purpose
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"This heading is in neither {pack.name} nor English: a headline left untranslated.",
                )

    def _navigation_labels(
        self, doc: Document, ctx: Context, labels: list[FurnitureLine], pack: LanguagePack
    ) -> Iterator[Finding]:
        """The labels of the page's navigation (``page_furniture.tsv``'s ``TEXT_KINDS``: Skip to main content, Table
        of Contents) alone on a line, in another language than the article's: words of the page's interface, read
        as text, left untranslated. Not inside an embed."""
        names = {row.code: row.name for row in ctx.lexicon.table(LanguageRow)}
        for label in labels:
            if ctx.in_embed(label.start, label.end):
                continue
            what = _NAVIGATION_KINDS.get(label.row.kind, "a label of the page's navigation")
            language = names.get(label.row.lang, label.row.lang)
            message = (
                f"'{doc.text[label.start : label.end]}' is {what}, in {language}, not {pack.name}: the web page's "
                "interface, copied with the article's text and left untranslated. Delete the line."
            )
            yield self.finding(doc, label.start, label.end, message)

    def _english_line(
        self,
        doc: Document,
        ctx: Context,
        start: int,
        end: int,
        found: list[Finding],
        trails: list[tuple[int, int]],
        pack: LanguagePack,
    ) -> Finding | None:
        """A line of English prose in a Japanese article (``english_leftovers``), unless ``_line_excused``. Only
        English: the words that make it prose are an English dictionary's."""
        if _line_excused(doc.text, ctx, start, end, found, trails):
            return None
        # English by its words, not asked of lingua: they are an English dictionary's, and lingua's low-accuracy
        # mode reads a line as short as a label as any language (Skip to main content: Portuguese).
        return self.finding(
            doc, start, end, f"This line is in English, not {pack.name}: a caption, byline or label left untranslated."
        )

    def _english_blocks(
        self,
        doc: Document,
        ctx: Context,
        english: list[Finding],
        found: list[Finding],
        trails: list[tuple[int, int]],
        pack: LanguagePack,
    ) -> Iterator[Finding]:
        """The lines right before and after a line of ``english`` findings that holds no kana or kanji, with no blank
        line between, made of one to four words of an English dictionary or grammar words (``english_word``, two
        letters or more each: Summary; Markets, Policy): one block of the page's English with the line found, its tag
        line or section label. Not a line ``_line_excused``, nor one a finding holds already."""
        text = doc.text
        seen: set[tuple[int, int]] = set()
        for finding in english:
            start, end = doc.line_bounds(finding.start)
            if (start, end) in seen or HAS_JA.search(text, start, end):
                continue
            seen.add((start, end))
            for low, high in _adjacent_lines(text, start, end):
                line = text[low:high]
                words = line.strip(" \t\u3000\u00a0\r")
                if (low, high) in seen or not _TAG_LINE.fullmatch(words):
                    continue
                seen.add((low, high))
                if not all(english_word(word) for word in _TAG_WORD.findall(words)):
                    continue
                if _line_excused(text, ctx, low, high, found, trails):
                    continue
                at = low + line.index(words)
                message = (
                    f"This line is in English, not {pack.name}, as the line beside it: a tag or a label left "
                    "untranslated."
                )
                yield self.finding(doc, at, at + len(words), message)

    def _korean_words(
        self, doc: Document, ctx: Context, found: list[Finding], first: int, name: str, pack: LanguagePack
    ) -> list[Finding]:
        """A Korean word inside text of the article's own script (ペ인트, 그리고天気は…): too short for a sentence
        of another script, but a language that does not write Hangul never holds two syllables of it in a row (WMT
        English→Japanese: 7 such runs in 1.45 million characters, all in one system's output, none in the human
        references). Not one quoted with its translation in brackets (「사랑」（愛）), like a Latin run."""
        text = doc.text
        flagged = sorted((finding.start, finding.end) for finding in found)
        words: list[Finding] = []
        for match in _KOREAN_WORD.finditer(text, first):
            start, end = match.span()
            if _covered(flagged, start, end) or ctx.in_embed(start, end) or ctx.in_literal(start, end):
                continue
            if lazy_pattern(_GLOSSED).match(text, end + (text[end : end + 1] in "」』")):
                continue
            message = f"'{match.group()}' is {name}, not {pack.name}: it was left untranslated."
            words.append(self.finding(doc, start, end, message))
        return words

    def _chinese_words(
        self, doc: Document, ctx: Context, found: list[Finding], marked: list[int], data: dict, pack: LanguagePack
    ) -> list[Finding]:
        """A word of two Han characters or more that holds a simplified character of ``chinese_markers.tsv``
        (加入频道: 频), in a language written with kana: a simplified form that no Japanese character set holds
        (neither JIS X 0208 with its extensions nor JIS X 0213) is never written in Japanese text, so the run of Han
        characters around it is Chinese, however short (a mirror's button label). Not a traditional glyph (稅 for 税,
        which a script converter leaves), not one character alone after a mark or a space (a corrupted glyph; one
        after a Latin letter or kana, or before a Latin letter, is a word: Meme币, した际), not a handle's name
        (@...), not one quoted with its translation in brackets, nor one inside a sentence already found Chinese."""
        text = doc.text
        flagged = sorted((finding.start, finding.end) for finding in found)
        name = data["scripts"].get("han-simplified", "Chinese")
        words: list[Finding] = []
        names = glyph_names(text, data["titles"])  # names in a wrong form: entity.chinese-glyph's
        for start, end in _han_runs_around(text, marked):
            if end - start < 2 and not _glued_to_word(text, start, end):
                continue  # one character alone may be a corrupted glyph, not a word left untranslated
            if names and all(
                any(low <= at < high for low, high in names)
                for at in range(start, end)
                if outside_japanese_sets(text[at])
            ):
                continue  # every character Japanese lacks is in a name (劉建辉氏): a name in a wrong form
            if _han_word_excused(text, ctx, flagged, start, end):
                continue
            chars = "".join(dict.fromkeys(char for char in text[start:end] if char in data["markers"]))
            message = (
                f"'{text[start:end]}' is written with characters no Japanese character set holds ({chars}): it is "
                f"{name}, not {pack.name}, left untranslated."
            )
            words.append(self.finding(doc, start, end, message))
        return words

    def _other_scripts(
        self, doc: Document, offset: int, text: str, data: dict, pack: LanguagePack, own: frozenset[str]
    ) -> Iterator[Finding]:
        letters = len(_LETTER.findall(text))
        if letters < 8:
            return
        for script, pattern in SCRIPTS.items():
            name = data["scripts"].get(script)
            if script in own or not name:
                continue
            count = len(lazy_pattern(pattern).findall(text))
            if script == "kana" and count:  # Japanese: kana with the kanji around them
                count += len(_KANJI.findall(text))
            if count >= 0.5 * letters:
                yield self.finding(doc, offset, offset + len(text), f"This sentence is in {name}, not {pack.name}.")
                return
        chinese = data["chinese"]
        name = data["scripts"].get("han-simplified")
        if (
            name
            and chinese is not None
            and "han" in own
            and not HAS_KANA.search(text)
            and len(_KANJI.findall(text)) >= 12
            and len(chinese.compiled.findall(text)) >= 2
        ):
            yield self.finding(
                doc,
                offset,
                offset + len(text),
                f"This sentence looks {name}, not {pack.name}: it has no kana and uses simplified characters.",
            )


def _adjacent_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines right before and after the line ``text[start:end]``, when they are not blank."""
    if start > 0:
        low = text.rfind("\n", 0, start - 1) + 1
        if text[low : start - 1].strip():
            yield low, start - 1
    if end < len(text):
        high = text.find("\n", end + 1)
        high = len(text) if high == -1 else high
        if text[end + 1 : high].strip():
            yield end + 1, high


def _line_excused(
    text: str, ctx: Context, start: int, end: int, found: list[Finding], trails: list[tuple[int, int]]
) -> bool:
    """True when the English line ``text[start:end]`` is no leftover to report, as a Latin run would not be: in an
    embed or a literal, after a flattened post, in 『a title』, with its translation in brackets after it, holding a
    URL, a handle or a notice; when another finding holds part of it already; and when it is a web page's interface
    label (Skip to main content: ``page_furniture.tsv``), reported as one (``_navigation_labels``) or as markup."""
    line = text[start:end]
    if ctx.in_embed(start, end) or ctx.in_literal(start, end) or _URLISH.search(line) or _NOTICE.search(line):
        return True
    if any(low <= start < high for low, high in trails) or _inside_title(text, start):
        return True
    if any(finding.start < end and start < finding.end for finding in found):
        return True
    if lazy_pattern(_GLOSSED).match(text, end):
        return True
    return any(label.start == start for label in ctx.analysis.memo(page_furniture))


def _interface_blocks(ctx: Context) -> list[tuple[int, int]]:
    """The spans of the blocks of a page's interface that open with an ``interface`` string of ``page_furniture.tsv``
    (furniture.interface_blocks: Skip to main content and the menu under it, reCAPTCHA's notice and a feedback
    widget's thanks): embed.page-furniture reports each block whole, as markup; its English lines are the page's
    interface, not text left untranslated (pages14 dev: 6 such lines, annotated as page chrome)."""
    return [(line.start, line.end) for line in ctx.analysis.memo(page_furniture) if line.row.kind == INTERFACE]


def _post_trails(text: str, ctx: Context, own: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the lines right after a flattened post, or after a channel's counters, that hold none of the
    article's own non-Latin script.

    A quote post puts the quoted post's text after the attribution line (— Name (@handle) date ⏎ the quoted text):
    it is the post's, in the post's language, up to the first line of the article's own script again. A channel's
    page copied with a mirrored post puts the channel's description after its counters (4.43K subscribers …
    7.18K links ⏎ Official channel of …): the channel's words, in the channel's language, as embed.page-furniture's
    counters are its interface. Only for a language written in a script other than Latin, where such a line cannot
    be the article's.
    """
    ends = [block.end for block in ctx.embeds]
    ends.extend(end for _, end, _ in counter_blocks(text, ctx.lexicon))
    if not ends:
        return []
    scripts = [SCRIPTS[name] for name in sorted(own) if name in SCRIPTS]
    if not scripts:
        return []
    own_letter = lazy_pattern("|".join(scripts))
    trails: list[tuple[int, int]] = []
    for block_end in ends:
        at = text.find("\n", block_end)
        while at != -1:
            end = text.find("\n", at + 1)
            line = text[at + 1 : end if end != -1 else len(text)]
            if not line.strip():
                break
            if own_letter.search(line):
                break
            trails.append((at + 1, at + 1 + len(line)))
            at = end
    return trails


def _beside_translation(text: str, start: int, end: int) -> int:
    """How the nearest line before or after ``text[start:end]`` (blank lines passed over) pairs with it as its
    translation (auditor/analysis/parallel.py): ``ANCHORED`` with a word or figure both hold, 1 by length and figures
    alone, 0 for neither. The English of a learner page or an original quoted beside its translation, not a caption
    left in English; a line as short as a label pairs by length with any short line, so that alone says little."""
    english = text[start:end]
    length = line_kind(english)[1]
    best = 0
    for step, line in ((-1, nearest_line(text, start, -1)), (1, nearest_line(text, end, 1))):
        for facing in dict.fromkeys((line, facing_sentence(line, step))):
            kind, other = line_kind(facing) if facing.strip() else (None, 0)
            if kind == OWN_LINE:
                best = max(best, pair_strength(english, facing, length, other))
    return best


def _without_quoted_lines(doc: Document, found: list[Finding], in_latin: set[int]) -> list[Finding]:
    """``found`` without the findings of Latin letters (``in_latin``, by id) on a line of Latin letters that the page
    gives with its translation beside it (``quotation.translated_beside``, asked with the line and its findings'
    passages)."""
    lines: dict[tuple[int, int], list[str]] = {}
    for finding in found:
        if id(finding) in in_latin:
            lines.setdefault(doc.line_bounds(finding.start), []).append(finding.excerpt)
    quoted = {
        line
        for line, passages in lines.items()
        if _latin_line(doc, line[0]) and translated_beside(doc.text, *line, passages)
    }
    if not quoted:
        return found
    return [f for f in found if id(f) not in in_latin or doc.line_bounds(f.start) not in quoted]


def _latin_blocks(doc: Document, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the blocks of ``lines``: each line with the lines of Latin letters right before and after it, no
    blank line between (``parallel.line_kind``), sorted."""
    text = doc.text
    blocks = []
    for start, end in lines:
        while start > 0:
            before = doc.line_bounds(start - 1)
            if not text[before[0] : before[1]].strip() or not _latin_line(doc, before[0]):
                break
            start = before[0]
        while end < len(text):
            after = doc.line_bounds(end + 1)
            if not text[after[0] : after[1]].strip() or not _latin_line(doc, after[0]):
                break
            end = after[1]
        blocks.append((start, end))
    return sorted(blocks)


def _latin_line(doc: Document, at: int) -> bool:
    """True when the line of ``at`` is a line of Latin letters (``parallel.line_kind``): no kana or kanji on it."""
    start, end = doc.line_bounds(at)
    return line_kind(doc.text[start:end])[0] == LATIN_LINE


NEAR_SENTENCES = 256  # sentences each side of an English line that may hold its translation (_JapaneseSentences)


class _JapaneseSentences:
    """The sentences of the article's own script on a page, in text order, with their lengths (``line_kind``) and
    each one's figures read once: what ``_translated_on_page`` tries an English line against. Only the sentences
    nearest the line are tried, at most ``NEAR_SENTENCES`` on each side, and of those only the ones whose length
    fits the line's (``pairs_by_length``'s ratios): trying every sentence of the page made a page of many English lines
    quadratic (dense leftovers: 2 s at 64 KB, 20 s at 256 KB; then, with the length window alone, 31 s at 512 KB),
    and a page sets the original beside, above or below its translation (on the dev pages the one such pair stands
    260 characters apart; an original printed whole after its translation is within reach in an article of up to
    that many sentences)."""

    def __init__(self, doc: Document) -> None:
        text = doc.text
        self.starts: list[int] = []
        self.lengths: list[int] = []
        self.sentences: list[str] = []
        for sentence in doc.sentences:
            japanese = sentence.text_in(text)
            kind, length = line_kind(japanese)
            if kind == OWN_LINE and length:
                self.starts.append(sentence[0])
                self.lengths.append(length)
                self.sentences.append(japanese)
        self.figures_of = cache(japanese_figures)

    def near(self, start: int, english_length: int) -> Iterator[tuple[int, str]]:
        """(length, text) of the sentences nearest ``start``, at most ``NEAR_SENTENCES`` on each side, nearest first,
        whose length ``pairs_by_length`` may pair with an English line's (one character of margin each side of its
        ratios: the ratio test itself is made again there)."""
        low, high = english_length / RATIO_HIGH - 1, english_length / RATIO_LOW + 1
        middle = bisect_left(self.starts, start)
        after = range(middle, min(len(self.starts), middle + NEAR_SENTENCES))
        before = range(middle - 1, max(-1, middle - 1 - NEAR_SENTENCES), -1)
        for index in (at for pair in zip_longest(after, before) for at in pair if at is not None):
            if low <= self.lengths[index] <= high:
                yield self.lengths[index], self.sentences[index]


def _translated_on_page(doc: Document, start: int, end: int, page: _JapaneseSentences) -> bool:
    """True when the English ``text[start:end]`` is a whole line of Latin letters and the page holds its translation: a
    Japanese sentence near it on the page (``_JapaneseSentences.near``) that pairs with it by length and figures
    (``pairs_by_length``) and renders as JMdict does ``MIN_COVERAGE`` of its dictionary words (``dictionary_coverage``),
    two different words at least (``MIN_CONTENT_WORDS``: one word rendered, or one repeated, is chance): the original
    that a page quotes beside, above or below its translation (the rule's docstring gives the reasons and the
    measures)."""
    text = doc.text
    if not _latin_line(doc, start):
        return False
    english = text[start:end]
    words = english_content_words(english)
    if len({word.lower() for word in words}) < MIN_CONTENT_WORDS:
        return False  # one word rendered, or one repeated (paper, paper: 紙), is chance, not a translation
    length = line_kind(english)[1]
    figures = english_figures(english)
    for other, japanese in page.near(start, length):
        if pairs_by_length(english, japanese, length, other, figures, page.figures_of):
            rendered = rendered_words(words, japanese)
            if len(rendered) >= MIN_COVERAGE * len(words) and len(set(rendered)) >= MIN_CONTENT_WORDS:
                return True
    return False


def _paired_lines(doc: Document, findings: list[Finding]) -> list[tuple[int, int]]:
    """The lines of ``findings`` that pair with a Japanese neighbour, when two of them or more do and one of those
    shares a word or a figure with it: the page sets its English beside its translation."""
    text = doc.text
    lines = sorted({doc.line_bounds(finding.start) for finding in findings})
    strengths = [
        _beside_translation(text, start, end) if line_kind(text[start:end])[0] == LATIN_LINE else 0
        for start, end in lines
    ]
    paired = [line for line, strength in zip(lines, strengths, strict=False) if strength]
    return paired if len(paired) >= PARALLEL_MIN_PAIRS and ANCHORED in strengths else []


# A phrase quoted whole as the topic of a sentence (「Big spoon and little spoon」は…, 「…」とは): the article speaks
# of the words themselves, as a learner's page explains an expression; quoted speech goes on with と (と述べた).
_MENTION = re.compile("[」”\"』](?:は|とは)")
_MENTION_OPENING = "「“\"『"


def _mentioned(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is quoted whole and its closing quote is followed by は or とは: the topic of a
    sentence about the words themselves."""
    return start > 0 and text[start - 1] in _MENTION_OPENING and _MENTION.match(text, end) is not None


_POST_MARK = re.compile(r"(?<![\w@#])[@#][A-Za-z0-9_]")  # a handle or a hashtag, as a social post writes them


def _posted(doc: Document, at: int) -> bool:
    """True when the line of ``at`` holds a handle or a hashtag and no kana or kanji: a social post's text, flattened
    into the page, which stays in the post's language as an embed's does (the English lines are judged so too)."""
    start, end = doc.line_bounds(at)
    return _POST_MARK.search(doc.text, start, end) is not None and not HAS_JA.search(doc.text, start, end)


def _chinese_vocabulary(text: str, keyed: list[int], words: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of the Han runs around ``keyed`` (positions of keys of ``chinese_words.tsv``, in text order) that
    are, as a whole, a word of the table."""
    return [(start, end) for start, end in _han_runs_around(text, keyed) if text[start:end] in words]


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text``, in order."""
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + len(word))


def _han_word_excused(text: str, ctx: Context, flagged: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when the Han word ``text[start:end]`` is no leftover to report: inside another finding, an embed or a
    literal, a handle's or a tag's name (@…, #…), or quoted with its translation in brackets after it."""
    if _covered(flagged, start, end) or ctx.in_embed(start, end) or ctx.in_literal(start, end):
        return True
    if start > 0 and text[start - 1] in "@#":
        return True
    return lazy_pattern(_GLOSSED).match(text, end + (text[end : end + 1] in "」』")) is not None


def _glued_to_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` follows a Latin letter or kana, or a Latin letter follows it: one character of
    Chinese that goes on a word or a clause (Meme币, した际), not a glyph that opens a word after a mark or a space
    (?!阁かせて: a corrupted 聞, whose kana after it are the rest of a Japanese word)."""
    before = _LATIN_OR_KANA.match(text, start - 1) if start else None
    return before is not None or _LATIN_LETTER.match(text, end) is not None


_LATIN_OR_KANA = re.compile(f"[A-Za-z{KANA}]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def _han_runs_around(text: str, positions: Iterable[int]) -> Iterator[tuple[int, int]]:
    """The runs of Han characters around ``positions`` (in text order), each run once."""
    last = -1
    for at in positions:
        if at < last:
            continue
        start = at
        while start > 0 and _KANJI.match(text, start - 1):
            start -= 1
        match = _HAN_RUN.match(text, start)
        if match is None:
            continue
        last = match.end()
        yield start, last


def _stands_alone(text: str, start: int, end: int) -> bool:
    """True when IPAdic, reading ``text[start:end]`` with the characters around it on its line, starts a word at
    ``start`` and ends one at ``end``, and its first word there is no suffix or counter: not the stem of a longer
    word (大好 in 大好き), nor the rest of a compound or a number (ホーチミン市政府: 市 a suffix; 7年前: 年 a
    counter)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    left = max(line_start, start - _CONTEXT)
    window = tokens(text[left : min(line_end, end + _CONTEXT)])
    starts = {token.start + left: token for token in window}
    first = starts.get(start)
    return (
        first is not None
        and first.pos1 not in ("接尾", "数")
        and any(token.end + left == end for token in window)
    )


def _own_scripts(pack: LanguagePack) -> frozenset[str]:
    """The scripts ``pack``'s language is written in, by the names of ``SCRIPTS`` (plus latin)."""
    return scripts_of(pack.letters)


@lru_cache(maxsize=16)
def _foreign_scripts(own: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for the letters of every script in ``SCRIPTS`` that the language does not write in."""
    parts = [pattern for name, pattern in SCRIPTS.items() if name not in own]
    return re.compile("|".join(parts)) if parts else None


@lru_cache(maxsize=16)
def _foreign_or_scanned(own: frozenset[str], scan: str) -> re.Pattern[str]:
    """One character class for the letters of ``_foreign_scripts(own)`` and the characters ``scan`` (the inside of a
    class): ``foreign.foreign_or_scanned``'s."""
    return re.compile(f"[{foreign_or_scanned(own, scan)}]")



def _lingua_of(pack: LanguagePack) -> dict[str, str]:
    """The target language itself among lingua's candidates: {"ENGLISH": "English"} for an English article."""
    name = pack.name.upper()
    return {name: pack.name} if name.isalpha() and name.isascii() else {}


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when one of ``spans`` (sorted, not nested) holds ``start:end``: found already."""
    index = bisect_left(spans, (start + 1,))
    return bool(index) and spans[index - 1][1] >= end


def _holding(sentences: Sequence[Sentence], *positions: list[int]) -> list[Sentence]:
    """The ``sentences`` (in text order and disjoint, as a document's are) that hold one of ``positions``, in text
    order: each position is looked up by bisection, so that an article with a few positions does not test each of
    its sentences."""
    starts = [sentence.start for sentence in sentences]
    held = set()
    for at in chain.from_iterable(positions):
        index = bisect_right(starts, at) - 1
        if index >= 0 and at < sentences[index].end:
            held.add(index)
    return [sentences[index] for index in sorted(held)]


def _any_within(positions: list[int], start: int, end: int) -> bool:
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def _inside_title(text: str, position: int) -> bool:
    """True inside 『…』, where Japanese articles keep foreign titles on purpose."""
    opening = text.rfind("『", 0, position)
    return opening != -1 and text.find("』", opening) >= position


class ChineseGlyphName(Rule):
    """Finds a name written with a Chinese character that no Japanese character set holds (劉建辉氏 for 劉建輝氏).

    Why it matters:
        Machine translation from Chinese copies a person's or a place's name character for character, and the
        simplified forms come through (辉 for 輝, 苏 for 蘇): the name is right, its form is wrong, and a Japanese
        reader meets characters Japanese type does not write. The Japanese form of the name is wanted, as the page's
        headline often has it already (江蘇省).

    How it decides:
        On a page in a language written with kana that shows a simplified character of ``chinese_markers.tsv``
        already (GB 2312, in no Japanese character set), a run of Han characters on a line with kana is a name in a
        wrong form when it holds a character that neither cp932 nor JIS X 0213 holds (Python's codecs: 炜 and 辉
        as much as the markers) and a suffix that names follows its last such character: a title or honorific of
        ``person_suffixes.tsv`` (高文炜氏) or an administrative unit (江苏省: 省 市 区 県 州 鎮 村 郷, and 县 镇 乡).
        The finding runs from the start of the run to the end of the suffix. language.untranslated leaves such a run
        to this rule: the pages annotate a name in simplified characters as an entity in a wrong form (pages10: its
        three, a person's two and a province's, all under accuracy/entity; no other dev set holds one), while a
        simplified character in a common word is a word left in Chinese (加入频道, pages6) or a slip of style
        (pages7: 沟 in a place's description, no suffix after it). A name with no suffix after it (a Chinese word,
        a name alone) is out of its reach, and so is one on a page that shows no simplified marker.
    """

    id = "entity.chinese-glyph"
    category = "accuracy/entity"
    severity = "minor"
    summary = "Name written with a Chinese character no Japanese character set holds"
    fix = "none"  # the Japanese form of a character is a table this project does not hold
    languages = frozenset({"ja"})
    tables = (LanguageRow, PersonSuffixRow)
    bad = "南京市で開かれた会議には、同区の劉建辉氏も出席した。"
    good = "南京市で開かれた会議には、同区の劉建輝氏も出席した。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        own = _own_scripts(get_pack(doc.lang))
        if "kana" not in own or "han" not in own:
            return
        data = ctx.lexicon.compiled(_languages)
        simplified = data["simplified"]
        text = doc.text
        if not simplified or not any(text[at] in simplified for at in _scanned(text, ctx, own, data)):
            return
        for start, end in glyph_names(text, data["titles"]):
            if ctx.in_embed(start, end) or ctx.in_literal(start, end) or (start > 0 and text[start - 1] in "@#"):
                continue
            chars = "".join(dict.fromkeys(char for char in text[start:end] if outside_japanese_sets(char)))
            yield self.finding(
                doc,
                start,
                end,
                f"'{text[start:end]}' is a name written with characters no Japanese character set holds ({chars}): "
                "Japanese writes it in its Japanese form.",
            )


RULES = (Untranslated, ChineseGlyphName)

"""Handles, hashtags, cashtags and URLs that the translation altered (issue rule 2).

A handle (@elonmusk), a cashtag ($TSLA), a hashtag (#Tesla) or a URL is an
address: it works only byte for byte as published. Machine translation
transliterates handles into katakana, widens them into full-width forms and
breaks URLs with spaces. Each of those makes the reference unusable, so these
rules stay precise: they fire only where the damaged form cannot be the
original.

The module also builds the index of ``people.tsv`` (public figures and
organisations with their Latin name, katakana names, handles and cashtags),
which the terminology rules share through the same ``memo`` key.
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from collections.abc import Container, Iterator, Mapping
from functools import cache

from auditor.analysis.context import Analysis
from auditor.analysis.foreign import chinese_marker_chars
from auditor.analysis.names import (
    EMAIL_PATTERN,
    KATAKANA_RUN,
    LATIN_HANDLE,
    LATIN_HASHTAG,
    LATIN_NAME,
    MIDDLE_DOTS,
    MIN_SKELETON,
    STRONG_TLDS,
    TRAILING_PUNCT,
    URL_CHAR,
    URL_PATTERN,
    PeopleIndex,
    people_index,
    strip_dots,
    trim_url_end,
)
from auditor.analysis.scripts import latin_runs
from auditor.document import Document, offsets_of
from auditor.findings import Finding
from auditor.languages.scripts import KANA, KANJI, KATAKANA, KATAKANA_START, lazy_pattern
from auditor.languages.translit import skeleton
from auditor.lexicons import Lexicon
from auditor.lexicons.schema import PersonRow, PersonSuffixRow, TopLevelDomainRow
from auditor.rules.base import Context, Rule

# --- handle.transliterated -------------------------------------------------------------------------------------------

_SIGILS = "@＠#＃$＄"
# A sigil followed by katakana. What precedes the sigil is checked in Python (see _glued_to_word). Compiled on first
# use (see lazy_pattern): few articles hold a sigil.
_SIGIL_KATAKANA = rf"[@＠#＃$＄]([{KATAKANA_START}][{KATAKANA}]*(?:[A-Z0-9]{{1,2}}(?![A-Za-z0-9]))?)"


# A handle translated into a kanji name (投資家は@山田太郎の投稿): only for handles, and only where the sigil does not
# end a word (ライブ＠渋谷 is Japanese "at"). Two to six kanji, not followed by more kanji or kana of one word.
# These two are compiled on first use, not at import: a class of kanji costs ~2 ms to compile, and they are needed
# only in the few articles that hold a sigil.
@cache
def _at_kanji() -> re.Pattern[str]:
    return re.compile(rf"[@＠]([{KANJI}]{{2,6}})(?![{KANJI}])")


@cache
def _word_before() -> re.Pattern[str]:
    # Hiragana is not here: a particle before the sigil ("投資家は@エロンムスクの投稿") is how MT glues handles in.
    return re.compile(rf"[A-Za-z0-9_.+\-{KATAKANA}{KANJI}\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def _glued_to_word(text: str, at: int) -> bool:
    """True when the sigil at ``at`` ends a word: an e-mail address, or Japanese ＠ for "at" (ライブ＠会場)."""
    return at > 0 and _word_before().match(text[at - 1]) is not None


class TransliteratedHandle(Rule):
    """Finds handles, cashtags and hashtags rendered in katakana: @エロンムスク, $テスラ.

    Why it matters:
        Handles (X, Instagram, TikTok, Threads) and cashtags are ASCII-only, so a sigil followed by katakana cannot be
        the original: the translation transliterated it and readers can no longer find the account or ticker.

    How it decides:
        Handles and cashtags: Japanese uses ＠ for "at" and "each" (ライブ＠タワーレコード, イベント＠渋谷,
        1個＠100円): there the sigil ends a noun in katakana or kanji, or takes kanji or digits, so it is flagged only
        after a space, punctuation, a particle in hiragana (投資家は@エロンムスクの) or the start of a line, with
        katakana right after it, or when the katakana is a handle of ``people.tsv`` by its consonant skeleton
        (Xアカウント@イーロンマスク). An e-mail address (info@…) never takes katakana. A handle translated into a kanji
        name (投資家は@山田太郎の投稿) is flagged under the same condition, for anyone, listed or not: handles are
        ASCII-only, and 2 to 6 kanji after a sigil that does not end a word are a name, not "at" (ライブ＠渋谷). Kanji
        that Japanese never writes (a simplified form of ``chinese_markers.tsv``: @购少庆; or any form outside JIS X
        0208, the character set of Japanese text: @黑羽, 黑 for Japanese 黒) are the name of an account on a Chinese
        platform, where handles are Chinese, left as published: no rendering into Japanese writes them. Kanji or
        katakana after an honorific in kana (名無しさん@海外, ケンさん@ロンドン, ``person_suffixes.tsv``) are where a
        person is, the way Japanese forums and blogs label posts and photos: ＠ for "at".

        Hashtags are different: #拡散希望 or #テスラ are ordinary Japanese hashtags. A katakana hashtag is flagged
        only when the article also prints a Latin hashtag with the same consonant skeleton on another line (#Tesla …
        #テスラ): the same tag was then translated in one place and not in the other. That Latin hashtag is the
        suggestion.

        A handle's suggestion comes, in this order, from a Latin handle elsewhere in the article with the same
        skeleton, a Latin name in the article (its people.tsv handle, else the name written as one lower-case word),
        people.tsv by skeleton (エロンムスク and elonmusk share lnmsk), or a katakana name of the article that
        people.tsv lists and of which the handle is a part (@マスク beside イーロン・マスク). When nothing matches, no
        suggestion. A cashtag's suggestion is the cashtag people.tsv lists for the katakana name. Handle and hashtag
        skeletons shorter than ``MIN_SKELETON`` (3 consonants, auditor/analysis/names.py) match nothing.
    """

    id = "handle.transliterated"
    category = "accuracy/handle"
    severity = "major"
    summary = "Handle, cashtag or hashtag transliterated into katakana"
    fix = "unsafe"  # the handle is recovered from the article or the people list, a guess
    languages = frozenset({"ja"})
    tables = (PersonRow, PersonSuffixRow)
    bad = "テスラの株価が急騰した。 @エロンムスク"
    good = "テスラの株価が急騰した。 @elonmusk"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        if not any(sigil in text for sigil in _SIGILS):  # str.find is faster than any regex scan
            return
        for match in lazy_pattern(_SIGIL_KATAKANA).finditer(text):
            start = match.start()
            name = match.group(1).rstrip(MIDDLE_DOTS)
            if _glued_to_word(text, start) and not (
                text[start] in "@＠" and people_index(ctx.lexicon).unique_by_key(skeleton(name))
            ):
                continue  # ライブ＠会場; but Xアカウント@イーロンマスク is a known person's handle glued to a noun
            end = match.start(1) + len(name)
            sigil = text[start]
            if sigil in "#＃":
                latin_tag = _matching_latin_hashtag(text, name, start)
                if latin_tag:
                    yield self.finding(
                        doc,
                        start,
                        end,
                        f"'{text[start:end]}' is the hashtag {latin_tag} transliterated into katakana; "
                        f"hashtags must stay as published.",
                        suggestion=latin_tag,
                    )
                continue
            if sigil in "$＄":
                ticker = _suggest_cashtag(name, people_index(ctx.lexicon))
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"'{text[start:end]}' is a cashtag transliterated into katakana; cashtags are ASCII ticker "
                    f"symbols{f' (likely ${ticker})' if ticker else ''}.",
                    suggestion=f"${ticker}" if ticker else "",
                )
                continue
            if text.endswith(ctx.lexicon.compiled(_honorifics), 0, start):
                continue  # ケンさん@ロンドン: a person and where they are, ＠ for "at", as with kanji below
            # Once per name and article: each call reads the whole text, and a page may repeat a handle often.
            handle = ctx.analysis.memo(_suggested_handle, name)
            yield self.finding(
                doc,
                start,
                end,
                f"'{text[start:end]}' is a social-media handle transliterated into katakana; handles are ASCII-only, "
                f"so restore the original{f' (likely @{handle})' if handle else ''}.",
                suggestion=f"@{handle}" if handle else "",
            )

        chinese = ctx.lexicon.compiled(_chinese_only)
        for match in _at_kanji().finditer(text):
            start = match.start()
            if _glued_to_word(text, start) or ctx.in_embed(start, match.end()):
                continue
            if not chinese.isdisjoint(match.group(1)) or not _in_jis_x_0208(match.group(1)):
                continue  # a Chinese platform's account, as published (黑 for Japanese 黒)
            if text.endswith(ctx.lexicon.compiled(_honorifics), 0, start):
                continue  # 名無しさん@海外: a forum poster's name and where they post from, ＠ for "at"
            yield self.finding(
                doc,
                start,
                match.end(),
                f"'{match.group()}' is a social-media handle written in kanji; handles are ASCII-only, so restore "
                f"the original.",
            )


def _honorifics(lexicon: Lexicon) -> tuple[str, ...]:
    """The honorifics of ``person_suffixes.tsv`` written in kana (さん, くん, ちゃん): glued to a sigil, they close a
    name, and what follows is where the person is, as Japanese forums label posts (名無しさん@海外)."""
    return tuple(row.word for row in lexicon.table(PersonSuffixRow) if re.fullmatch(f"[{KANA}]+", row.word))


def _in_jis_x_0208(kanji: str) -> bool:
    """Whether every character of ``kanji`` is in JIS X 0208, the character set of Japanese text (Python's shift_jis
    codec): a form outside it (黑 for 黒, a traditional or simplified Chinese form) was typed by its owner, not produced
    by a translation into Japanese."""
    try:
        kanji.encode("shift_jis")
    except UnicodeEncodeError:
        return False
    return True


def _chinese_only(lexicon: Lexicon) -> frozenset[str]:
    """The characters only Chinese writes (``chinese_markers.tsv``), as a set, once per lexicon."""
    return frozenset(chinese_marker_chars(lexicon))


def _matching_latin_hashtag(text: str, katakana: str, at: int) -> str:
    """The article's Latin hashtag with the same skeleton, printed on another line than ``at``; else ""."""
    key = skeleton(katakana)
    if len(key) < MIN_SKELETON:
        return ""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    for tag in LATIN_HASHTAG.finditer(text):
        if skeleton(tag.group(1)) == key and not line_start <= tag.start() < line_end:
            return "#" + tag.group(1)
    return ""


def _suggest_cashtag(katakana: str, people: PeopleIndex) -> str:
    person = people.by_katakana.get(strip_dots(katakana)) or people.unique_by_key(skeleton(katakana))
    return person.cashtags[0] if person and person.cashtags else ""


def _suggested_handle(analysis: Analysis, katakana: str) -> str:
    return suggest_handle(katakana, analysis.text, people_index(analysis.lexicon))


def suggest_handle(katakana: str, text: str, people: PeopleIndex) -> str:
    """The Latin handle a katakana handle most likely was, without the @; "" when nothing in reach matches."""
    key = skeleton(katakana)
    if len(key) < MIN_SKELETON:
        return ""
    # 1. The same handle printed in Latin elsewhere (an embed's "(@handle)" line, a credit).
    handles = {h.casefold(): h for h in (m.group(1) for m in LATIN_HANDLE.finditer(text)) if skeleton(h) == key}
    if len(handles) == 1:
        return next(iter(handles.values()))
    # 2. A Latin name in the article with that skeleton: its people.tsv handle, else the name as one word.
    names: dict[str, str] = {}
    for match in LATIN_NAME.finditer(text):
        if key not in skeleton(match.group()):
            continue
        words = match.group().split(" ")
        for size in range(len(words), 0, -1):
            for first in range(len(words) - size + 1):
                name = " ".join(words[first : first + size])
                if skeleton(name) == key:
                    person = people.by_latin.get(name.casefold())
                    handle = person.handles[0] if person and person.handles else name.replace(" ", "").lower()
                    names[handle.casefold()] = handle
    if len(names) == 1:
        return next(iter(names.values()))
    # 3. people.tsv directly, by skeleton.
    person = people.unique_by_key(key)
    if person and person.handles:
        return person.handles[0]
    # 4. A katakana name of the article that people.tsv knows, of which the handle is the whole or a part.
    for name in dict.fromkeys(KATAKANA_RUN.findall(text)):
        person = people.by_katakana.get(name)
        if person and person.handles:
            parts = re.split(f"[{MIDDLE_DOTS}]", name)
            if strip_dots(katakana) == strip_dots(name) or katakana in parts:
                return person.handles[0]
    return ""


# --- handle.full-width ----------------------------------------------------------------------------------------------

# Full-width forms that can be part of an address: letters, digits and the address punctuation.
_FW_ADDRESS = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a＿／：．？＝＆＃＠＄％～＋－"
# Something worth a closer look: a full-width letter, digit or address mark ("：" only after "http(s)").
_FW_TRIGGER = frozenset(
    "".join(chr(c) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))) + "＿＠＄＃／．："
)
_ADDRESS_RUN = re.compile(rf"(?:{URL_CHAR}|[{_FW_ADDRESS}])+")
_ADDRESS_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&*+,;=%"
    + "".join(chr(c) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)))
    + "＿／：．？＝＆＃＠＄％～＋－"
)
# What an address is, once the run is folded to half-width (NFKC keeps the length of these characters). Compiled
# on first use (see lazy_pattern), like the patterns of broken addresses below: few articles need them.
_ADDRESS = (
    rf"(?P<url>{URL_PATTERN})"
    rf"|(?P<email>{EMAIL_PATTERN})"
    r"|(?<![A-Za-z0-9_.+\-])(?P<handle>@[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*)"
    r"|(?<![A-Za-z0-9_])(?P<cashtag>\$[A-Za-z]{1,6}(?:\.[A-Za-z])?)(?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9_&])(?P<hashtag>#[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*)"
)
_SIGILS_FW = "＠＃＄"
_LETTER_EITHER_WIDTH = re.compile("[A-Za-z\uff21-\uff3a\uff41-\uff5a]")
_KIND_NAMES = {"url": "URL", "email": "e-mail address", "handle": "handle", "cashtag": "cashtag", "hashtag": "hashtag"}


def _run_around(text: str, at: int, chars: Container[str], run: re.Pattern[str]) -> re.Match[str]:
    """The match of ``run``, a pattern of a run of ``chars``, that holds ``text[at]``: matched from the first
    character of that run, found by walking back over ``chars`` (an address around one of its characters)."""
    start = at
    while start and text[start - 1] in chars:
        start -= 1
    found = run.match(text, start)
    assert found is not None  # text[start] is a character of the run
    return found


def _address_runs(text: str, latin: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The runs of address characters that hold a full-width trigger and a letter of either width, in order.

    Every address holds a letter, so the runs are reached from the article's Latin runs (``latin_runs``, one
    scan the other rules share) instead of from a scan of the whole text for the triggers: a run of ASCII letters
    lies inside one run of address characters; another run may hold several, split by an accented letter."""
    done = 0
    for first, last in latin:
        if last <= done:
            continue
        for at in (first,) if text[first:last].isascii() else range(max(first, done), last):
            if at < done or text[at] not in _ADDRESS_CHARS:
                continue
            run = _run_around(text, at, _ADDRESS_CHARS, _ADDRESS_RUN)
            start, done = run.span()
            if not run.group().isascii() and any(
                text[char] in _FW_TRIGGER
                and (text[char] != "：" or text[max(0, char - 5) : char].lower().endswith(("http", "https")))
                for char in range(start, done)
            ):
                yield run


class FullWidthAddress(Rule):
    """Finds handles, hashtags, cashtags, URLs and e-mail addresses typed with full-width characters.

    Why it matters:
        ＠ｅｌｏｎｍｕｓｋ, ＄ＴＳＬＡ, ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ and @elon＿musk look right to a reader
        but do not resolve: platforms and browsers take these addresses in half-width ASCII only. Translation engines
        and Japanese input methods widen them.

    How it decides:
        A run of ASCII and full-width letters, digits and address marks is folded to half-width (NFKC); each URL,
        e-mail address, handle, cashtag or hashtag in the folded run that was not half-width already is a finding, and
        the suggestion is the NFKC (half-width) form of the excerpt. A full-width ： counts only right after http or
        https.

        Severity: major when a letter, digit or address mark inside the address is full-width, because the address
        then no longer works as printed. A full-width ＄ before an ASCII ticker (＄TSLA) is minor: the reader
        recognises it, but cashtag links need the ASCII $. A full-width ＠ or ＃ before an ASCII name (＠elonmusk,
        ＃MeToo) is left alone: Japanese typesetting writes them so and X accepts both.
    """

    id = "handle.full-width"
    category = "accuracy/handle"
    severity = "major"
    summary = "Full-width characters inside a handle, hashtag, cashtag or URL"
    fix = "safe"  # a change of width only
    bad = "詳しくは ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ をご覧ください。"
    good = "詳しくは https://example.com をご覧ください。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        for run in _address_runs(text, latin_runs(ctx.analysis)):
            original = run.group()
            if not _LETTER_EITHER_WIDTH.search(original):
                continue  # figures (２０２６年, １２：３０): every kind of address holds a letter
            folded = unicodedata.normalize("NFKC", original)
            if len(folded) != len(original) or folded == original:  # NFKC keeps these lengths; guard anyway
                continue
            for address in lazy_pattern(_ADDRESS).finditer(folded):
                start, end = address.start(), address.end()
                if address.lastgroup == "url":
                    end = trim_url_end(folded, start, end)
                excerpt = original[start:end]
                body = excerpt[1:] if excerpt[0] in _SIGILS_FW else excerpt
                if body == folded[start:end][len(excerpt) - len(body) :]:
                    # Only the sigil is full-width.
                    if excerpt[0] != "＄":
                        continue
                    severity = "minor"
                    message = f"'{excerpt}' uses a full-width ＄; cashtags work only with the ASCII $."
                else:
                    severity = None
                    kind = _KIND_NAMES[address.lastgroup or "url"]
                    message = (
                        f"This {kind} contains full-width characters ('{excerpt}'), so it does not work as printed; "
                        f"write it in half-width ASCII."
                    )
                yield self.finding(
                    doc,
                    run.start() + start,
                    run.start() + end,
                    message,
                    suggestion=folded[start:end],
                    severity=severity,
                )


# --- handle.broken-url ------------------------------------------------------------------------------------------------

_GAP = "[ \t\u3000]"
_URL = re.compile(URL_PATTERN)
# "https:// example.com", "https :// …", "www. example.com": a scheme or www. with a space in it or after it.
_BROKEN_START = rf"(?i)(?<![A-Za-z0-9])(?:https?{_GAP}*:{_GAP}*/{_GAP}*/|www{_GAP}*\.){_GAP}*(?={URL_CHAR})"
# "pic.twitter. com/abc", "example .com": a host split at a dot, with a known TLD after the gap.
_SPLIT_HOST = (
    rf"(?<![A-Za-z0-9@._/-])[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:\.{_GAP}+|{_GAP}+\.{_GAP}*)(?:{STRONG_TLDS})(?![A-Za-z0-9-])"
    rf"(?:/{URL_CHAR}*)?"
)
_LOCAL_PART = rf"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@{_GAP}*$"
_CONTINUATION = re.compile(rf"{_GAP}+({URL_CHAR}+)")
_URL_RUN = re.compile(f"{URL_CHAR}{URL_CHAR}*")  # "X X*", not "X+": re skips ahead only for a leading class
_GAP_CHARS = frozenset(" \t\u3000")
_LETTER = re.compile("[A-Za-z]")
_URL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&*+,;=%")
# Every address holds a dot or a slash: look only around them (see _anchors).
_SLACK = 24  # characters a broken start or split host may reach past its run (the gap and the TLD)


@cache
def _ja_in_path() -> re.Pattern[str]:
    # Compiled on first use (a kana and kanji class costs ~3 ms): only an address candidate is followed.
    return re.compile(rf"[{KANA}{KANJI}]+/[A-Za-z0-9]{URL_CHAR}*")


_JAPANESE_CHAR = re.compile(f"[{KANA}{KANJI}]")
_STRUCTURE = re.compile(r"[A-Za-z0-9][/.=?&_-]+[A-Za-z0-9]")


def _anchors(text: str) -> list[int]:
    """The offsets of the dots and slashes of ``text``, in order: two ``str.find`` walks, merged (the sort of two
    sorted runs is a linear merge). A pattern's class ``[./]`` would test every character: ~20 µs an article."""
    return sorted(offsets_of(".", text) + offsets_of("/", text))


def _url_candidates(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, already broken) of each address, found from the dots and slashes of the text.

    A run of URL characters around each anchor is examined, together with the run before it when a
    gap separates them ("https ://…", "example .com").
    """
    done = -1
    for anchor in _anchors(text):
        if anchor < done:
            continue
        start, end = _run_around(text, anchor, _URL_CHARS, _URL_RUN).span()
        done = end
        first = start
        if text[start] in "./:":
            gap = start
            while gap and text[gap - 1] in _GAP_CHARS:
                gap -= 1
            while gap < start and gap and text[gap - 1] in _URL_CHARS:
                gap -= 1
                first = gap
        if first == start and start and text[start - 1] in _GAP_CHARS:
            # "info@ example.com": an e-mail address split after its @.
            local = lazy_pattern(_LOCAL_PART).search(text, max(0, start - 64), start)
            domain = _URL.match(text, start)
            if local and domain:
                yield local.start(), domain.end(), True
                continue
        region = text[first:end]
        if not _LETTER.search(region):
            continue  # 3.5, 1/30, 5,000: numbers, not addresses
        spaced = first < start or text[end : end + 1] in _GAP_CHARS
        if spaced and ("ttp" in (lower := region.lower()) or "www" in lower):
            broken = lazy_pattern(_BROKEN_START).search(text, first, end + _SLACK)
            if broken and broken.start() < end and any(c in _GAP_CHARS for c in broken.group()):
                tail = _URL_RUN.match(text, broken.end())
                yield broken.start(), tail.end() if tail else broken.end(), True
                continue
        if spaced:
            split = lazy_pattern(_SPLIT_HOST).search(text, first, end + _SLACK)
            if split and split.start() < end:
                tail = _URL_RUN.match(text, split.end())
                # "name@ gmail . com": the address starts at its local part.
                local = lazy_pattern(_LOCAL_PART).search(text, max(0, split.start() - 64), split.start())
                yield local.start() if local else split.start(), tail.end() if tail else split.end(), True
                continue
        url = _URL.search(text, first, end)
        if url:
            yield url.start(), url.end(), False


def _continues(url: str, fragment: str, glued_to_japanese: bool) -> bool:
    """True when ``fragment``, printed after a space, can only be the rest of ``url``.

    ``glued_to_japanese``: Japanese text follows the fragment directly ("2026年"), a sign of prose.
    """
    fragment = fragment.rstrip(TRAILING_PUNCT)
    if not fragment:
        return False
    has_structure = _STRUCTURE.search(fragment) is not None
    if glued_to_japanese and not has_structure:
        return False
    host = url.split("://", 1)[-1]
    if url.endswith("."):
        # "https://www.example. com/abc": the host is unfinished and the next label is a TLD.
        label = re.split(r"[./]", fragment, maxsplit=1)[0]
        return "/" not in host and re.fullmatch(STRONG_TLDS, label) is not None
    if url[-1] in "/=?&_-#":
        # "…/ news/2026": a path segment, slug or id; a Titlecase or ALLCAPS word is prose instead.
        if has_structure or fragment.startswith("/"):
            return True
        word = fragment.strip("/")
        return bool(word) and (word.islower() or any(c.isdigit() for c in word) or _is_camel(word))
    # "…/news /2026", "pic.twitter .com": the fragment itself starts with a path or a TLD.
    if fragment.startswith("/"):
        return len(fragment) > 1
    if fragment.startswith("."):
        label = re.split(r"[./]", fragment[1:], maxsplit=1)[0]
        return "/" not in host and re.fullmatch(STRONG_TLDS, label) is not None
    return False


def _is_japanese_at(text: str, at: int) -> bool:
    return at < len(text) and _JAPANESE_CHAR.match(text, at) is not None


def _is_camel(word: str) -> bool:
    """Mixed case beyond a capital first letter: bFBwLftLNC, xAI, SpaceX."""
    return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


class BrokenUrl(Rule):
    """Finds URLs that the translation broke: spaces inside them, or Japanese inside their path.

    Why it matters:
        Engines treat a URL as words: they put a space after a slash or a dot ("https://example.com/ news/2026",
        "pic.twitter. com/abc", "https:// example.com") or translate a path segment
        ("https://example.com/ニュース/2026"). The printed link then leads nowhere.

    How it decides:
        A URL followed by a space and a Japanese sentence, or glued to Japanese text after its end
        ("https://example.com/をご覧ください"), is normal and stays quiet: a fragment after a space must itself look
        like a path, a slug, an id or a TLD, and Japanese counts only when a further "/path" follows it. Wiki hosts
        are skipped for Japanese paths (ja.wikipedia.org/wiki/東京). An e-mail address split by a space (info@
        example.com) is found the same way.

        The suggestion joins the pieces (spaces removed); for translated paths the original cannot be recovered, so
        there is no suggestion.
    """

    id = "handle.broken-url"
    category = "accuracy/handle"
    severity = "major"
    summary = "URL broken by a space or by translated text inside it"
    fix = "safe"  # only the spaces inside the URL go
    bad = "写真は pic.twitter. com/AbC123 に投稿された。"
    good = "写真は pic.twitter.com/AbC123 に投稿された。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        candidates = sorted(_url_candidates(text))
        last_end = -1
        for start, end, broken in candidates:
            if start < last_end:
                continue
            end, gaps, translated = self._extend(text, start, end)
            if not (broken or gaps or translated):
                continue
            end = trim_url_end(text, start, end)
            last_end = end
            excerpt = text[start:end]
            if translated:
                message = (
                    f"The URL '{excerpt}' has Japanese text inside its path, which the original cannot have had; "
                    f"restore the original address."
                )
                suggestion = ""
            else:
                suggestion = re.sub(_GAP, "", excerpt)
                kind = "e-mail address" if "@" in excerpt and "/" not in excerpt else "URL"
                message = f"The {kind} '{excerpt}' is split by a space, so it does not work as printed."
            yield self.finding(doc, start, end, message, suggestion=suggestion)

    @staticmethod
    def _extend(text: str, start: int, end: int) -> tuple[int, bool, bool]:
        """Follow the pieces of the URL at ``start:end`` across spaces and translated segments."""
        gaps = translated = False
        while True:
            url = text[start:end]
            following = _CONTINUATION.match(text, end)
            if following and _continues(url, following.group(1), _is_japanese_at(text, following.end())):
                end, gaps = following.end(), True
                continue
            inside = _ja_in_path().match(text, end)
            if inside and url.endswith("/") and "wiki" not in url:
                end, translated = inside.end(), True
                continue
            return end, gaps, translated


# The endings most addresses have; an altered one is one letter away from one of them.
_COMMON_ENDINGS = ("com", "net", "org")
# A dot and an ending of two to four lower-case letters that ends the address: not followed by more of a name, a
# path's dot and letter, or a digit (the pattern opens with the dot, which re finds in C).
_DOMAIN_END = re.compile(r"\.([a-z]{2,4})(?![A-Za-z0-9_\-]|\.[A-Za-z0-9])")
_HOST_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.")
_MAX_HOST = 63  # characters of a domain label


def _one_edit(word: str) -> set[str]:
    """The strings one deletion, insertion, substitution or swap of neighbours away from ``word`` (a-z)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
    edits |= {a + c + b for a, b in splits for c in letters}
    return edits - {word}


def _builtin_types() -> tuple[Mapping[str, str], ...]:
    """``mimetypes``' built-in tables (strict, common), the ones ``MimeTypes()`` starts from: read directly, since
    ``MimeTypes()`` first has the module read the system's files (18 M instructions) that it then leaves out."""
    default, common = getattr(mimetypes, "_types_map_default", None), getattr(mimetypes, "_common_types_default", None)
    if isinstance(default, dict) and isinstance(common, dict):
        return default, common
    return mimetypes.MimeTypes().types_map  # another Python's mimetypes


def _altered_endings(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Endings that are no top-level domain, one letter away from a common one: ending → the common ones it may be.

    File extensions Python knows (``mimetypes``' built-in table, not the system's, so the answer is the same on
    every machine) are left out: report.txt, Windows.nt, app.js are files, not addresses.
    """
    real = {row.label for row in lexicon.table(TopLevelDomainRow)}
    files = {ext.lstrip(".") for table in _builtin_types() for ext in table}
    altered: dict[str, list[str]] = {}
    for ending in _COMMON_ENDINGS:
        for near in _one_edit(ending):
            if 2 <= len(near) <= 4 and near not in real and near not in files:
                altered.setdefault(near, []).append(ending)
    return {near: tuple(endings) for near, endings in altered.items()}


class DomainTypo(Rule):
    """Finds a site or address whose ending is no top-level domain, one letter away from .com, .net or .org.

    Why it matters:
        Engines treat a site's name as a word and respell it in the target language's way (kompas.com as
        kompas.kom, where c is written k), so the printed address names no site, and a reader who types it gets
        nowhere. The ending of a domain is not the translator's to change.

    How it decides:
        A host name (letters, digits, hyphens and dots) followed by a dot and two to four lower-case letters that end
        the address, where that ending is no top-level domain of ``top_level_domains.tsv`` (the ICANN section of the
        Public Suffix List, generated by tools/build_tld_table.py) and is one deletion, insertion, substitution or
        swap of neighbours away from com, net or org (.kom, .cmo, .nett, .ogr). Endings that exist (.co, .om, .ne)
        stay quiet, and so do file extensions that Python's built-in ``mimetypes`` table knows (.txt, .js, .nt).

        The suggestion is the address with the common ending it is one letter from, when only one is: kompas.com.
    """

    id = "handle.domain-typo"
    category = "accuracy/handle"
    severity = "major"
    summary = "Site or address whose ending is no top-level domain, one letter from .com, .net or .org"
    fix = "unsafe"  # the ending is the likeliest one, not known
    tables = (TopLevelDomainRow,)
    bad = "記事はジャカルタのニュースサイト、berita-harian.kom が配信した。"
    good = "記事はジャカルタのニュースサイト、berita-harian.com が配信した。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        text = doc.text
        altered = None
        for match in _DOMAIN_END.finditer(text):
            ending = match.group(1)
            if altered is None:
                altered = ctx.lexicon.compiled(_altered_endings)
            if ending not in altered:
                continue
            dot = match.start()
            start = dot
            while start > 0 and dot - start < _MAX_HOST and text[start - 1] in _HOST_CHARS:
                start -= 1
            while start < dot and not text[start].isalnum():
                start += 1  # a host opens with a letter or digit
            host = text[start:dot]
            if len(host) < 2 or not any(char.isalpha() for char in host) or ".." in host:
                continue
            endings = altered[ending]
            suggestion = f"{host}.{endings[0]}" if len(endings) == 1 else ""
            likely = f": {suggestion}" if suggestion else ""
            message = (
                f"'{host}.{ending}' ends in .{ending}, which is no top-level domain: the address was altered{likely}."
            )
            yield self.finding(doc, start, match.end(), message, suggestion=suggestion)


RULES = (TransliteratedHandle, FullWidthAddress, BrokenUrl, DomainTypo)

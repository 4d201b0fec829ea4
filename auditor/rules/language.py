"""Spans left in another language than the article's."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from auditor.document import Document
from auditor.findings import Finding
from auditor.languages.scripts import CYRILLIC, HANGUL, HAS_KANA, KANJI
from auditor.lexicons import Lexicon
from auditor.lexicons.schema import ChineseMarkersRow, LanguageRow
from auditor.rules.base import Context, Rule

# A run of five or more Latin words (with the punctuation that sits inside sentences).
_LATIN_RUN = re.compile(
    r"[A-Za-z\u00c0-\u024f][\w'’\-\u00c0-\u024f]*"
    r"(?:[ ,;:.!?\"“”'’()\-]+[A-Za-z\u00c0-\u024f0-9][\w'’\-\u00c0-\u024f]*){4,}[.!?\"”]?"
)
_LOWER_WORD = re.compile(r"(?:^|[\s\"“(])[a-z\u00df-\u00ff][a-z\u00df-\u024f'’\-]+")
_URLISH = re.compile(r"(?:https?://|www\.|\.com\b|\.org\b|@\w|#\w)")
_SCRIPTS = {
    "hangul": re.compile(f"[{HANGUL}]"),
    "cyrillic": re.compile(f"[{CYRILLIC}]"),
    "arabic": re.compile("[\u0600-\u06ff]"),
    "thai": re.compile("[\u0e00-\u0e7f]"),
}
_FOREIGN_SCRIPT = re.compile("|".join(pattern.pattern for pattern in _SCRIPTS.values()))
_LETTER = re.compile(r"\w")
_KANJI = re.compile(f"[{KANJI}]")
MIN_LOWERCASE_WORDS = 3  # sentences have function words; lists of names and products do not


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


def _languages(lexicon: Lexicon) -> dict[str, object]:
    rows = lexicon.table(LanguageRow)
    markers = "".join(row.chars for row in lexicon.table(ChineseMarkersRow))
    return {
        "lingua": {row.lingua: row.name for row in rows if row.lingua},
        "scripts": {row.script: row.name for row in rows if row.script},
        "chinese": re.compile(f"[{re.escape(markers)}]") if markers else None,
    }


class Untranslated(Rule):
    """Finds a sentence or a long span left in another language than the article's.

    Why it matters:
        Machine translation passes through what it cannot translate, and pipelines sometimes skip a paragraph
        entirely: a reader of a Japanese site then meets a sentence in English or Czech.

    How it decides:
        The script decides first (Latin, Hangul, Cyrillic…, or Chinese-only characters in a kana-free sentence);
        language identification (lingua, restricted to the languages of ``languages.tsv``) only names the language of
        those few candidates, so the result is the same for the same input, always.

        A Latin run counts when it has five or more words, three of them lower-case (``MIN_LOWERCASE_WORDS``), so
        lists of names and products (Apple Watch Series 10) and short titles stay quiet; a run holding a URL, a handle
        or a hashtag does not count. A sentence of at least 8 letters is in another script when half of its letters
        are in a script that ``languages.tsv`` names (Hangul, Cyrillic, Arabic, Thai); it is Chinese when it has no
        kana, at least 12 kanji and two or more characters of ``chinese_markers.tsv``.

        Text inside embeds, headings and 『titles』 is left alone.
    """

    id = "language.untranslated"
    category = "accuracy/untranslated"
    severity = "major"
    summary = "Sentence or long span left in another language"
    languages = frozenset({"ja"})
    bad = "同社は新製品を発表した。The company said it expects sales to double next year. 株価は上昇した。"
    good = "同社は新製品を発表した。同社は来年の売上高が倍増すると見込んでいる。株価は上昇した。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        data = ctx.lexicon.compiled(_languages)
        text = doc.text
        # One scan of the whole text finds the candidates; most articles have none, and then
        # no sentence is looked at.
        latin = [match.start() for match in _LATIN_RUN.finditer(text)]
        others = [match.start() for match in _FOREIGN_SCRIPT.finditer(text)]
        if data["chinese"] is not None:
            others = sorted(others + [match.start() for match in data["chinese"].finditer(text)])
        if not (latin or others):
            return
        for sentence in ctx.body_sentences:
            has_latin = _any_within(latin, sentence.start, sentence.end)
            has_other = _any_within(others, sentence.start, sentence.end)
            if has_latin or has_other:
                segment = sentence.text_in(text)
                if has_latin:
                    yield from self._latin_runs(doc, sentence.start, segment, data)
                if has_other:
                    yield from self._other_scripts(doc, sentence.start, segment, data)

    def _latin_runs(self, doc: Document, offset: int, text: str, data: dict) -> Iterator[Finding]:
        for match in _LATIN_RUN.finditer(text):
            run = match.group().rstrip(' ,;:("“-')
            if len(_LOWER_WORD.findall(run)) < MIN_LOWERCASE_WORDS or _URLISH.search(run):
                continue
            if _inside_title(text, match.start()):
                continue
            language = _language_of(run, tuple(sorted(data["lingua"].items())))
            whole = len(run) >= 0.8 * len(text.strip())
            what = "This sentence" if whole else "This passage"
            start = offset + match.start()
            yield self.finding(
                doc, start, start + len(run), f"{what} is in {language}, not Japanese: it was left untranslated."
            )

    def _other_scripts(self, doc: Document, offset: int, text: str, data: dict) -> Iterator[Finding]:
        letters = len(_LETTER.findall(text))
        if letters < 8:
            return
        for script, pattern in _SCRIPTS.items():
            name = data["scripts"].get(script)
            if name and len(pattern.findall(text)) >= 0.5 * letters:
                yield self.finding(doc, offset, offset + len(text), f"This sentence is in {name}, not Japanese.")
                return
        chinese = data["chinese"]
        name = data["scripts"].get("han-simplified")
        if (
            name
            and chinese is not None
            and not HAS_KANA.search(text)
            and len(_KANJI.findall(text)) >= 12
            and len(chinese.findall(text)) >= 2
        ):
            yield self.finding(
                doc,
                offset,
                offset + len(text),
                f"This sentence looks {name}, not Japanese: it has no kana and uses simplified characters.",
            )


def _any_within(positions: list[int], start: int, end: int) -> bool:
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def _inside_title(text: str, position: int) -> bool:
    """True inside 『…』, where Japanese articles keep foreign titles on purpose."""
    opening = text.rfind("『", 0, position)
    return opening != -1 and text.find("』", opening) >= position


RULES = (Untranslated,)

"""Language packs: what the engine knows about each language, looked up by code and loaded lazily.

As sacrebleu keeps its tokenizers, a language is one module (``auditor/languages/<code>.py`` defining ``PACK``)
plus one entry in ``PACKS``, with its data in ``auditor/lexicons/<code>/``. A pack says how the language is
written (its letters, whether words are spaced, which legacy encodings its files come in), how to score it
(the BLEU tokenizer), and which functions read and write its numbers and transliterate its names, named as
``"module:function"`` so that nothing is imported before it is needed. A language without a module gets a
generic pack: the rules that need nothing language-specific (embeds, addresses, invisible characters, spaces,
untranslated spans, the number and omission cross-checks where numbers can be read) still run on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING, Any

from auditor.languages.scripts import LATIN_LETTER, SCRIPT_LETTERS

if TYPE_CHECKING:
    from auditor.lexicons.schema import LanguageRow

# Codes with a pack module of their own: code → module.
PACKS: dict[str, str] = {
    "ja": "auditor.languages.ja",
    "en": "auditor.languages.en",
    "zh": "auditor.languages.zh",
}


class UnknownLanguage(ValueError):
    """A language code that names no language auditor knows."""


@dataclass(frozen=True)
class LanguagePack:
    code: str
    name: str
    # The characters the language's own words are written with (the inside of a regex class).
    letters: str = LATIN_LETTER
    # Whether words are separated by spaces: MQM then counts words, else characters; TER needs asian_support.
    spaced: bool = True
    # Its own sentence terminators and bracket pairs (opening, closing), on top of the ASCII ones every text may hold:
    # Japanese ends sentences with 。！？ and quotes with 「」, inside which a terminator does not end the sentence.
    sentence_ends: str = "。！？"
    brackets: str = "「」『』（）【】"
    # Legacy encodings its files come in, tried after UTF-8 and before generic detection.
    legacy_codecs: tuple[str, ...] = ()
    # sacrebleu's BLEU tokenizers for it: (metric name, tokenizer); the first one also segments for chrF++.
    bleu: tuple[tuple[str, str], ...] = (("BLEU", "13a"),)
    # "module:function" names, resolved on first use:
    numbers: str | None = None  # (text, lexicon, units=) -> list[Mention]: every number mention with its value
    number_form: str | None = None  # (value: float, comma: bool) -> str: a value as the language's news writes it
    date_form: str | None = None  # (date, like) -> str: a (year, month, day) date written with the parts of ``like``
    skeleton: str | None = None  # (name) -> str: consonant skeleton, to match names across scripts

    def function(self, field: str) -> Callable[..., Any] | None:
        """The function a ``"module:function"`` field names, imported now; None when the pack has none."""
        spec = getattr(self, field)
        if spec is None:
            return None
        module, _, name = spec.partition(":")
        return getattr(import_module(module), name)


@cache
def get_pack(code: str) -> LanguagePack:
    """The pack of ``code`` (``ja``, ``en-US`` → ``en``); a generic one for a known language without a module.

    Raises UnknownLanguage for a code that names no language (see ``known_languages``)."""
    base = base_code(code)
    module = PACKS.get(base)
    if module is not None:
        pack: LanguagePack = import_module(module).PACK
        return pack
    row = _language_rows().get(base)
    if row is None:
        if base == "und":
            return LanguagePack("und", "an undetermined language")
        raise UnknownLanguage(f"unknown language {code!r}; known: {', '.join(sorted(known_languages()))}")
    letters = "".join(dict.fromkeys(SCRIPT_LETTERS[script] for script in row.script)) or LATIN_LETTER
    return LanguagePack(base, row.name, letters=letters)


def base_code(code: str) -> str:
    """The primary language subtag, lower-cased: ``ja-JP`` → ``ja``."""
    return code.strip().replace("_", "-").split("-")[0].lower()


@cache
def _language_rows() -> dict[str, LanguageRow]:
    from auditor.lexicons import COMMON, get_lexicon
    from auditor.lexicons.schema import LanguageRow

    return {row.code: row for row in get_lexicon(COMMON).table(LanguageRow)}


def known_languages() -> frozenset[str]:
    """The codes auditor accepts: every language of ``common/languages.tsv``, every pack, and ``und``."""
    return frozenset(_language_rows()) | frozenset(PACKS) | {"und"}


def check_language(code: str) -> str:
    """``code`` as its base code when auditor knows the language; else UnknownLanguage."""
    get_pack(code)
    return base_code(code)


def all_legacy_codecs() -> tuple[str, ...]:
    """Every pack's legacy encodings: what a file of an unnamed language may be in."""
    return tuple(dict.fromkeys(codec for code in PACKS for codec in get_pack(code).legacy_codecs))

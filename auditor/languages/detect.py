"""Which language a whole text is in: for a source article given without ``--source-lang``.

Script first (kana means Japanese, Hangul Korean, Han without kana Chinese, Cyrillic
Russian), then lingua among the Latin-script languages of ``languages.tsv``. A text too
short or too mixed to tell is reported as ``und`` (undetermined), never guessed.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache

from auditor.document import UNDETERMINED
from auditor.languages.scripts import CYRILLIC, HANGUL, KANA, KANJI
from auditor.lexicons import COMMON, get_lexicon
from auditor.lexicons.schema import LanguageRow

_SAMPLE = 5_000  # characters lingua reads: enough to tell, cheap for a 50 MB file
_SCRIPT_SAMPLE = 1_500  # characters whose scripts are counted: a kana share or a script majority shows at once


@cache
def _counts() -> dict[str, re.Pattern[str]]:
    """Each script's class. Compiled on first use: most articles are told Japanese by their kana alone, and the kanji
    and hangul classes cost ~3 ms to compile."""
    return {
        "kana": re.compile(f"[{KANA}]"),
        "kanji": re.compile(f"[{KANJI}]"),
        "hangul": re.compile(f"[{HANGUL}]"),
        "cyrillic": re.compile(f"[{CYRILLIC}]"),
        "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    }


@cache
def _at_least_kana(count: int) -> re.Pattern[str]:
    """Matches a text that holds ``count`` kana or more (possessive: linear when it fails)."""
    return re.compile(f"(?:[^{KANA}]*+[{KANA}]){{{count}}}")


@lru_cache(maxsize=1)
def _latin_detector() -> tuple[object, dict[str, str]]:
    from lingua import Language, LanguageDetectorBuilder

    codes = {row.lingua: row.code for row in get_lexicon(COMMON).table(LanguageRow) if row.lingua}
    languages = (getattr(Language, name) for name in codes)
    # Low-accuracy mode loads in ~50 ms instead of ~1.5 s, and whole articles are long enough for it.
    detector = LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
    return detector, codes


def detect_language(text: str) -> str:
    """An ISO 639-1 code (``en``, ``ja``…) for ``text``, or ``und``."""
    sample = text[:_SAMPLE]
    # Kana in at least 5 % of all characters (so of letters), and at least 3: Japanese. Most articles are, so this
    # is decided by a match that stops at the last kana it needs, not by counting every kana.
    if _at_least_kana(max(3, math.ceil(0.05 * min(len(sample), _SCRIPT_SAMPLE)))).match(sample, 0, _SCRIPT_SAMPLE):
        return "ja"
    counts = {name: len(pattern.findall(sample, 0, _SCRIPT_SAMPLE)) for name, pattern in _counts().items()}
    letters = sum(counts.values())
    if letters < 3:
        return UNDETERMINED
    if counts["kana"] >= 0.05 * letters:
        return "ja"
    if counts["hangul"] >= 0.3 * letters:
        return "ko"
    if counts["kanji"] >= 0.5 * letters:
        return "zh"
    if counts["cyrillic"] >= 0.5 * letters:
        return "ru"
    if counts["latin"] >= 0.5 * letters:
        detector, codes = _latin_detector()
        language = detector.detect_language_of(sample)  # type: ignore[attr-defined]
        return codes.get(language.name, UNDETERMINED) if language is not None else UNDETERMINED
    return UNDETERMINED

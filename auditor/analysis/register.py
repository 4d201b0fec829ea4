"""The register (文体) of a Japanese sentence, read from its final predicate.

Japanese prose is written either in the polite style (敬体: です/ます) or in the plain style (常体: だ/である
and the bare verb and adjective forms). The classifier reads only the end of each prose sentence: trailing
。！？!?… and a short (parenthesis) are set aside, then one sentence-final particle (ね, よ, か…), then the
longest ending listed in ``lexicons/ja/register.tsv`` decides. All of that is one regex, matched at the start of
the reversed tail of the sentence (so that the longest ending wins without scanning), built once per lexicon.

Shared by the register rule and the error injector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from auditor.languages.scripts import KANJI, KATAKANA
from auditor.lexicons import Lexicon, trie_pattern
from auditor.lexicons.schema import RegisterEndingRow

POLITE = "polite"
PLAIN = "plain"
REQUEST = "request"
NEUTRAL = "neutral"
PARTICLE = "particle"
NEITHER = "neither"  # what classify() says when no row matches, or a neutral row does

# Set aside before the particle, written reversed: terminators, wave dashes, and a short (parenthesis) such as
# (写真) or (共同). A closing 」 or 』 is NOT set aside: the sentence then ends in a quotation or a title, whose
# register is the speaker's, not the article's, so it counts as neither.
_END_MARKS = "。．.！!？?…‥〜～ー\\s"
_TRAIL_REVERSED = f"[{_END_MARKS}]*(?:[）)][^（）()\\n]{{0,30}}[（(][{_END_MARKS}]*)?"
# The word the ending belongs to (the excerpt starts there), reversed: its kana run, up to a noun + は/が/を
# (時間がかかる gives かかる, but するはずだ stays whole), then its kanji or katakana stem (決めた, 利用される) with
# one more okurigana + kanji (引き上げました; not a case particle: 円に上る gives 上る), then an honorific お/ご
# (ご覧ください). Matched right after the ending, and only for the sentences that get a finding.
_NOUN = f"{KANJI}{KATAKANA}A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_STEM_REVERSED = re.compile(
    f"(?:(?![はがを][{_NOUN}])[ぁ-ゖ]){{0,8}}"
    f"(?:[{KANJI}{KATAKANA}]{{1,6}}(?:(?![にをがはのへとでもや])[ぁ-ゖ][{KANJI}]{{1,3}})?[おご]?)?"
)
NOUN_CHAR = re.compile(f"[{_NOUN}]")


class Ending(NamedTuple):
    """The final predicate of one sentence, with offsets into the document text (a tuple: cheap to build)."""

    register: str  # polite | plain | request | neutral
    ending: str  # the matched row's ending, e.g. ました
    particle: str  # the sentence-final particle after it, e.g. か, or ""
    word_start: int  # start of the word the ending belongs to (the excerpt starts here)
    ending_start: int
    end: int  # end of the particle (or of the ending); the excerpt ends here


@dataclass(frozen=True, slots=True)
class Classifier:
    """The classifier built from register.tsv: one regex matched on the REVERSED text at a sentence's end.

    Group 1 is the particle, group 2 the ending. Capture groups are kept to these two, and the word before the
    ending is matched separately (_STEM_REVERSED): every extra group or step costs time on every sentence.
    """

    pattern: re.Pattern[str]
    registers: dict[str, str]  # REVERSED ending -> register
    others: dict[str, str]  # ending -> the same ending in the other register ("N:" prefix kept)


def _build(lexicon: Lexicon) -> Classifier:
    registers: dict[str, str] = {}
    others: dict[str, str] = {}
    particles: dict[str, None] = {}  # an ordered set
    for row in lexicon.table(RegisterEndingRow):
        ending, register = row.ending, row.register
        # A later row replaces an earlier one (a publication's config can reclassify an ending).
        registers.pop(ending, None)
        others.pop(ending, None)
        particles.pop(ending, None)
        if register == PARTICLE:
            particles[ending] = None
            continue
        registers[ending] = register
        if row.other:
            others[ending] = row.other
    endings = trie_pattern([ending[::-1] for ending in registers])
    particle = trie_pattern([word[::-1] for word in particles])
    pattern = re.compile(f"{_TRAIL_REVERSED}({particle})?({endings})")
    return Classifier(pattern, {ending[::-1]: register for ending, register in registers.items()}, others)


def classifier(lexicon: Lexicon) -> Classifier:
    """The classifier of ``lexicon``'s register table, built once per lexicon."""
    return lexicon.compiled(_build)


def ending_of(compiled: Classifier, match: re.Match[str]) -> Ending:
    """Offsets into the text from a match on the reversed text (reversed index i is text index size - i)."""
    size = len(match.string)
    particle_start = match.start(1)  # -1 when there is no particle
    ending_start, ending_end = size - match.end(2), size - match.start(2)
    return Ending(
        register=compiled.registers[match[2]],
        ending=match[2][::-1],
        particle=match[1][::-1] if particle_start >= 0 else "",
        word_start=size - _stem_end(match),
        ending_start=ending_start,
        end=size - particle_start if particle_start >= 0 else ending_end,
    )


def _stem_end(match: re.Match[str]) -> int:
    """Where the word before the ending starts, in the reversed text (the stem pattern matches empty too)."""
    stem = _STEM_REVERSED.match(match.string, match.end(), match.endpos)
    return stem.end() if stem is not None else match.end()


def final_predicate(text: str, start: int, end: int, lexicon: Lexicon) -> Ending | None:
    """The final predicate of the sentence ``text[start:end]``, or None when no row of register.tsv matches."""
    compiled = classifier(lexicon)
    size = len(text)
    match = compiled.pattern.match(text[::-1], size - end, size - start)
    return None if match is None else ending_of(compiled, match)


def classify(sentence: str, lexicon: Lexicon) -> str:
    """The register of one sentence: polite, plain, request, or neither (for tests and the CLI)."""
    found = final_predicate(sentence, 0, len(sentence), lexicon)
    if found is None or found.register == NEUTRAL:
        return NEITHER
    return found.register

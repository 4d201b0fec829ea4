"""Register rules: one article, one register (文体).

Japanese prose is written either in the polite style (敬体: です/ます) or in the plain style (常体: だ/である
and the bare verb and adjective forms). Machine translation often switches between them sentence by sentence,
which a Japanese reader notices at once.

The classifier reads only the end of each prose sentence: trailing 。！？!?… and a short (parenthesis) are set
aside, then one sentence-final particle (ね, よ, か…), then the longest ending listed in
``lexicons/ja/register.tsv`` decides. All of that is one regex, matched at the start of the reversed tail of
the sentence (so that the longest ending wins without scanning), built once per lexicon from the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from auditor.document import Document
from auditor.findings import Finding
from auditor.languages.scripts import KANJI, KATAKANA
from auditor.lexicons import Lexicon, LexiconError, trie_pattern
from auditor.rules.base import Context, Rule

POLITE = "polite"
PLAIN = "plain"
REQUEST = "request"
NEUTRAL = "neutral"
PARTICLE = "particle"
NEITHER = "neither"  # what classify() says when no row matches, or a neutral row does
_REGISTERS = frozenset({POLITE, PLAIN, REQUEST, NEUTRAL, PARTICLE})

_STYLE_NAME = {POLITE: "polite です/ます style", PLAIN: "plain だ/である style"}

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
_NOUN_CHAR = re.compile(f"[{_NOUN}]")


class Ending(NamedTuple):
    """The final predicate of one sentence, with offsets into the document text (a tuple: cheap to build)."""

    register: str  # polite | plain | request | neutral
    ending: str  # the matched row's ending, e.g. ました
    particle: str  # the sentence-final particle after it, e.g. か, or ""
    word_start: int  # start of the word the ending belongs to (the excerpt starts here)
    ending_start: int
    end: int  # end of the particle (or of the ending); the excerpt ends here


@dataclass(frozen=True, slots=True)
class _Compiled:
    """The classifier built from register.tsv: one regex matched on the REVERSED text at a sentence's end.

    Group 1 is the particle, group 2 the ending. Capture groups are kept to these two, and the word before the
    ending is matched separately (_STEM_REVERSED): every extra group or step costs time on every sentence.
    """

    pattern: re.Pattern[str]
    registers: dict[str, str]  # REVERSED ending -> register
    others: dict[str, str]  # ending -> the same ending in the other register ("N:" prefix kept)


def _build(lexicon: Lexicon) -> _Compiled:
    registers: dict[str, str] = {}
    others: dict[str, str] = {}
    particles: dict[str, None] = {}  # an ordered set
    for row in lexicon.table("register"):
        ending, register = row.get("ending", ""), row.get("register", "")
        if not ending:
            continue
        if register not in _REGISTERS:
            raise LexiconError(f"register.tsv: {ending!r} has register {register!r}, not one of {sorted(_REGISTERS)}")
        # A later row replaces an earlier one (a publication's config can reclassify an ending).
        registers.pop(ending, None)
        others.pop(ending, None)
        particles.pop(ending, None)
        if register == PARTICLE:
            particles[ending] = None
            continue
        registers[ending] = register
        if row.get("other"):
            others[ending] = row["other"]
    endings = trie_pattern([ending[::-1] for ending in registers])
    particle = trie_pattern([word[::-1] for word in particles])
    pattern = re.compile(f"{_TRAIL_REVERSED}({particle})?({endings})")
    return _Compiled(pattern, {ending[::-1]: register for ending, register in registers.items()}, others)


def _compiled(lexicon: Lexicon) -> _Compiled:
    return lexicon.memo("register.compiled", _build)


def _ending(compiled: _Compiled, match: re.Match[str]) -> Ending:
    """Offsets into the text from a match on the reversed text (reversed index i is text index size - i)."""
    size = len(match.string)
    particle_start = match.start(1)  # -1 when there is no particle
    ending_start, ending_end = size - match.end(2), size - match.start(2)
    return Ending(
        register=compiled.registers[match[2]],
        ending=match[2][::-1],
        particle=match[1][::-1] if particle_start >= 0 else "",
        word_start=size - _STEM_REVERSED.match(match.string, match.end(), match.endpos).end(),
        ending_start=ending_start,
        end=size - particle_start if particle_start >= 0 else ending_end,
    )


def final_predicate(text: str, start: int, end: int, lexicon: Lexicon) -> Ending | None:
    """The final predicate of the sentence ``text[start:end]``, or None when no row of register.tsv matches."""
    compiled = _compiled(lexicon)
    size = len(text)
    match = compiled.pattern.match(text[::-1], size - end, size - start)
    return None if match is None else _ending(compiled, match)


def classify(sentence: str, lexicon: Lexicon) -> str:
    """The register of one sentence: polite, plain, request, or neither (for tests and the CLI)."""
    found = final_predicate(sentence, 0, len(sentence), lexicon)
    if found is None or found.register == NEUTRAL:
        return NEITHER
    return found.register


def _suggestion(text: str, found: Ending, other: str) -> str:
    """The excerpt with its ending swapped to the other register, or "" when the swap is not safe."""
    if other.startswith("N:"):
        before = text[found.ending_start - 1] if found.ending_start > 0 else ""
        if not _NOUN_CHAR.match(before):
            return ""
        other = other[2:]
    if other.endswith("だ") and found.particle.startswith("か"):
        return ""  # 問題ですか → 問題か, not 問題だか
    return text[found.word_start : found.ending_start] + other + found.particle


class MixedRegister(Rule):
    """Prose sentences of one article switch between the polite and the plain register.

    Each body sentence (not headings, list items, whole-sentence quotations or social embeds) is classified by
    its final predicate: polite (です, ます, でした, ません, でしょう…), plain (だ, である, た, ない, the dictionary
    forms of verbs, i-adjectives, 〜たい…) or neither (体言止め nominal endings, questions without a predicate,
    a closing quotation mark, requests such as ご覧ください, which plain-style news also uses). When both
    registers occur, every sentence of the less frequent one is reported: one finding per sentence, pointing at
    the final predicate (the word the ending belongs to, its ending and particle: 始まりました, 間違いだ,
    でしょうか), which is what the editor rewrites.

    Thresholds (deterministic): nothing is reported unless the majority register has at least ``min_majority``
    sentences (option, default 2: ``[tool.auditor.rules."register.mixed"] min_majority = 3``), so one sentence
    of each register is not enough evidence. On a tie, the register of the article's first classified sentence
    is kept and the other one is reported.

    Why it matters: a Japanese reader notices the switch at once, and it is one of the plainest signs of raw
    machine translation. Where we differ from textlint's no-mix-dearu-desumasu, deliberately: it counts only
    である as plain and so misses だ-form mixing entirely (this rule reads だ, た, ない and the dictionary forms
    too); it checks headings and list items as groups of their own (here they are left out); and it reports a
    1–1 article (here the ``min_majority`` threshold keeps quiet).

    The suggestion swaps the ending only where that is right whatever precedes it (でしょう ↔ だろう, のです ↔
    のだ, ています ↔ ている, a noun + だ ↔ です…); verb endings whose stem changes (ました → た) get none.
    """

    id = "register.mixed"
    category = "fluency/register"
    severity = "minor"
    summary = "Polite (です/ます) and plain (だ/である) sentences mixed in one article"
    languages = frozenset({"ja"})
    bad = "新製品は来月発売されます。価格は手頃だ。多くの店で扱われる予定です。"
    good = "新製品は来月発売されます。価格は手頃です。多くの店で扱われる予定です。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        compiled = _compiled(ctx.lexicon)
        registers = compiled.registers
        text = doc.text
        reversed_text = text[::-1]  # one reversal per article; each sentence is then one anchored match
        size = len(text)
        match_at = compiled.pattern.match
        polite: list[re.Match[str]] = []
        plain: list[re.Match[str]] = []
        first = ""
        for sentence in doc.body_sentences():
            # endpos keeps the match inside the sentence; the pattern reads only its last few dozen characters.
            match = match_at(reversed_text, size - sentence.end, size - sentence.start)
            if match is None:
                continue
            register = registers[match[2]]
            if register == POLITE:
                polite.append(match)
            elif register == PLAIN:
                plain.append(match)
            else:
                continue
            first = first or register
        if not polite or not plain:
            return
        # On a tie the article keeps the register it opened with.
        majority = first if len(polite) == len(plain) else POLITE if len(polite) > len(plain) else PLAIN
        kept, flagged = (polite, plain) if majority == POLITE else (plain, polite)
        if len(kept) < int(ctx.option("min_majority", 2)):
            return
        minority = PLAIN if majority == POLITE else POLITE
        if len(kept) > len(flagged):
            context = f"The article mostly uses the {_STYLE_NAME[majority]} ({len(kept)} sentences to {len(flagged)})"
        else:
            context = (
                f"The article uses the {_STYLE_NAME[majority]} and the {_STYLE_NAME[minority]} equally "
                f"({len(kept)} sentences each) and opens in the {_STYLE_NAME[majority]}"
            )
        for match in flagged:
            found = _ending(compiled, match)
            form = found.ending + found.particle
            message = f"{context}, but this sentence ends in the {minority} form '{form}'; rewrite it to match."
            other = compiled.others.get(found.ending, "")
            suggestion = _suggestion(text, found, other) if other else ""
            yield self.finding(doc, found.word_start, found.end, message, suggestion=suggestion)


RULES = (MixedRegister,)

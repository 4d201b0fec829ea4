"""Latin words whose space was lost: AppleID where the article also writes Apple ID.

A page assembled from links and inline markup loses the spaces between Latin words (iCloud + for Windows →
iCloudforWindows). The article itself is the evidence: the same words written with their spaces elsewhere. Only
joints that English never writes shut count: a lower-case letter against a lower-case word (iCloudfor) or against an
acronym (AppleID, WindowsPC). Brand casing (YouTube, PayPal: lower case against a capitalised word) and a single
capital (SpaceX) are left to terminology.spelling-variants.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from auditor.analysis.context import Analysis

# A run of Latin words joined by single spaces, not part of an address, a handle or a file name.
_LATIN_RUN = re.compile(r"[A-Za-z](?<![A-Za-z0-9@#/._\-].)[A-Za-z0-9]*(?: [A-Za-z][A-Za-z0-9]*)*(?![A-Za-z0-9@/_\-])")
_MAX_WORDS = 3  # a glued phrase of up to three words
# A joint that may be shut elsewhere: a lower-case letter, a space, a lower-case letter or two capitals. Most articles
# have none; the pattern starts with the space, which the engine finds fast (ten times faster than a class first).
_JOINT = re.compile(" (?<=[a-z] )(?:[a-z]|[A-Z][A-Z])")
_BEFORE_TOKEN = re.compile(r"[A-Za-z0-9@#/._\-]")
_AFTER_TOKEN = re.compile(r"[A-Za-z0-9@/_\-]")
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")


class GluedWords(NamedTuple):
    """A glued token at ``text[start:end]`` and the spaced phrase the article writes elsewhere."""

    start: int
    end: int
    spaced: str


def shut_joint(left: str, right: str) -> bool:
    """Whether English never writes ``left`` and ``right`` shut: a lower-case end against a lower-case word or an
    acronym (two capitals or more)."""
    if not left[-1:].islower():
        return False
    return right.islower() or (len(right) >= 2 and right.isalpha() and right.isupper())


def glued_phrases(phrase_words: list[str]) -> list[tuple[str, str]]:
    """(spaced, glued) for each run of two or three words of ``phrase_words`` with a joint English never shuts."""
    out = []
    for i in range(len(phrase_words) - 1):
        for j in range(i + 2, min(len(phrase_words), i + _MAX_WORDS) + 1):
            words = phrase_words[i:j]
            if any(shut_joint(words[k], words[k + 1]) for k in range(len(words) - 1)):
                out.append((" ".join(words), "".join(words)))
    return out


def glued_words(analysis: Analysis) -> tuple[GluedWords, ...]:
    """Latin tokens that are a spaced phrase of the same article written shut, in text order."""
    text = analysis.text
    if _JOINT.search(text) is None:
        return ()
    spaced_of: dict[str, str] = {}
    for match in _LATIN_RUN.finditer(text):
        if " " in match.group():
            for spaced, glued in glued_phrases(match.group().split(" ")):
                spaced_of.setdefault(glued, spaced)
    if not spaced_of:
        return ()
    out = []
    # A glued form is letters and digits only, so a whole token is a maximal run of them: one pass over the runs
    # with a look-up, not a search of the whole text per form.
    for match in _ALNUM_RUN.finditer(text):
        phrase = spaced_of.get(match.group())
        if phrase is None:
            continue
        start, end = match.span()
        whole = not (start and _BEFORE_TOKEN.match(text, start - 1)) and not _AFTER_TOKEN.match(text, end)
        if whole and not analysis.in_literal(start, end) and not analysis.in_embed(start, end):
            out.append(GluedWords(start, end, phrase))
    return tuple(out)

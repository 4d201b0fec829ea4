"""One compound written two ways in one article: with a loanword, and with that loanword's translation.

Machine translation renders each sentence on its own: where one sentence keeps a word of a name or a term as the
katakana loanword (オープンAI, タイムスタンプ), another translates the same word by its meaning (開けるAI,
時間スタンプ). The part the two forms share (AI, スタンプ) shows they are one compound, and the dictionary shows that
the translated word renders the English word the loanword transliterates.

Resources, not lists of examples: ``loan_sources.tsv`` (katakana loanwords → the English words they transliterate)
and ``word_renderings.tsv`` (English words → their common Japanese renderings), both derived from JMdict.

A compound here is a katakana loanword glued to either one or two Latin capitals or digits that start with a
capital (オープンAI, スペースX: the shared part of a name) or a second katakana loanword (タイム|スタンプ: both
halves must be loanwords the table knows, and the second must stand as a word of its own elsewhere, where the
translated form leaves it: 時間|スタンプ). A loanword the table lacks is not read (ウェイト: JMdict's loan for
"weight", which the consonant skeleton of its spelling does not match), so ウェイトクラス / 体重クラス is missed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.analysis.scripts import katakana_words
from auditor.lexicons.schema import LoanSourceRow, WordRenderingRow

if TYPE_CHECKING:
    from auditor.analysis.context import Analysis
    from auditor.lexicons import Lexicon

_KATAKANA = "\u30a1-\u30fa\u30fc"
_LATIN_TAIL = re.compile("[A-Z][A-Z0-9]?$")  # the Latin part a katakana word may end in (オープンAI, スペースX)
_KATAKANA_CHAR = re.compile(f"[{_KATAKANA}]")
_WORD_CHAR = re.compile(f"[{_KATAKANA}A-Za-z0-9]")
_MIN_PART = 2  # characters of each katakana half (タイム|スタンプ); a one-letter half is no word
_LATIN_TAIL_ENDS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # the last character of a Latin part
# Compounds looked for elsewhere in one text, in the order of their words: each costs walks over the whole text, so
# a bound keeps a hostile text linear (32,000 invented compounds: 9 s for 730 KB without it). Real articles hold few:
# none in 600 WMT24 news articles, at most 2 on the dev pages.
_MAX_COMPOUNDS = 64
_MIN_RENDERING = 2  # characters of a translated word: one kanji alone is mostly part of a longer word


@dataclass(frozen=True)
class Doublet:
    """One compound written as ``loan + rest`` at ``loan_starts`` and as ``rendering + rest`` at ``rendering_starts``
    (each a whole word there), where ``rendering`` translates ``word``, the English word ``loan`` transliterates;
    ``latin`` when ``rest`` is a Latin word (the shared part of a name)."""

    loan: str
    rendering: str
    rest: str
    word: str
    latin: bool
    loan_starts: tuple[int, ...]
    rendering_starts: tuple[int, ...]


def loan_doublets(analysis: Analysis) -> tuple[Doublet, ...]:
    """Every compound the article writes both with a loanword and with its translation, in order of first use.

    Cost: the article's katakana words (``katakana_words``, shared with terminology.spelling-variants), each tried
    against the loanwords among them that it may end in (one dict look-up); then, for at most ``_MAX_COMPOUNDS``
    compounds, one
    ``str.find`` walk per distinct second part, over the places where it follows no katakana, each compared with
    the renderings by ``str.endswith``."""
    text = analysis.text
    lexicon = analysis.lexicon
    if not (lexicon.has_table(LoanSourceRow) and lexicon.has_table(WordRenderingRow)):
        return ()
    loans = lexicon.keys_by(LoanSourceRow, "loan")  # every loanword of the table, read once per lexicon
    words = katakana_words(analysis)
    # A translated form leaves its second loanword a katakana word of its own (時間|スタンプ): the article's words
    # that are loanwords, by their last characters, are the only second parts a compound can end in (not one with a
    # Latin tail: a word that ends in it is read as a Latin compound only).
    rests: dict[str, list[str]] = {}
    for word in filter(loans.__contains__, words):
        if len(word) >= _MIN_PART and word[-1] not in _LATIN_TAIL_ENDS:
            rests.setdefault(word[-_MIN_PART:], []).append(word)
    compounds: dict[tuple[str, str], bool] = {}  # (loan, rest) → whether rest is Latin
    for word in words:
        ending = rests.get(word[-_MIN_PART:])
        if ending is None:  # most words; a word with a Latin tail is among them
            if word[-1] in _LATIN_TAIL_ENDS:
                tail = _LATIN_TAIL.search(word)
                if tail is not None and tail.start() >= _MIN_PART and word[: tail.start()] in loans:
                    compounds[word[: tail.start()], tail.group()] = True
            continue
        for rest in ending:
            split = len(word) - len(rest)
            if split >= _MIN_PART and word.endswith(rest) and word[:split] in loans:
                compounds[word[:split], rest] = False
        if len(compounds) >= _MAX_COMPOUNDS:
            break
    if not compounds:
        return ()
    after_other: dict[str, list[int]] = {}  # rest → where it stands after anything but katakana
    found: dict[tuple[str, str, str], Doublet] = {}
    for (loan, rest), latin in compounds.items():
        places = after_other.get(rest)
        if places is None:
            places = after_other[rest] = [at for at in _uses(text, rest, 1) if at]  # _uses: no katakana before
        if not places:
            continue
        for word in _sources(lexicon, loan):
            for row in lexicon.lookup(WordRenderingRow, word):
                for rendering in row.renderings:
                    if len(rendering) < _MIN_RENDERING or (loan, rendering, rest) in found:
                        continue
                    starts = tuple(
                        at - len(rendering)
                        for at in places
                        if text.endswith(rendering, 0, at) and not _after_katakana(text, at - len(rendering))
                    )
                    if starts:
                        loaned = _uses(text, loan + rest, len(loan))
                        if loaned:
                            found[loan, rendering, rest] = Doublet(loan, rendering, rest, word, latin, loaned, starts)
    return tuple(sorted(found.values(), key=lambda doublet: min(doublet.loan_starts + doublet.rendering_starts)))


def _sources(lexicon: Lexicon, loan: str) -> tuple[str, ...]:
    """The English words the katakana ``loan`` transliterates (loan_sources.tsv), or none."""
    rows = lexicon.lookup(LoanSourceRow, loan)
    return rows[0].words if rows else ()


def _after_katakana(text: str, at: int) -> bool:
    return bool(_KATAKANA_CHAR.match(text[at - 1 : at]))


def _uses(text: str, compound: str, first: int) -> tuple[int, ...]:
    """Where ``compound`` stands in ``text`` as a whole word: its first part (``first`` characters) not glued to a
    katakana word before it, nor its end to one after it (スペースXYZ is another name)."""
    found = []
    at = text.find(compound)
    while at >= 0:
        end = at + len(compound)
        after = text[end : end + 1]
        if not _after_katakana(text, at) and not _WORD_CHAR.match(after):
            found.append(at)
        at = text.find(compound, at + max(first, 1))
    return tuple(found)

"""The name-literal index, built the fast way, holds what the plain definitions of its parts say."""

from __future__ import annotations

import random
import re
import time

from auditor.analysis import name_literals
from auditor.lexicons import Lexicon, trie_pattern
from auditor.lexicons.schema import NameSlotRow


def _index() -> name_literals.LiteralIndex:
    return name_literals.literal_index(Lexicon("ja"))


def _lengths(literals: list[str], first: bool) -> dict[str, tuple[int, ...]]:
    found: dict[str, set[int]] = {}
    for literal in literals:
        if len(literal) > 1:
            found.setdefault(literal[:2] if first else literal[-2:], set()).add(len(literal))
    return {chars: tuple(sorted(lengths, reverse=True)) for chars, lengths in found.items()}


def test_first_and_last_characters() -> None:
    index = _index()
    literals = list(index.candidates)
    assert index.starts2 == _lengths(literals, True)
    assert index.ends2 == _lengths(literals, False)
    assert index.last2 == {literal[-2:] for literal in literals if len(literal) > 1}
    assert index.singles == {literal for literal in literals if len(literal) == 1}
    partial = [literal for literal, found in index.candidates.items() if any(c.rest for c in found)]
    assert partial
    assert index.rest_starts2 == _lengths(partial, True)


def test_cues_that_end_a_longer_literal() -> None:
    index = _index()
    cues = {row.cue for row in Lexicon("ja").table(NameSlotRow) if row.slot in ("company-after", "place-after")}
    plain = {cue for cue in cues if any(len(lit) > len(cue) and lit.endswith(cue) for lit in index.candidates)}
    assert index.cue_ends == plain
    assert name_literals._ends_of_longer(["航空", "市", "湖"], ["統一航空", "航空", "塩湖市"]) == {"航空", "市"}


def test_company_names_looked_up_as_the_longest_match() -> None:
    index = _index()
    pattern = re.compile(trie_pattern(index.company_names))
    names = sorted(index.company_names)[:: max(1, len(index.company_names) // 200)]
    text = "、".join(f"{name}と{name}社" for name in names) + "とABCD"
    for at in range(len(text)):
        match = pattern.match(text, at)
        assert name_literals._company_at(index, text, at) == (match.group() if match else None)


def test_reviewed_literals_found_as_one_trie_finds_them() -> None:
    index = _index()
    assert index.reviewed is not None
    words = [w for w in index.candidates if any(c.brand is not None for c in index.candidates[w])]
    words = [w for w in words if index.reviewed.fullmatch(w)]
    assert any("\u3041" <= w[0] <= "\u309f" for w in words)  # りんご, こだま: hiragana too
    whole = re.compile(trie_pattern(words))
    pieces = [*words, *(word[1:] for word in words), *(word[:-1] for word in words), "は", "の", "社", "、"]
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert name_literals._reviewed_spans(text, index) == [m.span() for m in whole.finditer(text)], text


def test_chain_pattern_finds_what_a_trie_finds() -> None:
    """The leftmost word, the longest there, as trie_pattern's regex: the slots' cues in their two passes, and words
    that are prefixes of one another, end inside one another or hold regex syntax."""
    index = _index()
    made = ["社", "社員", "社長", "会社", "子会社", "子会社化", "株式会社", "a-b", "]x", "^", "\\d", "x]", "ab", "b"]
    for words in (*name_literals._halves(index.anchor_groups), made):
        chained = re.compile(name_literals._chain_pattern(words))
        whole = re.compile(trie_pattern(words))
        pieces = [*words, *(word[1:] for word in words), *(word[:-1] for word in words), "は", "の", "、"]
        rng = random.Random(11)
        for _ in range(2000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
            assert [m.span() for m in chained.finditer(text)] == [m.span() for m in whole.finditer(text)], text
    assert re.compile(name_literals._chain_pattern([])).search("社") is None


def test_a_run_of_possession_cues_in_katakana_is_walked_once() -> None:
    """The walk back over a name before a possession cue (りんごのティム・クックCEO) reads each character once: in a
    run of katakana cues (ユーザーユーザー…) every cue's walk once went back over all the cues before it."""
    index = _index()
    literal = next(
        word
        for word in sorted(index.candidates)
        if len(word) == 2 and all(c.brand is None for c in index.candidates[word]) and "一" <= word[0] <= "鿿"
    )
    for run in (1, 20_000):
        text = f"。{literal}の" + "ユーザー" * run + "だ。"
        began = time.process_time()
        spans = name_literals._candidate_spans(text, [(0, 1), (1, len(text))], index)
        assert time.process_time() - began < 5  # 80,000 characters: walked once per cue, it took most of a minute
        assert (1, 1 + len(literal)) in spans

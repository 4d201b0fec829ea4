"""The substring pre-check of find_embed_blocks: each embed pattern's required literal, read from its parse."""

from __future__ import annotations

from auditor.analysis.embeds import _required_literal, compile_patterns, find_embed_blocks
from auditor.document import Document
from auditor.lexicons import Lexicon, get_lexicon


def test_the_required_literal_is_the_longest_plain_run_every_match_holds() -> None:
    assert _required_literal(r"[(（]@[\w.]{1,30}[)）]") == "@"
    assert _required_literal(r"youtu\.be/[\w-]{6,}") == "youtu.be/"
    assert _required_literal(r"ab(cde)f") == "cde"  # a group is matched whole
    assert _required_literal(r"x(?:abc)?y") == "x"  # an optional part proves nothing
    assert _required_literal(r"q(?:abc|xbd)") == "q"  # nor does one branch
    assert _required_literal(r"(?i)watch on") is None  # any case: no exact literal
    assert _required_literal(r"[ab]+\d") is None


def test_every_shipped_pattern_has_a_needle() -> None:
    compiled = get_lexicon("ja").compiled(compile_patterns)
    assert compiled.needles
    assert "@" in compiled.needles


def test_a_pattern_without_a_literal_turns_the_pre_check_off() -> None:
    extra = {"embeds": [{"platform": "x", "kind": "link", "pattern": r"[#＃]\d{3,}"}]}
    lexicon = Lexicon("ja", extra)
    assert lexicon.compiled(compile_patterns).needles is None
    doc = Document("本文です。\n#12345\n", lang="ja")
    assert find_embed_blocks(doc, lexicon) == find_embed_blocks(doc, lexicon)  # scanned, no error


def test_text_without_any_needle_has_no_embed() -> None:
    doc = Document("会社は新製品を発表した。価格は未定だという。", lang="ja")
    assert find_embed_blocks(doc) == []


def test_the_needles_in_ascii_are_looked_for_among_the_ascii_characters() -> None:
    compiled = get_lexicon("ja").compiled(compile_patterns)
    assert compiled.ascii_needles is not None
    assert compiled.holds_needle("写真はこちら。pic.twitter.com/abc 以上。")
    assert compiled.holds_needle("投稿は♬の曲で始まる。")  # a needle outside ASCII, looked for in the text
    assert not compiled.holds_needle("会社は新製品を発表した。価格は未定だという。")
    # Pieces of ASCII that meet once the other characters are dropped pass the test: the scanner then finds nothing.
    text = "記号はt.です。co/は別の語だ。"
    assert compiled.holds_needle(text)
    assert find_embed_blocks(Document(text, lang="ja")) == []

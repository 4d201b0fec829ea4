"""auditor.analysis.morph: MeCab's words with exact offsets, whatever the text holds."""

from __future__ import annotations

from auditor.analysis.morph import entries, kana_ended_words, tokens


def test_words_with_offsets_parts_of_speech_and_dictionary_forms() -> None:
    text = "りんごは 本日、新型端末を転がした。"
    words = tokens(text)
    assert [(w.surface, text[w.start : w.end]) for w in words] == [(w.surface, w.surface) for w in words]
    first = words[0]
    assert (first.surface, first.pos, first.pos1, first.noun) == ("りんご", "名詞", "一般", True)
    assert words[1].particle and words[1].surface == "は"
    assert words[2].start == 5  # the space is skipped, the offset counts it
    assert any(w.base == "転がす" and w.surface == "転がし" for w in words)


def test_unknown_words_are_marked() -> None:
    words = {w.surface: w for w in tokens("井戸ファーゴは提訴された。")}
    assert words["井戸"].known and not words["ファーゴ"].known


def test_a_nul_or_a_lone_surrogate_keeps_every_offset() -> None:
    text = "りんご\ud800は\x00本日発表した。"
    words = tokens(text)
    assert words[0].surface == "りんご" and words[0].end == 3
    assert [(w.start, w.end) for w in words if w.surface == "本日"] == [(6, 8)]


def test_words_with_kana_endings_by_their_dictionary_forms() -> None:
    text = "状況は厳しく、同社は価格を引き上げた。主要な強みは低価格だ。"
    found = kana_ended_words(text)
    assert found == ((3, 6, "厳しい"), (13, 17, "引き上げる"), (22, 24, "強み"))
    assert [text[start:end] for start, end, _ in found] == ["厳しく", "引き上げ", "強み"]
    # Kanji words (状況, 価格) and words written in kana alone are not among them; offsets survive a NUL.
    assert kana_ended_words("価格は\x00高い。") == ((4, 6, "高い"),)


def test_entries_are_every_reading_the_dictionary_holds_not_mecabs_choice() -> None:
    # In a sentence MeCab picks one entry; the dictionary holds 隼人 as a given name and a place.
    assert ("名詞", "固有名詞", "人名", "名") in entries("隼人")
    assert ("名詞", "固有名詞", "地域", "一般") in entries("隼人")
    assert ("名詞", "一般", "*", "*") in entries("誠")  # a common word too
    assert entries("隼人西岡") == frozenset()  # no entry spelled so: MeCab's guesses for unknown words are none

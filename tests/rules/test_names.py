"""entity.translated-name: one name written as it sounds in one place and word for word in another (valid and
invalid sentences side by side, with exact spans and suggestions). The sentences are written for these tests."""

from __future__ import annotations

import pytest

import auditor

RULE = "entity.translated-name"


def _found(text: str) -> list[tuple[int, int, str, str]]:
    report = auditor.audit(text, lang="ja")
    return [(f.start, f.end, f.excerpt, f.suggestion) for f in report.findings if f.rule == RULE]


INVALID = [
    # a name of one word fused to its head noun, translated with and without の
    ("町は「ブリッジ火災」の被害を受けた。橋火災は三日続いた。", "橋火災", "ブリッジ火災"),
    ("町は「ブリッジ火災」の被害を受けた。\n\n橋の火災\n\n消防が出動した。", "橋の火災", "ブリッジ火災"),
    # a title of several words, a verb in its た-form, a function word (イン) dropped
    (
        "監督の「ロスト・イン・トランスレーション」は評価が高い。「失われた翻訳」は今も上映される。",
        "失われた翻訳",
        "ロスト・イン・トランスレーション",
    ),
]


@pytest.mark.parametrize(("text", "excerpt", "suggestion"), INVALID)
def test_a_name_translated_word_for_word_is_found(text: str, excerpt: str, suggestion: str) -> None:
    start = text.index(excerpt)
    assert _found(text) == [(start, start + len(excerpt), excerpt, suggestion)]


VALID = [
    # the name written the same way everywhere
    "町は「ブリッジ火災」の被害を受けた。ブリッジ火災は三日続いた。",
    # one common word alone: a bridge is a bridge
    "新しいブリッジが完成した。橋は長さ300メートルだ。",
    # a name of one word without a head noun
    "ロストが話題になった。行方不明の犬が見つかった。",
    # the translation as a gloss in brackets beside the katakana form
    "「ロスト・イン・トランスレーション（失われた翻訳）」が公開された。",
    # a katakana word IPAdic does not know (a name) whose sound fits two English words equally (region, origin)
    "ウェスト・ロジアン州の町で祭りが開かれた。西部地域は週末まで晴れる見込みだ。",
    # the rendering inside a longer kanji word
    "町は「ブリッジ火災」の被害を受けた。鉄橋火災は別の町で起きた。",
]


@pytest.mark.parametrize("text", VALID)
def test_names_written_one_way_or_common_words_stay_quiet(text: str) -> None:
    assert _found(text) == []

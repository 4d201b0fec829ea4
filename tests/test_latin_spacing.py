"""whitespace.japanese-latin and the boundaries it counts (auditor.analysis.latin_spacing): texts written for these
tests, the ones it must report and the ones it must leave alone, with exact offsets."""

from __future__ import annotations

import pytest

import auditor
from auditor.analysis.context import Analysis
from auditor.analysis.latin_spacing import glued_boundaries, spaced_boundaries
from auditor.analysis.style import learn, learn_latin_spacing
from auditor.config import ConfigError, settings_from_mapping
from auditor.document import Document

RULE = "whitespace.japanese-latin"
# Glued twice (Appleの, Googleも), spaced twice around one word (新しい iPhone を).
MIXED = "Appleの新製品が出た。Googleも対抗する。新しい iPhone を買った。"
# The same boundaries, all spaced.
SPACED = "Apple の新製品が出た。Google も対抗する。新しい iPhone を買った。"
# Glued throughout.
GLUED = "Appleの新製品が出た。Googleも対抗する。新しいiPhoneを買った。Pixelの新型は未定だ。"


def found(text: str, mixed: bool = True, **style: str) -> list[tuple[int, int, str, str]]:
    """The rule's findings, with a mix reported (its option ``mixed``) unless told otherwise."""
    settings = settings_from_mapping({"style": style, "rules": {RULE: {"mixed": mixed}}})
    report = auditor.audit(text, lang="ja", settings=settings)
    return [(f.start, f.end, f.excerpt, f.suggestion) for f in report.findings if f.rule == RULE]


def counts(text: str) -> tuple[int, int]:
    analysis = Analysis(Document(text, lang="ja"))
    return len(spaced_boundaries(analysis)), glued_boundaries(analysis)


def test_a_mixed_article_gets_its_spaced_word_reported() -> None:
    start = MIXED.index(" iPhone ")
    assert found(MIXED) == [(start, start + 8, " iPhone ", "iPhone")]
    assert counts(MIXED) == (2, 2)


def test_a_mix_is_reported_by_default_only_under_a_house_style() -> None:
    assert found(MIXED, mixed=False) == []  # measured too often wrong without a configured style
    start = MIXED.index(" iPhone ")
    assert found(MIXED, mixed=False, latin_spacing="none") == [(start, start + 8, " iPhone ", "iPhone")]


def test_the_spaced_minority_of_a_mostly_glued_article_is_reported_by_default() -> None:
    text = "Appleの新製品が出た。Googleも対抗する。Pixelの新型は未定だ。新しい iPhone を買った。"
    assert counts(text) == (2, 3)
    start = text.index(" iPhone ")
    assert found(text, mixed=False) == [(start, start + 8, " iPhone ", "iPhone")]
    settings = settings_from_mapping({"rules": {RULE: {"minority": False}}})
    assert [f for f in auditor.audit(text, lang="ja", settings=settings).findings if f.rule == RULE] == []
    # Spaced as often as glued or more (MIXED: two and two): the article's own style unless ``mixed`` is on.
    assert found(MIXED, mixed=False) == []


@pytest.mark.parametrize("text", [SPACED, MIXED.replace(" iPhone ", "iPhone")], ids=["spaced", "glued"])
def test_an_article_consistent_either_way_is_quiet(text: str) -> None:
    assert found(text) == []


def test_one_stray_space_is_left_alone_unless_the_house_style_says_none() -> None:
    assert counts(GLUED) == (0, 5)  # 。G and 。P: beside punctuation, no choice
    text = GLUED.replace("新しいiPhoneを", "新しい iPhoneを")
    assert counts(text) == (1, 4)
    assert found(text) == []  # one spaced boundary among glued ones: a slip
    start = text.index(" iPhone")
    assert found(text, latin_spacing="none") == [(start, start + 7, " iPhone", "iPhone")]


def test_a_house_style_of_spacing_keeps_the_rule_quiet() -> None:
    assert found(MIXED, latin_spacing="space") == []
    assert found(MIXED, latin_spacing="consistent") == found(MIXED)


@pytest.mark.parametrize(
    "text",
    [
        "2025 年に発売した。",  # a figure with its counter: whitespace.numeral-spacing's
        "詳細は @abc の投稿で、#tag も見てほしい。",  # a handle and a tag
        "詳細は https://example.com/a を見る。",  # a URL
        "価格\t100 円\nA\t新型 B",  # a table line
        "1 名前:山田\n2 名前:佐藤",  # list markers that open their lines
        "彼は Game Pass で遊んだ。",  # a phrase of two words: a name set apart
        "入門書 A to Z を読む。",  # a phrase of three tokens
        "写真 1\n駅前の様子。\n写真 2\n",  # numbered captions: the number alone closes its line
        "2024-05 新製品を発表",  # an ISO date: a dateline
        "新作『夜の森 Night Forest』が出た。",  # a title in 『』
        "这是 Apple 的新产品",  # a line of Chinese: no kana
    ],
)
def test_boundaries_that_show_no_choice_are_not_counted(text: str) -> None:
    assert counts(text)[0] == 0


def test_figures_are_counted_neither_way() -> None:
    assert counts("2025年にXboxの新型を出す。") == (0, 2)
    assert counts("約 10 年ごとに Xbox が変わる。") == (2, 0)


def test_the_style_dimension_is_checked() -> None:
    assert settings_from_mapping({"style": {"latin_spacing": "none"}}).style == {"latin_spacing": "none"}
    with pytest.raises(ConfigError, match=r"latin_spacing = 'sometimes'.*use one of none, space, consistent"):
        settings_from_mapping({"style": {"latin_spacing": "sometimes"}})


def analyses(text: str, count: int) -> list[Analysis]:
    return [Analysis(Document(text.replace("出た", f"{n}日に出た"), lang="ja")) for n in range(1, count + 1)]


def test_style_learn_learns_the_spacing_a_corpus_writes() -> None:
    spaced = learn_latin_spacing(analyses(SPACED * 3, 6))
    assert spaced.value == "space" and spaced.counts == {"space": 6 * 3 * 4}
    glued = learn_latin_spacing(analyses(MIXED.replace(" iPhone ", "iPhone") * 3, 6))
    assert glued.value == "none" and glued.articles["none"] == 6
    mixed = learn_latin_spacing(analyses(MIXED, 6))
    assert mixed.value is None and "mixed" in mixed.reason
    assert 'latin_spacing = "space"' in learn(analyses(SPACED * 3, 6)).to_toml("test")

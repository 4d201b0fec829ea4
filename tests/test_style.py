"""House style: consistency by default, a configured or learned style when there is one (`auditor style learn`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import auditor
from auditor.analysis.style import WidthCounts, check_style, expected_width, width_counts
from auditor.config import ConfigError, Settings, load_settings, settings_from_mapping

# A publication's own edited articles: full-width brackets, テスラ, plain register. Written for this test.
CORPUS = [
    "テスラ（米国）は{n}日、新型車を発表した。テスラの株価（終値）は上昇した。価格（税込み）は未定だ。"
    "投資家は新工場（上海）の稼働に注目している。テスラ（Tesla）の販売台数（速報）も伸びた。",
    "電気自動車大手のテスラ（本社・テキサス州）は{n}日、充電網（急速）を広げると明らかにした。"
    "テスラの担当者（広報）は、来年までに倍増させると述べた。",
]
# An article consistent with itself in the other choices: half-width brackets and Tesla throughout.
ARTICLE = "Teslaは新型車を発表した(米国)。Teslaの株価は上昇した(終値)。販売(速報)も伸びた。"


def write_corpus(folder: Path, count: int = 6) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"article-{n}.txt").write_text(CORPUS[n % 2].format(n=n + 1), encoding="utf-8")
    return folder


def learn(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "auditor.cli", "style", "learn", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd)


def rules_on(text: str, settings: Settings | None = None) -> list[tuple[str, str]]:
    return [(f.rule, f.excerpt) for f in auditor.audit(text, lang="ja", settings=settings).findings]


def test_a_consistent_article_is_quiet_without_a_style() -> None:
    assert rules_on(ARTICLE) == []


def test_a_learned_style_flags_what_contradicts_it(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    config = tmp_path / "auditor.toml"
    result = learn(corpus, "-o", config, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "brackets: full (full in 100%" in result.stderr and "Tesla: テスラ" in result.stderr
    settings = load_settings(config)
    assert settings.style["brackets"] == "full" and settings.style["register"] == "plain"
    found = rules_on(ARTICLE, settings)
    assert ("punctuation.half-width", "(米国)") in found and ("terminology.house-spelling", "Tesla") in found
    assert {rule for rule, _ in found} == {"punctuation.half-width", "terminology.house-spelling"}
    polite = "テスラ（米国）は新型車を発表しました。株価（終値）は上昇しました。"
    assert [excerpt for rule, excerpt in rules_on(polite, settings) if rule == "register.mixed"] == [
        "発表しました",
        "上昇しました",
    ]
    assert rules_on(polite) == []  # consistent, and no style


def test_a_corpus_too_small_or_too_mixed_teaches_nothing(tmp_path: Path) -> None:
    small = write_corpus(tmp_path / "small", count=1)
    result = learn(small, cwd=tmp_path)
    assert result.returncode == 1 and "nothing learned" in result.stderr and "too few uses" in result.stderr
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    for n in range(8):
        brackets = "（米国）（終値）（速報）" if n % 2 else "(米国)(終値)(速報)"
        (mixed / f"{n}.txt").write_text(f"テスラ{brackets}は発表した。" * 2, encoding="utf-8")
    result = learn(mixed, cwd=tmp_path)
    assert "brackets: not learned (mixed (half 50%, full 50%" in result.stderr


def test_a_table_of_articles_is_a_corpus_too(tmp_path: Path) -> None:
    rows = [{"id": str(n), "text": CORPUS[n % 2].format(n=n)} for n in range(6)]
    table = tmp_path / "articles.jsonl"
    table.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    result = learn(table, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert '[style]\nbrackets = "full"' in result.stdout and 'variant = "Tesla"' in result.stdout


def test_widths_are_counted_in_japanese_prose_only() -> None:
    counts = width_counts("価格(税込み)は?Model (3)とiOS: 12, 時刻10:30。本当？")
    assert counts["brackets"] == WidthCounts(1, 0) and counts["question"] == WidthCounts(1, 1)
    assert counts["colon"] == WidthCounts(0, 0)  # Latin on the left and a digit after; a time


@pytest.mark.parametrize(
    ("configured", "half", "full", "expected"),
    [
        ({}, 1, 3, "full"),
        ({}, 3, 1, "half"),
        ({}, 2, 2, "full"),  # mixing equally is no choice of half-width
        ({"brackets": "half"}, 0, 5, "half"),
        ({"brackets": "full"}, 5, 0, "full"),
    ],
)
def test_the_expected_width(configured: dict[str, str], half: int, full: int, expected: str) -> None:
    counts = {name: WidthCounts(0, 0) for name in ("question", "exclamation", "colon", "semicolon")}
    counts["brackets"] = WidthCounts(half, full)
    assert expected_width("brackets", configured, counts) == expected


def test_a_bad_style_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match="unknown style 'colour'"):
        settings_from_mapping({"style": {"colour": "full"}})
    with pytest.raises(ConfigError, match=r"style brackets = 'wide'.*use one of full, half, consistent"):
        settings_from_mapping({"style": {"brackets": "wide"}})
    with pytest.raises(ConfigError, match=r"\[style\] must be a table"):
        settings_from_mapping({"style": "full"})
    assert check_style({"register": "plain"}) == {"register": "plain"}


def test_learned_register_counts_the_sentences_the_register_rule_counts() -> None:
    from auditor.analysis.context import Analysis
    from auditor.analysis.style import learn_register
    from auditor.document import Document

    # Plain-style reports that quote a polite speaker and close with a copyright line: the quotation's sentences
    # and the footer are not the publication's register. Written for this test.
    article = (
        "市長は{n}日、新しい計画を発表した。\n"
        "市長は「来年から工事を始めます。皆さんの協力をお願いします。予算も確保しています。」と語った。\n"
        "計画の総額は約{n}0億円だ。\n"
        "無断転載を禁じます。\n"
    )
    analyses = [Analysis(Document(article.format(n=n), lang="ja")) for n in range(1, 7)]
    learned = learn_register(analyses)
    assert learned.counts == {"plain": 18}  # 発表した, 語った, 億円だ in each
    assert learned.articles["plain"] == 6 and not learned.articles["polite"]

"""The real machine-translated article of ../shared/seed, as an editor would read the report.

The article is read at run time (never copied into the project); the test skips where it is absent.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from auditor.audit import audit
from auditor.config import load_settings
from auditor.readers import read_path
from tests.conftest import shared_file

NEWS_STYLE = Path(__file__).resolve().parent.parent / "samples" / "auditor.toml"  # a news site's full-width marks


@pytest.fixture(scope="module")
def report():
    return audit(read_path(shared_file("seed/musk-industries-ja.txt")), settings=load_settings(NEWS_STYLE))


def found(report, rule: str) -> list[tuple[str, str]]:
    return [(f.excerpt, f.suggestion) for f in report.findings if f.rule == rule]


def test_every_leftover_the_editor_must_see(report):
    assert found(report, "entity.brand-literal") == [("りんご", "Apple")]
    assert found(report, "entity.ticker-prefix") == [("エース $TSLA", "$TSLA")]
    assert found(report, "handle.transliterated") == [("@エロンムスク", "@elonmusk")]
    embeds = [excerpt for excerpt, _ in found(report, "embed.flattened")]
    assert len(embeds) == 2
    assert embeds[0].endswith("(@Huddster2) 2026年1月30日") and "pic.twitter.com/" in embeds[0]
    assert embeds[1].endswith("(@JamesBraxxton) 2026年1月29日") and embeds[1].startswith("ニュース")
    assert found(report, "units.speed-as-distance") == [("155マイル", "時速155マイル")]
    assert [excerpt for excerpt, _ in found(report, "units.imperial")] == ["(155マイル)"]
    variants = Counter(found(report, "terminology.spelling-variants"))
    assert variants[("Xai", "xAI")] == 1 and variants[("XAi", "xAI")] == 1
    assert {suggestion for _, suggestion in variants} >= {"SpaceX", "テスラ", "スターリンク"}
    assert len(found(report, "register.mixed")) >= 20
    punctuation = {excerpt.strip() for excerpt, _ in found(report, "punctuation.half-width")}
    assert {"?", ":", "(新規株式公開)"} <= punctuation
    spaces = found(report, "whitespace.between-japanese")
    assert (" イーロン・マスク ", "イーロン・マスク") in spaces and ("、 り", "、り") in spaces


def test_and_little_else(report):
    quiet = {
        "language.untranslated",
        "units.conversion-mismatch",
        "handle.full-width",
        "handle.broken-url",
        "whitespace.doubled",
    }
    assert [f for f in report.findings if f.rule in quiet] == []
    assert report.errors == []
    # Nothing in the article's Latin names, handles of the embeds, times or ratios is flagged as punctuation.
    assert all("@" not in f.excerpt for f in report.findings if f.rule == "punctuation.half-width")


def test_offsets_are_exact(report):
    text = report.document.text
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.excerpt

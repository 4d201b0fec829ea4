from __future__ import annotations

from pathlib import Path

import pytest

import auditor
from auditor.config import ConfigError, Settings, find_config, load_settings, settings_for

BRAND_TEXT = "りんごは本日、新型iPhoneを発表した。"


def test_selection_most_specific_selector_wins():
    settings = Settings(select=("units.imperial",), ignore=("units",))
    assert settings.enabled("units.imperial")
    settings = Settings(select=("ALL",), ignore=("units",))
    assert not settings.enabled("units.imperial")
    assert settings.enabled("entity.brand-literal")


def test_pyproject_table_is_found_from_the_article_folder(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.auditor]\nignore = ["register"]\n[tool.auditor.severity]\n"entity.brand-literal" = "critical"\n',
        encoding="utf-8",
    )
    articles = tmp_path / "news" / "2026"
    articles.mkdir(parents=True)
    assert find_config(articles / "a.txt") == tmp_path / "pyproject.toml"
    settings = settings_for(articles / "a.txt")
    assert not settings.enabled("register.mixed")
    report = auditor.audit(BRAND_TEXT, settings=settings)
    assert [(f.rule, f.severity) for f in report.findings] == [("entity.brand-literal", "critical")]


def test_auditor_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text('[tool.auditor]\nignore = ["units"]\n', encoding="utf-8")
    (tmp_path / "auditor.toml").write_text('ignore = ["entity"]\n', encoding="utf-8")
    assert find_config(tmp_path) == tmp_path / "auditor.toml"


def test_publication_adds_a_brand_to_the_lexicon(tmp_path: Path):
    config = tmp_path / "auditor.toml"
    config.write_text(
        '[[lexicon.brands]]\nbrand = "Acme"\nliterals = ["極光"]\nproper = ["アクメ"]\nnote = "house list"\n',
        encoding="utf-8",
    )
    text = "極光社は本日、新製品を発表し、株価は3%上昇した。CEOのスミス氏が説明した。"
    without = auditor.audit(text)
    with_brand = auditor.audit(text, settings=load_settings(config))
    assert not [f for f in without.findings if f.rule == "entity.brand-literal"]
    assert [(f.excerpt, f.suggestion) for f in with_brand.findings if f.rule == "entity.brand-literal"] == [
        ("極光", "アクメ")
    ]


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        ('select = ["nosuchrule"]', "unknown rule or family 'nosuchrule'"),
        ('[severity]\n"entity.brand-literal" = "huge"', "severity 'huge'"),
        ("colour = 1", "unknown setting(s) colour"),
        ("select = [", "cannot read"),
        ('[rules."register.mixed"]\nmin_majorty = 3', "no option 'min_majorty' (its options: min_majority)"),
        ('[rules."register.mixed"]\nmin_majority = "3"', "option 'min_majority' expects int, got str '3'"),
        ('[rules."register.mixed"]\nmin_majority = true', "expects int, got bool True"),
        ('[rules."punctuation.half-width"]\nmarks = 3', "punctuation.half-width option 'marks' expects str"),
        ('[rules."punctuation.half-width"]\nmarks = "?x"', r"option 'marks' expects a value matching"),
        ('[rules."embed.flattened"]\nstrict = true', "embed.flattened has no option 'strict' (its options: none)"),
    ],
)
def test_bad_configuration_is_a_clear_error(tmp_path: Path, content: str, complaint: str):
    config = tmp_path / "auditor.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=complaint.replace("(", r"\(").replace(")", r"\)")):
        load_settings(config)


def test_publication_embed_pattern_counts_for_every_rule(tmp_path: Path):
    config = tmp_path / "auditor.toml"
    config.write_text(
        '[style]\nquestion = "full"\n[[lexicon.embeds]]\nplatform = "x"\nkind = "boilerplate"\npost = "above"\n'
        'pattern = "ＣＭＳ埋め込み投稿"\nnote = "our CMS leaves this line under a flattened post"\n',
        encoding="utf-8",
    )
    text = "本文です。本文の続きです。\n新型車を見た?最高だ\nＣＭＳ埋め込み投稿\n記事は続く。次の文だ。"
    plain = auditor.audit(text, settings=Settings(style={"question": "full"}))  # the same style, no embed row
    configured = auditor.audit(text, settings=load_settings(config))
    assert [f.rule for f in plain.findings if f.rule == "embed.flattened"] == []
    assert "punctuation.half-width" in {f.rule for f in plain.findings}
    rules = {f.rule for f in configured.findings}
    assert "embed.flattened" in rules and "punctuation.half-width" not in rules


def test_configured_options_reach_the_rule(tmp_path: Path):
    config = tmp_path / "auditor.toml"
    style = '[style]\ncolon = "full"\nquestion = "full"\nbrackets = "full"\n'
    config.write_text(style + '[rules."punctuation.half-width"]\nmarks = "?"\n', encoding="utf-8")
    text = "注:本当に来るのか?(未定)"
    styled = Settings(style={"colon": "full", "question": "full", "brackets": "full"})
    default = [f.excerpt for f in auditor.audit(text, settings=styled).findings if f.rule == "punctuation.half-width"]
    configured = auditor.audit(text, settings=load_settings(config)).findings
    assert default == [":", "?", "(未定)"]
    assert [f.excerpt for f in configured if f.rule == "punctuation.half-width"] == ["?"]

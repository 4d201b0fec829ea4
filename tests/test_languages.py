"""Language packs: the registry, what packs drive (encodings, metrics), and the generic rules on a target language
that is not Japanese. All text here is written for these tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import auditor
from auditor.document import Document, Pair
from auditor.languages import PACKS, UnknownLanguage, base_code, check_language, get_pack, known_languages
from auditor.lexicons import get_lexicon
from auditor.metrics import mqm_score, reference_scores
from auditor.readers import read_bytes
from auditor.rules import all_rules

# --- the registry -------------------------------------------------------------------------------------------------


def test_packs_are_found_by_code_and_tag() -> None:
    japanese = get_pack("ja-JP")
    assert (japanese.code, japanese.spaced, japanese.bleu[0]) == ("ja", False, ("BLEU", "ja-mecab"))
    assert get_pack("en_US") is get_pack("en") and get_pack("en").spaced
    assert base_code("zh-Hans-CN") == "zh" and not get_pack("zh").spaced


def test_a_known_language_without_a_module_gets_a_generic_pack() -> None:
    korean = get_pack("ko")
    assert (korean.name, korean.spaced, korean.numbers) == ("Korean", True, None)
    assert "\uac00" in korean.letters  # its script, from languages.tsv
    assert get_pack("de").name == "German" and "A-Z" in get_pack("de").letters


def test_an_unknown_code_is_refused_with_the_known_ones() -> None:
    with pytest.raises(UnknownLanguage, match=r"unknown language 'xx'; known: .*ja"):
        get_pack("xx")
    assert check_language("ja-JP") == "ja" and {"ja", "en", "zh", "de", "und"} <= known_languages()


def test_every_pack_module_resolves_its_functions() -> None:
    for code in PACKS:
        pack = get_pack(code)
        for field in ("numbers", "number_form", "skeleton"):
            function = pack.function(field)
            assert function is None or callable(function), (code, field)
    assert get_pack("ja").function("number_form")(5e11) == "5000億"  # type: ignore[misc]
    assert get_pack("ja").function("skeleton")("テスラ") == get_pack("en").function("skeleton")("Tesla")  # type: ignore[misc]


# --- what packs drive ---------------------------------------------------------------------------------------------

CHINESE = "新的工厂明年开始生产电动汽车，预计每年产量达到十万辆。"


@pytest.mark.parametrize("codec", ["gb18030", "big5"])
def test_a_chinese_file_in_a_legacy_encoding_is_read_by_the_chinese_pack(codec: str) -> None:
    text = CHINESE if codec == "gb18030" else "新的工廠明年開始生產電動汽車，預計每年產量達到十萬輛。"
    doc = read_bytes(text.encode(codec), "news.txt", lang="zh")
    assert (doc.text, doc.encoding) == (text, codec)


def test_a_japanese_file_of_unnamed_language_is_still_read() -> None:
    text = "新しい工場は来年から電気自動車を生産する。"
    assert read_bytes(text.encode("cp932"), "news.txt").text == text  # the first target language's codecs


def test_metrics_follow_the_pack() -> None:
    assert mqm_score([], "a b c", "de").unit == "words" and mqm_score([], "あいう", "ja").unit == "chars"
    names = [score.name for score in reference_scores("The plant opens.", "The plant opens.", "de").document]
    assert names[0] == "BLEU" and "BLEU-char" not in names


# --- the command line ---------------------------------------------------------------------------------------------


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "auditor.cli", *args], capture_output=True, text=True, cwd=cwd)


def test_the_cli_refuses_an_unknown_language_and_takes_a_known_one(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The plant opens next year.\n", encoding="utf-8")
    refused = cli("audit", str(article), "--lang", "xx", cwd=tmp_path)
    assert refused.returncode == 2 and "unknown language 'xx'" in refused.stderr
    assert cli("audit", str(article), "--lang", "de", cwd=tmp_path).returncode == 0


def test_rules_say_why_they_do_not_run_on_a_language(tmp_path: Path) -> None:
    listing = cli("rules", "--lang", "en", cwd=tmp_path).stdout
    assert "register.mixed  [fluency/register, minor, fix: unsafe, inactive: for ja only]" in listing
    assert "embed.flattened  [markup/embed, major, fix: none, active]" in listing


# --- the generic rules on an English target -----------------------------------------------------------------------

ENGLISH_SOURCE = (
    "アクメ・ロボティクスは火曜日、大阪に新しい工場を開くと発表した。\n"
    "同社のジェーン・ドウ最高経営責任者（@janedoe）は、計画を称賛した。\n"
    "工場では2027年から家庭用ロボットを生産する予定で、約300人を雇用するという。\n"
    "地元の商工会議所のトム・ブラウン会頭は、雇用の増加を歓迎すると述べた。\n"
)
ENGLISH_TARGET = (
    "Acme Robotics said on Tuesday that it would open a new factory in Osaka.\n"
    "The company's chief executive, Jane Doe (@jane_doe), praised the plan.\n"
    "Tom Brown, head of the local chamber of commerce, said he welcomed the new jobs.\n"
    "Shares of the company rose 5 percent in early trading in Tokyo on Wednesday.\n"
)


def rules_of(report: auditor.Report) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in report.findings:
        found.setdefault(finding.rule, []).append(finding.excerpt)
    return found


def test_target_only_generic_rules_run_on_english() -> None:
    text = (
        "Acme Robotics opened its new factory in Osaka on Tuesday.\n"
        "京都の工場は来年の春に閉鎖される予定だと同社は説明した。\n"
        "The chief exec\u200butive called it a proud day for the team.\n"
        "Proud day for the whole team! pic.twitter.com/AbCdEf1234\n"
        "— Jane Doe (@janedoe) March 3, 2026\n"
        "Production will start next spring.\n"
    )
    report = auditor.audit(text, lang="en")
    assert report.errors == []
    found = rules_of(report)
    assert found["language.untranslated"] == ["京都の工場は来年の春に閉鎖される予定だと同社は説明した。"]
    assert found["unicode.invisible"] == ["c\u200bu"]  # the invisible character with its neighbours
    assert len(found["embed.flattened"]) == 1 and "pic.twitter.com/AbCdEf1234" in found["embed.flattened"][0]
    assert not {"register.mixed", "punctuation.half-width", "whitespace.between-japanese"} & set(report.rules)


def test_an_english_sentence_in_a_german_article_is_untranslated() -> None:
    text = (
        "Das Unternehmen eröffnet im nächsten Jahr ein neues Werk in Osaka.\n"
        "The company said that the new plant would employ about three hundred people.\n"
        "Die Produktion soll im Frühjahr beginnen.\n"
    )
    found = rules_of(auditor.audit(text, lang="de"))
    assert found.get("language.untranslated") == [
        "The company said that the new plant would employ about three hundred people."
    ]
    german = text.replace(
        "The company said that the new plant would employ about three hundred people.",
        "Es werden rund dreihundert Menschen eingestellt.",
    )
    assert "language.untranslated" not in rules_of(auditor.audit(german, lang="de"))


def _pairs_by_line(source: str, target: str, links: list[tuple[int | None, int | None]]) -> list[Pair]:
    """Pairs as a bilingual file gives them: source line i ↔ target line j (None: that side is empty)."""

    def span(text: str, index: int | None, after: int | None) -> tuple[int, int]:
        starts = [0, *(i + 1 for i, char in enumerate(text) if char == "\n")]
        if index is None:  # an empty side sits where the missing line would be
            at = starts[after + 1] if after is not None and after + 1 < len(starts) else len(text)
            return at, at
        return starts[index], starts[index] + len(text.splitlines()[index])

    pairs, last_source, last_target = [], -1, -1
    for source_line, target_line in links:
        pairs.append(Pair(*span(source, source_line, last_source), *span(target, target_line, last_target)))
        last_source = source_line if source_line is not None else last_source
        last_target = target_line if target_line is not None else last_target
    return pairs


def test_cross_checks_run_on_an_english_target() -> None:
    links = [(0, 0), (1, 1), (2, None), (3, 2), (None, 3)]  # line 3 of the source dropped, line 4 of the target added
    doc = Document(ENGLISH_TARGET, lang="en").with_source(
        Document(ENGLISH_SOURCE, lang="ja"), _pairs_by_line(ENGLISH_SOURCE, ENGLISH_TARGET, links)
    )
    report = auditor.audit(doc)
    assert report.errors == []
    found = rules_of(report)
    assert found["source.address-altered"] == ["@jane_doe"]
    omissions = [f for f in report.findings if f.rule == "source.omission"]
    assert len(omissions) == 1 and omissions[0].src_start is not None
    assert ENGLISH_SOURCE[omissions[0].src_start : omissions[0].src_end].startswith("工場では2027年から")
    assert found["source.addition"] == ["Shares of the company rose 5 percent in early trading in Tokyo on Wednesday."]
    left = "地元の商工会議所のトム・ブラウン会頭は、雇用の増加を歓迎すると述べた。"
    copied = ENGLISH_TARGET.replace(ENGLISH_TARGET.splitlines()[2], left)
    copy_doc = Document(copied, lang="en").with_source(
        Document(ENGLISH_SOURCE, lang="ja"), _pairs_by_line(ENGLISH_SOURCE, copied, links)
    )
    assert rules_of(auditor.audit(copy_doc))["source.copied"] == [left]


def test_every_rule_that_claims_any_language_runs_on_english_without_error() -> None:
    english = get_lexicon("en")
    generic = {rule.id for rule in all_rules() if rule.languages is None and rule.available("en", english)}
    assert {"embed.flattened", "unicode.invisible", "language.untranslated", "source.omission"} <= generic
    report = auditor.audit(ENGLISH_TARGET, lang="en", source=ENGLISH_SOURCE, source_lang="ja")
    assert generic <= set(report.rules) and report.errors == []


def test_the_number_cross_check_runs_on_an_english_target() -> None:
    source = "アクメは2026年3月3日、5,000億円を投資すると発表した。"
    changed = "Acme said on March 3, 2026 that it would invest 50 billion yen."
    right = "Acme said on March 3, 2026 that it would invest 500 billion yen."
    found = [
        (f.excerpt, source[f.src_start : f.src_end])  # type: ignore[misc]
        for f in auditor.audit(changed, lang="en", source=source, source_lang="ja").findings
        if f.rule == "source.number-mismatch"
    ]
    assert found == [("50 billion yen", "5,000億円")]
    assert not [f for f in auditor.audit(right, lang="en", source=source).findings if f.rule.startswith("source.")]


def test_a_language_without_a_number_reader_does_not_run_the_number_check(tmp_path: Path) -> None:
    listing = cli("rules", "--lang", "ko", cwd=tmp_path).stdout
    state = "inactive: the ko language pack has no numbers"
    assert f"source.number-mismatch  [accuracy/number, major, fix: unsafe, {state}]" in listing

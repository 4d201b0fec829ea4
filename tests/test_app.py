"""The app, driven by streamlit's own test harness (AppTest): no browser, no server.

AppTest cannot read the bytes behind a download button (nor run the page's script), so the download
tests build the files with the same library calls the app makes, from the decisions the app keeps in
its session, and check those; tests/test_app_browser.py clicks and downloads in a real browser.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
import tomllib
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import auditor
from auditor.export import review_log_csv, to_csv, to_json
from auditor.fix import apply_fixes
from auditor.readers import MAX_BYTES
from auditor.review import finding_key
from auditor.view import filter_findings, filtered_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "tech-partnership-ja.txt"
SAMPLE_SOURCE = ROOT / "samples" / "tech-partnership-en.txt"
ARTICLE = "りんごは新型iPhoneを発表した。\n発売はいつか？店頭は？価格は未定です?\n"  # "?": the minority width
HOSTILE = (
    "りんごは新型ロボットを発表した。<script>alert('x')</script>\n"
    '写真は<img src=x onerror="alert(1)">にある。詳しくは[こちら](javascript:alert(2))と**太字**で。\n'
)
# Written for these tests: a polite article with six plain sentences (register.mixed six times) and stray spaces.
MIXED = (
    "".join(f"第{n}工場は来年に稼働します。" for n in range(1, 10))
    + "".join(f"第{n}倉庫は今年に完成した。" for n in range(1, 7))
    + "価格は 未定 です。"
)
TAG = re.compile(r"<[^>]+>")


@pytest.fixture
def audits(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every audit the app runs, by document id; the cache starts empty."""
    st.cache_data.clear()
    pipeline = sys.modules["auditor.audit"]
    calls: list[str] = []
    real = pipeline.audit_document

    def counted(doc, settings=None):
        calls.append(doc.doc_id)
        return real(doc, settings)

    monkeypatch.setattr(pipeline, "audit_document", counted)
    return calls


def start() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()


def paste(at: AppTest, text: str, key: str = "article_text") -> AppTest:
    at.text_area(key=key).input(text)
    return at.button(key="audit").click().run()


def article_html(at: AppTest) -> str:
    """The highlighted article (without the hidden notes that follow it)."""
    bodies = [element.proto.body for element in at.get("html") if 'class="auditor-text"' in element.proto.body]
    assert bodies, "no highlighted article in the page"
    return bodies[0].split('<div class="auditor-notes"')[0]


def header(at: AppTest) -> str:
    return html.unescape(TAG.sub("", next(e.proto.body for e in at.get("html") if "auditor-head" in e.proto.body)))


def marked(markup: str) -> list[tuple[str, str]]:
    """(category, visible text) of each highlighted piece."""
    return [
        (category, html.unescape(text))
        for category, text in re.findall(r'<mark [^>]*data-category="([^"]+)"[^>]*>([^<]*)</mark>', markup)
    ]


def entries(at: AppTest) -> list[dict[str, str]]:
    """The review list: each entry's severity, rule label, finding numbers and decision, in list order."""
    found = []
    for element in at.get("html"):
        body = element.proto.body
        if 'class="auditor-card"' not in body:
            continue
        found.append(
            {
                "numbers": re.search(r'class="auditor-entry" data-findings="([^"]+)"', body).group(1),
                "severity": re.search(r'class="auditor-sev"[^>]*>(\w+)<', body).group(1),
                "rule": html.unescape(re.search(r'<span class="rule">([^<]+)</span>', body).group(1)),
                "decision": (re.search(r'<span class="decision (\w+)">', body) or [None, ""])[1],
            }
        )
    return found


def upload(at: AppTest, key: str, name: str, data: bytes) -> AppTest:
    return at.file_uploader(key=key).set_value((name, data, "text/plain")).run()


def decisions(at: AppTest, doc_id: str) -> dict[str, str]:
    """The decisions the app keeps for the document ``doc_id`` (the session keeps one set per document)."""
    (kept,) = [value for key, value in at.session_state["decisions"].items() if key.startswith(f"{doc_id}:")]
    return kept


def sample_report() -> auditor.Report:
    doc = auditor.readers.read_bytes(SAMPLE.read_bytes(), name=SAMPLE.name)
    settings = auditor.config.load_settings(SAMPLE.parent / "auditor.toml")  # what the app applies to its sample
    return auditor.audit(doc, source=SAMPLE_SOURCE.read_text(encoding="utf-8"), settings=settings)


def test_first_visit_shows_the_sample_article_first_with_its_review_list(audits: list[str]):
    at = start()
    assert not at.exception and not at.error
    assert f"{SAMPLE.name} (the built-in sample" in header(at) and "settings: samples/auditor.toml" in header(at)
    markup = article_html(at)
    assert ("accuracy/entity", "りんご") in marked(markup)
    assert html.unescape(TAG.sub("", markup)) == SAMPLE.read_text(encoding="utf-8")  # the text exactly as read
    assert audits == [SAMPLE.name]
    listed = entries(at)
    severities = [entry["severity"] for entry in listed]
    assert severities == sorted(severities, key=["critical", "major", "minor"].index)  # critical, major, minor
    assert listed[0] == {"numbers": listed[0]["numbers"], "severity": "critical", "rule": "source.brand-as-word",
                         "decision": ""}  # fmt: skip
    numbers = {n for entry in listed for n in entry["numbers"].split()}
    assert numbers == {str(n) for n in range(1, len(sample_report().findings) + 1)}  # every finding is listed
    assert [tab.label for tab in at.tabs] == ["Review", "Corrected text", "Side by side", "Summary"]


def test_the_article_is_the_first_thing_below_the_toolbar():
    at = start()
    toolbar = [button.proto.label for button in at.get("download_button")]
    assert toolbar == [
        "Corrected article (0 fixes)",
        "Review log (CSV)",
        "XLSX (all)",
        "CSV (all)",
        "JSON (all)",
    ]
    assert at.button(key="apply_safe").proto.label.startswith("Apply safe fixes (")
    assert at.tabs[0].label == "Review"  # the review is what opens, the summary is a tab of its own


def test_pasted_text_is_audited_by_the_audit_button(audits: list[str]):
    at = start()
    at.text_area(key="article_text").input(ARTICLE).run()
    assert audits == [SAMPLE.name]  # typing alone audits nothing
    paste(at, ARTICLE)
    assert not at.exception
    markup = article_html(at)
    assert marked(markup) == [("accuracy/entity", "りんご"), ("locale/punctuation", "?")]
    assert html.unescape(TAG.sub("", markup)) == ARTICLE
    assert [entry["rule"] for entry in entries(at)] == ["entity.brand-literal", "punctuation.half-width"]
    assert "pasted article" in header(at) and "built-in sample" not in header(at)


def test_article_html_script_and_markdown_show_as_text(audits: list[str]):
    at = paste(start(), HOSTILE)
    markup = article_html(at)
    assert "<script" not in markup and "<img" not in markup
    # The <script> tag after 。 is a finding (embed.page-furniture: HTML), so a mark may split it from its body.
    assert "&lt;script&gt;" in markup and "alert(&#x27;x&#x27;)&lt;/script&gt;" in markup
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in markup
    assert "[こちら]" in markup and "<a " not in markup  # a Markdown link stays text (its "(" is a finding)
    assert html.unescape(TAG.sub("", markup)) == HOSTILE
    # Nothing from the article reaches an element that renders Markdown or HTML unescaped, nor a script.
    for element in [*at.markdown, *at.caption, *at.get("html")]:
        body = getattr(element, "value", None) or element.proto.body
        assert "<img" not in body and "<a " not in body
        scripts = re.findall(r"<script>(.*?)</script>", body, re.DOTALL)
        assert all("alert" not in script for script in scripts)


def test_accept_reject_and_apply_are_decisions_kept_per_finding(audits: list[str]):
    at = paste(start(), ARTICLE)
    assert audits == [SAMPLE.name, "pasted article"]
    brand, punctuation = (finding_key(f) for f in auditor.audit(ARTICLE, lang="ja", doc_id="pasted article"))
    at.button(key="accepted-0").click().run()
    decisions_of = lambda: decisions(at, "pasted article")  # noqa: E731
    assert decisions_of() == {brand: "accepted"}
    assert entries(at)[0]["decision"] == "accepted"
    at.button(key="rejected-1").click().run()
    assert decisions_of() == {brand: "accepted", punctuation: "rejected"}
    assert 'class="auditor-hl sev-minor decided-rejected"' in article_html(at)
    at.button(key="rejected-1").click().run()  # pressed again: taken back
    at.button(key="fixed-0").click().run()  # the brand's unsafe fix, applied by the editor
    assert decisions_of() == {brand: "fixed"}
    assert at.get("download_button")[0].proto.label == "Corrected article (1 fixes)"
    # Decisions only redraw: the app audited the pasted article once (the other audit is this test's own).
    assert audits == [SAMPLE.name, "pasted article", "pasted article"]


def test_apply_safe_fixes_then_the_corrected_article_and_the_review_log(audits: list[str]):
    at = start()
    report = sample_report()
    safe = [f for f in report.findings if f.fix == "safe"]
    assert at.button(key="apply_safe").proto.label == f"Apply safe fixes ({len(safe)})"
    at.button(key="rejected-0").click().run()  # the brand: rejected first, and it stays rejected
    at.button(key="apply_safe").click().run()
    kept = decisions(at, SAMPLE.name)
    assert {k for k, v in kept.items() if v == "fixed"} == {finding_key(f) for f in safe}
    assert at.button(key="apply_safe").proto.label == "Apply safe fixes (0)" and at.button(key="apply_safe").disabled
    # The corrected article is the library's fix of the chosen findings; its diff is in the second tab.
    expected = apply_fixes(report.document.text, safe)
    assert at.get("download_button")[0].proto.label == f"Corrected article ({len(expected.applied)} fixes)"
    diff = next(e.proto.body for e in at.get("html") if 'class="auditor-diff"' in e.proto.body)
    assert html.unescape(re.sub(r"<del>.*?</del>|<[^>]+>", "", diff)) == expected.text
    assert "<del>@ジョンミラー</del><ins>@JohnMiller</ins>" in diff
    assert any(c.language == "diff" and "+市場の反応：" in c.value for c in at.code)
    # The review log: every finding, its decision next to the contract fields.
    log = review_log_csv([report], kept)
    rows = list(csv.reader(io.StringIO(log.lstrip("\ufeff"))))
    assert rows[0][:11] == ["doc", "rule", "category", "severity", "start", "end", "excerpt", "message", "suggestion",
                            "src_start", "src_end"]  # fmt: skip
    assert rows[0][-1] == "decision" and len(rows) == len(report.findings) + 1
    assert {row[-1] for row in rows[1:]} == {"fixed", "rejected", "undecided"}


def test_a_flood_of_one_rule_is_one_entry_that_opens(audits: list[str]):
    at = paste(start(), MIXED)
    listed = entries(at)
    assert [(entry["severity"], entry["rule"]) for entry in listed] == [
        ("minor", "register.mixed ×6"),  # placed at its first finding
        ("minor", "whitespace.between-japanese"),
    ]
    assert len(listed[0]["numbers"].split()) == 6  # one finding per sentence in the data, one entry in the list
    at.button(key="open-0").click().run()
    assert [entry["rule"] for entry in entries(at)] == ["register.mixed ×6"] + ["register.mixed"] * 6 + [
        "whitespace.between-japanese"
    ]
    at.button(key="accepted-0").click().run()  # the group's Accept all
    assert list(decisions(at, "pasted article").values()) == ["accepted"] * 6


def test_filters_narrow_the_view_without_auditing_again(audits: list[str]):
    at = start()
    total = sum(len(entry["numbers"].split()) for entry in entries(at))
    at.sidebar.multiselect[0].set_value(["locale/units"]).run()  # category
    listed = entries(at)
    assert listed and {entry["rule"].split(" ")[0].split(".")[0] for entry in listed} == {"units"}
    assert {c for c, _ in marked(article_html(at))} == {"locale/units"}
    shown = sum(len(entry["numbers"].split()) for entry in listed)
    assert at.metric[0].value == f"{shown} of {total}"
    at.sidebar.multiselect[0].set_value([]).run()
    at.sidebar.multiselect[1].set_value(["critical"]).run()  # severity
    assert {entry["severity"] for entry in entries(at)} == {"critical"}
    at.sidebar.multiselect[1].set_value([]).run()
    at.sidebar.multiselect[2].set_value(["register.mixed"]).run()  # rule
    assert {entry["rule"] for entry in entries(at)} == {"register.mixed"}
    assert audits == [SAMPLE.name]  # five reruns, one audit


def test_changing_the_language_audits_again_with_it(audits: list[str]):
    at = paste(start(), ARTICLE)
    at.sidebar.selectbox(key="lang").set_value("en").run()
    assert "language en" in header(at)
    assert "entity.brand-literal" not in {entry["rule"] for entry in entries(at)}  # a Japanese rule
    assert len(audits) == 3  # sample, pasted ja, pasted en


def test_the_publication_settings_are_uploaded_and_shown_in_effect(audits: list[str]):
    at = paste(start(), ARTICLE)
    upload(at, "config", "house.toml", b'ignore = ["punctuation"]\n')
    assert not at.exception and not at.error
    assert "settings: house.toml" in header(at)
    assert [entry["rule"] for entry in entries(at)] == ["entity.brand-literal"]
    upload(at, "config", "broken.toml", b"ignore = [\n")
    assert len(at.error) == 1 and "broken.toml" in at.error[0].value
    assert "settings: the defaults" in header(at)


def test_the_upload_limit_shown_is_the_readers_limit():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == MAX_BYTES >> 20 == 50


def test_downloads_are_the_library_exports_of_what_is_shown(audits: list[str]):
    at = start()
    at.sidebar.multiselect[0].set_value(["accuracy/handle"]).run()
    labels = [button.proto.label for button in at.get("download_button")]
    report = sample_report()
    visible = filtered_report(report, filter_findings(report.findings, categories=["accuracy/handle"]))
    shown = len(visible.findings)
    assert labels[2:] == [f"XLSX ({shown} shown)", f"CSV ({shown} shown)", f"JSON ({shown} shown)"]
    csv_text = to_csv([visible])
    rows = csv_text.splitlines()
    assert csv_text.startswith("\ufeffdoc,rule,category,severity,start,end,excerpt")
    assert len(rows) == shown + 1 and all(",accuracy/handle," in row for row in rows[1:])
    assert ",'@ジョンミラー," in csv_text  # the injection-safe CSV of the CLI
    payload = json.loads(to_json([visible]))
    assert payload["documents"][0]["counts"]["findings"] == shown


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "not text (looks like a PNG image)"),
        ("empty.txt", b"", "file is empty"),
        ("broken.txt", b"\xff\xfe" + "本文".encode("utf-16-le") + b"\x00\xd8\x00\xd8", "cannot decode"),
        ("huge.txt", b"a" * (MAX_BYTES + 1), "larger than the 50 MB limit"),
    ],
)
def test_a_bad_upload_says_why_and_the_app_keeps_working(audits: list[str], name: str, data: bytes, message: str):
    at = start()
    upload(at, "article_file", name, data)
    assert not at.exception
    assert len(at.error) == 1 and name in at.error[0].value and message in at.error[0].value
    at.file_uploader(key="article_file").clear().run()
    paste(at, ARTICLE)
    assert not at.exception and not at.error
    assert marked(article_html(at))[0] == ("accuracy/entity", "りんご")


def test_a_bad_source_is_left_out_with_a_warning(audits: list[str]):
    at = paste(start(), ARTICLE)
    upload(at, "source_file", "source.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert "The source was left out: source.txt: not text" in at.warning[0].value
    assert marked(article_html(at))[0] == ("accuracy/entity", "りんご")


def test_a_source_and_a_reference_add_pairs_and_scores(audits: list[str]):
    at = start()
    at.text_area(key="article_text").input("りんごは新型ロボットを発表した。価格は未定だ。")
    at.text_area(key="source_text").input("Apple unveiled a new robot. The price has not been set.")
    at.text_area(key="reference_text").input("アップルは新型ロボットを発表した。価格は決まっていない。")
    at.button(key="audit").click().run()
    assert [tab.label for tab in at.tabs] == ["Review", "Corrected text", "Side by side", "Summary", "Reference"]
    pairs = next(e.proto.body for e in at.get("html") if '<table class="auditor-pairs"' in e.proto.body)
    rows = re.findall(r"<tr>(.*?)</tr>", pairs, re.DOTALL)
    assert len(rows) == 2 and ">Apple</mark>" in rows[0] and ">りんご</mark>" in rows[0]
    assert [m.label for m in at.metric] == ["Findings shown", "MQM score", "BLEU", "chrF"]
    assert 0 < float(at.metric[3].value) < 100


def test_a_bilingual_file_is_read_as_pairs(audits: list[str]):
    at = start()
    table = "source\ttarget\nApple unveiled a robot.\tりんごはロボットを発表した。\nIt walks.\t歩く。\n"
    upload(at, "article_file", "pairs.tsv", table.encode())
    assert not at.exception and not at.error
    assert article_html(at).startswith('<div class="auditor-text"><mark')
    assert "Side by side" in [tab.label for tab in at.tabs]


def test_the_summary_names_every_category_whole():
    at = start()
    table = next(e.proto.body for e in at.get("html") if 'class="auditor-summary"' in e.proto.body)
    report = sample_report()
    for category in report.by_category():
        assert f"{category}</td>" in table  # no label dropped or cut, however long

"""The app, driven by streamlit's own test harness (AppTest): no browser, no server.

AppTest cannot read the bytes behind a download button, so the download tests build the files
with the same library calls the app makes and check those.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import auditor
from auditor.export import to_csv, to_json
from auditor.readers import MAX_BYTES
from auditor.view import filter_findings, filtered_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "tech-partnership-ja.txt"
ARTICLE = "りんごは新型iPhoneを発表した。\n発売はいつか？店頭は？価格は未定です?\n"  # "?": the minority width
HOSTILE = (
    "りんごは新型ロボットを発表した。<script>alert('x')</script>\n"
    '写真は<img src=x onerror="alert(1)">にある。詳しくは[こちら](javascript:alert(2))と**太字**で。\n'
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


def article_html(at: AppTest) -> str:
    bodies = [element.proto.body for element in at.get("html") if 'class="auditor-text"' in element.proto.body]
    assert bodies, "no highlighted article in the page"
    return bodies[0]


def marked(markup: str) -> list[tuple[str, str]]:
    """(category, visible text) of each highlighted piece."""
    return [
        (category, html.unescape(text))
        for category, text in re.findall(r'<mark [^>]*data-category="([^"]+)"[^>]*>([^<]*)</mark>', markup)
    ]


def upload(at: AppTest, key: str, name: str, data: bytes) -> AppTest:
    return at.file_uploader(key=key).set_value((name, data, "text/plain")).run()


def test_first_visit_shows_the_sample_audited(audits: list[str]):
    at = start()
    assert not at.exception
    assert SAMPLE.name in at.info[0].value
    markup = article_html(at)
    assert ("accuracy/entity", "りんご") in marked(markup)
    assert html.unescape(TAG.sub("", markup)) == SAMPLE.read_text(encoding="utf-8")  # the text exactly as read
    table = at.dataframe[0].value
    assert len(table) == len(marked_numbers(markup)) >= 15
    assert at.metric[0].value == f"{len(table)} of {len(table)}"
    assert audits == [SAMPLE.name]


def marked_numbers(markup: str) -> set[str]:
    return {n for group in re.findall(r'data-findings="([^"]+)"', markup) for n in group.split()}


def test_pasting_a_text_audits_it(audits: list[str]):
    at = start()
    at.text_area(key="article_text").input(ARTICLE).run()
    assert not at.exception and not at.info  # the sample note is gone
    markup = article_html(at)
    assert marked(markup) == [("accuracy/entity", "りんご"), ("locale/punctuation", "?")]
    assert html.unescape(TAG.sub("", markup)) == ARTICLE
    assert list(at.dataframe[0].value["rule"]) == ["entity.brand-literal", "punctuation.half-width"]


def test_article_html_script_and_markdown_show_as_text(audits: list[str]):
    at = start()
    at.text_area(key="article_text").input(HOSTILE).run()
    markup = article_html(at)
    assert "<script" not in markup and "<img" not in markup
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in markup
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in markup
    assert "[こちら]" in markup and "<a " not in markup  # a Markdown link stays text (its "(" is a finding)
    assert html.unescape(TAG.sub("", markup)) == HOSTILE
    # Nothing from the article reaches an element that renders Markdown or HTML unescaped.
    for element in [*at.markdown, *at.caption, *at.get("html")]:
        body = getattr(element, "value", None) or element.proto.body
        assert "<script" not in body and "<img" not in body and "<a " not in body


def test_filters_narrow_the_view_without_auditing_again(audits: list[str]):
    at = start()
    total = len(at.dataframe[0].value)
    at.sidebar.multiselect[0].set_value(["locale/units"]).run()  # category
    table = at.dataframe[0].value
    assert 0 < len(table) < total and set(table["category"]) == {"locale/units"}
    assert {c for c, _ in marked(article_html(at))} == {"locale/units"}
    assert at.metric[0].value == f"{len(table)} of {total}"
    at.sidebar.multiselect[0].set_value([]).run()
    at.sidebar.multiselect[1].set_value(["critical"]).run()  # severity
    assert set(at.dataframe[0].value["severity"]) == {"critical"}
    at.sidebar.multiselect[1].set_value([]).run()
    at.sidebar.multiselect[2].set_value(["register.mixed"]).run()  # rule
    assert set(at.dataframe[0].value["rule"]) == {"register.mixed"}
    assert audits == [SAMPLE.name]  # five reruns, one audit


def test_changing_the_language_audits_again_with_it(audits: list[str]):
    at = start()
    at.text_area(key="article_text").input(ARTICLE).run()
    at.sidebar.selectbox(key="lang").set_value("en").run()
    assert "language `en`" in at.caption[0].value
    assert "entity.brand-literal" not in set(at.dataframe[0].value.get("rule", []))  # a Japanese rule
    assert len(audits) == 3  # sample, pasted ja, pasted en


def test_downloads_are_the_library_exports_of_what_is_shown(audits: list[str]):
    at = start()
    at.sidebar.multiselect[0].set_value(["accuracy/handle"]).run()
    labels = [button.proto.label for button in at.get("download_button")]
    shown = len(at.dataframe[0].value)
    assert labels == [f"Download CSV ({shown} shown)", f"Download JSON ({shown} shown)"]
    # The app builds them so: the report of the sample (with its source when there is one), filtered.
    source = ROOT / "samples" / "tech-partnership-en.txt"
    doc = auditor.readers.read_bytes(SAMPLE.read_bytes(), name=SAMPLE.name)
    report = auditor.audit(doc, source=source.read_text(encoding="utf-8") if source.is_file() else None)
    visible = filtered_report(report, filter_findings(report.findings, categories=["accuracy/handle"]))
    csv_text = to_csv([visible])
    rows = csv_text.splitlines()
    assert csv_text.startswith("\ufeffdoc,rule,category,severity,start,end,excerpt")
    assert len(rows) == shown + 1 and all(",accuracy/handle," in row for row in rows[1:])
    assert ",'@ジョンミラー," in csv_text  # the injection-safe CSV of the CLI
    payload = json.loads(to_json([visible]))
    assert payload["documents"][0]["counts"]["findings"] == shown
    assert [f["excerpt"] for f in payload["documents"][0]["findings"]] == list(at.dataframe[0].value["excerpt"])


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
    at.text_area(key="article_text").input(ARTICLE).run()
    assert not at.exception and not at.error
    assert marked(article_html(at))[0] == ("accuracy/entity", "りんご")


def test_a_bad_source_is_left_out_with_a_warning(audits: list[str]):
    at = start()
    at.text_area(key="article_text").input(ARTICLE).run()
    upload(at, "source_file", "source.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert "The source was left out: source.txt: not text" in at.warning[0].value
    assert marked(article_html(at))[0] == ("accuracy/entity", "りんご")


def test_a_source_and_a_reference_add_pairs_and_scores(audits: list[str]):
    at = start()
    at.text_area(key="article_text").input("りんごは新型ロボットを発表した。価格は未定だ。").run()
    at.text_area(key="source_text").input("Apple unveiled a new robot. The price has not been set.").run()
    at.text_area(key="reference_text").input("アップルは新型ロボットを発表した。価格は決まっていない。").run()
    assert [tab.label for tab in at.tabs] == ["Article", "Side by side", "Reference"]
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

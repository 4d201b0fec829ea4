"""Hostile and broken input (issue 7): clear errors, no crash, nothing lost, nothing executed.

Every input is a real file written into tmp_path (or real bytes/text), never a mock. Timing bounds
live in bench/bench_hostile.py; here a generous alarm only guards against hangs.

Covered elsewhere, not repeated here: the app shows a ``<script>`` article as escaped text
(tests/test_app.py::test_article_html_script_and_markdown_show_as_text, tests/test_view.py::
test_article_markup_and_markdown_are_escaped); a PNG in the middle of a batch folder, bad table rows
and resume after a real kill (tests/test_batch.py); encoding round trips and binary signatures
(tests/test_readers.py).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import os
import signal
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import auditor
from auditor.batch import run_batch
from auditor.cli import main
from auditor.config import Settings
from auditor.export import neutralise_cell, to_csv, to_json, write_atomic
from auditor.readers import MAX_BYTES, ReadError, read_bytes, read_path
from auditor.readers.html import MAX_NESTING

# Written for these tests. ARTICLE has one brand leftover (りんご) after a CRLF line, so offsets must
# count the CR; its Latin-only twin is for the single-byte Western code pages.
ARTICLE = "東京で新しい駅が開業した。\r\nりんごは本日、新型iPhoneを発表した。①の区間は来春に延びる。\r\n"
BRAND_AT = ARTICLE.index("りんご")
WESTERN = "Le café « Chez Zoé » a ouvert ses portes à Montréal. L'été sera chaud.\r\n"
HANG_GUARD_S = 60


@contextlib.contextmanager
def hang_guard(seconds: int = HANG_GUARD_S) -> Iterator[None]:
    """Fail instead of hanging; far above the bounds bench/bench_hostile.py measures."""

    def expired(signum, frame):
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def exact(report: auditor.Report) -> None:
    """The contract: every finding's offsets are inside the text and its excerpt is text[start:end]."""
    text = report.document.text
    for finding in report.findings:
        assert 0 <= finding.start < finding.end <= len(text), finding
        assert text[finding.start : finding.end] == finding.excerpt, finding


def cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.stdout + result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


# --- encodings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),  # little-endian with its BOM on this platform
        ("utf-16-be+bom", "utf-16"),
        ("cp932", "cp932"),
        ("shift_jis+cp932-free", "cp932"),  # plain Shift_JIS is read as its Windows superset
        ("euc_jp", "euc_jp"),
        ("iso2022_jp", "iso2022_jp"),
    ],
)
def test_japanese_encodings_are_detected_reported_and_offsets_are_into_the_decoded_text(tmp_path, codec, reported):
    text = ARTICLE if codec in ("utf-8", "utf-8-sig", "utf-16", "utf-16-be+bom", "cp932") else ARTICLE.replace("①", "1")
    if codec == "utf-16-be+bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    elif codec == "shift_jis+cp932-free":
        data = text.encode("shift_jis")
    elif codec == "utf-16":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    else:
        data = text.encode(codec)
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    doc = read_path(path)
    assert (doc.text, doc.encoding) == (text, reported)
    report = auditor.audit(doc)
    brand = [f for f in report.findings if f.rule == "entity.brand-literal"]
    assert [(f.start, f.end, f.excerpt) for f in brand] == [(BRAND_AT, BRAND_AT + 3, "りんご")]
    exact(report)
    code, out, _ = cli("audit", str(path), "--format", "json")
    document = json.loads(out)["documents"][0]
    assert (code, document["encoding"], document["chars"]) == (0, reported, len(text))
    assert {"start": BRAND_AT, "end": BRAND_AT + 3, "excerpt": "りんご"}.items() <= document["findings"][0].items()


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_western_single_byte_sources_read_as_cp1252(tmp_path, codec):
    path = tmp_path / "source.txt"
    path.write_bytes(WESTERN.encode(codec))
    doc = read_path(path, lang="fr")
    assert (doc.text, doc.encoding) == (WESTERN, "cp1252")
    exact(auditor.audit(doc))


def test_undecodable_bytes_are_one_line_naming_file_and_byte_position(tmp_path):
    good = (ARTICLE * 40).encode("utf-8")
    path = tmp_path / "damaged.txt"
    cut = len(ARTICLE.encode("utf-8")) * 25  # between two lines: the bytes before it are whole characters
    assert cut == 3250
    path.write_bytes(good[:cut] + b"\xff" + good[cut:])
    ok = tmp_path / "ok.txt"
    ok.write_text(ARTICLE, encoding="utf-8")
    code, out, err = cli("audit", str(path), str(ok))
    assert code == 2
    assert err == (
        f"auditor: error: {path}: cannot decode: invalid byte 0xFF at position 3,250 "
        "(the rest reads as utf-8; the file may be damaged)\n"
    )
    assert "りんご" in out, "the other file is still audited"


# --- shapes ----------------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(200)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
ZIP = b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(100)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (PNG, "not text (looks like a PNG image)"),
        (PDF, "not text (looks like a PDF document)"),
        (ZIP, "not text (looks like a ZIP archive, or a .docx/.xlsx/.epub file)"),
        (ARTICLE.encode() + b"\x00" + ARTICLE.encode(), "not text (binary data: it contains NUL bytes)"),
    ],
    ids=["empty", "png", "pdf", "zip", "nul"],
)
def test_refused_files_get_one_clear_line_and_exit_2(tmp_path, content, message):
    path = tmp_path / "renamed.txt"
    path.write_bytes(content)
    code, out, err = cli("audit", str(path), "--format", "json")
    assert (code, err) == (2, f"auditor: error: {path}: {message}\n")
    assert json.loads(out)["unreadable"] == [{"doc": str(path), "error": f"{path}: {message}"}]


def test_whitespace_only_audits_clean(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \r\n\t\n\xe3\x80\x80\n")
    code, out, _ = cli("audit", str(path))
    assert code == 0 and "no findings" in out


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "dump.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: 50 MB + 1 byte on disk costs nothing
    code, _, err = cli("audit", str(path))
    assert (code, err) == (2, f"auditor: error: {path}: larger than the 50 MB limit (50 MB)\n")
    with pytest.raises(ReadError, match=r"larger than the 50 MB limit"):
        read_bytes(b"a" * (MAX_BYTES + 1), "upload.txt")


def test_a_large_article_audits(tmp_path):
    """5 MB of news prose (the 50 MB bound is measured by bench/bench_hostile.py, not here)."""
    paragraph = "日銀は本日、金融政策決定会合で政策金利を据え置いた。市場では円相場が小幅に動いた。\r\n"
    path = tmp_path / "long.txt"
    path.write_bytes((paragraph * (5_000_000 // len(paragraph.encode()))).encode())
    with hang_guard():
        report = auditor.audit(read_path(path))
    assert len(report.document.text) > 1_500_000 and report.findings == [] and report.errors == []


@pytest.mark.parametrize(
    "text",
    [
        "あ" * 1_000_000,  # one line, no sentence end
        ("新型車を発表した。" * 111_112)[:1_000_000],  # one line of 111,112 sentences
        "あ\n" * 100_000,
        "a\r" * 100_000,
    ],
    ids=["1M-char-line", "1M-char-line-of-sentences", "100k-one-char-lines", "100k-lone-cr-lines"],
)
def test_long_lines_and_many_lines_audit(text):
    with hang_guard():
        report = auditor.audit(read_bytes(text.encode(), "x.txt"))
    assert report.errors == [] and report.document.text == text
    exact(report)


def test_deeply_nested_html_is_refused_naming_the_limit(tmp_path):
    depth = 100_000
    path = tmp_path / "nested.html"
    path.write_text(f"<html><body>{'<div>' * depth}<p>本文です。</p>{'</div>' * depth}</body></html>", encoding="utf-8")
    with hang_guard():
        code, _, err = cli("audit", str(path))
    assert (code, err) == (2, f"auditor: error: {path}: HTML nested 100,000 elements deep, over the 1,000 limit\n")
    shallow = f"<html><body>{'<div>' * (MAX_NESTING // 2)}<p>本文です。</p></body></html>"
    assert read_bytes(shallow.encode(), "ok.html").text == "本文です。"


def test_unclosed_html_audits():
    page = "<html><body>" + "<div><p><b>りんごは本日、新型iPhoneを発表した。" * 300
    with hang_guard():
        doc = read_bytes(page.encode(), "unclosed.html")
        report = auditor.audit(doc)
    assert "りんご" in doc.text and any(f.rule == "entity.brand-literal" for f in report.findings)
    exact(report)


HOSTILE_PAGE = """<!doctype html><html><head><title>t</title>
<style>body { background: url(https://tracker.example/bg.png) } .x::after { content: "STYLE-TEXT" }</style>
<script>document.write("SCRIPT-TEXT"); fetch("https://tracker.example/x")</script>
<link rel="stylesheet" href="https://tracker.example/a.css">
</head><body onload="alert('ONLOAD')">
<article>
<h1 onclick="alert('CLICK')">新型車の発表</h1>
<p onmouseover="steal()">同社は本日、新型車を発表した。価格は未定だ。</p>
<iframe src="https://tracker.example/frame" srcdoc="<p>IFRAME-TEXT</p>"></iframe>
<img src="https://tracker.example/pixel.gif" onerror="alert('ONERROR')">
<p>発売は来年の春になる見込みだ。<![CDATA[CDATA-TEXT]]></p>
<svg><script>alert('SVG-SCRIPT')</script></svg>
<noscript>NOSCRIPT-TEXT</noscript>
</article>
<template><p>TEMPLATE-TEXT</p></template>
</body></html>
"""


def test_html_scripts_styles_frames_handlers_and_cdata_never_reach_the_text(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("reading a page must fetch nothing")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    doc = read_bytes(HOSTILE_PAGE.encode(), "page.html")
    assert "同社は本日、新型車を発表した。" in doc.text and "発売は来年の春になる見込みだ。" in doc.text
    for marker in ("STYLE", "SCRIPT", "ONLOAD", "CLICK", "steal", "IFRAME", "ONERROR", "CDATA", "TEMPLATE", "alert"):
        assert marker not in doc.text
    exact(auditor.audit(doc))


# --- Unicode ---------------------------------------------------------------------------------------


def test_bidi_override_is_a_finding_with_exact_offsets():
    text = "価格は\u202e円0001\u202cに設定された。\r\nA\u2067B\u2069C \u200fです。"
    report = auditor.audit(text)
    found = [
        (f.start, f.end, f.excerpt, f.suggestion, f.severity, f.category)
        for f in report.findings
        if f.rule == "unicode.bidi-control"
    ]
    assert found == [
        (3, 10, "\u202e円0001\u202c", "円0001", "major", "markup/whitespace"),
        (20, 23, "\u2067B\u2069", "B", "major", "markup/whitespace"),
        (25, 26, "\u200f", "", "major", "markup/whitespace"),
    ]
    exact(report)


def test_an_unclosed_override_runs_to_the_end_of_its_line_only():
    text = "価格は\u202e円0001です。\n次の行。"
    (finding,) = [f for f in auditor.audit(text).findings if f.rule == "unicode.bidi-control"]
    assert (finding.start, finding.end) == (3, text.index("\n"))


def test_direction_marks_are_quiet_in_right_to_left_text():
    assert [f for f in auditor.audit("שלום \u200fעולם", lang="he").findings if f.rule.startswith("unicode.")] == []
    assert [f.rule for f in auditor.audit("ABC \u200fDEF", lang="en").findings] == ["unicode.bidi-control"]


def test_zero_width_characters_are_findings_with_their_neighbours():
    text = "テ\u200bスラは\ufeff新型車を\u2060\u2060発表した。\r\n\u200b"
    found = [
        (f.start, f.end, f.excerpt, f.suggestion) for f in auditor.audit(text).findings if f.rule == "unicode.invisible"
    ]
    assert found == [
        (0, 3, "テ\u200bス", "テス"),
        (4, 7, "は\ufeff新", "は新"),
        (9, 13, "を\u2060\u2060発", "を発"),
        (19, 20, "\u200b", ""),
    ]


def test_zero_width_joiners_of_emoji_and_combining_marks_are_not_findings():
    text = "新機能を発表した👩\u200d💻👨\u200d👩\u200d👧。か\u3099ーと、e\u0301te\u0301。"
    assert [f for f in auditor.audit(text).findings if f.rule.startswith("unicode.")] == []


@pytest.mark.parametrize(
    "text",
    [
        "りんごは\x00本日、新型iPhoneを発表した。\x00",  # NUL inside text given to the library
        "りんご\u200bは本日、 新型車 を発表した。@エロンムスク\u202e",
        "e\u0301\u0301りんごは本日、新型iPhone\u0308を発表した。か\u3099",
        "👩\u200d💻りんごは本日、👨\u200d👩\u200d👧新型iPhoneを発表した。🇯🇵",
        "東京。\r\nりんごは本日、新型iPhoneを発表した。\r\n価格は未定だ\r価格(税込み)です?\r\n",
        "\ufeffりんごは本日、 新型車 を発表した。\r\r\n\n\r",
    ],
    ids=["nul", "zero-width-and-bidi", "combining", "emoji-zwj", "crlf-and-lone-cr", "bom-and-odd-line-ends"],
)
def test_offsets_stay_exact_on_odd_unicode(text):
    report = auditor.audit(text)
    assert report.errors == [] and report.findings
    exact(report)
    # And as a file: the decoded text is the text, so the same offsets hold.
    if "\x00" not in text:  # a file with NUL bytes is refused as binary (test_refused_files_...)
        doc = read_bytes(text.encode("utf-8"), "x.txt")
        assert doc.text == text.removeprefix("\ufeff")


# --- properties ------------------------------------------------------------------------------------

# Characters that make rules fire, mixed with everything odd: controls, invisibles, line ends, surrogate pairs.
_RULE_BAIT = [
    *"りんごアップルテスラ@＠#$エロンムスク。、！？!?:;()（）「」 \u3000\t\r\n.,-=+ー・時速キロマイル",
    "\u202e",
    "\u202c",
    "\u2066",
    "\u2069",
    "\u200f",
    "\u200b",
    "\ufeff",
    "\u2060",
    "\u200d",
    "\u0301",
    "\x00",
    "👩",
    "💻",
    "iPhone",
    "Tesla",
    "https://x.jp/a",
    "pic.twitter.com/Ab12",
    " (@elonmusk) ",
    "250",
    "155",
]
ARTICLES = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(_RULE_BAIT), max_size=120).map("".join),
)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(ARTICLES)
def test_any_text_audits_exactly_and_deterministically(text):
    first = auditor.audit(text, doc_id="p")
    assert first.errors == []
    exact(first)
    assert auditor.audit(text, doc_id="p").findings == first.findings
    json.loads(to_json([first]))


@PROPERTY
@given(st.binary(max_size=600), st.sampled_from(["a.txt", "a.md", "a.html", "a"]))
def test_any_bytes_read_or_refuse_cleanly(data, name):
    try:
        doc = read_bytes(data, name)
    except ReadError as error:
        assert str(error).startswith(f"{name}: ") and "\n" not in str(error)
        return
    report = auditor.audit(doc)
    assert report.errors == []
    exact(report)
    assert auditor.audit(read_bytes(data, name)).findings == report.findings


# --- exports ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_starting_like_a_formula_are_neutralised(tmp_path, start):
    doc_id = f'{start}HYPERLINK("https://evil.example","x")'
    report = auditor.audit("投資家は@エロンムスクの投稿に反応した。", doc_id=doc_id)
    path = tmp_path / "issues.csv"
    write_atomic(path, to_csv([report]))
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and all(row["doc"] == "'" + doc_id for row in rows)
    assert any(row["excerpt"] == "'@エロンムスク" for row in rows)
    for row in rows:
        assert not any(str(value).startswith(("=", "+", "-", "@", "\t", "\r")) for value in row.values())
    assert neutralise_cell(start) == "'" + start


@PROPERTY
@given(st.text(max_size=60), st.sampled_from(["", "\ud800", "\udcff", 'a\\\udfff"']))
def test_json_and_csv_files_are_valid_for_any_text_even_lone_surrogates(tmp_path_factory, text, odd):
    """json.dumps(ensure_ascii=False) keeps a lone surrogate raw, which no UTF-8 file can hold:
    write_atomic writes it as the JSON escape, so the file is UTF-8 and reads back equal."""
    folder = tmp_path_factory.mktemp("export")
    doc_id = odd + text
    report = auditor.audit("りんごは本日、新型iPhoneを発表した。" + text + odd, doc_id=doc_id)
    write_atomic(folder / "r.json", to_json([report], [(doc_id, f"{doc_id}: file is empty")]))
    payload = json.loads((folder / "r.json").read_bytes().decode("utf-8"))
    assert payload["documents"][0]["doc"] == doc_id and payload["unreadable"][0]["doc"] == doc_id
    write_atomic(folder / "r.csv", to_csv([report]))
    rows = list(csv.DictReader(io.StringIO((folder / "r.csv").read_bytes().decode("utf-8-sig"))))
    # One row a finding, whatever the text: not "some row", since the appended text may itself say that りんご is
    # the fruit (JA, 農家: the brand's ordinary-meaning words), and then the sentence has no finding at all.
    assert len(rows) == len(report.findings)


# --- nothing executed ------------------------------------------------------------------------------


def test_no_article_content_can_reach_a_shell_eval_or_template():
    """The library and the app hold no eval/exec, no shell, no template engine, no unescaped HTML toggle."""
    root = Path(__file__).resolve().parent.parent
    forbidden = (
        "eval(",
        "exec(",
        "os.system",
        "subprocess",
        "shell=True",
        "jinja",
        "string.Template",
        "unsafe_allow_html",
        "pickle.load",
        "yaml.load",
    )
    sources = [root / "app.py", *(root / "auditor").rglob("*.py")]
    offenders = [
        f"{path.relative_to(root)}: {word}"
        for path in sources
        for word in forbidden
        if word in path.read_text(encoding="utf-8").replace("literal_eval(", "")
        and not path.is_relative_to(root / "auditor" / "eval")  # the evaluation package is named "eval"
    ]
    assert offenders == []


def test_every_piece_of_html_the_app_shows_is_escaped():
    """app.py builds HTML only through auditor.view, whose every text piece goes through html.escape."""
    from auditor import view

    text = "<script>alert(1)</script>りんごは\u202e<img src=x onerror=alert(2)>\u202c本日、新型iPhoneを発表した。"
    report = auditor.audit(text)
    markup = view.highlight_html(text, report.findings)
    assert "<script" not in markup and "<img" not in markup and "&lt;script&gt;" in markup


# --- nothing lost ----------------------------------------------------------------------------------


def test_a_failed_write_leaves_the_old_report_whole_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "report.csv"
    write_atomic(path, "old,report\r\n")

    def fail_after_writing(source, target):
        assert Path(source).read_bytes() == b"new,report\r\n" * 10_000  # the new file was written in full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail_after_writing)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(path, "new,report\r\n" * 10_000)
    monkeypatch.undo()
    assert path.read_bytes() == b"old,report\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_cli_cannot_write_is_one_line_and_the_old_report_stays(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder", encoding="utf-8")
    code, _, err = cli("audit", str(article), "--format", "csv", "-o", str(blocker / "a.csv"))
    assert code == 2 and err.startswith(f"auditor: error: {blocker / 'a.csv'}: cannot write: ")
    assert err.count("\n") == 1 and blocker.read_text(encoding="utf-8") == "not a folder"


def test_cli_writes_a_report_for_a_file_whose_name_is_not_utf8(tmp_path):
    name = os.fsdecode(b"\xff\xfe-article.txt")  # a lone surrogate in Python: os.fsdecode's escape
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    for fmt in ("json", "csv", "table"):
        out = tmp_path / f"report.{fmt}"
        code, _, _ = cli("audit", str(tmp_path / name), "--format", fmt, "-o", str(out))
        assert code == 0
        content = out.read_bytes().decode("utf-8")
        assert "\\udcff\\udcfe-article.txt" in content
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["documents"][0]["doc"] == str(
        tmp_path / name
    )


def test_batch_records_every_hostile_input_and_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-pdf.txt").write_bytes(PDF)
    (folder / "d-nested.html").write_text("<html><body>" + "<div>" * 5000 + "x</body></html>", encoding="utf-8")
    (folder / "e-damaged.txt").write_bytes(ARTICLE.encode("utf-8")[:9] + b"\xff" + ARTICLE.encode("utf-8")[9:])
    with open(folder / "f-huge.txt", "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    (folder / os.fsdecode(b"g-\xff.txt")).write_text(ARTICLE, encoding="utf-8")
    table = tmp_path / "rows.jsonl"
    table.write_text(
        '{"id": "s\\ud800", "text": "りんごは本日、新型iPhoneを発表した。\\udfff"}\n'
        '{"id": "t", "text": "りんごは本日、新型iPhoneを発表した。"}\n',
        encoding="utf-8",
    )
    with hang_guard():
        result = run_batch([str(folder), str(table)], tmp_path / "out", jobs=1, settings=Settings())
    assert result.complete and result.articles == 9 and result.unreadable == 5
    with open(tmp_path / "out" / "documents.csv", encoding="utf-8-sig", newline="") as handle:
        docs = {Path(row["doc"]).name: (row["status"], row["error"]) for row in csv.DictReader(handle)}
    assert docs["a-good.txt"] == ("ok", "")
    assert docs["b-empty.txt"][1].endswith(": file is empty")
    assert docs["c-pdf.txt"][1].endswith(": not text (looks like a PDF document)")
    assert docs["d-nested.html"][1].endswith(": HTML nested 5,000 elements deep, over the 1,000 limit")
    assert docs["e-damaged.txt"][1].endswith(
        ": cannot decode: invalid byte 0xFF at position 9 (the rest reads as utf-8; the file may be damaged)"
    )
    assert docs["f-huge.txt"][1].endswith(": larger than the 50 MB limit (50 MB)")
    assert docs["g-\\udcff.txt"] == ("ok", "") and docs["s\\ud800"] == ("ok", "") and docs["t"] == ("ok", "")
    # The journal reads the escaped keys back as the same keys: a resumed run has nothing left to do.
    again = run_batch([str(folder), str(table)], tmp_path / "out", jobs=1, settings=Settings(), resume=True)
    assert again.session_articles == 0 and again.articles == 9

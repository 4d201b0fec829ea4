"""Readers: bytes and files in, Documents out, with the text exactly as the file has it.

Every text here was written for these tests. Encodings are checked on real bytes
written in each encoding, short and long; HTML on small pages built like news pages.
"""

from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.readers import MAX_BYTES, ReadError, read_bytes, read_path
from auditor.readers.html import plain_body_text

TINY = "はい"
SHORT = "東京で新しい駅が開業した。"
PARAGRAPHS = (
    "市は十日、駅前の再開発計画を発表した。新しい図書館と広場を整備し、2028年度の完成を目指す。",
    "計画によると、総事業費は約120億円で、国と県の補助金も活用する。",
    "市長は記者会見で「駅前ににぎわいを取り戻したい」と話した。",
    "一方、地元の商店街からは工事中の客足を心配する声も上がっている。",
    "市は来月から説明会を開き、住民の意見を聞く方針だ。",
)
# About 3,000 characters with CRLF line ends, digits and ASCII words, in JIS X 0208 only,
# so that every legacy encoding can write it.
LONG = "再開発計画の概要\r\n" + "\r\n".join(f"{i}. {PARAGRAPHS[i % 5]} (IDX{i})" for i in range(70)) + "\r\n"

ENCODINGS = [  # (codec that writes the file, encoding the reader must report)
    ("utf-8", "utf-8"),
    ("cp932", "cp932"),
    ("shift_jis", "cp932"),  # CP932 is the superset Windows writes; we always report it
    ("euc_jp", "euc_jp"),
    ("iso2022_jp", "iso2022_jp"),
]


def read_file(tmp_path: Path, name: str, data: bytes, **kwargs):
    path = tmp_path / name
    path.write_bytes(data)
    return read_path(path, **kwargs)


def assert_round_trip(data: bytes, doc, text: str, encoding: str) -> None:
    assert doc.text == text
    assert doc.encoding == encoding
    assert data.decode(doc.encoding) == doc.text  # the reported name decodes the file to the same text


# --- encodings -------------------------------------------------------------------------------------


def test_long_text_is_about_3000_chars_with_crlf():
    assert 2800 <= len(LONG) <= 3600
    assert LONG.count("\r\n") == 71


@pytest.mark.parametrize("text", [TINY, SHORT, LONG], ids=["tiny", "short", "long"])
@pytest.mark.parametrize(("codec", "expected"), ENCODINGS, ids=[codec for codec, _ in ENCODINGS])
def test_round_trip_of_each_encoding(tmp_path, codec, expected, text):
    data = text.encode(codec)
    doc = read_file(tmp_path, "article.txt", data)
    assert_round_trip(data, doc, text, expected)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [SHORT, LONG], ids=["short-no-ascii", "long-with-ascii"])
def test_utf16_without_bom(tmp_path, codec, text):
    data = text.encode(codec)
    doc = read_file(tmp_path, "article.txt", data)
    assert_round_trip(data, doc, text, codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_where_kanji_put_nuls_on_the_other_side(codec):
    # 一 (U+4E00) writes a NUL where ASCII does not: the byte order must still be found.
    text = "一方、一時は一部の一般客も一緒に並んだ。\r\n" * 40 + "2026年\r\n"
    data = text.encode(codec)
    assert_round_trip(data, read_bytes(data, "a.txt"), text, codec)


def test_cp932_characters_outside_shift_jis():
    text = "①髙橋さんが㈱架空商事の社長に就任した。"  # NEC and IBM extensions
    data = text.encode("cp932")
    assert_round_trip(data, read_bytes(data, "a.txt"), text, "cp932")


def test_euc_jp_with_circled_digit_reads_as_euc_jis_2004():
    text = "①駅前の広場は来年の春に完成する予定です。"  # ① is not in EUC-JP proper
    data = text.encode("euc_jis_2004")
    assert_round_trip(data, read_bytes(data, "a.txt"), text, "euc_jis_2004")


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_cp1252_western_text(lang):
    text = "Café déjà vu: the naïve façade of a crème brûlée, 20 € each."
    data = text.encode("cp1252")
    assert_round_trip(data, read_bytes(data, "menu.txt", lang=lang), text, "cp1252")


def test_central_european_text_follows_the_language():
    text = "Příliš žluťoučký kůň úpěl ďábelské ódy, řekl průvodce."
    data = text.encode("cp1250")
    assert_round_trip(data, read_bytes(data, "kun.txt", lang="cs"), text, "cp1250")


@pytest.mark.parametrize(
    ("codec", "reported", "bom"),
    [
        ("utf-8", "utf-8-sig", codecs.BOM_UTF8),
        ("utf-16-le", "utf-16", codecs.BOM_UTF16_LE),
        ("utf-16-be", "utf-16", codecs.BOM_UTF16_BE),
        ("utf-32-le", "utf-32", codecs.BOM_UTF32_LE),
        ("utf-32-be", "utf-32", codecs.BOM_UTF32_BE),
    ],
)
def test_byte_order_mark_is_read_and_not_part_of_the_text(tmp_path, codec, reported, bom):
    data = bom + LONG.encode(codec)
    doc = read_file(tmp_path, "article.txt", data)
    assert_round_trip(data, doc, LONG, reported)
    assert not doc.text.startswith("\ufeff")


@pytest.mark.parametrize("codec", ["utf-8", "cp932", "utf-16-le"])
def test_line_ends_are_kept_as_they_are(codec):
    text = "一行目です。\r\n二行目です。\r三行目です。\n"
    bom = codecs.BOM_UTF16_LE if codec == "utf-16-le" else b""
    doc = read_bytes(bom + text.encode(codec), "mixed.txt")
    assert doc.text == text
    assert doc.text.count("\r\n") == 1


def test_utf8_files_do_not_pay_for_charset_detection():
    code = (
        "import sys\n"
        "from auditor.readers import read_bytes\n"
        "heavy = ('charset_normalizer', 'trafilatura', 'selectolax')\n"
        "assert not [m for m in heavy if m in sys.modules], 'import'\n"
        f"read_bytes({LONG.encode('utf-8')!r}, 'a.txt')\n"
        f"read_bytes({LONG.encode('cp932')!r}, 'b.txt')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- documents ---------------------------------------------------------------------------------------


def test_document_fields_for_a_text_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(SHORT.encode("utf-8"))
    doc = read_path(path, lang="ja")
    assert (doc.doc_id, doc.lang, doc.source_format, doc.title) == (str(path), "ja", "txt", None)


def test_markdown_stays_markdown():
    text = "# 再開発計画\n\n- 図書館\n- 広場\n\n市は計画を**発表**した。\n"
    doc = read_bytes(text.encode("utf-8"), "notes.md")
    assert (doc.text, doc.source_format, doc.doc_id) == (text, "md", "notes.md")


def test_unknown_extension_that_decodes_is_text():
    doc = read_bytes(SHORT.encode("cp932"), "article.dat")
    assert (doc.text, doc.source_format, doc.encoding) == (SHORT, "txt", "cp932")


def test_page_without_extension_is_read_as_html():
    page = "<!DOCTYPE html><html><body><article><p>本文です。</p><p>二段落目です。</p></article></body></html>"
    doc = read_bytes(page.encode("utf-8"), "upload")
    assert (doc.source_format, doc.text) == ("html", "本文です。\n二段落目です。")


def test_txt_extension_wins_over_html_looking_content():
    page = "<!DOCTYPE html><html><body><p>本文です。</p></body></html>"
    doc = read_bytes(page.encode("utf-8"), "page.txt")
    assert (doc.source_format, doc.text) == ("txt", page)


def test_source_format_can_be_forced():
    page = "<html><body><article><p>本文です。</p><p>二段落目です。</p></article></body></html>"
    assert read_bytes(page.encode("utf-8"), "upload.bin", source_format="html").text == "本文です。\n二段落目です。"
    with pytest.raises(ReadError, match=r"^upload\.bin: unknown format 'pdf' \(use txt, md or html\)$"):
        read_bytes(page.encode("utf-8"), "upload.bin", source_format="pdf")


def test_whitespace_only_file_is_read_as_it_is():
    # Chosen: only a zero-byte file is an error; a file of spaces is a document with nothing to audit.
    text = " \r\n\t\u3000\n"
    doc = read_bytes(text.encode("utf-8"), "blank.txt")
    assert doc.text == text
    assert doc.sentences == []


# --- refusals -----------------------------------------------------------------------------------------


def test_empty_file(tmp_path):
    with pytest.raises(ReadError, match=r"^x\.txt: file is empty$"):
        read_bytes(b"", "x.txt")
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(ReadError, match=r": file is empty$") as caught:
        read_path(path)
    assert str(caught.value) == f"{path}: file is empty"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "article.txt: not text (looks like a PNG image)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "article.txt: not text (looks like a PDF document)"),
        (
            b"PK\x03\x04\x14\x00\x06\x00" + bytes(30),
            "article.txt: not text (looks like a ZIP archive, or a .docx/.xlsx/.epub file)",
        ),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "article.txt: not text (looks like a JPEG image)"),
        (bytes(range(256)) * 20, "article.txt: not text (binary data: it contains NUL bytes)"),
        (bytes(range(1, 32)) * 100, "article.txt: not text (binary data: 2,500 control bytes in the first 3,100)"),
        (bytes(range(1, 27)) * 100, "article.txt: not text (binary data: 2,100 control bytes in the first 2,600)"),
    ],
    ids=["png", "pdf", "zip", "jpeg", "nul-heavy", "control-bytes-with-esc", "control-bytes"],
)
def test_binary_files_are_refused(data, message):
    with pytest.raises(ReadError) as caught:
        read_bytes(data, "article.txt")
    assert str(caught.value) == message


def test_a_stray_nul_in_utf8_text_is_binary():
    with pytest.raises(ReadError, match=r"^a\.txt: not text \(binary data: it contains NUL bytes\)$"):
        read_bytes(SHORT.encode("utf-8") + b"\x00" + SHORT.encode("utf-8"), "a.txt")


def test_damaged_utf8_names_the_byte_and_its_position():
    good = LONG.encode("utf-8")
    data = good[:1500] + b"\xff" + good[1500:]
    with pytest.raises(ReadError) as caught:
        read_bytes(data, "x.txt")
    assert str(caught.value) == (
        "x.txt: cannot decode: invalid byte 0xFF at position 1,500 (the rest reads as utf-8; the file may be damaged)"
    )


def test_a_few_damaged_bytes_still_name_the_first():
    pieces = [LONG[:100].encode(), LONG[100:700].encode(), LONG[700:2000].encode(), LONG[2000:].encode()]
    data = b"\xc0".join(pieces)  # three broken bytes in about 8,000
    with pytest.raises(ReadError) as caught:
        read_bytes(data, "x.txt")
    position = len(pieces[0])
    assert str(caught.value).startswith(f"x.txt: cannot decode: invalid byte 0xC0 at position {position:,} (the rest")


def test_damaged_cp932_names_the_byte_and_its_position():
    good = LONG[:1200].encode("cp932")
    data = good + b"\x82" + "\r\n追記です。".encode("cp932")  # a lead byte without its second byte
    assert len(good) == 2029
    with pytest.raises(ReadError) as caught:
        read_bytes(data, "x.txt")
    assert str(caught.value) == (
        "x.txt: cannot decode: invalid byte 0x82 at position 2,029 (the rest reads as cp932; the file may be damaged)"
    )


def test_undecodable_bytes_list_what_was_tried():
    data = b"\xfe\xfd\xfc" * 200  # valid in no encoding that gives readable text
    with pytest.raises(ReadError) as caught:
        read_bytes(data, "x.txt")
    assert str(caught.value) == (
        "x.txt: cannot decode: invalid byte 0xFE at position 0 "
        "(tried utf-8, cp932, euc_jp, shift_jis_2004, euc_jis_2004, utf-16, charset detection)"
    )


def test_broken_bytes_after_a_bom():
    data = codecs.BOM_UTF8 + "駅".encode() + b"\xff"
    with pytest.raises(ReadError) as caught:
        read_bytes(data, "x.txt")
    assert (
        str(caught.value)
        == "x.txt: cannot decode: invalid byte 0xFF at position 6 (utf-8, as its byte-order mark says)"
    )


def test_size_limit(tmp_path, monkeypatch):
    assert MAX_BYTES == 50 * 1024 * 1024
    with pytest.raises(ReadError) as caught:
        read_bytes(b"abcd", "x.txt", max_bytes=3)
    assert str(caught.value) == "x.txt: larger than the 3 bytes limit (4 bytes)"
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2000)
    # The limit is checked before the file is read into memory.
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    with pytest.raises(ReadError) as caught:
        read_path(path, max_bytes=1024)
    assert str(caught.value) == f"{path}: larger than the 1 KB limit (1.95 KB)"


def test_missing_file_and_directory(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(ReadError) as caught:
        read_path(missing)
    assert str(caught.value) == f"{missing}: cannot read: No such file or directory"
    with pytest.raises(ReadError, match=r": cannot read: Is a directory$"):
        read_path(tmp_path)


# --- HTML ---------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="{charset}">
<title>新型電池の量産を開始 | 架空新聞</title>
<meta property="og:title" content="新型電池の量産を開始">
<script>var tracker = "ページビューを数える";</script>
<style>body {{ color: #333; }}</style>
</head>
<body>
<header><nav><ul>
<li><a href="/">ホーム</a></li><li><a href="/news">ニュース</a></li><li><a href="/sports">スポーツ</a></li>
</ul></nav></header>
<main>
<article>
<h1>新型電池の量産を開始</h1>
<p>架空電機は十日、新しい固体電池の量産を愛知県の工場で始めたと発表した。年間の生産能力は電気自動車二十万台分に相当するという。</p>
<p>同社の社長は記者会見で「充電時間を半分にできる」と述べ、<strong>来年には</strong>海外への出荷も始める考えを示した。</p>
<h2>市場の反応</h2>
<p>発表を受けて同社の株価は一時、前日比で八パーセント上昇した。</p>
<ul>
<li>生産能力：年間二十万台分</li>
<li>出荷開始：来年春の予定</li>
</ul>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Big day for batteries. Mass production starts now!
<a href="https://t.co/AbCdEf123">pic.twitter.com/AbCdEf123</a></p>&mdash; Example Energy (@example_energy)
<a href="https://twitter.com/example_energy/status/1">March 10, 2026</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
<p>業界の専門家は、価格の引き下げが普及の鍵になるとみている。<br>一方で、原材料の調達には課題も残る。</p>
</article>
<aside><h3>関連記事</h3><ul>
<li><a href="/a">電池の歴史を振り返る</a></li><li><a href="/b">充電設備の整備進む</a></li>
</ul></aside>
</main>
<footer><p>Copyright 架空新聞社 All rights reserved.</p><p>お問い合わせ | プライバシーポリシー</p></footer>
</body>
</html>
"""
PAGE_LINES = [
    "新型電池の量産を開始",
    "架空電機は十日、新しい固体電池の量産を愛知県の工場で始めたと発表した。年間の生産能力は電気自動車二十万台分に相当するという。",
    "同社の社長は記者会見で「充電時間を半分にできる」と述べ、来年には海外への出荷も始める考えを示した。",
    "市場の反応",
    "発表を受けて同社の株価は一時、前日比で八パーセント上昇した。",
    "- 生産能力：年間二十万台分",
    "- 出荷開始：来年春の予定",
    "Big day for batteries. Mass production starts now! pic.twitter.com/AbCdEf123",
    "— Example Energy (@example_energy) March 10, 2026",
    "業界の専門家は、価格の引き下げが普及の鍵になるとみている。",
    "一方で、原材料の調達には課題も残る。",
]


def test_html_main_text_one_block_per_line(tmp_path):
    doc = read_file(tmp_path, "battery.html", PAGE.format(charset="utf-8").encode("utf-8"))
    assert doc.text.split("\n") == PAGE_LINES
    assert (doc.source_format, doc.encoding, doc.title) == ("html", "utf-8", "新型電池の量産を開始")
    assert doc.meta["extractor"] == "trafilatura"
    # The page loads widgets.js: its tweet blockquote is an intact embed, named for the embed rule.
    assert doc.meta["intact_embeds"] == (
        "Bigdayforbatteries.Massproductionstartsnow!pic.twitter.com/AbCdEf123—ExampleEnergy(@example_energy)March10,2026"
    )


def test_html_drops_navigation_aside_footer_and_scripts():
    text = read_bytes(PAGE.format(charset="utf-8").encode("utf-8"), "battery.html").text
    for boilerplate in ("ホーム", "スポーツ", "関連記事", "電池の歴史", "Copyright", "プライバシー"):
        assert boilerplate not in text
    for script in ("ページビュー", "tracker", "widgets.js", "color"):
        assert script not in text


def test_html_leaves_out_readers_comments():
    page = (
        "<!DOCTYPE html><html><head><title>新駅が開業</title></head><body><article><h1>新駅が開業</h1>"
        "<p>架空市に新しい駅が開業し、朝から多くの利用者でにぎわった。市は周辺の道路も整備する。</p>"
        "<p>駅長は「安全な運行に努めたい」と話した。</p></article>"
        '<section id="comments" class="comments"><h3>コメント</h3>'
        '<div class="comment"><p>便利になって助かります。毎日使います。</p></div></section>'
        "</body></html>"
    )
    assert read_bytes(page.encode("utf-8"), "station.html").text == (
        "新駅が開業\n"
        "架空市に新しい駅が開業し、朝から多くの利用者でにぎわった。市は周辺の道路も整備する。\n"
        "駅長は「安全な運行に努めたい」と話した。"
    )


def test_html_keeps_a_tweet_embed_as_text_lines():
    doc = read_bytes(PAGE.format(charset="utf-8").encode("utf-8"), "battery.html")
    tweet = "Big day for batteries. Mass production starts now! pic.twitter.com/AbCdEf123"
    byline = "— Example Energy (@example_energy) March 10, 2026"
    start = doc.text.index(tweet)
    assert doc.text[start : start + len(tweet) + 1 + len(byline)] == f"{tweet}\n{byline}"
    # The document sees them as lines of their own, where the embed rule can find them.
    lines = [doc.text[line.start : line.end] for line in doc.lines]
    assert tweet in lines and byline in lines


@pytest.mark.parametrize(
    ("declaration", "codec", "reported"),
    [
        ('<meta charset="shift_jis">', "cp932", "cp932"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">', "euc_jp", "euc_jp"),
        ('<meta charset="iso-2022-jp">', "iso2022_jp", "iso2022_jp"),
    ],
    ids=["shift_jis", "euc-jp", "iso-2022-jp"],
)
def test_html_declared_charset_is_honoured(declaration, codec, reported):
    page = PAGE.format(charset="x").replace('<meta charset="x">', declaration)
    doc = read_bytes(page.encode(codec), "battery.htm")
    assert doc.encoding == reported
    assert doc.text.split("\n") == PAGE_LINES


def test_html_stale_declaration_loses_to_valid_utf8():
    doc = read_bytes(PAGE.format(charset="shift_jis").encode("utf-8"), "battery.html")
    assert doc.encoding == "utf-8"
    assert doc.text.split("\n") == PAGE_LINES


def test_html_ascii_page_reports_its_declared_charset():
    page = '<html><head><meta charset="Shift_JIS"><title>Notice</title></head><body><p>Closed today.</p></body></html>'
    doc = read_bytes(page.encode("ascii"), "notice.html")
    assert (doc.encoding, doc.text, doc.title) == ("cp932", "Closed today.", "Notice")


def test_html_declaration_of_an_ascii_incompatible_charset_is_ignored():
    page = '<html><head><meta charset="utf-7"><title>A+ACE-</title></head><body><p>Open +ACE- today.</p></body></html>'
    doc = read_bytes(page.encode("ascii"), "notice.html")
    assert (doc.encoding, doc.text, doc.title) == ("utf-8", "Open +ACE- today.", "A+ACE-")


def test_html_bom_wins_over_declaration():
    data = codecs.BOM_UTF16_LE + PAGE.format(charset="shift_jis").encode("utf-16-le")
    doc = read_bytes(data, "battery.html")
    assert doc.encoding == "utf-16"
    assert doc.text.split("\n") == PAGE_LINES


def test_html_title_from_title_tag_when_no_og_title():
    page = (
        "<html><head><title> 休業の &amp; お知らせ </title></head>"
        "<body><article><p>本日は休業します。</p></article></body></html>"
    )
    assert read_bytes(page.encode("utf-8"), "notice.html").title == "休業の & お知らせ"


def test_html_keeps_full_width_spaces_and_spaces_around_links():
    page = (
        "<html><body><article>"
        "<p>架空自動車の最高経営責任者である <a href='/p'>山田一郎</a> 氏は、新工場の建設を発表した。</p>"
        "<p>会見は東京都内で開かれた。全角\u3000スペースと&nbsp;改行しない空白と&#12288;実体参照も残る。</p>"
        "<p>&nbsp;</p>"
        "</article></body></html>"
    )
    doc = read_bytes(page.encode("utf-8"), "spaces.html")
    assert doc.text == (
        "架空自動車の最高経営責任者である 山田一郎 氏は、新工場の建設を発表した。\n"
        "会見は東京都内で開かれた。全角\u3000スペースと\u00a0改行しない空白と\u3000実体参照も残る。"
    )


def test_html_short_article_is_not_mixed_with_navigation():
    # trafilatura's default would take the whole body for an article under 250 characters.
    page = (
        "<!DOCTYPE html><html><head><title>再開発計画を発表</title></head><body>"
        "<header><nav><ul><li><a href='/'>トップ</a></li><li><a href='/l'>地域</a></li></ul></nav></header>"
        "<article><h1>再開発計画を発表</h1><p>架空市は十日、駅前の再開発計画を<a href='/x'>正式に</a>発表した。</p>"
        "<p>新しい図書館と広場を整備し、<b>二〇二八年</b>の完成を目指す。</p></article>"
        "<div class='sidebar'><h3>人気記事</h3><ul><li><a href='/1'>台風の進路予想</a></li></ul></div>"
        "</body></html>"
    )
    assert read_bytes(page.encode("utf-8"), "short.html").text == (
        "再開発計画を発表\n架空市は十日、駅前の再開発計画を正式に発表した。\n新しい図書館と広場を整備し、二〇二八年の完成を目指す。"
    )


def test_html_fallback_on_a_tiny_page():
    # trafilatura finds nothing in a one-paragraph fragment; the plain body walk reads it.
    page = "<p>本日は<b>臨時</b>休業です。</p>"
    doc = read_bytes(page.encode("utf-8"), "tiny.html")
    assert (doc.text, doc.title, doc.meta) == ("本日は臨時休業です。", None, {"extractor": "selectolax"})


def test_html_fallback_when_trafilatura_fails(monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise ValueError("parser exploded")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    doc = read_bytes(PAGE.format(charset="utf-8").encode("utf-8"), "battery.html")
    assert doc.meta["extractor"] == "selectolax"
    assert doc.text.split("\n")[:3] == PAGE_LINES[:3]
    assert "ホーム" not in doc.text and "関連記事" not in doc.text and "ページビュー" not in doc.text


def test_plain_body_text_structure():
    page = (
        "<html><head><title>題</title><style>p { color: red }</style></head><body>"
        "<nav>メニュー</nav><h2>見出し</h2>\n<p>一つ目の  <b>文</b>\n です。<br>改行の後。</p>"
        "<ul><li>項目一</li><li>項目二</li></ul><!-- 注釈 -->"
        "<script>document.write('実行しない')</script><noscript>有効にしてください</noscript>"
        "<template><p>型</p></template><iframe src='/ad'></iframe><div>全角\u3000空白</div>"
        "<footer>著作権</footer></body></html>"
    )
    assert plain_body_text(page) == "見出し\n一つ目の 文 です。\n改行の後。\n項目一\n項目二\n全角\u3000空白"


def test_html_page_without_text_is_an_empty_document():
    doc = read_bytes("<html><head><title>空</title></head><body>  </body></html>".encode(), "empty.html")
    assert (doc.text, doc.title, doc.lines) == ("", "空", [])

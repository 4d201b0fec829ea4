"""Bilingual readers: real files (tests/data/bilingual/ and files written here), exact texts and offsets."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from auditor.audit import audit
from auditor.readers.bilingual import BILINGUAL_FORMATS, BilingualDocument, read_bilingual
from auditor.readers.errors import ReadError

DATA = Path(__file__).parent / "data" / "bilingual"


def one(path: Path | bytes, **options) -> BilingualDocument:
    docs = read_bilingual(path, **options)
    assert len(docs) == 1
    return docs[0]


def units(doc: BilingualDocument) -> list[tuple[str, str]]:
    """(source, target) of each pair, cut out of the joined texts by the pair's offsets."""
    return [(doc.source.text[p.src_start : p.src_end], doc.target.text[p.tgt_start : p.tgt_end]) for p in doc.pairs]


def check_offsets(doc: BilingualDocument) -> None:
    """Units are the lines of both texts, in order, and every pair points at its own line."""
    assert len(doc.pairs) == len(doc.unit_ids)
    assert "\n".join(src for src, _ in units(doc)) == doc.source.text
    assert "\n".join(tgt for _, tgt in units(doc)) == doc.target.text
    for pair in doc.pairs:
        assert pair.confidence == 1.0
        assert pair.tgt_count == (1 if pair.tgt_end > pair.tgt_start else 0)


def test_xliff_12_flattens_inline_tags_and_keeps_missing_targets() -> None:
    doc = one(DATA / "news.xlf")
    check_offsets(doc)
    assert units(doc) == [
        ("The new bridge opens on Monday.", "新しい橋は月曜日に開通する。"),  # <g> keeps its text
        ("Tickets cost 5 dollars.", "チケットは5ドルだ。"),  # <x/> and comments vanish; <group> is read
        ("Press Start to begin.", "開始を押す。"),  # <bpt>/<ept>/<ph> native codes are not text
        ("The mayor spoke.", ""),  # <mrk> keeps its text; no <target>
    ]
    assert doc.unit_ids == ["t1", "t2", "t3", "t4"]
    assert (doc.source_lang, doc.target_lang, doc.source.lang, doc.target.lang) == ("en-US", "ja-JP", "en", "ja")
    assert doc.target.meta["lang_tag"] == "ja-JP"
    last = doc.pairs[-1]
    assert (last.tgt_start, last.tgt_end, last.kind) == (33, 33, "1-0") and last.tgt_start == len(doc.target.text)
    assert doc.warnings == ["1 unit has no target"]
    assert doc.source_format == "xliff" and doc.name.endswith("news.xlf")


def test_xliff_with_several_files_gives_one_document_each(tmp_path: Path) -> None:
    body = '<file original="{0}" source-language="en" target-language="ja"><body>{1}</body></file>'
    unit = '<trans-unit id="1"><source>{0}</source><target>{1}</target></trans-unit>'
    path = tmp_path / "two.xliff"
    path.write_text(
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        + body.format("a.txt", unit.format("One.", "一。"))
        + body.format("b.txt", unit.format("Two.", "二。"))
        + "</xliff>",
        encoding="utf-8",
    )
    docs = read_bilingual(path)
    assert [d.name for d in docs] == [f"{path}#a.txt", f"{path}#b.txt"]
    assert [units(d) for d in docs] == [[("One.", "一。")], [("Two.", "二。")]]


def test_xliff_20_joins_segments_of_a_unit() -> None:
    doc = one(DATA / "weather.xliff")
    check_offsets(doc)
    assert units(doc) == [
        ("Rain is expected tomorrow.", "明日は雨の予報だ。"),  # <pc> keeps its text
        ("Prices rose. Sales fell.", "価格が上がった。 売上は落ちた。"),  # two segments, <ignorable> between
        ("Not yet translated.", ""),
        ("Tab\there", "ここ\tタブ"),  # <cp hex="0009"/>
    ]
    assert doc.unit_ids == ["u1", "u2", "u3", "u4"]
    assert (doc.source_lang, doc.target_lang) == ("en", "ja")
    assert doc.warnings == ["1 unit has no target"]


def test_tmx_takes_the_target_by_language_not_by_position() -> None:
    # Unit 1 lists en, de, ja-JP; unit 2 lists ja-JP before en-US: the next <tuv> is not the target.
    doc = one(DATA / "museum.tmx")
    check_offsets(doc)
    assert units(doc) == [
        ("The museum reopens in May.", "博物館は5月に再開する。"),
        ("Entry is free.", "入場は無料だ。"),
        ("Closed on Tuesdays.", "火曜日は休館。"),
    ]
    assert (doc.source_lang, doc.target_lang, doc.target.lang) == ("en", "ja-JP", "ja")
    assert doc.warnings == ["several target languages: took ja-JP, not de (pass target_lang)"]


def test_tmx_target_lang_argument_picks_the_tuv() -> None:
    doc = one(DATA / "museum.tmx", target_lang="de")
    check_offsets(doc)
    assert units(doc)[0] == ("The museum reopens in May.", "Das Museum öffnet im Mai wieder.")
    assert [tgt for _, tgt in units(doc)[1:]] == ["", ""]
    assert doc.warnings == ["2 units have no target"]
    reverse = one(DATA / "museum.tmx", source_lang="ja", target_lang="en")
    assert units(reverse)[1] == ("入場は無料だ。", "Entry is free.")


def test_po_reads_entries_skips_header_and_obsolete() -> None:
    doc = one(DATA / "app.po")
    check_offsets(doc)
    assert units(doc) == [
        ("Save", "保存"),
        ("Open", "開く"),
        ("Close the window", "ウィンドウを閉じる"),
        ("One file", "%d 個のファイル"),  # plural: the first form
        ("Untranslated text", ""),
    ]
    assert doc.unit_ids[1] == "menu"  # msgctxt
    assert (doc.source_lang, doc.target_lang) == ("und", "ja")  # the Language header
    assert doc.warnings == ["1 unit is fuzzy", "1 unit has no target"]


def test_po_in_shift_jis_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.po"
    text = 'msgid ""\nmsgstr ""\n"Language: ja\\n"\n"Content-Type: text/plain; charset=Shift_JIS\\n"\n\n'
    path.write_bytes((text + 'msgid "Weather"\nmsgstr "天気予報です"\n').encode("cp932"))
    assert units(one(path, source_lang="en")) == [("Weather", "天気予報です")]


def test_tsv_groups_rows_into_documents_by_doc_column() -> None:
    docs = read_bilingual(DATA / "articles.tsv", source_lang="en", target_lang="ja")
    assert [d.name for d in docs] == ["a1", "b2"]
    for doc in docs:
        check_offsets(doc)
    assert units(docs[0]) == [('He said "yes".', "彼は「はい」と言った。"), ("It was late.", "")]  # quotes stay text
    assert docs[0].unit_ids == ["1", "2"] and docs[0].warnings == ["1 unit has no target"]
    assert units(docs[1]) == [("Snow fell.", "雪が降った。")]
    assert (docs[1].source.lang, docs[1].target.lang) == ("en", "ja")


def test_csv_with_named_columns_and_quoted_newline() -> None:
    doc = one(DATA / "greetings.csv", source_col="en", target_col="ja")
    assert units(doc) == [("Hello, world", "こんにちは、世界"), ("Two\nlines", "二行")]
    assert doc.unit_ids == ["1", "2"]
    assert (doc.pairs[1].src_start, doc.pairs[1].src_end) == (13, 22)
    assert doc.source_lang == "und"  # a table says nothing about languages


def test_jsonl_reads_objects_with_null_and_number_targets() -> None:
    doc = one(DATA / "lines.jsonl")
    check_offsets(doc)
    assert units(doc) == [("Good night.", "おやすみ。"), ("See you.", ""), ("Number", "42")]
    assert doc.unit_ids == ["s1", "s2", "s3"]  # the id column is used when present


def test_bytes_need_a_name_for_the_format() -> None:
    data = (DATA / "news.xlf").read_bytes()
    assert one(data, name="upload.xlf").unit_ids == ["t1", "t2", "t3", "t4"]
    assert one(data, name="upload.xml").source_format == "xliff"  # .xml: sniffed by root element
    assert one((DATA / "museum.tmx").read_bytes(), name="x.xml").source_format == "tmx"
    with pytest.raises(ReadError, match=r"^upload: not a bilingual format"):
        read_bilingual(data)


def test_formats_map_covers_the_extensions() -> None:
    for ext in (".xlf", ".xliff", ".sdlxliff", ".tmx", ".po", ".tsv", ".csv", ".jsonl"):
        assert ext in BILINGUAL_FORMATS


# --- refusals: one line, starting with the file name ------------------------------------------------


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE xliff [\n<!ENTITY lol0 "lol">\n'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">\n' for i in range(1, 10))
    + ']>\n<xliff version="1.2"><file source-language="en" target-language="ja"><body>'
    + '<trans-unit id="1"><source>&lol9;</source><target>x</target></trans-unit></body></file></xliff>'
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n'
    '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv>'
    '<tuv xml:lang="ja"><seg>x</seg></tuv></tu></body></tmx>'
)
PARAMETER_ENTITY = (
    '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY % remote SYSTEM "http://example.invalid/x.dtd"> %remote;]>\n'
    '<xliff version="1.2"><file><body></body></file></xliff>'
)


@pytest.mark.parametrize(
    ("filename", "content", "message"),
    [
        ("bomb.xlf", BILLION_LAUGHS, r"^bomb\.xlf: refused: the XML (uses|declares) entities"),
        ("xxe.tmx", EXTERNAL_ENTITY, r"^xxe\.tmx: refused: the XML declares entities \(xxe\)"),
        ("pe.xlf", PARAMETER_ENTITY, r"^pe\.xlf: refused: the XML declares entities"),
        ("broken.xlf", "<xliff><file><body></file></xliff>", r"^broken\.xlf: not well-formed XML: .*line 1"),
        ("other.xml", "<html><body/></html>", r"^other\.xml: an XML file that is neither XLIFF nor TMX"),
        ("cols.tsv", "en\tja\nHello\tこんにちは\n", r"^cols\.tsv: no column 'source', 'target' \(columns: en, ja\)"),
        ("bad.jsonl", '{"source": "a", "target": "b"}\n{"source": \n', r"^bad\.jsonl: line 2 is not valid JSON"),
        ("list.jsonl", '["a", "b"]\n', r"^list\.jsonl: line 1 is not a JSON object"),
        (
            "bad.po",
            'msgid "a"\nmsgstr "b"\nnonsense here\n',
            r"^bad\.po: not a valid PO file \(syntax error at line 3\)$",
        ),
        ("empty.csv", "  \n", r"^empty\.csv: file is empty"),
        ("notes.docx", "x", r"^notes\.docx: not a bilingual format"),
    ],
)
def test_bad_files_are_refused_with_one_line(tmp_path: Path, filename: str, content: str, message: str) -> None:
    path = tmp_path / filename
    path.write_text(content, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(ReadError, match=message) as caught:
        read_bilingual(path, name=filename)
    assert "\n" not in str(caught.value)
    assert time.perf_counter() - started < 1.0  # no entity expansion, no network wait


def test_missing_id_column_named_explicitly_is_an_error() -> None:
    with pytest.raises(ReadError, match=r"no column 'key' \(columns: doc, id, source, target\)"):
        read_bilingual(DATA / "articles.tsv", id_col="key")


def test_doctype_system_without_entities_is_ignored_not_fetched() -> None:
    # museum.tmx declares <!DOCTYPE tmx SYSTEM "http://example.invalid/tmx14.dtd">: read, never loaded.
    assert (DATA / "museum.tmx").read_text(encoding="utf-8").count("SYSTEM") == 1
    started = time.perf_counter()
    assert len(one(DATA / "museum.tmx").pairs) == 3
    assert time.perf_counter() - started < 1.0


def test_missing_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"nothing\.tmx: cannot read"):
        read_bilingual(tmp_path / "nothing.tmx")


def test_the_target_comes_ready_for_the_cross_checks():
    table = "source\ttarget\nShares of $TSLA rose sharply on Monday.\t月曜日、$ＴＳＬＡの株価が急騰した。\n"
    (doc,) = read_bilingual(table.encode(), name="p.tsv")
    assert doc.target.source is doc.source and doc.target.pairs == doc.pairs
    assert doc.source.lang == "und"  # a table names no language ...
    report = audit(doc.target)
    assert report.document.source.lang == "en"  # ... so audit() detects it
    assert doc.source.lang == "und"  # in the document it audited, never in the one it was given
    assert [f.rule for f in report.findings if f.rule.startswith("source.")] == ["source.address-altered"]

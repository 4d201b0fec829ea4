"""Chinese words written in Japanese characters (空投): the table chinese_words.tsv and language.untranslated."""

from __future__ import annotations

from pathlib import Path

import auditor
from auditor.lexicons import get_lexicon
from auditor.lexicons.schema import ChineseWordRow

ROOT = Path(__file__).resolve().parent.parent
JA = ROOT / "auditor" / "lexicons" / "ja"


def _words(text: str) -> list[tuple[int, int, str]]:
    return [
        (f.start, f.end, f.excerpt)
        for f in auditor.audit(text, lang="ja").findings
        if f.rule == "language.untranslated" and "word, not a" in f.message
    ]


def test_table_is_valid_and_attributed() -> None:
    rows = get_lexicon("ja").table(ChineseWordRow)
    assert all(row.key in row.word and row.japanese >= 0 for row in rows)
    assert len(rows) > 1000
    words = [row.word for row in rows]
    assert len(set(words)) == len(words)
    for row in rows:
        row.word.encode("iso2022_jp")  # every character in JIS X 0208
        assert row.frequency >= 100
    head = (JA / "chinese_words.tsv").read_text(encoding="utf-8")[:800]
    assert "tools/build_chinese_words.py" in head and "jieba" in head and "MIT" in head
    licence = (JA / "chinese_words.LICENSE").read_text(encoding="utf-8")
    assert "MIT" in licence and "Sun Junyi" in licence
    assert {"空投", "然而"} <= set(words)
    # Japanese words, compounds and constructions are not in it.
    assert not {"日本政府", "影像", "万台", "右耳", "珠海"} & set(words)


def test_chinese_word_standing_alone() -> None:
    # 而 is rare in Japanese: 然而 is found by its key in any article.
    assert _words("然而、私はまだ迷っていた。") == [(0, 2, "然而")]
    # 投 is common in Japanese: 空投 is looked for only on a page that shows Chinese already (这: a simplified form).
    assert _words("運営は空投を実施した。") == []
    assert _words("这个。\n運営は空投を実施した。") == [(7, 9, "空投")]
    assert _words("然而、運営は空投を実施した。") == [(0, 2, "然而"), (6, 8, "空投")]


def test_japanese_text_stays_quiet() -> None:
    assert _words("運営はエアドロップを実施した。") == []
    assert _words("私はこの店が大好きです。") == []  # 大好: the stem of 大好き
    assert _words("ホーチミン市政府が発表した。") == []  # 市: a suffix after a name
    assert _words("7年前の話です。") == []  # 年: a counter
    assert _words("運営は空投（エアドロップ）を実施した。") == []  # glossed on purpose

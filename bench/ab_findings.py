#!/usr/bin/env python3
"""A/B harness for speed work: every finding on a fixed corpus, saved once and compared after each change.

    .venv/bin/python bench/ab_findings.py save  FILE [--quick]   # before any change
    .venv/bin/python bench/ab_findings.py check FILE [--quick]   # after each change: exit 1 on any difference

The corpus is built at run time, never stored: bench_batch.py's news articles (WMT24 refA, ../shared, when there),
the samples, bench_hostile.py's hostile texts (without the 50 MB ones; ``--quick`` also skips those over 1 MB),
and a few thousand random texts mixing kana, kanji, Latin, digits, spaces, brackets, URLs, handles, units, brand
literals, register endings and line breaks (a fixed seed). Each text is audited as the batch does (language
detected; every other random text as Japanese); every finding is written as ``text-id, rule, start, end, severity,
message, suggestion`` (and every rule error), one JSON line each. ``check`` prints the first differences.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import auditor  # noqa: E402
from auditor.readers import ReadError, read_path  # noqa: E402

# Pieces the random texts are made of: each script and shape the rules look at.
_PIECES = (  # noqa: SIM905  (one piece per |: shorter to read than a list of 140 strings)
    "あいうえお|かきくけこ|ですます|である。|でした。|だった。|ました。|と述べた。|という。|日本|東京都|政府|発表|株価|円|万|億|"
    "兆|年|月|日|時速|キロ|マイル|フィート|ポンド|インチ|度|華氏|摂氏|km|mph|kg|lb|%|％|ドル|$TSLA|"
    "(AAPL)|りんご|アップル|Apple|テスラ|Tesla|スペースX|SpaceX|xAI|Xai|イーロン・マスク|マスク氏|"
    "ジョン・鍛冶屋|@elonmusk|@エロンムスク|＠abc|#AI|#ニュース|pic.twitter.com/abc|"
    "https://example.com/a?b=1|http://例え.jp/パス|www.example.org|"
    "— Elon Musk (@elonmusk) July 28, 2023|The company said|It is a test.|"
    "Mr. Smith|U.S.|Vo Van Kiet|ảnh 1|购买|这是|、|。|，|．|?|？|!|！|:|：|;|(|)|（|）|"
    '「|」|『|』|【|】|[|]|"|“|”|・|…|—|-|~|〜| | |  |\u3000|\t|\n|\n|\r\n|\n\n|# |'
    "- |1. |①|0|1|12|3.5|1,000|２０２６|十五|三百|2026 年|14,735,478億|12345万|1.5|"
    "50%|A|AI|GPU|iPhone|ﾃｽﾄ|ｶﾀｶﾅ|ｱ|〇|々|㐀|豈|テレビ チャンネル|橋火災|ブリッジ|Ｔｅｓｌａ|ＡＢＣ|"
    "\u200b|\ufeff"
).split("|")


def news_texts() -> list[str]:
    from bench_batch import make_articles, news_lines

    lines = news_lines()
    return make_articles(2000, 3000, lines) if lines else []


def random_texts(count: int, seed: int = 9) -> Iterator[str]:
    rng = random.Random(seed)
    lines = [line for path in sorted((ROOT / "samples").glob("*.txt")) for line in path.read_text("utf-8").splitlines()]
    for _ in range(count):
        parts: list[str] = []
        for _ in range(rng.randint(1, 60)):
            roll = rng.random()
            if roll < 0.6:
                parts.append(rng.choice(_PIECES))
            elif roll < 0.8 and lines:
                line = rng.choice(lines)
                start = rng.randrange(len(line) + 1)
                parts.append(line[start : start + rng.randint(1, 40)])
            else:
                parts.append("".join(chr(rng.choice(_CODEPOINTS)) for _ in range(rng.randint(1, 8))))
        yield "".join(parts)


_CODEPOINTS = [
    *range(0x3041, 0x3097),  # hiragana
    *range(0x30A1, 0x30FB),  # katakana
    *range(0x4E00, 0x4E00 + 400),  # kanji
    *range(0x41, 0x5B),
    *range(0x61, 0x7B),
    *range(0x30, 0x3A),
    0x20, 0x3000, 0x0A, 0x2E, 0x2C, 0x40, 0x23, 0x2F, 0x3A, 0x3002, 0x3001, 0x30FC,
]  # fmt: skip


def corpus(quick: bool) -> Iterator[tuple[str, str | Path]]:
    """(text id, text or a file to read) in a fixed order."""
    for index, text in enumerate(news_texts()):
        yield f"news/{index}", text
    for path in sorted((ROOT / "samples").iterdir()):
        if path.suffix in (".txt", ".md", ".html"):
            yield f"samples/{path.name}", path
    for index, text in enumerate(random_texts(4000)):
        yield f"random/{index}", text
    from bench_hostile import cases

    folder = Path(tempfile.mkdtemp(prefix="ab-hostile-"))
    for index, (name, filename, make) in enumerate(cases(quick=True)):
        data = make()
        if quick and len(data) > 1 << 20:
            continue
        path = folder / f"{index}-{filename}"
        path.write_bytes(data)
        yield f"hostile/{name}", path


def findings(quick: bool) -> Iterator[str]:
    for text_id, item in corpus(quick):
        try:
            doc = read_path(item) if isinstance(item, Path) else item
        except ReadError as error:
            yield json.dumps([text_id, "read-error", str(error).split(": ", 1)[-1]], ensure_ascii=False)  # no temp path
            continue
        # Random texts: every other one read as Japanese whatever it looks like, so all the Japanese rules see it.
        lang = "ja" if text_id.startswith("random/") and text_id.endswith(("0", "2", "4", "6", "8")) else None
        report = auditor.audit(doc, lang, doc_id=text_id) if isinstance(doc, str) else auditor.audit(doc)
        for f in report.findings:
            row = [text_id, f.rule, f.start, f.end, f.severity, f.message, f.suggestion, f.src_start, f.src_end]
            yield json.dumps(row, ensure_ascii=False)
        for rule, error in report.errors:
            yield json.dumps([text_id, "error", rule, error], ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("save", "check"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--quick", action="store_true", help="skip the hostile texts over 1 MB")
    args = parser.parse_args()
    rows = list(findings(args.quick))
    if args.mode == "save":
        args.file.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
        print(f"saved {len(rows):,} findings to {args.file}")
        return
    saved = args.file.read_text(encoding="utf-8").splitlines()
    if rows == saved:
        print(f"identical: {len(rows):,} findings")
        return
    before, after = set(saved), set(rows)
    print(f"DIFFERENT: {len(saved):,} saved, {len(rows):,} now")
    for row in [r for r in saved if r not in after][:15]:
        print("  -", row)
    for row in [r for r in rows if r not in before][:15]:
        print("  +", row)
    if before == after:
        print("  (same findings, another order)")
    sys.exit(1)


if __name__ == "__main__":
    main()

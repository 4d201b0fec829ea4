"""source.number-mismatch: numbers of the source changed or dropped in the translation (textlint-style en→ja pairs)."""

from __future__ import annotations

import math
import re
import time

import pytest

from auditor import audit
from auditor.analysis.alignment import Pair
from auditor.analysis.quantities import english_numbers, japanese_numbers
from auditor.document import Document
from auditor.lexicons import get_lexicon
from auditor.rules.base import Context
from auditor.rules.numbers import NumberMismatch
from tests.conftest import shared_file

RULE = NumberMismatch()


def check(source: str, target: str, pairs: list[Pair] | None = None) -> list[tuple[str, int, int, int, int, str]]:
    """source.number-mismatch findings as (excerpt, start, end, src_start, src_end, suggestion)."""
    pairs = pairs or [Pair(0, len(source), 0, len(target))]
    doc = Document(target, lang="ja", source=Document(source, lang="en"), pairs=pairs)
    out = []
    for f in RULE.check(doc, Context.of(doc, get_lexicon("ja"))):
        assert target[f.start : f.end] == f.excerpt
        out.append((f.excerpt, f.start, f.end, f.src_start, f.src_end, f.suggestion))
    return out


VALID = [
    # Scales: billion = 10 億, million = 100 万, trillion = 兆; commas, full-width digits, abbreviations.
    ("Tesla will invest $500 billion in the plant.", "テスラは工場に5,000億ドルを投資する。"),
    ("Tesla will invest $500 billion in the plant.", "テスラは工場に5000億ドルを投資する。"),
    ("Tesla will invest $500bn in the plant.", "テスラは工場に５０００億ドルを投資する。"),
    ("The deal is worth 3 trillion yen.", "取引額は3兆円に上る。"),
    ("About 1.5 million people attended.", "約150万人が参加した。"),
    ("The fund raised £5m last year.", "基金は昨年、500万ポンドを集めた。"),
    ("Some 45,000 fans came.", "約4万5000人のファンが来た。"),
    ("Some 45,000 fans came.", "約45,000人のファンが来た。"),
    ("Sales rose 12 percent to 45,000 units.", "販売台数は１２％増の４万５０００台だった。"),
    ("Unemployment rose to 5.2%.", "失業率は5.2％に上昇した。"),
    ("Shares cost $3.74 on Friday.", "株価は金曜日に3ドル74セントだった。"),
    # Dates: any Japanese order; the year (and the month beside a day) may be left out, an era year counts.
    ("The law took effect on January 30, 2026.", "法律は2026年1月30日に施行された。"),
    ("It was signed on 30 January 2026.", "2026年1月30日に署名された。"),
    ("The vote is on Jan. 30.", "投票は1月30日だ。"),
    ("The vote is on Jan. 30.", "投票は30日だ。"),
    ("The law took effect on January 30, 2026.", "法律は1月30日に施行された。"),
    ("The plan starts in 2026.", "計画は令和8年に始まる。"),
    ("Sales peaked in March.", "販売は3月にピークを迎えた。"),
    ("The show runs through March 3.", "展示は3月3日まで続く。"),
    ("The show runs through March 3.", "展示は3日まで続く。"),
    ("It will be decided in November 2024.", "2024年11月に決まる。"),
    ("Toys of the 1980s are back.", "1980年代のおもちゃが復活した。"),
    ("Toys of the 80s are back.", "80年代のおもちゃが復活した。"),
    ("It ran from 1981-87.", "1981年から1987年まで続いた。"),
    ("The meeting starts at 3:30 p.m.", "会議は午後3時半に始まる。"),
    ("The meeting starts at 3:30 p.m.", "会議は15時30分に始まる。"),
    # Units converted within the translator's rounding, or kept.
    ("The car reached 155 mph.", "車は時速250キロに達した。"),
    ("The car reached 155 mph.", "車は時速155マイルに達した。"),
    ("The trail is 10 miles long.", "この道は全長16キロだ。"),
    ("The wall is 6 feet high.", "壁の高さは1.8メートルだ。"),
    ("The dog weighs 100 pounds.", "犬の体重は45キロある。"),
    ("It was 90°F in Phoenix.", "フェニックスの気温は32度だった。"),
    ("It was 90 degrees Fahrenheit in Phoenix.", "フェニックスの気温は摂氏32度だった。"),
    ("Temperatures fell to -4°F.", "気温は氷点下20度まで下がった。"),
    # Other ways of writing the same number.
    ("Between 5-7 people were hurt.", "5～7人が負傷した。"),
    ("He won 2-0.", "彼は２対０で勝った。"),
    ("The 25 members voted.", "二十五人の委員が投票した。"),
    ("It took 18 months.", "1年半かかった。"),
    ("It was the 2nd time.", "2度目だった。"),
    ("It costs 1 dollar.", "それは1ドルだ。"),
    # Names, codes, URLs and set phrases: no quantity to keep.
    ("Apple unveiled the iPhone 16 on Monday.", "アップルは月曜日、新型アイフォーンを発表した。"),
    ("COVID-19 cases fell.", "新型コロナの感染者数が減った。"),
    ("The F-35 and the A320 flew over.", "戦闘機と旅客機が上空を飛んだ。"),
    ("It sells the Model 3 in Japan.", "日本でも同車種を販売している。"),
    ("See https://example.com/page/2024 for more.", "詳しくはウェブサイトを参照。"),
    ("The store is open 24/7.", "店は24時間営業だ。"),
    ("He was 100% sure.", "彼は完全に確信していた。"),
]

INVALID = [
    # A scale word turned into the wrong Japanese scale.
    (
        "Tesla will invest $500 billion in the plant.",
        "テスラは工場に5,000万ドルを投資する。",
        [("5,000万ドル", 7, 15, 18, 30, "5,000億ドル")],
    ),
    ("About 1.5 million people attended.", "約15万人が参加した。", [("15万", 1, 4, 6, 17, "150万")]),
    ("The deal is worth 3 trillion yen.", "取引額は3億円に上る。", [("3億円", 4, 7, 18, 32, "3兆円")]),
    ("Some 45,000 fans came.", "約4万6000人のファンが来た。", [("4万6000", 1, 7, 5, 11, "4万5000")]),
    ("Unemployment rose to 5.2%.", "失業率は2.5％に上昇した。", [("2.5％", 4, 8, 21, 25, "5.2％")]),
    # Dates and years.
    (
        "The law took effect on January 30, 2026.",
        "法律は2026年1月31日に施行された。",
        [("2026年1月31日", 3, 13, 23, 39, "2026年1月30日")],
    ),
    ("The vote is on Jan. 30.", "投票は1月31日だ。", [("1月31日", 3, 8, 15, 22, "1月30日")]),
    ("The plant opened in 2025.", "工場は2024年に開設された。", [("2024年", 3, 8, 20, 24, "2025年")]),
    # A day is said by a date's day, not by its month: 3月1日 is no 3rd of March.
    ("The show runs through March 3.", "展示は3月1日まで続く。", [("3月1日", 3, 7, 22, 29, "3月3日")]),
    ("The show runs through March 3.", "展示は３月１日まで続く。", [("３月１日", 3, 7, 22, 29, "3月3日")]),
    # Units: wrong arithmetic, or the number kept with another unit.
    ("The car reached 155 mph.", "車は時速150キロに達した。", [("時速150キロ", 2, 9, 16, 23, "時速249キロ")]),
    ("The trail is 10 miles long.", "この道は全長10キロだ。", [("10キロ", 6, 10, 13, 21, "16キロ")]),
    ("The wall is 6 feet high.", "壁の高さは6メートルだ。", [("6メートル", 5, 10, 12, 18, "1.8メートル")]),
    ("It was 90°F in Phoenix.", "フェニックスの気温は90度だった。", [("90度", 10, 13, 7, 11, "32度")]),
    # Dropped: the finding is the whole target sentence.
    ("Police arrested 15 people.", "警察は数人を逮捕した。", [("警察は数人を逮捕した。", 0, 11, 16, 18, "")]),
    ("Sales rose 5% to $2 billion.", "売上高は5％増えた。", [("売上高は5％増えた。", 0, 10, 17, 27, "")]),
]


@pytest.mark.parametrize(("source", "target"), VALID, ids=[t for _, t in VALID])
def test_valid(source, target):
    assert check(source, target) == []


@pytest.mark.parametrize(("source", "target", "expected"), INVALID, ids=[t for _, t, _ in INVALID])
def test_invalid(source, target, expected):
    assert check(source, target) == expected


def test_number_moved_to_a_neighbouring_sentence_is_quiet():
    source = "Sales rose 5% to $2 billion. Profit fell."
    target = "売上高は5％増えた。20億ドルに達し、利益は減った。"
    pairs = [Pair(0, 28, 0, 10), Pair(29, 41, 10, 25)]
    assert check(source, target, pairs) == []
    # Without the neighbour, the same pair fires.
    assert check(source[:28], target[:10], pairs[:1]) == [("売上高は5％増えた。", 0, 10, 17, 27, "")]


def test_low_confidence_and_one_sided_pairs_are_quiet():
    source, target = "Police arrested 15 people.", "警察は16人を逮捕した。"
    assert check(source, target, [Pair(0, len(source), 0, len(target), confidence=0.3)]) == []
    assert check(source, target, [Pair(0, len(source), 0, 0), Pair(len(source), len(source), 0, len(target))]) == []
    assert check(source, target) == [("16", 3, 5, 16, 18, "15")]


def test_through_the_pipeline_with_alignment():
    report = audit(NumberMismatch.bad, lang="ja", source=NumberMismatch.example_source, source_lang="en")
    mine = [f for f in report.findings if f.rule == NumberMismatch.id]
    assert [(f.excerpt, f.src_start, f.src_end, f.suggestion) for f in mine] == [("5,000万ドル", 58, 70, "5,000億ドル")]
    assert NumberMismatch.example_source[58:70] == "$500 billion"


# --- real data: WMT23 en-ja, human reference (line i translates line i) ---------------------------------------


def _wmt() -> list[tuple[str, str]]:
    source = shared_file("eval-data/wmt23/en-ja/src.en.txt").read_text(encoding="utf-8").split("\n")
    target = shared_file("eval-data/wmt23/en-ja/ref.refA.ja.txt").read_text(encoding="utf-8").split("\n")
    return [(s, t) for s, t in zip(source, target, strict=True) if s.strip() and t.strip()]


def test_human_reference_is_rarely_flagged():
    pairs = _wmt()
    flagged = [i for i, (s, t) in enumerate(pairs) if check(s, t)]
    # 3 of 2074 when written: each a real discrepancy of the reference (1958 → 1985年, 15,566 → 1万5千556,
    # a model year dropped). Well under 1% of lines.
    assert len(flagged) <= 0.005 * len(pairs), flagged


def test_changing_one_number_in_a_reference_line_fires():
    changed = 0
    for source, target in _wmt():
        if changed >= 25 or check(source, target):
            continue
        kept = {
            source[m.num_start : m.num_end]
            for m in english_numbers(source)
            if not m.loose and m.kind in ("number", "money", "percent")
        }
        figures = [m for m in japanese_numbers(target) if not m.loose and target[m.num_start : m.num_end] in kept]
        # Two-to-four-digit figures written once, so that the edit removes the source's number from the line.
        figures = [m for m in figures if re.fullmatch(r"[0-9]{2,4}", target[m.num_start : m.num_end])]
        figures = [m for m in figures if target.count(target[m.num_start : m.num_end]) == 1]
        if not figures:
            continue
        figure = figures[0]
        digits = target[figure.num_start : figure.num_end]
        wrong = str(int(digits) + 7)
        if wrong in source:
            continue
        edited = target[: figure.num_start] + wrong + target[figure.num_end :]
        found = check(source, edited)
        assert found, (source, edited)
        changed += 1
    assert changed >= 10


def test_a_long_sentence_pair_list_costs_linear_time():
    # Linear growth, not a time limit (speed targets live in bench/): 4 times the sentences may cost up to 8 times
    # the time (a quadratic search would cost 16), best of three runs each, so machine load does not decide.
    def best_time(count: int) -> float:
        source = " ".join(
            f"Sales rose {i % 50}% to ${i + 1}.5 billion on January {i % 28 + 1}, 2026." for i in range(count)
        )
        target = "".join(
            f"売上高は2026年1月{i % 28 + 1}日、{i % 50}％増の{(i + 1) * 10 + 5}億ドルだった。" for i in range(count)
        )
        src_doc = Document(source, lang="en")
        tgt_doc = Document(target, lang="ja")
        pairs = [
            Pair(s.start, s.end, t.start, t.end) for s, t in zip(src_doc.sentences, tgt_doc.sentences, strict=True)
        ]
        best = math.inf
        for _ in range(3):
            doc = Document(target, lang="ja", source=Document(source, lang="en"), pairs=pairs)
            start = time.perf_counter()
            assert list(RULE.check(doc, Context.of(doc, get_lexicon("ja")))) == []
            best = min(best, time.perf_counter() - start)
        return best

    small, large = best_time(100), best_time(400)
    assert large < 8 * small + 0.01, (small, large)

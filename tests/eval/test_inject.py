"""The error injector: exact offsets, nothing else touched, deterministic, no overlaps, every kind."""

from __future__ import annotations

import itertools

import pytest

from auditor.eval.corpus import wmt24_news
from auditor.eval.gold import GoldDocument
from auditor.eval.inject import BILINGUAL, KINDS, InjectError, inject
from auditor.findings import CATEGORIES
from tests.conftest import shared_file

# A small bilingual article written for these tests (plain register), one paragraph per line on each side.
SOURCE_LINES = [
    "Harbour city opens new rail link",
    "The city opened a 12-kilometre rail link on Monday. It cost 450 million dollars. "
    "Mayor Anna Reyes said the line would carry 30,000 passengers a day.",
    "Tesla said it would build a charging hub near the station. Tesla did not give a date.",
    "Apple also plans a store in the new district. Details are at https://example.com/rail-news.",
    "Officials expect the second phase to open in 2028. Work will start next spring.",
]
TARGET_LINES = [
    "港湾都市に新しい鉄道が開業",
    "市は月曜日、全長12キロの鉄道を開業した。建設費は4億5000万ドルに上った。"
    "アンナ・レイエス市長は、この路線は1日に30,000人を運ぶと述べた。",
    "テスラは駅の近くに充電拠点を建設すると発表した。テスラは時期を明らかにしていない。",
    "アップルも新しい地区に店舗を計画している。詳細は https://example.com/rail-news にある。",
    "当局は第2期区間が2028年に開業すると見込んでいる。工事は来年の春に始まる予定だ。",
]
POLITE_LINES = [
    "港湾都市に新しい鉄道が開業",
    "市は月曜日、全長12キロの鉄道を開業しました。建設費は4億5000万ドルに上りました。"
    "アンナ・レイエス市長は、この路線は1日に30,000人を運ぶと述べました。",
    "テスラは駅の近くに充電拠点を建設すると発表しました。テスラは時期を明らかにしていません。",
    "当局は第2期区間が2028年に開業すると見込んでいます。工事は来年の春に始まる予定です。",
]
PLAIN_ENDINGS = {
    "した",
    "ている",
    "ていた",
    "ていない",
    "だ",
    "だった",
    "だろう",
    "ある",
    "あった",
    "なる",
    "なった",
} | {
    "できる",
    "された",
    "される",
    "ない",
    "する",
    "という",
}
EMBED = "新駅の一番列車です pic.twitter.com/Ab12Cd34Ef\n— 港南交通 (@konan_kotsu) 2026年3月2日"


def _links(source: list[str], target: list[str]) -> list[list[int]]:
    links, s, t = [], 0, 0
    for a, b in zip(source, target, strict=True):
        links.append([s, s + len(a), t, t + len(b)])
        s, t = s + len(a) + 1, t + len(b) + 1
    return links


def bilingual() -> GoldDocument:
    return GoldDocument(
        "rail",
        "\n".join(TARGET_LINES),
        clean=True,
        source="\n".join(SOURCE_LINES),
        source_lang="en",
        meta={"links": _links(SOURCE_LINES, TARGET_LINES)},
    )


def monolingual_polite() -> GoldDocument:
    return GoldDocument("polite", "\n".join([*POLITE_LINES, EMBED]), clean=True)


def undo(doc: GoldDocument) -> str:
    """The text with every recorded edit undone: must be the input text exactly."""
    text = doc.text
    for start, end, original in sorted(doc.meta["edits"], reverse=True):
        text = text[:start] + original + text[end:]
    return text


def check(original: GoldDocument, result: GoldDocument, kinds: list[str]) -> None:
    """Every invariant the scorer relies on."""
    assert undo(result) == original.text
    assert result.source == original.source
    spans = sorted(result.spans, key=lambda s: s.start)
    for left, right in itertools.pairwise(spans):
        assert left.end <= right.start, f"overlap {left} {right}"
    edits = result.meta["edits"]
    for span in spans:
        kind = span.note.split(":", 1)[0]
        assert kind in kinds and span.category == KINDS[kind] and span.category in CATEGORIES
        assert result.text[span.start : span.end].strip() or kind == "stray-space"
        if kind == "sentence-dropped":
            # The neighbour of the gap; the gap itself is a zero-width edit right before or after it.
            assert any(start == end and start in (span.start, span.end) for start, end, _ in edits)
        else:
            assert any(start < span.end and span.start < end for start, end, _ in edits)
        if kind in BILINGUAL:
            assert span.src_start is not None and span.src_end is not None
    # Never inside a URL or the embed that was already there: each still stands free of every span (an injected
    # source sentence may bring its own copy of the URL).
    for literal in ("https://example.com/rail-news", EMBED):
        places = [i for i in range(len(result.text)) if result.text.startswith(literal, i)]
        free = [at for at in places if not any(at < s.end and s.start < at + len(literal) for s in spans)]
        assert len(free) >= original.text.count(literal), literal
    assert len(spans) == len(result.meta["injected"])


@pytest.mark.parametrize("kind", [kind for kind in KINDS if kind != "register-plain"])
def test_each_kind_on_many_seeds(kind: str) -> None:
    doc = bilingual()
    for seed in range(25):
        result = inject(doc, seed=seed, kinds=[kind])
        assert result.meta["injected"] == [kind], (seed, result.meta)
        check(doc, result, [kind])
        assert not result.clean


def test_register_plain_in_a_polite_article_with_an_embed() -> None:
    doc = monolingual_polite()
    for seed in range(25):
        result = inject(doc, seed=seed, kinds=["register-plain"])
        check(doc, result, ["register-plain"])
        (span,) = result.spans
        assert result.text[span.start : span.end] in PLAIN_ENDINGS, span


def test_all_kinds_together_do_not_overlap() -> None:
    for doc, kinds in ((bilingual(), list(KINDS)), (monolingual_polite(), None)):
        for seed in range(15):
            result = inject(doc, seed=seed, kinds=kinds, count=2)
            check(doc, result, list(KINDS))
            assert result.meta["injected"], seed


def test_deterministic_for_the_same_seed() -> None:
    doc = bilingual()
    first = inject(doc, seed=7, kinds=None, count=2).as_dict()
    assert inject(doc, seed=7, kinds=None, count=2).as_dict() == first
    assert inject(doc, seed=8, kinds=None, count=2).as_dict() != first


def test_links_follow_the_edits() -> None:
    doc = bilingual()
    for seed in range(10):
        result = inject(doc, seed=seed, kinds=["untranslated-sentence", "sentence-added", "sentence-dropped"])
        links = result.meta["links"]
        # The title line is untouched and still aligned; every target range stays inside the text, in order.
        assert result.text[links[0][2] : links[0][3]] == TARGET_LINES[0]
        assert all(a[3] < b[2] for a, b in itertools.pairwise(links))
        assert result.text.count("\n") >= doc.text.count("\n")


def test_the_same_document_without_its_source_skips_bilingual_kinds() -> None:
    doc = GoldDocument("mono", "\n".join(TARGET_LINES), clean=True)
    result = inject(doc, seed=1, kinds=sorted(BILINGUAL))
    assert result.spans == () and result.clean and result.text == doc.text
    assert result.meta["skipped"] == sorted(BILINGUAL)


def test_register_kinds_skip_where_they_do_not_apply() -> None:
    # register-polite needs a plain article; the polite one is skipped, as is an article with no clear register.
    assert inject(monolingual_polite(), seed=0, kinds=["register-polite"]).meta["skipped"] == ["register-polite"]
    unclear = GoldDocument("unclear", "新製品は来月発売されます。価格は手頃だ。", clean=True)
    assert inject(unclear, seed=0, kinds=["register-plain"]).spans == ()


def test_untranslated_sentence_comes_from_the_aligned_source() -> None:
    doc = bilingual()
    for seed in range(10):
        result = inject(doc, seed=seed, kinds=["untranslated-sentence"])
        (span,) = result.spans
        excerpt = result.text[span.start : span.end]
        assert excerpt == doc.source[span.src_start : span.src_end]
        assert excerpt[0].isupper() and excerpt.isascii()


def test_number_changed_points_at_the_source_number() -> None:
    doc = bilingual()
    seen = set()
    for seed in range(20):
        result = inject(doc, seed=seed, kinds=["number-changed"])
        (span,) = result.spans
        new = result.text[span.start : span.end]
        old = doc.source[span.src_start : span.src_end]
        assert new != old and new.replace(",", "").isdigit()
        seen.add(old)
    assert {"12", "2028"} <= seen


def test_unknown_kind() -> None:
    with pytest.raises(InjectError, match="unknown kind"):
        inject(bilingual(), seed=0, kinds=["typo"])


def test_real_news_documents() -> None:
    documents = wmt24_news(shared_file("eval-data/wmt24/en-ja/docs.tsv").parents[2])
    done = dict.fromkeys(KINDS, 0)
    for number, doc in enumerate(documents):
        for kind in KINDS:
            result = inject(doc, seed=number, kinds=[kind])
            check(doc, result, [kind])
            done[kind] += len(result.spans)
        together = inject(doc, seed=number, kinds=list(KINDS))
        check(doc, together, list(KINDS))
    # The references are plain-style news: register-plain (which needs a polite article) finds no place.
    assert done.pop("register-plain") == 0
    assert all(count >= 0.8 * len(documents) for count in done.values()), done

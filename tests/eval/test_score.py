"""The scorer on hand-made cases whose answers are worked out by hand."""

from __future__ import annotations

import pytest

from auditor.eval import evaluate
from auditor.eval.gold import GoldDocument, GoldSpan
from auditor.eval.score import overlaps, score
from auditor.findings import Finding

TEXT = "あいうえおかきくけこさしすせそたちつてとなにぬねの" * 4  # 100 characters


def finding(start: int, end: int, category: str = "accuracy/entity", **extra: object) -> Finding:
    return Finding("test.rule", category, "major", start, end, TEXT[start:end], "m", **extra)


def gold(*spans: GoldSpan, clean: bool = False, source: str | None = None) -> GoldDocument:
    return GoldDocument("d", TEXT, tuple(spans), clean=clean, source=source)


@pytest.mark.parametrize(
    ("found", "span", "expected"),
    [
        ((2, 5), (4, 8), True),  # overlap by one character
        ((2, 4), (4, 8), False),  # touching is not overlapping
        ((0, 10), (3, 4), True),  # containment
        ((4, 8), (4, 8), True),
    ],
)
def test_overlap_of_target_spans(found, span, expected):
    assert overlaps(finding(*found), GoldSpan(*span, "accuracy/entity")) is expected


def test_categories_must_agree():
    assert not overlaps(finding(0, 5, "locale/units"), GoldSpan(0, 5, "accuracy/entity"))


def test_an_omission_matches_on_its_source_span():
    span = GoldSpan(50, 60, "accuracy/omission", src_start=10, src_end=20)
    assert overlaps(finding(0, 5, "accuracy/omission", src_start=15, src_end=30), span)
    assert not overlaps(finding(0, 5, "accuracy/omission", src_start=20, src_end=30), span)
    assert not overlaps(finding(0, 5, "accuracy/omission"), span)


def test_precision_recall_f1_per_category_and_overall():
    document = gold(
        GoldSpan(0, 5, "accuracy/entity"),
        GoldSpan(10, 15, "accuracy/entity"),
        GoldSpan(20, 25, "accuracy/entity"),
        GoldSpan(30, 35, "locale/units"),
    )
    findings = [
        finding(1, 3),  # matches gold 0:5
        finding(2, 4),  # the same gold span again: correct, but recall counts the span once
        finding(12, 13),  # matches 10:15
        finding(40, 45),  # nothing there
        finding(30, 35, "markup/whitespace"),  # right place, wrong category
    ]
    result = score([(document, findings)])
    entity = result.tallies["accuracy/entity"]
    assert (entity.gold, entity.found, entity.findings, entity.correct) == (3, 2, 4, 3)
    assert entity.precision == pytest.approx(0.75)
    assert entity.recall == pytest.approx(2 / 3)
    assert entity.f1 == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))
    assert result.tallies["locale/units"].recall == 0.0
    assert result.tallies["markup/whitespace"].precision == 0.0
    overall = result.overall
    assert (overall.gold, overall.found, overall.findings, overall.correct) == (4, 2, 5, 3)
    assert [miss.excerpt for miss in result.misses] == [TEXT[20:25], TEXT[30:35]]
    assert [fp.finding.start for fp in result.false_positives] == [40, 30]


def test_false_positive_rate_counts_findings_on_clean_documents_only():
    clean = gold(clean=True)  # 100 characters
    annotated = gold(GoldSpan(0, 5, "accuracy/entity"))
    result = score([(clean, [finding(0, 2), finding(50, 52, "locale/units")]), (annotated, [finding(60, 62)])])
    assert result.clean_chars == 100
    assert result.fp_rate() == pytest.approx(2 * 10_000 / 100)
    assert result.fp_rate("locale/units") == pytest.approx(10_000 / 100)
    assert result.fp_rate("accuracy/entity") == pytest.approx(10_000 / 100)
    assert [fp.clean for fp in result.false_positives] == [True, True, False]


def test_no_clean_documents_means_no_rate_and_no_gold_means_no_recall():
    result = score([(gold(), [finding(0, 2)])])
    assert result.fp_rate() is None
    assert result.metric("recall") is None
    assert result.metric("precision") == 0.0


def test_evaluate_runs_the_real_audit():
    text = "りんごは本日、新型iPhoneを発表した。株価は上昇した。"
    documents = [
        GoldDocument("hit", text, (GoldSpan(0, 3, "accuracy/entity"),)),
        GoldDocument("quiet", "りんご農家は今年の収穫を喜んだ。", clean=True),
    ]
    result = evaluate(documents)
    assert result.metric("recall") == 1.0
    assert result.metric("precision") == 1.0
    assert result.fp_rate() == 0.0
    assert result.documents == 2


def test_a_crashed_rule_stops_the_evaluation_instead_of_reading_as_missed(monkeypatch):
    from auditor.rules import entities

    def crash(*args, **kwargs):
        raise ImportError("No module named 'absent'")

    monkeypatch.setattr(entities.BrandLiteral, "check", crash)
    documents = [GoldDocument("hit", "りんごは本日、新型iPhoneを発表した。", (GoldSpan(0, 3, "accuracy/entity"),))]
    with pytest.raises(RuntimeError, match=r"'hit'.*entity.brand-literal: ImportError: No module named 'absent'"):
        evaluate(documents)

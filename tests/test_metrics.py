"""Reference metrics (sacrebleu) and the MQM-style document score, on cases with known answers.

Expected numbers for partial matches come from sacrebleu 2.6.0's own command line, e.g.
``sacrebleu ref.txt -i hyp.txt -tok ja-mecab -m bleu chrf ter --chrf-word-order 0
--ter-asian-support --ter-normalized -b -w 4``, or from a hand computation where one is short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.findings import Finding
from auditor.metrics import MetricError, MQMScore, ReferenceScorer, mqm_score, reference_scores, scorer
from tests.conftest import shared_file

JA_HYP = ["東京で雪が降った。", "今日は晴れです。"]
JA_REF = ["東京で雨が降った。", "今日は晴れでした。"]


def by_name(scores) -> dict[str, float]:
    return {score.name: score.score for score in scores}


# --- reference metrics ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ja", "en", "zh"])
def test_identical_text_is_perfect(lang: str) -> None:
    text = {"ja": JA_REF, "en": ["The cat sat on the mat.", "It rained."], "zh": ["东京下雨了。", "今天天气很好。"]}[
        lang
    ]
    result = reference_scores(text, text, lang)
    for score in result.document + tuple(s for segment in result.segments for s in segment):
        expected = 0.0 if score.name == "TER" else 100.0
        assert score.score == pytest.approx(expected), score
        assert score.higher_is_better is (score.name != "TER")


def test_japanese_offers_mecab_and_char_bleu_and_all_metrics() -> None:
    result = reference_scores(JA_HYP, JA_REF, "ja-JP")
    assert [s.name for s in result.document] == ["BLEU", "BLEU-char", "chrF", "chrF++", "TER"]
    assert len(result.segments) == 2 and [s.name for s in result.segments[0]] == [s.name for s in result.document]


def test_japanese_partial_matches_sacrebleu_cli() -> None:
    scores = by_name(reference_scores(JA_HYP, JA_REF, "ja", segments=False).document)
    assert scores["BLEU"] == pytest.approx(38.6831, abs=5e-5)
    assert scores["BLEU-char"] == pytest.approx(61.4993, abs=5e-5)
    assert scores["chrF"] == pytest.approx(49.6140, abs=5e-5)
    assert scores["TER"] == pytest.approx(14.2857, abs=5e-5)  # asian_support + normalized: per character


def test_english_sentence_partial_matches_hand_computation_and_cli() -> None:
    scores = by_name(scorer("en").sentence_scores("the cat sat on the mat", "the cat sat on a mat"))
    # n-gram precisions 5/6, 3/5, 2/4, 1/3, no brevity penalty: (5/6 · 3/5 · 1/2 · 1/3) ** (1/4)
    assert scores["BLEU"] == pytest.approx(100 * (5 / 6 * 3 / 5 * 1 / 2 * 1 / 3) ** 0.25)
    assert scores["TER"] == pytest.approx(100 / 6)  # one substitution in six reference words
    assert scores["chrF"] == pytest.approx(72.0848, abs=5e-5)
    assert scores["chrF++"] == pytest.approx(72.0304, abs=5e-5)


def test_13a_scores_japanese_zero_but_ja_mecab_does_not() -> None:
    assert ReferenceScorer("ja", tokenize="13a").corpus_scores(JA_HYP, JA_REF)[0].score == 0.0
    assert reference_scores(JA_HYP, JA_REF, "ja").get("BLEU").score > 30


def test_every_score_carries_its_signature() -> None:
    result = reference_scores(JA_HYP, JA_REF, "ja")
    doc = {s.name: s.signature for s in result.document}
    sentence = {s.name: s.signature for s in result.segments[0]}
    assert "tok:ja-mecab-0.996-IPA" in doc["BLEU"] and "eff:no" in doc["BLEU"] and "version:2.6.0" in doc["BLEU"]
    assert "tok:char" in doc["BLEU-char"]
    assert "eff:yes" in sentence["BLEU"]  # sentence BLEU uses effective order
    assert "nc:6|nw:0" in doc["chrF"]
    assert "nw:2" in doc["chrF++"] and doc["chrF++"].endswith("|pretok:ja-mecab-0.996-IPA")
    assert "norm:yes" in doc["TER"] and "asian:yes" in doc["TER"]
    assert str(result.get("BLEU")).startswith("BLEU = 38.68 (nrefs:1|")
    assert "tok:13a" in reference_scores(["a b"], ["a b"], "en").get("BLEU").signature


def test_unaligned_document_is_one_segment() -> None:
    result = reference_scores("東京で雪が降った。\n今日は晴れです。\n", "東京で雨が降った。\n今日は晴れでした。", "ja")
    assert len(result.segments) == 1
    assert result.get("chrF").score == pytest.approx(result.segments[0][2].score)
    assert 0 < result.get("chrF").score < 100


def test_empty_hypothesis_segment_scores_zero() -> None:
    scores = by_name(scorer("ja").sentence_scores("", "東京で雨が降った。"))
    assert scores["BLEU"] == 0.0 and scores["chrF"] == 0.0 and scores["TER"] == 100.0


@pytest.mark.parametrize(
    ("hyps", "refs", "message"),
    [
        (["a", "b"], ["a"], "2 hypothesis segments but 1 reference"),
        ([], [], "no segments"),
        ("a", ["a"], "both as lists"),
    ],
)
def test_bad_inputs_raise_metric_error(hyps, refs, message: str) -> None:
    with pytest.raises(MetricError, match=message):
        reference_scores(hyps, refs, "en")


def test_metrics_can_be_picked() -> None:
    result = reference_scores(JA_HYP, JA_REF, "ja", metrics=["TER", "chrF"])
    assert [s.name for s in result.document] == ["chrF", "TER"] == [s.name for s in result.segments[1]]
    with pytest.raises(MetricError, match="unknown metric 'COMET'"):
        reference_scores(JA_HYP, JA_REF, "ja", metrics=["COMET"])


def test_unknown_tokenizer_is_refused() -> None:
    with pytest.raises(MetricError, match="unknown BLEU tokenizer 'mecab'"):
        ReferenceScorer("ja", tokenize="mecab")


@pytest.mark.parametrize("name", ["flores200", "spm"])
def test_sentencepiece_tokenizer_without_its_model_fails_clearly_and_downloads_nothing(
    name: str, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sacrebleu.tokenizers import tokenizer_spm

    monkeypatch.setattr(tokenizer_spm, "SACREBLEU_DIR", str(tmp_path))
    with pytest.raises(MetricError, match=rf"'{name}' needs the SentencePiece model .*never downloads"):
        ReferenceScorer("ja", tokenize=name)
    assert list(tmp_path.iterdir()) == []  # no model, no .lock file


# Written for this test: enough varied Japanese and English to train a tiny SentencePiece model.
_SPM_LINES = [
    "東京の新しい駅は来月に開業する予定だ。",
    "市内の図書館では夜間の開館時間を延ばす。",
    "同社の四半期決算は増収増益となった。",
    "気象庁によると週末は大雨となるおそれがある。",
    "The new station in Tokyo opens next month.",
    "The library will stay open later at night.",
    "The company reported higher sales and profit.",
    "Heavy rain is expected over the weekend.",
]


def _tiny_spm_model(path: Path) -> None:
    import io

    sentencepiece = pytest.importorskip("sentencepiece")
    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(_SPM_LINES * 20), model_writer=model, vocab_size=120, model_type="bpe",
        character_coverage=1.0, minloglevel=2,
    )  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(model.getvalue())


def test_flores200_with_the_model_on_disk_scores_through_the_cli(tmp_path: Path) -> None:
    """The spm extra: with sentencepiece installed and the model in $SACREBLEU/models, --bleu-tokenize flores200
    scores offline and says so in the signature; without the model, one clear line and exit 2."""
    import json
    import os
    import subprocess
    import sys

    article, reference = tmp_path / "a.txt", tmp_path / "r.txt"
    article.write_text("東京の新しい駅は来月に開業する。\n", encoding="utf-8")
    reference.write_text("東京の新しい駅は来月開業する予定だ。\n", encoding="utf-8")
    command = [sys.executable, "-m", "auditor.cli", "audit", str(article), "--reference", str(reference)]
    command += ["--bleu-tokenize", "flores200", "--format", "json", "--no-config"]
    environment = {**os.environ, "SACREBLEU": str(tmp_path / "sacrebleu")}
    missing = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
    assert missing.returncode == 2 and "needs the SentencePiece model" in missing.stderr
    assert "Traceback" not in missing.stderr and not (tmp_path / "sacrebleu").exists()
    _tiny_spm_model(tmp_path / "sacrebleu" / "models" / "flores200sacrebleuspm")
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)
    assert done.returncode == 0, done.stderr
    scores = {s["name"]: s for s in json.loads(done.stdout)["documents"][0]["reference"]["document"]}
    assert "tok:flores200" in scores["BLEU"]["signature"] and 0 < scores["BLEU"]["score"] < 100


# --- MQM-style score ------------------------------------------------------------------------------


def finding(severity: str) -> Finding:
    return Finding("test.rule", "style/other", severity, 0, 1, "x", "test finding")


def test_mqm_japanese_counts_characters_per_250() -> None:
    text = "あ" * 400 + " \n\u3000" + "い" * 100  # 500 characters that are not whitespace
    score = mqm_score([finding("minor"), finding("minor"), finding("major"), finding("critical")], text, "ja")
    assert isinstance(score, MQMScore)
    assert (score.minor, score.major, score.critical) == (2, 1, 1)
    assert score.penalty == 32.0  # 2·1 + 5 + 25
    assert (score.units, score.unit) == (500, "chars")
    assert score.normalised == pytest.approx(16.0)  # 32 · 250 / 500
    assert score.score == pytest.approx(84.0)
    assert score.signature == "mqm|w:1/5/25|per:250ch|n:500ch|oqs:max(0,100-npt)|v:1"
    assert str(score) == f"MQM = 84.00 ({score.signature})"


def test_mqm_english_counts_words_per_100() -> None:
    text = " ".join(["word"] * 200)
    score = mqm_score([finding("major")], text, "en")
    assert (score.units, score.unit, score.normalised, score.score) == (200, "words", 2.5, 97.5)
    assert score.signature == "mqm|w:1/5/25|per:100w|n:200w|oqs:max(0,100-npt)|v:1"


def test_mqm_without_findings_is_100_and_never_below_zero() -> None:
    assert mqm_score([], "短い文。", "ja").score == 100.0
    assert mqm_score([finding("critical")] * 3, "短い文。", "ja").score == 0.0  # 75 · 250 / 4 far above 100
    assert mqm_score([finding("minor")], "", "zh").normalised == 250.0  # an empty text counts as one unit


# --- WMT23 en-ja, read at run time from ../shared ------------------------------------------------


def test_wmt23_en_ja_online_b_reproduces_organisers_chrf() -> None:
    hyp = shared_file("eval-data/wmt23/en-ja/sys/ONLINE-B.ja.txt").read_text(encoding="utf-8").split("\n")
    ref = shared_file("eval-data/wmt23/en-ja/ref.refA.ja.txt").read_text(encoding="utf-8").split("\n")
    hyp, ref = hyp[: len(hyp) - (hyp[-1] == "")], ref[: len(ref) - (ref[-1] == "")]
    assert len(hyp) == len(ref) == 2074
    # TER left out: ~19 s on these 2,074 paragraphs (character-level edit distance).
    scores = by_name(scorer("ja").corpus_scores(hyp, ref, metrics=["chrF", "BLEU-char"]))
    assert round(scores["chrF"], 1) == 35.2  # organisers' chrf-refA: 35.18
    assert round(scores["BLEU-char"], 2) == 40.23  # organisers' "BLEU" is char-tokenised

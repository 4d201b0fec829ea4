"""auditor.analysis.style's spacing conventions: run-together sentences and spaced quotation marks."""

from __future__ import annotations

import pytest

from auditor.analysis.style import run_together_sentences, spaced_quotes, spaces_its_sentences


@pytest.mark.parametrize(
    "text",
    [
        "工場が完成した。 生産は来月始まる。 価格は未定だ。",  # two seams
        "工場が完成した。\u3000生産は来月始まる。\u00a0価格は未定だ。",  # ideographic and no-break spaces count
        "工場が完成した。 2026年に稼働する。\n価格は未定だ。 販売は秋だ。",  # seams on different lines
        "工場が完成した。 生産は来月始まる。価格は未定だ。",  # one space in the whole text: a slip, fixed too
    ],
)
def test_paragraphs_run_together(text: str) -> None:
    assert run_together_sentences(text)


@pytest.mark.parametrize(
    "text",
    [
        "工場が完成した。生産は来月始まる。",  # no seam
        "本当か？ 本当だ。 では始めよう。 準備はいいね。",  # spaces after ？ too: the text's way of separating
        "工場が完成した。 \n生産は来月始まる。 \n",  # spaces at the ends of lines are no seams
    ],
)
def test_not_run_together(text: str) -> None:
    assert not run_together_sentences(text)


def test_spaces_its_sentences_after_question_and_exclamation_marks() -> None:
    assert spaces_its_sentences("本当か？ 本当だ。")
    assert spaces_its_sentences("すごい！\u3000次に行こう。")
    assert not spaces_its_sentences("本当か？本当だ。 では始めよう。")
    assert spaces_its_sentences("高すぎるか？ 30ドルだって。")  # the next sentence opens with a figure
    assert not spaces_its_sentences("やっと勝てた！ https://example.com")  # a link needs its space


def test_spaced_quotes_counts_marks_with_a_space_beside_them() -> None:
    assert spaced_quotes("市長は 「始める」 と述べた。知事は「賛成」と話した。") == (2, 4)
    assert spaced_quotes("「 始める 」") == (2, 2)
    assert spaced_quotes("引用のない文。") == (0, 0)

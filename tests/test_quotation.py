"""quotation: what a Japanese passage keeps of an English one (text written for these tests)."""

from __future__ import annotations

from auditor.analysis.quotation import Evidence, translated_beside, translation_evidence


def test_the_evidence_counts_dictionary_words_figures_and_names_each_once() -> None:
    english = "Helicopter crews from Osaka found 12 damaged houses and damaged roads on Sunday."
    japanese = "大阪のヘリコプター部隊は日曜日、被害を受けた住宅12棟と道路を見つけた。"
    # crews, found, damaged, houses, roads (words: damaged once); 12 (a figure); Helicopter, Osaka, Sunday (names).
    # All kept but found (見つけた renders find; found is a verb of its own, 設立).
    evidence = translation_evidence(english, japanese)
    assert evidence == Evidence(kept=8, total=9, lost_figures=0)
    assert evidence.translates()
    # A figure the Japanese lacks: not its translation, however many words it keeps.
    changed = translation_evidence(english, japanese.replace("12", "21"))
    assert changed.lost_figures == 1 and not changed.translates()
    # A neighbour that keeps one thing is chance.
    other = translation_evidence(english, "大阪の市議会は新しい予算案を可決した。")
    assert other == Evidence(kept=1, total=9, lost_figures=1)
    assert not other.translates()


def test_a_line_is_given_with_its_translation_in_the_nearest_non_blank_line() -> None:
    english = "The old bridge reopened to traffic after two years of repairs."
    japanese = "古い橋は2年間の修理を経て通行を再開した。"
    text = f"見出し\n{english}\n\n{japanese}\n"
    start = text.index(english)
    assert translated_beside(text, start, start + len(english))
    text = f"{japanese}\n{english}"
    assert translated_beside(text, len(japanese) + 1, len(text))
    text = f"見出し\n{english}\n別の話題の段落だ。\n"
    assert not translated_beside(text, 4, 4 + len(english))

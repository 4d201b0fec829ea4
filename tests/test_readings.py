"""auditor.analysis.readings: IPAdic's reading of a word, and whether it is a person's name or a name."""

from __future__ import annotations

from auditor.analysis.readings import reading


def test_a_common_word_is_read_but_is_no_name() -> None:
    read = reading("データ")
    assert read is not None and read.kana == "データ" and not read.proper and not read.person


def test_a_family_name_is_a_persons_name_and_a_name() -> None:
    read = reading("ゴメス")
    assert read is not None and read.person and read.proper


def test_a_word_ipadic_does_not_know_has_no_reading() -> None:
    assert reading("ゼントレーナ") is None

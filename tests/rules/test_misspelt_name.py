"""entity.misspelt-name: well-known foreign names one small edit from their katakana form (textlint-style, exact
offsets), and the edits of auditor/analysis/name_spelling.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import auditor.lexicons
from auditor import audit
from auditor.analysis.name_spelling import edited, fold, key, neighbours
from auditor.lexicons import get_lexicon
from auditor.lexicons.schema import NameSpellingRow

RULE = "entity.misspelt-name"


def found(text: str) -> list[tuple[int, int, str, str]]:
    findings = [f for f in audit(text, lang="ja").findings if f.rule == RULE]
    for f in findings:
        assert text[f.start : f.end] == f.excerpt
    return [(f.start, f.end, f.excerpt, f.suggestion) for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("嵐はデルウェア州を襲った。", [(2, 7, "デルウェア", "デラウェア")]),  # ラ/ル: another vowel
        ("首都メスクワを訪れた。", [(2, 6, "メスクワ", "モスクワ")]),  # メス|クワ: short words of an unknown run
        ("マサチュセッツ州の知事が語った。", [(0, 7, "マサチュセッツ", "マサチューセッツ")]),  # ー dropped
        ("首都プラチスラヴァを訪れた。", [(2, 9, "プラチスラヴァ", "ブラチスラバ")]),  # プ/ブ, ヴァ is バ
        ("ハーウェイの新型端末が出た。", [(0, 5, "ハーウェイ", "ファーウェイ")]),  # ファ written ハ
        ("エロン・マスクの会社は発表した。", [(0, 7, "エロン・マスク", "イーロン・マスク")]),  # イー written エ
        ("デルウェア州とデルウェア", [(0, 5, "デルウェア", "デラウェア"), (7, 12, "デルウェア", "デラウェア")]),
        ("ビル・マーレイとエロン・マスク", [(8, 15, "エロン・マスク", "イーロン・マスク")]),
        ("ヘルマート・コール首相", [(0, 9, "ヘルマート・コール", "ヘルムート・コール")]),  # dots put back
    ],
)
def test_a_name_one_sound_off_is_found_with_the_dictionary_form(
    text: str, expected: list[tuple[int, int, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "嵐はデラウェア州を襲った。",  # the dictionary's form
        "首都ブラチスラヴァを訪れた。",  # ヴァ and バ are one sound written two ways
        "パリスさんが来た。",  # パリス is a name of its own (JMnedict), and パリ is too short to edit
        "デルウェア州とデラウェア州",  # written right too: one name spelt two ways is terminology's
        "ブリトニー・スピアーズが歌った。",  # a person's name with or without ッ is custom, not a mistake
        "ジェームス・マディソンが得点した。",  # nor with ス or ズ
        "ラクラス株式会社の会長",  # ラクロス is a sport in JMdict: not a well-known place
        "パイオニアーの大臣",  # パイオニア is an ordinary word too (pioneer): not a name only
        "セントジョーンズ郡の海岸",  # セント + ジョーンズ (Jones): another name made of known words, not Saint John's
        "ボブ・ハリス(ビル・マーリー)",  # ビル + マーリー (Marley) likewise, though the film meant Bill Murray
        "@デルウェア の投稿",  # a handle is the handle rules' business
        "デルウェアー",  # not a whole word of the table's form: ー after it makes two edits
        "女優キム・ユジョンが語った。",  # Kim Yu-jung, not Kim Yo-jong: a Korean name one syllable off is another's
        "支払いはアメリカンエクスプレスで済ませた。",  # アメリカン|エクスプレス: each word as the dictionary spells it
    ],
)
def test_a_right_or_customary_spelling_stays_quiet(text: str) -> None:
    assert found(text) == []


def test_the_key_merges_voicing_and_drops_vowels_and_length() -> None:
    assert key("デラウェア") == key("デルウェア") == "tr"
    assert key("ファーウェイ") == key("ハーウェイ") == "h"
    assert key("マサチューセッツ") == key("マサチュセッツ")


def test_accepted_spellings_fold_to_one() -> None:
    assert fold("ブラチスラヴァ") == fold("ブラチスラバ")
    assert fold("マーレイ") == fold("マーレー")
    assert fold("イーロン・マスク") == "イーロンマスク"


def test_the_edits_of_a_person_leave_length_and_voicing_alone() -> None:
    assert "ニュージャージ" in neighbours("ニュージャージー")
    assert "ブリトニースピアーズ" not in neighbours("ブリットニースピアーズ", False, False)
    assert "ジェームスマディソン" not in neighbours("ジェームズマディソン", False, False)
    assert "ビルマーリー" in neighbours("ビルマーレー", False, False)


def test_the_table_keys_each_name_by_its_kana_and_lists_its_known_neighbours() -> None:
    rows = get_lexicon("ja").table(NameSpellingRow)
    assert len(rows) > 4000
    for row in rows:
        assert row.key == key(row.name)
        assert len(row.name.replace("・", "")) >= 4
    washington = next(row for row in rows if row.name == "ワシントン")
    assert washington.kind == "place"


@pytest.mark.parametrize("person", [False, True])
def test_the_audit_accepts_no_spelling_that_the_build_did_not_check(person: bool) -> None:
    """edited() (asked by an audit) accepts only spellings that neighbours() (enumerated by the build, to list the
    ones a dictionary knows) makes: one kana or two changed, added or dropped anywhere in a sample of the names."""
    rows = get_lexicon("ja").table(NameSpellingRow)[::20]
    kana = [*"アイウエオカガキクケコサシスセソタダチツテトナニハバパヒフブプヘベホボマミムメモラリルレロンーッ"]
    kana += ["ファ", "イー", "ティ", "ウィ", "ウェ"]
    for row in rows:
        name = fold(row.name)
        near = neighbours(row.name, not person, not person)
        for at in range(len(name)):
            for other in kana:
                for changed in (name[:at] + other + name[at + 1 :], name[:at] + other + name[at:]):
                    spelling = fold(changed)
                    if edited(name, spelling, not person, not person):
                        assert spelling in near, (name, spelling)


def test_the_table_names_its_sources_licence_and_script() -> None:
    text = (Path(auditor.lexicons.__file__).parent / "ja" / "name_spellings.tsv").read_text(encoding="utf-8")
    head = "\n".join(text.splitlines()[:12])
    assert "tools/build_name_spellings.py" in head and "CC BY-SA 4.0" in head and "NAMES-LICENSE.md" in head
    licence = (Path(auditor.lexicons.__file__).parent / "ja" / "NAMES-LICENSE.md").read_text(encoding="utf-8")
    assert "name_spellings.tsv" in licence and "tools/build_name_spellings.py" in licence


def _build_module():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parents[2] / "tools" / "build_name_spellings.py"
    spec = importlib.util.spec_from_file_location("build_name_spellings", path)
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def test_the_build_keeps_a_name_with_one_word_changed_into_another_word_as_known() -> None:
    _other_word = _build_module()._other_word
    words = {"セント": {1}, "ジョンズ": {2}, "ジョーンズ": {3}, "ニュー": {4}, "ジャージー": {5}, "ジャージ": {5}}
    assert _other_word("セントジョンズ", "セントジョーンズ", words)  # Jones: another name
    assert not _other_word("ニュージャージー", "ニュージャージ", words)  # the same word (jersey) misspelt in the name
    assert not _other_word("デラウェア", "デルウェア", words)


@pytest.mark.parametrize(
    ("english", "syllabic"),
    [
        ("Kim Yo-jong, Director", True),  # Korean: a given name of two syllables, hyphenated
        ("Mao Tse-tung", True),  # Chinese (Wade-Giles)
        ("Nguyen Van Linh", True),  # Vietnamese: three syllables
        ("Park Geun-hye", True),  # the customary Park
        ("Bob Hope", False),
        ("Man Ray", False),  # two syllables and no hyphen: too little to tell
        ("David Ben-Gurion", False),
        ("Kareem Abdul-Jabbar", False),
    ],
)
def test_the_build_tells_names_built_from_syllables(english: str, syllabic: bool) -> None:
    assert _build_module().syllabic(english) is syllabic


def test_the_table_holds_no_person_whose_name_is_built_from_syllables() -> None:
    names = {row.name for row in get_lexicon("ja").table(NameSpellingRow)}
    assert "キムヨジョン" not in names and "ホーチミン" not in names
    assert "イーロン・マスク" in names


# Latin names: one typing slip from the spelling the article writes more often.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新型Galaxy Foldが出た。Galaxy Foldは高い。Gaalxy Foldは来月。", [(32, 38, "Gaalxy", "Galaxy")]),  # swapped
        ("ASEANの会議。ASEAN各国とASEAEN。", [(17, 23, "ASEAEN", "ASEAN")]),  # a letter added
        ("Nvidiaの株とNvidiaの決算、Nviddiaの工場", [(19, 26, "Nviddia", "Nvidia")]),  # a letter doubled
        ("Nvidiaの株とNvidiaの決算、Nvdiaの工場", [(19, 24, "Nvdia", "Nvidia")]),  # a letter dropped
    ],
)
def test_a_latin_name_one_slip_from_the_articles_spelling_is_found(
    text: str, expected: list[tuple[int, int, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gaalxy Foldが出た。",  # never written right in the article: nothing to tell it from
        "Galaxy Foldが出た。Gaalxy Foldは来月。",  # as often as the other: which is right is unknown
        "iPhoneとiPhoneとiPhonesの販売",  # a plural is a form of the name
        "Kenyaの選手、Kenyaの記録、Kenyanの監督",  # a demonym made of it
        "BakerとBakerとBarkerが来た。",  # Barker is a name of its own (known_name_forms.tsv)
        "TrailとTrailとTrialの違い",  # Trial is an English word
        "Mark氏とMark氏とMary氏",  # a letter typed for another is not looked for: another name as often
        "actionとactionとactionoの例",  # all lower case: a word or a code, not a name
        "IBMとIBMとIBBM",  # IBM has three letters
        "Proj210とProjectとProjectとProjec210",  # glued to digits: a code
        "https://galaxy.example/Gaalxy と Galaxy と Galaxy",  # an address
    ],
)
def test_latin_words_that_are_no_slip_of_a_name_are_left_alone(text: str) -> None:
    assert found(text) == []


def test_the_copy_of_a_heading_printed_twice_is_not_reported_again() -> None:
    heading = "タイ語をASEAEN共通語に=外相\n"
    text = "ニュース\n" + heading + heading + "ASEANの会議。ASEAN各国。ASEAN域内。"
    assert [(start, excerpt) for start, _, excerpt, _ in found(text)] == [(9, "ASEAEN")]

"""source.brand-as-word and source.name-as-word through auditor/analysis/source_names.py: a lone word that opens its
source sentence and that only a company table makes a name."""

from __future__ import annotations

import pytest

from tests.rules.test_crosscheck import bilingual, found

BRAND = "source.brand-as-word"

OPENING_FOUND = [
    # A grammar word after it: the subject.
    (("Delta is adding flights to Osaka.", "三角州は大阪への便を増やす。"), "三角州"),
    # A noun after it, but the target puts the word in a company's slot (the owner of 株価).
    (("Target shares fell after the report.", "報告の後、標的の株価は下落した。"), "標的"),
    # A verb in the past after it, or one with its object's determiner after it.
    (("Target lowered its forecast.", "標的は見通しを引き下げた。"), "標的"),
    (("Target cut its forecast.", "標的は予想を引き下げた。"), "標的"),
    # brands.tsv's look-up: Apple in the middle of its sentence.
    (("Shoppers said Apple raised prices.", "買い物客によると、りんごは値上げした。"), "りんご"),
]

OPENING_QUIET = [
    # A noun after it, and the target uses the word as a word: the start of a longer noun, or の before a noun that
    # no company has.
    ("Target dates have slipped again.", "目標期日は再び遅れた。"),
    ("Delta farmers lost their crops to the flood.", "三角州の農家は洪水で作物を失った。"),
    # brands.tsv's look-up of Apple and Mars: the same, and a word of the literal's ordinary meaning beside it.
    ("Apple orchards were damaged by hail.", "りんご園がひょうの被害を受けた。"),
    ("Engineers hope to land a probe on Mars.", "技術者たちは火星に探査機を着陸させたいと考えている。"),
]


@pytest.mark.parametrize(("pair", "excerpt"), OPENING_FOUND)
def test_an_opening_word_a_company_table_knows_counts_as_a_subject_or_in_a_slot(pair: tuple[str, str], excerpt: str):
    assert [f[1] for f in found(bilingual([pair])) if f[0] == BRAND] == [excerpt]


@pytest.mark.parametrize("pair", OPENING_QUIET)
def test_an_opening_word_that_modifies_a_noun_stays_a_word(pair: tuple[str, str]):
    assert [f for f in found(bilingual([pair])) if f[0] in (BRAND, "source.name-as-word")] == []


NAME = "source.name-as-word"


def test_a_works_japanese_title_in_quotes_is_no_word_for_word_rendering():
    pair = ("The Lord of the Rings musical opens in Osaka.", "ミュージカル「指輪物語」が大阪で開幕する。")
    assert [f for f in found(bilingual([pair])) if f[0] == NAME] == []
    # A quotation that holds the name rendered word by word and nothing more is still the name rendered.
    pair = ("Fans queued to see Pearl Jam in Osaka.", "ファンは大阪で「真珠ジャム」を見るために並んだ。")
    assert [f[1] for f in found(bilingual([pair])) if f[0] == NAME] == ["真珠ジャム"]
    # ... and so is one that adds only a model's letters and numbers.
    pair = ("Samsung unveiled the Galaxy S25 in Seoul.", "サムスンはソウルで「銀河S25」を発表した。")
    assert [f[1] for f in found(bilingual([pair])) if f[0] in (NAME, BRAND)] == ["銀河"]


MISSING = "source.name-missing"


@pytest.mark.parametrize(
    "pair",
    [
        ("Elon Musk said Tesla would cut prices.", "マスク氏は、テスラが値下げすると述べた。"),  # the family name alone
        ("Nvidia shares rose.", "NVIDIAの株価が上昇した。"),  # the Latin name in capitals
    ],
)
def test_a_person_named_by_family_name_and_a_company_in_capitals_are_named(pair: tuple[str, str]):
    assert [f for f in found(bilingual([pair])) if f[0] == MISSING] == []


def test_a_pronoun_alone_still_leaves_the_name_missing():
    pair = ("Elon Musk praised the launch.", "同氏は打ち上げを称賛した。")
    assert [f[0] for f in found(bilingual([pair]))] == [MISSING]


# The source's own evidence and the project's dictionaries (names31): a word the word table renders otherwise but the
# gloss table knows, joined to the rest of the name in the name's order; a name rendered as the name table renders
# it; a name after "Fans of the"; a word before the initials of its kind.
EVIDENCE_FOUND = [
    (("Imagine Dragons went on tour.", "想像するドラゴンはツアーに出た。"), "想像するドラゴン"),
    (("Real Sociedad won at home.", "本物のソシエダが本拠地で勝った。"), "本物のソシエダ"),
    (("Crowds cheered Stevie Wonder.", "観客はスティービー・不思議に声援を送った。"), "スティービー・不思議"),
    # A word no dictionary lists, made of two it does, rendered as a phrase (not glued in kanji: 魚眼 for Fisheye).
    (("Coldplay will tour Asia.", "冷たい遊びはアジアを巡る。"), "冷たい遊び"),
    (("Heavy snow closed schools in Buffalo.", "大雪のため水牛の学校が休校になった。"), "水牛"),
    (("Wolves FC appointed a new coach.", "狼FCは新しい監督を任命した。"), "狼"),
    (("Fans of the Iron Maiden tour queued overnight.", "鉄の乙女のツアーのファンが徹夜で並んだ。"), "鉄の乙女"),
]

EVIDENCE_QUIET = [
    # An era before a place, and the word that dates a title, are rendered by meaning rightly.
    ("Ancient Rome fascinated the young historian.", "若い歴史家は古代ローマに魅了された。"),
    ("Former Prime Minister Boris Johnson spoke at the event.", "ボリス・ジョンソン元首相がイベントで講演した。"),
    # A title glossed beside the name, but after it, where Japanese puts a title.
    ("Speaker Mike Johnson met the president on Monday.", "マイク・ジョンソン下院議長は月曜日、大統領と会談した。"),
    # A word the gloss table alone knows, standing alone: the gloss table is too broad to judge it.
    ("The bill was written in English and French.", "法案は英語とフランス語で書かれた。"),
    # A proper noun of the target glossed with the name is the name written rightly.
    ("Tim Cook arrived in Tokyo on Monday.", "ティム・クック氏は月曜日、東京に到着した。"),
    # The name table's literal, where the source opens its sentence with the word before a noun.
    ("Buffalo herds once roamed the plains.", "かつて平原には水牛の群れがいた。"),
    ("Fisheye lenses distort the picture.", "魚眼レンズは画像をゆがめる。"),
    ("Lawmakers approved the budget on Friday.", "議員たちは金曜日、予算を承認した。"),
    # A one-consonant word is kept only by a katakana word of that consonant alone, not by a longer run.
    ("Real Madrid beat Sevilla on Sunday.", "レアル・マドリードは日曜日、セビージャを破った。"),
]


@pytest.mark.parametrize(("pair", "excerpt"), EVIDENCE_FOUND)
def test_names_found_from_the_sources_evidence_and_the_dictionaries(pair: tuple[str, str], excerpt: str):
    assert [f[1] for f in found(bilingual([pair])) if f[0] in (NAME, BRAND)] == [excerpt]


@pytest.mark.parametrize("pair", EVIDENCE_QUIET)
def test_what_the_new_evidence_leaves_alone(pair: tuple[str, str]):
    assert [f for f in found(bilingual([pair])) if f[0] in (NAME, BRAND)] == []


# names32: the word table keeps JMdict's common words before rare ones (治療 "medical treatment; cure" for cure), a
# caption's label and the word after a colon prove nothing by their capitals, and Speaker is a title.
TABLE_FOUND = [
    (("Thousands queued to see The Cure in Nagoya.", "名古屋で治療を見ようと数千人が並んだ。"), "治療"),
]

TABLE_QUIET = [
    (
        "Fares may rise again (Picture: Shutterstock) as fuel costs climb.",
        "燃料費の上昇で運賃は再び上がる可能性がある（写真：シャッターストック）。",
    ),
    ("Register today: Get faster answers from our desk.", "今すぐ登録を：編集部からもっと早く答えを得よう。"),
    ("House Speaker Mike Johnson spoke on Monday.", "下院議長のマイク・ジョンソン氏が月曜日に発言した。"),
]


@pytest.mark.parametrize(("pair", "excerpt"), TABLE_FOUND)
def test_a_common_rendering_is_found(pair: tuple[str, str], excerpt: str):
    assert [f[1] for f in found(bilingual([pair])) if f[0] in (NAME, BRAND)] == [excerpt]


@pytest.mark.parametrize("pair", TABLE_QUIET)
def test_captions_colons_and_titles_are_left_alone(pair: tuple[str, str]):
    assert [f for f in found(bilingual([pair])) if f[0] in (NAME, BRAND)] == []


# names32: a plural title (Kings, Saints) names a group, not one person's office, and a capitalised word's
# conventional rendering counts as a word of the sentence (聖 for Saint is not the 聖 of 聖人); not a plural title
# beside common words alone (Founding Fathers).
GROUP_FOUND = [
    (("The Sacramento Kings beat Denver.", "サクラメント王たちはデンバーに勝った。"), "サクラメント王"),
    (("Saints lost 1-0 at home. Fans booed Saints off the pitch.", "聖人たちはホームで0対1で敗れた。"), "聖人"),
]

GROUP_QUIET = [
    ("King Charles opened the new hospital wing.", "チャールズ国王は病院の新しい病棟を開いた。"),
    ("Kings and queens were crowned in this abbey.", "この修道院では王や女王が戴冠した。"),
    ("The Founding Fathers wrote the constitution.", "建国の父たちが憲法を書いた。"),
]


@pytest.mark.parametrize(("pair", "excerpt"), GROUP_FOUND)
def test_a_plural_title_is_a_word_of_a_groups_name(pair: tuple[str, str], excerpt: str):
    assert [f[1] for f in found(bilingual([pair])) if f[0] in (NAME, BRAND)] == [excerpt]


@pytest.mark.parametrize("pair", GROUP_QUIET)
def test_a_title_and_the_common_word_stay_quiet(pair: tuple[str, str]):
    assert [f for f in found(bilingual([pair])) if f[0] in (NAME, BRAND)] == []


SYNONYM_FOUND = [
    # The renderings of a WordNet synonym (cowboy → cattleman → 牛飼い), joined to the rest of the name in its order.
    (("The Denver Cowboys signed a kicker.", "デンバー牛飼いたちはキッカーと契約した。"), "デンバー牛飼い"),
    # A word glued to its generic word in one word IPAdic knows (a Japanese village): 鮭 + 川.
    (("Tourists fished in the Salmon River last week.", "観光客は先週、鮭川で釣りをした。"), "鮭川"),
]

SYNONYM_QUIET = [
    # A synonym's rendering alone, not joined to the rest of the name: a broad link, a chance match (labour → toil →
    # 労働, inside the party's own name 労働党).
    ("Labour South Coast elected a new treasurer.", "労働党サウス・コーストは新しい会計担当を選んだ。"),
    # The glued word is the name's conventional rendering, as JMdict glosses it whole (黄河 "Yellow river").
    ("Floods hit villages along the Yellow River.", "黄河沿いの村々が洪水に見舞われた。"),
]


@pytest.mark.parametrize(("pair", "excerpt"), SYNONYM_FOUND)
def test_a_synonyms_rendering_beside_the_name_and_a_word_glued_to_its_generic_word(pair: tuple[str, str], excerpt: str):
    assert [f[1] for f in found(bilingual([pair])) if f[0] == NAME] == [excerpt]


@pytest.mark.parametrize("pair", SYNONYM_QUIET)
def test_a_synonym_alone_and_a_dictionarys_whole_rendering_stay_quiet(pair: tuple[str, str]):
    assert [f for f in found(bilingual([pair])) if f[0] in (BRAND, NAME)] == []


# A time word English writes in lower case, capitalised after the word that opens the sentence, makes the run a name;
# a weekday or a month is capitalised by rule and does not.
TIME_WORD_FOUND = [
    (("Green Day played two encores in Sendai.", "緑の日は仙台でアンコールを2回演奏した。"), "緑の日"),
]
TIME_WORD_QUIET = [
    ("Last Friday the choir sang in Nara.", "先週の金曜日、合唱団は奈良で歌った。"),
    ("Early May brought heavy rain to Kyushu.", "5月上旬、九州に大雨が降った。"),
]


@pytest.mark.parametrize(("pair", "excerpt"), TIME_WORD_FOUND)
def test_a_lower_case_time_word_capitalised_after_the_opening_word_makes_a_name(pair: tuple[str, str], excerpt: str):
    assert [f[1] for f in found(bilingual([pair])) if f[0] == NAME] == [excerpt]


@pytest.mark.parametrize("pair", TIME_WORD_QUIET)
def test_a_weekday_or_month_after_the_opening_word_is_capitalised_by_rule(pair: tuple[str, str]):
    assert [f for f in found(bilingual([pair])) if f[0] in (BRAND, NAME)] == []


# Renderings the gloss table holds beyond JMdict's first glosses (tools/build_name_tables.py): a tree a gloss of two
# words names (楡 "elm tree"), an agent noun's verbal noun with 者 (wanderer → 放浪者); and a compound the table lists
# by a word of its own (hotspur: 猪武者) rendered part by part.
TABLE_FOUND = [
    (("Crews closed Elm Avenue for repairs.", "作業員は修理のためニレ通りを閉鎖した。"), "ニレ通り"),
    (("The Hartford Wanderers won again.", "ハートフォード放浪者が再び勝った。"), "ハートフォード放浪者"),
    (("The coach of Preston Hotspur resigned.", "プレストン熱い拍車の監督が辞任した。"), "プレストン熱い拍車"),
]
TABLE_QUIET = [
    ("The coach of Preston Hotspur resigned.", "プレストン・ホットスパーの監督が辞任した。"),
    # The parts apart, not one rendering of the compound.
    ("Preston Hotspur fans felt the spur of a hot summer.", "プレストンのファンは暑い夏に拍車をかけられた。"),
]


@pytest.mark.parametrize(("pair", "excerpt"), TABLE_FOUND)
def test_a_tree_an_agent_noun_and_a_listed_compound_rendered_by_meaning(pair: tuple[str, str], excerpt: str):
    assert [f[1] for f in found(bilingual([pair])) if f[0] == NAME] == [excerpt]


@pytest.mark.parametrize("pair", TABLE_QUIET)
def test_a_compound_kept_as_it_sounds_or_its_parts_apart_stay_quiet(pair: tuple[str, str]):
    assert [f for f in found(bilingual([pair])) if f[0] in (BRAND, NAME)] == []


# A military formation and a political movement's members are named by meaning by convention, as an institution is
# (en/name_parts.tsv).
CONVENTION_QUIET = [
    ("Soldiers of the 5th Cavalry Regiment marched past the hall.", "第5騎兵連隊の兵士たちが会館の前を行進した。"),
    ("The Third Platoon crossed the river at dawn.", "第3小隊は夜明けに川を渡った。"),
    ("In the valley the Communists held every village.", "谷では共産主義者があらゆる村を押さえていた。"),
]


@pytest.mark.parametrize("pair", CONVENTION_QUIET)
def test_a_military_formation_and_a_movements_members_stay_quiet(pair: tuple[str, str]):
    assert [f for f in found(bilingual([pair])) if f[0] in (BRAND, NAME)] == []

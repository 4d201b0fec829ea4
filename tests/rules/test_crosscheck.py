"""Cross-checks on explicit sentence pairs (the aligner is tested in tests/test_align.py): valid / invalid."""

from __future__ import annotations

import pytest

from auditor import audit
from auditor.analysis.alignment import Pair
from auditor.analysis.context import Analysis
from auditor.document import Document


def bilingual(pairs: list[tuple[str, str]], confidence: float = 1.0) -> Document:
    """A target Document whose source and links come from ``pairs`` (one sentence each, joined with a space)."""
    source_parts, target_parts, links = [], [], []
    src_at = tgt_at = 0
    for source, target in pairs:
        links.append(Pair(src_at, src_at + len(source), tgt_at, tgt_at + len(target), confidence,
                          int(bool(source)), int(bool(target))))
        source_parts.append(source)
        target_parts.append(target)
        src_at += len(source) + 1 if source else 0
        tgt_at += len(target) if target else 0
    source_text = " ".join(part for part in source_parts if part)
    target_text = "".join(target_parts)
    return Document(target_text, lang="ja", source=Document(source_text, lang="en"), pairs=links)


def found(doc: Document, prefix: str = "source.") -> list[tuple[str, str, str, str]]:
    report = audit(doc)
    assert report.errors == []
    return [
        (f.rule, f.excerpt, doc.source.text[f.src_start : f.src_end] if f.src_start is not None else "", f.suggestion)
        for f in report.findings
        if f.rule.startswith(prefix)
    ]


def audit_findings(doc: Document, prefix: str = "source."):
    return [f for f in audit(doc).findings if f.rule.startswith(prefix)]


CEO = ("The CEO posted the video on X.", "CEOはXに動画を投稿した。")


def test_links_are_what_the_helper_builds():
    doc = bilingual([CEO, ("Sales rose.", "売上は伸びた。")])
    first, second = Analysis(doc).alignment
    assert doc.source.text[second.src_start : second.src_end] == "Sales rose."
    assert doc.text[second.tgt_start : second.tgt_end] == "売上は伸びた。"
    assert first.kind == "1-1"


# --- source.address-altered ---------------------------------------------------------------------------------------

def test_transliterated_handle_points_at_the_altered_form_with_the_source_handle():
    doc = bilingual([("Musk (@elonmusk) replied within minutes.", "マスク氏（@イーロンマスク）は数分で返信した。")])
    assert found(doc) == [("source.address-altered", "@イーロンマスク", "@elonmusk", "@elonmusk")]


def test_full_width_hashtag_and_missing_url():
    doc = bilingual(
        [
            ("Fans used #SaveTheShow all week.", "ファンは一週間、＃ＳａｖｅＴｈｅＳｈｏｗを使った。"),
            ("Details are at https://example.com/news today.", "詳細は本日発表された。"),
        ]
    )
    assert found(doc) == [
        ("source.address-altered", "＃ＳａｖｅＴｈｅＳｈｏｗ", "#SaveTheShow", "#SaveTheShow"),
        ("source.address-altered", "詳細は本日発表された。", "https://example.com/news", ""),
    ]
    # The missing address points at a correct sentence: the message says what to insert; a suggestion would
    # replace the sentence.
    missing = [f for f in audit_findings(doc) if f.excerpt == "詳細は本日発表された。"]
    assert "insert it here" in missing[0].message and missing[0].fix == ""


def test_addresses_kept_as_is_anywhere_in_the_translation_are_fine():
    doc = bilingual(
        [
            ("Shares of $TSLA fell, said @analyst_jo.", "$TSLAの株価は下落した。"),
            ("Write to desk@example.com.", "アナリスト@analyst_joが述べた。連絡先はdesk@example.com。"),
        ]
    )
    assert found(doc) == []


def test_a_full_width_sigil_before_the_address_as_published_keeps_it_working():
    # X reads ＠ and ＃ as its sigils (twitter-text): the handle and the tag still link. Their letters may not widen.
    kept = bilingual(
        [("Reporter @kana_writes posted #FloodRelief photos.", "記者の＠kana_writesが＃FloodReliefの写真を投稿した。")]
    )
    assert found(kept) == []
    widened = bilingual([("Reporter @kana_writes posted.", "記者の＠ｋａｎａ＿ｗｒｉｔｅｓが投稿した。")])
    assert found(widened) == [("source.address-altered", "＠ｋａｎａ＿ｗｒｉｔｅｓ", "@kana_writes", "@kana_writes")]


def test_a_hashtag_used_as_a_word_may_be_translated_but_a_label_or_a_handle_may_not():
    translated = bilingual(
        [("My #cat slept all day.", "うちの#ネコは一日中寝ていた。"), ("I saw #Dune again.", "また#砂の惑星を観た。")]
    )
    assert found(translated) == []
    label = bilingual([("Great flight today #PilotTraining", "今日は最高のフライト #パイロットトレーニング")])
    assert found(label) == [
        ("source.address-altered", "#パイロットトレーニング", "#PilotTraining", "#PilotTraining")
    ]
    handle = bilingual([("Ask @cat_cafe today.", "今日@キャットカフェに聞いて。")])
    assert found(handle) == [("source.address-altered", "@キャットカフェ", "@cat_cafe", "@cat_cafe")]


def test_the_cross_check_replaces_the_target_only_finding_on_the_same_characters():
    doc = bilingual([("Musk (@elonmusk) replied within minutes.", "マスク氏（@イーロンマスク）は数分で返信した。")])
    rules = [f.rule for f in audit(doc).findings if f.category == "accuracy/handle"]
    assert rules == ["source.address-altered"]
    without_source = audit(doc.text)
    assert [f.rule for f in without_source.findings if f.category == "accuracy/handle"] == ["handle.transliterated"]


# --- source.brand-as-word -------------------------------------------------------------------------------------------

def test_brand_of_the_source_rendered_as_the_fruit():
    doc = bilingual([("Apple raised prices in Japan.", "りんごは日本で値上げした。")])
    assert found(doc) == [("source.brand-as-word", "りんご", "Apple", "アップル")]


def test_each_rendering_is_one_finding_when_the_source_names_the_brand_twice():
    pair = ("Apple said on Monday that Apple would open a store.", "りんごは月曜日、りんごが店舗を開くと述べた。")
    doc = bilingual([pair])
    findings = audit_findings(doc)
    assert [(f.rule, f.start, f.end, f.src_start) for f in findings] == [
        ("source.brand-as-word", 0, 3, 0),
        ("source.brand-as-word", 8, 11, 0),
    ]


def test_the_fruit_in_the_source_stays_the_fruit():
    doc = bilingual(
        [
            ("Farmers sold apples at the market.", "農家は市場でりんごを売った。"),
            ("Apple and its apples: the shop sold Apple gear.", "その店はアップル製品を売り、りんごも売った。"),
        ]
    )
    assert found(doc) == []


def test_a_company_no_list_knows_is_found_from_the_source_alone():
    """Target is in no hand-written list: the source's capital and JMdict's renderings of "target" settle it."""
    doc = bilingual([("Shoppers said Target raised prices again.", "買い物客によると、標的は再び値上げした。")])
    assert found(doc) == [("source.brand-as-word", "標的", "Target", "ターゲット")]


def test_a_sentence_opening_company_counts_when_the_name_tables_know_it():
    doc = bilingual([("Target raised its forecast.", "標的は業績予想を引き上げた。")])
    assert found(doc) == [("source.brand-as-word", "標的", "Target", "ターゲット")]


# --- source.name-as-word --------------------------------------------------------------------------------------------

NAME = "source.name-as-word"

NAME_FOUND = [
    # A band: the span is the whole name as the target writes it, the suggestion the Latin name.
    (("The Rolling Stones sold out the arena.", "転がる石はアリーナを満員にした。"), "転がる石", "Rolling Stones"),
    # A word of the name kept as it sounds belongs to the span: 真珠ジャム.
    (("Tickets for Pearl Jam went on sale.", "真珠ジャムのチケットが発売された。"), "真珠ジャム", "Pearl Jam"),
    # A lake named by a past tense (bled → bleed → 出血); the generic 湖 joins the span.
    (("Tourists swim in Lake Bled every summer.", "観光客は毎年夏、出血湖で泳ぐ。"), "出血湖", "Lake Bled"),
    # A person half rendered.
    (("The film stars Tim Cook.", "この映画にはティム・料理人が出演する。"), "ティム・料理人", "Tim Cook"),
    # A title alone before a verb is a name (the band), with its loanword as the suggestion.
    (("Fans cheered as Queen played at Wembley.", "女王がウェンブリーで演奏した。"), "女王", "クイーン"),
]


@pytest.mark.parametrize(("pair", "excerpt", "suggestion"), NAME_FOUND)
def test_a_name_rendered_by_the_meaning_of_its_words(pair: tuple[str, str], excerpt: str, suggestion: str):
    (finding,) = [f for f in found(bilingual([pair])) if f[0] == NAME]
    _, target_excerpt, source_excerpt, found_suggestion = finding
    assert (target_excerpt, found_suggestion) == (excerpt, suggestion)
    assert source_excerpt in pair[0] and suggestion.replace("クイーン", "Queen") in source_excerpt


NAME_QUIET = [
    ("The queen visited Leeds.", "女王はリーズを訪れた。"),  # lower case: the common word
    ("The Queen visited Leeds.", "女王はリーズを訪れた。"),  # "the" before a title: the monarch
    ("Divers found a shell near the pier.", "ダイバーは桟橋の近くで貝殻を見つけた。"),
    ("The Supreme Court ruled against the city.", "最高裁は市に不利な判決を下した。"),  # an institution
    ("The Red Cross opened a shelter.", "赤十字は避難所を開設した。"),  # rendered by meaning by convention
    ("Shares of the group fell after the report.", "報告後、同グループの株価は下落した。"),  # a capital that opens
    ("Apple Unveils New Phone With Better Camera", "アップル、カメラを改良した新型電話を発表"),  # a headline
    ("Devout Americans crowded the church.", "敬虔なアメリカ人が教会に詰めかけた。"),  # people described
    ('The museum shows "Memories of the Land" until May.', "美術館は5月まで「大地の記憶」を展示する。"),  # a title
    ("The Cost of Living legislation ends in March.", "生活費法は3月に失効する。"),  # a description
    ("Arctic Monkeys played in Leeds.", "アークティック・モンキーズはリーズで演奏した。"),  # written as it sounds
    ("Lake Bled is popular.", "ブレッド湖は人気だ。"),
]


@pytest.mark.parametrize("pair", NAME_QUIET)
def test_names_rendered_rightly_and_common_words_stay_quiet(pair: tuple[str, str]):
    assert [f for f in found(bilingual([pair])) if f[0] in (NAME, "source.brand-as-word")] == []


# --- source.name-missing --------------------------------------------------------------------------------------------

def test_a_name_never_written_in_the_translation():
    doc = bilingual([("Elon Musk said the plan would work.", "同氏は計画はうまくいくと述べた。")])
    assert found(doc) == [("source.name-missing", "同氏は計画はうまくいくと述べた。", "Elon Musk", "")]
    (finding,) = audit_findings(doc)
    # No suggestion that would replace the correct sentence: the message says what to insert.
    assert finding.message.endswith("insert イーロン・マスク in this sentence.") and finding.fix == ""


def test_a_name_written_once_anywhere_is_enough():
    doc = bilingual(
        [
            ("Elon Musk spoke first.", "イーロン・マスク氏が最初に話した。"),
            ("Musk's company, Tesla, agreed. Elon Musk smiled.", "同氏の会社テスラも同意した。同氏は笑った。"),
        ]
    )
    assert found(doc) == []


# --- source.copied --------------------------------------------------------------------------------------------------

def test_a_sentence_left_as_its_source():
    sentence = "The ministry will publish the full figures next week."
    doc = bilingual([CEO, (sentence, sentence)])
    assert found(doc, "source.copied") == [("source.copied", sentence, sentence, "")]


def test_short_names_and_same_language_sources_are_not_copies():
    doc = bilingual([("Tesla Model Y", "Tesla Model Y"), CEO])
    assert found(doc, "source.copied") == []
    same = Document("The ministry will publish the figures.", lang="ja")
    same = same.with_source(Document(same.text, lang="ja"), [Pair(0, len(same.text), 0, len(same.text))])
    assert found(same, "source.copied") == []


def test_a_line_of_hashtags_handles_and_links_is_kept_not_copied():
    # Addresses reach the target as they are: a post's closing line of them is no sentence left untranslated.
    for line in ("#harbourfest#sailing #regatta #summer @portclub https://example.org/regatta",
                 "#harbourfest #sailing #regatta #summer #weekend #friends"):
        doc = bilingual([CEO, (line, line)])
        assert found(doc, "source.copied") == []
    # Three words of prose besides the tags are still a sentence copied.
    copied = "We sailed all week long with friends #regatta #summer"
    assert found(bilingual([CEO, (copied, copied)]), "source.copied") == [("source.copied", copied, copied, "")]


# --- source.omission / source.addition ------------------------------------------------------------------------------

def test_a_source_sentence_with_no_translation():
    dropped = "The company also said it would close two plants in Ohio next year."
    doc = bilingual([CEO, (dropped, ""), ("Sales rose.", "売上は伸びた。")])
    assert found(doc, "source.omission") == [("source.omission", CEO[1], dropped, "")]


def test_short_datelines_are_not_omissions():
    doc = bilingual([("TOKYO (Reuters) -", ""), CEO])
    assert found(doc, "source.omission") == []


def test_a_target_sentence_with_no_source():
    added = "同社はさらに新工場の建設を検討している。"
    doc = bilingual([CEO, ("", added), ("Sales rose.", "売上は伸びた。")])
    assert found(doc, "source.addition") == [("source.addition", added, "", "")]


def test_unsure_links_are_not_judged():
    added = "同社はさらに新工場の建設を検討している。"
    doc = bilingual([CEO, ("", added)], confidence=0.3)
    assert found(doc) == []


# --- omission and addition need evidence ------------------------------------------------------------------------------


def test_an_unlinked_sentence_whose_content_the_neighbour_has_is_a_merge_not_an_omission():
    # The aligner (here, the file) left the second source sentence unlinked, but the translator merged it into the
    # first: its number and its name are there.
    merged = "テスラは2023年に180万台を販売し、ベルリン工場の生産は50%増えた。"
    doc = bilingual(
        [
            ("Tesla sold 1.8 million cars in 2023.", merged),
            ("Production at the Berlin plant rose 50% over the year.", ""),
            ("Sales rose.", "売上は伸びた。"),
        ]
    )
    assert found(doc, "source.omission") == []


def test_the_omission_message_names_what_is_missing():
    dropped = "Volkswagen will invest 3 billion euros in Poland next year."
    doc = bilingual([CEO, (dropped, ""), ("Sales rose.", "売上は伸びた。")])
    (finding,) = audit(doc).findings
    assert finding.rule == "source.omission"
    assert "3 billion" in finding.message and "Volkswagen" in finding.message and "Poland" in finding.message


def test_an_unlinked_target_sentence_whose_content_the_source_has_is_a_split_not_an_addition():
    doc = bilingual(
        [
            (
                "Tesla sold 1.8 million cars in 2023, and production in Berlin rose 50%.",
                "テスラは2023年に180万台を販売した。",
            ),
            ("", "ベルリンでの生産は50%増えた。"),
            ("Sales rose.", "売上は伸びた。"),
        ]
    )
    assert found(doc, "source.addition") == []


def test_evidence_reads_numbers_names_months_and_dictionary_words():
    from auditor.analysis.evidence import build_evidence

    source = Document("Investors in Belgium expect the EU to decide in March on a 5 billion euro plan.", lang="en")
    target = Document("ベルギーの投資家は、EU理事会が3月に50億ユーロの計画を決めるとみている。", lang="ja")
    evidence = build_evidence(source, target)
    read = {"Investors", "EU", "March", "5 billion", "plan"}  # 投資家, EU理事会, 3月, 50億, 計画
    weight, share, missing = evidence.coverage(False, 0, len(source.text), [(0, len(target.text))])
    assert weight > 0 and share > 0.5 and not read & {item.surface for item in missing}
    weight, share, missing = evidence.coverage(False, 0, len(source.text), [])
    assert share == 0.0 and {item.surface for item in missing} >= read


def test_a_lost_scale_is_named():
    report = audit(
        "政府は月曜日、1万円の予算を承認した。",
        lang="ja",
        source="The government approved a budget of 1 trillion yen on Monday.",
        source_lang="en",
    )
    (finding,) = [f for f in report.findings if f.rule == "source.number-mismatch"]
    assert finding.suggestion == "1兆円" and "scale is lost" in finding.message
    report = audit("同社は3億ドルを調達した。", lang="ja", source="The company raised $2 billion.", source_lang="en")
    (finding,) = [f for f in report.findings if f.rule == "source.number-mismatch"]
    assert "scale" not in finding.message  # another figure, not a lost scale


def test_a_dropped_sentence_merged_into_its_neighbours_link_japanese_source():
    # ja → en: the aligner joins the dropped sentence (no number, no name) to the first one; its content words are
    # nowhere in the translation, while the first sentence's are.
    source = (
        "ソニーは金曜日、3,000億円の利益を計上した。同社の幹部は今後の見通しについて慎重な姿勢を崩さなかった。"
        "PlayStation 5の販売は12%増加した。音楽の売上高は8%伸びた。"
    )
    target = (
        "Sony reported a profit of 300 billion yen on Friday. Sales of the PlayStation 5 rose 12%. "
        "Music revenue grew 8%."
    )
    report = audit(target, lang="en", source=source, source_lang="ja")
    (finding,) = [f for f in report.findings if f.rule.startswith("source.")]
    assert finding.rule == "source.omission" and finding.excerpt.startswith("Sony reported")
    assert source[finding.src_start : finding.src_end] == "同社の幹部は今後の見通しについて慎重な姿勢を崩さなかった。"
    assert "慎重" in finding.message


def test_a_sentence_added_inside_a_link_and_a_heading_added_above():
    source = "Sony reported a profit of 300 billion yen on Friday. Sales of the PlayStation 5 rose 12%."
    added = "専門家の間では、今回の判断を疑問視する声も上がっている。"
    target = "【決算速報】\nソニーは金曜日、3,000億円の利益を計上した。" + added + "PlayStation 5の販売は12%増加した。"
    report = audit(target, lang="ja", source=source, source_lang="en")
    assert [(f.rule, f.excerpt) for f in report.findings if f.rule.startswith("source.")] == [
        ("source.addition", added)  # the heading is left alone; the translations are not "added"
    ]


def test_an_added_sentence_whose_words_come_later_in_the_paragraph_is_still_an_addition():
    # An added sentence of generic words (authorities concerned, formal, explanation): its paragraph's source says
    # them four sentences on, about something else; the neighbourhood of two links either way does not.
    added = "当局はまだ公式な説明をしていない。"
    paragraphs = [
        [
            ("The city opened a new bridge over the river on Monday.", "市は月曜日、川に新しい橋を開通させた。"),
            ("", added),
            ("Traffic on the old road fell by half within hours.", "旧道の交通量は数時間で半減した。"),
            ("Drivers welcomed the shorter trip to the port.", "運転手らは港までの道のりが短くなったことを歓迎した。"),
            ("Shops near the bridge reported more customers.", "橋の近くの店は客が増えたと報告した。"),
            ("The authorities concerned gave a formal explanation of the cost.", "関係当局は費用の公式な説明をした。"),
        ],
        [("Work on a second bridge starts in May.", "二つ目の橋の工事は5月に始まる。")],
    ]
    links, source, target = [], "", ""
    for number, paragraph in enumerate(paragraphs):
        if number:
            source, target = source + "\n", target + "\n"
        for k, (src, tgt) in enumerate(paragraph):
            if src and k and source and not source.endswith("\n"):
                source += " "
            links.append(
                Pair(len(source), len(source) + len(src), len(target), len(target) + len(tgt), 1.0, int(bool(src)), 1)
            )
            source, target = source + src, target + tgt
    doc = Document(target, lang="ja", source=Document(source, lang="en"), pairs=links)
    assert found(doc, "source.addition") == [("source.addition", added, "", "")]


# --- evidence weighed by what is distinctive ------------------------------------------------------------------------

_EU = [  # an article that names the EU in every sentence: finding EU near a sentence proves little
    ("The EU economy grew by 0.3% in 2023.", "EU経済は2023年に0.3%成長した。"),
    ("EU exports fell 5% in December.", "EUの輸出は12月に5%減少した。"),
    (
        "Klaus Weber of the Ifo institute in Munich fears that the EU will lose investors. "
        "Factory orders in the EU dropped 3% in November.",
        "EUの工場受注は11月に3%減少した。",
    ),
    ("The EU plans new subsidies for 2024.", "EUは2024年に向けて新たな補助金を計画している。"),
]


def merged_article(pairs: list[tuple[str, str]], confidence: float = 1.0) -> Document:
    """Like ``bilingual``, but a source with two sentences is one 2-1 link, aligned with ``confidence``."""
    doc = bilingual(pairs)
    links = tuple(
        Pair(p.src_start, p.src_end, p.tgt_start, p.tgt_end, confidence if k == 2 else 1.0, 2 if k == 2 else 1, 1)
        for k, p in enumerate(doc.pairs or ())
    )
    return Document(doc.text, lang="ja", source=doc.source, pairs=links)


def test_a_word_the_whole_article_repeats_is_weak_evidence_that_a_sentence_is_there():
    from auditor.analysis.evidence import build_evidence

    doc = merged_article(_EU)
    assert doc.source is not None
    evidence = build_evidence(doc.source, doc)
    start = doc.source.text.index("Klaus")
    end = doc.source.text.index("investors.") + len("investors.")
    link = [(doc.text.index("EUの工場"), len(doc.text) - len(_EU[3][1]))]
    _, plain, _ = evidence.coverage(False, start, end, link)
    _, specific, _ = evidence.coverage(False, start, end, link, chance=True)
    assert plain > 0 and specific < 0.1 * plain  # EU is in every sentence of the translation
    # A number found once, where the sentence is, keeps its full weight.
    start = doc.source.text.index("EU exports")
    found = [(doc.text.index("EUの輸出"), doc.text.index("EUの工場"))]
    _, share, missing = evidence.coverage(False, start, start + 31, found, chance=True)
    assert share > 0.5 and not {"5", "December"} & {item.surface for item in missing}


def test_a_dropped_sentence_merged_into_a_link_by_a_name_the_article_repeats():
    (finding,) = audit_findings(merged_article(_EU), "source.omission")
    assert finding.excerpt == "EUの工場受注は11月に3%減少した。"
    assert "Klaus" in finding.message and "Ifo" in finding.message and "Munich" in finding.message


def test_below_the_confidence_floor_only_missing_names_and_numbers_make_a_merged_omission():
    (finding,) = audit_findings(merged_article(_EU, confidence=0.4), "source.omission")
    assert "Klaus" in finding.message
    generic = list(_EU)
    generic[2] = ("He said it hurriedly, and nobody in the room believed a word. " + _EU[2][0].split(". ")[1],
                  _EU[2][1])
    assert audit_findings(merged_article(generic, confidence=0.4), "source.omission") == []
    assert audit_findings(merged_article(generic), "source.omission")  # judged on its words when the link is sure


def test_a_web_address_is_content_a_translation_keeps():
    from auditor.analysis.evidence import build_evidence

    source = Document("For details, visit harbourlightsgallery.org. Call us.", lang="en")
    target = Document("詳細はharbourlightsgallery.orgへ。", lang="ja")
    evidence = build_evidence(source, target)
    address = [item for item in evidence.items[0][0] if item.surface == "harbourlightsgallery.org"]
    assert address and address[0].kind == 1.0  # a name's weight, not a word's
    _, share, missing = evidence.coverage(False, 0, 44, [(0, len(target.text))])
    assert share > 0.5 and "harbourlightsgallery.org" not in {item.surface for item in missing}
    abbreviations = build_evidence(Document("It rose 3.5 p.c. in the U.S.", lang="en"), target).items[0][0]
    assert [item.surface for item in abbreviations if "." in item.surface and not item.surface[0].isdigit()] == []


_COUNCIL = [
    (
        "The city council approved a new budget for public transport on Tuesday after a long debate.",
        "市議会は火曜日、長い議論の末、公共交通機関の新たな予算を承認した。",
    ),
    (
        "Bus fares will rise by 10% in April, the first increase in six years.",
        "バスの運賃は4月に10%値上げされ、6年ぶりの値上げとなる。",
    ),
    (
        "The plan adds 45 new buses to the fleet, which will grow to 1,280 vehicles by 2027, and extends night "
        "services to 12 more routes.",
        "計画では45台のバスを新たに導入し、夜間の運行も広げる。",
    ),
    (
        "Mayor Ellen Porter said the changes would help commuters.",
        "エレン・ポーター市長は、この変更は通勤者の助けになると述べた。",
    ),
    (
        "Opposition members criticised the fare increase as unfair to low-income residents.",
        "野党議員は、運賃値上げは低所得の住民にとって不公平だと批判した。",
    ),
]


def test_a_translation_cut_short_of_its_numbers_is_an_omission():
    (finding,) = audit_findings(bilingual(_COUNCIL), "source.omission")
    assert finding.excerpt == _COUNCIL[2][1]
    assert "1,280" in finding.message and "2027" in finding.message and "45" not in finding.message.split(":")[0]


def test_a_shorter_translation_that_keeps_the_numbers_or_a_long_enough_one_is_not_cut_short():
    kept = list(_COUNCIL)
    kept[2] = (_COUNCIL[2][0], "計画では45台を導入、2027年に1,280台、夜行は12路線増。")  # terse, every number kept
    assert audit_findings(bilingual(kept), "source.omission") == []
    whole = list(_COUNCIL)
    whole[2] = (
        _COUNCIL[2][0],
        "計画では新たに45台のバスを導入して車両を2027年までに1,280台に増やし、夜間の運行を12路線で拡大する。",
    )
    assert audit_findings(bilingual(whole), "source.omission") == []


def test_in_a_title_case_headline_or_a_sentence_in_capitals_common_words_are_not_names():
    from auditor.analysis.evidence import build_evidence

    text = "Council Is Letting Bus Fares Rise Again\nWE WANT CHEAPER BUSES! NATO met in Brussels. You HAVE to go."
    source = Document(text, lang="en")
    evidence = build_evidence(source, Document("市議会がバス運賃の再値上げを容認", lang="ja"))
    kinds = {item.surface: item.kind for sentence in evidence.items[0] for item in sentence}
    assert "Is" not in kinds and kinds["Bus"] == kinds["Fares"] == kinds["CHEAPER"] == 0.4  # words, not names
    assert kinds["NATO"] == kinds["Brussels"] == 1.0  # an ordinary sentence's capitals still name
    assert kinds["HAVE"] == 0.4  # a common word stressed, not an acronym


def test_a_translation_cut_short_of_its_numbers_is_found_under_the_confidence_floor():
    # The aligner doubts the link because the target is short; the missing figures are evidence enough.
    doc = bilingual(_COUNCIL)
    links = tuple(
        Pair(p.src_start, p.src_end, p.tgt_start, p.tgt_end, 0.3 if k == 2 else 1.0)
        for k, p in enumerate(doc.pairs or ())
    )
    unsure = Document(doc.text, lang="ja", source=doc.source, pairs=links)
    (finding,) = audit_findings(unsure, "source.omission")
    assert finding.excerpt == _COUNCIL[2][1] and "1,280" in finding.message

"""language.untranslated: what it must catch and what it must leave alone (text written for these tests)."""

from __future__ import annotations

import pytest

from auditor import audit

RULE = "language.untranslated"


def found(text: str) -> list[str]:
    return [f.excerpt for f in audit(text, lang="ja").findings if f.rule == RULE]


INVALID = [
    # Chinese: no kana, and characters that a Chinese character set holds and no Japanese one (变 导 农 业 产 显).
    ("同社は新工場を公開した。科学家指出全球变暖导致农业产量明显下降。株価は上がった。",
     ["科学家指出全球变暖导致农业产量明显下降。"]),
    # A Chinese headline above the Japanese text counts as a sentence does.
    ("研究报告：全球变暖导致农业产量明显下降\n同社は新工場を公開した。", ["研究报告：全球变暖导致农业产量明显下降"]),
    # A Chinese phrase in characters Japanese writes too: pairs Chinese joins and Japanese does not (竟是, 是什).
    ("## 新功能究竟是什麼?この機能は多くの利用者に使われている。", ["新功能究竟是什麼"]),
    ("専門家は、これは可以说是最大の成果だと述べた。", ["可以说是最大"]),
    # A Vietnamese word (a letter only Vietnamese writes: ả) alone on a line of Japanese: a caption left behind.
    ("村の祭りに観光客が集まった - ảnh 2\n祭りは三日間続いた。", ["ảnh"]),
    # A Korean word inside Japanese text or alone on a line: Japanese never writes Hangul.
    ("壁にはペ인트の跡が残っていた。", ["인트"]),
    # A short Chinese word with a simplified character no Japanese character set holds (订, 阅): a mirror's label.
    ("公式チャンネル\n立即订阅\n大使館は声明を出した。", ["立即订阅"]),
    ("天気は晴时多云、気温は十度。", ["晴时多云"]),
    # One such character going on a Latin word or a clause: a word left in Chinese, not a corrupted glyph.
    ("取引所はMeme币の上場を増やした。", ["币"]),
    ("新しい規則を発表した际、株価は下がった。", ["际"]),
    ("메뉴 열기\n最新記事\n同社は新工場を公開した。", ["메뉴 열기"]),
    ("同社は声明を出した。We will keep investing in new plants next year. 株価は上がった。",
     ["We will keep investing in new plants next year."]),
    ("社長は「We are proud of what the team has built」と述べた。", ["We are proud of what the team has built"]),
    # After a flattened post, once the article's own script is back, English is the article's again.
    (
        "社長は投稿で答えた。\nThanks for asking, here is the answer to it.\n— Jane Doe (@janedoe_ceo) March 3, 2026\n"
        "同社はまだ回答していない。\nWho pays for the new roads around the site?\n",
        ["Who pays for the new roads around the site?"],
    ),
    # A line of English between the Japanese paragraphs, too short for a run: a chart's caption, a skip link.
    ("同社の売上高は増えた。\n\nQuarterly sales by region. Source: Example Research\n\n利益も増えた。",
     ["Quarterly sales by region. Source: Example Research"]),
    ("Jump to the main menu\n\n同社は新工場を公開した。工場は来年から稼働する予定で、三百人を雇う。",
     ["Jump to the main menu"]),
    # A heading in Latin letters with no English word in it: a headline left in a third language.
    ("Yeni köprü bugün törenle trafiğe açıldı\n\n市は新しい橋の開通を祝った。",
     ["Yeni köprü bugün törenle trafiğe açıldı"]),
    # An English caption label on a line of Japanese (Japanese news writes 写真 or 出典).
    ("工場の外観。Photo credit: Example News\n同社は新工場を公開した。", ["Photo credit"]),
    ("売上高の推移。Source: 調査会社\n同社は新工場を公開した。", ["Source"]),
]

VALID = [
    # A traditional glyph no Japanese character set holds (稅: a script converter's leftover, not a Chinese word),
    # a simplified character alone (a corrupted glyph), a handle's name.
    "稅関の統計が発表された。",
    "公開?!阁かせてしまった。",
    "記号の一覧 币 を見る。",
    "原作者:@购少庆の投稿。",
    # Kanji-only Japanese headlines, also in the traditional forms that Japanese character sets hold (國, 學, 發).
    "政府経済対策閣議決定補正予算案国会提出\n同社は新工場を公開した。",
    "國學院大學教授陣新學部設置計画發表\n同社は新工場を公開した。",
    # Kanji compounds of Japanese: the suffix 的 before a noun, kanji numerals, long compounds of Japanese words.
    "発展的共感性を重視する。",
    "二十二年間一緒に働いた。",
    "連邦航空局長官が会見した。国家社会投資局が発表した。",
    # Vietnamese letters in a name (vietnamese-name's concern), a token, a line with no kana, French.
    "Nguyễn氏が来日した。",
    "詳しくはảnhx.vnを見てほしい。",
    "Giá vé: 1 triệu đồng\n入場料は安い。",
    "hôtel de villeという名前だ。",
    # A Korean word quoted with its translation in brackets; jamo in a face are no word.
    "韓国語の「친구」（友達）という言葉を覚えた。",
    "今日も頑張ろうね(ㆁᴗㆁ)、また明日会おう。",
    # An English title as a heading stays alone.
    "The Best Phones You Can Buy This Year\n同社は新型スマートフォンを発表した。",
    # Third-language headings each set above their translation, as a press review sets them.
    "Ankara'da yeni köprü bugün törenle açıldı\nアンカラで新しい橋が今日、式典とともに開通した。\n\n"
    "Belediye meclisi yeni bütçeyi onayladı dün\n市議会は昨日、新しい予算を承認した。",
    # A line of names or a title capitalises its words; a label of one word may be a native site's design.
    "同社は新工場を公開した。\nThe Lord of the Rings\n映画は大ヒットした。",
    "同社は新工場を公開した。\nHint\n設定画面を開くとよい。",
    # A short English line beside a Japanese line that shares a word with it is its original, set beside it.
    "同社は戦略を発表した。\nOur new Zeta plan starts here\n新しいZeta計画がここから始まる\n株価は上がった。",
    # A page that sets two short English lines beside Japanese lines of their translation's length is bilingual.
    "英語の練習\nWhat a lovely morning\nなんて素敵な朝\n\nLet's take a short walk\n少し散歩しよう\n",
    # A label's word that opens no credit (no colon after one word), or a credit line holding a URL.
    "Photo編集のコツを紹介する。\nSource: https://example.com/report の記事を見た。",
    # Two English sentences each beside a Japanese line of its translation's length, one sharing a word with it.
    "料理の英語\nYou will need one spoon of honey for the Zeta cake today.\n"
    "今日のゼータケーキには蜂蜜がスプーン一杯必要です。\n"
    "Please wash your hands well before you start cooking.\n料理を始める前によく手を洗ってください。\n",
    # A page that sets each sentence in English, Japanese and Chinese, each line beside its translations.
    "市長の演説を英語、日本語、中国語で掲載する。\n"
    "The new bridge over the river opens to traffic on 12 May, the mayor said.\n"
    "市長は、川に架かる新しい橋が5月12日に開通すると述べた。\n市长说，这座河上的新桥将于5月12日正式开通。\n"
    "We will build 3 more bridges in the city by 2030.\n2030年までに市内にさらに3本の橋を建設する。\n"
    "我们将在2030年前在市内再建设3座新桥。\n",
    # Quoted on purpose, with its translation in brackets right after it.
    "俳優は自身のSNSで「Just arrived in this beautiful city(この美しい街に到着)」と投稿した。",
    "彼は「Time to go home now!（そろそろ帰る時間だ）」と書いた。",
    # ... or on the next line: a reader's comment, then its translation (how blogs quote comments from abroad).
    "海外の反応\n・ファンA\nI would love to watch this team play every single day of the season, honestly.\n"
    "（このチームの試合を毎日見たい）",
    # A copyright or trademark notice.
    "(C)2024 Example Games Inc. All rights reserved. 発売は来月だ。",
    "© 2025 Acme Studio, all of the marks are the property of their owners",
    # An English phrase quoted whole as the topic of a sentence: the article speaks of the words themselves.
    "「Keep the change and have a nice day」は店員がよく使う表現だ。",
    # A social post's text on a line of its own, a hashtag in it: the post's language, as an embed's.
    "新機種が発表された。\nPick yours today and save more #phone12 with the launch offer!\n価格は未定だ。",
    # Names and products, not sentences.
    "Apple Watch Series 10の予約が始まった。",
    # A name or a title of five words or more: its lower-case words are all grammar words (of, the, at).
    "North Valley Office of the Harbor Authority at Sea Gate 2日 · 港湾局は声明を出した。",
    # The quoted post of a quote post: its lines follow the attribution, up to the article's next Japanese line.
    "社長は投稿で答えた。\nThanks for asking, here is the answer to it.\n— Jane Doe (@janedoe_ceo) March 3, 2026\n"
    "When will the new factory open in the north of the country?\nWho pays for the new roads around the site?\n"
    "同社はまだ回答していない。",
]


@pytest.mark.parametrize(("text", "expected"), INVALID)
def test_invalid(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", VALID)
def test_valid(text: str) -> None:
    assert found(text) == []


def test_one_long_latin_word_is_read_in_linear_time() -> None:
    """A run may start only where no letter precedes: tried at every letter of one long word, the scan was
    quadratic (200,000 letters: about ten minutes)."""
    import time

    start = time.perf_counter()
    assert found("a" * 200_000 + ".kom 日本語の文。") == []
    assert time.perf_counter() - start < 10


def test_the_chinese_markers_are_built_from_the_codecs_and_none_is_japanese() -> None:
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("build_chinese_markers", root / "tools" / "build_chinese_markers.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    table = root / "auditor" / "lexicons" / "ja" / "chinese_markers.tsv"
    assert table.read_text(encoding="utf-8") == build.render(), "run tools/build_chinese_markers.py"
    chars = "".join(chars for chars, _ in build.markers())
    assert len(chars) > 1000 and "这" in chars and "說" in chars
    for char in "的是在國這会":  # written in Japanese too: no marker
        assert char not in chars
    for char in chars:
        for codec in ("cp932", "euc_jis_2004"):
            with pytest.raises(UnicodeEncodeError):
                char.encode(codec)


def test_a_pair_where_two_japanese_words_meet_is_a_seam() -> None:
    from auditor.analysis.foreign import _seam

    assert _seam("連邦航空局", 1)  # 連邦 | 航空: 邦航 is where two words meet
    assert not _seam("究竟是什麼", 1)  # 究竟 | 是: 竟是 joins a word of one character
    assert not _seam("究竟是什麼", 2)


def test_the_chinese_pairs_hold_no_japanese_word_and_no_numeral() -> None:
    from auditor.analysis.morph import tokens
    from auditor.lexicons import get_lexicon
    from auditor.lexicons.schema import ChineseFrequentRow, ChinesePairRow

    lexicon = get_lexicon("ja")
    pairs = [row.pair for row in lexicon.table(ChinesePairRow)]
    assert len(pairs) > 3000 and "是什" in pairs
    for pair in pairs:
        assert "的" not in pair and not set(pair) & set("〇一二三四五六七八九十百千万億兆")
        words = tokens(pair)
        assert not (len(words) == 1 and words[0].known), pair
    frequent = {row.char for row in lexicon.table(ChineseFrequentRow)}
    assert "是" in frequent and frequent <= {char for pair in pairs for char in pair}


# Bilingual pages (auditor/analysis/parallel.py): English lines beside the Japanese lines that translate them.
_PAIR_1 = "The museum opens at 9 and closes at 17 on weekdays.\n博物館は平日は9時に開き、17時に閉まる。\n"
_PAIR_2 = "The new station building has a large bookstore and a cafe.\n新しい駅ビルには大きな書店とカフェがある。\n"


def test_the_english_lines_of_a_bilingual_page_are_shown_on_purpose() -> None:
    assert found("今日の表現を見てみよう。\n" + _PAIR_1 + "\n" + _PAIR_2) == []


def test_one_english_line_beside_a_line_of_its_figures_is_no_bilingual_page() -> None:
    # The figures pair the lines, but the Japanese renders none of the English words: one pair is chance.
    museum = "The museum opens at 9 and closes at 17 on weekdays."
    text = f"同社は声明を出した。\n{museum}\n会議は9時に始まり17時に終わる。\n"
    assert found(text) == ["The museum opens at 9 and closes at 17 on weekdays."]


def test_an_english_line_whose_translation_the_page_holds_is_quoted_on_purpose() -> None:
    # A text and its translation compared: the Japanese renders most of the English words (JMdict), wherever it is.
    original = "The new station building has a large bookstore and a cafe."
    text = f"原文と訳を比べる。\n====\n{original}\n====\n新しい駅ビルには大きな書店とカフェがある。\n"
    assert found(text) == []
    assert found("同社は声明を出した。\n" + _PAIR_1) == []  # right beside it too
    # A neighbouring paragraph that shares a name and a figure but renders few of the words is no translation.
    article = (
        "ゼータ社は5月に新工場を開いた。\n"
        "Zeta said in May that it plans to hire workers from the region and build a school for their children.\n"
        "ゼータ社の株価は5月に上がった。\n"
    )
    assert len(found(article)) == 1
    # The English lines in the block of a line whose translation the page holds are the rest of the quoted text,
    # however loosely translated; a line after a blank line is not in its block.
    loose = "Zorbo said so on Monday with a grin."
    translation = "新しい駅ビルには大きな書店とカフェがある。ゾルボは月曜日ににやりと笑ってそう言った。"
    assert found(f"原文と訳\n====\n{original}\n{loose}\n====\n{translation}\n") == []
    assert found(f"原文と訳\n====\n{original}\n\n{loose}\n====\n{translation}\n") == [loose]
    # One word rendered, even twice, is chance (paper, paper: 紙).
    repeated = "同社は紙の値段を上げると発表した。\nZorbo kept the paper and the paper for Zorba.\n株価は上がった。\n"
    assert found(repeated) == ["Zorbo kept the paper and the paper for Zorba."]


def test_a_translation_is_looked_for_near_the_english_line() -> None:
    from auditor.rules.language import NEAR_SENTENCES

    original = "The new station building has a large bookstore and a cafe."
    translation = "新しい駅ビルには大きな書店とカフェがある。"
    between = "雨が降った。" * (NEAR_SENTENCES + 1)  # sentences too short to pair with the line, in the way
    assert found(f"原文と訳を比べる。\n{original}\n{'雨が降った。' * 10}\n{translation}\n") == []
    assert found(f"原文と訳を比べる。\n{original}\n{between}\n{translation}\n") == [original]


def test_lines_of_a_translations_length_without_a_shared_word_do_not_pair() -> None:
    # Skipped paragraphs of a machine-translated article: lengths alone would pair them (67 / 16 characters).
    text = (
        "市は新しい計画を発表した。\nThe council will vote on the plan early next month, officials said.\n"
        "住民の多くは計画に賛成している。\nSome residents worry about the cost of the work and the noise.\n"
        "工事は来年始まる予定だ。"
    )
    assert len(found(text)) == 2


def test_a_line_whose_figures_its_neighbour_lacks_is_no_translation_of_it() -> None:
    other = _PAIR_1.replace("9 ", "10 ")
    # One pair is left, and one pair is chance: the museum's line is reported (the station's line is not, as the
    # page holds its translation: its neighbour renders its words).
    assert found("今日の表現を見てみよう。\n" + other + "\n" + _PAIR_2) == [
        "The museum opens at 10 and closes at 17 on weekdays.",
    ]


def test_parallel_lines_are_exact_spans_of_the_english_lines() -> None:
    from auditor.analysis.parallel import parallel_lines

    text = "[英訳] " + _PAIR_1 + "\n" + _PAIR_2
    spans = parallel_lines(text)
    assert [text[start:end] for start, end in spans] == [
        "[英訳] The museum opens at 9 and closes at 17 on weekdays.",
        "The new station building has a large bookstore and a cafe.",
    ]
    assert parallel_lines(_PAIR_1) == []  # one pair is chance


def test_on_a_bilingual_page_a_line_of_a_translations_length_pairs_without_a_shared_word() -> None:
    # Of a translation's length, but no word of it rendered.
    plain = "It was a quiet and sunny morning in the old town.\n駅前の店は午後から混み合っていた。\n"
    text = "今日の表現を見てみよう。\n" + _PAIR_1 + "\n" + _PAIR_2 + "\n" + plain
    assert found(text) == []
    # Without the anchored pairs, the same line is a sentence left in English.
    assert found("今日の表現を見てみよう。\n" + plain) == ["It was a quiet and sunny morning in the old town."]


def test_an_english_line_pairs_with_the_facing_sentence_of_a_paragraph_that_goes_on() -> None:
    # Each English line, then a paragraph whose first sentence translates it and which goes on: too long for the
    # line's translation, its first sentence is not.
    first = (
        "The museum opens at 9 and closes at 17 on weekdays.\n博物館は平日は9時に開き、17時に閉まる。"
        "週末は休館で、来月からは夜間の開館も始まる予定だと市の担当者は話している。\n"
    )
    second = (
        "The new station building has a large bookstore and a cafe.\n新しい駅ビルには大きな書店とカフェがある。"
        "開業は来春で、周辺の道路も新しく整備される予定だと市は説明している。\n"
    )
    assert found("今日の記事を見てみよう。\n" + first + "\n" + second) == []
    # A paragraph before the English line faces it with its last sentence.
    before = (
        "市の担当者が説明した。博物館は平日は9時に開き、17時に閉まる。\n"
        "The museum opens at 9 and closes at 17 on weekdays.\n"
    )
    assert found(before + "\n" + _PAIR_2) == []


def test_a_channels_description_after_its_counters_is_the_channels_page() -> None:
    description = "Official channel of the embassy in our city\n"
    counters = "Example Embassy\n4.43K subscribers\n12K photos\n"
    article = "\n大使館は声明を出した。来月の式典について説明した。"
    assert found(counters + description + article) == []
    # Without the counters above it, the same line is a line left in English.
    assert found("大使館の発表\n" + description + article) == ["Official channel of the embassy in our city"]


def test_lines_that_share_words_through_the_dictionary_pair() -> None:
    # No figure, no name, no loanword: the Japanese renders the English words as JMdict does (部屋, 静か, 庭, 広い).
    text = (
        "今日の表現\nThe rooms are quiet and the garden is large.\n部屋は静かで、庭は広い。\n\n"
        "The old bridge over the river was closed for repairs.\n川にかかる古い橋は修理のため閉鎖された。\n"
    )
    assert found(text) == []
    from auditor.analysis.foreign import dictionary_coverage

    assert dictionary_coverage("The rooms are quiet", "部屋は静かだ。") == 1.0
    assert dictionary_coverage("The rooms are quiet", "株価が上がった。") == 0.0
    assert dictionary_coverage("Apple Watch", "時計") is None  # no lower-case dictionary word


def test_figures_pair_by_value_in_each_languages_scale_words() -> None:
    # 1.2 million is 120万: a translation writes the same quantity with its own scale word.
    scaled = "About 1.2 million people visited the fair this year.\n今年は約120万人が見本市を訪れた。\n"
    assert found("今日の表現を見てみよう。\n" + scaled + "\n" + _PAIR_2) == []
    # 12万 is another quantity: no pair, and one pair alone is chance (the station's line is translated beside it).
    wrong = scaled.replace("120万", "12万")
    assert found("今日の表現を見てみよう。\n" + wrong + "\n" + _PAIR_2) == [
        "About 1.2 million people visited the fair this year."
    ]


def test_english_content_words_are_lower_case_dictionary_words_not_grammar_words() -> None:
    """Plural and -ed forms are undone (flows → flow); capitalised words, grammar words and words of other
    languages are not counted."""
    from auditor.analysis.foreign import english_content_words

    assert english_content_words("Weekly net flows. Source: Jane Doe") == ["net", "flows"]
    assert english_content_words("The Lord of the Rings") == []
    assert english_content_words("Yeni köprü açıldı bugün") == []


def test_a_run_whose_lower_case_words_are_all_grammar_words_is_in_title_case() -> None:
    """A name's or a title's content words are capitalised; a sentence's, a Czech or Turkish sentence's, are not."""
    from auditor.analysis.foreign import title_case

    assert title_case("North Valley Office of the Harbor Authority at Sea Gate")
    assert not title_case("We will keep investing in new plants")
    assert not title_case("Nová továrna byla dnes otevřena")
    # A hyphenated word is capitalised by its first part (a report's title: End-user Demand by Region).
    assert title_case("Global Market for Sensors by End-user and In-lab Testing")
    assert not title_case("the well-known maker said")


def test_english_lines_and_labels_are_exact_spans() -> None:
    from auditor.analysis.context import Analysis
    from auditor.analysis.foreign import english_leftovers
    from auditor.document import Document
    from auditor.lexicons import get_lexicon

    text = "売上が増えた。\n  Weekly net flows by region  \n図の説明。Image caption 工場の外観\n"
    found = Analysis(Document(text, lang="ja"), get_lexicon("ja")).memo(english_leftovers)
    assert [text[start:end] for start, end in found.lines] == ["Weekly net flows by region"]
    assert [text[start:end] for start, end in found.labels] == ["Image caption"]


def test_a_navigation_label_is_reported_once_as_text_left_untranslated() -> None:
    # A table of contents' title is words of the page's navigation: text left in English. A skip link on a Japanese
    # page is the interface's (ja/page_furniture.tsv's interface row overrides the common skip-link row): markup.
    text = "同社の売上高は増えた。\nSkip to main content\n利益も増えた。\n  TABLE OF CONTENTS\n"
    rules = [(f.rule, f.excerpt) for f in audit(text, lang="ja").findings if f.excerpt.isascii()]
    assert rules == [("embed.page-furniture", "Skip to main content"), ("language.untranslated", "TABLE OF CONTENTS")]
    # The same box's title as other themes write it.
    text = "同社の売上高は増えた。\nQuick Navigation\n利益も増えた。\nPage Contents\n株価も上がった。\n"
    rules = [(f.rule, f.excerpt) for f in audit(text, lang="ja").findings if f.excerpt.isascii()]
    assert rules == [("language.untranslated", "Quick Navigation"), ("language.untranslated", "Page Contents")]
    # In an English article it is the site's own interface.
    assert not [f for f in audit("The plant opened.\nTable of Contents\nIt runs.", lang="en").findings
                if f.excerpt == "Table of Contents"]


def test_an_interface_block_is_reported_once_as_page_furniture() -> None:
    # The English lines after an interface string, up to the article's next Japanese line, are the interface's
    # (a widget's notice and its thanks): one embed.page-furniture finding, no language.untranslated one.
    text = (
        "申請の手順を説明する。\nLoading…\n\nWe value every comment you send us here.\n\nThanks a lot for writing!\n\n"
        "申請は無料だ。\n"
    )
    findings = [(f.rule, f.start, f.end) for f in audit(text, lang="ja").findings]
    assert findings == [("embed.page-furniture", 12, 89)]


def test_a_skip_link_in_another_script_is_reported_once_as_page_furniture() -> None:
    # A Korean or a Chinese skip link heading a Japanese page is its interface (KWCAG's and WCAG's wording): one
    # embed.page-furniture finding, none of language.untranslated's, whichever of its paths reads the line.
    for link in ("본문 바로가기", "跳至内容"):
        text = f"{link}\n\n港の再開発が始まった。工事は来年まで続く。\n"
        findings = [(f.rule, f.excerpt) for f in audit(text, lang="ja").findings]
        assert findings == [("embed.page-furniture", link)]


def test_a_layout_label_is_reported_once_as_page_furniture() -> None:
    text = "同社の売上高は増えた。\nAdvertisement\n利益も増えた。\n"
    rules = [(f.rule, f.excerpt) for f in audit(text, lang="ja").findings if f.excerpt == "Advertisement"]
    assert rules == [("embed.page-furniture", "Advertisement")]


def test_an_english_fields_label_opening_a_line_is_left_untranslated() -> None:
    # A page's interface or a caption's field, in sentence case with an English colon: the label's words are marked.
    text = "同社の売上高は増えた。\n    Share with:\n  • 3\n. Source: Example Data\nPosted in: 経済\n利益も増えた。\n"
    assert found(text) == ["Share with", "Source", "Posted in"]
    from auditor.analysis.context import Analysis
    from auditor.analysis.foreign import english_leftovers
    from auditor.document import Document
    from auditor.lexicons import get_lexicon

    fields = Analysis(Document(text, lang="ja"), get_lexicon("ja")).memo(english_leftovers).fields
    assert [text[start:end] for start, end in fields] == ["Share with", "Source", "Posted in"]


def test_an_english_links_text_closed_by_its_arrow_is_left_untranslated() -> None:
    # A breadcrumb's first crumb opening its line; a read-more link after an excerpt's ellipsis.
    text = "Home » 芸能\n\n新作映画の撮影が始まった。主演は新人で… Read More »次の記事の見出し\n"
    assert found(text) == ["Home", "Read More"]
    # A byline's By before the author's name, opening its line.
    assert found("By Jane Doe, Example News\n新作映画の撮影が始まった。\n") == ["By"]
    assert found("新作映画の撮影が始まった。By Jane Doeが語った。\n") == []
    # A title-cased name before an arrow inside a line, or opening one, is no such label.
    assert found("新作映画の撮影が始まった。\nFast Company » 記事\n主演は新人で Read More » と書いた。\n") == []


def test_names_abbreviations_and_japanese_set_colons_are_no_english_fields() -> None:
    quiet = [
        "同社の売上高は増えた。\nFast Company: 音楽は常にブランドの一部だった。\n",  # a name capitalises its words
        "同社の売上高は増えた。\n• ID: 6821\n",  # an abbreviation is no word
        "同社の売上高は増えた。\nMemo:Example.netを見てね。\n",  # a colon glued to the value: Japanese typography
        "同社の売上高は増えた。\nPosted in：経済\n",  # a full-width colon
        "同社の売上高は増えた。\nSource: https://example.com/data\n",  # a URL on the line
        "同社の売上高は増えた。今日は Share with: 友人 と書いた。\n",  # inside a line of prose
    ]
    for text in quiet:
        assert found(text) == [], text


def test_an_english_by_between_names_in_japanese_prose_is_left_untranslated() -> None:
    assert found("新作にはNight Harbor by Example Studiosが含まれる。") == ["by"]
    quiet = [
        "新作には「Stand by Example」が含まれる。",  # a title quoted whole
        "新作には『Night Harbor by Example Studios』が含まれる。",
        "同社のState of Play 2025で発表された。",  # grammar words join a title's words
        "Night Harbor by Example Studios\n",  # no Japanese touches it
    ]
    assert [found(text) for text in quiet] == [[], [], [], []]


def test_a_chinese_word_found_alone_is_found_inside_longer_runs_of_kanji_too() -> None:
    # 空投 stands alone once (空投は) on a page that shows Chinese (然而): it is the same word in 平均空投数.
    text = "然而、空投は人気だ。平均空投数は増えた。"
    assert [(f.excerpt, f.start) for f in audit(text, lang="ja").findings if f.rule == RULE] == [
        ("然而", 0), ("空投", 3), ("空投", 12)
    ]
    # Never found alone, the word inside a longer run is out of reach.
    assert found("平均空投数は増えた。") == []


def test_a_short_english_line_in_the_block_of_an_english_line_is_left_untranslated() -> None:
    caption = "Markets, Policy\nShares rose in early trading on the exchange. Source: Example Data\n\n"
    assert found(caption + "株価は上がった。\n") == ["Markets, Policy", "Shares rose in early trading on the exchange."]
    # A blank line parts the blocks; a line of English words alone is a site's design as often as a leftover.
    assert found("Markets, Policy\n\nShares rose in early trading on the exchange. Source: Example Data\n") == [
        "Shares rose in early trading on the exchange."
    ]
    assert found("Top News\n株価は上がった。\n") == []


def test_a_language_menu_names_each_language_in_its_own_words() -> None:
    # The page's own language named in its own words (日本語) on a line of the block: a language menu, page furniture.
    menu = "言語\n简体中文\n한국어\nEnglish\n日本語\n\n同社は新工場を公開した。\n"
    assert found(menu) == []
    # Without the page's own name in the block, the same lines are text left in other languages.
    assert found("言語\n简体中文\n한국어\nEnglish\n\n同社は新工場を公開した。\n") == ["简体中文", "한국어"]
    # A blank line parts the blocks.
    assert found("简体中文\n\n日本語\n同社は新工場を公開した。\n") == ["简体中文"]
    # A menu run together on one line (embed.page-furniture's), a word the table lacks among its names.
    assert found("言語\n한어EnglishFrançais日本語\n\n同社は新工場を公開した。\n") == []
    assert found("한어\n\n同社は新工場を公開した。\n") == ["한어"]


def test_a_dropped_photos_caption_and_file_name_are_no_sentence() -> None:
    # Two photos' alt text on one line, each its caption and the file name a blog host gave it: embed.image-name's.
    photos = (
        "同社は新工場を公開した。\nA view of the harbor in the morning_c0012345_20240105.jpg港の夜 A view of the "
        "harbor at night_c0012345_20240106.jpg\n株価は上がった。\n"
    )
    assert found(photos) == []
    # A sentence before the name is still a sentence.
    assert found("同社は新工場を公開した。\nA view of the harbor in the morning. IMG_8663.jpg\n株価は上がった。\n") == [
        "A view of the harbor in the morning."
    ]


def glyph_names_found(text: str) -> list[str]:
    return [f.excerpt for f in audit(text, lang="ja").findings if f.rule == "entity.chinese-glyph"]


def test_a_name_in_characters_no_japanese_set_holds_is_an_entity_in_a_wrong_form() -> None:
    # 辉 and 苏 are simplified markers; 炜 is in no Japanese set either (GB 2312 level 2): the page shows the markers.
    text = "会議には同区の高文炜氏、劉建辉氏が出席した。\n江苏省南京市で列車が遅れた。\n"
    assert glyph_names_found(text) == ["高文炜氏", "劉建辉氏", "江苏省"]
    assert found(text) == []
    # A simplified word with no suffix after it is a word left in Chinese, not a name.
    assert glyph_names_found("公式チャンネル\n立即订阅\n") == []
    # No simplified marker on the page: no name is read.
    assert glyph_names_found("会議には同区の高文炜氏が出席した。\n") == []
    # A run without kana on its line is a Chinese sentence's, not a name in Japanese text.
    assert glyph_names_found("江苏省南京市发生交通事故\n") == []


def test_the_seam_of_two_english_sentences_inside_japanese_is_left_untranslated() -> None:
    assert found("観光客は広大なvalley.The最良の眺めを楽しんだ。") == ["valley.The"]
    # In English prose, in a file's name or after a name that is no dictionary word, the dot is no seam.
    assert found("詳しくはindex.Htmlを参照。") == []
    assert "said.The" not in found("The park said.The trail is open.")
    assert found("会場はxqzv.The広場だ。") == []


_REPORT = (
    "Wire: crews worked all night on the old bridge… strong winds carried the fire across the river… the mayor "
    "thanked the volunteers… residents were told to stay away from the banks until Friday."
)
# Its translation, in one sentence, stopping short of the report's last part.
_REPORT_JA = "通信社:作業員たちは古い橋で夜通し作業し、強い風が火を川の向こうへ運び、市長はボランティアに感謝した。"


def test_a_paragraph_given_with_its_translation_beside_it_is_a_quotation() -> None:
    # The Japanese paragraph right after (or before) keeps the report's words: the whole English paragraph is quoted,
    # the part its translation left out too.
    assert found(f"町の記事を紹介する。\n{_REPORT}\n{_REPORT_JA}\n") == []
    assert found(f"町の記事を紹介する。\n{_REPORT_JA}\n\n{_REPORT}\n") == []
    # A field line and its translation: the figures and the name kept.
    posted = "Posted: March 4th, 2025 at 9:30 am ET By Example Wire"
    assert found(f"{posted}\n投稿日:2025年3月4日 午前9:30 ET Example Wireによる\n町の記事を紹介する。\n") == []
    assert found(f"{posted}\n町の記事を紹介する。\n") == ["Posted"]


def test_a_paragraph_beside_japanese_that_does_not_translate_it_is_left_untranslated() -> None:
    report = [
        "Wire: crews worked all night on the old bridge",
        "strong winds carried the fire across the river",
        "the mayor thanked the volunteers",
        "residents were told to stay away from the banks until Friday.",
    ]
    council = "町議会は来年度の予算案を可決し、新しい図書館の建設が決まった。"
    assert found(f"町の記事を紹介する。\n{_REPORT}\n{council}\n") == report
    # Inside a Japanese paragraph, beside its translation or not, English is no original set apart.
    assert found(f"町の記事を紹介する。{_REPORT}{_REPORT_JA}\n") == report
    # A Japanese paragraph longer than the English one's translation can be is a paragraph of its own.
    long_ja = _REPORT_JA + council * 3
    assert found(f"町の記事を紹介する。\n{_REPORT}\n{long_ja}\n") == report


def test_a_run_inside_a_style_sheet_copied_as_text_is_markup() -> None:
    sheet = (
        ".mw-parser-output .box{margin:0;padding:2px;border:1px solid #aaa}"
        "@media all and (max-width:640px).mw-parser-output .box{width:100%;float:none;display:block}"
    )
    text = f"同社は新工場を公開した。\n{sheet}\n株価は上がった。"
    findings = [(f.rule, f.excerpt) for f in audit(text, lang="ja").findings]
    assert findings == [("embed.page-furniture", sheet)]

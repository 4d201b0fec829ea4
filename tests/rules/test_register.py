"""register.mixed: the sentence-final classifier, then whole articles (textlint-style valid / invalid cases).

Every text here was written for these tests.
"""

from __future__ import annotations

import pytest

from auditor import audit
from auditor.analysis.context import Analysis
from auditor.analysis.embeds import EmbedBlock
from auditor.analysis.register import classify, final_predicate, quotation_announcements
from auditor.document import Document
from auditor.lexicons import Lexicon, LexiconError, get_lexicon
from auditor.rules.base import Context
from auditor.rules.register import MixedRegister

RULE = "register.mixed"
JA = get_lexicon("ja")

# (sentence, expected class). The tricky ones the brief names are all here: ました/ません end in た/ん,
# でしょう ends in う, ですか/ますか are polite questions, だろうね is plain, ではない/じゃない plain, 〜たい plain.
CLASSIFIER_TABLE = [
    # polite
    ("今日は晴れです。", "polite"),
    ("会議は三時に始まります。", "polite"),
    ("雨が降りました。", "polite"),
    ("昨日は休みでした。", "polite"),
    ("まだ決まっていません。", "polite"),
    ("結果は出ませんでした。", "polite"),
    ("明日は雨でしょう。", "polite"),
    ("一緒に考えましょう。", "polite"),
    ("本当に必要なのでしょうか？", "polite"),
    ("それは本当ですか?", "polite"),
    ("もう始まっていますか？", "polite"),
    ("いい天気ですね。", "polite"),
    ("便利ですよね！", "polite"),
    ("在庫はございます。", "polite"),
    ("問題はありませんか。", "polite"),
    ("新しい橋が完成しました（写真）。", "polite"),
    ("理由は簡単なのです。", "polite"),
    ("値段は安いですが。", "polite"),
    # request: polite in form, not counted
    ("詳しくは公式サイトをご覧ください。", "request"),
    ("ご協力をお願いします。", "request"),
    ("今後ともよろしくお願いいたします。", "request"),
    ("大雨で被害を受けた方々にお見舞い申し上げます。", "request"),
    # thanks or congratulations to the listener: a formula, no register of the narration
    ("ありがとうございます。", "neither"),
    ("ご結婚おめでとうございます。", "neither"),
    ("足元にご注意下さい。", "request"),
    # plain
    ("今日は晴れだ。", "plain"),
    ("これは重要である。", "plain"),
    ("雨が降った。", "plain"),
    ("計画は中止された。", "plain"),
    ("彼は来ない。", "plain"),
    ("それは問題ではない。", "plain"),
    ("そんなの無理じゃない?", "plain"),
    ("明日は雨だろう。", "plain"),
    ("明日は雨だろうね。", "plain"),
    ("本当にそうだろうか。", "plain"),
    ("景色が美しい。", "plain"),
    ("海外へ行きたい。", "plain"),
    ("物価は高い。", "plain"),
    ("駅まで歩く。", "plain"),
    ("議論は今も続く。", "plain"),
    ("新記録を目指す。", "plain"),
    ("責任を持つ。", "plain"),
    ("代表を選ぶ。", "plain"),
    ("交渉は難航しそうだ。", "plain"),
    ("一緒に行こう。", "plain"),
    ("なぜ今なのか。", "plain"),
    ("研究を進めている。", "plain"),
    ("それが問題なのだ。", "plain"),
    ("きっとうまくいくよ！", "plain"),
    ("そんなことはしないぞ。", "plain"),
    ("大きな変化だった。", "plain"),
    ("目を覚ます。", "plain"),  # a verb ending in ます, not the polite auxiliary
    ("朝六時に目を覚ました。", "plain"),
    ("彼は言うだろうな…", "plain"),
    # neither: nominal endings (体言止め), questions without a predicate, quotations, kana nouns
    ("新製品の発表。", "neither"),
    ("次の目標は?", "neither"),
    ("主な原因とは？", "neither"),
    ("東京タワー", "neither"),
    ("社長は「必ず成功させます」", "neither"),
    ("映画『走れ』", "neither"),
    ("候補はあなた。", "neither"),
    ("理由はもう一つ。", "neither"),
    ("選択肢は3つ。", "neither"),
    ("朝は電車を待つ。", "plain"),
    ("問題はまだ。", "neither"),
    ("それも選択肢のひとつ。", "neither"),
    ("その長さ。", "neither"),
    ("夢のよう。", "neither"),
    ("需要は増えているよう。", "neither"),  # ようだ with だ left off, after any form it follows
    ("効果は大きいよう。", "neither"),
    ("方針が決まったよう。", "neither"),
    ("ここで待っていよう。", "plain"),  # the volitional of 〜ている
    # のだ/のです contracted to んだ/んです: talk, neither
    ("誰でも見られるんだ。", "neither"),
    ("実はそうなんです。", "neither"),
    ("本当に行ったんですか？", "neither"),
    ("本を読んだ。", "plain"),  # the past of a verb in む, not a contraction
    ("まったく。", "neither"),
    ("記者会見のようす。", "neither"),
    ("", "neither"),
]


@pytest.mark.parametrize(("sentence", "expected"), CLASSIFIER_TABLE)
def test_classifier_table(sentence: str, expected: str) -> None:
    assert classify(sentence, JA) == expected


def test_final_predicate_offsets_skip_terminators_particle_and_parenthesis() -> None:
    text = "前置き。結果が出るのでしょうか（続報）？"
    found = final_predicate(text, 4, len(text), JA)
    assert found is not None
    assert (found.register, found.ending, found.particle) == ("polite", "でしょう", "か")
    assert text[found.ending_start : found.end] == "でしょうか"
    assert text[found.word_start : found.end] == "出るのでしょうか"


def findings(text: str) -> list[tuple]:
    report = audit(text, lang="ja")
    assert not report.errors
    return [(f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == RULE]


INVALID = [
    # A page of two articles is judged article by article: the one that mixes still gets its finding.
    (
        "港町で花火大会が開かれる\n\n港町で花火大会が開かれる\n\n今年は八千発が打ち上げられます。会場には屋台も並ぶ。"
        "入場は無料です。\n\n山あいの村に新しい橋が完成\n\n山あいの村に新しい橋が完成\n\n工事は二年かかった。"
        "通学路が短くなる。",
        [(RULE, "並ぶ", 51, 53, "")],
    ),
    # An asterisk that opens a Markdown bullet (a space after it) opens no note: its item is prose.
    (
        "新しい図書館が駅前に開館しました。館内には約十万冊の本があります。\n* 利用料は無料だ。\n週末は混むでしょう。",
        [(RULE, "無料だ", 40, 43, "無料です")],
    ),
    # Two lines cut short make no index of teasers: the mix of the article's own sentences is still reported.
    (
        "駅前に図書館が開館しました。蔵書は十万冊です。利用は無料だ。週末は混みます…\n次回は別の施設を紹介します…",
        [(RULE, "無料だ", 26, 29, "無料です")],
    ),
    # Polite article, one plain sentence: a noun + だ gets a safe suggestion.
    (
        "新しい図書館が駅前に開館しました。館内には約十万冊の本があります。利用料は無料だ。週末は家族連れでにぎわうでしょう。",
        [(RULE, "無料だ", 37, 40, "無料です")],
    ),
    # Plain article, one polite sentence: the excerpt is the final predicate, not the case particle before it.
    (
        "市は十日、新たな交通計画を発表した。計画では路線バスを増便する。費用は約三億円に上るとみられています。"
        "住民の反応はおおむね好意的だ。",
        [(RULE, "上るとみられています", 40, 50, "上るとみられている")],
    ),
    # Tie (2 plain, 2 polite): the article opened in the plain register, so the polite sentences are reported.
    # 明るいです gets no suggestion: です after an i-adjective is dropped, not turned into だ.
    (
        "駅前に新しい店が開店した。店内は広くて明るいです。価格は手頃だ。品ぞろえも豊富です。",
        [(RULE, "明るいです", 19, 24, ""), (RULE, "豊富です", 37, 41, "豊富だ")],
    ),
    # The polite questions (ますか) and invitations (ましょう) count as polite; だろう is plain.
    (
        "今年の夏は例年より暑くなりそうです。皆さんは準備ができていますか?水分補給を忘れずに。"
        "熱中症には十分注意しましょう。対策は早めが一番だろう。",
        [(RULE, "一番だろう", 64, 69, "一番でしょう")],
    ),
    # A trailing (parenthesis) is set aside; ました has no safe suggestion (the verb stem changes).
    (
        "警察は男を逮捕した（写真）。男は容疑を認めている。動機について調べました。",
        [(RULE, "調べました", 31, 36, "")],
    ),
    # だ-form mixing, which a である-only check misses: three polite, two plain.
    (
        "新型の電池が発表されました。容量は従来の二倍です。充電も速いです。価格はまだ高めだ。普及には時間がかかる。",
        [(RULE, "高めだ", 38, 41, ""), (RULE, "かかる", 49, 52, "")],
    ),
    # Lines: each line ends a sentence, and a polite question is polite.
    (
        "観光客が増えている。\n駅前の店はにぎわっている。\n地元の人はどう感じているのでしょうか？",
        [(RULE, "感じているのでしょうか", 32, 43, "感じているのだろうか")],
    ),
    # A list item that is a whole sentence (ending in 。) is prose: its plain ending in a polite article counts.
    (
        "新しい図書館が開館しました。館内には本が多くあります。\n- 蔵書：館長は、来年さらに一万冊を加えると述べた。",
        [(RULE, "述べた", 50, 53, "")],
    ),
]


def test_a_notice_label_is_a_line_opening_label_and_a_credit_closes_a_short_line() -> None:
    # 声明 is a disclaimer's label only when it opens the line; in a sentence it is news, counted and reported.
    text = "市は計画を発表した。費用は約三億円に上る。\n市は声明を出しました。工事は春に始まる。"
    assert [excerpt for _, excerpt, *_ in findings(text)] == ["出しました"]
    # A long paragraph that cites its source at the end is the article's prose, not a caption.
    paragraph = "同社は新工場を公開しました。" + "工場は来年から稼働します。" * 8 + "投資額は五百億円だ。出典：同社資料"
    assert [excerpt for _, excerpt, *_ in findings(paragraph)] == ["五百億円だ"]


def test_a_notice_runs_over_its_block_but_not_across_a_blank_line_nor_onto_a_long_line() -> None:
    # The line after a blank line is the article's again, and so is a paragraph longer than a notice's line, and a
    # line in another register than the notice's (the article's plain line right above the polite notice counts).
    notice = "上記の広告は一定期間更新のないブログに表示されています。"
    text = f"市は計画を発表した。費用は約三億円に上る。\n{notice}\n\n工事は再来年に終わります。"
    assert [excerpt for _, excerpt, *_ in findings(text)] == ["終わります"]
    long_line = "工事は春に始まる予定で、" * 8 + "完成は再来年になります。"
    text = f"市は計画を発表した。費用は約三億円に上る。\n{notice}\n{long_line}"
    assert [excerpt for _, excerpt, *_ in findings(text)] == ["再来年になります"]


def test_a_notice_set_as_a_paragraph_runs_from_its_cue_in_its_register() -> None:
    # An affiliate disclosure of four polite sentences on one long line, then a plain article: the polite sentences
    # around the cue's are the notice's. On the same line the plain sentence ends the run, so the polite one after it
    # is the article's and reported.
    notice = (
        "当ニュースは公正な報道を何よりも大切にしています。当サイトはアフィリエイト広告を利用しており、"
        "紹介した商品が購入されると報酬を受け取ります。報酬の有無で記事の評価を変えることはありません。"
        "編集部は広告部門から独立して記事を制作しています。"
    )
    article = "市は計画を発表した。費用は約三億円に上る。工事は春に始まる。"
    assert findings(f"{notice}\n{article}") == []
    text = f"{notice}市は計画を発表した。完成は再来年になります。\n費用は約三億円に上る。工事は春に始まる。"
    assert [excerpt for _, excerpt, *_ in findings(text)] == ["再来年になります"]


def test_a_clause_in_contracted_ndesu_inside_a_quotation_leaves_the_narration_counted() -> None:
    # The んです clause is the speaker's, inside 「」; the sentence around it is the narration's, counted and reported.
    text = "市は計画を発表した。費用は約三億円に上る。市長は「長くかかるんですが」と話しました。"
    assert [excerpt for _, excerpt, *_ in findings(text)] == ["話しました"]


def test_a_sites_description_of_itself_in_a_paragraph_is_prose() -> None:
    # ...サイトです on a short line of its own is a tagline; in a long paragraph it is the article's prose.
    paragraph = "市の新しい観光案内は、地図と写真を一つにまとめた使いやすいサイトです。"
    paragraph += "案内所の職員が毎週内容を更新しています。" * 4  # longer than a notice's line
    text = f"市は計画を発表した。費用は約三億円に上る。工事は春に始まる。完成は再来年だ。\n{paragraph}"
    assert [excerpt for _, excerpt, *_ in findings(text)] == ["発表した", "上る", "始まる", "再来年だ"]


def test_a_reference_mark_after_a_word_opens_no_note_and_a_comment_ends_at_a_blank_line() -> None:
    # ※ after a word refers to a note set elsewhere: its sentence stays the article's.
    text = "市は計画を発表した。費用は約三億円に上る。橋の名前※は公募で決まる。工事は春に始まります。"
    assert [excerpt for _, excerpt, *_ in findings(text)] == ["始まります"]
    # ※ after the article's sentence on its line opens a note of one sentence only.
    text = "市は計画を発表した。費用は約三億円に上る。工事は春に始まる。※詳細は未定です。完成は再来年を予定しています。"
    assert [excerpt for _, excerpt, *_ in findings(text)] == ["予定しています"]
    # A blogger's comment runs to the next blank line: the paragraph after it is the article's again.
    text = "市は計画を発表した。費用は約三億円に上る。\n以下、管理人\n楽しみです。\n\n工事は春に始まります。\n"
    text += "完成は秋だ。"
    assert [excerpt for _, excerpt, *_ in findings(text)] == ["始まります"]


def test_a_number_in_brackets_after_a_name_is_an_age_not_an_enumerator() -> None:
    # 山田太郎さん(45): an age, as Japanese news gives it; the sentence is the article's, counted and reported.
    text = "市は計画を発表した。費用は約三億円に上る。会社員の山田太郎さん(45)は賛成しています。"
    assert [excerpt for _, excerpt, *_ in findings(text)] == ["賛成しています"]


def test_an_indented_paragraph_is_no_table_row() -> None:
    # Tabs that indent a line separate no cells: the paragraph is the article's, counted and reported.
    text = "市は計画を発表した。費用は約三億円に上る。\n\t\t工事は再来年に終わります。"
    assert [excerpt for _, excerpt, *_ in findings(text)] == ["終わります"]


def test_an_announced_quotation_ends_where_the_narrations_register_returns() -> None:
    # After the announcement, the polite statement is the mayor's; once the plain narration is back, a polite
    # sentence is the article's own again, and 次のような ("such") announces no quotation at all.
    text = (
        "市は計画を発表した。費用は約三億円に上る。市長は次のように述べた。\n来年の春に工事を始めます。\n"
        "工事は二年かかる見込みだ。完成は再来年になります。市は次のような対策を検討している。騒音は少ないです。"
    )
    assert [excerpt for _, excerpt, *_ in findings(text)] == ["再来年になります", "少ないです"]


def test_quotation_announcements_are_read_once_for_every_rule() -> None:
    # The phrases that announce a quotation, whatever follows them: register.mixed and terminology each decide how
    # far the quotation runs. 次のような + a noun is marked attributive.
    # 紹介した reports a past event and announces nothing.
    text = (
        "市長は次のように述べた。\n談話は以下の通り。\n次のような声明を出した。\n記事を転載しておこう。\n"
        "市長の談話を紹介する。\n市は新制度を紹介した。"
    )
    found = Analysis(Document(text, lang="ja")).memo(quotation_announcements)
    assert [(text[a.start : a.end], a.attributive) for a in found] == [
        ("次のように", False),
        ("以下の通り", False),
        ("次のよう", True),
        ("転載し", False),
        ("紹介する", False),
    ]


def test_a_stray_double_quotation_mark_quotes_nothing() -> None:
    # A lone " (machine translation drops or mismatches marks): the marks written twice do not pair up on the line,
    # so the plain sentences after the stray mark are the article's.
    text = "市は計画を発表しました。費用は三億円です。市長は来年から始める\"と話した。工事は春に始まる。"
    assert [excerpt for _, excerpt, *_ in findings(text)] == ["話した", "始まる"]


def test_a_writer_who_talks_to_the_reader_mixes_the_registers_by_design() -> None:
    # The same polite diary with plain asides: reported, until one sentence of the writer's own ends in a
    # sentence-final particle (終助詞), the mark of a personal voice, in which polite and plain alternate by design.
    diary = "週末に湖へ行きました。朝の湖はとても静かでした。水が冷たかった。写真もたくさん撮りました。"
    assert [excerpt for _, excerpt, *_ in findings(diary)] == ["冷たかった"]
    assert findings(diary + "また行きたいなあ。") == []
    assert findings(diary + "秋の湖もいいですよね〜。") == []
    # A question in か (IPAdic: not only a final particle) is no such mark, nor talk inside a quotation.
    assert [excerpt for _, excerpt, *_ in findings(diary + "次はいつ行けるのか。")] == ["冷たかった"]
    assert [excerpt for _, excerpt, *_ in findings(diary + "案内の人は「また来てね」と笑いました。")] == ["冷たかった"]
    assert [excerpt for _, excerpt, *_ in findings(diary + "\n「また来てね。」\n")] == ["冷たかった"]
    # Nor is a prohibition (a verb's dictionary form and な), as an editorial's title commands.
    assert [excerpt for _, excerpt, *_ in findings(diary + "湖を汚すな。")] == ["冷たかった"]


def test_a_quotation_set_as_paragraphs_runs_to_its_closing_mark() -> None:
    # A passage of another outlet quoted over several lines: opened by 「 at a line's start, closed by 」 lines below.
    quoted = "「市は新しい計画を発表した。\n（中略）\n工事は来年の春に始まり、費用は国と分担する。」\n（地元紙）\n"
    polite = "市の発表が話題になっています。地元では歓迎の声が多いです。\n"
    assert findings(polite + quoted + "続報を待ちたいと思います。") == []
    # A 「 that nothing closes quotes no line below its own: the sentences there stay the article's.
    stray = quoted.replace("」", "")
    assert [excerpt for _, excerpt, *_ in findings(polite + stray + "続報を待ちたいと思います。")] == ["分担する"]


def test_a_post_quoted_in_double_angle_brackets_is_the_posters() -> None:
    # 《…》 (二重山括弧), as Japanese web news quotes a post: the sentences that end inside it are the poster's.
    text = "俳優の山田が写真を公開した。《湖で釣りをしました。魚も三匹釣れました。》と投稿している。反響も大きい。"
    assert findings(text) == []
    assert [excerpt for _, excerpt, *_ in findings(text.replace("《", "").replace("》", ""))] == [
        "釣りをしました",
        "三匹釣れました",
    ]


@pytest.mark.parametrize(("text", "expected"), INVALID)
def test_invalid(text: str, expected: list[tuple]) -> None:
    assert findings(text) == expected


VALID = [
    # A photo caption (what it shows, plain, then the day in brackets) in a polite article.
    "同社は新工場を公開しました。工場は来年から稼働します。\n社長が記者会見に応じる（2026年3月5日）\n従業員は三百人です。",
    # One register throughout.
    "本日は晴天です。気温は午後にかけて上がるでしょう。傘は必要ありません。",
    "円安が続いている。輸出企業には追い風だ。一方で輸入物価は上昇。家計への影響は？",
    # Requests to the reader are normal in plain-style news and are not counted.
    "市は新しいごみ分別の規則を発表した。来月から実施する。詳しくは市の広報をご覧ください。",
    # Quotations: a sentence that is only a quotation, and a sentence ending in one, do not count.
    "社長は「全力を尽くします」と語った。「必ず成功させます」。業績は回復している。",
    "記者会見で彼は「もう限界です」\n市場は冷え込んでいる。需要も落ちた。",
    # A sentence that ends inside a quotation opened before it on its line is the speaker's, even when the
    # closing mark was lost.
    "市は計画を発表した。市長は「来年から始めます。全力を尽くします。\n費用は約三億円に上る。",
    # ...also in double quotation marks, “…” or a mark written twice (”…”, "…"), when the marks pair up on the line.
    "市は計画を発表した。市長は“来年から始めます。全力を尽くします。”と話した。費用は約三億円に上る。",
    "市は計画を発表した。市長は”来年から始めます。全力を尽くします。”と話した。費用は約三億円に上る。",
    "市は計画を発表した。市長は\"来年から始めます。全力を尽くします。\"と話した。費用は約三億円に上る。",
    # ...also when the lines above break off mid-sentence (a page that wraps its lines).
    "市は計画を発表した。\n市長は\n「我々は、来年から\n計画を始めます。\n費用は約三億円に上る。",
    # A copyright footer or a paywall notice is the site's furniture, in the site's register.
    "市は計画を発表した。費用は約三億円に上る。\n記事の無断転載を禁じます。\n続きは有料会員限定です。",
    # ...and so are a reading-time line, a blog service's ad and comment notices,
    "この記事は約3分で読めます。\n市は計画を発表した。費用は約三億円に上る。工事は春に始まる。",
    "[PR]上記の広告は一定期間更新のないブログに表示されています。\n市は計画を発表した。費用は約三億円に上る。"
    "\nただいまコメントを受け付けておりません。",
    # ...and the next line of such a notice, set in its block with no blank line between (a notice of two or three
    # sentences, one to a line, only one of which holds a cue).
    "市は計画を発表した。費用は約三億円に上る。工事は春に始まる。\n\n上記の広告は一定期間更新のないブログに表示されています。"
    "\n新しい記事を書くと表示されなくなります。",
    "市は計画を発表した。費用は約三億円に上る。工事は春に始まる。\n\n当サイトは最新の話題をお届けしております。"
    "\nなお、記事の無断転載を禁じます。",
    # ...and a blog's description of itself, the tagline under its name.
    "街歩きの話題を毎日発信するブログです。\n市は計画を発表した。費用は約三億円に上る。工事は春に始まる。",
    # ...and a disclaimer opened by its label, however long it runs (声明 in prose is news: see below).
    "市は計画を発表した。費用は約三億円に上る。工事は春に始まる。\n免責事項：本記事は情報の提供のみを目的としており、"
    "投資の勧誘を目的としたものではありません。掲載された情報の正確性について当サイトは一切の責任を負いません。"
    "内容に誤りがあれば、お問い合わせフォームからご連絡ください。速やかに修正いたします。",
    # A caption closed by its credit is plain whatever the article's register.
    "同社は新工場を公開しました。工場は来年から稼働します。\n新工場を視察する社長。写真は同社が撮影した。写真：同社提供\n"
    "従業員は三百人です。",
    # A block quotation announced by the sentence before it runs on in the speaker's register until the
    # narration's register returns.
    "市は計画を発表した。費用は約三億円に上る。市長は次のように述べた。\n来年の春に工事を始めます。"
    "市民の皆さまのご協力をお願いします。\n工事は二年かかる見込みだ。",
    # ...and so does a page that presents somebody else's text: an interview, another outlet's articles.
    "市長に話を聞いた。市長の談話を紹介する。\n来年の春に工事を始めます。市民の協力をお願いします。\n"
    "工事は二年かかる見込みだ。",
    "今日も海外のニュースを紹介します。\n市は新しい計画を発表した。費用は約三億円に上る。\n明日もお楽しみに。"
    "来週も続けます。",
    # A table's rows hold notes in their own register, as a list's items do.
    "市は計画を発表した。費用は約三億円に上る。工事は春に始まる。\n| 工期 | 二年を見込んでいます。 |\n"
    "| 費用 | 国が半分を負担します。 |",
    "市は計画を発表した。費用は約三億円に上る。工事は春に始まる。\n工期\t二年を見込んでいます。\t未定\n",
    # A line that the page prints twice is a banner or a teaser, not the article's prose.
    "当ブログは新しい住所に移転しました。\n市は計画を発表した。費用は約三億円に上る。\n"
    "当ブログは新しい住所に移転しました。\n工事は春に始まる。",
    # A list run into a paragraph (①…②…) ends its sentences in its items, plain as notes are.
    "格安スマホには弱点があります。(1)契約から開通まで日数がかかる。(2)通話料が高い。\n購入前に確認が必要です。",
    "格安スマホには弱点があります。①契約から開通まで日数がかかる。②通話料が高い。\n購入前に確認が必要です。",
    # A line with an emoji is a post's text, carried without its markup, in the poster's register.
    "取引所がハッキングを受けた。被害額は約一億円に上る。\n\U0001F6A8本日、不審な送金を検出しました。"
    "\n運営会社に連絡しましたが、返答はありませんでした。\U0001F447\n同社は補償を約束した。",
    # The turns of an interview transcript are the speakers' words; the narration around them is plain.
    "市長に話を聞いた。\n記者：計画はいつ始まりますか？\n市長：来年の春です。\n"
    "記者：費用はどうなりますか？\n市長：約三億円を見込んでいます。\n市は来月、詳細を公表する。",
    # A sentence ending in a conversational particle (よ, ね, わ, ぞ…) is talk addressed to someone, in whatever
    # register the speaker takes with them: neither counted nor reported, in either register.
    "新しい図書館が開館しました。館内は広くて明るいです。利用料は無料だよ。",
    "市は計画を発表した。費用は約三億円に上る。大きな額ですね。",
    # のだ/のです contracted to んだ/んです is talk (話し言葉), not narration, in either register.
    "新しい図書館が開館しました。館内は広くて明るいです。誰でも無料で使えるんだ。",
    "市は計画を発表した。費用は約三億円に上る。実は三回目の計画なんです。",
    # ...and so is a sentence that goes on from a clause in んです (…なんですが、…).
    "市は計画を発表した。費用は約三億円に上る。工事は長くかかるんですが、完成が楽しみです。",
    # ...and so is a sentence opened by an interjection (感動詞).
    "市は計画を発表した。費用は約三億円に上る。ああ、大変な額です。",
    # A translator's note on the text speaks in the translator's register, not the article's.
    "海外のニュースの記事を翻訳してまとめました。\n市は計画を発表した。費用は約三億円に上る。工事は春に始まる。",
    # ...and so is a page that says it carries a translation of somebody's text.
    "市長の演説の対訳を載せます。\n市は計画を発表した。費用は約三億円に上る。工事は春に始まる。",
    # A note opened by ※ is the note writer's, on its line: also when a ? breaks its sentence.
    "市は計画を発表した。費用は約三億円に上る。工事は春に始まる。\n\n※この計画は地元でも報じられています。",
    "市は計画を発表した。費用は約三億円に上る。\n※反対の声が出るのでは? と見られていました。\n工事は春に始まる。",
    # A blogger's own comment under its label (以下、管理人) is the writer speaking as themselves.
    "市は計画を発表した。費用は約三億円に上る。工事は春に始まる。\n\n以下、管理人\n工事の音には毎朝悩まされています。",
    # A disclaimer of liability or of advice, and a notice on an external link, are the site's notices.
    "市は計画を発表した。費用は約三億円に上る。工事は春に始まる。\n本記事の内容について当サイトは責任を負いかねます。",
    "この記事は投資アドバイスではなく、筆者はどの銘柄も保有していません。\n市場は大きく動いた。株価は三日続けて上がった。",
    "外部リンク先のページは、当サイトの管理ではないため、内容が変わっている場合があります。\n\n市は計画を発表した。"
    "費用は約三億円に上る。",
    # ようだ with だ left off is a nominal ending.
    "新しい図書館が開館しました。館内は広くて明るいです。利用者は増えているよう。",
    # A greeting or thanks is an interjection, not a verb in う.
    "新しい図書館が開館しました。館内は広くて明るいです。皆さん、ありがとう。",
    # A text cut off mid-sentence (a page excerpt): the last word before the cut need not be the predicate.
    "新しい図書館が開館しました。館内は広くて明るいです。蔵書は約十万冊で、来年には二十万冊に増える",
    # A plain question ending in か is a question to the reader, like one ending in ？.
    "新製品が発売されました。画面が大きくなりました。では、何が変わったのか。価格も下がりました。",
    # Headings and list items keep their own register.
    "# 新製品を発表します\n同社は新製品を発表した。価格は未定だ。\n- 発売は来春です\n- 予約は来月から受け付けます",
    # Too little evidence: the majority needs two sentences, and a 1–1 tie has one each.
    "雨が降った。明日は晴れるでしょう。",
    # A request or thanks addressed to the reader is a formula, polite in a plain-style text too.
    "新しい橋が完成した。通行は無料だ。開通式には市長も出席した。応援をよろしくお願いします。",
    "駅前の店が閉店した。三十年続いた。長い間ありがとうございました。",
    # A site's comment form under the article (WordPress's notice), in the site's register.
    "市は新庁舎の設計を公表した。完成は三年後だ。建設費は約百億円に上る。\nコメントを残す\n"
    "メールアドレスが公開されることはありません。 * が付いている欄は必須項目です",
    # A wire story's update note under an asterisk, in the editor's register.
    "市長は会見で新しい計画を説明した。実施は来年からだ。費用は国と分担する。\n*内容を追加しました。",
    # A note at the foot of the page goes on over the lines under its mark.
    "生産台数は前年より増えた。輸出も伸びた。販売は好調だ。\n※本記事は機械翻訳により作成しております。\n"
    "表現が正確でない箇所がございます。\n正式な内容は原文をご参照ください。",
    # An index of teasers: each line cut short is another article's opening, in its own writer's register.
    "市は新しい条例を可決した。施行は来年からだ。 ...[記事詳細]\n県は予算案を発表しました。 ...[記事詳細]\n"
    "町の図書館が改装を終えた。蔵書も増える。 ...[記事詳細]\n村の祭りが三年ぶりに開かれた…",
    # A translator's polite preface, before the first heading of the plain translation it introduces.
    "皆さま、お元気ですか。\n米国の研究者の記事を訳してお届けします。全四回の二回目です。"
    "表が多く、少し長めです。\n分散台帳とは\n分散台帳は、記録を多くの計算機で共有する仕組みを指す。"
    "改ざんに強い点が特徴だ。運用は難しい。",
    # Nominal endings and questions without a predicate are neither.
    "新駅が開業しました。利用者は一日約三万人の見込み。次の課題は？周辺の再開発です。",
    # An interview: the interviewer's questions, opened by a doubled dash, are plain beside polite answers; a reason
    # counted with the numeral つ is a nominal ending.
    "――学生の頃から料理人を目指していた。\n山田 はい。父の店を手伝っていました。理由はもう一つ。\n"
    "――修業はフランスで始めた。\n山田 そうです。二十歳の時に渡りました。言葉には苦労しました。",
    # A category page of two articles, each opened by its headline printed twice: one polite, the next plain.
    "地域の話題\n\n港町で花火大会が開かれる\n\n港町で花火大会が開かれる\n\n"
    "• 今年は八千発が打ち上げられます。\n• 会場には屋台も並びます。\n\n"
    "山あいの村に新しい橋が完成\n\n山あいの村に新しい橋が完成\n\n"
    "• 工事は二年かかった。\n• 通学路が短くなる。\n• 開通式は来月に開かれる。",
    "",
]


@pytest.mark.parametrize("text", VALID)
def test_valid(text: str) -> None:
    assert findings(text) == []


def test_examples_of_the_rule() -> None:
    assert findings(MixedRegister.bad) != []
    assert findings(MixedRegister.good) == []


def test_messages_name_the_majority_and_the_form() -> None:
    report = audit("新しい図書館が開館しました。本が多くあります。利用料は無料だ。", lang="ja")
    (finding,) = [f for f in report.findings if f.rule == RULE]
    assert finding.message == (
        "The article mostly uses the polite です/ます style (2 sentences to 1), but this sentence ends in the "
        "plain form 'だ'; rewrite it to match."
    )
    assert (finding.category, finding.severity) == ("fluency/register", "minor")
    tie = audit("店が開店した。店内は明るいです。価格は手頃だ。品ぞろえも豊富です。", lang="ja")
    messages = {f.message for f in tie.findings if f.rule == RULE}
    assert messages == {
        "The article uses the plain だ/である style and the polite です/ます style equally (2 sentences each) and "
        "opens in the plain だ/である style, but this sentence ends in the polite form 'です'; rewrite it to match."
    }


def test_min_majority_option() -> None:
    text = "雨が降った。明日は晴れるでしょう。風は強い。"
    doc = Document(text, lang="ja")
    default = list(MixedRegister().check(doc, Context.of(doc, JA)))
    assert [(f.excerpt, f.start, f.end) for f in default] == [("晴れるでしょう", 9, 16)]
    assert list(MixedRegister(min_majority=3).check(doc, Context.of(doc, JA))) == []


def test_sentences_inside_embeds_do_not_count() -> None:
    text = "市は計画を発表した。\n動画はこちらです。見てください。\n計画は来年始まる。"
    doc = Document(text, lang="ja")
    embed_start = text.index("動画")
    embedded = Context.of(doc, JA, embeds=[EmbedBlock(embed_start, text.index("計画は"), "youtube", "test")])
    assert list(MixedRegister().check(doc, embedded)) == []
    plain_doc = Document(text, lang="ja")
    assert [f.excerpt for f in MixedRegister().check(plain_doc, Context.of(plain_doc, JA, embeds=[]))] == ["こちらです"]


def test_publication_rows_reclassify_an_ending() -> None:
    # A house style that treats 〜っす as neutral: the polite slip disappears.
    text = "新作が出た。評判は上々だ。この曲はやばいっす。"
    doc = Document(text, lang="ja")
    assert [f.excerpt for f in MixedRegister().check(doc, Context.of(doc, JA))] == ["やばいっす"]
    house = Lexicon("ja", {"register": [{"ending": "っす", "register": "neutral", "other": "", "note": "house"}]})
    assert list(MixedRegister().check(doc, Context.of(doc, house))) == []


def test_unknown_register_in_the_table_is_an_error() -> None:
    with pytest.raises(LexiconError, match="dialect"):  # refused when the lexicon is built, before any text
        classify("行くぜよ。", Lexicon("ja", {"register": [{"ending": "ぜよ", "register": "dialect", "note": ""}]}))


# A plain article that quotes a post whose text reads like prose (long, full stops), so that the embed's block claims
# only the leftover: the post's sentences are the poster's register, not the article's.
_ARTICLE = "市は新しい条例を可決した。施行は来年四月になる。\n市長は自身のアカウントでも可決を伝えた。\n"
_POST = (
    "本日、新しい条例が可決されました。市民の皆さまのご協力に感謝いたします。"
    "来年の施行に向けて準備を進めてまいります。"
)
_AFTER = "\n条例には罰則も盛り込まれた。反対意見も根強い。"
_POLITE = ["可決されました", "感謝いたします", "進めてまいります"]


def test_a_post_with_its_leftovers_removed_is_counted_as_the_articles_own() -> None:
    # The control: without a leftover nothing says whose words these are, and the three are reported.
    assert [excerpt for _, excerpt, *_ in findings(_ARTICLE + _POST + _AFTER)] == _POLITE


@pytest.mark.parametrize(
    "post",
    [
        _POST + " pic.twitter.com/AbCdEf123",  # the photo link ends the post's line
        _POST + " https://t.co/AbCdEf123\n— 山田市長 (@yamada_mayor) 2025年3月1日",  # link, then the author line
        _POST + "\n— 山田市長 (@yamada_mayor) 2025年3月1日",  # the author line alone: the post is the line above
        _POST + "\npic.twitter.com/AbCdEf123",  # a photo link alone on its line: the same
    ],
    ids=["photo-link-ends-line", "link-then-author", "author-line-alone", "photo-link-alone"],
)
def test_the_text_of_a_flattened_post_is_the_posters_register(post: str) -> None:
    report = audit(_ARTICLE + post + _AFTER, lang="ja")
    assert any(f.rule == "embed.flattened" for f in report.findings)  # the leftover is found
    assert findings(_ARTICLE + post + _AFTER) == []


@pytest.mark.parametrize(
    "post",
    [
        _POST + "\nyoutu.be/AbCdEf123",  # a bare video address closes no post: the line above is the article's
        _POST + "\n\n— 山田市長 (@yamada_mayor) 2025年3月1日",  # a blank line between: not the post directly above
        "本日、新しい条例が可決されました。詳しくは pic.twitter.com/AbCdEf123 をご覧ください。市民の皆さまの"
        "ご協力に感謝いたします。来年の施行に向けて準備を進めてまいります。",  # a link inside the line: a citation
    ],
    ids=["bare-video-address", "blank-line-between", "link-inside-line"],
)
def test_only_a_leftover_that_closes_a_post_makes_its_line_the_posters(post: str) -> None:
    assert [excerpt for _, excerpt, *_ in findings(_ARTICLE + post + _AFTER)] == _POLITE


def test_a_post_is_no_longer_than_a_post() -> None:
    # A page flattened into one line that ends in a post's photo link: only a post's length before the link is the
    # post's; the polite slip at the start of the line is the article's own.
    plain = "施行は来年四月になる。反対意見も根強い。" * 15
    line = "市長は条例を歓迎しています。" + plain + _POST + " pic.twitter.com/AbCdEf123"
    assert [excerpt for _, excerpt, *_ in findings("市は新しい条例を可決した。\n" + line)] == ["歓迎しています"]


def test_the_japanese_lines_of_a_bilingual_page_are_translations_not_the_articles_register() -> None:
    pairs = (
        "The museum opens at 9 and closes at 17 on weekdays.\n博物館は平日は9時に開き、17時に閉まる。\n"
        "The new station building has a large bookstore and a cafe.\n新しい駅ビルには大きな書店とカフェがある。\n"
    )
    assert findings("今日は二つの例文を紹介します。声に出して読んでみましょう。\n" + pairs) == []
    # Without their English, the same plain lines are the article's own and mix with the polite ones.
    plain = "博物館は平日は9時に開き、17時に閉まる。\n新しい駅ビルには大きな書店とカフェがある。\n"
    assert len(findings("今日は二つの例文を紹介します。声に出して読んでみましょう。\n" + plain)) == 2

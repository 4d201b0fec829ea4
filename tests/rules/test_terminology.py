"""terminology.spelling-variants, textlint style: what it must catch (exact spans) and what it must leave alone."""

from __future__ import annotations

import pytest

import auditor
from auditor.config import Settings
from auditor.lexicons import get_lexicon
from auditor.lexicons.schema import DistinctLoanRow
from auditor.rules.terminology import SpellingVariants, spelling_keys

RULE = SpellingVariants.id


def findings(text: str, settings: Settings | None = None) -> list[tuple[str, str, int, int, str]]:
    report = auditor.audit(text, lang="ja", settings=settings)
    assert report.errors == []
    return [(f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == RULE]


def at(text: str, excerpt: str, nth: int = 0) -> tuple[str, str, int, int]:
    """(rule, excerpt, start, end) of the nth occurrence of excerpt."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(excerpt, start + 1)
    return (RULE, excerpt, start, start + len(excerpt))


# (text, [(excerpt, nth occurrence, suggestion)]) in text order
INVALID: list[tuple[str, list[tuple[str, int, str]]]] = [
    # Latin minority against a katakana majority.
    (
        "テスラは新型車を発表した。テスラの株価は上がり、Teslaの工場も増える。",
        [("Tesla", 0, "テスラ")],
    ),
    # Case variants of a brand-cased name: every minority occurrence, the majority suggested.
    (
        "xAIは新モデルを公開した。xAIの評価額は上がった。Xaiは提携も発表し、XAiの株主も喜んだ。",
        [("Xai", 0, "xAI"), ("XAi", 0, "xAI")],
    ),
    # Katakana with a glued Latin tail matches the Latin name.
    (
        "スペースXは打ち上げに成功した。SpaceXの次の目標は月だ。SpaceXは資金も集めた。",
        [("スペースX", 0, "SpaceX")],
    ),
    # A tie: the katakana form wins, used first or not; a name left in Latin letters is the untranslated one.
    (
        "スターリンクは利用者を増やした。一方でStarlinkの料金は上がった。",
        [("Starlink", 0, "スターリンク")],
    ),
    (
        "Zentaは新機能を出した。ゼンタの株価も上がった。",
        [("Zenta", 0, "ゼンタ")],
    ),
    # A statement the article announces as quoted (次のように発表した。) holds the company's name as the company
    # writes it: its forms count for neither side, and the article's own Latin form is the minority.
    (
        "ゼントラは新サービスを始めた。多くの人がZentoraの動きに注目した。\n\n同社は次のように発表した。\n\n"
        "現在、Zentoraのサービスを一時停止しています。最新情報はZentora公式ブログでご確認ください。\n\n"
        "関係者によると、ゼントラは警察に報告した。",
        [("Zentora", 0, "ゼントラ")],
    ),
    # A katakana word with a glued Latin tail, written once more with a space before the tail.
    (
        "スペースXは打ち上げた。スペースXの次の目標は月だ。スペース Xも成功した。",
        [("スペース X", 0, "スペースX")],
    ),
    (
        "SpaceXは打ち上げた。SpaceXの次の目標は月だ。スペース Xも成功した。スペースXは強い。",
        [("スペース X", 0, "SpaceX"), ("スペースX", 0, "SpaceX")],
    ),
    # A katakana name in parts, dotted, written once with a space between its parts; on a tie the dotted form wins.
    (
        "ケビン・デュラントは30得点を挙げた。ケビン デュラントの活躍で勝った。ケビン・デュラントは喜んだ。",
        [("ケビン デュラント", 0, "ケビン・デュラント")],
    ),
    (
        "サンタクルーズ ドルフィンズは勝った。サンタクルーズ・ドルフィンズのファンは喜んだ。",
        [("サンタクルーズ ドルフィンズ", 0, "サンタクルーズ・ドルフィンズ")],
    ),
    # A tie of Latin forms: brand casing wins (normalising case loses it), used first or not.
    (
        "Movitekは新製品を出した。MoviTekの株価も上がった。",
        [("Movitek", 0, "MoviTek")],
    ),
    # A tie of katakana forms: the form used first wins.
    (
        "ハイフォン港は拡張した。ハイフォーン空港も整備された。",
        [("ハイフォーン", 0, "ハイフォン")],
    ),
    # A pair known only from people.tsv (the skeleton gl is too short to trust).
    (
        "グーグルは検索を改良した。グーグルの広告も伸びた。Googleは来年も投資する。",
        [("Google", 0, "グーグル")],
    ),
    # マスク is also the loanword of mask, but people.tsv writes the family name Musk so.
    (
        "マスク氏は会見した。マスク氏によると、Muskの計画は順調だ。",
        [("Musk", 0, "マスク")],
    ),
    # A part of a name in katakana (ゼントラ of アダ・ゼントラ) and the name alone in Latin.
    (
        "アダ・ゼントラ氏は会見した。Zentora氏は笑った。",
        [("Zentora", 0, "ゼントラ")],
    ),
    # A full name in katakana and in Latin.
    (
        "イーロン・マスク氏は会見した。イーロン・マスク氏によれば計画は順調だ。Elon Musk氏は質問に答えた。",
        [("Elon Musk", 0, "イーロン・マスク")],
    ),
    # Two names joined by "and" in one Latin run are two names.
    (
        "テスラとスペースXは協力する。テスラの工場で部品を作る。Tesla and SpaceXの計画だ。SpaceXも賛成した。",
        [("スペースX", 0, "SpaceX"), ("Tesla", 0, "テスラ")],
    ),
    # preferred_spellings.tsv forces the suggestion over the majority.
    (
        "Youtubeで動画が拡散した。Youtubeの再生数は百万回。YouTubeは削除を検討した。",
        [("Youtube", 0, "YouTube"), ("Youtube", 1, "YouTube")],
    ),
    # Full-width letters are a variant too.
    (
        "Ｔｅｓｌａの新車は好調だ。Teslaの株価も上がり、Teslaの工場も増える。",
        [("Ｔｅｓｌａ", 0, "Tesla")],
    ),
    # people.tsv names the run patterns cannot see whole: a two-letter word, four title-case words.
    (
        "アルジャジーラによると、交渉は続いている。Al Jazeeraは現地の様子も伝えた。アルジャジーラの記者は無事だ。",
        [("Al Jazeera", 0, "アルジャジーラ")],
    ),
    (
        "ニューヨーク・タイムズが報じた。The New York Timesによると交渉は難航している。"
        "ニューヨーク・タイムズは続報も出した。",
        [("The New York Times", 0, "ニューヨーク・タイムズ")],
    ),
    # A listed name inside a longer Latin run is still found.
    (
        "アルジャジーラによると、交渉は続いている。同局のQatar's Al Jazeeraは現地の様子も伝えた。"
        "アルジャジーラの記者は無事だ。",
        [("Al Jazeera", 0, "アルジャジーラ")],
    ),
]

INVALID += [
    # Katakana renderings of one foreign name: ヴ against バ, a small vowel, a glide.
    (
        "スロヴェニアの首都で会議が開かれた。スロヴェニア政府とスロベニアの企業が参加した。",
        [("スロベニア", 0, "スロヴェニア")],
    ),
    (
        "ロンタン空港は来年開業する。ロンタン空港への道路とロンタイン空港の駅も整う。",
        [("ロンタイン", 0, "ロンタン")],
    ),
    # A Latin name written with a space and without one.
    ("Zetrabaseのデータでは、Zetrabaseの分析もZetra Baseの指標も上がった。", [("Zetra Base", 0, "Zetrabase")]),
    # A full name whose given name is written two ways with one skeleton beside the same family name.
    (
        "イードラ・ゼントス氏は語った。エドラ・ゼントス氏は続けた。イードラ・ゼントス氏の会社も伸びた。",
        [("エドラ・ゼントス", 0, "イードラ・ゼントス")],
    ),
    # A short name (fewer than four letters) written two ways, both forms before a person's title or honorific.
    (
        "ゼラ大統領は演説した。ゼーラ氏はさらに述べた。ゼーラ氏の側近も同席した。",
        [("ゼラ", 0, "ゼーラ")],
    ),
    # A tie of katakana forms that differ in a final long-vowel mark: the form with it (外来語の表記's rule), used
    # first or not.
    (
        "ゼルバンジャ氏が登壇した。ゼルバンジャー氏の案は通った。",
        [("ゼルバンジャ", 0, "ゼルバンジャー")],
    ),
    # A part of names joined by a middle dot (ダナン・クアンガイ: two places) counts as a use of its spelling.
    (
        "クアンガーイ省の港は拡張した。ダナン・クアンガイ高速道路は開通し、クアンガイ省の市場も賑わった。",
        [("クアンガーイ", 0, "クアンガイ")],
    ),
    # Two consonants are skeleton enough for two katakana words that differ only in a long-vowel mark.
    (
        "ハイフォン港は拡張した。ハイフォン市の工場とハイフォーン空港も整備された。",
        [("ハイフォーン", 0, "ハイフォン")],
    ),
    # A middle dot that comes or goes by itself is a spelling variant.
    (
        "ワシントン・ポスト紙が報じた。ワシントン・ポスト紙によると、ワシントンポストの記者も取材した。",
        [("ワシントンポスト", 0, "ワシントン・ポスト")],
    ),
    # A syllable-final ng of Korean, Chinese or Vietnamese romanisation is katakana ン.
    (
        "キムスン電子は新製品を出した。キムスンの株価も上がり、Kimsungの工場も増えた。",
        [("Kimsung", 0, "キムスン")],
    ),
    # イ after e and ウ after o lengthen the vowel as ー does (現代仮名遣い: エイ, オウ).
    (
        "ゼルメーク氏が登壇した。ゼルメーク氏の案と、ゼルメイク氏の案が並んだ。",
        [("ゼルメイク", 0, "ゼルメーク")],
    ),
    (
        "ドボーラン社が発表した。ドボーラン社の株と、ドボウラン社の工場も。",
        [("ドボウラン", 0, "ドボーラン")],
    ),
    # A small vowel after a glide is a vowel of its own: ウィ is ウイ.
    (
        "ウィルソン氏は会見した。ウィルソン氏によると、ウイルソン氏の案は退けられた。",
        [("ウイルソン", 0, "ウィルソン")],
    ),
    # A small vowel after a letter in u is the vowel of its full-size form (外来語の表記: フィルム, フイルム).
    (
        "ナスィーム氏は会見した。ナスィーム氏によると、ナスイーム氏の案は退けられた。",
        [("ナスイーム", 0, "ナスィーム")],
    ),
    # ... also in the middle of a word, where the two spellings share no key letter by letter (ウォ, ウオ).
    (
        "ウォルゼント社は会見した。ウォルゼント社によると、ウオルゼント社の店は増えた。",
        [("ウオルゼント", 0, "ウォルゼント")],
    ),
    # A headline's spelling counts, though it is not reported: Tesla is used twice.
    (
        "Tesla速報\nTeslaは新型車を発表した。テスラの株価も上がった。",
        [("テスラ", 0, "Tesla")],
    ),
    # A katakana form on a headline is the translation's rendering, not original letters kept: it is reported.
    (
        "ゼンタリックの十年\nZentarikは若くして有名になった。Zentarikの考えは広まった。",
        [("ゼンタリック", 0, "Zentarik")],
    ),
    # A name run together with a common word after it (ゾラナチェーン: the Zolana chain) is a use of the name.
    (
        "ゾラーナの相場は強い。ゾラーナの歴史は長い。Zolanaの取引は減り、ゾラナチェーンも止まった。ゾラナは速い。",
        [("Zolana", 0, "ゾラーナ"), ("ゾラナ", 0, "ゾラーナ"), ("ゾラナ", 1, "ゾラーナ")],
    ),
    # One compound written with a Latin word and with a katakana word of its skeleton (Zomoブーム, ゾーモブーム):
    # one term in two scripts, though the skeleton is short.
    (
        "ゾーモの流行が続く。ゾーモブームは去った。Zomoブームの後も、ゾーモは残る。Zomoは短命だ。",
        [("Zomo", 0, "ゾーモ"), ("Zomo", 1, "ゾーモ")],
    ),
    # A person named in full, then by a family name of the same skeleton before 氏: one family name two ways.
    (
        "研究所のイヴァ・ザッベが研究を率いた。チームは銀河を見つけた。驚きだった、とザブ氏は言う。ザブ氏は疑った。",
        [("ザッベ", 0, "ザブ")],
    ),
    # An English double letter written with a doubled consonant or without (connector: コンネクタ, コネクタ).
    (
        "家具のコンネクタを選ぶ。コネクタは小さな部品だ。コネクタの品質が大事だ。",
        [("コンネクタ", 0, "コネクタ")],
    ),
    # A Latin full stop after Japanese ends a sentence too: the line is prose.
    (
        "テスラは新型車を発表した。テスラの株価も上がった。\nTeslaの工場も増える.",
        [("Tesla", 0, "テスラ")],
    ),
    # A misspelling in the same script is reported on a headline too.
    (
        "Xaiが新モデル\nxAIは新モデルを公開した。xAIの評価額も上がった。",
        [("Xai", 0, "xAI")],
    ),
    # A vowel letter that repeats the vowel before it is a long vowel, as ー writes it.
    (
        "ボオレナ島は美しい。ボオレナの海は青く、ボーレナの山も高い。",
        [("ボーレナ", 0, "ボオレナ")],
    ),
    # トゥ may be written ト (外来語の表記): one sound, one vowel.
    (
        "ベルトゥリ氏は会見した。ベルトゥリ氏によると、ベルトリ氏の案は退けられた。",
        [("ベルトリ", 0, "ベルトゥリ")],
    ),
    # テュ may be written チュ, ディ ジ, ツィ チ (外来語の表記): one foreign sound, two letters of custom.
    (
        "ゼテューラ氏は会見した。ゼテューラ氏によると、ゼチューラ氏の案は退けられた。",
        [("ゼチューラ", 0, "ゼテューラ")],
    ),
    (
        "ボルディナ村に着いた。ボルジナ村の人口は少なく、ボルジナ村の畑は広い。",
        [("ボルディナ", 0, "ボルジナ")],
    ),
    (
        "ライプツィヒの工場が動いた。ライプツィヒ市は喜び、ライプチヒの住民も祝った。",
        [("ライプチヒ", 0, "ライプツィヒ")],
    ),
    # イェ may be written イエ, グァ ガ, クァ カ (外来語の表記, 留意事項その2 Ⅲ-1, Ⅲ-3, Ⅲ-4).
    (
        "ソライェナ湖に着いた。ソライェナ湖の水は澄み、ソライエナ湖の魚も多い。",
        [("ソライエナ", 0, "ソライェナ")],
    ),
    (
        "ノグァレス村に着いた。ノグァレス村の畑は広く、ノガレス村の人口は少ない。",
        [("ノガレス", 0, "ノグァレス")],
    ),
    # A loanword that spells a known name's katakana another way (Truth, known as トルース) is that name.
    (
        "トゥルースで発言が広がった。Truthの利用者も増えた。",
        [("Truth", 0, "トゥルース")],
    ),
    # ジ renders a soft g as well as a j: the skeleton puts g and j in one class.
    (
        "ドージコインの相場は荒れた。ドージコインを売る人が増え、Dogecoinの取引量も減った。",
        [("Dogecoin", 0, "ドージコイン")],
    ),
    # A loanword (チャンネル) and its English word that the article writes by itself and as the last word of a longer
    # name (Zenta Channel): the name shortened, whose uses in the longer name count for its Latin spelling.
    (
        "ゼンタはZenta Channelを開いた。Channelは人気だ。このチャンネルは長い。",
        [("チャンネル", 0, "Channel")],
    ),
    # Two names one vowel apart, neither a dictionary word, one of them part of a full name: one name heard two ways.
    (
        "歌手ゼントリーナ・ボワが来日した。ゼントリーナは笑った。ゼントレーナは歌った。",
        [("ゼントレーナ", 0, "ゼントリーナ")],
    ),
    # ... or before an honorific.
    (
        "ゼントレーナは笑った。ゼントリーナさんは歌った。ゼントリーナさんも来た。",
        [("ゼントレーナ", 0, "ゼントリーナ")],
    ),
    # The double hyphen of a double-barrelled name (JIS X 4051: ゠; typed ＝ or =) joins its parts as ・ does: a name
    # joined by one and by the other is one name written two ways.
    (
        "ダリム=ゼントラ・オルコフ大統領は来日した。ダリム=ゼントラ・オルコフ大統領は会談した。"
        "ダリム・ゼントラ・オルコフ大統領は述べた。",
        [("ダリム・ゼントラ・オルコフ", 0, "ダリム=ゼントラ・オルコフ")],
    ),
    (
        "ミラン゠ペトル・ザヴォルは語った。ミラン・ペトル・ザヴォルの新作が出た。ミラン゠ペトル・ザヴォルは笑った。",
        [("ミラン・ペトル・ザヴォル", 0, "ミラン゠ペトル・ザヴォル")],
    ),
    (
        "ミラン＝ペトルは語った。ミラン＝ペトルの新作が出た。ミラン=ペトルは笑った。",
        [("ミラン=ペトル", 0, "ミラン＝ペトル")],
    ),
    # A vowel and r before a consonant, rendered with ル (the r sounded) and with a long vowel (English): one name,
    # where both are names and one stands as a name (a part of a dotted name).
    (
        "ダリム・ゼマルト・オルコフ大統領は来日した。ゼマルト・オルコフ大統領は会談した。ダリム・ゼマート氏は述べた。",
        [("ゼマート", 0, "ゼマルト")],
    ),
]

VALID: list[str] = [
    # Short katakana words of one skeleton are two words where one of them is no person's name (a building, beer).
    "ビルの屋上でビールを飲んだ。ビル氏は語った。",
    # Two full names of one skeleton in one sentence are two people.
    "ジョナ・ゼントス氏とジーナ・ゼントス氏が会談した。",
    # Names one vowel apart in their last letter are two names (Romance names mark gender there: Maria, Mario).
    "ゼントリア・ボワ氏とゼントリオ・ボワ氏が来た。ゼントリオ氏は笑った。",
    # One vowel apart, but no name: neither stands in a full name or before an honorific.
    "ゼントリーナは笑った。ゼントレーナは歌った。",
    # A parent company after its country's abbreviation in one script, its Japanese subsidiary by its registered
    # name in the other: two companies.
    "米Zentrixは新製品を出した。米Zentrixの社長が来日した。日本ゼントリクスも発表した。ゼントリクスは強い。",
    # A loanword and its English word only ever inside longer names (Zentos 10 Enterprise): no short name.
    "Zentos 10 Mobile EnterpriseとZentos 10 Enterpriseがある。エンタープライズ版も出た。",
    # A loanword (モデル) and the first word of a model's name (Model Y, Model 3), which the article never shortens
    # to the word.
    "テスラはModel Yを出した。Model 3も売れた。4種類のモデルを用意した。モデルの価格は高い。",
    # A listed name inside an address is part of the address, not a spelling of the name.
    "アルジャジーラによると、交渉は続いている。詳細はAl Jazeera-x@example.orgまで。アルジャジーラの記者は無事だ。",
    # Katakana words of one skeleton that are different words.
    "ブラウン氏は店でブラウニーを買った。",
    # ル or a long vowel before a consonant: JMdict's words are two words (cult and cart, bolt and boat), and names
    # must stand as names (ゼマルト and ゼマート here are neither a part of a dotted name nor before a title).
    "カルトの集団が増えた。カートを押した。",
    "ボルトを締めた。ボートに乗った。",
    "ゼマルトは語った。ゼマートは笑った。",
    # One joining letter throughout is one spelling; an equals sign between a word and a figure joins no name.
    "ダリム=ゼントラ・オルコフ大統領は来日した。ダリム=ゼントラ・オルコフ大統領は会談した。",
    "1マイル=1.6キロで、ザヴォル・ミランが勝った。ザヴォル・ミランは笑った。",
    # Letters that render one foreign sound keep its vowel: words whose vowels differ are two words (a word and a
    # name, two words).
    "デバイスの画面は大きい。デイビス氏は新しいデバイスを試した。",
    "キューブ型の建物が建つ。キューバの首都で会議が開かれた。",
    # After a letter in e a full-size イ is a vowel of its own: ティ (ti) is not テイ.
    "ティムズ氏は英国のテイムズ川の近くに住む。",
    # English -ing is ング: Browning is not ブラウン.
    "ブラウン氏は詩人のBrowningを好む。ブラウン氏の蔵書は多い。",
    # A middle dot that joins a katakana word to a Latin name is no part of the word.
    "大手スマホメーカー・ACMEは、スマホメーカーとして初めて参入した。別のスマホメーカー・ZETAも続いた。",
    # One spelling throughout.
    "テスラは新型車を発表した。テスラの株価も上がった。",
    # A gloss introduces the Latin name: it counts for neither side.
    "テスラ（Tesla）は新型車を発表した。テスラの株価も上がった。",
    "イグナシオ・サンチェス（Ignacio Sánchez）氏が登壇した。イグナシオ氏は笑った。",
    # A gloss in square or lenticular brackets, after a kanji word the name takes (社), or holding more of the name
    # than the form (Inc.) is a gloss too.
    "ゼントリックス［Zentrix］は新製品を出した。Zentrixの株は上がった。Zentrixの社長が語った。",
    "Zentrix【ゼントリックス】は新製品を出した。ゼントリックスの株は上がった。ゼントリックスの社長が語った。",
    "ゼントリックス社（Zentrix）は新製品を出した。Zentrixの株は上がった。Zentrixの社長が語った。",
    "ゼントリックス（Zentrix Inc.）は新製品を出した。Zentrixの株は上がった。Zentrixの社長が語った。",
    # So do two forms joined by a slash: a title given in both scripts.
    "新作『ゼルタワールド / Zeltaworld』が出た。ゼルタワールドの売上は伸びた。",
    # Countries joined by a middle dot are a list, not one name: running them together is no other spelling.
    "ペルー・チリ両国の首脳が会談した。ペルーチリは協力する。ペルーチリの関係は深い。",
    # A line without a sentence mark (a headline, a caption, a menu item) may keep a name in its original letters.
    "Tesla、新型車を発表\nテスラは新型車を発表した。テスラの株価も上がった。",
    # An English word and its loanword (JMdict) are a word and its translation, unless the lexicon knows a name.
    "料理のRecipeを調べた。レシピの本は役に立つ。",
    # くん and ちゃん follow given names too: ゴヌくん is no family name of キム・ゴウン. Nor is a name before 氏 that
    # comes before the full name a shortening of it.
    "俳優のキム・ゴウンが主演した。ゴヌくんも出演した。ゴヌくんは人気だ。",
    "ザブ氏は語った。研究所のイヴァ・ザッベが研究を率いた。ザブ氏は当初疑った。",
    # A compound in both scripts joins no loanword of another English word (メディア: media) to the Latin word.
    "Modeボタンを押す。メディアボタンもある。メディアの話だ。",
    # Nor is another katakana word a spelling of such an English word: レイセピ is Recipe's pronunciation, no name.
    "料理のRecipeを調べた。発音はレイセピに近い。",
    # A loanword of another English word is that word (ゲスト: guest), not a rendering of the name Just.
    "Justは新しい会社だ。ゲストが多く来た。",
    # Nor is the loanword of a word the lexicon knows as a name written otherwise (Mobile, a city: モビール).
    "Mobile版のアプリが出た。モバイル市場は伸びている。",
    # A gloss declares both spellings the article's own: a headline in one and the body in the other are its choice.
    "アクメラ社が新工場を建設\nAcmera（アクメラ、本社：東京都）は新工場を建てた。Acmeraの社長が語った。",
    # The original term alone in brackets after its Japanese translation is a gloss, not a spelling of the prose.
    "融資サービス(Lending)の利用が増えた。レンディングの金利も上がった。",
    "交流サイト（フェイスブック）で話題になった。Facebookの利用者は多い。",
    # A middle dot with letters beside it drops a whole part of the name (the family name イ): not a spelling.
    "俳優イ・ミンソクが来日した。イ・ミンソクは新作について語った。",
    # マスク is also the ordinary word; lower-case mask is an English word, never a name.
    "マスクの着用が義務付けられた。英語ではmaskと言う。",
    # Headline capitals and styling differences are not entity variants.
    "BREAKING NEWS: 速報です。Newsの欄も更新された。",
    "TESLAのロゴとTeslaの社名は同じ会社を指す。",
    # Acronyms are not matched with katakana.
    "IPOの準備が進む。アイピーオーという読みもある。",
    # The second word of a name phrase does not stand alone.
    "Google Cloudの売上が伸びた。クラウド市場は拡大している。",
    # Handles, hashtags, cashtags and URLs are not spellings.
    "テスラの株価が上がった。テスラは @Tesla で発表し、#Tesla が拡散した。$TSLA も上昇。",
    "テスラの株価が上がった。詳細は https://www.tesla.com/ja_jp にある。",
    # Digits and tails must agree: Stylo 2 is another model than Stylo.
    "スタイロ2は好評だ。初代のStyloも売れた。",
    # イ or ウ first in a word is a syllable, no glide: Islam and slime, widget and jet are two words.
    "イスラム教の祭りだ。スライムの玩具も売れた。",
    "ウィジェットを置いた。ジェット機が飛んだ。",
    # After a, イ and ウ make a diphthong, no long vowel: wild and world, cyber and server, scout and skirt.
    "ワイルドな曲だ。ワールドの記録だ。",
    "サイバー攻撃が増えた。サーバーが止まった。",
    "スカウトが来た。スカートを買った。",
    # Words JMdict lists apart (distinct_loans.tsv): a blind and a brand, a beer mug and a jockey.
    "ブラインドを閉めた。ブランドの服を買った。",
    "ジョッキで飲んだ。ジョッキーが勝った。",
    # ... also when they differ in a doubled consonant: a bag and a bug.
    "バッグを買った。バグを直した。",
    # ... also when they differ in letters of the notice's pairs: a coating and a coaching.
    "コーティングを塗った。コーチングを受けた。",
    # The notice's ファ and ハ, シェ and セ render two sounds of foreign names: Fernandez and Hernandez, two people.
    "フェルナンデス氏が来た。ヘルナンデス氏も来た。フェルナンデス氏は帰った。",
    "シェルビー氏が勝った。セルビー氏は負けた。シェルビー氏は喜んだ。",
    "アップロードを待つ。アプロードの意味を調べた。",
    # A katakana form glossed with the Latin name is the article's rendering of it: another katakana word of the
    # skeleton, with other vowels, is another word (a pro style, a play style).
    "プロスタイル（Pro Style）の選手は少ない。プレイスタイルは人による。プロスタイルの利点を見る。",
    # A name in parts whose first part is a place or a word of its own names a thing after it (a team after its city,
    # a product after its maker): its first part is not the city or the maker.
    "シカゴ・カブスが勝った。Chicagoの気温は低い。Chicagoの市長が話した。",
    "アップル・ミュージックで配信が始まった。Appleは新製品を発表した。Appleの株価も上がった。",
    "レアル・マドリードが勝った。Madridの気温は低い。Madridの市長が話した。",
    # A family name the article gives a person in full in Latin letters (Dara Zentora): the katakana name in parts
    # that shares only the family name is another person of that family.
    "Dara Zentoraは語った。Zentoraの会社は伸びた。弟のミロ・ゼントラ氏も来た。",
    # The skeleton drops a leading Y: Ymobile is not モバイル.
    "Ymobileの契約者が増えた。モバイル市場は飽和している。",
    # A quoted English sentence is not a name.
    "テスラは好調だ。記者は「Tesla is doing great things」と書いた。",
    # A spaced tail throughout is one spelling; a tail run on into Latin letters is no tail.
    "スペース Xは打ち上げた。スペース Xの次の目標は月だ。",
    "ファルコン9が飛んだ。ファルコン Xbox版も出た。",
    # Countries joined by a middle dot are a list, spaced or dotted.
    "イラン トルコの首脳が会談した。イラン・トルコ両首脳は合意した。",
    # Short names and two-letter words are too short to compare.
    "AIとAiの違いを解説する。",
    # A capital after a hyphen starts a word (title case), not brand casing: a difference of styling only.
    "Play-By-Playの記録を見た。Play-by-Playは便利だ。",
    # A katakana form that opens brackets right after a name in Latin letters is the reading given of that name.
    "Locus Telecom Inc.,Ltd.(ローカス・テレコム、本社:バンコク)を買収した。Locus社の社員は多い。Locus社は成長した。",
    # A Latin name alone in Japanese quotation marks is mentioned as written (a label, a title), not used.
    "トルコの首都はアンカラだ。トルコの人口は多い。毎日「Türkiye」の記事を読む。",
    # A name alone on its line is a link, a logo or a menu item: the site's own design of its name.
    "Record Chinaによると、株価は上がった。Record Chinaの記事だ。\nお問い合わせ\nRecordChina\n業務提携",
    # A sentence of English prose on a line of Japanese is a sentence left untranslated (language.untranslated's),
    # not a spelling the article chose.
    "ゼントラは新製品を出した。ゼントラの株も上がった。Zentora, a small maker, said that sales rose.「好調だ」",
    # A family name two people of the article share (アダ・ゼントラ, ミロ・ゼントラ): a Latin name alone may be either.
    "アダ・ゼントラ氏は会見した。弟のミロ・ゼントラ氏も同席した。Zentora氏は笑った。",
    # The English lines of a bilingual page (each beside the Japanese line that translates it) are the original.
    "  • The minister Dame Zentrixa said prices rose 20 percent last year.\n\n"
    "    ゼントリクサ大臣は、昨年物価が20%上昇したと述べた。\n\n"
    "  • Dame Zentrixa.\n\n    デーム・ゼントリクサ\n\n"
    "  • Analysts expected growth of 15 percent in the coming year.\n\n"
    "    アナリストは来年15%の成長を予想していた。\n",
]


@pytest.mark.parametrize(("text", "expected"), INVALID, ids=[text[:20] for text, _ in INVALID])
def test_invalid(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert findings(text) == [(*at(text, excerpt, nth), suggestion) for excerpt, nth, suggestion in expected]


@pytest.mark.parametrize("text", VALID, ids=[text[:20] for text in VALID])
def test_valid(text: str) -> None:
    assert findings(text) == []


def test_message_names_both_forms_and_the_reason() -> None:
    report = auditor.audit(INVALID[3][0], lang="ja")
    (finding,) = [f for f in report.findings if f.rule == RULE]
    assert finding.category == "terminology/inconsistent"
    assert finding.severity == "minor"
    assert "'Starlink'" in finding.message and "'スターリンク'" in finding.message
    assert "first" in finding.message


def test_a_publication_can_prefer_katakana() -> None:
    text = "Teslaは新型車を発表した。Teslaの株価も上がった。テスラの工場も増える。"
    house = Settings(lang="ja", lexicon={"preferred_spellings": ({"variant": "Tesla", "preferred": "テスラ"},)})
    assert findings(text) == [(*at(text, "テスラ"), "Tesla")]
    assert findings(text, house) == [(*at(text, "Tesla", 0), "テスラ"), (*at(text, "Tesla", 1), "テスラ")]


NAME_RULE = "terminology.name-reading"


def name_variants(text: str) -> list[tuple[str, str]]:
    return [(f.excerpt, f.suggestion) for f in auditor.audit(text, lang="ja").findings if f.rule == NAME_RULE]


def test_one_persons_name_in_two_spellings_of_one_reading() -> None:
    text = "広田紀子さんは会見した。広田紀子さんによると、広田典子さんの案が通った。"
    assert name_variants(text) == [("広田典子", "広田紀子")]
    # The family name may be the one that changed: 弘田 and 広田 are both ヒロタ.
    assert name_variants("広田紀子氏が登壇した。広田紀子氏は、弘田紀子氏の後任だ。") == [("弘田紀子", "広田紀子")]


def test_homophones_that_are_not_names_and_different_people_are_left_alone() -> None:
    assert name_variants("国の機関は期間を延長した。山田太郎さんが説明した。") == []
    assert name_variants("佐藤健さんと佐藤剛さんが出席した。") == []  # two people: ケン and ツヨシ


def test_a_name_inside_a_longer_name_is_no_spelling_of_its_own() -> None:
    # "Binance Coin" is a product's name: only the Binance that stands alone is the company spelled another way.
    text = "バイナンスは新サービスを始めた。バイナンスによると、Binanceの利用者も増え、Binance Coinの取引も伸びた。"
    assert [(excerpt, start) for _, excerpt, start, _, _ in findings(text)] == [("Binance", text.index("Binance"))]


def test_a_word_of_an_english_sentence_is_no_spelling_of_the_article() -> None:
    # Punctuation cuts the English sentence into short runs ("Tesla" alone between quotes); its line is English.
    text = 'テスラは新型車を発表した。テスラの株価は上がった。\nHe said "Tesla" is a good place to work for.\n'
    assert findings(text) == []
    # A Latin name on a line of Japanese is the article's spelling, and still a variant.
    assert [f[1] for f in findings(text + "Teslaの工場も増える。")] == ["Tesla"]


def test_distinct_loans_pair_words_the_variant_test_groups() -> None:
    """distinct_loans.tsv (tools/build_distinct_loans.py) lists each pair both ways, and only words that share a
    variant key (also one of the custom's letters: コーティング under コーチング's): the pairs the rule's grouping can
    meet."""
    rows = {row.loan: set(row.others) for row in get_lexicon("ja").table(DistinctLoanRow)}
    assert "ブランド" in rows["ブラインド"]
    assert "コーチング" in rows["コーティング"]
    for loan, others in rows.items():
        keys = spelling_keys(loan)
        for other in others:
            assert loan in rows[other]
            assert keys & spelling_keys(other)

"""entity.*: brand names translated as common words, katakana words before cashtags (textlint-style, exact offsets)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from auditor import audit
from auditor.document import Document
from auditor.lexicons import get_lexicon
from auditor.lexicons.schema import BrandRow, BusinessCueRow, TickerPrefixRow
from auditor.rules.base import Context
from auditor.rules.entities import BrandLiteral, NameLiteral, TickerPrefix

BRAND = "entity.brand-literal"
TICKER = "entity.ticker-prefix"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "musk-industries-ja.txt"


def found(text: str) -> list[tuple[str, str, int, int, str]]:
    """The entity.* findings on ``text`` through the public pipeline."""
    report = audit(text, lang="ja")
    assert [error for error in report.errors if error[0].startswith("entity.")] == []
    findings = [
        (f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule.startswith("entity.")
    ]
    for _, excerpt, start, end, _ in findings:
        assert text[start:end] == excerpt
    return findings


def severities(text: str) -> list[str]:
    return [f.severity for f in audit(text, lang="ja").findings if f.rule.startswith("entity.")]


# ---------------------------------------------------------------------------------------------------------------
# entity.brand-literal

BRAND_INVALID = [
    # "<industry>大手(の)" right before the literal names it as a company outright.
    ("建設機械大手の毛虫は、通期の業績見通しを引き上げた。", [(BRAND, "毛虫", 7, 9, "キャタピラー")]),
    # A business descriptor right before the literal (英石油大手シェル): the literal starts a word there.
    ("英石油大手殻は3日、決算を発表した。株価は上昇した。", [(BRAND, "殻", 5, 6, "シェル")]),
    # The rule's own example: a product name and 発表 make it a business sentence.
    ("りんごは本日、新型iPhoneを発表した。", [(BRAND, "りんご", 0, 3, "アップル")]),
    # The article writes Apple correctly in another paragraph: suggest that form.
    (
        "Microsoftの新製品とは別に、りんごは今日、新しい事業の開始を発表した。\n一方、Appleの株価は3%上がった。",
        [(BRAND, "りんご", 18, 21, "Apple")],
    ),
    # Katakana literal with the company suffix 社.
    ("リンゴ社のティム・クックCEOは、決算発表で売上高が最高になったと述べた。", [(BRAND, "リンゴ", 0, 3, "アップル")]),
    # A literal that needs its domain in the article (Microsoft, PCs) finds it.
    (
        "マイクロソフトは10日、窓の最新版を発表した。パソコン各社は新製品を年内に出す。",
        [(BRAND, "窓", 12, 13, "Windows")],
    ),
    ("神託はクラウド事業の売上高が前年同期比20%増えたと発表した。", [(BRAND, "神託", 0, 2, "オラクル")]),
    # A country prefix is not part of the word: 米地下鉄 is "US Subway".
    (
        "米地下鉄はサンドイッチ店の一部を閉鎖し、フランチャイズの契約を見直すと発表した。",
        [(BRAND, "地下鉄", 1, 4, "サブウェイ")],
    ),
    ("暗号化メッセージアプリの信号は、月間ユーザーが1億人を超えたと発表した。", [(BRAND, "信号", 12, 14, "Signal")]),
    # Not ordinary Japanese at all (context = any): no business context needed.
    ("私はドルの木で買った飾りの卵を使います。", [(BRAND, "ドルの木", 2, 6, "ダラー・ツリー")]),
    # Every occurrence is its own finding.
    (
        "りんごは新型iPhoneを発表した。りんごの株価は上がった。",
        [(BRAND, "りんご", 0, 3, "アップル"), (BRAND, "りんご", 18, 21, "アップル")],
    ),
    # The slot decides, not the article's topic: in a story about apple farmers, the subject of 発表 with a new
    # iPhone is still the company (the first りんご, 収穫's, stays a fruit). The weighted design kept it quiet.
    (
        "りんごの収穫が始まった。農家は品種の改良を進めている。\n県は輸出にも力を入れる。\n今年は天候に恵まれた。\nりんごは新型iPhoneを発表した。",
        [(BRAND, "りんご", 53, 56, "アップル")],
    ),
    # アップルパイ is not the brand written correctly: the suggestion stays the lexicon's.
    ("りんごは新型iPhoneを発表した。\n店ではアップルパイを売っていた。", [(BRAND, "りんご", 0, 3, "アップル")]),
]

BRAND_VALID = [
    "大手の地下鉄会社が運賃を上げた。",  # 大手 before a literal that is part of a longer word
    "アップルは本日、新型iPhoneを発表した。",
    # Fruit: prices in 円, farmers, shipments, supermarkets.
    "りんごの卸売価格が上がっている。青森県の農家によると、今年は出荷量が少ない。大手スーパー各社は1個200円前後で販売している。",
    "大手スーパー各社はりんごの販売を強化すると発表した。",
    "りんごを1個100円で買った。",
    "りんごジュースの売上高が伸び、加工会社は生産ラインを増やした。",
    # Houses: 窓 is a window, and nothing in the article is about Microsoft or PCs.
    "新築住宅では大きな窓が人気だ。住宅メーカー各社は断熱性能を高めた新製品を発表した。",
    "同社の新しい窓は好評で、株価も上がった。",
    # Space: 火星 is the planet; the Mars company needs its confectionery domain.
    "スペースXは火星への有人飛行を計画しており、同社のCEOは年内に詳細を発表するという。",
    # Literals inside longer words, in business sentences.
    "マイクロソフトは新しいサポート窓口を開設したと発表した。",
    "マイクロソフトのブラウザーは新しい端末でも動くと同社は発表した。",
    "石油大手の株価は、地殻変動の調査結果の発表後に下がった。",
    "鳩山氏は、ユニリーバの株価について発表した。",
    # The brand's ordinary expressions.
    "石油大手の社長は「古い殻を破る」と述べ、買収を発表した。",
    "巣ごもり需要でグーグルのスマートスピーカーの売上高が伸びた。",
    # Ordinary meaning words nearby outweigh the business cues.
    "スーパー大手を狙ったサイバー攻撃で、標的の店舗では被害額が5億円に上ったと発表した。",
]


# The slots, one by one (auditor/analysis/name_literals.py, cue words in ja/name_slots.tsv).
BRAND_SLOTS = [
    # The owner of what companies have, across the name of the person who holds the title.
    ("りんごのティム・クックCEOは来週、インドを訪れる。", [(BRAND, "りんご", 0, 3, "アップル")]),
    # Listed with another company, before or after it.
    ("貝殻とBPの株価は今週、大きく下がった。", [(BRAND, "貝殻", 0, 2, "シェル")]),
    ("BPと貝殻は減益を報告した。", [(BRAND, "貝殻", 3, 5, "シェル")]),
    # A country prefix glued to it.
    ("米りんごは新型端末を発表した。", [(BRAND, "りんご", 1, 4, "アップル")]),
    # The partner of what companies do together, however far the verb.
    ("ネクサスは3日、りんごと家庭用ロボットの共同開発で提携すると発表した。", [(BRAND, "りんご", 8, 11, "アップル")]),
    # The object of what is done to companies.
    ("大手各社は、りんごを買収する計画を否定した。", [(BRAND, "りんご", 6, 9, "アップル")]),
    # Where a post is put: a service.
    ("投稿者は、さえずりに写真を投稿した。", [(BRAND, "さえずり", 5, 9, "ツイッター")]),
    # The topic whose users the clause is about.
    ("分散型SNSの青空は、利用者数が2000万人を突破したと明らかにした。", [(BRAND, "青空", 7, 9, "ブルースカイ")]),
    # A topic without its particle, as machine translation writes "Apple today…".
    ("りんご今日、新型端末を発表した。", [(BRAND, "りんご", 0, 3, "アップル")]),
    # A generated row (name_literals.tsv: Vertex Pharmaceuticals, a listed company): before a company word.
    ("頂点製薬は、新薬が承認されたと発表した。", [(BRAND, "頂点", 0, 2, "Vertex Pharmaceuticals")]),
    # After a descriptor and a comma, in apposition.
    ("石油大手、貝殻は3日、決算を発表した。", [(BRAND, "貝殻", 5, 7, "シェル")]),
    # The topic after a descriptor that is no cue (欧州の), with what companies do after it ...
    ("欧州の貝殻は、原油事業の一部を売却すると発表した。", [(BRAND, "貝殻", 3, 5, "シェル")]),
    # ... or before it: the topic is the subject of the clauses before it too.
    ("新興企業を買収したことで、りんごは音声認識の技術を手に入れた。", [(BRAND, "りんご", 13, 16, "アップル")]),
    # In the plural (a generated row: Travelers Companies).
    ("保険大手の旅行者たちは、通期の利益見通しを下方修正した。", [(BRAND, "旅行者", 5, 8, "Travelers Companies")]),
    # Before its ticker in brackets.
    ("株式市場では、りんご（AAPL）が3%上昇した。", [(BRAND, "りんご", 7, 10, "アップル")]),
    # Before 製 (made by) and ブランド.
    ("りんご製のノートパソコンは品薄が続く。", [(BRAND, "りんご", 0, 3, "アップル")]),
    ("鳩ブランドの石鹸が値上げされた。", [(BRAND, "鳩", 0, 1, "ダヴ")]),
    # After the kind of service a company runs.
    ("動画配信サービスの孔雀は、月額料金を値上げすると発表した。", [(BRAND, "孔雀", 9, 11, "ピーコック")]),
    # A product's name in quotes after the kind of product it is.
    ("マイクロソフトのワープロソフト「単語」は、新しい版で音声入力に対応した。", [(BRAND, "単語", 16, 18, "Word")]),
    # A whole name rendered word for word, its company word included (a generated row: EagleBank).
    ("ワシ銀行は、来期の配当を据え置いた。", [(BRAND, "ワシ銀行", 0, 4, "EagleBank")]),
    # ... of the words whose first gloss is the name's word (Crown Castle: 王冠 "crown", not 頂き).
    ("通信塔大手の王冠城は、一部の事業を売却すると発表した。", [(BRAND, "王冠城", 6, 9, "クラウン")]),
    # ... an adjectival noun by its stem (a generated row: General Mills, general → 一般的, 一般製粉).
    ("一般製粉は、朝食用シリアルの出荷を増やすと発表した。", [(BRAND, "一般製粉", 0, 4, "General Mills")]),
    # A literal that renders a name in part, with the name's other word elsewhere in the sentence, in a slot
    # (a generated row: JPMorgan Chase, its literal 追跡 for Chase).
    ("JPモルガンの決算発表を受けて、追跡の株価も上昇した。", [(BRAND, "追跡", 16, 18, "JPMorgan Chase")]),
    # Before the katakana head of a company's name; a company word stands for the reviewed brand's domain.
    ("忠実ファイナンシャルは、新しい口座を始めた。", [(BRAND, "忠実", 0, 2, "フィデリティ")]),
    ("貝殻エナジーは、家庭向けの電気料金を改定した。", [(BRAND, "貝殻", 0, 2, "シェル")]),
    # After a descriptor, before a particle that opens no ordinary expression of the word (標的と…: listed).
    ("小売り大手の標的とコストコは、値下げ競争を続けている。", [(BRAND, "標的", 6, 8, "ターゲット")]),
    # The object of what is done only to companies, though the reviewed brand's domain (石油…) is absent.
    ("消費者団体は、広告が誤解を招くとして貝殻を提訴した。", [(BRAND, "貝殻", 18, 20, "シェル")]),
    # Glued before a word of the reviewed brand's own domain: the name before the kind of thing it names.
    ("鳩石鹸の新しい香りが、来月から店頭に並ぶ。", [(BRAND, "鳩", 0, 1, "ダヴ")]),
    # What only a listed company has or does (name_slots.tsv's company-only) says the reviewed brand's domain, which
    # the article lacks: the owner of a share price or a chief executive, the subject of a listing.
    ("明晰の株価は、決算の発表後に急落した。", [(BRAND, "明晰", 0, 2, "ルーシッド")]),
    ("毛虫の最高経営責任者は来週、来日する。", [(BRAND, "毛虫", 0, 2, "キャタピラー")]),
    ("貝殻の最高経営責任者は辞任した。", [(BRAND, "貝殻", 0, 2, "シェル")]),
    ("毛虫は来年、東京証券取引所に上場する。", [(BRAND, "毛虫", 0, 2, "キャタピラー")]),
    # ... across what modifies the possessed: a prefix or an adjective.
    ("毛虫の新CEOは来日した。", [(BRAND, "毛虫", 0, 2, "キャタピラー")]),
    # Its shares: 株 glued after it.
    ("決算発表を受けて、りんご株は5%下落した。", [(BRAND, "りんご", 9, 12, "アップル")]),
    # The owner of a compound whose last word is what companies have (a period before it: 4～6月期決算).
    ("りんごの4～6月期決算は増収増益だった。", [(BRAND, "りんご", 0, 3, "アップル")]),
    # A product's name in quotes after its kind, the kind the last word of a longer noun.
    ("グーグルは、ブラウザー「クロム」の拡張機能を制限する。", [(BRAND, "クロム", 12, 15, "Chrome")]),
    # A headline's topic: a comma, then a verbal noun of what companies do with its object, without する.
    ("りんご、折りたたみ端末を発表", [(BRAND, "りんご", 0, 3, "アップル")]),
    # What only a business does (company-act) says the reviewed brand's domain, which the article lacks: its subject,
    # opening its clause, in a headline too; the first predicate of a subject with が, though it modifies a noun.
    ("貝殻、南米の鉱区権益を売却へ", [(BRAND, "貝殻", 0, 2, "シェル")]),
    ("毛虫は、欧州で2工場を閉鎖すると明らかにした。", [(BRAND, "毛虫", 0, 2, "キャタピラー")]),
    ("標的が買収した家具チェーンは、年内に全店を改装する。", [(BRAND, "標的", 0, 2, "ターゲット")]),
    # A compound that is what only a company has, though its first word is a cue of its own (株主|総会).
    ("貝殻の株主総会は、来月ロンドンで開かれる。", [(BRAND, "貝殻", 0, 2, "シェル")]),
    # The subject of a predicate whose object is what only a company has: who cuts its full-year outlook owns one.
    ("標的は、年末商戦の不振を受けて通期見通しを引き下げた。", [(BRAND, "標的", 0, 2, "ターゲット")]),
    ("りんごは通期予想を据え置いた。", [(BRAND, "りんご", 0, 3, "アップル")]),
    # ... across a noun that the clause tells the content of (計画: the topic plans to close them).
    ("標的は、米国内で200店舗を閉鎖する計画だ。", [(BRAND, "標的", 0, 2, "ターゲット")]),
    # The partner of what only companies do together, without the reviewed brand's domain.
    ("物流の新興企業は、標的との提携を解消した。", [(BRAND, "標的", 9, 11, "ターゲット")]),
    ("標的と業務提携したスタートアップは、配送時間を半分にした。", [(BRAND, "標的", 0, 2, "ターゲット")]),
    # The object of the first predicate after を, across its other arguments (a means, an amount).
    ("エピックゲームズは、りんごを反トラスト法違反で提訴した。", [(BRAND, "りんご", 10, 13, "アップル")]),
    # A profit outlook is a company's, as an earnings outlook is: its owner raises it.
    ("貝殻は年間の利益見通しを引き上げた。", [(BRAND, "貝殻", 0, 2, "シェル")]),
    # What only a listed company does says a company with the brand's domain too (電気自動車 for Lucid).
    ("電気自動車の明晰は、新規株式公開の公開価格を決めた。", [(BRAND, "明晰", 6, 8, "ルーシッド")]),
    # A verbal noun with する is a verb that decides on the act before it, as 決める is (a light verb: 実施, 完了).
    ("標的は、衣料品の値下げを実施した。", [(BRAND, "標的", 0, 2, "ターゲット")]),
    ("毛虫は、部品メーカーの買収を完了したと明らかにした。", [(BRAND, "毛虫", 0, 2, "キャタピラー")]),
    # A headline whose verbal noun is what only a listed company does, after a place (に, で, から); one whose
    # object is a noun of the verbal noun's own compound (店舗閉鎖); its topic after a noun and の.
    ("毛虫、東証に上場へ", [(BRAND, "毛虫", 0, 2, "キャタピラー")]),
    ("標的、南部で20店舗閉鎖へ", [(BRAND, "標的", 0, 2, "ターゲット")]),
    ("建機の毛虫、ロンドン市場に上場", [(BRAND, "毛虫", 3, 5, "キャタピラー")]),
    # Who takes a business under its group is a business.
    ("標的は、地方の家具店チェーンを傘下に収めた。", [(BRAND, "標的", 0, 2, "ターゲット")]),
    # The agent (による) of what only a business does.
    ("貝殻による発電会社の買収は、来月完了する。", [(BRAND, "貝殻", 0, 2, "シェル")]),
    # A topic whose profit is the subject of its clause, a period before it (第2四半期の); a generated literal.
    ("進取は、第2四半期の純利益が市場予想を上回った。", [(BRAND, "進取", 0, 2, "プレグレッシブ")]),
    # Listed with another reviewed brand's literal whose domain the article has (決済 for Square and Stripe).
    (
        "決済の分野では、正方形と縞が先行している。",
        [(BRAND, "正方形", 8, 11, "スクエア"), (BRAND, "縞", 12, 13, "ストライプ")],
    ),
]

BRAND_QUIET = [
    "りんごの価格は今年、天候不順で値上がりした。",  # 価格 is said of things too; 値上がり is no company's doing
    "りんごとバナナの輸入量が増えた。",  # listed with a fruit
    "日本の地下鉄各社は、運賃の値上げを国に申請した。",  # 地下鉄各社: a modifier of a longer noun
    "結婚指輪の価格は、金相場の上昇で値上がりしている。",  # 結婚指輪: the end of a longer noun
    "雪崩の危険があるため、スキー場の一部が閉鎖された。",  # 雪崩 fills no slot; the ski area is closed
    "りんごを1個100円で買った。",
    "夜空に北極星がはっきりと見えた。",
    "火星の表面で水の痕跡が見つかったと研究チームが発表した。",  # the team announced, not 火星
    # A company's slot, but which company? The subway operator's staff: brands.tsv's domain for Subway (サンドイッチ,
    # フランチャイズ…) is absent, so the slot alone does not make it the sandwich chain.
    "地下鉄の従業員が賃上げを求めてストライキを行った。",
    # A company word that is the start of a longer noun is none: 高速通信網 (高速 is American Express's literal).
    "通信大手は、山間部にも高速通信網を広げると発表した。",
    "欧州の謝肉祭は、毎年2月に開かれる。",  # a topic, but of nothing companies do
    "「単語」の意味を辞書で調べた。",  # quoted, but after no kind of product
    "木製の机と鉄製の椅子を買った。",
    "人工知能（AI）の開発が進む。",  # an acronym in brackets after a term is no ticker
    "JPモルガンのアナリストは、資金の流れの追跡を続けている。",  # the name's other word, but 追跡 in no slot
    "海辺で拾った貝殻を、子どもたちが並べた。",
    "一般の製粉工場では、小麦の価格が上がった。",
    "公園の鳩に石鹸の泡が飛んだ。",  # the domain's word, but not glued to the literal
    "王冠の城は古い。",
    # brands.tsv's ordinary expressions of 標的 (標的にする, 標的となる, 標的を絞る), in a retail article.
    "詐欺グループは小売店の高齢客を標的にした。",
    "小売業界では、高齢者が詐欺の標的となるケースが増えている。",
    "ウォルマートは、標的を絞った値下げを進める。",
    # A word for countries is the topic of what companies do too: no company's literal (Ally Financial, Universal).
    "同盟国は共同声明を発表し、制裁の強化で合意した。",
    "万国の代表は、会議で新しい条約に署名した。",
    # A farm has sales, shops and staff too: only what a listed company has says the domain of a reviewed brand.
    "毛虫の売上高は、建設需要の低迷で前年同期を下回った。",
    "貝殻の店舗は海辺に並ぶ。",
    # A company-only word at the start of a longer noun says something else (上場企業, listed companies).
    "毛虫が上場企業の庭で大量に見つかった。",
    "りんごが上場企業の社員食堂で人気だ。",  # the same for what companies do: 上場企業 is no listing of りんご
    "明晰の株価指数という言葉はない。",
    # A verbal noun in the compound may take the literal as its object: shops that sell apples.
    "りんごの販売店舗は多い。",
    # A headline without the verbal noun's object: its topic may be what is acted on (the fruit's price goes up).
    "りんご、値上げへ",
    "りんご、みかん、ぶどうの出荷が始まった。",  # a list, not a headline's topic
    # Without the reviewed brand's domain: a passive, a clause that modifies a noun after a は-topic, and what people
    # or armies do too (発表, 撤退) say nothing of a company.
    "標的が買収されたことで、株価は急騰した。",
    "標的は、欧州市場での買収を発表した企業だ。",
    "営業部隊が大口の受注を発表した。",
    "前衛は陣地から撤退した。",
    "窓は、来年にも閉鎖する予定の工場のものだ。",  # 予定 modifies 工場, whose closing it is
    "腕は確かで、独立して店を出店した。",  # the skill opens no store: a later clause's subject is unsaid
    "地下鉄と提携したバス会社は、乗り継ぎ割引を始めた。",  # the transit words of 地下鉄's ordinary meaning
    "彼はりんごを食べ、同業の会社を提訴した。",  # を belongs to 食べ, the first predicate after it
    "動物園のワニは、サンダルを履いた飼育員になついている。",  # the animal, with the words of its ordinary meaning
    "明晰な頭脳は、新規株式公開の審査でも役に立った。",  # 明晰な: an ordinary expression of Lucid's literal
    "決済端末の画面には、正方形と縞の模様が表示される。",  # 模様: the ordinary meaning of both, listed
    "正方形と縞の模様の布を買った。",  # listed, but neither brand's domain (決済) is in the text
    # A headline with a place and a verbal noun whose object may be the topic: the fruit is grown more.
    "りんご、長野で増産へ",
    "寺の鐘、大みそかに鳴り響く",  # no verbal noun of a business at all
    "鐘を鳴らしてから、住職は本堂に戻った。",
    "毛虫による食害が、街路樹で広がっている。",  # による, but 食害 is nobody's business
    "革命党の前衛は、地方の労働組合を傘下に収めた。",  # not the opening of its clause: the party's vanguard
    # The subject with が is a clause's that modifies a noun (店): the shops' sales, not the festival's.
    "商店街の祭りは、売上高が伸びた店が多かった。",
]


@pytest.mark.parametrize(("text", "expected"), BRAND_SLOTS)
def test_brand_literal_slots(text: str, expected: list[tuple[str, str, int, int, str]]):
    assert found(text) == expected


@pytest.mark.parametrize("text", BRAND_QUIET)
def test_brand_literal_stays_quiet_outside_a_slot(text: str):
    assert found(text) == []


def test_the_evidence_is_in_the_message():
    (finding,) = audit("英石油大手の貝殻は、油田を売却した。", lang="ja").findings
    assert "after 大手" in finding.message and finding.suggestion == "シェル"


def test_a_subject_inside_a_clause_that_modifies_a_noun_is_not_the_sentences_subject():
    # りんごも送れる modifies サービス: the fruit is what can be sent, 同社 announces. は reaches past the clause.
    assert found("同社は、写真や手紙、りんごも送れるサービスを始めると発表した。") == []
    assert found("市は、りんごが並ぶ市場を開くと発表した。") == []
    assert [f[1] for f in found("りんごは、写真も送れるサービスを始めると発表した。")] == ["りんご"]
    assert [f[1] for f in found("りんごも新しい端末を発表した。")] == ["りんご"]  # an adjective closes no clause


def test_a_subject_without_a_company_verb_counts_where_the_article_names_the_company():
    text = "Appleは好調だ。りんご今日、新しい計画が始まった。"
    assert found(text) == [(BRAND, "りんご", 10, 13, "Apple")]
    assert found("りんご今日、新しい計画が始まった。") == []


def test_the_rest_of_a_name_beside_its_literal_as_the_dictionary_writes_it():
    """Baker Hughes: パン屋 renders Baker; Hughes is written ヒューズ (JMnedict), which its spelling does not tell."""
    assert [f[:4] for f in found("パン屋ヒューズは、油田の設備を売却した。")] == [(BRAND, "パン屋", 0, 3)]
    assert found("パン屋は、油田の設備を売却した。") == []


def test_a_name_rendered_in_part_opening_a_sentence_without_a_cue():
    """井戸ファーゴ: Wells rendered, Fargo as it sounds; found by its other word, with no company word in sight."""
    assert [f[:4] for f in found("井戸ファーゴは、昨年より多くの罰金を払った。")] == [(BRAND, "井戸", 0, 2)]
    assert found("井戸ポンプは、昨年より多くの水を汲んだ。") == []


def test_a_literal_glued_after_a_noun_is_the_end_of_a_longer_noun_before_a_company_word():
    """文脈依存通信 is "context-dependent communication", not a company Reliance before 通信; a descriptor or a
    country before the literal leaves it a name (米りんご社, 石油大手貝殻社)."""
    assert [f for f in found("実験では文脈依存通信の条件を調べた。") if f[0] == BRAND] == []
    assert [f[:2] for f in found("米りんご社は新型端末を発表した。")] == [(BRAND, "りんご")]
    assert [f[:2] for f in found("石油大手貝殻社は油田を売却した。")] == [(BRAND, "貝殻")]


def test_the_topic_is_not_the_subject_of_a_verb_with_a_subject_of_its_own():
    """A verb whose clause has its own が subject, or a possession another noun owns (XのY), says nothing of the topic:
    家賃は上がり、多くの企業が閉鎖した is about firms closing, not a company 家賃."""
    assert [f for f in found("家賃は何年も上がり続け、多くの企業が閉鎖した。") if f[0] == BRAND] == []
    text = "家賃は何年も上がり、多くの企業が閉鎖し、残った企業の従業員が在宅で働く。"
    assert [f for f in found(text) if f[0] == BRAND] == []
    # the topic's own: no other subject, or the anaphor 同社
    assert [f[:2] for f in found("りんごは、売上高が伸びたと発表した。")] == [(BRAND, "りんご")]
    assert [f[:2] for f in found("りんごは、同社の売上高が前年を上回った。")] == [(BRAND, "りんご")]


def test_a_company_named_by_an_adjective_rendered_by_its_stem():
    """Continental → 大陸 (JMdict: continental 大陸的), after a descriptor; the continent itself stays a word."""
    assert [f[:2] for f in found("独タイヤ大手の大陸は、工場を閉鎖すると発表した。")] == [(BRAND, "大陸")]
    assert found("大陸の気候は乾燥している。") == []
    assert found("アフリカ大陸は広い。") == []


def test_a_literal_glued_after_a_foreign_word_is_a_word_of_another_name():
    """ブリュースター兄弟社 is a company called Brewster Brothers, not Brother; after a descriptor it is Brother."""
    assert found("ブリュースター兄弟社は、新しい工場を開設した。") == []
    assert [f[:2] for f in found("プリンターメーカー兄弟社は、新しい工場を開設した。")] == [(BRAND, "兄弟")]


# ---------------------------------------------------------------------------------------------------------------
# entity.name-literal

NAME = "entity.name-literal"


def test_a_place_before_a_place_word():
    assert found("旅行者はアリゾナ州の不死鳥市に到着した。") == [(NAME, "不死鳥", 10, 13, "フィニックス")]
    assert found("不死鳥の像が公園に建てられた。") == []


def test_a_place_before_a_county_word():
    """郡 is how Japanese writes a county (ジャクソン郡): a place's literal before it is the place's name."""
    assert [f[:2] for f in found("保安官事務所は琥珀郡の住民に避難を呼びかけた。")] == [(NAME, "琥珀")]
    assert found("琥珀の指輪が展示された。") == []


def test_a_place_rendered_whole_with_its_place_word():
    """Salt Lake City word for word (塩湖市) ends in its own place word: that says a place, with no cue after it."""
    assert found("塩湖市は冬季五輪の開催地に決まった。") == [(NAME, "塩湖市", 0, 3, "ソルトレークシティー")]
    assert found("彼は湖のそばの市場で塩を買った。") == []
    # the place word inside a longer noun is no place word: 市場
    assert found("塩湖市場は閉鎖された。") == []


def test_a_person_before_a_title_but_not_a_japanese_name_or_an_occupation():
    assert found("肉屋氏は会見で辞任を表明した。") == [(NAME, "肉屋", 0, 2, "ブッチャー")]
    # IPAdic reads 沙羅 as a given name after the surname 高梨: a Japanese athlete, not Saul.
    assert found("高梨沙羅選手が優勝した。") == []
    # さん follows occupations in everyday Japanese: the boat's captain, not a Mr Boatman.
    assert found("船長さんが島まで案内してくれた。") == []


def _checked(rule: BrandLiteral | NameLiteral, text: str) -> list[tuple[str, int, int, str]]:
    """``rule``'s findings on ``text``: excerpt, span and suggestion."""
    doc = Document(text, lang="ja")
    findings = list(rule.check(doc, Context.of(doc)))
    for f in findings:
        assert text[f.start : f.end] == f.excerpt
    return [(f.excerpt, f.start, f.end, f.suggestion) for f in findings]


def _unlisted(text: str) -> list[tuple[str, int, int, str]]:
    """entity.name-literal's findings on ``text`` with option unlisted_places on."""
    return _checked(NameLiteral(unlisted_places=True), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A common word that renders an English word (出血 ← bleed), glued before a place word, abroad.
        ("オーストリアの出血湖では、毎年冬にスケート大会が開かれる。", [("出血湖", 7, 10, "")]),
        ("一行はノルウェーの出血湖に到着した。", [("出血湖", 9, 12, "")]),
        # abroad by its paragraph: the country is named in the sentence before
        ("代表団はチェコを訪れた。翌日、出血湖を視察した。", [("出血湖", 15, 18, "")]),
        # a suggestion where known_names.tsv knows the English word as a place (Reading)
        ("取材班はミネソタ州の鷲湖で釣りをした。", [("鷲湖", 10, 12, "イーグル湖")]),
    ],
)
def test_an_unlisted_place_named_word_for_word(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert _unlisted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "出血湖には毎年夏、数千人の観光客が訪れる。",  # nothing places it abroad
        "スイスの小さな出血湖を訪れた。",  # modified as a common noun is: a description
        "フランスのこの出血湖は静かだ。",
        "スペインの3つの出血湖を巡った。",
        "ドイツの温泉町バーデンバーデンに滞在した。",  # the name follows in apposition
        "イタリアの出血湖などを巡った。",  # listed as one of a kind
        "ロシアの山中湖という店で食事をした。",  # one word to IPAdic: a Japanese place
        "ヨルダンの死海で泳いだ。",  # a conventional rendering: one word to IPAdic
        "南アフリカの喜望峰を訪れた。",
        "中国の三亜市は観光客でにぎわう。",  # the place word ends a longer name
        "米国の株式市場は下落した。",  # 市 inside a word
        "アメリカは最近州の予算を削った。",  # a time word before the place word
        "ポーランドの湖畔で出血した。",
        # a kind of place that JMdict lists as a word (place_compounds.tsv), not a name
        "東京の選手村には各国の代表が泊まる。",
        "取材班はオーストリアの温泉町に一泊した。",
        "インドネシアの火山島で噴火が続いている。",
        "カタールが沖合に人工島を造成した。",
        "オランダの貿易港は夜も荷役が続く。",
    ],
)
def test_an_unlisted_place_stays_quiet(text: str) -> None:
    assert _unlisted(text) == []


def test_unlisted_places_are_on_by_default_and_can_be_turned_off():
    """The shape alone is also the shape of descriptive compounds no dictionary lists (農業州, 退職村): the option
    turns the search off for a publication that writes many of them."""
    text = "オーストリアの出血湖では、毎年冬にスケート大会が開かれる。"
    assert found(text) == [("entity.name-literal", "出血湖", 7, 10, "")]
    doc = Document(text, lang="ja")
    assert list(NameLiteral(unlisted_places=False).check(doc, Context.of(doc))) == []
    assert _unlisted("ブラジルの農業州で大豆の収穫が始まった。") == [("農業州", 5, 8, "")]


def _unlisted_companies(text: str) -> list[tuple[str, int, int, str]]:
    """entity.brand-literal's findings on ``text``, the generated tables off: the unlisted companies (and any reviewed
    brand)."""
    return _checked(BrandLiteral(generated=False, unlisted_companies=True), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country whose companies Japanese writes in katakana, a descriptor, の, a common word as the topic
        ("米家電大手の渦巻きは、欧州の工場を売却すると発表した。", [("渦巻き", 6, 9, "")]),
        ("独化学大手の灯台が、北米の同業を買収した。", [("灯台", 6, 8, "")]),
        # the partner of what companies do together; the descriptor of a parent company
        ("米玩具メーカーの夜明けとマテルは提携した。", [("夜明け", 8, 11, "")]),
        ("米ギャップ傘下の雷鳴は、春物を値下げした。", [("雷鳴", 8, 10, "")]),
    ],
)
def test_an_unlisted_company_named_by_its_meaning(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert _unlisted_companies(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "米家電大手のワールプールは、欧州の工場を売却すると発表した。",  # written as Japanese writes it
        "米IT大手の幹部は、相次いで辞任を発表した。",  # what a company has: a cue of name_slots.tsv
        "米小売り大手の株価が軒並み下落した。",
        "英航空大手傘下の航空会社は、来月から増便する。",  # a kind of company
        "米銀大手の一角が崩れた。",  # a dependent word, no name
        "米自動車大手の3社は、そろって値上げした。",  # a number
        "韓国電子大手の現代は、新工場を建てる。",  # no mark: Japanese writes Korean companies in kanji too
        "日米の自動車大手の再編が進む。",  # 米 inside 日米
        "米国の自動車大手の動向に注目が集まる。",  # 米国: the mark is a word of its own
        "米ゲーム大手の新作を遊んだ。",  # not the topic, subject or a member of a list
        # no second slot of a company: what the sentence says of the word is no company's
        "米銀大手の首脳は、利下げの影響に言及した。",
        "英小売り大手の牙城が、格安店の攻勢で揺らいでいる。",
        "米自動車大手の動きや、欧州の規制を受けて、計画を見直した。",
        "米IT大手の独占は違法だと裁判所は判断した。",  # a verbal noun: what companies do
        "米外食大手の好調が続いている。",  # an adjectival noun: how they fare
        "加銀大手の海外戦略は、買収を軸にすると発表された。",  # two words, no word of the dictionary
    ],
)
def test_an_unlisted_company_stays_quiet(text: str) -> None:
    assert _unlisted_companies(text) == []


def test_unlisted_companies_are_on_by_default_and_can_be_turned_off():
    text = "米家電大手の渦巻きは、欧州の工場を売却すると発表した。"
    assert found(text) == [("entity.brand-literal", "渦巻き", 6, 9, "")]
    doc = Document(text, lang="ja")
    assert list(BrandLiteral(unlisted_companies=False, generated=False).check(doc, Context.of(doc))) == []


def test_name_literal_runs_only_on_japanese():
    assert NameLiteral.applies_to("ja") and not NameLiteral.applies_to("en")


@pytest.mark.parametrize(("text", "expected"), BRAND_INVALID)
def test_brand_literal_invalid(text: str, expected: list[tuple[str, str, int, int, str]]):
    assert found(text) == expected


@pytest.mark.parametrize("text", BRAND_VALID)
def test_brand_literal_valid(text: str):
    assert [f for f in found(text) if f[0] == BRAND] == []


def test_brand_written_correctly_elsewhere_is_critical():
    text = "Microsoftの新製品とは別に、りんごは今日、新しい事業の開始を発表した。\n一方、Appleの株価は3%上がった。"
    assert severities(text) == ["critical"]
    report = audit(text, lang="ja")
    (finding,) = [f for f in report.findings if f.rule == BRAND]
    assert "Apple" in finding.message and "elsewhere" in finding.message


def test_brand_not_written_elsewhere_is_major():
    assert severities("りんごは本日、新型iPhoneを発表した。") == ["major"]


def test_publication_adds_a_brand_in_config_rows():
    row = {"brand": "Acme", "literals": ["極光"], "proper": ["アクメ", "Acme"], "note": "house style"}
    doc = Document("極光は新製品を発表し、株価が上がった。", lang="ja")
    ctx = Context.of(doc, get_lexicon("ja", {"brands": [row]}))
    findings = list(BrandLiteral().check(doc, ctx))
    assert [(f.excerpt, f.start, f.end, f.suggestion) for f in findings] == [("極光", 0, 2, "アクメ")]
    assert list(BrandLiteral().check(doc, Context.of(doc, get_lexicon("ja")))) == []


# ---------------------------------------------------------------------------------------------------------------
# entity.ticker-prefix

TICKER_INVALID = [
    ("エース $TSLA 投資家は新会社の株式を受け取る。", [(TICKER, "エース $TSLA", 0, 9, "$TSLA")]),
    ("速報：ザ $AAPL が上場来高値を更新した。", [(TICKER, "ザ $AAPL", 3, 10, "$AAPL")]),
    # Full-width space and dollar sign.
    ("ワオ　＄NVDA 株価は上昇した。", [(TICKER, "ワオ　＄NVDA", 0, 8, "＄NVDA")]),
    # An exchange ticker.
    ("ザ NASDAQ: AAPL の取引が急増した。", [(TICKER, "ザ NASDAQ: AAPL", 0, 14, "NASDAQ: AAPL")]),
    # After a space in the middle of a line.
    ("今日の話題 エース $TSLA を買う人が増えた。", [(TICKER, "エース $TSLA", 6, 15, "$TSLA")]),
    # An unlisted short word that does not sound like the ticker ("Hot").
    ("ホット $TSLA 投資家が増えている。", [(TICKER, "ホット $TSLA", 0, 9, "$TSLA")]),
]

TICKER_VALID = [
    "$TSLA 投資家は新会社の株式を受け取る。",
    # A company name before its own ticker: known, or sounding like it.
    "テスラ $TSLA の株価が上がった。",
    "ネクサス $NXRB の株価が上がった。",
    # Names and trader words listed as fine.
    "マスク $TSLA について語った。",
    "ロング $TSLA を続ける投資家もいる。",
    # Not standalone: the end of a name, or glued to Japanese.
    "ジョン・ザ $TSLA について書いた。",
    "これはザ $TSLA の話だ。",
    # A long katakana word is more likely a name than a stray word.
    "ビッグニュース $TSLA が話題だ。",
    # Money, not a ticker.
    "ザ $250 の商品",
]


@pytest.mark.parametrize(("text", "expected"), TICKER_INVALID)
def test_ticker_prefix_invalid(text: str, expected: list[tuple[str, str, int, int, str]]):
    assert found(text) == expected


@pytest.mark.parametrize("text", TICKER_VALID)
def test_ticker_prefix_valid(text: str):
    assert [f for f in found(text) if f[0] == TICKER] == []


def test_ticker_message_names_the_english_word():
    (finding,) = [f for f in audit("エース $TSLA 投資家", lang="ja").findings if f.rule == TICKER]
    assert "'Ace'" in finding.message and "$TSLA" in finding.message


# ---------------------------------------------------------------------------------------------------------------
# The seed article: the fruit next to Amazon, and the katakana word before $TSLA; nothing else.


@pytest.mark.skipif(not SEED.is_file(), reason="the shared seed article is not beside this checkout")
def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    assert found(text) == [(BRAND, "りんご", 194, 197, "Apple"), (TICKER, "エース $TSLA", 2365, 2374, "$TSLA")]
    assert severities(text) == ["critical", "major"]


# ---------------------------------------------------------------------------------------------------------------
# The data files.


def test_brands_lexicon_is_complete():
    rows = get_lexicon("ja").table(BrandRow)
    assert len(rows) >= 60
    for row in rows:
        literals, proper = row.literals, row.proper
        assert row.brand and literals and proper and row.note, row
        assert not set(literals) & set(proper), row
        assert row.context in ("", "any"), row


def test_business_cue_regexes_compile_and_weights_are_numbers():
    for row in get_lexicon("ja").table(BusinessCueRow):
        assert row.kind in ("word", "company", "product", "regex"), row
        assert int(row.weight) in (1, 2), row
        if row.kind == "regex":
            re.compile(row.cue)


def test_ticker_prefixes_have_a_verdict():
    for row in get_lexicon("ja").table(TickerPrefixRow):
        assert row.verdict in ("flag", "keep") and row.english and row.note, row


def test_rules_run_only_on_japanese():
    assert BrandLiteral.applies_to("ja") and not BrandLiteral.applies_to("de")
    assert TickerPrefix.applies_to("ja") and not TickerPrefix.applies_to("de")


def test_the_generated_literals_can_be_turned_off():
    text = "頂点製薬は、新薬が承認されたと発表した。"  # Vertex Pharmaceuticals: a generated row, in no reviewed list
    doc = Document(text, lang="ja")
    assert [f.excerpt for f in BrandLiteral().check(doc, Context.of(doc))] == ["頂点"]
    assert list(BrandLiteral(generated=False).check(doc, Context.of(doc))) == []
    reviewed = Document("米りんごは新型端末を発表した。", lang="ja")
    assert [f.excerpt for f in BrandLiteral(generated=False).check(reviewed, Context.of(reviewed))] == ["りんご"]


@pytest.mark.parametrize(
    ("text", "excerpt", "suggestion"),
    [
        ("マイクロソフトを創業したビル・門氏は財団の計画を語った。", "門", "ゲイツ"),  # gate → Gates, a known name
        ("電気自動車大手を率いるイーロン・麝香氏が来日した。", "麝香", ""),  # read ジャコウ, a rendering of musk
    ],
)
def test_half_translated_name_found(text: str, excerpt: str, suggestion: str) -> None:
    found = [f for f in audit(text, lang="ja").findings if f.rule == "entity.half-translated-name"]
    assert [(f.excerpt, f.suggestion) for f in found] == [(excerpt, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "ジョン・万次郎氏の生家を訪ねた。",  # the kanji part is a Japanese personal name
        "アメリカ・中国首脳会談が開かれた。",  # no person suffix: a list of countries
        "ティム・クック最高経営責任者が登壇した。",  # the whole name in katakana
        "ロンドン・金融街の銀行員が集まった。",  # no person suffix after the kanji word
    ],
)
def test_half_translated_name_quiet(text: str) -> None:
    assert not [f for f in audit(text, lang="ja").findings if f.rule == "entity.half-translated-name"]


def _reversed(text: str) -> list[tuple[str, int, str]]:
    findings = audit(text, lang="ja").findings
    return [(f.excerpt, f.start, f.suggestion) for f in findings if f.rule == "entity.reversed-name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会見には太郎山田氏も同席した。", [("太郎山田", 4, "山田太郎")]),
        ("式典には一郎鈴木さんが招かれた。", [("一郎鈴木", 4, "鈴木一郎")]),
    ],
)
def test_a_japanese_name_given_name_first(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _reversed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "会見には山田太郎氏も同席した。",  # family name first, as Japanese writes it
        "習近平国家主席が来日した。",  # no person suffix of the table after it
        "山田さんと太郎さんが来た。",  # two names, each before its own suffix
    ],
)
def test_names_in_the_japanese_order_are_left_alone(text: str) -> None:
    assert _reversed(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No suffix: IPAdic holds 涼子 only as a given name and 井上 only as a family name (MeCab's reading of the
        # sentence would not say so: it reads some such pairs as places).
        ("決勝で涼子井上が優勝した。", [("涼子井上", 3, "井上涼子")]),
        ("健太田中選手が先制点を挙げた。", [("健太田中", 0, "田中健太")]),  # 選手 ends the run of kanji
    ],
)
def test_a_name_given_name_first_without_a_suffix(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _reversed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "武蔵小金井で火事があった。",  # IPAdic holds the whole run as one place
        "誠田中さんが来た。",  # 誠 is a common word too: one kanji of a name is too short
        "大和田中学校の生徒が参加した。",  # a longer run of kanji: no two-part name
        "決勝で井上涼子が優勝した。",  # family name first
    ],
)
def test_runs_of_kanji_that_are_no_reversed_name(text: str) -> None:
    assert _reversed(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # name_readings.tsv: ケンジ a given name only, モリタ a family name; the dot is in the span, no suggestion ("")
        ("ケンジ・モリタの案が市議会で否決された。", [("ケンジ・モリタ", 0, "")]),
        ("決勝でショーヘイ・オータニ選手が打った。", [("ショーヘイ・オータニ", 3, "")]),  # long vowels as ー
        ("アキラ・イシダが引退を表明した。", [("アキラ・イシダ", 0, "")]),  # アキラ: a family name too, イシダ not
    ],
)
def test_a_japanese_name_in_katakana_given_name_first(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _reversed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ジョージ・タケイが登壇した。",  # ジョウジ (譲二) is read like George, a foreign name: out of the table
        "ケビン・ヤマモトが講演した。",  # a foreign given name
        "モリタ・ケンジの案が市議会で否決された。",  # family name first
        "エム・シーシー食品が発表した。",  # letters read aloud (MCC)
        "ジョン・ケンジ・モリタが来日した。",  # a part of a longer name
    ],
)
def test_katakana_names_that_are_no_reversed_japanese_name(text: str) -> None:
    assert _reversed(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # MeCab reads 長文 ("long text") across the title and the name: the article's other order decides.
        ("委員長山田太郎氏が来た。委員長太郎山田氏は述べた。", [("太郎山田", 15, "山田太郎")]),
        ("山田太郎氏が来た。太郎山田氏は述べた。", [("太郎山田", 9, "山田太郎")]),
    ],
)
def test_a_name_the_article_writes_the_other_way_round(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _reversed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "田中氏と中田氏が会った。",  # two surnames of one kanji each way round: two people
        "委員長山田太郎氏が来た。山田太郎氏は述べた。",  # the same order twice
        "委員長佐藤花子さんが来た。",  # one name only
    ],
)
def test_a_name_the_article_writes_one_way_stays_quiet(text: str) -> None:
    assert _reversed(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The given name alone before a title, where the article names the person in full.
        ("石破茂首相は会見に臨んだ。\n一方、茂首相は協力を約束した。", [(17, 18, "茂", "石破")]),
        ("岸田文雄氏が出席した。文雄氏は述べた。", [(11, 13, "文雄", "岸田")]),
        # The given name in katakana as IPAdic reads it (文雄: フミオ).
        ("岸田文雄氏が出席した。大統領はフミオ首相を招いた。", [(15, 18, "フミオ", "岸田")]),
    ],
)
def test_a_given_name_before_a_title(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    findings = [f for f in audit(text, lang="ja").findings if f.rule == "entity.given-name-title"]
    assert [(f.start, f.end, f.excerpt, f.suggestion) for f in findings] == expected


@pytest.mark.parametrize(
    "text",
    [
        "石破茂首相は会見に臨んだ。石破首相は協力を約束した。",  # the family name: right
        "山田花子さんが来た。花子さんは笑った。",  # a familiar honorific follows a given name in Japanese too
        "茂首相は協力を約束した。",  # no full name to read the given name from
        "岸田文雄氏が出席した。ジョン・フミオ首相も来た。",  # the last part of a foreign name
        "フミオ首相は協力を約束した。",  # no full name to read the given name from
    ],
)
def test_a_family_name_or_a_familiar_honorific_stays_quiet(text: str) -> None:
    assert not [f for f in audit(text, lang="ja").findings if f.rule == "entity.given-name-title"]


def test_the_brands_own_literal_is_no_word_of_its_ordinary_meaning():
    """雪 (snow) of a second 雪片 is the name again, not the weather beside the first."""
    text = "雪片が売り上げを伸ばし、雪片の株価は8%高い。"
    assert [f[1:4] for f in found(text)] == [("雪片", 0, 2), ("雪片", 12, 14)]
    assert found("窓の外では雪片が舞い、雪片の株価とは関係なく雪が積もった。") == []


def test_a_literal_a_slot_made_a_name_is_that_name_at_each_mention():
    text = "米投資ファンドの黒い石は物流施設を取得した。関係者は「黒い石の買い意欲は強い」と話す。"
    assert [f[1:4] for f in found(text)] == [("黒い石", 8, 11), ("黒い石", 27, 30)]
    # A mention glued to a noun is part of a longer word, and one without any slot stays a word.
    assert [f[1:4] for f in found("雪片の株価は上がった。雪片形のロゴも話題だ。")] == [("雪片", 0, 2)]
    assert found("黒い石を拾った。黒い石は重い。") == []
    # An object's mention (を) is an ordinary word's slot as much as a name's: only the actor or the owner repeats it.
    assert [f[1:4] for f in found("雪片の株価は上がった。記者は雪片を写真に撮った。")] == [("雪片", 0, 2)]


def test_a_company_word_glued_to_what_a_company_has_is_still_a_company_word():
    assert [f[1:4] for f in found("英処女グループ傘下の航空会社は増便する。")] == [("処女", 1, 3)]
    assert found("文脈依存通信網が整った。") == []  # 網 is no one's: 通信 begins a longer noun

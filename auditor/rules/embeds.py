"""Social-media posts whose embed was flattened into plain text, and a web page's furniture left in the article."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from auditor.analysis.furniture import (
    TEXT_KINDS,
    agency_lines,
    breadcrumbs,
    closing_labels,
    copied_lines,
    copyright_captions,
    counter_blocks,
    counter_buttons,
    cut_links,
    date_stamps,
    empty_boxes,
    empty_credits,
    empty_fields,
    empty_lists,
    encoded_markup,
    figure_runs,
    glued_share_rows,
    header_alt_texts,
    header_bylines,
    header_figures,
    heading_anchors,
    host_notices,
    image_name_lines,
    keyword_lists,
    language_menus,
    line_openings,
    link_outs,
    link_rows,
    machine_timestamps,
    markdown_emphasis,
    markup_tags,
    menu_bars,
    numbered_alt_texts,
    page_furniture,
    permalinks,
    photo_captions,
    photo_credits,
    pinyin_readings,
    post_navigation,
    price_tickers,
    related_links,
    share_rows,
    site_titles,
    stranded_markdown,
    style_sheets,
    teaser_blocks,
    template_slots,
    vote_counters,
    weather_widgets,
)
from auditor.document import Document
from auditor.findings import Finding
from auditor.languages import get_pack
from auditor.lexicons.schema import EmbedPatternRow, LanguageRow, PageFurnitureRow, PictureAgencyRow, TopLevelDomainRow
from auditor.rules.base import Context, Rule

# How the message names each platform key of embeds.tsv; other keys are title-cased.
PLATFORM_NAMES: dict[str, str] = {
    "twitter": "X (Twitter)",
    "instagram": "Instagram",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "facebook": "Facebook",
    "bluesky": "Bluesky",
    "threads": "Threads",
    "mastodon": "Mastodon",
    "reddit": "Reddit",
    "bbc": "BBC",
}
EVIDENCE_MAX_CHARS = 60
# How the message names each kind of page_furniture.tsv's whole-line labels.
_FURNITURE_KINDS: dict[str, str] = {
    "ad-slot": "an ad slot's label",
    "image": "the text of an image placeholder",
    "button": "a button's label",
    "notice": "a plugin's notice",
    "credit": "a credit's label whose name was lost",
    "consent": "a cookie-consent banner's button",
    "icon": "an icon of the page's template",
    "placeholder": "a content system's placeholder for an empty field (a post's missing title)",
    "site-label": "a label a site's theme prints (an ad slot's)",
    "interface": "a block of the page's interface (a skip link, a loading placeholder, a widget's notice)",
}
# Whole-line kinds reported in the article's own language too: a Japanese row is machine translation's rendering of
# the source page's label, not a Japanese site's wording; an image's alt text is shown by no site beside its image.
_ANY_LANGUAGE = frozenset({"consent", "image", "icon", "site-label"})
# A symbol has no language, and a site's own label is in the article's: the message names none.
_NO_LANGUAGE = frozenset({"icon", "site-label"})
# How the message names each kind of the labels that close an article (furniture.closing_labels).
_CLOSERS: dict[str, str] = {
    "related": "the heading of a related-articles box",
    "comments": "the heading of the page's comments section",
    "link-out": "the label of a link to the rest of the story or to the original, without its link",
    "tags": "the label of the post's tag list, its tags lost",
}


class FlattenedEmbed(Rule):
    """Finds a social-media post whose embed became plain text: the post's lines plus its leftovers.

    Why it matters:
        When a CMS or a machine-translation pipeline drops an embed's markup, the reader gets the post's text as if
        the article said it, followed by debris: ``pic.twitter.com/…`` links, an attribution line ``— Name (@handle)
        date``, Instagram's この投稿をInstagramで見る … さん(@handle)がシェアした投稿, a bare ``youtu.be/…`` line, an
        embed card's link text alone on a line (``twitter.com``, ``reddit.com/r/…``: the card named the post's site),
        a video player's fallback text (お使いの端末ではメディアプレイバックはご利用になれません), or the consent
        prompt a page shows where it has not loaded a post yet (Allow X content? This article contains content
        provided by X…, as a BBC page in the pages corpus prints it). The article looks broken and the post's words
        lose their author.

    How it decides:
        One finding covers the whole block, from the first line of the post's text to the end of its last leftover
        line (how the block is found: ``auditor/analysis/embeds.py``; the patterns: ``lexicons/*/embeds.tsv``). A URL
        that the article cites inside a sentence is not an embed and stays quiet, and so does an account's address
        alone on a line (twitter.com/name: a link the page gives). Measured: the 4 card lines of the dev pages (one
        blog of reactions from abroad, pages4) and the 2 player lines (pages5) are annotated as dropped embeds; no
        other dev page, fresh page, WMT reference or WMT system output holds one.

        Fix (the message says it; there is no one-line suggestion): re-embed the post, or quote it properly (「…」
        with the author named in the prose) and delete the leftover lines.
    """

    id = "embed.flattened"
    category = "markup/embed"
    severity = "major"
    summary = "Social-media embed flattened into plain text"
    fix = "none"  # re-embedding or quoting the post is an editor's job
    languages = None
    tables = (EmbedPatternRow,)
    bad = (
        "同社は5日、新型ロボットを公開した。\n"
        "新しい仲間を紹介します pic.twitter.com/Xy12Ab34Cd\n"
        "— サンプル・ロボティクス (@sample_robotics) 2026年2月5日\n"
        "株価は一時5%上昇した。"
    )
    good = (
        "同社は5日、新型ロボットを公開した。\n"
        "同社は公式X(@sample_robotics)に「新しい仲間を紹介します」と投稿した。\n"
        "株価は一時5%上昇した。"
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for block in ctx.embeds:
            if block.intact:
                continue
            platform = PLATFORM_NAMES.get(block.platform, block.platform.title())
            evidence = block.evidence
            if len(evidence) > EVIDENCE_MAX_CHARS:
                evidence = evidence[: EVIDENCE_MAX_CHARS - 1] + "…"
            message = (
                f"Flattened {platform} post: the embed became plain text and left '{evidence}' behind; "
                "re-embed the post, or quote it properly and delete the leftover lines."
            )
            yield self.finding(doc, block.start, block.end, message)


class PageFurniture(Rule):
    """Finds a web page's interface label on a line of the article: Advertisement, Placeholder Image.

    Why it matters:
        A scraper, a reader view or a translation pipeline that keeps the page's chrome copies these labels with the
        article's text, between its paragraphs. In an article in another language they are foreign words that say
        nothing to the reader, and a publication that reprints the text prints them.

    How it decides:
        A line that holds one label of ``page_furniture.tsv`` and nothing else (spaces around it aside), in any casing,
        in an article whose language is not the label's. Only the labels that mark a slot of the page's layout: a label
        that is words of its navigation, read as text (Table of Contents; a skip link outside a Japanese page), is text
        left in another language, which language.untranslated reports, as it reports a Korean skip link (pages5: the one
        English skip link of the dev pages is annotated so). A label of these kinds in the article's own language
        (Advertisement on an English page) is the site's own furniture and stays quiet (a Japanese site's own labels are
        the measured ``site-label`` rows below), and so does the word inside a sentence (Advertisement は 広告の意味).
        Measured on the annotated real pages: all 6 such lines of the two blind sets (three sites) are annotated as
        leftovers; the one on the first dev set, a native magazine page's ADVERTISEMENT, is not; none in the fresh pages
        nor in the WMT English→Japanese texts.
        An image placeholder's text (Placeholder Image, the alt text a theme gives the image it shows where a picture
        is missing) is such a label too: pages6 (blind) annotates both of its lines (two pages of one site); none on
        the other dev pages, the fresh pages or the WMT texts.

        So are the counters of a channel's or profile's page copied with a mirrored post (4.43K subscribers, 19.6K
        photos, 2 files): two lines or more in a row, each a figure and a counter's label of the table (Telegram's
        channel preview writes subscribers, photos, videos, files and links), in another language than the
        article's, where a subscribers counter is among them (every channel's page shows it); one such line alone
        may be a caption (3 photos) and stays quiet. pages6 (blind): its one such block, annotated; none on the
        other dev pages, the fresh pages or the WMT English→Japanese texts.

        So is a related-article box flattened into the body: a line that opens with a teaser label of the table and
        a colon (Read also:, Also Read:, Baca juga:, or machine translation's こちらもお読みください:), the teased
        headline after the colon or on the next line, and more text after it (pages13 dev: one Also Read: line with
        its headline, annotated). It counts in the article's language too: a translated label is the source
        page's, and the Japanese rows are renderings a Japanese site does not write. pages6 (blind): its 3 such boxes
        (one Indonesian page), all annotated; none on the other dev pages, the fresh pages or the WMT texts.

        A theme's button label (Scroll to top, Back to top) and a plugin's notice (WP Content Copy Protection's
        default "error: Content is protected !!") are such whole-line labels too: pages8 (blind), both on one page,
        annotated; none elsewhere. So is a button's icon by its name in Google's Material Icons font (autorenew,
        expand_more: the font draws the icon for its name, and a copy without the font shows the name): pages4, one,
        annotated; none elsewhere.

        Three more kinds of the page's chrome count in any language, the article's too, since no article writes them:
        a row of share buttons, a line of 3 labels or more of the table's ``share`` rows and nothing else (the services
        a page shares to and its buttons' verbs, with spaces, bars or nothing between them: Share Post LINE はてな
        コメント, xwhatsappmailcopy-link); a blog host's notice about the ad it shows on a blog without new posts
        (FC2's and Shinobi's: lines in a row that open with the table's ``host-notice`` labels and hold two of them,
        what the ad is and what removes it); and a byline's or a post's date fields whose values were lost, two field
        labels or more in a row, each a colon with nothing after it, ending a line (公開:  更新:). The blind sets:
        pages8, one share row, one notice and one empty byline, all annotated; pages7, one share row; pages6, one
        notice; none on the other dev pages, the fresh pages or the WMT English→Japanese texts. So are the counters of
        the page's buttons (shares, comments, views) that lost their icons: two lines or more in a row that each hold a
        figure and nothing else (a list's bullet before it at most: 2 / 0, • 1 / • 3 / • 2), since an article writes
        a figure with its unit or its word: the two such runs of all the dev pages and the fresh pages (pages7, pages8)
        are both annotated; none in the WMT texts. So is a box the page drew with text rules and left empty: two
        rule lines or more (---, ===) with only blank lines between them (pages8: its one such box, annotated; the
        rules of the fresh pages hold text between them and stay quiet).

        Whole-line labels of two more kinds: a credit's label whose name was lost (Text by, Photo by: pages8, one,
        annotated), reported like the other labels in an article in another language; and a cookie-consent banner's
        button (Accept cookies, or machine translation's クッキーを受け入れる: pages7, one, annotated), reported in
        any language like a teaser, since a Japanese site's banner does not say so.

        Three more kinds of the page's structure, in any language: a list whose items were lost, commas with only
        spaces between them ending a line (ニュース , , ,); a credit in brackets whose name was lost, a label of
        ``credit_labels.tsv`` and the slash before the name right before the closing bracket ((翻訳・編集/)); and a tag
        of the page's HTML, between two sentences (。<br />) or an end tag that lost its < (/span>), where a tag inside
        a sentence or opening a line is text about markup (a post showing its code) and stays quiet. Measured on the
        dev pages: both empty lists and the empty credit (pages6, one site), annotated; the broken end tag (pages6),
        annotated. On the fresh pages: 4 <br /> between sentences, all the page's; in the WMT English→Japanese texts
        none (a post that writes <div>に挿入する shows its code inside sentences and on lines of their own).

        An ad slot's label counts framed by dashes on both sides (- Advertisement -) and, an IAB disclosure label
        (Sponsored), opening a line that runs on in another script (Sponsored新型車が…: the line break after it was
        lost). An image's alt text alone on a line (banner, バナー: an ad banner's, named by the IAB's display format)
        counts in any language, since no site shows its alt text beside its image. Three more kinds, in any language:
        a social widget's counters and buttons, two lines or more in a row of a figure, what it counts and the
        table's ``counter-button`` label ending the line (16,985 Fans Like / 2,458 Followers Follow, or machine
        translation's ファンいいね); an embed's code left percent-encoded outside a URL (RFC 3986's escaping of its
        markup: %3Cblockquote%20class%3D…), from an escaped < and an element's name to the end of the escaped run; and
        Markdown's strong emphasis (**80%**, by CommonMark's flanking rules without their clause on punctuation, which
        Japanese particles break) in a text that holds no other Markdown (no heading, list item, quote, link or code
        span: a Markdown text's emphasis is its style). Measured: pages9 (blind, then tuned on), 3 ad labels (two
        sites), 5 banners' alt text (two sites; pages5, one more), one widget's counters, 2 encoded embeds (one page)
        and one emphasis, all annotated; dev2 holds the same widget's counters, unannotated (the one false finding of
        the category there); the emphasis of dev2's and pages5's pages is in texts with headings or lists and stays
        quiet; none on the fresh pages nor in the WMT English→Japanese texts.

        Five more of the page's chrome, in any language, each by its shape: a figure alone on a line before the
        text's first sentence (its first 。: the page's header, breadcrumbs, headline, byline), when it is the text's
        only line of a figure alone and no line of figures is next to it, a counter beside the headline (views,
        comments, likes) that lost its icon (figures alone on several lines are numbered sections or a list's steps);
        a news theme's weather widget, a temperature with its scale's Latin letter alone on a line and a place in
        Latin letters on the next (7.4 C / Tokyo); a link to the full story written out, a ``link-out`` label of the
        table (全文はこちら, Read more) opening its line and the link's bare address after it or alone on the next
        line (on the page the label is the link and hides its address); an address cut off after its scheme, ``http``
        ending a line after a space that follows a bracket or a letter of another script ([source] http); and an
        icon of the page's template, an information sign alone on a line (ℹ️) or a heading's permalink mark after
        the heading (an ``anchor`` label: ¶, 🔗). Measured: pages6, pages7 and pages9, 4 header counters (four
        sites), 2 widgets (two sites), one link-out, one cut address and both icons (one page), all annotated; on the
        other dev pages, one counter beside a post's tags (dev) and one more of the same theme's weather widget
        (dev2), both unannotated, and the link-out repeated once where its page repeats the whole excerpt (pages9,
        annotated as the repetition); none on the fresh pages (a manual's callout figures are a series, a board's
        vote counters several) nor in the WMT English→Japanese texts. One more of the header, by the text repeated
        in it: a line before the first 。 that repeats another of its lines (the headline) with a word that names an
        image after a space (見出し image), the featured image's alt text (WordPress themes give that image the
        post's title): pages6, one, annotated; none elsewhere. And the name of a writing template's slot left before
        the text that filled it, a heading's or a body's with its number and a colon (本文1:, 見出し2:), opening its
        line or after a section's number (an article that names its body writes no number after it): pages5, two on
        one page, annotated; none elsewhere.

        Two widgets of a page's top bar, in any language, by their shape: a language menu, three lines or more in a
        row that each name one of the site's languages in that language (简体中文 / English / 한국어: the table's
        ``switcher`` rows, as a menu names them), or one line of three such names or more run together or parted
        by spaces or bars (中文English日本語, English | 日本語 | 한국어), where a word the table lacks may stand
        between two names (a language named otherwise: Indonesian), one word each, in no script of Japanese or
        Chinese text, fewer such words than names (pages15: one such line, annotated; none elsewhere in pages11-15,
        on the fresh pages or in the WMT texts), and a market ticker before the text's first 。, two assets or more
        in a row, each its symbol, its price and its change in percent on three lines (BTC / $96,000 / 5.73%).
        pages10 (blind): one of each, on one page, annotated; none on the other dev pages, the fresh pages or the WMT
        English→Japanese texts. And a list of search keywords that a site's SEO settings wrote into an image's alt
        text, shown where the image was dropped: eight terms or more joined by commas without spaces, opening a block
        (a sentence lists a handful of names, with 、 or a full-width comma that a copy may turn into an ASCII one,
        inside a clause): pages10, two on one page, annotated; the one list of six names in a sentence (pages9) stays
        quiet; none elsewhere. Blogger autoblogs fed by IFTTT label the link to the post's source Read Again (or, in
        Japanese, after the source's name, からの記事と詳細) and copy their feed's ad-block test line (Adblock test
        (Why?)): ``link-out`` and ``notice`` rows, pages8 and pages10, one page each, all annotated; none elsewhere.
        And the vote buttons of a reader's comment with their counts, two different ``vote`` labels each with its
        count (共感120非共感8: Naver's and Daum's 공감 / 비공감 as machine translation renders them): pages10, one,
        annotated; none elsewhere.

        What a page puts after its article, in any language: the heading of a box of other articles alone on its line
        (the table's ``related`` rows: 関連記事, 関連ニュース, Related news; after a heading's mark, ▶ ■, or in 【】 at
        most), wherever it is; and the comments section's heading (コメント) or a link's label without its address
        (▶ 続きを読む, 原文はこちら: the link to the rest of the story or to the original) where nothing but such
        lines follows it to the text's end, or a box's heading next. Before more of the article a lone link label
        may be a link the text keeps on purpose, and stays quiet. A content system's placeholder for an empty field
        (no title), alone on its line, in an article in another language. The page's date stamp, by its shape: a date
        in figures (2021-11-23 19:40:08, 2025/10/20/15:13, 16/07/2025; Japanese prose writes 年月日), or a year and
        a month after a date field's label (date 2024-02), when it is the text's only such date outside a web
        address and stands outside any sentence (at its line's end, or before a space and no particle or sentence
        mark); a page prints its own date once, and a text that holds several (a thread's posts, a table, a log)
        holds them as content. An empty date field alone (最終更新日:, the table's ``date-field`` rows), unless its
        date is on the next line. A heading or a caption printed twice: a line of 8 characters or more in kana or
        kanji, ending in no sentence mark, that repeats one of the two lines before it and no other line (a page's
        title and its headline, a photo's alt text and its caption; a short line, （中略） or a speaker's name, may
        come back by design). A photo's alt text as a content system numbers it, another line of the text, a spaced
        dash, a word for a photo and its number (見出し - 写真1), the translation's 。 after it at most; the line may
        give the headline in other words, as each string a machine translates comes out on its own, when it opens
        with the headline's first 12 characters and holds no sentence mark (pages17 dev: one, annotated). A byline
        printed twice right before the date stamp (its logo's alt text: Example NewsExample News25/11/2025) goes
        with the stamp (pages17 dev: one, annotated). And a row of share buttons after the article's
        last sentence on the text's last line, where the page's line breaks were lost (…。 もっと読む ツイート
        シェア). And the site's title as the text's first line, as a browser's tab shows it: a domain name whose
        top-level domain exists (``top_level_domains.tsv``), a spaced dash or bar and the site's tagline, in no kana
        or kanji (Example.vn - its tagline in Vietnamese). Measured on pages11 (blind): 19 such findings on 13 pages
        (5 closing labels, 6 date stamps, 3 copies, one of each other kind), all annotated; none in the WMT
        English→Japanese references (the two timestamps of one social thread stay quiet: two in one text) and none
        on bench/eval_table.py's texts.

        A Markdown block marker stranded inside a line, in any language: an ATX heading's #s and space or a list's
        bullet before strong emphasis right after a sentence's 。, ！ or ？ (…見てみよう。## 手順の概要…,
        …二つある。- **費用**…): a marker means something only where a line starts, so the line break before it was
        lost and the markup shows. pages13 dev: one page's three, annotated; none on the other dev pages nor in the
        WMT English→Japanese references (one system output, CycleL, holds two: 。# 95% …).

        And a blog post's links to the posts before and after it on a line of their own, as Movable Type's and
        TypePad's default templates print them (« the previous title | Main | the next title »): pages13 dev, one,
        annotated; none elsewhere.

        A Japanese site's own labels count in a Japanese article too, each by a measured table
        (``ja/page_furniture.tsv``: on how many sites of the stored public pages the label stands as a line of its
        own, and on how many inside prose, the annotated sets' sites left out): an ad slot's label alone on its line
        (スポンサーリンク, a ``site-label``: 3 sites a line of its own, 3 in prose, never alone there), and, where they
        close the text as a comments heading does, the link to a post's comment form (コメントを書く) and a tag
        list's label with nothing after its colon (タグ:, a ``tags`` label). A row of share buttons the copy broke
        over lines in a row (X / FacebookLINE) counts when its lines hold 3 labels together and two of them run
        into each other (a list of services, one a line, is not written so); an end tag run into the address before
        it (https://example.jp/a>: no address holds a >, RFC 3986) is the link's, its < lost; and a heading repeated
        right after a line in Latin letters (見出し / its English original / 見出し) is a bilingual post's
        translation of that line, not the page's copy. And a photo's credit as a caption writes it (写真=共同,
        [写真]=Getty Images: prose writes 写真は, never 写真=), opening a line or after a space, outside its
        caption's brackets: the caption's credit left where the photo was dropped; with a colon (写真:ゲッティ), where
        the credit is a whole line between lines of the article and holds no sentence mark (pages17 dev: one,
        annotated; the WMT23 references' two credits that are a whole segment each stay quiet), or after an English
        label on such a line (photo by 山田太郎, as travel sites print one under each photo: pages18 dev, four on one
        native page, annotated; none in the WMT22-24 references or system outputs).
        pages13 dev: the ad label, the
        comment link, the empty tag list, the broken share row, the end tag and one credit, annotated, and the
        bilingual heading, not; pages11 dev: one credit, annotated; none in the WMT English→Japanese references or
        bench/eval_table.py's texts.

        Four more of the page's markup and chrome, each by a principle. A Chinese page's ruby flattened into the
        line: one pinyin syllable with its tone mark in brackets right after a Han character (協(xié)力: Hanyu
        Pinyin's initials and finals, ISO 7098), since Japanese gives a reading in kana, if at all, and never marks a
        tone; it is the source page's <rt> left where its markup was dropped, not words of the source left
        untranslated (language.untranslated's), and deleting it, not translating it, is the fix. A gloss of a word
        (你好(nǐ hǎo), two syllables) and a Japanese name in Hepburn (東京(Tōkyō)) stay quiet. A style sheet copied
        as text: two seams or more of minified CSS (a semicolon, no space, the next property and its colon:
        ;padding:3px) in one run of ASCII on a line, as a MediaWiki page's TemplateStyles leave it; prose writes no
        such seam, and code a page shows is spaced for reading. A row of links set apart by spaced middle dots, three
        or more on a line (a wiki's source-search bar: ニュース · 書籍 · …): Japanese joins a list with ・ and no
        spaces. And the site's navigation bar as the text's first line: six labels or more set apart by spaces, none
        with a sentence mark, a bracket or a separator, half of them in kana or kanji (on the annotated and fresh
        pages no such line of spaced items holds more than 4 but a menu's 12). pages12 dev: the 12 readings of one
        page, both style sheets and the link row of another, and one menu, all annotated; none on the other dev
        pages, the fresh pages, the WMT English→Japanese references or bench/eval_table.py's texts. Blogger's
        Japanese comment labels (0 件のコメント:, コメントを投稿) are ``comments`` rows of ``ja/page_furniture.tsv``,
        counted where they close the text (the fresh pages: one Blogger post's two).

        A block of the page's interface left in English on a Japanese page: an ``interface`` string of
        ``ja/page_furniture.tsv`` (a skip link, Loading..., reCAPTCHA's notice, in its fixed words) alone on its line,
        with the lines after it that hold no letter but Latin ones, blank lines passed over, up to the article's next
        line in Japanese (the menu under the skip link, a feedback widget's thanks): one finding for the block, which
        language.untranslated leaves to this rule. On a Japanese page a skip link is such a string, not the words of
        navigation the common table hands to language.untranslated: the blind sets on disk annotate skip links as
        page chrome (pages11 dev a Korean one, pages14 dev an English one). pages14 dev: the two blocks of a help
        center and a portal's Loading..., all annotated (the untranslated findings there 7 → 2); the fresh pages: one
        news site's skip link, reported here instead of there; none in the WMT English→Japanese texts. Markdown's
        emphasis is looked for in a text whose only other mark is a numbered line (1. ) too: plain text numbers its
        points so (pages14 dev: a review's three bold labels, annotated).

        A row of share buttons counts with the count one of its buttons shows (0シェア, its figure before the label)
        as one of its labels, and a line of fewer labels counts when a bar closes it (Tweet |): a bar parts a row's
        items, and one after the last label parts it from a button whose label was lost (an icon alone); prose ends
        no line on a bar. pages14 and pages15 dev: one of each, annotated; none on the other dev pages nor on the
        fresh pages. The page's own address under its title (a share box's or a print view's): a web address alone
        on its line whose path holds the line above it, its letters and figures only (a slug made from the title,
        percent-encoded or not), 8 of them or more, kana or kanji among them; an address the article cites is another
        page's, and a translation blog cites its source under the source's own title, in Latin letters (the fresh
        pages: one, quiet). And a timestamp as RFC 3339 writes it (2026-01-31T03:26:43+00:00: a T, seconds and the
        zone's offset), outside a web address, with its line when the line holds only a label in Latin letters and
        brackets ((last modified …)): machines write it, prose and captions never. pages15 dev: one of each (one
        page), annotated; none on the other dev pages, the fresh pages or the WMT English→Japanese references.

        A dropped photo's caption closed by its credit as wire services and picture agencies write it: a © outside
        brackets, then the photographer and the agency parted by a slash (© Getty Images / A. Name, © AP Photo/A.
        Name), running to its line's end with no sentence mark; the finding is the caption with it, the line's last
        sentence (its whole line where it holds no other: the annotated sets mark the whole line). A site's copyright
        notice names its owner alone (© 2026 Example Inc.), and a credit inside its caption's brackets is the
        caption's own. pages14 and pages15 dev: one each, annotated; the one © line without a slash there (a news
        agency's notice closing its article, pages13) stays quiet; the fresh pages: one credit alone on its line
        where its photo was dropped (a collection of copied news pages), right; none in the WMT references.

        A breadcrumb trail on a line of its own (schema.org's BreadcrumbList, WAI-ARIA's breadcrumb pattern): three
        crumbs or more joined by one separator (a spaced >, ＞, », ›), none empty, no sentence mark on the line
        (トップ > 地域 > …, HOME > 暮らし > …); two words joined by an arrow may be a comparison's. pages14
        and pages15 dev: one each, annotated; none on the other dev pages, the fresh pages or the WMT references.

        A picture agency's name alone on its line (``picture_agencies.tsv``: Getty Images, or machine translation's
        ゲッティ), the credit of a photo the copy dropped, since such an agency licenses photos and writes no text;
        news agencies that write text (AP, Reuters, 共同) are left out, their name alone may be a byline. pages14 dev:
        one, under its caption, annotated; none on the other dev pages, the fresh pages or the WMT references.

        A link to another article set between the article's paragraphs, with its teased title: a ``related`` label
        (関連記事, こんな記事も読まれています: a box's heading, in any language) or a ``link-out`` label in another
        language than the article's (READ MORE on a Japanese page: the source page's link, carried over with its
        title), on a line of its own (after a heading's mark, or framed: 【関連記事】, ★…★), and the title after a colon
        on its line or alone on the next line with text. A title is a headline: one line, no 。 in it, no sentence mark
        ending it, no list's bullet, address or label; and the article goes on after it (after a title on a line of its
        own, with a sentence). One finding for the label and its title. A box of titles one a line at the text's end
        keeps its heading's finding alone (closing labels, above), a list of links after 関連記事: (a help page's own)
        and a site's own link in the article's language (続きを読む) stay quiet. pages14 and pages15 dev: 3 such links
        (two in English, copied from the source page), all annotated as label and title; none on the fresh pages
        (a help center's 関連記事: with its bulleted list stays quiet) nor in the WMT English→Japanese references.
        On a Japanese page a Korean or a Chinese skip link (본문 바로가기, 跳至内容: the wording of KWCAG's and WCAG's
        skip navigation) is an ``interface`` string too, its line alone (pages11 dev annotates a Korean site's own
        skip link as page chrome; that one site's wording is not listed).

        The author's byline, copied with the text, in the page's header (before the text's first 。, as for a
        header's figure): a person's name in katakana alone on its line, two words or more joined by ・ or ＝, each
        one word that IPAdic reads as a person's name (人名) or does not know (most foreign names; a word it knows
        otherwise makes the line a title or a place: ワンダフル・ジャパン), or a name in Latin letters (one to three
        capitalised words) on two lines in a row, a byline's two prints of it (its avatar, then its link). It must
        be the header's only one (and a katakana name line the text's only one: names one a line in the article are
        a list, a dialogue's speakers, captions), and no word of the name may stand elsewhere in the text: a byline
        names who wrote the article, a heading that names its subject is repeated in its prose. pages11 and pages14
        dev: two katakana bylines right above the lead and one Latin name printed twice, all annotated; none
        elsewhere in pages11-15, on the fresh pages or in the WMT English→Japanese references (one reference is a
        byline alone, without a 。, and stays quiet).

        A row of share buttons run into a line after a sentence counts on any line, not only the text's last, where
        it runs to the line's end or to a date in figures (the post's date, which themes print beside their buttons:
        …と発表した。 X Facebook はてブ Pocket LINE コピー 2026.01.15 …, the captions of the Cocoon WordPress
        theme's buttons, its copy button's コピー a ``share`` row); a sentence that names the services goes on in
        words. pages16 dev: one such row, annotated; none on the other dev pages (pages11-15), the fresh pages or in
        the WMT English→Japanese references. And a text printed twice on one line, the two prints parted by one
        space where the line break between them was lost (a byline's avatar's alt text and its link: …編集部 …編集部),
        by the rule for a heading printed twice (8 characters or more in kana or kanji, no sentence mark ending it),
        the text nowhere else: pages16 dev, one, annotated; none elsewhere in pages11-15, on the fresh pages or in
        the WMT references.

        Fix (the message says it; there is no one-line suggestion): delete the line.
    """

    id = "embed.page-furniture"
    category = "markup/embed"
    severity = "minor"
    summary = "A web page's interface label (Advertisement, Placeholder Image) left on a line of the article"
    fix = "none"  # deleting the line is the fix; a suggestion replaces a span and cannot remove a line
    languages = None
    tables = (PageFurnitureRow, LanguageRow, TopLevelDomainRow, PictureAgencyRow)
    bad = "新工場の建設が始まった。\nADVERTISEMENT\n稼働は来年の予定だ。"
    good = "新工場の建設が始まった。\n稼働は来年の予定だ。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        lines = [line for line in ctx.analysis.memo(page_furniture) if line.row.kind not in TEXT_KINDS]
        blocks = counter_blocks(doc.text, ctx.lexicon)
        teasers = teaser_blocks(doc.text, ctx.lexicon)
        own = get_pack(doc.lang).code
        links_in = related_links(doc.text, ctx.lexicon, doc.lines, own)
        if links_in:  # a box's heading with its title: one finding, the heading's own (closing_labels) left out
            teasers = sorted(
                teasers + [link for link in links_in if all(t.start != link.start for t in teasers)],
                key=lambda line: line.start,
            )
        openings = line_openings(doc.text, ctx.lexicon)
        shares = share_rows(doc.text, ctx.lexicon, openings) if openings else []
        notices = host_notices(doc.text, ctx.lexicon, openings) if openings else []
        figures = figure_runs(doc.text, openings) if openings else []
        headers = header_figures(doc.text, openings, figures) if openings else []
        weather = weather_widgets(doc.text, openings) if openings else []
        boxes = empty_boxes(doc.text, openings) if openings else []
        fields = empty_fields(doc.text, ctx.lexicon)
        lists = empty_lists(doc.text)
        credits = empty_credits(doc.text, ctx.lexicon)
        tags = markup_tags(doc.text)
        buttons = counter_buttons(doc.text, ctx.lexicon, openings) if openings else []
        encoded = encoded_markup(doc.text)
        emphasis = markdown_emphasis(doc.text)
        stranded = stranded_markdown(doc.text)
        posts = post_navigation(doc.text)
        photos = photo_credits(doc.text)
        # Both need a web address's scheme: one search for it (2 µs an article in Japanese text) serves the two.
        linked = "http" in doc.text
        links, cut = (link_outs(doc.text, ctx.lexicon), cut_links(doc.text)) if linked else ([], [])
        own_links = permalinks(doc.text) if linked else []
        stamps = machine_timestamps(doc.text)
        captions = copyright_captions(doc.text)
        trails = breadcrumbs(doc.text)
        agencies = agency_lines(doc.text, ctx.lexicon)
        bylines = header_bylines(doc.text)
        anchors = heading_anchors(doc.text, ctx.lexicon)
        alts = header_alt_texts(doc.text)
        slots = template_slots(doc.text)
        switchers = ctx.analysis.memo(language_menus)
        tickers = price_tickers(doc.text)
        keywords = keyword_lists(doc.text)
        votes = vote_counters(doc.text, ctx.lexicon)
        closers = closing_labels(doc.text, ctx.lexicon, doc.lines)
        if links_in and closers:
            closers = [line for line in closers if all(not link.start <= line.start < link.end for link in links_in)]
        dates = date_stamps(doc.text, ctx.lexicon)
        copies = copied_lines(doc.text, doc.lines)
        numbered = numbered_alt_texts(doc.text)
        glued = glued_share_rows(doc.text, ctx.lexicon)
        titles = site_titles(doc.text, ctx.lexicon)
        text = doc.text
        readings = pinyin_readings(text)
        sheets = style_sheets(doc.text)
        # A row of links runs into a style sheet copied right after it (… · TWL.mw-parser-output): it ends there.
        rows = [(start, min([end] + [at for at, _ in sheets if start < at < end])) for start, end in link_rows(text)]
        found = (lines, blocks, teasers, shares, notices, fields, figures, boxes, lists, credits, tags, buttons)
        more = (encoded, emphasis, stranded, posts, photos, headers, weather, links, cut, anchors, alts, slots)
        widgets = (switchers, tickers, keywords, votes, closers, dates, copies, numbered, glued, titles)
        menus = menu_bars(doc.text)
        chrome = (readings, sheets, rows, menus, own_links, stamps, captions, trails, agencies, bylines)
        if not any(found) and not any(more) and not any(widgets) and not any(chrome):
            return
        # What each finder found, what it is and what the editor does, in the order the findings come.
        kinds: list[tuple[Sequence[tuple[int, int]], str, str]] = [
            (shares, "a row of the page's share buttons", "Delete the line."),
            (notices, "a blog host's notice about its ads", "Delete the lines."),
            (fields, "a byline's or a date's fields whose values were lost", "Fill them in or delete them."),
            (figures, "a row of counters of the page's buttons (shares, comments, views)", "Delete the lines."),
            (boxes, "an empty box the page drew with text rules", "Delete the lines."),
            (lists, "a list (tags, categories) whose items were lost", "Delete it."),
            (credits, "a credit whose name was lost", "Put the name back or delete the credit."),
            (tags, "a tag of the page's HTML", "Delete it."),
            (buttons, "a social widget's counters and buttons (fans, followers)", "Delete the lines."),
            (encoded, "an embed's code, percent-encoded", "Re-embed the post or delete the code."),
            (emphasis, "Markdown's emphasis, its markers left as text", "Delete the asterisks."),
            (stranded, "a Markdown marker of a heading or a list item, inside a line", "Start a line there."),
            (posts, "a blog's links to the previous and the next post (« … | Main | … »)", "Delete it."),
            (photos, "a photo's credit, left where its photo and caption were", "Delete it."),
            (headers, "a counter beside the headline (views, comments, likes) without its icon", "Delete it."),
            (weather, "a weather widget of the page's top bar (temperature and place)", "Delete the lines."),
            ([(line.start, line.end) for line in links], "a link to the full story, its label and address written out",
             "Delete it."),
            (cut, "a link's address cut off after its scheme", "Delete it."),
            (anchors, "a heading's permalink icon", "Delete it."),
            (alts, "the alt text of the page's dropped image (its headline and a word for it)", "Delete it."),
            (slots, "the name of a writing template's slot, left before its text", "Delete it."),
            (switchers, "the page's language menu (each language in its own name)", "Delete the lines."),
            (tickers, "a market ticker of the page's top bar (symbol, price, change)", "Delete the lines."),
            (keywords, "a list of search keywords (an image's alt text, the page's keywords)", "Delete it."),
            (votes, "the vote buttons of a reader's comment, with their counts", "Delete them."),
            *(([(line.start, line.end)], _CLOSERS[line.row.kind], "Delete the line.") for line in closers),
            (dates, "the page's date stamp (its date in figures, its time at most)", "Delete it."),
            (copies, "a heading, a caption or a byline the page printed twice (a title and its headline, a byline)",
             "Delete the copy."),
            (numbered, "a dropped photo's alt text (the headline, a dash and the photo's number)", "Delete it."),
            (glued, "a row of the page's share buttons, run into the text", "Delete it."),
            (titles, "the site's title (its address and tagline), as a browser's tab shows it", "Delete it."),
            (readings, "a Chinese character's reading in pinyin, its tone marked, from the source page's ruby",
             "Delete it: Japanese gives a reading in kana, if at all."),
            (sheets, "the page's style sheet (CSS), copied as text", "Delete it."),
            (rows, "a row of the page's links set apart by middle dots (a navigation or template bar)", "Delete it."),
            (menus, "the site's navigation bar (its menu's labels), as the text's first line", "Delete it."),
            (own_links, "the page's own address under its title (a share box's or a print view's)", "Delete it."),
            (stamps, "the page's timestamp as its metadata writes it (RFC 3339)", "Delete it."),
            (captions, "a dropped photo's caption with its credit (© photographer / agency)", "Delete it."),
            (trails, "the page's breadcrumb trail (its navigation from the home page)", "Delete it."),
            (agencies, "a dropped photo's credit, a picture agency's name alone", "Delete it."),
            (bylines, "the author's byline, a name alone above the article's first sentence",
             "Delete it, or credit the author the publication's way."),
        ]
        for spans, what, fix in kinds:
            for start, end in spans:
                if ctx.in_embed(start, end):
                    continue
                excerpt = doc.text[start:end].replace("\n", " / ")
                if len(excerpt) > EVIDENCE_MAX_CHARS:
                    excerpt = excerpt[: EVIDENCE_MAX_CHARS - 1] + "…"
                message = f"'{excerpt}' is {what}: the web page's interface, copied with the article's text. {fix}"
                yield self.finding(doc, start, end, message)
        names = {row.code: row.name for row in ctx.lexicon.table(LanguageRow)}
        for teaser in teasers:
            if ctx.in_embed(teaser.start, teaser.end):
                continue
            label = doc.text[teaser.start : doc.text.index("\n", teaser.start)]
            if "\n" in doc.text[teaser.start : teaser.end]:
                message = (
                    f"'{label}' and the line after it are a related-article box (its label and the teased headline), "
                    "flattened into the article's body. Delete the two lines."
                )
            else:
                message = (
                    f"'{label}' is a related-article link (its label and the teased headline), flattened into the "
                    "article's body. Delete the line."
                )
            yield self.finding(doc, teaser.start, teaser.end, message)
        for start, end, row in blocks:
            if row.lang == own or ctx.in_embed(start, end):
                continue
            message = (
                f"'{doc.text[start:end]}' are the counters of a channel's page, in {names.get(row.lang, row.lang)}: "
                "the web page's interface, copied with the post. Delete the lines."
            )
            yield self.finding(doc, start, end, message.replace("\n", " / "))
        for line in lines:
            if line.row.lang == own and line.row.kind not in _ANY_LANGUAGE:
                continue
            what = _FURNITURE_KINDS.get(line.row.kind, "a label of the page's interface")
            language = "" if line.row.kind in _NO_LANGUAGE else f", in {names.get(line.row.lang, line.row.lang)}"
            after = doc.text[line.end : line.end + 1]
            fused = bool(after) and not after.isspace()  # Sponsored新型車が…
            tail = "the article's text and run into it. Delete it." if fused else "the article's text. Delete the line."
            excerpt = doc.text[line.start : line.end]
            if "\n" in excerpt:  # an interface string's block (furniture.interface_blocks)
                excerpt = " / ".join(part.strip() for part in excerpt.split("\n") if part.strip())
                excerpt = excerpt if len(excerpt) <= EVIDENCE_MAX_CHARS else excerpt[: EVIDENCE_MAX_CHARS - 1] + "…"
                tail = "the article's text. Delete the lines."
            message = f"'{excerpt}' is {what}{language}: the web page's interface, copied with " + tail
            yield self.finding(doc, line.start, line.end, message)


class ImageName(Rule):
    """Finds a line that holds only an image's file name or address: IMG_0123, photo-560x373, …/photo.jpg.

    Why it matters:
        When a scraper, a reader view or a content system drops a photo, what stays is often its name: a camera's file
        name used as alt text, a thumbnail's name, the bare address of the image. A reader sees a code between two
        paragraphs where a picture was, and a publication that reprints the text prints it.

    How it decides:
        A line with nothing on it but one of: a camera's file name as the DCF standard for cameras names files (four
        upper-case letters, digits or _, the first three letters, then four digits: IMG_8663, DSC04646, PXL_…; a word
        and a year, Expo2025 or EXPO2025, is a heading or a logo's text, not a camera's name: a camera counts from
        0001 to 9999, and few of its numbers are years from 1900 to 2099); a name ending in the size a content
        system gives a thumbnail (-560x373); a file name or address ending in an image extension (.jpg, .png, .gif,
        .webp); Hatena Blog's notation for a photo (f:id:user:20240101123456j:plain, the user, the upload time and
        the format, as its help pages write it); an identifier, one word of letters, digits, _ - . with a run of 7
        digits or more (a date stamp 20150919_01, a timestamp 20200924210419, a slug with its number, an article's
        id), or a content hash (32 hexadecimal digits), since no quantity is written as such a run of digits; but not
        a number a page prints as content: a Japanese telephone number (0 and nine or ten digits), an EAN-13 code
        with a JAN or ISBN prefix (45, 49, 978, 979) and a check digit that holds (a product's or a book's), or an
        ISBN-10 of the Japanese group 4 whose check holds. In the
        annotated real pages: 5 such lines, on three sites of the blind set pages6, all annotated as a dropped image,
        and 5 Hatena photos on one page of pages7; the identifiers, 5 lines on four sites (pages5, pages7, pages8), all
        annotated, and on the fresh pages 7 more (date stamps, timestamps, a stock photo's name, a hash), each where a
        photo was; one more on the fresh pages (a camera's name between two paragraphs); none in the other dev sets
        nor in the WMT texts. A name inside a sentence, or beside a caption on its line, stays quiet. Three more forms
        of a photo's name: one after the prefix of a wiki's File namespace alone on its line (MediaWiki's File:,
        Image:, ファイル:, 画像:); a name that is an identifier with an image extension of IANA's registry (jpeg, png,
        gif, webp), opening a line that runs on in another script (c0012345_1234567.jpgここ…: the line break after it
        lost); and two lines or more that each hold a name of one numbered series, a lower-case stem and its number
        (house1, house2: headings number their steps capitalised, Day1, STEP2, and one such word alone may be a word,
        web3). pages9: one of each on three sites, the series 5 lines, all annotated; none elsewhere, on the fresh
        pages or in the WMT texts. And a photo's caption with its file name, as a blog host writes the alt text (the
        post's title, then the name it gave the upload: …Machu Picchu_b0012345_20240101.jpg): a line made of one such
        pair or more, one after another, each name an identifier or a camera's name with an image extension, no
        sentence mark in a caption (a sentence, then a name, stays quiet); each photo's caption with its name is one
        finding. pages15: 5 such photos on one blog's page (3 lines), all annotated as dropped images, where
        language.untranslated had 2 wrong findings; none elsewhere in pages11-15, on the fresh pages or in the WMT
        texts.

        Fix (the message says it; there is no one-line suggestion): put the photo back, or delete the line.
    """

    id = "embed.image-name"
    category = "markup/embed"
    severity = "minor"
    summary = "A dropped photo's file name, address or id left alone on a line (IMG_0123, photo-560x373)"
    fix = "none"  # the photo, or deleting the line, is the fix: a suggestion replaces a span and cannot remove a line
    languages = None
    bad = "新工場の建設が始まった。\nIMG_0412\n稼働は来年の予定だ。"
    good = "新工場の建設が始まった。\n稼働は来年の予定だ。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        names = [(start, end, False) for start, end in image_name_lines(doc.text)]
        captions = [
            (start, end, True)
            for start, end in ctx.analysis.memo(photo_captions)
            if not any(low < end and start < high for low, high, _ in names)  # a wiki's File: and its name
        ]
        for start, end, captioned in sorted(names + captions) if captions else names:
            if ctx.in_embed(start, end):
                continue  # a flattened post's photo link is the post's
            what = "a dropped photo's caption and file name" if captioned else "the name or id of a photo or an item"
            yield self.finding(
                doc,
                start,
                end,
                f"'{doc.text[start:end]}' is {what} that was dropped from the page: put the photo back or delete "
                "the line.",
            )


RULES = (FlattenedEmbed, PageFurniture, ImageName)

"""Register rules: one article, one register (文体).

Machine translation often switches between the polite and the plain style sentence by sentence, which a
Japanese reader notices at once. The sentences are classified by ``auditor.analysis.register``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from auditor.analysis.register import (
    PLAIN,
    POLITE,
    Classifier,
    Ending,
    announced_quotations,
    article_starts,
    classifier,
    ending_of,
    is_noun_char,
    register_sentences,
    talk_sentences,
    the_articles_own,
)
from auditor.document import Document
from auditor.findings import Finding
from auditor.lexicons.schema import BoilerplateCueRow, RegisterEndingRow
from auditor.rules.base import Context, Option, Rule

_STYLE_NAME = {POLITE: "polite です/ます style", PLAIN: "plain だ/である style"}


def _suggestion(text: str, found: Ending, other: str) -> str:
    """The excerpt with its ending swapped to the other register, or "" when the swap is not safe."""
    if other.startswith("N:"):
        before = text[found.ending_start - 1] if found.ending_start > 0 else ""
        if not before or not is_noun_char(before):
            return ""
        other = other[2:]
    if other.endswith("だ") and found.particle.startswith("か"):
        return ""  # 問題ですか → 問題か, not 問題だか
    return text[found.word_start : found.ending_start] + other + found.particle


class MixedRegister(Rule):
    """Finds prose sentences of one article that switch between the polite and the plain register.

    Why it matters:
        A Japanese reader notices the switch at once, and it is one of the plainest signs of raw machine translation.

    How it decides:
        Each body sentence (not headings, whole-sentence quotations or social embeds; a list item only when it is a
        whole sentence ending in 。; no table row, whose cells, between two separators or more, | or tabs, hold notes in
        their own register, as a list's items do) is classified by its final predicate: polite (です, ます, でした,
        ません, でしょう…), plain (だ, である, た, ない, the dictionary forms of verbs, i-adjectives, 〜たい…) or
        neither (体言止め nominal endings, a native numeral and its counter つ, …理由が一つ。, 2つ。, which the row
        of the verbs' dictionary form つ read as plain, ようだ with だ left off (増えているよう), questions without a
        predicate, a
        closing quotation mark, requests such as ご覧ください or ご協力をお願いします, which plain-style news also
        uses, since its 常体 is the narration's, not how it asks the reader; thanks or congratulations to the reader,
        ありがとうございます, a greeting formula like ありがとう). When both registers
        occur, every sentence of the less frequent one is reported: one finding per sentence, pointing at the final
        predicate (the word the ending belongs to, its ending and particle: 始まりました, 間違いだ, でしょうか), which
        is what the editor rewrites.

        Not the article's register, so neither counted nor reported (each measured on real machine-translated pages,
        where they were a third of the false findings): a sentence that ends inside a quotation opened before it on its
        line, or on the lines above it when they break off mid-sentence (市長は「…始めます。), also in double quotation
        marks (“…”, or ”…” and "…" when the marks pair up on the line: a stray one quotes nothing; fresh real pages of
        55 new sites: a page's 4 false findings); the Japanese lines of a bilingual page, each beside the English it
        translates (auditor/analysis/parallel.py: a translation exercise, not the article); the turns of an interview
        transcript (lines opened by speaker labels, two or more labels each opening two lines or more: 記者：… 市長：…,
        and the interviewer's questions opened by a doubled dash, two such lines or more: ――エンジニアだった。,
        plain beside polite answers in a Japanese interview's layout; fresh pages of issue fresh32b: 1 false finding);
        a block quotation that a sentence announces (次のように発表した。, 以下のとおり, …を転載しておこう。:
        引用の予告; also the page presenting somebody else's text, in the present: …のインタビューを紹介する。,
        本日も…の記事を紹介します。, before an interview or the summaries of another outlet's articles: dev pages 4
        false findings, pages5 4, fresh pages 3 go, no true one), which the page's text no longer sets off: the
        sentences after the announcement in the other register, up to the first one back in the announcing sentence's
        register (a company's statement, a message or an interview reproduced in its own register); a line that the page
        prints twice (a banner or a teaser: an article says each sentence once; fresh pages: a banner's 2 false
        findings); a line holding an emoji (🚨…, 👇), a post's text that the page carries without its markup (news prose
        writes none; a bitcoin exchange's post quoted line by line in a plain article made 3 false findings on pages2);
        the text of a flattened social-media post, which the embed's block leaves out when it reads like prose: the text
        before a post's closing leftover on the line it ends (…です。 pic.twitter.com/…, a t.co link, the author line —
        名前 (@handle) 日付), or the line directly above when the leftover stands alone on its line, back no further
        than a post can be long (280 characters; a bare permalink or a player overlay closes no post); a line of at most
        100 characters holding a cue of ``boilerplate.tsv`` (a copyright footer, a paywall notice, a reading-time line,
        a blog service's ad or comment notice, the site's description of itself, …を発信するブログです, a disclaimer of
        liability or of advice, …一切の責任を負いません, …売買のアドバイスではありません, a notice on an external link:
        the site's furniture, in the site's register; pages10: 4 false findings), and a notice's next line in its block
        (directly above or below it, no blank line between, at most 100 characters, in the notice's register: a notice
        of two or three sentences set one to a line, only one of which holds a cue; pages8: a blog service's ad notice
        and a site's note on its articles, 2 false findings; no other change on the dev sets); on a longer line, a
        notice set as a paragraph: the sentence holding a notice's cue (not a site's description of itself, …サイトです,
        which is prose in a paragraph) and the sentences around it in its register, up to the first that is not (an
        affiliate disclosure before the article, 当サイトはアフィリエイト広告を利用しています。…: pages7, 4 false
        findings; the article's sentences on the same line, in the other register, stay the article's), or a line of any
        length opened by a notice's label (免責事項：…, a disclaimer that runs to several sentences); a photo caption as
        Japanese news writes it, plain whatever the article's register (記者ハンドブック: 写真説明), with the day it was
        taken in brackets closing a line that holds no 。 (…に応じる（2026年3月5日）), or a short line closed by its
        credit (…点検する消防士。写真：AFP, …の純流入。出典：…); like a plain sentence ending in ? or !, a plain
        question ending in か (何が変わったのか。); a sentence of either register that ends in a conversational particle
        (よ, ね, わ, ぞ…: 無料だよ。, 大きな額ですね。), which is talk addressed to someone in the register the speaker
        takes with them, not narration (the particles of 話し言葉 that news prose does not use; on the clean WMT
        references, dialogue and posts, such sentences made 6 of its 20 false findings), and likewise one ending in
        のだ/のです contracted to んだ/んです (見られるんだ。, そうなんです。), the spoken form that written narration
        spells out (日本語記述文法研究会『現代日本語文法』: ん is the colloquial form of の; on the WMT references, 2 of
        the 13 false findings left, both in dialogue; a sentence ending so on the dev pages never held a mixing mistake
        that the annotators marked), or one that goes on from a clause in んです outside a quotation
        (…長くかかるんですが、…です。: pages4, a coach's comments, 1 false finding; no verb ends in んです, while んだ +
        が is also the plain past 読んだが, left alone), or one opened by an interjection (感動詞: ああ、お気の毒です。,
        まあ、そうでしょう。), a word of dialogue that narration does not write (WMT references: 1 false finding goes;
        no change on the dev pages); a translator's note, the sentence in which the page says it translated the text it
        carries (…の記事を英語から翻訳したものです。, 現地の反応を訳してまとめました。, or that it carries one:
        …の演説とその対訳を載せます。): the translator's voice, not the translated article's (pages2 and pages4: a
        false finding each goes; pages10 one), and the preface it stands in: the sentences around it in its register, up
        to the first in the other register or a heading (皆さま、お元気ですか。⏎米国の記事を訳してお届けします。全四回の
        二回目です。…⏎分散台帳とは⏎…を指す。: the translator introducing the translation before it begins);
        a note opened by the reference mark ※ (米印, which Japanese writing sets before a note:
        ※この件は地元でも報道されています。), or by one asterisk opening its line with the note's words directly after
        it (*内容を追加しました。, a wire story's update note; not "* " , a Markdown bullet, nor *…* or **…**,
        emphasis), the editor's, translator's or blogger's remark in their own register, over its line when it opens the
        line, else the sentence it opens (a ※ after a word refers to a note set elsewhere), and over the lines under it
        when the note closes the text, each a notice's length (100 characters), no blank line between
        (※この記事は自動翻訳…⏎内容には…場合がございます。: the page's foot, where the article does not resume); the
        lines of an index of teasers, a page most of whose paragraphs (three or more, at least half of those that hold a
        。) are cut short with an ellipsis, a read-more link in brackets at most after it (…と述べました。
        ...[記事詳細]): each is another article's opening, in its own writer's register; a site's comment form under the
        article (WordPress's メールアドレスが公開されることはありません, in ``boilerplate.tsv``); measured on 41 fresh
        pages of 41 sites no annotated set holds (issue fresh32, every finding judged by hand): register.mixed 1 right
        of 15 → 1 of 3 (a translator's preface 3, index pages 4, a closing note 2, a wire's update note 1, a comment
        form 1, a blog-ranking plea in お願いします 1 false finding gone; the right one kept), no change on the three
        dev sets (pages11–13) or the WMT references; and a blogger's comment under the label that names the page's
        writer as its speaker (以下、管理人, 訳者より: the lines below it, up to a blank line), the writer speaking as
        themselves beside the article they carry (pages10: 4 false findings, no other change on the dev sets); a
        sentence holding a circled number (①…⑳) or a number in brackets where an item starts ((1), （２）: 括弧数字,
        the same device; not an age,
        山田太郎さん(45); fresh pages: a question list's item, 1 false finding; no change on the dev sets) that
        enumerates a list run into the paragraph, whose item it ends in, in the list's register (as a list line is left
        out); and the last sentence of a text that breaks off without a sentence mark (a page excerpt cut at a length
        limit: …手順を試しながら進める), whose last word need not be its predicate.

        A page whose own prose (a quotation's sentences are not read) holds a sentence ending in a sentence-final
        particle (終助詞, as IPAdic tags it: 大きな額ですね。, 楽しかったよ〜。, また行きたいなあ。, 冬が好きですもん。;
        not か, a question) is not judged at all: the writer speaks to the reader in a personal voice (a diary, a blog,
        a column, a post), in which polite and plain sentences alternate by design and an editor leaves them be, while
        machine translation of news mixes the written plain style with です/ます without such particles. Measured: on
        the five dev sets (pages11–15) no page with a register mistake the annotators marked holds one; fresh pages of
        issues reg33, fresh32 and fresh32b, judged by hand: 10 false findings on 7 native blogs and diaries go, the 9
        right ones, all kept, stand on pages without one (reg33 23 → 16, fresh32 3 → 1, fresh32b 11 → 10); pages15 1
        false finding, the WMT references' posts 5 (9 → 4). Also not the article's: a post quoted in double angle
        brackets (《…でした。》などと投稿した, as Japanese web news quotes one), like a sentence inside 「」 (pages11: 2
        false findings), and a quotation set as paragraphs, opened by 「 at a line's start and closed by its 」 on a
        later line (a blog quoting a news site's passage; reg33: 2 false findings, none on the dev sets).

        A page that prints two articles or more, each opened by its headline printed twice (the title and the
        heading: a category page of whole summaries, one polite, the next plain), is judged article by article, from
        one copied headline to the next: each article is in its writer's register (fresh pages of issue fresh32b, 41
        pages of 41 sites no annotated set holds: a category page of translated Taiwanese news, 6 false findings; with
        the interview's questions and the numeral つ, register.mixed 3 right of 19 → 3 of 11, no right one lost; no
        change on the dev sets pages11–13, the WMT references or the injected benchmark).

        Thresholds (deterministic): nothing is reported while the majority register has fewer than ``min_majority``
        sentences. On a tie, the register of the article's first classified sentence is kept and the other one is
        reported.

        Where we differ from textlint's no-mix-dearu-desumasu, deliberately: it counts only である as plain and so
        misses だ-form mixing entirely (this rule reads だ, た, ない and the dictionary forms too); it checks headings
        and list items as groups of their own (here they are left out); and it reports a 1–1 article (here
        ``min_majority`` keeps quiet).

        The suggestion swaps the ending only where that is right whatever precedes it (でしょう ↔ だろう, のです ↔
        のだ, ています ↔ ている, a noun + だ ↔ です…); verb endings whose stem changes (ました → た) get none.
    """

    id = "register.mixed"
    category = "fluency/register"
    severity = "minor"
    summary = "Polite (です/ます) and plain (だ/である) sentences mixed in one article"
    fix = "unsafe"  # a register swap is grammar: it needs a reader
    languages = frozenset({"ja"})
    tables = (RegisterEndingRow, BoilerplateCueRow)
    options = (
        Option(
            "min_majority",
            int,
            2,
            "How many sentences the majority register needs before the other register's sentences are reported. "
            "Default 2: one sentence of each register is no evidence of which one the article means (textlint "
            "reports that 1–1 article); a publication that wants more evidence sets 3.",
        ),
    )
    bad = "新製品は来月発売されます。価格は手頃だ。多くの店で扱われる予定です。"
    good = "新製品は来月発売されます。価格は手頃です。多くの店で扱われる予定です。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        compiled = classifier(ctx.lexicon)
        text = doc.text
        analysis = ctx.analysis
        candidates = register_sentences(analysis)
        house = ctx.style.get("register")
        if not (candidates[POLITE] and candidates[PLAIN]) and house not in (POLITE, PLAIN):
            return  # one register throughout (most articles): the filters below can only take sentences away
        own = {
            register: [pair for pair in candidates[register] if the_articles_own(analysis, pair[0])]
            for register in (POLITE, PLAIN)
        }
        # A block quotation announced by the sentence before it (次のように発表した。) runs on in the other register.
        quoted = announced_quotations(analysis, [s for s, _ in own[POLITE]], [s for s, _ in own[PLAIN]])
        polite = [match for sentence, match in own[POLITE] if sentence.start not in quoted]
        plain = [match for sentence, match in own[PLAIN] if sentence.start not in quoted]
        if house in (POLITE, PLAIN):
            yield from self._judge(doc, compiled, polite, plain, house)
            return
        # A writer who speaks to the reader with a sentence-final particle (…ですね。, …たよ〜。) writes in a personal
        # voice, in which polite and plain sentences alternate by design.
        talk = analysis.memo(talk_sentences)
        starts = analysis.memo(article_starts)
        # A page of several articles, each opened by its headline printed twice: each in its writer's register.
        size = len(text)
        for low, high in zip((0, *starts), (*starts, size + 1), strict=True):
            if bisect_left(talk, high) > bisect_left(talk, low):
                continue
            yield from self._judge(
                doc,
                compiled,
                [match for match in polite if low <= size - match.endpos < high],
                [match for match in plain if low <= size - match.endpos < high],
                None,
            )

    def _judge(
        self,
        doc: Document,
        compiled: Classifier,
        polite: list[re.Match[str]],
        plain: list[re.Match[str]],
        house: str | None,
    ) -> Iterator[Finding]:
        """The findings of one article's counted sentences: every sentence in the minority register (or, with a house
        register configured, in the other one)."""
        text = doc.text
        # The register of the first sentence counted (on a tie the article keeps it); matches run backwards.
        first = POLITE if polite and (not plain or polite[0].endpos > plain[0].endpos) else PLAIN
        if house in (POLITE, PLAIN):
            # The configured house register: every sentence in the other one contradicts it.
            majority = house
            kept, flagged = (polite, plain) if majority == POLITE else (plain, polite)
        else:
            if not polite or not plain:
                return
            # On a tie the article keeps the register it opened with.
            majority = first if len(polite) == len(plain) else POLITE if len(polite) > len(plain) else PLAIN
            kept, flagged = (polite, plain) if majority == POLITE else (plain, polite)
            if len(kept) < self.option("min_majority"):
                return
        minority = PLAIN if majority == POLITE else POLITE
        if house == majority:
            context = f"The house style is the {_STYLE_NAME[majority]}"
        elif len(kept) > len(flagged):
            context = f"The article mostly uses the {_STYLE_NAME[majority]} ({len(kept)} sentences to {len(flagged)})"
        else:
            context = (
                f"The article uses the {_STYLE_NAME[majority]} and the {_STYLE_NAME[minority]} equally "
                f"({len(kept)} sentences each) and opens in the {_STYLE_NAME[majority]}"
            )
        for match in flagged:
            found = ending_of(compiled, match)
            form = found.ending + found.particle
            message = f"{context}, but this sentence ends in the {minority} form '{form}'; rewrite it to match."
            other = compiled.others.get(found.ending, "")
            suggestion = _suggestion(text, found, other) if other else ""
            yield self.finding(doc, found.word_start, found.end, message, suggestion=suggestion)


RULES = (MixedRegister,)

"""Social-media posts whose embed was flattened into plain text."""

from __future__ import annotations

from collections.abc import Iterator

from auditor.document import Document
from auditor.findings import Finding
from auditor.lexicons.schema import EmbedPatternRow
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
}
EVIDENCE_MAX_CHARS = 60


class FlattenedEmbed(Rule):
    """Finds a social-media post whose embed became plain text: the post's lines plus its leftovers.

    Why it matters:
        When a CMS or a machine-translation pipeline drops an embed's markup, the reader gets the post's text as if
        the article said it, followed by debris: ``pic.twitter.com/…`` links, an attribution line ``— Name (@handle)
        date``, Instagram's この投稿をInstagramで見る … さん(@handle)がシェアした投稿, a bare ``youtu.be/…`` line. The
        article looks broken and the post's words lose their author.

    How it decides:
        One finding covers the whole block, from the first line of the post's text to the end of its last leftover
        line (how the block is found: ``auditor/analysis/embeds.py``; the patterns: ``lexicons/*/embeds.tsv``). A URL
        that the article cites inside a sentence is not an embed and stays quiet.

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


RULES = (FlattenedEmbed,)

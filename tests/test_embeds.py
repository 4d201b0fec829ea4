"""embed.flattened and auditor.analysis.embeds: flattened social-media embeds, textlint style.

``INVALID`` cases give the text and every finding of the rule, exactly (rule, excerpt, start, end,
suggestion); ``VALID`` texts must give none. All texts are written for these tests.
"""

from __future__ import annotations

import dataclasses
import itertools

import pytest

import auditor
from auditor.analysis.context import Analysis
from auditor.analysis.embeds import EmbedBlock, find_embed_blocks
from auditor.document import Document
from auditor.lexicons import Lexicon, LexiconError, get_lexicon

RULE = "embed.flattened"
# Article prose around the embeds: one line each, long and ending in 。, so no block may claim them.
P = "同社は30日、家庭用ロボットの新型モデルを発表し、年内に国内で発売すると明らかにした。"
Q = "発表を受けて、同社の株価は一時前日比8%高まで上昇した。"
# The end of a flattened tweet: its photo link and its attribution line.
END = " pic.twitter.com/Ab12Cd34Ef\n— サンプル重工 (@sample_heavy) 2026年1月30日"


def findings(text: str) -> list[tuple[str, str, int, int, str]]:
    report = auditor.audit(text, lang="ja")
    assert [error for error in report.errors if error[0] == RULE] == []
    return [(f.rule, f.excerpt, f.start, f.end, f.suggestion) for f in report.findings if f.rule == RULE]


INVALID = [
    (
        "ja-date",
        P + "\n新しい工場が完成しました pic.twitter.com/Ab12Cd34Ef\n— サンプル重工 (@sample_heavy) 2026年1月30日\n" + Q,
        [
            (
                RULE,
                "新しい工場が完成しました pic.twitter.com/Ab12Cd34Ef\n— サンプル重工 (@sample_heavy) 2026年1月30日",
                44,
                119,
                "",
            )
        ],
    ),
    (
        "en-date",
        P + "\nOur new robot is here\n— Jane Doe (@janedoe) January 30, 2026\n" + Q,
        [(RULE, "Our new robot is here\n— Jane Doe (@janedoe) January 30, 2026", 44, 104, "")],
    ),
    (
        "dmy-en-dash",
        P + "\nOur new robot is here\n– Jane Doe (@janedoe) 30 January 2026\n" + Q,
        [(RULE, "Our new robot is here\n– Jane Doe (@janedoe) 30 January 2026", 44, 103, "")],
    ),
    (
        "abbrev-hyphen",
        P + "\nOur new robot is here\n- Jane Doe (@janedoe) Jan 30, 2026\n" + Q,
        [(RULE, "Our new robot is here\n- Jane Doe (@janedoe) Jan 30, 2026", 44, 100, "")],
    ),
    (
        "czech",
        P + "\nNový robot je tady\n— Jan Novák (@jnovak) 30. ledna 2026\n" + Q,
        [(RULE, "Nový robot je tady\n— Jan Novák (@jnovak) 30. ledna 2026", 44, 99, "")],
    ),
    (
        "slash-bar-nospace",
        P + "\n新型ロボット、ついに登場\n―山田太郎(@yamada_t) 2026/01/30\n" + Q,
        [(RULE, "新型ロボット、ついに登場\n―山田太郎(@yamada_t) 2026/01/30", 44, 84, "")],
    ),
    (
        "fullwidth-parens",
        P + "\n新型ロボット、ついに登場\n— 山田太郎（@yamada_t） 2026年1月30日\n" + Q,
        [(RULE, "新型ロボット、ついに登場\n— 山田太郎（@yamada_t） 2026年1月30日", 44, 85, "")],
    ),
    (
        "katakana-nospace",
        P + "\n新型ロボット、ついに登場\n— ジョン・スミス(@jsmith) 2026年1月30日\n" + Q,
        [(RULE, "新型ロボット、ついに登場\n— ジョン・スミス(@jsmith) 2026年1月30日", 44, 86, "")],
    ),
    (
        "transliterated-handle",
        P + "\n新型ロボット、ついに登場\n— サンプル重工 (@サンプルヘビー) 2026年1月30日\n" + Q,
        [(RULE, "新型ロボット、ついに登場\n— サンプル重工 (@サンプルヘビー) 2026年1月30日", 44, 87, "")],
    ),
    (
        "one-line",
        P + "\n新型ロボット、ついに登場 pic.twitter.com/Ab12Cd34Ef — 山田 (@yamada_t) 2026年1月30日\n" + Q,
        [(RULE, "新型ロボット、ついに登場 pic.twitter.com/Ab12Cd34Ef — 山田 (@yamada_t) 2026年1月30日", 44, 111, "")],
    ),
    (
        "crlf",
        P + "\r\n新型ロボット、ついに登場 pic.twitter.com/Ab12Cd34Ef\r\n— 山田 (@yamada_t) 2026年1月30日\r\n" + Q,
        [
            (
                RULE,
                "新型ロボット、ついに登場 pic.twitter.com/Ab12Cd34Ef\r\n— 山田 (@yamada_t) 2026年1月30日",
                45,
                113,
                "",
            )
        ],
    ),
    (
        "multi-line",
        P + "\n速報です\n新型ロボットを発表しました\n予約は来月から" + END + "\n" + Q,
        [
            (
                RULE,
                "速報です\n新型ロボットを発表しました\n予約は来月から" + END,
                44,
                133,
                "",
            )
        ],
    ),
    (
        "short-full-stop",
        P + "\n本日発売です。\n詳しくはこちら" + END + "\n" + Q,
        [
            (
                RULE,
                "本日発売です。\n詳しくはこちら" + END,
                44,
                122,
                "",
            )
        ],
    ),
    (
        "colon-intro",
        "同社の社長は次のように投稿した:\n新型ロボット、ついに登場 pic.twitter.com/Ab12Cd34Ef\n"
        "— 山田 (@yamada_t) 2026年1月30日\n" + Q,
        [(RULE, "新型ロボット、ついに登場 pic.twitter.com/Ab12Cd34Ef\n— 山田 (@yamada_t) 2026年1月30日", 17, 84, "")],
    ),
    (
        "blank-line",
        "## 反響\n\n新型ロボット、ついに登場\n— 山田 (@yamada_t) 2026年1月30日\n\n" + Q,
        [(RULE, "新型ロボット、ついに登場\n— 山田 (@yamada_t) 2026年1月30日", 7, 47, "")],
    ),
    (
        "line-limit",
        P + "\n" + "\n".join(f"{n}行目" for n in range(1, 10)) + "\n— 山田 (@yamada_t) 2026年1月30日",
        [(RULE, "4行目\n5行目\n6行目\n7行目\n8行目\n9行目\n— 山田 (@yamada_t) 2026年1月30日", 56, 107, "")],
    ),
    (
        "two-posts",
        P + "\n一つ目の投稿\n— 山田 (@yamada_t) 2026年1月30日\n"
        "二つ目の投稿 pic.twitter.com/Xy98Zw76Vu\n— 佐藤 (@sato_h) 2026年1月31日\n" + Q,
        [
            (RULE, "一つ目の投稿\n— 山田 (@yamada_t) 2026年1月30日", 44, 78, ""),
            (RULE, "二つ目の投稿 pic.twitter.com/Xy98Zw76Vu\n— 佐藤 (@sato_h) 2026年1月31日", 79, 138, ""),
        ],
    ),
    (
        "bluesky",
        P + "\nNew paper out today!\n— Jane Doe (@jane.bsky.social) January 30, 2026 at 10:15 AM\n" + Q,
        [(RULE, "New paper out today!\n— Jane Doe (@jane.bsky.social) January 30, 2026 at 10:15 AM", 44, 124, "")],
    ),
    (
        "mastodon",
        P + "\nNew paper out today!\n— Jane Doe (@jane@mastodon.example) January 30, 2026\n" + Q,
        [(RULE, "New paper out today!\n— Jane Doe (@jane@mastodon.example) January 30, 2026", 44, 117, "")],
    ),
    (
        "bsky-url",
        P + "\nhttps://bsky.app/profile/jane.bsky.social/post/3kabc123xyz\n" + Q,
        [(RULE, "https://bsky.app/profile/jane.bsky.social/post/3kabc123xyz", 44, 102, "")],
    ),
    (
        "insta-en",
        P + "\nView this post on Instagram\n\nA post shared by Jane Doe (@janedoe)\n\n" + Q,
        [(RULE, "View this post on Instagram\n\nA post shared by Jane Doe (@janedoe)", 44, 109, "")],
    ),
    (
        "insta-ja",
        P + "\nこの投稿をInstagramで見る\nサンプル重工さん(@sample_heavy)がシェアした投稿\n" + Q,
        [(RULE, "この投稿をInstagramで見る\nサンプル重工さん(@sample_heavy)がシェアした投稿", 44, 93, "")],
    ),
    (
        "insta-caption",
        P + "\n京都の夕焼け #travel\nA post shared by Jane Doe (@janedoe) on Jan 30, 2026 at 10:00am PST\n" + Q,
        [
            (
                RULE,
                "京都の夕焼け #travel\nA post shared by Jane Doe (@janedoe) on Jan 30, 2026 at 10:00am PST",
                44,
                126,
                "",
            )
        ],
    ),
    (
        "insta-header-alone",
        P + "\nこの投稿をInstagramで見る\n" + Q,
        [(RULE, "この投稿をInstagramで見る", 44, 61, "")],
    ),
    (
        "insta-url",
        P + "\nhttps://www.instagram.com/p/C2aBcDeFgH/\n" + Q,
        [(RULE, "https://www.instagram.com/p/C2aBcDeFgH/", 44, 83, "")],
    ),
    (
        "youtube-url-and-label",
        P + "\nhttps://www.youtube.com/watch?v=abcdEFGH123\nYouTubeで見る\n" + Q,
        [(RULE, "https://www.youtube.com/watch?v=abcdEFGH123\nYouTubeで見る", 44, 98, "")],
    ),
    (
        "youtu-be",
        P + "\n\nhttps://youtu.be/abcdEFGH123\n\n" + Q,
        [(RULE, "https://youtu.be/abcdEFGH123", 45, 73, "")],
    ),
    (
        "watch-on-youtube",
        P + "\nWatch on YouTube\n" + Q,
        [(RULE, "Watch on YouTube", 44, 60, "")],
    ),
    (
        "tiktok",
        P + "\n@dancer_jp 新しいダンスに挑戦 #dance ♬ original sound - dancer_jp\nTikTokで見る\n" + Q,
        [(RULE, "@dancer_jp 新しいダンスに挑戦 #dance ♬ original sound - dancer_jp\nTikTokで見る", 44, 110, "")],
    ),
    (
        "tiktok-url",
        P + "\nhttps://www.tiktok.com/@dancer_jp/video/7329876543210987654\n" + Q,
        [(RULE, "https://www.tiktok.com/@dancer_jp/video/7329876543210987654", 44, 103, "")],
    ),
    (
        "facebook",
        P + "\n新工場が完成しました!\nPosted by Sample Heavy on Facebook\n" + Q,
        [(RULE, "新工場が完成しました!\nPosted by Sample Heavy on Facebook", 44, 90, "")],
    ),
    (
        "facebook-date",
        P + "\n新工場が完成しました!\nPosted by Sample Heavy on Friday, January 30, 2026\n" + Q,
        [(RULE, "新工場が完成しました!\nPosted by Sample Heavy on Friday, January 30, 2026", 44, 106, "")],
    ),
    (
        "fb-watch",
        P + "\nhttps://fb.watch/AbCdEf12/\n" + Q,
        [(RULE, "https://fb.watch/AbCdEf12/", 44, 70, "")],
    ),
    (
        "threads-label",
        P + "\nThreadsで見る\n" + Q,
        [(RULE, "Threadsで見る", 44, 54, "")],
    ),
    (
        "view-on-threads",
        P + "\nView on Threads\n" + Q,
        [(RULE, "View on Threads", 44, 59, "")],
    ),
    (
        "threads-url",
        P + "\nhttps://www.threads.net/@sample_heavy/post/C2aBcDeFgH\n" + Q,
        [(RULE, "https://www.threads.net/@sample_heavy/post/C2aBcDeFgH", 44, 97, "")],
    ),
    (
        "x-status-alone",
        P + "\nhttps://x.com/sample_heavy/status/1884000000000000000\n" + Q,
        [(RULE, "https://x.com/sample_heavy/status/1884000000000000000", 44, 97, "")],
    ),
    (
        "t-co-line",
        P + "\n本日発売です https://t.co/AbCdEf1234\n" + Q,
        [(RULE, "本日発売です https://t.co/AbCdEf1234", 44, 74, "")],
    ),
    (
        "t-co-prose",
        "同社は「本日発売です」と投稿し、リンク(https://t.co/AbCdEf1234)を添えた。" + Q,
        [(RULE, "https://t.co/AbCdEf1234", 20, 43, "")],
    ),
    (
        "pic-prose",
        "同社は30日、新型ロボットを発表した。写真はpic.twitter.com/Ab12Cd34Efで公開され、多くの反響を集めている。",
        [(RULE, "pic.twitter.com/Ab12Cd34Ef", 22, 48, "")],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), INVALID, ids=[case[0] for case in INVALID])
def test_invalid(name: str, text: str, expected: list[tuple[str, str, int, int, str]]):
    assert findings(text) == expected


VALID = [
    # An article citing a URL on purpose.
    "詳しい資料は同社のウェブサイト(https://www.example.com/report)で公開されている。",
    "動画はhttps://youtu.be/abcdEFGH123で公開されている。",
    "同氏はXへの投稿(https://x.com/sample_heavy/status/1884000000000000000)で計画を明らかにした。",
    "同社の動画(https://www.youtube.com/watch?v=abcdEFGH123)は100万回以上再生された。",
    "詳細はhttps://abt.co/news/123 を参照。\n参考: https://example.com/t.co/AbCdEf1234",
    # Dates and dashes in prose.
    "会期は2026年1月30日 - 2月2日で、東京ビッグサイトで開かれる。",
    "発売日は2026-01-30に決まった。\n東京 ― 2026年1月30日",
    "新型機の発表会 — 2026年1月30日 (金)",
    # E-mail addresses.
    "問い合わせはpress@example.co.jpまで。",
    "— 広報部 (press@example.com) 2026年1月30日",
    # A Japanese line that opens with ― as a dash.
    "―そう語るのは、開発責任者の山田太郎氏だ。",
    "― 山田太郎氏(@yamada_t)が投稿した写真は、大きな話題を呼んだ。",
    # Handles in prose and a list of accounts (no date).
    "同社は公式X(@sample_heavy)で発表した。",
    "注目のアカウント:\n- 山田太郎 (@yamada_t)\n- 佐藤花子 (@sato_h)",
    # Platform names in prose; boilerplate must fill its line.
    "新製品の紹介動画は公式YouTubeで見ることができる。",
    "TikTokで見る動画が増えている、と同社は分析する。",
    "Fans can watch on YouTube tonight, the company said.",
    # A music note is not TikTok's sound line.
    "会場には♬の記号をあしらった看板が並んだ。",
    # The rule's own fixed example.
    "同社は5日、新型ロボットを公開した。\n同社は公式X(@sample_robotics)に「新しい仲間を紹介します」と投稿した。",
]


@pytest.mark.parametrize("text", VALID)
def test_valid(text: str):
    assert findings(text) == []


# -- blocks: platform, evidence, ordering ---------------------------------------------------------


_NO_PLAYBACK = "お使いの端末ではメディアプレイバックはご利用になれません"


def blocks(text: str) -> list[tuple[str, str, str]]:
    return [(text[b.start : b.end], b.platform, b.evidence) for b in find_embed_blocks(Document(text, lang="ja"))]


@pytest.mark.parametrize(
    ("text", "platform", "evidence"),
    [
        ("投稿\n— 山田 (@yamada_t) 2026年1月30日", "twitter", "— 山田 (@yamada_t) 2026年1月30日"),
        # A display name may hold an @ (a station and its region).
        ("放送中\n— 港ラジオ@北区 (@minato_fm) 2025年3月2日", "twitter", "— 港ラジオ@北区 (@minato_fm) 2025年3月2日"),
        ("Paper!\n— Jane (@jane.bsky.social) Jan 30, 2026", "bluesky", "— Jane (@jane.bsky.social) Jan 30, 2026"),
        ("https://youtu.be/abcdEFGH123\nYouTubeで見る", "youtube", "YouTubeで見る"),
        ("この投稿をInstagramで見る\n山田さん(@yamada_t)がシェアした投稿", "instagram", "(@yamada_t)がシェアした投稿"),
        ("https://fb.watch/AbCdEf12/", "facebook", "fb.watch/AbCdEf12"),
        ("@dancer 踊った ♬ オリジナル楽曲 - dancer", "tiktok", "♬ オリジナル楽曲 - dancer"),
        ("Threadsで見る", "threads", "Threadsで見る"),
        # An embed card's link text alone on a line, its post dropped: the site's bare domain, a subreddit.
        ("twitter.com", "twitter", "twitter.com"),
        ("https://www.reddit.com/r/baseball", "reddit", "reddit.com/r/baseball"),
        # A video player's fallback text in place of the video.
        (_NO_PLAYBACK, "bbc", _NO_PLAYBACK),
        ("Media playback is unsupported on your device", "bbc", "Media playback is unsupported on your device"),
        # A consent prompt in place of a post the page has not loaded (its two lines are one block).
        ("Allow X content?", "bbc", "Allow X content?"),
        (
            "Allow Instagram content?\n"
            "This article contains content provided by Instagram. We ask for your permission first.",
            "bbc",
            "Allow Instagram content?",
        ),
        # The opening boilerplate on the very first line, joined across a blank line.
        ("View this post on Instagram\n\nA post shared by Jane (@jane)", "instagram", "A post shared by Jane (@jane)"),
    ],
)
def test_block_names_platform_and_evidence(text: str, platform: str, evidence: str):
    assert blocks(text) == [(text, platform, evidence)]


def test_blocks_are_sorted_and_do_not_overlap():
    text = "\n".join(
        [
            P,
            "一つ目 pic.twitter.com/Ab12Cd34Ef",
            "— 山田 (@yamada_t) 2026年1月30日",
            "https://youtu.be/abcdEFGH123",
            Q,
            "この投稿をInstagramで見る",
            "",
            "A post shared by Jane Doe (@janedoe)",
        ]
    )
    found = find_embed_blocks(Document(text, lang="ja"))
    assert [(b.platform, text[b.start : b.end]) for b in found] == [
        (
            "twitter",
            "一つ目 pic.twitter.com/Ab12Cd34Ef\n— 山田 (@yamada_t) 2026年1月30日\nhttps://youtu.be/abcdEFGH123",
        ),
        ("instagram", "この投稿をInstagramで見る\n\nA post shared by Jane Doe (@janedoe)"),
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_embed_block_keeps_its_interface():
    block = EmbedBlock(1, 5, "twitter", "pic.twitter.com/x")
    assert (block.start, block.end, block.platform, block.evidence) == (1, 5, "twitter", "pic.twitter.com/x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.start = 2  # type: ignore[misc]
    assert not hasattr(block, "__dict__")


def test_document_skips_embed_text_for_prose_rules():
    text = P + "\n素晴らしい一日です\n— 山田 (@yamada_t) 2026年1月30日\n" + Q
    doc = Analysis(Document(text, lang="ja"))
    assert [(b.start, b.end) for b in doc.embeds] == [(44, 81)]
    assert doc.in_embed(50, 51)
    assert not doc.in_embed(0, 43)
    assert [s.text_in(text) for s in doc.body_sentences] == [P, Q]


# -- the message ----------------------------------------------------------------------------------


def test_message_names_the_platform_and_the_fix():
    report = auditor.audit("新しい仲間 pic.twitter.com/Ab12Cd34Ef\n— 山田 (@yamada_t) 2026年1月30日")
    (finding,) = [f for f in report.findings if f.rule == RULE]
    assert finding.category == "markup/embed"
    assert finding.severity == "major"
    assert finding.suggestion == ""
    assert "X (Twitter)" in finding.message
    assert "— 山田 (@yamada_t) 2026年1月30日" in finding.message
    assert "re-embed" in finding.message


# -- the patterns are data ------------------------------------------------------------------------


def test_a_publication_can_add_a_pattern():
    extra = {"embeds": [{"platform": "example", "kind": "boilerplate", "post": "none", "pattern": "Exampleで見る"}]}
    text = P + "\nExampleで見る\n" + Q
    assert find_embed_blocks(Document(text, lang="ja")) == []
    found = find_embed_blocks(Document(text, lang="ja"), get_lexicon("ja", extra))
    assert found == [EmbedBlock(44, 54, "example", "Exampleで見る")]


@pytest.mark.parametrize(
    "row",
    [
        {"platform": "x", "kind": "link", "pattern": "(?:a|b)c"},  # starts with a group: the scan cannot find it
        {"platform": "x", "kind": "link", "pattern": ".*abc"},  # starts with a wildcard
        {"platform": "x", "kind": "link", "pattern": "a?bc"},  # optional first character
        {"platform": "x", "kind": "link", "pattern": "abc|xyz"},  # a second branch with another first character
        {"platform": "x", "kind": "link", "pattern": "a(?P<name>b)"},  # named group
        {"platform": "x", "kind": "banner", "pattern": "abc"},  # unknown kind
        {"platform": "x", "kind": "boilerplate", "post": "", "pattern": "abc"},  # boilerplate without post
        {"platform": "x", "kind": "link", "pattern": "a(b"},  # not a regex
    ],
)
def test_malformed_rows_are_refused(row: dict[str, str]):
    with pytest.raises(LexiconError):
        find_embed_blocks(Document("abc", lang="ja"), Lexicon("ja", {"embeds": [row]}))


# -- an intact embed in an HTML page (issue 17) ----------------------------------------------------------------------

TWEET = (
    '<blockquote class="twitter-tweet"><p lang="ja" dir="ltr">新しい仲間を紹介します '
    '<a href="https://t.co/Xy12Ab34Cd">pic.twitter.com/Xy12Ab34Cd</a></p>&mdash; サンプル・ロボティクス '
    '(@sample_robotics) <a href="https://twitter.com/sample_robotics/status/1234567890">2026年2月5日</a></blockquote>'
)
WIDGETS = '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'


def page(*parts: str) -> bytes:
    body = "".join(parts)
    return (
        "<html><head><title>新型ロボット</title></head><body><article><h1>同社が新型ロボットを公開</h1>"
        "<p>同社は5日、家庭用の新型ロボットを公開した。価格は未定だという。発売は来年の春を予定している。</p>"
        f"{body}<p>株価は一時5%上昇した。市場関係者は今後の販売動向に注目している。アナリストの多くは好意的だ。</p>"
        "</article></body></html>"
    ).encode()


def embed_findings(data: bytes) -> list[str]:
    from auditor.readers import read_bytes

    report = auditor.audit(read_bytes(data, "page.html"))
    assert "— サンプル・ロボティクス (@sample_robotics) 2026年2月5日" in report.document.text  # the post stays visible
    return [f.excerpt for f in report.findings if f.rule == RULE]


def test_an_intact_tweet_embed_with_its_script_is_not_a_flattened_embed():
    assert embed_findings(page(TWEET, WIDGETS)) == []


def test_a_tweet_blockquote_without_the_script_is_flattened_on_the_page():
    (excerpt,) = embed_findings(page(TWEET))
    assert excerpt.startswith("新しい仲間を紹介します pic.twitter.com/Xy12Ab34Cd\n—")


def test_the_script_does_not_excuse_a_post_pasted_as_text_beside_an_intact_one():
    pasted = "<p>別の投稿です pic.twitter.com/Zz98Yy76Xx</p><p>— 別の会社 (@other_co) 2026年2月6日</p>"
    (excerpt,) = embed_findings(page(TWEET, pasted, WIDGETS))
    assert "@other_co" in excerpt and "@sample_robotics" not in excerpt


def test_an_em_dash_glued_to_the_post_still_starts_the_attribution():
    text = "本文だ。\nThe launch went well. 最高の一日—Jane Doe (@janedoe) March 3, 2026\n記事は続く。"
    assert [(platform, evidence) for _, platform, evidence in blocks(text)] == [
        ("twitter", "—Jane Doe (@janedoe) March 3, 2026")
    ]
    assert blocks("ジャン-リュック (@jl) 2026年3月3日の投稿について") == []  # a hyphen inside a name is no attribution


def test_a_line_ending_in_hashtags_is_post_text_even_with_full_stops() -> None:
    post = "【公式】新しい大型アップデートを来月に配信する予定です。配信日が決まりましたら改めてお知らせします。"
    post += "#新作 #発表"
    text = f"同社は発表した。\n\n{post}\n— 公式アカウント (@official_game) February 21, 2026"
    ((excerpt, _, _),) = blocks(text)
    assert excerpt.startswith(post)
    # Without the hashtags the same line is prose (it ends in 。 past 20 Japanese characters): the walk stops there.
    plain = text.replace("#新作 #発表", "")
    ((excerpt, _, _),) = blocks(plain)
    assert excerpt.startswith("— 公式")


def test_a_latin_line_in_a_japanese_article_is_post_text_even_past_the_full_stop_limit() -> None:
    post = (
        "Thank you all for coming to the launch today. We worked on this for three years and we are proud of it. "
        "The first units ship next month to every region."
    )
    assert len(post) > 140
    text = f"同社は発表した。\n\n{post}\n— Jane Roe (@janeroe) March 3, 2026"
    ((excerpt, _, _),) = blocks(text)
    assert excerpt.startswith(post)
    # In an English article such a line is the article's own prose.
    english = [text[b.start : b.end] for b in find_embed_blocks(Document(text, lang="en"))]
    assert english == ["— Jane Roe (@janeroe) March 3, 2026"]


def test_an_embed_cards_link_text_is_its_line_alone():
    text = "選手のコメント\n「最高の夜だった」\ntwitter.com\n\n次の話題。"
    assert blocks(text) == [("twitter.com", "twitter", "twitter.com")]


def test_a_platforms_domain_in_a_sentence_or_with_an_accounts_path_is_no_embed_card():
    assert blocks("詳しくはtwitter.comで確認できる。") == []
    assert blocks("公式アカウント\nhttps://twitter.com/example_office\n本文です。") == []  # an address the page cites
    assert blocks("掲示板\nreddit.com/r/baseball/comments\n本文です。") == []


# embed.page-furniture: a web page's interface label alone on a line (page_furniture.tsv).
def _furniture(text: str, lang: str = "ja") -> list[tuple[str, int, int]]:
    report = auditor.audit(text, lang=lang)
    return [(f.excerpt, f.start, f.end) for f in report.findings if f.rule == "embed.page-furniture"]


def test_an_interface_label_alone_on_a_line_is_page_furniture():
    text = "新工場の建設が始まった。\n\n  Advertisement\n稼働は来年の予定だ。\nPLACEHOLDER IMAGE\n"
    assert _furniture(text) == [("Advertisement", 16, 29), ("PLACEHOLDER IMAGE", 41, 58)]
    # A skip link in English on a Japanese page is its interface (ja/page_furniture.tsv: interface), with the English
    # lines after it up to the article's next Japanese line (the menu it skips).
    text = "Skip to main content\nLoading...\n  • Products\n\n新工場の建設が始まった。\n"
    assert _furniture(text) == [("Skip to main content\nLoading...\n  • Products", 0, 44)]
    # A Korean or a Chinese skip link is its line alone (KWCAG's 본문 바로가기).
    text = "본문 바로가기\nNews\n\n新工場の建設が始まった。\n跳至内容\n稼働は来年の予定だ。"
    assert _furniture(text) == [("본문 바로가기", 0, 7), ("跳至内容", 27, 31)]
    # A table of contents' title is words of the page's navigation: language.untranslated's, not markup.
    assert _furniture("新工場の建設が始まった。\nTable of Contents\n") == []


def test_a_label_in_a_sentence_or_in_the_articles_own_language_stays_quiet():
    assert _furniture("Advertisement は英語で広告のことだ。\n稼働は来年の予定だ。") == []
    assert _furniture("The plant opened on Monday.\nADVERTISEMENT\nIt will run next year.", lang="en") == []


def test_a_channels_counters_in_a_row_are_page_furniture():
    text = "大使館の投稿\n1.2K subscribers\n340 photos\n12 files\n大使館は声明を出した。"
    assert _furniture(text) == [("1.2K subscribers\n340 photos\n12 files", 7, 43)]


def test_a_related_article_box_in_the_body_is_page_furniture():
    text = "首相が来日した。\nこちらもお読みください:\n首相、港を視察\n会談は二時間続いた。"
    assert _furniture(text) == [("こちらもお読みください:\n首相、港を視察", 9, 29)]
    assert _furniture("本文。\nRead also:\nThe port reopens\n続き。")[0][0] == "Read also:\nThe port reopens"
    # The headline after the colon on the label's own line; the label in title case.
    assert _furniture("本文。\nAlso Read: The port reopens  \n続き。") == [("Also Read: The port reopens", 4, 31)]


def test_a_teaser_label_in_a_sentence_or_at_the_end_stays_quiet():
    assert _furniture("詳しくは前回の記事もこちらもお読みください:その続きです。\n本文。") == []
    assert _furniture("本文。\nこちらもお読みください\n首相、港を視察\n続き。") == []  # no colon
    assert _furniture("本文。\nこちらもお読みください:\n首相、港を視察") == []  # nothing after it
    assert _furniture("本文。\nAlso Read: The port reopens") == []  # the same, on one line


def test_one_counter_line_or_counters_apart_stay_quiet():
    assert _furniture("祭りの写真\n3 photos\n祭りは三日間続いた。") == []
    assert _furniture("写真\n3 photos\n\n本文\n2 videos\n続き") == []
    assert _furniture("登録者\n1.2K subscribers\n3 apples\n本文") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本文です。\nIMG_8663\n  DSC04646  \n続きです。", ["IMG_8663", "DSC04646"]),
        ("写真\n    harbour_view-2-560x373\n本文", ["harbour_view-2-560x373"]),
        ("本文\nhttps://img.example.com/a/b12.jpg\n本文", ["https://img.example.com/a/b12.jpg"]),
        ("試合の前。\nf:id:sample_user:20240301101500j:plain\n試合の後。", ["f:id:sample_user:20240301101500j:plain"]),
        ("本文\n[f:id:tanuki-7:20230105093000p:plain:w300]\n本文", ["[f:id:tanuki-7:20230105093000p:plain:w300]"]),
        # Identifiers: a date stamp, a timestamp, a slug with its number, an article's id, a content hash.
        ("2026年\n20260105\n本文です。", ["20260105"]),
        ("本文。\n20260105_02\n\n  20260105093000\n本文。", ["20260105_02", "20260105093000"]),
        ("本文。\nnews26010509300001-p1\n本文。\n2718281\n本文。", ["news26010509300001-p1", "2718281"]),
        ("本文。\n0123456789abcdef0123456789abcdef\n出典:例", ["0123456789abcdef0123456789abcdef"]),
        # A wiki's File prefix; a photo's id run into its text; a numbered series of names.
        ("本文。\nファイル:example/photo-01.jpg\n本文。", ["ファイル:example/photo-01.jpg"]),
        ("本文。\nc0012345_1234567.jpg新しい家だ。", ["c0012345_1234567.jpg"]),
        ("本文。\nhouse1\n\n本文。\n house2\n本文。", ["house1", "house2"]),
        # Thirteen digits whose check digit fails, or with no JAN or ISBN prefix, are no product's code.
        ("本文。\n9784101010015\n本文。\n1706243112347\n本文。", ["9784101010015", "1706243112347"]),
        ("本文。\n4101010014\n本文。", ["4101010014"]),  # ten digits from 4 whose ISBN check fails
    ],
)
def test_a_dropped_photos_name_alone_on_a_line(text: str, expected: list[str]) -> None:
    findings = [f for f in auditor.audit(text, lang="ja").findings if f.rule == "embed.image-name"]
    assert [text[f.start : f.end] for f in findings] == expected


@pytest.mark.parametrize(
    "text",
    [
        "2026年\n202601\n本文です。",  # a year and a month's digits: fewer than an identifier's
        "本文です。\nExpo2025\n続きです。",  # a word and a year in mixed case: a heading, no camera's name
        "本文です。\nEXPO2025\n続きです。",  # four capitals and a year: a heading or a logo's text
        "本文です。\n1,234,567\n続きです。",  # a figure with its digits grouped
        "画面は1920x1080の解像度だ。",  # a size inside a sentence
        "写真はIMG_8663として保存された。",  # a file name inside a sentence
        "IMG_8663 工場の外観\n本文です。",  # beside a caption on its line
        "記法は f:id:sample_user:20240301101500j:plain と書く。",  # Hatena's notation explained in a sentence
        "本文です。\nphoto.jpgを開く。",  # a file's name a writer types, in a sentence
        "本文です。\nファイル:photo.jpg を開く。",  # a wiki's prefix in a sentence
        "本文です。\nDay1\n続き。\nDay2\n続き。",  # a heading's numbered steps, capitalised
        "本文です。\nweb3\n続きです。",  # one word with a number: no series
    ],
)
def test_a_name_that_is_not_alone_on_its_line_stays(text: str) -> None:
    assert not [f for f in auditor.audit(text, lang="ja").findings if f.rule == "embed.image-name"]


@pytest.mark.parametrize(
    "text",
    [
        "お問い合わせ\n0312345678\n09012345678\n受付は平日。",  # telephone numbers: 0 and nine or ten digits
        "書名\n9784101010014\n価格\n4901234567894\n在庫あり。",  # an ISBN-13 and a JAN code whose check digits hold
        "旧版\n4101010013\n新版\n400000008X\n在庫あり。",  # ISBN-10s of the Japanese group 4 whose checks hold
    ],
)
def test_a_number_a_page_prints_as_content_is_no_photos_id(text: str) -> None:
    assert not [f for f in auditor.audit(text, lang="ja").findings if f.rule == "embed.image-name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A blog host's alt text: the post's title, then the name it gave the upload (an id of 7 digits or more).
        (
            "本文です。\n港の朝 Harbor morning_c0012345_20240105.jpg\n続きです。",
            ["港の朝 Harbor morning_c0012345_20240105.jpg"],
        ),
        # A row of photos on one line: each caption with its name.
        (
            "本文。\n港の朝_c0012345_20240105.jpg港の夜_c0012345_20240106.jpg  \n本文。",
            ["港の朝_c0012345_20240105.jpg", "港の夜_c0012345_20240106.jpg"],
        ),
        ("本文です。\n工場の外観 IMG_8663.JPG\n続きです。", ["工場の外観 IMG_8663.JPG"]),  # a camera's name
    ],
)
def test_a_dropped_photos_caption_and_name_on_a_line(text: str, expected: list[str]) -> None:
    findings = [f for f in auditor.audit(text, lang="ja").findings if f.rule == "embed.image-name"]
    assert [text[f.start : f.end] for f in findings] == expected


@pytest.mark.parametrize(
    "text",
    [
        "写真はIMG_8663.jpgとして保存された。",  # the name inside a sentence
        "昨日撮った写真です。IMG_8663.jpg\n本文です。",  # a sentence, then the name
        "本文です。\n新しいロゴ logo.png\n続きです。",  # a name a writer types: no id
        "本文です。\n港の朝_c0012345_20240105.jpg 港の夜\n続きです。",  # a caption after the last name
    ],
)
def test_a_name_after_a_sentence_or_without_an_id_is_no_photos_caption(text: str) -> None:
    assert not [f for f in auditor.audit(text, lang="ja").findings if f.rule == "embed.image-name"]


def test_a_japanese_line_that_ends_in_a_file_extension_is_no_file_name() -> None:
    text = "本文です。\n詳しい説明は添付の写真.jpg\n"
    assert not [f for f in auditor.audit(text, lang="ja").findings if f.rule == "embed.image-name"]


def test_an_image_placeholders_text_alone_on_a_line_is_page_furniture():
    assert _furniture("Placeholder Image\n\n動画の字幕\n本文です。") == [("Placeholder Image", 0, 17)]


def test_a_row_of_share_buttons_is_page_furniture():
    text = "記事の見出し\n\nShare  Post  LINE はてな コメント\n\n本文です。\nfacebooktwitteremail\n続き。"
    assert _furniture(text) == [("Share  Post  LINE はてな コメント", 8, 34), ("facebooktwitteremail", 42, 62)]


def test_a_share_row_with_its_count_or_closed_by_a_bar_is_page_furniture():
    text = "記事の見出し\n3シェア\nFacebookX\n本文です。"
    assert _furniture(text) == [("3シェア\nFacebookX", 7, 21)]
    assert _furniture("Tweet |\n本文です。") == [("Tweet |", 0, 7)]
    assert _furniture("本文です。\n3シェア\n続き。") == []  # a count alone: a figure and a word
    assert _furniture("本文です。\nTweet\n続き。") == []  # one label, no bar: a word alone


@pytest.mark.parametrize(
    "text",
    [
        "本文。\nLINE X\n続き。",  # two labels: a line of prose's words may be so
        "本文。\nLINEとXとFacebookで共有された。\n続き。",  # words between the labels
        "本文。\nXboxとFacebook Messenger\n続き。",  # a label inside a longer word
    ],
)
def test_names_of_services_in_prose_are_no_share_row(text: str) -> None:
    assert _furniture(text) == []


def test_a_blog_hosts_notice_is_page_furniture():
    text = (
        "ブログの名前\n\nスポンサーサイト\n\n上記の広告は長く更新のないブログに出ます。\n"
        "新しい記事を書く事で広告が消えます。\n\n本文。"
    )
    assert _furniture(text) == [(text[8:-5], 8, len(text) - 5)]
    one_line = "[PR]上記の広告は、投稿のないブログに出ます。新しい記事を書く事で広告が消えます。\n本文。"
    assert [excerpt for excerpt, _, _ in _furniture(one_line)] == [one_line.split("\n")[0]]


def test_a_sentence_about_an_ad_or_the_hosts_heading_alone_stays_quiet():
    assert _furniture("写真の説明\n上記の広告は消費者庁の命令を受けた。\n本文。") == []
    assert _furniture("ブログの名前\nスポンサーサイト\n本文です。") == []


def test_a_byline_whose_values_were_lost_is_page_furniture():
    text = "見出し\nBy - 編集部  公開:  更新:\n本文です。"
    assert _furniture(text) == [("公開:  更新:", 14, 22)]
    assert _furniture("見出し\n価格: 公開:　更新：\n本文です。") == [("公開:　更新：", 8, 15)]


@pytest.mark.parametrize(
    "text",
    [
        "主な更新:\n・画面を変えた\n",  # one field that a list follows
        "公開: 2026年1月5日  更新: 2026年1月6日\n本文です。",  # the values are there
        "公開:  更新: 2026年1月6日\n本文です。",  # the last field has its value
    ],
)
def test_fields_with_their_values_stay_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_button_label_or_a_plugins_notice_alone_on_a_line_is_page_furniture():
    text = "本文です。\nscroll top\nerror: Content is protected !!"
    assert _furniture(text) == [("scroll top", 6, 16), ("error: Content is protected !!", 17, 47)]


def test_counters_that_lost_their_icons_are_page_furniture():
    assert _furniture("見出し\n\n2\n0\n\n本文です。") == [("2\n0", 5, 8)]
    text = "見出し\nShare with:\n  • 12\n  • 3\n本文です。"
    assert _furniture(text) == [("• 12\n  • 3", 18, 28)]


@pytest.mark.parametrize(
    "text",
    [
        "本文です。\n2\n続きです。",  # one figure alone in the body: a page number, a list's numbering
        "1\n本文です。\n2\n続きです。",  # figures apart, each before its paragraph
        "見出し\n2\n\n0\n本文です。",  # a blank line between them
        "見出し\n2人\n3件\n本文です。",  # figures with their units
    ],
)
def test_figures_not_in_a_row_of_their_own_stay_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_figure_alone_before_the_first_sentence_is_a_headers_counter():
    assert _furniture("見出し\n\n2060\n\n本文です。") == [("2060", 5, 9)]
    assert _furniture("3\n見出し\n本文です。\n続きです。") == [("3", 0, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "手順\n1\n\n2 3\n\n4\n本文です。",  # figures beside other figures: a list's numbering, a picture's callouts
        "見出し\n2\n本文です",  # no sentence mark: no header to tell from the text
        "見出し\n2人\n本文です。",  # a figure with its unit
        "1\n見出し\n本文です。\n2\n続きです。",  # one of several: numbered sections
    ],
)
def test_a_figure_in_a_series_or_with_its_unit_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_weather_widget_is_page_furniture():
    assert _furniture("7.4 C\nTokyo\n2026年1月6日\n本文です。") == [("7.4 C\nTokyo", 0, 11)]
    assert _furniture("本文。\n-2 °F\nNew York\n") == [("-2 °F\nNew York", 4, 18)]


@pytest.mark.parametrize(
    "text",
    [
        "気温は\n7.4 C\nだった。",  # no place after it
        "東京は7.4 Cだった。\nTokyo\n",  # a temperature in a sentence
        "本文です。\n5F\nCafe\n",  # a floor guide's floor and its shop
    ],
)
def test_a_temperature_that_is_no_widget_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_link_to_the_full_story_written_out_is_page_furniture():
    text = "本文です。\n全文はこちら\nhttps://example.com/a/1\n次の話題。"
    assert _furniture(text) == [("全文はこちら\nhttps://example.com/a/1", 6, 36)]
    assert _furniture("本文です。\nRead more: https://example.com/a\n") == [("Read more: https://example.com/a", 6, 38)]
    # A Blogger autoblog's link to the post's source, and the ad-block test line its feed copies.
    assert _furniture("本文です。\nRead Again https://example.com/a\n")[0][0] == "Read Again https://example.com/a"
    text = "本文です。\nAdblock test (Why?)\n\nからの記事と詳細\nhttps://example.com/b\n"
    assert [found[0] for found in _furniture(text)] == ["Adblock test (Why?)", "からの記事と詳細\nhttps://example.com/b"]


@pytest.mark.parametrize(
    "text",
    [
        "本文です。\n全文はこちら\n次の話題。",  # the label alone: its link kept its markup
        "本文です。\n全文はこちらのサイトで読める。\nhttps://example.com/a\n",  # a sentence, not the label
        "本文です。\n全文はこちら\nhttps://example.com/a で読める。\n",  # the address in a sentence
    ],
)
def test_a_link_label_without_its_bare_address_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_an_address_cut_after_its_scheme_is_page_furniture():
    assert _furniture("本文です。\n[テレビ局] http") == [("http", 13, 17)]
    assert _furniture("本文です。\n出典 https\n続き。") == [("https", 9, 14)]


@pytest.mark.parametrize(
    "text",
    [
        "The page is served over http\nand more.",  # English prose that ends on the protocol's name
        "本文です。\n出典 https://example.com/\n",  # a whole address
        "本文です。\n出典 http 以外\n",  # the scheme inside a line
    ],
)
def test_a_scheme_in_prose_or_a_whole_address_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_template_icon_or_a_headings_permalink_is_page_furniture():
    assert _furniture("ℹ️\n概要 🔗\n本文です。") == [("ℹ️", 0, 2), ("🔗", 6, 7)]
    assert _furniture("概要 ¶\n本文です。", lang="en") == [("¶", 3, 4)]


@pytest.mark.parametrize(
    "text",
    [
        "リンクは🔗で示す。\n",  # the icon in a sentence
        "本文はここまでだ。 🔗\n",  # after a sentence, not a heading
        "ℹ️ 詳しい説明\n本文です。",  # an icon that opens a line of text
    ],
)
def test_an_icon_in_a_sentence_or_after_one_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_the_headline_repeated_as_an_images_alt_text_is_page_furniture():
    text = "新工場が完成\n\n新工場が完成 image\n\n工場は五日に稼働した。"
    assert _furniture(text) == [("新工場が完成 image", 8, 20)]


@pytest.mark.parametrize(
    "text",
    [
        "新工場が完成 image\n工場は五日に稼働した。",  # no headline it repeats
        "新工場が完成\n工場は五日に稼働した。\n新工場が完成 image\n",  # in the body, past the header
        "新工場が完成\n新工場が完成 画像で見る\n工場は稼働した。",  # more words than the image's
    ],
)
def test_an_image_word_without_the_repeated_headline_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_writing_templates_slot_name_is_page_furniture():
    assert _furniture("様子だ。\n2. 本文1:反応の紹介\n続き。") == [("本文1:", 8, 12)]
    assert _furniture("小見出し2：反応\n本文です。") == [("小見出し2：", 0, 6)]


@pytest.mark.parametrize(
    "text",
    [
        "この本文1:2の割合で書く。",  # inside a sentence
        "本文:ここから始まる。",  # the body named, no slot's number
        "見出し12345:番号が長い。",  # no slot's number: a longer figure
    ],
)
def test_a_slot_name_in_a_sentence_or_without_its_number_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_language_menu_is_page_furniture():
    text = "lang\n简体中文\nEnglish\n한국어\n日本語\nホーム\n本文です。"
    assert [found[0] for found in _furniture(text)] == ["简体中文\nEnglish\n한국어\n日本語"]


@pytest.mark.parametrize(
    "text",
    [
        "対応言語\nEnglish\n日本語\n本文です。",  # two languages: a list in an article
        "English\nEnglish\nEnglish\n本文です。",  # one name repeated
        "英語で English、韓国語で 한국어、中国語で 中文 と書く。",  # names in a sentence
    ],
)
def test_languages_named_in_a_list_or_a_sentence_stay_quiet(text: str) -> None:
    assert _furniture(text) == []


@pytest.mark.parametrize(
    ("text", "menu"),
    [
        ("lang\n中文English日本語한국어Deutsch\n本文です。", "中文English日本語한국어Deutsch"),  # run together
        ("本文です。\n English | 日本語 | 简体中文 \n続き。", "English | 日本語 | 简体中文"),  # parted by bars
        # One word each between names that the table lacks (a language named otherwise), fewer than the names.
        ("ホーム\nEnglishIndonesian日本語Español\n本文です。", "EnglishIndonesian日本語Español"),
    ],
)
def test_a_language_menu_on_one_line_is_page_furniture(text: str, menu: str) -> None:
    assert [found[0] for found in _furniture(text)] == [menu]


@pytest.mark.parametrize(
    "text",
    [
        "日本語とEnglishとFrançaisとDeutschを話す。",  # kana between the names: a sentence
        "English, Deutsch and Français are offered.\n本文です。",  # punctuation and words between them
        "English Deutsch Français are spoken here\n本文です。",  # two words after the names
        "EnglishEnglishEnglish\n本文です。",  # one name repeated
        "English 日本語\n本文です。",  # two names
        "English Foo 日本語 Bar 中文 Baz\n本文です。",  # as many unknown words as names
    ],
)
def test_language_names_in_a_line_of_text_stay_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_market_ticker_is_page_furniture():
    text = "速報\nBTC\n$96,000\n5.73%\nETH\n$3,521.91\n-3.97%\n\n価格が上がった。"
    assert _furniture(text) == [("BTC\n$96,000\n5.73%\nETH\n$3,521.91\n-3.97%", 3, 41)]
    assert _furniture("価格\nBTC\n$96,000\n5.73%\n本文です。") == []  # one asset: a figure the article gives
    assert _furniture("本文です。\nBTC\n$96,000\n5.73%\nETH\n$3,521.91\n-3.97%\n") == []  # the article's table


def test_a_list_of_search_keywords_is_page_furniture():
    text = "本文です。\n\n港,地図,場所,船,貨物,税関,倉庫,検査,\n続きです。"
    assert _furniture(text) == [("港,地図,場所,船,貨物,税関,倉庫,検査,", 7, 29)]
    # The last term ran into the next paragraph: the list ends at its last comma.
    assert _furniture("本文。\n\n港,地図,場所,船,貨物,税関,倉庫,検査,次の段落は続く。")[0][0].endswith("検査,")


@pytest.mark.parametrize(
    "text",
    [
        "対象は(北区,南区,東区,西区,中央区の各区)だ。",  # a sentence's list of names
        "港,地図,場所,船,貨物\n本文です。",  # a handful of terms
        "対象は次の各区(北,\n南,東,西,中央,港,湾,岬,丘,森の各区)だ。",  # a wrapped line of a sentence's list
        "1,2,3,4,5,6,7,8,9\n本文です。",  # figures
        "Tokyo, Osaka, Kyoto, Nagoya, Kobe, Sendai, Sapporo, Fukuoka\n本文です。",  # a list written with spaces
    ],
)
def test_a_sentences_list_or_a_short_one_is_no_keyword_list(text: str) -> None:
    assert _furniture(text) == []


def test_a_comments_vote_buttons_with_their_counts_are_page_furniture():
    assert _furniture("もっと話し合うべきだ。 共感120非共感8\n次の話題。") == [("共感120非共感8", 12, 21)]
    assert _furniture("多くの共感を呼んだ。共感は875件だった。") == []  # the word in sentences
    assert _furniture("共感875共感142") == []  # one button twice: no pair of votes


def test_an_empty_box_drawn_with_rules_is_page_furniture():
    text = "-----\n\n \n-----\n\n本文です。"
    assert _furniture(text) == [("-----\n\n \n-----", 0, 14)]
    assert _furniture("本文です。\n=====\n引用した文。\n=====\n続き。") == []  # rules around text
    assert _furniture("本文です。\n-----\n続き。") == []  # one rule


def test_a_credit_label_without_its_name_or_a_cookie_button_is_page_furniture():
    assert _furniture("見出し\n\nText by\n\n本文です。") == [("Text by", 5, 12)]
    assert _furniture("本文です。\n\nクッキーを受け入れる") == [("クッキーを受け入れる", 7, 17)]
    assert _furniture("本文です。\nクッキーを受け入れるかどうかを選ぶ。") == []


def test_an_empty_list_or_credit_is_page_furniture():
    assert _furniture("見出し\n2026年1月5日 通信社, ニュース , , ,\n本文です。") == [(", , ,", 24, 29)]
    assert _furniture("本文です。(取材・文/)\n次の記事") == [("(取材・文/)", 5, 12)]
    assert _furniture("本文です。(写真／ )\n") == [("(写真／ )", 5, 11)]


@pytest.mark.parametrize(
    "text",
    [
        "見出し\n赤, 青, 黄\n本文です。",  # a list with its items
        "本文です。\nそれで、 、 、\n続き。",  # the Japanese comma: a writer's pause, no list's separator
        "本文です。\n1,,2\n続き。",  # commas without spaces between them: a typing slip
        "本文です。(写真/共同)\n続き。",  # a credit with its name
        "本文です。(注/)\n続き。",  # a bracket whose label is no credit's
    ],
)
def test_lists_and_credits_with_their_items_stay_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_an_html_tag_between_sentences_or_broken_is_page_furniture():
    text = "港に着いた。<br />市内を歩いた。\n数字を発表した。/span>\n続き。"
    assert _furniture(text) == [("<br />", 6, 12), ("/span>", 28, 34)]


@pytest.mark.parametrize(
    "text",
    [
        "改行には<br>タグを使う。",  # a tag the text names
        "見出しは。<h2>タグで書く。",  # the same, after a sentence
        "各部分を<div>に入れる。\n<div id=a></div>\n",  # markup the text shows: inside a sentence, on its own line
        "番組<PRODUCE 101>と<Animal Farm>が続いた。",  # titles in angle brackets
    ],
)
def test_markup_the_text_shows_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_buttons_icon_by_its_font_name_alone_on_a_line_is_page_furniture():
    text = "autorenew\n見出し\n本文です。\n  expand_more\n"
    assert _furniture(text) == [("autorenew", 0, 9), ("expand_more", 22, 33)]
    assert _furniture("本文です。\nautorenew は更新の意味だ。") == []


def test_an_ad_label_framed_or_run_into_the_text_is_page_furniture():
    text = "本文です。\n- Advertisement -\n続きです。\nSponsored新型車の発売が決まった。"
    assert _furniture(text) == [("- Advertisement -", 6, 23), ("Sponsored", 30, 39)]


@pytest.mark.parametrize(
    "text",
    [
        "本文です。\n- Advertisement\n続きです。",  # a dash on one side only: a list's item
        "本文です。\nSponsored by Example\n続きです。",  # the label runs on in its own language
        "本文です。\nAdvertisement（広告）は英語だ。",  # a gloss in brackets after the word
        "本文です。\n- Read also:\n港の再開\n続き。",  # a teaser's label after a list's dash
    ],
)
def test_an_ad_label_not_framed_nor_fused_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_an_image_alt_text_alone_on_a_line_is_page_furniture_in_any_language():
    assert _furniture("見出し\n\nバナー\n本文です。\nbanner\n") == [("バナー", 5, 8), ("banner", 15, 21)]
    assert _furniture("バナー広告が増えた。\n本文です。") == []


def test_a_social_widgets_counters_and_buttons_are_page_furniture():
    text = "見出し\n1,234ファンいいね\n56フォロワーフォロー\n本文です。"
    assert _furniture(text) == [("1,234ファンいいね\n56フォロワーフォロー", 4, 27)]
    text = "本文。\n120 Fans Like\n3.4K Followers Follow\n"
    assert _furniture(text) == [("120 Fans Like\n3.4K Followers Follow", 4, 39)]


@pytest.mark.parametrize(
    "text",
    [
        "手順\n1. アカウントをフォロー\n2. 投稿にいいね\n本文です。",  # a list's steps
        "本文です。\n3人がいいね\n続きです。",  # one line, in a sentence's words
        "本文です。\n120ファンいいね\n\n続きです。",  # one counter alone
        "本文です。\n12人登録\n5人登録\n続きです。",  # a figure and a counter word: a list's sentences
    ],
)
def test_figures_with_a_button_word_not_in_a_widgets_row_stay_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_an_embeds_code_left_percent_encoded_is_page_furniture():
    code = "%3Cblockquote%20class%3D%22x-post%22%3E%3C%2Fblockquote%3E"
    assert _furniture(f"投稿が広がった。{code}続きです。") == [(code, 8, 8 + len(code))]


@pytest.mark.parametrize(
    "text",
    [
        "検索はhttps://example.com/?q=%3Cb%3Eで試せる。",  # escaped markup inside a URL is the URL's
        "記号<は%3Cと符号化される。",  # the escaping named, no element after it
    ],
)
def test_percent_encoding_in_a_url_or_explained_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_markdown_emphasis_in_a_text_without_other_markdown_is_page_furniture():
    assert _furniture("他の機種では**80%**の利用者が満足した。") == [("**80%**", 6, 13)]
    # Numbered lines are plain text's way to number points too: they do not make the text Markdown.
    text = "**部屋:**\n広くて静かだった。\n1. 窓が大きい。\n2. 机が広い。\n"
    assert _furniture(text) == [("**部屋:**", 0, 7)]


@pytest.mark.parametrize(
    "text",
    [
        "## 見出し\n他の機種では**80%**の利用者が満足した。",  # a Markdown text: its emphasis is its style
        "本文です。\n- 一つ目は**重要**だ。\n",  # the same, with a list's item
        "*** お問い合わせ ***\n本文です。",  # asterisks set off by spaces: a rule of text, no emphasis
        "手を拭き**、目に触れない。",  # one run, nothing closes it
    ],
)
def test_asterisks_that_are_no_stray_emphasis_stay_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_markdown_block_markers_inside_a_line_are_page_furniture():
    text = "手順を見ていこう。## 基本の仕組み配布は無料だ。理由は二つある。- **利用者の拡大**:新規客を集める。"
    assert _furniture(text) == [("## ", 9, 12), ("- ", 33, 35)]


@pytest.mark.parametrize(
    "text",
    [
        "## 基本の仕組み\n配布は無料だ。\n- **利用者の拡大**:新規客を集める。",  # at a line's start: Markdown's own
        "試合は3-2で終わった。#サッカー #速報",  # a hashtag needs no space after its #
        "番号は5番だ。- 以上",  # a dash without emphasis after it
    ],
)
def test_markdown_markers_where_lines_start_stay_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_blogs_previous_and_next_post_line_is_page_furniture():
    text = "散歩の記録。\n« 春の庭 | Main | 夏の海辺 »\n\n今日は晴れた。"
    assert _furniture(text) == [("« 春の庭 | Main | 夏の海辺 »", 7, 28)]
    assert _furniture("引用符は«こう»書く。\n« 春の庭 »\n本文。") == []  # guillemets around a title, no bar


def test_the_boxes_and_links_that_close_an_article_are_page_furniture():
    text = "港の再開発が始まった。工事は二年続く。\n\n▶ 続きを読む\n関連記事\n市長、港を視察\n新駅の計画が決まる\n"
    assert _furniture(text) == [("▶ 続きを読む", 21, 28), ("関連記事", 29, 33)]
    text = "港の再開発が始まった。\n\n関連ニュース\n\nコメント"
    assert _furniture(text) == [("関連ニュース", 13, 19), ("コメント", 21, 25)]
    text = "港の再開発が始まった。\nこの記事は英語の記事を翻訳したものです。\n原文はこちら"
    assert _furniture(text) == [("原文はこちら", 33, 39)]
    assert _furniture("港の再開発が始まった。\n【関連記事】\n市長、港を視察\n") == [("【関連記事】", 12, 18)]


@pytest.mark.parametrize(
    "text",
    [
        "港の再開発が始まった。\n続きを読む\n工事は二年続く。",  # a link label before more of the article
        "社長のコメント\nコメント\n社長は「港を変える」と述べた。",  # a comments heading with the article after it
        "関連記事は下にある。\n詳しくはコメント欄を見てほしい。",  # the words in sentences
    ],
)
def test_a_link_or_comments_label_before_more_of_the_article_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_related_article_link_between_paragraphs_is_page_furniture():
    # A box's heading, framed, and the teased title on the next line, before more of the article: one finding.
    text = "港の再開発が始まった。\n\n★こんな記事も読まれています★\n市長、新駅の計画を発表\n\n\n工事は二年続く。"
    assert _furniture(text) == [("★こんな記事も読まれています★\n市長、新駅の計画を発表", 13, 40)]
    # The title after a colon on the label's line (a link copied from the source page, in its language).
    text = "港の再開発が始まった。\n関連記事: Harbour plan wins approval\n工事は二年続く。"
    assert _furniture(text) == [("関連記事: Harbour plan wins approval", 12, 44)]
    # A link label in another language than the article's, its title after a blank line.
    text = "港の再開発が始まった。\n\nREAD MORE\n\n Harbour plan wins approval\n\n 工事は二年続く。"
    assert _furniture(text) == [("READ MORE\n\n Harbour plan wins approval", 13, 51)]
    assert _furniture("港の再開発が始まった。\n【関連記事】\n市長、港を視察\n工事は二年続く。") == [
        ("【関連記事】\n市長、港を視察", 12, 26)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "港の再開発が始まった。\n続きを読む\n市長、港を視察\n工事は二年続く。",  # the site's own link, its language
        "港の再開発が始まった。\n関連記事:\n  • 市長、港を視察\n  • 新駅の計画\n\n工事は二年続く。",  # a list of links
        "港の再開発が始まった。\nRead more\n市長は港を視察した。\n工事は二年続く。",  # a sentence, not a title
    ],
)
def test_a_link_label_before_a_list_a_sentence_or_in_the_articles_language_is_no_teaser(text: str) -> None:
    assert all("\n" not in excerpt for excerpt, _, _ in _furniture(text))
    # A link label with its address after it is a link written out (link_outs), reported once.
    text = "港の再開発が始まった。\nRead more\nhttps://example.jp/a\n工事は二年続く。"
    assert _furniture(text) == [("Read more\nhttps://example.jp/a", 12, 42)]


def test_the_pages_date_stamp_is_page_furniture():
    assert _furniture("港の再開発\n\n2026-03-04 09:15:30\n\n港の再開発が始まった。") == [("2026-03-04 09:15:30", 7, 26)]
    assert _furniture(" date 2026-03-04 港の再開発が始まった。") == [("date 2026-03-04", 1, 16)]
    assert _furniture(" date 2026-03 港の再開発が始まった。") == [("date 2026-03", 1, 13)]
    assert _furniture("港の再開発 2026/03/04/09:15 港の写真=4日 工事が始まった。") == [("2026/03/04/09:15", 6, 22)]
    assert _furniture("Sample Daily Times04/03/2026\n\n港の再開発が始まった。") == [("04/03/2026", 18, 28)]
    # A byline printed twice before it (its logo's alt text): the byline goes with the date.
    text = "Sample Daily TimesSample Daily Times04/03/2026\n\n港の再開発が始まった。"
    assert _furniture(text) == [("Sample Daily TimesSample Daily Times04/03/2026", 0, 46)]
    assert _furniture("公開日: 2026.03.04\n港の再開発が始まった。") == [("公開日: 2026.03.04", 0, 15)]


@pytest.mark.parametrize(
    "text",
    [
        "2026-03-04 09:15\n港の再開発が始まった。\n2026-03-05 10:00\n工事は続く。",  # two: a thread's or a log's
        "工事は2026/03/04に始まった。",  # a sentence's date, its particle after it
        "工事は 2026/03/04 に始まった。",  # the same, spaced
        "資料は https://example.com/2026/03/04/port にある。",  # a web address's path
        "工期は2026-03 から二年だ。\n",  # a year and a month without a date field's label
        "工事が始まった(2026/03/04)。",  # in brackets, inside a sentence
        "成長率は3.5%だった。価格は1.2.3の順だ。",  # decimals and a version number
    ],
)
def test_dates_of_the_content_or_inside_sentences_stay_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_heading_or_caption_printed_twice_is_page_furniture():
    text = "港の再開発が始まる予定\n\n港の再開発が始まる予定\n\n市は四日、港の再開発を始めた。"
    assert _furniture(text) == [("港の再開発が始まる予定", 13, 24)]
    text = "港の再開発が始まる予定\n市は四日、港の再開発を始めた。\n港の再開発が始まる予定\n工事は二年続く。"
    assert _furniture(text) == [("港の再開発が始まる予定", 28, 39)]
    text = "新しい港の完成予想図(市提供)\n新しい港の完成予想図(市提供)\n市は四日、港の再開発を始めた。"
    assert _furniture(text) == [("新しい港の完成予想図(市提供)", 16, 31)]


@pytest.mark.parametrize(
    "text",
    [
        "（中略）\n市は四日、港を視察した。\n（中略）\n工事は続く。",  # a short mark the text repeats by design
        "市は四日、港の再開発を始めた。\n市は四日、港の再開発を始めた。",  # a sentence repeated: no heading's copy
        "港の再開発が始まる予定\n市は四日、港を視察した。\n工事は二年続く。\n港の再開発が始まる予定\n",  # far apart
        "港の再開発が始まる予定\n港の再開発が始まる予定\n港の再開発が始まる予定\n本文。",  # three times
        "#PortRenewal2026\n港を視察した。\n#PortRenewal2026\n",  # no kana or kanji: a post's hashtag
    ],
)
def test_lines_repeated_by_design_or_far_apart_stay_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_text_printed_twice_on_one_line_is_page_furniture():
    # A byline's two prints (its avatar's alt text, its link), the line break between them lost: the whole line.
    text = "港の再開発が始まる\n\n地域ニュース編集部 地域ニュース編集部\n\n市は四日、港の再開発を始めた。"
    assert _furniture(text) == [("地域ニュース編集部 地域ニュース編集部", 11, 30)]
    # The name elsewhere in the text, a short text, a sentence, or no kana or kanji: quiet.
    assert _furniture(text + "（地域ニュース編集部）") == []
    assert _furniture("港の再開発\n\nがんばろう港 がんばろう港\n\n市は四日、港を視察した。") == []
    assert _furniture("市は港を視察した。 市は港を視察した。\n工事は続く。") == []
    assert _furniture("Port News Desk Port News Desk\n\n市は四日、港を視察した。") == []


def test_a_photos_numbered_alt_text_is_page_furniture():
    text = "港の再開発が始まる\n\n市は四日、港の再開発を始めた。\n\n港の再開発が始まる - 写真1\n\n工事は二年続く。"
    assert _furniture(text) == [("港の再開発が始まる - 写真1", 28, 43)]
    assert _furniture("港の再開発が始まる - 写真1\n工事は二年続く。") == []  # no line it repeats
    assert _furniture("港の再開発が始まる\n港の再開発が始まる - 写真集を見る\n") == []  # no photo's number
    # The translation's final 。, and the headline translated anew in the alt text (its opening words the same).
    text = (
        "港湾局が示した新しい再開発の三つの理由を紹介\n\n市は四日、港の再開発を始めた。\n\n"
        "港湾局が示した新しい再開発の三つの理由を説明 - 写真1。\n続く。"
    )
    assert _furniture(text) == [("港湾局が示した新しい再開発の三つの理由を説明 - 写真1。", 41, 70)]
    assert _furniture("港湾局が示した新しい再開発の三つの理由を説明 - 写真1。\n続く。") == []  # no headline before it


def test_a_photo_credit_alone_on_its_line_after_a_colon_is_page_furniture():
    text = "市は四日、港の再開発を始めた。\n\n写真:ゲッティ\n\n工事は二年続く。"
    assert _furniture(text) == [("写真:ゲッティ", 17, 24)]
    assert _furniture("市は四日、港を視察した。\n写真:市が公開した港の様子。工事は続く。\n") == []  # a sentence follows
    assert _furniture("資料 写真:ゲッティ\n工事は続く。") == []  # not opening its line


def test_an_english_photo_credit_alone_on_its_line_is_page_furniture():
    text = "湖の朝霧が名物だ。\n\nphoto by 山田太郎\n\n湖畔には宿が多い。"
    assert _furniture(text) == [("photo by 山田太郎", 11, 24)]
    assert _furniture("湖の朝霧が名物だ。\nPhotos by Ken Sato  \n宿が多い。") == [("Photos by Ken Sato", 10, 28)]
    assert _furniture("湖畔の写真。photo by 山田太郎\n宿が多い。") == []  # not opening its line
    assert _furniture("湖の朝霧が名物だ。\nphoto by 山田太郎") == []  # the text's last line: no article after it
    assert _furniture("湖の朝霧が名物だ。\nphoto by 山田太郎が撮った。朝の湖だ。\n宿が多い。") == []  # a sentence


def test_share_buttons_run_into_the_last_line_are_page_furniture():
    text = "港の再開発 市は四日、港の再開発を始めた。工事は二年続く。 もっと読む ツイート シェア LINE 地域の記事一覧"
    assert _furniture(text) == [("もっと読む ツイート シェア LINE", 30, 49)]
    assert _furniture("工事は二年続く。 シェアの拡大を狙う。") == []
    assert _furniture("工事は二年続く。 LINE と X で告知した。") == []
    assert _furniture("工事は二年続く。 LINE Facebook X でシェアしてほしい。") == []  # a sentence naming them


def test_share_buttons_run_into_a_line_up_to_a_date_are_page_furniture():
    # A theme's row (Cocoon's captions: X, Facebook, はてブ, Pocket, LINE, コピー) between a sentence and the post's
    # date, on a line before the text's last: the row alone (the date is the date stamp's own finding).
    text = "市は四日、港の再開発を始めた。 X Facebook はてブ Pocket LINE コピー 2026.03.04 工事は二年続く。\n次の記事"
    assert ("X Facebook はてブ Pocket LINE コピー", 16, 46) in _furniture(text)
    assert _furniture("市は四日、港を視察した。 X Facebook LINE\n工事は二年続く。") == [("X Facebook LINE", 13, 28)]
    # Before more words on a line that is not the text's last: a sentence's words, or a list of names.
    assert _furniture("市は四日、港を視察した。 X Facebook LINE 各社の広告\n工事は二年続く。") == []


def test_an_empty_date_field_alone_is_page_furniture():
    assert _furniture("港の再開発\n記者\n最終更新日: \n港の再開発が始まった。") == [("最終更新日:", 9, 15)]
    # Its date on the next line: the field has its value.
    assert _furniture("港の再開発\n最終更新日:\n2026年3月4日\n港の再開発が始まった。") == []
    assert _furniture("港の再開発\n主な更新日: \n港の再開発が始まった。") == []  # no date field's label


def test_a_placeholder_title_is_page_furniture_in_another_language():
    assert _furniture("no title\n\n港の再開発が始まった。") == [("no title", 0, 8)]
    assert _furniture("no title\n\nThe port reopens.", lang="en") == []


def test_the_sites_title_as_the_first_line_is_page_furniture():
    text = "Example.vn - Trang tin tức mẫu\n\n港の再開発が始まった。"
    assert _furniture(text) == [("Example.vn - Trang tin tức mẫu", 0, 30)]
    text = "news.example.com | Sample News\n港の再開発が始まった。"
    assert _furniture(text) == [("news.example.com | Sample News", 0, 30)]


@pytest.mark.parametrize(
    "text",
    [
        "Example.com - 新サービスを発表\n本文です。",  # a headline in the article's language
        "Example.qqzz - Sample News\n本文です。",  # no top-level domain
        "本文です。\nExample.vn - Trang tin tức mẫu\n",  # not the first line
        "Example.vn\n本文です。",  # the address alone
    ],
)
def test_a_domain_in_a_headline_or_past_the_first_line_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_the_pages_own_address_under_its_title_is_page_furniture():
    text = "市長:「港を再開発する」\nhttps://example.jp/news/a123-市長_港を再開発する\n市は四日、港の再開発を始めた。"
    assert _furniture(text) == [("https://example.jp/news/a123-市長_港を再開発する", 13, 52)]
    # The title, percent-encoded.
    address = "https://example.jp/%E5%B8%82%E3%81%8C%E6%B8%AF%E3%82%92%E5%86%8D%E9%96%8B%E7%99%BA%E3%81%99%E3%82%8B"
    encoded = "市が港を再開発する\n" + address + "\n"
    assert [span[1:] for span in _furniture(encoded)] == [(10, 110)]


@pytest.mark.parametrize(
    "text",
    [
        "市長:「港を再開発する」\nhttps://example.jp/news/a123\n市は四日、港を視察した。",  # no title in the path
        "Mayor backs the new port plan\nhttps://example.com/mayor-backs-the-new-port-plan\n本文。",  # a source's
        "市は港を再開発する。詳しくは https://example.jp/市長_港を再開発する を参照。",  # inside a sentence
        "港湾\nhttps://example.jp/港湾\n本文。",  # a word or two: any address's
    ],
)
def test_an_address_that_is_not_the_pages_own_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_timestamp_as_metadata_writes_it_is_page_furniture():
    text = "市は港の再開発を始めた。\n(last modified 2026-01-31T03:26:43+00:00 )\n工事は続く。"
    assert _furniture(text) == [("(last modified 2026-01-31T03:26:43+00:00 )", 13, 55)]
    text = "市は港の再開発を始めた。更新 2026-01-31T03:26:43Z 工事は続く。"
    assert _furniture(text) == [("2026-01-31T03:26:43Z", 15, 35)]
    assert _furniture("市は港の再開発を始めた。\nhttps://example.jp/?t=2026-01-31T03:26:43Z\n") == []  # an address's
    assert _furniture("市は2026-01-31 03:26に再開発を始めた。") == []  # no T, no zone: a date of prose


def test_a_photos_caption_closed_by_its_credit_is_page_furniture():
    text = "市は四日、港の再開発を始めた。\n新しい港の完成予想図。© Sample Images / Taro Yamada\n工事は続く。"
    assert _furniture(text) == [("新しい港の完成予想図。© Sample Images / Taro Yamada", 16, 56)]
    text = "工事は続く。費用は百億円だ。新しい港の完成予想図 © Sample Photo/Taro Yamada\n"
    assert _furniture(text) == [("新しい港の完成予想図 © Sample Photo/Taro Yamada", 14, 51)]  # the line's last sentence
    assert _furniture("© Sample Photo/ Taro Yamada\n工事は続く。") == [("© Sample Photo/ Taro Yamada", 0, 27)]


@pytest.mark.parametrize(
    "text",
    [
        "工事は続く。\n\n© 2026 Sample News Inc.\n",  # a site's copyright: its owner alone, no slash
        "工事は続く。\n© サンプル通信\n",
        "新しい港の完成予想図(© Sample Images / Taro Yamada)\n",  # in the caption's brackets: its own credit
        "© Sample Images / Taro Yamada https://example.jp/a\n",  # not closing its line
    ],
)
def test_a_copyright_notice_or_a_credit_inside_its_caption_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_breadcrumb_trail_on_its_line_is_page_furniture():
    text = "港の話題\nホーム > 地域 > 港湾 > 港の再開発が始まる\n市は四日、港の再開発を始めた。"
    assert _furniture(text) == [("ホーム > 地域 > 港湾 > 港の再開発が始まる", 5, 30)]
    assert _furniture("HOME＞暮らし＞地域\n本文です。") == [("HOME＞暮らし＞地域", 0, 11)]


@pytest.mark.parametrize(
    "text",
    [
        "費用 > 品質\n本文です。",  # two: a comparison's
        "手順は申込み > 審査 > 契約の順だ。\n",  # a sentence
        "a>b>c\n本文です。",  # unspaced ASCII: code's
    ],
)
def test_arrows_that_are_no_breadcrumb_trail_stay_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_picture_agencys_name_alone_on_a_line_is_page_furniture():
    text = "港の完成予想図。工事は二年続く。\n\nゲッティ\n\n市は四日、港を視察した。"
    assert _furniture(text) == [("ゲッティ", 18, 22)]
    assert _furniture("本文です。\n  getty images \n続き。") == [("getty images", 8, 20)]


@pytest.mark.parametrize(
    "text",
    [
        "写真はゲッティが配信した。\n",  # in a sentence
        "本文です。\n[ゲッティ]\n",  # in brackets: a caption's own credit
        "本文です。\nロイター\n続き。",  # a news agency: its name alone may be a byline
    ],
)
def test_an_agency_named_in_prose_or_a_news_agency_alone_stays_quiet(text: str) -> None:
    assert _furniture(text) == []


def test_a_name_alone_in_the_header_is_the_authors_byline():
    text = "港の再開発が始まる\n\nマイケル・スミス\n\n市は四日、港の再開発を始めたと発表した。"
    assert _furniture(text) == [("マイケル・スミス", 11, 19)]
    # A name IPAdic does not know (most foreign names), joined by ＝, as the text's first line.
    assert _furniture("グルンダ＝ザクセル\n市は四日、港の再開発を始めた。") == [("グルンダ＝ザクセル", 0, 9)]
    # A name in Latin letters printed twice, the byline's avatar and its link.
    text = "港の再開発が始まる\nJane Doe\n\nJane Doe\n市は四日、港の再開発を始めた。"
    assert _furniture(text) == [("Jane Doe\n\nJane Doe", 10, 28)]


@pytest.mark.parametrize(
    "text",
    [
        "マイケル・スミス\nスミス氏は四日、港を視察した。",  # the article is about him: his name is in its prose
        "ワンダフル・ジャパン\n市は四日、港を視察した。",  # words IPAdic knows otherwise: a title, a place
        "マイケル・スミス\nケイト・ミラー\n二人は四日、港を視察した。",  # two names: a list
        "マイケル・スミス\n港を視察した。\nケイト・ミラー\n市長も同行した。",  # a name line in the article too
        "市は四日、港を視察した。\nマイケル・スミス\n市長も同行した。",  # after the first sentence
        "マイケル・スミス\n港を視察した",  # no sentence mark: no header to tell
        "Jane Doe\n市は四日、港を視察した。",  # a Latin name once
        "Jane Doe\nJane Doe\nJane Doeは四日、港を視察した。",  # named in the prose
    ],
)
def test_a_name_that_is_no_byline_stays_quiet(text: str) -> None:
    assert _furniture(text) == []

"""HTML pages: the main article text, one paragraph, heading or list item per line.

trafilatura finds the article and drops navigation, asides, footers and scripts. It
keeps a social-media embed (``blockquote.twitter-tweet``) flattened into ordinary lines,
post text, ``pic.twitter.com/...`` and ``— Name (@handle) date``, which is what we
want: the embed rule flags exactly those lines. An embed that is intact on the page (its
blockquote and the platform's script, which turns it back into a post in the reader's
browser) is named in ``meta["intact_embeds"]``: its lines stay in the text, and the embed
rule leaves them alone. When trafilatura finds nothing (tiny pages), a plain walk over the
body with selectolax takes its place.

Nothing is fetched and nothing on the page is run. Both libraries are imported on the
first HTML page only: trafilatura alone costs about 0.2 s to import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from html import unescape

from auditor.document import UNDETERMINED, Document
from auditor.readers.encoding import decode
from auditor.readers.errors import ReadError

_PRESCAN_BYTES = 4096  # where a page declares its charset (browsers look at the first 1024)
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([a-z0-9._-]+)""", re.IGNORECASE)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_HEAD_END = re.compile(r"</head\s*>|<body\b", re.IGNORECASE)
_META_TAG = re.compile(r"<meta\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([a-z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_TITLE_PROPERTIES = ("og:title", "twitter:title")  # the headline alone, without " | site name"
_HEAD_LIMIT = 65536
_ASCII_SPACES = re.compile(r"[ \t\n\r\f]+")  # what HTML collapses; U+3000 and NBSP are visible and stay

# trafilatura turns every Unicode space into an ASCII one (U+3000 too), which would make an
# ordinary full-width space look like link-anchor residue. We swap U+3000 and NBSP (as characters
# or entities) for printable stand-ins it leaves alone, and swap them back afterwards.
_STAND_INS = "ᚠᚡᚢᚣᚤᚥᚦᚧᚨᚩᚪᚫᚬᚭᚮᚯ"  # runic letters: printable, never in a news page
_NBSP = re.compile(r"\u00a0|&(?:nbsp;?|#0*160(?![0-9]);?|#x0*a0(?![0-9a-f]);?)", re.IGNORECASE)
_IDEOGRAPHIC_SPACE = re.compile(r"\u3000|&(?:#0*12288(?![0-9]);?|#x0*3000(?![0-9a-f]);?)", re.IGNORECASE)
_EDGE_SPACES = " \u3000\u00a0"

# The plain fallback: what is never text, and the elements that start a new line.
_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "iframe", "svg", "math", "object", "embed", "canvas", "head"}
    | {"nav", "aside", "footer", "-comment"}
)
_BLOCKS = frozenset(
    {"address", "article", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt"}
    | {"fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup"}
    | {"hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"}
)


# The plain fallback's parser (lexbor, like browsers) takes time quadratic in the nesting depth: 100,000
# nested <div> cost 9 s. Browsers cap the tree at 512 levels (Blink); a page nested deeper than this, by
# a rough count of open tags, is refused rather than parsed.
MAX_NESTING = 1000
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")
# Elements that never nest (void) or that the next sibling closes: they do not deepen the count.
_NOT_NESTING = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    | {"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp"}
    | {"colgroup", "caption", "html", "head", "body", "param", "keygen", "basefont", "bgsound", "frame"}
)


class NestingError(ValueError):
    """A page nested deeper than MAX_NESTING elements."""


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    title: str | None
    extractor: str  # "trafilatura" or "selectolax"


def read_html(data: bytes, name: str, *, lang: str = UNDETERMINED) -> Document:
    """A Document whose text is the page's main text (an empty text when the page has none)."""
    decoded = decode(data, name, lang=lang, declared=declared_charset(data))
    try:
        extracted = extract_main_text(decoded.text)
    except NestingError as error:
        raise ReadError(f"{name}: {error}") from None
    meta = {"extractor": extracted.extractor}
    intact = intact_embeds(decoded.text)
    if intact:
        meta[INTACT_EMBEDS] = "\n".join(intact)
    return Document(
        text=extracted.text,
        lang=lang,
        doc_id=name,
        encoding=decoded.encoding,
        source_format="html",
        title=extracted.title,
        meta=meta,
    )


# Embeds a platform's script turns back into a post on the page: the blockquote's class, and the script.
INTACT_EMBEDS = "intact_embeds"  # meta key: the intact embeds' texts, without whitespace, one per line
_SCRIPT_SRC = r"<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//"
_EMBED_SCRIPTS = {
    "twitter-tweet": re.compile(_SCRIPT_SRC + r"platform\.(?:twitter|x)\.com/widgets\.js", re.I),
    "instagram-media": re.compile(_SCRIPT_SRC + r"(?:www\.)?instagram\.com/embed\.js", re.I),
    "tiktok-embed": re.compile(_SCRIPT_SRC + r"(?:www\.)?tiktok\.com/embed\.js", re.I),
}
_WHITESPACE = re.compile(r"\s+")


def intact_embeds(html: str) -> tuple[str, ...]:
    """The texts (whitespace removed) of the embeds that are intact on the page: a ``blockquote`` of a platform's
    embed class on a page that loads that platform's embed script."""
    live = [cls for cls, script in _EMBED_SCRIPTS.items() if cls in html and script.search(html)]
    if not live:
        return ()
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    found = []
    for cls in live:
        for node in tree.css(f"blockquote.{cls}"):
            text = _WHITESPACE.sub("", unescape(node.text(separator=" ")))
            if text:
                found.append(text)
    return tuple(found)


def declared_charset(data: bytes) -> str | None:
    """The encoding label from ``<?xml encoding>`` or ``<meta charset>`` near the top, if any."""
    head = data[:_PRESCAN_BYTES]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def extract_main_text(html: str) -> Extracted:
    """The article text of ``html``: trafilatura first, the plain body walk when it finds nothing."""
    text = _with_trafilatura(html)
    extractor = "trafilatura"
    if not text or text.isspace():
        depth = nesting_depth(html)
        if depth > MAX_NESTING:
            raise NestingError(f"HTML nested {depth:,} elements deep, over the {MAX_NESTING:,} limit")
        text, extractor = plain_body_text(html), "selectolax"
    return Extracted(text=text, title=page_title(html), extractor=extractor)


def nesting_depth(html: str) -> int:
    """The deepest nesting of elements in ``html``, counted roughly from its tags (an upper bound for sane pages)."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        if match.group(2).lower() in _NOT_NESTING:
            continue
        if match.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def page_title(html: str) -> str | None:
    """The headline from ``og:title``/``twitter:title``, else the ``<title>`` text.

    Read from the head with two regexes: trafilatura's metadata pass would find the same
    title but doubles the extraction time (dates, authors, ...).
    """
    end = _HEAD_END.search(html, 0, _HEAD_LIMIT)
    head = html[: end.start() if end else _HEAD_LIMIT]
    for tag in _META_TAG.finditer(head):
        attributes = {
            match.group(1).lower(): next(value for value in match.groups()[1:] if value is not None)
            for match in _ATTRIBUTE.finditer(tag.group(1))
        }
        kind = (attributes.get("property") or attributes.get("name") or "").lower()
        if kind in _TITLE_PROPERTIES:
            title = _clean_title(attributes.get("content", ""))
            if title:
                return title
    match = _TITLE.search(head)
    return _clean_title(match.group(1)) if match else None


def _clean_title(raw: str) -> str | None:
    return _ASCII_SPACES.sub(" ", unescape(raw)).strip(_EDGE_SPACES) or None


def _with_trafilatura(html: str) -> str | None:
    try:
        import trafilatura
    except ImportError:
        return None
    protected, restore = _protect_spaces(html)
    try:
        result = trafilatura.bare_extraction(
            protected,
            config=_trafilatura_config(),
            include_comments=False,  # readers' comments are not the article
            include_tables=True,
            include_images=False,
            include_links=False,
        )
    except Exception:  # a parser failure on a strange page is not the user's problem: fall back
        return None
    # bare_extraction's text is not NFC-normalised, unlike extract()'s: characters stay as on the page.
    if result is None:
        return None
    text = result.text if hasattr(result, "text") else result.get("text")  # a Document, or a dict in older versions
    return _tidy_lines(restore(text or ""))


@cache
def _trafilatura_config():
    """trafilatura's defaults, but trusting its main extractor on short articles.

    By default an extraction under 250 characters (two or three Japanese sentences, a normal
    news flash) triggers a "baseline" rescue that takes the whole body: navigation and
    sidebars come back, and every inline element (<a>, <b>) breaks the line, splitting
    sentences. With 1, the rescues run only when the main extractor finds nothing.
    """
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")  # we read no dates
    return config


def _protect_spaces(html: str):
    """``html`` with U+3000 and NBSP swapped for stand-ins, and the function that swaps them back."""
    unused = [ch for ch in _STAND_INS if ch not in html]
    has_nbsp, has_ideographic = _NBSP.search(html), _IDEOGRAPHIC_SPACE.search(html)
    if len(unused) < 2 or not (has_nbsp or has_ideographic):
        return html, lambda text: text
    nbsp, ideographic = unused[0], unused[1]
    protected = _IDEOGRAPHIC_SPACE.sub(ideographic, _NBSP.sub(nbsp, html))

    def restore(text: str) -> str:
        return text.replace(nbsp, "\u00a0").replace(ideographic, "\u3000")

    return protected, restore


def _tidy_lines(text: str) -> str:
    """Spaces trimmed from line edges, blank lines dropped.

    trafilatura does this for the spaces it sees, but leaves a space after text that sits
    directly in <body>, and the restored U+3000/NBSP were invisible to it.
    """
    lines = (line.strip(_EDGE_SPACES) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def plain_body_text(html: str) -> str:
    """Every text node of the body, block elements on lines of their own, HTML spaces collapsed."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    if root is None:
        return ""
    parts: list[str] = []
    stack = [(root, False)]  # (node, closing): an explicit stack, as pages can nest deeper than recursion allows
    while stack:
        node, closing = stack.pop()
        if closing:
            parts.append("\n")
            continue
        tag = node.tag
        if tag == "-text":
            parts.append(_ASCII_SPACES.sub(" ", node.text_content or ""))
            continue
        if tag in _SKIPPED:
            continue
        if tag == "br":
            parts.append("\n")
            continue
        if tag in _BLOCKS:
            parts.append("\n")
            stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
    return _tidy_lines("".join(parts))

"""Cross-checks: the translation compared with its source, sentence pair by sentence pair.

These rules run only when the article comes with its source (``--source``, a bilingual
file). They read ``ctx.alignment`` (see auditor/analysis/alignment.py): pairs of source and target
spans, where an empty side marks a source sentence with no translation or a target
sentence with no source. Their findings carry ``src_start``/``src_end`` into the source,
and where one of them and a target-only rule of the same category point at the same
characters, the audit keeps the cross-check's (it has the source as evidence).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from auditor.analysis.brands import brand_index
from auditor.analysis.context import MIN_CONFIDENCE, Analysis
from auditor.analysis.names import EMAIL_PATTERN, people_index
from auditor.document import HEADING, Document, Pair, Sentence
from auditor.findings import Finding
from auditor.languages import get_pack
from auditor.languages.scripts import KANA, KANJI, KATAKANA
from auditor.lexicons import Lexicon, trie_pattern
from auditor.lexicons.schema import BrandRow, PersonRow, WordRenderingRow
from auditor.rules.base import Context, Rule

# The aligner, the evidence and the source names are imported where a check needs them: only bilingual audits do,
# and a target-only run (most batches) then never pays their import and patterns (~20 ms of start-up).
if TYPE_CHECKING:
    from auditor.analysis.evidence import Evidence
    from auditor.analysis.source_names import RenderedName

EXAMPLE_SOURCE = (
    "Apple unveiled its new phone on Monday. "
    "Elon Musk (@elonmusk) praised it on social media. "
    "The phone will go on sale in 40 countries on March 3 and will cost $999 in the United States. "
    "Analysts expect strong sales in Europe and Asia this year."
)
# Its translation, sentence by sentence: each rule's bad example damages one of them.
_APPLE = "アップルは月曜日、新型スマートフォンを発表した。"
_MUSK = "イーロン・マスク氏（@elonmusk）はSNSで称賛した。"
_PRICE = "同機は3月3日に40カ国で発売され、米国での価格は999ドルとなる。"
_SALES = "アナリストは今年、欧州とアジアで好調な販売を見込んでいる。"
EXAMPLE_TRANSLATION = _APPLE + _MUSK + _PRICE + _SALES

# Addresses that must reach the target byte for byte. URLs end before closing brackets and final punctuation.
_ADDRESS = re.compile(
    r"https?://[^\s<>\"'()（）「」、。]+[^\s<>\"'()（）「」、。.,;:!?]"
    rf"|{EMAIL_PATTERN}"
    r"|(?<![\w@])@[A-Za-z0-9_]{2,30}"
    r"|(?<![\w#&])#[A-Za-z][A-Za-z0-9_]{1,60}"
    r"|(?<![\w$])\$[A-Z]{1,5}(?![A-Za-z])"
)
# The full-width sigils X reads as its own (twitter-text's at-signs and hash-signs, [@＠] and [#＃]): a Japanese
# translation that writes ＠elonmusk or ＃AI keeps a handle or a hashtag that works.
_WIDE_SIGILS = {"@": "＠", "#": "＃"}
# What a damaged address looks like in the target: a sigil (ASCII or full-width) and what follows it.
_DAMAGED = re.compile(
    rf"[@＠#＃$＄](?:[A-Za-z0-9_\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff3f]+|[{KATAKANA}]+)|h\s*t\s*t\s*p[^\s、。「」（）()]*"
)
_JAPANESE_HASHTAG = re.compile(f"[#＃][{KANA}{KANJI}]")
_TAGS = re.compile(r"#\w+")


def _target_span(pairs: Sequence[Pair], index: int) -> tuple[int, int] | None:
    """Where a finding on ``pairs[index]`` points in the target: its own sentences, or for an empty target
    (a 1-0 link) the nearest non-empty target before it, else after it."""
    for step in (0, -1, 1):
        at = index + step
        while 0 <= at < len(pairs):
            pair = pairs[at]
            if pair.tgt_end > pair.tgt_start:
                return pair.tgt_start, pair.tgt_end
            if not step:
                break
            at += step
    return None


def _in_heading(doc: Document, pair: Pair) -> bool:
    """Whether the pair's target lies inside one heading."""
    headings = doc.heading_spans
    index = bisect_right(headings, pair.tgt_start, key=lambda span: span[0]) - 1
    return index >= 0 and pair.tgt_end <= headings[index][1]


class AddressAltered(Rule):
    """Finds a handle, hashtag, cashtag, URL or e-mail address of the source that is not in the translation as is.

    Why it matters:
        An address works only byte for byte: @elonmusk transliterated into @イーロンマスク, #AI widened into ＃ＡＩ, a
        URL split by a space or dropped all send the reader nowhere. With the source at hand there is no guessing:
        every address in a source sentence must appear, unchanged, in the translation.

    How it decides:
        Each address of a source sentence (@handle, #hashtag, $CASHTAG, http(s) URL, e-mail) is looked up in the whole
        translation, its @ or # written full-width too (＠, ＃: X's own parser, twitter-text, reads them as the
        same sigils, so the handle still links; WMT references: 2 such handles, this rule's false findings there).
        When it is not there, the finding points at the altered form in the aligned target sentence (a
        sigil followed by something else, a broken http) with the source address as the suggestion; when nothing like
        it is there, at the target sentence ("missing": the message says to insert it, and there is no suggestion,
        which would replace the sentence). A hashtag that its source sentence uses as a word, the sentence going on
        after it (Casper the #rat is …), may be translated with the sentence into a Japanese hashtag (#ネズミ), as
        Japanese posts tag in Japanese (#拡散希望); a tag that ends its sentence or a run of tags is the post's label
        and must stay as published (#PilotTraining, not #パイロットトレーニング). A form that is itself an
        address of the source is never taken for another address's altered form. Only pairs aligned with
        confidence ``MIN_CONFIDENCE`` (0.5, auditor/analysis/context.py) or more are judged.
    """

    id = "source.address-altered"
    category = "accuracy/handle"
    severity = "major"
    summary = "Handle, hashtag, cashtag, URL or e-mail changed or missing in the translation"
    fix = "safe"  # the address is restored byte for byte from the source
    needs_source = True
    example_source = EXAMPLE_SOURCE
    bad = EXAMPLE_TRANSLATION.replace("@elonmusk", "@イーロンマスク")
    good = EXAMPLE_TRANSLATION

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        source = ctx.source
        assert source is not None
        text, pairs = doc.text, ctx.confident_pairs
        for index, pair in enumerate(pairs):
            for match in _ADDRESS.finditer(source.text, pair.src_start, pair.src_end):
                address = match.group()
                if address in text or (address[0] in _WIDE_SIGILS and _WIDE_SIGILS[address[0]] + address[1:] in text):
                    continue
                altered_at = self._altered(doc, pair, address, source.memo(_addresses))
                if (
                    address[0] == "#"
                    and _used_as_word(source.text, match.end(), pair.src_end)
                    and (
                        _JAPANESE_HASHTAG.match(text, altered_at[0])
                        if altered_at
                        else _JAPANESE_HASHTAG.search(text, pair.tgt_start, pair.tgt_end)
                    )
                ):
                    continue  # a hashtag the sentence uses as a word, translated with it (#rat → #ネズミ)
                span = altered_at or _target_span(pairs, index)
                if span is None:
                    continue
                altered = span != (pair.tgt_start, pair.tgt_end)
                if altered:
                    message = f"The source has {address}; the translation changed it (an address works only as is)."
                else:  # the span is the whole sentence: a suggestion would replace it, so the message says it
                    message = f"The source has {address}; it is missing from the translation: insert it here."
                suggestion = address if altered else ""
                yield self.finding(doc, *span, message, suggestion=suggestion, source_span=match.span())

    @staticmethod
    def _altered(doc: Document, pair: Pair, address: str, source_addresses: frozenset[str]) -> tuple[int, int] | None:
        sigil = address[0] if address[0] in "@#$" else "h"
        for match in _DAMAGED.finditer(doc.text, pair.tgt_start, pair.tgt_end):
            found = unicodedata.normalize("NFKC", match.group()[0])
            if found == sigil and match.group() not in source_addresses:
                return match.span()
        return None


def _used_as_word(source: str, end: int, sentence_end: int) -> bool:
    """True for a hashtag that its sentence goes on after (Casper the #rat is …): a word of the sentence, which a
    translation renders with it; a tag that ends its sentence or a run of tags (… #PilotTraining #Flying) is the
    post's label, kept as published."""
    return any(c.isalpha() for c in _TAGS.sub("", source[end:sentence_end]))


def _addresses(source: Analysis) -> frozenset[str]:
    """The source's addresses: one the target has intact is never taken for another's altered form."""
    return frozenset(_ADDRESS.findall(source.text))


def _people_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """The Latin names of ``people.tsv`` as whole words."""
    names = trie_pattern(person.latin for person in people_index(lexicon).people)
    return re.compile(rf"(?<![A-Za-z0-9@#$])(?:{names})(?![A-Za-z0-9])")


class BrandRenderedAsWord(Rule):
    """Finds a company, brand or product of the source rendered in the translation as the common word it is named after.

    Why it matters:
        The source says Apple (the company); the translation says りんご (the fruit). The sentence now says something
        else, and readers cannot find the company.

    How it decides:
        Without the source, entity.brand-literal has to judge from the sentence; with it, the capitalised name in the
        aligned source sentence settles it, so the finding is critical. No list of brands is needed
        (auditor/analysis/source_names.py): a capitalised name of the source (a lone word opening a sentence only
        when the document or the name tables confirm it) whose words' common Japanese renderings
        (``word_renderings.tsv``, generated from JMdict) are whole words of the aligned target sentence, while the
        target writes the name neither in Latin letters nor in katakana, is rendered by meaning. This rule reports
        those that are companies, brands or products (``brands.tsv``, ``name_literals.tsv``, ``known_names.tsv``);
        source.name-as-word reports the other names. A source that uses the word in lower case in the same sentence
        (a shell, apples) is never reported.

        Besides, each brand of ``brands.tsv`` written in a source sentence must not have one of its listed literal
        renderings (りんご, 貝殻, a publication's own rows) in the aligned target sentence unless the target writes
        the brand properly there, or uses the literal as the word it is (source_names.brand_literal_is_word: りんご園
        for "Apple orchards", a brand that only opens its sentence; 火星 beside 探査). The suggestion is the
        brand's usual Japanese form. Only pairs aligned with confidence ``MIN_CONFIDENCE`` (0.5,
        auditor/analysis/context.py) or more are judged.
    """

    id = "source.brand-as-word"
    category = "accuracy/entity"
    severity = "critical"
    summary = "Brand of the source translated as a common word"
    fix = "unsafe"  # the brand's usual Japanese form may not be the publication's
    languages = frozenset({"ja"})
    tables = (BrandRow,)
    needs_source = True
    example_source = EXAMPLE_SOURCE
    bad = EXAMPLE_TRANSLATION.replace("アップル", "りんご")
    good = EXAMPLE_TRANSLATION

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        from auditor.analysis.source_names import brand_literal_is_word, rendered_names

        source = ctx.source
        assert source is not None
        reported: set[int] = set()  # offsets of the target already reported: one finding per rendering
        for name in ctx.analysis.memo(rendered_names):
            if name.brand:
                reported.update(range(name.start, name.end))
                yield self.finding(
                    doc,
                    name.start,
                    name.end,
                    f"The source names {name.name} (the company); '{doc.text[name.start : name.end]}' is "
                    f"{_renderings(name)}.",
                    suggestion=name.suggestion,
                    source_span=(name.src_start, name.src_end),
                )
        brands = brand_index(ctx.lexicon)
        for pair in ctx.confident_pairs:
            if pair.tgt_end <= pair.tgt_start:
                continue
            target = doc.text[pair.tgt_start : pair.tgt_end]
            for match in brands.names.finditer(source.text, pair.src_start, pair.src_end):
                row = brands.by_name[match.group()]
                proper = brands.proper_forms(row)
                if any(form in target for form in proper):
                    continue
                for literal in brands.literals[match.group()].finditer(doc.text, pair.tgt_start, pair.tgt_end):
                    if not reported.isdisjoint(range(*literal.span())):
                        continue
                    if brand_literal_is_word(ctx.analysis, row, match.span(), literal.span()):
                        continue  # りんご園 for "Apple orchards", 火星 beside 探査: the ordinary word
                    reported.update(range(*literal.span()))  # once, with the source's first mention as evidence
                    yield self.finding(
                        doc,
                        *literal.span(),
                        f"The source names {match.group()} (the company); '{literal.group()}' is the common word.",
                        suggestion=proper[0],
                        source_span=match.span(),
                    )


class NameRenderedAsWord(Rule):
    """Finds a name of the source (band, club, place, person, product) rendered word by word: Arctic Monkeys as 北極猿.

    Why it matters:
        A name is written as it sounds. Rendered word by word it becomes a phrase that says something else (a
        bleeding lake, arctic monkeys), and the reader cannot find the band, the club or the place.

    How it decides:
        As source.brand-as-word, from the source alone (auditor/analysis/source_names.py): a capitalised name of the
        aligned source sentence whose words' common Japanese renderings (``word_renderings.tsv``, generated from
        JMdict; bled is looked up as bleed, monkeys as monkey) are whole words of the target sentence, while the
        target writes the name neither in Latin letters nor in katakana, for the names that are not companies,
        brands or products. Generic heads (Lake, University, Mount: they are rendered by meaning correctly, ブレッド湖)
        never count as rendered; names of institutions (Supreme Court, Labour Party) and proper nouns Japanese renders
        by meaning by convention (Red Cross → 赤十字, Mars → 火星; ``known_names.tsv``) are left alone, and so is a
        source that uses the word in lower case in the same sentence (the queen). The suggestion is the name's
        Japanese form when ``known_names.tsv`` has it, else the Latin name.
    """

    id = "source.name-as-word"
    category = "accuracy/entity"
    severity = "major"
    summary = "Name of the source translated by the meaning of its words"
    fix = "unsafe"  # the name's Japanese form may not be the publication's
    languages = frozenset({"ja"})
    tables = (WordRenderingRow,)
    needs_source = True
    example_source = "Arctic Monkeys will headline the festival in July."
    bad = "北極猿は7月のフェスティバルでヘッドライナーを務める。"
    good = "アークティック・モンキーズは7月のフェスティバルでヘッドライナーを務める。"

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        from auditor.analysis.source_names import rendered_names

        for name in ctx.analysis.memo(rendered_names):
            if not name.brand:
                yield self.finding(
                    doc,
                    name.start,
                    name.end,
                    f"The source names {name.name}; '{doc.text[name.start : name.end]}' is {_renderings(name)}: "
                    f"a name is written as it sounds.",
                    suggestion=name.suggestion,
                    source_span=(name.src_start, name.src_end),
                )


def _renderings(name: RenderedName) -> str:
    """"the common word for Apple", "the common words for Arctic and Monkeys"."""
    words = [word for word, _ in name.renderings]
    if len(words) == 1:
        return f"the common word for {words[0]}"
    return f"the common words for {', '.join(words[:-1])} and {words[-1]}"


class NameMissing(Rule):
    """Finds a person or company of the source that the translation never names.

    Why it matters:
        A dropped name changes who said or did what.

    How it decides:
        Pronouns are fine (同氏, 同社), so the check is made over the whole translation, not sentence by sentence: a
        name of ``people.tsv`` written in the source (Elon Musk, Tesla, SpaceX) must appear somewhere in the
        translation, in Latin letters (in any case: NVIDIA), in one of its katakana forms (with or without ・), or,
        for a person, by the family name alone (マスク氏, as news names people after the first time). A brand
        rendered as its common word counts as named here: that is source.brand-as-word's finding.

        Each missing name is one finding, at the target sentence aligned with the first source sentence that has it
        (every pair places it, however low its confidence). The message names what to insert (the first katakana form,
        else the Latin name); there is no suggestion, because a suggestion replaces the excerpt, here a correct
        sentence, and where the name goes in it is a translator's call.
    """

    id = "source.name-missing"
    category = "accuracy/entity"
    severity = "minor"
    summary = "Person or company of the source never named in the translation"
    fix = "none"  # where the name goes in the sentence is a translator's call
    languages = frozenset({"ja"})
    tables = (PersonRow, BrandRow)
    needs_source = True
    example_source = EXAMPLE_SOURCE
    bad = EXAMPLE_TRANSLATION.replace("イーロン・マスク氏（@elonmusk）", "同氏")
    good = EXAMPLE_TRANSLATION

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        source = ctx.source
        assert source is not None
        people = people_index(ctx.lexicon)
        brands = brand_index(ctx.lexicon)
        pattern = ctx.lexicon.compiled(_people_pattern)
        text, reported = doc.text, set()
        pairs = ctx.alignment  # every pair: the name is looked for in the whole translation, the pair only places it
        for index, pair in enumerate(pairs):
            for match in pattern.finditer(source.text, pair.src_start, pair.src_end):
                person = people.by_latin.get(match.group().casefold())
                if person is None or person.latin in reported:
                    continue
                literal = brands.literals.get(person.latin)
                if person.named_in(text) or (literal is not None and literal.search(text)):
                    continue  # named (a brand rendered as a common word is source.brand-as-word's)
                reported.add(person.latin)
                span = _target_span(pairs, index)
                if span is None:
                    continue
                name = person.katakana[0] if person.katakana else person.latin
                yield self.finding(
                    doc,
                    *span,
                    f"The source names {person.latin}; the translation never does: insert {name} in this sentence.",
                    source_span=match.span(),
                )


def _comparable(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


class CopiedSource(Rule):
    """Finds a target sentence that is its source sentence, copied instead of translated.

    Why it matters:
        The engine skipped the sentence (an error, a length limit, a quote it took for a name) and the source text
        went out as is: the reader meets the source language in the middle of the article.

    How it decides:
        language.untranslated sees text in another script or language; this rule sees the copy itself, also when the
        source language is one that rule cannot name.

        It flags an aligned pair whose two sides are equal or nearly equal (90% of their letters and digits, ignoring
        case, width and punctuation), with at least four words (``MIN_COPIED_WORDS``; ten characters,
        ``MIN_COPIED_CHARS``, for a source language written without spaces), in an article whose source is in another
        language.
        Headings, embeds and a sentence that is its addresses all but three words (a post's line of hashtags,
        handles and links, which a translation keeps as they are: a WMT reference's line of hashtags was this rule's
        one false finding there) are left alone. Only pairs aligned with confidence ``MIN_CONFIDENCE``
        (0.5, auditor/analysis/context.py) or more are judged.
    """

    id = "source.copied"
    category = "accuracy/untranslated"
    severity = "major"
    summary = "Sentence copied from the source instead of translated"
    fix = "none"  # a translation needs a translator
    needs_source = True
    example_source = EXAMPLE_SOURCE
    bad = _APPLE + _MUSK + _PRICE + "Analysts expect strong sales in Europe and Asia this year."
    good = EXAMPLE_TRANSLATION

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        source = ctx.source
        assert source is not None
        if source.lang == doc.lang:
            return
        for pair in ctx.confident_pairs:
            if pair.tgt_end <= pair.tgt_start or pair.src_end <= pair.src_start:
                continue
            target = doc.text[pair.tgt_start : pair.tgt_end]
            if _too_short_to_judge(target, source.lang) or ctx.in_embed(pair.tgt_start, pair.tgt_end):
                continue
            if _too_short_to_judge(_without_addresses(target), source.lang):
                continue  # a line of hashtags, handles or links: addresses, which the target must keep as they are
            if _in_heading(doc, pair):
                continue
            a, b = _comparable(source.text[pair.src_start : pair.src_end]), _comparable(target)
            if not a or not b or SequenceMatcher(None, a, b, autojunk=False).ratio() < 0.9:
                continue
            yield self.finding(
                doc,
                pair.tgt_start,
                pair.tgt_end,
                "This sentence is the source sentence, not a translation of it.",
                source_span=(pair.src_start, pair.src_end),
            )


# A copied sentence shorter than this is a name or a title (Tesla Model Y), not a sentence left untranslated: four
# words, or, in a language written without spaces, ten characters (what four English words take in Japanese).
MIN_COPIED_WORDS = 4
MIN_COPIED_CHARS = 10


def _without_addresses(text: str) -> str:
    """``text`` with its addresses (``_ADDRESS``: links, handles, hashtags, also run together: #one#two) blanked."""
    return _ADDRESS.sub(" ", text.replace("#", " #"))


def _too_short_to_judge(text: str, lang: str) -> bool:
    if get_pack(lang).spaced:
        return len(text.split()) < MIN_COPIED_WORDS
    return len(text.strip()) < MIN_COPIED_CHARS


def _document_ratio(doc: Document, source: Analysis, pairs: Sequence[Pair]) -> float | None:
    """Target characters per source character over the article's confident 1-1 pairs."""
    src = tgt = 0
    for pair in pairs:
        if pair.kind == "1-1" and pair.confidence >= 0.8:
            src += len(source.text[pair.src_start : pair.src_end].strip())
            tgt += len(doc.text[pair.tgt_start : pair.tgt_end].strip())
    return tgt / src if src >= 200 and tgt else None


def _evidence(target: Analysis) -> Evidence:
    """The content items of both documents' sentences (auditor/analysis/evidence.py), once per audit."""
    from auditor.analysis.evidence import build_evidence

    assert target.source is not None
    return build_evidence(target.source.doc, target.doc, target.lexicon)


def _parts(doc: Document, start: int, end: int) -> list[tuple[int, int, Sentence]]:
    """The parts of ``doc``'s sentences inside ``start:end`` (a link may hold part of a sentence), with the sentence."""
    sentences = doc.sentences
    out = []
    for at in range(bisect_right(sentences, start, key=lambda sentence: sentence.end), len(sentences)):
        sentence = sentences[at]
        if sentence.start >= end:
            break
        out.append((max(start, sentence.start), min(end, sentence.end), sentence))
    return out


def _paragraphs(
    pairs: Sequence[Pair], source: Document, target: Document, on_target: bool
) -> dict[int, list[tuple[int, int]]]:
    """For each paragraph (line) of one side (the target when ``on_target``), the spans of the other side's
    paragraphs that links from it reach: where a translator who rewrote a paragraph put its content. Empty when
    either document is a single paragraph."""
    if len(source.lines) < 2 or len(target.lines) < 2:
        return {}
    mine, theirs = (target, source) if on_target else (source, target)
    reach: dict[int, set[int]] = {}
    for pair in pairs:
        if pair.src_end <= pair.src_start or pair.tgt_end <= pair.tgt_start:
            continue
        here = (pair.tgt_start, pair.tgt_end) if on_target else (pair.src_start, pair.src_end)
        there = (pair.src_start, pair.src_end) if on_target else (pair.tgt_start, pair.tgt_end)
        for line in range(_line(mine, here[0]), _line(mine, here[1] - 1) + 1):
            reach.setdefault(line, set()).update(range(_line(theirs, there[0]), _line(theirs, there[1] - 1) + 1))
    return {
        line: [(theirs.lines[k].start, theirs.lines[k].end) for k in sorted(found)] for line, found in reach.items()
    }


def _line(doc: Document, offset: int) -> int:
    """Index into ``doc.lines`` of the line holding ``offset`` (the one before, between lines)."""
    return max(0, bisect_right(doc.lines, offset, key=lambda line: line.start) - 1)


def _linked(pairs: Sequence[Pair], index: int, target: bool) -> list[tuple[int, int]]:
    """The other side's span of ``pairs[index]`` and of its neighbours, ``NEAR`` pairs either way that have something
    on that side (a run of unlinked sentences is passed over), and the other side's unlinked sentences within
    ``UNLINKED_REACH`` pairs: where the content of a sentence may have gone when the translator merged, split or moved
    it, or the aligner linked it a little off (or not at all: a rewritten passage is 1-0 and 0-1 links side by side).
    """

    def span(pair: Pair) -> tuple[int, int]:
        return (pair.src_start, pair.src_end) if target else (pair.tgt_start, pair.tgt_end)

    found = [span(pairs[index])]
    for step in (-1, 1):
        at, left = index + step, NEAR
        while 0 <= at < len(pairs) and left:
            start, end = span(pairs[at])
            if end > start:
                found.append((start, end))
                left -= 1
            at += step
    for pair in pairs[max(0, index - UNLINKED_REACH) : index + UNLINKED_REACH + 1]:
        if (pair.tgt_end == pair.tgt_start) if target else (pair.src_end == pair.src_start):
            found.append(span(pair))
    return [item for item in found if item[1] > item[0]]


def _gap(source: Document, sentence: Sentence, pairs: Sequence[Pair], index: int) -> tuple[int, int] | None:
    """The target sentence next to a dropped source sentence: the one before it, unless the source sentence starts a
    paragraph (a line) and the next link starts one too; then the one after it, in the same paragraph."""
    sentences = source.sentences
    number = bisect_right(sentences, sentence.start, key=lambda s: s.start) - 1
    if number > 0 and sentences[number - 1].line != sentence.line:
        after = next((pair for pair in pairs[index + 1 :] if pair.tgt_end > pair.tgt_start), None)
        if after is not None and after.src_end > after.src_start:
            following = bisect_right(sentences, after.src_start, key=lambda s: s.start) - 1
            if sentences[following].line == sentence.line:
                return after.tgt_start, after.tgt_end
    return _target_span(pairs, index)


MIN_OMITTED_CHARS = 25  # a source sentence shorter than this (a dateline, "Reuters") is not worth a finding
SHORT_FACTOR = 0.3  # a target under 30% of the length the article's ratio predicts has lost content
UNLINKED_REACH = 8  # pairs either way whose unlinked sentences of the other side may hold a sentence's content
NEAR = 2  # pairs either way (with something on the other side) where a sentence's content may have gone
MISSING_NEAR = 0.35  # an unlinked sentence is an omission (addition) when its neighbourhood has at most this share
MISSING_SHORT = 0.5  # a target far too short for its source is cut short when it has at most this share of it
MIN_CONTENT = 0.6  # a sentence whose items weigh less than this says too little to judge by content
CUT_SPREAD = 2.0  # a 1-1 target shorter than the aligner's length model allows at this many standard deviations ...
CUT_NAMES = 2.0  # ... lacking numbers and names of its source that weigh this much (two), nowhere near, is cut short


class Omission(Rule):
    """Finds a source sentence whose content is nowhere in the translation around it: dropped, or cut short.

    Why it matters:
        A dropped sentence is the error a reader of the translation cannot notice and an editor without the source
        cannot find.

    How it decides:
        Human translators merge, split, compress and reorder sentences all the time; that is not an omission. So the
        finding needs evidence: the source sentence's content, read as items an editor can check (numbers with their
        scale, names in Latin letters or katakana, content words through the JMdict-derived dictionary
        ``ja/anchor_words.tsv``; auditor/analysis/evidence.py), weighted by kind and rarity, must be missing from the
        translation around it.

        An item found counts for its weight times the odds that the stretch searched would not have it by chance,
        were it spread as it is over the translation's other sentences: a word or name in every sentence of the
        article (ドイツ in a story about Germany, 経済 in one about the economy) found near a sentence says little
        about that sentence, a number or name found once says a lot (``Evidence.coverage(..., chance=True)``).

        A source sentence the aligner links to nothing (a 1-0 link) is reported when its neighbourhood (the targets of
        ``NEAR`` (2) pairs either way that have one, a run of unlinked sentences passed over) holds at most
        ``MISSING_NEAR`` (35%) of its content's weight. A sentence the aligner merged with others into one link is
        dropped all the same when its content weighs ``MERGED_CONTENT`` (1.0) or more, the link's target holds at most
        ``ADDED_IN_LINK`` (10%, as for an added sentence inside a link) and the neighbourhood at most ``MISSING_NEAR``
        of it (as for an unlinked one: the link is only the aligner's guess), while another sentence of the link has
        ``MERGED_SHARE`` (50%) of its own there. That other sentence shows the link is a translation, so a merged link
        is judged so even under the confidence floor (0.5), but then only when the sentence's numbers and names weigh
        ``MERGED_CONTENT`` or more: a sentence of common words is too easily rendered beyond the dictionary's reach,
        and a link the aligner doubts is where a free translation lands. Any other
        linked sentence is a translator's merge or paraphrase, unless its pair's target is far shorter than the
        article's own length ratio predicts (under ``SHORT_FACTOR``, 30% of it, the ratio learned from the article's
        1-1 pairs aligned with confidence 0.8 or more once they hold 200 source characters) and holds at most
        ``MISSING_SHORT`` (50%) of its content: then it was cut short. It was cut short too when it is shorter than
        the aligner's length model allows at ``CUT_SPREAD`` (2) standard deviations (about 68% of the predicted
        length for a sentence of 100 characters) and lacks numbers and names of its source weighing ``CUT_NAMES``
        (2.0: two, each weighing 1 at most) that the neighbourhood has nowhere: a translator who splits a long sentence
        keeps its figures, one of the pieces dropped takes them with it; judged so under the confidence floor too,
        since the figures are missing from the whole neighbourhood, whatever the link. The message names what is
        missing.

        The finding points at the target sentence next to the gap (the contract needs target characters) and at the
        dropped source sentence with ``src_start``/``src_end``. Source sentences under ``MIN_OMITTED_CHARS`` (25)
        characters or with content weighing under ``MIN_CONTENT`` (0.6), headings and embeds are left alone.
    """

    id = "source.omission"
    category = "accuracy/omission"
    severity = "major"
    summary = "Source sentence dropped or cut short in the translation"
    fix = "none"  # the missing sentence must be translated
    needs_source = True
    example_source = EXAMPLE_SOURCE
    bad = _APPLE + _PRICE + _SALES
    good = EXAMPLE_TRANSLATION

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        source = ctx.source
        assert source is not None
        pairs = ctx.alignment
        evidence = ctx.analysis.memo(_evidence)
        from auditor.analysis.alignment import length_deviation
        from auditor.analysis.evidence import describe

        ratio = _document_ratio(doc, source, ctx.confident_pairs)
        paragraphs = _paragraphs(pairs, source.doc, doc, on_target=False)
        for index, pair in enumerate(pairs):
            confident = pair.confidence >= MIN_CONFIDENCE
            if not confident and pair.tgt_end <= pair.tgt_start:
                continue
            near = _linked(pairs, index, target=False) + paragraphs.get(_line(source.doc, pair.src_start), [])
            target_span = [(pair.tgt_start, pair.tgt_end)] if pair.tgt_end > pair.tgt_start else []
            parts = _parts(source.doc, pair.src_start, pair.src_end)
            shares = [evidence.coverage(False, start, end, target_span)[1] for start, end, _ in parts]
            specific = [evidence.coverage(False, start, end, target_span, chance=True)[1] for start, end, _ in parts]
            for (start, end, sentence), linked, lone in zip(parts, shares, specific, strict=True):
                src_text = source.text[start:end].strip()
                if len(src_text) < MIN_OMITTED_CHARS or sentence.kind == HEADING or source.in_embed(start, end):
                    continue
                weight, around, missing = evidence.coverage(False, start, end, near, chance=True)
                if weight < MIN_CONTENT:
                    continue
                merged = target_span and weight >= MERGED_CONTENT and lone <= ADDED_IN_LINK and around <= MISSING_NEAR
                if not confident and evidence.distinctive(False, start, end) < MERGED_CONTENT:
                    continue  # in a link the aligner doubts, only missing names and numbers are evidence enough
                if merged and any(other >= MERGED_SHARE for other in shares):
                    # Merged with a sentence whose translation is there, and nothing of it anywhere near: dropped.
                    yield self.finding(
                        doc,
                        pair.tgt_start,
                        pair.tgt_end,
                        f"A source sentence is not in the translation here ({describe(missing)} missing): "
                        f"{_quote(src_text)}",
                        source_span=(start, end),
                    )
                    continue
                if target_span:
                    # Linked: a translator's merge or paraphrase, unless the target is far too short and lacks it.
                    _, linked, lacking = evidence.coverage(False, start, end, target_span)
                    target = doc.text[pair.tgt_start : pair.tgt_end].strip()
                    if (
                        confident
                        and ratio is not None
                        and pair.src_count == 1
                        and linked <= MISSING_SHORT
                        and len(target) < SHORT_FACTOR * ratio * len(src_text)
                    ):
                        yield self.finding(
                            doc,
                            pair.tgt_start,
                            pair.tgt_end,
                            f"This translation is far shorter than its source and lacks {describe(lacking)}: "
                            f"{_quote(src_text)}",
                            source_span=(start, end),
                        )
                        continue
                    # Shorter than the length model allows, and names and numbers of the source nowhere near.
                    lost = [item for item in missing if item.distinctive]
                    expected = ratio * len(src_text) if ratio is not None else 0.0
                    if (
                        pair.src_count == 1
                        and expected
                        and sum(evidence.weight(False, item) for item in lost) >= CUT_NAMES
                        and length_deviation(len(target), expected) < -CUT_SPREAD
                    ):
                        yield self.finding(
                            doc,
                            pair.tgt_start,
                            pair.tgt_end,
                            f"This translation is shorter than its source and lacks {describe(lost)}, found nowhere "
                            f"near: {_quote(src_text)}",
                            source_span=(start, end),
                        )
                    continue
                if around > MISSING_NEAR or not confident:
                    continue
                span = _gap(source.doc, sentence, pairs, index)
                if span is not None:
                    yield self.finding(
                        doc,
                        *span,
                        f"A source sentence is not in the translation here ({describe(missing)} missing): "
                        f"{_quote(src_text)}",
                        source_span=(start, end),
                    )


MIN_ADDED_CHARS = 10
MERGED_CONTENT = 1.0  # a sentence inside a link must have this much content to be judged dropped (added) ...
MERGED_SHARE = 0.5  # ... beside a sentence of the link with this share of its content in the target
ADDED_IN_LINK = 0.1  # a sentence inside a link with at most this share of its content in the link's source ...
SPLIT_SHARE = 0.3  # ... when a sentence beside it in the link has this share at least (the link is a translation)


class Addition(Rule):
    """Finds a target sentence whose content is nowhere in the source around it: text the translation added.

    Why it matters:
        Engines add: a repeated sentence, a hallucinated clause, boilerplate from their training data. The reader
        takes it for the story, yet it says something the source does not.

    How it decides:
        A translator's split or explanation is not an addition, so the finding needs evidence: the target sentence's
        content (numbers, names in Latin letters or katakana, kanji content words with their English glosses from
        ``ja/anchor_words.tsv``; auditor/analysis/evidence.py), weighted by kind and rarity, must be missing from the
        source around it. A target sentence the aligner links to nothing (0-1) is reported when its neighbourhood
        (the sources of ``NEAR`` (2) pairs either way that have one) holds at most ``MISSING_NEAR`` (35%) of its
        content's weight. A sentence inside a link (1-2, 1-3) is a translator's split or explanation, unless its
        content weighs ``MERGED_CONTENT`` (1.0) or more, the link's source holds at most ``ADDED_IN_LINK`` (10%) of it
        and the neighbourhood at most ``MISSING_NEAR`` (as for an unlinked sentence), and another sentence of the link
        has ``SPLIT_SHARE`` (30%) of its own there.
        The message names the content the source lacks.

        Headings, embeds, captions and other sentences under ``MIN_ADDED_CHARS`` (10) characters or with content
        weighing under ``MIN_CONTENT`` (0.6), and lines the source has too (a byline), are left alone; the finding
        has no source span, since nothing in the source corresponds.
    """

    id = "source.addition"
    category = "accuracy/addition"
    severity = "major"
    summary = "Sentence in the translation with no source"
    fix = "none"  # whether to delete the sentence is an editor's call
    needs_source = True
    example_source = EXAMPLE_SOURCE
    bad = _APPLE + "同社は2027年までに東京とロンドンに直営店を開く計画も明らかにした。" + _MUSK + _PRICE + _SALES
    good = EXAMPLE_TRANSLATION

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        source = ctx.source
        assert source is not None
        pairs = ctx.alignment
        evidence = ctx.analysis.memo(_evidence)
        from auditor.analysis.evidence import describe

        for index, pair in enumerate(pairs):
            if pair.confidence < MIN_CONFIDENCE:
                continue
            # Not the whole source paragraphs that links reach, as for an omission: an added sentence's generic words
            # (当局, 説明) are found somewhere in a paragraph of news.
            near = _linked(pairs, index, target=True)
            parts = [
                (start, end)
                for start, end, sentence in _parts(doc, pair.tgt_start, pair.tgt_end)
                if len(doc.text[start:end].strip()) >= MIN_ADDED_CHARS
                and sentence.kind != HEADING
                and doc.text[start:end].strip() not in source.text
                and not ctx.in_embed(start, end)
            ]
            linked = [(pair.src_start, pair.src_end)] if pair.src_end > pair.src_start else []
            shares = [evidence.coverage(True, start, end, linked or near) for start, end in parts]
            for (start, end), (weight, share, missing) in zip(parts, shares, strict=True):
                if weight < MIN_CONTENT:
                    continue
                if linked:
                    # A sentence inside a link is a translator's split or explanation, unless it has nothing of the
                    # source it is linked to, nor of the neighbourhood, while a sentence beside it does.
                    _, around, _ = evidence.coverage(True, start, end, near)
                    if not (
                        weight >= MERGED_CONTENT
                        and share <= ADDED_IN_LINK
                        and around <= MISSING_NEAR
                        and any(other >= SPLIT_SHARE for _, other, _ in shares)
                    ):
                        continue
                elif share > MISSING_NEAR:
                    continue
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"This sentence has no counterpart in the source (nothing there says {describe(missing)}).",
                )


def _quote(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= width else text[: width - 1] + '…'}”"


RULES = (AddressAltered, BrandRenderedAsWord, NameRenderedAsWord, NameMissing, CopiedSource, Omission, Addition)

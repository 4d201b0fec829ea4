"""Register rules: one article, one register (文体).

Machine translation often switches between the polite and the plain style sentence by sentence, which a
Japanese reader notices at once. The sentences are classified by ``auditor.analysis.register``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from auditor.analysis.register import NOUN_CHAR, PLAIN, POLITE, Ending, classifier, ending_of
from auditor.document import LIST_ITEM, Document, Sentence
from auditor.findings import Finding
from auditor.lexicons import Lexicon, trie_pattern
from auditor.lexicons.schema import BoilerplateCueRow, RegisterEndingRow
from auditor.rules.base import Context, Option, Rule

if TYPE_CHECKING:
    from auditor.analysis.context import Analysis

_STYLE_NAME = {POLITE: "polite です/ます style", PLAIN: "plain だ/である style"}
# A sentence that ends in a question or exclamation mark or trails off (…, ...): native polite blogs drop into the
# plain register in these on purpose (いくらなの? 何だったのか?), while machine translation's mixing shows in
# statements (measured on the dev pages: every plain question or exclamation in a polite page was such an aside).
_ASIDE_MARKS = "?？!！…"
_CLOSERS = "」』）)"


def _is_aside(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in ?, !, … or ... (closing brackets and spaces aside): a question,
    exclamation or teaser. Read from the end: a regex anchored at ``$`` would be tried at every character."""
    while end > start and (text[end - 1] in _CLOSERS or text[end - 1].isspace()):
        end -= 1
    return end > start and (text[end - 1] in _ASIDE_MARKS or text.endswith("...", start, end))


# A line that opens with a speaker's label (ティム・クック：, 記者:, Q:): a short run (a name may hold spaces: Fast
# Company) without sentence marks or brackets, then a colon. A transcript has at least two such labels each opening
# two lines or more.
_NOT_LABEL = ":：。、！？!?「」『』()（）"
_LABEL = re.compile(
    f"^[ \t\u3000]*([^\\s{_NOT_LABEL}][^\\n{_NOT_LABEL}]{{0,24}}?)[ \t\u3000]*[:：](?![0-9/])", re.MULTILINE
)
_MAX_RUN_ON_LINES = 5  # lines above a sentence that may hold its start, when each breaks off mid-sentence
_FINISHED = "。．.！？!?」』）)"  # how a line that finishes its sentence ends
_MAX_BOILERPLATE_LINE = 100  # characters: a site's footer or notice line is short; a paragraph about copyright is not


def _boilerplate(lexicon: Lexicon) -> re.Pattern[str]:
    """The cues of boilerplate.tsv as one pattern, Latin ones in their usual casings (copyright, Copyright,
    COPYRIGHT, All Rights Reserved): a case-sensitive pattern is scanned for its first characters in C, several
    times faster than re.IGNORECASE."""
    forms = set()
    for row in lexicon.table(BoilerplateCueRow):
        cue = row.cue
        forms |= {cue, cue.lower(), cue.upper(), cue.title(), cue[:1].upper() + cue[1:].lower()}
    return re.compile(trie_pattern(sorted(forms)))


def _turn_lines(text: str) -> frozenset[int]:
    """Start offsets of the lines that are turns of an interview transcript: lines opened by a speaker label that
    opens two lines or more, where at least two such labels take turns (Q: … A: …, 記者: … 大臣: …). A label that
    opens a single line (写真: ロイター, 新興市場: …) is a caption or a topic, not a speaker."""
    if text.count(":") + text.count("：") < 4:
        return frozenset()  # two speakers, two turns each: four colons at least
    labels: dict[str, list[int]] = {}
    for match in _LABEL.finditer(text):
        labels.setdefault(match[1], []).append(match.start())
    speakers = [starts for starts in labels.values() if len(starts) >= 2]
    if len(speakers) < 2:
        return frozenset()
    return frozenset(start for starts in speakers for start in starts)


def _prose(doc: Document, ctx: Context) -> Sequence[Sentence]:
    """The body sentences, and the sentences of list items that are whole sentences (ending in 。): a bullet that
    reads "- 新興市場：クック氏は…と述べた。" is prose in a list, while "・最高値を更新" is a note."""
    body = ctx.body_sentences
    text = doc.text
    items = [s for s in doc.sentences if s.kind == LIST_ITEM and _ends_in_full_stop(text, s.start, s.end)]
    if not items:
        return body
    return sorted((*body, *(s for s in items if not ctx.in_embed(s.start, s.end))))


def _the_articles_own(doc: Document, ctx: Context, sentence: Sentence) -> bool:
    """Whether a classified sentence is the article's own prose: not the speaker's words, not the site's."""
    text = doc.text
    lines = doc.lines
    line = lines[sentence.line]
    # Where the sentence's paragraph starts: lines that break off mid-sentence (…ガーリンハウスが、) run on into it.
    opened = line.start
    index = sentence.line
    while index > 0 and sentence.line - index < _MAX_RUN_ON_LINES:
        above = text[lines[index - 1].start : lines[index - 1].end].rstrip()
        if not above or above[-1] in _FINISHED:
            break
        index -= 1
        opened = lines[index].start
    quote = text.find("「", opened, sentence.end)
    if quote >= 0 and text.count("「", quote, sentence.end) > text.count("」", quote, sentence.end):
        return False  # the sentence ends inside a quotation opened before it: the speaker's words
    if line.end - line.start <= _MAX_BOILERPLATE_LINE and ctx.lexicon.compiled(_boilerplate).search(
        text, line.start, line.end
    ):
        return False  # a copyright footer or a paywall notice: the site's furniture, in the site's register
    # A turn of an interview transcript: the speaker's words.
    return line.start not in ctx.analysis.memo(_turn_lines_of)


def _turn_lines_of(analysis: Analysis) -> frozenset[int]:
    return _turn_lines(analysis.text)


def _ends_in_full_stop(text: str, start: int, end: int) -> bool:
    while end > start and (text[end - 1] in _CLOSERS or text[end - 1].isspace()):
        end -= 1
    return end > start and text[end - 1] == "。"


def _suggestion(text: str, found: Ending, other: str) -> str:
    """The excerpt with its ending swapped to the other register, or "" when the swap is not safe."""
    if other.startswith("N:"):
        before = text[found.ending_start - 1] if found.ending_start > 0 else ""
        if not NOUN_CHAR.match(before):
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
        whole sentence ending in 。) is classified by its final predicate: polite (です, ます, でした, ません,
        でしょう…), plain (だ, である, た, ない, the dictionary forms of verbs, i-adjectives, 〜たい…) or neither
        (体言止め nominal endings, questions without a predicate, a closing quotation mark, requests such as
        ご覧ください, which plain-style news also uses). When both registers occur, every sentence of the less
        frequent one is reported: one finding per sentence, pointing at the final predicate (the word the ending
        belongs to, its ending and particle: 始まりました, 間違いだ, でしょうか), which is what the editor rewrites.

        Not the article's register, so neither counted nor reported (each measured on real machine-translated pages,
        where they were a third of the false findings): a sentence that ends inside a quotation opened before it on
        its line, or on the lines above it when they break off mid-sentence (市長は「…始めます。); the turns of an
        interview transcript (lines opened by speaker labels, two or more labels each opening two lines or more:
        記者：… 市長：…); a line of at most 100 characters holding a cue of ``boilerplate.tsv`` (a copyright footer,
        a paywall notice: the site's furniture); and, like a plain sentence ending in ? or !, a plain question ending
        in か (何が変わったのか。).

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
        registers = compiled.registers
        text = doc.text
        reversed_text = text[::-1]  # one reversal per article; each sentence is then one anchored match
        size = len(text)
        match_at = compiled.pattern.match
        candidates: dict[str, list[tuple[Sentence, re.Match[str]]]] = {POLITE: [], PLAIN: []}
        for sentence in _prose(doc, ctx):
            # endpos keeps the match inside the sentence; the pattern reads only its last few dozen characters.
            match = match_at(reversed_text, size - sentence.end, size - sentence.start)
            if match is None:
                continue
            register = registers[match[2]]
            if register == PLAIN:
                if match[1] == "か" or _is_aside(text, sentence.start, sentence.end):
                    continue  # a plain question, exclamation or teaser: how a polite blog talks to its reader
            elif register != POLITE:
                continue
            candidates[register].append((sentence, match))
        house = ctx.style.get("register")
        if not (candidates[POLITE] and candidates[PLAIN]) and house not in (POLITE, PLAIN):
            return  # one register throughout (most articles): the filters below can only take sentences away
        polite = [match for sentence, match in candidates[POLITE] if _the_articles_own(doc, ctx, sentence)]
        plain = [match for sentence, match in candidates[PLAIN] if _the_articles_own(doc, ctx, sentence)]
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

"""The register (文体) of a Japanese sentence, read from its final predicate.

Japanese prose is written either in the polite style (敬体: です/ます) or in the plain style (常体: だ/である
and the bare verb and adjective forms). The classifier reads only the end of each prose sentence: trailing
。！？!?… and a short (parenthesis) are set aside, then one sentence-final particle (ね, よ, か…), then the
longest ending listed in ``lexicons/ja/register.tsv`` decides. All of that is one regex, matched at the start of
the reversed tail of the sentence (so that the longest ending wins without scanning), built once per lexicon.

Which sentences are the article's prose in each register (``register_sentences``, ``the_articles_own``) is
decided here too: the register rule and ``auditor style learn`` count the same sentences. Also used by the error
injector.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from auditor.analysis.embeds import POST_MAX_WEIGHT, compile_patterns
from auditor.analysis.furniture import copied_lines
from auditor.analysis.morph import tokens
from auditor.analysis.parallel import bilingual_lines
from auditor.document import HEADING, LIST_ITEM, Sentence, overlaps_any
from auditor.languages.scripts import KANJI, KATAKANA, lazy_pattern
from auditor.lexicons import Lexicon, trie_pattern
from auditor.lexicons.schema import BoilerplateCueRow, RegisterEndingRow

if TYPE_CHECKING:
    from collections.abc import Sequence

    from auditor.analysis.context import Analysis

POLITE = "polite"
PLAIN = "plain"
REQUEST = "request"
NEUTRAL = "neutral"
PARTICLE = "particle"
NEITHER = "neither"  # what classify() says when no row matches, or a neutral row does

# Set aside before the particle, written reversed: terminators, wave dashes, and a short (parenthesis) such as
# (写真) or (共同). A closing 」 or 』 is NOT set aside: the sentence then ends in a quotation or a title, whose
# register is the speaker's, not the article's, so it counts as neither.
_END_MARKS = "。．.！!？?…‥〜～ー\\s"
_TRAIL_REVERSED = f"[{_END_MARKS}]*(?:[）)][^（）()\\n]{{0,30}}[（(][{_END_MARKS}]*)?"
# The word the ending belongs to (the excerpt starts there), reversed: its kana run, up to a noun + は/が/を
# (時間がかかる gives かかる, but するはずだ stays whole), then its kanji or katakana stem (決めた, 利用される) with
# one more okurigana + kanji (引き上げました; not a case particle: 円に上る gives 上る), then an honorific お/ご
# (ご覧ください). Matched right after the ending, and only for the sentences that get a finding.
_NOUN = f"{KANJI}{KATAKANA}A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
# Compiled on first use (kanji classes cost milliseconds): only a sentence that is reported needs them.
_STEM_REVERSED = (
    f"(?:(?![はがを][{_NOUN}])[ぁ-ゖ]){{0,8}}"
    f"(?:[{KANJI}{KATAKANA}]{{1,6}}(?:(?![にをがはのへとでもや])[ぁ-ゖ][{KANJI}]{{1,3}})?[おご]?)?"
)
_NOUN_CLASS = f"[{_NOUN}]"


def is_noun_char(char: str) -> bool:
    """Whether ``char`` may end a noun (kanji, katakana, a Latin letter or a digit): what a noun + だ ↔ です swap
    needs before the ending."""
    return lazy_pattern(_NOUN_CLASS).match(char) is not None


class Ending(NamedTuple):
    """The final predicate of one sentence, with offsets into the document text (a tuple: cheap to build)."""

    register: str  # polite | plain | request | neutral
    ending: str  # the matched row's ending, e.g. ました
    particle: str  # the sentence-final particle after it, e.g. か, or ""
    word_start: int  # start of the word the ending belongs to (the excerpt starts here)
    ending_start: int
    end: int  # end of the particle (or of the ending); the excerpt ends here


@dataclass(frozen=True, slots=True)
class Classifier:
    """The classifier built from register.tsv: one regex matched on the REVERSED text at a sentence's end.

    Group 1 is the particle, group 2 the ending. Capture groups are kept to these two, and the word before the
    ending is matched separately (_STEM_REVERSED): every extra group or step costs time on every sentence.
    """

    pattern: re.Pattern[str]
    registers: dict[str, str]  # REVERSED ending -> register
    others: dict[str, str]  # ending -> the same ending in the other register ("N:" prefix kept)


def _build(lexicon: Lexicon) -> Classifier:
    registers: dict[str, str] = {}
    others: dict[str, str] = {}
    particles: dict[str, None] = {}  # an ordered set
    for row in lexicon.table(RegisterEndingRow):
        ending, register = row.ending, row.register
        # A later row replaces an earlier one (a publication's config can reclassify an ending).
        registers.pop(ending, None)
        others.pop(ending, None)
        particles.pop(ending, None)
        if register == PARTICLE:
            particles[ending] = None
            continue
        registers[ending] = register
        if row.other:
            others[ending] = row.other
    endings = trie_pattern([ending[::-1] for ending in registers])
    particle = trie_pattern([word[::-1] for word in particles])
    pattern = re.compile(f"{_TRAIL_REVERSED}({particle})?({endings})")
    return Classifier(pattern, {ending[::-1]: register for ending, register in registers.items()}, others)


def classifier(lexicon: Lexicon) -> Classifier:
    """The classifier of ``lexicon``'s register table, built once per lexicon."""
    return lexicon.compiled(_build)


def ending_of(compiled: Classifier, match: re.Match[str]) -> Ending:
    """Offsets into the text from a match on the reversed text (reversed index i is text index size - i)."""
    size = len(match.string)
    particle_start = match.start(1)  # -1 when there is no particle
    ending_start, ending_end = size - match.end(2), size - match.start(2)
    return Ending(
        register=compiled.registers[match[2]],
        ending=match[2][::-1],
        particle=match[1][::-1] if particle_start >= 0 else "",
        word_start=size - _stem_end(match),
        ending_start=ending_start,
        end=size - particle_start if particle_start >= 0 else ending_end,
    )


def _stem_end(match: re.Match[str]) -> int:
    """Where the word before the ending starts, in the reversed text (the stem pattern matches empty too)."""
    stem = lazy_pattern(_STEM_REVERSED).match(match.string, match.end(), match.endpos)
    return stem.end() if stem is not None else match.end()


def final_predicate(text: str, start: int, end: int, lexicon: Lexicon) -> Ending | None:
    """The final predicate of the sentence ``text[start:end]``, or None when no row of register.tsv matches."""
    compiled = classifier(lexicon)
    match = compiled.pattern.match(text[start:end][::-1])  # the sentence alone: reversing the text is O(text)
    if match is None:
        return None
    found = ending_of(compiled, match)
    return found._replace(
        word_start=found.word_start + start, ending_start=found.ending_start + start, end=found.end + start
    )


def classify(sentence: str, lexicon: Lexicon) -> str:
    """The register of one sentence: polite, plain, request, or neither (for tests and the CLI)."""
    found = final_predicate(sentence, 0, len(sentence), lexicon)
    if found is None or found.register == NEUTRAL:
        return NEITHER
    return found.register


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
_LABEL = f"^[ \t\u3000]*([^\\s{_NOT_LABEL}][^\\n{_NOT_LABEL}]{{0,24}}?)[ \t\u3000]*[:：](?![0-9/])"  # MULTILINE
_MAX_RUN_ON_LINES = 5  # lines above a sentence that may hold its start, when each breaks off mid-sentence
_FINISHED = "。．.！？!?」』）)"  # how a line that finishes its sentence ends
_MAX_FURNITURE_LINE = 100  # characters: a site's footer, notice or caption line is short; a paragraph is not
# A photo caption as Japanese news writes it: what the picture shows, in the plain form whatever the article's
# register, then the day it was taken in brackets and no sentence mark: …に応じる（2026年3月5日）.
_DATED_CAPTION = "[(（][0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:撮影)?[)）][^\\S\\n]*$"
# A caption that ends in its credit, as news pages set it under a picture or a chart: …の純流入。出典：SoSoValue,
# …点検する消防士。写真：AFP. The credit is a name, with no sentence after it.
_CREDIT = (
    "(?:出典|写真|撮影|提供|画像|資料|データソース|ソース|クレジット|Source|Photo|Image|Credit)"
    "[ \t\u3000]*[:：][^。\n]{1,60}$"
)


# Emoji (the pictographs, emoticons and flags of Unicode's emoji blocks: 🚨, 👇, 😂), which posts and chats use and
# news prose never does (記者ハンドブック has no place for them): a line holding one is a post's or a chat's text
# that the page carries without its markup, in its writer's register. The symbols of U+2600–U+27BF (★, ♪, ✓) are
# left out: Japanese blogs and lists use them as bullets and marks.
_EMOJI = re.compile("[\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF]")
_CELL_SEPARATORS = ("|", "｜", "\t")  # between a table's cells, as a page's text keeps them
_TO_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")  # spaces up to the end of the line: a leftover ends its line
_OPEN_CORNER = re.compile("「")
_CLOSE_CORNER = re.compile("」")
# Double angle brackets (二重山括弧), in which Japanese web news quotes a post (《…でした。》などと投稿した): a sentence
# that ends inside them is the poster's, as one inside 「」 is the speaker's. A title in them (《人民日報》, as Chinese
# writes titles) holds no sentence's end.
_OPEN_DOUBLE_ANGLE = re.compile("《")
_CLOSE_DOUBLE_ANGLE = re.compile("》")
# Double quotation marks, which Japanese web writers use for quotations as well as 「」: “…” opens and closes with
# two marks; ”…” and "…" with one mark written twice, so that only their number tells inside from outside.
_OPEN_DOUBLE = re.compile("“")
_CLOSE_DOUBLE = re.compile("”")
_STRAIGHT = re.compile('"')


class _Boilerplate(NamedTuple):
    cues: re.Pattern[str] | None  # a cue anywhere on a short line
    labels: re.Pattern[str] | None  # a cue inside the label that opens a line (the rows that end in a colon)


def _boilerplate(lexicon: Lexicon) -> _Boilerplate:
    """The cues of boilerplate.tsv as two patterns, the line cues and the label cues (rows ending in a colon, kept
    without it), Latin ones in their usual casings (copyright, Copyright, COPYRIGHT, All Rights Reserved): a
    case-sensitive pattern is scanned for its first characters in C, several times faster than re.IGNORECASE."""
    forms: tuple[set[str], set[str]] = (set(), set())
    for row in lexicon.table(BoilerplateCueRow):
        cue = row.cue
        label = cue.endswith((":", "："))
        cue = cue.rstrip(":：") if label else cue
        forms[label].update({cue, cue.lower(), cue.upper(), cue.title(), cue[:1].upper() + cue[1:].lower()})
    cues, labels = (re.compile(trie_pattern(sorted(found))) if found else None for found in forms)
    return _Boilerplate(cues, labels)


def _notice(analysis: Analysis, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a notice of the site: a line of at most 100 characters holding a cue
    of boilerplate.tsv (a copyright footer, a paywall notice), or a line opened by a label that names a notice
    (免責事項：…, whatever its length)."""
    text = analysis.text
    patterns = analysis.lexicon.compiled(_boilerplate)
    if end - start <= _MAX_FURNITURE_LINE and patterns.cues is not None and patterns.cues.search(text, start, end):
        return True  # a copyright footer or a paywall notice: the site's furniture, in the site's register
    if patterns.labels is not None:
        label = lazy_pattern(_LABEL, re.MULTILINE).match(text, start, end)
        if label is not None and patterns.labels.search(label[1]):
            return True  # a disclaimer, in the site's register
    return False


def _furniture(analysis: Analysis, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is the site's furniture: a notice (``_notice``), or a picture's caption
    (dated, or ending in its credit: …の純流入。出典：…)."""
    if _notice(analysis, start, end):
        return True
    text = analysis.text
    short = end - start <= _MAX_FURNITURE_LINE
    line = text[start:end]
    if lazy_pattern(_DATED_CAPTION).search(line) and "。" not in line:
        return True  # a photo caption: plain whatever the register
    return short and lazy_pattern(_CREDIT).search(line) is not None  # a caption closed by its credit


# The interviewer's turn in a Japanese interview's layout: a line opened by a doubled dash (――もともと起業を…?
# ――ソニーではエンジニアだったんですよね。), the question set apart without a name, the answer on the next line.
_INTERVIEWER = re.compile("^[ \t\u3000]*(?:\u2015\u2015|\u2014\u2014)", re.MULTILINE)


def _turn_lines(text: str) -> frozenset[int]:
    """Start offsets of the lines that are turns of an interview transcript: lines opened by a speaker label that
    opens two lines or more, where at least two such labels take turns (Q: … A: …, 記者: … 大臣: …), and the
    interviewer's lines opened by a doubled dash (――…, two or more: the questions, in the interviewer's own register,
    often plain beside polite answers). A label that opens a single line (写真: ロイター, 新興市場: …) is a caption or
    a topic, not a speaker."""
    questions: frozenset[int] = frozenset()
    if "\u2015\u2015" in text or "\u2014\u2014" in text:
        starts = [match.start() for match in _INTERVIEWER.finditer(text)]
        if len(starts) >= 2:
            questions = frozenset(starts)
    if text.count(":") + text.count("：") < 4:
        return questions  # two speakers, two turns each: four colons at least
    labels: dict[str, list[int]] = {}
    for match in lazy_pattern(_LABEL, re.MULTILINE).finditer(text):
        labels.setdefault(match[1], []).append(match.start())
    speakers = [starts for starts in labels.values() if len(starts) >= 2]
    if len(speakers) < 2:
        return questions
    return questions | frozenset(start for starts in speakers for start in starts)


def _prose(analysis: Analysis) -> Sequence[Sentence]:
    """The body sentences, and the sentences of list items that are whole sentences (ending in 。): a bullet that
    reads "- 新興市場：クック氏は…と述べた。" is prose in a list, while "・最高値を更新" is a note."""
    body = analysis.body_sentences
    text = analysis.text
    items = [s for s in analysis.doc.sentences if s.kind == LIST_ITEM and _ends_in_full_stop(text, s.start, s.end)]
    if not items:
        return body
    return sorted((*body, *(s for s in items if not analysis.in_embed(s.start, s.end))))


def _the_articles_own(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether a classified sentence is the article's own prose: not the speaker's words, not the site's."""
    text = analysis.text
    if sentence.end == analysis.memo(_cut_off):
        return False  # the text breaks off in this sentence: its last word need not be its predicate
    if _ENUMERATOR.search(text, sentence.start, sentence.end):
        return False  # a list run into the text (…として、①…が生じる。, (1)…): the item's register, as a list line's
    if _INTERJECTION.match(text, sentence.start, sentence.end):
        return False  # talk: an interjection opens it (ああ、お気の毒です。), which narration does not write
    if _spoken_clause(text, sentence.start, sentence.end):
        return False  # talk: a clause in のです contracted to んです (…かかるんですが、…), which narration spells out
    if _TRANSLATORS_NOTE.search(text, sentence.start, sentence.end):
        return False  # a translator's note on the text (…の記事を翻訳したものです。): the translator's voice
    if sentence.start in analysis.memo(_translators_preface):
        return False  # the preface the note stands in, in its register: the translator introducing the translation
    if sentence.start >= analysis.memo(_closing_note):
        return False  # a note at the foot of the page, over the lines that continue it (※…⏎…ございます。)
    if _in_span(analysis.memo(_writers_comments), sentence):
        return False  # the blogger's own comment under its label (以下、管理人): the writer speaking as themselves
    lines = analysis.doc.lines
    line = lines[sentence.line]
    if _in_note(text, line.start, sentence.start):
        return False  # a note opened by ※ (※この件は地元でも報道されています。): the note writer's voice
    if line.start in analysis.memo(_teaser_lines):
        return False  # a teaser of an index page (…と述べました。 ...[記事詳細]): another article's opening
    # Where the sentence's paragraph starts: lines that break off mid-sentence (…ガーリンハウスが、) run on into it.
    opened = line.start
    index = sentence.line
    while index > 0 and sentence.line - index < _MAX_RUN_ON_LINES:
        start, end = lines[index - 1].start, lines[index - 1].end
        while end > start and text[end - 1].isspace():  # the line's last character that is not a space
            end -= 1
        if end == start or text[end - 1] in _FINISHED:
            break
        index -= 1
        opened = lines[index].start
    # From the first 「 after ``opened``, more 「 than 」 before the sentence's end (counted by bisection over the
    # marks' offsets, found once: counting in the text would read a long line again for each of its sentences).
    for opens, closes in analysis.memo(_corner_marks):
        first = bisect_left(opens, opened)
        if first < len(opens) and opens[first] < sentence.end and bisect_left(opens, sentence.end) - first > (
            bisect_left(closes, sentence.end) - bisect_left(closes, opens[first])
        ):
            return False  # the sentence ends inside a quotation opened before it: the speaker's words
    if _in_span(analysis.memo(_quoted_paragraphs), sentence):
        return False  # a quotation that opens a paragraph and runs on over the lines below it, up to its 」
    if _inside_double_quotes(analysis, opened, sentence.end, line.end):
        return False  # the same, in double quotation marks: ”我々は…のです。”
    if analysis.memo(_site_line, line.start, line.end):
        return False  # a notice, a caption, a post's text or a banner printed twice: the site's or the poster's
    notices = analysis.memo(_notice_block, sentence.line)
    if notices:
        found = final_predicate(text, sentence.start, sentence.end, analysis.lexicon)
        if found is not None and found.register in notices:
            return False  # the notice's next sentence, on the next line of its block and in its register
    if sentence.start in analysis.memo(_notice_run, sentence.line):
        return False  # a notice set as a paragraph: the sentences around its cue, in its register
    if overlaps_any(analysis.memo(bilingual_lines)[1], sentence.start, sentence.start + 1):
        return False  # the Japanese line of a bilingual page, shown beside its English: a translation exercise
    # A turn of an interview transcript, or the text of a flattened post: the speaker's words, the poster's.
    return line.start not in analysis.memo(_turn_lines_of) and not _in_post_text(analysis, sentence)


def _site_line(analysis: Analysis, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is not the article's prose, judged once per line (``analysis.memo``: a
    line of many sentences is read once, not once for each of them): the site's furniture (a notice or a caption), a
    post's or a chat's text (an emoji: news prose writes none), a banner or a teaser that the page prints twice (an
    article says a sentence once), or a table's row (cells between two separators or more: | 項目 | 説明です。 |),
    whose cells are notes in their own register, as a list's items are."""
    text = analysis.text
    if _furniture(analysis, start, end) or _EMOJI.search(text, start, end) is not None:
        return True
    line = text[start:end].strip()
    return line in analysis.memo(_repeated_lines) or _table_row(line)


def _table_row(line: str) -> bool:
    """Whether ``line`` (spaces around it aside: an indent is no separator) is a table's row: two cell separators or
    more (| 項目 | 説明 |, cells between tabs)."""
    return sum(line.count(separator) for separator in _CELL_SEPARATORS) >= 2


def _notice_block(analysis: Analysis, index: int) -> frozenset[str]:
    """The registers of the site's notices (``_notice``) that line ``index`` may go on: those on the line directly
    above or below it, with no blank line between, read from the notice line's last sentence; none when line
    ``index`` is longer than a notice's line (100 characters). A notice is often two or three sentences set one to a
    line (上記の広告は…。⏎…), and only one of them need hold a cue; the line next to it goes on the notice only in
    the notice's own register (the caller checks), since on a page that sets no blank line between its paragraphs the
    article's last line may stand right above a footer."""
    lines = analysis.doc.lines
    line = lines[index]
    if line.end - line.start > _MAX_FURNITURE_LINE:
        return frozenset()
    text = analysis.text
    registers = set()
    for other in (index - 1, index + 1):
        if 0 <= other < len(lines):
            above, below = (lines[other], line) if other < index else (line, lines[other])
            if text.count("\n", above.end, below.start) == 1 and analysis.memo(_notice, *lines[other][:2]):
                found = final_predicate(text, lines[other].start, lines[other].end, analysis.lexicon)
                if found is not None:
                    registers.add(found.register)
    return frozenset(registers)


def _notice_run(analysis: Analysis, index: int) -> frozenset[int]:
    """The starts of the sentences of line ``index`` that make a notice within a longer paragraph: each sentence that
    holds a cue of boilerplate.tsv, with the sentences around it in its register, up to the first one that is not (a
    notice set as one paragraph: …を大切にしています。当サイトはアフィリエイト広告を利用しています。…). A short line
    holding a cue is furniture whole (``_notice``); on a long one the run stops at the other register, so that the
    article's sentences on the same line stay the article's. The cues that describe the site in a predicate
    (…を発信するブログです, …の公式サイトです) count only on a short line: a tagline is a line of its own, while in a
    paragraph they are prose (…は人気の旅行サイトです。)."""
    text = analysis.text
    line = analysis.doc.lines[index]
    cues = analysis.lexicon.compiled(_boilerplate).cues
    if line.end - line.start <= _MAX_FURNITURE_LINE or cues is None:
        return frozenset()
    notices = [match.start() for match in cues.finditer(text, line.start, line.end) if not match[0].endswith("です")]
    if not notices:
        return frozenset()
    sentences = [s for s in analysis.doc.sentences if s.line == index]
    registers = []
    for sentence in sentences:
        found = final_predicate(text, sentence.start, sentence.end, analysis.lexicon)
        registers.append(found.register if found is not None and found.register in (POLITE, PLAIN) else None)
    starts: set[int] = set()
    for at, sentence in enumerate(sentences):
        register = registers[at]
        if register is None or bisect_left(notices, sentence.end) == bisect_left(notices, sentence.start):
            continue  # no register, or no notice's cue in the sentence
        first = last = at
        while first > 0 and registers[first - 1] == register:
            first -= 1
        while last + 1 < len(sentences) and registers[last + 1] == register:
            last += 1
        starts.update(s.start for s in sentences[first : last + 1])
    return frozenset(starts)


def _repeated_lines(analysis: Analysis) -> frozenset[str]:
    """The lines (spaces aside) that the text holds twice or more: a site's banner, a teaser or a navigation line,
    which a page prints at the top and again further down (…より新創刊しました。 全訳はこちら), while an article states
    each of its sentences once."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for line in analysis.text.split("\n"):
        line = line.strip()
        if line in seen:
            repeated.add(line)
        elif line:
            seen.add(line)
    return frozenset(repeated)


def _turn_lines_of(analysis: Analysis) -> frozenset[int]:
    return _turn_lines(analysis.text)


def _closes_a_post(lexicon: Lexicon, evidence: str) -> bool:
    """Whether an embed's evidence is a leftover that closes a post's text (in embeds.tsv: an attribution, a link
    such as pic.twitter.com, a boilerplate line with the post above it), not a bare permalink or a player overlay
    that stands for itself."""
    for row in lexicon.compiled(compile_patterns).rows_for(evidence[:1]) if evidence else ():
        if row.regex.match(evidence):
            return row.kind in ("attribution", "link") or (row.kind == "boilerplate" and row.post == "above")
    return False


def _post_texts(analysis: Analysis) -> list[tuple[int, int]]:
    """Where the text of a flattened post lies although the embed's block does not claim it, in text order.

    The embed finder claims the lines above a post's closing leftover only while they look like a post (short, no
    full stop past a few words): the ``embed.flattened`` finding must not swallow article prose. For the
    register the question is whose words a line holds, and Twitter's markup answers it: the post's text ends
    with its links (``… pic.twitter.com/…``) and the author line ``— Name (@handle) date`` follows it directly.
    So the text before such a leftover on its line is the post's, and when the leftover stands alone on its line
    (an author line, a bare photo link), the line directly above it, with no blank line between, is. Either way
    no further back than a post can be long (``POST_MAX_WEIGHT`` characters: a one-line page that ends in a
    post's link is not all the post's)."""
    embeds = analysis.embeds
    if not embeds:
        return []
    text = analysis.text
    lines = analysis.doc.lines
    starts = [line.start for line in lines]
    found: list[tuple[int, int]] = []
    for block in embeds:
        if not _TO_LINE_END.match(text, block.end) or not _closes_a_post(analysis.lexicon, block.evidence):
            continue  # a leftover that does not end its line (a link inside a sentence is a citation), or a URL
        index = bisect_right(starts, block.end - 1) - 1
        line = lines[index]
        first = line.start
        # The leftover alone on its line (read once per line: one block at most ends a line, so this stays linear).
        alone = text[line.start : block.end].strip() == block.evidence
        if alone and index > 0 and text.count("\n", lines[index - 1].end, line.start) == 1:
            first = lines[index - 1].start  # the post's text, directly above its author line or photo link
        found.append((max(first, block.start - POST_MAX_WEIGHT), block.end))
    return found


def _in_post_text(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether ``sentence`` lies within the text of a flattened post (``_post_texts``)."""
    posts = analysis.memo(_post_texts)
    index = bisect_right(posts, (sentence.start, len(analysis.text) + 1)) - 1  # the last one that starts before it
    return index >= 0 and sentence.end <= posts[index][1]


def _corner_marks(analysis: Analysis) -> tuple[tuple[list[int], list[int]], ...]:
    """The offsets of every 「 and of every 」 of the text, in order, and of every 《 and every 》 when the text holds
    them (``_OPEN_DOUBLE_ANGLE``)."""
    text = analysis.text
    marks = [([m.start() for m in _OPEN_CORNER.finditer(text)], [m.start() for m in _CLOSE_CORNER.finditer(text)])]
    if "《" in text:
        opens = [m.start() for m in _OPEN_DOUBLE_ANGLE.finditer(text)]
        marks.append((opens, [m.start() for m in _CLOSE_DOUBLE_ANGLE.finditer(text)]))
    return tuple(marks)


def _quoted_paragraphs(analysis: Analysis) -> list[tuple[int, int]]:
    """Where a quotation set as paragraphs lies, in text order: from a line opened by 「 (spaces aside) that its line
    does not close, to the 」 that closes it on a later line (where the marks after the 「 balance), as a page quotes
    another outlet's passage over several paragraphs (「市は…を発表した。⏎（中略）⏎…国と分担する。」⏎（地元紙）). The
    sentences in it are the quoted writer's. A 「 that nothing closes quotes nothing (a stray mark). Fresh pages of
    issue reg33: a blog quoting a news site, 2 false findings; no finding on the dev sets lies in such a span."""
    opens, closes = analysis.memo(_corner_marks)[0]
    if not opens or not closes:
        return []
    text = analysis.text
    marks = sorted([(at, 1) for at in opens] + [(at, -1) for at in closes])
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(marks):
        at, step = marks[index]
        index += 1
        line_start = text.rfind("\n", 0, at) + 1
        if step < 0 or text[line_start:at].strip() or (spans and at < spans[-1][1]):
            continue
        depth = 1
        line_end = text.find("\n", at)
        for later in range(index, len(marks)):
            depth += marks[later][1]
            if depth == 0:
                if line_end >= 0 and marks[later][0] > line_end:
                    spans.append((line_start, marks[later][0] + 1))
                break
    return spans


def _double_marks(analysis: Analysis) -> tuple[list[int], list[int], list[int]]:
    """The offsets of every “, every ” and every straight " of the text, in order."""
    text = analysis.text
    opens, closes, straight = ([m.start() for m in p.finditer(text)] for p in (_OPEN_DOUBLE, _CLOSE_DOUBLE, _STRAIGHT))
    return opens, closes, straight


def _inside_double_quotes(analysis: Analysis, opened: int, end: int, line_end: int) -> bool:
    """Whether ``end`` lies inside a double quotation opened after ``opened``: more “ than ” between them, or, where
    no “ opens one, an odd number of the marks written twice (”…”, "…") before ``end`` and an even number up to the
    end of the line, so that they pair up: a stray mark (「…" in machine translation) says nothing."""
    opens, closes, straight = analysis.memo(_double_marks)
    if not (opens or closes or straight):
        return False
    between = bisect_left(opens, end) - bisect_left(opens, opened)
    shut = bisect_left(closes, end) - bisect_left(closes, opened)
    if between:
        return between > shut
    before = shut + bisect_left(straight, end) - bisect_left(straight, opened)
    if before % 2 == 0 or bisect_left(opens, line_end) > bisect_left(opens, opened):
        return False
    on_line = bisect_left(closes, line_end) - bisect_left(closes, opened)
    on_line += bisect_left(straight, line_end) - bisect_left(straight, opened)
    return on_line % 2 == 0


def _ends_in_full_stop(text: str, start: int, end: int) -> bool:
    while end > start and (text[end - 1] in _CLOSERS or text[end - 1].isspace()):
        end -= 1
    return end > start and text[end - 1] == "。"


# What a sentence that has ended may end in: a terminator, an ellipsis, a closing bracket or quotation mark.
_ENDED = "。．.！!？?…‥」』）)】]\"”’'"


# An interjection (感動詞: ああ, あら, まあ, ねえ, やあ, さあ, ほら, はい, いいえ…) opening a sentence, set off by a
# comma or an exclamation mark (ああ、お気の毒です。): a word of the spoken language, which addresses a listener or
# voices the speaker's feeling, and which narration does not write (日本語記述文法研究会『現代日本語文法』: 感動詞);
# the sentence is talk, in the register the speaker takes with the listener, like one ending in よ or ね.
_INTERJECTION = re.compile(
    "[ \t\u3000]*(?:ああ|あら|まあ|おお|へえ|ねえ|やあ|さあ|ほら|おや|わあ|うわ|えっ|あっ|おっ|いや|うん|ええ"
    "|はい|いいえ|あ|お|え)[、，,！!]"
)


# A clause in のです contracted to んです that the sentence goes on from (…長くかかるんですが、楽しみです。,
# 苦手なんですけど、…): talk, as a sentence that ends in んです is (register.tsv: ん is the colloquial form of の,
# 日本語記述文法研究会『現代日本語文法』), which written narration spells out (のですが). No verb ends in んです
# (読んだ is the plain past, so んだ + が is left alone).
_SPOKEN_CLAUSE = re.compile("んです(?:が|けど|けれど|から|ので|し)")


def _spoken_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` goes on from a clause in んです (``_SPOKEN_CLAUSE``) outside the quotations it
    holds (「…なんですが」と語った is narration that quotes talk)."""
    match = _SPOKEN_CLAUSE.search(text, start, end)
    return match is not None and text.count("「", start, match.start()) <= text.count("」", start, match.start())


# A translator's note (訳者の断り書き): the sentence in which the page says that it translated somebody's text
# (…の記事を英語から翻訳したものです。, 現地の反応を訳してまとめました。). It speaks of the
# text, not with it: the translator's voice, in the blog's register, while the article it introduces keeps the
# register of its own writer (measured: the four such notes among the dev and fresh pages, two findings, both false;
# no other sentence of those pages says it).
_TRANSLATORS_NOTE = re.compile(
    "(?:記事|コメント|反応|文章|原文|ニュース|投稿|声明|談話)を[^。\n]{0,15}?(?:翻訳|和訳|訳)し"
    "|(?:翻訳|和訳|対訳|日本語訳)を[^。\n]{0,6}?(?:載せ|掲載し|紹介し|まとめ|お届けし)"
)


# A note (注記) opened by the reference mark ※ (米印), which Japanese writing sets before a note on the text: an
# editor's, translator's or blogger's remark beside the article (※この件は地元でも報道されています。, ※これは
# 投資の助言ではありません。), in the note writer's register, not the article's. Only the sentence that the mark opens:
# a ※ after a word (登録商標※) refers to a note set elsewhere. A note that opens its line runs to the line's end (a
# note of two sentences, or one that ? breaks: …上がるのでは? と見られていました。); one set after the article's
# sentence on its line (…発表します。※…) is the sentence it opens.
_NOTE_MARK = "※"
# The asterisk, the ASCII mark that Japanese web writing sets before a note as it sets ※ (a wire service's update
# note under its story: *内容を追加しました。, *写真を追加して再送します。): one asterisk opening the line, the note's
# words directly after it, and no other asterisk on the line. Not "* " (a Markdown bullet: a space follows it), nor
# "**…**" or "*…*" (Markdown emphasis: a partner closes it). Fresh pages of issue fresh32: a wire story's update note,
# 1 false finding; no change on the dev sets.
_ASTERISK_NOTE = re.compile("[ \t\u3000]*[*＊](?![*＊\\s])[^*＊\n]*(?:\n|\\Z)")


def _in_note(text: str, line_start: int, start: int) -> bool:
    """Whether the sentence at ``start`` of the line at ``line_start`` is a note opened by ※ (``_NOTE_MARK``) or by
    an asterisk opening its line (``_ASTERISK_NOTE``)."""
    mark = text.rfind(_NOTE_MARK, line_start, start + 1)
    if mark >= 0 and not text[line_start:mark].strip():
        return True  # the note opens the line
    if text[line_start] in "*＊ \t\u3000" and _ASTERISK_NOTE.match(text, line_start):
        return True  # *内容を追加しました。: a note under the asterisk
    while start < len(text) and text[start] in " \t\u3000":
        start += 1
    return text.startswith(_NOTE_MARK, start)  # the note opens the sentence


def _opens_with_note_mark(text: str, start: int) -> bool:
    """Whether the line at ``start`` opens with a note's mark (※, or the asterisk of ``_ASTERISK_NOTE``)."""
    while start < len(text) and text[start] in " \t\u3000":
        start += 1
    return text.startswith(_NOTE_MARK, start) or _ASTERISK_NOTE.match(text, start) is not None


def _closing_note(analysis: Analysis) -> int:
    """Where a note that closes the text starts (len(text) + 1 when none does): a line opened by a note's mark (※…)
    that, with the lines under it, runs to the end of the text, each line a notice's length at most
    (``_MAX_FURNITURE_LINE``) and no blank line between them. A note at the foot of a page (※この記事は自動翻訳した上で
    掲載しています。⏎内容には…場合がございます。⏎…) goes on over the lines under its mark, and the article does not
    resume after it, so the lines that continue it are the note's too, in its writer's register. Fresh pages of issue
    fresh32: an aggregator's note on its machine translation, 2 false findings; no change on the dev sets."""
    text = analysis.text
    lines = analysis.doc.lines
    found = len(text) + 1
    index = len(lines) - 1
    while index >= 0 and lines[index].end - lines[index].start <= _MAX_FURNITURE_LINE:
        if _opens_with_note_mark(text, lines[index].start):
            found = lines[index].start
        if index == 0 or text.count("\n", lines[index - 1].end, lines[index].start) != 1:
            break
        index -= 1
    return found


# The end of a teaser: a line cut short with an ellipsis (…, ‥, ...), a read-more link in brackets at most after it
# (…[記事詳細], ...(続きを読む)).
_TEASER_END = re.compile("(?:[…‥]|\\.{3})[ \t\u3000]*(?:[\\[［(（【][^\\]］)）】]{1,10}[\\]］)）】])?[ \t\u3000\r]*\\Z")
_TEASERS_MIN = 3  # lines cut short that make a page an index of teasers (one or two may be a writer's trailing off)


def _teaser_lines(analysis: Analysis) -> frozenset[int]:
    """The starts of the lines of an index of teasers: a page most of whose paragraphs are cut short with an ellipsis
    (at least ``_TEASERS_MIN`` lines, and at least half of the lines that hold a 。 or end so), the openings of other
    articles that a news site's list page prints one under another (…と述べました。 ...[記事詳細]). Each is another
    article's opening, in its own writer's register: a polite teaser beside a plain one is two articles, not one that
    mixes. Fresh pages of issue fresh32: two list pages of translated Chinese news, 4 false findings; no change on the
    dev sets."""
    text = analysis.text
    if text.count("…") + text.count("‥") + text.count("...") < _TEASERS_MIN:
        return frozenset()  # nearly every article
    teasers = []
    prose = 0
    for line in analysis.doc.lines:
        if _TEASER_END.search(text, line.start, line.end) is not None:
            teasers.append(line.start)
            prose += 1
        elif text.find("。", line.start, line.end) >= 0:
            prose += 1
    if len(teasers) < _TEASERS_MIN or 2 * len(teasers) < prose:
        return frozenset()
    return frozenset(teasers)


def _translators_preface(analysis: Analysis) -> frozenset[int]:
    """The starts of the sentences of a translator's preface: a translator's note (``_TRANSLATORS_NOTE``) and the
    sentences around it in its register, up to the first in the other register or a heading (皆さま、お元気ですか。⏎
    米国の記事を訳してお届けします。全四回の二回目です。…⏎分散台帳とは⏎分散台帳は…を指す。): the translator
    introducing the translation in their own voice before the translated article begins. Sentences of neither register
    (a greeting, a nominal ending) are passed over. Fresh pages of issue fresh32: a site's polite preface to its plain
    translation, 3 false findings; no change on the dev sets."""
    text = analysis.text
    notes = [match.start() for match in _TRANSLATORS_NOTE.finditer(text)]
    if not notes:
        return frozenset()
    sentences = analysis.doc.sentences
    starts = [sentence.start for sentence in sentences]
    registers: dict[int, str | None] = {}

    def register(at: int) -> str | None:
        if at not in registers:
            sentence = sentences[at]
            found = final_predicate(text, sentence.start, sentence.end, analysis.lexicon)
            registers[at] = found.register if found is not None and found.register in (POLITE, PLAIN) else None
        return registers[at]

    found: set[int] = set()
    for note in notes:
        at = bisect_right(starts, note) - 1
        if at < 0 or note >= sentences[at].end:
            continue
        own = register(at)
        if own is None:
            continue
        for step in (-1, 1):
            other = at
            while 0 <= other < len(sentences) and sentences[other].kind != HEADING:
                if register(other) not in (own, None):
                    break
                found.add(sentences[other].start)
                other += step
    return frozenset(found)


# The label under which a blogger comments as themselves on the text the page carries (以下、管理人, 管理人より,
# 訳者のコメント:): a line that names the page's writer as the speaker of what follows, as a transcript's speaker label
# does. The comment is the lines directly below it, up to a blank line, in the blogger's register, while the translated
# article above keeps its own.
_WRITERS_LABEL = re.compile(
    "^[ \t\u3000]*(?:以下[、,，][ \t\u3000]*)?(?:管理人|訳者|翻訳者|筆者|ブログ主)"
    "(?:より|から|の?(?:コメント|感想|一言|ひとこと))?[ \t\u3000]*[:：]?[ \t\u3000]*$",
    re.MULTILINE,
)
_BLANK_LINE = re.compile("\\n[^\\S\\n]*\\n")


def _writers_comments(analysis: Analysis) -> list[tuple[int, int]]:
    """Where a blogger's own comment lies (``_WRITERS_LABEL``): from the end of its label's line to the next blank line
    or the end of the text, in text order."""
    text = analysis.text
    spans = []
    for label in _WRITERS_LABEL.finditer(text):
        blank = _BLANK_LINE.search(text, label.end())
        spans.append((label.end(), blank.start() if blank is not None else len(text)))
    return spans


def _in_span(spans: Sequence[tuple[int, int]], sentence: Sentence) -> bool:
    """Whether ``sentence`` lies within one of ``spans`` (in text order)."""
    return any(start <= sentence.start and sentence.end <= end for start, end in spans)  # a page has one or none


# A circled number (①…⑳), or a number of one or two digits in brackets ((1), （２）: 括弧数字, the same device) where an
# item starts (the text's or a line's start, after 。, 、, a colon or a space: not a name's age, 山田太郎さん(45), nor
# 第(3)項), that enumerates the items of a list run into a paragraph: the sentence it stands in ends in an item, whose
# register is the list's own (a list line is left out for the same reason).
_ENUMERATOR = re.compile("[\u2460-\u2473]|(?<![^、。\\s：:])[(（][0-9０-９]{1,2}[)）]")


def _cut_off(analysis: Analysis) -> int:
    """Where the text ends when it breaks off mid-sentence (its last character, spaces aside, is none of
    ``_ENDED``), else -1. A page excerpt cut at a length limit ends in a fragment (…開発プロセスを
    ガイドする, when the sentence went on …ガイドするものです。): the last word before the cut is not the sentence's
    final predicate, so its register is unknown."""
    text = analysis.text
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    return end if end and text[end - 1] not in _ENDED else -1


def article_starts(analysis: Analysis) -> tuple[int, ...]:
    """Where the articles of a page that prints two or more start: each opened by its headline printed twice (the
    title and the heading, ``copied_lines``: 北海道で…が負傷⏎⏎北海道で…が負傷⏎• …), as a category page holding
    several articles' summaries prints them one under another. Each article is in its own writer's register (a polite
    summary beside a plain one is two articles, not one that mixes), so the rule judges each by itself. Empty for a page
    of one article, which prints its headline twice at most once."""
    copies = copied_lines(analysis.text, analysis.doc.lines)
    return tuple(start for start, _ in copies) if len(copies) >= 2 else ()


# What may follow a sentence's last word: terminators, ellipses, wave dashes and long marks (よ〜, かなー), spaces.
_TALK_TRAIL = "。．.！!？?…‥〜～~ー・ \t\u3000\n"


def _ends_in_particle(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a sentence-final particle (終助詞: よ, ね, な, なあ, よね, わ, もん…), as
    IPAdic tags it (助詞,終助詞; か, which IPAdic tags as an adverbial, parallel or final particle alike, is a question,
    not talk). A sentence that ends in a closing bracket or quotation mark ends in somebody's words: not read."""
    while end > start and text[end - 1] in _TALK_TRAIL:
        end -= 1
    if end == start or not "\u3041" <= text[end - 1] <= "\u309f":
        return False  # IPAdic writes every final particle in hiragana: most sentences are not parsed
    words = tokens(text[start:end])
    if not words or words[-1].pos != "助詞" or words[-1].pos1 != "終助詞":
        return False
    # The prohibitive な after a verb's dictionary form (許すな, 忘れるな: IPAdic tags it a final particle too) is a
    # command, as a headline or an editorial's title gives one, not a writer talking to the reader: a machine
    # translation's news page that prints one was silenced whole (WMT24 system outputs: one such article's 5
    # findings).
    before = words[-2] if len(words) > 1 else None
    prohibitive = before is not None and before.pos == "動詞" and before.surface == before.base
    return not (words[-1].surface == "な" and prohibitive)


def talk_sentences(analysis: Analysis) -> tuple[int, ...]:
    """The starts of the article's own prose sentences (``the_articles_own``: not a quotation, a post, a notice) that
    end in a sentence-final particle (``_ends_in_particle``), in text order.

    Such a sentence speaks to the reader (大きな額ですね。, 楽しかったよ〜。, また行きたいなあ。): a writer's personal
    voice (a diary, a blog, a column), in which polite and plain sentences alternate by design, not by a machine's
    slip. Machine translation of news mixes the written plain style (だ/である, -た) with です/ます without such
    particles: on the dev pages (pages11–15) no page with a register mistake the annotators marked holds one. For
    ``analysis.memo``; asked only of an article that has both registers (it parses sentences with MeCab)."""
    text = analysis.text
    return tuple(
        sentence.start
        for sentence in _prose(analysis)
        if _ends_in_particle(text, sentence.start, sentence.end) and _the_articles_own(analysis, sentence)
    )


def register_sentences(analysis: Analysis) -> dict[str, list[tuple[Sentence, re.Match[str]]]]:
    """The prose sentences in the polite and in the plain register, each with its classifier match (on the
    reversed text: ``ending_of`` reads it), in text order. Prose is the body sentences and the list items that are
    whole sentences ending in 。; a plain question in か, or a sentence ending in ?, ! or …, is an aside, not the
    article's register (how a polite blog talks to its reader), and a sentence of either register that ends in a
    conversational particle (よ, ね, わ…) is talk addressed to someone, not narration. Whether a sentence is the
    article's own and not a speaker's or the site's is ``the_articles_own``: it costs more, and most articles have
    one register anyway."""
    compiled = classifier(analysis.lexicon)
    registers = compiled.registers
    text = analysis.text
    reversed_text = text[::-1]  # one reversal per article; each sentence is then one anchored match
    size = len(text)
    match_at = compiled.pattern.match
    found: dict[str, list[tuple[Sentence, re.Match[str]]]] = {POLITE: [], PLAIN: []}
    for sentence in _prose(analysis):
        # endpos keeps the match inside the sentence; the pattern reads only its last few dozen characters.
        match = match_at(reversed_text, size - sentence.end, size - sentence.start)
        if match is None:
            continue
        register = registers[match[2]]
        if register == PLAIN:
            # Most plain sentences end in 。, which is no aside: the test of the last character spares the call.
            if match[1] or (text[sentence.end - 1] != "。" and _is_aside(text, sentence.start, sentence.end)):
                continue
        elif register != POLITE or (match[1] and match[1] != "か"):
            continue
        found[register].append((sentence, match))
    return found


# A phrase that announces the quotation set off after it (引用の予告): 次のように述べた, 以下のとおり発表した,
# 談話は次の通り, 次のような声明を出した, …を転載しておこう, and the page presenting somebody else's text, in the
# present (…のインタビューを紹介する, …の記事を紹介します: 紹介した reports a past event, which announces nothing).
# ように comes first: its span runs to に. Each alternative starts with its own character, so re finds the four in
# C (with (?:次|以下) first it tried the whole pattern at every character: 3.5x the cost of the scan).
_ANNOUNCES = re.compile(
    "次の(?:ように|よう|通り|とおり)|以下の(?:ように|よう|通り|とおり)|転載(?:し|す)"
    "|紹介(?:する|します|しよう|しましょう|したい)"
)


class Announcement(NamedTuple):
    """A phrase that announces a quotation, with offsets into the text."""

    start: int
    end: int
    attributive: bool  # 次のような + a noun ("such"): a quotation follows only where its sentence ends the line


def quotation_announcements(analysis: Analysis) -> list[Announcement]:
    """The phrases that announce a quotation set off after them (次のように発表した。, 談話は以下の通り。,
    …を転載しておこう。, …のインタビューを紹介する。: 引用の予告), in text order, for ``analysis.memo``. A block
    quotation is set off by layout, which a page's text loses; the announcement is what is left to say that the text
    after it is somebody else's. How far the quotation runs is each caller's own question (register.mixed: up to the
    return of the narration's register, after a predicative announcement; terminology: the paragraph after an announcing
    sentence that ends its line)."""
    text = analysis.text
    return [
        Announcement(match.start(), match.end(), text.startswith("うな", match.end() - 1))
        for match in _ANNOUNCES.finditer(text)
    ]


def announced_quotations(analysis: Analysis, polite: Sequence[Sentence], plain: Sequence[Sentence]) -> set[int]:
    """The starts of the sentences that a quotation announced before them holds (a statement, a message, a post
    that the article reproduces as a block: 同社は次のように発表した。⏎現在、入金を制限しています。…). A block quotation
    is set off by layout, which a page's text loses, and closed by no mark; what closes it is the return of the
    narration's register. So after an announcing sentence of one register, the sentences of the other register
    that follow, up to the next one in the announcing sentence's register, are the quotation's. ``polite`` and
    ``plain`` are the article's own classified sentences, each in text order."""
    # Not 次のような + a noun (attributive: "such"), which in a sentence that goes on announces nothing after it.
    announcements = [found.start for found in analysis.memo(quotation_announcements) if not found.attributive]
    if not announcements:
        return set()
    ordered = sorted([(s.start, s.end, True) for s in polite] + [(s.start, s.end, False) for s in plain])
    quoted: set[int] = set()
    announcer: bool | None = None  # the register of the sentence that announced a quotation, while it runs on
    for start, end, is_polite in ordered:
        if announcer is not None and is_polite != announcer:
            quoted.add(start)
            continue
        announces = bisect_left(announcements, end) > bisect_left(announcements, start)
        announcer = is_polite if announces else None
    return quoted


def the_articles_own(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether a classified sentence is the article's own prose: not the speaker's words (a quotation it ends inside, a
    turn of an interview transcript, the text of a flattened post or a line with an emoji, talk opened by an
    interjection), not the translator's (a note that the text is translated), not the site's (a short copyright or
    paywall line, a disclaimer, a caption, a line printed twice), not a list run into the text (①…), and not a fragment
    that the text breaks off in. Filters that take sentences away only, so the rule asks them only of an article that
    has both registers (most have one: a search in every sentence of every article would cost more than the rule
    does)."""
    return _the_articles_own(analysis, sentence)

"""Inject known MT leftovers into clean Japanese text, with a gold span for each.

``inject(doc, seed=…, kinds=…)`` takes a clean document (a human translation, see ``auditor.eval.corpus``)
and returns a new ``GoldDocument`` whose text carries ``count`` leftovers of each requested kind, placed with
``random.Random`` seeded by ``seed`` and the document id: the same document and seed always give the same
result. Every gold span points at
the injected characters (an omission, which has none, points at the neighbouring sentence, see gold.py).

Besides the spans, ``meta["edits"]`` lists every change as ``[start, end, original]``: ``text[start:end]``
replaced ``original`` (``start == end`` for a deletion). Undoing them gives the input text back exactly, which
is how the tests prove that nothing else moved. ``meta["links"]`` (paragraph alignment, when the input has one)
is kept in step with the edits, ``meta["injected"]`` lists the kinds done and ``meta["skipped"]`` the kinds
that found no place (a register kind on an article whose register is unclear, a bilingual kind without a
source…).

Templates, word lists and rewrite tables are data: ``auditor/eval/data/ja/*.tsv``; brands, people, units and
spellings come from ``auditor/lexicons`` through the lexicon API.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from auditor.analysis.context import Analysis
from auditor.analysis.register import PLAIN, POLITE, classify
from auditor.document import Document, Sentence
from auditor.eval.gold import GoldDocument, GoldSpan
from auditor.languages.scripts import JA, KANA, KANJI, KATAKANA
from auditor.languages.translit import skeleton
from auditor.lexicons import get_lexicon, split_values
from auditor.lexicons.schema import BrandRow, PersonRow, PreferredSpellingRow

# kind -> DESIGN.md category of the leftover it injects
KINDS: dict[str, str] = {
    "brand-literal": "accuracy/entity",
    "handle-transliterated": "accuracy/handle",
    "embed-flattened": "markup/embed",
    "units-imperial": "locale/units",
    "spelling-variant": "terminology/inconsistent",
    "register-polite": "fluency/register",
    "register-plain": "fluency/register",
    "half-width-punctuation": "locale/punctuation",
    "stray-space": "markup/whitespace",
    "untranslated-sentence": "accuracy/untranslated",
    "number-changed": "accuracy/number",
    "sentence-dropped": "accuracy/omission",
    "sentence-added": "accuracy/addition",
}
# Kinds that need the source text (and change only the target).
BILINGUAL: frozenset[str] = frozenset({"number-changed", "sentence-dropped", "sentence-added"})

_DATA_LANG = "ja"
_MARK_OPEN, _MARK_CLOSE = "⟦", "⟧"
_KATAKANA_RUN = re.compile(f"[{KATAKANA}・]+")
_KATAKANA_CHAR = re.compile(f"[{KATAKANA}]")
_NOUN_CHAR = re.compile(f"[{KANJI}{KATAKANA}A-Za-z0-9０-９]")
_JA_CHAR = re.compile(f"[{JA}]")
_KANA_KANJI = re.compile(f"[{KANA}{KANJI}]")
_NUMBER = re.compile(r"(?<![A-Za-z0-9０-９.,．，])[0-9０-９]+(?:[.,．，][0-9０-９]+)*(?![A-Za-z0-9０-９])")
_EN_SENTENCE = re.compile(r"[^\s].*?(?:[.!?][\"”’')]*(?=\s+[\"“‘(]?[A-Z0-9])|$)")
_SENTENCE_END = "。！？"


class InjectError(ValueError):
    """An unknown kind was asked for."""


# --- data -----------------------------------------------------------------------------------------------------


@cache
def _table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``eval/data/ja/<name>.tsv`` (header row, ``#`` comments), like the lexicon tables."""
    path = resources.files("auditor.eval") / "data" / _DATA_LANG / f"{name}.tsv"
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = [cell.strip() for cell in raw.split("\t")]
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True)))
    return tuple(rows)


def _templates(kind: str, key: str | None = None) -> list[dict[str, str]]:
    return [row for row in _table("templates") if row["kind"] == kind and (key is None or row["key"] == key)]


def _fill(template: str, values: dict[str, str]) -> tuple[str, int, int]:
    """The template filled in, and the gold span inside it (between ⟦ ⟧, else all of it)."""
    template = template.replace("\\n", "\n")
    if _MARK_OPEN not in template:
        text = template.format_map(values)
        return text, 0, len(text)
    before, rest = template.split(_MARK_OPEN, 1)
    inside, after = rest.split(_MARK_CLOSE, 1)
    before, inside, after = (part.format_map(values) for part in (before, inside, after))
    return before + inside + after, len(before), len(before) + len(inside)


# --- the working state ----------------------------------------------------------------------------------------


@dataclass
class _Span:
    start: int
    end: int
    category: str
    note: str
    src_start: int | None = None
    src_end: int | None = None


class _Work:
    """The text being edited, with everything that points into it kept in step."""

    def __init__(self, doc: GoldDocument):
        self.text = doc.text
        self.source = doc.source
        self.spans = [_Span(s.start, s.end, s.category, s.note, s.src_start, s.src_end) for s in doc.spans]
        self.edits: list[list[Any]] = []  # [start, end, original]
        links = doc.meta.get("links")
        if links is None and doc.source is not None:
            links = [[0, len(doc.source), 0, len(doc.text)]]  # one paragraph each side
        self.links: list[list[int]] = [list(link) for link in links or []]
        self.lexicon = get_lexicon(_DATA_LANG)
        self._doc: Analysis | None = None

    @property
    def doc(self) -> Analysis:
        """The text as edited so far, analysed (sentences, URLs, embeds)."""
        if self._doc is None:
            self._doc = Analysis(Document(self.text, lang=_DATA_LANG), self.lexicon)
        return self._doc

    def blocked(self, start: int, end: int) -> bool:
        """True when ``start:end`` touches an injected span or edit, or overlaps a URL or an embed."""
        for span in self.spans:
            if start <= span.end and span.start <= end:
                return True
        for edit_start, edit_end, _ in self.edits:
            if start <= edit_end and edit_start <= end:
                return True
        doc = self.doc
        return doc.in_literal(start, end + 1) or doc.in_embed(start, end + 1) or doc.in_embed(start - 1, end)

    def edit(self, start: int, end: int, new: str, *, attach_left: bool = True) -> None:
        """Replace ``text[start:end]`` with ``new``; an insertion at a paragraph end joins it when attach_left."""
        original = self.text[start:end]
        delta = len(new) - (end - start)

        def move(x: int, is_end: bool) -> int:
            if start == end:  # insertion
                if x < start or (x == start and not attach_left):
                    return x
                return x + delta
            if x <= start:
                return x
            if x >= end:
                return x + delta
            return start + len(new) if is_end else start

        for span in self.spans:
            span.start, span.end = move(span.start, False), move(span.end, True)
        for item in self.edits:
            item[0], item[1] = move(item[0], False), move(item[1], True)
        for link in self.links:
            link[2], link[3] = move(link[2], False), move(link[3], True)
        self.text = self.text[:start] + new + self.text[end:]
        self.edits.append([start, start + len(new), original])
        self._doc = None

    def add_span(self, start: int, end: int, kind: str, note: str, src: tuple[int, int] | None = None) -> None:
        self.spans.append(_Span(start, end, KINDS[kind], f"{kind}: {note}", *(src or (None, None))))

    # -- views of the text --

    def body_sentences(self) -> list[Sentence]:
        return [s for s in self.doc.body_sentences if not self.blocked(s.start, s.end)]

    def insertion_points(self, within: tuple[int, int] | None = None) -> list[int]:
        """Ends of prose sentences (after 。！？) where a new sentence can follow."""
        points = []
        for sentence in self.body_sentences():
            if self.text[sentence.end - 1] not in _SENTENCE_END:
                continue
            if within and not within[0] <= sentence.start < sentence.end <= within[1]:
                continue
            points.append(sentence.end)
        return points

    def register(self) -> str | None:
        """The article's register when clear (four in five classified sentences, at least three), else None."""
        counts = {POLITE: 0, PLAIN: 0}
        for sentence in self.doc.body_sentences:
            found = classify(sentence.text_in(self.text), self.lexicon)
            if found in counts:
                counts[found] += 1
        total = counts[POLITE] + counts[PLAIN]
        for register, number in counts.items():
            if total >= 3 and number >= 0.8 * total:
                return register
        return None

    def insert_sentence(self, rng: random.Random, sentence: str, within: tuple[int, int] | None = None) -> int | None:
        """Insert ``sentence`` after a random prose sentence; its offset, or None when there is no place."""
        points = self.insertion_points(within)
        if not points:
            return None
        at = rng.choice(points)
        self.edit(at, at, sentence)
        return at

    def paragraphs(self) -> list[tuple[int, tuple[int, int], tuple[int, int]]]:
        """(index, source range, target range) of the aligned paragraphs."""
        return [(i, (link[0], link[1]), (link[2], link[3])) for i, link in enumerate(self.links)]


# --- helpers --------------------------------------------------------------------------------------------------


def _rewrites(to: str) -> list[tuple[str, str, str]]:
    rows = [(row["from"], row["into"], row["after"]) for row in _table("register") if row["to"] == to]
    return sorted(rows, key=lambda row: -len(row[0]))


def _rewrite_ending(sentence: str, to: str, lexicon: Any) -> tuple[int, str, str] | None:
    """(offset of the ending, old ending, new ending) turning the sentence's last predicate into ``to``."""
    body = sentence.rstrip(_SENTENCE_END)
    if len(body) == len(sentence) and not sentence.endswith(tuple(_SENTENCE_END)):
        return None
    for old, new, after in _rewrites(to):
        if not body.endswith(old):
            continue
        at = len(body) - len(old)
        if after == "noun" and (at == 0 or not _NOUN_CHAR.match(body[at - 1])):
            continue
        rewritten = body[:at] + new + sentence[len(body) :]
        if classify(rewritten, lexicon) == to:
            return at, old, new
    return None


def _fit_register(sentence: str, register: str | None, lexicon: Any) -> str:
    """A template sentence (written plain) made polite for a polite article."""
    if register != POLITE or classify(sentence, lexicon) != PLAIN:
        return sentence
    found = _rewrite_ending(sentence, POLITE, lexicon)
    if found is None:
        return sentence
    at, old, new = found
    return sentence[:at] + new + sentence[at + len(old) :]


def _insert_template(work: _Work, rng: random.Random, kind: str, text: str, start: int, end: int, note: str) -> bool:
    """Insert a filled template sentence; the span is ``start:end`` inside it."""
    fitted = _fit_register(text, work.register(), work.lexicon)
    at = work.insert_sentence(rng, fitted)
    if at is None:
        return False
    work.add_span(at + start, at + end, kind, note)
    return True


def _bounded(text: str, start: int, end: int, latin: bool) -> bool:
    """True when text[start:end] is a whole word: not inside a longer Latin or katakana word."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if latin:
        return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())
    return not _KATAKANA_CHAR.match(before or " ") and not _KATAKANA_CHAR.match(after or " ")


def _occurrences(work: _Work, form: str) -> list[int]:
    latin = form.isascii()
    found = []
    for match in re.finditer(re.escape(form), work.text):
        if _bounded(work.text, match.start(), match.end(), latin) and not work.blocked(match.start(), match.end()):
            found.append(match.start())
    return found


def _en_sentences(text: str, base: int) -> list[tuple[int, int]]:
    return [(base + m.start(), base + m.end()) for m in _EN_SENTENCE.finditer(text) if m.group().strip()]


def _format_number(value: float) -> str:
    if value >= 100:
        return f"{round(value):,}" if value >= 10000 else str(round(value))
    if value >= 10:
        return str(round(value))
    return f"{value:.1f}".rstrip("0").rstrip(".")


# --- the kinds ------------------------------------------------------------------------------------------------


def _brand_literal(work: _Work, rng: random.Random, kind: str) -> bool:
    brands = {row.brand: row for row in work.lexicon.table(BrandRow)}
    # An existing mention of a brand in its proper katakana form, rendered as the common word instead.
    mentions = []
    for brand, row in brands.items():
        for proper in row.proper:
            if proper.isascii() or len(proper) < 3:
                continue
            mentions += [(at, proper, brand) for at in _occurrences(work, proper)]
    if mentions and rng.random() < 0.5:
        at, proper, brand = rng.choice(sorted(mentions))
        literal = rng.choice(brands[brand].literals)
        work.edit(at, at + len(proper), literal)
        work.add_span(at, at + len(literal), kind, f"{brand} → {literal} (was {proper})")
        return True
    templates = [template for template in _templates(kind) if template["key"] in brands]
    template = rng.choice(templates)
    literal = rng.choice(brands[template["key"]].literals)
    text, start, end = _fill(template["template"], {"literal": literal})
    return _insert_template(work, rng, kind, text, start, end, f"{template['key']} → {literal}")


@cache
def _handle_people() -> tuple[tuple[str, str, str], ...]:
    """(katakana name, handle, the handle in katakana) for people.tsv persons whose handle spells their name."""
    found = []
    for row in get_lexicon(_DATA_LANG).table(PersonRow):
        names, handles = row.katakana, row.handles
        if row.kind != "person" or not names or not handles:
            continue
        katakana = names[0].replace("・", "")
        if _KATAKANA_RUN.fullmatch(names[0]) and skeleton(katakana) == skeleton(handles[0]):
            found.append((names[0], handles[0], katakana))
    return tuple(found)


def _handle(work: _Work, rng: random.Random, kind: str) -> bool:
    name, handle, katakana = rng.choice(_handle_people())
    row = rng.choice(_templates(kind))
    text, start, end = _fill(row["template"], {"name": name, "handle": katakana})
    return _insert_template(work, rng, kind, text, start, end, f"@{handle} → @{katakana}")


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _embed(work: _Work, rng: random.Random, kind: str) -> bool:
    lines = [line for line in work.doc.doc.lines if not work.blocked(line.end, line.end)]
    if not lines:
        return False
    row = rng.choice(_templates(kind))
    accounts = [(r["name"], r["handle"]) for r in _table("accounts")]
    accounts += [
        (r.latin, h)
        for r in work.lexicon.table(PersonRow)
        if r.kind == "person"
        for h in r.handles[:1]
    ]
    name, handle = rng.choice(accounts)
    year, month, day = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    values = {
        "name": name,
        "handle": handle,
        "handle_lower": handle.lower(),
        "post_ja": rng.choice(_templates("embed-post", "ja"))["template"],
        "post_en": rng.choice(_templates("embed-post", "en"))["template"],
        "date_en": f"{_MONTHS[month - 1]} {day}, {year}",
        "date_ja": f"{year}年{month}月{day}日",
        "time": f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}",
        "code": "".join(rng.choice(_ALNUM) for _ in range(10)),
        "video": "".join(rng.choice(_ALNUM + "-_") for _ in range(11)),
        "id": str(rng.randint(10**18, 2 * 10**18)),
    }
    block, _, _ = _fill(row["template"], values)
    at = rng.choice(lines).end
    work.edit(at, at, "\n" + block, attach_left=False)  # a paragraph of its own, aligned with no source
    work.add_span(at + 1, at + 1 + len(block), kind, f"flattened {row['key']} embed")
    return True


def _units(work: _Work, rng: random.Random, kind: str) -> bool:
    unit = rng.choice(_table("units"))
    factor, offset = float(unit["factor"]), float(unit["offset"])
    value = rng.randint(int(unit["low"]), int(unit["high"]))
    if value > 1000:
        value = round(value, -2)
    elif value > 100:
        value = round(value, -1)
    metric = value * factor + offset
    prefixes = split_values(unit["prefix"]) or ["", ""]
    imperial = f"{prefixes[0]}{_format_number(value)}{unit['imperial']}"
    form = rng.choice(["alone", "imperial-first", "imperial-first-wrong", "metric-first", "metric-first-wrong"])
    if form.endswith("wrong"):
        wrong = rng.choice([value, value / factor, metric * rng.choice([1.5, 0.5, 10])])
        if abs(wrong - metric) < 0.2 * abs(metric) + 1:
            wrong = metric * 2 + 3
        metric = wrong
    metric_text = f"{prefixes[1]}{_format_number(abs(metric))}{unit['metric']}"
    if metric < 0:
        metric_text = f"{prefixes[1]}マイナス{_format_number(abs(metric))}{unit['metric']}"
    figure = {
        "alone": imperial,
        "imperial-first": f"{imperial}（約{metric_text}）",
        "imperial-first-wrong": f"{imperial}（約{metric_text}）",
        "metric-first": f"約{metric_text}（{imperial}）",
        "metric-first-wrong": f"約{metric_text}（{imperial}）",
    }[form]
    row = rng.choice(_templates(kind, unit["quantity"]))
    text, start, end = _fill(row["template"], {"figure": figure})
    return _insert_template(work, rng, kind, text, start, end, f"{figure} ({form})")


@cache
def _entity_groups() -> tuple[tuple[bool, tuple[str, ...]], ...]:
    """Spellings of one entity: (either way, forms). Latin and katakana forms from people.tsv can each be the
    majority; a group with variants from preferred_spellings.tsv keeps its preferred form (first) as the majority.
    """
    lexicon = get_lexicon(_DATA_LANG)
    groups: dict[str, list[str]] = {}
    fixed: set[str] = set()
    for row in lexicon.table(PersonRow):
        if row.kind in ("company", "news") and row.katakana and len(row.latin) > 1:
            groups.setdefault(row.latin, []).extend([row.latin, *row.katakana[:1]])
    for spelling in lexicon.table(PreferredSpellingRow):
        groups.setdefault(spelling.preferred, [spelling.preferred]).append(spelling.variant)
        fixed.add(spelling.preferred)
    return tuple(
        (key not in fixed, tuple(dict.fromkeys(forms))) for key, forms in groups.items() if len(set(forms)) > 1
    )


def _spelling(work: _Work, rng: random.Random, kind: str) -> bool:
    candidates = []
    absent = []
    for either_way, forms in _entity_groups():
        found = {form: _occurrences(work, form) for form in forms}
        used = [form for form, places in found.items() if places]
        if len(used) == 1 and len(found[used[0]]) >= 2 and (either_way or used[0] == forms[0]):
            candidates.append((used[0], found[used[0]], [f for f in forms if f != used[0]]))
        elif not any(form in work.text for form in forms):
            absent.append((either_way, forms))
    if candidates:
        majority, places, others = rng.choice(candidates)
        minority = rng.choice(others)
        at = rng.choice(places[1:])  # the first mention stays: the article sets its spelling there
        work.edit(at, at + len(majority), minority)
        work.add_span(at, at + len(minority), kind, f"{minority} among {len(places) - 1} × {majority}")
        return True
    points = work.insertion_points()
    if not points or not absent:
        return False
    either_way, forms = rng.choice(absent)
    majority = rng.choice(forms) if either_way else forms[0]
    minority = rng.choice([form for form in forms if form != majority])
    register = work.register()
    sentences = [
        _fit_register(row["template"].format(entity=entity), register, work.lexicon)
        for row, entity in zip(rng.sample(_templates(kind), 3), (minority, majority, majority), strict=True)
    ]
    chosen = sorted(rng.sample(points, min(3, len(points))))
    # Fewer places than sentences: the rest go in with the last one. Inserted from the end backwards, so that
    # the places not yet used keep their offsets (the spans already added move with each edit).
    groups = [[sentence] for sentence in sentences[: len(chosen)]]
    groups[-1] += sentences[len(chosen) :]
    order = list(range(len(chosen)))
    rng.shuffle(order)  # which place gets the minority spelling
    for place, group_index in sorted(zip(chosen, order, strict=True), reverse=True):
        chunk = "".join(groups[group_index])
        work.edit(place, place, chunk)
        if group_index == 0:
            start = place + chunk.index(minority)
            work.add_span(start, start + len(minority), kind, f"{minority} among 2 × {majority} (inserted)")
    return True


def _register(work: _Work, rng: random.Random, kind: str) -> bool:
    to = POLITE if kind == "register-polite" else PLAIN
    article = work.register()
    if article is None or article == to:
        return False
    candidates = []
    for sentence in work.body_sentences():
        text = sentence.text_in(work.text)
        if classify(text, work.lexicon) != article:
            continue
        found = _rewrite_ending(text, to, work.lexicon)
        if found:
            candidates.append((sentence.start + found[0], found[1], found[2]))
    if not candidates:
        return False
    at, old, new = rng.choice(candidates)
    work.edit(at, at + len(old), new)
    work.add_span(at, at + len(new), kind, f"{old} → {new} in a {article} article")
    return True


def _punctuation(work: _Work, rng: random.Random, kind: str) -> bool:
    half = {row["full"]: row["half"] for row in _table("punctuation")}
    text = work.text
    candidates: list[list[tuple[int, str]]] = []
    for index, char in enumerate(text):
        if char not in half or char == "）" or work.blocked(index, index + 1):
            continue
        before = text[index - 1] if index else ""
        if not _KANA_KANJI.match(before or " "):
            continue  # inside Japanese prose: after kana or kanji
        if char == "（":
            close = text.find("）", index, index + 40)
            line_end = text.find("\n", index)
            if close < 0 or 0 <= line_end < close or "（" in text[index + 1 : close]:
                continue
            if work.blocked(close, close + 1):
                continue
            candidates.append([(index, "("), (close, ")")])
        else:
            candidates.append([(index, half[char])])
    if candidates and rng.random() < 0.7:
        marks = rng.choice(candidates)
        old = "".join(text[at] for at, _ in marks)
        for at, new in marks:
            work.edit(at, at + 1, new)
        start, end = marks[0][0], marks[-1][0] + 1
        work.add_span(start, end, kind, f"{old} → {''.join(new for _, new in marks)}")
        return True
    row = rng.choice(_templates(kind))
    sentence, start, end = _fill(row["template"], {})
    return _insert_template(work, rng, kind, sentence, start, end, f"half-width {sentence[start:end]} (inserted)")


_NAME_FOLLOWER = re.compile(r"氏|さん|首相|大統領|議員|社長|会長|[はがのをにとも]")


def _stray_space(work: _Work, rng: random.Random, kind: str) -> bool:
    text = work.text
    names = {name for row in work.lexicon.table(PersonRow) for name in row.katakana}
    tiers: tuple[list[tuple[int, int]], ...] = ([], [], [])  # full names, words before a particle, any word
    for match in _KATAKANA_RUN.finditer(text):
        start, end = match.span()
        word = match.group()
        if len(word.strip("・ー")) < 3 or start == 0 or end >= len(text):
            continue
        if not (_JA_CHAR.match(text[start - 1]) and _KANA_KANJI.match(text[end])):
            continue
        if work.blocked(start - 1, end + 1):
            continue
        tier = 0 if ("・" in word.strip("・") or word in names) else 1 if _NAME_FOLLOWER.match(text, end) else 2
        tiers[tier].append((start, end))
    candidates = next((tier for tier in tiers if tier), None)
    if not candidates:
        return False
    start, end = rng.choice(candidates)
    where = rng.choice(["both", "both", "both", "before", "after"])
    word = text[start:end]
    if where in ("both", "after"):
        work.edit(end, end, " ")
    if where in ("both", "before"):
        work.edit(start, start, " ")
    span = {"both": (start, end + 2), "before": (start, start + 1), "after": (end, end + 1)}[where]
    work.add_span(*span, kind, f"space {where} {word}")
    return True


def _untranslated(work: _Work, rng: random.Random, kind: str) -> bool:
    if work.source is not None:
        options = []
        for _, (src_start, src_end), (tgt_start, tgt_end) in work.paragraphs():
            english = [
                (s, e)
                for s, e in _en_sentences(work.source[src_start:src_end], src_start)
                if len(work.source[s:e].split()) >= 4
            ]
            targets = [s for s in work.body_sentences() if tgt_start <= s.start and s.end <= tgt_end]
            if english and targets:
                options.append((english, targets, _en_sentences(work.source[src_start:src_end], src_start)))
        if options:
            english, targets, all_english = rng.choice(options)
            src_start, src_end = rng.choice(english)
            sentence = work.source[src_start:src_end]
            index = all_english.index((src_start, src_end))
            if len(all_english) == len(targets):  # one to one: the MT left this sentence as it was
                target = targets[index]
                work.edit(target.start, target.end, sentence)
                work.add_span(
                    target.start,
                    target.start + len(sentence),
                    kind,
                    "source sentence left in English",
                    (src_start, src_end),
                )
                return True
            target = rng.choice(targets)
            work.edit(target.end, target.end, sentence)
            work.add_span(
                target.end,
                target.end + len(sentence),
                kind,
                "source sentence left in English (added)",
                (src_start, src_end),
            )
            return True
    row = rng.choice(_templates(kind))
    sentence, start, end = _fill(row["template"], {})
    at = work.insert_sentence(rng, sentence)
    if at is None:
        return False
    work.add_span(at + start, at + end, kind, "English sentence (template)")
    return True


def _digit_value(number: str) -> str:
    return unicodedata.normalize("NFKC", number).replace(",", "")


def _number(work: _Work, rng: random.Random, kind: str) -> bool:
    assert work.source is not None
    candidates = []
    for _, (src_start, src_end), (tgt_start, tgt_end) in work.paragraphs():
        in_source: dict[str, int] = {}
        for match in _NUMBER.finditer(work.source, src_start, src_end):
            in_source.setdefault(_digit_value(match.group()), match.start())
        for match in _NUMBER.finditer(work.text, tgt_start, tgt_end):
            value = _digit_value(match.group())
            if value in in_source and not work.blocked(match.start(), match.end()):
                candidates.append((match.start(), match.group(), in_source[value], in_source))
    if not candidates:
        return False
    at, old, src_at, in_source = rng.choice(candidates)
    digits = [i for i, char in enumerate(old) if char.isdigit()]
    if len(digits) > 1:
        digits = digits[1:]  # keep the leading digit: 2030 → 2050 or 2031, the slips MT makes, not 3030
    for _ in range(20):
        position = rng.choice(digits)
        full = "０" <= old[position] <= "９"
        current = int(unicodedata.digit(old[position]))
        digit = rng.choice([d for d in range(1 if len(old) == 1 else 0, 10) if d != current])
        new = old[:position] + (chr(ord("０") + digit) if full else str(digit)) + old[position + 1 :]
        if _digit_value(new) not in in_source:
            break
    else:
        return False
    source_number = _NUMBER.match(work.source, src_at)
    assert source_number is not None
    work.edit(at, at + len(old), new)
    work.add_span(at, at + len(new), kind, f"{old} → {new}", source_number.span())
    return True


def _dropped(work: _Work, rng: random.Random, kind: str) -> bool:
    options = []
    for _, (src_start, src_end), (tgt_start, tgt_end) in work.paragraphs():
        targets = [s for s in work.doc.body_sentences if tgt_start <= s.start and s.end <= tgt_end]
        if len(targets) >= 2 and src_end > src_start:
            options.append((targets, (src_start, src_end)))
    rng.shuffle(options)
    for targets, (src_start, src_end) in options:
        index = rng.randrange(len(targets))
        neighbour = index - 1 if index else 1
        if index == len(targets) - 1:
            cut = (targets[index - 1].end, targets[index].end)
        else:
            cut = (targets[index].start, targets[index + 1].start)
        if work.blocked(*cut) or work.blocked(targets[neighbour].start, targets[neighbour].end):
            continue
        english = _en_sentences(work.source[src_start:src_end], src_start) if work.source else []
        source_span = english[index] if len(english) == len(targets) else (src_start, src_end)
        dropped = work.text[targets[index].start : targets[index].end]
        keep = targets[neighbour]
        work.edit(*cut, "")
        removed = cut[1] - cut[0]
        start, end = (keep.start, keep.end) if neighbour < index else (keep.start - removed, keep.end - removed)
        work.add_span(start, end, kind, f"dropped after/before this sentence: {dropped[:40]}", source_span)
        return True
    return False


def _added(work: _Work, rng: random.Random, kind: str) -> bool:
    paragraphs = [(s, t) for _, s, t in work.paragraphs() if work.insertion_points(t) and s[1] > s[0]]
    if not paragraphs:
        return False
    source_range, target_range = rng.choice(paragraphs)
    row = rng.choice(_templates(kind))
    sentence = _fit_register(row["template"], work.register(), work.lexicon)
    at = work.insert_sentence(rng, sentence, target_range)
    if at is None:
        return False
    work.add_span(at, at + len(sentence), kind, "sentence with no source", source_range)
    return True


_INJECTORS = {
    "brand-literal": _brand_literal,
    "handle-transliterated": _handle,
    "embed-flattened": _embed,
    "units-imperial": _units,
    "spelling-variant": _spelling,
    "register-polite": _register,
    "register-plain": _register,
    "half-width-punctuation": _punctuation,
    "stray-space": _stray_space,
    "untranslated-sentence": _untranslated,
    "number-changed": _number,
    "sentence-dropped": _dropped,
    "sentence-added": _added,
}


def inject(doc: GoldDocument, *, seed: int, kinds: Sequence[str] | None = None, count: int = 1) -> GoldDocument:
    """A copy of ``doc`` with ``count`` leftovers of each kind injected (all kinds that fit when None).

    Deterministic for the same document, kinds, count and seed. Kinds that find no place are listed in
    ``meta["skipped"]``; bilingual kinds are skipped for a document without a source.
    """
    if kinds is None:
        kinds = [kind for kind in KINDS if doc.source is not None or kind not in BILINGUAL]
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        raise InjectError(f"unknown kind(s) {', '.join(unknown)}; known: {', '.join(KINDS)}")
    # The document id goes into the seed, so that one seed over a corpus draws different templates, names and
    # places in each document (with Random(seed) alone every document would get the same first draws).
    rng = random.Random(f"{seed}:{doc.doc_id}")
    work = _Work(doc)
    done: list[str] = []
    skipped: list[str] = []
    for kind in kinds:
        for _ in range(count):
            ok = False if kind in BILINGUAL and doc.source is None else _INJECTORS[kind](work, rng, kind)
            (done if ok else skipped).append(kind)
    meta = dict(doc.meta)
    if work.links:
        meta["links"] = work.links
    meta.update(
        seed=seed,
        injected=done,
        skipped=skipped,
        edits=sorted(work.edits),
        source_doc=doc.doc_id,
    )
    spans = tuple(
        GoldSpan(s.start, s.end, s.category, s.note, s.src_start, s.src_end)
        for s in sorted(work.spans, key=lambda s: (s.start, s.end))
    )
    return GoldDocument(
        doc_id=f"{doc.doc_id}~{'+'.join(dict.fromkeys(kinds))}~{seed}",
        text=work.text,
        spans=spans,
        lang=doc.lang,
        clean=doc.clean and not spans,
        source=doc.source,
        source_lang=doc.source_lang,
        meta=meta,
    )

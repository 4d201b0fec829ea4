#!/usr/bin/env python3
"""Measure which words fill a company's slots in real Japanese text, and write them into
``auditor/lexicons/ja/name_slots.tsv`` (its block between the ``measured`` markers).

    python tools/measure_company_slots.py [--eval-data ../shared/eval-data] [--check] [--report]

Run at build time only. Data: the Japanese side of the WMT data in ``eval-data`` (the WMT23 ja-en sources, written
in Japanese, and the human references and system outputs of WMT22-QE, WMT23 and WMT24 en-ja; see its README for the
terms: no sentence of it is written anywhere, only single words and counts).

A company mention is a word that spells a company's name: a katakana or Latin form of a ``company`` row of
``known_names.tsv`` (アップル, アマゾン) or a ``proper`` form of ``brands.tsv``, or 社 right after a katakana or Latin
word (グレッグス社). Not a word IPAdic tags as an organisation (名詞, 固有名詞, 組織): on this corpus those are mostly
agencies, parties and universities, whose slots (論文, 報道, 要求) are no company's. Its slots,
as the issue names them (MeCab/IPAdic through auditor/analysis/morph.py):

- ``company-verb``: the name is the topic or subject (は, が) of a predicate made of a Sino-Japanese verbal noun
  (名詞, サ変接続: 発表, 買収, 獲得) with する after it, the first predicate of its clause;
- ``company-possession``: the name の a noun (the run of nouns after の; the first word of the run and the whole
  run are both counted: 通期見通し, 通期).

The same slots are counted after ordinary nouns (名詞, 一般, known to IPAdic, not a name): the control. A word is
kept when it fills the slot after companies in ``MIN_LINES`` lines or more (a line counts once, whichever versions of
it say so: a source line and its translations are one observation), and its share among the slot's words after
companies is at least ``MIN_RATIO`` times its share after ordinary nouns (add-one smoothed): what is said of
companies far more than of things. Words already in name_slots.tsv for the slot are left out of the block.

What it found (the block says it too): the WMT Japanese texts name companies too seldom to measure anything. 12
company-verb and 36 company-possession observations after companies (against 1,397 and 7,088 after ordinary nouns);
no word reaches 5 lines (the best, パートナー, fills a company's possession slot in 3 lines, 2 after ordinary nouns).
The block stays empty until a larger corpus of Japanese business news is measured (``--eval-data`` takes any folder
laid out like eval-data; ``--report`` prints every word with its counts).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.analysis.morph import Token, tokens  # noqa: E402

SLOTS_PATH = ROOT / "auditor" / "lexicons" / "ja" / "name_slots.tsv"
KNOWN_NAMES = ROOT / "auditor" / "lexicons" / "ja" / "known_names.tsv"
BEGIN = "# measured: begin (written by tools/measure_company_slots.py; do not edit by hand)"
END = "# measured: end"
# Church & Hanks (1990, "Word association norms, mutual information, and lexicography"): an association measured on
# fewer than 5 joint occurrences is unreliable, and one worth a lexicographer's look has a mutual information of 3 bits
# or more (a share 8 times what chance gives).
MIN_LINES = 5
MIN_RATIO = 8.0
_FOREIGN = re.compile(r"[\u30a0-\u30ffA-Za-z][\u30a0-\u30ffA-Za-z.&・ー\-]*")
_SENTENCE = re.compile(r"[^。！？!?\n]+")


def _japanese_sides(root: Path) -> list[tuple[str, list[str]]]:
    """(corpus, lines) for every Japanese text of eval-data: the lines of one corpus are translations of each other."""
    groups = {
        "wmt23-ja-en": [root / "wmt23/ja-en/src.ja.txt"],
        "wmt23-en-ja": [root / "wmt23/en-ja/ref.refA.ja.txt", *sorted((root / "wmt23/en-ja/sys").glob("*.ja.txt"))],
        "wmt24-en-ja": [root / "wmt24/en-ja/ref.refA.ja.txt", *sorted((root / "wmt24/en-ja/sys").glob("*.ja.txt"))],
        "wmt22-qe": [root / "wmt22-qe/en-ja/test.2022.mt"],
    }
    out = []
    for group, paths in groups.items():
        for path in paths:
            if path.exists():
                out.append((group, path.read_text(encoding="utf-8").splitlines()))
    return out


def _company_forms() -> set[str]:
    forms = set()
    for line in KNOWN_NAMES.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 3 and cells[1] == "company":
            forms.update(form for form in cells[2].split("|") if _FOREIGN.fullmatch(form))
    brands = ROOT / "auditor" / "lexicons" / "ja" / "brands.tsv"
    for line in brands.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 3 and not line.startswith("#") and cells[0] != "brand":
            forms.update(form for form in cells[2].split("|") if _FOREIGN.fullmatch(form))
    return forms


def _company(toks: tuple[Token, ...], at: int, forms: set[str]) -> bool:
    """A company's name ends at ``at``: a known company's form, or 社 right after a katakana or Latin word."""
    token = toks[at]
    if token.surface in forms:
        return True
    return (
        token.surface == "社"
        and at > 0
        and toks[at - 1].end == token.start
        and bool(_FOREIGN.fullmatch(toks[at - 1].surface))
    )


def _ordinary(token: Token) -> bool:
    return token.pos == "名詞" and token.pos1 == "一般" and token.known and len(token.surface) > 1


def _possessed(toks: tuple[Token, ...], at: int) -> list[str]:
    """The words a name before ``の`` at ``at`` owns: the first noun after の, and the whole run of nouns."""
    run: list[str] = []
    for token in toks[at + 1 : at + 5]:
        if token.pos != "名詞" or token.pos1 in ("非自立", "代名詞", "数") or token.pos2 == "組織":
            break
        run.append(token.surface)
    if not run:
        return []
    return list(dict.fromkeys(["".join(run[:1]), "".join(run)]))


def _predicate(toks: tuple[Token, ...], at: int) -> str | None:
    """The first predicate after the は/が at ``at``, when it is a verbal noun with する (発表|した): the noun. A
    predicate that closes a clause modifying the noun after it (新しい|倉庫, 開発した|製品) is not the subject's."""
    for index in range(at + 1, len(toks)):
        token = toks[index]
        if token.pos not in ("動詞", "助動詞", "形容詞"):
            continue
        end = index
        while end + 1 < len(toks) and toks[end + 1].pos in ("動詞", "助動詞") and toks[end + 1].pos1 != "自立":
            end += 1
        if end + 1 < len(toks) and toks[end + 1].noun and toks[end + 1].pos1 not in ("非自立", "接尾", "代名詞"):
            continue  # a relative clause's predicate
        before = toks[index - 1]
        if token.base == "する" and before.pos == "名詞" and before.pos1 == "サ変接続" and index - 1 > at:
            return before.surface
        return None
    return None


def measure(root: Path) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]]]:
    """Per slot: in how many lines each word fills it after a company name, and after an ordinary noun."""
    forms = _company_forms()
    company: dict[str, dict[str, set[tuple[str, int]]]] = defaultdict(lambda: defaultdict(set))
    control: dict[str, dict[str, set[tuple[str, int]]]] = defaultdict(lambda: defaultdict(set))
    for group, lines in _japanese_sides(root):
        for number, line in enumerate(lines):
            key = (group, number)
            for match in _SENTENCE.finditer(line):
                toks = tokens(match.group())
                for at in range(len(toks) - 1):
                    is_company = _company(toks, at, forms)
                    if not is_company and not _ordinary(toks[at]):
                        continue
                    if at + 1 < len(toks) and toks[at + 1].pos == "名詞":
                        continue  # the name or noun is the front of a longer noun
                    table = company if is_company else control
                    nxt = toks[at + 1]
                    if nxt.surface == "の" and nxt.particle:
                        for word in _possessed(toks, at + 1):
                            table["company-possession"][word].add(key)
                    elif nxt.surface in ("は", "が") and nxt.particle:
                        verb = _predicate(toks, at + 1)
                        if verb:
                            table["company-verb"][verb].add(key)
    as_counts = {
        slot: Counter({word: len(keys) for word, keys in words.items()}) for slot, words in company.items()
    }
    control_counts = {
        slot: Counter({word: len(keys) for word, keys in words.items()}) for slot, words in control.items()
    }
    return as_counts, control_counts


def kept(company: dict[str, Counter[str]], control: dict[str, Counter[str]]) -> list[tuple[str, str, int, int, float]]:
    """(word, slot, lines after companies, lines after ordinary nouns, ratio of shares) for the words kept."""
    out = []
    for slot in ("company-verb", "company-possession"):
        after_company = company.get(slot, Counter())
        after_noun = control.get(slot, Counter())
        total_company = sum(after_company.values())
        total_noun = sum(after_noun.values())
        vocabulary = len(set(after_company) | set(after_noun))
        for word, count in after_company.items():
            if count < MIN_LINES:
                continue
            share_company = count / total_company
            share_noun = (after_noun[word] + 1) / (total_noun + vocabulary)
            ratio = share_company / share_noun
            if ratio >= MIN_RATIO:
                out.append((word, slot, count, after_noun[word], ratio))
    return sorted(out, key=lambda row: (row[1], -row[4], row[0]))


def _existing() -> set[tuple[str, str]]:
    text = SLOTS_PATH.read_text(encoding="utf-8")
    outside = text.split(BEGIN)[0] + (text.split(END, 1)[1] if END in text else "")
    rows = set()
    for line in outside.splitlines():
        cells = line.split("\t")
        if len(cells) >= 2 and not line.startswith("#"):
            rows.add((cells[0], cells[1]))
    return rows


def block(rows: list[tuple[str, str, int, int, float]], totals: str) -> str:
    existing = _existing()
    lines = [BEGIN]
    lines.append(
        f"# Words that fill a company's slot in {MIN_LINES}+ lines of the WMT Japanese texts and are {MIN_RATIO:g}+"
        " times likelier there than after ordinary nouns; note: lines after companies / after nouns, ratio."
    )
    lines.append(f"# Observed after companies: {totals}.")
    for word, slot, count, control, ratio in rows:
        if (word, slot) in existing:
            continue
        lines.append(f"{word}\t{slot}\tmeasured: {count}/{control}, ratio {ratio:.1f}")
    lines.append(END)
    return "\n".join(lines) + "\n"


def written(new_block: str) -> str:
    text = SLOTS_PATH.read_text(encoding="utf-8")
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        return head + new_block + tail
    return text.rstrip("\n") + "\n" + new_block


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-data", type=Path, default=ROOT.parent / "shared" / "eval-data")
    parser.add_argument("--check", action="store_true", help="exit 1 if name_slots.tsv differs from the measurement")
    parser.add_argument("--report", action="store_true", help="print every candidate with its numbers")
    args = parser.parse_args()
    company, control = measure(args.eval_data)
    rows = kept(company, control)
    if args.report:
        for slot in ("company-verb", "company-possession"):
            total = sum(company.get(slot, Counter()).values())
            total_noun = sum(control.get(slot, Counter()).values())
            print(f"{slot}: {total} word-lines after companies, {total_noun} after ordinary nouns")
            after_company, after_noun = company.get(slot, Counter()), control.get(slot, Counter())
            vocabulary = len(set(after_company) | set(after_noun))
            scored = [
                (count / total / ((after_noun[word] + 1) / (total_noun + vocabulary)), word, count)
                for word, count in after_company.items()
                if count >= 2
            ]
            for ratio, word, count in sorted(scored, reverse=True)[:12]:
                kept_mark = "kept" if count >= MIN_LINES and ratio >= MIN_RATIO else ""
                print(f"  {word}\t{count}\t{after_noun[word]}\tbits {math.log2(ratio):.2f}\t{kept_mark}")
    totals = ", ".join(
        f"{slot} {sum(company.get(slot, Counter()).values())} (after ordinary nouns"
        f" {sum(control.get(slot, Counter()).values())})"
        for slot in ("company-verb", "company-possession")
    )
    new = written(block(rows, totals))
    if args.check:
        return 0 if new == SLOTS_PATH.read_text(encoding="utf-8") else 1
    SLOTS_PATH.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Names rendered as common words: found and false-alarm counts on a JSONL set of sentences.

    PYTHONPATH=. .venv/bin/python bench/eval_names.py tests/data/names/dev.jsonl [more.jsonl ...] [--details]
        [--json out.json]

Each line of a set is one sentence (or one sentence pair), in one of four shapes:

- target only, a name rendered as a common word:
  ``{"id", "text", "label": "name-as-word", "span": [start, end], "excerpt", "name", "kind"}``
- target only, the word used literally: ``{"id", "text", "label": "literal", "word"}``
- with its English source, a name rendered as a common word:
  ``{"id", "source", "target", "label": "name-as-word", "span": [start, end], "excerpt", "name"}``
- with its English source, the word used literally: ``{"id", "source", "target", "label": "literal"}``

A row with ``source`` is audited as a translation of it (``audit(target, source=source)``: the aligner
pairs the sentences, then every rule runs); a row without is audited as Japanese text alone. A
name-as-word row is *found* when an ``accuracy/entity`` finding overlaps ``span``; a literal row is a
*false alarm* when the audit reports any ``accuracy/entity`` finding on it at all. ``kind`` and ``name``
are only printed. Exit status 0; the numbers are the output.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from auditor import audit  # noqa: E402

CATEGORY = "accuracy/entity"
POSITIVE, NEGATIVE = "name-as-word", "literal"


@dataclass
class Part:
    """The counts of one part of a set: target only, or with source."""

    positives: int = 0
    found: int = 0
    negatives: int = 0
    alarms: int = 0
    rules: Counter[str] = field(default_factory=Counter)  # which rules found the positives
    missed: list[str] = field(default_factory=list)
    alarmed: list[str] = field(default_factory=list)


def read_rows(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        where = f"{path}:{number} ({row.get('id', '?')})"
        label = row.get("label")
        if label not in (POSITIVE, NEGATIVE):
            raise SystemExit(f"{where}: label must be {POSITIVE!r} or {NEGATIVE!r}, not {label!r}")
        text = row.get("target") if "source" in row else row.get("text")
        if not isinstance(text, str):
            raise SystemExit(f"{where}: a row needs 'text' (target only) or 'source' and 'target'")
        if label == POSITIVE:
            start, end = row["span"]
            if "excerpt" in row and text[start:end] != row["excerpt"]:
                raise SystemExit(f"{where}: excerpt {row['excerpt']!r} is not text[{start}:{end}] {text[start:end]!r}")
        rows.append(row)
    return rows


def judge(row: dict[str, Any]) -> tuple[bool, list[tuple[str, str, int, int]]]:
    """(a finding overlaps the row's span (positives) or any finding at all (literals), the findings)."""
    if "source" in row:
        report = audit(row["target"], lang="ja", source=row["source"], source_lang="en", doc_id=str(row.get("id")))
    else:
        report = audit(row["text"], lang="ja", doc_id=str(row.get("id")))
    findings = [(f.rule, f.excerpt, f.start, f.end) for f in report.findings if f.category == CATEGORY]
    if row["label"] == POSITIVE:
        start, end = row["span"]
        return any(f_start < end and start < f_end for _, _, f_start, f_end in findings), findings
    return bool(findings), findings


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Part]:
    parts = {"target only": Part(), "with source": Part()}
    for row in rows:
        part = parts["with source" if "source" in row else "target only"]
        hit, findings = judge(row)
        shown = f"{row.get('id')}: {row.get('target', row.get('text'))}  →  {findings or 'nothing'}"
        if row["label"] == POSITIVE:
            part.positives += 1
            if hit:
                part.found += 1
                start, end = row["span"]
                part.rules.update({rule for rule, _, f_start, f_end in findings if f_start < end and start < f_end})
            else:
                part.missed.append(f"{shown}  (wanted {row.get('excerpt')!r} = {row.get('name')})")
        else:
            part.negatives += 1
            if hit:
                part.alarms += 1
                part.alarmed.append(shown)
    return parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path, help="JSONL files of rows (see the module docstring)")
    parser.add_argument("--details", action="store_true", help="list every miss and every false alarm")
    parser.add_argument("--json", type=Path, help="also write the counts to this file")
    args = parser.parse_args(argv)
    rows = [row for path in args.sets for row in read_rows(path)]
    parts = evaluate(rows)
    print(f"{'part':<12} {'found':>12} {'false alarms':>14}  rules that found them")
    for name, part in parts.items():
        if not part.positives and not part.negatives:
            continue
        rules = ", ".join(f"{rule} {count}" for rule, count in part.rules.most_common())
        print(f"{name:<12} {part.found:>5} of {part.positives:<4} {part.alarms:>5} of {part.negatives:<6}  {rules}")
        if args.details:
            for line in part.missed:
                print(f"  missed  {line}")
            for line in part.alarmed:
                print(f"  ALARM   {line}")
    if args.json:
        counts = {
            name: {"found": p.found, "positives": p.positives, "alarms": p.alarms, "negatives": p.negatives}
            for name, p in parts.items()
        }
        args.json.write_text(json.dumps(counts, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

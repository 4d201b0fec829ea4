"""bench/eval_names.py reads the held-out format exactly and counts found names and false alarms."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("eval_names", ROOT / "bench" / "eval_names.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ROWS = [
    {"id": "t1", "text": "英石油大手の貝殻は油田を売却した。", "label": "name-as-word", "span": [6, 8],
     "excerpt": "貝殻", "name": "Shell", "kind": "company"},
    {"id": "t2", "text": "りんごは新型端末を発表した。", "label": "name-as-word", "span": [0, 3],
     "excerpt": "りんご", "name": "Apple", "kind": "company"},
    {"id": "t3", "text": "海岸で貝殻を拾った。", "label": "literal", "word": "貝殻"},
    {"id": "s1", "source": "Arctic Monkeys played in Leeds.", "target": "北極猿はリーズで演奏した。",
     "label": "name-as-word", "span": [0, 3], "excerpt": "北極猿", "name": "Arctic Monkeys"},
    {"id": "s2", "source": "The queen visited Leeds.", "target": "女王はリーズを訪れた。", "label": "literal"},
]


def _write(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_counts_per_part(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = _script()
    out = tmp_path / "counts.json"
    assert script.main([str(_write(tmp_path, ROWS)), "--json", str(out), "--details"]) == 0
    counts = json.loads(out.read_text(encoding="utf-8"))
    assert counts["target only"] == {"found": 2, "positives": 2, "alarms": 0, "negatives": 1}
    assert counts["with source"] == {"found": 1, "positives": 1, "alarms": 0, "negatives": 1}
    printed = capsys.readouterr().out
    assert "target only" in printed and "entity.brand-literal 2" in printed and "source.name-as-word 1" in printed


def test_a_miss_and_an_alarm_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"id": "m", "text": "海岸で貝殻を拾った。", "label": "name-as-word", "span": [3, 5], "excerpt": "貝殻",
         "name": "Shell", "kind": "company"},
        {"id": "a", "text": "りんごは新型端末を発表した。", "label": "literal", "word": "りんご"},
    ]
    _script().main([str(_write(tmp_path, rows)), "--details"])
    printed = capsys.readouterr().out
    assert "missed  m:" in printed and "ALARM   a:" in printed


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"id": "x", "text": "貝殻", "label": "brand"}, "label must be"),
        ({"id": "x", "label": "literal"}, "needs 'text'"),
        ({"id": "x", "text": "貝殻だ", "label": "name-as-word", "span": [0, 1], "excerpt": "貝殻"}, "is not text"),
    ],
)
def test_malformed_rows_are_refused(tmp_path: Path, row: dict, message: str) -> None:
    with pytest.raises(SystemExit, match=message):
        _script().read_rows(_write(tmp_path, [row]))

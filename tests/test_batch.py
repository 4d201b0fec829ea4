"""auditor.batch and `auditor batch`: folders, tables, faults, order, resume after a real kill, Dask."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from auditor.batch import DOCUMENT_FIELDS, ISSUE_FIELDS, Columns, audit_frame, frame_meta, run_batch
from auditor.batch_cli import batch
from auditor.config import Settings

ROOT = Path(__file__).resolve().parent.parent
# Articles written for these tests: one brand leftover (りんご at 0:3), one handle leftover, one clean.
BRAND = "りんごは本日、新型iPhoneを発表した。\n"
HANDLE = "テスラの株価が急騰した。 @エロンムスク\n"
CLEAN = "市内の図書館では、夜間の開館時間を延ばす試みが来月から始まる。\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def write(folder: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


def test_folder_recursive_with_a_bad_file_in_the_middle(tmp_path: Path) -> None:
    write(
        tmp_path / "in",
        {
            "a.txt": BRAND,
            "b.txt": PNG,  # not text: a row with its error, and the run goes on
            "c.md": CLEAN,
            "sub/d.txt": HANDLE,
            ".hidden/e.txt": BRAND,  # hidden folders are skipped
            "notes.csv": "id,text\nx,りんご\n",  # a folder walk takes articles, not tables
        },
    )
    result = run_batch([str(tmp_path / "in")], tmp_path / "out", jobs=1, settings=Settings())
    docs = rows(tmp_path / "out" / "documents.csv")
    prefix = str(tmp_path / "in") + os.sep
    assert [(d["doc"].removeprefix(prefix), d["status"]) for d in docs] == [
        ("a.txt", "ok"),
        ("b.txt", "error"),
        ("c.md", "ok"),
        (f"sub{os.sep}d.txt", "ok"),
    ]
    assert "not text" in docs[1]["error"] and docs[1]["findings"] == ""
    assert (docs[0]["findings"], docs[0]["major"], docs[0]["accuracy/entity"], docs[2]["findings"]) == (
        "1",
        "1",
        "1",
        "0",
    )
    assert float(docs[0]["score"]) < 100 == float(docs[2]["score"])
    issues = rows(tmp_path / "out" / "issues.csv")
    assert list(issues[0]) == list(ISSUE_FIELDS) and list(docs[0]) == list(DOCUMENT_FIELDS)
    assert [(i["doc"].removeprefix(prefix), i["rule"], i["start"], i["end"], i["excerpt"]) for i in issues] == [
        ("a.txt", "entity.brand-literal", "0", "3", "りんご"),
        (f"sub{os.sep}d.txt", "handle.transliterated", "13", "20", "'@エロンムスク"),  # neutralised for Excel
    ]
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert (summary["articles"], summary["unreadable"], summary["findings"]) == (4, 1, 2)
    assert summary["by_category"] == {"accuracy/entity": 1, "accuracy/handle": 1}
    assert [w["doc"].removeprefix(prefix) for w in summary["worst"]] == [f"sub{os.sep}d.txt", "a.txt"]
    assert result.articles == 4 and result.complete


def test_tables_jsonl_csv_parquet_give_the_same_rows(tmp_path: Path) -> None:
    frame = pd.DataFrame({"url": ["u1", "u2", "=u3"], "body": [BRAND, CLEAN, HANDLE]})
    frame.to_json(tmp_path / "t.jsonl", orient="records", lines=True, force_ascii=False)
    frame.to_csv(tmp_path / "t.csv", index=False)
    frame.to_parquet(tmp_path / "t.parquet")
    found = {}
    for name in ("t.jsonl", "t.csv", "t.parquet"):
        out = tmp_path / f"out-{name}"
        run_batch([str(tmp_path / name)], out, columns=Columns("url", "body"), jobs=1, settings=Settings())
        docs = rows(out / "documents.csv")
        assert [(d["doc"], d["status"], d["findings"]) for d in docs] == [
            ("u1", "ok", "1"),
            ("u2", "ok", "0"),
            ("'=u3", "ok", "1"),  # a hostile id cannot become an Excel formula
        ]
        found[name] = [(i["doc"], i["rule"], i["start"], i["end"]) for i in rows(out / "issues.csv")]
    assert (
        found["t.jsonl"]
        == found["t.csv"]
        == found["t.parquet"]
        == [
            ("u1", "entity.brand-literal", "0", "3"),
            ("'=u3", "handle.transliterated", "13", "20"),
        ]
    )


def test_bad_table_rows_are_rows_with_their_error(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "ok1", "text": BRAND}), "{not json", json.dumps({"id": "n", "text": 5}), json.dumps([1])]
    (tmp_path / "t.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "nobody.csv").write_text("id,body\nx,y\n", encoding="utf-8")
    run_batch([str(tmp_path / "t.jsonl"), str(tmp_path / "nobody.csv")], tmp_path / "out", jobs=1)
    docs = rows(tmp_path / "out" / "documents.csv")
    assert [d["status"] for d in docs] == ["ok", "error", "error", "error", "error"]
    assert "column 'text' is int" in docs[2]["error"] and "no column 'text'" in docs[4]["error"]


def test_order_is_the_same_with_1_and_2_jobs(tmp_path: Path) -> None:
    articles = [(BRAND, CLEAN, HANDLE)[i % 3] for i in range(60)]
    write(tmp_path / "in", {f"{i:03d}.txt": text for i, text in enumerate(articles)})
    outputs = []
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        run_batch([str(tmp_path / "in")], out, jobs=jobs, chunk_size=3, settings=Settings())
        outputs.append(((out / "issues.csv").read_bytes(), (out / "documents.csv").read_bytes()))
    assert outputs[0] == outputs[1]
    assert [d["doc"][-7:] for d in rows(tmp_path / "out2" / "documents.csv")] == [f"{i:03d}.txt" for i in range(60)]


def test_cli_exit_codes_and_summary(tmp_path: Path) -> None:
    write(tmp_path / "in", {"a.txt": BRAND, "c.txt": CLEAN})
    runner = CliRunner()
    done = runner.invoke(batch, [str(tmp_path / "in"), "--out", str(tmp_path / "o1"), "-j", "1", "--no-config"])
    assert done.exit_code == 0, done.output
    assert "2 articles, 1 findings" in done.output and "accuracy/entity" in done.output
    args = [str(tmp_path / "in"), "--out", str(tmp_path / "o2"), "-j", "1", "--no-config", "--fail-on", "major"]
    assert runner.invoke(batch, args).exit_code == 1
    args = [str(tmp_path / "in"), "--out", str(tmp_path / "o3"), "-j", "1", "--no-config", "--fail-on", "critical"]
    assert runner.invoke(batch, args).exit_code == 0
    assert runner.invoke(batch, [str(tmp_path / "missing*"), "--out", str(tmp_path / "o4")]).exit_code == 2
    again = runner.invoke(batch, [str(tmp_path / "in"), "--out", str(tmp_path / "o1"), "-j", "1"])
    assert again.exit_code == 2 and "--resume" in again.output  # never overwrites a run


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return "Z"


def _count_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\r\n") - 1
    except FileNotFoundError:
        return 0


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to find the worker processes")
@pytest.mark.parametrize("victim", ["main", "worker"])
def test_resume_after_a_real_kill(tmp_path: Path, victim: str) -> None:
    total = 600
    texts = [(BRAND * 6, CLEAN * 6, HANDLE * 6)[i % 3] for i in range(total)]
    table = tmp_path / "t.jsonl"
    table.write_text(
        "".join(json.dumps({"id": f"n{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))
    )
    out = tmp_path / "out"
    command = [sys.executable, "-m", "auditor.batch_cli", str(table), "--out", str(out), "-j", "2", "--chunk-size", "4"]
    process = subprocess.Popen([*command, "--no-config", "-q"], cwd=ROOT, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while _count_lines(out / "documents.csv") < 20 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    workers = _children(process.pid)
    os.kill(process.pid if victim == "main" else workers[0], signal.SIGKILL)
    code = process.wait(timeout=20)
    for _ in range(200):  # the workers die with the main process (PR_SET_PDEATHSIG), none is left behind
        if not any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in workers):
            break
        time.sleep(0.01)
    else:
        pytest.fail("worker processes outlived the batch")
    assert code == (-signal.SIGKILL if victim == "main" else 3), process.stderr.read() if process.stderr else ""
    written = _count_lines(out / "documents.csv")
    assert 0 < written < total, "the kill must land mid-run"

    resumed = subprocess.run([*command, "--no-config", "-q", "--resume"], cwd=ROOT, capture_output=True, check=False)
    assert resumed.returncode == 0, resumed.stderr
    docs = [d["doc"] for d in rows(out / "documents.csv")]
    assert docs == [f"n{i}" for i in range(total)]  # every article exactly once, in input order
    # The same bytes as an uninterrupted run: no row lost, repeated or half written.
    run_batch([str(table)], tmp_path / "clean", jobs=1, chunk_size=4, settings=Settings())
    assert (out / "issues.csv").read_bytes() == (tmp_path / "clean" / "issues.csv").read_bytes()
    assert (out / "documents.csv").read_bytes() == (tmp_path / "clean" / "documents.csv").read_bytes()
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["articles"] == total and summary["complete"]


def test_audit_frame_issues_and_documents() -> None:
    frame = pd.DataFrame({"id": ["a", "b", "c"], "text": [BRAND, None, CLEAN]})
    issues = audit_frame(frame)
    assert issues[["doc", "rule", "start", "end", "excerpt"]].values.tolist() == [
        ["a", "entity.brand-literal", 0, 3, "りんご"]
    ]
    documents = audit_frame(frame, output="documents")
    assert documents["status"].tolist() == ["ok", "error", "ok"]
    assert documents.dtypes.equals(frame_meta("documents").dtypes) and issues.dtypes.equals(frame_meta().dtypes)
    assert audit_frame(frame.iloc[:0]).dtypes.equals(frame_meta().dtypes)


def test_dask_example_on_a_local_cluster() -> None:
    distributed = pytest.importorskip("distributed")
    spec = importlib.util.spec_from_file_location("dask_audit", ROOT / "examples" / "dask_audit.py")
    assert spec and spec.loader
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    frame = pd.DataFrame({"id": [f"d{i}" for i in range(6)], "text": [BRAND, CLEAN, HANDLE] * 2})
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        found = example.audit_with_dask(frame, client=client, partitions=3)
    assert found[["doc", "rule", "start"]].values.tolist() == [
        ["d0", "entity.brand-literal", 0],
        ["d2", "handle.transliterated", 13],
        ["d3", "entity.brand-literal", 0],
        ["d5", "handle.transliterated", 13],
    ]
    assert found.reset_index(drop=True).equals(audit_frame(frame))


def test_resume_drops_a_half_written_row_and_a_torn_journal_line(tmp_path: Path) -> None:
    write(tmp_path / "in", {f"{i}.txt": (BRAND, CLEAN, HANDLE)[i % 3] for i in range(9)})
    run_batch([str(tmp_path / "in")], tmp_path / "clean", jobs=1, chunk_size=2, settings=Settings())
    out = tmp_path / "out"
    run_batch([str(tmp_path / "in")], out, jobs=1, chunk_size=2, settings=Settings())
    journal = (out / ".journal.jsonl").read_bytes().splitlines(keepends=True)
    (out / ".journal.jsonl").write_bytes(b"".join(journal[:3]) + b'{"keys": ["torn')  # two chunks were recorded
    with open(out / "documents.csv", "ab") as handle:
        handle.write(b"half,a row")  # what a crash in the middle of a write can leave
    run_batch([str(tmp_path / "in")], out, jobs=1, chunk_size=2, settings=Settings(), resume=True)
    for name in ("issues.csv", "documents.csv"):
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes()


# --- issue 17: the spreadsheet copy, empty runs, sources beside the articles -----------------------------------------

SOURCE_EN = "Apple unveiled its new iPhone today.\n"


def test_issues_xlsx_is_issues_csv_for_people(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from auditor.export import plain_cell

    write(tmp_path / "in", {"a.txt": BRAND, "b.txt": HANDLE, "=c.txt": BRAND})
    result = run_batch([str(tmp_path / "in")], tmp_path / "out", jobs=1, settings=Settings())
    assert result.outputs == ["issues.csv", "issues.xlsx", "documents.csv", "summary.json"]
    sheet = load_workbook(tmp_path / "out" / "issues.xlsx")["issues"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    got = [["" if cell.value is None else str(cell.value) for cell in row] for row in sheet.iter_rows()]
    csv_rows = [[plain_cell(cell) for cell in row] for row in csv.reader(
        (tmp_path / "out" / "issues.csv").read_text(encoding="utf-8-sig").splitlines())]  # fmt: skip
    assert got == csv_rows and len(got) == 4
    assert any(cell == "@エロンムスク" for row in got for cell in row)  # no apostrophe in the spreadsheet
    assert any(row[0].endswith("=c.txt") for row in got[1:])
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:N4"


def test_summary_json_is_readable_by_the_group(tmp_path: Path) -> None:
    write(tmp_path / "in", {"a.txt": BRAND})
    old = os.umask(0o022)
    try:
        run_batch([str(tmp_path / "in")], tmp_path / "out", jobs=1, settings=Settings())
    finally:
        os.umask(old)
    for name in ("summary.json", "issues.xlsx"):
        assert (tmp_path / "out" / name).stat().st_mode & 0o777 == 0o644


def test_a_folder_without_articles_is_an_error_that_names_what_it_skipped(tmp_path: Path) -> None:
    write(tmp_path / "in", {"report.pdf": b"%PDF-1.7", "notes.docx": b"PK\x03\x04"})
    done = CliRunner().invoke(batch, [str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--no-config"])
    assert done.exit_code == 2
    assert "no article to audit in" in done.output
    assert "skipped 2 files that are not articles (.docx, .pdf)" in done.output
    assert "notes.docx" in done.output and not (tmp_path / "o").exists()


def test_skipped_and_unreadable_files_are_named(tmp_path: Path) -> None:
    write(tmp_path / "in", {"a.txt": BRAND, "b.txt": PNG, "c.pdf": b"%PDF-1.7"})
    done = CliRunner().invoke(batch, [str(tmp_path / "in"), "--out", str(tmp_path / "o"), "-j", "1", "--no-config"])
    assert done.exit_code == 2
    assert "1 unreadable (rows of documents.csv with status error): " in done.output and "b.txt" in done.output
    assert "1 skipped, not articles: " in done.output and "c.pdf" in done.output
    summary = json.loads((tmp_path / "o" / "summary.json").read_text(encoding="utf-8"))
    assert summary["skipped"]["count"] == 1 and summary["unreadable_docs"][0].endswith("b.txt")


def test_fail_on_says_why_it_exits_one(tmp_path: Path) -> None:
    write(tmp_path / "in", {"a.txt": BRAND})
    args = [str(tmp_path / "in"), "--out", str(tmp_path / "o"), "-j", "1", "--no-config", "--fail-on", "major"]
    done = CliRunner().invoke(batch, args)
    assert done.exit_code == 1 and "1 article has a finding at or above the --fail-on severity" in done.output


def _cross_checked(out: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for row in rows(out / "issues.csv"):
        found.setdefault(Path(row["doc"]).name, set()).add(row["rule"])
    return found


def test_language_tagged_files_are_paired_with_their_source(tmp_path: Path) -> None:
    write(tmp_path / "in", {"a.ja.txt": BRAND, "a.en.txt": SOURCE_EN, "b.ja.txt": CLEAN, "c.txt": BRAND})
    result = run_batch([str(tmp_path / "in")], tmp_path / "out", jobs=1, settings=Settings(), source_lang="en")
    docs = [Path(d["doc"]).name for d in rows(tmp_path / "out" / "documents.csv")]
    assert docs == ["a.ja.txt", "b.ja.txt", "c.txt"]  # a.en.txt is a source, not an article
    assert "source.brand-as-word" in _cross_checked(tmp_path / "out")["a.ja.txt"]
    assert not any(rule.startswith("source.") for rule in _cross_checked(tmp_path / "out")["c.txt"])
    assert [Path(p).name for p in result.unpaired] == ["b.ja.txt", "c.txt"]


def test_a_source_folder_pairs_by_relative_path(tmp_path: Path) -> None:
    write(tmp_path / "in", {"x/a.txt": BRAND, "b.txt": BRAND})
    write(tmp_path / "src", {"x/a.md": SOURCE_EN})
    args = [str(tmp_path / "in"), "--out", str(tmp_path / "o"), "-j", "1", "--no-config", "--source-dir"]
    done = CliRunner().invoke(batch, [*args, str(tmp_path / "src")])
    assert done.exit_code == 0, done.output
    assert "source.brand-as-word" in _cross_checked(tmp_path / "o")["a.txt"]
    assert "1 audited without a source (none found): " in done.output and "b.txt" in done.output


def test_a_run_gives_the_collector_back_as_it_found_it(tmp_path: Path) -> None:
    import gc

    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "in" / name).write_text("会社は新製品を発表した。", encoding="utf-8")
    before = gc.get_freeze_count()
    run_batch([str(tmp_path / "in")], tmp_path / "out", jobs=1, settings=Settings())
    assert gc.get_freeze_count() == before

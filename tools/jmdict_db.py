"""JMdict's SQLite database (jamdict-data's jamdict.db), opened read-only, for the build scripts that read it."""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable
from pathlib import Path


def connect(db_path: Path | None = None) -> sqlite3.Connection:
    """``db_path`` read-only, else the jamdict.db of the installed jamdict-data."""
    if db_path is None:
        import jamdict_data

        db_path = Path(jamdict_data.__file__).parent / "jamdict.db"
    return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)


def write_table(
    description: str, out: Path, table: Callable[[sqlite3.Connection], str], argv: list[str] | None = None
) -> int:
    """The main of a build script that writes one table read from JMdict: ``--db`` (default: the installed
    jamdict-data's) and ``--out`` (default ``out``), the text ``table`` makes of the database."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", type=Path, help="jamdict.db (default: the one of the installed jamdict-data)")
    parser.add_argument("--out", type=Path, default=out)
    args = parser.parse_args(argv)
    args.out.write_text(table(connect(args.db)), encoding="utf-8")
    return 0

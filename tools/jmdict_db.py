"""JMdict's SQLite database (jamdict-data's jamdict.db), opened read-only, for the build scripts that read it."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect(db_path: Path | None = None) -> sqlite3.Connection:
    """``db_path`` read-only, else the jamdict.db of the installed jamdict-data."""
    if db_path is None:
        import jamdict_data

        db_path = Path(jamdict_data.__file__).parent / "jamdict.db"
    return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)

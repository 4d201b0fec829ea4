"""Shared test helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

# The team's shared folder beside the project's root (../shared): read at run time, never copied in.
SHARED = Path(__file__).resolve().parents[2] / "shared"


def shared_file(relative: str) -> Path:
    """A file of ../shared, or skip the test where the checkout has none beside it."""
    path = SHARED / relative
    if not path.is_file():
        pytest.skip(f"../shared/{relative} is not beside this checkout")
    return path

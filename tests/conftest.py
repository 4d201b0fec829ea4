"""Shared test helpers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

# The team's shared folder beside the project's root (../shared): read at run time, never copied in.
SHARED = Path(__file__).resolve().parents[2] / "shared"


def shared_file(relative: str) -> Path:
    """A file of ../shared, or skip the test where the checkout has none beside it."""
    path = SHARED / relative
    if not path.is_file():
        pytest.skip(f"../shared/{relative} is not beside this checkout")
    return path


TOOLS = Path(__file__).resolve().parents[1] / "tools"


def tool(name: str) -> ModuleType:
    """The build or measuring script ``tools/<name>.py``, imported (registered under its name: its dataclasses look
    their module up), so that a test runs its functions."""
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module

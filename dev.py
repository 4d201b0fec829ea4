#!/usr/bin/env python3
"""Set up the project and run its main jobs. Needs only Python 3.11+.

    python3 dev.py demo    # set everything up, open the app (streamlit) on the built-in sample article
    python3 dev.py test    # set everything up, run ruff, mypy and the test suite
    python3 dev.py cli     # set everything up, audit the sample article (with its source) in the terminal
    python3 dev.py setup   # only set up (.venv with auditor and the test tools)

The virtual environment lives in .venv; the set-up is skipped when pyproject.toml
has not changed since the last one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".auditor-setup"
SAMPLE = ROOT / "samples" / "tech-partnership-ja.txt"
SOURCE = ROOT / "samples" / "tech-partnership-en.txt"


def run(*command: str | Path) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    completed = subprocess.run([str(part) for part in command], cwd=ROOT)
    if completed.returncode:
        sys.exit(completed.returncode)


def browser() -> None:
    """Debian's chromium and a Japanese font for the app's browser test; the test skips without them."""
    font = Path("/usr/share/fonts/opentype/ipafont-gothic")
    if shutil.which("chromium") and font.is_dir():
        return
    if not (shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0):
        print("note: the browser test will skip; install Debian's chromium and fonts-ipafont-gothic", flush=True)
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", "chromium", "fonts-ipafont-gothic"]
    print("+", " ".join(command), flush=True)
    if subprocess.run(command, cwd=ROOT).returncode:  # stale package lists: refresh once and retry
        subprocess.run(["apt-get", "update"], cwd=ROOT)
        if subprocess.run(command, cwd=ROOT).returncode:
            print("note: could not install chromium; the browser test will skip", flush=True)


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs before anything checks the version
        sys.exit(f"auditor needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    browser()
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not (BIN / "python").exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    python = BIN / "python"
    run(python, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(python, "-m", "pip", "install", "--quiet", "-e", ".[test]")
    STAMP.write_text(wanted)


def main(argv: list[str]) -> None:
    job = argv[0] if argv else "demo"
    if job not in {"demo", "app", "cli", "test", "setup"}:
        sys.exit(__doc__)
    setup()
    if job == "cli":
        run(BIN / "auditor", "audit", SAMPLE, "--source", SOURCE, *argv[1:])
    elif job in ("demo", "app"):
        options = ["--browser.gatherUsageStats", "false", "--client.toolbarMode", "minimal"]
        run(BIN / "streamlit", "run", ROOT / "app.py", *options, *argv[1:])
    elif job == "test":
        run(BIN / "ruff", "check", "auditor", "tests", "bench", "examples", "app.py", "dev.py")
        run(BIN / "mypy")  # the files and options are in pyproject.toml
        run(BIN / "python", "-m", "pytest", *argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])

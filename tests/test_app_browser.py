"""End to end: `streamlit run app.py` on a free localhost port, loaded in headless Chromium.

Chromium is driven over its DevTools protocol (the `websockets` package streamlit already
depends on), so the test waits for the findings to be in the page instead of guessing a delay:
a screenshot taken right after the server starts is often a blank skeleton. It checks that the
sample's findings are highlighted in the page, with their messages on hover, and saves a
screenshot to reports/app-browser.png. Skipped where Debian's `chromium` is not installed
(`python3 dev.py setup` installs it where it can).
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "reports" / "app-browser.png"
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="Debian's chromium is not installed (apt-get install chromium fonts-ipafont-gothic)"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(check, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError, ValueError):
            result = check()
            if result:
                return result
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@contextlib.contextmanager
def process(command: list[str], **options) -> Iterator[subprocess.Popen]:
    child = subprocess.Popen(command, **options)
    try:
        yield child
    finally:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


class DevTools:
    """The few DevTools protocol calls the test needs, over one page's websocket."""

    def __init__(self, websocket) -> None:
        self.socket = websocket
        self.ids = itertools.count(1)

    def call(self, method: str, **params: object) -> dict:
        number = next(self.ids)
        self.socket.send(json.dumps({"id": number, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv(timeout=30))
            if message.get("id") == number:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]

    def evaluate(self, expression: str) -> object:
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")


def look_at_the_page(tools: DevTools) -> dict:
    """Wait for the findings, check them, and take the screenshot."""
    count = "document.querySelectorAll('mark.auditor-hl').length"
    marks = wait_until(lambda: tools.evaluate(count), 40, "highlighted findings in the page")
    assert marks >= 10  # the damaged sample has about twenty findings
    first = tools.evaluate(
        "(() => { const m = document.querySelector('mark.auditor-hl[data-category=\"accuracy/entity\"]');"
        " return m && [m.textContent, m.getAttribute('title')]; })()"
    )
    assert first is not None and first[0] == "りんご"
    assert "アップル" in first[1]  # the suggestion is in the hover text
    wait_until(lambda: tools.evaluate("document.querySelectorAll('canvas, svg.marks').length"), 10, "the chart")
    time.sleep(0.5)  # let the chart finish drawing
    shot = tools.call("Page.captureScreenshot", format="png")
    return shot


def test_the_sample_opens_with_its_findings_highlighted(tmp_path: Path):
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    server_command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true"]
    server_command += ["--server.address", "127.0.0.1", "--server.port", str(port)]
    server_command += ["--browser.gatherUsageStats", "false", "--client.toolbarMode", "minimal"]
    with process(server_command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL):
        wait_until(lambda: urllib.request.urlopen(url + "_stcore/health", timeout=2).read() == b"ok", 30, "the server")
        browser_command = [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
        browser_command += ["--no-first-run", "--window-size=1600,1500", f"--user-data-dir={tmp_path / 'profile'}"]
        browser_command += ["--remote-debugging-port=0", url]
        with process(browser_command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as browser:
            # Chromium prints the port it chose: "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/…"
            assert browser.stderr is not None
            debug_port = None
            for line in browser.stderr:
                found = re.search(r"DevTools listening on ws://[^:]+:(\d+)/", line)
                if found:
                    debug_port = int(found.group(1))
                    break
            assert debug_port, "chromium did not start its DevTools endpoint"

            def page_socket() -> str | None:
                with urllib.request.urlopen(f"http://127.0.0.1:{debug_port}/json/list", timeout=2) as answer:
                    pages = [t for t in json.load(answer) if t.get("type") == "page" and t["url"].startswith(url)]
                return pages[0]["webSocketDebuggerUrl"] if pages else None

            from websockets.sync.client import connect  # a dependency of streamlit

            page = wait_until(page_socket, 15, "the page target")
            with connect(page, max_size=64 * 1024 * 1024, open_timeout=10) as websocket:
                shot = look_at_the_page(DevTools(websocket))
    SCREENSHOT.parent.mkdir(exist_ok=True)
    SCREENSHOT.write_bytes(base64.b64decode(shot["data"]))
    assert SCREENSHOT.stat().st_size > 30_000  # a blank or skeleton page is ~10 KB

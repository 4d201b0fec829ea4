"""End to end, as an editor works: `streamlit run app.py` on a free localhost port, in real Chromium (Playwright).

The test uploads an article written for it, clicks a finding in the list and sees its span marked in the text,
clicks a highlight and sees its entry selected with its note, applies the safe fixes, downloads the corrected
article and the review log, and checks both against the library. Screenshots at 1280×800 go to reports/:
the first screen must show the article and the findings list. Chromium is Debian's (`python3 dev.py setup`
installs it and the Japanese font where it can); the test skips without it or without Playwright.
"""

from __future__ import annotations

import contextlib
import csv
import io
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

import auditor
from auditor.fix import apply_fixes
from auditor.readers import read_bytes

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="Debian's chromium is not installed (apt-get install chromium fonts-ipafont-gothic)"
)
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
FLAGS += ["--no-first-run"]
SCREEN = {"width": 1280, "height": 800}
# Written for this test: a brand as a fruit (an unsafe fix), stray spaces, a half-width ? among full-width ones,
# a full-width URL.
NAME = "shop-news.txt"
ARTICLE = (
    "りんごは本日、新型iPhoneを発表した。\n"
    "同社は 新型車 も発表した。発売日は？価格は未定だ?\n"
    "詳しくは ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ を参照。\n"
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
def app_server() -> Iterator[str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true"]
    command += ["--server.address", "127.0.0.1", "--server.port", str(port)]
    command += ["--browser.gatherUsageStats", "false", "--client.toolbarMode", "minimal"]
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: urllib.request.urlopen(url + "_stcore/health", timeout=2).read() == b"ok", 30, "the server")
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture
def page(tmp_path: Path):
    with app_server() as url, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=BROWSER, args=FLAGS)
        try:
            context = browser.new_context(viewport=SCREEN, accept_downloads=True)
            tab = context.new_page()
            tab.set_default_timeout(40_000)
            tab.goto(url)
            tab.wait_for_selector("mark.auditor-hl")
            yield tab
        finally:
            browser.close()


def on_first_screen(page, selector: str) -> dict:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not shown"
    assert box["y"] >= 0 and box["y"] + min(box["height"], 120) <= SCREEN["height"], f"{selector} is below the fold"
    return box


def settle(page) -> None:
    """Wait for Streamlit to finish a run (its status widget gone) and the page to redraw."""
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
    page.wait_for_timeout(300)


def download(page, label: str) -> bytes:
    with page.expect_download() as started:
        page.get_by_role("button", name=label).click()
    return Path(started.value.path()).read_bytes()


def test_an_editor_reviews_fixes_and_downloads(page):
    REPORTS.mkdir(exist_ok=True)
    # The first screen: the sample's text and its findings list side by side, no scrolling.
    page.wait_for_timeout(800)
    article = on_first_screen(page, ".st-key-article-pane mark.auditor-hl")
    entry = on_first_screen(page, ".st-key-findings-pane [class*='st-key-entry-'] .auditor-card")
    assert entry["x"] > article["x"]
    page.screenshot(path=str(REPORTS / "app-1280x800.png"))

    # Upload an article; the upload box states the readers' limit.
    page.get_by_text("Article: upload or paste your own").click()
    assert page.get_by_text("50MB per file").first.is_visible()
    page.locator(".st-key-article_file input[type=file]").set_input_files(
        files=[{"name": NAME, "mimeType": "text/plain", "buffer": ARTICLE.encode("utf-8")}]
    )
    page.wait_for_function(f"() => document.querySelector('.auditor-head')?.textContent.includes('{NAME}')")
    page.get_by_text("Article: upload or paste your own").click()  # closed again
    settle(page)
    report = auditor.audit(read_bytes(ARTICLE.encode("utf-8"), NAME))
    # The run may not have started when settle() looked: wait until the list is the upload's, not the sample's.
    sync_api.expect(page.locator(".st-key-findings-pane .auditor-entry")).to_have_count(len(report.findings))

    # A click on an entry marks its span in the text; a click on a highlight selects its entry and opens its note.
    page.locator("[class*='st-key-entry-']", has_text="whitespace.between-japanese").locator(".auditor-card").click()
    selected = page.locator(".st-key-article-pane mark.auditor-selected")
    assert selected.count() == 1 and selected.inner_text() == " 新型車 " and selected.is_visible()
    page.locator("mark.auditor-hl", has_text="りんご").click()
    chosen = page.locator("[class*='st-key-entry-'].auditor-selected")
    assert chosen.count() == 1 and "entity.brand-literal" in chosen.inner_text()
    note = page.locator("div.auditor-tip")
    assert note.is_visible() and "アップル" in note.inner_text() and "unsafe fix" in note.inner_text()
    page.screenshot(path=str(REPORTS / "app-1280x800-selected.png"))
    page.keyboard.press("Escape")

    # Apply the safe fixes; the brand (an unsafe fix) waits for the editor.
    safe = [f for f in report.findings if f.fix == "safe"]
    page.get_by_role("button", name=f"Apply safe fixes ({len(safe)})").click()
    settle(page)
    expected = apply_fixes(report.document.text, safe)
    label = f"Corrected article ({len(expected.applied)} fixes)"
    page.get_by_role("button", name=label).wait_for()
    corrected = download(page, label).decode("utf-8")
    assert corrected == expected.text
    assert corrected.splitlines() == [
        "りんごは本日、新型iPhoneを発表した。",
        "同社は新型車も発表した。発売日は？価格は未定だ？",
        "詳しくは https://example.com を参照。",
    ]

    log = download(page, "Review log (CSV)").decode("utf-8")
    assert log.startswith("\ufeffdoc,rule,category,severity,start,end,excerpt,message,suggestion,src_start,src_end")
    rows = list(csv.DictReader(io.StringIO(log.lstrip("\ufeff"))))
    assert {(row["rule"], row["decision"]) for row in rows} == {
        ("entity.brand-literal", "undecided"),
        ("whitespace.between-japanese", "fixed"),
        ("punctuation.half-width", "fixed"),
        ("handle.full-width", "fixed"),
    }
    for row in rows:  # the contract: offsets into the text as uploaded
        assert ARTICLE[int(row["start"]) : int(row["end"])] == row["excerpt"].removeprefix("'")

    page.get_by_role("tab", name="Corrected text").click()
    page.locator(".auditor-diff ins", has_text="https://example.com").wait_for()
    page.screenshot(path=str(REPORTS / "app-1280x800-corrected.png"))
    for name in ("app-1280x800.png", "app-1280x800-selected.png", "app-1280x800-corrected.png"):
        assert (REPORTS / name).stat().st_size > 30_000  # a blank or skeleton page is ~10 KB

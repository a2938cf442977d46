"""index.html and every report in headless Chromium: not blank, no broken image, no console error, no injected script."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from _report_session import report_batch, script_report

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def _ensure_browser() -> str | None:
    """Install Debian's chromium + chromium-driver when missing; returns why it is impossible, or None."""
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return None
    apt = shutil.which("apt-get")
    if apt is None or os.geteuid() != 0:
        return "chromium is not installed and apt-get (as root) is not available to install it"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in ([apt, "update", "-q"], [apt, "install", "-y", "-q", "chromium", "chromium-driver"]):
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            return f"{' '.join(cmd)} failed: {done.stderr.strip()[-300:]}"
    return None if CHROMIUM.exists() and CHROMEDRIVER.exists() else "chromium still missing after apt-get install"


@pytest.fixture(scope="module")
def browser():
    why = _ensure_browser()
    if why:
        print(f"browser tests skipped: {why}")
        pytest.skip(why)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1200,900", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _visit(driver, page: Path, shots: Path) -> dict:
    driver.get_log("browser")  # drop whatever an earlier page left
    driver.get(page.resolve().as_uri())
    state = driver.execute_script("""
        const imgs = Array.from(document.images);
        return {
          text: document.body ? document.body.innerText.trim() : "",
          images: imgs.length,
          broken: imgs.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src.slice(0, 80)),
          pwned: window.__pwned === undefined ? null : window.__pwned,
          title: document.title,
        };""")
    shot = shots / f"{page.stem}.png"
    driver.save_screenshot(str(shot))
    state["shot"] = shot
    state["console"] = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    return state


def test_index_and_every_report_render_in_chromium(browser, tmp_path):
    out = report_batch().out
    pages = [out / "index.html", *sorted(p for p in out.glob("*.html") if p.name != "index.html")]
    assert len(pages) >= 4
    for page in pages:
        state = _visit(browser, page, tmp_path)
        assert len(state["text"]) > 200, f"{page.name}: blank page"
        assert state["broken"] == [], f"{page.name}: broken images {state['broken']}"
        assert state["console"] == [], f"{page.name}: console errors {state['console']}"
        assert state["shot"].stat().st_size > 10_000, f"{page.name}: empty screenshot"
        if page.name != "index.html":
            assert state["images"] >= 1, f"{page.name}: no chart"
    print(f"screenshots in {tmp_path}")


def test_index_links_resolve_in_the_browser(browser, tmp_path):
    out = report_batch().out
    browser.get((out / "index.html").resolve().as_uri())
    links = browser.execute_script("return Array.from(document.querySelectorAll('#reports a')).map(a => a.href)")
    assert links
    for href in links:
        assert href.startswith("file://") and Path(href.removeprefix("file://")).exists(), href


def test_article_script_is_shown_not_run(browser, tmp_path):
    state = _visit(browser, script_report(), tmp_path)
    assert state["pwned"] is None, "a <script> from an article ran in the report"
    assert state["title"] != "PWNED"
    assert "<script>window.__pwned = 1;" in state["text"]  # visible as text, as the article has it
    assert state["console"] == []


def _shots_dir(tmp_path: Path) -> Path:
    """Where the 1280 px screenshots go: $REPORT_SCREENSHOTS (kept as test artifacts) or the test's tmp dir."""
    folder = Path(os.environ.get("REPORT_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_no_page_and_no_box_scrolls_sideways_at_1280px(browser, tmp_path):
    out = report_batch().out
    shots = _shots_dir(tmp_path)
    browser.set_window_size(1280, 900)
    try:
        for page in sorted(out.glob("*.html")):
            browser.get(page.resolve().as_uri())
            state = browser.execute_script("""
                const wide = Array.from(document.querySelectorAll('body *')).filter(e => {
                  const s = getComputedStyle(e);
                  return e.scrollWidth > e.clientWidth + 1 && !['visible', 'hidden', 'clip'].includes(s.overflowX);
                }).map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth + '/' + e.clientWidth);
                const tables = Array.from(document.querySelectorAll('table')).filter(t => t.offsetParent !== null)
                  .filter(t => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                  .map(t => t.className);
                return {page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth,
                        height: document.body.scrollHeight, wide: wide, tables: tables};""")
            assert state["page"] <= state["view"], f"{page.name} scrolls sideways: {state}"
            assert state["wide"] == [], f"{page.name}: boxes scroll sideways {state['wide']}"
            assert state["tables"] == [], f"{page.name}: tables wider than the window {state['tables']}"
            browser.set_window_size(1280, min(int(state["height"]) + 100, 16000))
            browser.save_screenshot(str(shots / f"{page.stem}-1280.png"))
            browser.set_window_size(1280, 900)
    finally:
        browser.set_window_size(1200, 900)
    print(f"screenshots at 1280 px in {shots}")


def test_the_audit_opens_with_a_mismatch_when_there_is_one(browser):
    out = report_batch().out
    consistency = (out / "data" / "consistency.csv").read_text(encoding="utf-8")
    browser.get((out / "02_adoption_ratios.html").resolve().as_uri())
    first = browser.execute_script("""
        const table = Array.from(document.querySelectorAll('table')).find(t =>
          t.offsetParent !== null && Array.from(t.querySelectorAll('th')).some(th => th.innerText === 'Phép kiểm tra'));
        if (!table) return null;
        const row = table.querySelector('tbody tr');
        return {cls: row.className, text: row.innerText, bg: getComputedStyle(row.cells[0]).backgroundColor};""")
    if ",mismatch," not in consistency:
        pytest.skip("the bundled articles' audit finds no mismatch")
    assert first is not None, "no visible audit table"
    assert first["cls"] == "problem" and first["text"].startswith("không khớp"), first
    assert first["bg"] not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)"), "the mismatch is not highlighted"

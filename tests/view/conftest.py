"""Fixtures for the view tests: hand-made quads, pages written once, and a headless Chromium.

The browser is Debian's chromium (``/usr/bin/chromium``, installed by ``.ci/run``) driven
by Playwright for Python; Playwright never downloads a browser here. Without either,
the browser tests skip with a reason naming what is missing.
"""
from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import pytest

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


@dataclass
class LoadedPage:
    """A page loaded from file:// with what it logged and requested."""

    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    @property
    def network_requests(self) -> list[str]:
        """Requests for anything but the page itself and data: URLs."""
        return [url for url in self.requests if not url.startswith(("file:", "data:"))]


def wait_until_ready(page: Any, timeout: float = 60.0) -> None:
    """Poll until the page says it is drawn with physics stopped.

    Not ``page.wait_for_function``: its polling evaluates a string inside the page, which
    the page's Content-Security-Policy (no 'unsafe-eval') rightly refuses.
    """
    deadline = time.monotonic() + timeout
    while not page.evaluate("Boolean(window.graphkit && window.graphkit.ready === true)"):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{page.url}: not drawn after {timeout} s")
        page.wait_for_timeout(50)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """A headless Debian Chromium under Playwright, once per run."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install playwright; never `playwright install`)")
    path = shutil.which("chromium") or (CHROMIUM if Path(CHROMIUM).exists() else None)
    if path is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(chromium: Any) -> Iterator[Any]:
    """``open_page(path)``: load an HTML file in a fresh context and wait until it is drawn."""
    contexts = []

    def load(path: Path, wait: bool = True) -> LoadedPage:
        context = chromium.new_context(viewport={"width": 1280, "height": 800})
        contexts.append(context)
        page = context.new_page()
        loaded = LoadedPage(page)
        page.on("console", lambda m: m.type in ("error", "warning") and loaded.errors.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: loaded.errors.append(f"pageerror: {e}"))
        page.on("request", lambda r: loaded.requests.append(r.url))
        page.on("dialog", lambda d: (loaded.errors.append(f"dialog: {d.message}"), d.dismiss()))
        page.goto(path.resolve().as_uri())
        if wait:
            wait_until_ready(page)
        return loaded

    yield load
    for context in contexts:
        context.close()

"""Take docs/graph.png, the README's picture of the sample's graph, in headless Chromium.

    python docs/screenshot.py [PAGE] [PNG]     (default: exports/graph.html docs/graph.png)

Uses Debian's chromium under Playwright (never a downloaded browser). Chinese labels
need a CJK font on the machine (e.g. Debian's fonts-wqy-microhei), else they draw as boxes.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def screenshot(page_path: Path, png: Path) -> None:
    """Open ``page_path`` from file://, wait until it is drawn and still, save ``png``."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(page_path.resolve().as_uri())
        deadline = time.monotonic() + 60
        while not page.evaluate("Boolean(window.graphkit && window.graphkit.ready)"):
            if time.monotonic() > deadline:
                raise SystemExit(f"{page_path}: not drawn after 60 s")
            page.wait_for_timeout(50)
        page.screenshot(path=str(png))
        browser.close()


if __name__ == "__main__":
    args = sys.argv[1:3] + ["exports/graph.html", "docs/graph.png"][len(sys.argv[1:3]):]
    screenshot(Path(args[0]), Path(args[1]))

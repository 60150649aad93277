"""Make docs/report.png: a screenshot of the highlight report of golden/ (``quotes report``).

    python docs/make_screenshot.py docs/report.png            # the extractor's quotes
    python docs/make_screenshot.py docs/report.png --labels   # the hand labels instead

Needs Playwright's Python client (``pip install playwright``, no browser download) and Debian's
Chromium at /usr/bin/chromium (or --chromium PATH).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.golden import golden_cases
from quotes.model import Document
from quotes.pipeline import Extractor
from quotes.report import render_report

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def golden_report(*, labels: bool) -> str:
    extractor = None if labels else Extractor()
    documents = []
    for case in golden_cases(ROOT / "golden"):
        document = Document(case.text, f"{case.name}.txt")
        quotes = case.quotes if labels else extractor.extract_document(document)
        documents.append((document, quotes))
    return render_report(documents, title="Who said what — golden/")


def screenshot(page_html: str, output: Path, *, chromium: str, width: int = 1280, height: int = 900,
               scroll_to: str | None = "#articles") -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "report.html"
        page_path.write_text(page_html, encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(page_path.as_uri())
                if scroll_to:  # the table at the top, then the first article with its tooltip
                    page.locator("[data-quote-id]").nth(1).focus()
                    page.evaluate("window.scrollTo(0, 0)")
                page.screenshot(path=str(output))
            finally:
                browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", type=Path, help="PNG file to write, e.g. docs/report.png")
    parser.add_argument("--labels", action="store_true", help="show golden/'s hand labels, not the extractor's output")
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="Chromium executable")
    args = parser.parse_args(argv)
    screenshot(golden_report(labels=args.labels), args.output, chromium=args.chromium)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

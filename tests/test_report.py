"""The highlight report (``quotes report``): markup, escaping, nesting, and the page in Chromium."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quotes.cli import main
from quotes.errors import SpanError
from quotes.golden import golden_cases
from quotes.model import Document, Kind, Quote, SpeakerType
from quotes.report import render_report

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "source", "area", "base", "col", "embed", "track"}


# --------------------------------------------------------------------------- helpers


class Page(HTMLParser):
    """Parses a report: checks that tags nest, and collects each quote's text and the articles' text."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.quote_ids: list[str] = []
        self.quote_text: dict[str, str] = {}
        self.articles: list[str] = []
        self.scripts: list[str] = []
        self.feed(page)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {[tag for tag, _ in self.stack]}")

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        self.tags.append((tag, values))
        if tag in VOID:
            return
        self.stack.append((tag, values))
        if "data-quote-id" in values:
            self.quote_ids.append(values["data-quote-id"])
            self.quote_text.setdefault(values["data-quote-id"], "")
        if values.get("class") == "text":
            self.articles.append("")

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "script":
            self.scripts.append(data)
        open_quotes = {v.get("data-quote-id") or v.get("data-quote-part") for _, v in self.stack} - {None}
        for quote_id in open_quotes:
            self.quote_text[quote_id] += data
        if any(v.get("class") == "text" for _, v in self.stack):
            self.articles[-1] += data


def parse(page: str) -> Page:
    parsed = Page(page)
    assert parsed.errors == []
    return parsed


def quote(doc: str, content: str, *, at: int = 0, kind=Kind.DIRECT, speaker: str | None = "Ann Lee",
          mention: str | None = None, cue: str | None = None, speaker_type: SpeakerType | None | str = "auto",
          mention_at: int = 0, cue_at: int = 0, confidence: float = 0.9) -> Quote:
    document = Document(doc)

    def span(text, start):
        if text is None:
            return None
        index = doc.index(text, start)
        return document.span(index, index + len(text))

    if speaker_type == "auto":
        speaker_type = SpeakerType.PERSON if speaker else None
    return Quote(span(content, at), kind, speaker, speaker_type,
                 "reporter" if speaker else None, span(mention, mention_at), span(cue, cue_at), confidence)


@pytest.fixture(scope="module")
def golden_documents(golden_dir):
    return [(Document(case.text, f"{case.name}.txt"), case.quotes) for case in golden_cases(golden_dir)]


@pytest.fixture(scope="module")
def golden_page(golden_documents):
    return render_report(golden_documents)


# --------------------------------------------------------------------------- markup


def test_article_text_is_escaped_and_kept():
    text = 'Intro <script>alert("x")</script> & more.\n\n“It <b>works</b>,” she said.\n'
    doc = Document(text, "<evil>.txt")
    page = render_report([(doc, [quote(text, "It <b>works</b>,", mention="she", cue="said")])])
    parsed = parse(page)
    assert "<script>alert" not in page and "<b>works" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert [tag for tag, _ in parsed.tags].count("script") == 1  # only the report's own
    assert "&lt;evil&gt;.txt" in page
    assert parsed.articles == [text]  # every character, newlines included
    assert parsed.quote_text == {"d0-q0": "It <b>works</b>,"}


def test_mention_and_cue_nest_inside_content():
    text = "Russia, according to Lavrov, has concerns about NATO."
    q = quote(text, "Russia, according to Lavrov, has concerns about NATO", kind=Kind.INDIRECT,
              mention="Lavrov", cue="according to")
    parsed = parse(render_report([(Document(text, "a.txt"), [q])]))
    assert parsed.articles == [text]
    assert parsed.quote_text == {"d0-q0": q.text}
    mark = next(i for i, (tag, v) in enumerate(parsed.tags) if v.get("data-quote-id") == "d0-q0")
    inner = [v.get("class") for _, v in parsed.tags[mark + 1:mark + 3]]
    assert inner == ["cue", "mention"]
    assert not any("data-quote-part" in v for _, v in parsed.tags)  # nested: never split


def test_cue_inside_another_quote_and_crossing_spans():
    text = "“We will go,” said Ann, “and they agreed,” Bo added later."
    first = quote(text, "We will go,", mention="Ann", cue="said")
    # a (badly) detected second quote that crosses the first one and holds its cue and mention
    second = quote(text, "go,” said Ann, “and", kind=Kind.MIXED, speaker=None, cue="added")
    third = quote(text, "and they agreed,", speaker="Bo Chan", mention="Bo", cue="added")
    page = render_report([(Document(text, "b.txt"), [first, second, third])])
    parsed = parse(page)
    assert parsed.articles == [text]
    assert parsed.quote_ids == ["d0-q0", "d0-q1", "d0-q2"]
    assert parsed.quote_text == {"d0-q0": first.text, "d0-q1": second.text, "d0-q2": third.text}
    assert any(v.get("data-quote-part") for _, v in parsed.tags)  # a crossing is split…
    assert sum(1 for _, v in parsed.tags if "data-quote-id" in v) == 3  # …but counted once
    shared = [v for _, v in parsed.tags if v.get("class") == "cue" and "d0-q2" in v.get("data-of", "")]
    assert len(shared) == 1 and shared[0]["data-of"] == "d0-q1 d0-q2"  # one cue, two quotes
    unresolved = next(v for _, v in parsed.tags if v.get("data-quote-id") == "d0-q1")
    assert "unresolved" in unresolved["class"] and unresolved["data-resolved"] == "false"


def test_identical_and_empty_spans():
    text = "He said that prices rise, and that wages do not."
    a = quote(text, "prices rise", kind=Kind.INDIRECT, mention="He", cue="said")
    b = quote(text, "prices rise", kind=Kind.INDIRECT, mention="He", cue="said", speaker="Bo Chan")
    empty = Quote(Document(text).span(5, 5), Kind.INDIRECT)
    parsed = parse(render_report([(Document(text), [a, b, empty])]))
    assert parsed.articles == [text]
    assert parsed.quote_text == {"d0-q0": "prices rise", "d0-q1": "prices rise", "d0-q2": ""}


def test_tooltip_data_and_speaker_table():
    text = "“Fine,” officials said. “No,” Ann Lee said."
    a = quote(text, "Fine,", speaker=None, speaker_type=SpeakerType.UNNAMED, mention="officials", cue="said")
    b = quote(text, "No,", mention="Ann Lee", cue="said", cue_at=20, confidence=0.42)
    page = render_report([(Document(text, "c.txt"), [a, b])])
    parsed = parse(page)
    marks = {v["data-quote-id"]: v for _, v in parsed.tags if "data-quote-id" in v}
    assert marks["d0-q1"]["data-speaker"] == "Ann Lee"
    assert marks["d0-q1"]["data-confidence"] == "0.42"
    assert marks["d0-q1"]["data-kind"] == "direct" and marks["d0-q1"]["data-role"] == "reporter"
    assert marks["d0-q1"]["tabindex"] == "0"
    assert marks["d0-q0"]["data-type"] == "unnamed" and marks["d0-q0"]["data-resolved"] == "false"
    assert "unresolved" not in marks["d0-q0"]["class"]  # an unnamed source is a finding, not a failure
    buttons = [v for tag, v in parsed.tags if tag == "button" and v.get("class") == "speaker"]
    assert [b["data-speaker-id"] for b in buttons] == ["s0", "s1"]
    assert marks["d0-q1"]["data-speaker-id"] == "s0"  # named speakers first, as in `quotes table`


def test_spans_must_belong_to_their_document():
    q = quote("“Yes,” he said.", "Yes,")
    with pytest.raises(SpanError):
        render_report([(Document("Something else entirely."), [q])])


def test_golden_report_has_every_quote_once(golden_documents, golden_page):
    parsed = parse(golden_page)
    expected = {f"d{i}-q{n}": q.text for i, (_, quotes) in enumerate(golden_documents) for n, q in enumerate(quotes)}
    assert len(parsed.quote_ids) == len(set(parsed.quote_ids)) == len(expected)
    assert parsed.quote_text == expected
    assert parsed.articles == [doc.text.replace("\r\n", "\n") for doc, _ in golden_documents]


def test_page_is_self_contained(golden_page):
    parsed = parse(golden_page)
    for tag, values in parsed.tags:
        assert tag not in {"link", "img", "iframe", "object", "embed", "base"}
        for name in ("src", "href", "action", "poster", "srcset", "data"):
            if name in values:
                assert values[name].startswith("#"), (tag, values)
    # no http(s):// anywhere outside the article text itself (in CSS, scripts, attributes)
    outside_text = re.sub(r'<div class="text">.*?</div>', "", golden_page, flags=re.DOTALL)
    assert not re.search(r"https?://", outside_text)
    assert "@import" not in golden_page and "url(" not in golden_page
    assert "default-src 'none'" in golden_page  # and the browser is told to refuse any request


def test_url_in_article_stays_text():
    text = 'See https://example.com/x.png and <img src="https://example.com/y.png">.\n“Hi,” Ann said.'
    page = render_report([(Document(text), [quote(text, "Hi,", mention="Ann", cue="said")])])
    parsed = parse(page)
    assert parsed.articles == [text]
    assert not any(tag == "img" for tag, _ in parsed.tags)


# --------------------------------------------------------------------------- command line


def test_cli_writes_the_report(run_cli, golden_dir, tmp_path, extractor):
    out = tmp_path / "report.html"
    result = run_cli("report", str(golden_dir), "-o", str(out))
    assert result.code == 0, result.err
    parsed = parse(out.read_text(encoding="utf-8"))
    expected = sum(len(extractor.extract_document(Document(case.text))) for case in golden_cases(golden_dir))
    assert len(parsed.quote_ids) == expected > 0
    assert len(parsed.articles) == 5


def test_cli_reports_failures_and_writes_the_rest(run_cli, golden_dir, tmp_path):
    out = tmp_path / "report.html"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    result = run_cli("report", str(golden_dir / "000_d83153937a26fdad.txt"), str(bad),
                     str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.code == 1
    assert "bad.txt" in result.err and "missing.txt" in result.err
    page = out.read_text(encoding="utf-8")
    assert len(parse(page).articles) == 1
    assert "2 inputs could not be processed" in page and "missing.txt" in page


def test_cli_help_has_an_example(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["report", "--help"])
    assert exit.value.code == 0
    help_text = capsys.readouterr().out
    assert "quotes report golden/ -o report.html" in help_text and "--jobs" in help_text


def test_cli_needs_an_output(golden_dir, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["report", str(golden_dir)])
    assert exit.value.code == 2


# --------------------------------------------------------------------------- in a real browser


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium)")
    # the `report` test extra: a machine may have Chromium without it
    sync_playwright = pytest.importorskip("playwright.sync_api", reason="playwright (the report extra) is not installed").sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser, tmp_path):
    contexts = []

    def open_(page_html: str, *, width: int = 1280):
        path = tmp_path / "report.html"
        path.write_text(page_html, encoding="utf-8")
        context = browser.new_context(viewport={"width": width, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.requests, page.problems = [], []
        page.on("request", lambda request: page.requests.append(request.url))
        page.on("pageerror", lambda error: page.problems.append(str(error)))
        page.on("console", lambda message: message.type == "error" and page.problems.append(message.text))
        page.goto(path.as_uri())
        return page

    yield open_
    for context in contexts:
        context.close()


VISIBLE_HIGHLIGHT = """el => {
  const style = getComputedStyle(el), box = el.getBoundingClientRect();
  return el.offsetParent !== null && box.width > 0 && style.backgroundColor !== 'rgba(0, 0, 0, 0)';
}"""


def test_browser_shows_every_golden_quote(open_page, golden_documents, golden_page, tmp_path):
    page = open_page(golden_page)
    total = sum(len(quotes) for _, quotes in golden_documents)
    highlights = page.locator("[data-quote-id]")
    assert highlights.count() == total
    assert all(highlights.evaluate_all(f"els => els.map({VISIBLE_HIGHLIGHT})"))
    texts = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('[data-quote-id]')].map(el =>
        [el.dataset.quoteId, [...document.querySelectorAll(`[data-of~="${el.dataset.quoteId}"].q`)]
            .map(p => p.textContent).join('')]))""")
    expected = {f"d{i}-q{n}": q.text for i, (_, quotes) in enumerate(golden_documents) for n, q in enumerate(quotes)}
    assert {k: html.unescape(v) for k, v in texts.items()} == expected
    assert page.locator(".cue").count() > 0 and page.locator(".mention").count() > 0
    assert page.requests == [page.url]  # nothing fetched but the page itself
    assert page.problems == []
    shot = tmp_path / "golden-report.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_browser_speaker_filter(open_page, golden_page):
    page = open_page(golden_page)
    # the least-quoted speaker: quoted in some articles, not all (the top one may be in every article)
    button = page.locator("button.speaker").last
    speaker_id, name = button.get_attribute("data-speaker-id"), button.inner_text()
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    state = page.locator("[data-quote-id]").evaluate_all(
        f"els => els.map(el => [el.dataset.speakerId, ({VISIBLE_HIGHLIGHT})(el)])")
    assert any(shown for _, shown in state)
    assert all(shown == (sid == speaker_id) for sid, shown in state)  # others' quotes are hidden
    assert name in page.locator("#status").inner_text()
    hidden_docs = page.locator("article.doc[hidden]").count()
    assert 0 < hidden_docs < page.locator("article.doc").count()  # articles without them are hidden

    # the keyboard: Enter and Space on another speaker, then "show all"
    other = page.locator("button.speaker").nth(1)
    other.focus()
    page.keyboard.press("Enter")
    other_id = other.get_attribute("data-speaker-id")
    visible = page.locator("[data-quote-id]").evaluate_all(
        f"els => els.filter({VISIBLE_HIGHLIGHT}).map(el => el.dataset.speakerId)")
    assert visible and set(visible) == {other_id}
    page.keyboard.press("Space")  # pressing the chosen speaker again shows everything
    assert page.locator("button.speaker[aria-pressed=true]").count() == 0
    button.click()
    page.locator("#show-all").click()
    assert all(page.locator("[data-quote-id]").evaluate_all(f"els => els.map({VISIBLE_HIGHLIGHT})"))
    assert page.locator("article.doc[hidden]").count() == 0
    assert page.problems == []


def test_browser_tooltip_on_focus_and_hover(open_page, golden_documents, golden_page):
    page = open_page(golden_page)
    tip = page.locator("#tip")
    assert tip.is_hidden()
    first = page.locator("[data-quote-id]").first
    page.keyboard.press("Tab")  # the skip link
    for _ in range(200):  # table buttons, article links… then the first quote
        if page.evaluate("document.activeElement.dataset.quoteId") == "d0-q0":
            break
        page.keyboard.press("Tab")
    assert tip.is_visible()
    gold = golden_documents[0][1][0]
    text = tip.inner_text()
    assert gold.speaker in text and gold.kind.value in text and f"{gold.confidence:.2f}" in text
    page.keyboard.press("Escape")
    assert tip.is_hidden()
    unresolved = page.locator("mark.q.unresolved[data-quote-id]")
    if unresolved.count():
        unresolved.first.hover()
        assert tip.is_visible() and "unresolved" in tip.inner_text()
        assert page.evaluate("el => getComputedStyle(el).outlineStyle", unresolved.first.element_handle()) == "dashed"
    first.hover()
    assert tip.is_visible()
    assert page.problems == []


def test_browser_cli_report_of_golden(open_page, run_cli, golden_dir, tmp_path):
    out = tmp_path / "cli.html"
    assert run_cli("report", str(golden_dir), "-o", str(out)).code == 0
    page_html = out.read_text(encoding="utf-8")
    page = open_page(page_html)
    assert page.locator("[data-quote-id]").count() == len(parse(page_html).quote_ids) > 0
    assert page.problems == []


@pytest.mark.parametrize("width", [420, 320])
def test_browser_narrow_screen_shows_the_whole_table(open_page, golden_page, width):
    """On a phone the who-said-what table keeps every column on screen (names and paths wrap)."""
    page = open_page(golden_page, width=width)
    overflow = page.evaluate("""() => ({
        page: document.documentElement.scrollWidth - innerWidth,
        cells: [...document.querySelectorAll('table.who th, table.who td')]
            .filter(c => c.getBoundingClientRect().right > innerWidth + 0.5).length,
        anything: [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > innerWidth + 0.5).length})""")
    assert overflow == {"page": 0, "cells": 0, "anything": 0}

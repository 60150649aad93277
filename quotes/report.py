"""The highlight report: one self-contained HTML page showing every quote inside its article.

``render_report`` takes documents with their quotes and returns a single HTML page with inline
CSS and JavaScript and no external references (a Content-Security-Policy forbids any).  At the
top, the who-said-what table: choosing a speaker filters the page to that speaker's quotes.
Below, each article with every quote's content, cue and mention highlighted in three styles
that differ in shape as well as colour (Okabe–Ito palette).

Spans may overlap and nest: a cue and mention inside their own content, a cue of one quote inside
another quote's content, shared cues and mentions.  The markup is built from sorted boundary
events, so tags always nest; where two spans truly cross, the inner element is closed and
reopened, and only the first fragment of a quote's content carries ``data-quote-id``.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterable, Mapping, Sequence

import attrs

from .model import Document, Quote, SpeakerType
from .output import SpeakerRow, who_said_what
from .sources import DocumentMeta
from .statements import group_statements

__all__ = ["render_report"]

_CONTENT, _MENTION, _CUE = 0, 1, 2  # nesting order when two spans share both ends


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _attrs(values: dict[str, object]) -> str:
    return "".join(f' {name}="{_e(value)}"' for name, value in values.items() if value is not None)


@attrs.define(eq=False)
class _Piece:
    """One highlighted span: rendered as one element, or as fragments where it crosses another."""

    start: int
    end: int
    layer: int
    order: int
    tag: str
    first: dict[str, object]  # attributes of the first fragment
    rest: dict[str, object]  # attributes of any continuation fragment
    opened: bool = False

    @property
    def key(self) -> tuple[int, int, int, int]:
        return (self.start, -self.end, self.layer, self.order)

    def open(self) -> str:
        values = self.rest if self.opened else self.first
        self.opened = True
        return f"<{self.tag}{_attrs(values)}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def _markup(text: str, pieces: Sequence[_Piece]) -> str:
    """The escaped text with every piece wrapped around its span, tags properly nested.

    One sweep over the boundaries: the pieces covering each stretch are kept in nesting order as
    they start and end, so the work grows with the number of pieces, not pieces x boundaries."""
    out: list[str] = []
    empty: dict[int, list[_Piece]] = {}
    for piece in sorted((p for p in pieces if p.start == p.end), key=lambda p: p.key):
        empty.setdefault(piece.start, []).append(piece)
    starting: dict[int, list[_Piece]] = {}
    ending: dict[int, list[_Piece]] = {}
    for piece in pieces:
        if piece.start < piece.end:
            starting.setdefault(piece.start, []).append(piece)
            ending.setdefault(piece.end, []).append(piece)
    points = sorted({0, len(text), *(p.start for p in pieces), *(p.end for p in pieces)})
    wanted: list[_Piece] = []  # the pieces covering the current stretch, in nesting order
    keys: list[tuple[int, int, int, int]] = []
    stack: list[_Piece] = []
    for here, after in zip(points, points[1:] + [None]):
        for piece in ending.get(here, ()):
            position = bisect.bisect_left(keys, piece.key)
            while wanted[position] is not piece:
                position += 1  # pieces may share a key
            del wanted[position], keys[position]
        for piece in starting.get(here, ()):
            position = bisect.bisect_right(keys, piece.key)
            wanted.insert(position, piece)
            keys.insert(position, piece.key)
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(stack.pop().close())
        out.extend(p.open() + p.close() for p in empty.get(here, ()))
        for piece in wanted[keep:]:
            out.append(piece.open())
            stack.append(piece)
        if after is not None:
            out.append(_e(text[here:after]))
    while stack:
        out.append(stack.pop().close())
    return "".join(out)


# --------------------------------------------------------------------------- page parts


@attrs.frozen
class _Who:
    """A quote's row in the who-said-what table, and the other articles carrying its statement."""

    name: str
    id: str
    role: str | None = None
    also: tuple[tuple[int, int, str], ...] = ()  # (document index, quote number, document name)


def _tip_attributes(quote: Quote, who: _Who) -> dict[str, object]:
    role_here = quote.speaker_role if quote.speaker_role and quote.speaker_role != who.role else None
    return {
        "data-speaker": who.name,
        "data-speaker-id": who.id,
        "data-resolved": "false" if quote.speaker is None else "true",  # named or not
        "data-role": who.role or quote.speaker_role or "",
        "data-role-here": role_here,
        "data-also": ", ".join(name for _, _, name in who.also) or None,
        "data-type": quote.speaker_type.value if quote.speaker_type else "unresolved",
        "data-kind": quote.kind.value,
        "data-confidence": f"{quote.confidence:.2f}",
        "data-mention": quote.mention.text if quote.mention else "",
        "data-cue": quote.cue.text if quote.cue else "",
    }


def _unresolved(quote: Quote) -> bool:
    """No speaker and not a deliberately unnamed source ("officials said" is resolved: unnamed)."""
    return quote.speaker is None and quote.speaker_type != SpeakerType.UNNAMED


def _content_class(quote: Quote) -> str:
    return f"q k-{quote.kind.value}" + (" unresolved" if _unresolved(quote) else "")


def _safe_url(url: str | None) -> str | None:
    """A link the page may follow: http(s) only (a `javascript:` URL in a sidecar must not run)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _source_line(meta: DocumentMeta | None) -> str:
    """The article's source from its sidecar: the title, linked to its URL, outlet, date, author."""
    if not meta:
        return ""
    url = _safe_url(meta.url)
    title = _e(meta.title or meta.url or "source")
    linked = f'<a href="{_e(url)}" rel="noopener noreferrer">{title}</a>' if url else title
    rest = "".join(f", {_e(part)}" for part in (meta.outlet, meta.date) if part)
    byline = f", by {_e(meta.author)}" if meta.author else ""
    return f'<p class="source">Source: {linked}{rest}{byline}</p>'


def _article(index: int, document: Document, quotes: Sequence[Quote],
             speakers: dict[tuple[int, int], _Who], meta: DocumentMeta | None = None) -> str:
    pieces: list[_Piece] = []
    shared: dict[tuple[int, int, int], _Piece] = {}
    for number, quote in enumerate(quotes):
        quote_id = f"d{index}-q{number}"
        who = speakers[(index, number)]
        speaker_id = who.id
        tip = _tip_attributes(quote, who)
        cls = _content_class(quote)
        first = {"class": cls, "id": quote_id, "data-quote-id": quote_id, "data-of": quote_id,
                 "tabindex": "0", "aria-describedby": "tip", **tip}
        rest = {"class": cls + " cont", "data-quote-part": quote_id, "data-of": quote_id, **tip}
        pieces.append(_Piece(quote.start, quote.end, _CONTENT, number, "mark", first, rest))
        for layer, span, name in ((_MENTION, quote.mention, "mention"), (_CUE, quote.cue, "cue")):
            if span is None:
                continue
            piece = shared.get((layer, span.start, span.end))
            if piece is None:
                values = {"class": name, "data-of": quote_id, "data-speakers": speaker_id}
                piece = _Piece(span.start, span.end, layer, number, "span", values, values)
                shared[(layer, span.start, span.end)] = piece
                pieces.append(piece)
            else:  # one cue or mention shared by several quotes: one element naming them all
                for key, value in (("data-of", quote_id), ("data-speakers", speaker_id)):
                    piece.first[key] = f"{piece.first[key]} {value}"
    body = _markup(document.text, pieces)
    name = document.name or f"document {index + 1}"
    items = []
    for number, quote in enumerate(quotes):
        row = speakers[(index, number)]
        excerpt = " ".join(quote.text.split())
        if len(excerpt) > 90:
            excerpt = excerpt[:88].rstrip() + "…"
        if quote.speaker or not _unresolved(quote):
            who = _e(row.name)
        else:
            who = '<span class="badge">unresolved</span>' + (f" “{_e(quote.mention.text)}”" if quote.mention else "")
        also = ""
        if row.also:  # the same statement in other articles: links to it there
            links = ", ".join(f'<a class="also" href="#d{other}-q{at}">{_e(name)}</a>' for other, at, name in row.also)
            also = f' <span class="also-in">Also in: {links}</span>'
        items.append(
            f'<li data-of="d{index}-q{number}" data-speaker-id="{row.id}">'
            f'<a href="#d{index}-q{number}">{who}</a> · {quote.kind.value} · '
            f'{quote.confidence:.2f} — “{_e(excerpt)}”{also}</li>'
        )
    count = f"{len(quotes)} quote" + ("" if len(quotes) == 1 else "s")
    listing = (f'<details class="quote-list"><summary>{count} in this article</summary>'
               f'<ol>{"".join(items)}</ol></details>') if quotes else '<p class="none">No quotes found.</p>'
    return (
        f'<article id="doc-{index}" class="doc" aria-labelledby="doc-{index}-title">'
        f'<h2 id="doc-{index}-title">{_e(name)} <small>({count})</small></h2>{_source_line(meta)}'
        f'<div class="text">{body}</div>{listing}</article>'
    )


def _table(rows) -> str:
    lines = []
    for number, row in enumerate(rows):
        unresolved = row.speaker_type == "unresolved" or row.name.startswith("(")
        cls = ' class="unresolved-row"' if unresolved else ""
        lines.append(
            f'<tr{cls}><th scope="row"><button type="button" class="speaker" data-speaker-id="s{number}"'
            f' aria-pressed="false">{_e(row.name)}</button></th>'
            f'<td>{_e(row.role or "—")}</td><td>{_e(row.speaker_type)}</td>'
            f'<td class="num">{len(row.quotes)}</td></tr>'
        )
    return (
        '<table class="who"><caption>Who said what — choose a speaker to see only their quotes'
        '</caption><thead><tr><th scope="col">speaker</th><th scope="col">role</th>'
        '<th scope="col">type</th><th scope="col" class="num">quotes</th></tr></thead>'
        f'<tbody>{"".join(lines)}</tbody></table>'
    )


def render_report(documents: Iterable[tuple[Document, Sequence[Quote]]], *,
                  title: str = "Who said what", failures: Sequence[object] = (),
                  sources: Mapping[str, DocumentMeta] | None = None) -> str:
    """One self-contained HTML page: the who-said-what table and every article highlighted.

    ``failures`` (inputs that could not be processed, anything with a useful ``str``) are listed
    under the summary. ``sources`` (document name -> sidecar) gives each article its source line;
    a quote whose statement other articles of the page carry links to it there.

    Raises SpanError if a quote's content, mention or cue is not a slice of its document.
    """
    documents = [(document, list(quotes)) for document, quotes in documents]
    sources = sources or {}
    metas = [sources.get(document.name or "") for document, _ in documents]
    for document, quotes in documents:
        for quote in quotes:
            quote.check_against(document.text)
    rows = who_said_what(((f"d{i}", quotes) for i, (_, quotes) in enumerate(documents)),
                         {f"d{i}": meta for i, meta in enumerate(metas) if meta})
    numbers: dict[tuple[int, int], list[int]] = {}  # the same Quote object may be listed twice
    for i, (_, quotes) in enumerate(documents):
        for n, q in enumerate(quotes):
            numbers.setdefault((i, id(q)), []).append(n)
    rows_of: dict[tuple[int, int], tuple[int, SpeakerRow]] = {}
    for row_number, row in enumerate(rows):
        for key, quote in row.quotes:
            index = int(key[1:])
            rows_of[(index, numbers[(index, id(quote))].pop(0))] = (row_number, row)
    listed = [(i, n, q) for i, (_, quotes) in enumerate(documents) for n, q in enumerate(quotes)]
    statement_of = dict(zip(((i, n) for i, n, _ in listed),
                            group_statements([(str(i), q.text) for i, _, q in listed])))
    carried: dict[int, list[tuple[int, int]]] = {}
    for place, statement in statement_of.items():
        if statement is not None:
            carried.setdefault(statement, []).append(place)
    speakers: dict[tuple[int, int], _Who] = {}
    for (index, number), (row_number, row) in rows_of.items():
        statement = statement_of.get((index, number))
        also = tuple((other, at, documents[other][0].name or f"document {other + 1}")
                     for other, at in carried.get(statement, []) if other != index) if statement else ()
        speakers[(index, number)] = _Who(row.name, f"s{row_number}", row.role, also)
    total = sum(len(quotes) for _, quotes in documents)
    unresolved = sum(1 for _, quotes in documents for q in quotes if _unresolved(q))
    articles = "".join(_article(i, d, q, speakers, metas[i]) for i, (d, q) in enumerate(documents))
    contents = "".join(
        f'<li><a href="#doc-{i}">{_e(d.name or f"document {i + 1}")}</a> ({len(q)})</li>'
        for i, (d, q) in enumerate(documents)
    )
    summary = (f"{len(documents)} article{'s' if len(documents) != 1 else ''}, {total} quote"
               f"{'s' if total != 1 else ''}, {len(rows)} speaker{'s' if len(rows) != 1 else ''}"
               f"{f', {unresolved} unresolved' if unresolved else ''}")
    problems = ""
    if failures:
        items = "".join(f"<li>{_e(failure)}</li>" for failure in failures)
        several = len(failures) != 1
        problems = (f'<div class="failures" role="alert"><strong>{len(failures)} input{"s" if several else ""} '
                    f'could not be processed and {"are" if several else "is"} left out:</strong>'
                    f'<ul>{items}</ul></div>')
    return _PAGE.format(
        title=_e(title), css=_CSS, js=_JS, summary=_e(summary), failures=problems, table=_table(rows),
        legend=_LEGEND, contents=contents, articles=articles,
    )


_LEGEND = """<ul class="legend" aria-label="legend">
<li><mark class="q k-direct sample">content</mark> quote content (tint: <mark class="q k-direct sample">direct</mark>
<mark class="q k-indirect sample">indirect</mark> <mark class="q k-mixed sample">mixed</mark>), underlined</li>
<li><span class="cue">cue</span> bold, dotted box</li>
<li><span class="mention">mention</span> double underline</li>
<li><mark class="q k-direct unresolved sample">no speaker</mark> unresolved: red dashed border</li>
<li>Hover over or Tab to a quote for its speaker, role, kind and confidence.</li>
</ul>"""

_CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'")

_PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quotes report">
<title>{{title}}</title>
<style>{{css}}</style>
</head>
<body>
<a class="skip" href="#articles">Skip to the articles</a>
<header>
<h1>{{title}}</h1>
<p class="summary">{{summary}}</p>
{{failures}}
</header>
<main>
<section class="top" aria-label="speakers">
{{legend}}
<div class="filter-bar"><button type="button" id="show-all" disabled>Show all quotes</button>
<span id="status" role="status" aria-live="polite">Showing every quote.</span></div>
{{table}}
<nav aria-label="articles"><h2>Articles</h2><ol class="contents">{{contents}}</ol></nav>
</section>
<section id="articles" aria-label="articles">{{articles}}</section>
</main>
<div id="tip" role="tooltip" hidden></div>
<script>{{js}}</script>
</body>
</html>
"""

# Okabe–Ito palette: sky blue #56B4E9, orange #E69F00, bluish green #009E73, vermillion #D55E00,
# blue #0072B2, reddish purple #CC79A7.
_CSS = """
:root { --direct: #56B4E9; --indirect: #E69F00; --mixed: #009E73; --bad: #D55E00;
  --cue: #0072B2; --mention: #CC79A7; --ink: #1a1a1a; --muted: #555; --line: #d0d0d0; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header, main { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
h1 { margin: 1.2rem 0 0; font-size: 1.6rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h2 small { font-weight: normal; color: var(--muted); }
.summary { color: var(--muted); margin: .2rem 0 1rem; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .3rem .6rem; z-index: 10; }
:focus-visible { outline: 3px solid var(--cue); outline-offset: 2px; }
table.who { border-collapse: collapse; width: 100%; font-size: .95rem; }
table.who caption { text-align: left; font-weight: 600; padding-bottom: .4rem; }
table.who th, table.who td { border-bottom: 1px solid var(--line); padding: .25rem .5rem; text-align: left;
  vertical-align: top; }
table.who thead th { border-bottom: 2px solid var(--ink); }
table.who .num { text-align: right; font-variant-numeric: tabular-nums; }
/* narrow screens (a phone, 420 px): every column stays on screen; long names and paths wrap */
table.who th, table.who td, nav a, h2 { overflow-wrap: anywhere; }
@media screen and (max-width: 640px) {
  header, main { padding: 0 .6rem; }
  table.who { font-size: .85rem; }
  table.who th, table.who td { padding: .2rem .25rem; }
}
button.speaker { font: inherit; font-weight: 600; color: var(--cue); background: none; border: 0;
  padding: 0; text-align: left; cursor: pointer; text-decoration: underline; }
button.speaker[aria-pressed="true"] { color: #fff; background: var(--cue); padding: 0 .3rem;
  text-decoration: none; }
tr.unresolved-row button.speaker { color: var(--bad); }
tr.unresolved-row button.speaker[aria-pressed="true"] { color: #fff; background: var(--bad); }
.filter-bar { margin: .6rem 0; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
#show-all { font: inherit; padding: .2rem .7rem; cursor: pointer; }
#status { color: var(--muted); }
.legend { list-style: none; padding: .5rem .75rem; margin: .5rem 0; border: 1px solid var(--line);
  border-radius: 4px; font-size: .9rem; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
.contents { columns: 2; font-size: .9rem; }
article.doc { border-top: 2px solid var(--line); margin-top: 1.5rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif;
  font-size: 1.05rem; line-height: 1.75; max-width: 46rem; }
mark.q { color: inherit; background: rgba(86, 180, 233, .24);
  border-bottom: 2px solid var(--direct); -webkit-box-decoration-break: clone; box-decoration-break: clone;
  cursor: help; }
mark.q.k-indirect { background: rgba(230, 159, 0, .22); border-bottom-color: var(--indirect); }
mark.q.k-mixed { background: rgba(0, 158, 115, .18); border-bottom-color: var(--mixed); }
mark.q mark.q { border-bottom-width: 4px; }
mark.q.unresolved { outline: 2px dashed var(--bad); outline-offset: 1px; }
mark.q.unresolved[data-quote-id]::before, mark.q.unresolved.sample::before { content: "unresolved";
  font: 600 .7rem/1 system-ui, sans-serif; color: #fff; background: var(--bad); padding: .1rem .3rem;
  margin-right: .25rem; border-radius: 2px; vertical-align: .15em; }
mark.q.sample { padding: 0 .2rem; }
.badge { font-size: .75rem; font-weight: 600; color: #fff; background: var(--bad); padding: 0 .3rem; border-radius: 2px; }
.cue { font-weight: 700; border: 1.5px dotted var(--cue); border-radius: 2px; -webkit-box-decoration-break: clone;
  box-decoration-break: clone; }
.mention { text-decoration-line: underline; text-decoration-style: double; text-decoration-color: var(--mention);
  text-decoration-thickness: 2px; text-underline-offset: 4px; font-style: italic; }
.quote-list { font-size: .9rem; margin: .8rem 0; }
.source { margin: -.3rem 0 .6rem; color: var(--muted); font-size: .9rem; }
.also-in { color: var(--muted); }
.quote-list summary { cursor: pointer; color: var(--muted); }
.none { color: var(--muted); font-style: italic; }
.failures { border-left: 4px solid var(--bad); padding: .3rem .8rem; margin: 0 0 1rem; background: #fff4ec; }
.failures ul { margin: .2rem 0; }
body.filtered .off { background: none; border-color: transparent; outline: none; font-weight: inherit;
  text-decoration: none; font-style: inherit; cursor: auto; }
body.filtered mark.q.off::before { content: none; }
body.filtered li.off { display: none; }
#tip { position: absolute; z-index: 20; max-width: 24rem; background: #111; color: #fff; padding: .5rem .7rem;
  border-radius: 4px; font: .85rem/1.45 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.3);
  pointer-events: none; white-space: normal; }
#tip dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0 .6rem; }
#tip dt { color: #bbb; }
#tip dd { margin: 0; }
#tip .warn { color: #ffb27a; font-weight: 700; }
@media screen and (min-width: 1100px) {
  header, main { max-width: 88rem; }
  main { display: grid; grid-template-columns: minmax(24rem, 30rem) minmax(0, 1fr); gap: 2.5rem; }
  .top { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow-y: auto; padding-bottom: 1rem;
    font-size: .9rem; }
  .contents { columns: 1; }
  article.doc:first-child { margin-top: 0; }
  article.doc:first-child h2 { margin-top: .4rem; }
}
@media print {
  .skip, .filter-bar, #tip, nav, .legend li:last-child { display: none !important; }
  body { font-size: 11pt; }
  header, main { max-width: none; padding: 0; }
  article.doc { break-before: page; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark.q[data-quote-id]::before { content: "[" attr(data-speaker) "] "; font: italic 600 .75em/1 sans-serif;
    color: var(--ink); background: none; padding: 0; }
  .quote-list summary { display: none; }
  .quote-list > ol { display: block; }
  button.speaker { color: var(--ink); text-decoration: none; }
  table.who { break-inside: avoid; }
}
"""

_JS = r"""
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  var status = document.getElementById("status");
  var showAll = document.getElementById("show-all");
  var buttons = Array.prototype.slice.call(document.querySelectorAll("button.speaker"));
  var current = null;

  function quoteOf(el) { return el && el.closest ? el.closest("mark.q[data-of]") : null; }

  function fill(el, extra) {
    var d = el.dataset;
    tip.textContent = "";
    var dl = document.createElement("dl");
    function row(name, value, cls) {
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = name; dd.textContent = value;
      if (cls) { dd.className = cls; }
      dl.appendChild(dt); dl.appendChild(dd);
    }
    if (d.resolved === "false") { row("speaker", "unresolved" + (d.type === "unnamed" ? " (unnamed source)" : ""), "warn"); }
    else { row("speaker", d.speaker); }
    row("role", d.role || "—");
    if (d.roleHere) { row("role here", d.roleHere); }
    row("type", d.type);
    row("kind", d.kind);
    row("confidence", d.confidence);
    if (d.mention) { row("mention", d.mention); }
    if (d.cue) { row("cue", d.cue); }
    if (d.also) { row("also in", d.also); }
    if (extra) { row(extra[0], extra[1]); }
    tip.appendChild(dl);
  }

  function place(x, y) {
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(x + 12, window.scrollX + document.documentElement.clientWidth - w - 8);
    var top = y + 18;
    if (top + h > window.scrollY + window.innerHeight) { top = y - h - 12; }
    tip.style.left = Math.max(window.scrollX + 4, left) + "px";
    tip.style.top = Math.max(window.scrollY + 4, top) + "px";
  }

  function speakerName(id) {
    for (var i = 0; i < buttons.length; i++) { if (buttons[i].dataset.speakerId === id) { return buttons[i].textContent; } }
    return id;
  }

  function show(target, x, y) {
    var q = quoteOf(target);
    var part = target.closest && target.closest(".cue, .mention");
    if (!q && !part) { hide(); return; }
    var extra = null;
    if (part) {
      var who = part.dataset.speakers.split(" ").map(speakerName)
        .filter(function (v, i, a) { return a.indexOf(v) === i; }).join("; ");
      extra = [part.classList.contains("cue") ? "cue of" : "mention of", who];
    }
    if (q) { fill(q, extra); }
    else { tip.textContent = ""; var p = document.createElement("div"); p.textContent = extra[0] + ": " + extra[1]; tip.appendChild(p); }
    place(x, y);
  }

  function hide() { tip.hidden = true; }

  document.addEventListener("mouseover", function (ev) {
    if (ev.target.closest && ev.target.closest("mark.q[data-of], .cue, .mention")) { show(ev.target, ev.pageX, ev.pageY); }
    else { hide(); }
  });
  document.addEventListener("mousemove", function (ev) { if (!tip.hidden && quoteOf(ev.target)) { place(ev.pageX, ev.pageY); } });
  document.addEventListener("focusin", function (ev) {
    var q = ev.target;
    if (q.matches && q.matches("mark.q[data-quote-id]")) {
      var r = q.getClientRects()[0] || q.getBoundingClientRect();
      show(q, r.left + window.scrollX, r.bottom + window.scrollY - 12);
    } else { hide(); }
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { hide(); } });

  function apply(id) {
    current = id;
    document.body.classList.toggle("filtered", id !== null);
    buttons.forEach(function (b) { b.setAttribute("aria-pressed", String(b.dataset.speakerId === id)); });
    var shown = 0, docs = 0;
    document.querySelectorAll("article.doc").forEach(function (art) {
      var hit = 0;
      art.querySelectorAll("[data-of]").forEach(function (el) {
        var ids = (el.dataset.speakers || el.dataset.speakerId || "").split(" ");
        var on = id === null || ids.indexOf(id) >= 0;
        el.classList.toggle("off", !on);
        if (el.hasAttribute("data-quote-id")) {
          el.tabIndex = on ? 0 : -1;
          if (on) { hit++; }
        }
      });
      art.hidden = id !== null && hit === 0;
      if (hit) { docs++; shown += hit; }
    });
    showAll.disabled = id === null;
    if (id !== null && window.matchMedia("(min-width: 1100px)").matches) {
      // side-by-side layout: bring the first of their quotes into view beside the table
      var first = document.querySelector("mark.q[data-quote-id]:not(.off)");
      if (first) { first.scrollIntoView({block: "center"}); }
    }
    status.textContent = id === null ? "Showing every quote."
      : "Showing " + shown + " quote" + (shown === 1 ? "" : "s") + " by " + speakerName(id) + " in " + docs +
        " article" + (docs === 1 ? "" : "s") + ".";
    hide();
  }

  buttons.forEach(function (b) {
    b.addEventListener("click", function () { apply(current === b.dataset.speakerId ? null : b.dataset.speakerId); });
  });
  showAll.addEventListener("click", function () { apply(null); });
})();
"""

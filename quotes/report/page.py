"""The report page: the who-said-what table, each article with its quotes highlighted, the listing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from ..model import SpeakerType
from ..output import who_said_what
from ..statements import group_statements
from .assets import CSS, JS, LEGEND, PAGE
from .markup import CONTENT, CUE, MENTION, Piece, escaped, markup

if TYPE_CHECKING:
    from ..model import Document, Quote
    from ..output import SpeakerRow
    from ..sources import DocumentMeta


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
    title = escaped(meta.title or meta.url or "source")
    linked = f'<a href="{escaped(url)}" rel="noopener noreferrer">{title}</a>' if url else title
    rest = "".join(f", {escaped(part)}" for part in (meta.outlet, meta.date) if part)
    byline = f", by {escaped(meta.author)}" if meta.author else ""
    return f'<p class="source">Source: {linked}{rest}{byline}</p>'


def _article(index: int, document: Document, quotes: Sequence[Quote],
             speakers: dict[tuple[int, int], _Who], meta: DocumentMeta | None = None) -> str:
    pieces: list[Piece] = []
    shared: dict[tuple[int, int, int], Piece] = {}
    for number, quote in enumerate(quotes):
        quote_id = f"d{index}-q{number}"
        who = speakers[(index, number)]
        speaker_id = who.id
        tip = _tip_attributes(quote, who)
        cls = _content_class(quote)
        first = {"class": cls, "id": quote_id, "data-quote-id": quote_id, "data-of": quote_id,
                 "tabindex": "0", "aria-describedby": "tip", **tip}
        rest = {"class": cls + " cont", "data-quote-part": quote_id, "data-of": quote_id, **tip}
        pieces.append(Piece(quote.start, quote.end, CONTENT, number, "mark", first, rest))
        for layer, span, name in ((MENTION, quote.mention, "mention"), (CUE, quote.cue, "cue")):
            if span is None:
                continue
            piece = shared.get((layer, span.start, span.end))
            if piece is None:
                values = {"class": name, "data-of": quote_id, "data-speakers": speaker_id}
                piece = Piece(span.start, span.end, layer, number, "span", values, values)
                shared[(layer, span.start, span.end)] = piece
                pieces.append(piece)
            else:  # one cue or mention shared by several quotes: one element naming them all
                for key, value in (("data-of", quote_id), ("data-speakers", speaker_id)):
                    piece.first[key] = f"{piece.first[key]} {value}"
    body = markup(document.text, pieces)
    name = document.name or f"document {index + 1}"
    items = []
    for number, quote in enumerate(quotes):
        row = speakers[(index, number)]
        excerpt = " ".join(quote.text.split())
        if len(excerpt) > 90:
            excerpt = excerpt[:88].rstrip() + "…"
        if quote.speaker or not _unresolved(quote):
            named = escaped(row.name)
        else:
            named = '<span class="badge">unresolved</span>' + (
                f" “{escaped(quote.mention.text)}”" if quote.mention else ""
            )
        also = ""
        if row.also:  # the same statement in other articles: links to it there
            links = ", ".join(
                f'<a class="also" href="#d{other}-q{at}">{escaped(name)}</a>' for other, at, name in row.also
            )
            also = f' <span class="also-in">Also in: {links}</span>'
        items.append(
            f'<li data-of="d{index}-q{number}" data-speaker-id="{row.id}">'
            f'<a href="#d{index}-q{number}">{named}</a> · {quote.kind.value} · '
            f'{quote.confidence:.2f} — “{escaped(excerpt)}”{also}</li>'
        )
    count = f"{len(quotes)} quote" + ("" if len(quotes) == 1 else "s")
    listing = (f'<details class="quote-list"><summary>{count} in this article</summary>'
               f'<ol>{"".join(items)}</ol></details>') if quotes else '<p class="none">No quotes found.</p>'
    return (
        f'<article id="doc-{index}" class="doc" aria-labelledby="doc-{index}-title">'
        f'<h2 id="doc-{index}-title">{escaped(name)} <small>({count})</small></h2>{_source_line(meta)}'
        f'<div class="text">{body}</div>{listing}</article>'
    )


def _table(rows) -> str:
    lines = []
    for number, row in enumerate(rows):
        unresolved = row.speaker_type == "unresolved" or row.name.startswith("(")
        cls = ' class="unresolved-row"' if unresolved else ""
        lines.append(
            f'<tr{cls}><th scope="row"><button type="button" class="speaker" data-speaker-id="s{number}"'
            f' aria-pressed="false">{escaped(row.name)}</button></th>'
            f'<td>{escaped(row.role or "—")}</td><td>{escaped(row.speaker_type)}</td>'
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
        f'<li><a href="#doc-{i}">{escaped(d.name or f"document {i + 1}")}</a> ({len(q)})</li>'
        for i, (d, q) in enumerate(documents)
    )
    summary = (f"{len(documents)} article{'s' if len(documents) != 1 else ''}, {total} quote"
               f"{'s' if total != 1 else ''}, {len(rows)} speaker{'s' if len(rows) != 1 else ''}"
               f"{f', {unresolved} unresolved' if unresolved else ''}")
    problems = ""
    if failures:
        items = "".join(f"<li>{escaped(failure)}</li>" for failure in failures)
        several = len(failures) != 1
        problems = (f'<div class="failures" role="alert"><strong>{len(failures)} input{"s" if several else ""} '
                    f'could not be processed and {"are" if several else "is"} left out:</strong>'
                    f'<ul>{items}</ul></div>')
    return PAGE.format(
        title=escaped(title), css=CSS, js=JS, summary=escaped(summary), failures=problems, table=_table(rows),
        legend=LEGEND, contents=contents, articles=articles,
    )

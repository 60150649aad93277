"""Output formats (JSON Lines, JSON, CSV, Markdown) and the who-said-what table."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, TextIO

import attrs

from .model import Quote
from .serialize import RECORD_FIELDS, UNRESOLVED, document_record, dumps_line, quote_to_record

if TYPE_CHECKING:
    from .names import Said, Speaker
    from .sources import DocumentMeta

FORMATS = ("jsonl", "json", "csv", "md")
CSV_FIELDS = ("document", *RECORD_FIELDS, "confidence", "note")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: a text starting like a formula (``=``, ``+``,
    ``-``, ``@``) gets a leading apostrophe, as OWASP advises against CSV injection. Numbers
    stay numbers. JSON output keeps every text exact."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(row: dict[str, object]) -> dict[str, object]:
    return {key: spreadsheet_safe(value) for key, value in row.items()}


# what every CSV writer is told ends a row: Python's writer quotes a cell holding a character of
# its line ending, so with "\n" alone a cell holding a carriage return (a title, a quote of a text
# with old Mac line breaks) went out unquoted and readers split the row there
CSV_LINE_END = "\r\n"


class CsvRows:
    """The stream a CSV writer writes to: each row it is given ends in ``CSV_LINE_END`` and goes
    out ending in "\n" (the writer writes one whole row per call), so rows end as they always
    did while cells holding "\r" or "\n" are quoted."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, row: str) -> int:
        return self._stream.write(row[:-2] + "\n" if row.endswith(CSV_LINE_END) else row)


class DocumentWriter:
    """Writes one document's quotes at a time, so output streams as documents are processed."""

    def __init__(self, stream: TextIO, fmt: str):
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
        self.stream = stream
        self.fmt = fmt
        self.count = 0
        self._csv = None
        if fmt == "csv":
            import csv  # only this format and the table's CSV load it

            self._csv = csv.DictWriter(CsvRows(stream), CSV_FIELDS, lineterminator=CSV_LINE_END)

    def __enter__(self) -> DocumentWriter:
        if self.fmt == "json":
            self.stream.write("[")
        elif self._csv is not None:
            self._csv.writeheader()
        return self

    def write(self, name: str, quotes: Sequence[Quote]) -> None:
        if self.fmt == "jsonl":
            self.stream.write(dumps_line(name, quotes) + "\n")
        elif self.fmt == "json":
            self.stream.write(("," if self.count else "") + "\n  ")
            self.stream.write(json.dumps(document_record(name, quotes), ensure_ascii=False))
        elif self._csv is not None:
            for quote in quotes:
                self._csv.writerow(safe_row({"document": name, **quote_to_record(quote)}))
        else:
            self.stream.write(markdown_document(name, quotes))
        self.count += 1
        self.stream.flush()

    def __exit__(self, *exc: object) -> None:
        if self.fmt == "json":
            self.stream.write("\n]\n" if self.count else "]\n")
        self.stream.flush()


def _md_cell(text: str | None) -> str:
    if text is None:
        return "—"
    return " ".join(text.split()).replace("|", "\\|")


def markdown_document(name: str, quotes: Sequence[Quote]) -> str:
    lines = [f"## {_md_cell(name)}", "", "| # | speaker | kind | quote |", "|---|---|---|---|"]
    for number, quote in enumerate(quotes, 1):
        lines.append(
            f"| {number} | {_md_cell(quote.speaker or _unresolved(quote))} | {quote.kind.value} | "
            f"{_md_cell(quote.text)} |"
        )
    return "\n".join(lines) + "\n\n"


def _unresolved(quote: Quote) -> str:
    label = "unnamed" if quote.speaker_type and quote.speaker_type.value == "unnamed" else "unresolved"
    return f"({label}: {quote.mention.text})" if quote.mention else f"({label})"


# --------------------------------------------------------------------------- who said what

UNNAMED_ROW, UNRESOLVED_ROW = "(unnamed sources)", "(unresolved)"


@attrs.define
class SpeakerRow:
    """One speaker across articles (``names.identify``), with the quotes given to them."""

    name: str
    speaker_type: str
    role: str | None
    quotes: list[tuple[str, Quote]] = attrs.field(factory=list)
    spellings: list[tuple[str, int]] = attrs.field(factory=list)  # as the articles name them, with quotes
    roles: list[tuple[str, int]] = attrs.field(factory=list)  # every role seen, with quotes
    note: str | None = None  # why the row could be two people
    documents: int = 0  # articles quoting the speaker


def speaker_row(speaker: Speaker, quotes: list[tuple[str, Quote]]) -> SpeakerRow:
    return SpeakerRow(
        speaker.name, speaker.speaker_type, speaker.role, quotes,
        spellings=sorted(speaker.spellings.items(), key=lambda kv: (-kv[1], kv[0])),
        roles=sorted(speaker.roles.items(), key=lambda kv: (-kv[1], kv[0])),
        note=speaker.note, documents=len(speaker.documents))


def said(document: str, quote: Quote, outlet: str | None = None) -> Said:
    """A quote as ``names.identify`` reads it."""
    from .names import Said

    return Said(document, quote.speaker, quote.speaker_type.value if quote.speaker_type else UNRESOLVED,
                quote.speaker_role, quote.mention.text if quote.mention else None, outlet)


def who_said_what(documents: Iterable[tuple[str, Sequence[Quote]]],
                  sources: Mapping[str, DocumentMeta] | None = None) -> list[SpeakerRow]:
    """One row per speaker across all the documents (``names.identify``), most quoted first;
    unnamed and unresolved sources last. ``sources`` (document name -> sidecar) gives each
    article's outlet, which resolves a short name such as `the Times`."""
    from .names import identify  # the archive's identities: only the table needs them
    from .sources import DocumentMeta  # and the sidecars, as `extract` does not

    sources = sources or {}
    listed = [(name, quote) for name, quotes in documents for quote in quotes]
    identities = identify([said(name, quote, (sources.get(name) or DocumentMeta()).outlet)
                           for name, quote in listed])
    rows = [speaker_row(speaker, [listed[i] for i in speaker.quotes]) for speaker in identities.rows]
    others: dict[str, SpeakerRow] = {}
    for (name, quote), speaker in zip(listed, identities.row_of):
        if speaker is None:
            unnamed = quote.speaker_type is not None and quote.speaker_type.value == "unnamed"
            label = UNNAMED_ROW if unnamed else UNRESOLVED_ROW
            row = others.setdefault(label, SpeakerRow(label, "unnamed" if unnamed else UNRESOLVED, None))
            row.quotes.append((name, quote))
    for row in others.values():
        row.documents = len({name for name, _ in row.quotes})
    return rows + sorted(others.values(), key=lambda r: (-len(r.quotes), r.name))


def _source(document: str, sources: Mapping[str, DocumentMeta]) -> str:
    """Where a quote comes from: the document, and its sidecar's title (linked), outlet, date."""
    meta = sources.get(document)
    if not meta:
        return _md_cell(document)
    title = _md_cell(meta.title or meta.url or document)
    linked = f"[{title}](<{meta.url}>)" if meta.url else title
    details = ", ".join(_md_cell(part) for part in (meta.outlet, meta.date) if part)
    byline = f", by {_md_cell(meta.author)}" if meta.author else ""
    return f"{linked}{', ' + details if details else ''}{byline} — {_md_cell(document)}"


def table_markdown(rows: Sequence[SpeakerRow], sources: Mapping[str, DocumentMeta] | None = None) -> str:
    """The who-said-what table: a summary line per speaker, then each speaker's quotes with the
    spellings and roles seen and, where there is one, the sidecar's source of each quote."""
    sources = sources or {}
    out = io.StringIO()
    out.write("# Who said what\n\n| speaker | role | type | quotes | articles | note |\n|---|---|---|---|---|---|\n")
    for row in rows:
        flag = "could be two people" if row.note else ""
        out.write(f"| {_md_cell(row.name)} | {_md_cell(row.role)} | {row.speaker_type} | {len(row.quotes)} | "
                  f"{row.documents} | {flag} |\n")
    for row in rows:
        role = f" — {row.role}" if row.role else ""
        articles = "article" if row.documents == 1 else "articles"
        out.write(f"\n## {_md_cell(row.name)}{role} ({row.speaker_type}, {len(row.quotes)} quotes, "
                  f"{row.documents} {articles})\n\n")
        if row.note:
            out.write(f"**Note:** {_md_cell(row.note)}.\n\n")
        if len(row.spellings) > 1 or (row.spellings and row.spellings[0][0] != row.name):
            out.write("Written: " + ", ".join(f"{_md_cell(s)} ({n})" for s, n in row.spellings) + ".\n")
        if len(row.roles) > 1:
            out.write("Roles: " + ", ".join(f"{_md_cell(r)} ({n})" for r, n in row.roles) + ".\n")
        if len(row.spellings) > 1 or len(row.roles) > 1 or (row.spellings and row.spellings[0][0] != row.name):
            out.write("\n")
        for document, quote in row.quotes:
            out.write(f"- *{quote.kind.value}* “{_md_cell(quote.text)}” — {_source(document, sources)} "
                      f"[{quote.start}:{quote.end}]\n")
    return out.getvalue()


CSV_TABLE_FIELDS = ("speaker", "speaker_type", "speaker_role", "quotes_by_speaker", "document", "kind", "start",
                    "end", "text", "speaker_in_article", "spellings", "note", "title", "date", "outlet", "author",
                    "url")


def table_csv(rows: Sequence[SpeakerRow], sources: Mapping[str, DocumentMeta] | None = None) -> str:
    """One line per quote: its speaker's row, the quote, and its source."""
    import csv

    from .sources import DocumentMeta

    sources = sources or {}
    out = io.StringIO()
    writer = csv.writer(CsvRows(out), lineterminator=CSV_LINE_END)
    writer.writerow(CSV_TABLE_FIELDS)
    for row in rows:
        spellings = "; ".join(s for s, _ in row.spellings)
        for document, quote in row.quotes:
            meta = sources.get(document) or DocumentMeta()
            writer.writerow([spreadsheet_safe(cell) for cell in (
                row.name, row.speaker_type, row.role or "", len(row.quotes), document,
                quote.kind.value, quote.start, quote.end, quote.text, quote.speaker or "", spellings,
                row.note or "", meta.title or "", meta.date or "", meta.outlet or "", meta.author or "",
                meta.url or "")])
    return out.getvalue()

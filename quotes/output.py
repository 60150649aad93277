"""Output formats (JSON Lines, JSON, CSV, Markdown) and the who-said-what table."""

from __future__ import annotations

import csv
import io
import json
from typing import Iterable, Sequence, TextIO

import collections

import attrs

from .names import similar_first_names, similar_surnames
from .model import Quote
from .serialize import RECORD_FIELDS, document_record, dumps_line, quote_to_record

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


class DocumentWriter:
    """Writes one document's quotes at a time, so output streams as documents are processed."""

    def __init__(self, stream: TextIO, fmt: str):
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
        self.stream = stream
        self.fmt = fmt
        self.count = 0
        self._csv = csv.DictWriter(stream, CSV_FIELDS, lineterminator="\n") if fmt == "csv" else None

    def __enter__(self) -> "DocumentWriter":
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


@attrs.define
class SpeakerRow:
    name: str
    speaker_type: str
    role: str | None
    quotes: list[tuple[str, Quote]] = attrs.field(factory=list)


def _same_speaker_key(name: str, rows: Iterable[SpeakerRow], kind: str) -> SpeakerRow | None:
    """Across articles too, `Anthony Blinken` and `Antony Blinken` are one person."""
    words = name.split()
    for row in rows:
        other = row.name.split()
        if row.speaker_type != kind or " and " in name or " and " in row.name:
            continue
        if kind == "person" and len(words) >= 2 and len(other) >= 2:
            if similar_surnames(words[-1], other[-1]) and similar_first_names(words[0], other[0]):
                return row
    return None


def who_said_what(documents: Iterable[tuple[str, Sequence[Quote]]]) -> list[SpeakerRow]:
    """One row per speaker, most quoted first; unresolved and unnamed sources last."""
    rows: dict[tuple[str, str], SpeakerRow] = {}
    spellings: dict[int, collections.Counter[str]] = {}
    for name, quotes in documents:
        for quote in quotes:
            kind = quote.speaker_type.value if quote.speaker_type else "unresolved"
            speaker = quote.speaker or ("(unnamed sources)" if kind == "unnamed" else "(unresolved)")
            key = (speaker.casefold(), kind)
            row = rows.get(key) or _same_speaker_key(speaker, rows.values(), kind)
            if row is None:
                row = rows[key] = SpeakerRow(speaker, kind, quote.speaker_role)
            rows.setdefault(key, row)
            spellings.setdefault(id(row), collections.Counter())[speaker] += 1
            row.role = row.role or quote.speaker_role
            row.quotes.append((name, quote))
    for row in {id(r): r for r in rows.values()}.values():
        counts = spellings[id(row)]
        row.name = max(counts, key=lambda n: (counts[n], -list(counts).index(n)))
    return sorted(
        {id(r): r for r in rows.values()}.values(),
        key=lambda r: (r.name.startswith("("), -len(r.quotes), r.name.casefold()),
    )


def table_markdown(rows: Sequence[SpeakerRow]) -> str:
    out = io.StringIO()
    out.write("# Who said what\n\n| speaker | role | type | quotes |\n|---|---|---|---|\n")
    for row in rows:
        out.write(f"| {_md_cell(row.name)} | {_md_cell(row.role)} | {row.speaker_type} | {len(row.quotes)} |\n")
    for row in rows:
        role = f" — {row.role}" if row.role else ""
        out.write(f"\n## {_md_cell(row.name)}{role} ({row.speaker_type}, {len(row.quotes)} quotes)\n\n")
        for document, quote in row.quotes:
            out.write(f"- *{quote.kind.value}* “{_md_cell(quote.text)}” — {_md_cell(document)} [{quote.start}:{quote.end}]\n")
    return out.getvalue()


def table_csv(rows: Sequence[SpeakerRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["speaker", "speaker_type", "speaker_role", "quotes_by_speaker", "document", "kind", "start", "end", "text"])
    for row in rows:
        for document, quote in row.quotes:
            writer.writerow([spreadsheet_safe(cell) for cell in (
                row.name, row.speaker_type, row.role or "", len(row.quotes), document,
                quote.kind.value, quote.start, quote.end, quote.text)])
    return out.getvalue()

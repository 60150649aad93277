"""``quotes conflicts``: statements the store gives to different speakers in different articles."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .common import add_filter_options, output_stream, run_guarded

if TYPE_CHECKING:
    from ..store import Conflict

EXAMPLE = """examples:
  quotes conflicts --db quotes.db
  quotes conflicts --db quotes.db --format csv -o conflicts.csv
  quotes conflicts --db quotes.db --format jsonl --since 2016-01-01

A statement is the same words in two or more articles, whatever their quotation marks,
ellipses, bracketed insertions, case and punctuation (a shorter quote inside a longer one is
the same statement). It is listed when two articles give it to speakers who cannot be one
person (a joint source and one of its people, or a name that could be either of two people,
are not listed): the misattribution signal to check by hand. Each article is listed with the
speaker it names, the mention and the extractor's confidence. Exit 0, also when there is
nothing to list; 2 when the database cannot be used.
"""

FORMATS = ("md", "csv", "jsonl")
_MARKS = " \t\n\"'“”‘’«»„"
CSV_FIELDS = ("statement_id", "statement", "document", "title", "outlet", "date", "url", "speaker",
              "speaker_type", "article_speaker", "mention", "cue", "confidence", "kind", "start", "end", "text")


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "conflicts", help="statements given to different speakers in different articles",
        description="List every statement that the store (quotes index) attributes to different "
        "speakers in different articles, with each article, speaker, mention and confidence.",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, metavar="FILE", help="a database built by `quotes index`")
    parser.add_argument("-f", "--format", choices=FORMATS, default="md",
                        help="md: Markdown (default); csv: one row per quote; jsonl: one line per statement")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    add_filter_options(parser)
    parser.set_defaults(run=lambda args: run_guarded(run, args))


def run(args: argparse.Namespace) -> int:
    from ..store import Filters, Store

    with Store.open(args.db, create=False) as store:
        found = store.conflicts(Filters.of(args))
    with output_stream(args.output) as stream:
        stream.write(FORMATTERS[args.format](found))
    plural = "statement" if len(found) == 1 else "statements"
    print(f"quotes: {len(found)} {plural} given to different speakers in different articles", file=sys.stderr)
    return 0


def _cell(text: object) -> str:
    return "—" if text is None or text == "" else " ".join(str(text).split()).replace("|", "\\|")


def format_md(conflicts: Sequence[Conflict]) -> str:
    out = io.StringIO()
    out.write("# Statements given to different speakers\n\n")
    if not conflicts:
        out.write("No statement in the store is given to different speakers in different articles.\n")
        return out.getvalue()
    for number, conflict in enumerate(conflicts, 1):
        out.write(f"## {number}. “{_cell(conflict.text.strip(_MARKS).rstrip(',;:'))}”\n\n")
        out.write(f"Statement {conflict.statement_id}, given to {', '.join(conflict.speakers)}.\n\n")
        out.write("| article | speaker | as the article names them | mention | confidence | quote |\n")
        out.write("|---|---|---|---|---|---|\n")
        for quote in conflict.quotes:
            source = ", ".join(part for part in (quote.title, quote.outlet, quote.date) if part)
            article = f"{quote.document} ({source})" if source else quote.document
            if quote.url:
                article = f"[{_cell(article)}](<{quote.url}>)"
            speaker = quote.speaker or f"({quote.speaker_type or 'unresolved'})"
            out.write(f"| {_cell(article) if not quote.url else article} | {_cell(speaker)} | "
                      f"{_cell(quote.article_speaker)} | {_cell(quote.mention)} | {quote.confidence:.2f} | "
                      f"{quote.kind} [{quote.start}:{quote.end}] {_cell(quote.text)} |\n")
        out.write("\n")
    return out.getvalue()


def _records(conflict: Conflict) -> list[dict[str, object]]:
    return [{
        "document": q.document, "title": q.title, "outlet": q.outlet, "date": q.date, "url": q.url,
        "speaker": q.speaker, "speaker_type": q.speaker_type or "unresolved", "article_speaker": q.article_speaker,
        "mention": q.mention, "cue": q.cue, "confidence": q.confidence, "kind": q.kind, "start": q.start,
        "end": q.end, "text": q.text,
    } for q in conflict.quotes]


def format_jsonl(conflicts: Sequence[Conflict]) -> str:
    return "".join(json.dumps({"statement_id": c.statement_id, "statement": c.text, "speakers": list(c.speakers),
                               "quotes": _records(c)}, ensure_ascii=False) + "\n" for c in conflicts)


def format_csv(conflicts: Sequence[Conflict]) -> str:
    from ..output import CSV_LINE_END, CsvRows, safe_row

    out = io.StringIO()
    writer = csv.DictWriter(CsvRows(out), CSV_FIELDS, lineterminator=CSV_LINE_END)
    writer.writeheader()
    for conflict in conflicts:
        for record in _records(conflict):
            writer.writerow(safe_row({"statement_id": conflict.statement_id, "statement": conflict.text, **record}))
    return out.getvalue()


FORMATTERS = {"md": format_md, "csv": format_csv, "jsonl": format_jsonl}

"""``quotes table``: the who-said-what table."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..output import SpeakerRow

from .common import (
    Batch,
    add_filter_options,
    confident,
    extracting_command,
    make_extractor,
    output_stream,
    read_sources,
)

EXAMPLE = """examples:
  quotes table golden/
  quotes table archive/ --format csv -o who-said-what.csv
  quotes table --db quotes.db --outlet "The New York Times" --since 2016-01-01
  quotes table archive/ --min-confidence 0.9

One row per person or organisation across all the articles: spellings of one person (`Joe
Biden`, `Joseph R. Biden Jr.`) are one row under the fullest, most frequent one; a surname
alone joins a full name only when its article, or the archive, names one person of that
surname; a row that could be two people says so. A NAME.meta.json sidecar beside NAME.txt
(title, date, url, outlet, author) gives each quote its source.
"""


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "table", help="who-said-what table over articles",
        description="One block per speaker across the articles (canonical name, the most "
        "specific role, number of quotes and articles, spellings and roles seen) with their quotes, "
        "kinds and sources.", epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", metavar="PATH")
    parser.add_argument("-f", "--format", choices=("md", "csv"), default="md")
    parser.add_argument("-o", "--output", metavar="FILE")
    parser.add_argument("--db", metavar="FILE", help="read quotes from an index built by `quotes index`")
    parser.add_argument("--bom", action="store_true",
                        help="start the output with a UTF-8 byte-order mark, so Excel opens a CSV as UTF-8")
    add_filter_options(parser)
    extracting_command(parser, run)


def run(args: argparse.Namespace) -> int:
    from ..output import table_csv, table_markdown, who_said_what

    rows: Sequence[SpeakerRow]
    if args.db:
        from ..store import Filters, Store  # the quote store (quotes index)

        with Store.open(args.db, create=False) as store:
            filters = Filters.of(args)
            rows = store.who_said_what(filters)
            sources = store.sources()
        status, inputs = 0, []
    else:
        if not args.paths:
            print("quotes table: error: give PATH... or --db FILE", file=sys.stderr)
            return 2
        if any((args.outlet, args.since, args.until)):
            print("quotes table: error: --outlet, --since and --until filter a store: use them with --db FILE",
                  file=sys.stderr)
            return 2
        batch = Batch(args, args.paths)
        sources = read_sources(batch.inputs)
        documents = [(r.document.name or "<stdin>", confident(r.quotes, args.min_confidence))
                     for r in batch.results(make_extractor(args))]
        rows = who_said_what(documents, sources)
        status, inputs = batch.finish(summary=False), batch.inputs
    with output_stream(args.output, inputs=inputs, bom=args.bom) as stream:
        stream.write(table_csv(rows, sources) if args.format == "csv" else table_markdown(rows, sources))
    return status

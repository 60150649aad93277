"""``quotes table``: the who-said-what table."""

from __future__ import annotations

import argparse
import sys

from ..output import table_csv, table_markdown, who_said_what
from .common import Batch, extracting_command, make_extractor, output_stream

EXAMPLE = """examples:
  quotes table golden/
  quotes table archive/ --format csv -o who-said-what.csv
"""


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "table", help="who-said-what table over articles",
        description="One block per speaker (canonical name, role, number of quotes) with their "
        "quotes and kinds.", epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", metavar="PATH")
    parser.add_argument("-f", "--format", choices=("md", "csv"), default="md")
    parser.add_argument("-o", "--output", metavar="FILE")
    parser.add_argument("--db", metavar="FILE", help="read quotes from an index built by `quotes index`")
    parser.add_argument("--bom", action="store_true",
                        help="start the output with a UTF-8 byte-order mark, so Excel opens a CSV as UTF-8")
    extracting_command(parser, run)


def run(args: argparse.Namespace) -> int:
    if args.db:
        from ..store import Store  # the quote store (quotes index)

        with Store.open(args.db, create=False) as store:
            rows = store.who_said_what()
        status, inputs = 0, []
    else:
        if not args.paths:
            print("quotes table: error: give PATH... or --db FILE", file=sys.stderr)
            return 2
        batch = Batch(args, args.paths)
        documents = [(r.document.name or "<stdin>", r.quotes) for r in batch.results(make_extractor(args))]
        rows = who_said_what(documents)
        status, inputs = batch.finish(summary=False), batch.inputs
    with output_stream(args.output, inputs=inputs, bom=args.bom) as stream:
        stream.write(table_csv(rows) if args.format == "csv" else table_markdown(rows))
    return status

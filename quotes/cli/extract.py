"""``quotes extract``: quote records for every input article."""

from __future__ import annotations

import argparse

from ..output import FORMATS, DocumentWriter
from .common import Batch, extracting_command, make_extractor, output_stream

EXAMPLE = """examples:
  quotes extract golden/ --format jsonl
  quotes extract article.txt --format md
  cat article.txt | quotes extract - --format json -o quotes.json
"""


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "extract", help="extract quote records from articles",
        description="Extract direct, indirect and mixed quotes with their speakers. PATH is a "
        "file, a directory (every *.txt inside, recursively, in sorted order) or - for stdin.",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("-f", "--format", choices=FORMATS, default="jsonl",
                        help="jsonl: one line per document (default); json; csv: one row per quote; md")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument("--bom", action="store_true",
                        help="start the output with a UTF-8 byte-order mark, so Excel opens a CSV as UTF-8")
    extracting_command(parser, run)


def run(args: argparse.Namespace) -> int:
    extractor = make_extractor(args)
    batch = Batch(args, args.paths)
    with output_stream(args.output, inputs=batch.inputs, bom=args.bom) as stream, \
            DocumentWriter(stream, args.format) as writer:
        for result in batch.results(extractor):
            writer.write(result.document.name or "<stdin>", result.quotes)
    return batch.finish()

"""``quotes report``: one self-contained HTML page showing every quote inside its article."""

from __future__ import annotations

import argparse

from .common import (
    Batch,
    add_confidence_option,
    confident,
    extracting_command,
    make_extractor,
    output_stream,
    read_sources,
)

EXAMPLE = """examples:
  quotes report golden/ -o report.html
  quotes report news/*.txt -o report.html --jobs 0 --title "January coverage"
  quotes report article.txt --nlp stanza -o article.html
  quotes report news/ -o sure.html --min-confidence 0.9

The page needs no network: open it in any browser.  Inputs that cannot be read are listed on
stderr and left out; the report of the rest is still written, and the exit code is then 1.
A NAME.meta.json sidecar (title, date, url, outlet, author) gives an article its source line;
a quote whose statement other articles of the page carry links to it there.
"""


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "report", help="an HTML page highlighting every quote in its article",
        description="Write one self-contained HTML page: the who-said-what table (choose a "
        "speaker to see only their quotes) and every article with each quote's content, cue and "
        "mention highlighted. PATH is a file, a directory (every *.txt inside, recursively, in "
        "sorted order) or - for stdin.",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("-o", "--output", metavar="FILE.html", required=True,
                        help="where to write the page (- for stdout)")
    parser.add_argument("--title", default="Who said what", help="page title (default: %(default)s)")
    add_confidence_option(parser)
    extracting_command(parser, run)


def run(args: argparse.Namespace) -> int:
    from ..report import render_report

    extractor = make_extractor(args)
    batch = Batch(args, args.paths)
    documents = [(result.document, confident(result.quotes, args.min_confidence))
                 for result in batch.results(extractor)]
    page = render_report(documents, title=args.title, failures=batch.failures, sources=read_sources(batch.inputs))
    with output_stream(args.output, inputs=batch.inputs) as stream:
        stream.write(page)
    return batch.finish()

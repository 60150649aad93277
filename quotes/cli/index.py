"""``quotes index``: extract quotes from articles into a searchable SQLite store."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

from ..inputs import display_name, expand
from .common import error, extracting_command, make_extractor, progress_line

if TYPE_CHECKING:
    from ..store import IndexSummary, Outcome

EXAMPLE = """examples:
  quotes index golden/ --db quotes.db
  quotes index archive/2022/ archive/2023/ --db archive.db --jobs 0
  datasette quotes.db -m quotes.metadata.json     # browse it (pip install 'quotes-attribution[browse]')

Re-running is cheap: unchanged files are skipped, changed ones have their quotes replaced.
A sidecar NAME.meta.json next to NAME.txt gives the document's title, date, url, outlet and
author. After the run, speakers (one row per person across the archive) and statements (the
same words in several articles; see quotes conflicts) are worked out again.
Exit 0 when every input was indexed, 1 when some failed (the rest is indexed), 2 when the
database cannot be used.
"""


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "index", help="extract quotes into a searchable SQLite database",
        description="Extract quotes from articles and store documents, quotes and speakers in an "
        "SQLite file with full-text search (readable by `quotes search`, `quotes table --db` and "
        "Datasette). PATH is a file or a directory (every *.txt inside, recursively).",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--db", required=True, metavar="FILE", help="the database (created when missing)")
    extracting_command(parser, run)


def run(args: argparse.Namespace) -> int:
    from ..store import IndexSummary, Store, planned

    extractor = make_extractor(args)
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    summary = IndexSummary()
    started = time.perf_counter()
    with Store.open(args.db) as store:
        listed = list(expand(args.paths))  # up front, so progress can show the total
        total = planned(listed)
        for outcome in store.index_iter(listed, extractor, jobs=args.jobs):
            summary.add(outcome)
            report(outcome, summary, progress=progress, total=total, started=started)
        counts = store.counts()
    if progress:
        print(file=sys.stderr)
    print(closing_line(summary, counts, display_name(args.db), time.perf_counter() - started), file=sys.stderr)
    return 1 if summary.failures else 0


def report(outcome: Outcome, summary: IndexSummary, *, progress: bool, total: int = 0, started: float = 0.0) -> None:
    from ..store import Status

    if outcome.warning:
        print(f"{_clear(progress)}quotes: warning: {outcome.warning}", file=sys.stderr)
    if outcome.status is Status.FAILED:
        print(_clear(progress), end="", file=sys.stderr)
        error(f"{outcome.source}: {outcome.problem}")
    if progress:
        done = summary.indexed + summary.unchanged + summary.failed
        counts = f"{summary.indexed} indexed, {summary.unchanged} unchanged, {summary.failed} failed"
        print(f"\r\x1b[K{progress_line(done, total, started, counts)}", end="", file=sys.stderr, flush=True)


def _clear(progress: bool) -> str:
    return "\r\x1b[K" if progress else ""


def closing_line(summary: IndexSummary, counts: dict[str, int], db: str, seconds: float) -> str:
    return (
        f"quotes: indexed {summary.indexed} ({summary.added} new, {summary.replaced} replaced, "
        f"{summary.quotes} quotes), skipped {summary.unchanged} unchanged, failed {summary.failed}; "
        f"{db} holds {counts['documents']} documents, {counts['quotes']} quotes, "
        f"{counts['speakers']} speakers ({seconds:.2f} s)"
    )

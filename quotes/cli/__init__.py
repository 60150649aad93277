"""Command line: ``quotes COMMAND …``.  Only this package turns errors into exit codes.

Exit codes: 0 done; 1 some inputs failed (or ``check`` below ``--min-f1``); 2 usage error,
malformed golden file or unavailable backend.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from .._version import __version__
from . import check, extract, table

COMMANDS = [extract, table, check]
_EXTRA_COMMANDS = ("quotes.cli.index", "quotes.cli.search", "quotes.cli.conflicts", "quotes.cli.report",
                   "quotes.cli.spark")


def _commands():
    import importlib

    modules = list(COMMANDS)
    for name in _EXTRA_COMMANDS:
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
    return modules


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotes",
        description="Who said what: find direct, indirect and mixed quotes in English news "
        "articles and attribute them to named sources.",
        epilog="example: quotes extract golden/ --format jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"quotes {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _commands():
        module.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # An article makes tens of thousands of short-lived objects and almost no reference cycles:
    # the cycle collector need not run every 700 allocations (2-3 % of the time of a batch).
    gc.set_threshold(20_000, 50, 100)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("quotes: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0

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

# each command's name and its module, in the order the help lists them: a run that names its
# command first builds that command's parser alone (the others' make a tenth of a start-up, and
# only the top-level help and a mistyped command need them)
COMMAND_MODULES = {"extract": "quotes.cli.extract", "table": "quotes.cli.table", "check": "quotes.cli.check",
                   "index": "quotes.cli.index", "search": "quotes.cli.search", "conflicts": "quotes.cli.conflicts",
                   "report": "quotes.cli.report", "spark-extract": "quotes.cli.spark"}


def _commands(command: str | None = None) -> list:
    """The modules of the commands to parse: ``command``'s alone when it is one (and installed),
    else all that are installed (an import failing inside a module is an error, not left out)."""
    if command in COMMAND_MODULES and (found := _installed([COMMAND_MODULES[command]])):
        return found
    return _installed(list(COMMAND_MODULES.values()))


def _installed(names: list[str]) -> list:
    import importlib

    modules = []
    for name in names:
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
    return modules


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``command``, the word that opens the arguments, the parser
    of that command alone when it is one (it parses them as the whole parser would)."""
    parser = argparse.ArgumentParser(
        prog="quotes",
        description="Who said what: find direct, indirect and mixed quotes in English news "
        "articles and attribute them to named sources.",
        epilog="example: quotes extract golden/ --format jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"quotes {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _commands(command):
        module.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # An article makes tens of thousands of short-lived objects and almost no reference cycles:
    # the cycle collector need not run every 700 allocations (2-3 % of the time of a batch).
    gc.set_threshold(20_000, 50, 100)
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(arguments[0] if arguments else None)
    args = parser.parse_args(arguments)
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

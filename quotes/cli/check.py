"""``quotes check``: score the extractor against hand-labelled golden files (docs/contract.md §6)."""

from __future__ import annotations

import argparse
import sys

from ..errors import GoldenFormatError
from .common import error, extracting_command, make_extractor

EXAMPLE = """examples:
  quotes check                 # golden/ in the current directory
  quotes check golden/ --min-f1 0.9
"""


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "check", help="score against golden files",
        description="Run the extractor on every DIR/NAME.txt and score it against DIR/NAME.json: "
        "detection P/R/F1 overall and per kind, attribution accuracy, end-to-end P/R/F1, exact "
        "spans; then list missed, spurious and wrong-speaker quotes. Exit 0 when it ran, 1 when "
        "end-to-end F1 is below --min-f1, 2 on a malformed golden file.",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", nargs="?", default="golden", metavar="DIR")
    parser.add_argument("--min-f1", type=float, default=None, metavar="X",
                        help="exit 1 when end-to-end F1 is below X")
    parser.add_argument("--no-diff", action="store_true", help="figures only")
    extracting_command(parser, run, batch=False)


def run(args: argparse.Namespace) -> int:
    from ..golden import golden_cases
    from ..score import combine, format_report, score_document

    try:
        cases = list(golden_cases(args.directory))
    except GoldenFormatError as problem:
        error(f"malformed golden file: {problem}")
        return 2
    extractor = make_extractor(args)
    reports = [
        score_document(case.name, case.quotes, extractor.extract(case.text, name=case.name))
        for case in cases
    ]
    report = combine(reports)
    sys.stdout.write(format_report(report, diff=not args.no_diff))
    f1 = report.overall.end_to_end[2]
    if args.min_f1 is not None and f1 < args.min_f1:
        error(f"end-to-end F1 {f1:.3f} is below --min-f1 {args.min_f1}")
        return 1
    return 0

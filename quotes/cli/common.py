"""Pieces shared by the commands: backend options, extractor set-up, outputs, failures."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path
from typing import Iterator, Sequence, TextIO

from ..batch import Extracted, process
from ..errors import QuotesError
from ..inputs import Failure
from ..pipeline import BACKENDS, Extractor


def add_nlp_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--nlp", choices=BACKENDS, default="builtin",
                        help="analysis backend: builtin rules (default, no model) or stanza")
    parser.add_argument("--stanza-dir", metavar="DIR", default=None,
                        help="where the stanza models live (default: $STANZA_RESOURCES_DIR or stanza's own)")


def add_batch_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="documents processed in parallel (0 = all cores; default 1)")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="progress on stderr (default: when stderr is a terminal)")


def extracting_command(parser: argparse.ArgumentParser, run, *, batch: bool = True) -> None:
    """The options every extracting command shares (backend, and batch ones), and its entry point."""
    add_nlp_options(parser)
    if batch:
        add_batch_options(parser)
    parser.set_defaults(run=lambda args: run_guarded(run, args))


def make_extractor(args: argparse.Namespace) -> Extractor:
    if args.nlp == "stanza":
        from ..stanza_backend import enable_download_notes  # notes on stderr; imports no stanza

        enable_download_notes()
    return Extractor(nlp=args.nlp, stanza_dir=args.stanza_dir)


def error(message: str) -> None:
    print(f"quotes: error: {message}", file=sys.stderr)


@contextlib.contextmanager
def output_stream(path: str | None) -> Iterator[TextIO]:
    if path in (None, "-"):
        yield sys.stdout
        return
    target = Path(path)
    if target.is_symlink() or (target.exists() and not target.is_file()):
        # /dev/null, a FIFO, a symlink: write through it, never replace it
        with open(target, "w", encoding="utf-8", newline="") as stream:
            yield stream
        return
    temporary = target.with_name(f".{target.name}.partial")  # a complete file or none at all
    with open(temporary, "w", encoding="utf-8", newline="") as stream:
        yield stream
    os.replace(temporary, target)


class Batch:
    """Runs extraction over inputs, reporting failures, progress and a closing summary."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.failures: list[Failure] = []
        self.documents = 0
        self.quotes = 0
        self.started = time.perf_counter()
        progress = getattr(args, "progress", None)
        self.progress = sys.stderr.isatty() if progress is None else progress

    def results(self, paths: Sequence[str], extractor: Extractor) -> Iterator[Extracted]:
        for item in process(paths, extractor=extractor, jobs=getattr(self.args, "jobs", 1)):
            if isinstance(item, Failure):
                self.failures.append(item)
                error(str(item))
                continue
            self.documents += 1
            self.quotes += len(item.quotes)
            if self.progress:
                print(f"\r{self.documents} documents, {self.quotes} quotes", end="", file=sys.stderr, flush=True)
            yield item

    def finish(self, *, summary: bool = True) -> int:
        if self.progress:
            print(file=sys.stderr)
        seconds = time.perf_counter() - self.started
        if summary:
            print(f"quotes: {self.documents} documents, {self.quotes} quotes, "
                  f"{len(self.failures)} failures, {seconds:.2f} s", file=sys.stderr)
        if self.failures:
            print(f"quotes: {len(self.failures)} input(s) failed:", file=sys.stderr)
            for failure in self.failures:
                print(f"  {failure}", file=sys.stderr)
            return 1
        return 0


def run_guarded(function, args: argparse.Namespace) -> int:
    try:
        return function(args)
    except QuotesError as problem:
        error(str(problem))
        return 2

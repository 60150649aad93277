"""Pieces shared by the commands: backend options, extractor set-up, outputs, failures."""

from __future__ import annotations

import argparse
import contextlib
import errno
import gc
import os
import stat
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..analysis import BACKENDS
from ..errors import OutputError, QuotesError
from ..inputs import Failure, Source, display_name, expand
from ..model import Quote

if TYPE_CHECKING:
    from ..batch import Extracted
    from ..pipeline import Extractor
    from ..sources import DocumentMeta


def add_nlp_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--nlp", choices=BACKENDS, default="builtin",
                        help="analysis backend: builtin rules (default, no model) or stanza")
    parser.add_argument("--stanza-dir", metavar="DIR", default=None,
                        help="where the stanza models live (default: $STANZA_RESOURCES_DIR or stanza's own)")


def job_count(value: str) -> int:
    """``--jobs``: 0 (every core) or a positive count; anything else is a usage error."""
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, got {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"expected 0 (every core) or a positive number, got {jobs}")
    return jobs


def confidence_value(text: str) -> float:
    """A ``--min-confidence`` value: a number from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text}")
    return value


def add_confidence_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--min-confidence", type=confidence_value, metavar="C",
                        help="only quotes whose confidence is at least C (0 to 1; README: how right each "
                        "confidence band is)")


def confident(quotes: Sequence[Quote], minimum: float | None) -> list[Quote]:
    """The quotes at ``minimum`` confidence or more (all of them when ``minimum`` is None)."""
    return list(quotes) if minimum is None else [quote for quote in quotes if quote.confidence >= minimum]


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """--outlet, --since, --until: which of a store's articles to read (by their sidecars);
    --min-confidence: which quotes."""
    add_confidence_option(parser)
    parser.add_argument("--outlet", metavar="NAME", action="append",
                        help="only articles from this outlet (its sidecar's `outlet`; any spelling of the "
                        "name: `New York Times` finds `The New York Times`); may be repeated")
    parser.add_argument("--since", metavar="DATE", help="only articles dated DATE or later (sidecar `date`, ISO 8601)")
    parser.add_argument("--until", metavar="DATE", help="only articles dated DATE or earlier")


def add_batch_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-j", "--jobs", type=job_count, default=1, metavar="N",
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
    from ..pipeline import Extractor

    if args.nlp == "stanza":
        from ..stanza_backend import enable_download_notes  # notes on stderr; imports no stanza

        enable_download_notes()
    extractor = Extractor(nlp=args.nlp, stanza_dir=args.stanza_dir)
    # the lexicon and the modules live as long as the command: the collector need not scan them
    # again at every full collection of a batch (the library itself leaves `gc` alone)
    gc.freeze()
    return extractor


def error(message: str) -> None:
    print(f"quotes: error: {message}", file=sys.stderr)


@contextlib.contextmanager
def output_stream(path: str | None, *, inputs: Sequence[Source | Failure] = (), bom: bool = False) -> Iterator[TextIO]:
    """The stream to write a command's output to: stdout, or a file that appears complete or not
    at all. Refuses a file that is one of ``inputs``; OutputError (exit 2) when it cannot be
    written, with nothing partial left behind."""
    if path in (None, "-"):
        if bom:
            sys.stdout.write("\ufeff")
        yield sys.stdout
        return
    target = Path(path)
    shown = display_name(target)
    _refuse_overwriting_an_input(target, inputs, shown)
    if target.is_dir():
        raise OutputError(f"{shown}: cannot write the output, it is a directory (expected a file name)")
    if target.is_symlink() or (target.exists() and not target.is_file()):
        # /dev/null, a FIFO, a symlink: write through it, never replace it
        with _writing(shown), open(target, "w", encoding="utf-8", newline="") as stream:
            yield _with_bom(stream, bom)
        return
    temporary = target.with_name(f".{target.name}.partial")  # a complete file or none at all
    try:
        with _writing(shown):
            with open(temporary, "w", encoding="utf-8", newline="") as stream:
                yield _with_bom(stream, bom)
            os.replace(temporary, target)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _with_bom(stream: TextIO, bom: bool) -> TextIO:
    if bom:
        stream.write("\ufeff")
    return stream


@contextlib.contextmanager
def _writing(shown: str) -> Iterator[None]:
    try:
        yield
    except OSError as problem:
        if isinstance(problem, OutputError):
            raise
        reason = problem.strerror or str(problem)
        if problem.errno == errno.ENOENT:
            reason = "its folder does not exist"
        raise OutputError(f"{shown}: cannot write the output ({reason})") from None


def _refuse_overwriting_an_input(target: Path, inputs: Sequence[Source | Failure], shown: str) -> None:
    try:
        info = target.stat()
    except OSError:
        return  # not there yet: not an input
    if not stat.S_ISREG(info.st_mode):
        return
    identity = (info.st_dev, info.st_ino)
    if any(isinstance(item, Source) and item.identity == identity for item in inputs):
        raise OutputError(f"{shown}: refusing to write the output over one of the input articles "
                          "(choose another -o FILE)")


class Batch:
    """Runs extraction over inputs, reporting failures, progress and a closing summary.

    The inputs are listed once, up front, so progress can show the total and the time left, and
    an output file can be checked against them before anything is written.
    """

    def __init__(self, args: argparse.Namespace, paths: Sequence[str]):
        self.args = args
        self.inputs: list[Source | Failure] = list(expand(paths))
        self.total = len(self.inputs)  # every input ends as a document or a failure
        self.failures: list[Failure] = []
        self.documents = 0
        self.quotes = 0
        self.started = time.perf_counter()
        progress = getattr(args, "progress", None)
        self.progress = sys.stderr.isatty() if progress is None else progress

    def results(self, extractor: Extractor) -> Iterator[Extracted]:
        from ..batch import process

        for item in process(self.inputs, extractor=extractor, jobs=getattr(self.args, "jobs", 1)):
            if isinstance(item, Failure):
                self.failures.append(item)
                if self.progress:
                    print("\r\x1b[K", end="", file=sys.stderr)
                error(str(item))
            else:
                self.documents += 1
                self.quotes += len(item.quotes)
            if self.progress:
                print(f"\r\x1b[K{self.progress_line()}", end="", file=sys.stderr, flush=True)
            if not isinstance(item, Failure):
                yield item

    def progress_line(self) -> str:
        failed = f", {len(self.failures)} failed" if self.failures else ""
        return progress_line(self.documents + len(self.failures), self.total, self.started,
                             f"{self.quotes} quotes{failed}")

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


def read_sources(inputs: Sequence[Source | Failure]) -> dict[str, DocumentMeta]:
    """The sidecar (``NAME.meta.json``) of every input article that has one, by document name;
    a sidecar that cannot be used is one warning on stderr, and the article is read without it."""
    from ..sources import read_sidecar  # only the commands that read sidecars load it (and json)

    sources: dict[str, DocumentMeta] = {}
    for item in inputs:
        if isinstance(item, Source) and item.path is not None:
            meta, problem = read_sidecar(item.path)
            if problem:
                warning(problem)
            if meta:
                sources[item.name] = meta
    return sources


def warning(message: str) -> None:
    print(f"quotes: warning: {message}", file=sys.stderr)


def note(message: str) -> None:
    print(f"quotes: note: {message}", file=sys.stderr)


def progress_line(done: int, total: int, started: float, counts: str) -> str:
    """``12/840 inputs, 150 quotes, 3 s, about 3 min 27 s left``: inputs done of all listed (a
    failure counts as done), what they gave, the time so far and an estimate of the rest."""
    elapsed = time.perf_counter() - started
    line = f"{done}/{total} inputs, {counts}, {_duration(elapsed)}"
    if 0 < done < total:
        line += f", about {_duration(elapsed / done * (total - done))} left"
    return line


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes, seconds = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def run_guarded(function, args: argparse.Namespace) -> int:
    try:
        return function(args)
    except QuotesError as problem:
        error(str(problem))
        return 2

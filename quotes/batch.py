"""Processing many articles: streaming, in input order, optionally over several processes.

Memory stays flat: at most ``jobs * WINDOW_PER_JOB`` chunks of ``CHUNK`` documents are in flight, and each
result is handed back (and can be written) before the next documents are read.
"""

from __future__ import annotations

import collections
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from .inputs import Failure, Source, read_all
from .model import Document, Quote

if TYPE_CHECKING:
    from .pipeline import Extractor

WINDOW_PER_JOB = 4  # chunks in flight per worker
CHUNK = 4  # documents per task


class Extracted(NamedTuple):  # not an attrs class: reads alike, made at every start for a third of the cost
    document: Document
    quotes: tuple[Quote, ...]


_WORKER: Extractor | None = None


def _init_worker(nlp: str, stanza_dir: str | None) -> None:
    global _WORKER
    import signal  # here and in the failure below: modules a run of one process with no fault never needs

    # Ctrl-C is the parent's to handle: it stops the pool; workers die quietly with it
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .pipeline import Extractor

    _WORKER = Extractor(nlp=nlp, stanza_dir=stanza_dir)


def _work(documents: Sequence[Document]) -> list[tuple[Quote, ...] | Failure]:
    assert _WORKER is not None
    # the parent keeps the texts: send back quotes only
    return [_quotes_or_failure(_WORKER, document) for document in documents]


def _quotes_or_failure(extractor: Extractor, document: Document) -> tuple[Quote, ...] | Failure:
    """The document's quotes; a fault of the extractor on this one text is its failure, listed
    with the others at the end, and the batch goes on (a bug met on one article in an archive
    must not lose the rest)."""
    try:
        return tuple(extractor.extract_document(document))
    except Exception as error:  # any fault of the rules on this text: reported, not swallowed
        import logging
        import traceback

        logging.getLogger(__name__).debug("extraction failed on %s", document.name, exc_info=True)
        place = traceback.extract_tb(error.__traceback__)[-1]
        where = f"{os.path.basename(place.filename)}:{place.lineno}"
        return Failure(document.name or "<text>", f"internal error {type(error).__name__}: {error} (at {where}): "
                                                   "a bug of quotes, please report it with this article")


def resolve_jobs(jobs: int) -> int:
    """0 means every core; a negative count is a mistake, not a default."""
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (every core) or a positive count, got {jobs}")
    return os.cpu_count() or 1 if jobs == 0 else jobs


def process(
    sources: Iterable[Source | Failure],
    *,
    extractor: Extractor,
    jobs: int = 1,
    stdin=None,
) -> Iterator[Extracted | Failure]:
    """Extract quotes from every input (as ``inputs.expand`` lists them), yielding results (or
    failures) in input order."""
    items = read_all(sources, stdin)
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            found = _quotes_or_failure(extractor, item)
            yield found if isinstance(found, Failure) else Extracted(item, found)
        return
    yield from _parallel(items, extractor, jobs)


def _parallel(items: Iterable[Document | Failure], extractor: Extractor, jobs: int) -> Iterator[Extracted | Failure]:
    """Documents go to the workers in small chunks (fewer round trips); results come back in
    input order; at most ``jobs * WINDOW_PER_JOB`` chunks are in flight."""
    import multiprocessing  # only here: one process needs none of it

    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    stanza_dir = getattr(extractor, "stanza_dir", None)
    with context.Pool(jobs, initializer=_init_worker, initargs=(extractor.nlp, stanza_dir)) as pool:
        window: collections.deque = collections.deque()
        for chunk in _chunks(items, CHUNK):
            documents = [item for item in chunk if not isinstance(item, Failure)]
            window.append((chunk, pool.apply_async(_work, (documents,))))
            while len(window) >= jobs * WINDOW_PER_JOB:
                yield from _settle(*window.popleft())
        while window:
            yield from _settle(*window.popleft())


def _chunks(items: Iterable[Document | Failure], size: int) -> Iterator[list[Document | Failure]]:
    chunk: list[Document | Failure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _settle(chunk: Sequence[Document | Failure], pending) -> Iterator[Extracted | Failure]:
    results = iter(pending.get())
    for item in chunk:
        if isinstance(item, Failure):
            yield item
            continue
        found = next(results)
        yield found if isinstance(found, Failure) else Extracted(item, found)

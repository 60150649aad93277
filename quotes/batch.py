"""Processing many articles: streaming, in input order, optionally over several processes.

Memory stays flat: at most ``jobs * WINDOW_PER_JOB`` chunks of ``CHUNK`` documents are in flight, and each
result is handed back (and can be written) before the next documents are read.
"""

from __future__ import annotations

import collections
import os
import signal
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from .inputs import Failure, Source, read_all
from .model import Document, Quote

if TYPE_CHECKING:
    from .pipeline import Extractor

WINDOW_PER_JOB = 4  # chunks in flight per worker
CHUNK = 4  # documents per task


@attrs.frozen
class Extracted:
    document: Document
    quotes: tuple[Quote, ...]


_WORKER: Extractor | None = None


def _init_worker(nlp: str, stanza_dir: str | None) -> None:
    global _WORKER
    # Ctrl-C is the parent's to handle: it stops the pool; workers die quietly with it
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .pipeline import Extractor

    _WORKER = Extractor(nlp=nlp, stanza_dir=stanza_dir)


def _work(documents: Sequence[Document]) -> list[tuple[Quote, ...]]:
    assert _WORKER is not None
    # the parent keeps the texts: send back quotes only
    return [tuple(_WORKER.extract_document(document)) for document in documents]


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
            yield item if isinstance(item, Failure) else Extracted(item, tuple(extractor.extract_document(item)))
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
        yield item if isinstance(item, Failure) else Extracted(item, next(results))

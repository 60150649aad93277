"""Processing many articles: streaming, in input order, optionally over several processes.

Memory stays flat: at most ``jobs * WINDOW_PER_JOB`` documents are in flight at once, and each
result is handed back (and can be written) before the next documents are read.
"""

from __future__ import annotations

import collections
import multiprocessing
import os
from typing import Iterable, Iterator, Sequence

import attrs

from .inputs import Failure, iter_inputs
from .model import Document, Quote
from .pipeline import Extractor

WINDOW_PER_JOB = 8


@attrs.frozen
class Extracted:
    document: Document
    quotes: tuple[Quote, ...]


_WORKER: Extractor | None = None


def _init_worker(nlp: str, stanza_dir: str | None) -> None:
    global _WORKER
    _WORKER = Extractor(nlp=nlp, stanza_dir=stanza_dir)


def _work(document: Document) -> tuple[Quote, ...]:
    assert _WORKER is not None
    return tuple(_WORKER.extract_document(document))  # the parent keeps the text: send quotes only


def resolve_jobs(jobs: int) -> int:
    return os.cpu_count() or 1 if jobs == 0 else max(1, jobs)


def process(
    paths: Sequence[str],
    *,
    extractor: Extractor,
    jobs: int = 1,
    stdin=None,
) -> Iterator[Extracted | Failure]:
    """Extract quotes from every input, yielding results (or failures) in input order."""
    items = iter_inputs(paths, stdin)
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        for item in items:
            yield item if isinstance(item, Failure) else Extracted(item, tuple(extractor.extract_document(item)))
        return
    yield from _parallel(items, extractor, jobs)


def _parallel(items: Iterable[Document | Failure], extractor: Extractor, jobs: int) -> Iterator[Extracted | Failure]:
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    stanza_dir = getattr(extractor, "stanza_dir", None)
    with context.Pool(jobs, initializer=_init_worker, initargs=(extractor.nlp, stanza_dir)) as pool:
        window: collections.deque = collections.deque()
        for item in items:
            window.append(item if isinstance(item, Failure) else (item, pool.apply_async(_work, (item,))))
            while len(window) >= jobs * WINDOW_PER_JOB:
                yield _settle(window.popleft())
        while window:
            yield _settle(window.popleft())


def _settle(entry) -> Extracted | Failure:
    if isinstance(entry, Failure):
        return entry
    document, pending = entry
    return Extracted(document, pending.get())

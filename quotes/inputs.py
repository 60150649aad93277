"""Reading articles: files, directories and stdin, with one clear error per bad input.

``iter_inputs`` never raises for a bad file: it yields a ``Failure`` and goes on, so a batch
processes everything it can and lists what it could not.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, Iterator, Sequence

import attrs

from .errors import InputError
from .model import Document

STDIN = "-"


@attrs.frozen
class Source:
    """Where one article comes from: its display name and its path (None for stdin)."""

    name: str
    path: Path | None


@attrs.frozen
class Failure:
    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


def expand(paths: Sequence[str]) -> Iterator[Source | Failure]:
    """Sources in order: a file as given, a directory's ``*.txt`` recursively sorted, ``-``."""
    for raw in paths:
        if raw == STDIN:
            yield Source("<stdin>", None)
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                yield Failure(raw, "directory holds no .txt files")
            for file in found:
                yield Source(file.relative_to(path).as_posix(), file)
        elif path.exists():
            yield Source(path.name, path)
        else:
            yield Failure(raw, "no such file or directory")


def decode(data: bytes, source: str) -> str:
    """The article text of raw bytes, or InputError saying what is wrong with them."""
    if not data.strip():
        raise InputError(source, "empty file (expected a UTF-8 text article)")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (found NUL bytes; expected UTF-8 text)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            source, f"invalid UTF-8 at byte {error.start} (expected a UTF-8 text article)"
        ) from None
    return text  # untouched, a BOM included: offsets index the decoded file as it is (SPEC §1)


def read(source: Source, stdin: BinaryIO | None = None) -> Document:
    if source.path is None:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return Document(decode(stream.read(), source.name), source.name)
    try:
        data = source.path.read_bytes()
    except OSError as error:
        raise InputError(str(source.path), f"cannot read: {error.strerror or error}") from None
    return Document(decode(data, str(source.path)), source.name)


def iter_inputs(paths: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[Document | Failure]:
    for item in expand(paths):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield read(item, stdin)
        except InputError as error:
            yield Failure(error.source, error.problem)

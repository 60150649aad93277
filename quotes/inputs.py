"""Reading articles: files, directories and stdin, with one clear error per bad input.

``iter_inputs`` never raises for a bad file: it yields a ``Failure`` and goes on, so a batch
processes everything it can and lists what it could not.  Nothing is skipped in silence: an
unreadable subdirectory, a dangling or looping symbolic link and a FIFO named ``*.txt`` are
failures like an unreadable file.

A document's name is the path by which its argument reached it — the argument as given, then
the path inside it for a directory (``archive/2023/x.txt``) — so two files called ``x.txt`` in
two folders are never confused.  Undecodable bytes of a file name are shown as ``\\xNN`` (the
way Python writes them); ``path_of_name`` turns such a name back into the path.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, NamedTuple

from .errors import InputError
from .model import Document
from .regexes import LazyPattern

STDIN = "-"
_FILE_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
               stat.S_IFBLK: "a block device"}


# Named tuples, not attrs classes: they read, compare and print alike, and the class is made at
# every start for a third of what attrs takes
class Source(NamedTuple):
    """Where one article comes from: its display name, its path (None for stdin) and the file's
    identity (device, inode) as listed, to tell when an output would overwrite an input."""

    name: str
    path: Path | None
    identity: tuple[int, int] | None = None


class Failure(NamedTuple):
    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


def display_name(path: str | os.PathLike[str]) -> str:
    """A path as text that any output can hold on one line: undecodable bytes and ASCII control
    characters (a newline or carriage return in a folder name) as ``\\xNN``, and a backslash
    doubled so the form stays reversible (``path_of_name``)."""
    raw = os.fsencode(path)
    shown = raw.decode("utf-8", "backslashreplace") if b"\\" not in raw else _escape_backslashes(raw)
    if shown.isprintable():  # no control character (all are unprintable): the common name, found in C
        return shown
    return _CONTROL.sub(lambda c: f"\\x{ord(c.group()):02x}", shown) if _CONTROL.search(shown) else shown


_CONTROL = LazyPattern(r"[\x00-\x1f\x7f]")


def _escape_backslashes(raw: bytes) -> str:
    return "\\\\".join(part.decode("utf-8", "backslashreplace") for part in raw.split(b"\\"))


_ESCAPE = LazyPattern(r"\\(\\|x[0-9a-f]{2})")


def path_of_name(name: str) -> Path:
    """The path a ``display_name`` stands for (inverse of ``display_name``)."""
    out = bytearray()
    last = 0
    for found in _ESCAPE.finditer(name):
        out += name[last:found.start()].encode("utf-8")
        token = found.group(1)
        out += b"\\" if token == "\\" else bytes([int(token[1:], 16)])
        last = found.end()
    out += name[last:].encode("utf-8")
    return Path(os.fsdecode(bytes(out)))


def _joined(argument: str, inside: str) -> str:
    return inside if argument in ("", ".") else f"{argument.rstrip('/')}/{inside}"


def _problem_of(error: OSError, path: str | Path) -> str:
    if error.errno == errno.ELOOP:
        return "symbolic link loop (the link points back at itself)"
    if error.errno == errno.ENOENT and os.path.islink(path):
        return f"dangling symbolic link (its target {display_name(os.readlink(path))} does not exist)"
    if error.errno == errno.ENOENT:
        return "no such file or directory"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return f"cannot read: {error.strerror or error}"


def _regular_file_problem(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    kind = _FILE_KINDS.get(stat.S_IFMT(mode), "not a regular file")
    return f"not a regular file ({kind}); expected a UTF-8 text article"


def expand(paths: Sequence[str]) -> Iterator[Source | Failure]:
    """Sources in order: a file as given, a directory's ``*.txt`` recursively sorted, ``-``."""
    for raw in paths:
        if raw == STDIN:
            yield Source("<stdin>", None)
            continue
        argument = display_name(os.path.normpath(raw))
        try:
            mode = os.stat(raw).st_mode
        except OSError as error:
            yield Failure(display_name(raw), _problem_of(error, raw))
            continue
        if stat.S_ISDIR(mode):
            yield from _directory(Path(raw), argument)
        elif (problem := _regular_file_problem(mode)) is not None:
            yield Failure(display_name(raw), problem)
        else:
            info = os.stat(raw)
            yield Source(argument, Path(raw), (info.st_dev, info.st_ino))


def _directory(root: Path, argument: str) -> Iterator[Source | Failure]:
    """Every ``*.txt`` below ``root``, sorted by path, following symbolic links to directories;
    a link back to a directory it sits in is a loop, reported and not followed (a second link to
    a folder elsewhere is no loop: its files are read under that name too). Whatever cannot be
    read is a failure, in its place in the order."""
    found: list[tuple[str, Source | Failure]] = []

    def walk(directory: Path, inside: str, ancestors: frozenset[tuple[int, int]]) -> None:
        try:
            info = directory.stat()
            identity = (info.st_dev, info.st_ino)
            if identity in ancestors:
                found.append((inside, Failure(display_name(directory), "symbolic link loop "
                                              "(a directory that contains itself); skipped")))
                return
            ancestors |= {identity}
            entries = list(os.scandir(directory))
        except OSError as error:
            found.append((inside, Failure(display_name(directory), _problem_of(error, directory))))
            return
        for entry in entries:
            name = display_name(entry.name)
            here = f"{inside}/{name}" if inside else name
            path = Path(entry.path)
            try:
                info = entry.stat()  # follows symbolic links
                mode = info.st_mode
            except OSError as error:
                if entry.name.endswith(".txt") or entry.is_symlink():
                    found.append((here, Failure(display_name(path), _problem_of(error, path))))
                continue
            if stat.S_ISDIR(mode):
                walk(path, here, ancestors)
            elif entry.name.endswith(".txt"):
                problem = _regular_file_problem(mode)
                item = (Failure(display_name(path), problem) if problem
                        else Source(_joined(argument, here), path, (info.st_dev, info.st_ino)))
                found.append((here, item))

    walk(root, "", frozenset())
    if not found:
        found.append(("", Failure(argument, "directory holds no .txt files")))
    for _, item in sorted(found, key=lambda pair: pair[0].split("/")):
        yield item


def decode(data: bytes, source: str) -> str:
    """The article text of raw bytes, or InputError saying what is wrong with them."""
    if not data.strip():
        raise InputError(source, "empty file (expected a UTF-8 text article)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_like_utf16(data):
        raise InputError(source, "UTF-16 text (expected UTF-8; convert it, e.g. iconv -f UTF-16 -t UTF-8)")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (found NUL bytes; expected UTF-8 text)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            source, f"invalid UTF-8 at byte {error.start} (expected a UTF-8 text article)"
        ) from None
    return text  # untouched, a BOM included: offsets index the decoded file as it is (docs/contract.md §2)


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a byte-order mark: mostly ASCII letters alternating with NUL bytes."""
    head = data[:4096]
    if len(head) < 8:
        return False
    even, odd = head[0::2], head[1::2]
    return even.count(0) > 0.9 * len(even) or odd.count(0) > 0.9 * len(odd)


def read(source: Source, stdin: BinaryIO | None = None) -> Document:
    if source.path is None:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return Document(decode(stream.read(), source.name), source.name)
    # the path as shown in a message is made only for one: most files are read without any
    try:
        # O_NONBLOCK: a path that turned into a FIFO since it was listed must not hang the batch
        descriptor = os.open(source.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as stream:
            problem = _regular_file_problem(os.fstat(stream.fileno()).st_mode)
            if problem is not None:
                raise InputError(display_name(source.path), problem)
            data = stream.read()
    except OSError as error:
        raise InputError(display_name(source.path), _problem_of(error, source.path)) from None
    try:
        text = decode(data, source.name)
    except InputError as error:
        raise InputError(display_name(source.path), error.problem) from None
    return Document(text, source.name)


def iter_inputs(paths: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[Document | Failure]:
    return read_all(expand(paths), stdin)


def read_all(items: Iterable[Source | Failure], stdin: BinaryIO | None = None) -> Iterator[Document | Failure]:
    """The documents of expanded inputs, in order; failures passed on, reading errors added."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield read(item, stdin)
        except InputError as error:
            yield Failure(error.source, error.problem)

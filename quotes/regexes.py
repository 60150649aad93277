"""Regular expressions compiled when first used, so that ``import quotes`` compiles none.

``regex`` compiles slowly (a pattern of the token table takes milliseconds), and a first result
needs few of the package's hundred patterns. A ``LazyPattern`` compiles its source at the first
attribute asked of it, keeps the compiled pattern's methods as its own attributes and becomes a
``CompiledPattern``: a plain object whose class has no ``__getattr__``, so the calls after that
are the compiled pattern's, with no Python in between and no missing-attribute hook to pass
(a class with ``__getattr__`` slows every attribute read of its instances).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import regex

# what a compiled pattern's methods become on the lazy one (looked up once, then plain attributes)
_FORWARDED = ("search", "match", "fullmatch", "split", "finditer", "findall", "sub", "subn", "flags")


class CompiledPattern:
    """A pattern's source and, once compiled, the compiled pattern's methods as attributes."""

    if TYPE_CHECKING:
        search: Callable[..., regex.Match[str] | None]
        match: Callable[..., regex.Match[str] | None]
        fullmatch: Callable[..., regex.Match[str] | None]
        split: Callable[..., list[Any]]
        finditer: Callable[..., Iterator[regex.Match[str]]]
        findall: Callable[..., list[Any]]
        sub: Callable[..., str]
        subn: Callable[..., tuple[str, int]]
        flags: int

    def __init__(self, source: str, flags: int = 0):
        self.pattern = source  # as the compiled pattern's: a twin is built from it without compiling
        self._flags = flags

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.pattern!r}, {self._flags!r})"


class LazyPattern(CompiledPattern):
    """A ``regex`` pattern compiled on its first use, read like the compiled pattern."""

    engine: Any = regex

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # pickling and copying ask for dunders: never compile for them
            raise AttributeError(name)
        compiled = self.engine.compile(self.pattern, self._flags)
        for forwarded in _FORWARDED:
            setattr(self, forwarded, getattr(compiled, forwarded))
        self.__class__ = CompiledPattern  # type: ignore[assignment]  # from now on, no hook
        return getattr(compiled, name)


class LazyStandardPattern(LazyPattern):
    """The same, compiled by the standard ``re`` (faster where it reads a pattern as ``regex`` does)."""

    engine = re

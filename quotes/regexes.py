"""Regular expressions compiled when first used, so that ``import quotes`` compiles none.

``regex`` compiles slowly (a pattern of the token table takes milliseconds), and a first result
needs few of the package's hundred patterns. A ``LazyPattern`` compiles its source at the first
attribute asked of it and then keeps the compiled pattern's methods as its own attributes: the
calls after that are the compiled pattern's, with no Python in between.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import regex

# what a compiled pattern's methods become on the lazy one (looked up once, then plain attributes)
_FORWARDED = ("search", "match", "fullmatch", "split", "finditer", "findall", "sub", "subn", "flags")


class LazyPattern:
    """A ``regex`` pattern compiled on its first use, read like the compiled pattern."""

    engine: Any = regex

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

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # pickling and copying ask for dunders: never compile for them
            raise AttributeError(name)
        compiled = self.engine.compile(self.pattern, self._flags)
        for forwarded in _FORWARDED:
            setattr(self, forwarded, getattr(compiled, forwarded))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.pattern!r}, {self._flags!r})"


class LazyStandardPattern(LazyPattern):
    """The same, compiled by the standard ``re`` (faster where it reads a pattern as ``regex`` does)."""

    engine = re

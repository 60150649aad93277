"""Regular expressions compiled when first used: rules few articles reach cost nothing at start-up."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex


class LazyPattern:
    """A ``regex`` pattern compiled on its first use; ``search``, ``match``, ``fullmatch``,
    ``split`` and ``finditer`` as the compiled pattern's."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0):
        self._source = source
        self._flags = flags
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        if self._compiled is None:
            self._compiled = regex.compile(self._source, self._flags)
        return self._compiled

    def search(self, *args: Any) -> regex.Match[str] | None:
        return self.compiled.search(*args)

    def match(self, *args: Any) -> regex.Match[str] | None:
        return self.compiled.match(*args)

    def fullmatch(self, *args: Any) -> regex.Match[str] | None:
        return self.compiled.fullmatch(*args)

    def split(self, *args: Any) -> list[str | Any]:
        return self.compiled.split(*args)

    def finditer(self, *args: Any) -> Iterator[regex.Match[str]]:
        return self.compiled.finditer(*args)


# `Booking.com`, `rentals.ca`: a web address (one token: ``tokens`` keeps a stop before lower-case
# letters inside the word) names the business behind it, whatever its case
WEB_NAME = LazyPattern(r"\p{L}[\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,4}")

# an indefinite source phrase: `A spokeswoman`, `One resident`, `another official`
INDEFINITE = regex.compile(r"(?i)(?:a|an|one|another|some)\s")

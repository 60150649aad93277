"""Patterns several stages share: a web address as a name, an indefinite source, a bounded word."""

from __future__ import annotations

from collections.abc import Iterator

from ..regexes import LazyPattern

# `Booking.com`, `rentals.ca`: a web address (one token: ``tokens`` keeps a stop before lower-case
# letters inside the word) names the business behind it, whatever its case
WEB_NAME = LazyPattern(r"\p{L}[\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,4}")

# an indefinite source phrase: `A spokeswoman`, `One resident`, `another official`
INDEFINITE = LazyPattern(r"(?i)(?:a|an|one|another|some)\s")

_WORD_EDGE = LazyPattern(r"\b")  # a word boundary, read as a pattern holding ``\b`` reads it


def bounded(text: str, word: str, start: int, end: int) -> Iterator[int]:
    """Where ``word`` stands between word boundaries in ``text[start:end]``, in order: the starts
    of the matches of ``\\bword\\b`` (``finditer`` with ``pos=start, endpos=end``, the characters
    before ``start`` seen, the text cut at ``end``), found with ``str.find`` and two boundary
    tests instead of compiling a pattern for each word (``word`` not empty)."""
    at = text.find(word, start, end)
    while at >= 0:
        if _WORD_EDGE.match(text, at, end) and _WORD_EDGE.match(text, at + len(word), end):
            yield at
            at += len(word) - 1  # the next match starts after this one, as ``finditer``'s does
        at = text.find(word, at + 1, end)

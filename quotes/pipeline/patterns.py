"""Patterns several stages share: a web address as a name, an indefinite source, a bounded word,
and the test of the word after spaces that a pattern is asked behind."""

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


SPACES_SEEN = 40  # characters read for the spaces before a word: a longer run of them asks the pattern


def word_after_spaces(text: str, end: int) -> int | None:
    """Where the word after the spaces at ``end`` starts; None when more spaces than are read run
    on from ``end`` (or the text ends there).  ``str.lstrip`` strips every ``\\s`` of ``regex``
    and more, so a pattern reading ``\\s+`` then a word is asked only where that word starts."""
    window = text[end:end + SPACES_SEEN]
    following = window.lstrip()
    return end + len(window) - len(following) if following else None


def may_follow(text: str, end: int, words: str | tuple[str, ...]) -> bool:
    """False where no run of spaces then one of ``words`` can follow ``end``; true where one does,
    or the spaces run on past what is read (then the pattern tells)."""
    start = word_after_spaces(text, end)
    return start is None or text.startswith(words, start)

"""Word tokens: the tokeniser, the ``Word`` tuple and word-level string helpers."""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex


_TOKEN = regex.compile(
    r"""
    (?:\p{Lu}\.){2,}                      # U.S.  U.K.
    | \p{L}[\p{L}\p{M}\p{N}\p{Cf}]*(?:[’'‐-]\p{L}[\p{L}\p{M}\p{N}\p{Cf}]*)*(?:[’']s?(?=[^\p{L}]|$))?  # words, Russia’s
                                          # (\p{Cf}: a soft hyphen or zero-width space inside a word)
    | \p{N}+(?:[.,:]\p{N}+)*%?            # numbers
    | [^\s\p{L}\p{N}]                     # any other single character
    """,
    regex.VERBOSE,
)


_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")


def strip_possessive(word: str) -> str:
    """`Russia’s` -> `Russia`, `allies’` -> `allies`."""
    if len(word) > 2 and word[-2:] in ("’s", "'s") and word[-3].isalpha():
        return word[:-2]
    if len(word) > 1 and word[-1] in "’'" and word[-2].isalpha():
        return word[:-1]
    return word


class Word(NamedTuple):
    """A token: the same start/end/text as a Span, without per-token validation (hot path)."""

    start: int
    end: int
    text: str


make_word = functools.partial(tuple.__new__, Word)  # C-level construction: tokens are the hot path


def tokens(
    text: str, start: int = 0, end: int | None = None, *, abbreviations: frozenset[str] = frozenset()
) -> list[Word]:
    """Word and punctuation tokens; a full stop stays on its word only for abbreviations."""
    end = len(text) if end is None else end
    result = [make_word((match.start(), match.end(), match.group())) for match in _TOKEN.finditer(text, start, end)]
    stops = [i for i, token in enumerate(result) if token[2] == "."]  # the rare fix-up, not a per-token loop
    joined: list[tuple[int, Word]] = []  # (index of the stop, the abbreviation it ends)
    for index in stops:
        previous = result[index - 1] if index else None
        if previous is not None and previous[1] == result[index][0] and previous[2][:1].isalpha():
            word = previous[2] + "."
            if _is_abbreviation(word, abbreviations):
                joined.append((index, make_word((previous[0], previous[1] + 1, word))))
    if not joined:
        return result
    rebuilt: list[Word] = []
    kept = 0
    for index, abbreviation in joined:  # one copy of the list, however many abbreviations it holds
        rebuilt.extend(result[kept : index - 1])
        rebuilt.append(abbreviation)
        kept = index + 1
    rebuilt.extend(result[kept:])
    return rebuilt


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    return word in abbreviations or bool(_INITIALS.fullmatch(word))

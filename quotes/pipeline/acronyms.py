"""Acronyms of an article: spelled out before them in parentheses (`Civic Action (CA)`) or by a name's initials."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from ..regexes import LazyPattern
from .tokens import strip_possessive

_PARENTHESISED_ACRONYM = LazyPattern(r"\((\p{Lu}{2,6})\)")


def parenthesised_acronyms(text: str) -> dict[str, str]:
    """`Immigration, Refugees and Citizenship Canada (IRCC)`: acronym -> name."""
    found: dict[str, str] = {}
    for match in _PARENTHESISED_ACRONYM.finditer(text):
        acronym = match.group(1)
        before = text[max(0, match.start() - 120) : match.start()]
        # never across a line or a sentence: "… warfare.\n\nWashington (AFP)"
        before = _LAST_CLAUSE.split(before)[-1]
        words = before.split()[-(len(acronym) + 2):]
        while words and (not words[0][:1].isupper() or words[0] == "The"):
            words.pop(0)  # the name starts at its first capitalised word
        if words and _spells(acronym, words):
            found.setdefault(acronym, " ".join(words).strip(" ,"))
    return found


def spelled_out(acronym: str, text: str) -> str | None:
    """`ECB` -> `European Central Bank` when ``text`` writes a name whose capitalised words'
    initials are exactly the acronym's letters (`of`, `and`, `for`, `the` may stand between
    them), and only one such name."""
    if _CAPITALS.fullmatch(acronym):  # what the pattern finds, found without compiling one per acronym
        names = {strip_possessive(text[start:end]) for start, end in _spellings(acronym, text)}
    else:
        names = {strip_possessive(match.group(0)) for match in _spelling_pattern(acronym).finditer(text)}
    return names.pop() if len(names) == 1 else None


_CAPITALS = LazyPattern(r"\p{Lu}+")
_CONNECTORS = (" of ", " and ", " for ", " the ", " on ", " ")  # in the pattern's order
_WORD_REST = LazyPattern(r"[\p{Ll}’'-]+")
_WORD_CHARACTER = LazyPattern(r"[\p{L}’'-]")


def _spellings(acronym: str, text: str) -> list[tuple[int, int]]:
    """(start, end) of each match of ``_spelling_pattern(acronym)`` in ``text``, as its
    ``finditer`` gives them, for an acronym of capitals: each word is its capital and the whole
    run of lower-case letters after it (a shorter run leaves a letter where a space or the end of
    the name must be), and at most one connector can be followed by a capital (each opens in
    lower case), so the pattern never has two ways to go on."""
    found = []
    position = text.find(acronym[0])
    while position >= 0:
        end = None if position and _WORD_CHARACTER.match(text, position - 1) else _spelled_from(acronym, text, position)
        if end is not None:
            found.append((position, end))
        position = text.find(acronym[0], position + 1 if end is None else end)
    return found


def _spelled_from(acronym: str, text: str, position: int) -> int | None:
    """Where the name spelling ``acronym`` from ``position`` (its first capital) ends, or None."""
    end = position
    for number, letter in enumerate(acronym):
        if number:
            connector = next((c for c in _CONNECTORS if text.startswith(c + letter, end)), None)
            if connector is None:
                return None
            end += len(connector)
        rest = _WORD_REST.match(text, end + 1)
        if rest is None:
            return None
        end = rest.end()
    return None if _WORD_CHARACTER.match(text, end) else end


_LAST_CLAUSE = LazyPattern(r"\n|[.!?;:]\s|\(")


@functools.lru_cache(maxsize=1024)
def _spelling_pattern(acronym: str) -> regex.Pattern[str]:
    """Capitalised words, one per letter of the acronym, as whole words."""
    words = [rf"{letter}[\p{{Ll}}’'-]+" for letter in acronym]
    return regex.compile(r"(?<![\p{L}’'-])" + r"(?: (?:of|and|for|the|on) | )".join(words) + r"(?![\p{L}’'-])")


def _spells(acronym: str, words: Sequence[str]) -> bool:
    """The acronym's letters are the name's initials, in order, starting with the first word's
    (`IRCC` of `Immigration, Refugees and Citizenship Canada`; not `AFP` of `Washington`)."""
    initials = [w[0].upper() for w in words if w[:1].isupper()]
    letters = [c for c in acronym.upper() if c.isalpha()]
    if not initials or not letters or initials[0] != letters[0]:
        return False
    position = matched = 0
    for letter in letters:
        probe = position
        while probe < len(initials) and initials[probe] != letter:
            probe += 1
        if probe < len(initials):
            matched, position = matched + 1, probe + 1
    # all letters; or, for a name in another language (`Swiss People's Party (SVP)`), all but one
    # of three or more, the name having two words or more
    return matched == len(letters) or (len(letters) >= 3 and matched >= len(letters) - 1 and len(initials) >= 2)

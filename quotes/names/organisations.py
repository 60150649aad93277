"""Organisations' names: their content words, acronyms, short forms of longer names."""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from ..lexicon import load_lexicon
from ..regexes import LazyPattern
from .people import honorific_forms
from .spelling import LEGAL_SUFFIXES, fold, words_of

_ORG_STOP = frozenset({"the", "of", "for", "and", "&", "s"})
MODIFIER = LazyPattern(  # `Clinton-run`, `Saudi-led`, `Ottawa-based`: a name made an adjective
    r"\p{L}-(?:run|led|backed|based|owned|controlled|funded|linked|affiliated|aligned|allied|appointed|era|style|"
    r"inspired|leaning|sponsored)$", regex.IGNORECASE
)


def made_adjective(word: str) -> bool:
    """`Clinton-run`, `Saudi-led`: ``MODIFIER`` searched only in a word with a hyphen (asked of
    every word of every run: a pattern call costs thousands of instructions, ``in`` a handful)."""
    return "-" in word and MODIFIER.search(word) is not None


@functools.lru_cache(maxsize=65536)
def organisation_words(name: str) -> tuple[str, ...]:
    """The content words of an organisation's name, folded; demonyms as their country; a name
    after a modifier such as `Clinton-run` or `Saudi-led` is the name (`State Department`)."""
    lexicon = load_lexicon()
    honorifics = honorific_forms()
    out: list[str] = []
    words = words_of(name)
    modifier = [i for i, word in enumerate(words[:-1]) if made_adjective(word)]
    if modifier and any(word[:1].isupper() for word in words[modifier[-1] + 1:]):
        words = words[modifier[-1] + 1:]  # `Hilary Clinton-run State Department` is the State Department
    for word in words:
        folded = fold(word).rstrip(".")
        if folded in _ORG_STOP or folded in honorifics or folded in LEGAL_SUFFIXES:
            continue
        country = lexicon.demonyms.get(folded) or lexicon.countries.get(word)
        out.extend(fold(country).split() if country else [folded.replace(".", "")])
    return tuple(out)


def acronym_of(name: str) -> str:
    """`DNC` of `Democratic National Committee`: the initials of its capitalised words."""
    return "".join(word[0] for word in words_of(name) if word[:1].isupper() and fold(word) not in _ORG_STOP).upper()


def is_acronym(name: str) -> bool:
    """`DNC`, `F.A.A.`, `U.N.`: one word of two to six capitals, full stops allowed."""
    letters = name.strip().replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and " " not in name.strip()


def same_organisation(a: str, b: str) -> bool:
    """Two names of one organisation by the names alone: the same content words, or one the
    acronym of the other."""
    if organisation_words(a) == organisation_words(b):
        return True
    return (is_acronym(a) and a.replace(".", "") == acronym_of(b)) or \
        (is_acronym(b) and b.replace(".", "") == acronym_of(a))


def short_form_of(short: str, name: str) -> bool:
    """`Times` of `The New York Times`, `Foreign Ministry` of `Russian Foreign Ministry`: the
    words of ``short`` end the words of ``name``, which has more."""
    words, longer = organisation_words(short), organisation_words(name)
    return bool(words) and len(longer) > len(words) and longer[-len(words):] == words


def expanded(key: tuple[str, ...]) -> tuple[str, ...]:
    """An organisation's key with the person it is named after written out in words."""
    if key and key[0].startswith("@"):
        return organisation_words(key[0][1:]) + key[1:]
    return key


def merged(first: tuple[str, ...], second: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))

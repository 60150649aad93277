"""Spellings of names: folding, invisible characters, phonetic keys, typo-tolerant comparison."""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from ..lexicon import load_lexicon
from ..regexes import LazyPattern

if TYPE_CHECKING:
    from ..lexicon import Lexicon


GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # suffixes that are not surnames


def generational_suffix(tokens: Sequence[str]) -> str | None:
    """`jr` of `Donald Trump Jr.` (first name, surname, suffix); None for `Donald Jr.`."""
    if len(tokens) <= 2:
        return None
    suffix = tokens[-1].rstrip(".,").lower()
    return suffix if suffix in GENERATIONS else None


def family_first(tokens: Sequence[str], lexicon: Lexicon) -> bool:
    """`Xi Jinping`, `Kim Jong Un`, `Park Geun-hye`: an East Asian family name written first; not
    `Kim Davis` or `Lee Harvey Oswald` (a Western given name before a surname)."""
    if not 2 <= len(tokens) <= 3 or tokens[0] not in lexicon.family_first_surnames:
        return False
    rest = tokens[1:]
    if not all(word[:1].isupper() for word in rest):
        return False
    if tokens[0] not in lexicon.given_names:
        return True
    # Kim, Lee: also Western given names; a Korean given name is hyphenated or two short syllables
    short = all(len(part) <= 5 for word in rest for part in word.split("-"))
    return short and (len(rest) == 2 or any("-" in word for word in rest))


LEGAL_SUFFIXES = frozenset({"corp", "inc", "ltd", "llc", "plc", "co", "sa", "ag", "gmbh"})


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive form (cached: the same names come back all through an archive)."""
    if text.isascii():
        return text.lower()  # no accent, no format character: the same as below, at once
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # accents go, and so do invisible format characters (a soft hyphen inside `Lav­rov`)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")


_INVISIBLE = LazyPattern(r"\p{Cf}+")


def visible(text: str) -> str:
    """A name as output: without invisible format characters (soft hyphens, zero-width spaces)."""
    return _INVISIBLE.sub("", text) if not text.isascii() else text


_REPEATS = LazyPattern(r"(.)\1+")


@functools.lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """A rough phonetic key: transliteration variants of one name share it."""
    key = fold(word)
    for old, new in (("ph", "f"), ("th", "t"), ("ck", "k"), ("y", "i"), ("ie", "i"), ("ey", "ei"),
                     ("ij", "i"), ("j", "i"), ("w", "v"), ("kh", "h"), ("x", "ks")):
        key = key.replace(old, new)
    if any(char == following for char, following in itertools.pairwise(key)):  # most keys double no letter: no pattern
        key = _REPEATS.sub(_first_of_repeat, key)
    return key


@functools.lru_cache(maxsize=65536)
def surname_bucket(surname: str) -> str:
    """Similar surnames share their first three sounds (a typo in the first three letters is missed)."""
    return spelling_key(surname)[:3]


def _first_of_repeat(repeat: regex.Match[str]) -> str:
    """A repeated character once (a function, not the template `\\1`, which is parsed at each call)."""
    return repeat.group(1)


def _within_one_edit(a: str, b: str) -> bool:
    """At most one insertion, deletion or substitution apart (linear time)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for index, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return a[index + 1 :] == b[index + 1 :] if len(a) == len(b) else a[index:] == b[index + 1 :]
    return True


@functools.lru_cache(maxsize=65536)
def similar_surnames(a: str, b: str) -> bool:
    ka, kb = spelling_key(a), spelling_key(b)
    if ka == kb:
        return True
    shorter, longer = sorted((ka, kb), key=len)
    if len(shorter) >= 4 and longer.startswith(shorter):
        # "Blink" typed for "Blinken"; but "Benning" is not "Benning-Cole", a double surname
        return not any(dash in (a if len(ka) > len(kb) else b) for dash in "-‐")
    return len(shorter) >= 5 and _within_one_edit(ka, kb)


@functools.lru_cache(maxsize=65536)
def similar_first_names(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    ka, kb = spelling_key(a), spelling_key(b)
    return ka == kb or (min(len(ka), len(kb)) >= 4 and _within_one_edit(ka, kb))


def name_words(name: str) -> list[str]:
    lexicon = load_lexicon()
    honorifics = {fold(h).rstrip(".") for h in lexicon.honorifics}
    titles = {fold(t) for t in lexicon.titles}
    words = [w.rstrip(".") for w in regex.findall(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’-]*", fold(name))]
    words = [w.removesuffix("’s").removesuffix("'s") for w in words]
    kept = [w for w in words if w not in honorifics and w not in LEGAL_SUFFIXES and w not in GENERATIONS
            and w != "the"]
    # drop leading title words ("us secretary of state antony blinken" -> "antony blinken")
    while len(kept) > 1 and (kept[0] in titles or " ".join(kept[:3]) in titles or " ".join(kept[:2]) in titles
                             or kept[0] in ("us", "u.s", "of", "state", "foreign", "minister")):
        kept = kept[1:]
    return kept


_WORD = LazyPattern(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’-]*")
POSSESSIVE_END = LazyPattern(r"[’']s$|(?<=s)[’']$")


def words_of(name: str) -> list[str]:
    """The words of a name as written, without a possessive ending (`Blinken’s` -> `Blinken`)."""
    return [POSSESSIVE_END.sub("", word) for word in _WORD.findall(name)]


def given_name_of(name_words: Sequence[str], lexicon: Lexicon) -> str | None:
    """The given name of a person's name: its first word, or the second after an initial or of
    a family-first name; None for one word."""
    if len(name_words) < 2:
        return None
    if initial_then_given_name(name_words, lexicon):
        return name_words[1]  # "Gil" of "R. Gil Kerlikowske"
    return name_words[1] if family_first(name_words, lexicon) else name_words[0]


def is_initial(word: str) -> bool:
    """`R.`, `J.`: one capital letter and a full stop."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def initial_then_given_name(name_words: Sequence[str], lexicon: Lexicon) -> bool:
    """`R. Gil Kerlikowske`, `J. Michael Luttig`: an initial, then a given name and a surname."""
    return len(name_words) >= 3 and is_initial(name_words[0]) and name_words[1] in lexicon.given_names


def opens_with_given_name(name_words: Sequence[str], lexicon: Lexicon) -> bool:
    return name_words[0] in lexicon.given_names or initial_then_given_name(name_words, lexicon)

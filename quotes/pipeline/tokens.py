"""Word tokens: the tokeniser, the document's token table, the ``Word`` tuple, word helpers.

The whole text is tokenised once, by one ``regex`` split, into columns (texts, starts, ends):
no match object per token.  The ``TokenTable`` adds the columns every stage reads, each made at
C speed from those: ``Word`` tuples, lower-case forms, which quotation holds each word, whether
a word starts with a capital.  Sentences are ranges of the table; no stage tokenises again.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from ..regexes import LazyPattern, LazyStandardPattern

if TYPE_CHECKING:
    from ..lexicon import Lexicon


# One pattern, written once, for two engines: the ``regex`` module (Unicode classes) for any text,
# the standard ``re`` (ASCII classes, faster) for a text whose only characters outside ASCII are
# punctuation, symbols or spaces, where both find the same tokens (``tests/test_segment.py``).
# Every token opens with a character that is no space, matched first by one class: ``re`` then
# skips the spaces between tokens at C speed instead of trying each branch at each of them.  The
# branch is chosen by a look-behind at that first character (one character wide).
_TOKEN_TEMPLATE = r"""
    [^\s](?:
      (?<={lower}){inner}*+(?:{join}{letter}{inner}*+)*+(?:[’']s?(?={not_letter}|$))?+  # the commonest first: a
                                          # word in lower case (the next branch wants a capital; possessive:
                                          # all after a run is optional, so no backtracking is lost)
    | (?<={upper})\.(?:{upper}\.)++       # U.S.  U.K.
    | (?<={letter}){inner}*+(?:{join}{letter}{inner}*+)*+(?:[’']s?(?={not_letter}|$))?+  # Russia’s
                                          # (\p{{Cf}}: a soft hyphen or zero-width space inside a word)
    | (?<={digit}){digit}*+(?:[.,:]{digit}++)*+%?  # numbers
    | (?<={other})                        # any other single character
    )"""
# inside a word: an apostrophe, a hyphen, or a stop before lower-case letters (`Booking.com`,
# `rentals.ca`: a web address is one word; `said.Trump` stays a sentence end typed without its space)
_UNICODE_CLASSES = {"join": r"(?:[’'‐-]|\.(?=\p{Ll}\p{Ll}))",
                    "lower": r"\p{Ll}", "upper": r"\p{Lu}", "letter": r"\p{L}", "inner": r"[\p{L}\p{M}\p{N}\p{Cf}]",
                    "not_letter": r"[^\p{L}]", "digit": r"\p{N}", "other": r"[^\s\p{L}\p{N}]"}
_ASCII_CLASSES = {"join": r"(?:[’'‐-]|\.(?=[a-z][a-z]))",
                  "lower": "[a-z]", "upper": "[A-Z]", "letter": "[A-Za-z]", "inner": "[A-Za-z0-9]",
                  "not_letter": "[^A-Za-z]", "digit": "[0-9]", "other": r"[^\sA-Za-z0-9]"}
ASCII_SPLIT = LazyStandardPattern("(" + _TOKEN_TEMPLATE.format(**_ASCII_CLASSES) + ")", re.VERBOSE)
# a character outside ASCII that the two engines would read differently: a letter, mark, digit or
# format character (they belong to words), or a separator \x1c-\x1f (a space to ``re`` only)
_NOT_ASCII = LazyStandardPattern(r"[^\x00-\x1b\x20-\x7f]")
_WORD_CHARACTER = LazyPattern(r"[\p{L}\p{M}\p{N}\p{Cf}\x1c-\x1f]")
# the ASCII characters ``_NOT_ASCII`` does not find: deleted from a text's UTF-8 bytes, they leave
# the bytes of the characters it finds (``outside_ascii``)
_ASCII_BUT_SEPARATORS = bytes(range(0x1C)) + bytes(range(0x20, 0x80))


def outside_ascii(text: str) -> set[str]:
    """The characters of ``text`` that ``_NOT_ASCII`` finds (outside ASCII, or a separator
    x1c-x1f): the UTF-8 bytes of the text without the other ASCII ones, read back, made at C
    speed with no string per character found (asked of every article)."""
    kept = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BUT_SEPARATORS)
    return set(kept.decode("utf-8", "surrogatepass"))


@functools.lru_cache(maxsize=4096)
def _word_character(char: str) -> bool:
    """``_WORD_CHARACTER.match(char)`` (cached: the same few characters in every article)."""
    return _WORD_CHARACTER.match(char) is not None


def plain_letters(text: str) -> bool:
    """Whether every letter, mark, digit and format character of ``text`` is ASCII and it holds
    no separator (x1c-x1f): then a letter class of ``regex`` is ``[A-Za-z]`` in it, a digit class
    ``[0-9]``, and the standard ``re`` (faster) reads it as ``regex`` does."""
    return not any(map(_word_character, outside_ascii(text)))


# what stands for a letter or digit outside ASCII in a text's ASCII twin (``ascii_twin``): a
# character of the same classes for the token pattern (\p{Ll} and [a-z], \p{Lu} and [A-Z], \p{N}
# and [0-9] are read alike by every part of it)
_TWINS = ((LazyPattern(r"\p{Ll}"), "a"), (LazyPattern(r"\p{Lu}"), "A"), (LazyPattern(r"\p{N}"), "0"))


def ascii_twin(text: str) -> str | None:
    """``text`` with each lower-case letter, capital and digit outside ASCII written `a`, `A` or
    `0`, in which the faster ``re`` finds the tokens ``regex`` finds in ``text`` (at the same
    offsets); None when the text holds a word character with no such twin (a mark, a format
    character, a letter of no case) or a separator x1c-x1f.  A name with an `é` then does not
    send a whole article to the slower engine."""
    for char in outside_ascii(text):
        if _word_character(char):
            twin = next((twin for pattern, twin in _TWINS if pattern.match(char)), None)
            if twin is None:
                return None
            text = text.replace(char, twin)  # one or two letters an article: faster than ``str.translate``
    return text


def splitter(text: str, plain: bool | None = None) -> Callable[[str], list[str]]:
    """The faster split where it finds the same tokens: no character outside ASCII joins a word
    (``plain``: ``plain_letters(text)``, when the caller knows it)."""
    return ASCII_SPLIT.split if (plain_letters(text) if plain is None else plain) else SPLIT.split


# the text between tokens, then each token (compiled once: ``regex`` compiles slowly, at start-up)
SPLIT = LazyPattern("(" + _TOKEN_TEMPLATE.format(**_UNICODE_CLASSES) + ")", regex.VERBOSE)
_INITIALS = LazyPattern(r"(?:\p{Lu}\.)+")


@functools.lru_cache(maxsize=65536)
def strip_possessive(word: str) -> str:
    """`Russia’s` -> `Russia`, `allies’` -> `allies` (cached: asked of the same words hundreds of
    thousands of times per corpus, and a hit costs no Python call)."""
    last = word[-1:]
    if last == "s":  # Russia’s
        return word[:-2] if len(word) > 2 and word[-2] in "’'" and word[-3].isalpha() else word
    if last and last in "’'" and len(word) > 1 and word[-2].isalpha():  # allies’
        return word[:-1]
    return word


class Word(NamedTuple):
    """A token: the same start/end/text as a Span, without per-token validation (hot path)."""

    start: int
    end: int
    text: str


make_word = functools.partial(tuple.__new__, Word)  # C-level construction: tokens are the hot path


class SentenceWords(NamedTuple):
    """The words of one sentence as columns of the token table."""

    texts: list[str]
    starts: list[int]
    ends: list[int]

    def slice(self, first: int, end: int) -> list[Word]:
        """Words first..end-1 as ``Word`` tuples."""
        return list(map(make_word, zip(self.starts[first:end], self.ends[first:end], self.texts[first:end])))


def tokens(
    text: str, start: int = 0, end: int | None = None, *, abbreviations: frozenset[str] = frozenset()
) -> list[Word]:
    """Word and punctuation tokens; a full stop stays on its word only for abbreviations."""
    end = len(text) if end is None else end
    texts, starts, ends = token_columns(text[start:end], abbreviations, offset=start)
    return list(map(make_word, zip(starts, ends, texts)))


def token_columns(text: str, abbreviations: frozenset[str], *, offset: int = 0, plain: bool | None = None
                  ) -> tuple[list[str], list[int], list[int]]:
    """(texts, starts, ends) of the tokens of ``text``, offsets counted from ``offset``."""
    # gap, token, gap, token, …, gap: no match objects
    if plain_letters(text) if plain is None else plain:
        pieces, twin = ASCII_SPLIT.split(text), None
    else:  # a letter or digit outside ASCII: the faster engine reads the text's twin, when it has one
        twin = ascii_twin(text)
        pieces = SPLIT.split(text) if twin is None else ASCII_SPLIT.split(twin)
    offsets = list(itertools.accumulate(map(len, pieces), initial=offset))
    texts, starts, ends = pieces[1::2], offsets[1::2], offsets[2::2]
    if twin is not None:  # the twin's tokens are at the same offsets, and the text's where no letter was
        # replaced: the few tokens holding one (a letter is inside a token) are read from the text itself
        replaced = {at for char in outside_ascii(text) if _word_character(char)
                    for at in _tokens_holding(text, char, starts, offset)}
        for at in replaced:
            texts[at] = text[starts[at] - offset:ends[at] - offset]
    # a full stop joins the word before it when the two make an abbreviation ("Sen.", "U.S."): the
    # stops of the text are found by str.find (a token starting at one is a stop: no token but a
    # stop opens with one), rather than by comparing every token with "." (one compare per token)
    joined: list[int] = []
    size, at = len(starts), 0
    stop = text.find(".")
    while stop >= 0:
        at = bisect_left(starts, stop + offset, at)
        if at < size and starts[at] == stop + offset and at and ends[at - 1] == starts[at] and (
                texts[at - 1][:1].isalpha() and _is_abbreviation(texts[at - 1] + ".", abbreviations)):
            joined.append(at)
        stop = text.find(".", stop + 1)
    if joined:
        texts, starts, ends = (_without(column, joined) for column in (texts, starts, ends))
        for count, index in enumerate(joined):  # the word before the stop is at index - 1 - count now
            at = index - 1 - count
            texts[at] += "."
            ends[at] += 1
    return texts, starts, ends


def _tokens_holding(text: str, char: str, starts: list[int], offset: int) -> Iterator[int]:
    """The index of the token holding each ``char`` of ``text`` (a character no space: inside a
    token; ``starts`` counted from ``offset``)."""
    position = text.find(char)
    while position >= 0:
        yield bisect_right(starts, position + offset) - 1
        position = text.find(char, position + 1)


def _without(column: list, dropped: Sequence[int]) -> list:
    """``column`` without the items at the ``dropped`` indices (in order): one copy of the list."""
    kept: list = []
    previous = 0
    for index in dropped:
        kept.extend(column[previous:index])
        previous = index + 1
    kept.extend(column[previous:])
    return kept


class TokenTable:
    """The tokens of one document as columns; a sentence is a range ``first:end`` of them.

    ``texts``, ``starts`` and ``ends``, ``lower`` (lower-case forms), ``owner`` (index of the
    quotation holding each word, or None), ``quoted`` (owner is not None), ``upper`` (the word
    starts with a capital letter) and ``cue_words`` (the words that may start a cue) are made
    once for the document and sliced per sentence."""

    __slots__ = ("_marked_end", "cue_words", "ends", "lower", "owner", "quotation_ranges", "quoted", "starts", "texts",
                 "upper")

    def __init__(self, text: str, lexicon: Lexicon, plain: bool | None = None):
        self.texts, self.starts, self.ends = token_columns(text, lexicon.abbreviations, plain=plain)
        self.lower = list(map(str.lower, self.texts))
        self.owner: list[int | None] = [None] * len(self.texts)
        self.quoted = [False] * len(self.texts)
        self.upper = list(map(str.isupper, map(operator.itemgetter(0), self.texts)))
        self.cue_words = self._cue_words(lexicon)
        # quotation -> (first, end): the words it holds, while the quotations are marked in text
        # order, none sharing a word with another (as the layout marks them; then ``owner`` says
        # the same), so a sentence finds a quotation's words without reading ``owner``; None else
        self.quotation_ranges: dict[int, tuple[int, int]] | None = {}
        self._marked_end = 0  # the end of the last word marked

    def _cue_words(self, lexicon: Lexicon) -> list[int]:
        """The words that may start a verb or phrase of saying, in order: a cue form, or the first
        word of a cue phrase with a second word of one after it (`in` alone, the commonest, is no
        cue; the sentence reader looks at each of these words again, within its sentence)."""
        lower, last = self.lower, len(self.lower) - 1
        # the words that are either (``cue_keys``, one in seven) found in one pass at C speed, in
        # order; then a cue form is kept, and an opener of a pair (never a cue form) when the next
        # word makes one
        openers = itertools.compress(range(last + 1), map(lexicon.cue_keys.__contains__, lower))
        forms, pairs = lexicon.cue_forms, lexicon.phrase_opening_pairs
        return [index for index in openers
                if lower[index] in forms or (index < last and (lower[index], lower[index + 1]) in pairs)]

    def __len__(self) -> int:
        return len(self.texts)

    def words(self, first: int, end: int) -> list[Word]:
        """Words first..end-1 as ``Word`` tuples."""
        return SentenceWords(self.texts[first:end], self.starts[first:end], self.ends[first:end]).slice(0, end - first)

    def mark_quotation(self, quotation: int, start: int, end: int) -> None:
        """Words starting at offsets start..end-1 are inside quotation number ``quotation``."""
        first = bisect_left(self.starts, start)
        last = bisect_left(self.starts, end)
        if self.quotation_ranges is not None and first < last:
            if first < self._marked_end or quotation in self.quotation_ranges:
                self.quotation_ranges = None  # out of order, or words taken from another: read ``owner``
            else:
                self.quotation_ranges[quotation] = (first, last)
                self._marked_end = last
        self.owner[first:last] = [quotation] * (last - first)
        self.quoted[first:last] = [True] * (last - first)

    def range_of(self, start: int, end: int, low: int = 0, high: int | None = None) -> tuple[int, int]:
        """The words starting at offsets start..end-1 (within words low..high-1): (first, end)."""
        high = len(self.starts) if high is None else high
        return bisect_left(self.starts, start, low, high), bisect_left(self.starts, end, low, high)


def plural_looking(word: str) -> bool:
    """A word of four letters or more ending in a plural's `s` (`members`, `Raptors`), not in
    `ss`, `us` or `is` (`address`, `census`, `analysis`)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def is_year(word: str) -> bool:
    """`1960`, `2017`: four digits of a year of the news (19xx, 20xx)."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    # initials have a full stop second ("U.S."): most words before a stop are tried no further
    return word in abbreviations or (word[1:2] == "." and bool(_INITIALS.fullmatch(word)))


class WordAnswers:
    """Answers about a word that depend on the word and the lexicon alone, kept per lexicon and
    bounded (words recur across an archive; memory stays flat).

    ``answers`` holds the answers for ``lexicon`` (read them only: ``put`` keeps them): a rule
    asking of most words may read ``answers.get(word)`` itself when ``lexicon`` is its own, with
    no call of ``get``."""

    KEPT = 50_000  # distinct words remembered per lexicon, unless told otherwise

    def __init__(self, *, kept: int = KEPT) -> None:
        self.lexicon: Lexicon | None = None
        self.answers: dict[str, Any] = {}
        self.kept = kept

    def get(self, lexicon: Lexicon, word: str) -> Any:
        if lexicon is not self.lexicon:
            self.lexicon, self.answers = lexicon, {}
        return self.answers.get(word)

    def put(self, lexicon: Lexicon, word: str, answer: Any) -> Any:
        if lexicon is not self.lexicon:
            self.lexicon, self.answers = lexicon, {}
        if len(self.answers) >= self.kept:
            self.answers.clear()
        self.answers[word] = answer
        return answer

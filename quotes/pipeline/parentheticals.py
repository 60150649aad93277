"""The subject before a parenthetical between it and its cue: `Jens Stoltenberg, Nato's
secretary-general, said`, `Cruz, who has proposed …, said`, `Rep. Elijah Cummings (D-Md.) said`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import np_before
from .sentence import FRACTION
from .subject_shapes import (
    MAX_APPOSITIVES,
    name_opening_the_sentence,
    people_noun,
    subject_with_postmodifier,
    titled_name,
)

if TYPE_CHECKING:
    from ..model import Span
    from .sentence import SentenceReader


def _quantity(reader: SentenceReader, index: int) -> bool:
    low = reader.low(index)
    return FRACTION.fullmatch(low) is not None or low in ("percent", "majority", "half", "plurality", "most")


_PARENTHETICAL_CLOSERS = {",": ",", "-": "-", "—": "—", "–": "–", ")": "("}
MAX_PARENTHETICAL = 30


def subject_before_parenthetical(reader: SentenceReader, close: int) -> Span | None:
    """`Jens Stoltenberg, Nato's secretary-general, said` / `Cruz, who has proposed …, said` /
    `Rep. Elijah Cummings (D-Md.) said` / `The justice -- who … -- said`: the subject before it."""
    opener = _PARENTHETICAL_CLOSERS[reader.low(close)]
    if opener == ",":
        named = name_opening_the_sentence(reader, close)
        if named is not None:  # "Tareq Hadad, the co-founder … of Peace By Chocolate, a company based in …, says"
            return reader.span(*named)
    if opener == ",":  # "Sandy Phillips, who lost her daughter in Aurora, Colorado, in 2012, said"
        reach = close - MAX_APPOSITIVES if close > MAX_APPOSITIVES else 0  # (words read at once: most hold no `who`)
        words = reader.lowered[reach + 1:close]
        relative = next((i for i in range(close - 1, reach, -1)
                         if reader.low(i) in ("who", "whose") and reader.low(i - 1) == ","), None) if (
            "who" in words or "whose" in words) else None
        if relative is not None:
            before = relative - 2
            if reader.low(before).isdigit() and reader.low(before - 1) == ",":  # "Tareq Hadad, 27, who …"
                before -= 2
            found = np_before(reader, before)
            if found is None or not reader.capitalised(found[0]):
                found = subject_with_postmodifier(reader, before)  # "Two people involved in …, who …"
                found = found if found is not None and found[0] == 0 else None
            if found is not None:
                return reader.span(found[0], found[1])
    lowered, quoted = reader.lowered, reader.quoted_flags  # the walk's words are the sentence's: read directly
    for index in range(close - 1, close - MAX_PARENTHETICAL if close >= MAX_PARENTHETICAL else -1, -1):
        if quoted[index]:
            continue  # "Mr. Manafort, citing ''the unique magic of Trump,'' said …"
        if lowered[index] in (";", ":"):
            return None
        if lowered[index] == opener and index > 0:
            last = index - 1
            if reader.low(last) == ")":  # "Cummings (D-Md.), chair of …,"
                last = next((i - 1 for i in range(last, max(-1, last - 8), -1) if reader.low(i) == "("), -1)
            if reader.low(last) in (",", "-", "—", "–", ")"):
                return subject_before_parenthetical(reader, last)
            if reader.low(last).isdigit() and reader.low(last - 1) == ",":  # "Mr. Regalado, 69, said"
                last -= 2
            found = np_before(reader, last)
            if found is None:
                return None
            named_appositive = opener == "," and titled_name(reader, index + 1, close)
            if named_appositive:  # "the F.B.I. director, James B. Comey, said" / "a third, Daniel Traynor, said"
                return reader.span(found[0], close - 1)
            people = opener == "," and people_noun(reader, found[1])  # "their allies, members of …, have said"
            if not people and not any(reader.capitalised(i) or reader.is_word(i, "subject_pronoun") or _quantity(
                    reader, i) for i in range(found[0], found[1] + 1)):
                return None  # "about two-thirds, 67 percent, say": a share of those polled may speak
            return reader.span(found[0], found[1])
    return None

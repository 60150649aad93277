"""What the pronouns after a name say of its person's gender, for a given name the lexicons do
not gender (`Jayme told police she …`)."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import regex

from ..regexes import LazyPattern

if TYPE_CHECKING:
    from .coref import Entity


_PRONOUN_OR_STOP = LazyPattern(r"\b(?:(he|him|his|himself)|(she|her|herself))\b|[\n“”\"«»]|''", regex.IGNORECASE)
_SENTENCE_END = LazyPattern(r"(?<=\p{Ll}[.!?])\s+(?=\p{Lu})")
PRONOUN_HINT_REACH = 250  # characters after a bare surname in which its pronoun is looked for


def pronoun_gender_after(text: str, end: int, starts: Sequence[int]) -> tuple[str, int] | None:
    """The gender of the first pronoun after ``end``, before the next name, a paragraph break or a
    quotation mark (a pronoun inside a quotation is the speaker's, not the writer's), with the
    weight it has as a sign of the named person's sex: 0 past the end of the sentence (`… dragged
    Jayme Closs outside. He pulled her`: He is the one who dragged), 2 for a subject or reflexive
    pronoun right after (`Jayme told police she`, `Tracy described herself`), else 1 (`Obama backed
    her up` may be another's)."""
    following = bisect.bisect_right(starts, end)
    limit = min(len(text), end + PRONOUN_HINT_REACH, starts[following] if following < len(starts) else len(text))
    found = _PRONOUN_OR_STOP.search(text, end, limit)
    if found is None or not (found.group(1) or found.group(2)):
        return None
    gender = "m" if found.group(1) else "f"
    if _SENTENCE_END.search(text, end, found.start() + 1):  # (its look-ahead reads the pronoun)
        return gender, 0
    close = found.start() - end <= CLOSE_PRONOUN
    return gender, 2 if close and found.group().lower() in ("he", "she", "himself", "herself") else 1


CLOSE_PRONOUN = 20  # characters between a name and its clause's subject pronoun: "Jayme told police she"


def gender_from_pronouns(entity: Entity, hint: Callable[[int], tuple[str, int] | None]) -> str | None:
    """`Jayme told police she …`, `Patrice Lindsay … her`: a name no lexicon genders takes the
    gender of the pronouns that follow its mentions, when at least two agree (or the one of a
    full name written once) and none disagree more than once in four."""
    hints = [hint(m.span.end) for m in entity.mentions if not m.in_quotation]
    counted = Counter(h[0] for h in hints if h for _ in range(h[1]))  # by weight: within the sentence only
    if not counted:
        return None
    gender, votes = counted.most_common(1)[0]
    # one pronoun is enough for a full name seen once (`Jayme Smith told police she …`); a bare
    # surname's one pronoun is as often someone else's (`Obama backed her up`)
    alone = len(hints) == 1 and entity.mentions[0].first is not None
    return gender if (votes >= 2 or alone) and votes >= 3 * (sum(counted.values()) - votes) else None

"""People named by description: roles (`the secretary of state`) and epithets."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from ..names.spelling import fold
from .context import person_speaker
from .tokens import strip_possessive

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from ..model import Span
    from .context import Context, Speaker
    from .coref import Entity


_WORD_OFFSETS = regex.compile(r"\S+")


def head_phrase_end(source: Span, lexicon: Lexicon) -> int:
    """Where the head phrase of a source ends: at its first preposition (`… of the New York Times`)."""
    if " " not in source.text:
        return source.end  # "he", "Trump": most sources are one word
    for index, match in enumerate(_WORD_OFFSETS.finditer(source.text)):
        if index and fold(match.group()) in lexicon.lists["head_prepositions"]:
            return source.start + match.start()
    return source.end


AGED_DESCRIPTION = regex.compile(r"(?i)the\s+\d{1,3}\s*-\s*year\s*-\s*old\b")


def is_epithet(words: Sequence[str], lexicon: Lexicon) -> bool:
    """`the affable proprietor`, `the self-taught Cambridge resident`: a definite description of
    one person by what they are or do, not by an office (`the governor` is matched by its role)."""
    if len(words) < 2 or fold(words[0]) != "the" or any(fold(w) in ("of", "and", "or") for w in words):
        return False
    head = strip_possessive(fold(words[-1])).strip(",.")
    if not any(head in lexicon.words[cls] for cls in ("person_noun", "descriptor_title", "epithet_head")):
        return False
    modifiers = [fold(w) for w in words[1:-1]]
    if any(m in lexicon.words["party_member"] or m + "s" in lexicon.words["group_noun"] or m == "gop"
           for m in modifiers):
        return False  # "the GOP front-runner": one of several the article may name
    # a describing word marks a writer's epithet for someone named ("the retired neurosurgeon");
    # a bare "the investor", "the witness" is as often someone the text never names
    return any(w[:1].islower() for w in words[1:-1])


def described_person(source: Span, context: Context) -> Speaker | None:
    """`the secretary of state`, `The Russian president`, `Russia’s foreign minister`."""
    lexicon = context.lexicon
    described = context.described(source.text)
    titles, nations, places = described.titles, described.nations, described.places
    if not titles or not titles <= lexicon.title_parts:
        return None
    best: tuple[int, int, Entity] | None = None
    for entity in context.index.people():
        last = -2  # where the entity was last mentioned before the source, once it is needed
        for role_text in dict.fromkeys(entity.roles):  # a role repeats with every titled mention
            role = context.described(role_text)
            role_nations = role.nations
            if places and not places <= role.places:
                continue  # "the New Jersey governor": the role must name New Jersey too
            # "Gov." is a governor only where a place or nation ties the two ("the senator" alone does not)
            if not titles <= (role.expanded_titles(lexicon) if places or nations else role.titles):
                continue
            if nations and role_nations and not nations & role_nations:
                continue
            if described.past and not role.past:
                continue  # "the former president" is not the one introduced as "President Obama"
            quality = (2 if nations & role_nations or not nations else 1) + 2 * (described.past == role.past)
            if last == -2:
                starts = entity.mention_starts
                before = bisect.bisect_left(starts, source.start)
                last = starts[before - 1] if before else -1
            if last >= 0 and (best is None or (quality, last) > best[:2]):
                best = (quality, last, entity)
    if best is None:
        return None
    return person_speaker(best[2], 0.85)

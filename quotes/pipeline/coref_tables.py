"""Coreference's running tables: how each person is named in full, and who bears a given name."""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .coref import Entity
    from .mentions import NameMention


class FullNames:
    """Per person, how many of its mentions name it in full, and how many of those name it as
    someone's relative or inside a quotation: kept as mentions join, not counted again per question."""

    def __init__(self) -> None:
        self._counts: dict[int, list[int]] = {}  # id(entity) -> [in full, as a relative, in quotations]

    def add(self, mention: NameMention, entity: Entity) -> None:
        if mention.first:
            counts = self._counts.setdefault(id(entity), [0, 0, 0])
            counts[0] += 1
            counts[1] += mention.relative
            counts[2] += mention.in_quotation

    def only_as_relative(self, entity: Entity) -> bool:
        """Every mention naming it in full names it as a relative (true when there is none)."""
        counts = self._counts.get(id(entity), [0, 0, 0])
        return counts[1] == counts[0]

    def only_in_quotations(self, entity: Entity) -> bool:
        """Every mention naming it in full is inside a quotation (true when there is none)."""
        counts = self._counts.get(id(entity), [0, 0, 0])
        return counts[2] == counts[0]


_START = operator.itemgetter(0)  # a kept item's start (no Python call per item sorted)


class GivenNames:
    """For a lone given name (human-interest stories call people by their first name): the one
    person named in full earlier with that given name; None when none or several are.

    Per given name it keeps the two people who have it earliest, so each question is answered
    at once however many people share the name."""

    def __init__(self) -> None:
        self._full: set[int] = set()  # ids of the people named in full (their mentions count)
        self.earliest: dict[str, list[tuple[int, int, Entity]]] = {}  # name -> [(start, id, entity)] x <= 2

    def named_in_full(self, entity: Entity) -> None:
        self._full.add(id(entity))

    def add(self, mention: NameMention, entity: Entity) -> None:
        if mention.first is None or id(entity) not in self._full:
            return
        start, key = mention.span.start, id(entity)
        kept = self.earliest.get(mention.first)
        if kept is None:  # the first person named in full with this given name (most): kept alone
            self.earliest[mention.first] = [(start, key, entity)]
            return
        # (at most one item per person) the person is kept already from an earlier start: no change
        if any(item[1] == key and item[0] < start for item in kept):
            return
        earliest = [item for item in kept if item[1] != key or item[0] < start]
        if not any(item[1] == key for item in earliest):
            earliest.append((start, key, entity))
        self.earliest[mention.first] = sorted(earliest, key=_START)[:2]

    def only_one(self, word: str, *, before: int) -> Entity | None:
        named = [entity for start, _, entity in self.earliest.get(word, ()) if start < before]
        return named[0] if len(named) == 1 else None

"""Stage 4, coreference: one entity per person or organisation, with a canonical name.

People are grouped by surname, tolerant of transliteration and typing variants
(`Sergei`/`Sergey`, `Antony`/`Anthony`, `Blink`/`Blinken`); a bare surname or honorific form
joins the person it names.  The canonical name is the fullest name as written (first name and
surname), in its most frequent spelling, the first one on ties (SPEC §3).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from ..names.spelling import fold, generational_suffix, similar_first_names, similar_surnames, surname_bucket, visible
from ..once import once
from .coref_tables import FullNames, GivenNames
from .mentions import BY_START, ORGANIZATION, PERSON
from .pronoun_hints import gender_from_pronouns, pronoun_gender_after

if TYPE_CHECKING:
    from .mentions import NameMention


@attrs.define(slots=False)
class Entity:
    """One person or organisation.  Its derived names are cached: read them only once the
    entity is complete (after ``build_entities``)."""

    kind: str  # PERSON or ORGANIZATION
    mentions: list[NameMention] = attrs.field(factory=list)
    pronoun_gender: str | None = None  # from the pronouns that follow its mentions, when names say nothing

    @once
    def full_name_starts(self) -> list[int]:
        """Where the person is named in full, in order (filled before any bare surname joins)."""
        return sorted(m.span.start for m in self.mentions)

    @once
    def mention_starts(self) -> list[int]:
        """Where every mention starts, in order (read only once the entity is complete)."""
        return [m.span.start for m in self.mentions]

    @property
    def surname(self) -> str:
        return self.mentions[0].surname

    @property
    def first_names(self) -> set[str]:
        """The given names of the mentions so far (kept up to date as mentions are appended)."""
        seen = self.__dict__.get("_first_names")
        if seen is None or seen[0] > len(self.mentions):
            seen = (0, set[str]())
        count, names = seen
        if count < len(self.mentions):  # (most reads follow no new mention: nothing to add)
            names.update(m.first for m in self.mentions[count:] if m.first)
            self.__dict__["_first_names"] = (len(self.mentions), names)
        return names

    @once
    def canonical(self) -> str:
        mentions = self.mentions
        written = [visible(m.name.text) for m in mentions]  # each mention's name as output, made once
        full = [name for name, m in zip(written, mentions) if m.first is not None] or written
        if self.kind == ORGANIZATION and len(full) > 1:  # (a person's name is chosen whatever its length)
            longest = max([len(name.split()) for name in full])
            full = [name for name in full if len(name.split()) == longest]
        name = _most_frequent(full)[0]
        if self.kind != PERSON:
            return name
        # the surname in its most frequent spelling: "Antony Blink" + "Blinken" x4 -> "Antony Blinken"
        surname, surnames = _most_frequent([visible(m.surname) for m in mentions])
        top = surnames[surname]
        words = name.split()
        last = len(words) - 2 if generational_suffix(words) else len(words) - 1
        for written_name, m in zip(written, mentions):
            if m.family_first and written_name == name:
                last = 0  # "Xi Jinping": the surname comes first
                break
        if surnames.get(words[last], 0) < top and similar_surnames(words[last], surname):  # not "Febo" -> "Acosta"
            words[last] = surname
        return " ".join(words)

    @once
    def role(self) -> str | None:
        roles = [m.role for m in self.mentions if m.role]
        if not roles:
            return None
        counts = _tally(roles)
        return max(roles, key=lambda r: (len(r.split()), counts[r]))  # the longest, the most frequent on ties

    @once
    def roles(self) -> list[str]:
        return [m.role for m in self.mentions if m.role]

    @once
    def gender(self) -> str | None:
        return _mentions_gender(self.mentions) or self.pronoun_gender

    def accepts(self, mention: NameMention) -> bool:
        if self.kind == ORGANIZATION:
            return mention.kind == ORGANIZATION and fold(mention.name.text) in {
                fold(m.name.text) for m in self.mentions}
        if not similar_surnames(self.surname, mention.surname):
            return False
        if self.mentions and self.mentions[0].generation != mention.generation:
            return False  # "Donald Trump Jr." is not "Donald J. Trump" (full names share their suffix)
        first_names = self.first_names
        if not first_names or mention.first is None:
            return True
        for name in first_names:  # noqa: SIM110 (a loop, not a generator: asked of each namesake of every full name)
            if similar_first_names(mention.first, name):
                return True
        return False


@attrs.frozen(slots=False)
class EntityIndex:
    """The entities of one document and where each is mentioned."""

    entities: tuple[Entity, ...]
    by_mention_start: dict[int, Entity]

    @once
    def _sorted_mentions(self) -> tuple[list[int], list[tuple[NameMention, Entity]]]:
        pairs = sorted(((m, e) for e in self.entities for m in e.mentions), key=lambda p: p[0].span.start)
        return [m.span.start for m, _ in pairs], pairs

    def at(self, start: int, end: int) -> Entity | None:
        """The entity of a name mention lying within start..end (the last one wins)."""
        starts, pairs = self._sorted_mentions
        index = bisect.bisect_right(starts, end + 2) - 1
        while index >= 0 and starts[index] >= start:
            mention, entity = pairs[index]
            if mention.span.end <= end + 2:
                return entity
            index -= 1
        return None

    def around(self, start: int, end: int) -> Entity | None:
        """The entity of a coordinated name starting before ``start`` and holding start..end."""
        starts, pairs = self._sorted_mentions
        index = bisect.bisect_left(starts, start) - 1
        if index < 0:
            return None
        mention, entity = pairs[index]
        coordinated = "," in mention.span.text or " and " in mention.span.text
        return entity if coordinated and mention.span.end >= end else None

    def within(self, start: int, end: int) -> list[tuple[NameMention, Entity]]:
        """Name mentions lying within start..end, in order (by bisection: sources are many)."""
        starts, pairs = self._sorted_mentions
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_right(starts, end + 2)
        return [(m, e) for m, e in pairs[first:last] if m.span.end <= end + 2]

    def people(self) -> list[Entity]:
        return [e for e in self.entities if e.kind == PERSON]


def build_entities(mentions: Sequence[NameMention], *, text: str = "") -> EntityIndex:
    """Group mentions into entities.  Full names first, so that bare surnames find them.

    With the document's ``text``, a bare surname shared by a man and a woman (`Clinton` beside
    Bill and Hillary Clinton) takes the gender of the pronoun that follows it before any other
    name (`Clinton said …. She said …`)."""
    entities: list[Entity] = []
    starts = [m.span.start for m in mentions]
    next_starts = sorted(starts)
    people: dict[str, list[Entity]] = {}  # persons with a full name by surname bucket, in creation order
    organisations: dict[str, Entity] = {}
    namesakes: dict[str, list[Entity]] = {}  # surname -> people it may name (memo per document)
    settled: dict[tuple[str, bool, str | None], list[Entity]] = {}  # see ``_namesakes_for``: memo per shape
    # "Acosta" of "Melba Acosta Febo", "Rodham" of "Hillary Rodham Clinton"
    by_first_surname: dict[str, list[Entity]] = {}
    genders: dict[int, set[str | None]] = {}  # id(entity) -> genders of its mentions so far
    given = GivenNames()  # who is named in full with which given name, for a lone given name
    full = FullNames()  # how each person is named in full: as a relative, only inside quotations
    ordered = _full_names_first(mentions, in_order=starts == next_starts)
    hints: dict[int, tuple[str, int] | None] = {}  # mention end -> the pronoun after it, once asked

    def hint(end: int) -> tuple[str, int] | None:
        if end not in hints:
            hints[end] = pronoun_gender_after(text, end, next_starts)
        return hints[end]

    for mention in ordered:
        if mention.kind == ORGANIZATION:
            key = fold(mention.name.text)
            target = organisations.get(key)
            if target is None:
                target = organisations[key] = Entity(ORGANIZATION)
                entities.append(target)
            target.mentions.append(mention)
            continue
        if mention.kind != PERSON or mention.first is None:
            surname = mention.surname
            candidates = namesakes.get(surname)
            if candidates is None:
                bucket = people.get(surname_bucket(surname), [])
                candidates = namesakes[surname] = [e for e in bucket if similar_surnames(e.surname, surname)] or (
                    by_first_surname.get(fold(surname), []))  # "Ms. Acosta" for "Melba Acosta Febo"
            # most capitalised words alone share no person's surname: no one to narrow or choose from
            target = None
            if candidates:  # one namesake, no gender: narrowed once per shape ("Trump" 40 times an article)
                shape, once = (surname, mention.in_quotation, mention.generation), _narrowed_once(
                    mention, candidates)
                narrowed = settled.get(shape) if once else None
                if narrowed is None:
                    narrowed = _namesakes_for(mention, candidates, full, genders, hint if text else None)
                    if once:
                        settled[shape] = narrowed
                target = _latest(narrowed, before=mention.span.start)
            if target is None and len(mention.tokens) == 1 and mention.tokens[0] in given.earliest:
                # "Jayme told police …" after "Jayme Closs" (most lone words are no one's given name)
                target = given.only_one(mention.tokens[0], before=mention.span.start)
            if target is None and mention.kind == PERSON:
                target = Entity(PERSON)  # a titled surname alone: "President Biden" with no full name
                entities.append(target)
            if target is not None:
                target.mentions.append(mention)
                genders.setdefault(id(target), set()).add(mention.gender)
                if mention.first is not None:  # (a bare surname adds no given name and no full name)
                    given.add(mention, target)
                    full.add(mention, target)
            continue
        bucket = people.setdefault(surname_bucket(mention.surname), [])
        target = None
        for entity in reversed(bucket):  # the latest namesake who accepts it (a loop, not a generator)
            if entity.accepts(mention):
                target = entity
                break
        if target is None:
            target = Entity(PERSON)
            entities.append(target)
            bucket.append(target)
            given.named_in_full(target)
        target.mentions.append(mention)
        given.add(mention, target)
        full.add(mention, target)
        gender = mention.gender
        if gender is None and text:  # a given name the lexicons lack: "Ghazala Khan … she"
            hinted = hint(mention.span.end)
            gender = hinted[0] if hinted else None
        genders.setdefault(id(target), set()).add(gender)
        middle = _first_of_two_surnames(mention)
        if middle is not None and target not in by_first_surname.setdefault(middle, []):
            by_first_surname[middle].append(target)
    for entity in entities:
        if len(entity.mentions) > 1:  # most entities are named once: nothing to order
            entity.mentions.sort(key=BY_START)
        if text and entity.kind == PERSON and _mentions_gender(entity.mentions) is None:
            entity.pronoun_gender = gender_from_pronouns(entity, hint)
    entities.sort(key=lambda e: e.mentions[0].span.start)
    index = {m.span.start: e for e in entities for m in e.mentions}
    return EntityIndex(tuple(entities), index)


def _full_names_first(mentions: Sequence[NameMention], *, in_order: bool) -> list[NameMention]:
    """People named in full, then other people, then organisations and unknowns (named in full
    first again), each in text order.  Mentions given in text order (as ``name_mentions`` gives
    them) are only partitioned: the stable sort would keep that order within each group."""
    if not in_order:
        return sorted(mentions, key=lambda m: (m.kind != PERSON, m.first is None, m.span.start))
    people: list[NameMention] = []
    people_bare: list[NameMention] = []
    others: list[NameMention] = []
    others_bare: list[NameMention] = []  # most mentions: a capitalised word alone
    for mention in mentions:
        if mention.kind == PERSON:
            (people_bare if mention.first is None else people).append(mention)
        else:
            (others_bare if mention.first is None else others).append(mention)
    return [*people, *people_bare, *others, *others_bare]


def _namesakes_for(mention: NameMention, candidates: list[Entity], full: FullNames,
                   genders: dict[int, set[str | None]], hint: Callable[[int], tuple[str, int] | None] | None,
                   ) -> list[Entity]:
    """The people a bare or titled surname may name, narrowed step by step; a step that would
    leave no one is skipped.  With one candidate and no gender (no step reads the genders the
    bare surnames add), the answer depends only on the surname, whether the mention is quoted and
    its generation: ``build_entities`` keeps it per that shape."""
    if not candidates:
        return candidates  # most capitalised words alone share no person's surname: nothing to narrow
    # a relative named in passing ("Prescott Bush, the family patriarch") does not take
    # "Mr. Bush" from the person the lexicons know (Jeb Bush)
    # "Dorie Greenspan … her husband Michael Greenspan … says Greenspan": not the relative
    candidates = [e for e in candidates if not full.only_as_relative(e)] or candidates
    # "the pope (''Francesco Excommunicates Trump,'' declared La Stampa) … Mr. Trump": a name
    # written only inside a quotation yields to one the writer uses, and is never merely similar
    quoted_only = [e for e in candidates if full.only_in_quotations(e)]
    if quoted_only and not mention.in_quotation:
        candidates = [e for e in candidates if e not in quoted_only] or [
            e for e in quoted_only if fold(e.surname) == fold(mention.surname)]
    if mention.generation is None and any(e.mentions[0].generation for e in candidates):
        # "Mr. Trump" beside "Donald J. Trump" and "Donald Trump Jr.": the father, unless only the son is named
        candidates = [e for e in candidates if e.mentions[0].generation is None] or candidates
    if mention.gender is not None:  # "Mrs. Clinton" is not Bill Clinton
        candidates = [e for e in candidates if _agreed(genders.get(id(e), ())) in (None, mention.gender)]
    elif hint is not None and len(candidates) > 1 and _mixed_genders(candidates, genders):
        hinted = hint(mention.span.end)  # "Clinton said … She"
        if hinted is not None:
            candidates = [e for e in candidates if _agreed(genders.get(id(e), ())) in (None, hinted[0])] or candidates
    # a person named in full whom the lexicons know outranks one inferred from the surname alone,
    # once genders have spoken ("Omar Tavel … Zerda Tavel … Tavel says she": Zerda)
    return [e for e in candidates if not e.mentions[0].inferred] or candidates


def _tally(items: list[str]) -> dict[str, int]:
    """How often each item occurs (``Counter`` without its set-up: entities have a few mentions)."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _most_frequent(items: list[str]) -> tuple[str, dict[str, int]]:
    """The most frequent item, the first one on ties, and how often each occurs (one pass, no
    ``max`` and generator: asked of every entity named)."""
    counts = _tally(items)
    best, top = items[0], 0
    for item in items:
        if counts[item] > top:
            best, top = item, counts[item]
    return best, counts


def _first_of_two_surnames(mention: NameMention) -> str | None:
    """`Acosta` of `Melba Acosta Febo`: the word before the surname of a three-word name, which a
    bare or honorific mention may use (Spanish double surnames, maiden names); None for initials
    (`Donald J. Trump`) and family-first names."""
    tokens = mention.tokens
    if len(tokens) != 3 or mention.generation or mention.family_first:
        return None
    middle = tokens[1]
    return fold(middle) if middle.isalpha() and len(middle) > 2 and middle[:1].isupper() else None


def _mixed_genders(candidates: Sequence[Entity], genders: dict[int, set[str | None]]) -> bool:
    """A man and a woman, or one of them and someone of unknown gender, among the people a bare
    surname may name (`Omar Tavel` and `Zerda Tavel`)."""
    known = [_agreed(genders.get(id(e), ())) for e in candidates]
    return len(set(known) - {None}) > 1 or (None in known and len(set(known)) > 1)


def _agreed(genders: Iterable[str | None]) -> str | None:
    """The one gender the given mentions' genders agree on, else None."""
    known = {g for g in genders if g}
    return known.pop() if len(known) == 1 else None


def _mentions_gender(mentions: Sequence[NameMention]) -> str | None:
    """``_agreed`` of the mentions' genders: a lone mention's own gender with no generator made
    (most entities are named once)."""
    if len(mentions) == 1:
        return mentions[0].gender or None
    return _agreed(m.gender for m in mentions)


def _narrowed_once(mention: NameMention, candidates: Sequence[Entity]) -> bool:
    """Whether the narrowing of ``candidates`` for ``mention`` is kept per shape (``_namesakes_for``)."""
    return mention.gender is None and len(candidates) == 1


def _latest(candidates: Iterable[Entity], *, before: int) -> Entity | None:
    """A bare surname names the person with that surname mentioned most recently; one named in
    full only after it (a cataphor) only when nobody with that surname was named before it."""
    best: tuple[int, int, Entity] | None = None
    for entity in candidates:
        starts = entity.full_name_starts
        index = bisect.bisect_right(starts, before) - 1
        rank = (1, starts[index]) if index >= 0 else (0, -starts[0])
        if best is None or rank > best[:2]:
            best = (*rank, entity)
    return best[2] if best else None

"""Speakers named by reference: pronouns, `who`, `both`, `they`, one-name subjects and joint names."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model import SpeakerType
from ..names.spelling import fold
from ..regexes import CompiledPattern, LazyPattern
from .context import PRONOUN_REACH, UNRESOLVED, Speaker, head_noun, organisation_name, person_speaker
from .coref import Entity
from .lone_words import lone_word
from .mentions import ORGANIZATION, PERSON
from .one_names import antecedents
from .patterns import INDEFINITE
from .tokens import plural_looking, strip_possessive

if TYPE_CHECKING:
    from ..model import Span
    from .context import Context


JOINT = LazyPattern(r"^(?:the )?(?:two|both)\b")
JOINT_OPENINGS = ("two", "both", "the two", "the both")  # what a ``JOINT`` match starts with

_AND = LazyPattern(r"\s+(?:and|&)\s+")


def named_joint(source: Span, context: Context) -> Speaker | None:
    """`Antony Blinken and Sergei Lavrov said`, `Ana and Luis Ortega said`: every person named,
    joined with " and " (SPEC §3); a lone given name before a full name shares its surname; two
    organisations likewise (`The Financial Times and CNBC reported`)."""
    if "and" not in source.text and "&" not in source.text:
        return None  # ``_AND`` cannot match (most sources)
    found = list(_AND.finditer(source.text))
    if len(found) != 1:
        return None
    cut = found[0]
    left = (source.start, source.start + cut.start())
    right = (source.start + cut.end(), source.end)
    right_entity = context.index.at(*right)
    left_entity = context.index.at(*left)
    if (right_entity is not None and left_entity is not None and left_entity is not right_entity
            and right_entity.kind == left_entity.kind == ORGANIZATION):  # "The Financial Times and CNBC reported"
        named = context.index.within(*right)
        if not named or not _NOTHING_AFTER.fullmatch(source.text, named[-1][0].span.end - source.start):
            return None  # "White House and Pentagon spokesmen": the spokesmen speak, unnamed
        listed = _listed_before(source.start, context, ORGANIZATION)  # "Vietnam, Malaysia, Brunei and Taiwan"
        names = [organisation_name(e.canonical, context) for e in (*listed, left_entity, right_entity)]
        return Speaker(" and ".join(names), SpeakerType.ORGANIZATION, None, 0.8)
    if right_entity is None or right_entity.kind != PERSON:
        return None
    left_text = context.text[left[0]:left[1]].strip()
    if left_entity is not None and left_entity.kind == PERSON and left_entity is not right_entity:
        names = [left_entity.canonical, right_entity.canonical]
    elif left_text.istitle() and " " not in left_text and len(right_entity.canonical.split()) >= 2 \
            and left_text in context.lexicon.given_names:
        names = [f"{left_text} {right_entity.canonical.split()[-1]}", right_entity.canonical]
    else:
        return None
    listed = _listed_before(source.start, context)  # "Justin Trudeau, Andrew Scheer and Jagmeet Singh"
    names = [e.canonical for e in listed] + names
    return Speaker(" and ".join(names), SpeakerType.PERSON, None, 0.8, (*listed, right_entity))


_NOTHING_AFTER = LazyPattern(r"(?:’s|'s)?(?:\s+(?:each|both|all))?\s*")  # after the last name of a joint source
_LISTED_NAME = LazyPattern(r"(?:^|(?<=[\s(]))(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}),\s*$")
MAX_LISTED = 3  # names before the last two of a list of people as one source


def _listed_before(position: int, context: Context, kind: str = PERSON) -> list[Entity]:
    """The people (or organisations) listed with commas right before a source `A and B` (`C, A
    and B said`), in order."""
    found: list[Entity] = []
    while len(found) < MAX_LISTED:
        start = max(0, position - 60)
        before = context.text[start:position].rstrip()  # a listed name ends with a comma: asked only after one
        listed = _LISTED_NAME.search(context.text, start, position) if before.endswith(",") else None
        if listed is None:
            break
        entity = context.index.at(listed.start(1), listed.end(1))
        if entity is None or entity.kind != kind or entity in found:
            break
        found.insert(0, entity)
        position = listed.start(1)
    return found


_APPOSITIVE_GAP = LazyPattern(r"(?:’s|'s)?,\s+(?:the|a|an|his|her|its|their)\s[^,.;:“”\"()]*,\s*")


def _appositive_gap(text: str, start: int, end: int) -> bool:
    """``_APPOSITIVE_GAP`` from ``start`` to ``end``, asked only where its first character is."""
    return text[start:start + 1] in _INTERPOSED_OPENINGS and _APPOSITIVE_GAP.fullmatch(text, start, end) is not None
APPOSITIVE_REACH = 250  # characters back from a relative "who" to the person an appositive describes


def relative_antecedent(source: Span, context: Context) -> Speaker:
    """`Jens Stoltenberg, who said …`: the name just before the relative pronoun, or the person
    before an appositive (`Scott Reed, the Chamber’s chief political strategist, who added …`)."""
    paragraph = context.mention_range(source.start, reach=0)
    near = bisect.bisect_left(context.mention_starts, source.start - APPOSITIVE_REACH)
    before = [m for m in context.mentions[max(paragraph.start, near):paragraph.stop] if m.span.end <= source.start]
    if fold(source.text) == "who":
        for mention in reversed(before):
            entity = context.index.by_mention_start.get(mention.span.start)
            if entity is not None and entity.kind == PERSON and _appositive_gap(
                    context.text, mention.span.end, source.start):
                return person_speaker(entity, 0.9)
    for mention in reversed([m for m in before if m.span.start >= source.start - 120]):
        entity = context.index.by_mention_start.get(mention.span.start)
        if entity is not None:
            if entity.kind == PERSON:
                return person_speaker(entity, 0.9)
            return Speaker(organisation_name(entity.canonical, context), SpeakerType.ORGANIZATION, confidence=0.8)
        if mention.kind == "unknown":
            speaker = lone_word(mention.name.text, context)
            if speaker is not UNRESOLVED:
                return speaker
    return UNRESOLVED


def from_coreference_chain(source: Span, context: Context) -> Speaker | None:
    """With a coreference backend: the named person of the chain holding this mention."""
    chain = context.analysis.chain_of(source.start, source.end) if context.analysis.coref else None
    if chain is None:
        return None
    for mention in sorted(chain, key=lambda m: (m.start >= source.start, abs(m.start - source.start))):
        if mention.start == source.start:
            continue
        entity = context.index.at(mention.start, mention.end)
        if entity is not None and entity.kind == PERSON:
            return person_speaker(entity, 0.9)
    return None


def _people_before(position: int, context: Context, reach: int = PRONOUN_REACH) -> Iterator[tuple[int, Entity, int]]:
    """People mentioned before ``position`` outside quotations and at most ``reach`` paragraphs
    back, the newest first: (start, entity, mention index; ``_is_subject`` tells whether that
    mention is a clause subject, asked only by the callers that need it).  Callers stop at the
    first fit."""
    paragraph = context.paragraph_of(position)
    within = context.mention_range(position, reach=reach)
    found = antecedents(context)
    people, mentioned = found.indices, found.people
    mentions, text = context.mentions, context.text
    holding = context.content_holding(position)
    attributive: dict[int, bool] = context.keep("attributive mentions", dict)  # ``_attributive``'s answers
    for at in range(bisect.bisect_left(people, within.stop) - 1, -1, -1):
        index = people[at]
        if index < within.start:
            break
        span = mentions[index].span
        if holding is not None and holding[0] <= span.start < holding[1]:
            continue  # "Schumer, he said, knows …": who the content is about is not who says it
        # ``_INTERPOSED`` matches only a gap opening with a comma or an apostrophe: told first (most names)
        if text[span.end:span.end + 1] in _INTERPOSED_OPENINGS and _INTERPOSED.fullmatch(
                text, span.end, position) and _INTERPOSED_CUE.match(text, position):
            continue  # `Schumer, he said, “knows …”`: the quoted clause's subject, split off by the attribution
        mentioned_in, entity = mentioned[index]
        if context.paragraphs_apart(mentioned_in, paragraph) > reach:
            continue
        if mentioned_in != paragraph and context.article.paragraphs[mentioned_in].caption:
            continue  # a person in a photo caption is not who "he" in the story is
        if attributive[index] if index in attributive else _attributive(index, context):
            continue  # "the Closs residence", "the Clinton campaign": a modifier, no one a pronoun means
        yield span.start, entity, index


def _is_subject(index: int, context: Context) -> bool:
    """Whether antecedent mention ``index`` is a clause subject: a one-name person always is (found as one)."""
    return index in antecedents(context).one_name or context.is_subject(index)


def _attributive(index: int, context: Context) -> bool:
    """Whether antecedent mention ``index`` is written as a noun's modifier after `the` (`the
    Closs residence`); remembered per mention for the article (pronouns walk the same mentions)."""
    found: dict[int, bool] = context.keep("attributive mentions", dict)
    if index not in found:
        span = context.mentions[index].span
        found[index] = _written_attributive(context.text, span.start, span.end)
    return found[index]


_ATTRIBUTIVE = LazyPattern(r"\s+\p{Ll}+\b(?!\s+(?:said|says|told|added))")  # a lower-case noun after the name
_THE_BEFORE = LazyPattern(r"\b[Tt]he\s+$")


def _written_attributive(text: str, start: int, end: int) -> bool:
    """``_THE_BEFORE`` before ``start`` and ``_ATTRIBUTIVE`` at ``end``: asked only after `the`
    (most names have none; ``str.rstrip`` strips every ``\\s`` of ``regex``), the rarer first."""
    before = max(0, start - 5)
    return text[before:start].rstrip().endswith(("the", "The")) and bool(
        _THE_BEFORE.search(text, before, start) and _ATTRIBUTIVE.match(text, end))


def recent_subject(source: Span, context: Context, *, same_party: str | None = None) -> Speaker | None:
    """The person a definite description refers back to: the newest subject, of either gender
    (with ``same_party``, `republican`, not one whose role names another party)."""
    paragraph = context.paragraph_of(source.start)
    text = context.text
    for start, entity, index in _people_before(source.start, context):
        subject = _is_subject(index, context)
        if subject and (_LISTED.match(text, start) or _ended_by(_LISTED_LAST, text, start, 40, (",", "and"))):
            continue  # a caption's "Alfonso Espinos, Andre Campbell, and Alexander Wise inside …": no one
        if not subject and not (context.paragraph_of(start) == paragraph and (
                _INTRODUCED.match(text, start) or _after_inverted_cue(start, context))):
            continue  # but "I’m talking about Alfonso Espinos, who …" is whom the next epithet means
        if same_party is not None and context.positions_apart(start, source.start) > 1:
            return None  # a party description reaches back one paragraph at most
        roles = " ".join(entity.roles)
        if same_party is not None and _PARTIES.search(roles) and same_party.rstrip("s") not in roles.lower():
            return None  # "the Ohio Republican" is not the Democrat just named
        return person_speaker(entity, 0.7)
    return None


def only_person_before(source: Span, context: Context) -> Speaker | None:
    """The one person named in this paragraph and the one before, subject or not (`Nino
    Kavtaradze’s “The Salt Orchard,” her second feature, …`); None when there are more or none."""
    people = {entity.canonical: entity for _, entity, _ in _people_before(source.start, context, reach=1)}
    return person_speaker(next(iter(people.values())), 0.55) if len(people) == 1 else None


def _after_inverted_cue(start: int, context: Context) -> bool:
    """`…, insists 16-year-old Xander Wise, …`: the name after a verb of saying that follows a
    comma or a closing mark, past an age or a title — the speaker of an inverted attribution."""
    found = _INVERTED_CUE.search(context.text, max(0, start - 60), start)
    return found is not None and found.group(1) in context.lexicon.cue_forms and all(
        word in context.lexicon.title_words or "-" in word or word.isdigit() for word in found.group(2).split())


_INTERPOSED = LazyPattern(r"(?:’s|'s)?,\s*")  # only a comma between the name and the pronoun
_INTERPOSED_OPENINGS = (",", "’", "'")  # the characters an ``_INTERPOSED`` match may open with
_INTERPOSED_CUE = LazyPattern(r"\p{L}+\s+\p{Ll}+(?:\s+\p{Ll}+)?,")  # "he said," "she told reporters,"
_INVERTED_CUE = LazyPattern(r"[,”’\"]\s*(\p{Ll}+)\s+((?:[\p{Ll}\d-]+\s+){0,3})$")
# a name followed by a relative clause about its person: "Alfonso Espinos, who like Montalban was …"
_INTRODUCED = LazyPattern(r"(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*(?:,|\s+[—–-]+)\s+who(?:se)?\b")
# a name in a list of names: "Alfonso Espinos, Andre Campbell, and Alexander Wise inside …"
_LISTED = LazyPattern(r"(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*(?:,\s+(?:and\s+)?|\s+and\s+)\p{Lu}\p{Ll}")
_LISTED_LAST = LazyPattern(r"\p{Lu}[\p{L}’'-]*(?:,\s+and|,|\s+and)\s+$")  # "…, Andre Campbell, and [Alexander Wise]"
_PARTIES = LazyPattern(r"(?i)\b(?:republican|democrat(?:ic)?|liberal|conservative|independent|libertarian)\b")


def pronoun_speaker(source: Span, context: Context, gender: str) -> Speaker:
    """`he said`: a subject named since the last speaker, the last speaker, else the newest
    person of that gender, within the usual reach; when there is none, within the reach that a
    chain of `she`/`her` in the paragraphs before carries (``Context.pronoun_reach``)."""
    found = _pronoun_speaker(source, context, gender, PRONOUN_REACH)
    if found is UNRESOLVED:
        reach = context.pronoun_reach(source.start, gender)
        if reach > PRONOUN_REACH:
            found = _pronoun_speaker(source, context, gender, reach)
    if found is UNRESOLVED:  # "“…,” she added" four paragraphs after the one woman quoted, no one named since
        newest = next(_people_before(source.start, context, LONE_PRONOUN_REACH), None)
        if newest is not None and newest[1].gender == gender and not context.role_described_between(
                newest[0], source.start):
            return person_speaker(newest[1], 0.55)
    return found


LONE_PRONOUN_REACH = 6  # paragraphs back to the newest person named, when that person has the pronoun's gender


def _pronoun_speaker(source: Span, context: Context, gender: str, reach: int) -> Speaker:
    last_position, last_speaker = -1, None  # the last person speaker before the source (a loop: no generator)
    for position, speaker in reversed(context.history):
        if position < source.start and speaker.type == SpeakerType.PERSON:
            last_position, last_speaker = position, speaker
            break
    newest_fitting = None  # the newest person of a fitting gender
    unnamed = _unnamed_speaker_since(last_position, source, context, gender)
    for start, entity, index in _people_before(source.start, context, reach):
        if entity.gender not in (None, gender):
            continue
        if newest_fitting is None:
            newest_fitting = entity
        if start <= last_position or (unnamed is not None and start < unnamed[0]):
            break  # older than the last speaker: no newer subject follows
        if _is_subject(index, context):
            return person_speaker(entity, 0.8)  # a subject mentioned after the last speaker
    if unnamed is not None:
        return unnamed[1]
    if (last_speaker is not None
            and _speaker_gender(last_speaker, context) in (None, gender)
            and context.positions_apart(last_position, source.start) <= reach):
        return last_speaker.with_confidence(0.85)
    if newest_fitting is not None:
        return person_speaker(newest_fitting, 0.6)
    return _unnamed_person_just_before(source, context) or UNRESOLVED


def unnamed_person(source: Span, speaker: Speaker, context: Context) -> bool:
    """Whether an unnamed source is one person a later `he`/`she` may mean: described by what they
    are (`A witness`), or indefinite and singular (`A spokeswoman for …`, `One younger crew
    member`) — not an appositive of a name just written (`David Axelrod, a longtime adviser`) nor
    a phrase holding a person's name (`A defensive Obama`)."""
    if speaker.role is not None:
        return True
    if not INDEFINITE.match(source.text):
        return False  # told before the head and how it is written are read (most unnamed sources)
    words = source.text.split()
    head = strip_possessive(head_noun(words, context.lexicon))
    written = next((w for w in words if fold(strip_possessive(w)).strip(",.") == head), "")
    if plural_looking(head) or written[:1].isupper() or not (
            head in context.lexicon.people_words or head in context.lexicon.unnamed_heads):
        return False  # not `a slide show`, `A defensive Obama`
    if _ended_by(_AFTER_A_NAME, context.text, source.start, 60, ","):
        return False
    return not any(entity.kind == PERSON for _, entity in context.index.within(source.start, source.end))


_AFTER_A_NAME = LazyPattern(r"\p{Lu}[\p{L}.’'-]*(?:,\s*\d{1,3})?,\s*$")


def _ended_by(pattern: CompiledPattern, text: str, position: int, reach: int, endings: str | tuple[str, ...]) -> bool:
    """``pattern`` found in the ``reach`` characters before ``position``, asked only where they end
    with one of ``endings``, what each match ends with but spaces (``str.rstrip`` strips every
    ``\\s`` of ``regex``)."""
    start = max(0, position - reach)
    return text[start:position].rstrip().endswith(endings) and pattern.search(text, start, position) is not None


def _unnamed_speaker_since(after: int, source: Span, context: Context, gender: str) -> tuple[int, Speaker] | None:
    """`A spokeswoman … said …. Hospitals …, she said`: an unnamed person (of no other sex by their
    role) who spoke after the last named speaker, in this paragraph or the one before."""
    unnamed: list[tuple[int, Speaker]] = context.keep("unnamed people", list)
    if not unnamed:
        return None  # no one unnamed spoke (most articles): no generator made to find no one
    position, speaker = next(((pos, s) for pos, s in reversed(unnamed) if pos < source.start), (-1, None))
    if speaker is None or position <= after or context.positions_apart(position, source.start) > 1:
        return None
    if speaker.role is not None and (plural_looking(speaker.role)
                                     or speaker.role in context.lexicon.lists["irregular_plurals"]):
        return None  # "the women say …": not `she`
    described = {fold(w).strip(",.") for w in context.text[position:position + 60].split()[:6]}
    other = context.lexicon.lists["male_people" if gender == "f" else "female_people"]
    return None if described & other else (position, speaker.with_confidence(0.6))


def _unnamed_person_just_before(source: Span, context: Context) -> Speaker | None:
    """`A witness, who asked not to be identified, said … “…,” she said`: with no named person to
    mean, the unnamed person who spoke last, in this paragraph or the one before."""
    unnamed: list[tuple[int, Speaker]] = context.keep("unnamed people", list)
    position, speaker = next(((pos, s) for pos, s in reversed(unnamed) if pos < source.start), (-1, None))
    named_since = any(position < pos < source.start for pos, _ in context.history[-3:])
    if speaker is None or named_since or context.positions_apart(position, source.start) > 1:
        return None
    return speaker.with_confidence(0.45)


def _speaker_gender(speaker: Speaker, context: Context) -> str | None:
    """The gender of a person speaker: its entity's, else that of the article's person of that
    name, or of its one-name person, else its given name's (a signed pull quote's name carries no
    entity)."""
    if speaker.entities:
        return speaker.entities[0].gender
    named = context.people_by_name.get(speaker.name) if speaker.name is not None else None
    if named is not None:
        return named.gender
    one_named = next((e for e in antecedents(context).one_name.values() if e.canonical == speaker.name), None)
    if one_named is not None and one_named.gender is not None:
        return one_named.gender  # "Tracy described herself …": a one-name person's pronouns
    first = (speaker.name or "").split()[:1]
    gender = context.lexicon.given_names.get(first[0]) if first else None
    return gender if gender in ("m", "f") else None


def joint_speaker(source: Span, context: Context) -> Speaker | None:
    """`both answered`, `the two superpowers said`: the two people just mentioned."""
    chosen: list[Entity] = []
    for _, entity, _ in _people_before(source.start, context):
        if entity not in chosen:
            chosen.append(entity)
        if len(chosen) == 2:
            break
    if len(chosen) < 2:
        return None
    chosen.sort(key=lambda e: e.mentions[0].span.start)
    return Speaker(" and ".join(e.canonical for e in chosen), SpeakerType.PERSON, None, 0.7, tuple(chosen))


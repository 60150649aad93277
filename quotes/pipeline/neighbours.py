"""Stage 5, resolution, second pass: a quote with no source of its own takes the speaker of its
neighbour (the quote before it, else after it), of the person the writer turned to, of the name a
colon introduces it with, or of a paragraph opening on `She`/`He`."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import SpeakerType, text_span
from ..regexes import LazyPattern
from .antecedents import pronoun_speaker
from .context import UNRESOLVED, Context, Speaker, person_speaker
from .mentions import PERSON
from .patterns import may_follow
from .subjecthood import NON_SUBJECT_END

if TYPE_CHECKING:
    from ..model import Span
    from .article import Candidate


def speakers_from_neighbours(candidates: Sequence[Candidate], speakers: list[Speaker | None], context: Context) -> None:
    """A quote with no source of its own (and no pull quote) takes the speaker of the nearest
    quote before it, up to two paragraphs back, that has a name or is unnamed (`“…,” one voter
    said. “…”`: the same voter, not a name further back); else of the nearest named one after
    it, in the same or the next paragraph.  Before them, a quote after a colon or after the
    writer turned to another person is that person's (``_new_subject_before``).  Candidates are in
    document order, so paragraphs never decrease: the nearest fitting neighbour on each side and
    the last quote with a speaker are tracked, not searched for."""
    named_after = [len(candidates)] * (len(candidates) + 1)  # the first named speaker at or after each
    for position in range(len(candidates) - 1, -1, -1):
        speaker = speakers[position]
        named = speaker is not None and speaker.name is not None
        named_after[position] = position if named else named_after[position + 1]
    before = -1  # the last quote so far whose speaker a following one may take
    spoken = -1  # the last quote so far with any speaker
    for position, here in enumerate(candidates):
        if speakers[position] is None and here.echo_of is None:
            speakers[position] = (
                _new_subject_before(candidates, speakers, position, spoken, context)
                or _neighbour(candidates, speakers, position, before, named_after[position + 1], context))
        speaker = speakers[position]
        if speaker is not None and (speaker.name is not None or speaker.type == SpeakerType.UNNAMED):
            before = position
        if speaker is not None:
            spoken = position


def _new_subject_before(candidates: Sequence[Candidate], speakers: Sequence[Speaker | None], position: int,
                        back: int, context: Context) -> Speaker | None:
    """`“…,” says House. … Durning did not need much coaxing. “I’m thankful …”`: a quote with no
    source of its own, after a sentence of the writer's whose subject is another person than the
    last speaker (the quote at ``back``), is that person's (the writer has turned to them)."""
    here = candidates[position].content
    introduced = _introduced_by_colon(here, context)
    if introduced is not None:
        return introduced
    if back < 0 or context.paragraphs_apart(candidates[back].paragraph, candidates[position].paragraph) > 2:
        return None
    previous = speakers[back]
    earlier = candidates[back]
    start = max(earlier.content.end, earlier.source.end if earlier.source else 0)
    first = bisect.bisect_left(context.mention_starts, start)
    for index in range(bisect.bisect_left(context.mention_starts, here.start) - 1, first - 1, -1):
        mention = context.mentions[index]
        if mention.in_quotation:
            continue
        entity = context.index.by_mention_start.get(mention.span.start)
        if entity is None or entity.kind != PERSON or not context.is_subject(index):
            continue  # only a person's subjecthood is asked (the costly question, remembered per mention)
        if _joined(context.text, mention.span.start, mention.span.end):
            continue  # "Silverman and Svensson have also won": a group, no one the writer turned to
        paragraph = context.paragraph_of(mention.span.start)
        if paragraph >= 0 and context.article.paragraphs[paragraph].caption:
            continue
        if previous is not None and entity in previous.entities:
            return None  # the writer is still on the last speaker
        return person_speaker(entity, 0.6)
    return None


def _introduced_by_colon(content: Span, context: Context) -> Speaker | None:
    """`… when Musk again took to Twitter with this: “’Chairman’ is an honorific …”`: a quotation
    set after a colon is the words of the person the clause before it is about (the last person
    named there, not after a preposition and not inside a quotation)."""
    if ":" not in context.text[max(0, content.start - 3) : content.start]:
        return None
    sentence = context.sentence_at(max(0, content.start - 3))
    if sentence is None:
        return None
    first = bisect.bisect_left(context.mention_starts, sentence.start)
    for index in range(bisect.bisect_left(context.mention_starts, content.start) - 1, first - 1, -1):
        mention = context.mentions[index]
        if mention.in_quotation:
            continue
        entity = context.index.by_mention_start.get(mention.span.start)
        if entity is None or entity.kind != PERSON:
            continue
        if NON_SUBJECT_END.search(context.text, max(sentence.start, mention.span.start - 20), mention.span.start):
            continue  # "… by Larry Ellison: “…”"
        return person_speaker(entity, 0.6)
    return None


_JOINED_AFTER = LazyPattern(r"\s+(?:and|&)\s+\p{Lu}")
_JOINED_BEFORE = LazyPattern(r"\p{Lu}[\p{L}’'-]*\s+(?:and|&)\s+$")


def _joined(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``..``end`` is joined to another by `and` or `&` (``_JOINED_AFTER``,
    ``_JOINED_BEFORE``), each pattern asked only where its `and` is the word after or before the
    name (``str.strip`` strips every ``\\s`` of ``regex``): most names have none, and then neither is asked."""
    if may_follow(text, end, _JOINING) and _JOINED_AFTER.match(text, end):
        return True
    reach = max(0, start - 60)
    return text[reach:start].rstrip().endswith(_JOINING) and _JOINED_BEFORE.search(text, reach, start) is not None


_JOINING = ("and", "&")


def _neighbour(candidates: Sequence[Candidate], speakers: Sequence[Speaker | None], position: int,
               before: int, after: int, context: Context) -> Speaker:
    here = candidates[position]
    previous = speakers[before] if before >= 0 else None
    if previous is not None and context.paragraphs_apart(candidates[before].paragraph, here.paragraph) <= 2:
        return previous.no_surer_than(0.75)
    following = speakers[after] if after < len(candidates) else None
    if following is not None and context.paragraphs_apart(here.paragraph, candidates[after].paragraph) <= 1:
        return following.no_surer_than(0.6)
    return _pronoun_just_before(here, context) or UNRESOLVED


def _pronoun_just_before(here: Candidate, context: Context) -> Speaker | None:
    """`Her message now is simple: … ¶ “You don’t know what that person took …”`: a quotation
    paragraph with no cue and no speaker near, after a paragraph opening on `She`/`Her`/`He`/`His`,
    is the words of the person that pronoun means."""
    paragraphs = context.article.paragraphs
    before = here.paragraph - 1
    while before >= 0 and paragraphs[before].boilerplate:
        before -= 1
    if before < 0 or paragraphs[before].caption or paragraphs[before].headline:
        return None
    table = context.article.tokens
    first = bisect.bisect_left(table.starts, paragraphs[before].span.start)
    if first >= len(table.texts) or table.quoted[first]:
        return None
    word, lists = table.lower[first], context.lexicon.lists
    gender = "f" if word in lists["female_pronouns"] else "m" if word in lists["male_pronouns"] else None
    if gender is None or word == "him":
        return None
    found = pronoun_speaker(text_span(context.text, table.starts[first], table.ends[first]), context, gender)
    return found.no_surer_than(0.5) if found.name is not None else None

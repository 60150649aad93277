"""Stage 5, resolution: from each candidate's source mention to its speaker (SPEC §3).

Names resolve through the entity index; pronouns to the current speaker or the most recent
fitting person; role descriptions to the person the article gave that role; quotes without a
source of their own take their neighbour's speaker.  What cannot be resolved keeps its mention,
gets ``speaker: null`` and a low confidence — never a guess dressed as a fact.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from ..model import Quote, SpeakerType
from ..names.spelling import fold, visible
from .antecedents import (
    JOINT,
    from_coreference_chain,
    group_speaker,
    it_speaker,
    joint_speaker,
    lone_word,
    named_joint,
    plural_speaker,
    pronoun_speaker,
    recent_subject,
    relative_antecedent,
    without_contraction,
)
from .context import (
    ACRONYM,
    UNRESOLVED,
    Context,
    Speaker,
    head_noun,
    organisation_name,
    person_speaker,
    without_article,
)
from .descriptions import AGED_DESCRIPTION, described_person, head_phrase_end, is_epithet
from .mentions import ORGANIZATION, PERSON
from .organisations import (
    DOCUMENT_HEAD,
    INDEFINITE,
    capitalised_words,
    document_source,
    headed_by_organisation,
    heads_the_source,
    is_organisation,
    names_another_source,
    organisation_anaphor,
    unnamed_source,
)
from .tokens import strip_possessive

if TYPE_CHECKING:
    from ..model import Span
    from .article import Article, Candidate


def resolve(article: Article) -> list[Quote]:
    """The quotes of the article: each of its candidates with the speaker its source names.

    Reads everything the stages before added: the candidates, the mentions and the entities,
    and the article's paragraphs, sentences and analysis."""
    candidates = article.candidates
    context = Context(article.text, article, article.entities, article.lexicon, article.mentions, article.analysis)
    speakers: list[Speaker | None] = [None] * len(candidates)
    # first pass: everything with a source of its own, in order (pronouns need earlier speakers)
    for position, candidate in enumerate(candidates):
        if candidate.testimony:
            speakers[position] = Speaker(None, SpeakerType.UNNAMED, confidence=0.85)  # "the court heard that …"
        elif candidate.source is not None:
            speaker = resolve_mention(candidate.source, context)
            speakers[position] = speaker
            if speaker.name is not None:
                context.history.append((candidate.source.start, speaker))
    # second pass: quotes with no source take their neighbour's speaker; a pull quote its original's
    _from_neighbours(candidates, speakers)
    for position, candidate in enumerate(candidates):
        if candidate.echo_of is not None:
            speakers[position] = _echoed_speaker(candidates, speakers, candidate.echo_of)
    return [_quote(candidate, speaker or UNRESOLVED) for candidate, speaker in zip(candidates, speakers)]


def _echoed_speaker(candidates: Sequence[Candidate], speakers: Sequence[Speaker | None], start: int) -> Speaker:
    """The speaker of the quote a pull quote repeats (the record holding that quotation)."""
    for candidate, speaker in zip(candidates, speakers):
        if candidate.echo_of is None and candidate.content.start <= start < candidate.content.end:
            return speaker or UNRESOLVED
    return UNRESOLVED


def _quote(candidate: Candidate, speaker: Speaker) -> Quote:
    confidence = round(candidate.confidence * speaker.confidence, 3)
    return Quote(
        content=candidate.content,
        kind=candidate.kind,
        speaker=visible(speaker.name) if speaker.name else speaker.name,  # names are output without soft hyphens
        speaker_type=speaker.type,
        speaker_role=visible(speaker.role) if speaker.role else speaker.role,
        mention=candidate.source,
        cue=candidate.cue,
        confidence=confidence,
        note=candidate.note,
    )


def _from_neighbours(candidates: Sequence[Candidate], speakers: list[Speaker | None]) -> None:
    """A quote with no source of its own (and no pull quote) takes the speaker of the nearest
    quote before it, up to two paragraphs back, that has a name or is unnamed (`“…,” one voter
    said. “…”`: the same voter, not a name further back); else of the nearest named one after
    it, in the same or the next paragraph.  Candidates are in document order, so paragraphs never
    decrease: the nearest fitting neighbour on each side is tracked, not searched for."""
    named_after = [len(candidates)] * (len(candidates) + 1)  # the first named speaker at or after each
    for position in range(len(candidates) - 1, -1, -1):
        speaker = speakers[position]
        named = speaker is not None and speaker.name is not None
        named_after[position] = position if named else named_after[position + 1]
    before = -1  # the last quote so far whose speaker a following one may take
    for position, here in enumerate(candidates):
        if speakers[position] is None and here.echo_of is None:
            speakers[position] = _neighbour(candidates, speakers, position, before, named_after[position + 1])
        speaker = speakers[position]
        if speaker is not None and (speaker.name is not None or speaker.type == SpeakerType.UNNAMED):
            before = position


def _neighbour(candidates: Sequence[Candidate], speakers: Sequence[Speaker | None], position: int,
               before: int, after: int) -> Speaker:
    here = candidates[position]
    previous = speakers[before] if before >= 0 else None
    if previous is not None and here.paragraph - candidates[before].paragraph <= 2:
        return attrs.evolve(previous, confidence=min(previous.confidence, 0.75))
    following = speakers[after] if after < len(candidates) else None
    if following is not None and candidates[after].paragraph - here.paragraph <= 1:
        return attrs.evolve(following, confidence=min(following.confidence, 0.6))
    return UNRESOLVED


def resolve_mention(source: Span, context: Context) -> Speaker:
    """The speaker a source mention names."""
    words = source.text.split()
    low = without_contraction(fold(source.text).strip(), context.lexicon)
    chained = from_coreference_chain(source, context)
    if chained is not None:
        return chained
    if low in ("who", "which"):
        return relative_antecedent(source, context)
    if low in context.lexicon.lists["male_pronouns"] | context.lexicon.lists["female_pronouns"]:
        return pronoun_speaker(source, context, "m" if low in context.lexicon.lists["male_pronouns"] else "f")
    if low.replace("’", "'").split("'")[0] in ("i", "you"):
        return UNRESOLVED  # the writer or a reader ("I", "I'd"): never a name
    if low == "it":
        return it_speaker(source, context)
    joint_mention = bool(JOINT.match(low))
    if low in context.lexicon.lists["plural_source_pronouns"] or joint_mention:
        joint = joint_speaker(source, context) if joint_mention else None
        if joint is not None:
            return joint
        return plural_speaker(source, context)
    joint_names = named_joint(source, context)
    if joint_names is not None:
        return joint_names
    if strip_possessive(head_noun(words, context.lexicon)) in context.lexicon.words[
        "document_noun"
    ] and DOCUMENT_HEAD.search(source.text):
        # before any name the phrase merely holds: "the exit polls in Nova Scotia" have no author
        return document_source(source, words, context) or Speaker(None, SpeakerType.UNNAMED, confidence=0.5)
    # the name in the head phrase first: "Paul Krugman of the New York Times" is Krugman
    entity = context.index.at(source.start, head_phrase_end(source, context.lexicon))
    if entity is None or entity.kind != PERSON:
        entity = context.index.at(source.start, source.end)
    if entity is not None and entity.kind == PERSON:
        if not names_another_source(source, entity, context):
            return person_speaker(entity, 1.0)
        entity = None  # "Mrs. Clinton's campaign": the campaign speaks, not Mrs. Clinton
    anaphor = organisation_anaphor(source, words, context)
    if anaphor is not None:
        return anaphor
    if unnamed_source(words, context.lexicon) or (len(words) == 2 and fold(words[0]) in ("his", "her", "their")):
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.9)  # "her office said": the office, unnamed
    if headed_by_organisation(words, context.lexicon):
        return Speaker(
            organisation_name(without_article(source.text), context), SpeakerType.ORGANIZATION, confidence=0.85
        )
    described = described_person(source, context)
    if described is not None:
        return described
    if entity is not None and entity.kind == ORGANIZATION and heads_the_source(source, entity, words, context):
        return Speaker(organisation_name(entity.canonical, context), SpeakerType.ORGANIZATION, confidence=0.9)
    if is_organisation(source.text, context.lexicon):
        return Speaker(
            organisation_name(without_article(source.text), context), SpeakerType.ORGANIZATION, confidence=0.85
        )
    bare = without_article(source.text)
    if ACRONYM.fullmatch(strip_possessive(bare)) and strip_possessive(bare) in context.acronyms:
        return Speaker(context.acronyms[strip_possessive(bare)], SpeakerType.ORGANIZATION, confidence=0.85)
    if AGED_DESCRIPTION.match(source.text) or is_epithet(words, context.lexicon):
        # "the 26-year-old right wing said", "says the affable proprietor": the person just named
        described = recent_subject(source, context)
        if described is not None:
            return described
    role_words = [w for w in (strip_possessive(w).lower() for w in bare.split()) if w in context.lexicon.title_words]
    if role_words and not set(role_words) <= context.lexicon.words["descriptor_title"]:
        # a role the article never ties to a name: "the Ohio governor" — not a name, not a guess
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.4)
    if role_words:  # "an actor in Dallas" is unnamed; "the gambling tycoon" is someone the text means but never ties
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.4) if INDEFINITE.match(source.text) else UNRESOLVED
    words = bare.split()
    if words and any(w[:1].islower() for w in words[1:]):
        # "Other senators", "A school spokesman": capitalised only because it opens the sentence
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.4) if words[-1].endswith("s") else UNRESOLVED
    if len(words) == 1:  # "Democrats", "another", "Guccifer", "There"
        return lone_word(bare, context) if bare[:1].isupper() else group_speaker(words, context.lexicon) or UNRESOLVED
    if bare[:1].isupper() and len(words) <= 3:
        return capitalised_words(bare, source, context)
    return UNRESOLVED

"""Stage 5, resolution: from each candidate's source mention to its speaker (SPEC §3).

Names resolve through the entity index; pronouns to the current speaker or the most recent
fitting person; role descriptions to the person the article gave that role; quotes without a
source of their own take their neighbour's speaker.  What cannot be resolved keeps its mention,
gets ``speaker: null`` and a low confidence — never a guess dressed as a fact.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Quote, SpeakerType, made_quote
from ..names.spelling import fold, visible
from ..regexes import LazyPattern
from .antecedents import (
    JOINT,
    JOINT_OPENINGS,
    from_coreference_chain,
    joint_speaker,
    named_joint,
    pronoun_speaker,
    recent_subject,
    relative_antecedent,
    unnamed_person,
)
from .bodies import (
    described_organisation,
    it_speaker,
    lower_case_description,
    named_city,
    named_office,
    party_speaker,
    plural_source,
    plural_speaker,
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
from .described_people import anonymous_person, lede_person, met_indefinitely, named_when_quoted
from .descriptions import (
    aged_description,
    aged_person,
    appositive_names,
    appositive_person,
    described_person,
    head_phrase_end,
    is_epithet,
    only_role_holder,
    subject_just_before,
    unlisted_person,
)
from .documents import document_head, document_source, titled_document
from .lone_words import group_speaker, lone_word, without_contraction
from .mentions import ORGANIZATION, PERSON
from .neighbours import speakers_from_neighbours
from .organisations import (
    capitalised_words,
    headed_by_organisation,
    heads_the_source,
    is_organisation,
    names_another_source,
    organisation_anaphor,
    police_force,
    unnamed_source,
)
from .patterns import INDEFINITE
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
    context.contents = sorted(map(_CONTENT_SPAN, candidates))
    speakers: list[Speaker | None] = [None] * len(candidates)
    # first pass: everything with a source of its own, in order (pronouns need earlier speakers)
    for position, candidate in enumerate(candidates):
        if candidate.testimony:
            speakers[position] = Speaker(None, SpeakerType.UNNAMED, confidence=0.85)  # "the court heard that …"
        elif candidate.source is not None:
            speaker = resolve_mention(candidate.source, context)
            speakers[position] = speaker
            if speaker.type == SpeakerType.UNNAMED and unnamed_person(candidate.source, speaker, context):
                unnamed: list[tuple[int, Speaker]] = context.keep("unnamed people", list)
                unnamed.append((candidate.source.start, speaker))
            if speaker.type == SpeakerType.UNNAMED and plural_source(candidate.source, context):
                groups: list[int] = context.keep("unnamed groups", list)
                groups.append(candidate.source.start)  # "Union members say"
            if speaker.name is not None:
                context.history.append((candidate.source.start, speaker))
                if speaker.type == SpeakerType.ORGANIZATION:
                    context.organisation_speakers.add(speaker.name)
                sentence = context.sentence_at(candidate.source.start)
                if sentence is not None:
                    context.person_by_sentence[sentence.start] = speaker
    # second pass: quotes with no source take their neighbour's speaker; a pull quote its original's
    speakers_from_neighbours(candidates, speakers, context)
    for position, candidate in enumerate(candidates):
        if candidate.echo_of is not None:
            speakers[position] = _echoed_speaker(candidates, speakers, candidate.echo_of)
    rounded: dict[float, float] = {}  # each confidence product of the article, rounded once (``round`` is slow)
    return [_quote(candidate, speaker or UNRESOLVED, rounded) for candidate, speaker in zip(candidates, speakers)]


_CONTENT_SPAN = operator.attrgetter("content.start", "content.end")  # a candidate's (start, end), made in C


def _echoed_speaker(candidates: Sequence[Candidate], speakers: Sequence[Speaker | None], start: int) -> Speaker:
    """The speaker of the quote a pull quote repeats (the record holding that quotation)."""
    for candidate, speaker in zip(candidates, speakers):
        if candidate.echo_of is None and candidate.content.start <= start < candidate.content.end:
            return speaker or UNRESOLVED
    return UNRESOLVED


def _quote(candidate: Candidate, speaker: Speaker, rounded: dict[float, float]) -> Quote:
    product = candidate.confidence * speaker.confidence  # a few values recur through an article
    confidence = rounded.get(product)
    if confidence is None:
        confidence = rounded[product] = round(product, 3)
    name, role = speaker.name, speaker.role
    return made_quote(
        content=candidate.content,
        kind=candidate.kind,
        # names are output without soft hyphens (``visible``: an ASCII name holds none, told here without a call)
        speaker=name if not name or name.isascii() else visible(name),
        speaker_type=speaker.type,
        speaker_role=role if not role or role.isascii() else visible(role),
        mention=candidate.source,
        cue=candidate.cue,
        confidence=confidence,
        note=candidate.note,
    )


def resolve_mention(source: Span, context: Context) -> Speaker:
    """The speaker a source mention names."""
    words = source.text.split()
    low = without_contraction(fold(source.text).strip(), context.lexicon)
    chained = from_coreference_chain(source, context)
    if chained is not None:
        return chained
    if low in ("who", "which"):
        return relative_antecedent(source, context)
    male, female = context.lexicon.lists["male_pronouns"], context.lexicon.lists["female_pronouns"]
    if low in male or low in female:
        return pronoun_speaker(source, context, "m" if low in male else "f")
    if low.startswith(("i", "you")) and low.replace("’", "'").split("'")[0] in ("i", "you"):
        return UNRESOLVED  # the writer or a reader ("I", "I'd"): never a name
    if low == "it":
        return it_speaker(source, context)
    # "the two", "both leaders": a pair named before; not "two people involved in …" (indefinite) nor
    # "[mother of] two Leanne Briggs"
    joint_mention = low.startswith(JOINT_OPENINGS) and bool(JOINT.match(low)) and fold(words[0]) != "two"
    if low in context.lexicon.lists["plural_source_pronouns"] or joint_mention:
        joint = joint_speaker(source, context) if joint_mention else None
        if joint is not None:
            return joint
        return plural_speaker(source, context)
    joint_names = named_joint(source, context) or appositive_names(source, context)
    if joint_names is not None:
        return joint_names
    city = named_city(words, context)
    if city is not None:  # "The city says", "city documents say": the City of Surrey the article names
        return city
    head = head_noun(words, context.lexicon)  # read once: the document, unnamed and organisation rules ask it
    if strip_possessive(head) in context.lexicon.words["document_noun"] and document_head(
            source, context.lexicon) is not None:
        # before any name the phrase merely holds: "the exit polls in Nova Scotia" have no author
        return document_source(source, words, context) or Speaker(None, SpeakerType.UNNAMED, confidence=0.5)
    titled = titled_document(source, context)
    if titled is not None:  # "Canada’s Food Price Report", "the Bank of Canada’s Monetary Policy Report"
        return titled
    appositive = appositive_person(source, context)
    if appositive is not None:  # "Wise’s dad, Darrin": the name after the role, not its possessor
        return appositive
    bare = without_article(source.text)  # read once: several rules below ask it
    described = police_force(source, words, context) or described_organisation(bare, context.lexicon)
    if described is not None:  # "Britain's car industry body SMMT": SMMT, not Britain
        return described
    # the name in the head phrase first: "Paul Krugman of the New York Times" is Krugman
    entity = context.index.at(source.start, head_phrase_end(source, context.lexicon))
    if entity is None or entity.kind != PERSON:
        entity = context.index.at(source.start, source.end)
    if entity is not None and entity.kind == PERSON:
        if not names_another_source(source, entity, context):
            return person_speaker(entity, 1.0)
        if INDEFINITE.match(source.text) and fold(words[-1]) in context.lexicon.people_words:
            return Speaker(None, SpeakerType.UNNAMED, confidence=0.7)  # "one former Trump employee": unnamed
        entity = None  # "Mrs. Clinton's campaign": the campaign speaks, not Mrs. Clinton
    if INDEFINITE.match(source.text):
        quoted_later = named_when_quoted(source, words, context)
        if quoted_later is not None:
            return quoted_later
    anaphor = named_office(source, words, context) or organisation_anaphor(source, words, context) or party_speaker(
        source, context)  # "said his office" after "a statement released by the Prime Minister's Office"
    if anaphor is not None:
        return anaphor
    if unnamed_source(words, context.lexicon, head) or (len(words) == 2 and fold(words[0]) in ("his", "her", "their")):
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.9)  # "her office said": the office, unnamed
    if (bare.endswith(_OFFICE_ENDINGS) and _OFFICE_OF.fullmatch(bare)) or (
            bare.startswith(_GROUP_OPENINGS) and _GROUP_OF.fullmatch(bare)):
        # "Trudeau's office said" (as "his office said"), "a group of scholars wrote": no one named
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.8)
    around = context.index.around(source.start, source.end) if entity is None else None
    if around is not None and around.kind == ORGANIZATION:  # "the Meteorology, Climatology and … Agency"
        return Speaker(organisation_name(around.canonical, context), SpeakerType.ORGANIZATION, confidence=0.85)
    if headed_by_organisation(words, context.lexicon, head):
        lower_case = lower_case_description(words)
        if lower_case is not None:
            return lower_case
        return Speaker(
            organisation_name(bare, context), SpeakerType.ORGANIZATION, confidence=0.85
        )
    described = (anonymous_person(source, words, context) or described_person(source, context)
                 or only_role_holder(source, words, context) or lede_person(source, words, context)
                 or met_indefinitely(source, words, context))
    if described is not None:
        return described
    if entity is not None and entity.kind == ORGANIZATION and heads_the_source(source, entity, words, context):
        return Speaker(organisation_name(entity.canonical, context), SpeakerType.ORGANIZATION, confidence=0.9)
    if is_organisation(source.text, context.lexicon):
        return Speaker(
            organisation_name(bare, context), SpeakerType.ORGANIZATION, confidence=0.85
        )
    unpossessed = strip_possessive(bare)
    if ACRONYM.fullmatch(unpossessed) and unpossessed in context.acronyms:
        return Speaker(context.acronyms[unpossessed], SpeakerType.ORGANIZATION, confidence=0.85)
    aged = aged_person(source, context)
    if aged is not None:  # "the 34-year-old said" after "John Smith, 34,"
        return aged
    if aged_description(source.text) or is_epithet(words, context.lexicon):
        # "the 26-year-old right wing said", "says the affable proprietor": the person just named
        described = recent_subject(source, context)
        if described is not None:
            # a feature about several people often means someone else than the last subject: a guess
            return described.with_confidence(0.55)
    unlisted = unlisted_person(bare, context)
    if unlisted is not None:  # "lead singer Riefian Fajarsyah", "the IFSD’s Azfar Ali Khan", "Jingyi Pan of IG"
        return unlisted
    role_words = [w for w in (strip_possessive(w).lower() for w in bare.split()) if w in context.lexicon.title_words]
    if role_words:
        previous_subject = subject_just_before(source, words, context)
        if previous_subject is not None:  # "Ruth Bader Ginsburg regrets …. ¶ The Supreme Court justice said"
            return previous_subject
    if role_words and not set(role_words) <= context.lexicon.words["descriptor_title"]:
        # a role the article never ties to a name: "the Ohio governor" — not a name, not a guess
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.4)
    if role_words:  # "an actor in Dallas" is unnamed; "the gambling tycoon" is someone the text means but never ties
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.4) if INDEFINITE.match(source.text) else UNRESOLVED
    head = strip_possessive(fold(bare.split()[-1])) if bare else ""
    lexicon = context.lexicon
    if bare and fold(bare.split()[-1]) in lexicon.words["preposition"]:  # "a person familiar with": cut short
        head = next((fold(w) for w in bare.split() if fold(w) in lexicon.people_words | lexicon.unnamed_heads), head)
    if INDEFINITE.match(source.text) and (head in lexicon.people_words or head in lexicon.unnamed_heads):
        # "A witness, who asked not to be identified, said", "One resident said": someone unnamed,
        # by what they are (the role lets `she said` after it mean the same witness)
        return Speaker(None, SpeakerType.UNNAMED, role=head, confidence=0.5)
    words = bare.split()
    if words and any(w[:1].islower() for w in words[1:]):
        # "Other senators", "A school spokesman": capitalised only because it opens the sentence
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.4) if words[-1].endswith("s") else UNRESOLVED
    if len(words) == 1:  # "Democrats", "another", "Guccifer", "There"
        return lone_word(bare, context) if bare[:1].isupper() else group_speaker(words, context.lexicon) or UNRESOLVED
    if bare[:1].isupper() and len(words) <= 3:
        return capitalised_words(bare, source, context)
    return UNRESOLVED


_OFFICE_OF = LazyPattern(  # "Trudeau's office", "the mayor’s office" (a spokesman of a role may be named before)
    r"\p{Lu}[\p{L}.’' -]*?[’']s?\s+(?:office|staff|team|aides|spokesperson|spokeswoman|spokesman)"
    r"|\p{Ll}[\p{Ll} -]*?[’']s?\s+(?:office|staff|team|aides)")
_GROUP_OF = LazyPattern(r"(?:group|number|coalition|handful|dozens|hundreds|thousands)\s+of\s+\p{Ll}[\p{Ll} -]*")
# what an ``_OFFICE_OF`` match ends with and a ``_GROUP_OF`` match starts with: told before the
# patterns are asked (most sources are neither, and then neither pattern is compiled)
_OFFICE_ENDINGS = ("office", "staff", "team", "aides", "spokesperson", "spokeswoman", "spokesman")
_GROUP_OPENINGS = ("group", "number", "coalition", "handful", "dozens", "hundreds", "thousands")

"""Organisations as sources: anaphors (`the department`), documents and their authors, heads."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from ..model import SpeakerType
from ..names.spelling import fold
from ..regexes import LazyPattern
from .antecedents import recent_subject
from .bodies import organisation_just_spoke, place_or_outlet, speaker_holding
from .context import (
    PRONOUN_REACH,
    UNRESOLVED,
    Speaker,
    head_noun,
    organisation_name,
    without_article,
)
from .mentions import ORGANIZATION
from .patterns import INDEFINITE, WEB_NAME
from .story_organisation import main_organisation, subject_mention_at
from .tokens import strip_possessive

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from ..model import Span
    from .context import Context
    from .coref import Entity
    from .mentions import NameMention


def capitalised_words(bare: str, source: Span, context: Context) -> Speaker:
    """Two or three capitalised words no entity holds: a state (`New Hampshire`), a group (`Some
    Democrats`), a party member by place (`a New Hampshire Republican`), else a name the lexicons
    do not know."""
    lexicon = context.lexicon
    bare = _AGE.sub("", bare)  # "Haines, 44"
    words = bare.split()
    state = lexicon.us_states.get(bare)
    if state is not None:
        return Speaker(state, SpeakerType.ORGANIZATION, confidence=0.5)
    if words[0].lower() in lexicon.words["determiner"]:
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.5)  # "Some Democrats", "Other Republicans"
    if words[-1].lower() in lexicon.words["party_member"]:  # "a New Hampshire Republican"
        if INDEFINITE.match(source.text) or words[-1].lower().endswith("s"):
            return Speaker(None, SpeakerType.UNNAMED, confidence=0.4)  # "Leading Democrats": a group
        described = recent_subject(source, context, same_party=words[-1].lower())
        # "Mitch McConnell blamed … “…,” the Kentucky Republican said": the person just written about
        return described.with_confidence(0.6) if described is not None else UNRESOLVED
    if _known_organisation(bare, source, context):
        return Speaker(organisation_name(bare, context), SpeakerType.ORGANIZATION, confidence=0.6)
    return Speaker(bare, SpeakerType.PERSON, confidence=0.5)  # a name the lexicons don't know


def _known_organisation(name: str, source: Span, context: Context) -> bool:
    """A name no lexicon knows that the article already treats as an organisation: an author it
    resolved as one, or the body of someone's title (`Sevaun Palvetzian, CEO of Civic Action`)."""
    if name in context.organisation_speakers:  # history is in source order: every one so far is before
        return True
    titled: dict[str, bool] = context.keep("titled_bodies", dict)  # name -> the article titles someone by it
    if name not in titled:
        # the pattern is compiled per name (slowly): only for a name that follows `of` or `at` somewhere
        titled[name] = _after_of_or_at(context.text, name) and any(
            fold(found.group(1)) in context.lexicon.title_words
            for found in regex.finditer(rf"\b(\p{{L}}+)\s+(?:of|at)\s+(?:the\s+)?{regex.escape(name)}\b", context.text))
    return titled[name]


def _after_of_or_at(text: str, name: str) -> bool:
    """Whether ``name`` stands somewhere in ``text`` after `of` or `at` (then spaces, perhaps `the`
    and spaces): what the pattern of ``_known_organisation`` needs before it can match."""
    position = text.find(name)
    while position >= 0:
        end = _before_spaces(text, position)
        if text.endswith("the", 0, end):
            end = _before_spaces(text, end - 3)
        if text.endswith(("of", "at"), 0, end):
            return True
        position = text.find(name, position + 1)
    return False


def _before_spaces(text: str, end: int) -> int:
    """Where the run of white space ending at ``end`` starts."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def police_force(source: Span, words: Sequence[str], context: Context) -> Speaker | None:
    """`Police said`, `the police said`: the one police force the article named before, if any."""
    if len(words) > 2 or not words or words[-1].lower() != "police" or [w.lower() for w in words] not in (
            ["police"], ["the", "police"]):
        return None  # the last word first: most sources end otherwise
    force = _only_organisation_holding("police", source, context)
    return force if force is not None and _POLICE_FORCE.search(force.name or "") else None


# a force's name ends with its kind (not `the Ontario Civilian Police Commission`, which oversees one)
_POLICE_FORCE = LazyPattern(r"(?i)\bpolice(?:\s+(?:service|services|department|force))?$")


def organisation_anaphor(source: Span, words: Sequence[str], context: Context) -> Speaker | None:
    """`the department`, `the campaign`, `the newspaper`: the organisation of that kind named last
    (in the last few paragraphs, outside quotations); None when there is none to name.  `the
    company` and `the group` are left alone: the company meant is too often one the lexicons do
    not know, and the last organisation they do know is another (Exxon after the Bank of Japan)."""
    if len(words) < 2 or words[0].lower() != "the":
        return None
    head = strip_possessive(words[-1]).lower()
    classes = context.lexicon.words
    if len(words) > 2:
        # "the Ottawa-based company", "the e-commerce firm": described, not named
        if len(words) > MAX_DESCRIBING_WORDS + 2:
            return None
        if not (head in context.lexicon.lists["described_org_heads"] or head in classes["org_anaphor_named"]) or (
                not all(_describing_word(w, context) for w in words[1:-1])):
            return None
    if head in classes["org_anaphor_main"]:
        # no organisation named: `company` is no name; a described one (`the rights group`) is one
        # of the organisations the lexicons know, not any capitalised word
        # "Canadian Pacific Railway … the railway said": the one organisation named by the word
        # first, over another that spoke since (a document's title taken for its author)
        return (_only_organisation_holding(head, source, context)
                or main_organisation(source, context, typed_only=len(words) > 2) or UNRESOLVED)
    if head not in classes["org_anaphor_named"] and head not in classes["org_anaphor_outlet"]:
        return None
    lexicon = context.lexicon
    for mention in reversed(context.mentions_before(source.start, reach=PRONOUN_REACH)):
        entity = context.index.by_mention_start.get(mention.span.start)
        if mention.in_quotation or entity is None or entity.kind != ORGANIZATION:
            continue
        name = entity.canonical
        fits = name in lexicon.outlets if head in classes["org_anaphor_outlet"] else _holds_kind(head, name, lexicon)
        if fits:
            return Speaker(organisation_name(name, context), SpeakerType.ORGANIZATION, confidence=0.7)
    if head in classes["org_anaphor_outlet"]:
        return None
    earlier = _only_organisation_holding(head, source, context) or speaker_holding(head, source, context)
    if earlier is not None:
        return earlier
    # "Health Canada issued a recall. The department said …": no name holds the head word; a
    # government body is the organisation just named (this paragraph or the one before); else no
    # one: `department`, `the campaign` are no names (whose campaign is the story's question)
    just_named = _government_body(source, context) if head in classes["government_body"] else None
    return just_named or UNRESOLVED


def _holds_kind(head: str, name: str, lexicon: Lexicon) -> bool:
    """Whether an organisation's name says it is of the kind `the HEAD` means: holds the word, or
    a name of that kind (`the hospital` for `Mercy Valley Medical Center`: rule_words `hospital_names`)."""
    words = fold(name).split()
    if head in words:
        return True
    kinds = lexicon.phrases.get(f"{head}_names", frozenset())
    return any(tuple(words[i:i + len(kind)]) == kind for kind in kinds for i in range(len(words)))


def _government_body(source: Span, context: Context) -> Speaker | None:
    """`the department`, `the agency` with no name holding the word: the organisation just named
    as a clause's subject (`Health Canada issued a recall`), else the one that spoke last (`The
    TTC says … ¶ … between St. Clair and Union stations, the transit agency said`), else the
    one just named anywhere."""
    named = _organisation_just_named(source, context)
    if named is not None and named[1]:
        return named[0]
    return organisation_just_spoke(source, context) or (named[0] if named is not None else None)


MAX_DESCRIBING_WORDS = 3


def _describing_word(word: str, context: Context) -> bool:
    """A word describing an organisation, no part of its name: lower case (`struggling`), a
    place joined to `based` (`Ottawa-based`), or a nationality (`Canadian`)."""
    return (word.islower() and word.replace("-", "").isalpha()) or word.lower().endswith("-based") or (
        word.lower() in context.lexicon.demonyms)


def _only_organisation_holding(head: str, source: Span, context: Context) -> Speaker | None:
    """`the commission` many paragraphs after the Mass Casualty Commission: the one organisation
    named before whose name holds the word (two such, and the word names neither for sure —
    unless the article already called the first one so before the second was named in passing)."""
    def index() -> tuple[list[int], list[str | None]]:
        starts: list[int] = []
        only: list[str | None] = []  # the one name holding the word up to here, None once two do
        in_use: list[int] | None = None  # where the text writes `the HEAD`: searched at a second name only
        for mention in context.mentions:
            entity = context.index.by_mention_start.get(mention.span.start)
            if (mention.in_quotation or entity is None or entity.kind != ORGANIZATION
                    or not _holds_kind(head, entity.canonical, context.lexicon)):
                continue
            previous = only[-1] if only else entity.canonical
            if starts and in_use is None:  # (most articles name at most one: no pattern made for the word)
                in_use = [found.start() for found in regex.finditer(rf"\b[Tt]he {regex.escape(head)}\b", context.text)]
            used = in_use is not None and bisect.bisect_left(in_use, mention.span.start) > bisect.bisect_right(
                in_use, starts[0])  # the word already stood for the one named first
            starts.append(mention.span.start)
            only.append(entity.canonical if previous == entity.canonical else previous if used else None)
        return starts, only

    starts, only = context.keep("organisations holding " + head, index)
    at = bisect.bisect_left(starts, source.start) - 1
    name = only[at] if at >= 0 else None
    if name is None:
        return None
    return Speaker(organisation_name(name, context), SpeakerType.ORGANIZATION, confidence=0.6)


def _organisation_just_named(source: Span, context: Context) -> tuple[Speaker, bool] | None:
    """The organisation named last before ``source`` (outside quotations; not an outlet or a
    place), when that is in the source's paragraph or the one before (by bisection); and whether
    that mention is a clause's subject."""
    starts = context.keep("bodies_named", lambda: [m.span.start for m in context.mentions if _names_a_body(m, context)])
    at = bisect.bisect_left(starts, source.start) - 1
    if at < 0 or context.positions_apart(starts[at], source.start) > 1:
        return None
    entity = context.index.by_mention_start[starts[at]]
    speaker = Speaker(organisation_name(entity.canonical, context), SpeakerType.ORGANIZATION, confidence=0.5)
    return speaker, subject_mention_at(starts[at], context)


def _names_a_body(mention: NameMention, context: Context) -> bool:
    """An organisation's mention outside quotations that is no outlet and no place."""
    entity = context.index.by_mention_start.get(mention.span.start)
    if mention.in_quotation or entity is None or entity.kind != ORGANIZATION:
        return False
    return not place_or_outlet(entity.canonical, context.lexicon)


def _mentions_inside(source: Span, entity: Entity, context: Context) -> list[NameMention]:
    return [m for m, e in context.index.within(source.start, source.end) if e is entity]


def names_another_source(source: Span, entity: Entity, context: Context) -> bool:
    """The person's name inside ``source`` modifies its head, another source: `Mrs. Clinton's
    campaign`, `Cameron’s spokesman`, `Sanders’ aides`, `one Clinton aide`.  A possessor of
    something said (`Trump’s repeated claims`, `Ryan’s language`) is the speaker."""
    inside = _mentions_inside(source, entity, context)
    if not inside:
        return False
    before = source.text[: inside[0].span.start - source.start].split()
    if (
        len(before) >= 2
        and fold(before[-1]) in ("for", "to", "of")
        and fold(before[-2]) not in context.lexicon.lists["recordings"]
        and any(w[:1].islower() and fold(w) not in ("for", "to", "of", "the", "a", "an") for w in before[:-1])
    ):
        return True  # "a spokeswoman for Trudeau", "an adviser to Justin Trudeau": someone else speaks
    rest = source.text[inside[-1].span.end - source.start :].split()
    if (
        not rest
        or rest[0].lower() in context.lexicon.lists["head_prepositions"]
        or rest[0].lower() in ("and", "or", ",", "-", "—", "–")
    ):
        return False  # "Robert Gordon of Northwestern University", "Hawkins and others": the person is a head
    head = strip_possessive(head_noun(rest, context.lexicon))
    return head in context.lexicon.agent_heads or head in context.lexicon.people_words  # "policy adviser", "Wise’s dad"


def heads_the_source(source: Span, entity: Entity, words: Sequence[str], context: Context) -> bool:
    """The organisation is the source unless the head noun, outside its name, is one of its people
    or someone's thing on it: `a Kremlin spokesman`, `the president of Judicial Watch`, `Verizon
    executives`, `her Twitter account` (`The New Hampshire Union Leader`, `a CNN poll` are its own)."""
    lexicon = context.lexicon
    head = strip_possessive(head_noun(words, context.lexicon))
    inside = [m for m in _mentions_inside(source, entity, context) if m.span.end <= source.end]
    medium = head in lexicon.lists["media"] or (len(words) > 1 and fold(words[1]) in lexicon.lists["media"])
    if medium and inside and _names_a_channel(context.text, source.start, inside[-1].span.start):
        return False  # "a post shared by his family on Facebook": the platform carries the post, no more
    if not (head in lexicon.title_words or head in lexicon.unnamed_heads or head in lexicon.words["possessed_agent"]
            or head in lexicon.words["of_an_organisation"]):
        return True
    return bool(inside) and head in {strip_possessive(w).strip(",.") for w in fold(inside[-1].span.text).split()}


_ON_A_CHANNEL = LazyPattern(r"\b(?:on|via)\s+(?:(?:the|his|her|its|their)\s+)?(?:\S+[’']s\s+)?$")


def _names_a_channel(text: str, start: int, end: int) -> bool:
    """``_ON_A_CHANNEL`` found between ``start`` and ``end``; asked only when the words it needs,
    `on` or `via`, are there (most sources before a name hold neither: `the`, `a`)."""
    between = text[start:end]
    return ("on" in between or "via" in between) and _ON_A_CHANNEL.search(text, start, end) is not None
_AGE = LazyPattern(r",\s*\d{1,3}$")


def unnamed_source(words: Sequence[str], lexicon: Lexicon, head: str | None = None) -> bool:
    """`officials`, `a member of the Russian delegation`, `Talkers`: sources the text leaves unnamed
    (``head``: the words' ``head_noun``, when the caller has read it)."""
    return bool(words) and (head_noun(words, lexicon) if head is None else head) in lexicon.unnamed_heads


def headed_by_organisation(words: Sequence[str], lexicon: Lexicon, head: str | None = None) -> bool:
    """`Russia’s foreign ministry`, `the French presidency`: named as written (``head`` as above)."""
    return bool(words) and strip_possessive(head_noun(words, lexicon) if head is None else head) in lexicon.org_heads


def is_organisation(text: str, lexicon: Lexicon) -> bool:
    bare = without_article(text)
    stripped = strip_possessive(bare)
    if stripped in lexicon.countries or stripped in lexicon.organisations or stripped in lexicon.metonyms:
        return True
    if "." in stripped and WEB_NAME.fullmatch(stripped):  # a web address has a dot (most sources have none)
        return True
    return strip_possessive(head_noun(bare.split(), lexicon)) in lexicon.org_heads

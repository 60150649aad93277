"""People the article describes without naming them where they speak: someone who asked not to
be named, one it met indefinitely before (`a landlord … The landlord said`), and a lede's
description of the person the next paragraphs name (`A Toronto woman says … ¶ Sarah Lee, 29,`)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from ..model import Kind, SpeakerType
from ..names.spelling import fold
from ..regexes import LazyPattern
from .context import Speaker, head_noun, person_speaker
from .mentions import PERSON
from .patterns import word_after_spaces
from .tokens import strip_possessive

if TYPE_CHECKING:
    from ..model import Span
    from .context import Context


def anonymous_person(source: Span, words: Sequence[str], context: Context) -> Speaker | None:
    """`The landlord, who asked not to be named, told …`, `a teacher who requested anonymity`:
    unnamed, whatever the article names elsewhere."""
    if _anonymity_after(context.text, source.end):
        return Speaker(None, SpeakerType.UNNAMED, _person_described(words), confidence=0.8)
    return None


def met_indefinitely(source: Span, words: Sequence[str], context: Context) -> Speaker | None:
    """`a landlord told her … The landlord said`: a person noun (no title) the article met
    indefinitely before and no named person took — unnamed, not unresolved."""
    if len(words) < 2 or fold(words[0]) != "the":
        return None
    head = strip_possessive(fold(words[-1]))
    lists = context.lexicon.lists
    if not (head in context.lexicon.words["person_noun"] or head in lists["female_people"]
            or head in lists["male_people"]) or head in context.lexicon.title_words:
        return None
    if not met_indefinitely_in(head, context.text[:source.start], modifiers=3):
        return None  # "the landlord" never met as "a landlord": someone the article may name
    return Speaker(None, SpeakerType.UNNAMED, _person_described(words), confidence=0.6)


def met_indefinitely_in(head: str, text: str, *, modifiers: int) -> bool:
    """`a landlord`, `an off-duty police officer`: the noun ``head`` after `a`/`an`/`one` and at
    most ``modifiers`` words, somewhere in ``text``."""
    if head not in text:
        return False  # the pattern holds the noun as written: where it is absent, none is made nor asked
    return regex.search(rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,{modifiers}}}{regex.escape(head)}\b",
                        text) is not None


# nothing but the full stop or an affiliation after a name: no apposition that introduces a newcomer
_NAME_ALONE = LazyPattern(r"\s*(?:[.!?;]|\p{Ll}+[.!?]|(?:of|with|from|at)\s+(?:the\s+)?\p{Lu})")

# a relative clause of anonymity right after the source: ", who asked not to be named,"
_ANONYMITY = LazyPattern(
    r",?\s*who\s+(?:asked|requested|spoke|declined|did\s+not\s+want|didn[’']t\s+want|was(?:\s+not|n[’']t)\s+authori[sz]ed)"
    r"[^,.;]{0,60}?(?:named|identified|anonymity|name|publicly)")


def _anonymity_after(text: str, end: int) -> bool:
    """Whether ``_ANONYMITY`` matches at ``end``, asked only where `who` follows past a comma and
    spaces (most sources): ``regex`` looks for a pattern's required `who` through the rest of the
    text before it tries to match at ``end``, a cost that grows with the article."""
    after = end + 1 if text.startswith(",", end) else end
    for words in ("who", _ANONYMITY_VERBS):  # `who`, then the verb after it
        start = word_after_spaces(text, after)
        if start is None:
            break  # a longer run of spaces than read: the pattern tells
        if not text.startswith(words, start):
            return False
        after = start + 3
    return _ANONYMITY.match(text, end) is not None


_ANONYMITY_VERBS = ("asked", "requested", "spoke", "declined", "did", "was")  # what ``_ANONYMITY`` has after `who`


def lede_person(source: Span, words: Sequence[str], context: Context) -> Speaker | None:
    """`A Toronto woman says she was denied a rental … ¶ Sarah Lee, 29, says …`: an indefinite
    person in the lede is the first person the next paragraph names in full, of the same sex."""
    if len(words) < 2 or fold(words[0]) not in ("a", "an"):
        return None
    head = strip_possessive(fold(words[-1]))
    if not _person_word(head, context) or context.positions_apart(0, source.start) > 1:
        return None  # the title is paragraph 0; the lede is the story's first paragraph
    opening = context.text[context.paragraph_start(source.start):source.start]
    if opening.strip() and not _DATELINE.fullmatch(opening):
        return None  # the description opens the lede ("A Toronto woman says"), after a dateline at most
    sex = _sex_of(head, context)
    for mention in context.mentions_from(source.end, len(context.text)):
        if context.positions_apart(source.start, mention.span.start) > 1:
            return None
        entity = context.index.by_mention_start.get(mention.span.start)
        if mention.in_quotation or entity is None or entity.kind != PERSON or mention.first is None:
            continue
        if sex is not None and entity.gender not in (sex, None):
            continue
        return person_speaker(entity, 0.6)
    return None


def named_when_quoted(source: Span, words: Sequence[str], context: Context) -> Speaker | None:
    """`A spokeswoman for Trudeau said … ¶ “…,” said Eleanore Catenaro.`: an indefinite person
    is the person the next attribution names for the first time, when that attribution follows a
    quotation (the writer names someone already met, not a newcomer: `Sarah Lee, 29, says`), no
    other person is named between them (outside quotations), it is in the same or the next
    paragraph, and the name carries no role of its own (`said chief executive Keith Creel`)."""
    if len(words) < 2 or fold(words[0]) not in ("a", "an") or _anonymity_after(context.text, source.end):
        return None
    head = strip_possessive(head_noun(words, context.lexicon))  # `spokeswoman` of `A spokeswoman for Trudeau`
    if not _person_word(head, context):
        return None
    sources = context.keep("source starts", lambda: sorted(
        c.source.start for c in context.article.candidates if c.source is not None))
    after_quotations = context.keep("sources after quotations", lambda: frozenset(
        c.source.start for c in context.article.candidates
        if c.source is not None and c.kind != Kind.INDIRECT and c.content.end <= c.source.start))
    following = bisect.bisect_right(sources, source.start)
    if following == len(sources) or sources[following] not in after_quotations:
        return None  # the next attribution is not a quotation's
    for mention in context.mentions_from(source.end, sources[following] + 1):
        entity = context.index.by_mention_start.get(mention.span.start)
        if mention.in_quotation or entity is None or entity.kind != PERSON:
            continue
        first_mention = entity.mentions[0].span.start == mention.span.start and mention.first is not None
        if (not first_mention or mention.span.start != sources[following] or mention.role is not None
                or context.positions_apart(source.start, mention.span.start) > 1
                or not _NAME_ALONE.match(context.text, mention.span.end)):
            return None
        sex = _sex_of(head, context)
        return person_speaker(entity, 0.6) if sex is None or entity.gender in (sex, None) else None
    return None


def _sex_of(head: str, context: Context) -> str | None:
    lists = context.lexicon.lists
    return "f" if head in lists["female_people"] else "m" if head in lists["male_people"] else None


_DATELINE = LazyPattern(r"\s*\p{Lu}[\p{Lu}\p{L}.,’' ]*(?:\(\p{Lu}+\))?\s*[—–-]+\s*")


def _person_word(head: str, context: Context) -> bool:
    lists = context.lexicon.lists
    return head in context.lexicon.people_words or head in lists["female_people"] or head in lists["male_people"]


def _person_described(words: Sequence[str]) -> str | None:
    """What an unnamed person is, as written (`landlord`), for ``speaker_role``."""
    described = [w for w in words[1:] if w[:1].isalpha()]
    return " ".join(described) or None

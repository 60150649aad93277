"""The organisation a story is about: the one `the company said` means when no name holds the word
(the organisation that spoke last, else the one the article names most), read once per article."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..model import SpeakerType
from ..names.spelling import fold
from ..regexes import LazyPattern
from .context import Speaker, last_speaker_of, organisation_name
from .lone_words import not_a_name
from .mentions import ORGANIZATION

if TYPE_CHECKING:
    from ..model import Span
    from .context import Context
    from .mentions import NameMention


def main_organisation(source: Span, context: Context, *, typed_only: bool = False) -> Speaker | None:
    """`the company said`, `the club said`: the organisation that spoke last, else the one the
    article has named most often so far (the story's company), known to the lexicons or not
    (`Tesla`, `SNC-Lavalin`); never a place, a nation or an outlet."""
    spoke = last_speaker_of(source, context, (SpeakerType.ORGANIZATION,))
    if not (spoke is not None and spoke.name is not None and spoke.name[:1].isupper()
            and fold(spoke.name) not in context.lexicon.words["group_noun"]):
        spoke = None
    named = _named_organisations(source, context)
    here = context.paragraph_of(source.start)
    known = {n: starts for n, starts in named.items() if _typed_organisation(starts[-1], context)
             and subject_mention_at(starts[-1], context)}
    if known:
        recent = max(known, key=lambda n: known[n][-1])
        if context.paragraph_of(known[recent][-1]) == here and (spoke is None or recent != spoke.name):
            # "… Procter & Gamble rallied. The company said …": the one this paragraph just made its
            # subject, over another that spoke before
            return Speaker(organisation_name(recent, context), SpeakerType.ORGANIZATION, confidence=0.6)
    if spoke is not None:
        return spoke
    if typed_only:
        named = {n: starts for n, starts in named.items() if _typed_organisation(starts[-1], context)}
    if not named:
        return None
    best = max(named, key=lambda n: (len(named[n]), named[n][-1]))
    return Speaker(organisation_name(best, context), SpeakerType.ORGANIZATION, confidence=0.6)


def subject_mention_at(start: int, context: Context) -> bool:
    at = bisect.bisect_left(context.mention_starts, start)
    return at < len(context.mentions) and context.mention_starts[at] == start and context.is_subject(at)


def _typed_organisation(start: int, context: Context) -> bool:
    """The mention at ``start`` is an organisation by the lexicons or its form (`Procter & Gamble`,
    `Hockey Canada`), not a capitalised word whose kind only context could tell (`Late`, `Oreo`)."""
    entity = context.index.by_mention_start.get(start)
    return entity is not None and entity.kind == ORGANIZATION


def _named_organisations(source: Span, context: Context) -> dict[str, list[int]]:
    """Organisations named before ``source`` outside quotations and headlines, with where: any
    capitalised name no lexicon gives another role (not a place, nation, outlet or person).

    Sources are resolved in document order, so the tally of the mentions read so far is kept for
    the article and only the mentions since the last source are read: many `the company said`
    in one article stay linear.  (A source before the last one, or an article of more than
    ``ORGANISATION_REACH`` paragraphs, is read from its start.)"""
    window = context.mention_range(source.start, reach=ORGANISATION_REACH)
    tally = context.keep("organisation_tally", _Tally)
    if window.start != 0 or window.stop < tally.upto:
        plain = _Tally()
        plain.read(context, window.start, window.stop)
        return plain.named
    tally.read(context, tally.upto, window.stop)
    return tally.named


ORGANISATION_REACH = 10_000  # paragraphs back in which "the company" looks for the story's company


class _Tally:
    """The organisations named in mentions ``0 .. upto - 1`` (``_named_organisations``)."""

    def __init__(self) -> None:
        self.upto = 0
        self.named: dict[str, list[int]] = {}

    def read(self, context: Context, first: int, stop: int) -> None:
        surnames = context.folded_surnames
        for index in range(first, stop):
            mention = context.mentions[index]
            name = _organisation_named(mention, context)
            if name is not None and fold(name) not in surnames:  # "Musk" is a person
                self.named.setdefault(name, []).append(mention.span.start)
        self.upto = max(self.upto, stop)


def _organisation_named(mention: NameMention, context: Context) -> str | None:
    """The organisation a mention names for ``_named_organisations``, None for any other."""
    lexicon = context.lexicon
    paragraph = context.paragraph_of(mention.span.start)
    if mention.in_quotation or (paragraph >= 0 and context.article.paragraphs[paragraph].headline):
        return None  # a headline's words ("ABSTRACT", "… Crashes Into Sea") name no company
    entity = context.index.by_mention_start.get(mention.span.start)
    name = entity.canonical if entity is not None else mention.name.text
    if (entity is not None and entity.kind != ORGANIZATION) or (entity is None and mention.kind != "unknown"):
        return None
    if entity is None and " " not in name and _plural_verb_after(context.text, mention.span.end) and \
            _opens_sentence(mention, context) and name not in context.keep(
                "lone words inside sentences", lambda: _lone_words_inside_sentences(context)):
        return None  # "Shots were fired overnight.": a plural common noun opening its sentence, no company
    head, of, rest = name.partition(" of ")
    if of and " " not in head and fold(head) not in lexicon.org_heads and context.writes_in_lower_case(head):
        name = rest  # "Shares of Procter & Gamble rallied": the company, not its shares
    if (name in lexicon.countries or name in lexicon.metonyms or name in lexicon.outlets
            or lexicon.us_states.get(name) or not_a_name(name, lexicon) or name in lexicon.given_names
            or fold(name) in lexicon.words["time"] or context.writes_in_lower_case(name)
            or not name[:1].isupper() or (name.isupper() and not 2 < len(name) <= 5)  # "AP", "ABSTRACT"
            or fold(name) + "s" in lexicon.words["group_noun"] or fold(name) in lexicon.demonyms
            or (" " not in name and name.lower() in lexicon.cue_forms)):  # "10 Things to Know": a verb
        return None  # "Republican", "Canadian": a member of a group, no company
    return name


_PLURAL_VERB = LazyPattern(r"\s+(?:were|are|have|do|don[’']t|weren[’']t|aren[’']t|haven[’']t)\b")


def _plural_verb_after(text: str, end: int) -> bool:
    """``_PLURAL_VERB`` at ``end``, asked only when the word after the spaces could open one of its
    verbs (most names are followed by another word: no pattern compiled nor called). Read within 40
    characters: fewer than 4 left after the spaces (a long run of them) leave it to the pattern."""
    after = text[end:end + 40].lstrip()
    if len(after) >= 4 and not after.startswith(("were", "are", "have", "do")):
        return False
    return _PLURAL_VERB.match(text, end) is not None


def _opens_sentence(mention: NameMention, context: Context) -> bool:
    sentence = context.sentence_at(mention.span.start)
    return sentence is None or sentence.start == mention.span.start


def _lone_words_inside_sentences(context: Context) -> frozenset[str]:
    """The lone capitalised words the article writes somewhere other than at a sentence's start."""
    return frozenset(m.name.text for m in context.mentions
                     if m.kind == "unknown" and " " not in m.name.text and not _opens_sentence(m, context))

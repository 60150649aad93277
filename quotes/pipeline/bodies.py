"""Collective sources named by a description rather than a name: a party by its members (`the
Conservatives`), an organisation's kind in lower case (`the health authority`), and the
organisation such a description means when no mention names it (the one that spoke last), and
one named after its kind (`media buying company GroupM`); `they`: the organisation or group that spoke last."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from ..model import Span, SpeakerType
from ..names.organisations import made_adjective
from ..names.spelling import fold
from ..regexes import LazyPattern
from .context import UNRESOLVED, Speaker, last_speaker_of, organisation_name
from .mentions import ORGANIZATION
from .tokens import plural_looking, strip_possessive

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from .context import Context


def party_speaker(source: Span, context: Context) -> Speaker | None:
    """`the Conservatives said`: a parliamentary party named with the article by its members is
    the party, by its name as the article writes it (`Conservative party`), else as the source
    writes it. Bare `Conservatives said` is some of its members (unnamed, left to the group rule),
    and so is `the Democrats`/`the Republicans`, which in US news most often means the party's
    candidates or lawmakers (the reading the PolNeAR samples were labelled with)."""
    text = strip_possessive(source.text)
    # a match ("After the loss the Conservatives") holds `the` or `The` and ends with a plural's `s`
    # (``$``: or an `s` and a final line break): told before the pattern reads every position of the
    # text (most sources are neither)
    found = _THE_PARTY.search(text) if "he" in text and text.endswith(("s", "s\n")) else None
    if found is None or tuple(found.group("plural").lower().split()) not in context.lexicon.phrases["party_plurals"]:
        return None
    before = source.text[:found.start()].split()
    if before and fold(before[-1]) in context.lexicon.lists["quantifiers"] | {"all", "both", "most", "of"}:
        return None  # "All the Democrats", "some of the Liberals": members, not the party
    plural = found.group("plural")
    stem = plural[:-1] + "ic" if plural.endswith("Democrats") else plural[:-1]
    stem = stem[:-5] + "Tory" if stem.endswith("Torie") else stem

    def written() -> str | None:
        named = regex.search(rf"\b{regex.escape(stem)}\s+[Pp]arty\b", context.text)
        return named.group() if named else None

    return Speaker(context.keep("party " + stem, written) or plural, SpeakerType.ORGANIZATION, confidence=0.7)


_THE_PARTY = LazyPattern(r"(?:^|\s)(?:the|The)\s+(?P<plural>(?:New\s+|Progressive\s+)?\p{Lu}\p{Ll}+s)$")


def lower_case_description(words: Sequence[str]) -> Speaker | None:
    """`the health authority`, `three television networks`: an organisation's kind described in
    lower case is no name (`health authority` is no organisation to list); the one meant is
    unresolved, and several or an indefinite one are unnamed.  None for a phrase with a name's
    capital, and for a lone body word, which news uses as a name (`the military`, `police said`)."""
    described = words[1:] if words and words[0] in ("the", "The") else words
    if len(described) < 2 or any(not w.islower() and not w.lower().endswith("-based") for w in described):
        return None
    if described is words:  # "three television networks", "services": no one in particular
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.5)
    return UNRESOLVED


def speaker_holding(head: str, source: Span, context: Context) -> Speaker | None:
    """`Russia’s foreign ministry said … The foreign ministry said`: the last organisation that
    spoke under a name holding the word (a name in lower case is no mention to look up)."""
    return last_speaker_of(source, context, (SpeakerType.ORGANIZATION,),
                           fits=lambda speaker: speaker.name is not None and head in fold(speaker.name).split())


def organisation_just_spoke(source: Span, context: Context) -> Speaker | None:
    """`The TTC says … ¶ …, the transit agency said`: the organisation that spoke last, in this
    paragraph or the one before, over one merely named since (`between St. Clair and Union
    stations`); a place, an outlet or a document (`Canada’s Food Price Report`) is no such body."""
    def a_body(speaker: Speaker) -> bool:
        name = speaker.name
        return (name is not None and not place_or_outlet(name, context.lexicon)
                and fold(name.split()[-1]) not in context.lexicon.words["document_noun"])

    return last_speaker_of(source, context, (SpeakerType.ORGANIZATION,), fits=a_body, within=1)


def place_or_outlet(name: str, lexicon: Lexicon) -> bool:
    """A name of a place, a nation or a news outlet: no body that `the agency` could mean."""
    return any(name in table for table in (lexicon.outlets, lexicon.countries, lexicon.us_states, lexicon.metonyms))


def described_organisation(bare: str, lexicon: Lexicon) -> Speaker | None:
    """`media buying company GroupM`, `Britain's car industry body SMMT`, `North Korea's state-run
    KCNA news agency`, `China's official Xinhua News Agency`: lower-case words (after a
    possessor, a place's) then a name, with a kind of organisation among the lower-case words or
    after the name — the organisation, by its name alone."""
    words = bare.split()  # a lower-case word before the name, looked for in C (one word has none)
    if "-based" not in bare and (len(words) < 2 or not any(map(str.islower, map(_FIRST, words[:-1])))):
        return None  # ``_KIND_THEN_NAME`` needs a described word before the name: most sources have none
    found = _KIND_THEN_NAME.fullmatch(bare)
    if found is None:
        return None
    kinds = lexicon.lists["appositive_organisation_nouns"] | lexicon.lists["press_bodies"]
    described = found.group("described").split() + (found.group("kind") or "").split()
    name = found.group("name")
    if not any(word in kinds for word in described) and not (
            found.group("owner") and name.split()[-1].lower() in lexicon.org_heads):
        return None
    if found.group("owner") and " " in name and name.split()[0] in lexicon.given_names:
        return None  # "the company's chief executive John Smith": a person
    return Speaker(name, SpeakerType.ORGANIZATION, confidence=0.7)


_FIRST = operator.itemgetter(0)  # a word's first character (``str.split`` makes no empty word), read in C

_KIND_THEN_NAME = LazyPattern(
    r"(?P<owner>\p{Lu}[\p{L}.’' -]*?[’']s\s+)?"
    r"(?P<described>(?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}[\p{L}.]*-based)\s+){1,4})"
    r"(?P<name>\p{Lu}[\p{L}\d&’'.-]*(?:\s+\p{Lu}[\p{L}\d&’'.-]*){0,3})"
    r"(?P<kind>(?:\s+\p{Ll}[\p{Ll}-]*){0,2})")


def named_office(source: Span, words: Sequence[str], context: Context) -> Speaker | None:
    """`The prime minister and … discussed …, said his office`: the office the article names as
    such (`a statement released by the Prime Minister's Office`), when it names exactly one and
    the sentence names the holder of its title (`the prime minister`); else None."""
    if len(words) != 2 or fold(words[0]) not in ("his", "her") or fold(words[1]) != "office":
        return None
    offices = context.keep("named offices", lambda: frozenset(
        found.group().replace("’", "'") for found in _NAMED_OFFICE.finditer(context.text)))
    if len(offices) != 1:
        return None
    office = next(iter(offices))
    title = fold(office.rsplit("'s", 1)[0])  # "prime minister"
    sentence = context.sentence_at(source.start)
    if sentence is None or title not in fold(context.text[sentence.start:source.start]):
        return None
    return Speaker(office, SpeakerType.ORGANIZATION, confidence=0.7)


# "the Prime Minister's Office", "the Premier’s Office": an office the article names with capitals
_NAMED_OFFICE = LazyPattern(r"(?<=\bthe\s)(?:\p{Lu}\p{L}+\s+){0,2}\p{Lu}\p{L}+[’']s\s+Office\b")


def party_just_named(source: Span, context: Context) -> tuple[int, Speaker | None]:
    """`The Conservatives believe …; they say …`, `Key to the Liberals’ hopes … they promise`: the
    party the paragraph named last before `they`, though it spoke of nothing yet (its thinking
    or hopes are no record), and where; (-1, None) when the paragraph names none."""
    last = None
    for found in _THE_PARTY_NAMED.finditer(context.text, context.paragraph_start(source.start), source.start):
        last = found
    if last is None:
        return -1, None
    party = party_speaker(Span(last.start(1), last.end(1), last.group(1)), context)
    return (last.start(1), party.with_confidence(0.5)) if party is not None else (-1, None)


_THE_PARTY_NAMED = LazyPattern(r"\b((?:[Tt]he)\s+(?:New\s+|Progressive\s+)?\p{Lu}\p{Ll}+s)(?:[’']|\b)")


def it_speaker(source: Span, context: Context) -> Speaker:
    """`it said`: the organisation that spoke last, else unresolved (never a person) — unless a
    document with no author named came since (`have signed an open letter …. “…,” it stated`):
    that document's unnamed authors."""
    since = max((pos for pos, speaker in context.history
                 if pos < source.start and speaker.type == SpeakerType.ORGANIZATION), default=-1)
    document = None
    for found in _UNSIGNED_DOCUMENT.finditer(context.text, context.paragraph_start(source.start, back=2),
                                             source.start):  # two back: a "READ MORE" line may stand between
        document = found
    if document is not None and document.start() > since:
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.5)
    return (_organisation_just_before(source, context)
            or last_speaker_of(source, context, (SpeakerType.ORGANIZATION,)) or UNRESOLVED)


def _organisation_just_before(source: Span, context: Context) -> Speaker | None:
    """`The think-tank IFSD studied two data sets. It determined that …`: `it` opening a sentence
    after one in the same paragraph whose subject is an organisation is that organisation (the
    first subject there decides: after `Smith studied the data.` it is no one's)."""
    sentence = context.sentence_at(source.start)
    if sentence is None or context.text[sentence.start:source.start].strip():
        return None
    previous = context.sentence_before(sentence)
    if previous is None or context.positions_apart(previous.start, source.start) != 0:
        return None
    for index, entity in context.named_in(previous):
        if not context.is_subject(index) or made_adjective(context.mentions[index].span.text):
            continue  # "The University of Ottawa-based think-tank …": a modifier, no one
        if entity.kind != ORGANIZATION:
            return None
        return Speaker(organisation_name(entity.canonical, context), SpeakerType.ORGANIZATION, confidence=0.7)
    return None


# a document met indefinitely with no author after it or before its verb: "signed an open letter on the
# issue", not "a letter from the union", "Acme released a statement"
_UNSIGNED_DOCUMENT = LazyPattern(
    r"(?<!\b(?:released|issued|published|sent|posted|wrote|put\s+out)\s+)\b(?:an?|another)\s+(?:[\p{Ll}-]+\s+){0,2}"
    r"(?:letter|petition|statement|report|study|survey|memo|notice)\b(?!\s+(?:from|by|of)\b)")


def named_city(words: Sequence[str], context: Context) -> Speaker | None:
    """`The city says …`, `city documents say …`: the municipality the article names as `City of
    Surrey` (the one such name it writes), as an organisation; None when it names none or several."""
    first = fold(words[0]) if words else ""
    if len(words) > 3 or first not in ("the", "city", "town"):
        return None  # no `(the) city/town (noun)` (most sources): told before folding every word
    rest = words[1:] if first == "the" else words
    # the word after `the` is asked before the rest (`the president`, `the company`: most sources)
    kind = fold(rest[0]) if rest else ""
    if kind not in ("city", "town") or len(rest) > 2 or (
            len(rest) == 2 and fold(rest[1]) not in context.lexicon.words["document_noun"]):
        return None
    names = context.keep("city names", lambda: sorted({strip_possessive(found.group())
                                                        for found in _CITY_OF.finditer(context.text)}))
    wanted = [name for name in names if name.split()[0].lower() == kind]
    return Speaker(wanted[0], SpeakerType.ORGANIZATION, confidence=0.7) if len(wanted) == 1 else None


_CITY_OF = LazyPattern(r"\b(?:City|Town) of \p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?")


def plural_speaker(source: Span, context: Context) -> Speaker:
    """`they said`: the organisation or unnamed group that spoke last (`Union members say … They
    said`: the members, not the company before them)."""
    groups: list[int] = context.keep("unnamed groups", list)
    group = groups[bisect.bisect_left(groups, source.start) - 1] if groups and groups[0] < source.start else -1
    named_at, party = party_just_named(source, context)
    for position, speaker in reversed(context.history):
        if position < group or position < named_at:
            break
        if position < source.start and speaker.type in (SpeakerType.ORGANIZATION, SpeakerType.UNNAMED):
            return speaker.no_surer_than(0.6)  # never surer than its antecedent
    if party is not None and named_at > group:
        return party
    return Speaker(None, SpeakerType.UNNAMED, confidence=0.5 if group >= 0 else 0.4)


def plural_source(source: Span, context: Context) -> bool:
    """A source naming several people: a plural noun heads it (`Union members`, `Brexit backers`)."""
    words = source.text.split()
    head = strip_possessive(fold(words[-1])) if words else ""
    return plural_looking(head) and head.isalpha()

"""People named by description: roles (`the secretary of state`) and epithets."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from ..lexicon import ROLE_KIND
from ..model import SpeakerType
from ..names.spelling import fold
from ..regexes import LazyPattern
from .antecedents import only_person_before, recent_subject
from .context import UNRESOLVED, Speaker, head_noun, organisation_name, person_speaker
from .described_people import met_indefinitely_in
from .mentions import PERSON
from .tokens import strip_possessive

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from ..model import Span
    from .context import Context, Description
    from .coref import Entity


_WORD_OFFSETS = LazyPattern(r"\S+")


def head_phrase_end(source: Span, lexicon: Lexicon) -> int:
    """Where the head phrase of a source ends: at its first preposition (`… of the New York Times`)."""
    if " " not in source.text:
        return source.end  # "he", "Trump": most sources are one word
    prepositions = lexicon.lists["head_prepositions"]
    for word in source.text.split()[1:]:  # the words as split first: no match object made per word
        if fold(word) in prepositions:
            break
    else:
        return source.end  # no preposition after the first word (most sources): the offsets find none either
    for index, match in enumerate(_WORD_OFFSETS.finditer(source.text)):
        if index and fold(match.group()) in prepositions:
            return source.start + match.start()
    return source.end


AGED_DESCRIPTION = LazyPattern(r"(?i)the\s+(?P<age>\d{1,3})\s*-\s*year\s*-\s*old\b")


def aged_description(text: str) -> regex.Match[str] | None:
    """``AGED_DESCRIPTION`` matched at the start of ``text``, asked only where a hyphen is (most sources)."""
    return AGED_DESCRIPTION.match(text) if "-" in text else None


def aged_person(source: Span, context: Context) -> Speaker | None:
    """`the 34-year-old told the court`: the person the article gave that age before (`John
    Smith, 34,`, `34-year-old John Smith`); unnamed when it gave it only to someone it does not
    name (`A Regina man, 34,`); unresolved when it gave ages to others only.  None when the
    article gives no age before the description (the caller guesses the person just named)."""
    described = aged_description(source.text)
    if described is None:
        return None
    stated = list(_STATED_AGE.finditer(context.text, 0, source.start))
    if not stated:  # the newest subject, else the one person named just before: a guess
        guess = recent_subject(source, context) or only_person_before(source, context)
        return guess.with_confidence(0.55) if guess is not None else None
    same = [found for found in stated if (found.group("after") or found.group("before")) == described.group("age")]
    for found in reversed(same):
        entity = _person_aged(found, context)
        if entity is not None:
            return person_speaker(entity, 0.8)
    if same:
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.5)
    # ages given to others only (`Lorna Bagtas, 46, …`): the person just named if their age is untold
    others = {entity.canonical for entity in map(functools.partial(_person_aged, context=context), stated) if entity}
    guess = recent_subject(source, context)
    return guess.with_confidence(0.55) if guess is not None and guess.name not in others else UNRESOLVED


# an age after a name and a comma (`Smith, 34,`), or before a name (`34-year-old John Smith`)
_STATED_AGE = LazyPattern(
    r"(?<=\p{L}),\s(?P<after>\d{1,3})(?=[,.;)])|\b(?P<before>\d{1,3})-year-old(?=\s+\p{Lu})")


def _person_aged(found: regex.Match[str], context: Context) -> Entity | None:
    """The person whose name ends just before an appositive age or starts just after `N-year-old`."""
    starts = context.mention_starts
    if found.group("after") is not None:
        index = bisect.bisect_left(starts, found.start()) - 1
        near = index >= 0 and context.mentions[index].span.end >= found.start() - 1
    else:
        index = bisect.bisect_left(starts, found.end())
        near = index < len(starts) and starts[index] <= found.end() + 2
    if not near:
        return None
    entity = context.index.by_mention_start.get(context.mentions[index].span.start)
    return entity if entity is not None and entity.kind == PERSON else None


_TENURE = LazyPattern(r"(?i)the\s+(?:\d{1,2}|[a-z]+)[-\s]year\s+(?:\S+\s+)?veteran\b")


def is_epithet(words: Sequence[str], lexicon: Lexicon) -> bool:
    """`the affable proprietor`, `the self-taught Cambridge resident`: a definite description of
    one person by what they are or do, not by an office (`the governor` is matched by its role)."""
    if len(words) < 2 or fold(words[0]) != "the":
        return False
    joined = " ".join(words)  # `veteran` first: a letter the case-blind pattern reads as one of its letters folds so
    if "veteran" in joined.casefold() and _TENURE.match(joined):
        return True  # "the 22-year veteran of the force": years served describe the one just named
    if any(fold(w) in ("of", "and", "or") for w in words):
        return False
    head = strip_possessive(fold(words[-1])).strip(",.")
    if head in lexicon.lists["origin_epithets"] and len(words) > 2:
        return True  # "the Salem, N.J., native", "the Calgary product": someone just named, by where from
    if not any(head in lexicon.words[cls] for cls in ("person_noun", "descriptor_title", "epithet_head")) and (
            head not in lexicon.lists["star_epithets"]):
        return False
    modifiers = [fold(w) for w in words[1:-1]]
    if any(m in lexicon.words["party_member"] or m + "s" in lexicon.words["group_noun"] or m == "gop"
           for m in modifiers):
        return False  # "the GOP front-runner": one of several the article may name
    # a describing word marks a writer's epithet for someone named ("the retired neurosurgeon");
    # a bare "the investor", "the witness" is as often someone the text never names, but a bare
    # profession of the stage or the rink ("the singer", "the goaltender") is the star just named
    return any(w[:1].islower() for w in words[1:-1]) or (len(words) == 2 and head in lexicon.lists["star_epithets"])


def described_person(source: Span, context: Context) -> Speaker | None:
    """`the secretary of state`, `The Russian president`, `Russia’s foreign minister`."""
    lexicon = context.lexicon
    described = context.described(source.text)
    titles, nations, places = described.titles, described.nations, described.places
    if not titles or not titles <= lexicon.title_parts:
        return None
    best: tuple[int, int, Entity] | None = None
    ahead: Entity | None = None  # the first person named after the source who fits it well
    for entity, roles in _described_roles(context):
        last = -2  # where the entity was last mentioned before the source, once it is needed
        for role in roles:
            role_nations = role.nations
            if places and not places <= role.places:
                continue  # "the New Jersey governor": the role must name New Jersey too
            # "Gov." is a governor only where a place or nation ties the two ("the senator" alone does not)
            if not titles <= (role.expanded_titles(lexicon) if places or nations else role.titles):
                continue
            if nations and role_nations and not nations & role_nations:
                continue
            if described.past and not role.past:
                continue  # "the former president" is not the one introduced as "President Obama"
            quality = (2 if nations & role_nations or not nations else 1) + 2 * (described.past == role.past)
            if last == -2:
                starts = entity.mention_starts
                before = bisect.bisect_left(starts, source.start)
                last = starts[before - 1] if before else -1
            if last >= 0 and (best is None or (quality, last) > best[:2]):
                best = (quality, last, entity)
            elif last < 0 and (nations or places) and quality >= 4 and (
                    ahead is None or entity.mention_starts[0] < ahead.mention_starts[0]):
                ahead = entity
    if best is None:
        # "Kenya’s president said … ¶ President Uhuru Kenyatta said": a wire's lede names the
        # person of a tied place or nation in the paragraphs just after
        if ahead is not None and context.positions_apart(source.start, ahead.mention_starts[0]) <= LEDE_REACH:
            return person_speaker(ahead, 0.7)
        return None
    return person_speaker(best[2], 0.85)


LEDE_REACH = 2  # paragraphs after a description in which the person it describes may first be named


def _described_roles(context: Context) -> list[tuple[Entity, list[Description]]]:
    """The article's people who hold a role, each with its distinct roles described (``Context.
    described``), in the index's order: made once per article, every role description reads them."""
    def made() -> list[tuple[Entity, list[Description]]]:
        return [(entity, [context.described(role) for role in dict.fromkeys(entity.roles)])  # a role repeats
                for entity in context.index.people() if entity.roles]  # with every titled mention
    return context.keep("described roles", made)


def only_role_holder(source: Span, words: Sequence[str], context: Context) -> Speaker | None:
    """`says the 39-year-old founder of Quillpress`, `the owner of the store said`: the one person
    of the article whose role holds the description's head word (`Quillpress Books founder Alfonso
    Rivas`), whatever else the description says; None when no one or several do."""
    if fold(words[0]) != "the" or len(words) < 2:
        return None
    head = strip_possessive(head_noun(words, context.lexicon)).strip(",.")
    lexicon = context.lexicon
    holds_a_role = head in lexicon.title_heads or head in lexicon.words["epithet_head"] or head in lexicon.words[
        "person_noun"]
    if head in lexicon.lists["shared_roles"] or not holds_a_role:
        return None  # "the candidate": a role the story's subject holds unwritten (Trump, not the one titled so)
    # the words that tell holders of one role apart must be in the role too: "former", "GOP"
    telling = {fold(w) for w in words if fold(w) in lexicon.words["role_time"] or fold(w) in lexicon.words[
        "party_member"] or fold(w) in ("gop", "democratic")}
    nations = context.described(source.text).nations
    holders = [e for e in context.index.people()
               if any(head in (role_words := _role_words(role, context)) and telling <= role_words
                      and not (nations and not nations & context.described(role).nations)  # "the French president"
                      for role in e.roles)]
    if len(holders) != 1 or (ROLE_KIND + head in lexicon.lists and met_indefinitely_in(
            head, context.text[context.paragraph_start(source.start, back=1):source.start], modifiers=2)):
        return None  # "shot by an officer. The officer said": the one met, not the sergeant named
    return person_speaker(holders[0], 0.6)


def subject_just_before(source: Span, words: Sequence[str], context: Context) -> Speaker | None:
    """`Ruth Bader Ginsburg regrets her insults of Donald Trump. ¶ The Supreme Court justice … said`:
    a definite role opening the sentence after the lede's is the lede's subject, the person the
    story is about, when that person holds no other role in the article (deeper in a story, `The
    senator said` after `Trump attacked Clinton.` may be anyone: no guess)."""
    sentence = context.sentence_at(source.start)
    if fold(words[0]) != "the" or sentence is None or context.text[sentence.start:source.start].strip():
        return None
    previous = context.sentence_before(sentence)
    if previous is None or context.positions_apart(0, previous.start) > LEDE_PARAGRAPHS or context.positions_apart(
            previous.start, source.start) > 1:
        return None  # the title is paragraph 0 (a deck may follow it); the lede comes next
    people = [(index, entity) for index, entity in context.named_in(previous) if entity.kind == PERSON]
    if not people or not context.is_subject(people[0][0]):
        return None
    entity = people[0][1]
    head = strip_possessive(head_noun(words, context.lexicon)).strip(",.")
    roles = {word for role in entity.roles for word in _role_words(role, context)}
    met = met_indefinitely_in(head, context.text[previous.start:source.start], modifiers=2)
    former = context.described(source.text).past and bool(roles) and not any(
        context.described(role).past for role in entity.roles)
    if met or former or (roles and head not in roles):
        return None  # "… shot by an officer. The officer said": the one met; "The former president": another
    return person_speaker(entity, 0.6)


LEDE_PARAGRAPHS = 2  # paragraphs after the title that may hold the lede: a one-line deck may come first


def _role_words(role: str, context: Context) -> frozenset[str]:
    """A role's words, with the kind its title is of (`sgt.`: an officer, `dr.`: a doctor,
    `justice`: a judge) — the title that ends the role, not one that opens it (`Justice Minister`);
    once per role of the article (each description asks about every person's roles)."""
    found: dict[str, frozenset[str]] = context.keep("role words", dict)
    if role not in found:
        words = set(fold(role).split())
        title = fold(role).rsplit(None, 1)[-1] if role.strip() else ""
        words.update(context.lexicon.title_kinds.get(title, ()))
        found[role] = frozenset(words)
    return found[role]


def unlisted_person(bare: str, context: Context) -> Speaker | None:
    """A person by a name no lexicon knows, told as one by what stands around it: a role before
    it (`lead singer Riefian “Ifan” Fajarsyah`, a nickname in marks dropped), an organisation's
    possessive (`the IFSD’s Azfar Ali Khan`) or where the person works (`Jingyi Pan of IG`)."""
    lexicon = context.lexicon
    # each pattern asked only where the text can hold its match: a lower-case role word first, an
    # apostrophe, a word of affiliation (most sources have none, and then none is compiled)
    role_name = _role_then_name(bare)
    if role_name is not None:
        name = " ".join(w for w in role_name.group("name").split() if w[:1] not in "“\"‘'")
        role = role_name.group("role").split()
        if _could_be_a_name(name.split(), lexicon) and any(
                w in lexicon.people_words for w in role) and not any(
                w in lexicon.words["preposition"] or w in ("of", "for", "to") for w in role):
            return Speaker(name, SpeakerType.PERSON, confidence=0.6)
    owned = _ORGANISATION_POSSESSIVE_NAME.fullmatch(bare) if "’" in bare or "'" in bare else None
    if owned is not None and _could_be_a_name(owned.group("name").split(), lexicon) and _organisation_word(
            strip_possessive(owned.group("owner")), lexicon):
        return Speaker(owned.group("name"), SpeakerType.PERSON, confidence=0.6)
    person_of = _person_of_organisation(bare)
    if person_of is not None and _could_be_a_name(person_of.group("name").split(), lexicon):
        return Speaker(person_of.group("name"), SpeakerType.PERSON, confidence=0.6)
    return None


def appositive_person(source: Span, context: Context) -> Speaker | None:
    """`Wise’s dad, Darrin`, `his lawyer, Zhang Dongshuo`, `a spokesman for the Interior Ministry,
    Mwenda Njoka`: a person noun or role, then between commas the name of who it is (not the
    possessor or the organisation, who are someone else)."""
    found = _ROLE_COMMA_NAME.fullmatch(source.text) if "," in source.text else None
    if found is None:
        return None
    lexicon = context.lexicon
    role_words = found.group("role").split()
    role = fold(role_words[-1])
    if strip_possessive(head_noun(role_words, lexicon)) in lexicon.words["org_anaphor_main"]:
        # "The developer, Greenfield Homes,": a company by its name (not "The leader of the … League, X")
        return Speaker(organisation_name(found.group("name"), context), SpeakerType.ORGANIZATION, confidence=0.8)
    if role not in lexicon.people_words:
        role = strip_possessive(head_noun(role_words, lexicon)).strip(",.")  # "a spokesman for the … Ministry"
        if role not in lexicon.people_words or role == fold(role_words[-1]):
            return None
    entity = context.index.at(source.start + found.start("name"), source.end)
    if entity is not None:
        return person_speaker(entity, 1.0) if entity.kind == PERSON else None
    name = found.group("name")
    return Speaker(name, SpeakerType.PERSON, confidence=0.6) if _could_be_a_name(name.split(), lexicon) else None


_APPOSITIVE_PAIR = LazyPattern(r",\s+([^,]{3,40}?)\s+and\s+([^,]{3,40}?),")


def _appositive_pair(text: str, start: int) -> regex.Match[str] | None:
    """``_APPOSITIVE_PAIR`` at ``start``, read up to the next comma only (the names hold none, so
    its closing comma is that one) and asked only where an `and` is before it: the pattern's
    lazy names try every length up to 40 characters before failing (~10 µs)."""
    closing = text.find(",", start + 1)
    if closing < 0 or "and" not in text[start:closing]:
        return None
    return _APPOSITIVE_PAIR.match(text, start, closing + 1)


def appositive_names(source: Span, context: Context) -> Speaker | None:
    """`His defence attorneys, Charles Glynn and Richard Jones, have said`: a plural role, then
    the two people it names between commas."""
    if context.text[source.end:source.end + 1] != "," or not fold(source.text).rstrip().endswith("s"):
        return None  # a plural, then the comma ``_APPOSITIVE_PAIR`` opens with: told before the pattern
    pair = _appositive_pair(context.text, source.end)
    if pair is None:
        return None
    people = [context.index.at(pair.start(g), pair.end(g)) for g in (1, 2)]
    first, second = people
    if first is None or second is None or first.kind != PERSON or second.kind != PERSON or first is second:
        return None
    return Speaker(" and ".join(p.canonical for p in (first, second)), SpeakerType.PERSON, None, 0.8, (first, second))


_ROLE_COMMA_NAME = LazyPattern(
    r"(?P<role>.*\s\p{L}[\p{Ll}-]*),\s+(?P<name>\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){0,2})")
_ROLE_THEN_NAME = LazyPattern(
    r"(?P<role>(?:\p{Ll}[\p{Ll}-]*\s+){1,3})(?P<name>\p{Lu}[\p{Ll}’'-]+(?:\s+[“\"‘']\p{Lu}[\p{L}]+[”\"’'])?"
    r"(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})")


def _role_then_name(bare: str) -> regex.Match[str] | None:
    """``_ROLE_THEN_NAME`` on ``bare``, asked only where it opens in lower case and holds a capital
    (told in ASCII: ``regex`` knows capitals of a newer Unicode than Python's ``str``)."""
    return None if bare[:1].isupper() or (bare.isascii() and bare.islower()) else _ROLE_THEN_NAME.fullmatch(bare)


_ORGANISATION_POSSESSIVE_NAME = LazyPattern(
    r"(?P<owner>\S+[’']s?)\s+(?P<name>\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})")
_PERSON_OF_ORGANISATION = LazyPattern(
    r"(?P<name>\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})\s+(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}[^,]*$")
_AFFILIATIONS = frozenset(("of", "at", "from", "with"))  # one of them is a word of a ``_PERSON_OF_ORGANISATION`` match


def _person_of_organisation(bare: str) -> regex.Match[str] | None:
    """``_PERSON_OF_ORGANISATION`` at the start of ``bare``, asked only where one of its words of
    affiliation is and it opens with a capital (told in ASCII, as ``_role_then_name`` does)."""
    if _AFFILIATIONS.isdisjoint(bare.split()) or (bare[:1].isascii() and not bare[:1].isupper()):
        return None
    return _PERSON_OF_ORGANISATION.match(bare)


def _organisation_word(word: str, lexicon: Lexicon) -> bool:
    """An acronym (`IFSD`), or a name the lexicons give to an organisation."""
    return ((word.isupper() and 2 <= len(word) <= 6) or word in lexicon.organisations
            or word.lower() in lexicon.org_heads)


def _could_be_a_name(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Capitalised words that no lexicon gives another role: not a place, an organisation's word,
    a title, a group or a function word."""
    return not any(w.lower() in lexicon.org_heads or w in lexicon.countries or w.lower() in lexicon.demonyms
                   or w.lower() in lexicon.title_words or w.lower() in lexicon.unnamed_heads
                   or w.lower() in lexicon.function_words or w in lexicon.organisations for w in words)

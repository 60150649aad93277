"""What a lone capitalised word names as a source: a group, an outlet, a state, a team, else a name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from ..model import SpeakerType
from ..names.spelling import fold
from ..regexes import LazyPattern
from .context import ACRONYM, UNRESOLVED, Speaker
from .tokens import plural_looking, strip_possessive

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from .context import Context


def lone_word(word: str, context: Context) -> Speaker:
    """A capitalised word standing alone as a source, with no entity: a group (`Democrats`), an
    outlet or acronym, a state, a common word (`There`, `Tuesday`, `Prosecutors` where the article
    also writes `prosecutors`), else a name the lexicons do not know (`Guccifer`)."""
    name = strip_possessive(word).strip(",")
    acronym = ACRONYM.fullmatch(name) is not None  # asked once: both rules below need it
    if acronym and name in context.acronyms:  # "The Swiss People's Party (SVP) … The SVP said"
        return Speaker(context.acronyms[name], SpeakerType.ORGANIZATION, confidence=0.8)
    spelled = context.spelled_out(name) if acronym else None
    if spelled is not None:
        return Speaker(spelled, SpeakerType.ORGANIZATION, confidence=0.8)  # "The ECB said": the European Central Bank
    group = group_speaker([word], context.lexicon)
    if group is not None:
        return group
    if fold(name) in context.lexicon.words["document_noun"] or fold(name) in context.lexicon.unnamed_heads:
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.5)  # "Reports say …", "Officials said …"
    if _plural_of_people(name, context.lexicon):
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.5)  # "Protestors said …", "MPs who say …"
    if not_a_name(name, context.lexicon):
        return UNRESOLVED  # "There were also reports …", "Tuesday on WTMJ …", "Conceding that …"
    state = context.lexicon.us_states.get(name.rstrip("."))
    if state is not None:
        return Speaker(state, SpeakerType.ORGANIZATION, confidence=0.5)  # a state, as a country would be
    if context.writes_in_lower_case(name):  # a common noun that opened the sentence
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.4) if name.endswith("s") else UNRESOLVED
    if _team_like(name, context):
        return Speaker(name, SpeakerType.ORGANIZATION, confidence=0.6)  # "The Raptors announced …"
    longer = context.longer_organisation(name)
    if _organisation_by_context(name, context):  # "Unifor, which represents …" (by its full name)
        return Speaker(longer, SpeakerType.ORGANIZATION, confidence=0.6)
    if longer != name and fold(name) not in context.folded_surnames:
        return Speaker(longer, SpeakerType.ORGANIZATION, confidence=0.6)  # "Varrow said" after Varrow Holdings
    if name[:1].isupper():
        return Speaker(name, SpeakerType.PERSON, confidence=0.5)  # a name the lexicons don't know
    return UNRESOLVED


def _team_like(name: str, context: Context) -> bool:
    """`the Raptors`, `the Canadiens`: a plural name the article writes after `the`, not the
    family of one of its people (`the Clintons`): a team or a band, an organisation."""
    if not (plural_looking(name) and name[1:].islower()):
        return False
    if fold(name[:-1]) in context.folded_surnames or fold(name[:-2]) in context.folded_surnames:
        return False
    return context.keep(f"the {name}", lambda: _after_the(context.text, name) and regex.search(
        rf"\b[Tt]he\s+{regex.escape(name)}\b", context.text) is not None)


def _after_the(text: str, name: str) -> bool:
    """Whether ``name`` stands somewhere in ``text`` after `the` or `The` and spaces (or after so
    many spaces that 40 characters do not show what is before them: left to the pattern): what
    ``_team_like``'s pattern needs, told before one is made for the name (most never follow `the`)."""
    at = text.find(name)
    while at >= 0:
        before = text[max(0, at - 40):at].rstrip()
        if len(before) < 3 or before.endswith(("the", "The")):  # fewer than 3 left: spaces cut what stood before
            return True
        at = text.find(name, at + 1)
    return False


def _organisation_by_context(name: str, context: Context) -> bool:
    """A word the article writes as a thing (`Unifor, which represents the workers`) or as the
    body of someone's office (`Unifor president Lana Payne`), and never as a person's name."""
    folded = fold(name)
    if folded in context.folded_surnames or name in context.lexicon.given_names:
        return False

    def written() -> bool:
        text, titles = context.text, context.lexicon.lists["office_titles"]
        at = text.find(name)
        while at >= 0:  # each place the name stands (str.find: no pattern compiled per name)
            after = _AFTER_NAME.match(text, at + len(name)) if not text[at - 1:at].isalnum() else None
            if after is not None and (after.group("which") or fold(after.group("title") or "") in titles):
                return True
            at = text.find(name, at + 1)
        return False

    return bool(context.keep("organisation by context " + name, written))


# after a name: ", which" (a thing), or a title then a capitalised name (the body of an office)
_AFTER_NAME = LazyPattern(r"(?:[’']s)?(?:(?P<which>,\s+which\b)|\s+(?P<title>\p{L}+)\s+\p{Lu})")


def _plural_of_people(name: str, lexicon: Lexicon) -> bool:
    """`Protestors`, `MPs`, `Residents`: the plural of a noun for people (a title or a person
    noun), not a surname ending in s (`Sanders`: `sander` is no such noun)."""
    low = fold(name)
    if not low.endswith("s") or len(low) < 3:
        return False
    singulars = (low[:-3] + "y", low[:-1]) if low.endswith("ies") else (low[:-1],)  # "deputies", "Mounties"
    return any(singular in lexicon.people_words or singular in lexicon.unnamed_heads for singular in singulars)


_CONTRACTION = LazyPattern(r"(?<=^\p{L}+)['’](?:s|d|ll|re|ve|m)$")


def without_contraction(low: str, lexicon: Lexicon) -> str:
    """`he’s`, `she'd`, `they're` -> the pronoun; other words unchanged."""
    if "'" not in low and "’" not in low:
        return low  # no apostrophe, no contraction (almost every source)
    bare = _CONTRACTION.sub("", low)
    return bare if bare in lexicon.lists["contracted_pronouns"] else low


def not_a_name(word: str, lexicon: Lexicon) -> bool:
    """A lone capitalised word that the lexicons know as a function word, a date or a verb of saying."""
    low = word.lower()
    return low in lexicon.not_name_words or (
        low in lexicon.cue_forms and low.endswith(("ing", "ed")))  # "Asked", "Noting"; not "Post"


def group_speaker(words: Sequence[str], lexicon: Lexicon) -> Speaker | None:
    """A lone capitalised word that is not a name: `Democrats`, `Russians`, `Another` (one of a
    group: unnamed), `DNC`, `POLITICO` (an acronym or outlet: an organisation)."""
    if len(words) != 1:
        return None
    word = strip_possessive(words[0]).strip(",.")
    low = word.lower()
    if low in lexicon.words["group_noun"]:
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.6)
    if low.endswith("s") and low[:-1] in lexicon.demonyms:  # "the Saudis state": the country ("Cuban" may be a surname)
        return Speaker(lexicon.demonyms[low[:-1]], SpeakerType.ORGANIZATION, confidence=0.6)
    outlet = word[:1].isupper() and any(form in lexicon.outlets for form in (word.title(), f"The {word.title()}"))
    if outlet or ACRONYM.fullmatch(word):  # "POLITICO", "Times", "DNC"
        return Speaker(word, SpeakerType.ORGANIZATION, confidence=0.5)
    return None

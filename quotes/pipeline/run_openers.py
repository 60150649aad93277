"""What a capitalised run's first words say before its name: a given name that is also a
place's (`Jordan Peterson`), a person noun (`Farmer Bob Smith`), a possessor (`Edmonton’s Connor
McDavid`), or no name at all (`Court documents`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .tokens import WordAnswers, strip_possessive

if TYPE_CHECKING:
    from ..lexicon import Lexicon


def given_name_like_a_place(words: Sequence[str], lexicon: Lexicon) -> bool:
    """`Jordan Peterson`, `Georgia Ellis`: a given name that is also a country's, before a word
    that is no role, place or organisation word (`Georgia Gov. Brian Kemp` opens with the state)."""
    if not 2 <= len(words) <= 3 or words[0] not in lexicon.given_names:
        return False
    # (a loop, not a generator, and each word's answer kept: asked of most runs read that open
    # with a given name, and the same surnames come back in run after run)
    for word in words[1:]:
        known = _ROLE_OR_BODY_WORDS.get(lexicon, word)
        if known is None:
            known = _ROLE_OR_BODY_WORDS.put(lexicon, word, role_or_body_word(strip_possessive(word), lexicon))
        if known:
            return False
    return True


_ROLE_OR_BODY_WORDS = WordAnswers()  # ``role_or_body_word`` of a word as written: the word and lexicon decide


def role_or_body_word(word: str, lexicon: Lexicon) -> bool:
    """A word of a title, place or organisation (`Gov.`, `Defense Forces`, `Times`), not a surname's."""
    low = word.lower()
    return (low in lexicon.title_openers or word in lexicon.honorifics or word.rstrip(".") + "." in lexicon.honorifics
            or word in lexicon.countries or low in lexicon.demonyms or word in lexicon.organisations
            or low in lexicon.org_heads or low in lexicon.not_name_words or word in lexicon.outlets
            or f"The {word}" in lexicon.outlets)


def person_noun_before_name(words: Sequence[str], lexicon: Lexicon) -> bool:
    """A capitalised noun for a person (`Farmer`, `Singer`) or a profession in -ist (`Meteorologist`),
    then a given name and a surname: the run opens with what the person is."""
    if len(words) < 3 or words[0] in lexicon.given_names or words[1] not in lexicon.given_names:
        return False
    low = words[0].lower()
    return low in lexicon.words["person_noun"] or (low.endswith("ist") and len(low) > 6)


def possessor_before_name(words: Sequence[str], lexicon: Lexicon) -> bool:
    """A possessive, then a given name and a surname: the run opens with whose the person is."""
    return (len(words) >= 3 and words[0].endswith(("’", "'", "’s", "'s")) and words[1] in lexicon.given_names
            and words[0] not in lexicon.given_names)


def kind_before_noun(texts: Sequence[str], first: int, lexicon: Lexicon) -> bool:
    """A sentence's first word naming a kind of body (`Court`, `Police`, `Company`), before a
    lower-case plural or a document's noun: a modifier of that noun (`Court documents`)."""
    following = texts[first + 1] if first + 1 < len(texts) else ""
    if texts[first].lower() not in lexicon.org_heads or not following.isalpha() or not following.islower():
        return False
    return following in lexicon.words["document_noun"] or (
        following.endswith("s") and not following.endswith("ss") and following[:-1] in lexicon.words["document_noun"]
        | lexicon.words["person_noun"] | lexicon.lists["people_of_a_body"])

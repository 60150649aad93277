"""Names: when two names name the same person or the same organisation, in one package.

The name-comparison helpers that coreference, the scorer and the archive views share live here,
so that there is one definition of "same person" in the code: spellings (``spelling``), people's
names (``people``), organisations' names (``organisations``), one row per speaker across articles
(``identities``, ``organisation_rows``, ``rows``) and the forms a row answers to (``forms``).
The extraction pipeline needs only ``spelling``, so the other modules load when first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .forms import Known, Match, match_speaker, name_form, speaker_aliases
    from .identities import identify
    from .organisations import acronym_of, is_acronym, organisation_words, same_organisation, short_form_of
    from .people import (
        HONORIFIC_GENDERS,
        NICKNAMES,
        PRONOUN_GENDERS,
        PersonName,
        compatible,
        given_names_agree,
        joint_members,
        known_given_name,
        person_name,
        same_person,
        same_speaker,
        strip_titles,
    )
    from .rows import Identities, Said, Speaker, may_be_one, mention_gender, most_specific_role, role_words
    from .spelling import (
        GENERATIONS,
        LEGAL_SUFFIXES,
        family_first,
        fold,
        generational_suffix,
        name_words,
        similar_first_names,
        similar_surnames,
        spelling_key,
        visible,
    )

_HOME = {  # public name -> the module of this package defining it
    **dict.fromkeys(("Known", "Match", "match_speaker", "name_form", "speaker_aliases"), "forms"),
    "identify": "identities",
    **dict.fromkeys(("acronym_of", "is_acronym", "organisation_words", "same_organisation", "short_form_of"),
                    "organisations"),
    **dict.fromkeys(("HONORIFIC_GENDERS", "NICKNAMES", "PRONOUN_GENDERS", "PersonName", "compatible",
                     "given_names_agree", "joint_members", "known_given_name", "person_name", "same_person",
                     "same_speaker", "strip_titles"), "people"),
    **dict.fromkeys(("Identities", "Said", "Speaker", "may_be_one", "mention_gender", "most_specific_role",
                     "role_words"), "rows"),
    **dict.fromkeys(("GENERATIONS", "LEGAL_SUFFIXES", "family_first", "fold", "generational_suffix", "name_words",
                     "similar_first_names", "similar_surnames", "spelling_key", "visible"), "spelling"),
}
__all__ = [
    "GENERATIONS",
    "HONORIFIC_GENDERS",
    "LEGAL_SUFFIXES",
    "NICKNAMES",
    "PRONOUN_GENDERS",
    "Identities",
    "Known",
    "Match",
    "PersonName",
    "Said",
    "Speaker",
    "acronym_of",
    "compatible",
    "family_first",
    "fold",
    "generational_suffix",
    "given_names_agree",
    "identify",
    "is_acronym",
    "joint_members",
    "known_given_name",
    "match_speaker",
    "may_be_one",
    "mention_gender",
    "most_specific_role",
    "name_form",
    "name_words",
    "organisation_words",
    "person_name",
    "role_words",
    "same_organisation",
    "same_person",
    "same_speaker",
    "short_form_of",
    "similar_first_names",
    "similar_surnames",
    "speaker_aliases",
    "spelling_key",
    "strip_titles",
    "visible",
]


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)

"""One row per speaker across articles: the ``Speaker`` rows ``identify`` makes, and their roles."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ..lexicon import load_lexicon
from .people import HONORIFIC_GENDERS, PRONOUN_GENDERS, known_given_name, person_name
from .spelling import fold, words_of

if TYPE_CHECKING:
    from .people import PersonName


PROMINENCE = 0.9
ALSO_LISTED = 3  # how many other people a note names


@attrs.frozen
class Said:
    """One quote, as much of it as identity needs."""

    document: str
    speaker: str | None
    speaker_type: str  # person, organization, unnamed or unresolved
    role: str | None = None
    mention: str | None = None
    outlet: str | None = None  # the article's outlet, from its sidecar


@attrs.define(eq=False)
class Speaker:
    """One row: a person, an organisation, or a joint source, across articles."""

    name: str
    speaker_type: str
    spellings: Counter = attrs.field(factory=Counter)  # speaker as each article names it -> quotes
    roles: Counter = attrs.field(factory=Counter)  # role -> quotes
    documents: set = attrs.field(factory=set)
    quotes: list = attrs.field(factory=list)  # indices into the input
    candidates: tuple[str, ...] = ()  # a name that fits several people or organisations: these
    also: tuple[str, ...] = ()  # quotes given by prominence could also be these
    surname_only: str | None = None  # the surname (or short form) some quotes name alone
    generations: tuple[str, ...] = ()  # spellings with and without a generational suffix
    members: tuple[str, ...] = ()  # a joint source's people
    key: str = ""  # what makes the row itself, stable while its people are: `person|group|Donald Trump`

    @property
    def role(self) -> str | None:
        return most_specific_role(self.roles)

    @property
    def ambiguous(self) -> bool:
        """Whether the row could be two (or more) people or organisations."""
        return self.note is not None

    @property
    def note(self) -> str | None:
        """Why the row could be two people, in a sentence; None when nothing says so."""
        who = "people" if self.speaker_type == "person" else "organisations"
        if self.candidates:
            return f"could be two {who}: ‘{self.name}’ fits {_listed(self.candidates)}"
        notes = []
        if self.also:
            notes.append(f"quotes naming only ‘{self.surname_only}’ are given to the one the archive names most; "
                         f"they could be {_listed(self.also)}")
        elif self.surname_only:
            notes.append(f"named only ‘{self.surname_only}’, in {len(self.documents)} articles")
        if self.generations:
            notes.append(f"written with and without a generational suffix ({_listed(self.generations)}), "
                         "which could be father and son")
        return f"could be two {who}: " + "; ".join(notes) if notes else None

    def aliases(self) -> list[str]:
        """The canonical name, then the other spellings, most quoted first."""
        others = sorted((s for s in self.spellings if s != self.name), key=lambda s: (-self.spellings[s], s))
        return [self.name, *others]


def may_be_one(first: Any, second: Any) -> bool:
    """Whether two rows (anything with ``key``, ``name``, ``members`` and ``candidates``) could
    be one speaker: the same row, a joint source and one of its people, or a row that could be
    two people and one of those it names."""
    if first.key == second.key:
        return True
    return any(other.name in one.members or other.name in one.candidates
               for one, other in ((first, second), (second, first)))


def _listed(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) > ALSO_LISTED:
        names = names[:ALSO_LISTED] + [f"{len(names) - ALSO_LISTED} more"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


@attrs.frozen
class Identities:
    rows: tuple[Speaker, ...]  # named speakers, most quoted first
    row_of: tuple[Speaker | None, ...]  # per input quote; None for unnamed and unresolved sources


def mention_gender(mention: str | None) -> str | None:
    """m or f from a mention's honorific or pronoun (`Mrs. Clinton`, `he`)."""
    words = words_of(mention or "")
    if not words:
        return None
    first = fold(words[0]).rstrip(".")
    return PRONOUN_GENDERS.get(first) if len(words) == 1 else HONORIFIC_GENDERS.get(first)


def agreed_gender(genders: Iterable[str | None]) -> str | None:
    """The gender at least four in five of the known ones give, else None."""
    known = Counter(g for g in genders if g)
    if not known:
        return None
    top, count = max(known.items(), key=lambda kv: (kv[1], kv[0]))
    return top if count >= 0.8 * sum(known.values()) else None


@attrs.define(eq=False)
class Group:
    """Full spellings found to be one person, before rows are written."""

    members: list[str]
    key: str
    row: Speaker | None = None
    gender: str | None = None
    documents: set = attrs.field(factory=set)

    @property
    def plausible(self) -> bool:
        """Named in more than one article, or with a given name the lexicon knows."""
        return len(self.documents) > 1 or any(known_given_name(person_name(m).words[0]) for m in self.members)


def bare_gender(spelling: str) -> str | None:
    """The gender a name without a given name gives: its honorific's (`Mrs. Okafor`), not a
    stray word's (`Said Okafor`)."""
    name = person_name(spelling)
    return name.gender if name.given is None or not name.surname else None


def prefer(name: PersonName, groups: list[Group]) -> list[Group]:
    """Among the people a name fits: those with its suffix (or, without one, those written
    without one), then those with its given name as written."""
    if len(groups) < 2:
        return groups
    groups = [g for g in groups if any(person_name(m).suffix == name.suffix for m in g.members)] or groups
    if name.given and len(name.given) > 1:
        groups = [g for g in groups if any(person_name(m).given == name.given for m in g.members)] or groups
    return groups


def by_prominence(pool: list[Group], documents, label) -> tuple[str, list[Group]]:
    """The one that at least PROMINENCE of the namings are of (an article naming two of them
    counts for both), else ambiguous."""
    namings = sum(len(documents(g)) for g in pool)
    ordered = sorted(pool, key=lambda g: (-len(documents(g)), label(g)))
    if len(documents(ordered[0])) >= PROMINENCE * namings:
        return "prominence", ordered
    return "ambiguous", ordered


@functools.lru_cache(maxsize=65536)
def role_words(role: str) -> frozenset[str]:
    """A role's words, folded, abbreviations written out (`Gov.` -> governor), demonyms as their
    country, without `the`."""
    lexicon = load_lexicon()
    abbreviations = lexicon.title_abbreviations
    out = set()
    for word in words_of(role):
        folded = fold(word)
        folded = abbreviations.get(folded, abbreviations.get(folded + ".", folded)).replace(".", "")
        country = lexicon.demonyms.get(folded)  # `Russian Foreign Minister` is `Russia's foreign minister`
        if folded not in ("the", "a", "an", "of", "s"):
            out.add(fold(country) if country else folded)
    return frozenset(out)


def most_specific_role(roles: Counter) -> str | None:
    """The most specific role seen: the one whose words hold the most quotes' roles
    (`US Secretary of State` holds `Secretary of State` and `Secretary`), then the one with the
    most words, then the most frequent; among the roles seen in at least a tenth as many quotes
    as the commonest (one seen once beside one seen twenty times is more likely a misreading)."""
    if not roles:
        return None
    words = {role: role_words(role) for role in roles}
    support = {role: sum(count for other, count in roles.items() if words[other] <= words[role]) for role in roles}
    floor = 0.1 * max(roles.values())
    eligible = [role for role in roles if roles[role] >= floor]
    return min(eligible, key=lambda r: (-support[r], -len(words[r]), -roles[r], r))

"""What a run of capitalised words says by itself: role prefix, person or organisation, gender."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

import attrs

from ..names.spelling import GENERATIONS, given_name_of, opens_with_given_name
from ..regexes import LazyPattern
from .run_openers import given_name_like_a_place, person_noun_before_name, possessor_before_name
from .tokens import strip_possessive

if TYPE_CHECKING:
    from ..lexicon import Lexicon


_POSSESSIVE_ENDS = frozenset("s’'")  # the last letters of a word ``strip_possessive`` may change
_MALE_FORMS = frozenset(("Mr", "Sir", "Lord", "Father", "Brother"))  # forms of address that tell a gender
_FEMALE_FORMS = frozenset(("Mrs", "Ms", "Miss", "Dame", "Lady", "Sister"))


@attrs.define
class Classifier:
    lexicon: Lexicon
    # a run's reading by its words (a run of one word by the word itself: no tuple made to ask)
    readings: dict[str | tuple[str, ...], _Reading] = attrs.field(factory=dict, repr=False)
    prefix_words: dict[str, bool] = attrs.field(factory=dict, repr=False)  # ``_prefix_word``'s answers
    # the first words of the lexicon's places of several words (`Nova` of `Nova Scotia`): a run's
    # word opening none is asked for no such place (made once per lexicon, as the classifier is)
    place_openers: frozenset[str] = attrs.field(init=False, repr=False)

    # words in lower case that open a sentence and no name (`The`, `When`, `Unlike`), one set for
    # the lexicon's three (asked of every sentence's first capitalised word)
    sentence_openers: frozenset[str] = attrs.field(init=False, repr=False)

    @place_openers.default
    def _place_openers(self) -> frozenset[str]:
        return frozenset(place.split(" ")[0] for place in self.lexicon.countries if " " in place)

    @sentence_openers.default
    def _sentence_openers(self) -> frozenset[str]:
        lists = self.lexicon.lists
        return lists["sentence_openers"] | self.lexicon.words["preposition"] | lists["opening_prepositions"]

    def title_prefix(self, words: Sequence[str], bare: Sequence[str]) -> int:
        """How many leading words of a capitalised run are role words, not the name (``bare``:
        the words without their possessive)."""
        lex = self.lexicon
        openers, prefix_words = lex.title_openers, self.prefix_words
        index = 0
        count = len(words)
        while index < count:
            matched = 0
            first = words[index].lower()
            # (a word or phrase ending in no `s` or apostrophe has no possessive: not stripped)
            if first in openers or (first[-1:] in _POSSESSIVE_ENDS and strip_possessive(first) in openers):
                for size in range(min(lex.max_title_words, len(words) - index), 0, -1):  # no title starts otherwise
                    phrase = " ".join(words[index : index + size]).lower()
                    if phrase in lex.titles or (
                            phrase[-1:] in _POSSESSIVE_ENDS and strip_possessive(phrase) in lex.titles):
                        matched = size
                        break
            # a place of one word is no prefix here
            if not matched and index + 1 < count and bare[index] in self.place_openers:
                matched = _place_of_several_words(bare, index, lex)  # "Nova Scotia Power", "New Brunswick Premier …"
            if matched:
                index += matched
                continue
            # (a run of one word has no given name after its first word: the next three are not asked)
            if index == 0 and count >= 2:
                if given_name_like_a_place(words, lex):
                    break  # "Jordan Peterson", "Chad Johnson": a given name, not the country
                if person_noun_before_name(words, lex) or possessor_before_name(words, lex):
                    # "Meteorologist Tracey Talbot", "Farmer Bob Smith": what the person is;
                    # "the Raptors’ Kyle Lowry", "Edmonton’s Connor McDavid": whose the person is
                    index += 1
                    continue
            known = prefix_words.get(bare[index])  # most words were asked before: no call
            if known if known is not None else self._prefix_word(bare[index]):
                index += 1
            else:
                break
        return index

    def _prefix_word(self, word: str) -> bool:
        """A word of a run's role prefix other than a title: an honorific, a nationality, a
        country, an organisation (asked of each run's first word: answered once per word)."""
        known = self.prefix_words.get(word)
        if known is None:
            if len(self.prefix_words) >= _READINGS_KEPT:
                self.prefix_words.clear()  # bounded, as the readings are
            lex = self.lexicon
            low = word.lower()
            known = self.prefix_words[word] = (
                word in lex.honorifics
                or word.rstrip(".") + "." in lex.honorifics
                or low in lex.demonyms
                or word in lex.countries
                or word in lex.metonyms
                or word in lex.organisations
                or low in lex.org_heads
                or low in ("of", "the", "and", "for", "former", "acting", "deputy")
            )
        return known

    def gender(self, words: Sequence[str], first: str | None) -> str | None:
        for word in words:
            stem = word.rstrip(".")
            if stem in _MALE_FORMS:
                return "m"
            if stem in _FEMALE_FORMS:
                return "f"
        if first:
            gender = self.lexicon.given_names.get(first)
            if gender in ("m", "f"):
                return gender
        return None

    def organisation(self, words: Sequence[str], bare: Sequence[str]) -> bool:
        """Whether the words name an organisation (``bare``: the words without their possessive)."""
        lex = self.lexicon
        joined = " ".join(bare)
        if joined in lex.organisations or joined in lex.countries or joined in lex.metonyms or "&" in words:
            return True
        if len(bare) == 1 and company_shaped(bare[0], lex):
            return True  # "TransLink", "WestJet", "SNC-Lavalin"
        first = words[0].lower()
        if len(words) >= 2 and bare[-1] in lex.countries and words[0] not in lex.given_names \
                and words[-2].lower() not in ("of", "in", "for") and first not in lex.not_name_words \
                and first not in lex.demonyms and first + "s" not in lex.words["group_noun"]:
            return True  # "Rally Canada", "Hockey Canada", "Air Canada": a national body, not a person
        return not lex.org_heads.isdisjoint(map(str.lower, bare))

    def looks_personal(self, name_words: Sequence[str], titled: bool) -> bool:
        lex = self.lexicon
        if not name_words or len(name_words) > 4 or "&" in name_words:
            return False  # "Ernst & Young": a firm
        given_and_surname = titled and len(name_words) == 2 and name_words[0] in lex.given_names
        if any(w.lower() in lex.org_heads for w in name_words) and not given_and_surname:
            return False  # "Opera House", but "artistic director Christopher House"
        if _countries_in(name_words, lex):
            return False
        if any(w in lex.organisations for w in name_words) and not given_and_surname:
            return False  # "the Guardian", but "Mayor Don Guardian"
        if " ".join(name_words) in lex.countries:
            return False  # "Nova Scotia", "New Brunswick": a place, whatever its first word
        if len(name_words[-1]) > 1 and name_words[-1].isupper() and name_words[-1].lower() not in GENERATIONS:
            return False  # "August PBO", "Mark IV": an acronym is no surname
        if len(name_words) >= 2 and opens_with_given_name(name_words, lex):
            return True
        if (
            len(name_words) >= 3
            and name_words[-2] in self.lexicon.lists["surname_particles"]
            and name_words[0] not in self.lexicon.lists["surname_particles"]
        ):
            return True  # "Ragheb Al Turkmani", "Maria De Luca": a given name the lexicons lack, then a particle
        return titled

    def personal_both(self, name_words: Sequence[str]) -> tuple[bool, bool]:
        """``looks_personal(name_words, True)`` and ``looks_personal(name_words, False)``, each
        word looked up once for both (every run read asks both)."""
        lex = self.lexicon
        if not name_words or len(name_words) > 4 or "&" in name_words:
            return False, False
        lowered = list(map(str.lower, name_words))
        # ``_countries_in``, with the words lowered once; most names hold no place or nationality,
        # and then a first word that is a given name (`Jordan Peterson`) changes nothing: that is
        # asked only of a name holding one
        countries, demonyms = lex.countries.keys(), lex.demonyms.keys()
        holds_place = not (countries.isdisjoint(name_words) and demonyms.isdisjoint(lowered))
        if (holds_place and (not given_name_like_a_place(name_words, lex) or not countries.isdisjoint(name_words[1:])
                             or not demonyms.isdisjoint(lowered[1:]))) or " ".join(name_words) in lex.countries:
            return False, False
        if len(name_words[-1]) > 1 and name_words[-1].isupper() and lowered[-1] not in GENERATIONS:
            return False, False
        given_first = len(name_words) >= 2 and opens_with_given_name(name_words, lex)
        if not lex.org_heads.isdisjoint(lowered) or not lex.organisations.keys().isdisjoint(name_words):
            return given_first and len(name_words) == 2, False  # "artistic director Christopher House"
        particles = lex.lists["surname_particles"]
        return True, given_first or (len(name_words) >= 3 and name_words[-2] in particles
                                     and name_words[0] not in particles)


def company_shaped(word: str, lexicon: Lexicon) -> bool:
    """A word only a company's name is written as: a capital inside it after a stem of two
    letters or more (`TransLink`, `WestJet`, `PayPal`), or an acronym joined to a name
    (`SNC-Lavalin`).  A surname's prefix (`McCallum`, `MacDonald`, `DeSantis`, `VanHorne`) or two
    given names run together (`MaryAnne`) are no such shape."""
    if "-" in word and _ACRONYM_JOINED.fullmatch(word):  # no hyphen, no `SNC-Lavalin`
        return True
    if word.isascii() and word[1:].islower():
        return False  # no capital after the first letter, no inner capital: no pattern asked
    found = _INNER_CAPITAL.fullmatch(word)
    if found is None:
        return False
    stem, rest = found.group("stem"), found.group("rest")
    names = lexicon.given_names
    return stem.lower() not in lexicon.lists["surname_prefixes"] and stem not in names and rest not in names


_INNER_CAPITAL = LazyPattern(r"(?P<stem>\p{Lu}\p{Ll}{2,})(?P<rest>\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)*)")
_ACRONYM_JOINED = LazyPattern(r"\p{Lu}{2,}-\p{Lu}\p{Ll}+")


def _place_of_several_words(bare: Sequence[str], index: int, lexicon: Lexicon) -> int:
    """How many words from ``index`` name a place of two or three words (`Nova Scotia`), else 0
    (``bare``: the run's words without their possessive)."""
    countries = lexicon.countries
    for size in (3, 2):
        if index + size <= len(bare) and " ".join(bare[index:index + size]) in countries:
            return size
    return 0


def _countries_in(name_words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a word of the name is a place or nationality; a given name first (`Jordan`) is no place."""
    words = name_words[1:] if given_name_like_a_place(name_words, lexicon) else name_words
    # set operations, not a generator: asked of every run read
    return not lexicon.countries.keys().isdisjoint(words) or not lexicon.demonyms.keys().isdisjoint(
        map(str.lower, words))


_CLASSIFIERS: dict[int, Classifier] = {}


def classifier_for(lexicon: Lexicon) -> Classifier:
    """One classifier, and so one cache of run readings, per lexicon in use."""
    classifier = _CLASSIFIERS.get(id(lexicon))
    if classifier is None or classifier.lexicon is not lexicon:  # it holds the lexicon: ids stay unique
        if len(_CLASSIFIERS) >= 8:
            _CLASSIFIERS.clear()
        classifier = _CLASSIFIERS[id(lexicon)] = Classifier(lexicon)
    return classifier


class _Reading(NamedTuple):
    """What the words of a capitalised run say by themselves, before their context is read
    (a named tuple: shared by every mention of the run, so never changed, and cheap to make)."""

    dateline: bool
    prefix: int  # leading role words
    organisation: bool  # the whole run names an organisation
    role_organisation: bool  # its role words name one ("Kremlin spokesman")
    titled: bool  # its role words hold a title or honorific
    personal_if_titled: bool
    personal_untitled: bool
    gender: str | None
    name_words: int
    person_end: int  # where the run ends when it names a person (before "of Texas")


def _read_run(surface: tuple[str, ...], classifier: Classifier) -> _Reading:
    """The reading of a run's words (half the runs read are of one word: read by ``_read_word``)."""
    return _read_word(surface[0], classifier) if len(surface) == 1 else read_words(surface, classifier)


def _read_word(word: str, classifier: Classifier) -> _Reading:
    """``read_words((word,))`` for one word (half the runs read): ``title_prefix``,
    ``organisation``, ``personal_both`` and ``gender`` written out for it, a few lookups each (no
    place, title or given name of several words, no `of`, no dateline; its role is the word)."""
    lex = classifier.lexicon
    bare = strip_possessive(word)
    low, bare_low = word.lower(), bare.lower()
    if (low in lex.title_openers or strip_possessive(low) in lex.title_openers) and (
            low in lex.titles or strip_possessive(low) in lex.titles):
        prefix = 1  # a title
    else:  # an honorific, a nationality, a country, …
        known = classifier.prefix_words.get(bare)
        prefix = 1 if (known if known is not None else classifier._prefix_word(bare)) else 0
    organisation = (bare in lex.organisations or bare in lex.countries or bare in lex.metonyms or word == "&"
                    or company_shaped(bare, lex) or bare_low in lex.org_heads)
    if prefix:
        titled = low in lex.titles or word in lex.honorifics or low.rstrip(".") in lex.lists["title_stems"]
        personal_if_titled = False  # no word left for a name
    else:  # a person's surname after a title; never a place, nationality, acronym or organisation's word
        titled = False
        personal_if_titled = not (bare == "&" or bare in lex.countries or bare_low in lex.demonyms
                                  or (len(bare) > 1 and bare.isupper() and bare_low not in GENERATIONS)
                                  or bare_low in lex.org_heads or bare in lex.organisations)
    stem = word.rstrip(".")
    gender = "m" if stem in _MALE_FORMS else "f" if stem in _FEMALE_FORMS else None
    return tuple.__new__(_Reading, (False, prefix, organisation, bool(prefix) and organisation, titled,
                                    personal_if_titled, False, gender, 1 - prefix, 1))


def read_words(surface: tuple[str, ...], classifier: Classifier) -> _Reading:
    """The reading of a run of any length, step by step."""
    lex = classifier.lexicon
    bare = tuple(map(strip_possessive, surface))  # each word without its possessive, stripped once
    prefix = classifier.title_prefix(surface, bare)
    prefix = _title_after_organisation(surface, bare, prefix, classifier)
    person_end = _name_before_of(surface, bare, prefix, classifier)
    name_words = list(bare[prefix:person_end])
    role_words = surface[:prefix]
    if role_words:
        stems = lex.lists["title_stems"]
        titled = any(
            w.lower() in lex.titles
            or w in lex.honorifics
            or w.lower().rstrip(".") in stems
            for w in role_words
        ) or " ".join(role_words).lower() in lex.titles
    else:
        titled = False
    personal_if_titled, personal_untitled = classifier.personal_both(name_words)
    organisation = classifier.organisation(surface, bare)
    # the fields in their order (a named tuple's keywords cost a Python call per run read)
    return tuple.__new__(_Reading, (
        len(surface) >= 2 and _in_capitals(surface),  # dateline
        prefix,
        organisation,
        # role_organisation (a role of every word is the run itself: the same question)
        bool(prefix) and (organisation if prefix == len(surface)
                          else classifier.organisation(role_words, bare[:prefix])),
        titled,
        personal_if_titled,
        personal_untitled,
        classifier.gender(surface, given_name_of(name_words, lex)),
        len(name_words),  # name_words
        person_end,
    ))


def _in_capitals(surface: tuple[str, ...]) -> bool:
    """Every plain word in capitals (`BUENA PARK`); `Mr. Lavrov’s` has no plain word at all."""
    alphabetic = False
    for word in surface:
        if word.isalpha():
            if not word.isupper():
                return False
            alphabetic = True
    return alphabetic


def _title_after_organisation(surface: tuple[str, ...], bare: tuple[str, ...], prefix: int,
                              classifier: Classifier) -> int:
    """`Oversight Committee Chairman Jason Chaffetz`, `Judicial Watch President Tom Fitton`: an
    organisation's name, then a title, then the person — the role runs up to the title."""
    heads = classifier.lexicon.title_heads
    for index in range(len(surface) - 2, prefix - 1, -1):
        if bare[index].lower() in heads:
            end = _name_before_of(surface, bare, index + 1, classifier)
            name = list(bare[index + 1 : end])
            if name and name[0][:1].isupper() and classifier.looks_personal(name, True):  # not "Secretary of State"
                return index + 1
            return prefix
    return prefix


def _name_before_of(surface: tuple[str, ...], bare: tuple[str, ...], prefix: int, classifier: Classifier) -> int:
    """Where a person's name ends: `Ted Cruz of Texas`, `Robert Gordon of Northwestern University`
    name Ted Cruz and Robert Gordon (an organisation keeps its `of`: `Bank of America`)."""
    if "of" not in surface[prefix:]:
        return len(surface)
    of = surface.index("of", prefix)
    name = list(bare[prefix:of])
    return of if len(name) >= 2 and classifier.looks_personal(name, False) else len(surface)


_READINGS_KEPT = 20_000  # distinct runs remembered per lexicon; names recur across an archive


def reading_of(texts: Sequence[str], first: int, end: int, classifier: Classifier) -> _Reading:
    """The reading of the run of words first..end-1 of ``texts``."""
    key = texts[first] if end - first == 1 else tuple(texts[first:end])
    cache = classifier.readings
    reading = cache.get(key)
    if reading is None:
        if len(cache) >= _READINGS_KEPT:
            cache.clear()  # bounded: memory stays flat over any corpus
        reading = cache[key] = _read_run((key,) if end - first == 1 else key, classifier)  # type: ignore[arg-type]
    return reading

"""People's names: titles, given names and nicknames, and when two names are one person."""

from __future__ import annotations

import functools

import attrs

from ..lexicon import load_lexicon, nicknames
from ..regexes import LazyPattern
from .spelling import GENERATIONS, family_first, fold, name_words, similar_first_names, spelling_key, words_of

HONORIFIC_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lord": "m", "dame": "f",
                     "lady": "f", "father": "m", "fr": "m", "sister": "f", "brother": "m"}
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

NICKNAMES: dict[str, frozenset[str]] = nicknames()  # short form -> the given names it stands for


_INITIALS = LazyPattern(r"^(?:\p{L}\.?)+$")


def initials_of(word: str) -> tuple[str, ...] | None:
    """`J.` -> (j,), `H.W.` -> (h, w), `J` -> (j,); None for a word that is no initial."""
    bare = fold(word)
    letters = bare.replace(".", "")
    if len(letters) == 1 or ("." in bare and _INITIALS.match(bare) and len(letters) <= 3):
        return tuple(letters)
    return None


@functools.cache
def honorific_forms() -> frozenset[str]:
    return frozenset(fold(h).rstrip(".") for h in load_lexicon().honorifics)


@functools.cache
def _title_forms() -> frozenset[str]:
    lexicon = load_lexicon()
    return frozenset({fold(t) for t in lexicon.titles} | {fold(t).rstrip(".") for t in lexicon.titles}
                     | {"u.s", "us", "former", "then", "acting", "the"})


def strip_titles(words: list[str]) -> tuple[list[str], str | None]:
    """A name's words without the honorifics and titles in front (`Sen. John McCain`, `U.S.
    Secretary of State Antony Blinken`, `Judge Berman`), and the gender an honorific gives."""
    titles, honorifics = _title_forms(), honorific_forms()
    gender = None
    kept = list(words)
    while len(kept) > 1:
        first = fold(kept[0]).rstrip(".")
        two, three = " ".join(fold(w) for w in kept[:2]), " ".join(fold(w) for w in kept[:3])
        if first in honorifics:
            gender = gender or HONORIFIC_GENDERS.get(first)
            kept = kept[1:]
        elif three in titles and len(kept) > 3:
            kept = kept[3:]
        elif two in titles and len(kept) > 2:
            kept = kept[2:]
        elif first in titles or fold(kept[0]) in titles or first in ("of", "state", "foreign", "minister"):
            kept = kept[1:]
        else:
            break
    return kept, gender


@functools.cache
def _given_gender(word: str) -> str | None:
    """m or f for a given name the lexicon knows with one gender."""
    given = load_lexicon().given_names
    gender = given.get(word) or given.get(word.capitalize())
    return gender if gender in ("m", "f") else None


def stray_word(word: str) -> bool:
    """A capitalised word before a name that is no given name: a verb of saying (`Said Comey`,
    `Asserting Clinton's`) or another `-ing` form (`Joining Rubio`)."""
    folded = fold(word).rstrip(".")
    return folded in load_lexicon().cue_forms or (folded.endswith("ing") and not known_given_name(word))


def known_given_name(word: str) -> bool:
    given = load_lexicon().given_names
    return word in given or word.capitalize() in given


@functools.lru_cache(maxsize=65536)
def given_names_agree(a: str, b: str) -> bool:
    """Two given names (folded) that may be one person's: equal, an initial of the other, a
    variant spelling (`Sergei`/`Sergey`, `Hilary`/`Hillary`) or a typo of one (`Rence`) of the
    same gender, or a nickname (`Joe`/`Joseph`, `Bill`/`Will`)."""
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    ga, gb = _given_gender(a), _given_gender(b)
    if ga and gb and ga != gb:
        return False  # `Mark` is not `Mary`
    if spelling_key(a) == spelling_key(b):
        return True  # transliterations: `Sergei`/`Sergey`, `Antony`/`Anthony`, `Hilary`/`Hillary`
    if similar_first_names(a, b) and not (known_given_name(a) and known_given_name(b)):
        return True  # a typo (`Rence` for `Reince`); two names the lexicon knows are two (`Ivana`, `Ivanka`)
    forms_a, forms_b = NICKNAMES.get(a, frozenset()) | {a}, NICKNAMES.get(b, frozenset()) | {b}
    return bool(forms_a & forms_b)


@attrs.frozen
class PersonName:
    """A person's name read into its parts, folded (case and accents ignored)."""

    written: str  # as given, for messages
    surname: str  # "" when the name is a given name alone with a suffix (`Donald Jr.`)
    given: str | None = None  # None: a bare surname (`Obama`, `Mr. Obama`)
    middles: tuple[str, ...] = ()  # middle names or initials, folded (`h`, `w` of `H.W.`)
    suffix: str | None = None  # jr, sr, ii, iii, iv
    gender: str | None = None  # from an honorific (`Mrs. Clinton`) or a known given name
    words: tuple[str, ...] = ()  # the name proper, folded, titles and honorifics dropped

    @property
    def full(self) -> bool:
        """A given name and a surname: `Hillary Clinton`, `H. Clinton`."""
        return self.given is not None and bool(self.surname)

    @property
    def key(self) -> str:
        """Names of one person share it: the surname's spelling key."""
        return spelling_key(self.surname) if self.surname else ""

    @property
    def specificity(self) -> int:
        given = 0 if self.given is None else (1 if len(self.given) == 1 else 2)
        return given + len(self.middles) + bool(self.suffix) + bool(self.surname)


@functools.lru_cache(maxsize=65536)
def person_name(name: str) -> PersonName:
    """Read a person's name: `U.S. Secretary of State Antony Blinken`, `Mr. Blinken’s`, `Donald J.
    Trump`, `Joseph R. Biden Jr.`, `George H.W. Bush`, `J. Gerald Hebert`, `Xi Jinping`."""

    words, gender = strip_titles(words_of(name))
    inner = [i for i, word in enumerate(words[1:-1], 1) if fold(word).rstrip(".") in honorific_forms()]
    if inner:  # `Witness Mr. Trump`: a stray word, then an honorific and the name
        gender = HONORIFIC_GENDERS.get(fold(words[inner[-1]]).rstrip("."), gender)
        words = words[inner[-1] + 1:]
    folded = [fold(w) for w in words]
    suffix = None
    if len(words) >= 2 and folded[-1].rstrip(".,") in GENERATIONS:
        suffix = folded[-1].rstrip(".,")
        words, folded = words[:-1], folded[:-1]
    proper = tuple(w.rstrip(".") if initials_of(w) is None else w for w in folded)
    if not words:
        return PersonName(name, "", gender=gender, words=proper)
    if len(words) == 1:
        if suffix and known_given_name(words[0]):  # `Donald Jr.`: a given name, not a surname
            return PersonName(name, "", given=proper[0], suffix=suffix, gender=gender or _given_gender(proper[0]),
                              words=proper)
        return PersonName(name, proper[0].rstrip("."), suffix=suffix, gender=gender, words=proper)
    if family_first(words, load_lexicon()):
        surname, rest = proper[0], list(proper[1:])
    else:
        surname, rest = proper[-1], list(proper[:-1])
    # leading initials before a given name the person goes by (`J. Gerald Hebert`)
    while len(rest) > 1 and initials_of(rest[0]) and not initials_of(rest[1]):
        rest = rest[1:]
    given, middle_words = rest[0], rest[1:]
    initials = initials_of(given)
    given = given.replace(".", "") if initials is None else initials[0]
    middles: list[str] = []
    for word in middle_words:
        middles.extend(initials_of(word) or (word,))
    return PersonName(name, surname, given=given, middles=tuple(middles), suffix=suffix,
                      gender=gender or _given_gender(given), words=proper)


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names agree one by one, by initial or in full (`John F.` and `John Fitzgerald`);
    a shorter list holding a written-out name may leave some out (`Hillary Rodham Clinton` and
    `Hillary Diane Rodham Clinton`), but initials alone are all of them (`George W.` is not
    `George H.W.`)."""
    if not a or not b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) == len(long) or all(len(word) == 1 for word in short):
        # initials alone are all of them: `W.` is not `H.W.`
        return len(short) == len(long) and all(_middle_agrees(x, y) for x, y in zip(short, long))
    position = 0
    for word in short:
        while position < len(long) and not _middle_agrees(word, long[position]):
            position += 1
        if position == len(long):
            return False
        position += 1
    return True


def _middle_agrees(a: str, b: str) -> bool:
    return a == b or ((len(a) == 1 or len(b) == 1) and a[0] == b[0]) or spelling_key(a) == spelling_key(b)


def compatible(a: PersonName, b: PersonName) -> bool:
    """Whether two names can name one person, by the names alone (a bare surname is compatible
    with every full name of that surname; context decides which it names)."""
    if a.gender and b.gender and a.gender != b.gender:
        return False
    if a.suffix and b.suffix and a.suffix != b.suffix:
        return False
    if not a.surname or not b.surname:  # `Donald Jr.`: the given name and the suffix
        other = b if not a.surname else a
        given = a.given if not a.surname else b.given
        return given is not None and other.given is not None and given_names_agree(given, other.given) \
            and (a.suffix == b.suffix)
    if a.key != b.key:
        return False
    if a.given is None or b.given is None:
        return True
    if given_names_agree(a.given, b.given):
        return _middles_agree(a.middles, b.middles)
    return _goes_by_middle_name(a, b) or _goes_by_middle_name(b, a)


def _goes_by_middle_name(short: PersonName, full: PersonName) -> bool:
    """`Mitt Romney` is `Willard Mitt Romney`, `Ted Cruz` is `Rafael Edward Cruz`: someone known
    by a middle name (or its nickname), written out in full, not as an initial."""
    return (not short.middles and short.given is not None and len(short.given) > 1
            and any(len(middle) > 1 and given_names_agree(short.given, middle) for middle in full.middles))


def same_person(a: str, b: str) -> bool:
    """Whether two names can name one person (``compatible`` on the names read)."""
    return compatible(person_name(a), person_name(b))


_JOINT = LazyPattern(r"\s+and\s+|\s*&\s*")


def joint_members(name: str) -> list[str]:
    """The people of a joint source (`Antony Blinken and Sergei Lavrov`), or the name alone."""
    parts = [part.strip() for part in _JOINT.split(name)]
    return parts if len(parts) > 1 and all(parts) else [name]


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """docs/contract.md §6: two speakers as the scorer compares them. Equal after folding, or
    names that can be one person (a surname names the full name), joint speakers person by
    person; two nulls agree. Stricter than ``compatible`` in one way: the scorer judges the
    canonical name, so a surname spelled differently (`Blink` for `Blinken`) is wrong."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    gold_people = [name_words(part) for part in _JOINT.split(gold)]
    pred_people = [name_words(part) for part in _JOINT.split(predicted)]
    if len(gold_people) != len(pred_people):
        return name_words(gold) == name_words(predicted)
    gold_names = [person_name(part) for part in _JOINT.split(gold)]
    pred_names = [person_name(part) for part in _JOINT.split(predicted)]
    remaining = list(range(len(pred_people)))
    for index, person in enumerate(gold_people):
        hit = next((p for p in remaining if _scored_same(person, pred_people[p], gold_names[index], pred_names[p])),
                   None)
        if hit is None:
            return False
        remaining.remove(hit)
    return True


def _scored_same(a: list[str], b: list[str], name_a: PersonName, name_b: PersonName) -> bool:
    """One person of each side, as the scorer compares them: equal words, or the same surname
    as written and names that can be one person."""
    if not a or not b:
        return a == b
    if a == b:
        return True
    if a[-1] != b[-1]:
        return False
    if len(a) < 2 or len(b) < 2:
        return True
    return compatible(name_a, name_b) or len(a[0]) == 1 or len(b[0]) == 1

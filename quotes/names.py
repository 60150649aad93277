"""Names: when two names name the same person or the same organisation.

The name-comparison helpers that coreference, the scorer and the archive views share live here,
so that there is one definition of "same person" in the code.
"""

from __future__ import annotations

import collections
import functools
import unicodedata
from collections import Counter
from typing import Any, Iterable, Sequence

import attrs
import regex

from .lexicon import Lexicon, load_lexicon

GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # suffixes that are not surnames


def generational_suffix(tokens: Sequence[str]) -> str | None:
    """`jr` of `Donald Trump Jr.` (first name, surname, suffix); None for `Donald Jr.`."""
    suffix = tokens[-1].rstrip(".,").lower() if tokens else ""
    return suffix if len(tokens) > 2 and suffix in GENERATIONS else None


def family_first(tokens: Sequence[str], lexicon: Lexicon) -> bool:
    """`Xi Jinping`, `Kim Jong Un`, `Park Geun-hye`: an East Asian family name written first; not
    `Kim Davis` or `Lee Harvey Oswald` (a Western given name before a surname)."""
    if not 2 <= len(tokens) <= 3 or tokens[0] not in lexicon.family_first_surnames:
        return False
    rest = tokens[1:]
    if not all(word[:1].isupper() for word in rest):
        return False
    if tokens[0] not in lexicon.given_names:
        return True
    # Kim, Lee: also Western given names; a Korean given name is hyphenated or two short syllables
    short = all(len(part) <= 5 for word in rest for part in word.split("-"))
    return short and (len(rest) == 2 or any("-" in word for word in rest))


LEGAL_SUFFIXES = frozenset({"corp", "inc", "ltd", "llc", "plc", "co", "sa", "ag", "gmbh"})


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive form (cached: the same names come back all through an archive)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # accents go, and so do invisible format characters (a soft hyphen inside `Lav­rov`)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")


_INVISIBLE = regex.compile(r"\p{Cf}+")


def visible(text: str) -> str:
    """A name as output: without invisible format characters (soft hyphens, zero-width spaces)."""
    return _INVISIBLE.sub("", text) if not text.isascii() else text


_REPEATS = regex.compile(r"(.)\1+")


@functools.lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """A rough phonetic key: transliteration variants of one name share it."""
    key = fold(word)
    for old, new in (("ph", "f"), ("th", "t"), ("ck", "k"), ("y", "i"), ("ie", "i"), ("ey", "ei"),
                     ("ij", "i"), ("j", "i"), ("w", "v"), ("kh", "h"), ("x", "ks")):
        key = key.replace(old, new)
    key = _REPEATS.sub(r"\1", key)
    return key


def _within_one_edit(a: str, b: str) -> bool:
    """At most one insertion, deletion or substitution apart (linear time)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for index, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return a[index + 1 :] == b[index + 1 :] if len(a) == len(b) else a[index:] == b[index + 1 :]
    return True


@functools.lru_cache(maxsize=65536)
def similar_surnames(a: str, b: str) -> bool:
    ka, kb = spelling_key(a), spelling_key(b)
    if ka == kb:
        return True
    shorter, longer = sorted((ka, kb), key=len)
    if len(shorter) >= 4 and longer.startswith(shorter):
        return True  # "Blink" typed for "Blinken"
    return len(shorter) >= 5 and _within_one_edit(ka, kb)


@functools.lru_cache(maxsize=65536)
def similar_first_names(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    ka, kb = spelling_key(a), spelling_key(b)
    return ka == kb or (min(len(ka), len(kb)) >= 4 and _within_one_edit(ka, kb))



def name_words(name: str) -> list[str]:
    lexicon = load_lexicon()
    honorifics = {fold(h).rstrip(".") for h in lexicon.honorifics}
    titles = {fold(t) for t in lexicon.titles}
    words = [w.rstrip(".") for w in regex.findall(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’-]*", fold(name))]
    words = [w.removesuffix("’s").removesuffix("'s") for w in words]
    kept = [w for w in words if w not in honorifics and w not in LEGAL_SUFFIXES and w not in GENERATIONS
            and w != "the"]
    # drop leading title words ("us secretary of state antony blinken" -> "antony blinken")
    while len(kept) > 1 and (kept[0] in titles or " ".join(kept[:3]) in titles or " ".join(kept[:2]) in titles
                             or kept[0] in ("us", "u.s", "of", "state", "foreign", "minister")):
        kept = kept[1:]
    return kept


# =========================================================================== people
#
# A person's name is read into its parts (given name, middle names or initials, surname,
# generational suffix), after the honorifics and titles in front of it are dropped. Two names
# can name the same person (`compatible`) when their surnames are spelled alike (transliteration
# variants share a spelling key; a typo in a surname does not carry across articles), their
# given names agree (equal, a variant spelling, an initial, or a nickname of it: `Joe` for
# `Joseph`), their middle names do not contradict each other (`George W.` is not `George H.W.`),
# their suffixes do not differ (`Jr.` and none may be one person; `Jr.` and `Sr.` are two) and
# nothing gives them different genders. A bare surname is compatible with every full name of
# that surname: which one it names is a question of context (``identify``).

HONORIFIC_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lord": "m", "dame": "f",
                     "lady": "f", "father": "m", "fr": "m", "sister": "f", "brother": "m"}
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

# English diminutives and short forms, and the given names they stand for (folded). A short form
# agrees with its full names and with another short form of one of them (`Bill` and `Will`).
_NICKNAMES = """
abe abraham
al albert alan allan alfred alexander
alex alexander alexandra alexis
andy andrew
barb barbara
becky rebecca
ben benjamin
bernie bernard
bert albert robert herbert
beth elizabeth
betsy elizabeth
bill william
billy william
bob robert
bobby robert
cathy catherine
charlie charles
chris christopher christian christine christina
chuck charles
dan daniel
danny daniel
dave david
deb deborah debra
debbie deborah debra
dick richard
don donald
doug douglas
drew andrew
ed edward edwin edmund
eddie edward
fred frederick
gabe gabriel
gene eugene
greg gregory
hal harold henry
hank henry
harry harold henry
jack john
jake jacob
jeff jeffrey jefferson
jen jennifer
jenny jennifer
jerry gerald jerome jeremiah
jim james
jimmy james
joe joseph
joey joseph
jon jonathan
josh joshua
kate katherine catherine kathleen
kathy katherine kathleen
katie katherine catherine
ken kenneth
larry lawrence laurence
len leonard
lenny leonard
liz elizabeth
lou louis
maggie margaret
marty martin
matt matthew
meg margaret
mel melvin melanie
mike michael
mitch mitchell
nate nathan nathaniel
ned edward
newt newton
nick nicholas
pat patrick patricia
peggy margaret
pete peter
phil philip phillip
ray raymond
rich richard
rick richard
rob robert
ron ronald
rudy rudolph
sam samuel samantha
sandy sandra alexander
stan stanley
steve stephen steven
sue susan
ted edward theodore
teddy edward theodore
tim timothy
tom thomas
tommy thomas
tony anthony
vince vincent
walt walter
will william
zach zachary
"""
NICKNAMES: dict[str, frozenset[str]] = {
    line.split()[0]: frozenset(line.split()[1:]) for line in _NICKNAMES.strip().splitlines()
}

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’-]*")
_POSSESSIVE_END = regex.compile(r"[’']s$|(?<=s)[’']$")
_INITIALS = regex.compile(r"^(?:\p{L}\.?)+$")


def _words(name: str) -> list[str]:
    """The words of a name as written, without a possessive ending (`Blinken’s` -> `Blinken`)."""
    return [_POSSESSIVE_END.sub("", word) for word in _WORD.findall(name)]


def _initials(word: str) -> tuple[str, ...] | None:
    """`J.` -> (j,), `H.W.` -> (h, w), `J` -> (j,); None for a word that is no initial."""
    bare = fold(word)
    letters = bare.replace(".", "")
    if len(letters) == 1 or ("." in bare and _INITIALS.match(bare) and len(letters) <= 3):
        return tuple(letters)
    return None


@functools.cache
def _honorific_forms() -> frozenset[str]:
    return frozenset(fold(h).rstrip(".") for h in load_lexicon().honorifics)


@functools.cache
def _title_forms() -> frozenset[str]:
    lexicon = load_lexicon()
    return frozenset({fold(t) for t in lexicon.titles} | {fold(t).rstrip(".") for t in lexicon.titles}
                     | {"u.s", "us", "former", "then", "acting", "the"})


def strip_titles(words: list[str]) -> tuple[list[str], str | None]:
    """A name's words without the honorifics and titles in front (`Sen. John McCain`, `U.S.
    Secretary of State Antony Blinken`, `Judge Berman`), and the gender an honorific gives."""
    titles, honorifics = _title_forms(), _honorific_forms()
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


def _stray_word(word: str) -> bool:
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

    words, gender = strip_titles(_words(name))
    inner = [i for i, word in enumerate(words[1:-1], 1) if fold(word).rstrip(".") in _honorific_forms()]
    if inner:  # `Witness Mr. Trump`: a stray word, then an honorific and the name
        gender = HONORIFIC_GENDERS.get(fold(words[inner[-1]]).rstrip("."), gender)
        words = words[inner[-1] + 1:]
    folded = [fold(w) for w in words]
    suffix = None
    if len(words) >= 2 and folded[-1].rstrip(".,") in GENERATIONS:
        suffix = folded[-1].rstrip(".,")
        words, folded = words[:-1], folded[:-1]
    proper = tuple(w.rstrip(".") if _initials(w) is None else w for w in folded)
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
    while len(rest) > 1 and _initials(rest[0]) and not _initials(rest[1]):
        rest = rest[1:]
    given, middle_words = rest[0], rest[1:]
    initials = _initials(given)
    given = given.replace(".", "") if initials is None else initials[0]
    middles: list[str] = []
    for word in middle_words:
        middles.extend(_initials(word) or (word,))
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
    return given_names_agree(a.given, b.given) and _middles_agree(a.middles, b.middles)


def same_person(a: str, b: str) -> bool:
    """Whether two names can name one person (``compatible`` on the names read)."""
    return compatible(person_name(a), person_name(b))


_JOINT = regex.compile(r"\s+and\s+|\s*&\s*")


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


# =========================================================================== organisations
#
# An organisation's name is compared by its content words, folded: `The New York Times` and
# `New York Times`, `Russia's foreign ministry` and `Russian Foreign Ministry` (a demonym is
# its country), `Mrs. Clinton's campaign` and `Clinton campaign` are one name. An acronym
# names the organisation whose initials it spells (`DNC`); a trailing part of a name
# (`Times`, `the Post`, `Foreign Ministry`) is a short form, which context resolves.

_ORG_STOP = frozenset({"the", "of", "for", "and", "&", "s"})
_MODIFIER = regex.compile(r"\p{L}-(?:run|led|backed|based|owned|controlled|funded|linked|affiliated)$", regex.IGNORECASE)


@functools.lru_cache(maxsize=65536)
def organisation_words(name: str) -> tuple[str, ...]:
    """The content words of an organisation's name, folded; demonyms as their country; a name
    after a modifier such as `Clinton-run` or `Saudi-led` is the name (`State Department`)."""
    lexicon = load_lexicon()
    honorifics = _honorific_forms()
    out: list[str] = []
    words = _words(name)
    modifier = [i for i, word in enumerate(words[:-1]) if _MODIFIER.search(word)]
    if modifier and any(word[:1].isupper() for word in words[modifier[-1] + 1:]):
        words = words[modifier[-1] + 1:]  # `Hilary Clinton-run State Department` is the State Department
    for word in words:
        folded = fold(word).rstrip(".")
        if folded in _ORG_STOP or folded in honorifics or folded in LEGAL_SUFFIXES:
            continue
        country = lexicon.demonyms.get(folded) or lexicon.countries.get(word)
        out.extend(fold(country).split() if country else [folded.replace(".", "")])
    return tuple(out)


def acronym_of(name: str) -> str:
    """`DNC` of `Democratic National Committee`: the initials of its capitalised words."""
    return "".join(word[0] for word in _words(name) if word[:1].isupper() and fold(word) not in _ORG_STOP).upper()


def is_acronym(name: str) -> bool:
    """`DNC`, `F.A.A.`, `U.N.`: one word of two to six capitals, full stops allowed."""
    letters = name.strip().replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and " " not in name.strip()


def same_organisation(a: str, b: str) -> bool:
    """Two names of one organisation by the names alone: the same content words, or one the
    acronym of the other."""
    if organisation_words(a) == organisation_words(b):
        return True
    return (is_acronym(a) and a.replace(".", "") == acronym_of(b)) or \
        (is_acronym(b) and b.replace(".", "") == acronym_of(a))


def short_form_of(short: str, name: str) -> bool:
    """`Times` of `The New York Times`, `Foreign Ministry` of `Russian Foreign Ministry`: the
    words of ``short`` end the words of ``name``, which has more."""
    words, longer = organisation_words(short), organisation_words(name)
    return bool(words) and len(longer) > len(words) and longer[-len(words):] == words


# =========================================================================== one row per speaker
#
# ``identify`` turns the speakers of many articles' quotes into rows, one per person or
# organisation, for every archive view (``quotes table``, the store, search, the report):
#
# - Full names (a given name and a surname) that can name one person (``compatible``) are one
#   row, the most specific spellings first; a name that fits two rows (`George Bush` beside
#   `George W. Bush` and `George H.W. Bush`) is a row of its own that says so. A name with a
#   generational suffix and one without are one person, unless an article quotes both as two
#   people (`Donald J. Trump` and `Donald Trump Jr.`); then a name without the suffix goes to
#   the one without it. A stray capitalised word before a name the archive also writes without
#   it (`Rival Hillary Clinton`) is left out.
# - A bare surname (`Obama`, `Mr. Obama`, `Judge Berman`) joins a full name only when its context
#   gives one person of that surname, of the gender its honorifics and pronouns give: first its
#   article (the people its quotes name); failing that, the archive — the one person of that
#   surname named in full anywhere, or the one named in at least ``PROMINENCE`` of the articles
#   that name anyone of that surname in full (the row then says whom else it could be).
#   Otherwise it stays apart, and the row says whom it could be.
# - Organisations with the same content words are one row (`The New York Times`, `New York
#   Times`; `Russia's foreign ministry`, `Russian Foreign Ministry`); one named after a person is
#   compared through that person (`Mrs. Clinton's campaign`, `Hillary Clinton’s campaign`). An
#   acronym or a short form (`the Times`, `AP`) joins the full name its article names (among its
#   quotes' speakers, or its outlet when a sidecar gives one) or else the one the archive gives,
#   by the same rules, when that full name is used in at least as many articles as the short form.
# - A joint source is one row per set of people (`Antony Blinken and Sergei Lavrov`, spelled
#   either way).
# - The canonical name is the fullest (first name and surname) and most frequent spelling:
#   used by the most articles, then in the most quotes.

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


def identify(said: Sequence[Said]) -> Identities:
    """One row per person, organisation and joint source among the quotes of many articles.
    The same quotes give the same rows whatever their order."""
    return _Identifier(said).run()


def mention_gender(mention: str | None) -> str | None:
    """m or f from a mention's honorific or pronoun (`Mrs. Clinton`, `he`)."""
    words = _words(mention or "")
    if not words:
        return None
    first = fold(words[0]).rstrip(".")
    return PRONOUN_GENDERS.get(first) if len(words) == 1 else HONORIFIC_GENDERS.get(first)


def _agreed(genders: Iterable[str | None]) -> str | None:
    """The gender at least four in five of the known ones give, else None."""
    known = Counter(g for g in genders if g)
    if not known:
        return None
    top, count = max(known.items(), key=lambda kv: (kv[1], kv[0]))
    return top if count >= 0.8 * sum(known.values()) else None


@attrs.define(eq=False)
class _Group:
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


_AFFILIATED = frozenset({"foundation", "organization", "organisation", "campaigns", "campaign", "camp", "team",
                         "administration", "staff", "office", "spokesman", "spokeswoman", "aides", "advisers"})


class _Identifier:
    def __init__(self, said: Sequence[Said]):
        self.said = said
        self.kind: list[str | None] = [None] * len(said)
        self.parts: dict[int, list[str]] = {}
        self.docs: dict[str, set[str]] = collections.defaultdict(set)  # person spelling -> articles naming it
        self.quote_count: Counter = Counter()
        self.doc_people: dict[str, set[str]] = collections.defaultdict(set)
        self.doc_orgs: dict[str, set[str]] = collections.defaultdict(set)
        self.outlets: dict[str, str] = {}
        self.rows: dict[tuple, Speaker] = {}
        self.row_of: list[Speaker | None] = [None] * len(said)
        self.by_spelling: dict[str, list[int]] = collections.defaultdict(list)  # single-person quotes

    def run(self) -> Identities:
        for index, item in enumerate(self.said):
            self._classify(index, item)
            if item.outlet:
                self.outlets[item.document] = item.outlet
        self._read_org_forms()
        self._cluster_people()
        self._people_rows()
        self._bare_people()
        self._joint_rows()
        self._organisations()
        rows = sorted({id(r): r for r in self.rows.values() if r.quotes}.values(),  # not people named only in joint sources
                      key=lambda r: (-len(r.quotes), r.name.casefold(), r.name, r.speaker_type))
        for row in rows:
            row.quotes.sort()
        return Identities(tuple(rows), tuple(self.row_of))

    # ------------------------------------------------------------ reading the quotes

    def _classify(self, index: int, item: Said) -> None:
        if not item.speaker or item.speaker_type not in ("person", "organization"):
            return
        if item.speaker_type == "organization":
            self.kind[index] = "org"
            self.doc_orgs[item.document].add(item.speaker)
            return
        parts = joint_members(item.speaker)
        if len(parts) > 1:
            self.kind[index] = "joint"
            self.parts[index] = parts
            for part in parts:
                self.docs[part].add(item.document)
                self.doc_people[item.document].add(part)
            return
        self.kind[index] = "person"
        self.docs[item.speaker].add(item.document)
        self.quote_count[item.speaker] += 1
        self.doc_people[item.document].add(item.speaker)
        self.by_spelling[item.speaker].append(index)

    def _read_org_forms(self) -> None:
        """`The Post` read as a person's name: one word that every mention gives with an article
        (`the Post said`) and that ends an organisation's name is an organisation."""
        org_keys = {organisation_words(s) for names in self.doc_orgs.values() for s in names}
        org_keys |= {organisation_words(o) for o in self.outlets.values()}
        tails = {key[-n:] for key in org_keys for n in range(1, len(key))}
        for speaker in sorted(self.by_spelling):
            if len(_words(speaker)) != 1 or organisation_words(speaker) not in tails:
                continue
            by_document: dict[str, list[int]] = collections.defaultdict(list)
            for index in self.by_spelling[speaker]:
                by_document[self.said[index].document].append(index)
            for document, indices in sorted(by_document.items()):
                mentions = [fold(self.said[i].mention or "") for i in indices if self.said[i].mention]
                if not mentions or not all(m.split()[:1] == ["the"] for m in mentions):
                    continue
                for index in indices:  # every quote of that spelling in that article
                    self.kind[index] = "org"
                    self.quote_count[speaker] -= 1
                    self.by_spelling[speaker].remove(index)
                self.docs[speaker].discard(document)
                self.doc_people[document].discard(speaker)
                self.doc_orgs[document].add(speaker)

    # ------------------------------------------------------------ people named in full

    def _cluster_people(self) -> None:
        spellings = sorted(s for s in self.docs if self.docs[s])
        names = {s: person_name(s) for s in spellings}
        full = [s for s in spellings if names[s].full]
        written = {tuple(spelling_key(w) for w in names[s].words): s for s in full}
        self.bare: dict[str, tuple[str, ...]] = {}
        self.stray: dict[str, str] = {}  # `Rival Hillary Clinton` -> `Hillary Clinton`
        for spelling in spellings:
            name = names[spelling]
            if not name.full:
                self.bare[spelling] = (name.surname,) if name.surname else ()
                continue
            words = tuple(spelling_key(w) for w in name.words)
            unknown_first = len(name.words[0]) > 1 and not known_given_name(name.words[0]) and \
                _initials(name.words[0]) is None
            stray = _stray_word(name.words[0])
            if (unknown_first or stray) and len(words) >= 3 and words[1:] in written:
                self.stray[spelling] = written[words[1:]]
            elif stray and len(words) == 2 and not name.suffix:
                self.bare[spelling] = name.words[1:]  # `Said Comey`: a verb of saying, then a surname
            elif unknown_first and len(words) == 2 and not name.suffix and any(
                    len(other) > 2 and other[-2:] == words for other in written):
                self.bare[spelling] = name.words  # a two-word surname alone: `Wasserman Schultz`
        full = [s for s in full if s not in self.bare and s not in self.stray]
        cannot = self._cannot_link(full)
        order = sorted(full, key=lambda s: (-names[s].specificity, -len(self.docs[s]), -self.quote_count[s],
                                            fold(s), s))
        self.groups: list[_Group] = []
        self.by_key: dict[str, list[_Group]] = collections.defaultdict(list)
        self.group_of: dict[str, _Group] = {}
        self.ambiguous_full: dict[str, list[_Group]] = {}
        for spelling in order:
            name = names[spelling]
            fits = [g for g in self.by_key[name.key]
                    if all(compatible(name, person_name(m)) and (spelling, m) not in cannot for m in g.members)]
            fits = _prefer(name, fits)
            if len(fits) == 1:
                fits[0].members.append(spelling)
                self.group_of[spelling] = fits[0]
            elif not fits:
                group = _Group([spelling], name.key)
                self.groups.append(group)
                self.by_key[name.key].append(group)
                self.group_of[spelling] = group
            else:
                self.ambiguous_full[spelling] = fits
        for spelling, target in self.stray.items():
            if target in self.group_of:
                self.group_of[spelling] = self.group_of[target]
                self.group_of[target].members.append(spelling)
        for group in self.groups:
            group.documents = set().union(*(self.docs[m] for m in group.members))

    def _cannot_link(self, full: Sequence[str]) -> set[tuple[str, str]]:
        """Pairs an article quotes as two people although only a suffix tells them apart
        (`Donald J. Trump` and `Donald Trump Jr.`): father and son."""
        pairs: set[tuple[str, str]] = set()
        full_set = set(full)
        for document in sorted(self.doc_people):
            here = sorted(s for s in self.doc_people[document] if s in full_set)
            suffixed = [s for s in here if person_name(s).suffix]
            for a in suffixed:
                for b in here:
                    if not person_name(b).suffix and compatible(person_name(a), person_name(b)):
                        pairs |= {(a, b), (b, a)}
        return pairs

    def _canonical(self, spellings: Iterable[str]) -> str:
        """The fullest, most frequent spelling: a first name written out, then the most
        articles, the most quotes, the most words."""
        return min(spellings, key=lambda s: (s in self.stray, len(person_name(s).given or "") <= 1,
                                             -len(self.docs[s]), -self.quote_count[s], -len(s.split()), fold(s), s))

    # ------------------------------------------------------------ rows

    def _row(self, key: tuple, name: str, speaker_type: str) -> Speaker:
        row = self.rows.get(key)
        if row is None:
            text = "|".join(" ".join(part) if isinstance(part, tuple) else str(part) for part in key)
            row = self.rows[key] = Speaker(name, speaker_type, key=text)
        return row

    def _add(self, row: Speaker, index: int) -> None:
        item = self.said[index]
        row.quotes.append(index)
        row.spellings[item.speaker] += 1
        row.documents.add(item.document)
        if item.role:
            row.roles[item.role] += 1
        self.row_of[index] = row

    def _people_rows(self) -> None:
        for group in self.groups:
            name = self._canonical(group.members)
            group.row = self._row(("person", "group", name), name, "person")
            if len({bool(person_name(m).suffix) for m in group.members}) == 2:
                group.row.generations = tuple(sorted(group.members, key=lambda m: (bool(person_name(m).suffix), m)))
            for member in group.members:
                for index in self.by_spelling.get(member, ()):
                    self._add(group.row, index)
        for group in self.groups:
            votes = [person_name(m).gender for m in group.members for _ in self.docs[m]]
            votes += [mention_gender(self.said[i].mention) for i in group.row.quotes] if group.row else []
            group.gender = _agreed(votes)
        for spelling, fits in sorted(self.ambiguous_full.items()):
            row = self._row(("person", "ambiguous", fold(spelling)), spelling, "person")
            row.candidates = _merged(row.candidates, self._names(fits))
            for index in self.by_spelling.get(spelling, ()):
                self._add(row, index)

    def _names(self, groups: Iterable[_Group]) -> tuple[str, ...]:
        ordered = sorted((g for g in groups if g.row is not None),
                         key=lambda g: (-len(g.documents), g.row.name if g.row else ""))
        return tuple(g.row.name for g in ordered if g.row is not None)

    # ------------------------------------------------------------ surnames alone

    def _resolve_bare(self, spelling: str, document: str, gender: str | None) -> tuple[str, list[_Group]]:
        """How a name without a given name resolves in one article: ("article" | "corpus" |
        "prominence", [the person, then the others]), ("ambiguous", candidates) or ("none", [])."""
        name = person_name(spelling)
        words = self.bare.get(spelling) or ((name.surname,) if name.surname else ())
        if words:
            wanted = tuple(spelling_key(w) for w in words)
            pool = [g for g in self.by_key.get(wanted[-1], ())
                    if any(tuple(spelling_key(w) for w in person_name(m).words[-len(wanted):]) == wanted
                           for m in g.members)]
        else:  # `Donald Jr.`: a given name and a suffix
            pool = [g for g in self.groups if any(compatible(name, person_name(m)) for m in g.members)]
        pool = [g for g in pool if gender is None or g.gender is None or g.gender == gender]
        here = _prefer(name, [g for g in pool if document in g.documents])
        # elsewhere, only people named in more than one article or with a given name the lexicon
        # knows compete (`Asserting Clinton's`, a stray word read as a name, does not)
        pool = [g for g in pool if g.plausible]
        if len(here) == 1:
            return "article", here
        if len(here) > 1:
            return "ambiguous", here
        everywhere = _prefer(name, pool)
        if len(everywhere) <= 1:
            return ("corpus", everywhere) if everywhere else ("none", [])
        return _by_prominence(everywhere, lambda g: g.documents, lambda g: g.row.name if g.row else "")

    def _bare_people(self) -> None:
        for spelling in sorted(self.bare):
            by_document: dict[str, list[int]] = collections.defaultdict(list)
            for index in self.by_spelling.get(spelling, ()):
                by_document[self.said[index].document].append(index)
            for document, indices in sorted(by_document.items()):
                gender = _bare_gender(spelling) or _agreed(mention_gender(self.said[i].mention) for i in indices)
                how, found = self._resolve_bare(spelling, document, gender)
                row = self._bare_row(spelling, how, found, "person")
                for index in indices:
                    self._add(row, index)
        for row in {id(r): r for r in self.rows.values()}.values():
            if row.speaker_type != "person" or row.candidates or row.members or not row.spellings:
                continue
            if all(s in self.bare for s in row.spellings):  # nobody named in full: the commonest form
                row.name = min(row.spellings, key=lambda s: (-row.spellings[s], len(s), s))
                if len(row.documents) > 1:
                    row.surname_only = row.name

    def _bare_row(self, spelling: str, how: str, found: list, speaker_type: str) -> Speaker:
        if how in ("article", "corpus", "prominence"):
            row = found[0].row
            assert row is not None
            if how == "prominence":
                row.also = _merged(row.also, self._names(found[1:]) if speaker_type == "person"
                                   else tuple(g.row.name for g in found[1:] if g.row is not None))
                row.surname_only = row.surname_only or spelling
            return row
        if how == "ambiguous":
            key = fold(spelling) if speaker_type == "person" else organisation_words(spelling)
            row = self._row((speaker_type, "ambiguous", key), spelling, speaker_type)
            names = self._names(found) if speaker_type == "person" else tuple(g.row.name for g in found if g.row)
            row.candidates = _merged(row.candidates, names)
            return row
        if speaker_type == "person":
            key = " ".join(spelling_key(w) for w in person_name(spelling).words)
            return self._row(("person", "surname", key), spelling, "person")
        return self._row(("organization", organisation_words(spelling)), spelling, "organization")

    # ------------------------------------------------------------ joint sources

    def _member_row(self, part: str, document: str) -> Speaker | None:
        group = self.group_of.get(part)
        if group is not None:
            return group.row
        if part in self.ambiguous_full:
            return self.rows.get(("person", "ambiguous", fold(part)))
        if part in self.bare or not person_name(part).full:
            how, found = self._resolve_bare(part, document, _bare_gender(part))
            if how in ("article", "corpus", "prominence"):
                return found[0].row
        return None

    def _joint_rows(self) -> None:
        orders: dict[tuple, Counter] = collections.defaultdict(Counter)
        for index in sorted(self.parts):
            item = self.said[index]
            members = [self._member_row(part, item.document) for part in self.parts[index]]
            names = tuple(row.name if row is not None else part for row, part in zip(members, self.parts[index]))
            key = ("joint",) + tuple(sorted(fold(n) for n in names))
            row = self._row(key, " and ".join(names), "person")
            orders[key][names] += 1
            self._add(row, index)
        for key, counted in orders.items():  # the people in the order most quotes give them
            names = min(counted, key=lambda order: (-counted[order], order))
            self.rows[key].name, self.rows[key].members = " and ".join(names), names

    # ------------------------------------------------------------ organisations

    def _org_key(self, spelling: str, document: str) -> tuple[str, ...]:
        """An organisation's content words; one named after a person (`Hillary Clinton’s
        campaign`, `Clinton campaign`, `the Trump Foundation`) starts with that person's row."""
        words = _words(spelling)
        if words and fold(words[0]) == "the":
            words = words[1:]
        rest = organisation_words(" ".join(words))
        if not rest or rest[-1] not in _AFFILIATED:
            return rest
        for start in (0, 1):  # a stray word first: `Rival Hillary Clinton’s campaign`
            for end in range(min(len(words) - 1, start + 4), start, -1):
                person = " ".join(words[start:end])
                if not all(w[:1].isupper() for w in words[start:end]):
                    continue
                row = self._member_row(person, document)
                if row is not None and not row.candidates:
                    return (f"@{row.name}",) + organisation_words(" ".join(words[end:]))
        return rest

    def _organisations(self) -> None:
        quotes: dict[str, list[int]] = collections.defaultdict(list)
        for index, kind in enumerate(self.kind):
            if kind == "org":
                quotes[self.said[index].speaker or ""].append(index)
        keys = {index: self._org_key(self.said[index].speaker or "", self.said[index].document)
                for indices in quotes.values() for index in indices}
        spellings_of: dict[tuple[str, ...], set[str]] = collections.defaultdict(set)
        docs_of: dict[tuple[str, ...], set[str]] = collections.defaultdict(set)
        for index, key in keys.items():
            spellings_of[key].add(self.said[index].speaker or "")
            docs_of[key].add(self.said[index].document)
        spelling_docs: dict[str, set[str]] = collections.defaultdict(set)
        for index in keys:
            spelling_docs[self.said[index].speaker or ""].add(self.said[index].document)
        for document, outlet in sorted(self.outlets.items()):  # an article's outlet: a name it gives
            spellings_of[organisation_words(outlet)].add(outlet)
            docs_of[organisation_words(outlet)].add(document)
            spelling_docs[outlet].add(document)
        outlet_keys = {organisation_words(o) for o in self.outlets.values()}
        all_keys = {_expanded(k) for k in spellings_of} | outlet_keys
        short: set[tuple[str, ...]] = set()
        for key, names in spellings_of.items():
            if not key or not any(w[:1].isupper() for s in names for w in _words(s)):
                continue  # `company`: a description, not a name
            words = _expanded(key)
            longer = any(len(k) > len(words) and k[-len(words):] == words for k in all_keys)
            acronym = any(is_acronym(s) for s in names) and any(
                acronym_of(o) == s.replace(".", "") for s in names if is_acronym(s) for k in spellings_of
                if k != key for o in spellings_of[k])
            if longer or acronym:
                short.add(key)
        groups = {key: _Group(sorted(names), "") for key, names in spellings_of.items() if key not in short}
        count = Counter(self.said[i].speaker for i in keys)
        for key, group in sorted(groups.items()):
            name = min(group.members, key=lambda s: (-len(spelling_docs[s]), -count[s], s.isupper(),
                                                     -sum(w[:1].isupper() for w in _words(s)), -len(s), s))
            group.row = self._row(("organization", key), name, "organization")
            group.documents = docs_of[key]
        self.org_groups = groups
        for index in sorted(keys):
            key = keys[index]
            if key in groups:
                row = groups[key].row
            else:
                speaker = self.said[index].speaker or ""
                how, found = self._resolve_org(speaker, key, self.said[index].document, docs_of)
                row = self._bare_row(speaker, how, found, "organization")
            assert row is not None
            self._add(row, index)
        for group in groups.values():  # `company`, `campaign`: a description in many articles
            row = group.row
            if row is not None and len(row.documents) > 1 and not any(
                    w[:1].isupper() for s in row.spellings for w in _words(s)):
                row.surname_only = row.name

    def _resolve_org(self, spelling: str, key: tuple[str, ...], document: str,
                     docs_of: dict[tuple[str, ...], set[str]]) -> tuple[str, list[_Group]]:
        letters = spelling.replace(".", "") if is_acronym(spelling) else None

        words = _expanded(key)

        def fits(other: tuple[str, ...], group: _Group) -> bool:
            other = _expanded(other)
            if len(other) > len(words) and other[-len(words):] == words:
                return True
            return letters is not None and any(acronym_of(m) == letters for m in group.members)

        named_here = {_expanded(k) for k, docs in docs_of.items() if document in docs}
        if document in self.outlets:
            named_here.add(organisation_words(self.outlets[document]))
        pool = [(k, g) for k, g in sorted(self.org_groups.items()) if fits(k, g)]
        here = [g for k, g in pool if _expanded(k) in named_here]
        if len(here) == 1:
            return "article", here
        if len(here) > 1:
            return "ambiguous", here
        # the archive: a full name used in at least as many articles as the short form itself
        pool = [(k, g) for k, g in pool if len(g.documents) >= len(docs_of[key])]
        if len(pool) <= 1:
            return ("corpus", [pool[0][1]]) if pool else ("none", [])
        return _by_prominence([g for _, g in pool], lambda g: g.documents, lambda g: g.row.name if g.row else "")


def _bare_gender(spelling: str) -> str | None:
    """The gender a name without a given name gives: its honorific's (`Mrs. Okafor`), not a
    stray word's (`Said Okafor`)."""
    name = person_name(spelling)
    return name.gender if name.given is None or not name.surname else None


def _prefer(name: PersonName, groups: list[_Group]) -> list[_Group]:
    """Among the people a name fits: those with its suffix (or, without one, those written
    without one), then those with its given name as written."""
    if len(groups) < 2:
        return groups
    groups = [g for g in groups if any(person_name(m).suffix == name.suffix for m in g.members)] or groups
    if name.given and len(name.given) > 1:
        groups = [g for g in groups if any(person_name(m).given == name.given for m in g.members)] or groups
    return groups


def _by_prominence(pool: list[_Group], documents, label) -> tuple[str, list[_Group]]:
    """The one that at least PROMINENCE of the namings are of (an article naming two of them
    counts for both), else ambiguous."""
    namings = sum(len(documents(g)) for g in pool)
    ordered = sorted(pool, key=lambda g: (-len(documents(g)), label(g)))
    if len(documents(ordered[0])) >= PROMINENCE * namings:
        return "prominence", ordered
    return "ambiguous", ordered


def _expanded(key: tuple[str, ...]) -> tuple[str, ...]:
    """An organisation's key with the person it is named after written out in words."""
    if key and key[0].startswith("@"):
        return organisation_words(key[0][1:]) + key[1:]
    return key


def _merged(first: tuple[str, ...], second: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))


# --------------------------------------------------------------------------- roles


@functools.lru_cache(maxsize=65536)
def role_words(role: str) -> frozenset[str]:
    """A role's words, folded, abbreviations written out (`Gov.` -> governor), demonyms as their
    country, without `the`."""
    lexicon = load_lexicon()
    abbreviations = lexicon.title_abbreviations
    out = set()
    for word in _words(role):
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


# --------------------------------------------------------------------------- the forms a row answers to


_TOKEN = regex.compile(r"[^\W\d_][\w’'.-]*")


def _bare_word(token: str) -> str:
    return fold(_POSSESSIVE_END.sub("", token)).strip(".’'-")


def _honorific(token: str) -> bool:
    """An honorific such as ``Mr.`` or ``Dr`` (any case: a typed ``--speaker mr. blinken`` too)."""
    return fold(token).rstrip(".") in _honorific_forms()


def name_form(mention: str, canonical: str, speaker_type: str) -> str | None:
    """The part of a mention that names the speaker (``Mr. Blinken`` of ``said Mr. Blinken``).

    Persons: the trailing run of capitalised words (title words and the like dropped) that shares
    a word with the canonical name, with an honorific just before it.  Organisations: the mention
    without a leading article, when it shares a word with the name or is its acronym.
    """
    if speaker_type == "organization":
        return _organization_form(mention, canonical)
    tokens = _TOKEN.findall(mention)
    run: list[str] = []
    for token in reversed(tokens):
        if not token[0].isupper() or _honorific(token) or _bare_word(token) in load_lexicon().titles:
            break
        run.insert(0, token)
    run = _trim_to_name(run, canonical)
    if not run:
        return None
    position = len(tokens) - len(run)  # the run is a suffix of the mention's words
    if position > 0 and _honorific(tokens[position - 1]):
        run.insert(0, tokens[position - 1])
    run[-1] = _POSSESSIVE_END.sub("", run[-1])
    return " ".join(run)


def _trim_to_name(run: list[str], canonical: str) -> list[str]:
    known = {_bare_word(token) for token in canonical.split()}
    given = load_lexicon().given_names
    while run and _bare_word(run[0]) not in known and run[0] not in given:
        run = run[1:]
    return run if known & {_bare_word(token) for token in run} else []


def _organization_form(mention: str, canonical: str) -> str | None:
    form = regex.sub(r"^(?:the|The|THE)\s+", "", mention.strip())
    if not form or not form[0].isupper():
        return None
    shared = {_bare_word(t) for t in form.split()} & {_bare_word(t) for t in canonical.split()}
    return form if shared or form == acronym_of(canonical) else None


def speaker_aliases(name: str, speaker_type: str, mentions: Iterable[str]) -> list[str]:
    """The canonical name, then every mention naming the speaker, in the order given, no repeats."""
    aliases = [name]
    seen = {name.casefold()}
    for mention in mentions:
        form = name_form(mention, name, speaker_type)
        if form and form.casefold() not in seen:
            seen.add(form.casefold())
            aliases.append(form)
    return aliases


# --------------------------------------------------------------------------- a name asked for


@attrs.frozen
class Known:
    """A row as a ``--speaker`` query sees it."""

    id: int
    name: str
    speaker_type: str
    forms: tuple[str, ...] = ()  # its spellings and the mentions' name forms
    documents: int = 0
    quotes: int = 0
    members: tuple[str, ...] = ()  # a joint source's people


@attrs.frozen
class Match:
    """What a ``--speaker`` name asks for."""

    chosen: tuple[Known, ...] = ()  # the speaker, and the joint sources with them
    candidates: tuple[Known, ...] = ()  # a name that fits several: all of them (nothing chosen)
    others: tuple[Known, ...] = ()  # a surname given to the one the archive names most: the others

    @property
    def ambiguous(self) -> bool:
        return bool(self.candidates)


def _level(query: str, form: str, speaker_type: str) -> int:
    """How well a form answers a query: 3 the same name, 2 a full name that can be the same
    person (`Donald Trump` for `Donald J. Trump`), 1 through a surname or a short form alone,
    0 not at all."""
    if speaker_type == "organization":
        if same_organisation(query, form):
            return 3
        return 1 if short_form_of(query, form) else 0
    asked, seen = person_name(query), person_name(form)
    if not asked.words or not compatible(asked, seen):
        return 0
    same_words = asked.words == seen.words and asked.suffix == seen.suffix
    if asked.full and seen.full:
        return 3 if same_words else 2
    return 3 if same_words and asked.full else 1


def match_speaker(query: str, known: Sequence[Known]) -> Match:
    """The speaker a name asks for, in any spelling, with titles, honorifics or initials (`Sen.
    John McCain`, `Senator McCain`, `Donald J. Trump`, `H. Clinton`): the row it names best.
    Rows it names equally well are candidates (the name is ambiguous), unless it is a surname
    alone and one of them is named in at least ``PROMINENCE`` of the articles naming any (then
    that one is chosen and the others listed). Joint sources come with each of their people."""
    singles = [k for k in known if not k.members]
    asked = person_name(query)
    best: dict[int, int] = {}
    for row in singles:
        levels = [_level(query, form, row.speaker_type) for form in (row.name, *row.forms)]
        if row.speaker_type == "person" and asked.gender and _row_gender(row) not in (None, asked.gender):
            levels = [0]
        if max(levels, default=0):
            best[row.id] = max(levels)
    if not best:  # named only in joint sources
        joint = [k for k in known if k.members and (same_speaker(query, k.name)
                                                    or any(_level(query, m, "person") >= 2 for m in k.members))]
        return Match(chosen=tuple(joint))
    top = max(best.values())
    fits = sorted((k for k in singles if best.get(k.id) == top), key=lambda k: (-k.documents, -k.quotes, k.name))
    if len(fits) > 1 and top == 2:  # written without a suffix: the one without it (`Elias Brandt`, not `Jr.`)
        fits = [k for k in fits if person_name(k.name).suffix == asked.suffix] or fits
    if len(fits) > 1 and top == 3:  # the same name: the one written exactly so (`AP`, not `AP-GfK`)
        written = fold(query).replace(".", "")
        fits = [k for k in fits if any(fold(form).replace(".", "") == written for form in (k.name, *k.forms))] or fits
    others: tuple[Known, ...] = ()
    if len(fits) > 1:
        if top == 1 and fits[0].documents >= PROMINENCE * sum(k.documents for k in fits):
            fits, others = fits[:1], tuple(fits[1:])
        else:
            return Match(candidates=tuple(fits))
    chosen = fits[0]
    joint = [k for k in known if k.members and chosen.name in k.members]
    return Match(chosen=(chosen, *joint), others=others)


def _row_gender(row: Known) -> str | None:
    return _agreed(person_name(form).gender for form in (row.name, *row.forms) if person_name(form).full)

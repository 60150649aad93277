"""Mentions of people and organisations: names with their titles, roles and appositives.

A name is found as a run of capitalised words; titles, honorifics, nationalities and
organisation names at its front are split off as its role.  Whether a run is a person, an
organisation or neither is decided with the shipped lexicons (given names, titles, countries,
outlets, organisation heads) — and, where an analysis backend supplies them, named entities.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import attrs
import regex

from .lexicon import Lexicon
from .model import Span
from .segment import Word, _word, strip_possessive

PERSON, ORGANIZATION = "person", "organization"
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})  # suffixes that are not surnames
_NAME_JOINERS = frozenset({"of", "de", "von", "van", "der", "den", "bin", "al", "la", "le", "du", "da", "el"})
# surname particles written capitalised inside a name: `Fouzia Al Hashish`, `Jan Van Dyke`, `Ali Bin Saleh`
SURNAME_PARTICLES = frozenset({"Al", "El", "Bin", "Ibn", "Abu", "Abd", "Van", "Von", "Ten", "Ter", "De", "Di", "Da",
                               "Du", "Del", "Della", "Dos", "Das", "Le", "La", "Mac", "Ould"})
_SENTENCE_OPENERS = frozenset(
    "the a an when after before while although though as if but and or so yet in on at for "
    "from with by during since until this that these those there here it its his her their our "
    "we i you he she they however meanwhile still earlier later separately also read see more "
    "last next even only now then today yesterday".split()
)


def generational_suffix(tokens: Sequence[str]) -> str | None:
    """`jr` of `Donald Trump Jr.` (first name, surname, suffix); None for `Donald Jr.`."""
    suffix = tokens[-1].rstrip(".,").lower() if tokens else ""
    return suffix if len(tokens) > 2 and suffix in GENERATIONS else None


@attrs.frozen
class NameMention:
    """A capitalised name in the text, split into its role words and the name proper."""

    span: Word  # role + name as written
    name: Word  # the name proper, possessive removed ("Blinken" of "Mr. Blinken’s")
    kind: str  # PERSON or ORGANIZATION
    role: str | None = None
    gender: str | None = None  # "m", "f" or None
    in_quotation: bool = False
    inferred: bool = False  # a person only because the document uses the surname alone (`Rush Limbaugh`)
    family_first: bool = False  # the surname is the first word: `Xi Jinping`, `Kim Jong Un`
    bare: bool = False  # a surname with its particle, standing alone: `Al Hashish` of `Fouzia Al Hashish`
    relative: bool = False  # named as someone's relative: `her husband Michael Greenspan`, `Jo, his wife,`
    # derived from the name once (coreference reads them tens of thousands of times per corpus)
    tokens: list[str] = attrs.field(init=False, eq=False, repr=False)
    generation: str | None = attrs.field(init=False, eq=False, repr=False)  # "jr" of "Donald Trump Jr."
    surname: str = attrs.field(init=False, eq=False, repr=False)  # "Harris" of "Harry B. Harris Jr."
    # the given name (the first word, or the second of a family-first name); None for a bare surname
    first: str | None = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        tokens = self.name.text.split()
        generation = generational_suffix(tokens)
        object.__setattr__(self, "tokens", tokens)
        object.__setattr__(self, "generation", generation)
        if self.family_first:
            surname = tokens[0]
        else:
            surname = tokens[-2].rstrip(",") if generation else (tokens[-1] if tokens else "")
        object.__setattr__(self, "surname", surname)
        first = None if len(tokens) < 2 or self.bare else tokens[1] if self.family_first else tokens[0]
        object.__setattr__(self, "first", first)


def _given_name(name_words: Sequence[str], lexicon: Lexicon) -> str | None:
    if len(name_words) < 2:
        return None
    return name_words[1] if family_first(name_words, lexicon) else name_words[0]


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


def _slice(text: str, start: int, end: int) -> Word:
    """A span of the text, built from the text itself (so exact by construction, unvalidated:
    tens of thousands are made per corpus and most are dropped)."""
    return _word((start, end, text[start:end]))


def _is_cap(word: str) -> bool:
    return word[:1].isupper()  # an upper-case first character is a letter




@attrs.define
class _Classifier:
    lexicon: Lexicon
    readings: dict[tuple[str, ...], "_Reading"] = attrs.field(factory=dict, repr=False)

    def title_prefix(self, words: Sequence[str]) -> int:
        """How many leading words of a capitalised run are role words, not the name."""
        lex = self.lexicon
        index = 0
        while index < len(words):
            matched = 0
            first = words[index].lower()
            sizes = range(min(lex.max_title_words, len(words) - index), 0, -1)
            if first not in lex.title_openers and strip_possessive(first) not in lex.title_openers:
                sizes = range(0)  # no title starts with this word
            for size in sizes:
                phrase = " ".join(words[index : index + size]).lower()
                if phrase in lex.titles or strip_possessive(phrase) in lex.titles:
                    matched = size
                    break
            word = strip_possessive(words[index])
            if matched:
                index += matched
            elif word in lex.honorifics or word.rstrip(".") + "." in lex.honorifics:
                index += 1
            elif word.lower() in lex.demonyms or word in lex.countries or word in lex.metonyms:
                index += 1
            elif word in lex.organisations or word.lower() in lex.org_heads:
                index += 1
            elif word.lower() in ("of", "the", "and", "for", "former", "acting", "deputy"):
                index += 1
            else:
                break
        return index

    def gender(self, words: Sequence[str], first: str | None) -> str | None:
        for word in words:
            if word.rstrip(".") in ("Mr", "Sir", "Lord", "Father", "Brother"):
                return "m"
            if word.rstrip(".") in ("Mrs", "Ms", "Miss", "Dame", "Lady", "Sister"):
                return "f"
        if first:
            gender = self.lexicon.given_names.get(first)
            if gender in ("m", "f"):
                return gender
        return None

    def organisation(self, words: Sequence[str]) -> bool:
        lex = self.lexicon
        joined = " ".join(strip_possessive(w) for w in words)
        if joined in lex.organisations or joined in lex.countries or joined in lex.metonyms:
            return True
        return any(strip_possessive(w).lower() in lex.org_heads for w in words)

    def looks_personal(self, name_words: Sequence[str], titled: bool) -> bool:
        lex = self.lexicon
        if not name_words or len(name_words) > 4:
            return False
        if any(w.lower() in lex.org_heads for w in name_words) and not (
                titled and len(name_words) == 2 and name_words[0] in lex.given_names):
            return False  # "Opera House", but "artistic director Christopher House"
        if any(w in lex.countries or w.lower() in lex.demonyms or w in lex.organisations for w in name_words):
            return False
        if " ".join(name_words) in lex.countries:
            return False  # "Nova Scotia", "New Brunswick": a place, whatever its first word
        if len(name_words[-1]) > 1 and name_words[-1].isupper() and name_words[-1].lower() not in GENERATIONS:
            return False  # "August PBO", "Mark IV": an acronym is no surname
        if len(name_words) >= 2 and name_words[0] in lex.given_names:
            return True
        if len(name_words) >= 3 and name_words[-2] in SURNAME_PARTICLES and name_words[0] not in SURNAME_PARTICLES:
            return True  # "Ragheb Al Turkmani", "Maria De Luca": a given name the lexicons lack, then a particle
        return titled


_CLASSIFIERS: dict[int, _Classifier] = {}


def _classifier(lexicon: Lexicon) -> _Classifier:
    """One classifier, and so one cache of run readings, per lexicon in use."""
    classifier = _CLASSIFIERS.get(id(lexicon))
    if classifier is None or classifier.lexicon is not lexicon:  # it holds the lexicon: ids stay unique
        if len(_CLASSIFIERS) >= 8:
            _CLASSIFIERS.clear()
        classifier = _CLASSIFIERS[id(lexicon)] = _Classifier(lexicon)
    return classifier


def name_mentions(
    text: str,
    sentences: Iterable[tuple[Span, Sequence[Word], Sequence[bool]]],
    *,
    lexicon: Lexicon,
    person_spans: Sequence[tuple[int, int]] = (),
) -> list[NameMention]:
    """Every name mention: ``sentences`` gives (sentence span, words, in-quotation flags).

    ``person_spans`` are PERSON entities from an analysis backend: a run overlapping one is a
    person even when the lexicons do not know its first name.
    """
    classifier = _classifier(lexicon)
    prepared = [(words, quoted, [i for i, word in enumerate(words) if word[2][:1].isupper()])
                for _, words, quoted in sentences]
    surnames = _confirmed_surnames(prepared, lexicon)
    found: list[NameMention] = []
    for words, quoted, capitalised in prepared:
        index = 0
        lead = next((i for i, word in enumerate(words) if word.text[:1].isalpha()), 0)  # past "5)", "•"
        question = bool(words) and words[-1].text == "?"
        runs = _Runs(words, lexicon)
        for first in capitalised:
            if first < index or (first == lead and _opens_sentence(words[first].text.lower(), lexicon, question)):
                continue  # inside the previous run, or "The", "When", "Unlike", "Can" opening the sentence
            index = runs.end(first)
            mention = _mention(text, words, first, index, classifier, quoted[first], person_spans, surnames)
            if mention is not None:
                found.append(mention)
    return _surnames_alone(_particle_surnames_alone(found))


def _opens_sentence(low: str, lexicon: Lexicon, question: bool = False) -> bool:
    """A word that opens a sentence and no name; an auxiliary opening a question ("Can Sanders take a punch?")."""
    return (low in _SENTENCE_OPENERS or low in lexicon.words["preposition"] or low in _OPENING_PREPOSITIONS
            or (question and low in lexicon.words["auxiliary"]))


_OPENING_PREPOSITIONS = frozenset("unlike like despite without within throughout beyond besides upon "
                                  "toward towards behind beside following including instead perhaps".split())


def _surnames_alone(found: list[NameMention]) -> list[NameMention]:
    """`says House` where the document names `Christopher House`: the surname of that person,
    although alone the word names an organisation's building or chamber."""
    surnames = {m.surname for m in found if m.kind == PERSON and m.first is not None}
    if not surnames:
        return found
    return [attrs.evolve(m, kind="unknown") if m.kind == ORGANIZATION and m.name.text in surnames
            and " " not in m.name.text else m for m in found]


def _particle_surnames_alone(found: list[NameMention]) -> list[NameMention]:
    """`Al Hashish` where the document also names `Fouzia Al Hashish`: the surname with its
    particle, not a given name `Al` — a bare surname of that person (`Al Gore` stays a full name)."""
    tails = {" ".join(m.tokens[-2:]) for m in found
             if m.kind == PERSON and len(m.tokens) >= 3 and m.tokens[-2] in SURNAME_PARTICLES}
    if not tails:
        return found
    return [attrs.evolve(m, kind=PERSON, bare=True, gender=None)  # "Al" says nothing of the gender
            if len(m.tokens) == 2 and m.tokens[0] in SURNAME_PARTICLES and m.name.text in tails else m
            for m in found]


_OPENERS = frozenset("“‘\"'([{«—–-:;")


def _may_open_a_name(words: Sequence[Word], first: int, name_first: int, end: int, lexicon: Lexicon,
                     text: str = "") -> bool:
    """Not a word the lexicons know (`Republican Donald Trump`, `Like Corker`); at the start of a
    sentence or quotation (`Does Rubio`, `Both Bolton`), only a word the article never writes in
    lower case (`Nino Niederreiter scored twice`)."""
    if first > 0 and words[first - 1].text in _OPENERS:
        return False  # "He read “Rush Limbaugh” twice": a name in marks is a title
    if first == 0:
        low = words[first].text.lower()
        if not text or low in lexicon.function_words or regex.search(rf"(?<![\p{{L}}’'-]){regex.escape(low)}(?!\p{{L}})", text):
            return False
    if any(w.text in lexicon.given_names or w.text.endswith(("’", "'")) for w in words[name_first + 1 : end - 1]):
        return False  # "the Real Donald Trump" (a title), "Fox News’ Sean Hannity"
    low = words[name_first].text.lower()
    return not (low in lexicon.cue_forms or low in lexicon.demonyms or low in lexicon.title_words
                or low + "s" in lexicon.words["group_noun"]  # "Democrat Zephyr Teachout"
                or low in lexicon.function_words)


def _confirmed_surnames(
    sentences: Sequence[tuple[Sequence[Word], Sequence[bool], list[int]]], lexicon: Lexicon
) -> frozenset[str]:
    """Words the document itself uses as surnames: after an honorific (`Ms. Malik`) or alone
    before a verb of saying (`Limbaugh said`).  They make `Tashfeen Malik`, `Rush Limbaugh` people
    although the lexicons do not know their first names.  ``sentences``: words, in-quotation
    flags and the indices of the capitalised words."""
    confirmed = set()
    for words, quoted, capitalised in sentences:
        last = len(words) - 1
        for index in capitalised:
            if index == last:
                break
            word, following = words[index].text, words[index + 1].text
            if word in lexicon.honorifics and _is_cap(following):
                confirmed.add(strip_possessive(following))
            elif (following in lexicon.cue_forms and not quoted[index]
                  and not (index and _is_cap(words[index - 1].text))):
                confirmed.add(word)
            elif (index >= 2 and words[index - 1].text in lexicon.cue_forms and not quoted[index]
                  and (quoted[index - 2] or words[index - 2].text == ",")
                  and (not following[:1].isalpha() or following.lower() in lexicon.not_name_words)):
                confirmed.add(strip_possessive(word))  # "“…,” says Greenspan while …"
            elif following == "," and not quoted[index] and index + 2 <= last and (
                    words[index + 2].text in ("who", "whose")  # "Niederreiter, who put it into the net"
                    or (words[index + 2].text.isdigit() and len(words[index + 2].text) <= 2
                        and index + 3 <= last and words[index + 3].text in (",", ")"))):  # "Hadad, 27,"
                confirmed.add(strip_possessive(word))
    return frozenset(word for word in confirmed if not _group_or_acronym(word, lexicon))


def _group_or_acronym(word: str, lexicon: Lexicon) -> bool:
    """`Republicans said`, `Americans say`, `SVP said`, `PACs say`, `Tuesday said`: not surnames."""
    low = word.lower()
    return (word.isupper() or word[:-1].isupper()  # "SVP", "PACs"
            or low in lexicon.demonyms or low[:-1] in lexicon.demonyms or word in lexicon.countries
            or low in lexicon.unnamed_heads or low in lexicon.title_words or low in lexicon.org_heads
            or low in lexicon.function_words)  # group nouns, "Tuesday"


class _Runs:
    """Where the capitalised run starting at a word ends, for one sentence's words.

    Runs are asked for from left to right; a run cut short (a trailing weekday) is followed by
    one starting inside it, which extends over the same words, so the last extension and the
    weekday runs are remembered: a sentence of capitalised words is read once, not once per word.
    """

    def __init__(self, words: Sequence[Word], lexicon: Lexicon):
        self.words = words
        self.lexicon = lexicon
        self.reach = (-1, -1)  # (from, to): every word from..to-1 extends a plain run to ``to``
        self.weekdays: dict[int, int] = {}  # end -> start of the run of weekdays ending there

    def end(self, first: int) -> int:
        words = self.words
        end = first + 1
        while True:
            end = self._plain_end(end)
            if end < len(words) and words[end].text in ("and", "&") and _joined_name(words, first, end, self.lexicon):
                end += 2  # "Globe and Mail", "Johnson & Johnson": one name the lexicons know
                continue
            break
        if end - first > 1 and words[end - 1].text.lower() in _WEEKDAYS:
            end = max(first + 1, self._weekdays_from(end))  # "The Globe and Mail Thursday reported": no part of the name
        return end

    def _plain_end(self, end: int) -> int:
        """Past the capitalised words and name joiners from ``end`` on (``end`` if there are none)."""
        reach_from, reach_to = self.reach
        if reach_from <= end <= reach_to:
            return reach_to
        words = self.words
        start = end
        while end < len(words):
            word = words[end].text
            if _is_cap(word) and not words[end - 1].text.endswith(("’s", "'s")):
                end += 1
            elif word.lower() in _NAME_JOINERS and end + 1 < len(words) and _is_cap(words[end + 1].text):
                end += 1
            else:
                break
        self.reach = (start, end)
        return end

    def _weekdays_from(self, end: int) -> int:
        start = self.weekdays.get(end)
        if start is None:
            start = end
            while start > 0 and self.words[start - 1].text.lower() in _WEEKDAYS:
                start -= 1
            self.weekdays[end] = start
        return start


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MAX_JOINED_NAME_WORDS = 12  # more than the longest name with "and" or "&" of the lexicons


def _joined_name(words: Sequence[Word], first: int, conjunction: int, lexicon: Lexicon) -> bool:
    """Whether a lexicon's name (`Globe and Mail`) spans the conjunction at ``conjunction``: only
    the few words around it are tried (no name is longer), so a long run stays cheap."""
    if conjunction + 1 >= len(words) or not _is_cap(words[conjunction + 1].text):
        return False
    last = conjunction + 1
    while last + 1 < len(words) and last - conjunction < MAX_JOINED_NAME_WORDS and _is_cap(words[last + 1].text):
        last += 1
    for start in range(max(first, conjunction - MAX_JOINED_NAME_WORDS), conjunction):
        for stop in range(last, conjunction, -1):
            name = " ".join(w.text for w in words[start : stop + 1])
            if name in lexicon.organisations or f"The {name}" in lexicon.organisations:
                return True
    return False


@attrs.frozen
class _Reading:
    """What the words of a capitalised run say by themselves, before their context is read."""

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


def _read_run(surface: tuple[str, ...], classifier: _Classifier) -> _Reading:
    lex = classifier.lexicon
    prefix = classifier.title_prefix(surface)
    prefix = _title_after_organisation(surface, prefix, classifier)
    person_end = _name_before_of(surface, prefix, classifier)
    name_words = [strip_possessive(w) for w in surface[prefix:person_end]]
    role_words = surface[:prefix]
    titled = any(
        w.lower() in lex.titles or w in lex.honorifics or w.lower().rstrip(".") in _TITLE_STEMS
        for w in role_words
    ) or bool(role_words and " ".join(role_words).lower() in lex.titles)
    alphabetic = [w for w in surface if w.isalpha()]
    return _Reading(
        # every plain word in capitals ("BUENA PARK"); "Mr. Lavrov’s" has no plain word at all
        dateline=len(surface) >= 2 and bool(alphabetic) and all(w.isupper() for w in alphabetic),
        prefix=prefix,
        organisation=classifier.organisation(surface),
        role_organisation=bool(prefix) and classifier.organisation(role_words),
        titled=titled,
        personal_if_titled=classifier.looks_personal(name_words, True),
        personal_untitled=classifier.looks_personal(name_words, False),
        gender=classifier.gender(surface, _given_name(name_words, lex)),
        name_words=len(name_words),
        person_end=person_end,
    )


def _title_after_organisation(surface: tuple[str, ...], prefix: int, classifier: _Classifier) -> int:
    """`Oversight Committee Chairman Jason Chaffetz`, `Judicial Watch President Tom Fitton`: an
    organisation's name, then a title, then the person — the role runs up to the title."""
    heads = classifier.lexicon.title_heads
    for index in range(len(surface) - 2, prefix - 1, -1):
        if strip_possessive(surface[index]).lower() in heads:
            end = _name_before_of(surface, index + 1, classifier)
            name = [strip_possessive(w) for w in surface[index + 1 : end]]
            if name and name[0][:1].isupper() and classifier.looks_personal(name, True):  # not "Secretary of State"
                return index + 1
            return prefix
    return prefix


def _name_before_of(surface: tuple[str, ...], prefix: int, classifier: _Classifier) -> int:
    """Where a person's name ends: `Ted Cruz of Texas`, `Robert Gordon of Northwestern University`
    name Ted Cruz and Robert Gordon (an organisation keeps its `of`: `Bank of America`)."""
    if "of" not in surface[prefix:]:
        return len(surface)
    of = surface.index("of", prefix)
    name = [strip_possessive(w) for w in surface[prefix:of]]
    return of if len(name) >= 2 and classifier.looks_personal(name, False) else len(surface)


_TITLE_STEMS = frozenset({"president", "secretary", "minister"})
_READINGS_KEPT = 20_000  # distinct runs remembered per lexicon; names recur across an archive


def _reading(surface: tuple[str, ...], classifier: _Classifier) -> _Reading:
    cache = classifier.readings
    reading = cache.get(surface)
    if reading is None:
        if len(cache) >= _READINGS_KEPT:
            cache.clear()  # bounded: memory stays flat over any corpus
        reading = cache[surface] = _read_run(surface, classifier)
    return reading


def _mention(
    text: str,
    words: Sequence[Word],
    first: int,
    end: int,
    classifier: _Classifier,
    in_quotation: bool,
    person_spans: Sequence[tuple[int, int]],
    surnames: frozenset[str] = frozenset(),
) -> NameMention | None:
    reading = _reading(tuple([words[i].text for i in range(first, end)]), classifier)
    if reading.dateline:
        return None  # "BUENA PARK, Calif. —": a dateline, not a name
    name_first = first + reading.prefix
    start, stop = words[first].start, words[end - 1].end
    if reading.prefix and words[name_first - 1].text == "of":
        return _organisation(text, start, stop, in_quotation)  # "Minister of Innovation": a portfolio, no person
    if name_first >= end:
        if reading.organisation:
            return _organisation(text, start, stop, in_quotation)
        return None
    titled = (reading.titled or _lower_title_before(words, first, classifier.lexicon)
              or (reading.name_words in (2, 3) and _title_appositive(words, end, classifier.lexicon)))
    personal = reading.personal_if_titled if titled else reading.personal_untitled
    inferred = False
    if (not personal and surnames and reading.name_words in (2, 3) and reading.personal_if_titled
            and not reading.organisation):
        personal = inferred = (strip_possessive(words[first + reading.person_end - 1].text) in surnames
                               and _may_open_a_name(words, first, name_first, first + reading.person_end,
                                                    classifier.lexicon, text))
    if personal or (person_spans and any(s < stop and e > start for s, e in person_spans)):
        end = first + reading.person_end
        stop = words[end - 1].end
        span = _slice(text, start, stop)
        name_start = words[name_first].start
        name = _slice(text, name_start, name_start + len(strip_possessive(text[name_start:stop])))
        role = _with_party_state(_role(text, words, first, name_first, end, classifier.lexicon), text, stop,
                                 classifier.lexicon)
        return NameMention(span, name, PERSON, role=role, gender=reading.gender, in_quotation=in_quotation,
                           inferred=inferred, family_first=family_first(name.text.split(), classifier.lexicon),
                           relative=_kin(words, first, end))
    if reading.organisation or reading.role_organisation:
        return _organisation(text, start, stop, in_quotation)
    if reading.name_words == 1 and _person_appositive(words, end, classifier.lexicon):
        # "Yuni, a resident of Lampung, …": a one-name person
        name_start = words[name_first].start
        name = _slice(text, name_start, name_start + len(strip_possessive(text[name_start:stop])))
        return NameMention(_slice(text, start, stop), name, PERSON, role=_appositive_role(text, words, end, classifier.lexicon),
                           in_quotation=in_quotation)
    if reading.name_words == 1:
        # a lone capitalised word: possibly a surname; the resolver decides with context
        if classifier.lexicon.party_state(words[name_first].text) is not None:
            return None  # the "I-Vt" of "(I-Vt.)"
        name_start = words[name_first].start
        name = _slice(text, name_start, name_start + len(strip_possessive(text[name_start:stop])))
        # "Clinton, the former secretary of state,": the appositive's role follows the surname to its person
        role = _appositive_role(text, words, end, classifier.lexicon)
        return NameMention(_slice(text, start, stop), name, "unknown", role=role, in_quotation=in_quotation)
    return None


def _organisation(text: str, start: int, stop: int, in_quotation: bool) -> NameMention:
    span = _slice(text, start, stop)
    return NameMention(span, _slice(text, start, start + len(strip_possessive(span.text))), ORGANIZATION,
                       in_quotation=in_quotation)


_KIN = frozenset("husband wife son daughter father mother brother sister grandson granddaughter grandfather "
                 "grandmother uncle aunt nephew niece cousin widow widower stepson stepdaughter "
                 "stepfather stepmother in-law".split())


def _kin(words: Sequence[Word], first: int, end: int) -> bool:
    """`her husband Michael Greenspan` / `Michael Greenspan, her husband,`: a relative of someone,
    whom a bare surname shared with that someone does not mean."""
    if first > 0 and words[first - 1].text.lower() in _KIN:
        return True
    if first > 1 and words[first - 1].text == "," and words[first - 2].text.lower() in _KIN:
        return True  # "his father, Brent Bozell, Jr."
    return (end + 2 < len(words) and words[end].text == "," and words[end + 1].text.lower() in ("her", "his", "their")
            and words[end + 2].text.lower() in _KIN)


def _person_appositive(words: Sequence[Word], end: int, lexicon: Lexicon) -> bool:
    """`Yuni, a resident of Lampung,` / `Roman, 42, a tour operator`: a person noun heads the
    appositive after the name (an article, then at most two modifiers, then the noun)."""
    if end + 2 >= len(words) or words[end].text != ",":
        return False
    index = end + 1
    if words[index].text.isdigit() and index + 1 < len(words) and words[index + 1].text == ",":
        return True  # "Roman, 42,": an age
    if words[index].text.lower() not in ("a", "an", "the"):
        return False
    for probe in range(index + 1, min(len(words), index + 4)):
        low = words[probe].text.lower()
        if low in lexicon.words["person_noun"] or low in lexicon.title_heads:
            return True
        if not words[probe].text[:1].isalpha():
            return False
    return False


def _title_appositive(words: Sequence[Word], end: int, lexicon: Lexicon) -> bool:
    """`Dottie Deans, the chairwoman of …`: a title in the appositive makes the run a person."""
    if end >= len(words) or words[end].text != ",":
        return False
    for index in range(end + 1, min(len(words), end + 6)):
        low = strip_possessive(words[index].text).lower()
        if low in lexicon.title_heads:
            return True
        word = words[index].text
        if not (low in ("the", "a", "an", "former", "longtime", "then") or _is_role_word(word, lexicon)
                or word.endswith(("’s", "'s"))):  # "Bush's former press secretary"
            return False
    return False


def _lower_title_before(words: Sequence[Word], first: int, lexicon: Lexicon) -> bool:
    if first == 0:
        return False
    previous = words[first - 1].text.lower()
    return previous in lexicon.titles or previous in lexicon.title_heads


def _role(text: str, words: Sequence[Word], first: int, name_first: int, end: int, lexicon: Lexicon) -> str | None:
    """The role as the article gives it: title words before the name, or an appositive."""
    role_first = _extend_role_left(words, first, lexicon)
    kept = list(words[role_first:name_first])
    while kept and _not_a_role(kept[0].text):
        kept.pop(0)  # "for Mrs. Clinton": neither the preposition nor the courtesy title is a role
    while kept and _not_a_role(kept[-1].text):
        kept.pop()
    if kept:
        return text[kept[0].start : kept[-1].end].strip(" ,")
    if first >= 2 and words[first - 1].text == ",":
        before = _extend_role_left(words, first - 1, lexicon)
        if before < first - 1 and _has_title(words[before : first - 1], lexicon):
            start, stop = words[before].start, words[first - 2].end
            return text[start:stop]
    return _appositive_role(text, words, end, lexicon)


def _appositive_role(text: str, words: Sequence[Word], end: int, lexicon: Lexicon) -> str | None:
    """`Jeb Bush, the former Florida governor, said`: a title between commas after the name."""
    if end + 1 >= len(words) or words[end].text != ",":
        return None
    opening = words[end + 1].text
    if not (opening.lower() in ("the", "a", "an") or _is_role_word(opening, lexicon) or _is_cap(opening)):
        return None  # the common case, decided on one word: "Clinton, who …", "Moscow, for its part, …"
    stop = end + 1
    while stop < len(words) and words[stop].text not in (",", ".", ";") and stop - end < 8:
        stop += 1
    appositive = words[end + 1 : stop]
    if appositive and _has_title(appositive, lexicon) and all(
        _is_role_word(w.text, lexicon) or _is_cap(w.text) or w.text.lower() in ("the", "a", "an")
        for w in appositive
    ):  # capitalised words there are places: "the Florida governor"
        start = appositive[0].start
        if appositive[0].text.lower() in ("the", "a", "an"):
            start = appositive[1].start if len(appositive) > 1 else start
        return text[start : appositive[-1].end]
    return None


_PARTY_STATE = regex.compile(r"\s*(?:\(|,\s*)([DRI]-\p{Lu}[\p{L}.]*?\.?)(?=[),])")
_OF_STATE = regex.compile(r" of (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)")


def _with_party_state(role: str | None, text: str, name_end: int, lexicon: Lexicon) -> str | None:
    """`Sen. Bernie Sanders (I-Vt.)`, `Sen. Rand Paul, R-Ky.,`, `Sen. Ted Cruz of Texas`: the state
    joins the title as written (`Sen. (I-Vt.)`, `Sen. of Texas`), so `the Vermont senator` finds him."""
    if role is None or text[name_end : name_end + 2] not in (" (", ", ", " o"):
        return role
    found = _PARTY_STATE.match(text, name_end)
    if found is not None and lexicon.party_state(found.group(1)) is not None:
        return f"{role} ({found.group(1)})"
    found = _OF_STATE.match(text, name_end)
    if found is not None:
        for state in (found.group(1), found.group(1).split()[0]):  # "of New Hampshire", "of Texas and"
            if lexicon.us_states.get(state) == state:  # a state's name, not an abbreviation
                return f"{role} of {state}"
    return role


_COURTESY_TITLES = frozenset("Mr Mrs Ms Miss Mx".split())
_ROLE_EDGE_WORDS = frozenset("of for and the a an to by with from".split())


def _not_a_role(word: str) -> bool:
    return word.rstrip(".") in _COURTESY_TITLES or word.lower() in _ROLE_EDGE_WORDS or word == ","


def _extend_role_left(words: Sequence[Word], first: int, lexicon: Lexicon) -> int:
    index = first
    while index - 1 >= 0 and _is_role_word(words[index - 1].text, lexicon):
        index -= 1
    return index


def _has_title(words: Sequence[Word], lexicon: Lexicon) -> bool:
    lowered = [strip_possessive(w.text).lower() for w in words]
    for size in range(1, min(lexicon.max_title_words, len(lowered)) + 1):
        for start in range(len(lowered) - size + 1):
            if " ".join(lowered[start : start + size]) in lexicon.titles:
                return True
    return False


def _is_role_word(word: str, lexicon: Lexicon) -> bool:
    bare = strip_possessive(word)
    low = bare.lower()
    return (
        low in lexicon.titles
        or low in lexicon.title_words
        or low in lexicon.demonyms
        or bare in lexicon.countries
        or bare in lexicon.metonyms
        or bare in lexicon.organisations
        or low in lexicon.org_heads
        or low in lexicon.words["np_modifier"] - {"the", "and", "his", "her", "their", "its", "our", "both", "all", "some", "many", "few", "most", "several", "two", "three", "other"}
        or (_is_cap(bare) and bare.isupper() and len(bare) <= 5)
    )

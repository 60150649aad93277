"""The forms a speaker row answers to: name forms, search aliases, matching a searched name."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex

from ..lexicon import load_lexicon
from ..regexes import LazyPattern
from .organisations import acronym_of, same_organisation, short_form_of
from .people import compatible, honorific_forms, person_name, same_speaker
from .rows import PROMINENCE, agreed_gender
from .spelling import POSSESSIVE_END, fold

_TOKEN = LazyPattern(r"[^\W\d_][\w’'.-]*")


def _bare_word(token: str) -> str:
    return fold(POSSESSIVE_END.sub("", token)).strip(".’'-")


def _honorific(token: str) -> bool:
    """An honorific such as ``Mr.`` or ``Dr`` (any case: a typed ``--speaker mr. blinken`` too)."""
    return fold(token).rstrip(".") in honorific_forms()


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
    run[-1] = POSSESSIVE_END.sub("", run[-1])
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
    return agreed_gender(person_name(form).gender for form in (row.name, *row.forms) if person_name(form).full)

"""Stage 3, mentions: names of people and organisations, with their titles and roles.

A name is found as a run of capitalised words (``runs``); titles, honorifics, nationalities and
organisation names at its front are split off as its role (``readings``, ``roles``).  Whether a
run is a person, an organisation or neither is decided with the shipped lexicons (given names,
titles, countries, outlets, organisation heads) and, where an analysis backend supplies them,
named entities.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import attrs

from ..names.organisations import made_adjective
from ..names.spelling import family_first, generational_suffix, is_initial
from .readings import classifier_for, reading_of
from .roles import (
    appositive_role,
    named_after_role,
    named_as_relative,
    organisation_appositive,
    person_appositive,
    role_of,
    title_appositive,
    with_party_state,
)
from .run_openers import kind_before_noun
from .runs import Runs, confirmed_surnames, may_go_on, may_open_a_name
from .tokens import SentenceWords, make_word, strip_possessive

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from .article import Article
    from .readings import Classifier
    from .tokens import SentenceWords, Word


PERSON, ORGANIZATION = "person", "organization"
BY_START = operator.attrgetter("span.start")  # mentions' sort key: where each starts (no Python call per mention)


@attrs.define
class NameMention:
    """A capitalised name in the text, split into its role words and the name proper.

    Not changed once made (``attrs.evolve`` makes another); not frozen only because a frozen
    class is three times slower to make, and mentions are made by the tens of thousands."""

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
        self.read_tokens(self.name.text.split())

    def read_tokens(self, tokens: list[str]) -> None:
        """The fields derived from the name's words, ``tokens`` (its text split)."""
        self.tokens = tokens
        count = len(tokens)
        if count == 1:  # most mentions are one word: no generation, no given name, the word is the surname
            self.generation, self.surname, self.first = None, tokens[0], None
            return
        # a generation's suffix follows a given name and a surname: most names are too short for one
        generation = self.generation = generational_suffix(tokens) if count > 2 else None
        if self.family_first:
            self.surname = tokens[0]
        else:
            self.surname = tokens[-2].rstrip(",") if generation else (tokens[-1] if tokens else "")
        self.first = None if count < 2 or self.bare else tokens[1] if self.family_first or (
            count >= 3 and is_initial(tokens[0])) else tokens[0]  # "Gil" of "R. Gil Kerlikowske"


_new_mention = object.__new__  # (see ``_made``)


def _made(span: Word, name: Word, kind: str, role: str | None, gender: str | None, in_quotation: bool,
          inferred: bool, family_first: bool, bare: bool, relative: bool, tokens: list[str] | None = None
          ) -> NameMention:
    """``NameMention(span, name, kind, role=role, …)``, with its fields set here: no keyword matched
    and the name split once (the caller may have split it): half the cost of the class's own
    ``__init__`` (tens of thousands are made per corpus)."""
    mention = _new_mention(NameMention)
    mention.span = span
    mention.name = name
    mention.kind = kind
    mention.role = role
    mention.gender = gender
    mention.in_quotation = in_quotation
    mention.inferred = inferred
    mention.family_first = family_first
    mention.bare = bare
    mention.relative = relative
    # (``tokens``: the name's text split, when the caller has split it)
    mention.read_tokens(name.text.split() if tokens is None else tokens)
    return mention


def _span_and_name(text: str, start: int, stop: int, name_start: int) -> tuple[Word, Word]:
    """A mention's span (start..stop) and the name proper within it: from ``name_start`` to the
    span's end, without a possessive; the span itself when that is all of it (most names: the
    same words, made once).  Both are built from the text itself (so exact by construction,
    unvalidated: tens of thousands are made per corpus)."""
    written = text[start:stop]
    span = make_word((start, stop, written))
    if name_start == start:
        name = strip_possessive(written)  # a prefix of what is written
        if len(name) == len(written):
            return span, span
    else:
        name = strip_possessive(text[name_start:stop])
    return span, make_word((name_start, name_start + len(name), name))


def _word_span(word: str, start: int, stop: int) -> tuple[Word, Word]:
    """``_span_and_name(text, start, stop, start)`` of a run of one word, ``word`` (the token: what
    the text holds from ``start`` to ``stop``): no slice of the text made, and no possessive looked
    for in a word ending in no `s` or apostrophe (most of them)."""
    span = make_word((start, stop, word))
    if word[-1] not in "s’'":
        return span, span
    name = strip_possessive(word)
    return span, (span if len(name) == len(word) else make_word((start, start + len(name), name)))


def name_mentions(article: Article) -> list[NameMention]:
    """Every name mention of the article, in order; it becomes ``article.mentions``.

    Reads the article's sentences through its token table (words, which are quoted, which start
    with a capital letter) and the PERSON entities of its analysis: a run overlapping one is a
    person even when the lexicons do not know its first name.
    """
    text, lexicon, table = article.text, article.lexicon, article.tokens
    person_spans = article.analysis.person_spans()
    classifier = classifier_for(lexicon)
    prepared = _sentence_columns(article)
    surnames = confirmed_surnames(prepared, lexicon)
    found: list[NameMention] = []
    lower_case = article.writes_in_lower_case
    # a run's neighbours are asked whether they name a relative (`husband`, `sons`) only in a
    # sentence holding such a word: one sentence in fifty holds one (the document is asked first)
    lowered, kin_forms, cue_forms = table.lower, lexicon.kin_forms, lexicon.cue_forms
    openers, auxiliaries = classifier.sentence_openers, lexicon.words["auxiliary"]
    joiners = lexicon.lists["name_joiners"]
    kin_in_document = not kin_forms.isdisjoint(lowered)
    for words, quoted, capitalised, sentence_lowered in prepared:
        if not capitalised:
            continue  # no capitalised word, no run
        kin = kin_in_document and not kin_forms.isdisjoint(sentence_lowered)
        texts = words.texts
        index = 0
        # the first word with a letter: most often the first word (else past "5)", "•")
        lead = 0 if texts and texts[0][:1].isalpha() else next(
            (i for i, word in enumerate(texts) if word[:1].isalpha()), 0)
        question = bool(texts) and texts[-1] == "?"
        runs = None  # made for the sentence's first run that may go on past its first word (most have none)
        for first in capitalised:
            if first < index:
                continue  # inside the previous run
            if first == lead:
                low = sentence_lowered[first]
                if low in openers or (question and low in auxiliaries) or (
                        low in cue_forms and Runs(words, lexicon, sentence_lowered).inverted_cue_opens(first)):
                    # "The", "When", "Unlike", "Can" opening the sentence or question; "Said Lowry: “…”":
                    # the verb, not the given name Said (a word no verb of saying is not asked for its run)
                    continue
            index = first + 1
            if may_go_on(texts, sentence_lowered, index, joiners):
                if runs is None:
                    runs = Runs(words, lexicon, sentence_lowered)
                index = runs.extended_end(first)
            # (a word with no hyphen is made no adjective: asked here, with no call, of most runs' last word)
            if "-" in texts[index - 1] and made_adjective(texts[index - 1]):
                continue  # "Donald Trump-led", "Ottawa-based": a name made an adjective mentions no one here
            if first == lead and index == first + 1 and (
                    kind_before_noun(texts, first, lexicon) or _common_word_before_document(
                        texts, first, lexicon, lower_case)):
                continue  # "Court documents allege", "Police officers said", "Lobbying records show": no name
            mention = _mention(text, words, first, index, classifier, quoted[first], person_spans, surnames,
                               lower_case, kin, sentence_lowered)
            if mention is not None:
                found.append(mention)
    return _named_as_organisations(_surnames_alone(_particle_surnames_alone(found, lexicon)))


def _sentence_columns(article: Article) -> list[tuple[SentenceWords, list[bool], list[int], list[str]]]:
    """Per sentence: its words, quotation flags, the indices of its capitalised words and its
    lower-case words, as slices of the token table; the ones detection's readers already hold
    when detection ran (most of the time)."""
    readers, sentences, table = article.readers, article.sentences, article.tokens
    upper = table.upper
    if len(readers) == len(sentences) and (not readers or readers[-1].sentence is sentences[-1]):
        # (the named tuple made as ``make_word`` makes words: no Python call per sentence)
        return [(tuple.__new__(SentenceWords, (r.texts, r.starts, r.ends)), r.quoted_flags,
                 list(itertools.compress(range(s.end - s.first), upper[s.first:s.end])), r.lowered)
                for r, s in zip(readers, sentences)]
    return [(SentenceWords(table.texts[s.first:s.end], table.starts[s.first:s.end], table.ends[s.first:s.end]),
             table.quoted[s.first:s.end], list(itertools.compress(range(s.end - s.first), upper[s.first:s.end])),
             table.lower[s.first:s.end]) for s in sentences]


def _common_word_before_document(texts: Sequence[str], first: int, lexicon: Lexicon,
                                 lower_case: Callable[[str], bool] | None) -> bool:
    """A sentence's first word before a document's noun in lower case (`Lobbying records show`,
    `Polling data suggest`): a common word when the article writes it in lower case too, or a
    gerund no lexicon names (`Boeing records` stays a name)."""
    following = texts[first + 1] if first + 1 < len(texts) else ""
    if not (following.islower() and following in lexicon.words["document_noun"]):
        return False
    word = texts[first]
    return (lower_case is not None and lower_case(word)) or gerund_modifier(word, lexicon)


def gerund_modifier(word: str, lexicon: Lexicon) -> bool:
    """A capitalised `-ing` word no lexicon names (`Lobbying`, `Polling`; not `Boeing`): opening
    a sentence before a noun, a modifier of it, not a name."""
    return word.endswith("ing") and len(word) > 5 and word.isalpha() and word not in lexicon.organisations


def _named_as_organisations(found: list[NameMention]) -> list[NameMention]:
    """`Dixon Hall, a non-profit agency, … according to Dixon Hall`: a name the article once
    writes as an organisation's is that organisation wherever it stands alone (a person's mention
    with the same words, and no title, becomes the organisation's)."""
    organisations, untitled = set(), set()  # organisations' names; names of persons written with no title
    for m in found:  # (one pass; in most articles no name is both, and the list is kept as it is)
        if m.kind == ORGANIZATION:
            organisations.add(m.name.text)
        elif m.kind == PERSON and m.span == m.name:
            untitled.add(m.name.text)
    named = organisations & untitled
    if not named:
        return found
    return [attrs.evolve(m, kind=ORGANIZATION, role=None, gender=None)
            if m.kind == PERSON and m.name.text in named and m.span == m.name else m for m in found]


def _surnames_alone(found: list[NameMention]) -> list[NameMention]:
    """`says House` where the document names `Christopher House`: the surname of that person,
    although alone the word names an organisation's building or chamber; `Jordan` where it
    names `Jordan Stewart`: the given name of that person, not the country."""
    names, one_word_bodies = set(), set()  # persons' surnames and given names; organisations' one-word names
    for m in found:  # (one pass; in most articles no word is both, and the list is kept as it is)
        if m.kind == PERSON and m.first is not None:
            names.add(m.surname)
            names.add(m.first)
        elif m.kind == ORGANIZATION and " " not in m.name.text:
            one_word_bodies.add(m.name.text)
    unnamed = names & one_word_bodies
    if not unnamed:
        return found
    return [attrs.evolve(m, kind="unknown") if m.kind == ORGANIZATION and m.name.text in unnamed else m
            for m in found]


def _particle_surnames_alone(found: list[NameMention], lexicon: Lexicon) -> list[NameMention]:
    """`Al Hashish` where the document also names `Fouzia Al Hashish`: the surname with its
    particle, not a given name `Al` — a bare surname of that person (`Al Gore` stays a full name)."""
    particles = lexicon.lists["surname_particles"]
    tails = {" ".join([m.tokens[-2][:1].upper() + m.tokens[-2][1:], m.tokens[-1]]) for m in found
             if m.kind == PERSON and len(m.tokens) >= 3
             and (m.tokens[-2] in particles or m.tokens[-2].capitalize() in particles)}  # "Eileen de Villa"
    if not tails:
        return found
    return [attrs.evolve(m, kind=PERSON, bare=True, gender=None)  # "Al" says nothing of the gender
            if len(m.tokens) == 2 and m.tokens[0] in lexicon.lists["surname_particles"] and m.name.text in tails else m
            for m in found]


def _mention(
    text: str,
    words: SentenceWords,
    first: int,
    end: int,
    classifier: Classifier,
    in_quotation: bool,
    person_spans: Sequence[tuple[int, int]],
    surnames: frozenset[str],
    lower_case: Callable[[str], bool] | None,
    kin: bool,  # the sentence may hold a word naming a relative (False: it holds none)
    lowered: Sequence[str],  # the sentence's words in lower case
) -> NameMention | None:
    texts, starts, ends = words
    # the reading's fields and the sentence's columns as locals: asked of tens of thousands of runs;
    # most runs were read before (a name recurs): the classifier's readings answer with no call
    reading = classifier.readings.get(texts[first] if end - first == 1 else tuple(texts[first:end]))
    (dateline, prefix, organisation, role_organisation, titled, personal_if_titled, personal_untitled, gender,
     name_words, person_end) = reading if reading is not None else reading_of(texts, first, end, classifier)
    if dateline:
        return None  # "BUENA PARK, Calif. —": a dateline, not a name
    lexicon = classifier.lexicon
    name_first = first + prefix
    start, stop = starts[first], ends[end - 1]
    if prefix and texts[name_first - 1] == "of":
        # "Minister of Innovation": a portfolio, no person
        return _organisation_mention(text, start, stop, in_quotation)
    if name_first >= end:
        if organisation:
            return _organisation_mention(text, start, stop, in_quotation)
        if end - first == 1 and texts[first][:1].isupper() and strip_possessive(
                texts[first]).lower() in lexicon.title_words:  # not "Mexican", "European"
            # "Nurse said", "Price said": a title word alone may be the surname of someone named in full
            return _made(*_word_span(texts[first], start, stop), "unknown", None, None, in_quotation, False, False,
                         False, False)
        return None
    # most names are followed by no comma, and every appositive reader below wants one
    comma_after = end < len(texts) and texts[end] == ","
    if comma_after and name_words in (1, 2, 3) and not titled and organisation_appositive(words, end, lexicon):
        return _organisation_mention(text, start, stop, in_quotation)  # "Dixon Hall, a non-profit agency"
    if personal_if_titled == personal_untitled:
        personal = personal_untitled  # a title before or after the name would change nothing
    else:
        before = lowered[first - 1] if first else None  # "former senator Bob Kerrey": a title in lower case before
        titled = (titled or (before is not None and (before in lexicon.titles or before in lexicon.title_heads))
                  or (comma_after and name_words in (2, 3) and title_appositive(words, end, lexicon))
                  or (name_words in (2, 3) and named_after_role(words, first, end, lexicon)))
        personal = personal_if_titled if titled else personal_untitled
    inferred = False
    if not personal and surnames and name_words in (2, 3) and personal_if_titled and not organisation:
        personal = inferred = (strip_possessive(texts[first + person_end - 1]) in surnames
                               and may_open_a_name(words, first, name_first, first + person_end, lexicon, lower_case))
    if personal or (person_spans and any(s < stop and e > start for s, e in person_spans)):
        end = first + person_end
        stop = ends[end - 1]
        span, name = _span_and_name(text, start, stop, starts[name_first])
        role = with_party_state(role_of(text, words, first, name_first, end, lexicon), text, stop, lexicon)
        tokens = name.text.split()
        return _made(span, name, PERSON, role, gender, in_quotation, inferred, family_first(tokens, lexicon), False,
                     kin and named_as_relative(words, first, end, lexicon), tokens)
    if organisation or role_organisation:
        return _organisation_mention(text, start, stop, in_quotation)
    if comma_after and name_words == 1 and person_appositive(words, end, lexicon):
        # "Yuni, a resident of Lampung, …": a one-name person
        span, name = _span_and_name(text, start, stop, starts[name_first])
        return _made(span, name, PERSON, appositive_role(text, words, end, lexicon), None, in_quotation,
                     False, False, False, False)
    if name_words == 1:
        # a lone capitalised word: possibly a surname; the resolver decides with context
        if "-" in texts[name_first] and lexicon.party_state(texts[name_first]) is not None:
            return None  # the "I-Vt" of "(I-Vt.)"
        # (a run of one word has no prefix: its name starts with it)
        span, name = _word_span(texts[first], start, stop) if end == first + 1 else _span_and_name(
            text, start, stop, starts[name_first])
        # "Clinton, the former secretary of state,": the appositive's role follows the surname to its person
        role = appositive_role(text, words, end, lexicon) if comma_after else None
        return _made(span, name, "unknown", role, None, in_quotation, False, False, False,
                     kin and named_as_relative(words, first, end, lexicon))  # "her husband, Carlos,"
    return None


def _organisation_mention(text: str, start: int, stop: int, in_quotation: bool) -> NameMention:
    span, name = _span_and_name(text, start, stop, start)
    return _made(span, name, ORGANIZATION, None, None, in_quotation, False, False, False, False)

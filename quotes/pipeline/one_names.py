"""One-name people as pronoun antecedents: a lone name no lexicon reads as anything else,
standing as a clause subject (`…, Mulder didn’t hesitate.`, `Later, Colton told …`), is a
person `he`/`she` may mean, beside the people coreference built from full names."""

from __future__ import annotations

import collections
import itertools
import operator
from typing import TYPE_CHECKING

import attrs

from ..model import SpeakerType
from ..regexes import LazyPattern
from .coref import Entity
from .lone_words import lone_word
from .mentions import PERSON
from .pronoun_hints import gender_from_pronouns, pronoun_gender_after

if TYPE_CHECKING:
    from .context import Context
    from .mentions import NameMention


@attrs.frozen
class Antecedents:
    """The mentions that may be a pronoun's antecedent: ``indices`` in order, ``people`` the
    (paragraph, person) of each, and the one-name people among them by index.  An antecedent is a
    person, or a lone word coreference made one, outside quotations and photo credits; or a
    one-name person (``_one_name_subject``)."""

    indices: list[int]
    people: dict[int, tuple[int, Entity]]
    one_name: dict[int, Entity]


def antecedents(context: Context) -> Antecedents:
    return context.keep("antecedents", lambda: _find_antecedents(context))


def _find_antecedents(context: Context) -> Antecedents:
    """The article's antecedents, in one pass over its mentions (at its first pronoun)."""
    people: dict[int, tuple[int, Entity]] = {}
    one_name: dict[int, Entity] = {}
    by_word: dict[str, Entity] = {}
    text, by_start = context.text, context.index.by_mention_start
    given = context.lexicon.given_names
    paragraphs, at = context.article.paragraphs, -1  # the last paragraph starting at or before the mention
    last = len(paragraphs) - 1
    # that paragraph's index and end, and the next one's start (past the text after the last one):
    # most antecedents stand in the paragraph of the one before, asked with one comparison
    held, held_end, following = -1, -1, paragraphs[0].start if paragraphs else len(text) + 1
    for index, mention in enumerate(context.mentions):
        span = mention.span
        start = span.start
        entity = by_start.get(start)
        if entity is not None:
            if not (entity.kind == PERSON and not mention.in_quotation and mention.kind in (PERSON, "unknown")
                    # "Lauren Pelley/CBC", "Lauren Pelley / CBC": a photo credit
                    and ("/" not in (after := text[span.end:span.end + 3]) or not after.lstrip(" ").startswith("/"))):
                continue
        # a lone word outside quotations that no entity holds: the cheap tests, before a call (with
        # ``_one_name_subject``'s first test, which most lone words fail: a relative, a gendered given
        # name or a clause ending before it)
        elif mention.kind == "unknown" and not mention.in_quotation and len(mention.tokens) == 1 and (
                mention.relative or given.get(mention.name.text) in ("m", "f")
                or text[start - 12 if start > 12 else 0:start].rstrip().endswith(_CLAUSE_ENDINGS)
        ) and _one_name_subject(mention, context):
            entity = by_word.setdefault(mention.name.text, Entity(PERSON))
            entity.mentions.append(mention)
            one_name[index] = entity
        else:
            continue
        if start >= following:
            while at < last and paragraphs[at + 1].start <= start:
                at += 1  # mentions come in text order: ``Context.paragraph_of`` without a bisection each
            following = paragraphs[at + 1].start if at < last else len(text) + 1
            held, held_end = paragraphs[at].index, paragraphs[at].end
        people[index] = (held if start <= held_end else -1, entity)
    if not one_name:
        return Antecedents(list(people), people, one_name)
    starts = context.mention_starts

    def hint(end: int) -> tuple[str, int] | None:
        return pronoun_gender_after(context.text, end, starts)

    for word, entity in by_word.items():  # "Tracy described herself": a one-name person's sex from the pronouns after
        sex = given.get(word)
        entity.pronoun_gender = sex if sex in ("m", "f") else gender_from_pronouns(entity, hint)
    return Antecedents(list(people), people, one_name)


def _one_name_subject(mention: NameMention, context: Context) -> bool:
    """`…, Mulder didn’t hesitate.`: a lone name no one else in the article names, standing as a
    clause subject, that no lexicon reads as anything but a name, and that the article never
    writes inside a longer name (`the Calgary Flames`) or as a place (`in Calgary`): a one-name
    person a pronoun after it may mean.  Asked only of lone words outside quotations that no
    entity holds (``_find_antecedents`` tests that)."""
    word = mention.name.text
    if not (mention.relative and _subject_after_relation(mention, context)):
        start = mention.span.start
        if not (context.text[start - 12 if start > 12 else 0:start].rstrip().endswith(_CLAUSE_ENDINGS)
                or context.lexicon.given_names.get(word) in ("m", "f")):
            return False  # neither test before the name can hold (most lone words): no pattern asked
        following = _NEXT_WORD.match(context.text, mention.span.end)
        past = following is not None and following.group(1) in context.lexicon.words["finite_past"]
        if not (past or _VERB_AFTER.match(context.text, mention.span.end)):
            return False
        if not (_CLAUSE_BEFORE.search(context.text, start - 12 if start > 12 else 0, start)
                or _given_name_opening(mention, context)):
            return False
    if lone_word(word, context).type != SpeakerType.PERSON:
        return False
    return word not in context.keep("words not alone", lambda: _words_not_alone(context))


def _subject_after_relation(mention: NameMention, context: Context) -> bool:
    """`Her husband, Carlos, handles the books`: a relative named between commas, then the verb
    whose subject the relation is (not `his late son, Beau, who …`: someone talked about)."""
    sentence = context.sentence_at(mention.span.start)
    if sentence is None or not _RELATION_OPENING.fullmatch(context.text, sentence.start, mention.span.start):
        return False
    verb = _VERB_AFTER_COMMA.match(context.text, mention.span.end)
    return verb is not None and (verb.group(1) in context.lexicon.words["finite_past"]
                                 or verb.group(1).endswith(("ed", "s")))


_RELATION_OPENING = LazyPattern(r"(?:(?:His|Her|Their|My|Our)\s+(?:\p{Ll}+\s+)?\p{Ll}+,\s+)")  # "Her husband, "
_VERB_AFTER_COMMA = LazyPattern(r",\s+(\p{Ll}+)\b")


def _given_name_opening(mention: NameMention, context: Context) -> bool:
    """`Demi figured …`: a given name the lexicon genders, opening a sentence (any capitalised
    word may open one, but a given name before a verb there is a person)."""
    if context.lexicon.given_names.get(mention.name.text) not in ("m", "f"):
        return False
    sentence = context.sentence_at(mention.span.start)
    return sentence is not None and not context.text[sentence.start:mention.span.start].strip()


# what a one-name subject is followed by: a finite verb, an auxiliary or a past form (a present
# form in -s may be a plural noun: `Republican voters see`), or an irregular past (``_NEXT_WORD``)
_VERB_AFTER = LazyPattern(r"\s+(?:(?:did|does|was|is|has|had|would|will|could|can|should|must|might)"
                          r"(?:n[’']t)?|never|also|then|just|still|later|says|\p{Ll}+ed)\b")
_NEXT_WORD = LazyPattern(r"\s+(\p{Ll}+)\b")  # an irregular past form after it: "Colton told"
# and preceded by a comma or semicolon ending a clause, or a conjunction opening one (a
# capitalised word opening a sentence may be any word: `Sometimes he …`, `Harsh words …`; one
# after `and` shares its subject: `he and Heather smiled`)
_CLAUSE_BEFORE = LazyPattern(r"(?:\p{L}[,;]\s+|\b(?:but|so|then|when|while)\s+)$")
_CLAUSE_ENDINGS = (",", ";", "but", "so", "then", "when", "while")  # what a ``_CLAUSE_BEFORE`` match ends with


def _words_not_alone(context: Context) -> frozenset[str]:
    """The capitalised words the article writes beside another name word (`Calgary` of `the
    Calgary Flames`) or after a preposition of place (`in Calgary`) at least as often as before a
    verb, in two passes over its words."""
    table, not_names = context.article.tokens, context.lexicon.not_name_words
    texts, upper, lower = table.texts, table.upper, table.lower
    found = set[str]()
    for index in itertools.compress(range(len(texts) - 1), map(operator.and_, upper, upper[1:])):
        first, second = lower[index], lower[index + 1]
        if first not in not_names and second not in not_names:  # not "But" of "But Mulder said"
            found.update(texts[index:index + 2])
    after_place = map(context.lexicon.lists["place_prepositions"].__contains__, lower)
    places = collections.Counter(texts[index + 1] for index in itertools.compress(range(len(texts) - 1), after_place)
                                 if upper[index + 1])
    if places:
        # a person the article names more often as a subject than after `to`/`from`/`with` (`talked
        # to Colton`, `Colton told`) is no place
        verbs = context.lexicon.words["finite_past"] | context.lexicon.words["auxiliary"]
        # only the words written after a place preposition are asked about the word after them
        # (picked at C speed: most words of the article are none)
        named = itertools.compress(range(len(texts) - 1), map(places.__contains__, texts))
        subjects = collections.Counter(texts[index] for index in named if lower[index + 1] in verbs or (
            lower[index + 1].endswith("ed") and len(lower[index + 1]) > 4))
        found.update(word for word, count in places.items() if count >= subjects[word])
    return frozenset(found)

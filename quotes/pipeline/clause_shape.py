"""Whether the words after a cue read as a clause (``looks_like_clause``): a subject, then a finite verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import approximate_figure
from .sentence import LOOK_AHEAD
from .tokens import plural_looking

if TYPE_CHECKING:
    from .sentence import SentenceReader


def plain_words(reader: SentenceReader, first: int, limit: int) -> int:
    """Words before the first comma or clause boundary (a bare noun phrase object is short)."""
    stop = _plain_words_stop(reader, first)
    return reader.content_words(first, stop if stop < limit else limit)


def _plain_words_stop(reader: SentenceReader, first: int) -> int:
    """The first word at or after ``first`` that ends plain words (the sentence length when none
    does): a few words are looked at first; past them, the answers for every word are made once
    for the sentence (``SentenceReader.next_where``'s way, with plain loops: no test called per word)."""
    lowered, size, stops = reader.lowered, reader.size, _PLAIN_WORDS_STOPS  # most words: no stop, no question
    start = first if first > 0 else 0
    ahead = start + LOOK_AHEAD
    for index in range(start, ahead if ahead < size else size):
        if lowered[index] in stops and _ends_plain_words(reader, index):
            return index
    if ahead >= size:
        return size
    table = reader.tables.get("plain_words_stops")
    if table is None:
        table = reader.tables["plain_words_stops"] = list(range(size + 1))
        for index in range(size - 1, -1, -1):
            if not (lowered[index] in stops and _ends_plain_words(reader, index)):
                table[index] = table[index + 1]
    return table[ahead]


_PLAIN_WORDS_STOPS = frozenset((",", ";", ":", "."))  # the only words ``_ends_plain_words`` can stop at


def _ends_plain_words(reader: SentenceReader, index: int) -> bool:
    low = reader.low(index)
    if low == "," and (reader.capitalised(index + 1) or reader.low(index + 1) == "and"):
        return False  # a list of names: "comments from Rice, Rhodes and Panetta were …"
    return low in (",", ";", ":", ".") and not reader.quoted(index)


def looks_like_clause(reader: SentenceReader, first: int, limit: int, lemma: str = "") -> bool:
    """A zero-``that`` complement must read like a clause: a subject, then a finite verb (asked
    again for each frame of a cue: the answer is kept per sentence)."""
    known = reader.tables.get("looks_like_clause")  # (not ``setdefault``: no dict made per question)
    if known is None:
        known = reader.tables["looks_like_clause"] = {}
    key = (first, limit, lemma)
    found = known.get(key)
    if found is None:
        found = known[key] = _looks_like_clause(reader, first, limit, lemma)
    return found


def _holds_finite_verb(reader: SentenceReader, first: int, limit: int) -> bool:
    """Whether the words from ``first`` up to a comma hold an auxiliary or a past form: `claimed
    responsibility for the attack` is an object, `claims the group’s refusal … is a form of` a clause."""
    for index in range(first, limit):
        if reader.low(index) in (",", ";", ":") and not reader.quoted(index):
            return False
        if reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past"):
            return True  # not any "-ed": `allegiance to ISIS gunned down 49 people` holds a participle
    return False


def _condition_then_clause(reader: SentenceReader, first: int, limit: int, lemma: str) -> bool:
    """`said if the sign was there, the crash would …`, `said when Liberals dismiss it, they …`:
    after a verb of saying a clause (rule_words `condition_cues`: not of asking, not `reject`),
    `if`/`when` opens a condition, and the clause after its comma is what was said."""
    if reader.low(first) not in ("if", "when") or lemma.partition(" ")[0] not in reader.lexicon.lists["condition_cues"]:
        return False  # "voters would reject if they understood it": the rejecting's own condition
    before = reader.low(first - 1)
    if not before[:1].isalpha() or reader.is_word(first - 1, "adverb"):
        return False  # "As the Post reported, even if …": right after the verb (or its listener) only
    for index in range(first + 2, limit):
        if reader.quoted(index):
            return False
        if reader.low(index) == ",":
            return _looks_like_clause(reader, index + 1, limit, lemma)
    return False


def _looks_like_clause(reader: SentenceReader, first: int, limit: int, lemma: str) -> bool:
    if first >= limit or (reader.quoted(first) and not reader.is_mark(first)):
        return False
    low = reader.low(first)
    if not reader.texts[first][:1].isalnum() and not reader.is_mark(first):
        return False
    if low in ("and", "but", "or"):
        return False  # "Colton laughed and stuttered, “…”": a second verb, no clause
    if absolute_phrase(reader, first):
        return False  # "he said, his voice breaking with emotion": how it was said, not what
    if lemma in reader.lexicon.lists["two_object_cues"] and _two_objects(reader, first):
        return False  # "denied Republicans the votes needed …": whom and what, no clause
    classes = reader.lexicon.words  # ``is_word(i, cls)`` is ``low(i) in classes[cls]``: asked of words already read
    question, asked = first, low
    while question + 1 < limit and (asked in classes["adverb"] or asked in ("twice", "again")):
        question += 1  # "was asked twice what …"
        asked = reader.low(question)
    if asked in ("whether", "if", "how", "what", "why", "when", "where", "who", "which"):
        # an indirect question is not a statement; a condition before a clause is ("said if it
        # snows, the line will close")
        return question == first and _condition_then_clause(reader, first, limit, lemma)
    if "’" in low or "'" in low:  # "he’ll", "they're": a pronoun with its auxiliary (most words hold no apostrophe)
        base = low.split("’")[0].split("'")[0]
        if base != low and base in classes["subject_pronoun"]:
            return True
    if low in classes["subject_pronoun"] and low not in ("who", "that"):
        if reader.low(first + 1) == ",":  # "they, too, have had almost no dealings"
            return reader.low(first + 2) == "too" or reader.is_word(first + 2, "adverb")
        if low in ("he", "she", "it"):  # "feeling it rise and fall": an object and a bare verb
            verb = first + 1
            while reader.is_word(verb, "adverb") or reader.is_word(verb, "negation") or (
                    reader.low(verb).endswith("ly") and len(reader.low(verb)) > 4):
                verb += 1
            following = reader.low(verb)
            return not (following.isalpha() and following in reader.lexicon.words["bare_verb"])
        return reader.low(first + 1) not in (".", "")
    if approximate_figure(reader, first):  # "said at least 14 people died": the estimate opens the subject
        figure = first + (2 if reader.low(first + 1) in ("least", "most", "than", "to") else 1)
        return _looks_like_clause(reader, figure + (reader.low(figure) in ("$", "€", "£")), limit, lemma)
    if low in reader.lexicon.words["preposition"] or low in ("to", "of"):
        return False
    # (a slice's membership, not a generator: one would make ``reader`` a closure cell, slower at each of its reads)
    if low in reader.lexicon.lists["subordinators"] and "," not in reader.lowered[first + 1:limit]:
        return False  # "she said as she turned around": the saying's own adjunct, not what was said
    if low.endswith("ly") and (reader.is_word(first + 1, "preposition") or reader.low(first + 1) in ("", ".", ",")):
        return False  # "she said pleasantly into the phone"
    if (lemma in reader.lexicon.words["bare_complement"] and plain_words(reader, first, limit) >= 4
            and (lemma not in reader.lexicon.lists["object_taking_cues"] or _holds_finite_verb(reader, first, limit))
            and low not in reader.lexicon.lists["say_objects"]):
        return True  # "Obama said inevitable economic changes cost …": say-verbs rarely take objects
    listened = lemma.partition(" ")[0] in reader.lexicon.lists["listener_cues"]  # "told Reuters the laws favour …"
    if lemma in reader.lexicon.words["bare_complement"] and _plural_then_verb(reader, first, limit):
        return True  # "she said families want answers": a plural subject and its present verb
    said_or_told = lemma in reader.lexicon.words["bare_complement"] or listened
    if said_or_told and low in ("the", "these", "those") and _plural_then_verb(reader, first + 1, limit):
        return True  # "told Reuters the laws favour the owner": after the listener, a subject and its verb
    skip_to = -1
    lowered, quoted_flags, size = reader.lowered, reader.quoted_flags, reader.size
    # (past the sentence's end a word is "" and no test below holds: the scan stops at it)
    stop = first + 13 if first + 13 < limit else limit  # (not ``min``: a builtin call per clause asked)
    for index in range(first + 1, stop if stop < size else size):
        if index <= skip_to:
            continue
        word = lowered[index]  # each read once, asked by several tests (index < size: read in place)
        following = lowered[index + 1] if index + 1 < size else ""
        quoted = quoted_flags[index]
        if (
            word == ","
            and following.isdigit()
            and reader.low(index + 2) == ","
            and reader.capitalised(index - 1)
        ):
            skip_to = index + 2  # "Jayme Closs, 13, was found": an age between subject and verb
            continue
        if word == "," and not quoted:
            listed = _list_end(reader, first, index, limit)
            if listed is not None:
                if said_or_told and _plural_then_verb(reader, listed + 1, limit):
                    return True  # "said officials, groups and owners need to meet": the list's verb
                skip_to = listed  # "dogs, cats and goats were found": a list of nouns, the subject
                continue
        if (word in (",", ";", ":", "to") or word in classes["clause_boundary"]) and not quoted:
            return False
        if quoted:
            continue
        if (word, following) in reader.lexicon.phrases["participle_phrases"]:
            continue  # "measures aimed at …", "a company based in …": a participle modifying a noun
        previous = lowered[index - 1]  # first <= index - 1
        if (word.endswith("ed") and previous.endswith("s") and following in classes["preposition"]
                and index - 1 > first and not reader.is_word(index - 2, "preposition")
                and _preposition_between(reader, first, index - 1)):
            continue  # "concerns over the case of two Canadians detained in China": a participle in a phrase
        if previous in ("-", "‐") or following in ("-", "‐"):
            continue  # "a 15-shot victory", "a well-known": part of a hyphenated compound
        if (
            word in classes["auxiliary"]
            or word in classes["finite_past"]
            # a past form, but not "a deathbed"
            or (word.endswith("ed") and len(word) > 4 and previous not in classes["determiner"]
                and previous not in reader.lexicon.lists["quantifiers"]
                and not previous.isdigit())  # "three more unanswered goals"
            or (
                word.endswith("s")
                and not word.endswith(("ss", "’s", "'s", "is", "us", "ics", "ews"))
                and reader.capitalised(index - 1)
                and reader.texts[index - 1][:1].isalpha()
                and previous not in reader.lexicon.demonyms
                and not reader.capitalised(index)
            )
            or (
                index == first + 2
                and (lemma in reader.lexicon.words["bare_complement"] or listened)
                and _present_verb_after_noun(reader, index)
            )
        ):
            return True
    return False


ABSOLUTE_PHRASE_REACH = 20  # words after its participle in which an absolute phrase's lack of a verb is checked


def absolute_phrase(reader: SentenceReader, first: int) -> bool:
    """A possessive, a noun and an `-ing` participle (`his voice breaking`, `her eyes welling up`)."""
    if not (0 <= first < reader.size and reader.lowered[first] in ("his", "her", "their", "its", "my", "our")
            and reader.low(first + 1).isalpha() and reader.low(first + 2).endswith("ing")
            and not reader.capitalised(first + 1) and len(reader.low(first + 2)) > 4):
        return False
    for index in range(first + 3, min(reader.size, first + ABSOLUTE_PHRASE_REACH)):  # no finite verb: not "his
        # work building a business was"
        if reader.low(index) in (",", ";", ":", ".") or reader.quoted(index):
            return True
        if reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past"):
            return False
    return True


def _two_objects(reader: SentenceReader, first: int) -> bool:
    """An object pronoun or a name, then a determiner: `denied him a chance`, `denied Republicans the votes`."""
    named = reader.capitalised(first) and not reader.is_word(first, "time")  # not "promised Monday the …"
    return (reader.low(first) in ("him", "them", "us", "me") or named) and reader.low(first + 1) in (
        "the", "a", "an", "any", "their", "his", "her", "its")


def demonstrative_that(reader: SentenceReader, that: int) -> bool:
    """`that` right before a verb (`said that was a mistake`, `realizes that is not how …`) is the
    clause's subject, not its complementiser."""
    return reader.low(that) == "that" and not reader.quoted(that + 1) and (
        reader.is_word(that + 1, "auxiliary") or reader.low(that + 1) in ("seems", "seemed", "means", "meant"))


def _preposition_between(reader: SentenceReader, first: int, end: int) -> bool:
    """A preposition among the words first..end-1: the noun before ``end`` sits inside a phrase."""
    return any(reader.is_word(i, "preposition") or reader.low(i) == "of" for i in range(first, end))


def _list_end(reader: SentenceReader, first: int, comma: int, limit: int) -> int | None:
    """The ``and``/``or`` closing a list of short plain noun phrases that opens the clause at
    ``first`` and that ``comma`` continues (`dogs, cats and goats were`, `106 cats, two dogs and
    one turtle were`); None when the comma is no such list's (`proposed a mandate for all
    biofuels, …`: an object, not a subject)."""
    if comma - first > 3:
        return None
    conjunct = 0
    for index in range(first, min(limit, comma + 9)):
        word = reader.low(index)
        if word in (",", "and", "or"):
            if conjunct == 0 or conjunct > 3:
                return None
            conjunct = 0
            if word != "," and index > comma:
                following = reader.low(index + 1)
                return index if following.isalnum() and not reader.is_word(index + 1, "subject_pronoun") else None
            continue
        conjunct += 1
        if reader.quoted(index) or not word.isalnum() or reader.is_word(index, "preposition") or (
                reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past") or word.endswith("ed")
                or word in reader.lexicon.words["clause_boundary"] or reader.is_word(index, "subject_pronoun")):
            return None
    return None


def _plural_then_verb(reader: SentenceReader, first: int, limit: int) -> bool:
    """`families want answers`: a lower-case plural noun, then a lower-case word that can only be
    its verb here (no preposition, determiner, adverb or time word), then more words."""
    noun, verb = reader.low(first), reader.low(first + 1)
    if not (first + 2 < limit and noun.isalpha() and noun == reader.texts[first] and plural_looking(noun)
            and verb.isalpha()
            and verb == reader.texts[first + 1] and not verb.endswith(("s", "ly", "ing"))):
        return False
    if noun in reader.lexicon.lists["say_objects"] or noun in reader.lexicon.lists["plural_say_objects"]:
        return False  # "said thanks"
    return not any(reader.is_word(index, kind) for index in (first, first + 1)
                   for kind in ("preposition", "determiner", "adverb", "time", "subject_pronoun"))


def _present_verb_after_noun(reader: SentenceReader, index: int) -> bool:
    """``the study matters.``: an ``-s`` word after ``the`` + singular noun, closing the clause, is its verb."""
    word, noun = reader.low(index), reader.low(index - 1)
    if not (
        word.endswith("s")
        and word.isalpha()
        and not word.endswith("ss")
        and word not in reader.lexicon.lists["plural_say_objects"]
    ):
        return False
    if (
        reader.low(index - 2) not in reader.lexicon.lists["singular_determiners"]
        or not noun.isalpha()
        or noun.endswith(reader.lexicon.endings["adjective_noun_endings"])
    ):
        return False
    if reader.capitalised(index) or reader.is_word(index - 1, "determiner"):
        return False
    following = reader.low(index + 1)
    return following in ("", ".", "!", "?", "them", "him", "us", "me", "it") or reader.is_word(index + 1, "determiner")

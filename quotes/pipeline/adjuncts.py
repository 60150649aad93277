"""What stands between a cue and what was said: the listener (`told reporters`, `told a jury`)
and adjuncts of time, place, medium or occasion (`said on the phone`, `told reporters outside
court`), skipped by ``skip_adjuncts``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clause_shape import looks_like_clause
from .cues import approximate_figure
from .phrases import medium_end, np_after
from .sentence import MAX_CUE_GAP

if TYPE_CHECKING:
    from .sentence import SentenceReader


def skip_adjuncts(reader: SentenceReader, index: int, *, listener: bool) -> int:
    """Skip a listener ("reporters", "the press") and time/place adjuncts after a cue (asked
    again for each frame of a cue: the answer is kept per sentence)."""
    known = reader.tables.get("skip_adjuncts")
    if known is None:  # (not ``setdefault``, which would make an empty table at every call)
        known = reader.tables["skip_adjuncts"] = {}
    key = (index, listener)
    found = known.get(key)
    if found is None:
        found = known[key] = _skip_adjuncts(reader, index, listener=listener)
    return found


def _skip_adjuncts(reader: SentenceReader, index: int, *, listener: bool) -> int:
    limit = index + MAX_CUE_GAP if index + MAX_CUE_GAP < reader.size else reader.size
    if listener:
        index = _past_listener(reader, index, limit)
    classes = reader.lexicon.words  # ``is_word(index, cls)`` is ``low in classes[cls]``: the word is read once
    # a word no estimate opens with is no estimate's (``approximate_figure``'s first test: most words, no call)
    lowered, estimate_openers = reader.lowered, reader.lexicon.estimate_openers
    while index < limit:
        low = lowered[index]  # a word of the sentence: the cue's end <= index < limit <= size
        if low in estimate_openers and approximate_figure(reader, index):
            break  # "said at least 14 people died": the clause's subject, no place or time
        if low == "on" and (medium := medium_end(reader, index)) is not None:
            index = medium + 1  # "said on the phone the deal was done"
        elif low in ("this", "last", "next") and not reader.is_word(index + 1, "time"):
            break  # "told reporters this was the only chance": a subject, not "this week"
        elif (
            low in classes["time"]
            or low in classes["adverb"]
            or low in ("earlier", "later", "on", "last", "this", "next", "only")
        ):
            index += 1
        elif (low, reader.lowered[index + 1] if index + 1 < reader.size else "") in reader.lexicon.phrases[
                "adverbial_phrases"]:
            index += 2  # "said in retrospect he feels …"
        elif low in classes["preposition"] or low == "of":
            past = _past_prepositional_phrase(reader, index, limit)
            if past is None:
                break
            index = past
        elif low == "," and reader.is_word(index + 1, "preposition") and _before_that(reader, index + 1, limit):
            index = _before_that(reader, index + 1, limit)  # "said, in a speech on Monday, that …"
        elif low == "," and reader.low(index + 1) in ("per", "according", "via"):
            comma = next((i for i in range(index + 2, limit) if reader.low(i) == ","), None)
            if comma is None:
                break
            index = comma + 1  # "said, per a translator, that …": the channel sits inside the speech act
        elif low == "," and (reader.low(index + 1) in ("however", "though", "too", "twice", "again")
                             or reader.is_word(index + 1, "adverb") or reader.low(index + 1).endswith("ly")):
            index += 3 if reader.low(index + 2) == "," else 2  # "He said, twice, that …"
        else:
            break
    return index


def _before_that(reader: SentenceReader, first: int, limit: int) -> int:
    """The closing comma of a phrase between commas when `that` follows it, else 0."""
    comma = next((i for i in range(first + 1, limit) if reader.low(i) == ","), None)
    return comma + 1 if comma is not None and reader.low(comma + 1) == "that" else 0


def _past_listener(reader: SentenceReader, index: int, limit: int) -> int:
    """Past the listener of `told`-like cues: names and listener words (`told reporters`, `told The
    Star-Ledger of Newark`), `the` + a listener word, or a short noun phrase (`told his closest
    advisers`), ending before a pronoun that starts the clause (`reminded reporters it was`)."""
    article_only = reader.low(index) == "the" and not (  # "told the committee", not "told the press", "The Star"
        reader.is_word(index + 1, "listener") or reader.capitalised(index + 1))
    named = reader.capitalised(index) and not reader.quoted(index)
    if not article_only and (reader.is_word(index, "listener") or named):
        start = index
        while index < limit and not reader.quoted(index) and (
            reader.is_word(index, "listener") or reader.capitalised(index)
            or (reader.low(index) == "of" and reader.capitalised(index + 1))  # "The Star-Ledger of Newark"
        ):
            if index > start and reader.low(index) in ("her", "his", "their", "its", "the", "it", "you", "him",
                                                       "them", "us", "me"):
                break  # "told the AP her group never worked", "reminded reporters it was": the clause's subject
            index += 1
    elif reader.low(index) in ("the", "a", "an") and reader.is_word(index + 1, "listener"):
        index += 2  # "told the jury", "told a jury he acted …"
    elif _bare_plural_listener(reader, index):
        index += 1  # "told analysts the company was …", "told investors it would …"
    elif reader.is_word(index, "determiner") and reader.low(index) != "that":
        found = np_after(reader, index)  # "told his closest advisers", "told a cheering crowd"
        if found is not None and found[1] - found[0] < 5:
            last = next((i - 1 for i in range(found[0] + 1, found[1] + 1)
                         if reader.low(i) in reader.lexicon.lists["noun_phrase_openers"]), found[1])
            index = last + 1  # "told the AP her group never worked …": the listener ends before "her"
    return index


def person_noun(low: str, reader: SentenceReader) -> bool:
    """A noun for people, singular or plural (`driver`, `drivers`)."""
    nouns = reader.lexicon.words["person_noun"]
    return low in nouns or (low.endswith("s") and low[:-1] in nouns)


def _bare_plural_listener(reader: SentenceReader, index: int) -> bool:
    """A lower-case plural noun, then the subject of the clause told (a determiner or a pronoun),
    or the end of the attribution (`…, Jane Doe told analysts.`, `… told investors on a call.`)."""
    low = reader.low(index)
    following = reader.low(index + 1)
    return (low.endswith("s") and not low.endswith("ss") and len(low) > 3 and low.isalpha()
            and low == reader.texts[index] and not reader.is_word(index, "auxiliary")
            and (reader.is_word(index + 1, "determiner") or reader.is_word(index + 1, "subject_pronoun")
                 or following in ("", ".", ";") or reader.is_word(index + 1, "preposition"))
            and following != "that")


def _past_prepositional_phrase(reader: SentenceReader, index: int, limit: int) -> int | None:
    """Past a short prepositional adjunct that ends at `that`, a comma or a colon, or past a
    medium (`said by text message the weather …`); None when it is neither."""
    end = index + 1
    if reader.low(end) in ("that", "this", "those", "these"):
        end += 1  # "recalled of that first day": a determiner, not the complementiser
    lowered, quoted = reader.lowered, reader.quoted_flags  # the walk stays before ``limit``, within the sentence
    while end < limit and lowered[end] not in ("that", ",", ":", ".") and not quoted[end] and end - index < 6:
        end += 1
    if reader.low(end) in ("that", ",", ":"):
        return end
    medium = medium_end(reader, index)
    if medium is not None:
        return medium + 1
    return _before_pronoun_clause(reader, index)


def _before_pronoun_clause(reader: SentenceReader, index: int) -> int | None:
    """`told reporters outside court his client was relieved`, `said after the hearing she would
    appeal`: a preposition of place or occasion and at most three words, then a clause opening on
    a pronoun (`he`, `his client`) — the adjunct ends before it."""
    if reader.low(index) not in reader.lexicon.lists["occasion_prepositions"]:
        return None  # "hinted at the future he sees": after other prepositions, a relative clause
    for end in range(index + 2, index + 5 if index + 5 < reader.size else reader.size):
        if reader.quoted(end) or reader.low(end - 1) in (",", ";", ":", "."):
            return None
        low = reader.low(end)
        if (reader.is_word(end, "subject_pronoun") and low not in ("it", "that", "this", "who", "what", "which")) or (
                low in ("his", "her", "their", "our", "my")):
            return end if looks_like_clause(reader, end, reader.size) else None
    return None


MAX_FINAL_PHRASE = 7  # words of a prepositional phrase closing an attribution after its content


def past_final_phrase(reader: SentenceReader, after: int) -> int:
    """The sentence's last index when a short prepositional phrase runs from ``after`` to it (`…,
    she said to the convention.`; not an infinitive, `guaranteed to attract …`), else ``after``."""
    phrase = reader.is_word(after, "preposition") and (
        reader.low(after) != "to" or reader.is_word(after + 1, "determiner"))
    if phrase and reader.size - after <= MAX_FINAL_PHRASE and not any(
            reader.low(i) in (",", ";", ":", "that") or reader.quoted(i) for i in range(after, reader.size)):
        return reader.size - 1
    return after

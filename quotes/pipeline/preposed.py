"""Content before its attribution (`CONTENT, X said`) and the sources of chained cues."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .adjuncts import past_final_phrase, skip_adjuncts
from .clause_shape import looks_like_clause
from .clauses import clause_end, verb_cue_follows
from .complements import Found, sentence_end, starts_with_verb
from .cues import any_lemma_in, any_verb_in, cue_entries_at, speaks_in_frame, takes_listener
from .findings import states_a_finding
from .phrases import np_after, quotation_ends_with_comma
from .subjects import source_left

if TYPE_CHECKING:
    from ..lexicon import CueEntry
    from ..model import Span
    from .sentence import SentenceReader


def sentence_subject(reader: SentenceReader, before: int | None = None) -> Span | None:
    """The subject of the main clause: `In an incendiary press conference, Trump launched …`."""
    start = _after_dateline(reader)
    opener = reader.low(start)
    if (
        opener in reader.lexicon.words["preposition"]
        or opener in reader.lexicon.lists["subordinators"]
        or reader.is_word(start, "adverb")
        or reader.is_word(start, "time")
        or (opener.endswith(("ing", "ly")) and reader.texts[start] not in reader.lexicon.given_names)
    ):
        comma = next(
            (i for i in range(start, min(reader.size, start + 25)) if reader.texts[i] == "," and not reader.quoted(i)),
            None,
        )
        if comma is None:  # "In a victory speech from Wyoming -- which holds a caucus -- Sanders claimed"
            comma = _second_dash(reader, start, min(reader.size, start + 25))
            if comma is not None and not reader.capitalised(comma + 1):
                comma = None  # the subject after the parenthesis is a name: "-- Sanders claimed"
        if comma is not None:
            start = comma + 1
    if reader.quoted(start):
        return None
    found = np_after(reader, start)
    if found is None or (before is not None and found[1] >= before):
        return None
    return reader.span(found[0], found[1])


def _first_plain_word(reader: SentenceReader) -> int:
    """The first word neither quoted nor a comma (the sentence length when there is none); found
    once per sentence (every preposed cue asks whether its head holds one)."""
    found = reader.tables.get("first_plain_word")
    if found is None:
        quoted, found = reader.quoted_flags, reader.size  # (a plain loop: no generator made per sentence)
        for index, word in enumerate(reader.lowered):
            if word != "," and not quoted[index]:
                found = index
                break
        reader.tables["first_plain_word"] = found
    return found


def _second_dash(reader: SentenceReader, start: int, stop: int) -> int | None:
    """The last word of the second dash (`—`, or `--` read as two hyphens) from ``start``, if any."""
    dashes = 0
    for index in range(start, stop):
        word = reader.texts[index]
        if word in ("—", "–") or (word == "-" and reader.texts[index + 1:index + 2] != ["-"]):
            dashes += 1
            if dashes == 2:
                return index
    return None


def _after_dateline(reader: SentenceReader) -> int:
    """`WASHINGTON — Sen. Grassley said …`: the sentence proper starts after the dateline (found
    once per sentence: every preposed cue asks)."""
    found = reader.tables.get("after_dateline")
    if found is None:
        found = reader.tables["after_dateline"] = _dateline_end(reader)
    return found


def _dateline_end(reader: SentenceReader) -> int:
    lowered = reader.lowered  # the first words, read in place
    for index in range(reader.size if reader.size < 8 else 8):
        if lowered[index] in ("—", "–", "-") and index > 0:
            head = [text for text in reader.texts[:index] if text[:1].isalpha()]
            if head and head[0].isupper() and len(head[0]) > 1:
                while reader.low(index + 1) in ("—", "–", "-"):
                    index += 1  # "WASHINGTON --": two hyphens
                return index + 1
            return 0
    return 0


def coordinated_subject(reader: SentenceReader, cue_first: int) -> Span | None:
    """`when Rubio thanked Miami and said …`: the subject of the verb coordinated with the cue."""
    for index in range(cue_first - 2, max(-1, cue_first - 14), -1):
        low = reader.low(index)
        if low in (";", ":") or reader.quoted(index):
            return None
        reporting = reader.low(index + 1) == "that" and bool(cue_entries_at(reader, index))  # "fear that …"
        if (
            reader.is_word(index, "finite_past")
            or reader.is_word(index, "auxiliary")
            or (low.endswith("ed") and len(low) > 4)
            or reporting
        ):
            kind, source = source_left(reader, index)
            if (
                kind == "np"
                and source is not None
                and (source.text[:1].isupper() or source.text.lower() in ("he", "she", "they") or reporting
                     or _described_subject(reader, source))
                and not _reported_subject(reader, bisect.bisect_left(reader.starts, source.start))
            ):
                return source
    return None


def _described_subject(reader: SentenceReader, source: Span) -> bool:
    """`but her rival refused to concede and said`, `The mayor declined … and said`: a noun phrase
    with its determiner opening a clause is a subject as much as a name is (not `relatives of the
    49 people killed on Thursday and said`: a participle after a preposition's object)."""
    first = bisect.bisect_left(reader.starts, source.start)
    before = reader.low(first - 1) if first > 0 else ","
    return (reader.is_word(first, "determiner") and reader.ends[first] < source.end
            and (before in (",", ";", "and", "but", "yet") or before in reader.lexicon.lists["clause_subordinators"]))


def _reported_subject(reader: SentenceReader, first: int) -> bool:
    """`Eichner said [he] was gay and then quipped …`: the subject of a clause a cue reports (right
    after the cue, or its `that`) is not who does the verb after `and`; the cue's subject is."""
    before = first - 1
    if reader.low(before) == "that":
        before -= 1
    return before >= 0 and bool(cue_entries_at(reader, before))


def previous_cue_source(reader: SentenceReader, before: int) -> Span | None:
    """The subject of the nearest earlier verb cue (`“…,” Blinken said, adding that …`), else
    of the main clause (`Trump launched an attack, calling him “…”`)."""
    articles, modifiers, ordinals = (reader.lexicon.lists["articles"], reader.lexicon.words["np_modifier"],
                                     reader.lexicon.lists["ordinals"])
    # only a word starting a cue phrase can be the earlier cue: those of the sentence's cue table,
    # nearest first (a chain of participles, `said …, adding …, adding …`, reads no other word)
    earlier = reader.cue_before(before - 1)
    while earlier >= 0:
        index, earlier = earlier, reader.cue_before(earlier - 1)
        previous = reader.low(index - 1)
        if previous in articles or (index > 0 and previous in modifiers) or previous in ordinals or (
                previous == "that" and _after_demonstrative(reader, index)):
            continue  # "a pre-emptive attack", "a second statement", "disputed that figure": a noun
        if cue_entries_at(reader, index):
            kind, source = source_left(reader, index)
            if kind == "np":
                return source
            after_quotation = reader.is_mark(index - 1) or quotation_ends_with_comma(reader, index - 1)
            if after_quotation and not reader.quoted(index + 1):
                inverted = np_after(reader, index + 1)  # "“…,” said Jim McGovern, …, vowing to …"
                if inverted is not None and (reader.capitalised(index + 1) or reader.low(inverted[1] + 1) == ","):
                    return reader.span(*inverted)  # "“…,” says the coach, adding that …"
    return _subordinate_subject(reader, before) or sentence_subject(reader, before)


def _after_demonstrative(reader: SentenceReader, index: int) -> bool:
    """`disputed that figure`: `that` after a verb is a demonstrative that makes the cue word a noun
    (`officials that say …` is a relative clause; `this`, `those` are in the articles list)."""
    verb = reader.low(index - 2)
    return reader.low(index - 1) == "that" and index > 1 and (
        bool(cue_entries_at(reader, index - 2)) or (verb.endswith("ed") and len(verb) > 4))


def _subordinate_subject(reader: SentenceReader, before: int) -> Span | None:
    """`Freeland’s remarks came after China shot back at Trudeau, expressing …`: the participle
    hangs on the clause just before it, whose subject follows its subordinator and precedes a
    finite verb."""
    comma = before - 1
    if reader.low(comma) != ",":
        return None
    for index in range(comma - 1, 0, -1):
        if reader.quoted(index) or reader.low(index) in (",", ";", ":"):
            return None
        if reader.low(index) in reader.lexicon.lists["clause_subordinators"]:
            found = np_after(reader, index + 1)
            if found is None or found[1] + 1 >= comma:
                return None
            verb = found[1] + 1
            return reader.span(*found) if _has_finite_verb(reader, verb, verb + 1) else None
    return None


def preposed(
    reader: SentenceReader, cue_first: int, cue_end: int, entries: tuple[CueEntry, ...], source: Span | None
) -> Found | None:
    """CONTENT, SRC CUE.  /  CONTENT, CUE SRC.  /  CONTENT, SRC CUE, MORE."""
    finding = source is not None and reader.lowered[cue_first] in reader.lexicon.words["finding_verb"] and (
        states_a_finding(reader, Found((cue_end, cue_end), (cue_first, cue_end), source)))  # "…, the study found."
    if not finding and not speaks_in_frame(entries, ("that", "obj_that")):
        return None
    if reader.first_prep_cue() < cue_first:
        return None
    words = reader.texts
    if source is not None and source.text.lower() in ("which", "who", "that"):
        return None  # "… back to the lower courts, which have ruled against it": a relative clause of the noun before
    if source is not None:
        src_first = reader.word_at(source.start)
        if src_first is None:
            return None  # a parser's subject that does not start at one of our words
        listener = takes_listener(entries)
        after = skip_adjuncts(reader, cue_end, listener=True) if listener else cue_end  # "…, he told the court."
    elif any_lemma_in(entries, reader.lexicon.lists["listener_cues"]):  # (no generator: ``reader`` stays no cell)
        # "…, his top aide, Tad Devine, told The Huffington Post": who comes after `told` is
        # listening; the source is the role and the name it is given before the cue
        role_and_name = _role_then_appositive_name(reader, cue_first)
        if role_and_name is None:
            return None
        src_first = role_and_name[0]
        source = reader.span(*role_and_name)
        after = skip_adjuncts(reader, cue_end, listener=True)
    else:
        if not (reader.low(cue_first - 1) == "," or quotation_ends_with_comma(reader, cue_first - 1)):
            return None  # no comma before the cue: no `CONTENT, CUE SRC` (the cheap test, before the phrase's)
        inverted = np_after(reader, cue_end) if not reader.is_word(cue_end, "preposition") else None
        if inverted is None:
            return None  # "The research, published in the journal Hepatology,": a participle
        source = reader.span(inverted[0], inverted[1])
        src_first = cue_first
        after = inverted[1] + 1
        if reader.low(after) == "," and not reader.is_word(after + 1, "preposition") and _appositive_to_end(
                reader, after + 1):
            after = len(words)  # "…, said Erik Flannigan, the network's executive."
        elif reader.low(after) in ("who", "whose") and _appositive_to_end(reader, after):
            after = len(words)  # "…,” said the man who built him."
    role_first = src_first
    while role_first - 1 > 0 and src_first - role_first < 3 and _role_word(reader, role_first - 1):
        role_first -= 1  # "…, lead singer Riefian Fajarsyah told followers"
    if role_first < src_first and reader.low(role_first - 1) == "," and source is not None:
        last = bisect.bisect_left(reader.ends, source.end, src_first)  # the first word ending at or past the source
        if last < reader.size:
            source = reader.span(role_first, last)
            src_first = role_first
    if reader.low(src_first - 1) == ",":
        head_end = src_first - 1
    elif quotation_ends_with_comma(reader, src_first - 1):
        head_end = src_first  # `There are “grounds …,” Blinken added`
    else:
        return None
    if _first_plain_word(reader) >= head_end:
        return None  # nothing but quoted words and commas before the head's end
    if reader.low(_after_dateline(reader)) in reader.lexicon.lists["opening_participles"]:
        return None  # "Asked about the criticism, Kavtaradze laughed": a question's account, not content
    if reader.content_words(0, head_end) < 2 and not (
        reader.is_word(0, "adverb") or reader.low(0).endswith(("wise", "ly", "all"))  # "Otherwise, she said, …"
        or (reader.capitalised(0) and starts_with_verb(reader, after + 1))  # "Trump, Sexton said, has …"
    ):
        return None
    if _ends_with_statement(reader, head_end):
        return None  # `…: ''Publish the book …,'' the pitch says`: a direct quote
    if after == cue_end and reader.low(after) in reader.lexicon.lists["media"]:
        after += 1  # "she said in a video message": the cue phrase ended inside the medium
    if any_verb_in(entries, reader.lexicon.words["bare_complement"]):
        after = past_final_phrase(reader, after)  # "…, she said in a video message to the convention.", not
        # "pleaded for understanding", whose phrase is what was pleaded for
    while after < len(words) and reader.is_word(after, "time"):
        after += 1
    tail = reader.low(after)
    if tail in (",", ":") and reader.is_mark(after + 1):
        return None  # `Separately, Lavrov told reporters, “…”`: the quotation is the content
    cue = (cue_first, cue_end)
    entry = entries[0]
    opening = _after_dateline(reader)  # "OTTAWA — The government will …, Freeland said": no dateline
    if reader.content_words(0, head_end) < 2 and tail not in (",",):
        return None  # "However, Syria lies in ruins": an adverb is no content
    if tail in ("", ".", "!", "?", ";") or (tail == "," and reader.low(after + 1).endswith("ing")):
        return Found((opening, head_end), cue, source, frame="preposed", cue_class=entry.cue_class)
    if tail == "," and not reader.is_word(after + 1, "preposition"):
        # "The talks, he said, were …", and with a fronted adjunct "Too often, he says, they get it":
        # content split by its own attribution is one span over the whole clause (SPEC)
        if reader.low(head_end - 1) in reader.lexicon.lists["split_clause_openers"]:
            opening = after + 1  # "The road closed because, police said, a truck …": the writer's head
        head = tuple(w for w in reader.lowered[opening:head_end] if w != ",")
        if head in reader.lexicon.phrases["connective_heads"]:
            opening = after + 1  # "And yet, Mrs. Clinton's aides say, Syria …", "Instead, Trump told CNN, …"
        while reader.low(opening) in reader.lexicon.lists["leading_connectives"] and reader.content_words(
                opening + 1, head_end) >= 2:
            opening += 1 + (reader.low(opening + 1) == ",")  # "But in the end, he said, …": the writer's "But"
        return Found((opening, clause_end(reader, after + 1)), cue, source, frame="split", cue_class=entry.cue_class)
    if tail == "," and _extraposed(reader) and reader.is_word(after + 1, "preposition"):
        # `It’s common, he explains, for a man to sit down …`, `There is a particular satisfaction,
        # insists X, in seeing …`: the phrase after the attribution completes "it is" / "there is"
        return Found((opening, sentence_end(reader)), cue, source, frame="split", cue_class=entry.cue_class)
    if tail == "," and (
        reader.low(0) in reader.lexicon.lists["subordinators"] or _clause_after_adjunct(reader, after + 1)
    ):
        # `While some couples collapse …, Rutledge said, for others, it can heighten their bond.`
        return Found((opening, sentence_end(reader)), cue, source, frame="split", cue_class=entry.cue_class)
    if tail == ",":  # `He was unable to find a taker, he said, on condition of anonymity.`
        return Found((opening, head_end), cue, source, frame="preposed", cue_class=entry.cue_class)
    if (
        reader.is_word(after, "preposition") and reader.low(after) not in ("to", "that", "for", "about")
    ) or reader.is_word(after, "time") or (
        after == cue_end and reader.low(cue_end - 1) in ("in", "on")  # "…, the company wrote in a report"
        and entry.lemma.split()[0] in ("write", "say", "post") and reader.is_word(after, "determiner")
        and reader.low(head_end) == ","  # not after a quotation: `(“…,” Crowley wrote in The Times)`
    ):
        return Found((opening, head_end), cue, source, frame="preposed", cue_class=entry.cue_class)
    return None


MAX_ROLE_WORDS = 5


def _role_then_appositive_name(reader: SentenceReader, cue_first: int) -> tuple[int, int] | None:
    """`, his top aide, Tad Devine, told`: (first, last) word of the role and the name before the
    cue, between commas; the role opens with a determiner or possessive, the name is capitalised."""
    last = cue_first - 1 - (reader.low(cue_first - 1) == ",")
    first_of_name = last
    while first_of_name > 0 and reader.capitalised(first_of_name) and not reader.quoted(first_of_name):
        first_of_name -= 1
    if first_of_name == last or reader.low(first_of_name) != ",":
        return None
    role_first = first_of_name - 1
    while role_first > 0 and reader.low(role_first - 1) != "," and first_of_name - role_first < MAX_ROLE_WORDS:
        role_first -= 1
    if reader.low(role_first - 1) != "," or not (
            reader.is_word(role_first, "determiner") or reader.low(role_first).endswith(("’s", "'s"))):
        return None
    if any(reader.quoted(i) or not reader.texts[i][:1].isalpha() for i in range(role_first, first_of_name)):
        return None
    return role_first, last


def _extraposed(reader: SentenceReader) -> bool:
    """The sentence opens with an empty subject and "be": `It’s …`, `It is …`, `There is …`."""
    first = reader.low(0).replace("'", "’")
    if first in ("it’s", "there’s"):
        return True
    return first in ("it", "there") and reader.low(1) in ("is", "was", "are", "were", "'s", "’s")


def _role_word(reader: SentenceReader, index: int) -> bool:
    """A lower-case word of a role before a name: `lead singer`, `team captain`, `prime minister`."""
    low = reader.lowered[index]  # a word before the cue's source: 0 < index < size, read in place
    lexicon = reader.lexicon
    return (reader.texts[index].isalpha() and reader.texts[index].islower() and not reader.quoted_flags[index]
            and (low in lexicon.people_words or low in lexicon.words["np_modifier"]
                 or low in lexicon.words["epithet_head"] or low in ("lead", "head", "team", "band", "club"))
            and low not in lexicon.words["determiner"] and low not in lexicon.words["preposition"]
            and low not in ("of", "and", "for", "the", "or", "but"))


def _clause_after_adjunct(reader: SentenceReader, index: int) -> bool:
    """`for others, it can heighten …`: a short prepositional phrase, a comma, then a clause."""
    comma = next((i for i in range(index, min(reader.size, index + 6)) if reader.low(i) == ","), None)
    return comma is not None and looks_like_clause(reader, comma + 1, reader.size)


def _appositive_to_end(reader: SentenceReader, index: int) -> bool:
    """`, a former senior strategist for the campaign.` / `, who works as a secretary.`"""
    low = reader.low(index)
    if low in ("who", "whose"):
        return True
    return not any(verb_cue_follows(reader, probe) for probe in range(index, reader.size))


def _has_finite_verb(reader: SentenceReader, first: int, end: int) -> bool:
    for index in range(first, end):
        word = reader.low(index)
        if reader.quoted(index):
            return True
        if reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past") or (
                word.endswith("ed") and len(word) > 4):
            return True
    return False


def _ends_with_statement(reader: SentenceReader, head_end: int) -> bool:
    last = head_end - 1
    while last >= 0 and reader.low(last) == "," and not reader.quoted(last):
        last -= 1
    if last < 0 or not reader.is_mark(last):
        return False
    owner = reader.owners[last]
    first = reader.quotation_words(owner)[0]
    before = last_visible(reader.text, reader.sentence.span.start, reader.starts[first])
    return not before or before in ",:—–-"


def last_visible(text: str, start: int, end: int) -> str:
    """The last character of ``text[start:end].strip()``, "" when there is none."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""

"""Quote detection: quotations in marks, reported speech and mixed quotes, with their local source.

Input is the document text plus its layout (``reader.layout``); output is a list of
``Candidate`` records in document order, each with its content span, kind, cue and the source
mention the sentence itself gives (``None`` when only context can tell: the resolver decides).
The frames of reported speech (``that``-clauses, ``according to``, ``CONTENT, X said``,
infinitives, small clauses, quoted objects, nominal cues) are tried per cue in ``_reported_at``;
quotations in marks are handled in ``_direct``, unmarked block quotes in ``_unmarked``.
"""

from __future__ import annotations

import bisect
from typing import Iterator, Sequence

import attrs
import regex

from .analysis import EMPTY, Analysis
from .lexicon import CueEntry, Lexicon
from .marks import Quotation
from .model import Kind, Span
from .segment import Paragraph
from .reader import (
    _plain_words,
    _CLAUSE_STOPPERS,
    Layout,
    MAX_CUE_GAP,
    MAX_NP_TOKENS,
    SentenceReader,
    _ARTICLES,
    _SUBORDINATORS,
    _cue_entries_at,
    _phrase_at,
    _quotation_ends_with_comma,
    _skip_adjuncts,
    _verb_cue_follows,
    clause_end,
    layout,
    looks_like_clause,
    np_after,
    source_left,
)

@attrs.frozen
class Candidate:
    """A detected quote before speaker resolution."""

    content: Span
    kind: Kind
    cue: Span | None
    source: Span | None  # the source mention as the sentence gives it
    paragraph: int
    note: str | None = None
    confidence: float = 0.9
    testimony: bool = False  # "the court heard that …": said by someone the article does not name
    echo_of: int | None = None  # a pull quote repeating a quotation: that quotation's content start




# --------------------------------------------------------------------------- records


@attrs.define
class _Found:
    content: tuple[int, int]  # word indices, end exclusive
    cue: tuple[int, int]
    source: Span | None
    chained: bool = False
    frame: str = ""
    cue_class: str = "speech"


def _trim(reader: SentenceReader, first: int, end: int) -> Span | None:
    """Content span over words first..end-1, without a leading "that" or trailing punctuation."""
    while first < end and reader.low(first) in ("that", ",", ":") and not reader.quoted(first):
        first += 1
    while end > first and reader.low(end - 1) in (".", ",", ";", ":", "—", "–", "-") and not reader.quoted(end - 1):
        end -= 1
    if end <= first:
        return None
    return reader.span(first, end - 1)


def _content_words(reader: SentenceReader, first: int, end: int) -> int:
    return reader.content_words(first, end)


def _complement(reader: SentenceReader, cue_first: int, cue_end: int, entry: CueEntry,
                source: Span | None = None) -> tuple[int, int] | None:
    """Where the reported clause after the cue begins and ends: word indices."""
    frame = entry.frame
    words = reader.words
    if frame == "to_inf" and reader.low(cue_end - 1) == "to":
        if _not_a_verb(reader, cue_end):
            return None  # "appealing to his sensibilities": "to" before a noun phrase
        return (cue_end - 1, clause_end(reader, cue_end - 1))  # the cue phrase ends in "to": "vowed to …"
    if frame in ("as", "small", "to_inf", "of", "for", "at"):
        return _object_complement(reader, cue_end, frame)
    if frame in ("prep", "any"):
        return None  # "any": the cue only attributes quotations ("he continued", "spoke to")
    listener = frame == "obj_that" or entry.lemma in ("tell",)
    index = _skip_adjuncts(reader, cue_end, listener=listener)
    if reader.low(index) == ":":
        start = index + 1
        return (start, clause_end(reader, start)) if start < len(words) else None
    if reader.low(index) == "," and reader.quoted(index + 1):
        return None  # `said, “…”`: a direct quotation, handled with quotations
    if (reader.low(index) == "," and entry.lemma in reader.lexicon.words["bare_complement"]
            and not _parenthetical_source(reader, source)  # "CONTENT, she said, MORE": one split span
            and not reader.low(index + 1).endswith("ing") and reader.low(index + 1) not in _CLAUSE_STOPPERS
            and reader.low(index + 1) not in ("and", "but", "or")  # "he said, and she said “no.”"
            and not _starts_with_verb(reader, index + 1)
            and _plain_words(reader, index + 1, len(words)) >= 4):
        start = index + 1  # "Rubio says, win or lose in Florida, he’s staying in the race"
        return (start, clause_end(reader, start))
    if reader.low(index) == "that":
        start = index + 1
        return (start, clause_end(reader, start))
    for probe in range(index, min(len(words), index + MAX_CUE_GAP)):
        if reader.low(probe) == "that" and frame in ("obj_that", "that") and not reader.quoted(probe):
            if all(_listener_word(reader, i) for i in range(index, probe)):
                start = probe + 1
                return (start, clause_end(reader, start))
            break
    if entry.frame == "obj_that" and not listener:
        return None
    if looks_like_clause(reader, index, len(words), entry.lemma) or reader.is_mark(index):
        return (index, clause_end(reader, index))
    return None


def _not_a_verb(reader: SentenceReader, index: int) -> bool:
    """After "to": a determiner, possessive, pronoun object or name starts a noun phrase."""
    while reader.is_mark(index):
        index += 1  # `urged voters to “stand up”`
    if index >= len(reader.words):
        return True
    low = reader.low(index)
    return (reader.is_word(index, "determiner") or low in ("him", "them", "me", "us", "it") or low.endswith(("’s", "'s"))
            or (reader.capitalised(index) and not reader.quoted(index)) or not reader.words[index].text[:1].isalpha())


_TITLE_SMALL_WORDS = frozenset("a an the of and or for with to in on at by from".split())
_LETTER_WORD = regex.compile(r"\p{L}[\p{L}’'-]*")


def _title_case(content: str) -> bool:
    """Every word capitalised but the small ones (`The Overthrow Show`), or all in capitals."""
    words = _LETTER_WORD.findall(content)
    if not words or len(words) > 8:
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words) and (
        len(words) > 1 or content.isupper())


def _only_titles(reader: SentenceReader, first: int, end: int) -> bool:
    """Every quoted fragment is a name or title (capitalised, at most six words, no sentence inside)
    and the words around them hold no clause: the content is a noun phrase naming something."""
    fragments: dict[int | None, list[int]] = {}
    for index in range(first, end):
        if reader.quoted(index) and not reader.is_mark(index):
            fragments.setdefault(reader.sentence.quotation_of[index], []).append(index)
    if not fragments:
        return False
    for indices in fragments.values():
        words = [i for i in indices if reader.words[i].text[:1].isalnum()]
        if not words or len(words) > 6 or not all(
                reader.capitalised(i) or reader.low(i) in _TITLE_SMALL_WORDS for i in words):
            return False  # Title Case ("Face the Nation"), not a statement ("Send them home")
        if any(reader.low(i) in (",", "!", "?", ";") for i in indices[:-1]):
            return False
    outside = [i for i in range(first, end) if not reader.quoted(i)]
    if looks_like_clause(reader, first, end):
        return False  # "he pursued a new “Twin Peaks” only because …": a clause around the title
    return not any(reader.is_word(i, "auxiliary") or reader.is_word(i, "finite_past") or reader.low(i) == "that"
                   or (reader.low(i).endswith("ed") and len(reader.low(i)) > 4) for i in outside)


def _second_fragment(reader: SentenceReader, index: int) -> bool:
    """Another quoted fragment follows in the same clause: no comma, stop or verb of saying first."""
    stops = reader.tables.get("fragment_stop")
    if stops is None:  # for every word, the next quoted word, stop or verb of saying
        stops = list(range(len(reader.words) + 1))
        for probe in range(len(reader.words) - 1, -1, -1):
            if not (reader.quoted(probe) or reader.low(probe) in (",", ";", ":", ".")
                    or _cue_entries_at(reader, probe)):
                stops[probe] = stops[probe + 1]
        reader.tables["fragment_stop"] = stops
    if index >= len(reader.words):
        return False
    stop = stops[max(index, 0)]
    return stop < len(reader.words) and reader.quoted(stop) and stop > index


def _short_title(reader: SentenceReader, index: int) -> bool:
    """A word of a quoted title of at most four capitalised words: `“Today” show`, `“Face the Nation”`."""
    owner = reader.sentence.quotation_of[index]
    inside = [i for i in range(*reader.quotation_words(owner)) if not reader.is_mark(i)]
    return 0 < len(inside) <= 4 and reader.capitalised(inside[0]) and not any(
        reader.low(i) in (",", ".", "!", "?") for i in inside)


def _parenthetical_source(reader: SentenceReader, source: Span | None) -> bool:
    """The subject stands between commas after content of its own: `…refugees, she said, …`."""
    if source is None:
        return False
    first = reader.word_at(source.start)
    return first is not None and first >= 3 and reader.low(first - 1) == "," and not reader.quoted(first - 2)


def _listener_word(reader: SentenceReader, index: int) -> bool:
    """Words of "a crowd in Miami on Tuesday", "NBC’s “Today” show" between a cue and its "that"."""
    low = reader.low(index)
    if reader.quoted(index) and _short_title(reader, index):
        return True
    if reader.quoted(index) or not reader.words[index].text[:1].isalnum():
        return False
    if reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past"):
        return False
    if low.split("’")[0].split("'")[0] in reader.lexicon.words["subject_pronoun"] or (
            low.endswith("ed") and len(low) > 4 and reader.low(index - 1) not in _ARTICLES):
        return False  # "said she's longed to move beyond that status": a clause, not a listener
    if low in reader.lexicon.cue_forms and reader.low(index - 1) not in _ARTICLES and not (
            reader.quoted(index - 1) or reader.capitalised(index - 1)):
        return False  # a verb of saying; "a press conference", "the “Today” show" are nouns
    return low not in reader.lexicon.words["clause_boundary"]


def _object_complement(reader: SentenceReader, index: int, frame: str) -> tuple[int, int] | None:
    words = reader.words
    limit = min(len(words), index + 12)
    if frame == "to_inf":
        for probe in range(index, limit):
            if reader.low(probe) == "to" and not reader.quoted(probe):
                negated = reader.low(probe - 1) == "not" and probe - 1 > index  # "warned residents not to …"
                listener_end = probe - 1 if negated else probe
                if probe > index and not all(reader.np_word(i) or reader.capitalised(i) or reader.low(i) in ("him", "her", "them", "us", "me") for i in range(index, listener_end)):
                    return None
                if negated:
                    return (probe - 1, clause_end(reader, probe)) if not _not_a_verb(reader, probe + 1) else None
                if _not_a_verb(reader, probe + 1):
                    return None  # "the legal challenge to the Affordable Care Act"
                return (probe, clause_end(reader, probe))
            if reader.low(probe) in (",", ".", ";") and not reader.quoted(probe):
                return None
        return None
    if frame == "as":
        for probe in range(index + 1, limit):
            if reader.low(probe) == "as" and not reader.quoted(probe):
                return (index, clause_end(reader, probe + 1))
            if reader.low(probe) in (",", ".", ";", "that") and not reader.quoted(probe):
                return None
        return None
    if frame == "small":  # call X "Y": only with a quoted fragment
        for probe in range(index + 1, limit):
            if reader.quoted(probe):
                end = probe
                while end < len(words) and reader.quoted(end):
                    end += 1
                if _second_fragment(reader, end):  # called it “unfair” for the students “to be drug …”
                    end = clause_end(reader, end)
                return (index, end)
            if reader.low(probe) in (",", ".", ";", "for", "on") and not reader.quoted(probe):
                return None
        return None
    if frame == "for":  # "slammed Trudeau for dismissing anyone who disagrees": the object and the gerund
        for probe in range(index + 1, limit):
            if reader.low(probe) == "for" and not reader.quoted(probe):
                end = clause_end(reader, probe + 1)
                if not (reader.low(probe + 1).endswith("ing") or any(reader.quoted(i) for i in range(probe + 1, end))):
                    return None  # "praised her for her help": a bare noun phrase
                return (index, end)
            if reader.low(probe) in (",", ".", ";", "that") and not reader.quoted(probe):
                return None
        return None
    if frame == "at":  # "put the death toll at 222": an estimate
        for probe in range(index + 1, limit):
            if reader.low(probe) == "at" and not reader.quoted(probe):
                figure = reader.words[probe + 1].text if probe + 1 < len(words) else ""
                if not (figure[:1].isdigit() or figure in ("$", "€", "£", "about", "roughly", "around", "least")):
                    return None  # "put pressure at the heart of …"
                return (index, clause_end(reader, probe + 1))
            if reader.low(probe) in (",", ".", ";", "that") and not reader.quoted(probe):
                return None
        return None
    if frame == "of":  # warn of a "rapid" reaction; accuse X of doing
        for probe in range(index, limit):
            if reader.low(probe) == "of" and not reader.quoted(probe):
                end = clause_end(reader, probe + 1)
                start = probe + 1 if probe == index else index
                holds_quote = any(reader.quoted(i) for i in range(probe + 1, end))
                if not holds_quote and not reader.low(probe + 1).endswith("ing"):
                    return None  # "warned of dire consequences": a bare noun phrase
                return (start, end)
            if reader.low(probe) in (",", ".", ";") and not reader.quoted(probe):
                return None
    return None


def _according_to(reader: SentenceReader, cue_first: int, cue_end: int) -> _Found | None:
    """`According to X, CONTENT.` / `CONTENT, according to X.` / `CONTENT, according to X, MORE.`

    The content is the main clause, to the sentence end: SPEC §2 keeps its coordinated clauses.
    """
    found = np_after(reader, cue_end) or _phrase_to_comma(reader, cue_end)
    if found is None:
        return None
    source = reader.span(found[0], found[1])
    words = reader.words
    cue = (cue_first, cue_end)
    comma = reader.next_where("unquoted_comma", lambda i: reader.low(i) == "," and not reader.quoted(i), found[1] + 1)
    comma_after = comma if comma < len(words) else None
    fronted = cue_first < 2 or reader.next_where(  # nothing but adverbs before it: "However, according to him, …"
        "not_adverbial", lambda i: not (reader.is_word(i, "adverb") or reader.low(i) in (",", "but", "and")), 0
    ) >= cue_first
    if fronted:  # According to X[ …], CONTENT.
        if comma_after is None or comma_after + 1 >= len(words):
            return None
        return _Found((comma_after + 1, _sentence_end(reader)), cue, source, frame="prep")
    head_end = cue_first - 1 if reader.low(cue_first - 1) == "," else cue_first
    if comma_after is None or reader.low(comma_after + 1) in ("who", "which", "whose", "a", "an", "the"):
        return _Found((0, head_end), cue, source, frame="prep")  # CONTENT[,] according to X.
    # CONTENT, according to X, MORE: one span over the clause, attribution included
    return _Found((0, _sentence_end(reader)), cue, source, frame="prep")


def _phrase_to_comma(reader: SentenceReader, first: int, limit: int = MAX_NP_TOKENS) -> tuple[int, int] | None:
    """`according to early returns`, `according to ouest-france.fr`: the words up to a comma."""
    last = first - 1
    while last + 1 < min(len(reader.words), first + limit) and not reader.quoted(last + 1) and reader.low(last + 1) not in (",", ";", ".", "!", "?", "who", "which"):
        last += 1
    return (first, last) if last >= first else None


def _sentence_end(reader: SentenceReader) -> int:
    end = len(reader.words)
    while end > 0 and reader.low(end - 1) in (".", "!", "?", ";") and not reader.quoted(end - 1):
        end -= 1
    return end


def _sentence_subject(reader: SentenceReader, before: int | None = None) -> Span | None:
    """The subject of the main clause: `In an incendiary press conference, Trump launched …`."""
    start = _after_dateline(reader)
    opener = reader.low(start)
    if (opener in reader.lexicon.words["preposition"] or opener in _SUBORDINATORS or reader.is_word(start, "adverb")
            or reader.is_word(start, "time")
            or (opener.endswith(("ing", "ly")) and reader.words[start].text not in reader.lexicon.given_names)):
        comma = next((i for i in range(start, min(len(reader.words), start + 25)) if reader.words[i].text == "," and not reader.quoted(i)), None)
        if comma is not None:
            start = comma + 1
    if reader.quoted(start):
        return None
    found = np_after(reader, start)
    if found is None or (before is not None and found[1] >= before):
        return None
    return reader.span(found[0], found[1])


def _cues_in(reader: SentenceReader) -> Iterator[tuple[int, int, tuple[CueEntry, ...]]]:
    """Cue phrases in sentence order, none overlapping."""
    taken = 0
    for index, (length, entries) in sorted(reader.cue_table.items()):
        if index >= taken:
            yield index, index + length, entries
            taken = index + length


def _reported(reader: SentenceReader) -> list[_Found]:
    """Every reported-speech construction of one sentence, outermost first, nested removed."""
    found: list[_Found] = []
    for cue_first, cue_end, entries in _cues_in(reader):
        record = _reported_at(reader, cue_first, cue_end, entries, found)
        if record is not None and record.cue_class == "thinking" and not (
            record.source is not None and (record.source.text.lower() in ("he", "she") or _states_a_finding(reader, record))
        ):
            continue  # "others who want to …": a wish, not speech; it must not hide the cue after it
        if record is not None and record.cue_class == "testimony" and not _hearing_body(reader, record.source):
            continue  # "she heard the water coming": hearing, not testimony
        if record is not None and _not_reported(reader, record):
            continue
        while record is not None:
            found.append(record)
            record = _coordinated(reader, record)
    return _drop_nested(found)


def _coordinated(reader: SentenceReader, record: _Found) -> _Found | None:
    """`said that A, and that B`: one record each, sharing mention and cue (SPEC §2)."""
    index = record.content[1]
    if reader.low(index) == ",":
        index += 1
    if reader.low(index) in ("and", "but") and reader.low(index + 1) == "that" and not reader.quoted(index):
        start = index + 2
        if start < len(reader.words):
            return attrs.evolve(record, content=(start, clause_end(reader, start)))
    return None


def _reported_at(reader: SentenceReader, cue_first: int, cue_end: int, entries: tuple[CueEntry, ...], earlier: list[_Found]) -> _Found | None:
    if any(entry.frame == "prep" for entry in entries):
        return _according_to(reader, cue_first, cue_end)
    if reader.low(cue_first) == "told" and cue_end == cue_first + 1 and (
            reader.low(cue_end) == "that" or reader.is_word(cue_end, "subject_pronoun")):
        return None  # "diagnosed with cancer and told he had months to live": told, no teller (a passive)
    kind, source = source_left(reader, cue_first)
    chained = False
    if kind == "negated":
        return None
    if kind == "nominal":
        return _nominal(reader, cue_first, cue_end, source)
    if kind == "chained":
        source, chained = (earlier[-1].source if earlier else _previous_cue_source(reader, cue_first)), True
        if source is None:
            return None
    elif kind == "and":
        source = earlier[-1].source if earlier else (_coordinated_subject(reader, cue_first) or _sentence_subject(reader))
        chained = True
    elif kind == "none" and cue_first == 0 and reader.low(0).endswith("ing"):
        source, chained = _sentence_subject(reader), True  # "Declaring that …, the candidate offered …"
    elif kind == "none" and reader.analysis.tokens:
        cue = reader.words[cue_first]
        parsed = reader.analysis.subject_of(cue.start, cue.end)  # the parser's nsubj, where rules found none
        if parsed is not None:
            kind, source = "np", parsed
    split = _parenthetical_source(reader, source) and reader.low(cue_end) == ","
    for entry in entries if source is not None and not split else ():  # no subject: maybe `…, said X` below
        span = _complement(reader, cue_first, cue_end, entry, source)
        if span is not None and source is not None and source.text.lower() in ("who", "which"):
            span = (span[0], _relative_clause_end(reader, *span))
        if span is not None and _content_words(reader, *span) >= 2:
            return _Found(span, (cue_first, cue_end), source, chained=chained, frame=entry.frame, cue_class=entry.cue_class)
    as_clause = _as_clause(reader, cue_first, cue_end, source)
    if as_clause is not None:
        return as_clause
    quoted_object = _quoted_object(reader, cue_first, cue_end, entries, source, chained)
    if quoted_object is not None:
        return quoted_object
    if chained:
        return None
    return _preposed(reader, cue_first, cue_end, entries, source if kind == "np" else None)


def _relative_clause_end(reader: SentenceReader, start: int, end: int) -> int:
    """`Humphrey, who told POLITICO he’ll work full-time, spoke on Monday`: the relative clause
    (and the content inside it) ends where the main clause's verb resumes."""
    comma = reader.next_where("comma_before_verb", lambda index: reader.low(index) == "," and not reader.quoted(index)
                              and _starts_with_verb(reader, index + 1), start)
    return comma if comma < end else end


def _as_clause(reader: SentenceReader, cue_first: int, cue_end: int, source: Span | None) -> _Found | None:
    """`As the Times noted, Clinton raised $1.1 million`: the main clause is what was noted."""
    if source is None:
        return None
    src_first = reader.word_at(source.start)
    if src_first is None or reader.low(src_first - 1) != "as":
        return None
    comma = _skip_adjuncts(reader, cue_end, listener=False)
    if reader.low(comma) != "," or reader.is_mark(comma + 1) or comma + 1 >= len(reader.words):
        return None  # a quotation after it is a direct quote: `As Stanovaya noted, “…”`
    start = comma + 1
    return _Found((start, clause_end(reader, start)), (cue_first, cue_end), source, frame="as_clause")


def _quoted_object(reader: SentenceReader, cue_first: int, cue_end: int, entries: tuple[CueEntry, ...], source: Span | None, chained: bool) -> _Found | None:
    """`citing the “intensive talks” they had`: a noun phrase is a quote only when it holds a
    quoted fragment (SPEC §2), which makes it mixed."""
    if source is None or not any(e.cue_class == "speech" for e in entries):
        return None
    start = cue_end
    if reader.low(start) in ("of", "about", "on") and not reader.quoted(start):
        start += 1
    if reader.last_quoted() < start:
        return None  # no quoted fragment can follow
    if any(e.lemma == "tell" or e.frame == "obj_that" for e in entries):
        after = _skip_adjuncts(reader, cue_end, listener=True)
        while reader.is_word(after, "adverb") or reader.low(after).endswith("ly") or reader.low(after) in (",", ":"):
            after += 1
        if reader.is_mark(after):
            return None  # `told Reuters simply, “We lost.”`: the quotation is direct, the listener no content
    end = clause_end(reader, start)
    if end - start < 2 or reader.is_mark(start) and end == reader.quotation_words(reader.sentence.quotation_of[start])[1]:
        return None  # a whole quotation right after the cue is a direct quote
    if not any(reader.quoted(i) for i in range(start, end)) or reader.low(start) in (",", ":", "to"):
        return None  # no fragment; or an infinitive, which is the to_inf frame's business
    return _Found((start, end), (cue_first, cue_end), source, chained=chained, frame="object")


def _nominal(reader: SentenceReader, cue_first: int, cue_end: int, source: Span | None) -> _Found | None:
    """`Moscow’s claims that CONTENT` / `As part of Russia’s demands, CONTENT`."""
    if source is None:
        return None
    for probe in range(cue_end, min(len(reader.words), cue_end + MAX_CUE_GAP)):
        if reader.low(probe) == "that" and not reader.quoted(probe):
            if all(_listener_word(reader, i) for i in range(cue_end, probe)):
                start = probe + 1
                end = clause_end(reader, start)
                if source.start == reader.words[0].start:  # the noun phrase is the sentence's subject
                    end = _before_main_verb(reader, start, end)
                return _Found((start, end), (cue_first, cue_end), source, frame="nominal")
            break
    if reader.low(cue_end) == "," and reader.low(0) in ("as", "in", "under", "among"):
        start = cue_end + 1  # the fronted "As part of Russia’s demands," frames the main clause
        return _Found((start, _sentence_end(reader)), (cue_first, cue_end), source, frame="nominal")
    return None


def _before_main_verb(reader: SentenceReader, start: int, end: int) -> int:
    """`Biden’s remarks that allies may be split have hampered …`: the clause ends before the
    sentence's own verb, the second finite verb group."""
    groups = 0
    previous_finite = False
    for index in range(start, end):
        finite = not reader.quoted(index) and (reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past"))
        if finite and not previous_finite:
            groups += 1
            if groups == 2:
                return index
        previous_finite = finite
    return end


def _after_dateline(reader: SentenceReader) -> int:
    """`WASHINGTON — Sen. Grassley said …`: the sentence proper starts after the dateline."""
    for index in range(min(len(reader.words), 8)):
        if reader.low(index) in ("—", "–", "-") and index > 0:
            head = [w.text for w in reader.words[:index] if w.text[:1].isalpha()]
            if head and head[0].isupper() and len(head[0]) > 1:
                return index + 1
            return 0
    return 0


def _coordinated_subject(reader: SentenceReader, cue_first: int) -> Span | None:
    """`when Rubio thanked Miami and said …`: the subject of the verb coordinated with the cue."""
    for index in range(cue_first - 2, max(-1, cue_first - 14), -1):
        low = reader.low(index)
        if low in (";", ":") or reader.quoted(index):
            return None
        if reader.is_word(index, "finite_past") or reader.is_word(index, "auxiliary") or (low.endswith("ed") and len(low) > 4):
            kind, source = source_left(reader, index)
            if kind == "np" and source is not None and (source.text[:1].isupper() or source.text.lower() in ("he", "she", "they")):
                return source
    return None


def _previous_cue_source(reader: SentenceReader, before: int) -> Span | None:
    """The subject of the nearest earlier verb cue (`“…,” Blinken said, adding that …`), else
    of the main clause (`Trump launched an attack, calling him “…”`)."""
    for index in range(before - 1, -1, -1):
        if reader.low(index - 1) in _ARTICLES or (index > 0 and reader.low(index - 1) in reader.lexicon.words["np_modifier"]):
            continue  # "a pre-emptive attack": a noun
        if _cue_entries_at(reader, index):
            kind, source = source_left(reader, index)
            if kind == "np":
                return source
    return _sentence_subject(reader, before)


def _preposed(reader: SentenceReader, cue_first: int, cue_end: int, entries: tuple[CueEntry, ...], source: Span | None) -> _Found | None:
    """CONTENT, SRC CUE.  /  CONTENT, CUE SRC.  /  CONTENT, SRC CUE, MORE."""
    if not any(entry.frame in ("that", "obj_that") and entry.cue_class == "speech" for entry in entries):
        return None
    if reader.first_prep_cue() < cue_first:
        return None
    words = reader.words
    if source is not None:
        src_first = reader.word_at(source.start)
        if src_first is None:
            return None  # a parser's subject that does not start at one of our words
        listener = any(e.lemma == "tell" or e.frame == "obj_that" for e in entries)
        after = _skip_adjuncts(reader, cue_end, listener=True) if listener else cue_end  # "…, he told the court."
    else:
        inverted = np_after(reader, cue_end)
        if inverted is None or not (reader.low(cue_first - 1) == "," or _quotation_ends_with_comma(reader, cue_first - 1)):
            return None
        source = reader.span(inverted[0], inverted[1])
        src_first = cue_first
        after = inverted[1] + 1
        if reader.low(after) == "," and _appositive_to_end(reader, after + 1):
            after = len(words)  # "…, said Erik Flannigan, the network's executive."
        elif reader.low(after) in ("who", "whose") and _appositive_to_end(reader, after):
            after = len(words)  # "…,” said the man who built him."
    if reader.low(src_first - 1) == ",":
        head_end = src_first - 1
    elif _quotation_ends_with_comma(reader, src_first - 1):
        head_end = src_first  # `There are “grounds …,” Blinken added`
    else:
        return None
    if all(reader.quoted(i) or reader.low(i) in (",",) for i in range(0, head_end)):
        return None
    if _content_words(reader, 0, head_end) < 2 and not (
        reader.is_word(0, "adverb") or reader.low(0).endswith(("wise", "ly", "all"))  # "Otherwise, she said, …"
        or (reader.capitalised(0) and _starts_with_verb(reader, after + 1))  # "Trump, Sexton said, has …"
    ):
        return None
    if _ends_with_statement(reader, head_end):
        return None  # `…: ''Publish the book …,'' the pitch says`: a direct quote
    while after < len(words) and reader.is_word(after, "time"):
        after += 1
    tail = reader.low(after)
    if tail in (",", ":") and reader.is_mark(after + 1):
        return None  # `Separately, Lavrov told reporters, “…”`: the quotation is the content
    cue = (cue_first, cue_end)
    entry = entries[0]
    if _content_words(reader, 0, head_end) < 2 and tail not in (",",):
        return None  # "However, Syria lies in ruins": an adverb is no content
    if tail in ("", ".", "!", "?", ";") or (tail == "," and reader.low(after + 1).endswith("ing")):
        return _Found((0, head_end), cue, source, frame="preposed", cue_class=entry.cue_class)
    if tail == "," and not reader.is_word(after + 1, "preposition"):
        adjunct_head = (not _has_finite_verb(reader, 0, head_end) and not _starts_with_verb(reader, after + 1)
                        and looks_like_clause(reader, after + 1, len(words)))
        first = after + 1 if adjunct_head else 0  # "Six months ago, X said, the media …" vs "The talks, he said, were …"
        return _Found((first, clause_end(reader, after + 1)), cue, source, frame="split", cue_class=entry.cue_class)
    if tail == "," and (reader.low(0) in _SUBORDINATORS or _clause_after_adjunct(reader, after + 1)):
        # `While some couples collapse …, Rutledge said, for others, it can heighten their bond.`
        return _Found((0, _sentence_end(reader)), cue, source, frame="split", cue_class=entry.cue_class)
    if tail == ",":  # `He was unable to find a taker, he said, on condition of anonymity.`
        return _Found((0, head_end), cue, source, frame="preposed", cue_class=entry.cue_class)
    if (reader.is_word(after, "preposition") and reader.low(after) not in ("to", "that", "for", "about")) or reader.is_word(after, "time"):
        return _Found((0, head_end), cue, source, frame="preposed", cue_class=entry.cue_class)
    return None


def _clause_after_adjunct(reader: SentenceReader, index: int) -> bool:
    """`for others, it can heighten …`: a short prepositional phrase, a comma, then a clause."""
    comma = next((i for i in range(index, min(len(reader.words), index + 6)) if reader.low(i) == ","), None)
    return comma is not None and looks_like_clause(reader, comma + 1, len(reader.words))


def _appositive_to_end(reader: SentenceReader, index: int) -> bool:
    """`, a former senior strategist for the campaign.` / `, who works as a secretary.`"""
    low = reader.low(index)
    if low in ("who", "whose"):
        return True
    return not any(_verb_cue_follows(reader, probe) for probe in range(index, len(reader.words)))


def _starts_with_verb(reader: SentenceReader, index: int) -> bool:
    low = reader.low(index)
    return reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past") or (
        low.endswith(("ed", "s")) and not reader.capitalised(index) and len(low) > 3
    )


def _has_finite_verb(reader: SentenceReader, first: int, end: int) -> bool:
    for index in range(first, end):
        word = reader.low(index)
        if reader.quoted(index):
            return True
        if reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past") or (word.endswith("ed") and len(word) > 4):
            return True
    return False


def _ends_with_statement(reader: SentenceReader, head_end: int) -> bool:
    last = head_end - 1
    while last >= 0 and reader.low(last) == "," and not reader.quoted(last):
        last -= 1
    if last < 0 or not reader.is_mark(last):
        return False
    owner = reader.sentence.quotation_of[last]
    first = reader.quotation_words(owner)[0]
    before = _last_visible(reader.text, reader.sentence.span.start, reader.words[first].start)
    return not before or before in ",:—–-"


_CHANNELS = ("prep", "preposed", "split")


def _drop_nested(found: list[_Found]) -> list[_Found]:
    """One record for speech inside speech; the innermost source wins over a channel.

    `According to Bloomberg, Kozak admitted …` and `Putin called X “Y,” officials said` keep the
    inner speech act (SPEC §3: the innermost source); `Blinken said he asked Lavrov to …` keeps
    the outer one, whose content holds the inner.  A record is dropped when its cue lies in the
    source phrase of an `according to`, when it is a channel around a speech act of its own, or
    when its cue lies inside another record's content (a channel's content does not hide a
    speech act).  Each question is answered by bisection, so long sentences with many cues stay
    linear.
    """
    if len(found) < 2:
        return list(found)
    source_phrases = _Cover([(o.cue[1], o.content[0]) for o in found if o.frame == "prep"])
    contents = _Cover([o.content for o in found])
    speech_contents = _Cover([o.content for o in found if o.frame not in _CHANNELS])
    speech_cues = sorted(o.cue[0] for o in found if _speech_act(o))
    kept: list[_Found] = []
    for record in found:
        cue = record.cue[0]
        if source_phrases.count(cue):
            continue  # "according to what the two sides said at …"
        if record.frame in _CHANNELS:
            first = bisect.bisect_left(speech_cues, record.content[0])
            if first < len(speech_cues) and speech_cues[first] < record.content[1]:
                continue  # a channel around a source of its own
        own = record.content[0] <= cue < record.content[1]
        holders = speech_contents.count(cue) if _speech_act(record) else contents.count(cue)
        if holders - own > 0:
            continue  # speech inside reported speech
        kept.append(record)
    return kept


def _speech_act(record: _Found) -> bool:
    """A speech act with its own source, which no channel around it hides."""
    return record.frame not in _CHANNELS and record.cue_class == "speech"


class _Cover:
    """How many of some word ranges (first, end) cover a word, by bisection."""

    def __init__(self, ranges: Sequence[tuple[int, int]]):
        kept = [(first, end) for first, end in ranges if first < end]
        self.firsts = sorted(first for first, _ in kept)
        self.ends = sorted(end for _, end in kept)

    def count(self, index: int) -> int:
        return bisect.bisect_right(self.firsts, index) - bisect.bisect_right(self.ends, index)


# --------------------------------------------------------------------------- direct quotations


def _quote_words(reader: SentenceReader, quotation_index: int) -> tuple[int, int]:
    return reader.quotation_words(quotation_index)


def _is_statement(reader: SentenceReader, quotation: Quotation, first: int, end: int,
                  attribution: tuple[Span, Span] | None) -> bool:
    """Whole statements in marks are direct quotes; fragments inside prose are not.

    ``attribution`` is ``_attribution_after(reader, end)``, which the caller needs too."""
    text = reader.text
    content = quotation.content.text
    before = _last_visible(text, reader.sentence.span.start, quotation.outer_start)  # a character, or ""
    after = _first_visible(text, quotation.outer_end, reader.sentence.span.end)
    words = len([w for w in content.split() if w[:1].isalnum()])
    if attribution is None and _title_case(content):
        return False  # “Saturday Night Live”, “DIVISIVE, STUPID AND WRONG”: a title or a slogan, no statement
    if not before and not after:
        return words >= 2
    if (content[:1].islower() and attribution is None and before[-1:] not in (":", "")
            and not reader.first_quoted() < first - 1 and _attribution_before(reader, first) is None):
        return False  # `… grammatical structures, “along with some complex ones.”`: a fragment of the prose
    clean_start = (
        not before
        or before[-1] in ",:—–-"
        or (content[:1].isupper() and _cue_that_before(reader, first))
    )
    clean_end = (
        not after
        or after[0] in ",.!?;:—–-)"
        or content[-1:] in ",.!?…"
        or attribution is not None
    )
    attributed = not before and attribution is not None  # `“No,” replied Jeff Zucker.`
    return clean_start and clean_end and (words >= 3 or content[-1:] in ".!?" or attributed)


def _last_visible(text: str, start: int, end: int) -> str:
    """The last character of ``text[start:end].strip()``, "" when there is none."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


def _first_visible(text: str, start: int, end: int) -> str:
    """The first character of ``text[start:end].strip()``, "" when there is none."""
    while start < end and text[start].isspace():
        start += 1
    return text[start] if start < end else ""


def _cue_that_before(reader: SentenceReader, first: int) -> bool:
    if reader.low(first - 1) != "that":
        return False
    return any(_cue_entries_at(reader, i) for i in range(max(0, first - 6), first - 1))


def _attribution_after(reader: SentenceReader, end: int) -> tuple[Span, Span] | None:
    """`“…,” he said` / `“…,” said master of ceremonies Asab Al-Tabchi, a Syrian engineer` /
    `“…,” J. Gerald Hebert, executive director of the Center, said` / `“…” Lavrov stated this.`"""
    index = end
    while index < len(reader.words) and reader.low(index) in (",", "—", "–", "-") and not reader.quoted(index):
        index += 1
    if index >= len(reader.words) or reader.quoted(index):
        return None
    length, entries = _phrase_at(reader, index)
    if entries:  # inverted: CUE SOURCE
        found = np_after(reader, index + length) or _phrase_to_comma(reader, index + length, limit=8)
        if found is None or not _plausible_source(reader, found):
            return None
        return reader.span(found[0], found[1]), reader.span(index, index + length - 1)
    depth = 0
    for cue in range(index + 1, min(len(reader.words), index + MAX_SOURCE_WORDS)):
        depth += (reader.low(cue) == "(") - (reader.low(cue) == ")")
        if depth > 0 or reader.low(cue) == ")":
            continue  # "Sen. Marco Rubio (R-Fla.) said"
        if reader.quoted(cue) or reader.low(cue) in (".", ";", ":", "!", "?"):
            return None
        length, entries = _phrase_at(reader, cue)
        if not entries:
            continue
        last = cue - 1
        while last > index and (reader.is_word(last, "adverb") or reader.is_word(last, "auxiliary") or reader.low(last) == ","):
            last -= 1
        if any(reader.is_word(i, "negation") for i in range(last + 1, cue)):
            return None
        found = (index, _name_before_appositive(reader, index, last))
        if not _plausible_source(reader, found):
            return None
        return reader.span(found[0], found[1]), reader.span(cue, cue + length - 1)
    return None


MAX_SOURCE_WORDS = 16


def _name_before_appositive(reader: SentenceReader, first: int, last: int) -> int:
    """`J. Gerald Hebert, executive director of the Center` -> the words before the comma."""
    comma = next((i for i in range(first, last + 1) if reader.low(i) == ","), None)
    return comma - 1 if comma is not None and comma > first else last


def _plausible_source(reader: SentenceReader, found: tuple[int, int]) -> bool:
    first = found[0]
    return (
        reader.capitalised(first)
        or reader.is_word(first, "subject_pronoun")
        or reader.is_word(first, "determiner")
        or reader.np_word(first)
        or reader.low(first).split("-")[0] in reader.lexicon.words["role_time"]  # "then-Surrey mayoral candidate Doug McCallum responded"
        or _role_then_name(reader, first, found[1])  # "said lead author Dr. Allan Garland"
    ) and not reader.is_word(first, "preposition")


def _role_then_name(reader: SentenceReader, first: int, last: int) -> bool:
    """A few lower-case role words, then a capitalised name: `lead author Dr. Allan Garland`."""
    index = first
    while index <= last and index - first < 3 and reader.words[index].text[:1].islower() and (
            reader.words[index].text.isalpha() and reader.low(index) not in reader.lexicon.function_words):
        index += 1
    return first < index <= last and reader.capitalised(index)


def _attribution_before(reader: SentenceReader, first: int) -> tuple[Span, Span] | None:
    """`Lavrov told reporters, “…”` / `As Stanovaya noted on Telegram, “…”`: (source, cue)."""
    if first == 0 or reader.low(first - 1) not in (",", ":", "that", "—", "–"):
        return None
    if reader.low(0) in _INVERTED_OPENERS and not reader.quoted(0):  # "Said Tremblay: “We will not move.”"
        named = np_after(reader, 1)
        if named is not None and reader.capitalised(named[0]) and named[1] < first - 1:
            return reader.span(named[0], named[1]), reader.span(0, 0)
    index = reader.cue_before(first - 1)  # quoted words hold no cue: `“A,” he said, “B”`
    if index >= 0:
        length, entries = _phrase_at(reader, index)
        if entries:
            kind, source = source_left(reader, index)
            if kind == "np" and source is not None:
                return source, reader.span(index, index + length - 1)
            if kind == "none":
                inverted = np_after(reader, index + length)
                if inverted is not None and reader.capitalised(inverted[0]):
                    return reader.span(inverted[0], inverted[1]), reader.span(index, index + length - 1)
            return None
    return None


_INVERTED_OPENERS = frozenset("said says added adds wrote writes asked asks replied replies".split())


def attribution_line(reader: SentenceReader) -> tuple[Span, Span] | None:
    """A short line that only says who spoke: `Blinken told reporters after the meeting.`"""
    words = [w for w in reader.words if w.text[:1].isalnum()]
    if not words or len(words) > 16 or any(q is not None for q in reader.sentence.quotation_of):
        return None
    for cue_first, cue_end, entries in _cues_in(reader):
        kind, source = source_left(reader, cue_first)
        if kind != "np" or source is None:
            continue
        if any(_complement(reader, cue_first, cue_end, e) for e in entries if e.frame not in ("as", "small", "of", "for", "at")):
            return None
        named = _appositive_name(reader, cue_end)
        if named is not None and source.text.lower() in ("he", "she"):
            source = named
        return source, reader.span(cue_first, cue_end - 1)
    return None


def _appositive_name(reader: SentenceReader, index: int) -> Span | None:
    for probe in range(index, len(reader.words) - 1):
        if reader.low(probe) == "," and reader.capitalised(probe + 1):
            last = probe + 1
            while last + 1 < len(reader.words) and reader.capitalised(last + 1):
                last += 1
            if last > probe + 1:
                return reader.span(probe + 1, last)
    return None


# --------------------------------------------------------------------------- the stage


def detect(
    text: str,
    *,
    lexicon: Lexicon,
    layout_: Layout | None = None,
    analysis: Analysis = EMPTY,
) -> list[Candidate]:
    """Candidates for every quote in the document, in document order."""
    lay = layout_ or layout(text, lexicon=lexicon)
    readers = [SentenceReader(text, sentence, lexicon, analysis) for sentence in lay.sentences]
    candidates: list[Candidate] = []
    owned: dict[int, tuple[Span | None, Span | None]] = {}  # quotation -> (source, cue)
    covered: set[int] = set()
    last_speech_paragraph = -10
    for reader in readers:
        for record in _reported(reader):
            if record.cue_class == "thinking" and not _thinking_counts(reader, record, last_speech_paragraph):
                continue
            whole = _whole_quotation(reader, record)
            cue = reader.span(record.cue[0], record.cue[1] - 1)
            if whole is not None:
                owned[whole] = (record.source, cue)
                continue
            content = _trim(reader, *record.content)
            if content is None or _only_pronoun(content.text):
                continue
            inside = {reader.sentence.quotation_of[i] for i in range(*record.content) if reader.quoted(i)}
            if inside and record.frame not in ("small", "as") and _only_titles(reader, *record.content):
                continue  # `said on ABC's “This Week”`, `by the name “George”`: quoted names, no statement
            covered |= {q for q in inside if q is not None}
            kind = Kind.MIXED if inside else Kind.INDIRECT
            testimony = record.cue_class == "testimony"
            candidates.append(
                Candidate(content, kind, cue, None if testimony else record.source, reader.sentence.paragraph,
                          confidence=0.8 if record.frame in ("preposed", "split") else 0.85, testimony=testimony)
            )
            last_speech_paragraph = reader.sentence.paragraph
    candidates.extend(_direct(lay, readers, owned, covered))
    candidates.extend(_unmarked(lay, readers, lexicon))
    candidates.sort(key=lambda c: (c.content.start, c.content.end))
    return _dedupe(candidates)


_MODALS = frozenset("will may might could should can must shall ’ll 'll".split())


def _not_reported(reader: SentenceReader, record: _Found) -> bool:
    """Speech the article does not report as made: predicted (`will argue that`), possible (`may
    respond`), generic (`When you say …`, `whenever he accuses`) or asked about (`Should I tell
    him to …?`)."""
    cue = record.cue[0]
    index = cue - 1
    while index >= 0 and (reader.is_word(index, "adverb") or reader.low(index) in ("also", "likely", "probably", "not")):
        index -= 1
    if reader.low(index) in _MODALS or reader.low(index).endswith(("’ll", "'ll")):
        return True
    source = record.source.text.lower() if record.source is not None else ""
    if source in ("you", "we") or source.startswith("you"):
        return True  # "When you say you hate it": anyone, no one in particular
    first = reader.word_at(record.source.start) if record.source is not None else None
    if first is not None and reader.low(first - 1) in ("whenever", "if", "unless"):
        return True
    last = len(reader.words) - 1
    while last > 0 and reader.quoted(last):
        last -= 1
    return reader.low(last) == "?" and record.frame not in ("prep",)


def _hearing_body(reader: SentenceReader, source: Span | None) -> bool:
    """`The court heard`, `the jury heard`, `the inquiry heard`: a body that hears testimony."""
    return source is not None and source.text.split()[-1].lower().strip(",.") in reader.lexicon.words["hearing_body"]


def _thinking_counts(reader: SentenceReader, record: _Found, last_speech_paragraph: int) -> bool:
    """`he believes …` counts only inside an account of a named source's remarks; `the study
    found`, `Statistics Canada estimates` state a finding; `he knew that`, `they plan to` never."""
    if record.source is None:
        return False
    if any(e.lemma in reader.lexicon.words["unstated_thinking"] for e in _cue_entries_at(reader, record.cue[0])):
        return False
    if _states_a_finding(reader, record):
        return True
    pronoun = record.source.text.lower() in ("he", "she")
    return pronoun and reader.sentence.paragraph - last_speech_paragraph <= 2


def _states_a_finding(reader: SentenceReader, record: _Found) -> bool:
    """A finding verb (`found`, `estimates`, `shows`) whose subject is a document (`the study`,
    `an August report`) or a named organisation (`Statistics Canada`, `the PBO`)."""
    lexicon = reader.lexicon
    if reader.low(record.cue[0]) not in lexicon.words["finding_verb"] or record.source is None:
        return False
    words = record.source.text.split()
    head = words[-1].lower().strip(",.")
    for index, word in enumerate(words[1:], 1):  # "a report from the agency": the head before "from"
        if word.lower() in ("from", "by", "of", "for", "in", "on"):
            head = words[index - 1].lower()
            break
    if head in lexicon.words["document_noun"]:
        return True
    named = [w for w in words if w[:1].isupper()]
    return bool(named) and named[-1] == words[-1] and (
        head in lexicon.org_heads or words[-1].isupper() and len(words[-1]) >= 2
        or " ".join(named) in lexicon.organisations or " ".join(named) in lexicon.outlets)


def _whole_quotation(reader: SentenceReader, record: _Found) -> int | None:
    first, end = record.content
    while first < end and reader.low(first) in ("that", ",", ":") and not reader.quoted(first):
        first += 1
    while end > first and reader.low(end - 1) in (".", ",") and not reader.quoted(end - 1):
        end -= 1
    owners = {reader.sentence.quotation_of[i] for i in range(first, end)}
    if len(owners) == 1 and None not in owners:
        owner = owners.pop()
        content = reader.text[reader.words[first].start : reader.words[end - 1].end]
        if content[1:2].isupper() or content[:1].isupper():
            return owner
    return None


def _only_pronoun(content: str) -> bool:
    return content.lower().strip(" .,") in {"it", "this", "that", "so", "them", "these", "those", "him", "her"}


def _direct(lay: Layout, readers: list[SentenceReader], owned: dict[int, tuple[Span | None, Span | None]], covered: set[int]) -> Iterator[Candidate]:
    by_quotation: dict[int, SentenceReader] = {}
    by_paragraph = _readers_by_paragraph(readers)
    for reader in readers:
        for owner in set(reader.sentence.quotation_of):
            if owner is not None:
                by_quotation.setdefault(owner, reader)
    interrupted: tuple[int, Span, Span] | None = None  # (paragraph, source, cue) of `“A,” he said.`
    for index, quotation in enumerate(lay.quotations):
        if index in covered or index not in by_quotation:
            continue
        reader = by_quotation[index]
        first, end = _quote_words(reader, index)
        attribution = _attribution_after(reader, end) if index not in owned else None
        statement = (index in owned or quotation.continued or quotation.continues
                     or _is_statement(reader, quotation, first, end, attribution))
        if not statement:
            continue
        source, cue = owned.get(index, (None, None))
        after = None
        if cue is None:
            after = attribution
            found = after or _attribution_before(reader, first)
            if found is not None:
                source, cue = found
        if cue is None and interrupted is not None and _resumes(lay.text, interrupted, quotation):
            _, source, cue = interrupted  # `“A,” he continued. “B.”`: one quotation, same mention and cue
        if cue is None:
            found = _line_after(by_paragraph, quotation.paragraph)
            if found is not None and _paragraph_is_quotation(lay, quotation):
                source, cue = found
        interrupted = (quotation.paragraph, after[0], after[1]) if after is not None else None
        note = None if quotation.opened and (quotation.closed or quotation.continues) else "broken marks"
        yield Candidate(quotation.content, Kind.DIRECT, cue, source, quotation.paragraph, note=note,
                        confidence=0.95 if cue is not None else 0.7)


def _resumes(text: str, interrupted: tuple[int, Span, Span], quotation: Quotation) -> bool:
    """The quotation picks up right after the attribution that interrupted the previous one."""
    paragraph, _, cue = interrupted
    between = text[cue.end : quotation.outer_start]
    return paragraph == quotation.paragraph and len(between) <= 60 and sum(ch.isalpha() for ch in between) <= 30


def _paragraph_is_quotation(lay: Layout, quotation: Quotation) -> bool:
    paragraph = lay.paragraphs[quotation.paragraph]
    return quotation.outer_start - paragraph.start <= 1


def _line_after(by_paragraph: dict[int, list[SentenceReader]], paragraph: int) -> tuple[Span, Span] | None:
    following = by_paragraph.get(paragraph + 1, [])
    if len(following) != 1:
        return None
    return attribution_line(following[0])


def _readers_by_paragraph(readers: list[SentenceReader]) -> dict[int, list[SentenceReader]]:
    grouped: dict[int, list[SentenceReader]] = {}
    for reader in readers:
        grouped.setdefault(reader.sentence.paragraph, []).append(reader)
    return grouped


def _unmarked(lay: Layout, readers: list[SentenceReader], lexicon: Lexicon) -> Iterator[Candidate]:
    """A first-person paragraph without marks, followed by a line saying who spoke."""
    by_paragraph = _readers_by_paragraph(readers)
    quoted_paragraphs = {q.paragraph for q in lay.quotations}
    echo_index = _echo_index(lay.quotations)
    for paragraph in lay.paragraphs:
        post = _embedded_post(lay.text, paragraph) if not paragraph.boilerplate else None
        if post is not None:  # "… — Kyle Benning (@KBBenning) December 22, 2018": the account's own words
            content, name = post
            yield Candidate(content, Kind.DIRECT, None, name, paragraph.index, note="unmarked", confidence=0.85)
            continue
        if paragraph.boilerplate or paragraph.index in quoted_paragraphs or paragraph.caption:
            continue
        signed = _signed_pull_quote(lay.text, paragraph, lay.paragraphs, lexicon)
        if signed is not None:  # a signed pull quote looks like a headline (it ends without a stop)
            content, name = signed
            yield Candidate(content, Kind.DIRECT, None, name, paragraph.index, note="unmarked", confidence=0.7)
            continue
        echoed = _echoed_quotation(paragraph, echo_index)
        if echoed is not None:  # a pull quote repeating the speaker's words, set on its own line
            yield Candidate(paragraph.span, Kind.DIRECT, None, None, paragraph.index, note="unmarked",
                            confidence=0.8, echo_of=echoed)
            continue
        if paragraph.headline:
            continue
        if not _first_person(paragraph.text):
            continue
        found = _line_after(by_paragraph, paragraph.index)
        if found is None:
            continue
        source, cue = found
        yield Candidate(paragraph.span, Kind.DIRECT, cue, source, paragraph.index, note="unmarked", confidence=0.75)


_POST_SIGNATURE = regex.compile(
    r"\s*[—–-]{1,2}\s*(?P<name>[^()—–\n]{2,60}?)\s*\(@\w{1,30}\)\s*"
    r"(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+\d{4})?\s*$")
_TRAILING_LINKS = regex.compile(r"(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")


def _embedded_post(text: str, paragraph: Paragraph) -> tuple[Span, Span] | None:
    """An embedded tweet or post: its text, then `— Name (@handle) Date` on the same line."""
    signature = _POST_SIGNATURE.search(paragraph.text)
    if signature is None or signature.start() < 3:
        return None
    body = paragraph.text[:signature.start()]
    links = _TRAILING_LINKS.search(body)
    body_end = links.start() if links else len(body)
    while body_end > 0 and body[body_end - 1].isspace():
        body_end -= 1
    start = paragraph.start
    if body[:1] in "\"“" and body[body_end - 1:body_end] in "\"”":
        start, body_end = start + 1, body_end - 1  # the post's own marks: the content is between them
    name_start = paragraph.start + signature.start("name")
    name = Span(name_start, name_start + len(signature.group("name")), signature.group("name"))
    end = paragraph.start + body_end
    return (Span(start, end, text[start:end]), name) if end - start >= 2 else None


_TRAILING_NAME = regex.compile(r"(?<=[.!?…])[\"”’]?\s+[—–-]?\s*((?:\p{Lu}[\p{L}’'.-]+\s+){1,3}\p{Lu}[\p{L}’'-]+)$")
_NAME_LINE = regex.compile(r"^[—–-]?\s*((?:\p{Lu}[\p{L}’'.-]+\s+){1,3}\p{Lu}[\p{L}’'-]+)(?:,[^.!?]{0,80})?$")


def _signed_pull_quote(text: str, paragraph: Paragraph, paragraphs: Sequence[Paragraph],
                       lexicon: Lexicon) -> tuple[Span, Span] | None:
    """A pull quote signed by its speaker: sentences, then the person's name at the end of the
    line (`… what it's brought me. Morgan McNeely`) or alone on the next line (`— Julie Easley`).
    The name must be someone the article names elsewhere (a photo credit is not)."""
    trailing = _TRAILING_NAME.search(paragraph.text)
    if trailing is not None and len(paragraph.text) - len(trailing.group()) >= 20:
        start = paragraph.start + trailing.start(1)
        name = Span(start, start + len(trailing.group(1)), trailing.group(1))
        end = paragraph.start + trailing.start()
        content = Span(paragraph.start, end, text[paragraph.start:end])
    else:
        if paragraph.index + 1 >= len(paragraphs) or not paragraph.text.rstrip("\"”’").endswith((".", "!", "?", "…")):
            return None
        line = paragraphs[paragraph.index + 1].span
        named = _NAME_LINE.match(line.text)
        if named is None:
            return None
        start = line.start + named.start(1)
        name = Span(start, start + len(named.group(1)), named.group(1))
        content = paragraph.span
    words = name.text.split()
    if words[0] not in lexicon.given_names or len(words) > 3 or any(
            w.lower() in lexicon.org_heads or w.lower() in lexicon.title_words for w in words):
        return None  # "Wells Fargo Championship" under a paragraph is a heading, not a signature
    surname = words[-1]
    elsewhere = text[:paragraph.start].count(surname) + text[name.end:].count(surname)
    return (content, name) if elsewhere else None


_ECHO_WORDS = regex.compile(r"[\p{L}\p{N}]+")
ECHO_MIN_WORDS = 4
ECHO_MAX_WORDS = 40


def _echo_key(text: str) -> str:
    return " ".join(word.lower() for word in _ECHO_WORDS.findall(text))


def _echo_index(found: Sequence[Quotation]) -> list[tuple[str, int]]:
    """(words of a quotation, its content start), for pull quotes to find what they repeat."""
    return [(" " + _echo_key(q.content.text) + " ", q.content.start) for q in found if q.opened and q.closed]


def _echoed_quotation(paragraph: Paragraph, index: Sequence[tuple[str, int]]) -> int | None:
    """A paragraph without marks whose words are all inside one quotation of the article
    (`Nothing less than full disclosure is acceptable` set apart): where that quotation starts."""
    key = _echo_key(paragraph.text)
    if not ECHO_MIN_WORDS <= key.count(" ") + 1 <= ECHO_MAX_WORDS:
        return None
    needle = " " + key + " "
    return next((start for words, start in index if needle in words), None)


_FIRST_PERSON = regex.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b|\b(?:I|we|We)[’']")


def _first_person(text: str) -> bool:
    return bool(_FIRST_PERSON.search(text))


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in candidates:
        if kept and _overlap(kept[-1].content, candidate.content) > 0.5:
            if candidate.kind == Kind.DIRECT and kept[-1].kind != Kind.DIRECT:
                kept[-1] = candidate
            continue
        kept.append(candidate)
    return kept


def _overlap(a: Span, b: Span) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / min(len(a), len(b))

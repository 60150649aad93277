"""Reported speech at one cue: `that`-clauses, `according to`, objects, nominal and `as` frames."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .adjuncts import past_final_phrase, skip_adjuncts
from .clauses import before_comment, clause_end
from .complements import (
    Found,
    complement,
    coordinated_name_end,
    listener_word,
    parenthetical_source,
    phrase_to_comma,
    sentence_end,
    starts_with_verb,
)
from .cues import all_of_class, any_of_class, is_channel, takes_listener
from .findings import states_a_finding
from .phrases import after_leading_connective, finite_cue, np_after, quotation_ends_with_comma
from .preposed import coordinated_subject, preposed, previous_cue_source, sentence_subject
from .sentence import MAX_CUE_GAP
from .subjects import source_left

if TYPE_CHECKING:
    from ..lexicon import CueEntry
    from ..model import Span
    from .sentence import SentenceReader


def _according_to(reader: SentenceReader, cue_first: int, cue_end: int) -> Found | None:
    """`According to X, CONTENT.` / `CONTENT, according to X.` / `CONTENT, according to X, MORE.`

    The content is the main clause, to the sentence end: SPEC §2 keeps its coordinated clauses.
    A content that attributes a quotation of its own (`“I did it,” he said, according to the
    complaint`) is that quotation's record: the channel yields the inner source (SPEC §3).
    """
    found = _channel_content(reader, cue_first, cue_end)
    if found is None:
        return None
    first, end = found.content
    attributed = _attributed_quotation_cues(reader)
    if bisect.bisect_left(attributed, end) > bisect.bisect_left(attributed, first):
        return None  # `“I did it,” he said, according to …`: a quotation attributed inside the content
    if any(_parenthetical_attribution(reader, cue, end) for cue in (end - 2, end - 1) if first <= cue):
        return None  # `It took four minutes, he said, according to …`
    return found


def _attributed_quotation_cues(reader: SentenceReader) -> list[int]:
    """The sentence's speech cues right after a quotation closed by a comma (`“…,” he said`), in
    order; found once per sentence (every channel of the sentence asks)."""
    found = reader.tables.get("attributed_quotation_cues")
    if found is None:
        found = reader.tables["attributed_quotation_cues"] = [
            start for start in sorted(reader.cue_table)
            if not reader.quoted(start) and not is_channel(reader, start, reader.cue_table[start][1])
            and any(quotation_ends_with_comma(reader, i) for i in range(start - 4, start))]
    return found


def _parenthetical_attribution(reader: SentenceReader, cue: int, content_end: int) -> bool:
    """`The attack took four minutes, he said, according to …`: a cue whose one-word subject
    (a pronoun or a name) stands between commas at the content's end."""
    return (cue in reader.cue_table and not reader.quoted(cue) and reader.low(cue - 2) == ","
            and reader.low(cue + 1) in (",", "") and cue + 2 >= content_end
            and (reader.is_word(cue - 1, "subject_pronoun") or reader.capitalised(cue - 1)))


def _described_name(reader: SentenceReader, first: int, found: tuple[int, int]) -> tuple[int, int]:
    """`according to media buying company GroupM`: a description the noun-phrase reader stops
    inside (at `buying`) and the name that ends it, up to the comma or the sentence's end."""
    whole = phrase_to_comma(reader, first)
    if whole is None or whole[1] <= found[1] or not reader.capitalised(whole[1]) or reader.is_word(whole[1], "time"):
        return found  # "a fact sheet lawmakers released Monday": a date ends no name
    name = whole[1]
    while name > found[1] + 1 and reader.capitalised(name - 1):
        name -= 1
    if not all(reader.low(i).isalpha() and reader.texts[i].islower() and not reader.is_word(i, "preposition")
               and reader.low(i) not in ("of", "and", "or", "that") and reader.low(i) not in reader.lexicon.cue_forms
               for i in range(found[1] + 1, name)):
        return found  # "according to court documents obtained by CBC News": a phrase after the source
    return whole


def _channel_content(reader: SentenceReader, cue_first: int, cue_end: int) -> Found | None:
    found = np_after(reader, cue_end) or phrase_to_comma(reader, cue_end)
    if found is None:
        return None
    found = _described_name(reader, cue_end, found)
    if reader.capitalised(found[1]):  # "according to the Meteorology, Climatology and Geophysics Agency"
        found = (found[0], coordinated_name_end(reader, found[1]))
    source = reader.span(found[0], found[1])
    words = reader.texts
    cue = (cue_first, cue_end)
    comma = reader.next_where("unquoted_comma", lambda i: reader.lowered[i] == "," and not reader.quoted_flags[i],
                              found[1] + 1)
    comma_after = comma if comma < len(words) else None
    fronted = cue_first < 2 or reader.next_where(  # nothing but adverbs before it: "However, according to him, …"
        "not_adverbial", lambda i: not (reader.lowered[i] in reader.lexicon.words["adverb"]
                                        or reader.lowered[i] in (",", "but", "and")), 0
    ) >= cue_first or (reader.low(cue_first - 1) == "," and  # "a key reason why, according to X, CONTENT"
                       reader.low(cue_first - 2) in reader.lexicon.lists["split_clause_openers"])
    if fronted:  # According to X[ …], CONTENT.
        after_source = found[1] + 1
        if reader.low(after_source) in ("—", "–", "--") or (
                reader.low(after_source) == "," and reader.low(after_source + 1) in ("which", "who", "whose")):
            # "According to the study — which used research from LinkedIn — the retail industry is …"
            closer = reader.low(after_source)
            comma_after = next((i for i in range(after_source + 1, len(words))
                                if reader.low(i) == closer and not reader.quoted(i)), None)
            if comma_after is not None and reader.low(comma_after + 1) == ",":
                comma_after += 1
        if comma_after is None or comma_after + 1 >= len(words):
            return None
        # "According to government data, 70 per cent eat poorly, which is a risk factor": the comment is the writer's
        end = before_comment(reader, comma_after + 1, sentence_end(reader))
        return Found((comma_after + 1, end), cue, source, frame="prep")
    head_end = cue_first - 1 if reader.low(cue_first - 1) == "," else cue_first
    if comma_after is None or reader.low(comma_after + 1) in ("who", "which", "whose", "a", "an", "the", "but") or (
            reader.low(comma_after + 1) == "and" and any(i > comma_after for i in reader.cue_table)):
        # CONTENT[,] according to X. / …, according to X, but [the writer's] / …, and Donnelly said …
        return Found((0, head_end), cue, source, frame="prep")
    # CONTENT, according to X, MORE: one span over the clause, attribution included
    return Found((0, sentence_end(reader)), cue, source, frame="prep")


def cues_in(reader: SentenceReader) -> Iterator[tuple[int, int, tuple[CueEntry, ...]]]:
    """Cue phrases in sentence order, none overlapping."""
    taken = 0
    for index, (length, entries) in sorted(reader.cue_table.items()):
        if index >= taken:
            yield index, index + length, entries
            taken = index + length


def reported_at(
    reader: SentenceReader, cue_first: int, cue_end: int, entries: tuple[CueEntry, ...], earlier: list[Found]
) -> Found | None:
    # (``is_channel``'s own first test, asked in place: most cues start with no channel's opener)
    if reader.lowered[cue_first] in reader.lexicon.prep_cue_openers and is_channel(reader, cue_first, entries):
        return _according_to(reader, cue_first, cue_end)
    if reader.lowered[cue_first] == "told" and cue_end == cue_first + 1 and (
            reader.low(cue_end) == "that" or reader.is_word(cue_end, "subject_pronoun")):
        return None  # "diagnosed with cancer and told he had months to live": told, no teller (a passive)
    kind, source = source_left(reader, cue_first)
    if kind == "np" and source is not None and _reduced_relative(reader, cue_first, source):
        return None  # "A study published Monday found …": the participle describes the study
    chained = False
    if kind == "negated":
        return None
    if kind == "nominal":
        return _nominal(reader, cue_first, cue_end, source)
    if kind == "chained":
        source = _outermost(reader, earlier, cue_first).source if earlier else previous_cue_source(reader, cue_first)
        chained = True
        if source is None:
            return None
    elif kind == "and":
        source = earlier[-1].source if earlier else (coordinated_subject(reader, cue_first) or sentence_subject(reader))
        chained = True
    elif kind == "none" and cue_first == 0 and reader.lowered[0].endswith("ing"):
        source, chained = sentence_subject(reader), True  # "Declaring that …, the candidate offered …"
    elif kind == "none" and reader.analysis.tokens:
        parsed = reader.analysis.subject_of(reader.starts[cue_first], reader.ends[cue_first])  # the parser's nsubj
        if parsed is not None:
            kind, source = "np", parsed
    # (each cheap test first: most cues are of speech, and most are followed by no comma)
    if source is not None and entries[0].cue_class == "thinking" and _thinking_dropped(
            reader, cue_first, cue_end, entries, source):
        return None
    split = cue_end < reader.size and reader.lowered[cue_end] == "," and parenthetical_source(reader, source)
    no_clause = ""  # a verb whose `that` frame found no clause: its `colon` frame, which differs only in
    # not taking a `that`, finds none either (said, says, added …: both frames, in this order)
    for entry in entries if source is not None and not split else ():  # no subject: maybe `…, said X` below
        if entry.frame in ("any", "prep") or (entry.frame == "colon" and entry.lemma == no_clause):
            continue  # ("any": the cue only attributes quotations, no clause of its own; see ``complement``)
        span = complement(reader, cue_first, cue_end, entry, source)
        if span is None and entry.frame == "that":
            no_clause = entry.lemma
        if span is not None and source is not None and source.text.lower() in ("who", "which"):
            span = (span[0], _relative_clause_end(reader, *span))
        if span is not None and reader.content_words(*span) >= 2:
            return Found(
                span, (cue_first, cue_end), source, chained=chained, frame=entry.frame, cue_class=entry.cue_class
            )
    as_clause = _as_clause(reader, cue_first, cue_end, source, entries)
    if as_clause is not None:
        return as_clause
    quoted_object = _quoted_object(reader, cue_first, cue_end, entries, source, chained)
    if quoted_object is not None:
        return quoted_object
    if chained or (kind == "np" and introduces_quotation(reader, cue_end, entries)):
        return None
    return preposed(reader, cue_first, cue_end, entries, source if kind == "np" else None)


def _thinking_dropped(reader: SentenceReader, cue_first: int, cue_end: int, entries: tuple[CueEntry, ...],
                      source: Span) -> bool:
    """A cue of thinking only (`believes`, `want`) whose subject is neither `he`/`she` nor one
    stating a finding (``states_a_finding``): every record the frames below could give it is a
    thinking one with this subject, which ``reported_speech`` drops (`others who want to …`: a
    wish), so none is looked for (``preposed`` takes such a cue only when it states a finding)."""
    return all_of_class(entries, "thinking") and not (
        source.text.lower() in ("he", "she") or states_a_finding(reader, Found((cue_end, cue_end), (cue_first, cue_end),
                                                                                 source)))


def _reduced_relative(reader: SentenceReader, cue_first: int, source: Span) -> bool:
    """A past participle right after a document noun (`a study published`, `the report released`)."""
    participle = reader.lowered[cue_first]  # the cue's first word
    if not (participle.endswith("ed") or participle in reader.lexicon.words["finite_past"]):
        return False  # no participle (most cues): the source's words are not split
    # an adjunct follows ("published Monday", "released by …"), then the sentence's own verb before
    # any clause opens: "A study published Monday found that …" ("The survey showed that …" is no such);
    # asked before the source's last word is split off (most participles have no adjunct after them)
    after = cue_first + 1
    following = reader.lowered[after] if after < reader.size else ""  # (``reader.is_word``, read in place)
    if not (following in reader.lexicon.words["preposition"] or following in reader.lexicon.words["time"]):
        return False
    last = source.text.split()[-1].lower() if source.text else ""
    if not (last in reader.lexicon.words["document_noun"] and cue_first > 0
            and source.end == reader.ends[cue_first - 1]):
        return False
    for index in range(after, min(reader.size, cue_first + MAX_PARTICIPLE_REACH)):
        if reader.quoted(index) or reader.low(index) in (",", "that", ";", ":"):
            return False
        if index > after and reader.low(index) in reader.lexicon.cue_forms and finite_cue(reader, index):
            return True  # a finite verb of saying, not "said by text message"
    return False


MAX_PARTICIPLE_REACH = 10  # words after a document's participle in which the sentence's verb is looked for


def _outermost(reader: SentenceReader, earlier: list[Found], participle: int) -> Found:
    """The last earlier record, or the one reporting it when both contents end just before the
    participle: in `Freeland says Canada has asked China to spare him, calling it "inhumane"`
    the participle is Freeland's, the reporter's, not the subject of what she reports.

    Only a record whose content ends at most two words before the participle can report it, and
    participles come in sentence order: a record whose content ends earlier is dropped for the
    rest of the sentence, so a chain of participles (`said …, adding …, adding …`) stays linear."""
    live = reader.tables.get("outermost")
    if live is None or live.records is not earlier or participle < live.participle:
        live = reader.tables["outermost"] = _Live(earlier)
    live.participle = participle
    live.positions.extend(range(live.seen, len(earlier)))
    live.seen = len(earlier)
    live.positions = [p for p in live.positions if earlier[p].content[1] >= participle - 2]
    last = earlier[-1]
    for position in reversed(live.positions):
        record = earlier[position]
        if position == len(earlier) - 1:
            continue
        if record.content[0] <= last.cue[0] < record.content[1] and record.content[1] >= last.content[1] \
                and participle - record.content[1] <= 2:
            last = record
    return last


class _Live:
    """The records of a sentence that may still report a participle's subject (``_outermost``)."""

    def __init__(self, records: list[Found]):
        self.records = records
        self.seen = 0  # records[:seen] have been looked at
        self.positions: list[int] = []  # of those, the ones whose content reaches far enough
        self.participle = -1


def _relative_clause_end(reader: SentenceReader, start: int, end: int) -> int:
    """`Humphrey, who told POLITICO he’ll work full-time, spoke on Monday`: the relative clause
    (and the content inside it) ends where the main clause's verb resumes."""
    comma = reader.next_where("comma_before_verb", lambda index: reader.lowered[index] == ","
                              and not reader.quoted_flags[index] and starts_with_verb(reader, index + 1), start)
    return comma if comma < end else end


def _as_clause(reader: SentenceReader, cue_first: int, cue_end: int, source: Span | None,
               entries: tuple[CueEntry, ...]) -> Found | None:
    """`As the Times noted, Clinton raised $1.1 million`: the main clause is what was noted."""
    if source is None:
        return None
    src_first = reader.word_at(source.start)  # a word of the sentence, or None
    if src_first is None or src_first == 0 or reader.lowered[src_first - 1] != "as":
        return None
    # "…, as Dayen noted in The Intercept.": a closing phrase
    comma = past_final_phrase(reader, skip_adjuncts(reader, cue_end, listener=False))
    # a verb of thinking or finding counts as one here too: `as the aftermath showed` is no statement
    cue_class = "speech" if any_of_class(entries, "speech") else entries[0].cue_class
    # (the flags' slice, not a generator, which would make ``reader`` a closure cell here: 0 <= src_first - 2)
    if reader.low(comma) in (".", "!", "") and reader.low(src_first - 2) == "," and (
            True not in reader.quoted_flags[:src_first - 2]):  # "The plan will fail, as Smith pointed out."
        start = after_leading_connective(reader)
        if src_first - 2 - start < 3:
            return None
        return Found((start, src_first - 2), (cue_first, cue_end), source, frame="as_clause", cue_class=cue_class)
    if reader.low(comma) != "," or reader.is_mark(comma + 1) or comma + 1 >= reader.size:
        return None  # a quotation after it is a direct quote: `As Stanovaya noted, “…”`
    start = comma + 1
    return Found((start, clause_end(reader, start)), (cue_first, cue_end), source, frame="as_clause",
                 cue_class=cue_class)


def _quoted_object(
    reader: SentenceReader,
    cue_first: int,
    cue_end: int,
    entries: tuple[CueEntry, ...],
    source: Span | None,
    chained: bool,
) -> Found | None:
    """`citing the “intensive talks” they had`: a noun phrase is a quote only when it holds a
    quoted fragment (SPEC §2), which makes it mixed."""
    if source is None or reader.last_quoted() < cue_end:
        return None  # no quoted fragment after the cue (most cues): asked before the entries are
    if not any_of_class(entries, "speech"):
        return None
    start = cue_end
    if reader.low(start) in ("and", "but", "or"):
        return None  # "Colton laughed and stuttered, “…”": the next verb's quotation, no object
    if reader.low(start) in ("of", "about", "on") and not reader.quoted(start):
        start += 1
    if reader.last_quoted() < start:
        return None  # no quoted fragment can follow
    if reader.low(start) in (",", ":", "to"):
        return None  # an infinitive, the to_inf frame's business (known before the clause is scanned)
    if introduces_quotation(reader, cue_end, entries):
        return None
    end = clause_end(reader, start)
    if end - start < 2 or (reader.is_mark(start) and end == reader.quotation_words(reader.owners[start])[1]):
        return None  # a whole quotation right after the cue is a direct quote
    if True not in reader.quoted_flags[start:end]:  # (no generator: ``reader`` stays no closure cell)
        return None  # no fragment
    return Found((start, end), (cue_first, cue_end), source, chained=chained, frame="object")


def introduces_quotation(reader: SentenceReader, cue_end: int, entries: tuple[CueEntry, ...]) -> bool:
    """`told Reuters simply, “We lost.”`, `said at the meeting, “The land is worth …”`: past the
    listener and the adjuncts, a comma and a quotation opening a statement. The quotation is the
    direct quote; what stands between is no content, and nothing before the cue is either."""
    if reader.last_quoted() < cue_end:
        return False  # no quotation after the cue (most cues): no mark to find past its adjuncts
    listener = takes_listener(entries)
    after = skip_adjuncts(reader, cue_end, listener=listener)
    lowered, size, adverbs = reader.lowered, reader.size, reader.lexicon.words["adverb"]  # read in place
    word = lowered[after] if 0 <= after < size else ""
    while word in adverbs or word.endswith("ly") or word in (",", ":"):
        after += 1
        word = lowered[after] if 0 <= after < size else ""
    if not reader.is_mark(after):
        return False
    opening = after
    while reader.is_mark(opening):
        opening += 1
    return listener or (reader.low(after - 1) in (",", ":") and reader.capitalised(opening))


def _nominal(reader: SentenceReader, cue_first: int, cue_end: int, source: Span | None) -> Found | None:
    """`Moscow’s claims that CONTENT` / `As part of Russia’s demands, CONTENT`."""
    if source is None:
        return None
    for probe in range(cue_end, min(reader.size, cue_end + MAX_CUE_GAP)):
        if reader.low(probe) == "that" and not reader.quoted(probe):
            if all(listener_word(reader, i) for i in range(cue_end, probe)):
                start = probe + 1
                end = clause_end(reader, start)
                if source.start == reader.starts[0]:  # the noun phrase is the sentence's subject
                    end = _before_main_verb(reader, start, end)
                return Found((start, end), (cue_first, cue_end), source, frame="nominal")
            break
    if reader.low(cue_end) == "," and reader.low(0) in ("as", "in", "under", "among"):
        start = cue_end + 1  # the fronted "As part of Russia’s demands," frames the main clause
        return Found((start, sentence_end(reader)), (cue_first, cue_end), source, frame="nominal")
    return None


def _before_main_verb(reader: SentenceReader, start: int, end: int) -> int:
    """`Biden’s remarks that allies may be split have hampered …`: the clause ends before the
    sentence's own verb, the second finite verb group."""
    groups = 0
    previous_finite = False
    for index in range(start, end):
        finite = not reader.quoted(index) and (
            reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past")
        )
        if finite and not previous_finite:
            groups += 1
            if groups == 2:
                return index
        previous_finite = finite
    return end

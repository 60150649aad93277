"""The reported speech of a sentence: every frame, coordinated clauses, nested records dropped."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from .clauses import clause_end
from .cues import all_of_class, all_of_frame, cue_entries_at, is_channel
from .findings import documents_only, states_a_finding
from .frames import cues_in, reported_at

if TYPE_CHECKING:
    from ..lexicon import CueEntry
    from ..model import Span
    from .complements import Found
    from .sentence import SentenceReader


def reported_speech(reader: SentenceReader) -> list[Found]:
    """Every reported-speech construction of one sentence, outermost first, nested removed."""
    if not reader.cue_table:
        return []  # no cue, no speech (10,364 of the 27,089 PolNeAR sentences)
    found: list[Found] = []
    for cue_first, cue_end, entries in cues_in(reader):
        first_entry = entries[0]  # a `that` frame of speech for most cues, which neither shortcut takes
        if (first_entry.frame == "any" and _no_frame_can_report(reader, cue_first, cue_end, entries)) or (
                first_entry.cue_class == "thinking" and _thinking_of_no_one(reader, cue_first, entries)):
            continue  # (its subject, the costliest question, is not looked for)
        record = reported_at(reader, cue_first, cue_end, entries, found)
        if (
            record is not None
            and record.cue_class == "thinking"
            and not (
                record.source is not None
                and (record.source.text.lower() in ("he", "she") or states_a_finding(reader, record))
            )
        ):
            continue  # "others who want to …": a wish, not speech; it must not hide the cue after it
        if record is not None and record.cue_class == "testimony" and not _hearing_body(reader, record.source):
            continue  # "she heard the water coming": hearing, not testimony
        if record is not None and _not_reported(reader, record):
            continue
        while record is not None:
            found.append(record)
            record = _coordinated(reader, record)
    return drop_nested(found, reader) if len(found) > 1 else found  # (one record or none: nothing nested)


def _no_frame_can_report(reader: SentenceReader, cue_first: int, cue_end: int, entries: tuple[CueEntry, ...]) -> bool:
    """A cue that only attributes quotations (every entry's frame is `any`: `debate`, `attacks`,
    `addressed`; one cue in ten), with no quotation after it and no `as` in the sentence, for
    which ``reported_at`` finds nothing whatever its subject: it looks for no clause after such a
    cue, ``preposed`` wants a `that` frame or a finding verb, ``_nominal`` a nominal cue,
    ``_as_clause`` an `as` before the subject and ``_quoted_object`` a quotation after the cue."""
    return (all_of_frame(entries, "any") and reader.last_quoted() < cue_end
            and _plain_cue_in_a_scanned_sentence(reader, cue_first) and "as" not in reader.lowered)


def _thinking_of_no_one(reader: SentenceReader, cue_first: int, entries: tuple[CueEntry, ...]) -> bool:
    """A cue of thinking only (`believes`, `wants`; one cue in six) that is no finding verb, no
    nominal cue and no channel, in a sentence with neither `he` nor `she` (and no parser's
    subject): any record ``reported_at`` finds for it is one of thinking whose subject is neither
    and states no finding (``states_a_finding`` wants a finding verb), which is dropped below."""
    return (all_of_class(entries, "thinking") and not is_channel(reader, cue_first, entries)
            and _plain_cue_in_a_scanned_sentence(reader, cue_first)
            and "he" not in reader.lowered and "she" not in reader.lowered and not reader.analysis.tokens)


def _plain_cue_in_a_scanned_sentence(reader: SentenceReader, cue_first: int) -> bool:
    """The cue word is neither a finding verb nor a nominal cue (each has a frame of its own), in a
    sentence short enough for the shortcuts' scans of it (``SCANNED_SENTENCE``)."""
    cue_word, classes = reader.lowered[cue_first], reader.lexicon.words
    return (cue_word not in classes["finding_verb"] and cue_word not in classes["nominal_cue"]
            and reader.size <= SCANNED_SENTENCE)


SCANNED_SENTENCE = 200  # words: past it the shortcuts above are not taken (a scan per cue would grow with
# the square of a sentence's length; the plain computation is linear)


def _coordinated(reader: SentenceReader, record: Found) -> Found | None:
    """`said that A, and that B`: one record each, sharing mention and cue (SPEC §2)."""
    index = record.content[1]
    if 0 <= index < reader.size and reader.lowered[index] == ",":
        index += 1
    # (``reader.low``, read in place: most contents end the sentence or are followed by no `and`/`but`)
    if index < reader.size and reader.lowered[index] in ("and", "but") and reader.low(index + 1) == "that" \
            and not reader.quoted_flags[index]:
        start = index + 2
        if start < reader.size:
            return attrs.evolve(record, content=(start, clause_end(reader, start)))
    return None


_CHANNELS = ("prep", "preposed", "split")


def drop_nested(found: list[Found], reader: SentenceReader) -> list[Found]:
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
    # "…, he went on, that what the Conservatives call “…” are …": a name others give, no speech act of its own
    overriding = [_speech_act(o) and not _what_they_call(reader, o) for o in found]
    speech_cues = sorted(o.cue[0] for o, overrides in zip(found, overriding, strict=True) if overrides)
    kept: list[Found] = []
    for record, overrides in zip(found, overriding, strict=True):
        cue = record.cue[0]
        if source_phrases.count(cue):
            continue  # "according to what the two sides said at …"
        if record.frame in _CHANNELS:
            first = bisect.bisect_left(speech_cues, record.content[0])
            if first < len(speech_cues) and speech_cues[first] < record.content[1]:
                continue  # a channel around a source of its own
        own = record.content[0] <= cue < record.content[1]
        holders = speech_contents.count(cue) if overrides else contents.count(cue)
        if holders - own > 0:
            continue  # speech inside reported speech
        kept.append(record)
    return kept


def _speech_act(record: Found) -> bool:
    """A speech act with its own source, which no channel around it hides."""
    return record.frame not in _CHANNELS and record.cue_class == "speech"


def _what_they_call(reader: SentenceReader, record: Found) -> bool:
    """`what the Conservatives call “illegal border crossers”`: a name others give something,
    inside the clause of the one who speaks; no channel around a source of its own."""
    if record.frame != "small" or record.source is None:
        return False
    first = reader.word_at(record.source.start)
    return first is not None and reader.low(first - 1) == "what"


class _Cover:
    """How many of some word ranges (first, end) cover a word, by bisection."""

    def __init__(self, ranges: Sequence[tuple[int, int]]):
        kept = [(first, end) for first, end in ranges if first < end]
        self.firsts = sorted(first for first, _ in kept)
        self.ends = sorted(end for _, end in kept)

    def count(self, index: int) -> int:
        return bisect.bisect_right(self.firsts, index) - bisect.bisect_right(self.ends, index)


def _not_reported(reader: SentenceReader, record: Found) -> bool:
    """Speech the article does not report as made: predicted (`will argue that`), possible (`may
    respond`), generic (`When you say …`, `whenever he accuses`, `a common belief says`) or asked
    about (`Should I tell him to …?`)."""
    cue = record.cue[0]
    index = cue - 1
    lowered, adverbs = reader.lowered, reader.lexicon.words["adverb"]  # words before the cue: read directly
    while index >= 0 and (lowered[index] in adverbs or lowered[index] in ("also", "likely", "probably", "not")):
        index -= 1
    before = lowered[index] if index >= 0 else ""  # the word before them (index < cue < size)
    if (before in reader.lexicon.lists["modals"] and not reader.capitalised(index)) or before.endswith(("’ll", "'ll")):
        return True  # ("Theresa May said": a name, not a modal)
    source = record.source.text.lower() if record.source is not None else ""
    if source in ("you", "we") or source.startswith("you"):
        return True  # "When you say you hate it": anyone, no one in particular
    if source and source.split()[-1] in reader.lexicon.lists["beliefs_as_sources"]:
        return True  # "a common belief says", "conventional wisdom holds": what is thought, by no one
    first = reader.word_at(record.source.start) if record.source is not None else None
    if first is not None and first > 0 and reader.lowered[first - 1] in ("whenever", "if", "unless"):
        return True  # (the words read in place: ``first`` and the last unquoted word are the sentence's)
    return reader.lowered[_last_unquoted(reader)] == "?" and record.frame not in ("prep",)


def _last_unquoted(reader: SentenceReader) -> int:
    """The last word outside a quotation among words 1..size-1, else 0 (the question mark that
    makes a sentence a question); found once per sentence, every record of it asks."""
    found = reader.tables.get("last_unquoted")
    if found is None:
        after_first = reader.quoted_flags[:0:-1]  # words size-1 down to 1
        found = reader.tables["last_unquoted"] = (
            reader.size - 1 - after_first.index(False) if False in after_first else 0)
    return found


def _hearing_body(reader: SentenceReader, source: Span | None) -> bool:
    """`The court heard`, `the jury heard`, `the inquiry heard`: a body that hears testimony."""
    return source is not None and source.text.split()[-1].lower().strip(",.") in reader.lexicon.words["hearing_body"]


def thinking_counts(reader: SentenceReader, record: Found, last_speech_paragraph: int) -> bool:
    """`he believes …` counts only inside an account of a named source's remarks; `the study
    found`, `Statistics Canada estimates` state a finding; `he knew that`, `they plan to` never."""
    if record.source is None:
        return False
    if any(e.lemma in reader.lexicon.words["unstated_thinking"] for e in cue_entries_at(reader, record.cue[0])):
        return False
    if states_a_finding(reader, record):
        return True
    if documents_only(reader, record):
        return False  # "He showed he was joking": a gesture, not a statement
    pronoun = record.source.text.lower() in ("he", "she")
    return pronoun and reader.sentence.paragraph - last_speech_paragraph <= 2

"""Quotations in marks: which are statements, and the attribution before or after them."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from ..model import Kind
from ..regexes import LazyPattern
from .adjuncts import skip_adjuncts
from .article import Candidate
from .complements import complement, phrase_to_comma
from .cues import cue_entries_at, phrase_at
from .frames import cues_in
from .phrases import finite_cue, np_after
from .preposed import coordinated_subject, last_visible, sentence_subject
from .source_phrases import name_before_appositive, plausible_source
from .subjects import source_left

if TYPE_CHECKING:
    from ..lexicon import CueEntry, Lexicon
    from ..model import Span
    from .article import Article
    from .marks import Quotation
    from .sentence import SentenceReader


_LETTER_WORD = LazyPattern(r"\p{L}[\p{L}’'-]*")


def _title_case(content: str, lexicon: Lexicon) -> bool:
    """Every word capitalised but the small ones (`The Overthrow Show`), or all in capitals."""
    # read word by word: a word in lower case (most statements have one among their first words)
    # or a ninth word (too many) answers no, and the rest of the quotation is not read
    small = lexicon.lists["title_small_words"]
    count = 0
    for match in _LETTER_WORD.finditer(content):
        count += 1
        word = match.group()
        if count > 8 or not (word[:1].isupper() or word.lower() in small):
            return False
    return count > 1 or (count == 1 and content.isupper())


def _quote_words(reader: SentenceReader, quotation_index: int) -> tuple[int, int]:
    return reader.quotation_words(quotation_index)


def _is_statement(reader: SentenceReader, quotation: Quotation, first: int, end: int,
                  attribution: tuple[Span, Span] | None) -> bool:
    """Whole statements in marks are direct quotes; fragments inside prose are not.

    ``attribution`` is ``_attribution_after(reader, end)``, which the caller needs too."""
    text = reader.text
    content = quotation.content.text
    before = last_visible(text, reader.sentence.span.start, quotation.outer_start)  # a character, or ""
    after = _first_visible(text, quotation.outer_end, reader.sentence.span.end)
    if attribution is None and _title_case(content, reader.lexicon):
        return False  # “Saturday Night Live”, “DIVISIVE, STUPID AND WRONG”: a title or a slogan, no statement
    if attribution is None and _named_by(text, reader.sentence.span.start, quotation.outer_start):
        return False  # `its rousing motto, “A spirit that will not die.”`: a motto, slogan or title, no statement
    if not before and not after:
        return _has_words(content, 2)
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
    return clean_start and clean_end and (_has_words(content, 3) or content[-1:] in ".!?" or attributed)


def _has_words(content: str, count: int) -> bool:
    """Whether at least ``count`` of the words of ``content`` start with a letter or digit (read
    only until they are found: a quotation may be long)."""
    found = 0
    for word in content.split():
        if word[:1].isalnum():
            found += 1
            if found >= count:
                return True
    return False


_NAMED_BY = LazyPattern(r"\b(?:motto|slogan|tagline|tag\s+line|catchphrase|catch\s+phrase|hashtag|headline|banner|"
                          r"sign|signs|placard|chant|chants|refrain|mantra|title|nickname)(?:\s+(?:was|is|reads|read))?[,:]?$",
                          regex.IGNORECASE)
NAMED_BY_REACH = 40  # characters: the longest such word, "is", "reads" and a stop, with room to spare


def _named_by(text: str, start: int, end: int) -> bool:
    """Whether the text before a quotation (``text[start:end]``, stripped) ends with `motto,`,
    `slogan is`, `sign reads:` …; read only near its end, so many quotations in one long
    sentence stay linear (a run of spaces inside the words is followed back whole)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    first = end - NAMED_BY_REACH if end - NAMED_BY_REACH > start else start
    while first > start and text[first].isspace():
        first -= 1  # "motto      is": the run of spaces, then the word before it
    first = first - NAMED_BY_REACH if first - NAMED_BY_REACH > start else start
    return _NAMED_BY.search(text, first, end) is not None


def _first_visible(text: str, start: int, end: int) -> str:
    """The first character of ``text[start:end].strip()``, "" when there is none."""
    while start < end and text[start].isspace():
        start += 1
    return text[start] if start < end else ""


def _cue_that_before(reader: SentenceReader, first: int) -> bool:
    if reader.low(first - 1) != "that":
        return False
    return any(cue_entries_at(reader, i) for i in range(max(0, first - 6), first - 1))


def _attribution_after(reader: SentenceReader, end: int) -> tuple[Span, Span] | None:
    """`“…,” he said` / `“…,” said master of ceremonies Asab Al-Tabchi, a Syrian engineer` /
    `“…,” J. Gerald Hebert, executive director of the Center, said` / `“…” Lavrov stated this.`"""
    index = end
    while index < reader.size and reader.low(index) in (",", "—", "–", "-") and not reader.quoted(index):
        index += 1
    if index >= reader.size or reader.quoted(index):
        return None
    length, entries = phrase_at(reader, index)
    if entries and reader.capitalised(index) and phrase_at(reader, index + 1)[1]:
        entries = ()  # "“…,” Grant said": a name that is also a cue word, then the cue
    if entries:  # inverted: CUE SOURCE
        found = np_after(reader, index + length) or phrase_to_comma(reader, index + length, limit=8)
        if found is None or not plausible_source(reader, found):
            return None
        return reader.span(found[0], found[1]), reader.span(index, index + length - 1)
    depth = 0
    lowered, quoted, cue_table = reader.lowered, reader.quoted_flags, reader.cue_table  # words of the sentence below
    appositive = "," in lowered[index + 1:index + 5]
    reach = MAX_APPOSITIVE_SOURCE_WORDS if appositive else MAX_SOURCE_WORDS  # "Harry Kazianis, director … , said"
    for cue in range(index + 1, index + reach if index + reach < reader.size else reader.size):
        word = lowered[cue]
        depth += (word == "(") - (word == ")")
        if depth > 0 or word == ")":
            continue  # "Sen. Marco Rubio (R-Fla.) said"
        if quoted[cue] or word in (".", ";", ":", "!", "?"):
            return None
        at_cue = cue_table.get(cue)  # (words, entries) of the cue starting there (``phrase_at``), None if none does
        if at_cue is None or (at_cue[0] == 1 and word in reader.lexicon.lists["document_finding_verbs"]):
            continue  # "the hit CW show": a document's verb attributes no quotation
        length = at_cue[0]
        last = cue - 1
        while last > index and (
            reader.is_word(last, "adverb") or reader.is_word(last, "auxiliary") or reader.low(last) == ","
        ):
            last -= 1
        if any(reader.is_word(i, "negation") for i in range(last + 1, cue)):
            return None
        if not reader.low(cue).endswith("ing") and any(
                reader.low(i) in reader.lexicon.lists["be_forms"] for i in range(last + 1, cue)):
            return None  # "“…” Ms. May’s government is expected to survive": a passive attributes nothing
        found = (index, name_before_appositive(reader, index, last))
        if not plausible_source(reader, found):
            return None
        return reader.span(found[0], found[1]), reader.span(cue, cue + length - 1)
    return None


MAX_SOURCE_WORDS = 16
MAX_APPOSITIVE_SOURCE_WORDS = 26  # a name, a comma, then a long appositive before the cue


def _attribution_before(reader: SentenceReader, first: int) -> tuple[Span, Span] | None:
    """`Lavrov told reporters, “…”` / `As Stanovaya noted on Telegram, “…”`: (source, cue)."""
    if first == 0 or reader.low(first - 1) not in (",", ":", "that", "—", "–"):
        return None
    if reader.low(0) in reader.lexicon.lists["inverted_openers"] and not reader.quoted(
        0
    ):  # "Said Tremblay: “We will not move.”"
        named = np_after(reader, 1)
        if named is not None and reader.capitalised(named[0]) and named[1] < first - 1:
            return reader.span(named[0], named[1]), reader.span(0, 0)
    index = reader.cue_before(first - 1)  # quoted words hold no cue: `“A,” he said, “B”`
    if index >= 0:
        length, entries = phrase_at(reader, index)
        if entries:
            kind, source = source_left(reader, index)
            if kind == "and":  # "picked it up and crowed, “…”": the subject of the first verb
                source = coordinated_subject(reader, index) or sentence_subject(reader, before=index)
                kind = "np"
            if kind == "np" and source is not None:
                return source, reader.span(index, index + length - 1)
            if kind == "none":
                inverted = np_after(reader, index + length)
                if inverted is not None and reader.capitalised(inverted[0]):
                    return reader.span(inverted[0], inverted[1]), reader.span(index, index + length - 1)
            return None
    return None


def attribution_line(reader: SentenceReader) -> tuple[Span, Span] | None:
    """A short line that only says who spoke: `Blinken told reporters after the meeting.`"""
    words = reader.content_words(0, reader.size)
    if not words or words > 16 or reader.first_quoted() < reader.size:
        return None
    for cue_first, cue_end, entries in cues_in(reader):
        kind, source = source_left(reader, cue_first)
        if kind != "np" or source is None:
            continue
        if any(
            complement(reader, cue_first, cue_end, e)
            for e in entries
            if e.frame not in ("as", "small", "of", "for", "at")
        ):
            return None
        if _object_follows(reader, cue_end, entries):
            return None  # "Head coach Nick Nurse praised the defence.": a statement about him, no attribution
        named = _appositive_name(reader, cue_end)
        if named is not None and source.text.lower() in ("he", "she"):
            source = named
        return source, reader.span(cue_first, cue_end - 1)
    return None


def _object_follows(reader: SentenceReader, cue_end: int, entries: tuple[CueEntry, ...]) -> bool:
    """The cue takes an object of its own (`praised the defence`, `thanked his players`): words
    after it that are no listener, time, place or medium."""
    listener = any(e.frame == "obj_that" or e.lemma in reader.lexicon.lists["listener_cues"] for e in entries)
    after = skip_adjuncts(reader, cue_end, listener=listener)
    return after < reader.size and reader.texts[after][:1].isalnum() and not reader.is_word(after, "preposition")


def _appositive_name(reader: SentenceReader, index: int) -> Span | None:
    for probe in range(index, reader.size - 1):
        if reader.low(probe) == "," and reader.capitalised(probe + 1):
            last = probe + 1
            while last + 1 < reader.size and reader.capitalised(last + 1):
                last += 1
            if last > probe + 1:
                return reader.span(probe + 1, last)
    return None


def direct_quotes(
    lay: Article, readers: list[SentenceReader], owned: dict[int, tuple[Span | None, Span | None]], covered: set[int]
) -> Iterator[Candidate]:
    by_quotation = _readers_by_quotation(lay, readers)
    by_paragraph = readers_by_paragraph(readers)
    interrupted: tuple[int, Span, Span] | None = None  # (paragraph, source, cue) of `“A,” he said.`
    attributed_in = -2  # the paragraph of the last quotation with an attribution
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
        if attribution is not None and interrupted is not None and _resumes(lay.text, interrupted, quotation) \
                and quotation.content.text.rstrip().endswith("."):
            # "“A,” Andersen said. “B.” Babcock agreed.": B goes on with A; the next sentence is Babcock's
            attribution = None
        if cue is None:
            after = attribution
            found = after or _attribution_before(reader, first)
            if found is not None:
                source, cue = found
        if cue is None and interrupted is not None and _resumes(lay.text, interrupted, quotation):
            _, source, cue = interrupted  # `“A,” he continued. “B.”`: one quotation, same mention and cue
        if cue is None and quotation.paragraph - 1 != attributed_in:
            # not `“A,” said Ann Lee. ¶ “B.” ¶ Her neighbour, Bob Grant, disagrees.`: B goes on with A
            found = line_after(by_paragraph, quotation.paragraph)
            if found is not None and _paragraph_is_quotation(lay, quotation):
                source, cue = found
        if cue is not None:
            attributed_in = quotation.paragraph
        interrupted = (quotation.paragraph, after[0], after[1]) if after is not None else None
        if cue is not None and carries_a_slogan(lay.text, cue, lay.lexicon):
            continue  # "signs reading “Build pipelines”": a slogan, no one's statement
        note = None if quotation.opened and (quotation.closed or quotation.continues) else "broken marks"
        yield Candidate(quotation.content, Kind.DIRECT, cue, source, quotation.paragraph, note=note,
                        confidence=0.95 if cue is not None else 0.7)


def _readers_by_quotation(lay: Article, readers: list[SentenceReader]) -> dict[int, SentenceReader]:
    """Quotation -> the first reader holding one of its words.  Where the table knows each
    quotation's words (``TokenTable.quotation_ranges``) and the readers are in text order, it is
    the first whose sentence ends after the quotation's first word, when it starts before its
    last: a bisection per quotation, not a set of owners made per sentence."""
    ranges = lay.tokens.quotation_ranges
    firsts = [reader.sentence.first for reader in readers]
    ends = [reader.sentence.end for reader in readers]
    by_quotation: dict[int, SentenceReader] = {}
    if ranges is not None and firsts == sorted(firsts) and ends == sorted(ends):
        for quotation, (first, end) in ranges.items():
            position = bisect.bisect_right(ends, first)  # the first sentence ending after the first word
            if position < len(readers) and firsts[position] < end:
                by_quotation[quotation] = readers[position]
        return by_quotation
    for reader in readers:
        for owner in set(reader.owners):
            if owner is not None:
                by_quotation.setdefault(owner, reader)
    return by_quotation


def carries_a_slogan(text: str, cue: Span, lexicon: Lexicon) -> bool:
    """The cue's subject is a sign, a banner or a shirt (`signs reading`, `a placard that said`),
    or the cue is a chant (`protesters chanted “…”`)."""
    if cue.text.split()[0].lower() in lexicon.lists["slogan_cues"]:
        return True
    before = text[cue.start - 24 if cue.start > 24 else 0:cue.start].split()
    if before and before[-1].lower() == "that":
        before.pop()
    return bool(before) and before[-1].lower() in lexicon.lists["slogan_carriers"]


def _resumes(text: str, interrupted: tuple[int, Span, Span], quotation: Quotation) -> bool:
    """The quotation picks up right after the attribution that interrupted the previous one."""
    paragraph, _, cue = interrupted
    between = text[cue.end : quotation.outer_start]
    return paragraph == quotation.paragraph and len(between) <= 60 and sum(ch.isalpha() for ch in between) <= 30


def _paragraph_is_quotation(lay: Article, quotation: Quotation) -> bool:
    paragraph = lay.paragraphs[quotation.paragraph]
    return quotation.outer_start - paragraph.start <= 1


def line_after(by_paragraph: dict[int, list[SentenceReader]], paragraph: int) -> tuple[Span, Span] | None:
    following = by_paragraph.get(paragraph + 1, [])
    if len(following) != 1:
        return None
    return attribution_line(following[0])


def line_before(by_paragraph: dict[int, list[SentenceReader]], paragraph: int) -> tuple[Span, Span] | None:
    """`In a Facebook post, Jane Smith wrote:` ending the paragraph before: who speaks in the block
    quote after it, whose marks were lost (source, cue)."""
    previous = by_paragraph.get(paragraph - 1, [])
    if not previous:
        return None
    reader = previous[-1]
    if reader.size == 0 or reader.low(reader.size - 1) != ":" or reader.first_quoted() < reader.size:
        return None
    for cue_first, cue_end, entries in reversed(list(cues_in(reader))):  # the verb before the colon
        if not any(e.cue_class == "speech" for e in entries) or not finite_cue(reader, cue_first):
            continue  # "Here is what we know:", "Read the latest updates on the GOP debate:"
        kind, source = source_left(reader, cue_first)
        if kind == "np" and source is not None:
            return source, reader.span(cue_first, cue_end - 1)
    return None


def readers_by_paragraph(readers: list[SentenceReader]) -> dict[int, list[SentenceReader]]:
    grouped: dict[int, list[SentenceReader]] = {}
    for reader in readers:
        grouped.setdefault(reader.sentence.paragraph, []).append(reader)
    return grouped

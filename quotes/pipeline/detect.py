"""Stage 2, detection: quote candidates with their content, kind, cue and local source.

``detect`` reads the layout (and an analysis, when a backend gave one) and returns
``article.Candidate`` records in document order, each with its content span, kind, cue and the
source mention the sentence itself gives (``None`` when only context can tell: the resolver
decides).  Reported speech comes from ``speech``, quotations in marks from ``quotations``,
unmarked quotes from ``unmarked``.
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING

from ..model import Kind
from .article import Candidate
from .clause_shape import demonstrative_that, looks_like_clause
from .quotations import carries_a_slogan, direct_quotes
from .sentence import MARK_GLYPHS, SentenceReader
from .speech import reported_speech, thinking_counts
from .unmarked import unmarked_quotes

if TYPE_CHECKING:
    from ..model import Span
    from .article import Article
    from .complements import Found


def trimmed_content(reader: SentenceReader, first: int, end: int) -> Span | None:
    """Content span over words first..end-1, without a leading "that" or trailing punctuation."""
    # the sentence's columns read directly, within its words (``low`` and ``quoted`` answer "" and
    # False past them, where both walks stop)
    lowered, quoted, size = reader.lowered, reader.quoted_flags, reader.size
    while first < end and 0 <= first < size and lowered[first] in ("that", ",", ":") and not quoted[first] and not (
            demonstrative_that(reader, first)):  # "said that was a mistake": `that` is the subject
        first += 1
    while end > first and 0 < end <= size and lowered[end - 1] in (".", ",", ";", ":", "—", "–", "-") and not (
            quoted[end - 1]):
        end -= 1
    if end <= first:
        return None
    return reader.span(first, end - 1)


def _only_titles(reader: SentenceReader, first: int, end: int) -> bool:
    """Every quoted fragment is a name or title (capitalised, at most six words, no sentence inside)
    and the words around them hold no clause: the content is a noun phrase naming something."""
    fragments: dict[int | None, list[int]] = {}
    quoted, texts, lowered, owners, size = reader.quoted_flags, reader.texts, reader.lowered, reader.owners, reader.size
    # a word past the sentence is quoted in none; a quoted word that is a mark glyph is a mark (``is_mark``);
    # a quotation's words come in a run: its list is looked up when the run starts, not at each word
    owner: int | None = None
    indices: list[int] = []
    for index in range(first if first > 0 else 0, end if end < size else size):
        if quoted[index] and texts[index] not in MARK_GLYPHS:
            if not indices or owners[index] != owner:
                owner = owners[index]
                indices = fragments.setdefault(owner, [])
            indices.append(index)
    if not fragments:
        return False
    small_words = reader.lexicon.lists["title_small_words"]
    for indices in fragments.values():  # the words read from the columns: each index is within the sentence
        words = [i for i in indices if texts[i][:1].isalnum()]
        if not words or len(words) > 6 or not all(reader.capitalised(i) or lowered[i] in small_words for i in words):
            return False  # Title Case ("Face the Nation"), not a statement ("Send them home")
        if any(lowered[i] in (",", "!", "?", ";") for i in indices[:-1]):
            return False
    if looks_like_clause(reader, first, end):
        return False  # "he pursued a new “Twin Peaks” only because …": a clause around the title
    auxiliary, finite_past = reader.lexicon.words["auxiliary"], reader.lexicon.words["finite_past"]
    for i in range(first, end):  # the words around the quotations (one past the sentence reads as "", unquoted)
        if 0 <= i < size and quoted[i]:
            continue
        low = lowered[i] if 0 <= i < size else ""
        if low in auxiliary or low in finite_past or low == "that" or (low.endswith("ed") and len(low) > 4):
            return False
    return True


def detect(article: Article) -> list[Candidate]:
    """Candidates for every quote in the document, in document order.

    Reads the article's sentences (through a ``SentenceReader`` each), quotations and paragraphs,
    and its analysis; what it returns becomes ``article.candidates``."""
    lay = article
    lexicon = article.lexicon
    readers = article.readers = [SentenceReader(article, sentence) for sentence in article.sentences]
    candidates: list[Candidate] = []
    owned: dict[int, tuple[Span | None, Span | None]] = {}  # quotation -> (source, cue)
    covered: set[int] = set()
    last_speech_paragraph = -10
    for reader in readers:
        if not reader.cue_table:
            continue  # no cue, no reported speech (``reported_speech`` says so first): a third of the sentences
        for record in reported_speech(reader):
            if record.cue_class == "thinking" and not thinking_counts(reader, record, last_speech_paragraph):
                continue
            whole = _whole_quotation(reader, record)
            cue = reader.span(record.cue[0], record.cue[1] - 1)
            if carries_a_slogan(reader.text, cue, lexicon):
                # "signs reading “…” and “…”", "the crowd chanted back, “…”": no record, and the
                # quotations are no one else's either
                covered |= {q for q in reader.owners[record.content[0]:record.content[1]] if q is not None}
                continue
            if whole is not None:
                owned[whole] = (record.source, cue)
                continue
            content = trimmed_content(reader, *record.content)
            if content is None or _only_pronoun(content.text):
                continue
            inside = set(reader.owners[record.content[0]:record.content[1]])  # the quotations the content holds
            inside.discard(None)
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
    candidates.extend(direct_quotes(lay, readers, owned, covered))
    candidates.extend(unmarked_quotes(lay, readers, lexicon))
    candidates.sort(key=_CONTENT_OFFSETS)
    return _dedupe(candidates)


_CONTENT_OFFSETS = operator.attrgetter("content.start", "content.end")  # a candidate's order: no lambda per item


def _whole_quotation(reader: SentenceReader, record: Found) -> int | None:
    first, end = record.content
    lowered, quoted, size = reader.lowered, reader.quoted_flags, reader.size  # read within the sentence's words
    while first < end and 0 <= first < size and lowered[first] in ("that", ",", ":") and not quoted[first]:
        first += 1
    while end > first and 0 < end <= size and lowered[end - 1] in (".", ",") and not quoted[end - 1]:
        end -= 1
    owners = set(reader.owners[first:end])  # the quotations holding the words (None: unquoted words)
    if len(owners) == 1 and None not in owners:
        owner = owners.pop()
        content = reader.text[reader.starts[first] : reader.ends[end - 1]]
        if content[1:2].isupper() or content[:1].isupper():
            return owner
    return None


def _only_pronoun(content: str) -> bool:
    return content.lower().strip(" .,") in {"it", "this", "that", "so", "them", "these", "those", "him", "her"}


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
    # conditional expressions, not calls of the builtins min and max (their argument parsing costs more)
    inter = (a.end if a.end < b.end else b.end) - (a.start if a.start > b.start else b.start)
    if inter <= 0:
        return 0.0
    length_a, length_b = len(a), len(b)
    return inter / (length_a if length_a < length_b else length_b)

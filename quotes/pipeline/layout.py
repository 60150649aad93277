"""Stage 1, layout: paragraphs (boilerplate, headlines, captions), sentences and their words.

``layout`` reads the text and the lexicon and returns the ``article.Article`` every later stage
reads: paragraphs, the quotations paired by ``marks``, and quotation-aware sentences holding
their word tokens and which quotation holds each word.  Every span is a span of the original
text; nothing is normalised.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from ..analysis import EMPTY
from ..lexicon import load_lexicon
from ..model import Span, text_span
from ..regexes import LazyPattern, LazyStandardPattern
from .article import Article, Paragraph, made_paragraph, made_sentence
from .marks import quotations
from .tokens import TokenTable, plain_letters

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..lexicon import Lexicon




# [.!?…][.!?…]* rather than [.!?…]+: a pattern that opens with a single character class lets the
# standard ``re`` (the plain-letters twin below) skip to the next stop at C speed, where one that
# opens with a repeat is tried at every character of the paragraph
_SENTENCE_END = LazyPattern(r"[.!?…][.!?…]*[\"”’'»)\]]*(?=\s+|$)")
_STOPS_AND_CLOSERS = ".!?…\"”’'»)]"  # what a sentence end is made of (``_SENTENCE_END``: no space)
_INITIALS = LazyPattern(r"(?:\p{Lu}\.)+")
_OPENING = "\"“‘«„‚([`'"


_WORDS = LazyPattern(r"\p{L}[\p{L}’'-]*")
_PLAIN_WORDS = LazyStandardPattern(r"[A-Za-z][A-Za-z’'-]*")  # the same in a text of plain letters (``plain_letters``)
_CLOSERS = "\"”’'»)"
_SENTENCE_FINAL = frozenset(".!?…:")


_QUOTE_FOLLOWS = LazyPattern(r"\s*[\p{Lu}\"“]")
_NEXT_CHAR = LazyPattern(r"\s+(\S)")
_WORD_OR_PUNCT = LazyPattern(r"[\p{L}][\p{L}.’'-]*|[^\s\p{L}]")
_LAST_WORD = LazyPattern(r"(?:^|[\s(\"“])(\S+)$")


class _Patterns(NamedTuple):
    """The patterns sentence splitting reads a paragraph with."""

    sentence_end: Any
    quote_follows: Any
    next_char: Any
    word_or_punct: Any
    last_word: Any


_UNICODE = _Patterns(_SENTENCE_END, _QUOTE_FOLLOWS, _NEXT_CHAR, _WORD_OR_PUNCT, _LAST_WORD)
# the same for the standard ``re`` (faster), in a text of plain letters (``tokens.plain_letters``):
# there a letter is [A-Za-z], and \s is the same class for both engines (they differ on x1c-x1f only)
_PLAIN = _Patterns(LazyStandardPattern(_SENTENCE_END.pattern), LazyStandardPattern(r"\s*[A-Z\"“]"),
                   LazyStandardPattern(_NEXT_CHAR.pattern), LazyStandardPattern(r"[A-Za-z][A-Za-z.’'-]*|[^\sA-Za-z]"),
                   LazyStandardPattern(_LAST_WORD.pattern))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def stripped_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line holding more than white space, without the white space around it
    (a line: a run of characters that break no line, as ``str.splitlines`` cuts them; white space:
    ``str.isspace``).  Lines are cut and stripped at C speed, where a pattern scanning the text
    would read it character by character."""
    found = []
    lines = text.splitlines(True)
    for line, offset in zip(lines, itertools.accumulate(map(len, lines), initial=0)):
        unled = line.lstrip()
        if unled:
            start = offset + len(line) - len(unled)
            found.append((start, start + len(unled.rstrip())))
    return found


def paragraphs(text: str, lexicon: Lexicon, *, plain: bool = False) -> list[Paragraph]:
    """Each non-blank line is a paragraph, flagged when it is boilerplate or a headline
    (``plain``: the text's letters are all ASCII, ``tokens.plain_letters``)."""
    result: list[Paragraph] = []
    boilerplate, caption = lexicon.boilerplate.match, lexicon.caption.search
    for start, end in stripped_lines(text):
        span = text_span(text, start, end)
        line = span.text
        result.append(
            made_paragraph(
                span,
                len(result),
                boilerplate=bool(boilerplate(line)),
                caption=bool(caption(line)),
                headline=looks_like_headline(line, first=not result, lexicon=lexicon, plain=plain),
            )
        )
    return result


def looks_like_headline(line: str, *, first: bool = False, lexicon: Lexicon | None = None,
                        plain: bool = False) -> bool:
    """Title-case lines, and short lines with no sentence ending, are headings, not prose
    (``plain``: the line's letters are all ASCII, so the faster ``re`` finds its words)."""
    small_words = (lexicon or load_lexicon()).lists["headline_small_words"]
    ends_sentence = _ends_sentence(line) or (line.endswith(")") and _ends_sentence(_TRAILING_PARENTHESIS.sub("", line)))
    if ends_sentence and _two_lower_case_words(line, small_words):
        return False  # prose (most lines): the loop below would stop at its second lower-case word
    count = content = lowercase = 0
    for match in (_PLAIN_WORDS if plain else _WORDS).finditer(line):
        count += 1
        word = match.group()
        if word.lower() not in small_words:
            content += 1
            if not word[0].isupper():
                lowercase += 1
                if lowercase > 1 and ends_sentence:
                    return False  # prose: the answer is known after a few words
        if count > 20 and lowercase > 1:
            return False
    if not count:
        return True
    if not ends_sentence and count <= 20:
        return True
    return content >= 4 and lowercase <= 1 and (first or count <= 25)


def _two_lower_case_words(line: str, small_words: frozenset[str]) -> bool:
    """Whether two of the line's first dozen chunks between spaces are words in ASCII lower case
    and no small word: each is then a whole word of ``looks_like_headline``'s loop (a space is no
    letter, ’, ' or -: nothing joins it to another word), a lower-case content word.  A split
    at C speed, asked of every line, instead of a match object per word."""
    seen = False
    for chunk in line.split(None, 12):  # (the rest after the twelfth, when it holds a space, is no word)
        if chunk.isascii() and chunk.isalpha() and chunk.islower() and chunk not in small_words:
            if seen:
                return True
            seen = True
    return False


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in _SENTENCE_FINAL or line.endswith(("”", '"'))


# "… on her porch. (Peter Lund / CBC)": a photo credit after the prose does not make a heading
_TRAILING_PARENTHESIS = LazyStandardPattern(r"\s*\([^()]*\)\s*$")


def _inside(position: int, regions: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Whether ``position`` lies strictly inside one of ``regions`` (disjoint, in order; ``starts``
    are their starts)."""
    index = bisect.bisect_left(starts, position) - 1
    return index >= 0 and position < regions[index][1]


def _quotation_ends(text: str, regions: Sequence[tuple[int, int]], limit: int,
                    patterns: _Patterns = _UNICODE) -> Iterable[int]:
    """A quotation whose words end a sentence (`… prepared.” The`) ends the writer's sentence too."""
    for start, end in regions:
        inner = text[start:end].rstrip("\"“”„«»'‘’ ")
        following = patterns.quote_follows.match(text, end, end + 3 if end + 3 < limit else limit)
        if inner.endswith((".", "!", "?", "…")) and following:
            yield end


def _attribution_next(text: str, position: int, limit: int, lexicon: Lexicon, patterns: _Patterns = _UNICODE) -> bool:
    """Within the next few words, before any punctuation, a lower-case verb of saying."""
    reach = position + 80 if position + 80 < limit else limit
    for count, match in enumerate(patterns.word_or_punct.finditer(text, position, reach)):
        word = match.group().rstrip(".")
        if count > 6 or not word[:1].isalpha():
            return False
        if word.islower() and word in lexicon.cue_forms:
            return True
    return False


def sentences(
    text: str,
    paragraph: Span,
    *,
    lexicon: Lexicon,
    protected: Iterable[tuple[int, int]] = (),
    plain: bool = False,
) -> list[Span]:
    """Split a paragraph into sentences; never inside a protected region (a quotation).

    A quotation that opens its sentence keeps the attribution after it
    (`“… offensive!” Cruz said.`); anywhere else, its end is an ordinary sentence end.
    ``plain``: the text's letters are all ASCII (``tokens.plain_letters``): read with ``re``.
    """
    patterns = _PLAIN if plain else _UNICODE
    end = paragraph.end
    # callers pass this paragraph's (most paragraphs hold none: no list is made for them)
    regions = [(s, e) for s, e in protected if s < end and e > paragraph.start] if protected else None
    if not regions:  # most paragraphs: each sentence end found (in order, once) is a cut
        cuts = [paragraph.start]
        whole = paragraph.text
        core = whole.rstrip(_STOPS_AND_CLOSERS)
        # where no stop stands before the last run of stops and closers (over half the paragraphs),
        # every sentence end found would be that run, ending the paragraph: no cut, and no scan
        if "." in core or "!" in core or "?" in core or "…" in core:
            for match in patterns.sentence_end.finditer(text, paragraph.start, end):
                if match.end() < end and _is_sentence_boundary(text, match, lexicon, end, patterns):
                    cuts.append(match.end())
        if len(cuts) == 1 and whole and not whole[0].isspace() and not whole[-1].isspace():
            return [paragraph]  # one sentence, already stripped (most paragraphs): the paragraph's span
        cuts.append(paragraph.end)
        return _between(text, cuts)
    # a paragraph with quotations: no cut inside one, and a quotation's end kept before its attribution
    starts = [start for start, _ in regions]
    opening = set(starts)
    candidates = set(_quotation_ends(text, regions, paragraph.end, patterns))
    for match in patterns.sentence_end.finditer(text, paragraph.start, paragraph.end):
        boundary = match.end()
        if boundary < paragraph.end and not _inside(boundary, regions, starts) and (
            _is_sentence_boundary(text, match, lexicon, paragraph.end, patterns)
            or _quotation_opens_after(text, boundary, opening)
        ):
            candidates.add(boundary)
    opened_by = {end: start for start, end in regions}
    cuts = [paragraph.start]
    for boundary in sorted(candidates):
        start = opened_by.get(boundary)
        if start is not None and _strip(text, cuts[-1], start)[0] >= start and _attribution_next(
            text, boundary, paragraph.end, lexicon, patterns
        ):
            continue
        cuts.append(boundary)
    cuts.append(paragraph.end)
    return _between(text, cuts)


def _between(text: str, cuts: Sequence[int]) -> list[Span]:
    """The sentences between the cuts, stripped; none where only spaces stand."""
    result = []
    for start, end in itertools.pairwise(cuts):
        start, end = _strip(text, start, end)
        if start < end:
            result.append(text_span(text, start, end))
    return result


def _quotation_opens_after(text: str, boundary: int, opening: set[int]) -> bool:
    """`… Watson spoke. ”We have made …” Watson said.`: a paired quotation opens right after the
    stop, whatever glyph its opening mark was typed with (a closing one here)."""
    following = boundary
    while following < len(text) and following < boundary + 8 and text[following].isspace():
        following += 1
    return following in opening


def _is_sentence_boundary(text: str, match: re.Match | regex.Match, lexicon: Lexicon, limit: int,
                          patterns: _Patterns = _UNICODE) -> bool:
    # bounds as conditional expressions: the builtins min and max cost more than the test (asked at every stop)
    stop = match.end()
    following = patterns.next_char.match(text, stop, stop + 8 if stop + 8 < limit else limit)
    if not following:
        return False
    nxt = following.group(1)
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENING or nxt in "—–-"):
        return text.startswith(("http://", "https://", "www."), following.start(1))  # "… of $500. https://…"
    if nxt in "“«„" or (nxt == '"' and text[following.end(1):following.end(1) + 1].isupper()):
        return True  # "… in the U.S. “Forget about Ford,” he said": a quotation opens a new sentence
    if match.group().startswith(".") and len(match.group().rstrip("\"”’»)]")) == 1:
        back = match.start() - 30
        word = patterns.last_word.search(text[back if back > 0 else 0 : stop])
        token = word.group(1) if word else ""
        if token in lexicon.abbreviations or (len(token) == 2 and token[0].isupper() and token[1] == "."):
            return False
        if len(token) >= 4 and token[1] == "." and token[-1] == "." and _INITIALS.fullmatch(token):
            return False  # "J.K. Rowling", "the C.D. Howe Institute": initials before a name
    return True


def layout(text: str, *, lexicon: Lexicon, analysis: Analysis = EMPTY) -> Article:
    """The article: paragraphs, paired quotation marks, the token table, quotation-aware sentences."""
    plain = plain_letters(text)
    paras = paragraphs(text, lexicon, plain=plain)
    found = quotations(text, paras, plain=plain)
    table = TokenTable(text, lexicon, plain)
    for number, quotation in enumerate(found):
        table.mark_quotation(number, quotation.outer_start, quotation.outer_end)
    regions = [(q.outer_start, q.outer_end) for q in found]
    starts = [q.outer_start for q in found]
    ends = [q.outer_end for q in found]  # quotations are disjoint and in order: both lists sorted
    all_sentences = []
    word_starts = table.starts
    for paragraph in paras:
        if paragraph.boilerplate or paragraph.headline:
            continue
        low = bisect.bisect_left(ends, paragraph.start)
        high = bisect.bisect_left(starts, paragraph.end)
        first_word, end_word = table.range_of(paragraph.start, paragraph.end)
        whole = paragraph.span
        for span in sentences(text, whole, lexicon=lexicon, protected=regions[low:high] if low < high else (),
                              plain=plain):
            if span is whole:  # a paragraph of one sentence (most): its words are the paragraph's
                all_sentences.append(made_sentence(span, paragraph.index, first_word, end_word, table))
                continue
            # sentences end between tokens, so the table is cut, not read again (``TokenTable.range_of``
            # within the paragraph's words; a sentence's words end at or after its first)
            first = bisect.bisect_left(word_starts, span.start, first_word, end_word)
            end = bisect.bisect_left(word_starts, span.end, first, end_word)
            all_sentences.append(made_sentence(span, paragraph.index, first, end, table))
    return Article(text, lexicon, tuple(paras), tuple(found), table, tuple(all_sentences), analysis, plain=plain)

"""The document object the stages share: ``Article``, with its paragraphs, sentences and tokens.

Layout makes the article: its text, paragraphs, paired quotations, the token table and the
sentences (ranges of the table).  Each later stage reads it and adds its result: detection the
``candidates``, the mention stage the name ``mentions``, coreference the ``entities``; resolution
turns them into quotes.  The lexicon and the analysis (what a backend said, or nothing) travel
with it, so a stage needs nothing else.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING, Any

import attrs

from ..analysis import EMPTY, Analysis
from ..regexes import LazyPattern

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from ..model import Kind, Span
    from .marks import Quotation
    from .tokens import TokenTable, Word


_LETTER = LazyPattern(r"\p{L}")
_PLAIN_LETTERS = frozenset(string.ascii_letters)


def _is_letter(character: str) -> bool:
    """``\\p{L}``: an ASCII character looked up in a set, any other read by the pattern."""
    return character in _PLAIN_LETTERS if character.isascii() else _LETTER.match(character) is not None


def _letter_run(text: str, low: str) -> bool:
    """Whether ``low`` stands in ``text`` not after a letter, ’ ' or -, and before no letter: what
    ``(?<![\\p{L}’'-])low(?![\\p{L}])`` finds. A few words are asked per article, so each
    occurrence is found by ``str.find`` (C speed) and the characters around it read one by one,
    rather than every run of the text collected or a pattern compiled per word."""
    position = text.find(low)
    while position >= 0:
        end = position + len(low)
        before = text[position - 1] if position else ""
        if (not before or (before not in "’'-" and not _is_letter(before))) and (
                end == len(text) or not _is_letter(text[end])):
            return True
        position = text.find(low, position + 1)
    return False


@attrs.frozen
class Paragraph:
    span: Span
    index: int
    boilerplate: bool = False
    headline: bool = False
    caption: bool = False  # a photo caption: its people are no antecedents for the text around it
    # the span's offsets and text, copied once: read hundreds of thousands of times per archive,
    # a field costs less than a property
    start: int = attrs.field(init=False, repr=False, eq=False)
    end: int = attrs.field(init=False, repr=False, eq=False)
    text: str = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "start", self.span.start)  # a frozen class sets its own fields so
        object.__setattr__(self, "end", self.span.end)
        object.__setattr__(self, "text", self.span.text)


@attrs.frozen
class Sentence:
    """A sentence: its span, its paragraph, and its words as the range first..end-1 of the table."""

    span: Span
    paragraph: int
    first: int
    end: int
    tokens: TokenTable = attrs.field(repr=False, eq=False)

    @property
    def words(self) -> list[Word]:
        return self.tokens.words(self.first, self.end)

    @property
    def quotation_of(self) -> list[int | None]:
        """Per word: the index of the quotation holding it, or None."""
        return self.tokens.owner[self.first:self.end]


# a paragraph and a sentence made as their constructors make them, each field set through its
# slot's descriptor as the frozen classes' own __init__ does, with no generated __init__ and
# post-init hook run per object: layout makes one per line and per sentence of every article
_PARAGRAPH_SETTERS = tuple(getattr(Paragraph, name).__set__ for name in (
    "span", "index", "boilerplate", "headline", "caption", "start", "end", "text"))
_SENTENCE_SETTERS = tuple(getattr(Sentence, name).__set__ for name in ("span", "paragraph", "first", "end", "tokens"))


def made_paragraph(span: Span, index: int, boilerplate: bool, headline: bool, caption: bool) -> Paragraph:
    """``Paragraph(span, index, boilerplate=…, headline=…, caption=…)``, made faster."""
    paragraph = object.__new__(Paragraph)
    set_span, set_index, set_boilerplate, set_headline, set_caption, set_start, set_end, set_text = _PARAGRAPH_SETTERS
    set_span(paragraph, span)
    set_index(paragraph, index)
    set_boilerplate(paragraph, boilerplate)
    set_headline(paragraph, headline)
    set_caption(paragraph, caption)
    set_start(paragraph, span.start)
    set_end(paragraph, span.end)
    set_text(paragraph, span.text)
    return paragraph


def made_sentence(span: Span, paragraph: int, first: int, end: int, tokens: TokenTable) -> Sentence:
    """``Sentence(span, paragraph, first, end, tokens)``, made faster."""
    sentence = object.__new__(Sentence)
    set_span, set_paragraph, set_first, set_end, set_tokens = _SENTENCE_SETTERS
    set_span(sentence, span)
    set_paragraph(sentence, paragraph)
    set_first(sentence, first)
    set_end(sentence, end)
    set_tokens(sentence, tokens)
    return sentence


@attrs.define(eq=False)
class Article:
    """One document as the stages see it; layout makes it, each stage adds its result."""

    text: str
    lexicon: Lexicon = attrs.field(repr=False)
    paragraphs: tuple[Paragraph, ...]
    quotations: tuple[Quotation, ...]
    tokens: TokenTable = attrs.field(repr=False)
    sentences: tuple[Sentence, ...]
    analysis: Analysis = attrs.field(default=EMPTY, repr=False)
    plain: bool = attrs.field(default=False, repr=False, kw_only=True)  # letters all ASCII (``tokens.plain_letters``)
    candidates: list[Candidate] = attrs.field(factory=list, repr=False)  # added by detection
    mentions: list[Any] = attrs.field(factory=list, repr=False)  # NameMention, added by the mention stage
    entities: Any = attrs.field(default=None, repr=False)  # EntityIndex, added by coreference
    # SentenceReader, one per sentence, added by detection: the mention stage reads their columns
    # (texts, offsets, lower-case words, quotation flags) rather than slicing the table again
    readers: list[Any] = attrs.field(factory=list, repr=False)
    _lower_case: dict[str, bool] = attrs.field(factory=dict, init=False, repr=False)

    def writes_in_lower_case(self, word: str) -> bool:
        """Whether the text has ``word`` (in lower case) as a word of its own, not after an
        apostrophe or a hyphen (`prosecutors`, but not the `ring` of `re-ring`): a capitalised one
        opening a sentence is then a common word, not a name.  Mentions and resolution ask."""
        low = word.lower()
        known = self._lower_case.get(low)
        if known is None:
            known = _letter_run(self.text, low)
            self._lower_case[low] = known
        return known


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

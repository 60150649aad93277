"""The document object the stages share: paragraphs, sentences and their words, quote candidates."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from ..model import Kind, Span
    from .marks import Quotation
    from .tokens import Word


@attrs.frozen
class Paragraph:
    span: Span
    index: int
    boilerplate: bool = False
    headline: bool = False
    caption: bool = False  # a photo caption: its people are no antecedents for the text around it

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def text(self) -> str:
        return self.span.text


@attrs.frozen
class Sentence:
    span: Span
    paragraph: int
    words: tuple[Word, ...]
    quotation_of: tuple[int | None, ...]  # per word: index of the quotation holding it


@attrs.frozen
class Layout:
    text: str
    paragraphs: tuple[Paragraph, ...]
    quotations: tuple[Quotation, ...]
    sentences: tuple[Sentence, ...]


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

"""The project's own data types: documents, spans and quote records, all with character offsets.

Offsets are Python ``str`` indices into the document text exactly as decoded (docs/contract.md §2).  Every
span carries its text, and the validators refuse a span whose text cannot be its slice; the
``Document.span`` factory and ``Quote.check_against`` tie spans to one document.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from .errors import SpanError


class Kind(str, enum.Enum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"

    def __str__(self) -> str:
        return self.value


class SpeakerType(str, enum.Enum):
    PERSON = "person"
    ORGANIZATION = "organization"
    UNNAMED = "unnamed"
    UNRESOLVED = "unresolved"  # extractor output only: the article names the source, the rules could not tell who

    def __str__(self) -> str:
        return self.value


def _check_offsets(instance: Any, attribute: attrs.Attribute, value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise SpanError(f"{attribute.name} must be a non-negative int, got {value!r}")


@attrs.frozen
class Span:
    """A stretch of a document: ``text == document[start:end]``."""

    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_check_offsets)
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise SpanError(f"span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise SpanError(
                f"span text {self.text!r} has length {len(self.text)}, "
                f"expected {self.end - self.start} for offsets {self.start}:{self.end}"
            )

    def check_against(self, text: str, *, what: str = "span") -> None:
        if text[self.start : self.end] != self.text:
            raise SpanError(
                f"{what} {self.start}:{self.end} reads {text[self.start:self.end]!r} "
                f"in the document, expected {self.text!r}"
            )

    def __len__(self) -> int:
        return self.end - self.start


def text_span(text: str, start: int, end: int) -> Span:
    """The span ``start:end`` of ``text``, made without running the validators: its text is its
    slice by construction (the extractor makes spans by the hundred per article, all this way;
    a caller gives offsets of ``text`` with ``0 <= start <= end``)."""
    span = _new_span(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_text(span, text[start:end])
    return span


_new_span = object.__new__
# Span is frozen: its fields are set the way attrs sets them, through their slots' descriptors
_set_start, _set_end, _set_text = (getattr(Span, name).__set__ for name in ("start", "end", "text"))


@attrs.frozen
class Document:
    """An article: its text, untouched, and an optional name (the file name)."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    name: str | None = attrs.field(default=None)

    def span(self, start: int, end: int) -> Span:
        if not 0 <= start <= end <= len(self.text):
            raise SpanError(
                f"offsets {start}:{end} fall outside a document of length {len(self.text)}"
            )
        return Span(start, end, self.text[start:end])


def _as_float(value: Any) -> float:
    """``float(value)``, as a converter written in Python: given ``float`` itself, attrs reads
    its signature at class creation, which parses its text signature with ``tokenize`` and
    compiles that module's big pattern (~14M instructions at every start)."""
    return float(value)


def _confidence(instance: Any, attribute: attrs.Attribute, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must be within 0..1, got {value!r}")


@attrs.frozen
class Quote:
    """One quote record (docs/contract.md §2) plus the extractor's confidence."""

    content: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    kind: Kind = attrs.field(converter=Kind)
    speaker: str | None = None
    speaker_type: SpeakerType | None = attrs.field(
        default=None, converter=attrs.converters.optional(SpeakerType)
    )
    speaker_role: str | None = None
    mention: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    cue: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    confidence: float = attrs.field(default=1.0, converter=_as_float, validator=_confidence)
    note: str | None = None

    @property
    def start(self) -> int:
        return self.content.start

    @property
    def end(self) -> int:
        return self.content.end

    @property
    def text(self) -> str:
        return self.content.text

    def check_against(self, text: str) -> None:
        """Raise SpanError unless content, mention and cue are slices of ``text``."""
        self.content.check_against(text, what="content")
        if self.mention is not None:
            self.mention.check_against(text, what="mention")
        if self.cue is not None:
            self.cue.check_against(text, what="cue")


def made_quote(content: Span, kind: Kind, speaker: str | None, speaker_type: SpeakerType | None,
               speaker_role: str | None, mention: Span | None, cue: Span | None, confidence: float,
               note: str | None) -> Quote:
    """A ``Quote`` as the extractor makes it, without running the converters and validators:
    ``kind`` a ``Kind``, ``speaker_type`` a ``SpeakerType`` or None, the spans ``Span``s, as the
    converters would leave them (the pipeline makes a quote per candidate; ``Quote(...)`` checks
    every field).  Anything else (or a confidence outside 0..1) goes through ``Quote(...)``."""
    if not (type(kind) is Kind and (speaker_type is None or type(speaker_type) is SpeakerType)
            and type(content) is Span and (mention is None or type(mention) is Span)
            and (cue is None or type(cue) is Span) and type(confidence) is float and 0.0 <= confidence <= 1.0):
        return Quote(content, kind, speaker, speaker_type, speaker_role, mention, cue, confidence, note)
    quote = _new_span(Quote)
    # one call per field, written out: a loop over the setters made a tuple, a zip and nine turns per quote
    _set_content(quote, content)
    _set_kind(quote, kind)
    _set_speaker(quote, speaker)
    _set_speaker_type(quote, speaker_type)
    _set_speaker_role(quote, speaker_role)
    _set_mention(quote, mention)
    _set_cue(quote, cue)
    _set_confidence(quote, confidence)
    _set_note(quote, note)
    return quote


# Quote is frozen: its fields are set the way attrs sets them, through their slots' descriptors
(_set_content, _set_kind, _set_speaker, _set_speaker_type, _set_speaker_role, _set_mention, _set_cue,
 _set_confidence, _set_note) = (getattr(Quote, field.name).__set__ for field in attrs.fields(Quote))


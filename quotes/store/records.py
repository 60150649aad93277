"""What the quote store returns: indexing outcomes, search hits, filters, speaker rows, conflicts."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from ..inputs import Failure
from ..output import SpeakerRow
from ..serialize import UNRESOLVED


class Status(str, enum.Enum):
    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"
    FAILED = "failed"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Outcome:
    """What indexing did with one input."""

    source: str
    status: Status
    quotes: int = 0
    problem: str | None = None
    warning: str | None = None


@attrs.define
class IndexSummary:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    quotes: int = 0
    failures: list[Failure] = attrs.field(factory=list)
    warnings: list[str] = attrs.field(factory=list)

    @property
    def indexed(self) -> int:
        return self.added + self.replaced

    @property
    def failed(self) -> int:
        return len(self.failures)

    def add(self, outcome: Outcome) -> None:
        if outcome.warning:
            self.warnings.append(outcome.warning)
        if outcome.status is Status.FAILED:
            self.failures.append(Failure(outcome.source, outcome.problem or "failed"))
            return
        setattr(self, outcome.status.value, getattr(self, outcome.status.value) + 1)
        self.quotes += outcome.quotes


@attrs.frozen
class Hit:
    """One search result: a stored quote with its document.

    ``score`` is the negated bm25 rank of a text query (higher is better), None without a query.
    ``also_in`` names the other articles carrying the same statement.
    """

    quote_id: int
    speaker: str | None
    speaker_type: str | None
    role: str | None
    kind: str
    text: str
    document: str
    path: str
    start: int
    end: int
    mention: str | None
    cue: str | None
    confidence: float
    note: str | None
    context: str
    title: str | None
    date: str | None
    url: str | None
    outlet: str | None = None
    author: str | None = None
    article_speaker: str | None = None
    statement_id: int | None = None
    score: float | None = None
    also_in: tuple[str, ...] = ()

    def as_record(self) -> dict[str, Any]:
        record = attrs.asdict(self)
        record["speaker_type"] = self.speaker_type or UNRESOLVED  # as `quotes extract` writes it
        record["also_in"] = list(self.also_in)
        return record


@attrs.define
class StoredSpeakerRow(SpeakerRow):
    """A who-said-what row read from the store, with the speaker's aliases."""

    aliases: list[str] = attrs.field(factory=list)


@attrs.frozen
class Filters:
    """Which articles of the store to read: by outlet (any spelling of its name) and by date
    (ISO 8601 text, compared as text, inclusive); and which of their quotes, by confidence."""

    outlets: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    min_confidence: float | None = None  # quotes below this confidence are left out

    @classmethod
    def of(cls, args: Any) -> Filters:
        """The filters of a command's ``--outlet``, ``--since``, ``--until`` and ``--min-confidence``."""
        return cls(tuple(getattr(args, "outlet", None) or ()), getattr(args, "since", None),
                   getattr(args, "until", None), getattr(args, "min_confidence", None))

    def __bool__(self) -> bool:
        return bool(self.outlets or self.since or self.until or self.min_confidence is not None)


@attrs.frozen
class ConflictQuote:
    """One article's version of a statement: who it gives it to, and how sure the extractor was."""

    quote_id: int
    document: str
    title: str | None
    outlet: str | None
    date: str | None
    url: str | None
    speaker: str | None
    speaker_type: str | None
    article_speaker: str | None
    mention: str | None
    cue: str | None
    confidence: float
    kind: str
    start: int
    end: int
    text: str


@attrs.frozen
class Conflict:
    """A statement the store gives to different speakers in different articles."""

    statement_id: int
    text: str
    speakers: tuple[str, ...]
    quotes: tuple[ConflictQuote, ...]

"""JSON (de)serialisation of quote records, in one place: records and golden files as
docs/contract.md defines them."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .errors import GoldenFormatError, SpanError
from .model import Kind, Quote, Span, SpeakerType

RECORD_FIELDS = (
    "start", "end", "text", "kind", "speaker", "speaker_type", "speaker_role",
    "mention", "mention_start", "mention_end", "cue", "cue_start", "cue_end",
)
UNRESOLVED = SpeakerType.UNRESOLVED.value
"""``speaker_type`` of an extracted quote whose source the article names but the extractor could
not tell who it is (``speaker`` null); golden files never use it (docs/contract.md)."""
OUTPUT_SPEAKER_TYPES = tuple(t.value for t in SpeakerType)
GOLDEN_SPEAKER_TYPES = tuple(t for t in OUTPUT_SPEAKER_TYPES if t != UNRESOLVED)


# an enum member's value, looked up in a dict (``.value`` is a property, slow when read per field)
_VALUES: dict[Kind | SpeakerType, str] = {member: member.value for enum in (Kind, SpeakerType) for member in enum}
# what ``json.dumps(record, ensure_ascii=False)`` makes for each call, made once; a record holds
# no container twice, so the encoder need not keep a table of those it is inside
_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)
# each confidence written, rounded once (``round`` to places is slow, and quotes carry a few dozen
# values); zero is not kept, as 0.0 and -0.0 are one key and round apart; cleared when full
_ROUNDED: dict[float, float] = {}
ROUNDED_KEPT = 4096


def quote_to_record(quote: Quote, *, confidence: bool = True) -> dict[str, Any]:
    """A record as docs/contract.md defines it (plus ``confidence`` and ``note`` when present),
    fields in that order."""
    content, mention, cue = quote.content, quote.mention, quote.cue  # each read once (the offsets are properties)
    record: dict[str, Any] = {
        "start": content.start,
        "end": content.end,
        "text": content.text,
        "kind": _VALUES[quote.kind],
        "speaker": quote.speaker,
        "speaker_type": _VALUES[quote.speaker_type] if quote.speaker_type else UNRESOLVED,  # never null
        "speaker_role": quote.speaker_role,
    }
    # a span of no characters is written as none, as a missing one (its offsets compared, not
    # ``if span``, which calls the Python ``__len__``)
    if mention is not None and mention.end != mention.start:
        record["mention"], record["mention_start"], record["mention_end"] = mention.text, mention.start, mention.end
    else:
        record["mention"] = record["mention_start"] = record["mention_end"] = None
    if cue is not None and cue.end != cue.start:
        record["cue"], record["cue_start"], record["cue_end"] = cue.text, cue.start, cue.end
    else:
        record["cue"] = record["cue_start"] = record["cue_end"] = None
    if confidence:
        record["confidence"] = rounded_confidence(quote.confidence)
    if quote.note:
        record["note"] = quote.note
    return record


def rounded_confidence(value: float) -> float:
    """``round(value, 3)``, looked up when the value was written before."""
    rounded = _ROUNDED.get(value)
    if rounded is None:
        rounded = round(value, 3)
        if value:
            if len(_ROUNDED) >= ROUNDED_KEPT:
                _ROUNDED.clear()
            _ROUNDED[value] = rounded
    return rounded


def document_record(name: str, quotes: Iterable[Quote]) -> dict[str, Any]:
    return {"document": name, "quotes": [quote_to_record(q) for q in quotes]}


def dumps_line(name: str, quotes: Iterable[Quote]) -> str:
    """One JSON Lines row; key order fixed and non-ASCII kept, so output is byte-stable."""
    return _ENCODER.encode(document_record(name, quotes))


def _optional_span(record: Mapping[str, Any], name: str, where: str, index: int) -> Span | None:
    text, start, end = record.get(name), record.get(f"{name}_start"), record.get(f"{name}_end")
    if text is None and start is None and end is None:
        return None
    if not isinstance(text, str) or not isinstance(start, int) or not isinstance(end, int):
        raise GoldenFormatError(
            where, f"{name} needs text, {name}_start and {name}_end together, "
            f"got {text!r}, {start!r}, {end!r}", record=index,
        )
    return Span(start, end, text)


def quote_from_record(record: Any, *, where: str, index: int, text: str | None = None) -> Quote:
    """A Quote from a golden record; GoldenFormatError names the file, record and problem."""
    if not isinstance(record, Mapping):
        raise GoldenFormatError(where, f"expected an object, got {type(record).__name__}", record=index)
    missing = [field for field in ("start", "end", "text", "kind") if field not in record]
    if missing:
        raise GoldenFormatError(where, f"missing field(s) {', '.join(missing)}", record=index)
    try:
        kind = Kind(record["kind"])
    except ValueError:
        raise GoldenFormatError(
            where, f"kind must be one of direct, indirect, mixed, got {record['kind']!r}", record=index
        ) from None
    speaker_type = record.get("speaker_type")
    if speaker_type is not None and speaker_type not in GOLDEN_SPEAKER_TYPES:
        raise GoldenFormatError(
            where, f"speaker_type must be {', '.join(GOLDEN_SPEAKER_TYPES[:-1])} or "
            f"{GOLDEN_SPEAKER_TYPES[-1]}, got {speaker_type!r}", record=index,
        )
    try:
        quote = Quote(
            content=Span(record["start"], record["end"], record["text"]),
            kind=kind,
            speaker=record.get("speaker"),
            speaker_type=speaker_type,
            speaker_role=record.get("speaker_role"),
            mention=_optional_span(record, "mention", where, index),
            cue=_optional_span(record, "cue", where, index),
            confidence=record.get("confidence", 1.0),
            note=record.get("note"),
        )
        if text is not None:
            quote.check_against(text)
    except (SpanError, TypeError, ValueError) as error:
        if isinstance(error, GoldenFormatError):
            raise
        raise GoldenFormatError(where, str(error), record=index) from None
    return quote


def load_golden(json_path: Path, text: str) -> list[Quote]:
    """The quotes of one golden file, validated against its article text and in document order."""
    where = str(json_path)
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldenFormatError(where, f"cannot read JSON: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("quotes"), list):
        raise GoldenFormatError(where, 'expected an object with a "quotes" list')
    expected_name = json_path.with_suffix(".txt").name
    if data.get("document") != expected_name:
        raise GoldenFormatError(
            where, f'"document" is {data.get("document")!r}, expected {expected_name!r}'
        )
    quotes = [
        quote_from_record(record, where=where, index=index, text=text)
        for index, record in enumerate(data["quotes"])
    ]
    for index, (before, after) in enumerate(itertools.pairwise(quotes), start=1):
        if (after.start, after.end) < (before.start, before.end):
            raise GoldenFormatError(where, "quotes are not in document order", record=index)
    return quotes

"""Shortcuts of the command line and of the records give what the plain way gives.

A run that names its command builds that command's parser alone: it must parse, print and
refuse exactly as the parser of every command does.  A record is written with its spans' offsets
compared and its confidence rounded once per value: it must read as ``if span`` and ``round``
make it.  A file name with no unprintable character is shown as it is, with no pattern asked.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import re

import attrs
import pytest

from quotes import analysis, inputs, serialize
from quotes.cli import build_parser
from quotes.model import Kind, Quote, Span, SpeakerType, text_span
from quotes.serialize import quote_to_record

ARGUMENTS = {
    "extract": [["a.txt"], ["a.txt", "b/", "--format", "csv", "-o", "out.csv", "--jobs", "2", "--no-progress"],
                ["-", "--bom", "--nlp", "stanza", "--stanza-dir", "d"], [], ["a.txt", "--format", "xml"],
                ["a.txt", "--jobs", "-1"], ["a.txt", "--bogus"], ["--help"], ["a.txt", "--version"]],
    "table": [["a/", "--format", "csv"], ["--db", "q.db", "--min-confidence", "0.5"], ["--help"], ["--bogus"]],
    "check": [[], ["golden", "--min-f1", "0.9", "--no-diff"], ["--min-f1", "x"], ["--help"]],
    "index": [["a/", "--db", "q.db", "--jobs", "0"], ["a/"], ["--help"]],
    "search": [["words", "--db", "q.db"], ["--help"], []],
    "conflicts": [["--db", "q.db"], ["--help"]],
    "report": [["a/", "-o", "r.html"], ["--help"]],
    "spark-extract": [["in", "out", "--format", "jsonl"], ["--help"], ["in"]],
}


def parsed(parser, arguments: list[str]) -> tuple:
    """What parsing ``arguments`` gives: the options (the entry point only as there or not, a
    new closure at each build), or the exit code; and what was printed."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            options = vars(parser.parse_args(arguments))
            result: object = {key: (callable(value) if key == "run" else value) for key, value in options.items()}
        except SystemExit as stop:
            result = ("exit", stop.code)
    return result, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("command", sorted(ARGUMENTS))
def test_the_parser_of_one_command_parses_as_the_parser_of_all(command):
    for arguments in ARGUMENTS[command]:
        every = parsed(build_parser(), [command, *arguments])
        assert parsed(build_parser(command), [command, *arguments]) == every, arguments


def test_every_command_has_its_module_named():
    subparsers = build_parser()._subparsers._group_actions[0]  # type: ignore[union-attr]
    assert sorted(subparsers.choices) == sorted(ARGUMENTS)
    for command in ARGUMENTS:
        alone = build_parser(command)._subparsers._group_actions[0]  # type: ignore[union-attr]
        assert list(alone.choices) == [command]


@pytest.mark.parametrize("arguments", [[], ["--help"], ["--version"], ["extrac"], ["-h", "extract"], ["nothing", "x"]])
def test_arguments_opening_with_no_command_get_the_whole_parser(arguments):
    opening = arguments[0] if arguments else None
    assert parsed(build_parser(opening), arguments) == parsed(build_parser(), arguments)
    assert len(build_parser(opening)._subparsers._group_actions[0].choices) == len(ARGUMENTS)  # type: ignore[union-attr]


def plain_record(quote: Quote) -> dict:
    """``quote_to_record`` as written before: ``if span`` and ``round``."""
    mention, cue = quote.mention, quote.cue
    return {"start": quote.content.start, "end": quote.content.end, "text": quote.content.text,
            "kind": quote.kind.value, "speaker": quote.speaker,
            "speaker_type": quote.speaker_type.value if quote.speaker_type else "unresolved",
            "speaker_role": quote.speaker_role,
            "mention": mention.text if mention else None, "mention_start": mention.start if mention else None,
            "mention_end": mention.end if mention else None,
            "cue": cue.text if cue else None, "cue_start": cue.start if cue else None,
            "cue_end": cue.end if cue else None,
            "confidence": round(quote.confidence, 3), **({"note": quote.note} if quote.note else {})}


def test_records_are_written_as_the_plain_computation_writes_them():
    chooser = random.Random(8)
    text = "Ann said: “It is so.” Bob said nothing, as the court heard."
    confidences = [0.0, -0.0, 1.0, 0.5, 0.0005, 0.0015, 0.9995, 0.7654999, 0.123456789, 1e-9]
    for _ in range(3000):
        spans = []
        for _ in range(3):
            start = chooser.randrange(len(text) + 1)
            end = start if chooser.random() < 0.3 else chooser.randrange(start, len(text) + 1)
            spans.append(text_span(text, start, end) if chooser.random() < 0.8 else None)
        content = spans[0] or text_span(text, 0, 3)
        confidence = chooser.choice(confidences) if chooser.random() < 0.5 else chooser.random()
        quote = Quote(content, chooser.choice(list(Kind)), chooser.choice([None, "Ann"]),
                      chooser.choice([None, *SpeakerType]), chooser.choice([None, "mayor"]), spans[1], spans[2],
                      confidence, chooser.choice([None, "", "a note"]))
        made = quote_to_record(quote)
        expected = plain_record(quote)
        assert json.dumps(made, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False), quote
        assert list(made) == list(expected)


def test_confidences_round_as_round_does_also_when_their_table_is_full():
    chooser = random.Random(3)
    values = [chooser.random() for _ in range(3 * serialize.ROUNDED_KEPT)] + [0.0, -0.0, 0.0005, -0.0, 0.0]
    for value in values + values[::-1]:
        assert repr(serialize.rounded_confidence(value)) == repr(round(value, 3))
    assert len(serialize._ROUNDED) <= serialize.ROUNDED_KEPT


def plain_display_name(path: str) -> str:
    """``display_name`` with no shortcut for a name holding no unprintable character."""
    raw = os.fsencode(path)
    shown = raw.decode("utf-8", "backslashreplace") if b"\\" not in raw else inputs._escape_backslashes(raw)
    return re.sub(r"[\x00-\x1f\x7f]", lambda c: f"\\x{ord(c.group()):02x}", shown)


def test_names_are_shown_as_the_plain_computation_shows_them():
    chooser = random.Random(5)
    alphabet = "ab/ .-_\\\t\n\r\x00\x1b\x7f\x80\x9f\xa0\u00e9\u2028\u200b\ufeff\udcff😀"
    for _ in range(5000):
        name = "".join(chooser.choice(alphabet) for _ in range(chooser.randrange(12)))
        assert inputs.display_name(name) == plain_display_name(name), repr(name)


def test_the_analysis_records_read_and_print_as_the_attrs_classes_they_were():
    @attrs.frozen
    class Token:
        span: Span
        sentence: int
        lemma: str | None = None
        upos: str | None = None
        head: int | None = None
        deprel: str | None = None

    @attrs.frozen
    class EntitySpan:
        span: Span
        label: str

    span = Span(0, 3, "Ann")
    fields = {"span": span, "sentence": 2, "lemma": "ann", "upos": "PROPN", "head": None, "deprel": "nsubj"}
    assert repr(analysis.Token(**fields)) == repr(Token(**fields))
    assert analysis.Token(**fields)._asdict() == attrs.asdict(Token(**fields), recurse=False)
    assert repr(analysis.Token(span, 0)) == repr(Token(span, 0))
    assert repr(analysis.EntitySpan(span, "PER")) == repr(EntitySpan(span, "PER"))
    assert analysis.Analysis() == analysis.EMPTY and not analysis.EMPTY.tokens and analysis.EMPTY.person_spans() == []
    assert repr(analysis.EMPTY) == "Analysis(tokens=(), entities=(), coref=(), sentences=())"
    with pytest.raises(AttributeError):
        analysis.EMPTY.tokens = (analysis.Token(span, 0),)  # type: ignore[misc]

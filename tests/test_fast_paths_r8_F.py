"""Start-up shortcuts of the command line and the records give what the plain way gives.

A run that names its command builds that command's parser alone: it must parse, print and
refuse exactly as the parser of every command does.
"""

from __future__ import annotations

import contextlib
import io

import pytest

from quotes.cli import build_parser

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

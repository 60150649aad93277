"""Nothing lost on the way in: file names, directory trees and odd files (issue 15).

Every input either becomes a document, named by the path its argument reached it by, or a
failure with one line on stderr naming it; the other inputs still reach the output.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.inputs import display_name
from tests.conftest import ROOT

ARTICLE = "Lavrov said that Washington now had the initiative.\n\n“We are ready,” Blinken said.\n"
BAD_NAME = os.fsdecode(b"bad\xff name.txt")  # not UTF-8: \xff cannot start a character
SHOWN = "bad\\xff name.txt"  # how every output writes it


def write(path: Path, content: str | bytes = ARTICLE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def documents_in(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def documents_in_store(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return json.dumps(connection.execute("SELECT name, path FROM documents ORDER BY name").fetchall())
    finally:
        connection.close()


# --------------------------------------------------------------------------- file names


@pytest.mark.parametrize(("command", "output", "read"), [
    (["extract", "-o"], "out.jsonl", documents_in),
    (["extract", "--format", "csv", "-o"], "out.csv", documents_in),
    (["extract", "--format", "md", "-o"], "out.md", documents_in),
    (["index", "--db"], "quotes.db", documents_in_store),
    (["report", "-o"], "report.html", documents_in),
    (["table", "-o"], "table.md", documents_in),
    (["table", "--format", "csv", "-o"], "table.csv", documents_in),
])
def test_a_file_name_that_is_not_utf8_reaches_the_output(run_cli, tmp_path, command, output, read):
    """Once a traceback that lost every good file's output too."""
    folder = tmp_path / "news"
    write(folder / BAD_NAME)
    write(folder / "good.txt")
    result = run_cli(*command, tmp_path / output, folder)
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
    written = read(tmp_path / output)
    assert SHOWN in written.replace("\\\\", "\\") and "good.txt" in written
    assert not list(tmp_path.glob(".*.partial"))


def test_stored_names_lead_back_to_the_file(run_cli, tmp_path):
    from quotes.inputs import display_name, path_of_name

    folder = tmp_path / os.fsdecode(b"d\xe9p\xeaches")  # Latin-1 folder name
    write(folder / BAD_NAME)
    assert run_cli("index", folder, "--db", tmp_path / "q.db").code == 0
    result = run_cli("search", "--db", tmp_path / "q.db", "--format", "json")
    [document] = {(hit["document"], hit["path"]) for hit in json.loads(result.out)}
    assert document[0] == f"{tmp_path}/d\\xe9p\\xeaches/{SHOWN}"
    assert path_of_name(document[0]).read_text(encoding="utf-8") == ARTICLE
    assert path_of_name(document[1]).samefile(folder / BAD_NAME)


@pytest.mark.parametrize(("raw", "shown"), [
    (b"plain.txt", "plain.txt"),
    (b"caf\xc3\xa9.txt", "café.txt"),  # valid UTF-8 stays as it is
    (b"bad\xff.txt", "bad\\xff.txt"),
    (b"latin\xe9\xe8.txt", "latin\\xe9\\xe8.txt"),
    (b"back\\slash.txt", "back\\\\slash.txt"),  # a real backslash is doubled ...
    (b"back\\xff.txt", "back\\\\xff.txt"),  # ... so it is never read as an escape
    (b"both\\\xff.txt", "both\\\\\\xff.txt"),
    (b"line\nbreak.txt", "line\\x0abreak.txt"),  # a control character too: a name stays on one line
    (b"_/\r/_.txt", "_/\\x0d/_.txt"),  # (the fuzz test's carriage return split a Markdown table row)
    (b"dir\xfe/x.txt", "dir\\xfe/x.txt"),
])
def test_display_name_is_reversible(raw, shown):
    from quotes.inputs import display_name, path_of_name

    path = Path(os.fsdecode(raw))
    assert display_name(path) == shown
    assert os.fsencode(path_of_name(shown)) == raw
    assert shown.encode("utf-8")  # any output can hold it


@pytest.mark.parametrize(("arguments", "expected"), [
    (["2022", "2023"], ["2022/x.txt", "2023/x.txt"]),
    (["2022/", "./2023/"], ["2022/x.txt", "2023/x.txt"]),
    (["2022/x.txt", "2023/x.txt"], ["2022/x.txt", "2023/x.txt"]),
    (["."], ["2022/x.txt", "2023/x.txt"]),
    (["archive/../2022"], ["2022/x.txt"]),
])
def test_files_of_the_same_name_in_two_folders_are_two_documents(run_cli, tmp_path, monkeypatch, arguments, expected):
    write(tmp_path / "2022" / "x.txt")
    write(tmp_path / "2023" / "x.txt", ARTICLE.replace("Lavrov", "Peskov"))
    (tmp_path / "archive").mkdir()
    monkeypatch.chdir(tmp_path)
    result = run_cli("extract", *arguments)
    assert result.code == 0, result.err
    assert [json.loads(line)["document"] for line in result.out.splitlines()] == expected


# --------------------------------------------------------------------------- directory trees


def dangling_link(root: Path) -> Path:
    (root / "gone.txt").symlink_to(root / "nowhere.txt")
    return root / "gone.txt"


def looping_link(root: Path) -> Path:
    (root / "loop.txt").symlink_to(root / "loop.txt")
    return root / "loop.txt"


def folder_link_to_its_parent(root: Path) -> Path:
    write(root / "sub" / "inner.txt")
    (root / "sub" / "up").symlink_to(root)
    return root / "sub" / "up"


def fifo(root: Path) -> Path:
    os.mkfifo(root / "pipe.txt")
    return root / "pipe.txt"


def empty_file(root: Path) -> Path:
    return write(root / "empty.txt", b"")


def binary_file(root: Path) -> Path:
    return write(root / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


@pytest.mark.parametrize(("make", "problem"), [
    (dangling_link, "dangling symbolic link"),
    (looping_link, "symbolic link loop"),
    (folder_link_to_its_parent, "symbolic link loop"),
    (fifo, "not a regular file (a FIFO)"),
    (empty_file, "empty file"),
    (binary_file, "binary file"),
], ids=lambda value: getattr(value, "__name__", "problem"))
def test_a_bad_entry_in_a_directory_is_reported_not_skipped(run_cli, tmp_path, make, problem):
    """Once skipped in silence: exit 0 and "0 failures" (a FIFO would have hung the batch)."""
    root = tmp_path / "news"
    write(root / "good.txt")
    bad = make(root)
    result = run_cli("extract", root)
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("quotes: error:")]
    assert errors == [f"quotes: error: {bad}: {problem}" + errors[0].split(problem, 1)[-1]]
    assert "1 input(s) failed" in result.err
    assert f"{root}/good.txt" in {json.loads(line)["document"] for line in result.out.splitlines()}


def test_an_unreadable_subdirectory_is_reported(run_cli, tmp_path, monkeypatch):
    """As root, chmod 000 does not stop reading, so the refusal is simulated where the scan
    asks for the directory's entries."""
    root = tmp_path / "news"
    write(root / "good.txt")
    write(root / "locked" / "hidden.txt")
    scandir = os.scandir

    def refusing(path="."):
        if Path(os.fsdecode(path)).name == "locked":
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    result = run_cli("extract", root)
    assert result.code == 1
    assert f"quotes: error: {root}/locked: permission denied" in result.err.splitlines()
    assert [json.loads(line)["document"] for line in result.out.splitlines()] == [f"{root}/good.txt"]


def test_a_folder_linked_twice_is_read_under_both_names(run_cli, tmp_path):
    """A second way into one folder is no loop: nothing is reported and nothing is skipped."""
    root = tmp_path / "news"
    write(root / "a" / "x.txt")
    (root / "b").symlink_to(root / "a")
    result = run_cli("extract", root)
    assert result.code == 0, result.err
    assert [json.loads(line)["document"] for line in result.out.splitlines()] == [f"{root}/a/x.txt", f"{root}/b/x.txt"]


@pytest.mark.parametrize(("make", "problem"), [
    (looping_link, "symbolic link loop"),  # was "no such file or directory"
    (dangling_link, "dangling symbolic link"),
    (lambda root: root / "missing.txt", "no such file or directory"),
], ids=["loop", "dangling", "missing"])
def test_a_bad_path_argument_is_named_for_what_it_is(run_cli, tmp_path, make, problem):
    bad = make(tmp_path)
    result = run_cli("extract", bad, write(tmp_path / "good.txt"))
    assert result.code == 1
    assert result.err.startswith(f"quotes: error: {bad}: {problem}")
    assert json.loads(result.out)["document"] == str(tmp_path / "good.txt")


def test_a_fifo_given_as_a_path_is_refused_without_reading_it(tmp_path):
    """Reading a FIFO waits for a writer forever: the command must refuse it, not hang."""
    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path / "good.txt")
    command = [sys.executable, "-m", "quotes", "extract", "pipe.txt", "good.txt"]
    try:
        run = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=60,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    except subprocess.TimeoutExpired:
        pytest.fail("quotes extract hung reading a FIFO")
    assert run.returncode == 1
    assert run.stderr.startswith("quotes: error: pipe.txt: not a regular file (a FIFO)")
    assert json.loads(run.stdout)["document"] == "good.txt"


@pytest.mark.parametrize("content", [
    "Lavrov said that it was over.\n".encode("utf-16"),  # with a byte-order mark
    "Lavrov said that it was over.\n".encode("utf-16-be"),
    "Lavrov said that it was over.\n".encode("utf-16-le"),
], ids=["bom", "big-endian", "little-endian"])
def test_utf16_is_named_as_utf16_not_binary(run_cli, tmp_path, content):
    path = write(tmp_path / "wide.txt", content)
    result = run_cli("extract", path)
    assert result.code == 1
    assert result.err.startswith(f"quotes: error: {path}: UTF-16 text (expected UTF-8")


@pytest.mark.parametrize("name", ["-rf.txt", "--help.txt", "-", " space.txt", "new\nline.txt"])
def test_a_file_name_like_an_option_is_an_input_after_double_dash(run_cli, tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    if name != "-":  # `-` stays standard input
        write(tmp_path / name)
    result = run_cli("extract", "--", name, stdin=ARTICLE.encode())
    assert result.code == 0, result.err
    assert json.loads(result.out)["document"] == ("<stdin>" if name == "-" else display_name(name))

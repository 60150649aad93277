"""Nothing lost on the way out: output files, CSV for spreadsheets (issue 15).

An output file appears complete or not at all; it never replaces an input article; when it
cannot be written the command says so in one line and exits 2.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

ARTICLE = "Lavrov said that Washington now had the initiative.\n\n“We are ready,” Blinken said.\n"
COMMANDS = {
    "extract": ["extract"],
    "extract-csv": ["extract", "--format", "csv"],
    "table": ["table"],
    "table-csv": ["table", "--format", "csv"],
    "report": ["report"],
}


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "news" / "a.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def leftovers(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.name.endswith(".partial")]


# --------------------------------------------------------------------------- -o over an input


def same_path(article: Path) -> Path:
    return article


def another_spelling(article: Path) -> Path:
    return article.parent / ".." / article.parent.name / article.name


def symbolic_link(article: Path) -> Path:
    link = article.parent.parent / "link.txt"
    link.symlink_to(article)
    return link


def hard_link(article: Path) -> Path:
    link = article.parent.parent / "hard.txt"
    os.link(article, link)
    return link


@pytest.mark.parametrize("command", ["extract", "table", "report"])
@pytest.mark.parametrize("target", [same_path, another_spelling, symbolic_link, hard_link],
                         ids=lambda f: f.__name__)
def test_output_over_an_input_article_is_refused(run_cli, article, command, target):
    """Once `-o` naming an input silently replaced the article with the output."""
    output = target(article)
    result = run_cli(*COMMANDS[command], article.parent, "-o", output)
    assert result.code == 2
    assert result.err == (f"quotes: error: {output}: refusing to write the output over one of the "
                          "input articles (choose another -o FILE)\n")
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert not leftovers(article.parent.parent)


# --------------------------------------------------------------------------- output errors


def a_directory(root: Path) -> tuple[Path, str]:
    (root / "out").mkdir()
    return root / "out", "it is a directory (expected a file name)"


def a_missing_folder(root: Path) -> tuple[Path, str]:
    return root / "missing" / "out.txt", "(its folder does not exist)"


def a_full_disk(root: Path) -> tuple[Path, str]:
    return Path("/dev/full"), "(No space left on device)"


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("target", [a_directory, a_missing_folder, a_full_disk], ids=lambda f: f.__name__)
def test_an_output_that_cannot_be_written_is_one_line_and_exit_2(run_cli, article, tmp_path, command, target):
    """Once a traceback, and a .partial file left behind."""
    if target is a_full_disk and not Path("/dev/full").exists():
        pytest.skip("this system has no /dev/full")
    output, problem = target(tmp_path)
    result = run_cli(*COMMANDS[command], article, "-o", output)
    assert result.code == 2
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"quotes: error: {output}: cannot write the output")
    assert lines[0].endswith(problem)
    assert not leftovers(tmp_path)


def test_the_output_file_appears_only_when_complete(run_cli, article, tmp_path):
    output = tmp_path / "out.jsonl"
    assert run_cli("extract", article, "-o", output).code == 0
    assert json.loads(output.read_text(encoding="utf-8"))["document"] == str(article)
    assert not leftovers(tmp_path)


# --------------------------------------------------------------------------- CSV for spreadsheets


FORMULA_TEXTS = [
    ("“=1+1 is two,” Lavrov said.", "'=1+1 is two,"),
    ("“-5 degrees is cold,” Lavrov said.", "'-5 degrees is cold,"),
    ("“+7 points in the polls,” Lavrov said.", "'+7 points in the polls,"),
    ("“@everyone listen to me,” Lavrov said.", "'@everyone listen to me,"),
    ("“=cmd|' /C calc'!A0 is an old trick,” Lavrov said.", "'=cmd|' /C calc'!A0 is an old trick,"),
    ("“=SUM(A1:A9) is the total,” Lavrov said.", "'=SUM(A1:A9) is the total,"),
    ("“Five degrees is cold,” Lavrov said.", "Five degrees is cold,"),  # nothing to neutralise
]


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize(("sentence", "cell"), FORMULA_TEXTS)
@pytest.mark.parametrize("command", ["extract", "table"])
def test_csv_cells_that_would_be_formulas_are_neutralised(run_cli, tmp_path, sentence, cell, command):
    path = tmp_path / "a.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    result = run_cli(command, path, "--format", "csv")
    assert result.code == 0, result.err
    [row] = csv_rows(result.out)
    assert row["text"] == cell
    assert row["start"].isdigit()  # numbers stay numbers
    exact = json.loads(run_cli("extract", path).out)["quotes"][0]["text"]
    assert exact == cell.removeprefix("'")  # JSON keeps the text exact


def test_a_document_name_that_looks_like_a_formula_is_neutralised(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("=cmd.txt").write_text(ARTICLE, encoding="utf-8")
    for command in ("extract", "table"):
        rows = csv_rows(run_cli(command, "=cmd.txt", "--format", "csv").out)
        assert {row["document"] for row in rows} == {"'=cmd.txt"}


def test_search_csv_is_neutralised_too(run_cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(FORMULA_TEXTS[0][0] + "\n", encoding="utf-8")
    assert run_cli("index", path, "--db", tmp_path / "q.db").code == 0
    [row] = csv_rows(run_cli("search", "--db", tmp_path / "q.db", "--format", "csv").out)
    assert row["text"] == FORMULA_TEXTS[0][1]


@pytest.mark.parametrize(("command", "bom"), [
    (["extract", "--format", "csv"], True),
    (["extract", "--format", "csv"], False),
    (["table", "--format", "csv"], True),
    (["table", "--format", "csv"], False),
    (["extract"], True),
])
@pytest.mark.parametrize("to_file", [True, False], ids=["file", "stdout"])
def test_bom_option_for_excel(run_cli, article, tmp_path, command, bom, to_file):
    output = tmp_path / "out.csv"
    result = run_cli(*command, article, *(["--bom"] if bom else []), *(["-o", output] if to_file else []))
    assert result.code == 0, result.err
    written = output.read_text(encoding="utf-8") if to_file else result.out
    assert written.startswith("\ufeff") is bom
    assert written.count("\ufeff") == int(bom)


@pytest.mark.parametrize("title", ["One\rtwo", "One\ntwo", "One\r\ntwo", "One\r\rtwo, three"])
@pytest.mark.parametrize("command", ["table", "search"])
def test_a_cell_holding_a_line_break_is_quoted_so_its_row_stays_one_row(run_cli, tmp_path, title, command):
    """Once a sidecar title holding a bare carriage return went out unquoted (the CSV writers'
    rows end in "\\n", and Python's writer quotes only the characters of its line ending): readers
    split the row there and read a row with no document."""
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"title": title}), encoding="utf-8")
    if command == "search":
        assert run_cli("index", path, "--db", tmp_path / "q.db").code == 0
        result = run_cli("search", "--db", tmp_path / "q.db", "--format", "csv")
    else:
        result = run_cli(command, path, "--format", "csv")
    assert result.code == 0, result.err
    rows = csv_rows(result.out)
    plain = json.loads(run_cli("extract", path).out)["quotes"]
    assert len(rows) == len(plain) > 0
    assert {row["title"] for row in rows} == {title}
    assert result.out.count("\n") - title.count("\n") * len(rows) == len(rows) + 1  # rows still end in "\n"

"""The command line, run in-process: its contract, bad inputs and exit codes."""

import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotes import __version__
from tests.conftest import ROOT

ARTICLE = "Lavrov said that Washington now had the initiative.\n\n“We are ready,” Blinken said.\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_version(run_cli, capsys):
    with pytest.raises(SystemExit) as done:
        run_cli("--version")
    assert done.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("command", ["extract", "table", "check"])
def test_every_command_has_help_with_an_example(run_cli, capsys, command):
    with pytest.raises(SystemExit):
        run_cli(command, "--help")
    assert "example" in capsys.readouterr().out


def test_extract_jsonl_records_are_slices(run_cli, golden_dir):
    result = run_cli("extract", golden_dir, "--format", "jsonl")
    assert result.code == 0
    lines = [json.loads(line) for line in result.out.splitlines()]
    # a document is named by the path its argument reached it by
    assert [line["document"] for line in lines] == [str(p) for p in sorted(golden_dir.glob("*.txt"))]
    for line in lines:
        text = Path(line["document"]).read_text(encoding="utf-8")
        assert line["quotes"], line["document"]
        for record in line["quotes"]:
            assert text[record["start"]:record["end"]] == record["text"]
            for part in ("mention", "cue"):
                if record[part] is not None:
                    assert text[record[f"{part}_start"]:record[f"{part}_end"]] == record[part]
    assert "5 documents" in result.err


def test_extract_is_deterministic(run_cli, golden_dir):
    first = run_cli("extract", golden_dir).out
    assert run_cli("extract", golden_dir).out == first
    assert run_cli("extract", golden_dir, "--jobs", "2").out == first


@pytest.mark.parametrize("fmt", ["json", "csv", "md"])
def test_other_formats(run_cli, article, fmt):
    result = run_cli("extract", article, "--format", fmt)
    assert result.code == 0
    assert "Washington now had the initiative" in result.out
    if fmt == "json":
        assert json.loads(result.out)[0]["document"] == str(article)


def test_stdin_and_output_file(run_cli, tmp_path):
    out = tmp_path / "out.jsonl"
    result = run_cli("extract", "-", "-o", out, stdin=ARTICLE.encode())
    assert result.code == 0 and result.out == ""
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["document"] == "<stdin>" and len(record["quotes"]) == 2


def test_table_groups_quotes_by_speaker(run_cli, golden_dir):
    result = run_cli("table", golden_dir)
    assert result.code == 0
    assert "| Antony Blinken |" in result.out and "## Sergei Lavrov" in result.out
    csv_result = run_cli("table", golden_dir, "--format", "csv")
    assert csv_result.out.splitlines()[0].startswith("speaker,speaker_type,speaker_role")


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin1.txt", "Café said \"oui\".".encode("latin-1"), "invalid UTF-8 at byte 3"),
    ],
)
def test_bad_input_is_one_line_and_the_batch_goes_on(run_cli, tmp_path, article, name, content, problem):
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run_cli("extract", bad, article)
    assert result.code == 1
    assert json.loads(result.out)["document"] == str(article)  # the good file still went through
    errors = [line for line in result.err.splitlines() if line.startswith("quotes: error:")]
    assert errors == [f"quotes: error: {bad}: {problem}" + errors[0].split(problem, 1)[1]]
    assert "Traceback" not in result.err
    assert "1 input(s) failed" in result.err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_fault_of_the_rules_on_one_article_fails_that_article_only(run_cli, monkeypatch, tmp_path, article, jobs):
    """A bug met on one text (here made to happen) is that input's one-line failure, listed at the
    end; the other articles still go through, in one process or in workers (forked with the fault)."""
    from quotes.pipeline import Extractor

    extract_document = Extractor.extract_document

    def faulty(self, document, **options):
        if "BOOM" in document.text:
            raise IndexError("list index out of range")
        return extract_document(self, document, **options)

    monkeypatch.setattr(Extractor, "extract_document", faulty)
    bad = tmp_path / "bad.txt"
    bad.write_text("Smith said BOOM.\n", encoding="utf-8")
    result = run_cli("extract", bad, article, "--jobs", jobs, "--format", "jsonl")
    assert result.code == 1
    assert [json.loads(line)["document"] for line in result.out.splitlines()] == [str(article)]
    assert f"quotes: error: {bad}: internal error IndexError: list index out of range (at test_cli.py:" in result.err
    assert "a bug of quotes, please report it with this article" in result.err
    assert "Traceback" not in result.err
    assert "1 input(s) failed" in result.err


def test_missing_path_and_empty_directory(run_cli, tmp_path, article):
    (tmp_path / "empty").mkdir()
    result = run_cli("extract", tmp_path / "nothing.txt", tmp_path / "empty", article)
    assert result.code == 1
    assert "no such file or directory" in result.err
    assert "directory holds no .txt files" in result.err
    assert "2 input(s) failed" in result.err
    assert json.loads(result.out)["document"] == str(article)


def test_check_prints_figures_and_diff(run_cli, golden_dir):
    result = run_cli("check", golden_dir)
    assert result.code == 0
    for figure in ("detection", "end-to-end", "attribution accuracy", "exact spans", "detection: mixed"):
        assert figure in result.out


def test_check_min_f1_exit_code(run_cli, golden_dir):
    assert run_cli("check", golden_dir, "--min-f1", "0.5", "--no-diff").code == 0
    assert run_cli("check", golden_dir, "--min-f1", "1.01", "--no-diff").code == 1


def test_check_malformed_golden_exits_2(run_cli, golden_dir, tmp_path):
    bad = tmp_path / "golden"
    shutil.copytree(golden_dir, bad)
    name = sorted(bad.glob("*.json"))[0]
    data = json.loads(name.read_text(encoding="utf-8"))
    data["quotes"][1]["text"] = "not what the article says"
    name.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli("check", bad)
    assert result.code == 2
    assert f"{name}: record 1:" in result.err
    assert "Traceback" not in result.err


def test_no_command_prints_help(run_cli):
    assert run_cli().code == 2


def test_output_through_a_symlink_is_not_replaced(run_cli, article, tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_text("", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert run_cli("extract", article, "-o", link).code == 0
    assert link.is_symlink() and json.loads(real.read_text(encoding="utf-8"))["document"] == str(article)


# --------------------------------------------------------------------------- batches (issue 15)


@pytest.mark.parametrize(("jobs", "accepted"), [("1", True), ("2", True), ("0", True), ("-1", False),
                                                 ("-8", False), ("two", False), ("1.5", False)])
def test_jobs_must_be_zero_or_a_positive_count(run_cli, capsys, article, jobs, accepted):
    """`--jobs -1` was silently taken as 1."""
    if accepted:
        assert run_cli("extract", article, "--jobs", jobs).code == 0
        return
    with pytest.raises(SystemExit) as stop:
        run_cli("extract", article, "--jobs", jobs)
    assert stop.value.code == 2
    assert "argument -j/--jobs: expected" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["extract"], ["table"], ["index", "--db", "DB"]])
def test_progress_shows_the_total_and_the_time_left(run_cli, golden_dir, tmp_path, command):
    args = [str(tmp_path / "q.db") if arg == "DB" else arg for arg in command]
    result = run_cli(*args, golden_dir, tmp_path / "missing.txt", "--progress")
    updates = [part.removeprefix("\x1b[K") for part in result.err.split("\r")[1:]]
    assert re.fullmatch(r"1/6 inputs, .+, \d+ s, about \d+ s left", updates[0]), updates
    assert any(re.match(r"6/6 inputs, .*failed, \d+ s\n", update) for update in updates), updates
    assert "left" not in updates[-1]


def test_progress_line_times():
    from quotes.cli.common import progress_line

    started = time.perf_counter() - 120  # two minutes in, a quarter done
    assert progress_line(25, 100, started, "9 quotes") == "25/100 inputs, 9 quotes, 2 min 00 s, about 6 min 00 s left"
    assert progress_line(100, 100, started, "9 quotes") == "100/100 inputs, 9 quotes, 2 min 00 s"


def test_ctrl_c_with_jobs_stops_in_one_line(golden_dir, tmp_path):
    """Ctrl-C reaches the whole process group: the parent says "interrupted" and exits 130; the
    workers printed a traceback each (KeyboardInterrupt) before they left Ctrl-C to the parent."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    articles = sorted(golden_dir.glob("*.txt"))
    for number in range(2000):
        (corpus / f"{number:04d}.txt").symlink_to(articles[number % len(articles)])
    output = tmp_path / "out.jsonl"
    child = subprocess.Popen(
        [sys.executable, "-m", "quotes", "extract", corpus, "--jobs", "2", "--progress", "-o", output],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    err = b""
    deadline = time.monotonic() + 60
    while b"\r" not in err and time.monotonic() < deadline:  # progress: the pool is at work
        if select.select([child.stderr], [], [], 1)[0]:
            err += os.read(child.stderr.fileno(), 4096)
    os.killpg(child.pid, signal.SIGINT)  # what a terminal does on Ctrl-C
    out, rest = child.communicate(timeout=60)
    err = (err + rest).decode()
    assert child.returncode == 130, err
    assert err.endswith("quotes: interrupted\n")
    for trace in ("Traceback", "KeyboardInterrupt", "ForkPoolWorker", "Process "):
        assert trace not in err
    assert not output.exists() and not list(tmp_path.glob(".*.partial"))


# --min-confidence: the confidence bands of README "How sure is a quote?" as a filter

CONFIDENT = ("“We will win,” said Mayor Ana Ruiz. Officials said the plan was late. "
             "He might say it was fine, someone said.")


def _confidences(run_cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(CONFIDENT, encoding="utf-8")
    result = run_cli("extract", article, "--format", "jsonl")
    import json

    return article, [q["confidence"] for q in json.loads(result.out)["quotes"]]


def test_min_confidence_keeps_only_surer_quotes_in_table_and_report(run_cli, tmp_path):
    article, confidences = _confidences(run_cli, tmp_path)
    assert len(set(confidences)) > 1  # the test needs quotes on both sides of the threshold
    threshold = sorted(confidences)[-1]
    every = run_cli("table", article, "--format", "csv")
    sure = run_cli("table", article, "--format", "csv", "--min-confidence", threshold)
    assert sure.code == every.code == 0
    assert len(sure.out.splitlines()) < len(every.out.splitlines())
    assert "Ana Ruiz" in sure.out
    pages = {}
    for minimum in (0, threshold):
        report = tmp_path / f"r{minimum}.html"
        assert run_cli("report", article, "-o", report, "--min-confidence", minimum).code == 0
        pages[minimum] = report.read_text(encoding="utf-8")
    marked = {minimum: page.count("data-quote-id=") for minimum, page in pages.items()}
    assert marked[0] == len(confidences)
    assert marked[threshold] == sum(c >= threshold for c in confidences)
    assert "He might say it was fine" in pages[threshold]  # the article is still shown whole


def test_min_confidence_filters_a_store(run_cli, tmp_path):
    article, confidences = _confidences(run_cli, tmp_path)
    db = tmp_path / "q.db"
    assert run_cli("index", article, "--db", db).code == 0
    threshold = max(confidences)
    every = run_cli("search", "--db", db, "--format", "csv", "--limit", 0)
    sure = run_cli("search", "--db", db, "--format", "csv", "--limit", 0, "--min-confidence", threshold)
    assert len(every.out.splitlines()) - 1 == len(confidences)
    assert len(sure.out.splitlines()) - 1 == sum(c >= threshold for c in confidences)
    table = run_cli("table", "--db", db, "--format", "csv", "--min-confidence", threshold)
    assert "Ana Ruiz" in table.out


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_min_confidence_outside_0_to_1_is_refused(run_cli, tmp_path, value):
    article = tmp_path / "a.txt"
    article.write_text(CONFIDENT, encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        run_cli("table", article, "--min-confidence", value)
    assert stopped.value.code == 2

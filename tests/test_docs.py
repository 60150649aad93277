"""Every code block of the README and the docs runs, and shows what it really prints.

Each page (README.md, golden/README.md, docs/*.md) is followed as a reader would, block after
block, in one temporary directory holding a copy of ``golden/`` and the files the pages name
(``article.txt``, ``news/``, ``articles/``, ``customers.db``, ``archive.jsonl``, and for
docs/spark.md ``archive.parquet`` and ``news.parquet``):

- ``python`` blocks are executed;
- ``console`` blocks: each ``$ quotes …`` command runs in-process (``printf``, ``echo``, ``cat``
  and ``ls`` in bash; nothing else) and what it prints — stdout, then stderr — must match the
  output shown under it. Whitespace runs count as one space, ``…`` stands for any text, and
  timings (``0.25 s``) are not compared;
- ``sh`` blocks: every line is a ``quotes …`` command, and each must exit 0;
- ``json`` blocks are parsed, and records are validated (against the golden article when the
  block names one).

A block that cannot run in a test (installing, a cluster, a benchmark over the shared corpus, a
server, a model download) has ``<!-- not run: why -->`` right before it; a block with neither a
runner nor that comment fails the test, and so does an indented code block.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import sqlite3
import subprocess
from pathlib import Path

import attrs
import pytest

from quotes.serialize import RECORD_FIELDS, quote_from_record
from tests.conftest import GOLDEN, ROOT

PAGES = ["README.md", "golden/README.md", *sorted(f"docs/{path.name}" for path in (ROOT / "docs").glob("*.md"))]
RUNNERS = ("python", "console", "sh", "json")
NOT_RUN = re.compile(r"^<!-- not run: (.+?) -->$")
FENCE = re.compile(r"^(```|~~~)\s*([\w-]*)\s*$")
TIMING = re.compile(r"\b\d+\.\d+ s\b")
SPARK_WORDS = ("pyspark", "spark-extract")
SHELL_COMMANDS = ("printf ", "echo ", "cat ", "ls ")  # what a console block may run besides quotes


@attrs.frozen
class Block:
    page: str
    line: int  # of the opening fence, 1-based
    language: str
    text: str
    not_run: str | None  # the reason given, when the block is not run

    def __str__(self) -> str:
        return f"{self.page}:{self.line} ({self.language or 'no language'})"


def blocks(page: str) -> list[Block]:
    lines = (ROOT / page).read_text(encoding="utf-8").splitlines()
    found, index = [], 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        end = next(i for i in range(index + 1, len(lines)) if lines[i].startswith(opening.group(1)))
        before = next((lines[i].strip() for i in range(index - 1, -1, -1) if lines[i].strip()), "")
        reason = NOT_RUN.match(before)
        found.append(Block(page, index + 1, opening.group(2), "\n".join(lines[index + 1:end]) + "\n",
                           reason.group(1) if reason else None))
        index = end + 1
    return found


def indented_blocks(page: str) -> list[int]:
    """Lines opening an indented code block (four spaces after a blank line, outside fences and lists)."""
    lines = (ROOT / page).read_text(encoding="utf-8").splitlines()
    inside, starts = False, []
    for number, line in enumerate(lines):
        if FENCE.match(line):
            inside = not inside
        elif not inside and line.startswith("    ") and line.strip() and number and not lines[number - 1].strip():
            previous = next((lines[i] for i in range(number - 2, -1, -1) if lines[i].strip()), "")
            if not re.match(r"^\s*([-*]|\d+\.)\s", previous) and not previous.startswith("  "):
                starts.append(number + 1)
    return starts


ALL_BLOCKS = [block for page in PAGES for block in blocks(page)]


# --------------------------------------------------------------------------- every block accounted for


@pytest.mark.parametrize("block", ALL_BLOCKS, ids=str)
def test_every_block_runs_or_says_why_not(block):
    if block.not_run is not None:
        assert len(block.not_run) > 10, f"{block}: say why it is not run"
        return
    assert block.language in RUNNERS, f"{block}: no test runs a {block.language or 'plain'} block; " \
        "make it python, console, sh or json, or put <!-- not run: why --> right before it"
    if block.language == "sh":
        commands = [line for line in block.text.splitlines() if line.strip() and not line.startswith("#")]
        assert commands and all(line.startswith("quotes ") for line in commands), \
            f"{block}: an sh block that runs holds only `quotes …` lines"
    if block.language == "console":
        assert block.text.startswith("$ "), f"{block}: a console block starts with a `$ ` command"
        for command, _ in console_steps(block.text):
            assert command.startswith(("quotes ", *SHELL_COMMANDS)), \
                f"{block}: `{command}` is not run in a test (only quotes and {', '.join(SHELL_COMMANDS)})"


@pytest.mark.parametrize("page", PAGES)
def test_no_indented_code_blocks(page):
    assert indented_blocks(page) == [], f"{page}: use a fenced block, which this test can run or mark"


# --------------------------------------------------------------------------- running the pages


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    """A directory holding what the pages name; the current directory while a page runs."""
    shutil.copytree(GOLDEN, tmp_path / "golden")
    articles = sorted(GOLDEN.glob("*.txt"))
    shutil.copy(articles[1], tmp_path / "article.txt")
    (tmp_path / "news").mkdir()
    (tmp_path / "articles").mkdir()
    for path in articles:
        shutil.copy(path, tmp_path / "articles" / path.name)
    for path in articles[2:4]:
        shutil.copy(path, tmp_path / "news" / path.name)
    with open(tmp_path / "archive.jsonl", "w", encoding="utf-8") as out:
        for path in articles:
            out.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}) + "\n")
    connection = sqlite3.connect(tmp_path / "customers.db")  # another application's database
    connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    connection.commit()
    connection.close()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def parquet_inputs(spark, directory: Path) -> None:
    """archive.parquet (id, text, outlet, date) and news.parquet (doc, body) for docs/spark.md."""
    articles = sorted(GOLDEN.glob("*.txt"))
    rows = [(path.stem, path.read_text(encoding="utf-8"), "Example News", "2022-01-21") for path in articles]
    spark.createDataFrame(rows, "id string, text string, outlet string, date string") \
        .write.parquet(str(directory / "archive.parquet"))
    spark.createDataFrame([(doc, body) for doc, body, _, _ in rows], "doc string, body string") \
        .write.parquet(str(directory / "news.parquet"))


def normalise(text: str) -> str:
    return " ".join(TIMING.sub("N s", text).split())


def shows(shown: str, actual: str) -> bool:
    """Whether ``actual`` is what ``shown`` shows, ``…`` standing for any text."""
    parts = [re.escape(part.strip()) for part in normalise(shown).split("…")]
    return re.fullmatch(r"\s*" + r".*?".join(parts) + r"\s*", normalise(actual), flags=re.S) is not None


@pytest.mark.parametrize(("shown", "printed", "expected"), [
    ("a b\nc", "a b\nc\n", True),
    ("a  b\n c", "a b c", True),  # whitespace runs are one space: wrapped lines compare
    ("a …\nd", "a b\nc\nd", True),
    ("…c", "a b c", True),
    ("a …", "a b c", True),
    ("a b", "a b c", False),  # the shown output must be all of it, unless it ends with …
    ("b c", "a b c", False),
    ("a … x", "a b c", False),
    ("done (0.25 s)", "done (0.03 s)", True),  # timings are not compared
    ("71 quotes", "72 quotes", False),
    ("", "", True),
    ("", "something", False),
])
def test_shown_output_comparison(shown, printed, expected):
    assert shows(shown, printed) is expected


def console_steps(text: str) -> list[tuple[str, str]]:
    """(command, the output shown under it) for each ``$ `` line."""
    steps: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return [(command, "\n".join(output)) for command, output in steps]


def quotes_command(line: str) -> list[str] | None:
    words = shlex.split(line, comments=True)
    return words[1:] if words and words[0] == "quotes" else None


def run_console(block: Block, run_cli, directory: Path) -> None:
    for command, shown in console_steps(block.text):
        arguments = quotes_command(command)
        if arguments is not None:
            result = run_cli(*arguments)
            actual = result.out + result.err
        else:
            assert command.startswith(SHELL_COMMANDS), f"{block}: will not run `{command}`"
            done = subprocess.run(["bash", "-c", command], cwd=directory, capture_output=True, text=True, timeout=60)
            actual = done.stdout + done.stderr
        assert "Traceback" not in actual, f"{block}: $ {command}\n{actual}"
        assert shows(shown, actual), f"{block}: $ {command}\n--- shown:\n{shown}\n--- printed:\n{actual}"


def run_sh(block: Block, run_cli) -> None:
    for line in block.text.splitlines():
        arguments = quotes_command(line)
        if arguments is None:
            continue
        result = run_cli(*arguments)
        assert result.code == 0, f"{block}: {line}\n{result.err}"
        assert "Traceback" not in result.err


def check_json(block: Block) -> None:
    data = json.loads(block.text)
    document = data.get("document") if isinstance(data, dict) else None
    records = data.get("quotes", []) if isinstance(data, dict) else []
    article = GOLDEN / document if document else None
    text = article.read_text(encoding="utf-8") if article is not None and article.exists() else None
    for index, record in enumerate(records):
        assert set(record) <= {*RECORD_FIELDS, "confidence", "note"}, f"{block}: unknown fields"
        assert [name for name in record if name in RECORD_FIELDS] == list(RECORD_FIELDS), \
            f"{block}: record {index} does not list every field in order"
        quote_from_record(record, where=str(block), index=index, text=text)
    if document is not None:
        assert text is not None, f"{block}: {document} is no golden article"


def run_python(block: Block) -> None:
    exec(compile(block.text, str(block), "exec"), {"__name__": "__docs__"})  # noqa: S102


@pytest.mark.parametrize("page", PAGES)
def test_page_blocks_run_and_show_real_output(page, workdir, run_cli, request):
    runnable = [block for block in blocks(page) if block.not_run is None and block.language in RUNNERS]
    if any(word in block.text for block in runnable for word in SPARK_WORDS):
        parquet_inputs(request.getfixturevalue("spark"), workdir)  # skipped where Spark cannot run
    for block in runnable:
        if block.language == "python":
            run_python(block)
        elif block.language == "console":
            run_console(block, run_cli, workdir)
        elif block.language == "sh":
            run_sh(block, run_cli)
        else:
            check_json(block)


# --------------------------------------------------------------------------- the README's two commands


def readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Two commands"):]
    block = section[section.index("```sh\n") + 6:]
    block = block[:block.index("```")]
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_ci_runs_the_readme_commands_verbatim():
    """CI proves the README: .ci/run holds both commands exactly as the README writes them."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    commands = readme_commands()
    assert len(commands) == 2
    for command in commands:
        assert command in ci, f".ci/run does not run the README's command: {command}"
    assert ci.index(commands[0]) < ci.index(commands[1])
    assert "export QUOTES_REQUIRE_ALL_TESTS=1" in ci


# --------------------------------------------------------------------------- the distribution name


TEXT_FILES = ["README.md", "golden/README.md", "NOTES.md", ".ci/run", "pyproject.toml",
              *(str(path.relative_to(ROOT)) for path in sorted((ROOT / "docs").glob("*.md"))),
              *(str(path.relative_to(ROOT)) for path in sorted((ROOT / "quotes").rglob("*.py"))),
              *(str(path.relative_to(ROOT)) for path in sorted((ROOT / "benchmarks").glob("*.py")))]


@pytest.mark.parametrize("name", TEXT_FILES)
def test_install_instructions_name_the_distribution(name):
    """`quotes` on PyPI is someone else's package: `pip install 'quotes[...]'` would install it."""
    text = (ROOT / name).read_text(encoding="utf-8")
    extras = "|".join(("test", "stanza", "browse", "spark", "report"))
    wrong = re.findall(rf"(?<![\w./-])quotes\[(?:{extras})", text)
    wrong += re.findall(r"pip install\s+['\"]?quotes(?![\w-])", text)
    assert not wrong, f"{name}: {wrong}"


def test_the_distribution_name_is_the_one_in_messages():
    from quotes._version import DISTRIBUTION
    from quotes.spark import INSTALL_HINT as SPARK_HINT
    from quotes.stanza_backend import INSTALL_HINT as STANZA_HINT

    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(rf'^name = "{DISTRIBUTION}"', pyproject, flags=re.M)
    assert DISTRIBUTION == "quotes-attribution"
    assert SPARK_HINT == f"pip install '{DISTRIBUTION}[spark]'"
    assert STANZA_HINT == f"pip install '{DISTRIBUTION}[stanza]'"

"""Shared fixtures: the lexicon, the golden directory, the CLI run in-process, a Spark session;
the made-up sentences the fast-path tests read."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import attrs
import pytest

from quotes.cli import main
from quotes.lexicon import load_lexicon
from quotes.pipeline import Extractor

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"


@pytest.fixture(scope="session")
def lexicon():
    return load_lexicon()


@pytest.fixture(scope="session")
def extractor():
    return Extractor()


@pytest.fixture(scope="session")
def golden_dir() -> Path:
    return GOLDEN


def golden_texts() -> list[str]:
    """The golden articles' texts, in file-name order."""
    return [path.read_text(encoding="utf-8") for path in sorted(GOLDEN.glob("*.txt"))]


def word_salads(vocabulary: list[str], count: int, *, seed: int, shortest: int, longest: int,
                end: str = ".") -> list[str]:
    """``count`` sentences of ``shortest``..``longest`` words drawn from ``vocabulary`` (the words a
    rule asks about, in orders no article would print), each closed by ``end``."""
    import random

    rng = random.Random(seed)
    return [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(shortest, longest))) + end
            for _ in range(count)]


def sentence_readers(texts: list[str]):
    """A ``SentenceReader`` of every sentence of ``texts``, in order (laid out with the lexicon)."""
    from quotes.pipeline.layout import layout
    from quotes.pipeline.sentence import SentenceReader

    lexicon = load_lexicon()
    for text in texts:
        article = layout(text, lexicon=lexicon)
        for sentence in article.sentences:
            yield SentenceReader(article, sentence)


@attrs.frozen
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(monkeypatch, capsys):
    """Run ``quotes ARGS…`` in-process; ``stdin`` bytes optional."""

    def run(*args: str, stdin: bytes = b"") -> CliResult:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def java_problem() -> str | None:
    """Why Spark cannot start a JVM here, or None: pyspark runs ``$JAVA_HOME/bin/java`` when
    JAVA_HOME is set, else ``java`` from PATH."""
    home = os.environ.get("JAVA_HOME")
    if home:
        return None if Path(home, "bin", "java").exists() else f"JAVA_HOME={home} holds no bin/java"
    return None if shutil.which("java") else "no Java runtime (java is not on PATH and JAVA_HOME is unset)"


@pytest.fixture(scope="session")
def spark():
    """One local[2] SparkSession for the whole run. Skipped, not failed, where pyspark (the spark
    extra) or a Java runtime Spark can start is missing: the README's test command must pass on
    any machine; CI, which installs both, turns any skip into a failure."""
    pytest.importorskip("pyspark", reason="pyspark (the spark extra) is not installed")
    from pyspark.sql import SparkSession

    if (problem := java_problem()) is not None:
        pytest.skip(f"Spark needs Java 17+: {problem}")
    # Workers must run this interpreter (pyspark's default is `python3` on PATH).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    try:
        session = (
            SparkSession.builder.master("local[2]").appName("quotes tests")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
    except Exception as problem:  # a Java too old for Spark 4, a JVM that cannot start
        first = (str(problem).strip().splitlines() or [type(problem).__name__])[0]
        pytest.skip(f"Spark cannot start a JVM here (it needs Java 17+): {first}")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def pytest_sessionfinish(session, exitstatus):
    """In CI (QUOTES_REQUIRE_ALL_TESTS=1) a skipped test is a failure: every extra is installed
    there, so a skip means a missing install step, not an optional part."""
    if not os.environ.get("QUOTES_REQUIRE_ALL_TESTS"):
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        if reporter:
            reporter.write_line(f"QUOTES_REQUIRE_ALL_TESTS: {len(skipped)} test(s) skipped; failing the run", red=True)
        session.exitstatus = 1

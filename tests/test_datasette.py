"""Datasette over an indexed store: the FTS index is found and answers through the JSON API."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("datasette", reason="datasette (the browse extra) is not installed")

from quotes.store import Store  # noqa: E402

HOST = "127.0.0.1"
STARTUP_SECONDS = 30


def free_port() -> int:
    """A free local port; the test is skipped, not failed, where no local port can be bound (a
    sandbox without networking): that says nothing about quotes."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.bind((HOST, 0))
            return probe.getsockname()[1]
    except OSError as problem:
        pytest.skip(f"cannot bind a local port on {HOST} for Datasette: {problem}")


def datasette_command() -> list[str]:
    beside_python = Path(sys.executable).with_name("datasette")
    if beside_python.exists():
        return [str(beside_python)]
    found = shutil.which("datasette")
    return [found] if found else [sys.executable, "-m", "datasette"]


DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy


def get_json(url: str):
    with DIRECT.open(url, timeout=5) as response:
        return json.loads(response.read().decode("utf-8"))


def wait_until_up(process: subprocess.Popen, base: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"datasette exited with {process.returncode}: {log.read_text()}")
        try:
            get_json(f"{base}/-/versions.json")
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.2)
    raise AssertionError(f"datasette did not answer on {base} within {STARTUP_SECONDS} s")


@pytest.fixture
def served(tmp_path, golden_dir, extractor):
    """Datasette serving an index of golden/ with the metadata the store wrote; yields its URL."""
    yield from serve(tmp_path, golden_dir, extractor)


@pytest.fixture
def served_news(tmp_path, extractor):
    """Datasette serving two made-up articles with sidecars that give one statement to two people."""
    folder = tmp_path / "news"
    folder.mkdir()
    statement = "The river crossing will reopen before the harvest festival"
    for name, who, outlet, date in (("a", "Nadia Okafor, the mayor", "Daily Clarion", "2024-03-01"),
                                    ("b", "Piotr Lis, a council member", "Evening Clarion", "2024-03-02")):
        (folder / f"{name}.txt").write_text(f"“{statement},” said {who}.\n", encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(json.dumps({"outlet": outlet, "date": date}), encoding="utf-8")
    yield from serve(tmp_path, folder, extractor)


def serve(tmp_path, folder, extractor):
    db = tmp_path / "quotes.db"
    with Store.open(db) as store:
        store.index([str(folder)], extractor)
        metadata = store.metadata_path
    port = free_port()
    log = tmp_path / "datasette.log"
    with open(log, "w") as output:  # a file, not a pipe: a full pipe would block the server
        process = subprocess.Popen(
            [*datasette_command(), "serve", str(db), "-m", str(metadata), "-p", str(port), "-h", HOST],
            stdout=output, stderr=subprocess.STDOUT)
    base = f"http://{HOST}:{port}"
    try:
        wait_until_up(process, base, log)
        yield f"{base}/{db.stem}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_full_text_search_through_the_json_api(served):
    hits = get_json(f"{served}/quotes.json?_search=Blinken&_shape=array&_size=100")
    assert hits
    assert all("blinken" in (hit["text"] + " " + (hit["speaker"] or "")).casefold() for hit in hits)
    assert {"speaker", "kind", "text", "start", "end", "context"} <= set(hits[0])


def test_metadata_gives_facets_on_speaker_and_kind(served):
    table = get_json(f"{served}/quotes.json?_size=1&_extra=facet_results")
    facets = table["facet_results"]
    facets = facets.get("results", facets)  # Datasette 1.0 nests them under "results"
    assert {"speaker", "kind"} <= set(facets)
    kinds = {row["value"] for row in facets["kind"]["results"]}
    assert kinds <= {"direct", "indirect", "mixed"} and kinds


def test_facets_on_outlet_and_date_and_a_link_to_the_statement(served_news):
    table = get_json(f"{served_news}/quotes.json?_size=5&_extra=facet_results&_labels=on&_shape=objects")
    facets = table["facet_results"]
    facets = facets.get("results", facets)
    assert {row["value"] for row in facets["outlet"]["results"]} == {"Daily Clarion", "Evening Clarion"}
    assert facets["date"]["type"] == "date"  # a date facet, from the metadata
    assert {row["value"] for row in facets["date"]["results"]} == {"2024-03-01", "2024-03-02"}
    rows = table["rows"]
    statements = {json.dumps(row["statement_id"], sort_keys=True) for row in rows}
    assert len(statements) == 1  # both quotes link to one statement row
    statement_id = rows[0]["statement_id"]["value"] if isinstance(rows[0]["statement_id"], dict) else rows[0]["statement_id"]
    same = get_json(f"{served_news}/quotes.json?statement_id={statement_id}&_shape=array")
    assert sorted(hit["speaker"] for hit in same) == ["Nadia Okafor", "Piotr Lis"]
    [statement] = get_json(f"{served_news}/statements.json?_shape=array")
    assert statement["conflict"] == 1 and statement["document_count"] == 2

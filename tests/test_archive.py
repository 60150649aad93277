"""One speaker, one row, across an archive; statements that changed hands; sources (issue 18).

The articles are made up: a mayor (Nadia Okafor, once spelled Nadja), two people called Lis,
two outlets called the Clarion, and a statement that one article gives to the mayor and another
to a council member — the planted misattribution that ``quotes conflicts`` must find.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from quotes.errors import AmbiguousName, StoreError
from quotes.output import who_said_what
from quotes.report import render_report
from quotes.model import Document
from quotes.sources import DocumentMeta
from quotes.store import SCHEMA_VERSION, Filters, Store

STATEMENT = "The river crossing will reopen before the harvest festival"
ARTICLES = {
    "a.txt": f"“{STATEMENT},” said Nadia Okafor, the mayor of Tindle.\n\n"
             "Okafor added that the council had found the money.\n",
    "b.txt": f"“{STATEMENT},” said Piotr Lis, a member of the council.\n\n"
             "The Clarion reported that the repairs would cost more than planned.\n",
    "c.txt": f"Mayor Nadja Okafor told reporters: “{STATEMENT}. We owe it to the farmers.”\n",
    "d.txt": "Marta Lis said that the school would reopen in May.\n\nMrs. Lis added that the teachers were ready.\n",
}
SIDECARS = {
    "a.meta.json": {"title": "Tindle reopens its crossing", "date": "2024-03-01",
                    "url": "https://clarion.example/crossing", "outlet": "The Daily Clarion", "author": "Ruth Abara"},
    "b.meta.json": {"title": "Council meets", "date": "2024-03-02", "outlet": "Evening Clarion"},
    "d.meta.json": {"title": "Schools", "date": "2024-04-10", "outlet": "Daily Clarion"},
}


@pytest.fixture
def archive(tmp_path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, meta in SIDECARS.items():
        (folder / name).write_text(json.dumps(meta), encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path, archive, run_cli) -> Path:
    path = tmp_path / "news.db"
    result = run_cli("index", archive, "--db", path)
    assert result.code == 0, result.err
    return path


def rows(db: Path, sql: str, *parameters) -> list[tuple]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


# --------------------------------------------------------------------------- one speaker, one row


def test_the_views_name_the_same_speakers_with_the_same_counts(run_cli, archive, db):
    from_files = run_cli("table", archive)
    from_store = run_cli("table", "--db", db)
    assert from_files.code == from_store.code == 0
    assert from_files.out == from_store.out
    summary = [line.split(" | ") for line in from_files.out.splitlines() if line.startswith("| ") and "---" not in line]
    table = {cells[0].lstrip("| "): int(cells[3]) for cells in summary[1:]}
    speakers = dict(rows(db, "SELECT name, quote_count FROM speakers"))
    facets = dict(rows(db, "SELECT speaker, count(*) FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker"))
    assert table == speakers == facets == {"Nadia Okafor": 3, "Marta Lis": 2, "Evening Clarion": 1, "Piotr Lis": 1}


def test_a_row_keeps_the_spellings_and_roles_seen(db):
    [(spellings, roles, role, documents, note)] = rows(
        db, "SELECT spellings, roles, role, document_count, note FROM speakers WHERE name = 'Nadia Okafor'")
    assert json.loads(spellings) == [["Nadia Okafor", 2], ["Nadja Okafor", 1]]
    assert json.loads(roles) == [["mayor of Tindle", 2], ["Mayor", 1]]
    assert (role, documents, note) == ("mayor of Tindle", 2, None)
    assert rows(db, "SELECT DISTINCT article_speaker FROM quotes WHERE speaker = 'Nadia Okafor' ORDER BY 1") == [
        ("Nadia Okafor",), ("Nadja Okafor",)]


def test_the_table_shows_spellings_roles_and_sources(run_cli, archive):
    out = run_cli("table", archive).out
    assert "Written: Nadia Okafor (2), Nadja Okafor (1)." in out
    assert "Roles: mayor of Tindle (2), Mayor (1)." in out
    assert (f"- *direct* “{STATEMENT},” — [Tindle reopens its crossing](<https://clarion.example/crossing>), "
            f"The Daily Clarion, 2024-03-01, by Ruth Abara — {archive}/a.txt [1:60]") in out
    [row] = [r for r in csv.DictReader(io.StringIO(run_cli("table", archive, "--format", "csv").out))
             if r["document"].endswith("c.txt")]
    assert (row["speaker"], row["speaker_in_article"], row["spellings"]) == (
        "Nadia Okafor", "Nadja Okafor", "Nadia Okafor; Nadja Okafor")
    assert row["outlet"] == ""  # c.txt has no sidecar


def test_a_short_name_resolves_through_the_articles_outlet(db):
    assert rows(db, "SELECT article_speaker, speaker, speaker_type FROM quotes WHERE article_speaker = 'Clarion'") == [
        ("Clarion", "Evening Clarion", "organization")]  # b.txt's sidecar says the Evening Clarion


def test_the_speakers_are_worked_out_again_as_the_archive_grows(tmp_path, archive, run_cli):
    path = tmp_path / "grow.db"
    only = tmp_path / "only"
    only.mkdir()
    (only / "e.txt").write_text("Okafor said that the budget was balanced this year.\n", encoding="utf-8")
    run_cli("index", only, "--db", path)
    assert rows(path, "SELECT name FROM speakers") == [("Okafor",)]
    run_cli("index", archive, "--db", path)
    assert ("Nadia Okafor", 4) in rows(path, "SELECT name, quote_count FROM speakers")
    assert rows(path, "SELECT speaker FROM quotes WHERE article_speaker = 'Okafor'") == [("Nadia Okafor",)]


def test_an_interrupted_run_is_finished_by_the_next_reader(tmp_path, archive, extractor, monkeypatch):
    path = tmp_path / "cut.db"
    monkeypatch.setattr(Store, "refresh", lambda self: (_ for _ in ()).throw(KeyboardInterrupt()))
    with Store.open(path) as store, pytest.raises(KeyboardInterrupt):
        store.index([str(archive)], extractor)
    assert rows(path, "SELECT count(*) FROM speakers") == [(0,)]
    monkeypatch.undo()
    with Store.open(path) as store:
        assert store.counts()["speakers"] == 4
    assert rows(path, "SELECT value FROM quotes_meta WHERE key = 'identities_stale'") == [("0",)]


# --------------------------------------------------------------------------- a speaker asked for


@pytest.mark.parametrize("name", ["Nadia Okafor", "Mayor Nadia Okafor", "nadja okafor", "N. Okafor", "Okafor",
                                  "Ms. Okafor"])
def test_search_finds_a_speaker_by_any_form_of_the_name(run_cli, db, name):
    result = run_cli("search", "--db", db, "--speaker", name, "--format", "json", "--limit", "0")
    assert result.code == 0, result.err
    assert {hit["speaker"] for hit in json.loads(result.out)} == {"Nadia Okafor"}
    assert len(json.loads(result.out)) == 3


def test_an_ambiguous_name_lists_the_candidates(run_cli, db):
    result = run_cli("search", "--db", db, "--speaker", "Lis")
    assert result.code == 2 and result.out == ""
    assert result.err == (f"quotes: error: {db}: --speaker ‘Lis’ fits 2 speakers: Marta Lis (2 quotes); "
                          "Piotr Lis (1 quote); give the one you mean\n")
    assert run_cli("search", "--db", db, "--speaker", "Mrs. Lis").code == 0  # the honorific decides


def test_the_library_raises_for_an_ambiguous_name(db):
    with Store.open(db, create=False) as store, pytest.raises(AmbiguousName) as raised:
        store.search(speaker="Lis")
    assert raised.value.candidates == [("Marta Lis", 2), ("Piotr Lis", 1)]


# --------------------------------------------------------------------------- sources and filters


def test_sidecars_travel_into_the_store(db):
    assert rows(db, "SELECT name, title, date, url, outlet, author FROM documents ORDER BY name")[0][1:] == (
        "Tindle reopens its crossing", "2024-03-01", "https://clarion.example/crossing", "The Daily Clarion",
        "Ruth Abara")
    assert rows(db, "SELECT DISTINCT outlet, date FROM quotes WHERE outlet IS NOT NULL ORDER BY date") == [
        ("The Daily Clarion", "2024-03-01"), ("Evening Clarion", "2024-03-02"), ("Daily Clarion", "2024-04-10")]


@pytest.mark.parametrize(("options", "documents"), [
    (["--outlet", "Daily Clarion"], ["a.txt", "d.txt"]),  # any spelling of the outlet's name
    (["--outlet", "the evening clarion"], ["b.txt"]),
    (["--outlet", "Daily Clarion", "--outlet", "Evening Clarion"], ["a.txt", "b.txt", "d.txt"]),
    (["--since", "2024-03-02"], ["b.txt", "d.txt"]),
    (["--until", "2024-03"], ["a.txt", "b.txt"]),  # a month holds its days
    (["--since", "2024-03-02", "--until", "2024-03-31"], ["b.txt"]),
    (["--outlet", "Morning Herald"], []),
])
def test_the_store_filters_by_outlet_and_date(run_cli, db, options, documents):
    result = run_cli("search", "--db", db, "--format", "json", "--limit", "0", *options)
    assert result.code == 0
    assert sorted({Path(hit["document"]).name for hit in json.loads(result.out)}) == documents
    table = run_cli("table", "--db", db, *options)
    assert table.code == 0
    assert all(Path(line.split(" — ")[-1].split(" [")[0]).name in documents
               for line in table.out.splitlines() if line.startswith("- *"))


def test_an_unknown_outlet_is_named_with_the_known_ones(run_cli, db):
    result = run_cli("search", "--db", db, "--outlet", "Morning Herald")
    assert (f"quotes: warning: {db}: no article from Morning Herald (outlets in the store: Daily Clarion, "
            "Evening Clarion, The Daily Clarion)") in result.err


def test_table_filters_need_a_store(run_cli, archive):
    result = run_cli("table", archive, "--outlet", "Daily Clarion")
    assert result.code == 2 and "use them with --db FILE" in result.err


# --------------------------------------------------------------------------- the same statement, many articles


def test_the_planted_misattribution_is_found(run_cli, db):
    result = run_cli("conflicts", "--db", db, "--format", "jsonl")
    assert result.code == 0
    [conflict] = [json.loads(line) for line in result.out.splitlines()]
    assert conflict["speakers"] == ["Nadia Okafor", "Piotr Lis"]
    assert [(Path(q["document"]).name, q["speaker"], q["article_speaker"], q["mention"], q["confidence"])
            for q in conflict["quotes"]] == [
        ("a.txt", "Nadia Okafor", "Nadia Okafor", "Nadia Okafor", 0.95),
        ("b.txt", "Piotr Lis", "Piotr Lis", "Piotr Lis", 0.95),
        ("c.txt", "Nadia Okafor", "Nadja Okafor", "Mayor Nadja Okafor", 0.95)]
    assert result.err == "quotes: 1 statement given to different speakers in different articles\n"


@pytest.mark.parametrize("fmt", ["md", "csv"])
def test_conflicts_in_every_format(run_cli, db, fmt):
    out = run_cli("conflicts", "--db", db, "--format", fmt).out
    if fmt == "md":
        assert f"## 1. “{STATEMENT}. We owe it to the farmers.”" in out
        assert "given to Nadia Okafor, Piotr Lis." in out
        assert "| [a.txt (Tindle reopens its crossing, The Daily Clarion, 2024-03-01)](<https://clarion.example/crossing>)" \
            in out.replace(f"{db.parent}/news/", "")
    else:
        records = list(csv.DictReader(io.StringIO(out)))
        assert [(r["speaker"], r["article_speaker"]) for r in records] == [
            ("Nadia Okafor", "Nadia Okafor"), ("Piotr Lis", "Piotr Lis"), ("Nadia Okafor", "Nadja Okafor")]
        assert {r["statement_id"] for r in records} == {"1"}


def test_conflicts_follow_the_filters(run_cli, db):
    result = run_cli("conflicts", "--db", db, "--outlet", "Evening Clarion", "--format", "jsonl")
    assert result.code == 0 and result.out == ""  # one article left: nothing given to two speakers


def test_nothing_to_list_is_exit_0(run_cli, tmp_path, archive):
    (archive / "b.txt").unlink()
    path = tmp_path / "calm.db"
    run_cli("index", archive, "--db", path)
    for fmt, expected in (("md", "# Statements given to different speakers\n\nNo statement in the store is given "
                                 "to different speakers in different articles.\n"),
                          ("jsonl", ""), ("csv", "statement_id,statement,document,title,outlet,date,url,speaker,"
                                                 "speaker_type,article_speaker,mention,cue,confidence,kind,start,end,"
                                                 "text\n")):
        result = run_cli("conflicts", "--db", path, "--format", fmt)
        assert (result.code, result.out) == (0, expected)
    assert rows(path, "SELECT count(*), sum(conflict) FROM statements") == [(1, 0)]  # carried twice, one speaker


def test_a_quote_knows_the_other_articles_carrying_its_statement(db):
    with Store.open(db, create=False) as store:
        [hit] = store.search("farmers")
    assert [Path(name).name for name in hit.also_in] == ["a.txt", "b.txt"]
    assert rows(db, "SELECT text, quote_count, document_count, speaker_count, conflict FROM statements") == [
        (f"{STATEMENT}. We owe it to the farmers.", 3, 3, 2, 1)]


def test_the_report_links_a_quote_to_the_other_articles_and_its_source(archive):
    documents = [(Document((archive / name).read_text(encoding="utf-8"), name), quotes)
                 for name, quotes in (("a.txt", None), ("b.txt", None), ("c.txt", None))]
    from quotes import extract

    documents = [(document, extract(document.text)) for document, _ in documents]
    sources = {"a.txt": DocumentMeta(title="Tindle <reopens>", url="https://clarion.example/crossing",
                                     outlet="The Daily Clarion", date="2024-03-01"),
               "b.txt": DocumentMeta(title="Council", url="javascript:alert(1)")}
    page = render_report(documents, sources=sources)
    assert ('<p class="source">Source: <a href="https://clarion.example/crossing" rel="noopener noreferrer">'
            "Tindle &lt;reopens&gt;</a>, The Daily Clarion, 2024-03-01</p>") in page
    assert '<p class="source">Source: Council</p>' in page  # a javascript: URL is no link
    assert 'Also in: <a class="also" href="#d1-q0">b.txt</a>, <a class="also" href="#d2-q0">c.txt</a>' in page
    assert 'data-also="b.txt, c.txt"' in page


def test_the_report_groups_speakers_like_the_table(archive):
    from quotes import extract

    documents = [(Document((archive / name).read_text(encoding="utf-8"), name), None) for name in ("a.txt", "c.txt")]
    documents = [(document, extract(document.text)) for document, _ in documents]
    page = render_report(documents)
    assert page.count('data-speaker-id="s0" aria-pressed="false">Nadia Okafor</button>') == 1
    assert 'class="speaker" data-speaker-id="s1"' not in page  # one row: Nadja is Nadia
    assert [row.name for row in who_said_what([(d.name, q) for d, q in documents])] == ["Nadia Okafor"]


# --------------------------------------------------------------------------- the store's schema


def old_store(path: Path, version: str) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE quotes_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    connection.executemany("INSERT INTO quotes_meta VALUES (?, ?)", [("format", "quotes-store"),
                                                                     ("schema_version", version)])
    connection.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize("command", [["search", "x"], ["table"], ["conflicts"], ["index", "ARCHIVE"]])
def test_an_older_store_is_one_line_saying_to_index_again(run_cli, tmp_path, archive, command):
    path = old_store(tmp_path / "old.db", "1")
    before = path.read_bytes()
    args = [str(archive) if arg == "ARCHIVE" else arg for arg in command]
    result = run_cli(*args, "--db", path)
    assert result.code == 2
    assert result.err == (f"quotes: error: {path}: a quotes database of schema version 1, older than this quotes "
                          f"reads ({SCHEMA_VERSION}); index the articles again into a new file "
                          "(quotes index PATH... --db NEW.db)\n")
    assert path.read_bytes() == before


def test_a_newer_store_is_refused_too(tmp_path):
    with pytest.raises(StoreError, match=f"schema version 9, expected {SCHEMA_VERSION}"):
        Store.open(old_store(tmp_path / "new.db", "9"))


def test_filters_are_false_when_empty():
    assert not Filters() and Filters(since="2024")

"""The quote store (quotes index / search / table --db): incremental indexing, search, errors."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from quotes.errors import StoreError
from quotes.output import table_markdown, who_said_what
from quotes.serialize import load_golden
from quotes.names import name_form, speaker_aliases
from quotes.store import Status, Store, fts_query

NEW_PARAGRAPH = "\nLavrov said that the observers would leave Geneva on Sunday.\n"


class GoldenExtractor:
    """Returns the hand-labelled quotes of golden/NAME.json: indexing tests that do not move
    when the rules do."""

    nlp = "builtin"

    def __init__(self, directory: Path):
        self.directory = directory

    def extract_document(self, document):
        return load_golden(self.directory / Path(document.name).with_suffix(".json").name, document.text)


def golden_documents(golden_dir: Path) -> list[tuple[str, list]]:
    return [(str(path), load_golden(path.with_suffix(".json"), path.read_text(encoding="utf-8")))
            for path in sorted(golden_dir.glob("*.txt"))]


@pytest.fixture
def gold(golden_dir):
    return GoldenExtractor(golden_dir)


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "quotes.db"


@pytest.fixture
def indexed(db, golden_dir, gold) -> Path:
    with Store.open(db) as store:
        store.index([str(golden_dir)], gold)
    return db


@pytest.fixture
def articles(tmp_path, golden_dir) -> Path:
    """A writable copy of the golden articles (texts only)."""
    target = tmp_path / "articles"
    target.mkdir()
    for path in sorted(golden_dir.glob("*.txt")):
        shutil.copy(path, target / path.name)
    return target


def rows(db: Path, sql: str, *parameters) -> list[tuple]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


# --------------------------------------------------------------------------- indexing


def test_index_golden_stores_documents_quotes_and_speakers(indexed, golden_dir):
    documents = golden_documents(golden_dir)
    with Store.open(indexed, create=False) as store:
        counts = store.counts()
    assert counts["documents"] == len(documents) == 5
    assert counts["quotes"] == sum(len(quotes) for _, quotes in documents) == 73
    for name, path, start, end, text in rows(
            indexed, 'SELECT d.name, d.path, q."start", q."end", q.text FROM quotes q '
                     "JOIN documents d ON d.id = q.document_id"):
        assert Path(path).read_text(encoding="utf-8")[start:end] == text, name
    (sha, length), = rows(indexed, "SELECT sha256, length FROM documents WHERE name = ?",
                          str(golden_dir / "000_d83153937a26fdad.txt"))
    assert len(sha) == 64 and length == len((golden_dir / "000_d83153937a26fdad.txt").read_text(encoding="utf-8"))


def test_every_quote_has_its_context(indexed):
    for text, context in rows(indexed, "SELECT text, context FROM quotes"):
        assert text.strip() in context
        assert len(context) <= 1000


def test_speakers_have_counts_roles_and_aliases(indexed):
    (aliases, count, role), = rows(
        indexed, "SELECT aliases, quote_count, role FROM speakers WHERE name = 'Antony Blinken'")
    assert json.loads(aliases)[0] == "Antony Blinken"
    assert {"Blinken", "Mr. Blinken"} <= set(json.loads(aliases))
    assert not {"he", "He", "the secretary of state"} & set(json.loads(aliases))
    assert count == rows(indexed, "SELECT count(*) FROM quotes WHERE speaker = 'Antony Blinken'")[0][0]
    assert role
    assert rows(indexed, "SELECT sum(quote_count) FROM speakers") == \
        rows(indexed, "SELECT count(*) FROM quotes WHERE speaker_id IS NOT NULL")


def test_reindexing_unchanged_files_keeps_everything(indexed, golden_dir, gold):
    before = rows(indexed, "SELECT * FROM quotes ORDER BY id")
    with Store.open(indexed) as store:
        summary = store.index([str(golden_dir)], gold)
        counts = store.counts()
    assert (summary.added, summary.replaced, summary.unchanged, summary.failed) == (0, 0, 5, 0)
    assert counts == {"documents": 5, "quotes": 73, "speakers": counts["speakers"]}
    assert rows(indexed, "SELECT * FROM quotes ORDER BY id") == before


def test_changed_file_replaces_its_quotes(db, articles, extractor):
    changed = articles / "004_651449546ff66d6f.txt"
    before = len(extractor.extract(changed.read_text(encoding="utf-8")))
    with Store.open(db) as store:
        store.index([str(articles)], extractor)
        first = store.counts()
        changed.write_text(changed.read_text(encoding="utf-8") + NEW_PARAGRAPH, encoding="utf-8")
        summary = store.index([str(articles)], extractor)
        second = store.counts()
        hits = store.search("observers Geneva")
    assert (summary.added, summary.replaced, summary.unchanged) == (0, 1, 4)
    expected = len(extractor.extract(changed.read_text(encoding="utf-8")))
    stored = rows(db, "SELECT count(*) FROM quotes q JOIN documents d ON d.id = q.document_id "
                      "WHERE d.name = ?", str(changed))[0][0]
    assert stored == expected
    assert second["documents"] == first["documents"] == 5
    assert summary.quotes == expected > before
    assert second["quotes"] == first["quotes"] - before + expected
    assert rows(db, 'SELECT count(*) FROM (SELECT DISTINCT document_id, "start", "end" FROM quotes)') == \
        rows(db, "SELECT count(*) FROM quotes")
    assert [hit.text for hit in hits] == ["the observers would leave Geneva on Sunday"]


def test_changed_file_drops_stale_quotes_from_search_and_speakers(db, tmp_path, extractor):
    article = tmp_path / "one.txt"
    article.write_text("Kozak said that the ceasefire had collapsed overnight.\n", encoding="utf-8")
    with Store.open(db) as store:
        store.index([str(article)], extractor)
        assert [hit.speaker for hit in store.search("ceasefire")] == ["Kozak"]
        article.write_text("Peskov said that the meeting was postponed.\n", encoding="utf-8")
        summary = store.index([str(article)], extractor)
        assert summary.replaced == 1
        assert store.search("ceasefire") == []
        assert store.search(speaker="Kozak") == []
        assert [hit.speaker for hit in store.search("postponed")] == ["Peskov"]
    assert rows(db, "SELECT name, quote_count FROM speakers") == [("Peskov", 1)]


def test_each_document_is_one_transaction(db, articles, extractor, monkeypatch):
    calls = {"n": 0}
    original = Store._insert_quote

    def failing(self, *args):
        calls["n"] += 1
        if calls["n"] == 10:
            raise RuntimeError("power cut")
        return original(self, *args)

    monkeypatch.setattr(Store, "_insert_quote", failing)
    with Store.open(db) as store, pytest.raises(RuntimeError):
        store.index([str(articles)], extractor)
    stored = rows(db, "SELECT d.name, count(q.id) FROM documents d LEFT JOIN quotes q "
                      "ON q.document_id = d.id GROUP BY d.id")
    for name, count in stored:
        assert count == len(extractor.extract((articles / name).read_text(encoding="utf-8")))
    assert len(stored) < 5
    assert rows(db, "SELECT count(*) FROM quotes_fts") == rows(db, "SELECT count(*) FROM quotes")
    monkeypatch.setattr(Store, "_insert_quote", original)
    with Store.open(db) as store:
        summary = store.index([str(articles)], extractor)
    assert summary.unchanged == len(stored) and summary.added == 5 - len(stored)


def test_parallel_indexing_matches_serial(tmp_path, articles, extractor):
    counts = []
    for jobs in (1, 2):
        with Store.open(tmp_path / f"jobs{jobs}.db") as store:
            store.index([str(articles)], extractor, jobs=jobs)
            counts.append(store.counts())
    assert counts[0] == counts[1]


def test_bad_inputs_are_outcomes_not_exceptions(db, articles, extractor):
    (articles / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    with Store.open(db) as store:
        outcomes = list(store.index_iter([str(articles), str(articles / "missing.txt")], extractor))
    failed = [outcome for outcome in outcomes if outcome.status is Status.FAILED]
    assert len(failed) == 2
    assert any("binary" in outcome.problem for outcome in failed)
    assert any("no such file" in outcome.problem for outcome in failed)
    assert sum(outcome.status is Status.ADDED for outcome in outcomes) == 5


# --------------------------------------------------------------------------- sidecar metadata


def test_sidecar_meta_json_is_read_and_updated(db, articles, extractor):
    article = articles / "001_49de2a04fa743cde.txt"
    sidecar = articles / "001_49de2a04fa743cde.meta.json"
    sidecar.write_text(json.dumps({"title": "Blinken and Lavrov meet in Geneva", "date": "2022-01-21",
                                   "url": "https://example.org/geneva"}), encoding="utf-8")
    with Store.open(db) as store:
        store.index([str(articles)], extractor)
        newest = store.search(limit=1)[0]
        assert (newest.document, newest.title, newest.date, newest.url) == (
            str(article), "Blinken and Lavrov meet in Geneva", "2022-01-21", "https://example.org/geneva")
        sidecar.write_text(json.dumps({"title": "Geneva talks"}), encoding="utf-8")
        summary = store.index([str(articles)], extractor)
    assert summary.unchanged == 5
    assert rows(db, "SELECT title, date, url FROM documents WHERE name = ?", str(article)) == [
        ("Geneva talks", None, None)]


@pytest.mark.parametrize(("content", "warning", "title"), [
    (b"[" * 100_000, "ignored, JSON nested too deeply to read", None),  # once a RecursionError: nothing indexed
    (b'{"title": ' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_001, "ignored, JSON nested too deeply", None),
    (b"{not json", "ignored, not readable JSON", None),
    (b'{"title": "caf\xe9"}', "ignored, not readable JSON", None),  # not UTF-8
    (b"[1, 2, 3]", "ignored, expected a JSON object", None),
    (b'"just a title"', "ignored, expected a JSON object", None),
    (b"null", "ignored, expected a JSON object", None),
    (b'{"title": "\\udcff lone"}', None, "\\udcff lone"),  # a lone surrogate no column can hold
    (b'{"title": {"nested": "object"}, "date": 2022}', None, None),
    (b'{"title": "  Geneva  "}', None, "Geneva"),
], ids=["deep-list", "deep-object", "not-json", "latin-1", "list", "string", "null", "surrogate",
        "odd-types", "padded"])
def test_a_bad_sidecar_is_one_warning_and_the_article_is_indexed(run_cli, tmp_path, content, warning, title):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(NEW_PARAGRAPH, encoding="utf-8")
    (folder / "a.meta.json").write_bytes(content)
    result = run_cli("index", folder, "--db", tmp_path / "q.db")
    assert result.code == 0, result.err
    warnings = [line for line in result.err.splitlines() if line.startswith("quotes: warning:")]
    if warning is None:
        assert warnings == []
    else:
        assert len(warnings) == 1 and warnings[0].startswith(f"quotes: warning: {folder}/a.meta.json: {warning}")
    assert "Traceback" not in result.err
    assert rows(tmp_path / "q.db", "SELECT name, title FROM documents") == [(f"{folder}/a.txt", title)]


def test_malformed_sidecar_is_a_warning(db, articles, extractor):
    (articles / "002_5278fe4299a900a6.meta.json").write_text("{not json", encoding="utf-8")
    with Store.open(db) as store:
        summary = store.index([str(articles)], extractor)
    assert summary.added == 5 and not summary.failures
    assert len(summary.warnings) == 1 and "002_5278fe4299a900a6.meta.json" in summary.warnings[0]


# --------------------------------------------------------------------------- search


def test_search_by_word_is_ranked(indexed):
    with Store.open(indexed, create=False) as store:
        hits = store.search("Russia", limit=0)
        top = store.search("Russia", limit=3)
    assert len(hits) > 3 and [hit.quote_id for hit in top] == [hit.quote_id for hit in hits[:3]]
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)
    for hit in hits:
        assert "russia" in (hit.text + " " + (hit.speaker or "")).casefold()
        assert hit.text.strip() in hit.context


def test_search_stems_and_escapes(indexed):
    with Store.open(indexed, create=False) as store:
        assert store.search("warnings")  # porter stemming: "warning" in the text
        assert store.search("U.S.") is not None  # punctuation is not FTS syntax
        assert store.search('"written response"')
        assert store.search("zzzunknownword") == []
    assert fts_query('U.S. "written response" AND') == '"U.S." "written response" "AND"'
    assert fts_query('say "hello') == '"say" "hello"'


@pytest.mark.parametrize("alias", ["Blinken", "Antony Blinken", "Mr. Blinken", "mr. blinken", "BLINKEN"])
def test_speaker_filter_matches_any_alias(indexed, alias):
    with Store.open(indexed, create=False) as store:
        hits = store.search(speaker=alias, limit=0)
        canonical = store.search(speaker="Antony Blinken", limit=0)
    assert hits and {hit.quote_id for hit in hits} == {hit.quote_id for hit in canonical}
    assert {hit.speaker for hit in hits} == {"Antony Blinken", "Antony Blinken and Sergei Lavrov"}
    # one speaker across the archive, whichever way an article spells him
    assert {"Antony Blinken", "Anthony Blinken"} <= {hit.article_speaker for hit in hits}


def test_speaker_and_kind_filters_combine_with_a_query(indexed):
    with Store.open(indexed, create=False) as store:
        direct = store.search(speaker="Lavrov", kind="direct", limit=0)
        worded = store.search("Washington", speaker="Sergei Lavrov", limit=0)
        assert store.search(speaker="Nobody Atall") == []
    assert direct and all(hit.kind == "direct" and "Lavrov" in hit.speaker for hit in direct)
    assert worded and all("Lavrov" in hit.speaker and "washington" in hit.text.casefold() for hit in worded)


def test_who_said_what_from_the_store_equals_the_table_from_files(indexed, golden_dir):
    with Store.open(indexed, create=False) as store:
        stored = store.who_said_what()
    assert table_markdown(stored) == table_markdown(who_said_what(golden_documents(golden_dir)))
    blinken = next(row for row in stored if row.name == "Antony Blinken")
    assert "Mr. Blinken" in blinken.aliases


@pytest.mark.parametrize("mention, canonical, kind, expected", [
    ("U.S. Secretary of State Antony Blinken", "Antony Blinken", "person", "Antony Blinken"),
    ("Mr. Blinken’s", "Antony Blinken", "person", "Mr. Blinken"),
    ("Anthony Blinken", "Antony Blinken", "person", "Anthony Blinken"),
    ("President Biden", "Joe Biden", "person", "Biden"),
    ("Ukraine’s presidential chief of staff, Andriy Yermak", "Andriy Yermak", "person", "Andriy Yermak"),
    ("he", "Antony Blinken", "person", None),
    ("The Secretary of State", "Antony Blinken", "person", None),
    ("IRCC", "Immigration, Refugees and Citizenship Canada", "organization", "IRCC"),
    ("the Kremlin", "Russia", "organization", None),
])
def test_name_forms(mention, canonical, kind, expected):
    assert name_form(mention, canonical, kind) == expected


def test_aliases_lead_with_the_canonical_name_without_repeats():
    assert speaker_aliases("Sergei Lavrov", "person", ["Lavrov", "he", "Sergei Lavrov", "LAVROV", "Mr. Lavrov"]) == [
        "Sergei Lavrov", "Lavrov", "Mr. Lavrov"]


# --------------------------------------------------------------------------- bad database files


@pytest.fixture
def corrupt(tmp_path) -> Path:
    path = tmp_path / "corrupt.db"
    path.write_bytes(os.urandom(4096))
    return path


@pytest.fixture
def foreign(tmp_path) -> Path:
    path = tmp_path / "foreign.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize("kind", ["corrupt", "foreign"])
def test_store_refuses_a_file_that_is_not_a_quotes_database(request, kind):
    path = request.getfixturevalue(kind)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a quotes database"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_database_created_by_two_stores_at_once(tmp_path):
    """Two `quotes index` runs making a new database at the same moment: the second looked,
    found no tables, and then tried to create them after the first had (once 4 failures in 60
    runs, "table quotes_meta already exists"). Here the first holds the write lock while the
    second looks; the second must then find the schema made and use it."""
    path = tmp_path / "new.db"
    first = sqlite3.connect(path, isolation_level=None)
    first.execute("BEGIN IMMEDIATE")  # the first run, creating the schema
    outcome: dict[str, object] = {}

    def second() -> None:
        try:
            with Store.open(path) as store:
                outcome["counts"] = store.counts()
        except Exception as problem:  # reported below
            outcome["error"] = problem

    thread = threading.Thread(target=second)
    thread.start()
    time.sleep(0.5)  # the second has looked (no tables yet) and waits for the lock
    Store(first, path)._create_schema()
    first.execute("COMMIT")
    thread.join(timeout=30)
    first.close()
    assert "error" not in outcome, outcome.get("error")
    assert outcome["counts"] == {"documents": 0, "quotes": 0, "speakers": 0}


def test_a_database_name_that_is_not_utf8_is_shown_escaped(run_cli, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(NEW_PARAGRAPH, encoding="utf-8")
    db = tmp_path / os.fsdecode(b"q\xff.db")
    result = run_cli("index", folder, "--db", db)
    assert result.code == 0
    assert f"; {tmp_path}/q\\xff.db holds 1 documents" in result.err
    bad = tmp_path / os.fsdecode(b"other\xfe.db")
    bad.write_bytes(os.urandom(4096))
    refused = run_cli("search", "x", "--db", bad)
    assert refused.code == 2 and refused.err.startswith(f"quotes: error: {tmp_path}/other\\xfe.db: not a quotes database")


def test_store_refuses_a_missing_file_without_create(tmp_path):
    with pytest.raises(StoreError, match="no such quotes database"):
        Store.open(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


# --------------------------------------------------------------------------- CLI


def test_cli_index_then_reindex(run_cli, golden_dir, db):
    first = run_cli("index", golden_dir, "--db", db)
    assert first.code == 0, first.err
    assert "indexed 5 (5 new, 0 replaced" in first.err and "failed 0" in first.err
    second = run_cli("index", golden_dir, "--db", db)
    assert second.code == 0
    assert "indexed 0" in second.err and "skipped 5 unchanged" in second.err
    assert (db.parent / "quotes.metadata.json").is_file()


def test_cli_index_reports_bad_inputs_and_indexes_the_rest(run_cli, articles, db):
    (articles / "empty.txt").write_bytes(b"")
    result = run_cli("index", articles, articles / "missing.txt", "--db", db)
    assert result.code == 1
    problems = [line for line in result.err.splitlines() if line.startswith("quotes: error:")]
    assert len(problems) == 2
    assert any("empty.txt" in line for line in problems) and any("missing.txt" in line for line in problems)
    assert "indexed 5" in result.err and "failed 2" in result.err
    assert rows(db, "SELECT count(*) FROM documents") == [(5,)]


def test_cli_search_formats(run_cli, golden_dir, db):
    assert run_cli("index", golden_dir, "--db", db).code == 0
    as_json = run_cli("search", "Lavrov", "--db", db, "--format", "json")
    assert as_json.code == 0
    hits = json.loads(as_json.out)
    assert hits and {"speaker", "kind", "text", "document", "start", "end", "context"} <= set(hits[0])
    as_csv = run_cli("search", "Lavrov", "--db", db, "--format", "csv", "--limit", "2")
    assert as_csv.out.startswith("rank,score,speaker,") and len(as_csv.out.splitlines()) >= 2
    table = run_cli("search", "--db", db, "--speaker", "Mr. Blinken", "--kind", "direct")
    assert table.code == 0
    assert table.out.startswith("| # | speaker | role | kind | quote | document | offsets | context |")
    assert all("Blinken" in line for line in table.out.splitlines()[2:])


def test_cli_search_with_words_joins_them(run_cli, golden_dir, db):
    run_cli("index", golden_dir, "--db", db)
    result = run_cli("search", "written", "response", "--db", db, "--format", "json")
    assert all("written" in hit["text"] and "response" in hit["text"] for hit in json.loads(result.out))


def test_cli_table_reads_the_store(run_cli, golden_dir, db):
    run_cli("index", golden_dir, "--db", db)
    result = run_cli("table", "--db", db)
    assert result.code == 0 and result.out.startswith("# Who said what")
    assert "Antony Blinken" in result.out


@pytest.mark.parametrize("kind", ["corrupt", "foreign"])
@pytest.mark.parametrize("command", [["search", "Blinken"], ["table"], ["index", "GOLDEN"]])
def test_cli_bad_database_is_one_line_exit_2(request, run_cli, golden_dir, kind, command):
    path = request.getfixturevalue(kind)
    args = [str(golden_dir) if arg == "GOLDEN" else arg for arg in command]
    result = run_cli(*args, "--db", path)
    assert result.code == 2
    assert "Traceback" not in result.err
    assert result.err.strip().count("\n") == 0
    assert result.err.startswith("quotes: error:") and "not a quotes database" in result.err


def test_cli_search_missing_database(run_cli, tmp_path):
    result = run_cli("search", "Blinken", "--db", tmp_path / "nowhere.db")
    assert result.code == 2
    assert result.err.strip().count("\n") == 0 and "no such quotes database" in result.err
    assert not (tmp_path / "nowhere.db").exists()


@pytest.mark.parametrize("command", ["index", "search", "conflicts"])
def test_cli_help_has_an_example(command, capsys):
    from quotes.cli import main

    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    assert stop.value.code == 0
    assert f"quotes {command} " in capsys.readouterr().out


def test_full_text_index_is_the_one_sqlite_utils_makes(indexed, tmp_path):
    """Same FTS table and triggers as ``enable_fts(["text", "speaker"], create_triggers=True)``,
    so Datasette and sqlite-utils recognise the search index."""
    sqlite_utils = pytest.importorskip("sqlite_utils")
    from quotes.store import FTS_TOKENIZER

    reference = sqlite_utils.Database(tmp_path / "reference.db")
    reference["quotes"].insert({"id": 1, "text": "", "speaker": ""}, pk="id")
    reference["quotes"].enable_fts(["text", "speaker"], create_triggers=True, tokenize=FTS_TOKENIZER)
    schema = "SELECT type, name, sql FROM sqlite_master WHERE name = 'quotes_fts' OR type = 'trigger' ORDER BY name"
    assert rows(indexed, schema) == reference.execute(schema).fetchall()
    assert sqlite_utils.Database(indexed)["quotes"].detect_fts() == "quotes_fts"


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_given_twice_is_indexed_once(db, articles, extractor, jobs):
    with Store.open(db) as store:
        summary = store.index([str(articles), str(articles / "000_d83153937a26fdad.txt")], extractor, jobs=jobs)
    assert (summary.added, summary.failed) == (5, 0)
    assert rows(db, "SELECT count(*) FROM documents") == [(5,)]

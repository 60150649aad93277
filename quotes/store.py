"""The quote store: an SQLite file of documents, quotes, speakers and statements, with full-text search.

Standard-library ``sqlite3`` only.  The layout follows ``sqlite-utils`` conventions so that
Datasette recognises it as it is: the FTS5 table ``quotes_fts`` is an external-content index of
``quotes(text, speaker)`` kept in sync by the ``quotes_ai/_ad/_au`` triggers, exactly as
``sqlite-utils enable-fts quotes text speaker --create-triggers`` would make it.

- ``documents``: one row per indexed file (its absolute path is its identity), with ``sha256`` so
  an unchanged file is skipped and a changed one has its quotes replaced; ``title``, ``date``,
  ``url``, ``outlet`` and ``author`` come from a sidecar ``NAME.meta.json`` when there is one.
- ``quotes``: every record field plus ``confidence``, ``note`` and ``context`` (the sentence or
  paragraph around the quote and its attribution). ``speaker`` is the speaker's row across the
  archive (``speakers``); ``article_speaker`` is the speaker as the article's extraction named it.
  ``statement_id`` ties the quotes that repeat one statement in several articles.
- ``speakers``: one row per person, organisation or joint source across the archive
  (``names.identify``): the canonical name, the most specific role and every role seen, the
  spellings and name forms seen, quote and article counts, and a note when it could be two people.
- ``statements``: one row per statement that two or more articles carry, with ``conflict`` = 1
  when they give it to different speakers.
- ``quotes_meta``: the format marker and schema version; a file without it is refused.

Each document is written in one transaction, so an interrupted run leaves a consistent store.
Speakers and statements are worked out again over the whole archive after each indexing run (and
by any reader that finds a run did not finish). Datasette reads facets and labels from
``NAME.metadata.json``, written beside the database the first time it is indexed (``datasette
NAME.db -m NAME.metadata.json``).
"""

from __future__ import annotations

import collections
import contextlib
import datetime
import enum
import hashlib
import json
import re
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import attrs

from ._version import __version__
from .batch import Extracted, process
from .errors import AmbiguousName, StoreError
from .inputs import Failure, Source, display_name, expand
from .model import Kind, Quote, Span
from .names import (Known, Match, Said, Speaker, identify, match_speaker, may_be_one, same_organisation,
                    speaker_aliases)
from .names import name_form  # noqa: F401  (re-exported: the forms a speaker row answers to)
from .output import UNNAMED_ROW, UNRESOLVED_ROW, SpeakerRow
from .serialize import UNRESOLVED
from .sources import DocumentMeta, read_sidecar, sidecar_path  # noqa: F401  (sidecar_path re-exported)
from .statements import group_statements

FORMAT = "quotes-store"
SCHEMA_VERSION = 2
FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"

SCHEMA = """
CREATE TABLE quotes_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    length INTEGER NOT NULL,
    title TEXT,
    date TEXT,
    url TEXT,
    outlet TEXT,
    author TEXT,
    indexed_at TEXT NOT NULL
);
CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    speaker_type TEXT NOT NULL,
    role TEXT,
    roles TEXT NOT NULL DEFAULT '[]',
    spellings TEXT NOT NULL DEFAULT '[]',
    aliases TEXT NOT NULL DEFAULT '[]',
    quote_count INTEGER NOT NULL DEFAULT 0,
    document_count INTEGER NOT NULL DEFAULT 0,
    note TEXT,
    members TEXT NOT NULL DEFAULT '[]',
    candidates TEXT NOT NULL DEFAULT '[]',
    name_key TEXT NOT NULL UNIQUE
);
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    quote_count INTEGER NOT NULL,
    document_count INTEGER NOT NULL,
    speaker_count INTEGER NOT NULL,
    conflict INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    speaker TEXT,
    speaker_id INTEGER REFERENCES speakers(id),
    speaker_type TEXT,
    speaker_role TEXT,
    article_speaker TEXT,
    article_speaker_type TEXT,
    mention TEXT,
    mention_start INTEGER,
    mention_end INTEGER,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    confidence REAL NOT NULL,
    note TEXT,
    context TEXT NOT NULL,
    statement_id INTEGER REFERENCES statements(id),
    outlet TEXT,
    date TEXT
);
CREATE INDEX quotes_by_document ON quotes(document_id, "start");
CREATE INDEX quotes_by_speaker ON quotes(speaker_id);
CREATE INDEX quotes_by_kind ON quotes(kind);
CREATE INDEX quotes_by_statement ON quotes(statement_id);
CREATE INDEX documents_by_outlet ON documents(outlet, date);
"""

# The FTS table and triggers, written as sqlite-utils' enable_fts(..., create_triggers=True)
# writes them; Datasette finds the index through the content="quotes" clause.
FTS_SCHEMA = f"""
CREATE VIRTUAL TABLE "quotes_fts" USING FTS5 (
    "text", "speaker",
    tokenize='{FTS_TOKENIZER}',
    content="quotes"
);
CREATE TRIGGER "quotes_ai" AFTER INSERT ON "quotes" BEGIN
  INSERT INTO "quotes_fts" (rowid, "text", "speaker") VALUES (new.rowid, new."text", new."speaker");
END;
CREATE TRIGGER "quotes_ad" AFTER DELETE ON "quotes" BEGIN
  INSERT INTO "quotes_fts" ("quotes_fts", rowid, "text", "speaker") VALUES('delete', old.rowid, old."text", old."speaker");
END;
CREATE TRIGGER "quotes_au" AFTER UPDATE ON "quotes" BEGIN
  INSERT INTO "quotes_fts" ("quotes_fts", rowid, "text", "speaker") VALUES('delete', old.rowid, old."text", old."speaker");
  INSERT INTO "quotes_fts" (rowid, "text", "speaker") VALUES (new.rowid, new."text", new."speaker");
END;
"""

QUOTE_COLUMNS = (
    "document_id", "start", "end", "text", "kind", "speaker", "speaker_id", "speaker_type",
    "speaker_role", "article_speaker", "article_speaker_type", "mention", "mention_start", "mention_end",
    "cue", "cue_start", "cue_end", "confidence", "note", "context", "outlet", "date",
)
STALE = "identities_stale"  # quotes_meta key: speakers and statements need working out again


# --------------------------------------------------------------------------- result types


class Status(str, enum.Enum):
    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"
    FAILED = "failed"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Outcome:
    """What indexing did with one input."""

    source: str
    status: Status
    quotes: int = 0
    problem: str | None = None
    warning: str | None = None


@attrs.define
class IndexSummary:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    quotes: int = 0
    failures: list[Failure] = attrs.field(factory=list)
    warnings: list[str] = attrs.field(factory=list)

    @property
    def indexed(self) -> int:
        return self.added + self.replaced

    @property
    def failed(self) -> int:
        return len(self.failures)

    def add(self, outcome: Outcome) -> None:
        if outcome.warning:
            self.warnings.append(outcome.warning)
        if outcome.status is Status.FAILED:
            self.failures.append(Failure(outcome.source, outcome.problem or "failed"))
            return
        setattr(self, outcome.status.value, getattr(self, outcome.status.value) + 1)
        self.quotes += outcome.quotes


@attrs.frozen
class Hit:
    """One search result: a stored quote with its document.

    ``score`` is the negated bm25 rank of a text query (higher is better), None without a query.
    ``also_in`` names the other articles carrying the same statement.
    """

    quote_id: int
    speaker: str | None
    speaker_type: str | None
    role: str | None
    kind: str
    text: str
    document: str
    path: str
    start: int
    end: int
    mention: str | None
    cue: str | None
    confidence: float
    note: str | None
    context: str
    title: str | None
    date: str | None
    url: str | None
    outlet: str | None = None
    author: str | None = None
    article_speaker: str | None = None
    statement_id: int | None = None
    score: float | None = None
    also_in: tuple[str, ...] = ()

    def as_record(self) -> dict[str, Any]:
        record = attrs.asdict(self)
        record["speaker_type"] = self.speaker_type or UNRESOLVED  # as `quotes extract` writes it
        record["also_in"] = list(self.also_in)
        return record


@attrs.define
class StoredSpeakerRow(SpeakerRow):
    """A who-said-what row read from the store, with the speaker's aliases."""

    aliases: list[str] = attrs.field(factory=list)


@attrs.frozen
class Filters:
    """Which articles of the store to read: by outlet (any spelling of its name) and by date
    (ISO 8601 text, compared as text, inclusive); and which of their quotes, by confidence."""

    outlets: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    min_confidence: float | None = None  # quotes below this confidence are left out

    @classmethod
    def of(cls, args: Any) -> "Filters":
        """The filters of a command's ``--outlet``, ``--since``, ``--until`` and ``--min-confidence``."""
        return cls(tuple(getattr(args, "outlet", None) or ()), getattr(args, "since", None),
                   getattr(args, "until", None), getattr(args, "min_confidence", None))

    def __bool__(self) -> bool:
        return bool(self.outlets or self.since or self.until or self.min_confidence is not None)


@attrs.frozen
class ConflictQuote:
    """One article's version of a statement: who it gives it to, and how sure the extractor was."""

    quote_id: int
    document: str
    title: str | None
    outlet: str | None
    date: str | None
    url: str | None
    speaker: str | None
    speaker_type: str | None
    article_speaker: str | None
    mention: str | None
    cue: str | None
    confidence: float
    kind: str
    start: int
    end: int
    text: str


@attrs.frozen
class Conflict:
    """A statement the store gives to different speakers in different articles."""

    statement_id: int
    text: str
    speakers: tuple[str, ...]
    quotes: tuple[ConflictQuote, ...]


@attrs.frozen
class _Pending:
    source: Source
    meta: DocumentMeta
    warning: str | None


# --------------------------------------------------------------------------- the store


class Store:
    """An open quote database; use ``with Store.open(path) as store:``."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self.connection = connection
        self.path = path
        self.shown = display_name(path)  # as messages write it: undecodable bytes as \xNN

    # ---------------------------------------------------------------- opening

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> "Store":
        """Open (or, with ``create``, make) a quote database; StoreError when it is not one."""
        path = Path(path)
        shown = display_name(path)
        if path.is_dir():
            raise StoreError(f"{shown}: is a directory, not a quotes database")
        if not path.exists() and not create:
            raise StoreError(f"{shown}: no such quotes database (build one with: quotes index PATH... --db {shown})")
        try:
            connection = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as error:
            raise StoreError(f"{shown}: cannot open ({error})") from None
        store = cls(connection, path)
        try:
            store._prepare(create)
        except BaseException:
            connection.close()
            raise
        return store

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def _prepare(self, create: bool) -> None:
        with self._guard("not a quotes database"):
            self.connection.execute("PRAGMA busy_timeout = 5000")
            tables = self._tables()
        if not tables:
            if not create:
                raise StoreError(f"{self.shown}: not a quotes database (it holds no tables)")
            with self._guard("cannot create the database"), self._transaction():
                # another process may have created it since we looked: look again under the lock
                tables = self._tables()
                if not tables:
                    self._create_schema()
        if tables:
            self._check_marker(tables)
        self.connection.execute("PRAGMA foreign_keys = ON")

    def _tables(self) -> set[str]:
        return {row[0] for row in self.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def _create_schema(self) -> None:
        for statement in _statements(SCHEMA + FTS_SCHEMA):
            self.connection.execute(statement)
        self.connection.executemany("INSERT INTO quotes_meta (key, value) VALUES (?, ?)", [
            ("format", FORMAT), ("schema_version", str(SCHEMA_VERSION)),
            ("created_by", f"quotes {__version__}"), ("fts_tokenizer", FTS_TOKENIZER),
        ])

    def _check_marker(self, tables: set[str]) -> None:
        if "quotes_meta" not in tables:
            shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
            raise StoreError(f"{self.shown}: not a quotes database (an SQLite file with other tables: {shown})")
        with self._guard("not a quotes database"):
            marker = dict(self.connection.execute("SELECT key, value FROM quotes_meta"))
        if marker.get("format") != FORMAT:
            raise StoreError(f"{self.shown}: not a quotes database (quotes_meta has no format={FORMAT} marker)")
        version = marker.get("schema_version", "")
        if version.isdigit() and int(version) < SCHEMA_VERSION:
            raise StoreError(f"{self.shown}: a quotes database of schema version {version}, older than this "
                             f"quotes reads ({SCHEMA_VERSION}); index the articles again into a new file "
                             f"(quotes index PATH... --db NEW.db)")
        if version != str(SCHEMA_VERSION):
            raise StoreError(f"{self.shown}: not a quotes database this version can read "
                             f"(schema version {version or 'missing'}, expected {SCHEMA_VERSION})")

    @contextlib.contextmanager
    def _guard(self, what: str = "database error") -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            raise StoreError(f"{self.shown}: {what} ({error})") from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    # ---------------------------------------------------------------- indexing

    def index(self, paths: Sequence[str], extractor, *, jobs: int = 1) -> IndexSummary:
        """Index files and directories (every ``*.txt`` inside); see ``index_iter``."""
        summary = IndexSummary()
        for outcome in self.index_iter(paths, extractor, jobs=jobs):
            summary.add(outcome)
        return summary

    def index_iter(self, paths: Sequence[str | Source | Failure], extractor, *, jobs: int = 1) -> Iterator[Outcome]:
        """Index inputs one document (one transaction) at a time, yielding what became of each.

        ``paths`` are paths as given, or what ``inputs.expand`` listed for them (so a caller can
        count them first: ``planned(listed)`` outcomes will come). Unchanged files (same sha256)
        are skipped before extraction; a changed file's quotes are replaced; a bad input is an
        ``Outcome`` with status ``failed``, never an exception. Once every input is done, speakers
        and statements are worked out again over the whole archive (``refresh``).
        """
        self.write_datasette_metadata(overwrite=False)
        early: collections.deque[Outcome] = collections.deque()
        pending: collections.deque[_Pending] = collections.deque()

        def changed_sources() -> Iterator[Source]:
            for step in self._plan(paths):
                if isinstance(step, Outcome):
                    early.append(step)
                else:
                    pending.append(step)
                    yield step.source

        for result in process(changed_sources(), extractor=extractor, jobs=jobs):
            yield from _drain(early)
            yield self._store_result(pending.popleft(), result)
        yield from _drain(early)
        if self._stale():
            self.refresh()

    def _plan(self, paths: Sequence[str | Source | Failure]) -> Iterator[Outcome | _Pending]:
        seen: set[str] = set()
        for item in _listed(paths):
            if isinstance(item, Failure):
                yield Outcome(item.source, Status.FAILED, problem=item.problem)
            elif item.path is None:
                yield Outcome(item.name, Status.FAILED,
                              problem="standard input cannot be indexed (give files or directories)")
            elif _identity(item.path) not in seen:  # a file reached twice is indexed once
                seen.add(_identity(item.path))
                yield self._plan_file(item)

    def _plan_file(self, source: Source) -> Outcome | _Pending:
        assert source.path is not None
        try:
            digest = hashlib.sha256(source.path.read_bytes()).hexdigest()
        except OSError as error:
            return Outcome(display_name(source.path), Status.FAILED, problem=f"cannot read: {error.strerror or error}")
        meta, warning = read_sidecar(source.path)
        with self._guard():
            row = self.connection.execute(
                "SELECT id, sha256, title, date, url, outlet, author FROM documents WHERE path = ?",
                (_identity(source.path),)).fetchone()
        if row is not None and row[1] == digest:
            if DocumentMeta(*row[2:]) != meta:
                self._update_meta(row[0], meta)
            return Outcome(source.name, Status.UNCHANGED, warning=warning)
        return _Pending(source, meta, warning)

    def _update_meta(self, document_id: int, meta: DocumentMeta) -> None:
        with self._guard(), self._transaction():
            self.connection.execute(
                "UPDATE documents SET title = ?, date = ?, url = ?, outlet = ?, author = ? WHERE id = ?",
                (meta.title, meta.date, meta.url, meta.outlet, meta.author, document_id))
            self.connection.execute("UPDATE quotes SET outlet = ?, date = ? WHERE document_id = ?",
                                    (meta.outlet, meta.date, document_id))
            self._mark_stale()

    def _store_result(self, step: _Pending, result: Extracted | Failure) -> Outcome:
        if isinstance(result, Failure):
            return Outcome(result.source, Status.FAILED, problem=result.problem, warning=step.warning)
        with self._guard(), self._transaction():
            status = self._write_document(step, result.document.text, result.quotes)
        stored = 0 if status is Status.UNCHANGED else len(result.quotes)
        return Outcome(step.source.name, status, quotes=stored, warning=step.warning)

    def _write_document(self, step: _Pending, text: str, quotes: Sequence[Quote]) -> Status:
        """Add or replace one document and its quotes (inside the caller's transaction).

        The stored row is looked up again here, not trusted from planning: a concurrent
        ``quotes index`` on the same database may have written it meanwhile. The quotes keep the
        article's speaker until ``refresh`` gives them their row across the archive.
        """
        assert step.source.path is not None
        path, digest = _identity(step.source.path), hashlib.sha256(text.encode("utf-8")).hexdigest()
        row = self.connection.execute("SELECT id, sha256 FROM documents WHERE path = ?", (path,)).fetchone()
        if row is not None and row[1] == digest:
            return Status.UNCHANGED
        meta = step.meta
        values = (step.source.name, path, digest, len(text), meta.title, meta.date, meta.url, meta.outlet,
                  meta.author, _now())
        if row is None:
            document_id = self.connection.execute(
                "INSERT INTO documents (name, path, sha256, length, title, date, url, outlet, author, indexed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values).lastrowid
        else:
            document_id = row[0]
            self.connection.execute("DELETE FROM quotes WHERE document_id = ?", (document_id,))
            self.connection.execute(
                "UPDATE documents SET name = ?, path = ?, sha256 = ?, length = ?, title = ?, date = ?, "
                "url = ?, outlet = ?, author = ?, indexed_at = ? WHERE id = ?", (*values, document_id))
        for quote in quotes:
            self._insert_quote(document_id, quote, text, meta)
        self._mark_stale()
        return Status.ADDED if row is None else Status.REPLACED

    def _insert_quote(self, document_id: int, quote: Quote, text: str, meta: DocumentMeta) -> None:
        mention, cue = quote.mention, quote.cue
        speaker_type = quote.speaker_type.value if quote.speaker_type else None
        row = (
            document_id, quote.start, quote.end, quote.text, quote.kind.value, quote.speaker,
            None, speaker_type, quote.speaker_role, quote.speaker, speaker_type,
            mention.text if mention else None, mention.start if mention else None,
            mention.end if mention else None, cue.text if cue else None,
            cue.start if cue else None, cue.end if cue else None,
            round(quote.confidence, 3), quote.note, quote_context(text, quote), meta.outlet, meta.date,
        )
        columns = ", ".join(f'"{column}"' for column in QUOTE_COLUMNS)
        marks = ", ".join("?" for _ in QUOTE_COLUMNS)
        self.connection.execute(f"INSERT INTO quotes ({columns}) VALUES ({marks})", row)

    # ---------------------------------------------------------------- speakers and statements

    def _mark_stale(self) -> None:
        self.connection.execute("INSERT OR REPLACE INTO quotes_meta (key, value) VALUES (?, '1')", (STALE,))

    def _stale(self) -> bool:
        with self._guard():
            row = self.connection.execute("SELECT value FROM quotes_meta WHERE key = ?", (STALE,)).fetchone()
        return row is not None and row[0] == "1"

    def fresh(self) -> "Store":
        """Work out speakers and statements again if an indexing run did not get to it."""
        if self._stale():
            self.refresh()
        return self

    def refresh(self) -> None:
        """Work out, over the whole archive, one row per speaker (``names.identify``) and the
        statements that several articles carry (``statements.group_statements``), and give every
        quote its row and statement. Speaker ids stay with their rows from run to run; a
        statement's id is its first quote's."""
        with self._guard("cannot work out the speakers"), self._transaction():
            rows = self.connection.execute(
                'SELECT q.id, d.name, q.article_speaker, q.article_speaker_type, q.speaker_role, q.mention, '
                'd.outlet, q.text, q.speaker, q.speaker_id, q.speaker_type, q.statement_id '
                'FROM quotes q JOIN documents d ON d.id = q.document_id '
                'ORDER BY d.name, d.id, q."start", q."end", q.id').fetchall()
            identities = identify([Said(r[1], r[2], r[3] or UNRESOLVED, r[4], r[5], r[6]) for r in rows])
            ids = self._write_speakers(identities.rows, rows)
            statements = group_statements([(r[1], r[7]) for r in rows])
            numbers = self._write_statements(rows, statements, identities.row_of)
            changes = []
            for row, speaker, statement in zip(rows, identities.row_of, numbers):
                wanted = ((speaker.name, ids[id(speaker)], speaker.speaker_type) if speaker is not None
                          else (None, None, row[3]))
                if (row[8], row[9], row[10], row[11]) != (*wanted, statement):
                    changes.append((*wanted, statement, row[0]))
            self.connection.executemany(
                "UPDATE quotes SET speaker = ?, speaker_id = ?, speaker_type = ?, statement_id = ? WHERE id = ?",
                changes)
            self.connection.execute("DELETE FROM speakers WHERE id NOT IN (SELECT value FROM json_each(?))",
                                    (json.dumps(sorted(ids.values())),))
            self.connection.execute("DELETE FROM statements WHERE id NOT IN "
                                    "(SELECT DISTINCT statement_id FROM quotes WHERE statement_id IS NOT NULL)")
            self.connection.execute("INSERT OR REPLACE INTO quotes_meta (key, value) VALUES (?, '0')", (STALE,))

    def _write_speakers(self, speakers: Sequence[Speaker], rows: Sequence[tuple]) -> dict[int, int]:
        """Write one ``speakers`` row per identity, keeping the id of a row whose key is known."""
        known = dict(self.connection.execute("SELECT name_key, id FROM speakers"))
        ids: dict[int, int] = {}
        for speaker in speakers:
            forms = collections.Counter(rows[i][5] for i in speaker.quotes if rows[i][5])
            mentions_by_frequency = [m for m, _ in sorted(forms.items(), key=lambda kv: (-kv[1], kv[0]))]
            aliases = speaker_aliases(speaker.name, speaker.speaker_type, [*speaker.aliases()[1:], *mentions_by_frequency])
            values = (speaker.name, speaker.speaker_type, speaker.role,
                      json.dumps(sorted(speaker.roles.items(), key=lambda kv: (-kv[1], kv[0])), ensure_ascii=False),
                      json.dumps(sorted(speaker.spellings.items(), key=lambda kv: (-kv[1], kv[0])), ensure_ascii=False),
                      json.dumps(_unique([*speaker.aliases(), *aliases]), ensure_ascii=False),
                      len(speaker.quotes), len(speaker.documents), speaker.note,
                      json.dumps(list(speaker.members), ensure_ascii=False),
                      json.dumps(list(speaker.candidates), ensure_ascii=False), speaker.key)
            if speaker.key in known:
                ids[id(speaker)] = known[speaker.key]
                self.connection.execute(
                    "UPDATE speakers SET name = ?, speaker_type = ?, role = ?, roles = ?, spellings = ?, aliases = ?, "
                    "quote_count = ?, document_count = ?, note = ?, members = ?, candidates = ?, name_key = ? "
                    "WHERE id = ?",
                    (*values, known[speaker.key]))
            else:
                ids[id(speaker)] = self.connection.execute(
                    "INSERT INTO speakers (name, speaker_type, role, roles, spellings, aliases, quote_count, "
                    "document_count, note, members, candidates, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values).lastrowid
        return ids

    def _write_statements(self, rows: Sequence[tuple], numbers: Sequence[int | None],
                          row_of: Sequence[Speaker | None]) -> list[int | None]:
        """Write one ``statements`` row per statement two or more articles carry; the statement
        id of every quote (its group's first quote id)."""
        groups: dict[int, list[int]] = collections.defaultdict(list)
        for index, number in enumerate(numbers):
            if number is not None:
                groups[number].append(index)
        ids: list[int | None] = [None] * len(rows)
        for indices in groups.values():
            statement_id = min(rows[i][0] for i in indices)
            text = max((rows[i][7] for i in indices), key=lambda t: (len(t), t))
            speakers = {id(row_of[i]) for i in indices if row_of[i] is not None}
            conflict = bool(conflicting([(rows[i][1], row_of[i]) for i in indices]))
            self.connection.execute(
                "INSERT INTO statements (id, text, quote_count, document_count, speaker_count, conflict) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET text = excluded.text, "
                "quote_count = excluded.quote_count, document_count = excluded.document_count, "
                "speaker_count = excluded.speaker_count, conflict = excluded.conflict",
                (statement_id, text, len(indices), len({rows[i][1] for i in indices}), len(speakers), int(conflict)))
            for index in indices:
                ids[index] = statement_id
        return ids

    # ---------------------------------------------------------------- reading

    def _filter_sql(self, filters: Filters | None) -> tuple[list[str], list[Any]]:
        """SQL conditions on the documents table ``d`` and the quotes table ``q`` for ``filters``."""
        conditions: list[str] = []
        parameters: list[Any] = []
        if not filters:
            return conditions, parameters
        if filters.outlets:
            outlets = self.outlets_matching(filters.outlets)
            conditions.append("d.outlet IN (SELECT value FROM json_each(?))")
            parameters.append(json.dumps(outlets, ensure_ascii=False))
        if filters.since:
            conditions.append("d.date >= ?")
            parameters.append(filters.since)
        if filters.until:
            conditions.append("d.date <= ? || '~'")  # `2016-03` holds `2016-03-31T…`
            parameters.append(filters.until)
        if filters.min_confidence is not None:
            conditions.append("q.confidence >= ?")
            parameters.append(filters.min_confidence)
        return conditions, parameters

    def outlets(self) -> list[str]:
        """Every outlet the sidecars name, sorted."""
        with self._guard():
            return [row[0] for row in self.connection.execute(
                "SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY outlet")]

    def outlets_matching(self, names: Iterable[str]) -> list[str]:
        """The stored outlets that any of ``names`` names (`New York Times` finds `The New York Times`)."""
        wanted = list(names)
        return [outlet for outlet in self.outlets() if any(same_organisation(name, outlet) for name in wanted)]

    def known_speakers(self) -> list[Known]:
        """Every speaker row as a ``--speaker`` query sees it."""
        self.fresh()
        with self._guard():
            rows = self.connection.execute(
                "SELECT id, name, speaker_type, aliases, document_count, quote_count, members FROM speakers "
                "ORDER BY id").fetchall()
        return [Known(row[0], row[1], row[2], tuple(json.loads(row[3])), row[4], row[5], tuple(json.loads(row[6])))
                for row in rows]

    def match_speaker(self, name: str) -> Match:
        """The speaker rows a ``--speaker`` name asks for (``names.match_speaker``)."""
        return match_speaker(name, self.known_speakers())

    def speakers_matching(self, name: str) -> list[int]:
        """Ids of the speaker rows a name asks for; AmbiguousName when it fits several people."""
        found = self.match_speaker(name)
        if found.ambiguous:
            raise AmbiguousName(name, [(k.name, k.quotes) for k in found.candidates])
        return [k.id for k in found.chosen]

    def search(self, query: str | None = None, *, speaker: str | None = None,
               kind: str | None = None, limit: int | None = 20, filters: Filters | None = None) -> list[Hit]:
        """Quotes ranked by bm25 for ``query`` (FTS5 over text and speaker), else newest first.

        ``speaker`` is any name a speaker goes by (``names.match_speaker``; AmbiguousName, listing
        the candidates, when it fits several people), ``kind`` is direct, indirect or mixed,
        ``filters`` keeps some outlets or dates; ``limit`` None (or 0) returns every hit.
        """
        self.fresh()
        conditions, parameters = [], []
        match = fts_query(query or "")
        if match:
            conditions.append("quotes_fts MATCH ?")
            parameters.append(match)
        if speaker is not None:
            conditions.append("q.speaker_id IN (SELECT value FROM json_each(?))")
            parameters.append(json.dumps(self.speakers_matching(speaker)))
        if kind is not None:
            conditions.append("q.kind = ?")
            parameters.append(Kind(kind).value)
        more, values = self._filter_sql(filters)
        conditions += more
        parameters += values
        sql = _search_sql(with_fts=bool(match), conditions=conditions)
        if limit:
            sql += " LIMIT ?"
            parameters.append(int(limit))
        with self._guard("search failed"):
            found = [Hit(*row) for row in self.connection.execute(sql, parameters)]
            return [attrs.evolve(hit, also_in=self._also_in(hit)) if hit.statement_id else hit for hit in found]

    def _also_in(self, hit: Hit) -> tuple[str, ...]:
        return tuple(row[0] for row in self.connection.execute(
            "SELECT DISTINCT d.name FROM quotes q JOIN documents d ON d.id = q.document_id "
            "WHERE q.statement_id = ? AND d.name != ? ORDER BY d.name", (hit.statement_id, hit.document)))

    def who_said_what(self, filters: Filters | None = None) -> list[StoredSpeakerRow]:
        """The who-said-what table over the whole store, as ``quotes table`` makes it from files:
        one row per ``speakers`` row, in the same order, with the same counts."""
        self.fresh()
        conditions, parameters = self._filter_sql(filters)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        with self._guard():
            speakers = {row[0]: row for row in self.connection.execute(
                "SELECT id, name, speaker_type, role, roles, spellings, note, aliases, document_count FROM speakers")}
            quotes = self.connection.execute(
                'SELECT d.name, q.speaker_id, q.speaker_type, q."start", q."end", q.text, q.kind, q.article_speaker, '
                "q.article_speaker_type, q.speaker_role, q.mention, q.mention_start, q.mention_end, q.cue, q.cue_start, "
                f'q.cue_end, q.confidence, q.note FROM quotes q JOIN documents d ON d.id = q.document_id {where} '
                'ORDER BY d.name, d.id, q."start", q."end", q.id', parameters).fetchall()
        grouped: dict[Any, list[tuple[str, Quote]]] = collections.defaultdict(list)
        for document, speaker_id, speaker_type, *fields in quotes:
            quote = _quote_from_row(fields)
            if speaker_id is None:
                key = UNNAMED_ROW if speaker_type == "unnamed" else UNRESOLVED_ROW
            else:
                key = speaker_id
            grouped[key].append((document, quote))
        rows = []
        for speaker_id, listed in grouped.items():
            if speaker_id in (UNNAMED_ROW, UNRESOLVED_ROW):
                continue
            _, name, speaker_type, role, roles, spellings, note, aliases, documents = speakers[speaker_id]
            rows.append(StoredSpeakerRow(
                name, speaker_type, role, listed, spellings=[tuple(s) for s in json.loads(spellings)],
                roles=[tuple(r) for r in json.loads(roles)], note=note,
                documents=len({d for d, _ in listed}) if filters else documents, aliases=json.loads(aliases)))
        rows.sort(key=lambda r: (-len(r.quotes), r.name.casefold(), r.name, r.speaker_type))
        others = [StoredSpeakerRow(label, "unnamed" if label == UNNAMED_ROW else UNRESOLVED, None, grouped[label],
                                   documents=len({d for d, _ in grouped[label]}))
                  for label in (UNNAMED_ROW, UNRESOLVED_ROW) if grouped.get(label)]
        return rows + sorted(others, key=lambda r: (-len(r.quotes), r.name))

    def sources(self) -> dict[str, DocumentMeta]:
        """Each document's sidecar fields, by document name (documents with a sidecar only)."""
        with self._guard():
            rows = self.connection.execute("SELECT name, title, date, url, outlet, author FROM documents").fetchall()
        return {row[0]: DocumentMeta(*row[1:]) for row in rows if any(row[1:])}

    def conflicts(self, filters: Filters | None = None) -> list[Conflict]:
        """Every statement the store gives to different speakers in different articles: with each
        article, the speaker it names, the mention and the confidence (the articles ``filters``
        keeps, when given)."""
        self.fresh()
        conditions, parameters = self._filter_sql(filters)
        extra = f" AND {' AND '.join(conditions)}" if conditions else ""
        with self._guard():
            quotes = self.connection.execute(
                "SELECT q.statement_id, s.text, q.id, d.name, d.title, d.outlet, d.date, d.url, q.speaker, "
                'q.speaker_type, q.article_speaker, q.mention, q.cue, q.confidence, q.kind, q."start", q."end", '
                "q.text, sp.name_key, sp.members, sp.candidates FROM quotes q JOIN documents d ON d.id = q.document_id "
                "JOIN statements s ON s.id = q.statement_id LEFT JOIN speakers sp ON sp.id = q.speaker_id "
                f"WHERE s.conflict = 1{extra} ORDER BY q.statement_id, d.name, q.\"start\"", parameters).fetchall()
        found = []
        for statement_id, listed in _grouped(quotes, key=lambda row: row[0]):
            said_by = [(row[3], _Row(row[18], row[8], tuple(json.loads(row[19])), tuple(json.loads(row[20])))
                        if row[18] is not None else None) for row in listed]
            if not conflicting(said_by):
                continue
            speakers = tuple(dict.fromkeys(row[8] for row in listed if row[8]))
            found.append(Conflict(statement_id, listed[0][1], speakers,
                                  tuple(ConflictQuote(*row[2:18]) for row in listed)))
        return found

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, quotes, speakers."""
        self.fresh()
        with self._guard():
            return {table: self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                    for table in ("documents", "quotes", "speakers")}

    # ---------------------------------------------------------------- Datasette

    @property
    def metadata_path(self) -> Path:
        return self.path.with_name(f"{self.path.stem}.metadata.json")

    def datasette_metadata(self) -> dict[str, Any]:
        return datasette_metadata(self.path.stem)

    def write_datasette_metadata(self, *, overwrite: bool = True) -> Path | None:
        """Write ``NAME.metadata.json`` beside the database (kept when it exists, unless overwrite)."""
        target = self.metadata_path
        if str(self.path) == ":memory:" or (target.exists() and not overwrite):
            return None
        try:
            target.write_text(json.dumps(self.datasette_metadata(), indent=2) + "\n", encoding="utf-8")
        except OSError as error:
            raise StoreError(f"{target}: cannot write Datasette metadata ({error.strerror or error})") from None
        return target


# --------------------------------------------------------------------------- conflicts


@attrs.frozen
class _Row:
    """A speaker row as conflicts compare them (``names.may_be_one``)."""

    key: str
    name: str
    members: tuple[str, ...]
    candidates: tuple[str, ...]


def conflicting(said_by: Sequence[tuple[str, Any]]) -> bool:
    """Whether quotes of one statement, (document, speaker row) each, give it in two different
    articles to two speakers that cannot be one (``names.may_be_one``). Unnamed and unresolved
    sources are no speaker to compare."""
    named = [(document, row) for document, row in said_by if row is not None]
    for i, (first_document, first) in enumerate(named):
        for second_document, second in named[i + 1:]:
            if first_document != second_document and not may_be_one(first, second):
                return True
    return False


def _unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def _grouped(rows: Sequence[tuple], key) -> Iterator[tuple[Any, list[tuple]]]:
    groups: dict[Any, list[tuple]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    yield from groups.items()


# --------------------------------------------------------------------------- helpers


def _statements(script: str) -> Iterator[str]:
    """The statements of a schema script (triggers kept whole), for execution one by one."""
    buffer = ""
    for line in script.strip().splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""


def _drain(queue: collections.deque) -> Iterator[Any]:
    while queue:
        yield queue.popleft()


def _listed(paths: Sequence[str | Source | Failure]) -> Iterator[Source | Failure]:
    for item in paths:
        if isinstance(item, (Source, Failure)):
            yield item
        else:
            yield from expand([item])


def planned(listed: Sequence[Source | Failure]) -> int:
    """How many outcomes indexing these inputs yields: a file reached twice is indexed once."""
    files = {_identity(item.path) for item in listed if isinstance(item, Source) and item.path is not None}
    return len(files) + sum(isinstance(item, Failure) or item.path is None for item in listed)


def _identity(path: Path) -> str:
    return display_name(path.resolve())


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def _search_sql(*, with_fts: bool, conditions: list[str]) -> str:
    select = (
        'SELECT q.id, q.speaker, q.speaker_type, q.speaker_role, q.kind, q.text, d.name, d.path, '
        'q."start", q."end", q.mention, q.cue, q.confidence, q.note, q.context, d.title, d.date, '
        "d.url, d.outlet, d.author, q.article_speaker, q.statement_id, {score} "
        "FROM {source} JOIN documents d ON d.id = q.document_id"
    )
    if with_fts:
        sql = select.format(score="round(-bm25(quotes_fts), 4)",
                            source="quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid")
        order = 'bm25(quotes_fts), d.id DESC, q."start"'
    else:
        sql = select.format(score="NULL", source="quotes q")
        order = 'd.date DESC NULLS LAST, d.id DESC, q."start"'
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    return f"{sql}{where} ORDER BY {order}"


def _quote_from_row(fields: Sequence[Any]) -> Quote:
    (start, end, text, kind, speaker, speaker_type, role, mention, mention_start, mention_end,
     cue, cue_start, cue_end, confidence, note) = fields
    return Quote(
        content=Span(start, end, text), kind=kind, speaker=speaker, speaker_type=speaker_type,
        speaker_role=role,
        mention=Span(mention_start, mention_end, mention) if mention is not None else None,
        cue=Span(cue_start, cue_end, cue) if cue is not None else None,
        confidence=confidence, note=note,
    )


_FTS_BITS = re.compile(r'\s+|(".*?")')


def fts_query(query: str) -> str:
    """A user query as safe FTS5 syntax: every word (or "quoted phrase") a phrase, all required.

    The same escaping as Datasette's ``_search``, so ``U.S.`` or ``Mr. Blinken`` never raise a
    syntax error.
    """
    if query.count('"') % 2:
        query += '"'
    bits = [bit for bit in _FTS_BITS.split(query) if bit and bit != '""']
    return " ".join(bit if bit.startswith('"') else '"' + bit.replace('"', '""') + '"' for bit in bits)



# --------------------------------------------------------------------------- context


CONTEXT_LIMIT = 600
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def quote_context(text: str, quote: Quote) -> str:
    """The paragraph holding the quote and its attribution, cut to sentences when it is long."""
    spans = [span for span in (quote.content, quote.mention, quote.cue) if span is not None]
    low, high = min(s.start for s in spans), max(s.end for s in spans)
    first = text.rfind("\n", 0, low) + 1
    last = text.find("\n", high)
    last = len(text) if last < 0 else last
    if last - first > CONTEXT_LIMIT:
        first, last = _sentence_bounds(text, first, low, high, last)
    return text[first:last].strip()


def _sentence_bounds(text: str, first: int, low: int, high: int, last: int) -> tuple[int, int]:
    """Narrow ``first:last`` to the sentences overlapping ``low:high``, at most ~CONTEXT_LIMIT."""
    floor = max(first, low - CONTEXT_LIMIT // 2)
    ceiling = min(last, high + CONTEXT_LIMIT // 2)
    before = [m.end() for m in _SENTENCE_END.finditer(text, floor, low)]
    after = _SENTENCE_END.search(text, high, ceiling)
    return (before[-1] if before else floor), (after.start() if after else ceiling)


# --------------------------------------------------------------------------- Datasette


def datasette_metadata(database: str) -> dict[str, Any]:
    """Datasette metadata: facets on speaker, kind, outlet and date, search on quotes, labels for
    the links (a quote links to its speaker row, its document and its statement, whose page lists
    the other articles carrying it)."""
    return {
        "title": "Quotes: who said what",
        "description": "Quotes extracted from news articles by `quotes index`; search the quotes "
                       "table (full text over quote and speaker), facet by speaker, kind, outlet and "
                       "date; a quote's statement_id leads to the other articles carrying the statement.",
        "databases": {
            database: {
                "tables": {
                    "quotes": {
                        "facets": ["speaker", "kind", "speaker_type", "outlet", {"date": "date"}],
                        "fts_table": "quotes_fts",
                        "fts_pk": "id",
                        "label_column": "text",
                        "description": "One row per quote: the record fields, confidence and context; "
                                       "speaker is the speaker across the archive (article_speaker as "
                                       "the article names them).",
                    },
                    "speakers": {
                        "facets": ["speaker_type"],
                        "sort_desc": "quote_count",
                        "label_column": "name",
                        "description": "One row per person, organisation or joint source across the "
                                       "archive; note says when a row could be two people.",
                    },
                    "statements": {
                        "facets": ["conflict"],
                        "sort_desc": "document_count",
                        "label_column": "text",
                        "description": "Statements carried by two or more articles; conflict = 1 when "
                                       "they give it to different speakers (quotes conflicts).",
                    },
                    "documents": {"label_column": "name", "sort_desc": "indexed_at",
                                  "facets": ["outlet", {"date": "date"}]},
                    "quotes_meta": {"hidden": True},
                }
            }
        },
    }

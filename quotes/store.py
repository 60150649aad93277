"""The quote store: an SQLite file of documents, quotes and speakers, with full-text search.

Standard-library ``sqlite3`` only.  The layout follows ``sqlite-utils`` conventions so that
Datasette recognises it as it is: the FTS5 table ``quotes_fts`` is an external-content index of
``quotes(text, speaker)`` kept in sync by the ``quotes_ai/_ad/_au`` triggers, exactly as
``sqlite-utils enable-fts quotes text speaker --create-triggers`` would make it.

- ``documents``: one row per indexed file (its absolute path is its identity), with ``sha256`` so
  an unchanged file is skipped and a changed one has its quotes replaced; ``title``, ``date`` and
  ``url`` come from a sidecar ``NAME.meta.json`` when there is one.
- ``quotes``: every record field plus ``confidence``, ``note`` and ``context`` (the sentence or
  paragraph around the quote and its attribution).
- ``speakers``: one row per canonical name and type, with its most frequent role, its aliases
  (the canonical name and every mention that names it: ``Blinken``, ``Mr. Blinken``) as a JSON
  list, and its quote count.
- ``quotes_meta``: the format marker and schema version; a file without it is refused.

Each document is written in one transaction, so an interrupted run leaves a consistent store.
Datasette reads facets and labels from ``NAME.metadata.json``, written beside the database the
first time it is indexed (``datasette NAME.db -m NAME.metadata.json``).
"""

from __future__ import annotations

import collections
import contextlib
import datetime
import difflib
import enum
import functools
import hashlib
import json
import re
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import attrs

from .names import fold
from ._version import __version__
from .batch import Extracted, process
from .errors import StoreError
from .inputs import Failure, Source, display_name, expand
from .lexicon import load_lexicon
from .model import Kind, Quote, Span
from .output import SpeakerRow, who_said_what
from .serialize import UNRESOLVED

FORMAT = "quotes-store"
SCHEMA_VERSION = 1
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
    indexed_at TEXT NOT NULL
);
CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    speaker_type TEXT NOT NULL,
    role TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    quote_count INTEGER NOT NULL DEFAULT 0,
    name_key TEXT NOT NULL,
    UNIQUE (name_key, speaker_type)
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
    mention TEXT,
    mention_start INTEGER,
    mention_end INTEGER,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    confidence REAL NOT NULL,
    note TEXT,
    context TEXT NOT NULL
);
CREATE INDEX quotes_by_document ON quotes(document_id, "start");
CREATE INDEX quotes_by_speaker ON quotes(speaker_id);
CREATE INDEX quotes_by_kind ON quotes(kind);
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
    "speaker_role", "mention", "mention_start", "mention_end", "cue", "cue_start", "cue_end",
    "confidence", "note", "context",
)


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
    score: float | None = None

    def as_record(self) -> dict[str, Any]:
        record = attrs.asdict(self)
        record["speaker_type"] = self.speaker_type or UNRESOLVED  # as `quotes extract` writes it
        return record


@attrs.define
class StoredSpeakerRow(SpeakerRow):
    """A who-said-what row read from the store, with the speaker's aliases."""

    aliases: list[str] = attrs.field(factory=list)


@attrs.frozen
class DocumentMeta:
    title: str | None = None
    date: str | None = None
    url: str | None = None


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
        ``Outcome`` with status ``failed``, never an exception.
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
                "SELECT id, sha256, title, date, url FROM documents WHERE path = ?",
                (_identity(source.path),)).fetchone()
        if row is not None and row[1] == digest:
            if DocumentMeta(*row[2:]) != meta:
                self._update_meta(row[0], meta)
            return Outcome(source.name, Status.UNCHANGED, warning=warning)
        return _Pending(source, meta, warning)

    def _update_meta(self, document_id: int, meta: DocumentMeta) -> None:
        with self._guard(), self._transaction():
            self.connection.execute("UPDATE documents SET title = ?, date = ?, url = ? WHERE id = ?",
                                    (meta.title, meta.date, meta.url, document_id))

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
        ``quotes index`` on the same database may have written it meanwhile.
        """
        assert step.source.path is not None
        path, digest = _identity(step.source.path), hashlib.sha256(text.encode("utf-8")).hexdigest()
        row = self.connection.execute("SELECT id, sha256 FROM documents WHERE path = ?", (path,)).fetchone()
        if row is not None and row[1] == digest:
            return Status.UNCHANGED
        values = (step.source.name, path, digest, len(text), step.meta.title, step.meta.date,
                  step.meta.url, _now())
        if row is None:
            document_id = self.connection.execute(
                "INSERT INTO documents (name, path, sha256, length, title, date, url, indexed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values).lastrowid
            touched: set[int] = set()
        else:
            document_id = row[0]
            touched = self._clear_quotes(document_id)
            self.connection.execute(
                "UPDATE documents SET name = ?, path = ?, sha256 = ?, length = ?, title = ?, date = ?, "
                "url = ?, indexed_at = ? WHERE id = ?", (*values, document_id))
        for quote in quotes:
            speaker_id = self._speaker_id(quote)
            if speaker_id is not None:
                touched.add(speaker_id)
            self._insert_quote(document_id, speaker_id, quote, text)
        for speaker_id in touched:
            self._refresh_speaker(speaker_id)
        return Status.ADDED if row is None else Status.REPLACED

    def _clear_quotes(self, document_id: int) -> set[int]:
        """Delete a document's quotes; the ids of the speakers they belonged to."""
        speakers = {row[0] for row in self.connection.execute(
            "SELECT DISTINCT speaker_id FROM quotes WHERE document_id = ? AND speaker_id IS NOT NULL",
            (document_id,))}
        self.connection.execute("DELETE FROM quotes WHERE document_id = ?", (document_id,))
        return speakers

    def _insert_quote(self, document_id: int, speaker_id: int | None, quote: Quote, text: str) -> None:
        mention, cue = quote.mention, quote.cue
        row = (
            document_id, quote.start, quote.end, quote.text, quote.kind.value, quote.speaker,
            speaker_id, quote.speaker_type.value if quote.speaker_type else None, quote.speaker_role,
            mention.text if mention else None, mention.start if mention else None,
            mention.end if mention else None, cue.text if cue else None,
            cue.start if cue else None, cue.end if cue else None,
            round(quote.confidence, 3), quote.note, quote_context(text, quote),
        )
        columns = ", ".join(f'"{column}"' for column in QUOTE_COLUMNS)
        marks = ", ".join("?" for _ in QUOTE_COLUMNS)
        self.connection.execute(f"INSERT INTO quotes ({columns}) VALUES ({marks})", row)

    # ---------------------------------------------------------------- speakers

    def _speaker_id(self, quote: Quote) -> int | None:
        if not quote.speaker:
            return None
        speaker_type = quote.speaker_type.value if quote.speaker_type else UNRESOLVED
        key = quote.speaker.casefold()
        row = self.connection.execute(
            "SELECT id FROM speakers WHERE name_key = ? AND speaker_type = ?", (key, speaker_type)).fetchone()
        if row is not None:
            return row[0]
        return self.connection.execute(
            "INSERT INTO speakers (name, speaker_type, name_key, aliases) VALUES (?, ?, ?, ?)",
            (quote.speaker, speaker_type, key, json.dumps([quote.speaker], ensure_ascii=False)),
        ).lastrowid

    def _refresh_speaker(self, speaker_id: int) -> None:
        """Recount one speaker's quotes, pick its most frequent role, recompute its aliases."""
        execute = self.connection.execute
        count = execute("SELECT count(*) FROM quotes WHERE speaker_id = ?", (speaker_id,)).fetchone()[0]
        if count == 0:
            execute("DELETE FROM speakers WHERE id = ?", (speaker_id,))
            return
        name, speaker_type = execute("SELECT name, speaker_type FROM speakers WHERE id = ?",
                                     (speaker_id,)).fetchone()
        role = execute(
            "SELECT speaker_role FROM quotes WHERE speaker_id = ? AND speaker_role IS NOT NULL "
            "GROUP BY speaker_role ORDER BY count(*) DESC, min(id) LIMIT 1", (speaker_id,)).fetchone()
        mentions = [row[0] for row in execute(
            "SELECT mention FROM quotes WHERE speaker_id = ? AND mention IS NOT NULL "
            "GROUP BY mention ORDER BY count(*) DESC, min(id)", (speaker_id,))]
        aliases = speaker_aliases(name, speaker_type, mentions)
        execute("UPDATE speakers SET quote_count = ?, role = ?, aliases = ? WHERE id = ?",
                (count, role[0] if role else None, json.dumps(aliases, ensure_ascii=False), speaker_id))

    def speakers_matching(self, name: str) -> list[int]:
        """Ids of the speakers one of whose names or aliases is ``name`` (case and accents ignored)."""
        with self._guard():
            rows = self.connection.execute("SELECT id, name, speaker_type, aliases FROM speakers").fetchall()
        return [row[0] for row in rows if speaker_matches(name, row[1], row[2], json.loads(row[3]))]

    # ---------------------------------------------------------------- reading

    def search(self, query: str | None = None, *, speaker: str | None = None,
               kind: str | None = None, limit: int | None = 20) -> list[Hit]:
        """Quotes ranked by bm25 for ``query`` (FTS5 over text and speaker), else newest first.

        ``speaker`` matches any alias of a speaker (``Blinken``, ``Mr. Blinken``), ``kind`` is
        direct, indirect or mixed; ``limit`` None (or 0) returns every hit.
        """
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
        sql = _search_sql(with_fts=bool(match), conditions=conditions)
        if limit:
            sql += " LIMIT ?"
            parameters.append(int(limit))
        with self._guard("search failed"):
            return [Hit(*row) for row in self.connection.execute(sql, parameters)]

    def who_said_what(self) -> list[StoredSpeakerRow]:
        """The who-said-what table over the whole store, as ``quotes table`` makes it from files."""
        with self._guard():
            documents = self._documents_with_quotes()
            aliases = {(row[0], row[1]): json.loads(row[2]) for row in self.connection.execute(
                "SELECT name_key, speaker_type, aliases FROM speakers")}
        return [
            StoredSpeakerRow(row.name, row.speaker_type, row.role, row.quotes,
                             aliases=aliases.get((row.name.casefold(), row.speaker_type), []))
            for row in who_said_what(documents)
        ]

    def _documents_with_quotes(self) -> list[tuple[str, list[Quote]]]:
        grouped: dict[int, tuple[str, list[Quote]]] = {}
        rows = self.connection.execute(
            'SELECT d.id, d.name, q."start", q."end", q.text, q.kind, q.speaker, q.speaker_type, '
            "q.speaker_role, q.mention, q.mention_start, q.mention_end, q.cue, q.cue_start, "
            'q.cue_end, q.confidence, q.note FROM quotes q JOIN documents d ON d.id = q.document_id '
            'ORDER BY d.name, d.id, q."start", q."end"')
        for document_id, document, *fields in rows:
            grouped.setdefault(document_id, (document, []))[1].append(_quote_from_row(fields))
        return list(grouped.values())

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, quotes, speakers."""
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
        "d.url, {score} FROM {source} JOIN documents d ON d.id = q.document_id"
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


# --------------------------------------------------------------------------- sidecar metadata


def sidecar_path(article: Path) -> Path:
    return article.with_name(f"{article.stem}.meta.json")


def read_sidecar(article: Path) -> tuple[DocumentMeta, str | None]:
    """``title``, ``date`` and ``url`` from ``NAME.meta.json``; a bad sidecar is a warning only,
    and the article is indexed without it."""
    sidecar = sidecar_path(article)
    shown = display_name(sidecar)
    if not sidecar.is_file():
        return DocumentMeta(), None
    try:
        data = json.loads(sidecar.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:  # JSONDecodeError is a ValueError
        return DocumentMeta(), f"{shown}: ignored, not readable JSON ({error})"
    except RecursionError:
        return DocumentMeta(), f"{shown}: ignored, JSON nested too deeply to read"
    if not isinstance(data, dict):
        return DocumentMeta(), f"{shown}: ignored, expected a JSON object with title, date and url"
    fields = {key: _text_or_none(data.get(key)) for key in ("title", "date", "url")}
    return DocumentMeta(**fields), None


def _text_or_none(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    # a JSON string may hold lone surrogates (\udcff), which no UTF-8 column can store
    return str(value).encode("utf-8", "backslashreplace").decode("utf-8").strip() or None


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


# --------------------------------------------------------------------------- aliases


_POSSESSIVE = re.compile(r"[’']s$")
_TOKEN = re.compile(r"[^\W\d_][\w’'.-]*", re.UNICODE)


def _bare(token: str) -> str:
    return fold(_POSSESSIVE.sub("", token)).strip(".’'-")


@functools.cache
def _honorifics() -> frozenset[str]:
    return frozenset(fold(honorific) for honorific in load_lexicon().honorifics)


def _honorific(token: str) -> bool:
    """An honorific such as ``Mr.`` or ``Dr`` (any case: a typed ``--speaker mr. blinken`` too)."""
    return fold(token) in _honorifics()


def name_key(name: str) -> str:
    """A name compared as people mean it: accents, case, honorifics and full stops ignored."""
    tokens = [token for token in name.split() if not _honorific(token)]
    return " ".join(_bare(token) for token in tokens if _bare(token))


def name_form(mention: str, canonical: str, speaker_type: str) -> str | None:
    """The part of a mention that names the speaker (``Mr. Blinken`` of ``said Mr. Blinken``).

    Persons: the trailing run of capitalised words (title words and the like dropped) that shares
    a word with the canonical name, with an honorific just before it.  Organisations: the mention
    without a leading article, when it shares a word with the name or is its acronym.
    """
    if speaker_type == "organization":
        return _organization_form(mention, canonical)
    tokens = _TOKEN.findall(mention)
    run: list[str] = []
    for token in reversed(tokens):
        if not token[0].isupper() or _honorific(token) or _bare(token) in load_lexicon().titles:
            break
        run.insert(0, token)
    run = _trim_to_name(run, canonical)
    if not run:
        return None
    position = len(tokens) - len(run)  # the run is a suffix of the mention's words
    if position > 0 and _honorific(tokens[position - 1]):
        run.insert(0, tokens[position - 1])
    run[-1] = _POSSESSIVE.sub("", run[-1])
    return " ".join(run)


def _trim_to_name(run: list[str], canonical: str) -> list[str]:
    known = {_bare(token) for token in canonical.split()}
    given = load_lexicon().given_names
    while run and _bare(run[0]) not in known and run[0] not in given:
        run = run[1:]
    return run if known & {_bare(token) for token in run} else []


def _organization_form(mention: str, canonical: str) -> str | None:
    form = re.sub(r"^(?:the|The|THE)\s+", "", mention.strip())
    if not form or not form[0].isupper():
        return None
    acronym = "".join(word[0] for word in canonical.split() if word[:1].isupper())
    shared = {_bare(t) for t in form.split()} & {_bare(t) for t in canonical.split()}
    return form if shared or form == acronym else None


def speaker_aliases(name: str, speaker_type: str, mentions: Iterable[str]) -> list[str]:
    """The canonical name, then every mention naming the speaker, most frequent first, no repeats."""
    aliases = [name]
    seen = {name.casefold()}
    for mention in mentions:
        form = name_form(mention, name, speaker_type)
        if form and form.casefold() not in seen:
            seen.add(form.casefold())
            aliases.append(form)
    return aliases


def speaker_matches(query: str, name: str, speaker_type: str, aliases: Iterable[str]) -> bool:
    """Whether a ``--speaker`` query names this speaker.

    It must be one of the speaker's forms (case, accents and honorifics ignored), or, for a
    person, a full name with the same surname and a near-identical first name: ``Antony
    Blinken`` finds the ``Anthony Blinken`` of another article, as docs/contract.md §4 merges them within one.
    """
    wanted = name_key(query)
    forms = speaker_forms(name, speaker_type, aliases)
    if wanted in forms:
        return True
    return speaker_type == "person" and any(_variant(wanted, form) for form in forms)


def _variant(one: str, other: str) -> bool:
    first, second = one.split(), other.split()
    if len(first) < 2 or len(first) != len(second) or first[-1] != second[-1]:
        return False
    return all(a[0] == b[0] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8
               for a, b in zip(first[:-1], second[:-1]))


def speaker_forms(name: str, speaker_type: str, aliases: Iterable[str]) -> set[str]:
    """Every name a ``--speaker`` query may use: name, aliases, and a person's surname alone.

    A joint source (``Antony Blinken and Sergei Lavrov``) answers to each person's names.
    """
    names = [name, *aliases]
    if speaker_type == "person":
        names += [part for whole in list(names) for part in whole.split(" and ")]
    forms = {name_key(each) for each in names}
    if speaker_type == "person":
        forms |= {form.split()[-1] for form in forms if form}
    forms.discard("")
    return forms


# --------------------------------------------------------------------------- Datasette


def datasette_metadata(database: str) -> dict[str, Any]:
    """Datasette metadata: facets on speaker and kind, search on quotes, labels for the links."""
    return {
        "title": "Quotes: who said what",
        "description": "Quotes extracted from news articles by `quotes index`; search the quotes "
                       "table (full text over quote and speaker), facet by speaker and kind.",
        "databases": {
            database: {
                "tables": {
                    "quotes": {
                        "facets": ["speaker", "kind", "speaker_type"],
                        "fts_table": "quotes_fts",
                        "fts_pk": "id",
                        "label_column": "text",
                        "description": "One row per quote: the record fields, confidence and context.",
                    },
                    "speakers": {
                        "facets": ["speaker_type"],
                        "sort_desc": "quote_count",
                        "label_column": "name",
                    },
                    "documents": {"label_column": "name", "sort_desc": "indexed_at"},
                    "quotes_meta": {"hidden": True},
                }
            }
        },
    }

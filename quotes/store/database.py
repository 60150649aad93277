"""An open quote database: opening and checking it, transactions, Datasette's metadata."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

from .._version import __version__
from ..errors import StoreError
from ..inputs import display_name
from .schema import FORMAT, FTS_SCHEMA, FTS_TOKENIZER, SCHEMA, SCHEMA_VERSION, sql_statements


class Database:
    """An open quote database: opening, the schema check, transactions, Datasette metadata."""


    def __init__(self, connection: sqlite3.Connection, path: Path):
        self.connection = connection
        self.path = path
        self.shown = display_name(path)  # as messages write it: undecodable bytes as \xNN

    # ---------------------------------------------------------------- opening

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Self:
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

    def __enter__(self) -> Self:
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
        for statement in sql_statements(SCHEMA + FTS_SCHEMA):
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

"""The quote store's SQLite schema: tables, full-text index and triggers, the format marker."""
# ruff: noqa: E501  (the SQL of the full-text triggers is written as sqlite-utils writes it)

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

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


def sql_statements(script: str) -> Iterator[str]:
    """The statements of a schema script (triggers kept whole), for execution one by one."""
    buffer = ""
    for line in script.strip().splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""

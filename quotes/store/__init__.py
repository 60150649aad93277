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

from .database import Database, datasette_metadata
from .indexing import Indexing, planned, quote_context
from .reading import Store, fts_query
from .records import Conflict, ConflictQuote, Filters, Hit, IndexSummary, Outcome, Status, StoredSpeakerRow
from .schema import FORMAT, FTS_TOKENIZER, SCHEMA_VERSION

__all__ = [
    "FORMAT", "FTS_TOKENIZER", "SCHEMA_VERSION", "Conflict", "ConflictQuote", "Database", "Filters", "Hit",
    "IndexSummary", "Indexing", "Outcome", "Status", "Store", "StoredSpeakerRow", "datasette_metadata",
    "fts_query", "planned", "quote_context",
]

"""Indexing articles into the store, and working out speakers and statements over the archive."""

from __future__ import annotations

import collections
import datetime
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import attrs

from ..batch import process
from ..inputs import Failure, Source, display_name, expand
from ..names import Said, identify, may_be_one, speaker_aliases
from ..regexes import LazyStandardPattern
from ..serialize import UNRESOLVED
from ..sources import DocumentMeta, read_sidecar
from ..statements import group_statements
from .database import Database
from .records import IndexSummary, Outcome, Status
from .schema import QUOTE_COLUMNS, STALE

if TYPE_CHECKING:
    from ..batch import Extracted
    from ..model import Quote
    from ..names import Speaker


@attrs.frozen
class Pending:
    source: Source
    meta: DocumentMeta
    warning: str | None


class Indexing(Database):
    """Indexing articles into the database, and working out speakers and statements again."""

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
        pending: collections.deque[Pending] = collections.deque()

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

    def _plan(self, paths: Sequence[str | Source | Failure]) -> Iterator[Outcome | Pending]:
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

    def _plan_file(self, source: Source) -> Outcome | Pending:
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
        return Pending(source, meta, warning)

    def _update_meta(self, document_id: int, meta: DocumentMeta) -> None:
        with self._guard(), self._transaction():
            self.connection.execute(
                "UPDATE documents SET title = ?, date = ?, url = ?, outlet = ?, author = ? WHERE id = ?",
                (meta.title, meta.date, meta.url, meta.outlet, meta.author, document_id))
            self.connection.execute("UPDATE quotes SET outlet = ?, date = ? WHERE document_id = ?",
                                    (meta.outlet, meta.date, document_id))
            self._mark_stale()

    def _store_result(self, step: Pending, result: Extracted | Failure) -> Outcome:
        if isinstance(result, Failure):
            return Outcome(result.source, Status.FAILED, problem=result.problem, warning=step.warning)
        with self._guard(), self._transaction():
            status = self._write_document(step, result.document.text, result.quotes)
        stored = 0 if status is Status.UNCHANGED else len(result.quotes)
        return Outcome(step.source.name, status, quotes=stored, warning=step.warning)

    def _write_document(self, step: Pending, text: str, quotes: Sequence[Quote]) -> Status:
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
            assert document_id is not None  # an INSERT gives the row its id
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

    def fresh(self) -> Self:
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
            aliases = speaker_aliases(
                speaker.name, speaker.speaker_type, [*speaker.aliases()[1:], *mentions_by_frequency]
            )
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
                new_id = self.connection.execute(
                    "INSERT INTO speakers (name, speaker_type, role, roles, spellings, aliases, quote_count, "
                    "document_count, note, members, candidates, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    values).lastrowid
                assert new_id is not None  # an INSERT gives the row its id
                ids[id(speaker)] = new_id
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


@attrs.frozen
class Row:
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


def runs_by_key(rows: Sequence[tuple], key) -> Iterator[tuple[Any, list[tuple]]]:
    groups: dict[Any, list[tuple]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    yield from groups.items()


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
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


CONTEXT_LIMIT = 600
_SENTENCE_END = LazyStandardPattern(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


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

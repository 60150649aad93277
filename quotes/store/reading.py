"""Reading the store: ``Store`` with search, the who-said-what table, conflicts and counts."""

from __future__ import annotations

import collections
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import AmbiguousName
from ..model import Kind, Quote, Span
from ..names import Known, match_speaker, same_organisation
from ..output import UNNAMED_ROW, UNRESOLVED_ROW
from ..regexes import LazyStandardPattern
from ..serialize import UNRESOLVED
from ..sources import DocumentMeta
from .indexing import Indexing, Row, conflicting, runs_by_key
from .records import Conflict, ConflictQuote, Hit, StoredSpeakerRow

if TYPE_CHECKING:
    from ..names import Match
    from .records import Filters


class Store(Indexing):
    """An open quote database; use ``with Store.open(path) as store:``."""

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
        conditions: list[str] = []
        parameters: list[Any] = []
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
                "q.article_speaker_type, q.speaker_role, q.mention, q.mention_start, q.mention_end, "
                "q.cue, q.cue_start, "
                f"q.cue_end, q.confidence, q.note FROM quotes q JOIN documents d ON d.id = q.document_id {where} "
                'ORDER BY d.name, d.id, q."start", q."end", q.id',
                parameters,
            ).fetchall()
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
        for statement_id, listed in runs_by_key(quotes, key=lambda row: row[0]):
            said_by = [(row[3], Row(row[18], row[8], tuple(json.loads(row[19])), tuple(json.loads(row[20])))
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


_FTS_BITS = LazyStandardPattern(r'\s+|(".*?")')


def fts_query(query: str) -> str:
    """A user query as safe FTS5 syntax: every word (or "quoted phrase") a phrase, all required.

    The same escaping as Datasette's ``_search``, so ``U.S.`` or ``Mr. Blinken`` never raise a
    syntax error.
    """
    if query.count('"') % 2:
        query += '"'
    bits = [bit for bit in _FTS_BITS.split(query) if bit and bit != '""']
    return " ".join(bit if bit.startswith('"') else '"' + bit.replace('"', '""') + '"' for bit in bits)

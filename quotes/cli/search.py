"""``quotes search``: who said what about X, from a store built by ``quotes index``."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Kind
from .common import add_filter_options, error, note, output_stream, run_guarded, warning

if TYPE_CHECKING:
    from ..store import Hit

EXAMPLE = """examples:
  quotes search sanctions --db quotes.db
  quotes search '"written response"' --db quotes.db --speaker Lavrov
  quotes search --db quotes.db --speaker 'Mr. Blinken' --kind direct --format json
  quotes search NATO --db quotes.db --limit 0 --format csv -o nato.csv

QUERY words must all occur in the quote or its speaker's name (stemmed: "warn" finds
"warned"); put a phrase in double quotes. Without QUERY the newest documents come first.
--speaker takes any name the speaker goes by: Blinken, Antony Blinken, Mr. Blinken, Sen.
John McCain. A name that fits several people (Clinton: Hillary, Bill, Chelsea) is refused,
exit 2, with the candidates listed. --outlet, --since and --until keep the articles whose
sidecar (NAME.meta.json) gives that outlet or a date in that range.
"""

FORMATS = ("table", "json", "csv")
SNIPPET = 160
CSV_FIELDS = ("rank", "score", "speaker", "speaker_type", "role", "kind", "text", "document",
              "start", "end", "mention", "cue", "confidence", "context", "path", "title", "date", "url",
              "outlet", "author", "article_speaker", "statement_id", "also_in")


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "search", help="search the quotes of an indexed database",
        description="Full-text search over the quotes stored by `quotes index`, ranked by "
        "relevance (bm25), optionally only one speaker's or one kind's.",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("query", nargs="*", metavar="QUERY", help="words to find (all of them)")
    parser.add_argument("--db", required=True, metavar="FILE", help="a database built by `quotes index`")
    parser.add_argument("--speaker", metavar="NAME",
                        help="only this speaker: any spelling, title or initial form of the name (`Sen. John "
                        "McCain`, `Senator McCain`, `Donald J. Trump`); a name that fits several people is "
                        "refused with the candidates listed")
    parser.add_argument("--kind", choices=[kind.value for kind in Kind], help="only this kind of quote")
    parser.add_argument("-n", "--limit", type=int, default=20, metavar="N",
                        help="at most N hits (default 20; 0 = all)")
    parser.add_argument("-f", "--format", choices=FORMATS, default="table",
                        help="table: Markdown (default); json: an array of objects; csv")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    add_filter_options(parser)
    parser.set_defaults(run=lambda args: run_guarded(run, args))


def run(args: argparse.Namespace) -> int:
    from ..store import Filters, Store

    if args.limit < 0:
        print("quotes search: error: --limit must be 0 (all) or more", file=sys.stderr)
        return 2
    with Store.open(args.db, create=False) as store:
        filters = Filters.of(args)
        if filters.outlets and not store.outlets_matching(filters.outlets):
            known = ", ".join(store.outlets()) or "none: no article has a sidecar naming its outlet"
            warning(f"{store.shown}: no article from {' or '.join(filters.outlets)} (outlets in the store: {known})")
        if args.speaker is not None:
            found = store.match_speaker(args.speaker)
            if found.ambiguous:
                listed = "; ".join(f"{k.name} ({k.quotes} quote{'' if k.quotes == 1 else 's'})"
                                   for k in found.candidates)
                error(f"{store.shown}: --speaker ‘{args.speaker}’ fits {len(found.candidates)} speakers: {listed}; "
                      "give the one you mean")
                return 2
            if found.others:
                others = ", ".join(k.name for k in found.others)
                note(f"--speaker ‘{args.speaker}’ is taken as {found.chosen[0].name}, the one the store names most; "
                     f"it could also be {others}")
        hits = store.search(" ".join(args.query) or None, speaker=args.speaker,
                            kind=args.kind, limit=args.limit or None, filters=filters)
    with output_stream(args.output) as stream:
        stream.write(FORMATTERS[args.format](hits))
    if not hits:
        print("quotes: no quotes found", file=sys.stderr)
    return 0


def format_json(hits: Sequence[Hit]) -> str:
    return json.dumps([hit.as_record() for hit in hits], ensure_ascii=False, indent=2) + "\n"


def format_csv(hits: Sequence[Hit]) -> str:
    from ..output import CSV_LINE_END, CsvRows, safe_row

    out = io.StringIO()
    writer = csv.DictWriter(CsvRows(out), CSV_FIELDS, extrasaction="ignore", lineterminator=CSV_LINE_END)
    writer.writeheader()
    for rank, hit in enumerate(hits, 1):
        record = {"rank": rank, **hit.as_record()}
        record["also_in"] = "; ".join(hit.also_in)
        writer.writerow(safe_row(record))
    return out.getvalue()


def format_table(hits: Sequence[Hit]) -> str:
    if not hits:
        return ""
    lines = ["| # | speaker | role | kind | quote | document | offsets | context |",
             "|---|---|---|---|---|---|---|---|"]
    for rank, hit in enumerate(hits, 1):
        cells = (str(rank), hit.speaker or _source(hit), hit.role, hit.kind, hit.text, hit.document,
                 f"{hit.start}:{hit.end}", snippet(hit.context, hit.text))
        lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
    return "\n".join(lines) + "\n"


FORMATTERS = {"table": format_table, "json": format_json, "csv": format_csv}


def _source(hit: Hit) -> str:
    label = "unnamed" if hit.speaker_type == "unnamed" else "unresolved"
    return f"({label}: {hit.mention})" if hit.mention else f"({label})"


def _cell(text: str | None) -> str:
    return "—" if not text else " ".join(text.split()).replace("|", "\\|")


def snippet(context: str, text: str, width: int = SNIPPET) -> str:
    """The context cut to about ``width`` characters around the quote, ``…`` where cut."""
    context = " ".join(context.split())
    if len(context) <= width:
        return context
    at = context.find(" ".join(text.split()))
    at = max(at, 0)
    start = max(0, min(at - width // 4, len(context) - width))
    end = start + width
    return ("…" if start else "") + context[start:end].strip() + ("…" if end < len(context) else "")

"""Hand-labelling helper: turn a draft label file into SPEC §4 records with exact offsets.

Labellers write what they read — the content text, kind, speaker, mention and cue as written —
and this tool finds the offsets, so nobody counts characters. It uses only the standard
library and never runs the extractor: a labeller who uses it sees no machine output.

    python benchmarks/label_tool.py resolve DRAFT.json --text ARTICLE.txt -o LABELS.json
    python benchmarks/label_tool.py show LABELS.json --text ARTICLE.txt
    python benchmarks/label_tool.py compare A.json B.json --text ARTICLE.txt

`compare` lists where two independent labellings of one article disagree (SPEC §5 matching:
unmatched records, kinds, speakers); it needs the package installed (it uses `quotes.score`,
the scorer, never the extractor).

Draft format (one object per quote, in document order):

    {"document": "NAME.txt", "quotes": [
      {"text": "content exactly as in the article",
       "anchor": "optional: a longer string, unique in the article, that contains the text",
       "kind": "direct|indirect|mixed", "speaker": "Full Name" or null,
       "speaker_type": "person|organization|unnamed", "speaker_role": "…" or null,
       "mention": "he" or null, "mention_anchor": "optional unique string containing it",
       "cue": "said" or null, "cue_anchor": "optional unique string containing it",
       "note": "optional"}]}

The content must occur exactly once in the article (or once inside its anchor, the anchor once
in the article). Without an anchor, a mention or cue is the whole-word occurrence nearest to the
content (outside it); `show` prints each record in context so the choice can be checked.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

FIELDS = ("start", "end", "text", "kind", "speaker", "speaker_type", "speaker_role",
          "mention", "mention_start", "mention_end", "cue", "cue_start", "cue_end")


class LabelError(Exception):
    pass


def _unique(haystack: str, needle: str, what: str) -> int:
    first = haystack.find(needle)
    if first < 0:
        raise LabelError(f"{what} not found: {needle!r}")
    if haystack.find(needle, first + 1) >= 0:
        raise LabelError(f"{what} occurs more than once: {needle!r} (give an anchor)")
    return first


def locate_content(doc: str, text: str, anchor: str | None) -> int:
    if anchor:
        base = _unique(doc, anchor, "anchor")
        return base + _unique(anchor, text, "text inside its anchor")
    return _unique(doc, text, "text")


def locate_near(doc: str, word: str, anchor: str | None, span: tuple[int, int], what: str) -> int:
    if anchor:
        base = _unique(doc, anchor, f"{what} anchor")
        return base + _unique(anchor, word, f"{what} inside its anchor")
    pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
    best = None
    for found in pattern.finditer(doc):
        if found.start() < span[1] and found.end() > span[0]:
            continue  # inside the content
        distance = span[0] - found.end() if found.end() <= span[0] else found.start() - span[1]
        if best is None or distance < best[0]:
            best = (distance, found.start())
    if best is None:
        raise LabelError(f"{what} not found outside the content: {word!r}")
    return best[1]


def resolve(draft: dict, doc: str) -> dict:
    records = []
    for number, item in enumerate(draft["quotes"], 1):
        try:
            start = locate_content(doc, item["text"], item.get("anchor"))
            end = start + len(item["text"])
            record = {"start": start, "end": end, "text": item["text"], "kind": item["kind"],
                      "speaker": item.get("speaker"), "speaker_type": item["speaker_type"],
                      "speaker_role": item.get("speaker_role")}
            for part in ("mention", "cue"):
                value = item.get(part)
                if value is None:
                    record.update({part: None, f"{part}_start": None, f"{part}_end": None})
                    continue
                at = locate_near(doc, value, item.get(f"{part}_anchor"), (start, end), part)
                record.update({part: value, f"{part}_start": at, f"{part}_end": at + len(value)})
            if item.get("note"):
                record["note"] = item["note"]
            check(record, doc)
        except (LabelError, KeyError) as error:
            raise LabelError(f"record {number} ({item.get('text', '')[:50]!r}): {error}") from None
        records.append(record)
    records.sort(key=lambda r: (r["start"], r["end"]))
    return {"document": draft["document"], "quotes": records}


def check(record: dict, doc: str) -> None:
    if record["kind"] not in ("direct", "indirect", "mixed"):
        raise LabelError(f"kind must be direct, indirect or mixed, got {record['kind']!r}")
    if record["speaker_type"] not in ("person", "organization", "unnamed"):
        raise LabelError(f"speaker_type must be person, organization or unnamed, got {record['speaker_type']!r}")
    if record["kind"] != "direct" and record["cue"] is None:
        raise LabelError("an indirect or mixed record needs a cue (SPEC §2)")
    if record["text"] != record["text"].strip():
        raise LabelError("content has leading or trailing whitespace")
    for part in ("", "mention_", "cue_"):
        key = part.rstrip("_") or "text"
        if record[key] is not None and doc[record[f"{part}start"]:record[f"{part}end"]] != record[key]:
            raise LabelError(f"{key} does not equal its slice")


def show(labels: dict, doc: str) -> str:
    lines = []
    for number, record in enumerate(labels["quotes"], 1):
        marks = [(record["start"], "[["), (record["end"], "]]")]
        for part, opening, closing in (("mention", "{", "}"), ("cue", "<", ">")):
            if record[part] is not None:
                marks += [(record[f"{part}_start"], opening), (record[f"{part}_end"], closing)]
        low = min(at for at, _ in marks)
        high = max(at for at, _ in marks)
        window_start, window_end = max(0, low - 60), min(len(doc), high + 60)
        pieces, cursor = [], window_start
        for at, mark in sorted(marks, key=lambda m: (m[0], m[1] in ("]]", "}", ">"))):
            pieces += [doc[cursor:at], mark]
            cursor = at
        pieces.append(doc[cursor:window_end])
        context = " ".join("".join(pieces).split())
        lines.append(f"{number:3d} {record['kind']:8s} {record['speaker']!s} ({record['speaker_type']}) "
                     f"[{record['start']}:{record['end']}]\n    …{context}…")
    return "\n".join(lines)


def compare(first: dict, second: dict, doc: str) -> str:
    """The disagreements of two labellings, by SPEC §5 matching, for a reconciler to decide."""
    from quotes.score import match, same_speaker  # the scorer only
    from quotes.serialize import quote_from_record

    a = [quote_from_record(r, where="A", index=i, text=doc) for i, r in enumerate(first["quotes"])]
    b = [quote_from_record(r, where="B", index=i, text=doc) for i, r in enumerate(second["quotes"])]
    pairs = match(a, b)
    lines = [f"A {len(a)} records, B {len(b)} records, matched {len(pairs)}"]

    def brief(q) -> str:
        return f"[{q.start}:{q.end}] {q.kind.value} {q.speaker!r} ({q.speaker_type}) “{' '.join(q.text.split())[:90]}”"

    for i, j in pairs:
        qa, qb = a[i], b[j]
        problems = []
        if qa.kind != qb.kind:
            problems.append(f"kind {qa.kind.value} / {qb.kind.value}")
        if not same_speaker(qa.speaker, qb.speaker) or qa.speaker_type != qb.speaker_type:
            problems.append(f"speaker {qa.speaker!r} ({qa.speaker_type}) / {qb.speaker!r} ({qb.speaker_type})")
        if (qa.start, qa.end) != (qb.start, qb.end):
            problems.append(f"span A [{qa.start}:{qa.end}] / B [{qb.start}:{qb.end}]")
        if problems:
            lines.append(f"A#{i + 1} ~ B#{j + 1}: " + "; ".join(problems) + f"\n    A: {brief(qa)}\n    B: {brief(qb)}")
    matched_a, matched_b = {i for i, _ in pairs}, {j for _, j in pairs}
    lines += [f"only in A: A#{i + 1} {brief(q)}" for i, q in enumerate(a) if i not in matched_a]
    lines += [f"only in B: B#{j + 1} {brief(q)}" for j, q in enumerate(b) if j not in matched_b]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    res = sub.add_parser("resolve", help="draft -> labels with offsets")
    res.add_argument("draft")
    res.add_argument("--text", required=True, help="the article (UTF-8)")
    res.add_argument("-o", "--output", required=True)
    shw = sub.add_parser("show", help="print each record in context: [[content]] {mention} <cue>")
    shw.add_argument("labels")
    shw.add_argument("--text", required=True)
    cmp_ = sub.add_parser("compare", help="where two labellings of one article disagree")
    cmp_.add_argument("first")
    cmp_.add_argument("second")
    cmp_.add_argument("--text", required=True)
    args = parser.parse_args(argv)
    doc = Path(args.text).read_bytes().decode("utf-8")
    if args.command == "compare":
        first, second = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (args.first, args.second))
        print(compare(first, second, doc))
        return 0
    try:
        if args.command == "resolve":
            labels = resolve(json.loads(Path(args.draft).read_text(encoding="utf-8")), doc)
            Path(args.output).write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        else:
            labels = json.loads(Path(args.labels).read_text(encoding="utf-8"))
            for record in labels["quotes"]:
                check(record, doc)
        print(show(labels, doc))
    except LabelError as error:
        print(f"{getattr(args, 'draft', None) or args.labels}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

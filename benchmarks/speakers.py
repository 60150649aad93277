"""Speaker resolution against hand-labelled PolNeAR quotes (a benchmark, not a test).

    python benchmarks/speakers.py ../shared/data/polnear-train [--labels FILE] [--show N]

PolNeAR labels source spans but not who a pronoun or surname refers to, so it cannot score
resolution. ``benchmarks/data/polnear_speakers.tsv`` (the development set, the default) and
``benchmarks/data/polnear_speakers_heldout.tsv`` (the held-out set: ``--labels`` it) hold speaker
labels for random samples of quote spans (document name, offsets, speaker, type; no article
text): each was labelled twice, independently, by reading the article against SPEC §3, and the
two labellings were reconciled (see each file's header). The corpus itself is read from the
path given.

For every labelled quote the extractor's quote at the same span (IoU >= 0.5, or a quote holding the
labelled span whole: the samples' spans come from an earlier output) is compared:
- speaker (SPEC §5): same name after folding and dropping titles, or a surname naming the same
  person (`quotes.score.same_speaker`); unnamed and unresolved both count as null there;
- strict: the SPEC §5 match and the same type (unnamed is not unresolved);
- full name: the canonical name exactly (folded), as a who-said-what table shows it.
Items labelled `?` (the text does not tell) or `not-a-quote` are counted but not scored.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from quotes import Extractor
from quotes.names import name_words as _name_words
from quotes.score import iou, same_speaker

DEFAULT_LABELS = Path(__file__).resolve().parent / "data" / "polnear_speakers.tsv"
SCORED_TYPES = ("person", "organization", "unnamed")


def read_labels(path: Path) -> list[dict[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if cells[0] == "document":
            continue
        document, start, end, speaker, kind = (cells + [""] * 5)[:5]
        rows.append({"document": document, "start": int(start), "end": int(end),
                     "speaker": speaker or None, "type": kind})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a PolNeAR-format folder (its text/ is read)")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--show", type=int, default=20, help="list this many disagreements")
    parser.add_argument("--nlp", default="builtin")
    args = parser.parse_args(argv)
    labels = read_labels(args.labels)
    extractor = Extractor(nlp=args.nlp)
    cache: dict[str, list] = {}
    counts: collections.Counter[str] = collections.Counter()
    wrong = []
    for label in labels:
        if label["type"] not in SCORED_TYPES:
            counts["not scored (" + label["type"] + ")"] += 1
            continue
        counts["scored"] += 1
        document = label["document"]
        if document not in cache:
            path = args.corpus / "text" / document
            cache[document] = extractor.extract(path.read_text(encoding="utf-8"), name=document)
        span = (label["start"], label["end"])
        quote = max(cache[document], key=lambda q: iou(span, (q.start, q.end)), default=None)
        if quote is not None and iou(span, (quote.start, quote.end)) < 0.5:
            # the sample's spans are an earlier output's: a quote since widened over its whole
            # clause (`Too often, he says, they get it` for `they get it`) is the same quote
            quote = next((q for q in cache[document] if q.start <= span[0] and span[1] <= q.end), None)
        if quote is None:
            counts["quote not found"] += 1
            wrong.append((label, None))
            continue
        predicted_type = quote.speaker_type.value if quote.speaker_type else "unresolved"
        spec = same_speaker(label["speaker"], quote.speaker)
        strict = spec and predicted_type == label["type"]
        full = strict and _name_words(label["speaker"] or "") == _name_words(quote.speaker or "")
        counts["speaker"] += spec
        counts["strict"] += strict
        counts["full name"] += full
        counts["type"] += predicted_type == label["type"]
        if not full:
            wrong.append((label, quote))
    scored = counts["scored"] or 1
    print(f"labelled quotes: {len(labels)}; scored: {counts['scored']}; "
          + "; ".join(f"{k}: {v}" for k, v in sorted(counts.items()) if k.startswith("not scored")))
    if counts["quote not found"]:
        print(f"quote spans the extractor no longer finds: {counts['quote not found']}")
    for name in ("speaker", "strict", "full name", "type"):
        print(f"{name:>10}: {counts[name] / scored:.3f} ({counts[name]}/{counts['scored']})")
    print(f"\nfirst {args.show} disagreements (label | predicted):")
    for label, quote in wrong[: args.show]:
        predicted = "(no quote)" if quote is None else f"{quote.speaker!r} {quote.speaker_type.value if quote.speaker_type else 'unresolved'}"
        print(f"  {label['document'][:40]} {label['start']}: {label['speaker']!r} {label['type']} | {predicted}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

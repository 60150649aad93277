"""Score the extractor on the hand-labelled Canadian news sample (issue 16), as `quotes check` does.

The texts are not in this repository: pass the ggt-dev folder (`../shared/data/ggt-dev`, or its
`text/` subfolder). The labels are in `benchmarks/data/ggt/{dev,dev2,dev3,heldout}/NAME.json` (SPEC §4
records; NAME.txt is the article in the corpus folder). See benchmarks/data/ggt/README.md for how
they were made and why the held-out part must only ever be scored, never read for errors.

    python benchmarks/ggt.py ../shared/data/ggt-dev                  # dev and held-out figures
    python benchmarks/ggt.py ../shared/data/ggt-dev --part dev --diff  # dev differences too (or dev2, dev3)
    python benchmarks/ggt.py ../shared/data/ggt-dev --calibration      # confidence bands
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quotes.golden import GoldenCase
from quotes.inputs import decode
from quotes.pipeline import Extractor
from quotes.score import Report, combine, format_report, same_speaker, score_document, match
from quotes.serialize import load_golden

LABELS = Path(__file__).resolve().parent / "data" / "ggt"
PARTS = ("dev", "dev2", "dev3", "dev4", "dev5", "heldout")
DEV_PARTS = PARTS[:-1]
BANDS = ((0.9, 1.01), (0.7, 0.9), (0.5, 0.7), (0.0, 0.5))


def cases(corpus: Path, part: str) -> list[GoldenCase]:
    texts = corpus / "text" if (corpus / "text").is_dir() else corpus
    found = []
    for labels in sorted((LABELS / part).glob("*.json")):
        article = texts / labels.with_suffix(".txt").name
        text = decode(article.read_bytes(), str(article))
        found.append(GoldenCase(labels.stem, text, tuple(load_golden(labels, text))))
    return found


def run(extractor: Extractor, part_cases: list[GoldenCase]) -> tuple[Report, list[tuple]]:
    reports, pairs = [], []
    for case in part_cases:
        predicted = extractor.extract(case.text, name=case.name)
        reports.append(score_document(case.name, case.quotes, predicted))
        matched = dict((p, g) for g, p in match(case.quotes, predicted))
        for index, quote in enumerate(predicted):
            gold = case.quotes[matched[index]] if index in matched else None
            right = gold is not None and same_speaker(gold.speaker, quote.speaker)
            pairs.append((quote.confidence, right))
    return combine(reports), pairs


def calibration(pairs: list[tuple[float, bool]]) -> str:
    """Every predicted record by confidence band: the share whose quote is real and whose speaker
    is right (a record that matches no gold quote counts as wrong)."""
    lines = ["| confidence | records | right speaker | share right |", "|---|---|---|---|"]
    for low, high in BANDS:
        band = [right for confidence, right in pairs if low <= confidence < high]
        share = f"{sum(band) / len(band):.3f}" if band else "—"
        label = f"≥ {low}" if high > 1 else f"{low}–{high}"
        lines.append(f"| {label} | {len(band)} | {sum(band)} | {share} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="the ggt-dev folder (or its text/ folder)")
    parser.add_argument("--part", choices=(*PARTS, "all"), default="all")
    parser.add_argument("--diff", action="store_true",
                        help="list missed, spurious and wrong-speaker quotes (dev parts only: never read the held-out errors)")
    parser.add_argument("--calibration", action="store_true", help="confidence bands against right speakers")
    parser.add_argument("--nlp", default="builtin")
    args = parser.parse_args(argv)
    if args.diff and args.part not in DEV_PARTS:
        parser.error("--diff lists errors: only with a dev part (the held-out part is scored, never read)")
    extractor = Extractor(nlp=args.nlp)
    parts = PARTS if args.part == "all" else (args.part,)
    everything = []
    for part in parts:
        report, pairs = run(extractor, cases(args.corpus, part))
        everything += pairs
        print(f"## {part}\n")
        sys.stdout.write(format_report(report, diff=args.diff))
        if args.calibration:
            print()
            sys.stdout.write(calibration(pairs))
        print()
    if args.calibration and len(parts) > 1:
        print("## calibration, all parts\n")
        sys.stdout.write(calibration(everything))
    return 0


if __name__ == "__main__":
    sys.exit(main())

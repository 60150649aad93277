"""Milliseconds per article in each pipeline stage, in-process (a benchmark, not a test).

    python benchmarks/stages.py CORPUS_DIR [--repeat N] [--limit N]

Runs the stages of ``quotes.pipeline.Extractor.extract_document`` one by one over every
``*.txt`` article of CORPUS_DIR — layout, detection, name mentions, coreference, resolution —
and prints each stage's mean time per article (wall clock, ``time.perf_counter``).  Pass 1 is
cold (the caches of name readings and folded names start empty, as in one CLI run); the
"best" column is the fastest of all passes per stage (caches warm, least disturbed by other
work on the machine).  Use it to see where a speed change lands; ``benchmarks/throughput.py``
gives the user-facing figures through the CLI.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from quotes.pipeline.coref import build_entities
from quotes.pipeline.detect import detect
from quotes.lexicon import load_lexicon
from quotes.pipeline.mentions import name_mentions
from quotes.pipeline.layout import layout
from quotes.pipeline.resolve import resolve

STAGES = ("layout", "detect", "mentions", "coref", "resolve")


def one_pass(texts: list[str], lexicon) -> dict[str, float]:
    totals = dict.fromkeys(STAGES, 0.0)
    clock = time.perf_counter
    for text in texts:
        t0 = clock()
        article = layout(text, lexicon=lexicon)
        t1 = clock()
        article.candidates = detect(article)
        t2 = clock()
        article.mentions = name_mentions(article)
        t3 = clock()
        article.entities = build_entities(article.mentions, text=text)
        t4 = clock()
        resolve(article)
        t5 = clock()
        for stage, seconds in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            totals[stage] += seconds
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a directory of *.txt articles")
    parser.add_argument("--repeat", type=int, default=3, metavar="N", help="passes over the corpus (default 3)")
    parser.add_argument("--limit", type=int, default=0, metavar="N", help="only the first N articles")
    args = parser.parse_args(argv)
    paths = sorted(args.corpus.glob("*.txt"))[: args.limit or None]
    if not paths:
        print(f"stages: no *.txt files in {args.corpus}", file=sys.stderr)
        return 2
    texts = [path.read_text(encoding="utf-8") for path in paths]
    lexicon = load_lexicon()
    passes = [one_pass(texts, lexicon) for _ in range(max(1, args.repeat))]
    per_article = 1000 / len(texts)
    print(f"{len(texts)} articles, {args.repeat} passes; ms per article\n")
    print("| stage | pass 1 (cold) | best |")
    print("|---|---|---|")
    for stage in STAGES:
        best = min(p[stage] for p in passes)
        print(f"| {stage} | {passes[0][stage] * per_article:.2f} | {best * per_article:.2f} |")
    cold = sum(passes[0].values())
    best_total = sum(min(p[s] for p in passes) for s in STAGES)
    print(f"| total | {cold * per_article:.2f} ({len(texts) / cold:.0f} articles/s) "
          f"| {best_total * per_article:.2f} ({len(texts) / best_total:.0f} articles/s) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

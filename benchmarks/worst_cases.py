"""Pathological inputs against an ordinary article of the same size (a benchmark, not a test).

    python benchmarks/worst_cases.py CORPUS_DIR [--size BYTES] [--repeat N] [--only NAME ...]

For each worst case of issue 17 — runs of quotation marks among words, many quotations in one
sentence, a whole article on one line, runs of ``said``, of commas, of capitalised words — it
builds one article of ``--size`` bytes (default 1 MB = 10^6 bytes of UTF-8), runs ``quotes
extract`` and ``quotes report`` on it through the command line (a fresh process, start-up
included, best of ``--repeat`` runs), and prints each time against the time of an ordinary
news article of the same size: CORPUS_DIR's articles joined with blank lines (e.g. the PolNeAR
training texts; the corpus is only read, the articles are written to a temporary directory).
The target is at most 3x.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

TARGET = 3.0


def news(corpus: Path, size: int) -> str:
    """Real articles joined with blank lines, cut to ``size`` bytes at a line end."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))]
    pieces, total, index = [], 0, 0
    while total < size:
        text = texts[index % len(texts)].strip()
        pieces.append(text)
        total += len(text.encode()) + 2
        index += 1
    return fit("\n\n".join(pieces), size)


def fit(text: str, size: int) -> str:
    """``text`` cut to at most ``size`` bytes of UTF-8, at a space."""
    data = text.encode()[:size]
    cut = data.decode("utf-8", "ignore")
    return cut[: cut.rfind(" ")] if len(data) == size and " " in cut else cut


def repeated(unit: str) -> Callable[[Path, int], str]:
    """A short opening line, then ``unit`` over and over on one line, then an attribution."""
    def build(corpus: Path, size: int) -> str:
        opening, closing = "A story about the talks.\n", " he said.\n"
        room = size - len((opening + closing).encode())
        return opening + fit(unit * (room // len(unit.encode()) + 1), room) + closing
    return build


CASES: dict[str, Callable[[Path, int], str]] = {
    "ordinary news (articles joined)": news,
    "the same on one line": lambda corpus, size: news(corpus, size).replace("\n", " "),
    "quotation marks among words: `word \" `": repeated('word " '),
    "curly marks among words: `“word ” word “ `": repeated("“word ” word “ "),
    "many quotations in one sentence: `“Word word,” `": repeated("“Word word,” "),
    "quotations and attributions: `“Word word,” he said, `": repeated("“Word word,” he said, "),
    "runs of said: `said `": repeated("said "),
    "runs of commas: `word, `": repeated("word, "),
    "runs of capitalised words: `Word `": repeated("Word "),
    "the company said again: `Acme Corp rallied. The company said it would grow. `":
        repeated("Acme Corp rallied. The company said it would grow. "),
    "participles: `Mayor Tom Hale said the city would wait, adding `":
        repeated("Mayor Tom Hale said the city would wait, adding "),
}


def timed(arguments: list[str]) -> float:
    environment = {**os.environ, "PYTHONPYCACHEPREFIX": os.path.join(tempfile.gettempdir(), "quotes-wc-pycache")}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "quotes", *arguments], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, env=environment)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of *.txt news articles (the ordinary case)")
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes per article (default 10^6)")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measure, the best is kept (default 2)")
    parser.add_argument("--only", nargs="*", default=(), help="cases whose name holds one of these words")
    args = parser.parse_args(argv)
    names = [name for name in CASES if not args.only or name == next(iter(CASES))
             or any(word in name for word in args.only)]
    rows, baseline = [], None
    with tempfile.TemporaryDirectory() as folder:
        for number, name in enumerate(names):
            article = Path(folder) / f"case{number}.txt"
            article.write_text(CASES[name](args.corpus, args.size), encoding="utf-8")
            page = Path(folder) / "report.html"
            extract = min(timed(["extract", str(article), "--format", "jsonl", "--no-progress"])
                          for _ in range(args.repeat))
            report = min(timed(["report", str(article), "-o", str(page), "--no-progress"])
                         for _ in range(args.repeat))
            baseline = baseline or (extract, report)
            rows.append((name, extract, report))
            print(f"{name}: extract {extract:.2f} s, report {report:.2f} s", file=sys.stderr, flush=True)
    print(f"Each article {args.size:,} bytes; `quotes extract` and `quotes report` through the CLI, "
          f"start-up included, best of {args.repeat}.\n")
    print("| input | extract | × news | report | × news |")
    print("|---|---|---|---|---|")
    worst = 0.0
    for name, extract, report in rows:
        ratios = (extract / baseline[0], report / baseline[1])
        worst = max(worst, *ratios)
        print(f"| {name} | {extract:.2f} s | {ratios[0]:.2f} | {report:.2f} s | {ratios[1]:.2f} |")
    print(f"\nworst ratio {worst:.2f} (target ≤ {TARGET})")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

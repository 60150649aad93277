"""Byte-identity check: does this checkout write the same output as another commit?

Runs ``quotes extract --format jsonl`` (and ``quotes table``, and ``quotes report`` on the
smaller corpora) through the command line of two checkouts over the same folders of articles,
and compares the outputs byte for byte.  A refactoring step is kept only when every output is
identical.  The reference checkout's outputs are cached by its commit, so each run after the
first only runs this checkout.

    python benchmarks/identity.py OLD_CHECKOUT golden \\
        ../shared/data/polnear-train/text ../shared/data/ggt-dev/text

Both checkouts run with this interpreter, each on ``PYTHONPATH``; the corpora are only read.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
CACHE = Path(tempfile.gettempdir()) / "quotes-identity-cache"
REPORT_LIMIT = 100  # report only corpora of at most this many articles (the report is one page)


def commit_of(checkout: Path) -> str:
    """The commit of a checkout, with ``+dirty`` and a hash of its changes when it has any."""
    head = subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()
    status = subprocess.run(["git", "-C", str(checkout), "status", "--porcelain", "--", "quotes"],
                            capture_output=True, text=True, check=True).stdout
    if not status:
        return head
    diff = subprocess.run(["git", "-C", str(checkout), "diff", "HEAD", "--", "quotes"], capture_output=True,
                          check=True).stdout
    return f"{head}+dirty{hashlib.sha256(diff + status.encode()).hexdigest()[:12]}"


def run(checkout: Path, arguments: list[str], output: Path) -> float:
    """Run ``python -m quotes ARGUMENTS`` of ``checkout``; its stdout goes to ``output``."""
    environment = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONPYCACHEPREFIX": str(CACHE / "pycache")}
    started = time.perf_counter()
    with output.open("wb") as sink:
        done = subprocess.run([sys.executable, "-m", "quotes", *arguments], stdout=sink, stderr=subprocess.PIPE,
                              env=environment, cwd=tempfile.gettempdir())
    if done.returncode not in (0, 1):
        raise SystemExit(f"{checkout}: quotes {' '.join(arguments)} failed:\n{done.stderr.decode()}")
    return time.perf_counter() - started


def commands(corpus: Path, workdir: Path) -> list[tuple[str, list[str], Path | None]]:
    """(label, arguments, file the command writes itself or None for stdout) per check."""
    found = [("extract", ["extract", str(corpus), "--format", "jsonl", "--no-progress", "--jobs", "2"], None),
             ("table", ["table", str(corpus), "--no-progress", "--jobs", "2"], None)]
    if len(list(corpus.rglob("*.txt"))) <= REPORT_LIMIT:
        page = workdir / "report.html"
        found.append(("report", ["report", str(corpus), "-o", str(page), "--no-progress"], page))
    return found


def outputs(checkout: Path, corpus: Path, *, cached: bool) -> dict[str, bytes]:
    key = hashlib.sha256(f"{commit_of(checkout)}\0{corpus}".encode()).hexdigest()[:24]
    stored = CACHE / f"{key}.json"
    if cached and stored.is_file():
        return {label: bytes.fromhex(data) for label, data in json.loads(stored.read_text()).items()}
    found = {}
    with tempfile.TemporaryDirectory() as workdir:
        for label, arguments, written in commands(corpus, Path(workdir)):
            stdout = Path(workdir) / "stdout"
            run(checkout, arguments, stdout)
            found[label] = (written or stdout).read_bytes()
    if cached:
        CACHE.mkdir(parents=True, exist_ok=True)
        stored.write_text(json.dumps({label: data.hex() for label, data in found.items()}))
    return found


def first_difference(label: str, old: bytes, new: bytes) -> str:
    old_lines = old.decode("utf-8", "replace").split("\n")
    new_lines = new.decode("utf-8", "replace").split("\n")
    diff = list(difflib.unified_diff(old_lines, new_lines, "reference", "this checkout", n=0, lineterm=""))
    shown = [line[:600] for line in diff[:12]]
    return f"  {label}: {len(diff)} diff lines; first:\n    " + "\n    ".join(shown)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", type=Path, help="the checkout to compare with (e.g. the starting commit)")
    parser.add_argument("corpora", type=Path, nargs="+", help="folders of *.txt articles")
    parser.add_argument("--checkout", type=Path, default=HERE, help="the checkout under test (default: this one)")
    args = parser.parse_args(argv)
    reference, checkout = args.reference.resolve(), args.checkout.resolve()
    identical = True
    for corpus in (c.resolve() for c in args.corpora):
        articles = len(list(corpus.rglob("*.txt")))
        old = outputs(reference, corpus, cached=True)
        new = outputs(checkout, corpus, cached=False)
        for label in old:
            same = old[label] == new[label]
            identical &= same
            print(f"{corpus} ({articles} articles) {label}: {'identical' if same else 'DIFFERENT'}"
                  f" ({len(new[label]):,} bytes)")
            if not same:
                print(first_difference(label, old[label], new[label]))
    print("all identical" if identical else "OUTPUT CHANGED")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())

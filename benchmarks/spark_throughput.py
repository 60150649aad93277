"""Articles per second: ``quotes spark-extract`` / ``quotes.spark`` in local mode vs
``quotes extract --jobs N`` on the same folder of .txt (not a test: the corpus is not in the repo).

    python benchmarks/spark_throughput.py ../shared/data/polnear-train/text [--cores 2] [--repeat 3]

Three figures, best and median of ``--repeat`` interleaved runs, on the same files:
- ``quotes extract --jobs N``: the whole command in a subprocess (JSON Lines to a file);
- ``quotes spark-extract --master local[N]``: the whole command in a subprocess, JVM start-up
  included (Parquet output);
- ``quotes.spark`` job on a warm ``local[N]`` session: read, extract, write Parquet and count,
  what a long-lived Spark application (or a cluster job) pays per batch.
Then both outputs are compared record for record (they must be equal). All runs use one
snapshot of the installed ``quotes`` package (copied to a temporary folder and put first on
PYTHONPATH, for the subprocesses and the Spark workers alike), so edits made to the checkout
while the benchmark runs cannot make the variants differ. Outputs go to that temporary folder,
removed afterwards; nothing is written next to the corpus or the repo.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIELDS = ("start", "end", "text", "kind", "speaker", "speaker_type", "speaker_role", "mention",
          "mention_start", "mention_end", "cue", "cue_start", "cue_end", "confidence", "note")


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr}")
    return seconds


def wait_idle(limit: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < limit and os.getloadavg()[0] >= 0.5:
        time.sleep(5)
    return time.monotonic() - started


def cli_records(path: Path) -> list[tuple]:
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        records += [(document["document"], *(q.get(f) for f in FIELDS)) for q in document["quotes"]]
    return sorted(records, key=repr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="folder of .txt articles")
    parser.add_argument("--cores", type=int, default=2, help="--jobs N and local[N] (default 2)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per variant, interleaved (default 1)")
    parser.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS",
                        help="first wait up to SECONDS for the 1-minute load average to fall below 0.5")
    args = parser.parse_args()
    waited = wait_idle(args.wait_idle)
    load = os.getloadavg()[0]
    corpus = args.corpus.resolve()
    articles = sorted(p for p in corpus.rglob("*.txt") if p.is_file())
    if not articles:
        sys.exit(f"{corpus}: no .txt files")
    size = sum(p.stat().st_size for p in articles)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    quotes_cmd = [sys.executable, "-m", "quotes"]
    work = Path(tempfile.mkdtemp(prefix="quotes-spark-bench-"))
    try:
        package = Path(importlib.util.find_spec("quotes").submodule_search_locations[0])
        shutil.copytree(package, work / "snapshot" / "quotes",
                        ignore=shutil.ignore_patterns("__pycache__"))
        snapshot = str(work / "snapshot")
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [snapshot, os.environ.get("PYTHONPATH")]))
        sys.path.insert(0, snapshot)
        os.chdir(work)  # `python -m` puts the working directory first on sys.path: not the checkout
        cli_out = work / "cli.jsonl"

        from pyspark.sql import SparkSession

        from quotes import spark as qs

        session = (SparkSession.builder.master(f"local[{args.cores}]").appName("quotes benchmark")
                   .config("spark.ui.showConsoleProgress", "false").getOrCreate())
        session.sparkContext.setLogLevel("ERROR")

        def warm_job() -> tuple[float, int]:
            started = time.perf_counter()
            df, error_col = qs.read_input(session, str(corpus))
            quotes_df, errors_df = qs.extract_quotes_with_errors(df, error_col=error_col)
            quotes_df.write.mode("overwrite").parquet(str(work / "spark" / "quotes"))
            errors_df.write.mode("overwrite").parquet(str(work / "spark" / "errors"))
            errors = errors_df.count()
            seconds = time.perf_counter() - started
            session.catalog.clearCache()
            return seconds, errors

        warm_job()  # warms the JVM and the Python workers
        times: dict[str, list[float]] = {"cli": [], "spark-cli": [], "warm": []}
        for _ in range(args.repeat):  # interleaved, so that load from elsewhere hits all alike
            times["cli"].append(timed([*quotes_cmd, "extract", str(corpus), "--jobs", str(args.cores),
                                       "--format", "jsonl", "-o", str(cli_out)]))
            times["spark-cli"].append(timed([*quotes_cmd, "spark-extract", str(corpus), str(work / "spark-cli"),
                                             "--master", f"local[{args.cores}]", "--overwrite"]))
            seconds, errors = warm_job()
            times["warm"].append(seconds)
        rows = session.read.parquet(str(work / "spark" / "quotes")).collect()
        spark_records = sorted(((r["id"], *(r[f] for f in FIELDS)) for r in rows), key=repr)
        expected = cli_records(cli_out)
        same = spark_records == expected
        if not same:
            only_spark = sorted(set(spark_records) - set(expected), key=repr)
            only_cli = sorted(set(expected) - set(spark_records), key=repr)
            print(f"{len(only_spark)} records only from Spark, {len(only_cli)} only from the CLI; "
                  f"first: {(only_spark or only_cli)[:1]}", file=sys.stderr)
        session.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    n = len(articles)
    print(f"corpus: {corpus} — {n} articles, {size / 1e6:.1f} MB; {len(expected)} quotes; "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}, pyspark {qs.require_pyspark().__version__}")
    print(f"| run ({args.cores} cores; {args.repeat} runs each) | best s | articles/s (best) | median s |")
    print("|---|---:|---:|---:|")
    for label, key in ((f"`quotes extract --jobs {args.cores}`", "cli"),
                       (f"`quotes spark-extract --master local[{args.cores}]` (JVM start included)", "spark-cli"),
                       (f"`quotes.spark` job on a warm `local[{args.cores}]` session", "warm")):
        best = min(times[key])
        print(f"| {label} | {best:.1f} | {n / best:.0f} | {statistics.median(times[key]):.1f} |")
    print(f"error rows: {errors}; Spark records equal to `quotes extract`'s: {same}; "
          f"waited {waited:.0f} s for the machine to be idle (load average {load:.2f} at the start)")
    return 0 if same and not errors else 1


if __name__ == "__main__":
    sys.exit(main())

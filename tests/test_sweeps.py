"""The made-up beat articles (benchmarks/data/sweeps): labels valid against their texts, and the
extractor's figures on them at the measured level, development and held-out parts apart."""

import json

import pytest

from quotes.golden import golden_cases
from quotes.score import combine, score_document
from tests.conftest import ROOT

SWEEPS = ROOT / "benchmarks" / "data" / "sweeps"
PARTS = ("dev", "heldout")
CASES = {part: list(golden_cases(SWEEPS / part)) for part in PARTS}


def test_the_parts_are_disjoint_and_hold_one_article_per_beat_out():
    names = {part: {case.name for case in CASES[part]} for part in PARTS}
    assert not names["dev"] & names["heldout"]
    beats = {"arts", "city", "farm", "obit", "sci", "wire", "biz", "court", "labour", "life", "tech", "world"}
    assert sorted(name.split("_")[0] for name in names["heldout"]) == sorted(beats)
    assert {name.split("_")[0] for name in names["dev"]} == beats


@pytest.mark.parametrize("case", [c for part in PARTS for c in CASES[part]], ids=lambda c: c.name)
def test_sweep_labels_are_valid(case):
    for quote in case.quotes:
        quote.check_against(case.text)
    part = "heldout" if case in CASES["heldout"] else "dev"
    data = json.loads((SWEEPS / part / f"{case.name}.json").read_text(encoding="utf-8"))
    assert data["document"] == f"{case.name}.txt"


@pytest.fixture(scope="module")
def sweep_figures(extractor):
    return {part: combine(score_document(case.name, case.quotes, extractor.extract(case.text, name=case.name))
                          for case in CASES[part]).overall for part in PARTS}


# Measured (`quotes check benchmarks/data/sweeps/PART`, README "Measured"): the floors are the
# figures themselves (output is deterministic), so any regression fails; raise them when they rise.
GATES = [
    ("dev", "end-to-end F1", 0.901, lambda figures: figures.end_to_end[2]),
    ("dev", "attribution accuracy", 0.938, lambda figures: figures.attribution),
    ("heldout", "end-to-end F1", 0.844, lambda figures: figures.end_to_end[2]),
    ("heldout", "attribution accuracy", 0.899, lambda figures: figures.attribution),
]


@pytest.mark.parametrize(("part", "measure", "floor", "figure"), GATES, ids=[f"{g[0]} {g[1]}" for g in GATES])
def test_sweep_figures_stay_at_their_measured_level(sweep_figures, part, measure, floor, figure):
    measured = round(figure(sweep_figures[part]), 3)
    assert measured >= floor, f"{part} {measure} fell to {measured:.3f} (floor {floor})"

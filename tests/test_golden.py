"""Every golden file is valid: schema, slices, order, and its article is a seed byte for byte."""

import json

import pytest

from quotes.golden import golden_cases
from quotes.model import Kind, SpeakerType
from tests.conftest import GOLDEN

CASES = list(golden_cases(GOLDEN))


def test_there_are_five_seed_articles():
    assert len(CASES) == 5


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_golden_file_is_valid(case):
    assert case.quotes, "every seed article has quotes"
    for quote in case.quotes:
        quote.check_against(case.text)
        assert quote.text == quote.text.strip(), "spans exclude surrounding whitespace"
        assert quote.kind in Kind
        if quote.kind != Kind.DIRECT:
            assert quote.cue is not None, "every indirect or mixed record needs a cue (SPEC §2)"
        if quote.speaker is None:
            assert quote.speaker_type in (SpeakerType.UNNAMED, None)
    starts = [(q.start, q.end) for q in case.quotes]
    assert starts == sorted(starts)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_golden_json_names_its_document(case):
    data = json.loads((GOLDEN / f"{case.name}.json").read_text(encoding="utf-8"))
    assert data["document"] == f"{case.name}.txt"

"""docs/contract.md stays in step with the code: what it lists is read from the page and compared
with the record writer, the model and the scorer."""

from __future__ import annotations

import re

import pytest

from quotes import extract
from quotes.model import Document, Kind, Quote
from quotes.score import MATCH_IOU, same_speaker, score_document
from quotes.serialize import GOLDEN_SPEAKER_TYPES, OUTPUT_SPEAKER_TYPES, RECORD_FIELDS
from tests.conftest import ROOT

CONTRACT = (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")


def table_after(marker: str) -> list[list[str]]:
    """The rows of the Markdown table right after ``<!-- marker…``, cells stripped of backticks."""
    lines = CONTRACT[CONTRACT.index(f"<!-- {marker}"):].splitlines()[1:]
    rows = []
    for line in lines[2:]:  # after the header and its rule
        if not line.startswith("|"):
            break
        rows.append([cell.strip().strip("`") for cell in line.strip("|").split("|")])
    return rows


def section(number: int) -> str:
    start = CONTRACT.index(f"\n## {number}. ")
    end = CONTRACT.find("\n## ", start + 1)
    return CONTRACT[start:end if end > 0 else None]


def test_the_record_fields_are_the_ones_written_in_that_order():
    assert [row[0] for row in table_after("fields")] == [*RECORD_FIELDS, "confidence", "note"]


def test_the_kinds_are_the_models():
    kinds = re.findall(r"^### (\w+)$", section(3), flags=re.M)
    assert kinds == [kind.value for kind in Kind]


def test_the_speaker_types_are_the_ones_written_and_read():
    rows = table_after("speaker types")
    assert tuple(row[0] for row in rows) == OUTPUT_SPEAKER_TYPES
    assert tuple(row[0] for row in rows if row[1] == "yes") == GOLDEN_SPEAKER_TYPES


def test_the_matching_threshold_is_the_scorers():
    sentence = CONTRACT[CONTRACT.index("<!-- match"):].splitlines()[1:3]
    [threshold] = re.findall(r"at least (\d+(?:\.\d+)?)", " ".join(sentence))
    assert float(threshold) == MATCH_IOU


@pytest.mark.parametrize(("gold", "predicted", "same"), table_after("speakers"))
def test_the_speaker_comparisons_are_the_scorers(gold, predicted, same):
    def name(cell: str) -> str | None:
        return None if cell == "null" else cell

    assert same_speaker(name(gold), name(predicted)) is (same == "yes")


def test_per_kind_a_match_counts_only_when_the_kinds_agree():
    document = Document("Lavrov said that Washington now had the initiative.")
    gold = [Quote(document.span(17, 50), Kind.INDIRECT, speaker="Sergei Lavrov")]
    predicted = [Quote(document.span(17, 50), Kind.MIXED, speaker="Lavrov")]
    report = score_document("a", gold, predicted)
    assert (report.overall.matched, report.overall.speaker_right) == (1, 1)
    assert report.by_kind["indirect"].matched == report.by_kind["mixed"].matched == 0


def test_an_unresolved_pronoun_stays_below_one_half():
    [quote] = extract("He said that it was over.")
    assert quote.speaker is None and quote.speaker_type == "unresolved" and quote.confidence < 0.5


def test_the_readme_lists_the_same_record_fields():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## JSON format"):readme.index("## How it works")]
    listed = next(paragraph for paragraph in section.split("\n\n") if paragraph.startswith("`start`"))
    assert re.findall(r"`(\w+)`", listed)[:len(RECORD_FIELDS)] == list(RECORD_FIELDS)


@pytest.mark.parametrize("page", ["README.md", "golden/README.md", *sorted(
    str(path.relative_to(ROOT)) for path in (ROOT / "docs").glob("*.md") if path.name != "contract.md")])
def test_the_docs_cite_the_contract_in_the_repository_not_spec(page):
    """A clone has no SPEC.md: the pages a user reads point at docs/contract.md."""
    text = (ROOT / page).read_text(encoding="utf-8")
    assert "SPEC" not in text, f"{page} cites SPEC, which a clone does not have"
    if page in ("README.md", "golden/README.md"):
        assert "contract.md" in text

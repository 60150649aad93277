"""The scorer on synthetic cases, exactly as SPEC §5 defines it."""

import pytest

from quotes import Document, Kind, Quote
from quotes.score import combine, format_report, same_speaker, score_document

TEXT = ("Lavrov said that Washington now had the initiative. "
        "Blinken told reporters that no major breakthroughs occurred during the meeting.")
DOC = Document(TEXT)


def quote(fragment: str, speaker: str | None, kind: Kind = Kind.INDIRECT, trim: int = 0) -> Quote:
    start = TEXT.index(fragment)
    return Quote(DOC.span(start + trim, start + len(fragment)), kind, speaker=speaker)


GOLD = [
    quote("Washington now had the initiative", "Sergei Lavrov"),
    quote("no major breakthroughs occurred during the meeting", "Antony Blinken"),
]


def test_a_perfect_prediction_scores_one():
    report = score_document("d", GOLD, GOLD)
    assert report.overall.detection == (1.0, 1.0, 1.0)
    assert report.overall.end_to_end == (1.0, 1.0, 1.0)
    assert report.overall.attribution == 1.0
    assert report.overall.exact_share == 1.0
    assert report.differences == ()


def test_a_wrong_speaker_lowers_attribution_only():
    predicted = [GOLD[0], quote("no major breakthroughs occurred during the meeting", "Sergei Lavrov")]
    report = score_document("d", GOLD, predicted)
    assert report.overall.detection == (1.0, 1.0, 1.0)
    assert report.overall.attribution == 0.5
    assert report.overall.end_to_end[2] == 0.5
    assert [d.problem for d in report.differences] == ["wrong speaker"]


def test_a_half_overlapping_span_matches_but_is_not_exact():
    half = quote("no major breakthroughs occurred during the meeting", "Antony Blinken", trim=12)
    report = score_document("d", GOLD, [GOLD[0], half])
    assert report.overall.detection == (1.0, 1.0, 1.0)
    assert report.overall.exact == 1


def test_a_small_overlap_does_not_match():
    sliver = quote("during the meeting", "Antony Blinken")
    report = score_document("d", GOLD[1:], [sliver])
    assert report.overall.matched == 0
    assert {d.problem for d in report.differences} == {"missed", "spurious"}


def test_a_spurious_quote_lowers_precision_only():
    spurious = quote("Lavrov said", None)
    report = score_document("d", GOLD, [*GOLD, spurious])
    precision, recall, _ = report.overall.detection
    assert recall == 1.0 and precision == pytest.approx(2 / 3)
    assert report.overall.attribution == 1.0


def test_per_kind_recall_counts_gold_kinds():
    gold = [GOLD[0], quote("no major breakthroughs occurred during the meeting", "Antony Blinken", Kind.DIRECT)]
    report = score_document("d", gold, [GOLD[0]])
    assert report.by_kind["indirect"].detection[1] == 1.0
    assert report.by_kind["direct"].detection[1] == 0.0


@pytest.mark.parametrize(
    ("gold", "predicted", "same"),
    [
        ("Sergei Lavrov", "Lavrov", True),
        ("Sergei Lavrov", "Sergey Lavrov", True),
        ("Sergei Lavrov", "Mr. Lavrov", True),
        ("Antony Blinken", "US Secretary of State Antony Blinken", True),
        ("Antony Blinken", "Antony Blink", False),
        ("Antony Blinken", "Sergei Lavrov", False),
        ("Antony Blinken and Sergei Lavrov", "Sergey Lavrov and Antony Blinken", True),
        ("Antony Blinken and Sergei Lavrov", "Antony Blinken", False),
        ("Hillary Clinton", "Clinton", True),
        ("Hillary Clinton", "Bill Clinton", False),
        ("Donald J. Trump", "Donald Trump", True),
        ("J. Gerald Hebert", "Gerald Hebert", True),
        ("Harry B. Harris Jr.", "Harry B. Harris", True),
        ("Acme Corp.", "Acme", True),
        ("Dmitry Kozak", "DMITRY KOZÁK", True),
        (None, None, True),
        (None, "Lavrov", False),
    ],
)
def test_speaker_comparison(gold, predicted, same):
    assert same_speaker(gold, predicted) is same


def test_report_lists_differences_with_their_text():
    report = combine([score_document("d", GOLD, [GOLD[0]])])
    text = format_report(report)
    assert "MISSED indirect" in text and "no major breakthroughs" in text
    assert "| detection | 1.000 | 0.500 | 0.667 |" in text


def test_a_wrong_kind_counts_for_detection_but_not_for_its_kind():
    gold = [quote("Washington now had the initiative", "Sergei Lavrov", Kind.DIRECT)]
    predicted = [quote("Washington now had the initiative", "Sergei Lavrov", Kind.MIXED)]
    report = score_document("d", gold, predicted)
    assert report.overall.detection == (1.0, 1.0, 1.0)
    assert report.by_kind["direct"].detection[1] == 0.0
    assert [d.problem for d in report.differences] == ["wrong kind"]
    assert "WRONG KIND" in format_report(combine([report]))

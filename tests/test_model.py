"""The data model refuses spans whose text is not their slice; JSON round-trips."""

import json

import pytest

from quotes import Document, Kind, Quote, Span, SpanError, SpeakerType
from quotes.errors import GoldenFormatError
from quotes.serialize import RECORD_FIELDS, quote_from_record, quote_to_record

TEXT = "Lavrov said that Washington now had the initiative."


@pytest.mark.parametrize(
    ("start", "end", "text", "problem"),
    [
        (0, 6, "Lavro", "length"),
        (6, 0, "", "before its start"),
        (-1, 5, "Lavro", "non-negative"),
    ],
)
def test_span_validation(start, end, text, problem):
    with pytest.raises(SpanError, match=problem):
        Span(start, end, text)


def test_document_span_is_its_slice():
    doc = Document(TEXT)
    assert doc.span(17, 50).text == "Washington now had the initiative"
    with pytest.raises(SpanError, match="outside a document of length"):
        doc.span(10, 999)


def test_quote_check_against_detects_a_foreign_span():
    quote = Quote(Span(0, 6, "Lavrov"), Kind.INDIRECT)
    quote.check_against(TEXT)
    with pytest.raises(SpanError, match="expected 'Lavrov'"):
        quote.check_against("Blinken said so.")


def test_quote_fields_are_validated():
    with pytest.raises(ValueError):
        Quote(Span(0, 6, "Lavrov"), "quoted")
    with pytest.raises(ValueError, match="confidence"):
        Quote(Span(0, 6, "Lavrov"), Kind.DIRECT, confidence=1.5)
    with pytest.raises(Exception):
        Quote(Span(0, 6, "Lavrov"), Kind.DIRECT).speaker = "x"  # frozen


def test_record_round_trip_keeps_every_spec_field():
    doc = Document(TEXT)
    quote = Quote(doc.span(17, 50), Kind.INDIRECT, speaker="Sergei Lavrov",
                  speaker_type=SpeakerType.PERSON, speaker_role="Foreign Minister",
                  mention=doc.span(0, 6), cue=doc.span(7, 11), confidence=0.8)
    record = quote_to_record(quote)
    assert list(record)[: len(RECORD_FIELDS)] == list(RECORD_FIELDS)
    assert json.loads(json.dumps(record)) == record
    assert quote_from_record(record, where="x.json", index=0, text=TEXT) == quote


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ([], "expected an object"),
        ({"start": 0, "end": 6, "text": "Lavrov"}, "missing field"),
        ({"start": 0, "end": 6, "text": "Lavrov", "kind": "quoted"}, "kind must be one of"),
        ({"start": 0, "end": 6, "text": "Blinke", "kind": "direct"}, "reads 'Lavrov'"),
        ({"start": 0, "end": 6, "text": "Lavrov", "kind": "direct", "speaker_type": "robot"}, "speaker_type"),
        ({"start": 0, "end": 6, "text": "Lavrov", "kind": "direct", "cue": "said"}, "cue needs"),
    ],
)
def test_bad_records_name_file_record_and_problem(record, problem):
    with pytest.raises(GoldenFormatError, match=problem) as caught:
        quote_from_record(record, where="g.json", index=3, text=TEXT)
    assert str(caught.value).startswith("g.json: record 3:")


@pytest.mark.parametrize(("value", "problem"), [
    (None, "got NoneType"),  # was an attrs TypeError
    (b"Lavrov said so.", "got bytes (decode the bytes first, e.g. data.decode('utf-8'))"),
    (42, "got int"),
    (["Lavrov said so."], "got list"),
])
def test_extract_refuses_what_is_not_text_with_an_input_error(value, problem):
    from quotes import Extractor, InputError, extract

    with pytest.raises(InputError) as caught:
        extract(value)
    assert str(caught.value) == f"<text>: expected the article text as a str, {problem}"
    with pytest.raises(InputError) as caught:
        Extractor().extract(value, name="article.txt")
    assert str(caught.value) == f"article.txt: expected the article text as a str, {problem}"


@pytest.mark.parametrize(("speaker", "speaker_type", "written"), [
    ("Sergei Lavrov", SpeakerType.PERSON, "person"),
    ("Russia", SpeakerType.ORGANIZATION, "organization"),
    (None, SpeakerType.UNNAMED, "unnamed"),
    (None, None, "unresolved"),  # a source the article names, but who it is was not found
])
def test_records_always_carry_a_speaker_type(speaker, speaker_type, written):
    quote = Quote(Document(TEXT).span(17, 50), Kind.INDIRECT, speaker=speaker, speaker_type=speaker_type)
    assert quote_to_record(quote)["speaker_type"] == written


def test_golden_records_never_use_unresolved():
    record = quote_to_record(Quote(Document(TEXT).span(17, 50), Kind.INDIRECT))
    expected = "speaker_type must be person, organization or unnamed, got 'unresolved'"
    with pytest.raises(GoldenFormatError, match=expected):
        quote_from_record(record, where="g.json", index=0, text=TEXT)


def test_an_unresolved_source_is_written_as_unresolved_everywhere(run_cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("He said that it was over.\n", encoding="utf-8")
    [record] = json.loads(run_cli("extract", path).out)["quotes"]
    assert (record["speaker"], record["speaker_type"], record["mention"]) == (None, "unresolved", "He")
    assert run_cli("index", path, "--db", tmp_path / "q.db").code == 0
    [hit] = json.loads(run_cli("search", "--db", tmp_path / "q.db", "--format", "json").out)
    assert (hit["speaker"], hit["speaker_type"]) == (None, "unresolved")

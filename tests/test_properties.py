"""For any text, extraction never raises and every record's spans are slices of the text."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotes import extract

MARKS = "\"“”‘’«»„'`"
PIECES = st.sampled_from([
    " said ", " told reporters that ", "According to him, ", ", he said.", "Mr. ", "U.S. ",
    "\n\n", "\n", ". ", ", ", "“", "”", "\"", "''", "’", "–", " he ", " Lavrov ", " Blinken ",
    "Sergei Lavrov", "the secretary of state", " that ", ":", " added, ", "Read more",
])
MESSY = st.lists(st.one_of(PIECES, st.text(max_size=12), st.sampled_from(MARKS)), max_size=60).map("".join)


def assert_slices(text: str) -> None:
    for quote in extract(text):
        assert text[quote.start:quote.end] == quote.text
        assert quote.text
        if quote.mention is not None:
            assert text[quote.mention.start:quote.mention.end] == quote.mention.text
        if quote.cue is not None:
            assert text[quote.cue.start:quote.cue.end] == quote.cue.text
        assert 0.0 <= quote.confidence <= 1.0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_random_unicode(text):
    assert_slices(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MESSY)
@example(" said  said  said  said  said  said  said  said  said  said  said  said  said  told reporters that  said  "
         "told reporters that  added, ")  # once an IndexError: a cue's comma at the very end of the text
def test_news_like_fragments_with_unbalanced_marks(text):
    assert_slices(text)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=50, max_value=400), MESSY)
def test_very_long_text(repeat, fragment):
    assert_slices((fragment + " “Lavrov said that it was so.\n") * repeat)


def test_empty_and_blank():
    assert extract("") == []
    assert extract(" \n\n\t") == []

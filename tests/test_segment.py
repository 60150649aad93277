"""Layout: word tokens, headline lines, and sentences cut from their paragraph's tokens."""

import pytest

from quotes.pipeline.layout import layout
from quotes.pipeline.layout import looks_like_headline
from quotes.pipeline.tokens import tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full stop stays on abbreviations and initials, and leaves every other word
        ("Mr. Lavrov said.", ["Mr.", "Lavrov", "said", "."]),
        ("Gen. Milley met J. Smith.", ["Gen.", "Milley", "met", "J.", "Smith", "."]),
        ("the U.S. and U.K. agreed", ["the", "U.S.", "and", "U.K.", "agreed"]),
        ("in the U.S.", ["in", "the", "U.S."]),
        ("It ended.Then", ["It", "ended", ".", "Then"]),
        ("e.g. this", ["e", ".", "g", ".", "this"]),
        ("Mr .Lavrov", ["Mr", ".", "Lavrov"]),  # a stop after a space is its own token
        ("3. Item", ["3", ".", "Item"]),
        # possessives, apostrophes, hyphens, numbers
        ("Russia’s allies’ talks", ["Russia’s", "allies’", "talks"]),
        ("won’t re-elect", ["won’t", "re-elect"]),
        ("21,000 people, 3.5% more", ["21,000", "people", ",", "3.5%", "more"]),
        ("“Yes,” he said…", ["“", "Yes", ",", "”", "he", "said", "…"]),
        ("", []),
    ],
)
def test_tokens(text, expected, lexicon):
    words = tokens(text, abbreviations=lexicon.abbreviations)
    assert [w.text for w in words] == expected
    assert all(text[w.start : w.end] == w.text for w in words)


def test_tokens_within_a_range_keep_document_offsets(lexicon):
    text = "Intro. Mr. Lavrov said so."
    words = tokens(text, 7, len(text), abbreviations=lexicon.abbreviations)
    assert [(w.start, w.text) for w in words] == [(7, "Mr."), (11, "Lavrov"), (18, "said"), (23, "so"), (25, ".")]


@pytest.mark.parametrize(
    ("line", "first", "expected"),
    [
        ("Blinken Says We Are Ready In Geneva", False, True),       # title case, no full stop
        ("Russia and Ukraine", False, True),                        # short, no sentence ending
        ("Lavrov said that the talks were useful and would go on.", False, False),
        ("Lavrov Said The Talks Were Useful And Would Go On.", True, True),   # a title-case first line
        ("Lavrov Said The Talks Were Useful And Would Go On.", False, True),  # ... short enough anywhere
        (" ".join(["Word"] * 30) + ".", False, False),              # a long title-case line is prose ...
        (" ".join(["Word"] * 30) + ".", True, True),                # ... unless it opens the article
        (" ".join(["word"] * 25), False, False),                     # long with no ending: prose
        ("“We are ready,” he said.", False, False),
        ("---", False, True),                                        # no words at all
        # a photo credit after the prose keeps it prose; a credit alone is still no sentence
        ("Ana Ruiz has lived on the street for years. (Paul Ng / Daily Record)", False, False),
        ("She said she looked for the co-worker. (Tim Roe/CBC)", False, False),
        ("(Paul Ng / Daily Record)", False, True),
        ("Harbour Lights (Part Two)", False, True),
    ],
)
def test_looks_like_headline(line, first, expected):
    assert looks_like_headline(line, first=first) is expected


def test_sentences_are_cut_from_the_paragraph_tokens(lexicon):
    text = ("Mr. Blinken met Gen. Milley on Jan. 5. “We are ready.” He said the U.S. was ready.\n\n"
            "Lavrov said so, adding: “No.”")
    lay = layout(text, lexicon=lexicon)
    for sentence in lay.sentences:
        assert list(sentence.words) == tokens(text, sentence.span.start, sentence.span.end,
                                              abbreviations=lexicon.abbreviations)
        inside = [owner is not None for owner in sentence.quotation_of]
        for word, quoted in zip(sentence.words, inside):
            assert quoted == any(q.outer_start <= word.start < q.outer_end for q in lay.quotations)
    assert [s.span.text for s in lay.sentences] == [
        "Mr. Blinken met Gen. Milley on Jan. 5.",
        "“We are ready.” He said the U.S. was ready.",  # a quotation opening its sentence keeps its attribution
        "Lavrov said so, adding: “No.”",
    ]

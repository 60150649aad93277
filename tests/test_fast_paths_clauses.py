"""Speed round 8, clauses and cues: the shortcuts of the clause and cue modules give the plain computation's answers.

Each test reads every sentence of the golden articles and of made-up word salads (cue words,
commas, quotations, subordinators) and compares a shortcut with the computation it replaced.
"""

from __future__ import annotations


import pytest

from quotes.lexicon import load_lexicon
from quotes.pipeline import clause_shape, clauses, cues, preposed
from quotes.pipeline.sentence import SentenceReader

VOCABULARY = ("said", "Said", "SAID", "says", "told", "Told", "that", "that", ",", ",", ",", ";", ":", ".", "he",
              "she", "the", "The", "reporters", "on", "Monday", "in", "a", "statement", "it", "was", "is", "and",
              "but", "when", "When", "While", "if", "as", "who", "which", "“", "”", "officials", "Smith", "added",
              "Declaring", "2013", "Report", "report", "found", "according", "to", "who", "voters", "Trump")


@pytest.fixture(scope="module")
def readers():
    from tests.conftest import golden_texts, sentence_readers, word_salads

    return list(sentence_readers([*golden_texts(), *word_salads(VOCABULARY, 1_500, seed=8, shortest=2, longest=40)]))


def test_a_cue_words_capital_is_read_from_its_lower_case_form(readers):
    """``cues._single_cue`` asks whether a cue word is capitalised only when it differs from its
    lower-case form: cue forms open with a letter, so no cue word opens with a digit."""
    lexicon = load_lexicon()
    assert all(form[:1].isalpha() and form == form.lower() for form in lexicon.cue_forms)
    compared = lower_case_cues = 0
    for reader in readers:
        for index, form in enumerate(reader.lowered):
            entries = lexicon.cue_forms.get(form)
            if not entries or reader.quoted_flags[index]:
                continue
            word = reader.texts[index]
            assert (word != form and word[:1].isupper()) == reader.capitalised(index)
            compared += 1
            found = cues._single_cue(reader, index)
            if reader.capitalised(index) and not reader.is_mark(index - 1):  # the capital's own answer
                opening = index == 0 and form.endswith("ing") and reader.low(index + 1) != ":"
                assert found == (entries if opening or cues.is_channel(reader, index, entries) else ())
            elif not reader.capitalised(index):
                lower_case_cues += bool(found)
    assert compared > 5_000 and lower_case_cues > 2_000


def _plain_stop(reader: SentenceReader, first: int) -> int:
    return reader.next_where("plain_words_stop (plain)", lambda index: reader.lowered[index] in (",", ";", ":", ".")
                             and clause_shape._ends_plain_words(reader, index), first)


def test_plain_words_stop_where_next_where_stops(readers):
    """``clause_shape._plain_words_stop`` (a look ahead, then its own per-sentence table) answers
    what ``SentenceReader.next_where`` with the test per word answered, from every word."""
    compared = 0
    for reader in readers:
        for first in (*range(reader.size + 2), *range(reader.size + 1, -2, -1)):
            assert clause_shape._plain_words_stop(reader, first) == _plain_stop(reader, first), (reader.texts, first)
            compared += 1
    assert compared > 50_000


def test_the_first_plain_word_is_the_first_neither_quoted_nor_a_comma(readers):
    compared = 0
    for reader in readers:
        plain = next((index for index, (quoted, word) in enumerate(zip(reader.quoted_flags, reader.lowered))
                      if not quoted and word != ","), reader.size)
        assert preposed._first_plain_word(reader) == plain
        compared += plain > 0
    assert compared > 100


def _main_clause_cue(reader: SentenceReader, first: int) -> bool:
    comma = next((i for i in range(first - 1, max(0, first - clauses.MAIN_CLAUSE_REACH), -1)
                  if reader.low(i) == "," and not reader.quoted(i)), -1)
    if comma < 0 or first - comma < 3:
        return False
    between = reader.lowered[comma + 1:first - 1]
    return not any(word in reader.lexicon.lists["subordinators"] or word in ("who", "which", "whom", "whose", "where")
                   for word in between)


def test_a_main_clause_cue_is_found_with_plain_loops(readers):
    compared = 0
    for reader in readers:
        for first in range(reader.size + 3):
            expected = _main_clause_cue(reader, first)
            assert clauses._main_clause_cue(reader, first) == expected, (reader.texts, first)
            compared += expected
    assert compared > 1_000

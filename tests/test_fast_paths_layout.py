"""Speed round 8, layout: each shortcut gives the answers of the plain computation it replaces.

The headline test's shortcut for prose, non-blank lines cut by ``str.splitlines``, the full stops
of the token table found by ``str.find``, the tokens of an ASCII twin read again from the text only
where a letter was replaced, quotation marks looked for only where a glyph of one is: each is
compared here with the computation it replaced, on made-up texts and on the golden articles.
"""

from __future__ import annotations

import importlib
import itertools
import random
import re

import pytest

from quotes.lexicon import load_lexicon
from quotes.pipeline import marks, tokens
from quotes.pipeline.layout import looks_like_headline, stripped_lines

layout = importlib.import_module("quotes.pipeline.layout")  # the module (the package's ``layout`` is its function)

# letters of both cases, ’ ' - (they join words), the marks, stops and every kind of space and line break
ALPHABET = list("abcAB019 .,;:!?'’‘“”\"«»„`-‐—()\n\t\r") + [
    "\xa0", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "é", "É", "ß", "ǅ",
    "\u0301", "U.S.", "Sen.", "the ", "said ", "of ", "to ", "in ", "Inc.", "Nov."]


@pytest.fixture(scope="module")
def golden_texts():
    from tests.conftest import golden_texts

    return golden_texts()


def made_up(count: int, seed: int, longest: int = 60) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def headline_by_every_word(line: str, *, first: bool, plain: bool) -> bool:
    """``looks_like_headline`` as it was: every word read by the pattern, in order."""
    small_words = load_lexicon().lists["headline_small_words"]
    ends_sentence = layout._ends_sentence(line) or (
        line.endswith(")") and layout._ends_sentence(layout._TRAILING_PARENTHESIS.sub("", line)))
    count = content = lowercase = 0
    for match in (layout._PLAIN_WORDS if plain else layout._WORDS).finditer(line):
        count += 1
        word = match.group()
        if word.lower() not in small_words:
            content += 1
            if not word[0].isupper():
                lowercase += 1
                if lowercase > 1 and ends_sentence:
                    return False
        if count > 20 and lowercase > 1:
            return False
    if not count:
        return True
    if not ends_sentence and count <= 20:
        return True
    return content >= 4 and lowercase <= 1 and (first or count <= 25)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_headline_is_told_from_prose_as_by_reading_every_word(seed, golden_texts):
    lexicon = load_lexicon()
    lines = [line + end for line in made_up(4_000, seed) for end in ("", ".", "”", " (AP)")]
    lines += [text[start:end] for text in golden_texts for start, end in stripped_lines(text)]
    prose = 0
    for line in lines:
        # (with plain=True even where a letter is outside ASCII: the shortcut holds whatever the caller says)
        for first, plain in itertools.product((False, True), {tokens.plain_letters(line), True}):
            expected = headline_by_every_word(line, first=first, plain=plain)
            assert looks_like_headline(line, first=first, lexicon=lexicon, plain=plain) == expected, repr(line)
        prose += layout._two_lower_case_words(line, lexicon.lists["headline_small_words"])
    assert prose > 500  # the shortcut is taken


# a line without the white space around it, as a pattern found it before
STRIPPED_LINE = re.compile(r"[^\s](?:[^\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]*[^\s])?")


def test_the_lines_of_a_text_are_cut_as_the_pattern_finds_them(golden_texts):
    for text in [*made_up(20_000, 3), *golden_texts]:
        assert stripped_lines(text) == [match.span() for match in STRIPPED_LINE.finditer(text)], repr(text)


def columns_by_comparing_tokens(text: str, abbreviations: frozenset[str]) -> tuple[list, list, list]:
    """``token_columns`` as it was: the full stops found by comparing every token with "."."""
    pieces = tokens.splitter(text)(text)
    offsets = list(itertools.accumulate(map(len, pieces), initial=0))
    texts, starts, ends = pieces[1::2], offsets[1::2], offsets[2::2]
    stops = [index for index, token in enumerate(texts) if token == "."]
    joined = [index for index in stops if index and ends[index - 1] == starts[index]
              and texts[index - 1][:1].isalpha() and tokens._is_abbreviation(texts[index - 1] + ".", abbreviations)]
    texts, starts, ends = (tokens._without(column, joined) for column in (texts, starts, ends))
    for count, index in enumerate(joined):
        texts[index - 1 - count] += "."
        ends[index - 1 - count] += 1
    return texts, starts, ends


def test_abbreviations_are_joined_as_by_comparing_every_token(golden_texts):
    abbreviations = load_lexicon().abbreviations
    joined = 0
    for text in [*made_up(20_000, 4), *golden_texts]:
        found = tokens.token_columns(text, abbreviations)
        assert found == columns_by_comparing_tokens(text, abbreviations), repr(text)
        joined += any(word.endswith(".") and len(word) > 1 for word in found[0])
    assert joined > 1_000
    # offsets counted from a start within a longer text
    for text in golden_texts:
        assert [word.text for word in tokens.tokens(text, 40, 900, abbreviations=abbreviations)] == (
            columns_by_comparing_tokens(text[40:900], abbreviations)[0])


def marks_by_iterating(text: str, start: int, end: int, glyphs: frozenset[str], plain: bool) -> list[marks.Mark]:
    """``marks_in`` as it was: every match of the pattern read in turn."""
    single = glyphs is not marks.DOUBLE_MARKS
    pattern = (marks._PLAIN_SINGLE_PATTERN if plain else marks._SINGLE_PATTERN) if single else marks._DOUBLE_PATTERN
    found = []
    for match in pattern.finditer(text, start, end):
        position, width = match.start(), match.end() - match.start()
        if single and start < position < end - 1 and text[position - 1].isalnum() and text[position + 1].isalnum():
            continue
        role = marks.classify(text, position, start, end, width)
        if role is not None:
            found.append(marks.Mark(position, match.group(), role, width))
    return found


def test_quotation_marks_are_found_as_by_iterating_the_pattern(golden_texts):
    from quotes.model import text_span

    rng = random.Random(6)
    found = 0
    for text in [*made_up(20_000, 5), *golden_texts]:
        for _ in range(3):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            span = text_span(text, start, end)
            plain = tokens.plain_letters(text)
            for glyphs in (marks.DOUBLE_MARKS, marks.SINGLE_MARKS):
                expected = marks_by_iterating(text, start, end, glyphs, plain)
                assert marks.marks_in(text, span, glyphs, plain=plain) == expected, (repr(text), start, end)
                found += len(expected)
    assert found > 5_000


def test_no_token_but_a_stop_opens_with_a_full_stop(golden_texts):
    # what ``token_columns`` relies on to find the stops among the tokens by their offsets alone
    for text in [*made_up(20_000, 8), *golden_texts]:
        for token in tokens.splitter(text)(text)[1::2]:
            assert not token.startswith(".") or token == ".", repr(text)


def sentences_by_every_stop(text: str, paragraph, plain: bool) -> list:
    """``layout.sentences`` of a paragraph holding no quotation, as it was: every stop read."""
    lexicon = load_lexicon()
    patterns = layout._PLAIN if plain else layout._UNICODE
    end = paragraph.end
    cuts = [paragraph.start]
    for match in patterns.sentence_end.finditer(text, paragraph.start, end):
        if match.end() < end and layout._is_sentence_boundary(text, match, lexicon, end, patterns):
            cuts.append(match.end())
    whole = paragraph.text
    if len(cuts) == 1 and whole and not whole[0].isspace() and not whole[-1].isspace():
        return [paragraph]
    cuts.append(paragraph.end)
    return layout._between(text, cuts)


def test_a_paragraph_is_cut_into_sentences_as_by_reading_every_stop(golden_texts):
    from quotes.model import text_span

    lexicon = load_lexicon()
    rng = random.Random(9)
    uncut = 0
    for text in [*made_up(20_000, 10), *golden_texts]:
        plain = tokens.plain_letters(text)
        spans = [text_span(text, start, end) for start, end in stripped_lines(text)]
        start = rng.randint(0, len(text))
        # and any span, with spaces and line breaks at its ends
        spans.append(text_span(text, start, rng.randint(start, len(text))))
        for span in spans:
            found = layout.sentences(text, span, lexicon=lexicon, plain=plain)
            assert found == sentences_by_every_stop(text, span, plain), (repr(text), span)
            uncut += len(found) == 1
    assert uncut > 5_000

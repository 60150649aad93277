"""The same statement in many articles (quotes.statements, issue 18), from made-up quotes."""

from __future__ import annotations

import pytest

from quotes.statements import MIN_WORDS, group_statements, statement_words

LONG = "We will rebuild the bridge by spring, and the school will reopen in the autumn"


@pytest.mark.parametrize(("text", "words"), [
    ("“We will rebuild it,” ", (("we", "will", "rebuild", "it"),)),
    ('"WE WILL REBUILD IT."', (("we", "will", "rebuild", "it"),)),  # case and marks
    ("We will … rebuild it", (("we", "will"), ("rebuild", "it"))),  # an ellipsis splits the stretches
    ("We will ... rebuild it", (("we", "will"), ("rebuild", "it"))),
    ("We will. . . rebuild it", (("we", "will"), ("rebuild", "it"))),
    ("[The council] will rebuild it", (("will", "rebuild", "it"),)),  # a bracketed insertion stands for words
    ("We’re ready; we're able", (("were", "ready", "were", "able"),)),  # apostrophes of any shape
    ("Crème brûlée, please!", (("creme", "brulee", "please"),)),  # accents
    ("…", ()),
])
def test_the_words_a_statement_is_compared_by(text, words):
    assert statement_words(text) == words


def grouped(*texts: str, same_article: bool = False) -> list[int | None]:
    return group_statements([("a" if same_article else f"article-{i}", text) for i, text in enumerate(texts)])


@pytest.mark.parametrize(("first", "second", "same"), [
    (f"“{LONG}.”", f'"{LONG.lower()}"', True),  # quotation marks, case, punctuation
    (LONG, "We will rebuild the bridge … the school will reopen in the autumn", True),  # an ellipsis
    (LONG, "[The mayor] will rebuild the bridge by spring, and the school will reopen in the autumn", True),
    (LONG, "rebuild the bridge by spring, and the school", True),  # a shorter quote inside a longer one
    (LONG, "the school will reopen in the autumn", True),
    (LONG, "We will rebuild the bridge by summer, and the school will reopen in the autumn", False),
    (LONG, "the bridge will reopen in the autumn and the school by spring", False),  # same words, not in order
    ("the school will reopen", "the school will reopen", False),  # fewer than MIN_WORDS words: too common
    ("A great deal of money was spent", "Not a great deal of money was spent at all", True),
])
def test_two_articles_carrying_one_statement(first, second, same):
    groups = grouped(first, second)
    assert (groups[0] is not None and groups[0] == groups[1]) is same


def test_a_statement_needs_two_articles():
    assert grouped(LONG, LONG, same_article=True) == [None, None]
    assert grouped(LONG, LONG) == [1, 1]


def test_statements_are_numbered_in_the_order_of_their_first_quote():
    other = "The library will stay open late on Thursdays from next month"
    assert grouped(other, LONG, other, LONG, "unrelated words said just once here") == [1, 2, 1, 2, None]


def test_a_short_quote_in_two_different_statements_joins_neither():
    common = "the people of this town deserve better"
    first = f"{common} than potholes and broken lights on every street"
    second = f"After ten years of neglect {common} and they will get it"
    groups = grouped(first, second, common)
    assert groups[0] is None and groups[1] is None and groups[2] is None


def test_a_long_quote_in_two_excerpts_joins_them():
    middle = "the people of this town deserve better than potholes and broken lights on every street"
    first = f"After ten years of neglect {middle}"
    second = f"{middle} and they will get them fixed"
    assert len(middle.split()) >= 12
    groups = grouped(first, second, middle)
    assert groups[0] == groups[1] == groups[2] is not None


def test_min_words_is_the_documented_floor():
    words = " ".join(["word"] * (MIN_WORDS - 1))
    assert grouped(words, words) == [None, None]
    assert grouped(words + " more", words + " more") == [1, 1]

"""The source phrase of an attribution after a quotation (`“…,” the lanky, bespectacled professor
said`): where a name ends before its appositive, and whether the words can be a source at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .sentence import SentenceReader


def name_before_appositive(reader: SentenceReader, first: int, last: int) -> int:
    """`J. Gerald Hebert, executive director of the Center` -> the words before the comma; a role
    before the name it is given (`his mother, Mary Smith`) -> both."""
    comma = next((i for i in range(first, last + 1) if reader.low(i) == ","), None)
    if comma is None or comma <= first:
        return last
    if not reader.capitalised(first) and comma < last and all(
            reader.capitalised(i) for i in range(comma + 1, last + 1)):
        return last  # the name after the role, which resolution reads (`his mother, Mary Smith`)
    if (reader.is_word(first, "determiner") and comma - first <= 2 and comma < last
            and not any(reader.capitalised(i) or reader.is_word(i, "determiner") for i in range(first + 1, last + 1))):
        return last  # `the lanky, bespectacled professor`: adjectives in a row, one phrase
    if reader.is_word(first, "determiner") and _place_then_noun(reader, first + 1, last):
        return last  # `the Salem, N.J., native`: a place with its state, then the noun it modifies
    return comma - 1


def _place_then_noun(reader: SentenceReader, first: int, last: int) -> bool:
    """Capitalised words with commas between them (a place and its state or country), a comma,
    then one or two lower-case words that end the phrase: `Salem, N.J., native`."""
    commas = [i for i in range(first, last + 1) if reader.low(i) == ","]
    if not commas or not 1 <= last - commas[-1] <= 2:
        return False
    place = [i for i in range(first, commas[-1]) if reader.low(i) != ","]
    tail = range(commas[-1] + 1, last + 1)
    return bool(place) and all(reader.capitalised(i) for i in place) and all(
        reader.texts[i].isalpha() and reader.texts[i].islower() for i in tail)


def plausible_source(reader: SentenceReader, found: tuple[int, int]) -> bool:
    first = found[0]
    return (
        reader.capitalised(first)
        or reader.is_word(first, "subject_pronoun")
        or reader.is_word(first, "determiner")
        or reader.np_word(first)
        or reader.low(first).split("-")[0]
        in reader.lexicon.words["role_time"]  # "then-Surrey mayoral candidate Doug McCallum responded"
        or _role_then_name(reader, first, found[1])  # "said lead author Dr. Allan Garland"
    ) and not reader.is_word(first, "preposition")


def _role_then_name(reader: SentenceReader, first: int, last: int) -> bool:
    """A few lower-case role words, then a capitalised name: `lead author Dr. Allan Garland`."""
    index = first
    while (index <= last and index - first < 5 and reader.texts[index].isalpha()
           and reader.texts[index][:1].islower()
           and ((reader.low(index) == "and" and index > first) or not _grammar_word(reader, index))):
        index += 1  # "oil and gas worker Mike Wipf": and between the role's words
    return first < index <= last and reader.capitalised(index) and reader.low(index - 1) != "and"


def _grammar_word(reader: SentenceReader, index: int) -> bool:
    """A word of the grammar, no role's: a preposition, determiner, pronoun, auxiliary or conjunction."""
    return reader.low(index) in reader.lexicon.words["clause_boundary"] or any(
        reader.is_word(index, kind) for kind in ("preposition", "determiner", "subject_pronoun", "auxiliary"))

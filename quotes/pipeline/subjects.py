"""The subject of a cue: ``source_left`` and the shapes a subject takes before its verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names.organisations import made_adjective
from .parentheticals import subject_before_parenthetical
from .phrases import (
    after_leading_connective,
    document_then_participle,
    document_with_relative,
    finite_cue,
    np_before,
    quotation_ends_with_comma,
)
from .sentence import MARK_GLYPHS
from .subject_shapes import (
    bare_plural_subject,
    catenated_verb,
    gerund_before_noun,
    subject_before_modifier,
    subject_with_postmodifier,
    verbless_opening,
)
from .tokens import WordAnswers, is_year

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from ..model import Span
    from .sentence import SentenceReader


def source_left(reader: SentenceReader, cue_index: int) -> tuple[str, Span | None]:
    """The subject of the cue at ``cue_index``: ("np", span), ("chained"|"and"|"negated"|"none", None).

    Kept per sentence (table ``source_left``: cue index -> answer): besides the cue's own rule,
    the subject of an earlier cue is asked again by every participle chained to it
    (``previous_cue_source``) and by verbs coordinated with it (``coordinated_subject``)."""
    known = reader.tables.get("source_left")
    if known is None:
        known = reader.tables["source_left"] = {}
        # whether the sentence holds a document noun: most hold none, and then no cue's windows need reading for one
        reader.tables["source_left_documents"] = not reader.lexicon.words["document_noun"].isdisjoint(reader.lowered)
    found = known.get(cue_index)
    if found is None:
        found = known[cue_index] = _source_left(reader, cue_index, reader.tables["source_left_documents"])
    return found


def _source_left(reader: SentenceReader, cue_index: int, documents_held: bool) -> tuple[str, Span | None]:
    index = cue_index - 1
    words, lowered, lexicon = reader.lexicon.words, reader.lowered, reader.lexicon
    cue_word = lowered[cue_index]  # a word of the sentence
    if cue_word == "let" and reader.low(index) == "to":
        return "chained", None  # "He texted Cerato to let her know he was …": the texter
    times = words["time"]
    participle = cue_word.endswith("ing")  # "…, adding that", "inviting them": asked below again and again
    walkable = _WALKABLE.answers if _WALKABLE.lexicon is lexicon else {}  # (read with no call: ``np_word``'s way)
    # the walk reads the columns directly: it stays within the sentence's words before the cue
    while index >= 0:
        word = lowered[index]
        may_walk = walkable.get(word)
        if may_walk is None:
            may_walk = _WALKABLE.put(lexicon, word, _may_walk_past(word, lexicon))
        walks = may_walk and _walks_past(reader, index, word)  # most words the walk meets: no call
        # a date phrase ends here or among the words walked past: right before the cue, only at a date word
        # (a year has four characters: that cheap test first)
        if not walks and (participle or (index == cue_index - 1 and word not in times
                                         and not (len(word) == 4 and is_year(word)))):
            break  # (a surname, asked next, would end the walk at the same word)
        # a capitalised modal or month after a given name or an honorific is a surname
        if index and _after_given_name(reader, index):
            break  # "Theresa May said", "Ms. May said", "Brian May said": a name, no modal or month
        if not walks:
            dated = _dated_phrase_start(reader, index, cue_index)
            if dated is None:
                break
            if not _subject_opens_clause(reader, dated):
                return "none", None  # "win back the Senate in 2016 say": a date phrase is no subject
            index = dated  # "a TransLink study in 2017 concluded", "records from December 2017 indicated"
        index -= 1
    if documents_held:
        # both shapes below read a document noun in 8 words before the walk's end or 3 after the sentence's opening:
        documents, opening = words["document_noun"], after_leading_connective(reader)  # with none there, no walk
        documents_near = not documents.isdisjoint(lowered[index - 8 if index > 8 else 0:index if index > 0 else 0]) or (
            not documents.isdisjoint(lowered[opening + 1:opening + 4 if opening + 4 < cue_index else cue_index]))
        documented = (document_then_participle(reader, index) or document_with_relative(reader, cue_index)
                      ) if documents_near and finite_cue(reader, cue_index) else None
        if documented is not None:
            return "np", reader.span(*documented)  # "A study [published Monday in Nature] found that …"
    if not words["negation"].isdisjoint(lowered[index - 1 if index > 0 else 0:cue_index]):
        return "negated", None
    before_cue = lowered[cue_index - 1] if cue_index else ""
    if index < 0 or (before_cue in lexicon.lists["be_forms"] and not participle):
        return "none", None  # a passive: "It was said that …" names no one; or no word is left
    word = lowered[index]
    if participle and (word == "," or quotation_ends_with_comma(reader, index)):
        return "chained", None
    if participle and before_cue not in words["auxiliary"] and index == cue_index - 1:
        if gerund_before_noun(reader, index, cue_index):
            return "none", None  # "Rogers’s publishing employees": a gerund modifying a noun, no verb
        if reader.capitalised(index) and not is_year(reader.texts[index]) and not reader.quoted(index):
            # not "a lawsuit in 2013 alleging": a year is no subject
            named = np_before(reader, index)
            if named is not None:
                return "np", reader.span(named[0], named[1])  # "with Donald Trump tweeting that …"
        return "chained", None  # "sent an email to supporters inviting them …": the sender speaks
    possessive = False  # (a word with no apostrophe is none)
    # the rules up to the next one ask about a mark, a joiner, a possessive or a contraction: with none
    # of their words (most words before a cue: names, pronouns), none is asked
    if word in _MARKS_AND_JOINERS or "’" in word or "'" in word:
        if word == "," and _inverted_source_follows(reader, cue_index + 1):
            return "none", None  # "…, whom he's alienated, said Larry Sabato": the source comes after
        # "… “activating his network,” said Bryan English": the name after speaks (a quotation can end
        # only at a mark, and the word's form is the mark's glyph: that cheap test first)
        if not participle and word in MARK_GLYPHS and quotation_ends_with_comma(reader, index) and not (
                _inverted_source_follows(reader, cue_index + 1)):
            comma = index
            while comma > 0 and reader.is_mark(comma):
                comma -= 1  # the comma inside the closing marks closes the parenthetical
            subject = subject_before_parenthetical(reader, comma)
            if subject is not None:
                return "np", subject
        if word in (",", "-", "—", "–", ")"):
            subject = subject_before_parenthetical(reader, index)
            return ("np", subject) if subject is not None else ("none", None)
        if word in ("who", "which") and reader.low(index - 1) == ",":
            if np_before(reader, index - 2) is not None:
                return "np", reader.span(index, index)  # resolved through its antecedent
            return "none", None
        if word in ("and", "but"):
            return "and", None  # "… and said that", "…, but said she should face no charges": the first verb's subject
        if word in ("his", "her", "their") and cue_word in words["nominal_cue"]:
            return "nominal", reader.span(index, index)  # "his statement that …": the pronoun's person
        possessive = word.endswith(("’s", "'s"))  # asked twice below
        if possessive and cue_word in words["nominal_cue"]:
            possessor = np_before(reader, index)
            if possessor is not None and reader.capitalised(possessor[0]):
                return "nominal", reader.span(possessor[0], index)  # "Moscow’s claims that …"
            return "none", None
        if "’" in word or "'" in word:  # a contraction: the word cut at its apostrophe differs from the word
            contracted = word.split("’")[0].split("'")[0]
            if contracted in words["subject_pronoun"] and contracted not in (
                    "it", "this", "that", "there", "what", "who"):
                return "np", reader.span(index, index)  # "He’s signalled …", "They’ve said …": has, not is
        if word == "to":
            verb = catenated_verb(reader, index, cue_index)
            if verb is not None:
                return source_left(reader, verb)  # "Smith seemed to suggest that …": the subject of `seemed`
    if word in words["preposition"] or possessive or word in lexicon.lists["noun_determiners"]:
        return "none", None  # "in an attempt to reassure", "review every complaint": not a speech act
    if word in words["subject_pronoun"] and word not in ("this", "these", "those", "there"):
        return "np", reader.span(index, index)
    found = (subject_with_postmodifier(reader, index) or np_before(reader, index)
             or bare_plural_subject(reader, index) or subject_before_modifier(reader, index)
             or verbless_opening(reader, index))
    if found is None:
        return "none", None
    # both readings below open on an article (asked first: most subjects open on none)
    if (lowered[found[0]] in ("a", "an") or (index and lowered[index - 1] in ("a", "an"))) and (
            _article_and_modifier(reader, found, cue_index)
            or _article_and_modifier(reader, (index - 1, index), cue_index)):
        return "none", None  # "made an unprompted call for …", "a written answer": the cue is a noun
    head = lowered[found[1]]
    if (
        found[0] > 0
        and lowered[found[0] - 1] in ("in", "during", "via")
        and head in reader.lexicon.lists["media"]
        and not reader.capitalised(found[1])
    ):
        return source_left(reader, found[0] - 1)  # "… and in a carefully worded response said": the medium is no source
    if lowered[found[0]] in words["determiner"] and _modifier_only(reader, found):  # (its first test, asked here)
        return "chained", None  # "repeating a false claim that …": a noun cue; the clause's subject speaks
    relative = _subject_with_relative_clause(reader, found[0])
    if relative is not None:
        return "np", reader.span(*relative)  # "An official … who was present in court told": not "court"
    first, last = found
    if last > first:  # (a subject of one word, a name or a noun, is that word: none of the rules below cuts it)
        if head == "that":
            last -= 1  # "a report in the Globe that alleged": the relative's antecedent
        first = _relative_subject_start(reader, (first, last))
        if lowered[first] in ("what", "whatever") and last > first:
            first += 1  # "What the commission described as …": a free relative; its subject speaks
    return "np", reader.span(first, last)


_MARKS_AND_JOINERS = MARK_GLYPHS | {",", "-", "—", "–", ")", "who", "which", "and", "but", "his", "her", "their", "to"}
_WALKABLE = WordAnswers()  # ``_may_walk_past`` of a word: the word and the lexicon decide


def _may_walk_past(word: str, lexicon: Lexicon) -> bool:
    """Whether ``_walks_past`` may hold at ``word``, whatever words stand around it (most words
    before a cue, names and pronouns, are none of these)."""
    words = lexicon.words
    return (word in words["adverb"] or word in words["auxiliary"] or word in words["time"]
            or word in ("on", "this", "for", "over", "the", "long") or word in lexicon.lists["reflexives"]
            or word.endswith("s") or (word.endswith("ly") and len(word) > 4 and word not in lexicon.lists["ly_nouns"]))


def _walks_past(reader: SentenceReader, index: int, word: str) -> bool:
    """Whether the walk from a cue to its subject goes on past ``word``, the word at ``index``: an
    adverb, an auxiliary, a time, a reflexive (`have for years been saying`, `earlier this week`)."""
    words, lexicon = reader.lexicon.words, reader.lexicon
    times = words["time"]
    return (
        word in words["adverb"]
        or word in words["auxiliary"]
        or (word in times and word != "this")
        or (word in ("on", "this") and reader.lowered[index + 1] in times)  # "earlier this week"
        or word in lexicon.lists["reflexives"]
        # "have for years been saying": the word is `for`, `over`, `the` or a plural (most words: no call)
        or ((word in ("for", "over", "the") or word.endswith("s")) and _span_of_time(reader, index))
        or (word.endswith("ly") and len(word) > 4 and not reader.capitalised(index)
            and word not in lexicon.lists["ly_nouns"]
            and not _after_determiner(reader, index))  # "The family said": a noun, no adverb
        or (word == "long" and reader.low(index - 1) in ("has", "have", "had"))  # "has long argued"
    )


def _after_given_name(reader: SentenceReader, index: int) -> bool:
    """A capitalised word after a given name or an honorific: a surname (the word before asked first)."""
    before = reader.texts[index - 1]
    return (before in reader.lexicon.given_names or before in reader.lexicon.honorifics) and reader.capitalised(index)


def _article_and_modifier(reader: SentenceReader, found: tuple[int, int], cue_index: int) -> bool:
    """An article and only lower-case modifiers before the cue word: a noun (`an unprompted call`)."""
    first, last = found
    if not (last == cue_index - 1 and last > first and reader.low(first) in ("a", "an")):  # not "the accused said"
        return False
    if not all((reader.texts[i].islower() and not reader.np_word(i)) or made_adjective(reader.texts[i])
               for i in range(first + 1, last + 1)):
        return False  # "a Trump-style retort": a name made an adjective modifies the noun too
    modifier = reader.low(last)  # an adjective's form, not a noun's ("the old man said")
    return modifier.endswith(("ed", "ing", "ten", "ken")) or made_adjective(modifier) or modifier.endswith(tuple(
        e for e in reader.lexicon.endings["adjective_noun_endings"] if e != "s"))


def _after_determiner(reader: SentenceReader, index: int) -> bool:
    return index > 0 and reader.is_word(index - 1, "determiner")  # not "Britain’s emotionally charged"


def _inverted_source_follows(reader: SentenceReader, index: int) -> bool:
    """A capitalised name right after the cue (past an age or a few role words: `insists
    16-year-old Xander Wise`), then the sentence end or an appositive comma."""
    probe = index
    while probe < index + 6 and not reader.quoted(probe) and not reader.capitalised(probe) and (
            reader.low(probe).isdigit() or reader.low(probe) in ("-", "‐", "year-old", "years-old")
            or reader.low(probe) in reader.lexicon.title_words
            or reader.low(probe) in reader.lexicon.words["person_noun"]
            ) and not reader.is_word(probe, "determiner") and not reader.is_word(probe, "preposition"):
        probe += 1  # "16-year-old", "lead author"
    index = probe
    if not reader.capitalised(index) or reader.quoted(index):
        return False
    end = index
    while end + 1 < reader.size and reader.capitalised(end + 1) and not reader.quoted(end + 1):
        end += 1
    return reader.low(end + 1) in ("", ".", ",", "!", "?")


def _modifier_only(reader: SentenceReader, found: tuple[int, int]) -> bool:
    first, last = found
    if reader.lowered[first] not in reader.lexicon.words["determiner"]:
        return False  # asked first (the answer needs it): most subjects, names, open on no determiner
    word = reader.low(last)
    if reader.capitalised(last) or reader.is_word(last, "subject_pronoun") or word.endswith(("’s", "'s")):
        return False
    lex = reader.lexicon
    nounish = (
        word in lex.words["np_head"]
        or word in lex.unnamed_heads
        or word in lex.title_words
        or word in lex.org_heads
        or (word.endswith("s") and not word.endswith("ss"))
        or word in ("both", "all", "many", "some", "others")
        or word in lex.lists["adjective_like_people"]  # "her rival refused …": no adjective
    )
    adjectival = (
        # an adjective's ending, but not the -ing of "wing", "thing"
        (word.endswith(reader.lexicon.endings["adjective_endings"]) and not (word.endswith("ing") and len(word) <= 6))
        or word in reader.lexicon.lists["common_adjectives"]
    )
    return not nounish and adjectival


def _subject_with_relative_clause(reader: SentenceReader, first: int) -> tuple[int, int] | None:
    """`An official with the agency who was present in court told …`: the phrase found before the
    cue ends a relative clause `who …` whose antecedent opens the sentence — the antecedent is the
    subject (first, last word), else None."""
    reach = first - MAX_RELATIVE_WORDS if first > MAX_RELATIVE_WORDS else 0  # the first word asked
    if "who" not in reader.lowered[reach:first]:
        return None  # no `who` within reach (most subjects): the walk below would find none
    for who in range(first - 1, reach - 1, -1):
        low = reader.low(who)
        if reader.quoted(who) or low in (",", ";", ":", "—", "that", "which"):
            return None
        if low == "who":
            antecedent = subject_with_postmodifier(reader, who - 1) or np_before(reader, who - 1)
            if antecedent is None or antecedent[1] != who - 1:
                return None
            start = antecedent[0]
            opens = start == 0 or reader.low(start - 1) in (",", ";", ":", "and", "but")
            return (start, who - 1) if opens else None
    return None


MAX_RELATIVE_WORDS = 8  # words of a relative clause between its `who` and the cue


def _relative_subject_start(reader: SentenceReader, found: tuple[int, int]) -> int:
    """`in a move the company said was needed`: after a short noun phrase (`a move`), a second
    determiner opens the subject of a relative clause with no `that`; the subject starts there.
    With a relative pronoun (`six deaths that Lohmar said are unrelated`), after it."""
    lowered, quoted = reader.lowered, reader.quoted_flags  # the phrase's words: read directly
    for index in range(found[1] - 1, found[0], -1):
        if lowered[index] in ("that", "which", "whom") and not quoted[index]:
            return index + 1
    if lowered[found[0]] not in ("a", "an", "the", "this", "that"):
        return found[0]
    for index in range(found[0] + 3 if found[0] + 3 < found[1] else found[1], found[0], -1):  # "a move", "the plan"
        if lowered[index] in ("the", "a", "an") and not quoted[index]:
            before, classes = lowered[index - 1], reader.lexicon.words  # (``is_word``: ``before in classes[c]``)
            noun = reader.texts[index - 1]
            if (noun.isalpha() and noun.islower() and before not in ("all", "both", "half", "of", "and", "or")
                    and before not in classes["preposition"] and before not in classes["determiner"]
                    and before not in reader.lexicon.lists["quantifiers"]):
                return index
    return found[0]


def _span_of_time(reader: SentenceReader, index: int) -> bool:
    """A word of `for years`, `for decades`, `over the years` between an auxiliary and its verb."""
    window = reader.lowered[index - 2 if index > 2 else 0:index + 1]  # the words asked below, those in the sentence
    if "for" not in window and "over" not in window:
        return False  # most words: no preposition of the phrase near, no word asked one by one
    words = reader.lexicon.words
    for first in range(index - 2, index + 1):  # the phrase's preposition, at most two words back
        if reader.low(first) in ("for", "over") and reader.is_word(first - 1, "auxiliary"):
            noun = first + 1 + (reader.low(first + 1) == "the")
            plural = reader.low(noun)
            return first <= index <= noun and plural.endswith("s") and (
                plural[:-1] in words["time"] or plural == "decades")
    return False


def _dated_phrase_start(reader: SentenceReader, index: int, cue_index: int) -> int | None:
    """Where a date phrase ending at ``index`` starts, its preposition (`in 2017`, `from December
    2017`, `in March`); the words after ``index`` up to the cue are known to be adverbs or times."""
    first = index
    while first > 0 and _date_word(reader, first):
        first -= 1
    times = reader.lexicon.words["time"]  # (``_date_word`` of each word between, read from the column)
    dated = first < index or (index + 1 < cue_index and any(
        word in times or is_year(word) for word in reader.lowered[max(index + 1, 0):cue_index]))
    if not dated or first < 1 or reader.low(first) not in ("in", "from", "of", "since", "during"):
        return None
    return first


def _subject_opens_clause(reader: SentenceReader, preposition: int) -> bool:
    """Whether a noun phrase ends before ``preposition`` and opens its clause (the subject that a
    date phrase follows), not an object (`win back the Senate in 2016`)."""
    if not reader.low(preposition - 1).isalpha() or reader.is_word(preposition - 1, "preposition"):
        return False
    subject = np_before(reader, preposition - 1) or bare_plural_subject(reader, preposition - 1)
    if subject is None:
        return False
    before = reader.low(subject[0] - 1)
    return subject[0] == 0 or before in (",", ";", ":", "—", "–", "-") or before in reader.lexicon.words[
        "clause_boundary"]


def _date_word(reader: SentenceReader, index: int) -> bool:
    word = reader.low(index)
    return word in reader.lexicon.words["time"] or is_year(word)

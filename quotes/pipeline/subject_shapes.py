"""The shapes a cue's subject takes before its verb beyond a plain noun phrase: a postmodifier
(`officials familiar with the talks`), a workplace (`Jane Doe at the University of Toronto`), a
bare plural (`former employees`), a participle or relative after it, a verbless opening, a titled
name in an appositive (`former Foreign Minister Alicia Ferreyra`), a possessor's gerund before
its noun (`Rogers’s publishing employees`: no subject and verb), a name opening the sentence
before a chain of appositives (`Tareq Hadad, the co-founder of X, …, says`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import cue_entries_at
from .phrases import after_leading_connective, np_before, plain_noun

if TYPE_CHECKING:
    from .sentence import SentenceReader


MAX_OPENING_SUBJECT = 8


def verbless_opening(reader: SentenceReader, last: int) -> tuple[int, int] | None:
    """The words from the sentence start to the cue, when they hold no verb, comma or quotation:
    the subject, whatever its nouns (`Proponents of remediation agreements say …`)."""
    if reader.sentence.paragraph == 0:
        return None  # the title line: "Split on Supreme Court aids challenges to voter-ID laws."
    first = after_leading_connective(reader)
    if not 0 <= last - first < MAX_OPENING_SUBJECT or not reader.texts[first][:1].isupper():
        return None
    # the words asked are the sentence's (``texts[first]`` is one, and last < the cue): read directly
    lowered, quoted, texts, classes = reader.lowered, reader.quoted_flags, reader.texts, reader.lexicon.words
    for index in range(first, last + 1):
        low = lowered[index]
        if (quoted[index] or not texts[index][:1].isalnum()
                or low in classes["auxiliary"] or low in classes["finite_past"]
                or low in classes["clause_boundary"] or low in classes["subject_pronoun"]
                or low in classes["negation"] or low.endswith(("n't", "n’t")) or low == "cannot"
                or low in reader.lexicon.cue_forms or (low.endswith(("ed", "ing")) and len(low) > 4)):
            return None
    return (first, last)


def subject_before_modifier(reader: SentenceReader, last: int) -> tuple[int, int] | None:
    """`Some 56 percent of Cuban-Americans polled said` / `Hawkins and others who want to ban
    abortion said`: a participle or a restrictive relative clause after the subject."""
    if reader.low(last).endswith("ed") and last > 0:
        found = np_before(reader, last - 1)
        if found is not None and reader.capitalised(found[0]):
            return found
    # only at a `who` does the walk below find a subject: with none among its words (most subjects),
    # none is walked; past the sentence's end a word passes every test: the walk starts at its last word
    start = last - 1 if last < reader.size else reader.size - 1
    stop = last - 9 if last > 9 else 0
    lowered, quoted = reader.lowered, reader.quoted_flags
    if "who" not in lowered[stop + 1:start + 1]:
        return None
    for index in range(start, stop, -1):
        low = lowered[index]
        if quoted[index] or low in (",", ";", ":", "that"):
            return None
        if low == "who":
            found = np_before(reader, index - 1) or bare_plural_subject(reader, index - 1)
            if found is not None and reader.low(found[0] - 1) == "and" and reader.capitalised(found[0] - 2):
                found = (found[0] - 2, found[1])  # "Hawkins and others who …"
            return found
    return None


def _opens_clause(reader: SentenceReader, first: int) -> bool:
    """Word ``first`` opens the sentence or a clause (after a comma, `and`, `that`, a mark)."""
    return first == 0 or reader.low(first - 1) in (",", ";", ":", "and", "but", "that") or reader.is_mark(first - 1)


def _reduced_relative_head(reader: SentenceReader, participle: int) -> tuple[int, int] | None:
    """The noun phrase opening the clause right before a passive participle (`A man [accused of
    fraud]`, `Two people [injured in the crash]`), None when the word before is no noun's."""
    before = participle - 1
    if reader.is_word(before, "auxiliary") or reader.is_word(before, "subject_pronoun"):
        return None  # "he was accused of", "they charged with": a verb of its own
    found = np_before(reader, before)
    if found is None or found[1] != before or not _opens_clause(reader, found[0]):
        return None
    if not (reader.is_word(found[0], "determiner") or reader.low(found[0]).isdigit()
            or reader.low(found[0]) in reader.lexicon.lists["number_words"]):
        return None  # "Trump accused of …" is a headline's; a named subject's own verb is likelier
    return found


def subject_with_postmodifier(reader: SentenceReader, last: int) -> tuple[int, int] | None:
    """`a source close to him said`, `officials familiar with the talks said`, `Jane Doe at the
    University of Toronto said`, `A man charged with fraud said`."""
    lowered, quoted = reader.lowered, reader.quoted_flags
    # a word past the sentence's end passes every test below with no effect: the walk starts at its
    # last word, and reads the columns directly (this walk runs for most cues)
    start = last if last < reader.size else reader.size - 1
    stop = last - 9 if last > 9 else 0
    # each shape below needs one of its words among those the walk reads (a preposition of a workplace,
    # a postmodifier, a passive preposition after a participle): with none of them (most subjects), no
    # word is walked (tests/test_fast_paths.py compares it with the walk alone)
    if reader.lexicon.postmodifier_window_words.isdisjoint(lowered[stop + 1:start + 2]):
        return None
    lists = reader.lexicon.lists
    for index in range(start, stop, -1):
        low = lowered[index]
        if quoted[index] or low in (",", ";", ":"):
            return None
        affiliated = _affiliated_subject(reader, index, last) if low in ("with", "at", "from") else None
        if affiliated is not None:
            return affiliated
        if low.endswith("ed") and reader.low(index + 1) in lists["passive_prepositions"] and index > 0:
            found = _reduced_relative_head(reader, index)
            if found is not None:  # "A Winnipeg man charged with killing his neighbour told …"
                return (found[0], last)
        if low in lists["postmodifiers"] and index > 0:
            head = index - 1
            if reader.low(head) in reader.lexicon.unnamed_heads or reader.low(head) in reader.lexicon.words["np_head"]:
                found = np_before(reader, head) or (head, head)
                return (found[0], last)
            return None
    return None


def _affiliated_subject(reader: SentenceReader, preposition: int, last: int) -> tuple[int, int] | None:
    """`Jane Doe at the University of Toronto`, `Officials with the Ministry of Transportation`: a
    name or a word for people opening the clause, then where they work (a capitalised name) —
    the whole phrase is the subject, and its head, not the workplace, speaks; a document and who
    made it (`Data from the City of Toronto`) the same way."""
    workplace = preposition + 1 + (reader.low(preposition + 1) == "the")
    if not reader.capitalised(workplace) or reader.quoted(workplace) or not reader.np_word(last):
        return None  # "Democrats with longtime ties to both Clintons": no workplace named
    head = preposition - 1
    found = np_before(reader, head)
    if found is not None and not _opens_clause(reader, found[0]):
        found = _with_title_modifiers(reader, found)  # "Atmospheric physics professor Kent Moore at …"
    if found is None or not _opens_clause(reader, found[0]):
        return None  # "after meeting with Acme officials": the phrase opens no clause
    low = reader.low(head)
    people = reader.lexicon.words["person_noun"]
    if reader.capitalised(head) or low in reader.lexicon.unnamed_heads or low in people or (
            low.endswith("s") and low[:-1] in people) or low in reader.lexicon.words["document_noun"]:
        return (found[0], last)
    return None


def _with_title_modifiers(reader: SentenceReader, found: tuple[int, int]) -> tuple[int, int] | None:
    """A phrase opening on a title word (`professor Kent Moore`) widened over the words of the
    field before it (`Atmospheric physics`), up to three, when they open the clause."""
    if reader.low(found[0]) not in reader.lexicon.title_words:
        return None
    first = found[0]
    while first > 0 and found[0] - first < MAX_TITLE_MODIFIERS and not _opens_clause(reader, first):
        word = reader.low(first - 1)
        if not word.isalpha() or reader.quoted(first - 1) or word in reader.lexicon.cue_forms or any(
                reader.is_word(first - 1, cls) for cls in _NOT_A_FIELD):
            return None
        first -= 1
    return (first, found[1])


MAX_TITLE_MODIFIERS = 3  # words of a field or rank before a title: "Atmospheric physics professor"
_NOT_A_FIELD = ("preposition", "auxiliary", "clause_boundary", "determiner")


def bare_plural_subject(reader: SentenceReader, last: int) -> tuple[int, int] | None:
    """`former employees said`, `Democrats said`: a plural noun heading the clause."""
    word = reader.low(last)
    if reader.quoted(last) or not word.isalpha() or not word.endswith("s") or word.endswith("ss"):
        return None
    first = last
    while (
        first - 1 >= 0
        and reader.lowered[first - 1] not in reader.lexicon.words["clause_boundary"]  # (the set before the call)
        and reader.np_word(first - 1)
    ):
        first -= 1
    if (
        first == last
        and first - 1 >= 0
        and plain_noun(reader, first - 1)
        and reader.low(first - 2) in ("", ",", ";", ":")
    ):
        first -= 1  # "…, exit polls suggested that …": one noun modifier before the plural
    before = reader.low(first - 1)
    if first == 0 or before in (",", ";", ":", "—", "–", "-") or before in reader.lexicon.words["clause_boundary"]:
        return (first, last)
    return None


def _clause_follows(reader: SentenceReader, cue_index: int) -> bool:
    """`that` or a subject pronoun right after the cue word (or its particle: `point out that`), or
    a cue whose frame holds its object (`able to accuse the Conservatives of …`)."""
    if any(entry.frame in ("of", "to_inf") for entry in cue_entries_at(reader, cue_index)):
        return True
    after = cue_index + 1
    if reader.low(after) in ("out", "up"):
        after += 1
    return reader.low(after) == "that" or (reader.is_word(after, "subject_pronoun")
                                           and reader.low(after) not in ("it", "this", "that", "there", "what"))


def catenated_verb(reader: SentenceReader, to: int, cue_index: int) -> int | None:
    """The verb a cue's infinitive hangs on when the saying took place (`seemed to suggest`, `went
    on to say`, `used to say`, `was quick to point out`), not when it is only wanted, planned or
    refused (`plans to say`, `declined to say`): the verb's index, or the `be` before the adjective;
    only when a clause follows the cue."""
    if not _clause_follows(reader, cue_index):
        return None
    before = to - 1
    if reader.low(before) == "on" and reader.low(before - 1) in reader.lexicon.lists["go_forms"]:
        return before - 1
    if reader.low(before) in reader.lexicon.lists["catenative_verbs"]:
        return before
    if reader.low(before) in reader.lexicon.lists["catenative_adjectives"]:
        be = before - 1
        while reader.is_word(be, "adverb") or reader.low(be) in ("all", "both"):
            be -= 1  # "were all quick to", "was always careful to"
        if reader.low(be) in reader.lexicon.lists["be_forms"]:
            return be
    return None


def titled_name(reader: SentenceReader, first: int, close: int) -> bool:
    """`James B. Comey`, `former Uruguayan Foreign Minister Alicia Ferreyra`, `board member Glen
    Sorensen`: capitalised words after at most two lower-case role words (`former`, `deputy`, or
    any words ending with a person's noun: `board member`)."""
    lexicon = reader.lexicon
    role = first
    while role < close and role - first < 2 and reader.texts[role].isalpha() and reader.texts[role].islower() and (
            reader.low(role) not in lexicon.not_name_words):
        role += 1
    described = reader.low(role - 1) if role > first else ""
    if role > first and not (described in lexicon.people_words or described in lexicon.words["role_time"]
                             or described in lexicon.title_openers):
        return False  # "in 2013", "a former Trump employee": no role before a name
    return close - role <= 4 + 2 * (role > first) and role < close and all(
        reader.capitalised(i) and reader.texts[i][:1].isalpha() for i in range(role, close))


def gerund_before_noun(reader: SentenceReader, possessor: int, gerund: int) -> bool:
    """`Rogers’s publishing employees`: after a possessive (not `He’s`), the `-ing` word stands
    before a lower-case noun (not `Bush's calling him a jerk`, `his saying that`)."""
    word = reader.low(possessor)
    if not word.endswith(("’s", "'s", "s’", "s'")) or word.split("’")[0].split("'")[0] in reader.lexicon.words[
            "subject_pronoun"]:
        return False
    following = reader.low(gerund + 1)
    if not following.isalpha() or following != reader.texts[gerund + 1]:
        return False
    return following not in ("that", "him", "her", "them", "us", "me", "it") and not any(
        reader.is_word(gerund + 1, cls) for cls in ("determiner", "subject_pronoun", "preposition"))


def people_noun(reader: SentenceReader, head: int) -> bool:
    """A plural noun for people (`their allies, members of …, have said`)."""
    lexicon, low = reader.lexicon, reader.low(head)
    return low.endswith("s") and (low in lexicon.people_words or low in lexicon.unnamed_heads)


MAX_APPOSITIVES = 45  # words of appositives between a sentence-opening name and its cue


def name_opening_the_sentence(reader: SentenceReader, close: int) -> tuple[int, int] | None:
    """A name of two to four capitalised words opening the sentence, then a comma: the subject of
    a cue after a chain of appositives (`Tareq Hadad, the co-founder of X, a company based in Y,
    says`). Not an opener (`Meanwhile,`), a quotation, or a clause with a stop in it."""
    if close > MAX_APPOSITIVES or reader.quoted(0):
        return None
    end = 0
    while end < close and reader.capitalised(end) and reader.texts[end][:1].isalpha():
        end += 1
    if not 2 <= end <= 4 or reader.low(end) != ",":
        return None
    if reader.low(0) in reader.lexicon.function_words and reader.texts[0] not in reader.lexicon.given_names:
        return None  # "Meanwhile, …", but "Will Young, a locomotive mechanic …, said"
    if any(reader.low(i) in (";", ":") or reader.quoted(i) for i in range(end, close)):
        return None
    return (0, end - 1)

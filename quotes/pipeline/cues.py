"""Cue look-up: which words of a sentence are verbs or phrases of saying, with their frames."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import is_year

if TYPE_CHECKING:
    from ..lexicon import CueEntry
    from .sentence import SentenceReader


def cue_entries_at(reader: SentenceReader, index: int) -> tuple[CueEntry, ...]:
    if 0 <= index < reader.size:
        found = reader.cue_table.get(index)
        if found is None:
            return ()
        return found[1] if found[0] == 1 else _single_cue(reader, index)
    return ()


def is_channel(reader: SentenceReader, index: int, entries: tuple[CueEntry, ...]) -> bool:
    """Whether the cue at word ``index`` (in the sentence) is `according to`-like: one of its
    entries has that frame (only a few words open such a cue: the word is asked first)."""
    return reader.lowered[index] in reader.lexicon.prep_cue_openers and any(e.frame == "prep" for e in entries)


def takes_listener(entries: tuple[CueEntry, ...]) -> bool:
    """Whether the cue names its listener after it (`told reporters`): one of its entries is of
    `tell` or has the `obj_that` frame (a plain loop, not a generator made per cue: asked per cue)."""
    for entry in entries:  # noqa: SIM110 (the loop makes no generator)
        if entry.lemma == "tell" or entry.frame == "obj_that":
            return True
    return False


# The questions below are asked of a cue's entries for most cues: plain loops, since a generator
# made per cue (``any(... for e in entries)``) costs more than the few entries it reads.


def speaks_in_frame(entries: tuple[CueEntry, ...], frames: tuple[str, ...]) -> bool:
    """Whether one of the cue's entries is of speech and has one of the ``frames``."""
    for entry in entries:  # noqa: SIM110 (the loop makes no generator)
        if entry.frame in frames and entry.cue_class == "speech":
            return True
    return False


def any_of_class(entries: tuple[CueEntry, ...], cue_class: str) -> bool:
    """Whether one entry of the cue is of the class ``cue_class``."""
    for entry in entries:  # noqa: SIM110 (the loop makes no generator)
        if entry.cue_class == cue_class:
            return True
    return False


def all_of_class(entries: tuple[CueEntry, ...], cue_class: str) -> bool:
    """Whether every entry of the cue is of the class ``cue_class``."""
    for entry in entries:  # noqa: SIM110 (the loop makes no generator)
        if entry.cue_class != cue_class:
            return False
    return True


def all_of_frame(entries: tuple[CueEntry, ...], frame: str) -> bool:
    """Whether every entry of the cue has the frame ``frame``."""
    for entry in entries:  # noqa: SIM110 (the loop makes no generator)
        if entry.frame != frame:
            return False
    return True


def any_lemma_in(entries: tuple[CueEntry, ...], lemmas: frozenset[str]) -> bool:
    """Whether one entry's lemma is one of ``lemmas``."""
    for entry in entries:  # noqa: SIM110 (the loop makes no generator)
        if entry.lemma in lemmas:
            return True
    return False


def any_verb_in(entries: tuple[CueEntry, ...], verbs: frozenset[str]) -> bool:
    """Whether one entry's lemma opens with one of ``verbs`` (`point` of `point out`)."""
    for entry in entries:  # noqa: SIM110 (the loop makes no generator)
        if entry.lemma.partition(" ")[0] in verbs:
            return True
    return False


def _single_cue(reader: SentenceReader, index: int) -> tuple[CueEntry, ...]:
    lowered = reader.lowered  # a cue form is a word: 0 <= index < size
    form = lowered[index]
    lexicon = reader.lexicon
    entries = lexicon.cue_forms.get(form, ())
    if not entries or reader.quoted_flags[index]:
        return ()
    # the words after and before it, "" past the sentence: each asked by several tests below
    following = lowered[index + 1] if index + 1 < reader.size else ""
    before = lowered[index - 1] if index > 0 else ""
    next_word = reader.texts[index + 1] if index + 1 < reader.size else ""
    next_capitalised = next_word[:1].isupper() or (next_word[:1].isdigit() and len(next_word) <= 4)  # capitalised()
    idiom_ends = lexicon.saying_idiom_ends  # words hold no space: the last word must end the idiom
    if (idiom_ends is None or form in idiom_ends) and " ".join(
            reader.lowered[max(0, index - 3):index + 1]).endswith(lexicon.endings["saying_idioms"]):
        return ()  # "as they say", "as if to say", "needless to say": the writer's idiom, no one speaks
    # ``reader.capitalised(index)``, read in place (asked of every cue word): a cue form opens with a
    # letter (no digit), and a word equal to its lower-case form opens with no capital
    word = reader.texts[index]
    if word != form and word[:1].isupper() and not (index > 0 and reader.is_mark(index - 1)):
        if index == 0 and form.endswith("ing") and following != ":":
            return entries  # "Declaring that he alone can fix it, the candidate …" ("Warning: …" is a label)
        return entries if is_channel(reader, index, entries) else ()
    if form in lexicon.words["noun_first_cue"] and not (
            following in ("that", ":", ".") or reader.is_mark(index + 1)
            or _plural_subject(reader, index - 1)):
        return ()  # "Western states this week", "a 2013 email, Clinton asks"; "the ad states: …" stays
    if form in lexicon.prep_only_cue_forms and not (
            next_capitalised or following in lexicon.words["determiner"]):
        return ()  # "$700 per ton", "per person"; "per a translator", "per Politico" stay
    if (following in lexicon.lists["reflexives"] and all(e.lemma == "call" for e in entries)
            and reader.is_mark(index + 2) and reader.capitalised(index + 3)):
        # "who calls herself “The Lioness”": a name she goes by ("called himself “very pro-choice”",
        # "describes himself as …" are said)
        return ()
    if following == "of" and all(e.lemma == "accuse" for e in entries) and _after_its_noun(reader, index):
        return ()  # "a man accused of fraud": the one accused, no accuser speaking
    if before == "of" and not form.endswith("ing"):
        return ()  # "the secretary of state", "pages of emails": a noun; "of announcing that" stays
    # each check below is asked only where its first condition holds (the commonest cues pass none)
    if form.endswith("s") and _plural_noun_in_phrase(reader, index, form):
        return ()  # "received expert reports", "50 member states that have"
    if (following in lexicon.title_words or next_capitalised) and _title_before_speaking_name(
            reader, index, following):
        return ()  # "tenants advocate Josh Matlow told": a title before the name that speaks
    if (form in lexicon.words["nominal_cue"] or form in lexicon.words["document_noun"]) and _noun_before_its_verb(
            reader, form, following, before):
        return ()  # "an August PBO report found that …": the subject's head, before the verb that speaks
    if (form.endswith("ed") and (before.replace(",", "").isdigit() or before in lexicon.lists["quantifiers"])
            and not (is_year(before) and (  # "a study in 2017 concluded": a date
                reader.is_word(index - 2, "preposition") or reader.is_word(index - 2, "time")))
            and index + 1 < reader.size and reader.texts[index + 1][:1].isalpha()):
        return ()  # "eight reported incidents", "no stated reason": a participle before its noun
    if before in lexicon.lists["articles"]:
        if before in ("his", "her", "their") and form in lexicon.words["nominal_cue"]:
            return entries  # "his statement that …": a nominal cue whose possessor speaks
        return ()  # "the press", "a demand", "his remarks": a noun, not a verb of saying
    if index >= 2 and reader.lowered[index - 2] in lexicon.lists["articles"] and _adjective_before_noun_cue(
            reader, index, form, entries):
        return ()  # "the strange remark", "a fair question": an adjective between an article and a noun
    return entries


def _after_its_noun(reader: SentenceReader, index: int) -> bool:
    """A participle right after the lower-case noun it modifies (`a man accused of`), not after
    the subject of a relative clause whose object went before (`whom Erdogan accuses of`)."""
    before = reader.texts[index - 1] if index > 0 else ""
    return (before.isalpha() and before.islower() and not reader.is_word(index - 1, "subject_pronoun")
            and not reader.is_word(index - 1, "auxiliary")
            and not {"who", "whom", "that"} & set(reader.lowered[max(0, index - 3):index - 1]))


def _noun_before_its_verb(reader: SentenceReader, word: str, following: str, before: str) -> bool:
    """A word that is also a noun (`report`, `statement`) right before a finite verb of saying or
    finding (`found`, `said`, `shows`) heads that verb's subject (the cue word, the words after
    and before it: lower-case forms)."""
    classes = reader.lexicon.words
    if word not in classes["nominal_cue"] and word not in classes["document_noun"]:
        return False
    if before in ("his", "her", "their", "its") or before.endswith(("’s", "'s")):
        return False  # "her statement said": the possessor's nominal cue (the possessor speaks)
    return bool(reader.lexicon.cue_forms.get(following)) and (
        following.endswith(("s", "ed")) or following in classes["irregular_finite_cue"]
        or (word.endswith("s") and following.isalpha()))  # "city reports say it is": a plural and its verb


def _adjective_before_noun_cue(reader: SentenceReader, index: int, low: str, entries: tuple[CueEntry, ...]) -> bool:
    """`the strange remark may have …`: a base-form cue (``low``, lower case) after an article and
    one describing word that is no noun the lexicons know (`the police say`, `the officials say`
    stay verbs)."""
    lexicon = reader.lexicon
    if index < 2 or reader.low(index - 2) not in lexicon.lists["articles"] or low not in {e.lemma for e in entries}:
        return False
    between = reader.low(index - 1)
    following = index + 1
    if (reader.is_word(following, "subject_pronoun") or reader.is_word(following, "determiner")
            or reader.low(following) == "that" or (reader.capitalised(following) and not reader.quoted(following))):
        return False  # "people briefed on the situation say Gov. García …": a clause follows a verb
    return (between.isalpha() and between not in lexicon.words["determiner"]
            and not between.endswith(("s", "ing", "ed")) and between not in lexicon.lists["irregular_plurals"]
            and not reader.capitalised(index - 1)
            and not any(between in lexicon.words[cls] for cls in (
                "listener", "group_noun", "person_noun", "org_anaphor_named", "org_anaphor_main", "org_anaphor_outlet",
                "document_noun", "adverb", "auxiliary", "negation"))
            and between not in lexicon.unnamed_heads and between not in lexicon.org_heads
            and between not in lexicon.title_words and not between.endswith("ly"))


def _title_before_speaking_name(reader: SentenceReader, index: int, following: str) -> bool:
    """A cue form starting a title before a capitalised name that is itself followed by a verb of
    saying: `tenants advocate Josh Matlow told`, `general counsel James Baker said`, `Rally Canada
    volunteer media coordinator Tom Hinderks said` (but `Watch noted Comey said`, `Ryan said Mr.
    Trump's remarks` are verbs); ``following``: the lower-case form of the word after the cue."""
    # (``_single_cue`` asks it only with a title word or a name after the cue: most cues are not asked)
    if index == 0 or reader.is_word(index - 1, "subject_pronoun"):
        return False
    name = index + 1
    while name < reader.size and name - index <= 3 and reader.texts[name].isalpha() \
            and reader.texts[name].islower() and reader.low(name) in reader.lexicon.title_words:
        name += 1  # "volunteer media coordinator": the rest of the title
    if name == index + 1 and not reader.texts[index - 1][:1].islower():
        return False
    index = name - 1
    texts, quoted = reader.texts, reader.quoted_flags  # the name's words, read in place (``reader.capitalised``)
    while name < reader.size and (texts[name][:1].isupper() or (texts[name][:1].isdigit() and len(texts[name]) <= 4)) \
            and not quoted[name]:
        name += 1
    if name - index < 3 or reader.low(name - 1).endswith(("’s", "'s", "’", "'")):
        return False
    following = reader.low(name)
    return following in reader.lexicon.cue_forms and following not in reader.lexicon.words["nominal_cue"]


def _plural_noun_in_phrase(reader: SentenceReader, index: int, low: str) -> bool:
    """A plural cue form (``low``, lower case) after a noun modifier that itself follows a verb or a
    number: the head of a noun phrase (`received expert reports it had requested`, `50 member
    states that`), not a verb."""
    if not low.endswith("s") or low.endswith("ss") or index < 2:
        return False
    modifier, before = reader.lowered[index - 1], reader.lowered[index - 2]  # 2 <= index < size
    if not (modifier.isalpha() and reader.texts[index - 1].islower()) or (
            modifier in reader.lexicon.function_words and not reader.is_word(index - 1, "np_head")):
        return False  # "50 member states": a noun modifier, though a listed one
    # not after a determiner: "the ad says", "the lawsuit contends" are a subject and its verb
    return (before.isdigit() or reader.is_word(index - 2, "finite_past")
            or (before.endswith("ed") and len(before) > 4 and not reader.quoted(index - 2)))


def _plural_subject(reader: SentenceReader, index: int) -> bool:
    """`they state`, `the Saudis state in the white paper`: a plural subject makes it a verb."""
    low = reader.low(index)
    return low in ("they", "we") or (low.endswith("s") and low[:-1] in reader.lexicon.demonyms)


_NO_CUE: tuple[int, tuple[CueEntry, ...]] = (1, ())


def phrase_at(reader: SentenceReader, index: int) -> tuple[int, tuple[CueEntry, ...]]:
    """The longest cue phrase starting at ``index``: (number of words, entries)."""
    if 0 <= index < reader.size:
        return reader.cue_table.get(index, _NO_CUE)
    return _NO_CUE


def find_phrase(reader: SentenceReader, index: int) -> tuple[int, tuple[CueEntry, ...]]:
    """The longest cue phrase starting at word ``index`` of the sentence (0 <= index < size)."""
    low = reader.lowered[index]
    lengths = reader.lexicon.phrase_lengths.get(low, ())
    if lengths and (reader.lowered[index + 1] if index + 1 < reader.size else "") not in reader.lexicon.phrase_seconds[
            low]:
        lengths = ()  # "in", "is", "has": phrase openers, almost never followed by a cue's second word
    for length in lengths:
        if index + length > reader.size or True in reader.quoted_flags[index:index + length]:
            continue
        phrase = " ".join(reader.lowered[index:index + length])
        entries = reader.lexicon.cue_forms.get(phrase)
        if entries and reader.capitalised(index):
            entries = tuple(e for e in entries if e.frame == "prep")  # "According to", not "Point out"
        if entries and approximate_figure(reader, index + length - 1):
            continue  # "said about 14 people died": an estimate opens the clause, no topic of "say about"
        if entries:
            return length, entries
    return 1, _single_cue(reader, index)


def approximate_figure(reader: SentenceReader, index: int) -> bool:
    """`about 14`, `at least 14`, `nearly 200`, `more than $2 million`: words that make the
    figure after them an estimate (the clause's subject), not a preposition of the cue's."""
    lowered, size = reader.lowered, reader.size  # the words read in place (``reader.low``): asked of many words
    low = lowered[index] if 0 <= index < size else ""
    # most words start no estimate: one set test before the pair is made and looked up
    if low not in reader.lexicon.estimate_openers:
        return False
    following = lowered[index + 1] if 0 <= index + 1 < size else ""
    if (low, following) in reader.lexicon.phrases["estimate_phrases"]:
        index += 1
    elif low not in reader.lexicon.lists["approximators"]:
        return False
    figure = reader.texts[index + 1] if index + 1 < reader.size else ""
    return figure[:1].isdigit() or figure[:1] in "$€£" or figure.lower() in reader.lexicon.lists["number_words"]

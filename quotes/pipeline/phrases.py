"""Noun phrases of a sentence: to the left of a word (``np_before``) and to its right (``np_after``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentence import MARK_GLYPHS, MAX_NP_TOKENS

if TYPE_CHECKING:
    from .sentence import SentenceReader


def medium_end(reader: SentenceReader, preposition: int) -> int | None:
    """The last word of "by text message", "on the phone", "in a video": a medium after a preposition."""
    last = None
    end = preposition + 5 if preposition + 5 < reader.size else reader.size
    for index in range(preposition + 1, end):
        if reader.low(index) in reader.lexicon.lists["media"]:
            last = index
        elif last is not None or not (reader.is_word(index, "determiner") or reader.texts[index][:1].isalpha()):
            break
    return last


def np_before(reader: SentenceReader, last: int) -> tuple[int, int] | None:
    """A noun phrase ending at word ``last``: (first, last) word indices, or None."""
    if last < 0:
        return None
    # from here on the words asked are the sentence's (0 <= index <= last): the columns are read directly
    lowered, texts, classes, quoted = reader.lowered, reader.texts, reader.lexicon.words, reader.quoted_flags
    if texts[last] in MARK_GLYPHS:  # only at a mark can a quoted noun end
        quoted_noun = _scare_quoted_noun(reader, last)
        if quoted_noun is not None:
            return quoted_noun  # "Critics of what’s known as a “backstop” argue"
    pronoun = lowered[last] in classes["subject_pronoun"]  # asked twice below
    if not pronoun and not reader.np_word(last):
        if not reader.quoted_flags[last] and texts[last][:1].isalpha():
            extended = _determiner_within(reader, last)
            if extended is None:
                return None
            first = extended
        else:
            return None
    else:
        first = last
    if pronoun:
        return (last, last)
    joiners = reader.lexicon.lists["name_joiners"]  # a particle inside a name is one of these
    boundary = classes["clause_boundary"]
    while first - 1 >= 0 and last - first < MAX_NP_TOKENS:
        previous = first - 1
        low = lowered[previous]
        if low not in boundary and reader.np_word(previous):  # (the set first: `and`, `that` need no call)
            first = previous
        elif (low in ("and", "&") and previous - 1 >= 0 and reader.capitalised(previous - 1)
              and reader.capitalised(first)):
            first = previous  # "Blinken and Lavrov", "Procter & Gamble"
        elif low in joiners and _particle_inside_name(reader, previous, first):
            first = previous  # "Mohammed bin Salman", "Eileen de Villa", "Rafael van der Vaart"
        elif texts[previous] in ("-", "‐") and previous - 1 >= 0 and (
                reader.ends[previous - 1] == reader.starts[previous]):  # "Ottawa-based", not "Saturday -- Sanders"
            first = previous
        elif (texts[previous] in MARK_GLYPHS and reader.quoted_flags[previous]  # ``is_mark``: 0 <= previous
              and previous >= 3 and reader.capitalised(previous - 1)
              and reader.is_mark(previous - 2) and reader.capitalised(previous - 3)
              and not reader.quoted(previous - 3) and reader.capitalised(first)):
            first = previous - 3  # "Riefian “Ifan” Fajarsyah": a nickname in marks inside the name
        elif (low in classes["finite_past"] or low in classes["auxiliary"] or (
                low.endswith("ed") and len(low) > 4)) and previous > 0 and reader.np_word(previous - 1) and not (
                reader.is_word(previous - 1, "determiner") or reader.low(previous - 1).endswith("ly")):
            break  # "The diocese issued a second statement": the verb ends the object's phrase
        elif low not in ("-", "‐") and (quoted[previous] or not texts[previous][:1].isalnum() or (
                low in boundary and low not in ("that", "these", "those"))):
            break  # a comma, a quoted word, `who`: ``_determiner_within`` stops at its first word with none
        else:
            extended = _determiner_within(reader, previous)
            if extended is None:
                break
            first = extended
    while first <= last:
        opening = lowered[first]
        if not (opening in ("of", "and", "for") or opening in classes["preposition"]
                or (first < last and opening in classes["time"] and lowered[first + 1] in classes["determiner"])):
            break
        first += 1  # "In November the company said": the date is no part of the subject
    if first > last:
        return None
    return (first, last)


def _scare_quoted_noun(reader: SentenceReader, close: int) -> tuple[int, int] | None:
    """A noun phrase ending in a quoted word or two after a determiner (`the “backstop”`)."""
    if not (reader.is_mark(close) and reader.owners[close] is not None):
        return None
    first, end = reader.quotation_words(reader.owners[close])
    if end - 1 != close or not 3 <= end - first <= 4 or not reader.is_word(first - 1, "determiner"):
        return None  # marks and one or two words, after `a`, `the`
    if not (reader.low(first - 2) == "of" or reader.is_word(first - 2, "preposition")):
        return None  # inside the phrase after its head noun (`critics of the “backstop”`), not `a “stand down” order`
    before = np_before(reader, first - 3)
    return (before[0], close) if before is not None else None


def _particle_inside_name(reader: SentenceReader, particle: int, following: int) -> bool:
    """A lower-case surname particle (`bin`, `de`, `van der`) between a capitalised given name
    and the capitalised rest of the surname."""
    joiners = reader.lexicon.lists["name_joiners"]
    if reader.low(particle) not in joiners or reader.low(particle) == "of":
        return False
    if not (reader.capitalised(following) or reader.low(following) in joiners):
        return False
    before = particle - 1
    if before >= 0 and reader.low(before) in joiners:
        before -= 1  # "van der"
    return before >= 0 and reader.capitalised(before)


def _role_and_name_after(reader: SentenceReader, last: int) -> int:
    """Past a capitalised word, a role of at most three lower-case words, then a capitalised name
    of two or more words ending the phrase: the phrase runs to the name's end."""
    index = last + 1
    while index < reader.size and index - last <= 3 and reader.texts[index].isalpha() \
            and reader.texts[index].islower() and reader.low(index) not in reader.lexicon.not_name_words:
        index += 1
    if index == last + 1:
        return last
    end = index
    while end < reader.size and reader.capitalised(end) and not reader.quoted(end):
        end += 1
    if end - index >= 2 and reader.low(end) in ("", ",", ".", ";", ":", "!", "?"):
        return end - 1
    return last


def _determiner_within(reader: SentenceReader, index: int, reach: int = 3) -> int | None:
    """Index of a determiner at most ``reach`` plain words left of ``index`` (same phrase).

    Most walks meet no hyphenated compound: they are the ``reach`` + 1 words from ``index`` back,
    asked here with no memo; at a compound, the walk that remembers is taken from the start."""
    lowered, texts, quoted = reader.lowered, reader.texts, reader.quoted_flags
    boundary, determiners = reader.lexicon.words["clause_boundary"], reader.lexicon.words["determiner"]
    for back in range(index, index - reach - 1 if index > reach else -1, -1):
        low = lowered[back]
        if low in ("-", "‐") and back > 0 and texts[back - 1][:1].isalnum():
            return _compounds_within(reader, index, reach)  # "the 26-year-old right wing"
        if quoted[back] or not texts[back][:1].isalnum():
            return None
        if low in boundary and low not in ("that", "these", "those"):
            return None
        if low == "that" and reader.low(back + 1).endswith("s"):
            return None  # "wounds that authorities said": a relative pronoun, not a determiner
        if (low in determiners and low != "that") or low.endswith(("’s", "'s")):
            return back
    return None


def _compounds_within(reader: SentenceReader, index: int, reach: int) -> int | None:
    """``_determiner_within`` where a hyphenated compound counts as one word however long it is:
    the walk is remembered per sentence by where it stands, so a chain of compounds is walked once,
    not once per word."""
    known = reader.tables.get("determiner_within")
    if known is None:
        known = reader.tables["determiner_within"] = {}
    # the walk reads the columns directly: it asks only words at or before ``index``, a word of the sentence
    lowered, texts, quoted = reader.lowered, reader.texts, reader.quoted_flags
    boundary, determiners = reader.lexicon.words["clause_boundary"], reader.lexicon.words["determiner"]
    back = index + 1
    compound = False
    walked: list[tuple[int, int, bool]] = []
    found: int | None = None
    while back > 0 and reach >= 0:
        state = (back, reach, compound)
        if known and state in known:
            found = known[state]
            break
        walked.append(state)
        back -= 1
        low = lowered[back]
        if low in ("-", "‐") and back > 0 and texts[back - 1][:1].isalnum():
            compound = True  # "the 26-year-old right wing": a hyphenated compound is one word
            continue
        reach -= 0 if compound else 1
        compound = False
        if quoted[back] or not texts[back][:1].isalnum():
            break
        if low in boundary and low not in ("that", "these", "those"):
            break
        if low == "that" and reader.low(back + 1).endswith("s"):
            break  # "wounds that authorities said": a relative pronoun, not a determiner
        if (low in determiners and low != "that") or low.endswith(("’s", "'s")):
            found = back
            break
    if len(walked) > 8:  # a chain of compounds, worth remembering; a short walk is not
        for state in walked:
            known[state] = found
    return found


def plain_noun(reader: SentenceReader, index: int) -> bool:
    """A lower-case word that can sit inside a noun phrase (not a verb, cue or clause word)."""
    low, classes = reader.low(index), reader.lexicon.words  # (``is_word(index, c)`` is ``low in classes[c]``)
    return (reader.texts[index][:1].isalpha() and low not in classes["clause_boundary"]
            and low not in classes["auxiliary"] and low not in classes["finite_past"]
            and not low.endswith("ed") and low not in reader.lexicon.cue_forms)


def _possessive_her(reader: SentenceReader, first: int) -> bool:
    """`said her lawyer`, `said her office`: right after a verb of saying, `her` before a
    lower-case noun determines it (not `told her the plan`, `asked her to`, `said her.`)."""
    if reader.low(first - 1) not in reader.lexicon.cue_forms:
        return False  # only right after the verb: "Her advice to young women: …" keeps its pronoun
    following = reader.low(first + 1)
    return (following.isalpha() and following == reader.texts[first + 1] and not reader.quoted(first + 1)
            and (reader.np_word(first + 1) or plain_noun(reader, first + 1))
            and not any(reader.is_word(first + 1, cls) for cls in ("determiner", "preposition", "subject_pronoun")))


def np_after(reader: SentenceReader, first: int) -> tuple[int, int] | None:
    """A noun phrase starting at ``first`` (for "according to X", "said X")."""
    if first >= reader.size or reader.quoted(first):
        return None
    opening = reader.low(first)
    if opening in reader.lexicon.words["subject_pronoun"] or opening in ("him", "them") or (
            opening == "her" and not _possessive_her(reader, first)):
        return (first, first)
    if opening == "what":  # "according to what the two superpowers said"
        inner = np_after(reader, first + 1)
        return inner
    last = first - 1
    plain_left = 0  # plain words still allowed after a determiner: "the real estate mogul"
    classes = reader.lexicon.words
    boundary = classes["clause_boundary"]
    lowered, size = reader.lowered, reader.size  # the walk reads the column: it stays within the sentence
    while last + 1 < size and last + 1 - first < MAX_NP_TOKENS:
        nxt = last + 1
        low = lowered[nxt]
        if low in ("-", "‐") and last >= first and nxt + 1 < size and \
                reader.texts[nxt + 1][:1].isalnum() and not reader.quoted(nxt + 1) and \
                reader.ends[nxt - 1] == reader.starts[nxt] == reader.starts[nxt + 1] - 1:
            last = nxt + 1  # "16-year-old Xander Wise": a hyphenated modifier
            plain_left = plain_left if plain_left > 2 else 2
            continue
        if low in ("and", "&"):
            if not (reader.capitalised(nxt + 1) and last >= first):
                break
            last = nxt  # "Blinken and Lavrov", "Procter & Gamble"
        elif low not in boundary and reader.np_word(nxt):  # (the set first: a boundary word needs no call)
            if low in classes["determiner"]:
                plain_left = 3
            elif nxt == first and low.endswith(("’s", "'s")) and reader.capitalised(nxt) and (
                    low[:-2] not in reader.lexicon.function_words):  # not "He’s", "That’s"
                plain_left = 2  # "Wise’s dad": a possessor opening the phrase determines the noun after it
            elif low in classes["np_modifier"] and low not in reader.lexicon.lists["joining_modifiers"]:
                plain_left = plain_left if plain_left > 2 else 2  # "retired neurosurgeon Ben Carson"
            last = nxt
        elif plain_left and plain_noun(reader, nxt):
            plain_left -= 1
            last = nxt
        else:
            break
    while last >= first and lowered[last] in ("and", "of", "the", "a", "an"):
        last -= 1
    if last < first:
        return None
    if reader.capitalised(last):
        last = _role_and_name_after(reader, last)  # "Cambridge cartoonist Andre Campbell": the name, not the place
    # "a statement released by the French presidency", "a report from Bloomberg"
    head = lowered[last]  # a word of the phrase: 0 <= first <= last < size
    if head in ("statement", "report", "document", "interview", "readout", "release", "post", "tweet"):
        for probe in range(last + 1, min(reader.size, last + 5)):
            if reader.low(probe) in ("by", "from", "of"):
                inner = np_after(reader, probe + 1)
                if inner is not None:
                    return inner
    # ", Andriy Yermak" — an appositive name after a role
    if last + 2 < size and lowered[last + 1] == "," and reader.capitalised(last + 2):
        name = last + 2
        while name + 1 < reader.size and reader.capitalised(name + 1) and not reader.quoted(name + 1):
            name += 1
        after = reader.low(name + 1)
        if after in ("", ",", ".", ";", "who") and name - last - 1 <= 4:
            return (first, name)
    return (first, last)


def quotation_ends_with_comma(reader: SentenceReader, index: int) -> bool:
    """The closing mark of a quotation whose last character is a comma: `“not simple,” and`."""
    # ``is_mark`` and ``quoted`` read from the columns within the bounds checked (asked of many words,
    # most of them no mark)
    texts, quoted, size = reader.texts, reader.quoted_flags, reader.size
    if not (0 <= index < size and texts[index] in MARK_GLYPHS and quoted[index]) or (
            index + 1 < size and quoted[index + 1] and reader.owners[index + 1] == reader.owners[index]):
        return False
    while index - 1 >= 0 and texts[index - 1] in MARK_GLYPHS and quoted[index - 1]:
        index -= 1  # the first half of a '' pair
    return index > 0 and reader.lowered[index - 1] == ","


def finite_cue(reader: SentenceReader, index: int) -> bool:
    """A cue word in a finite form (`found`, `says`), not a noun (`by text message`)."""
    low = reader.low(index)
    return low in reader.lexicon.words["finite_past"] or (low.endswith(("ed", "s")) and low not in reader.lexicon.words[
        "noun_first_cue"])


MAX_PARTICIPLE_PHRASE = 8  # words from a document noun's participle to the finite verb after it


def document_then_participle(reader: SentenceReader, last: int) -> tuple[int, int] | None:
    """`A study released Monday`, `a report published in the journal Nature`: a determiner and a
    document noun, then a past participle and its adjuncts up to the cue after ``last``; the
    subject (first, last word: the document, whose author the participle's `by` may name), else None."""
    documents = reader.lexicon.words["document_noun"]
    # a participle past the sentence's end passes every test below with no effect: the walk starts at
    # its last word and reads the columns directly; it goes left, each word read once (noun, then participle)
    lowered, quoted = reader.lowered, reader.quoted_flags
    start = last if last < reader.size else reader.size - 1
    word = reader.low(start)
    stop = last - MAX_PARTICIPLE_PHRASE if last > MAX_PARTICIPLE_PHRASE else 0
    for participle in range(start, stop, -1):
        if quoted[participle] or word in (",", ";", ":", "that", "which"):
            return None
        noun = lowered[participle - 1]
        # the document noun first: the rarest of the three, it spares most words the other questions
        if noun in documents and (
                word.endswith("ed") or reader.is_word(participle, "finite_past")) and (
                reader.is_word(participle + 1, "preposition") or reader.is_word(participle + 1, "time")):
            first = participle - 1
            while first > 0 and first > participle - 4 and not reader.is_word(first - 1, "determiner") and (
                    reader.np_word(first - 1) or reader.texts[first - 1][:1].isupper()):
                first -= 1
            if first > 0 and reader.is_word(first - 1, "determiner"):
                return (first - 1, participle - 1)
            # no determiner: a plural or mass noun opening the sentence ("Recent research published in …")
            opening = after_leading_connective(reader)
            if 0 <= first - opening <= 2 and all(reader.texts[i].isalpha() for i in range(opening, first)):
                return (opening, participle - 1)
            return None
        word = noun
    return None


def document_with_relative(reader: SentenceReader, cue: int) -> tuple[int, int] | None:
    """`Another study that looked at 2,833 deaths found`, `One survey of 2,000 adults found`: the
    sentence opens on a determiner and a document noun, then a relative clause or a phrase of `of`
    that runs, with no comma, up to the cue — the subject is the opening noun phrase (first, last
    word), else None."""
    index = after_leading_connective(reader)
    if not (reader.is_word(index, "determiner") or reader.low(index) in ("another", "one")):
        return None
    end = index + 4 if index + 4 < cue else cue
    if reader.lexicon.words["document_noun"].isdisjoint(reader.lowered[index + 1:end]):
        return None  # no document noun among the words searched below: the same answer, at C speed
    noun = next((i for i in range(index + 1, end)
                 if reader.low(i) in reader.lexicon.words["document_noun"]), None)
    if noun is None or noun + 1 >= cue or reader.low(noun + 1) not in ("that", "which", "of"):
        return None
    if any(reader.quoted(i) or reader.low(i) in (",", ";", ":", "—") for i in range(index, cue)):
        return None
    if reader.low(noun + 1) != "of":
        return (index, noun)
    if any(reader.is_word(i, "auxiliary") or reader.is_word(i, "finite_past") or reader.low(i) in ("who", "which")
           for i in range(noun + 2, cue)):
        return None  # "The results of the caucus are the first step …": a clause of its own
    return (index, cue - 1)


def after_leading_connective(reader: SentenceReader) -> int:
    """The first word after a sentence's leading `And`, `But` (and a comma)."""
    found = reader.tables.get("after_leading_connective")  # the same for every cue of the sentence
    if found is None:
        # the sentence's words, read from the column (an empty word, past its end, is no connective)
        lowered, connectives, size, index = reader.lowered, reader.lexicon.lists["leading_connectives"], reader.size, 0
        while index < size and (lowered[index] in connectives or lowered[index] == ","):
            index += 1
        found = reader.tables["after_leading_connective"] = index
    return found

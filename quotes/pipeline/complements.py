"""What follows a cue: listeners and adjuncts, the reported clause or object, the frame record."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .adjuncts import person_noun, skip_adjuncts
from .clause_shape import absolute_phrase, demonstrative_that, looks_like_clause, plain_words
from .clauses import clause_end
from .cues import approximate_figure, cue_entries_at
from .phrases import quotation_ends_with_comma
from .runs import coordinated_body
from .sentence import MAX_CUE_GAP, MAX_NP_TOKENS

if TYPE_CHECKING:
    from ..lexicon import CueEntry
    from ..model import Span
    from .sentence import SentenceReader


@attrs.define
class Found:
    content: tuple[int, int]  # word indices, end exclusive
    cue: tuple[int, int]
    source: Span | None
    chained: bool = False
    frame: str = ""
    cue_class: str = "speech"


def _after_its_quotation(reader: SentenceReader, cue_first: int, source: Span | None) -> bool:
    """An attribution right after the quotation it attributes (`“We are tired,” Teixeira said,
    flour still on his forearms`): what follows its `said,` is how it was said, no second content
    (unless `that` opens it: `“It's our bad luck,” he said, that both men had …`)."""
    first = reader.word_at(source.start) if source is not None else None
    first = cue_first if first is None else min(first, cue_first)
    # the quotation opens the sentence: not a fragment inside a clause the attribution splits
    # ("Those who spend time ''listening …,'' he said, wind up in …")
    return first > 0 and quotation_ends_with_comma(reader, first - 1) and reader.quoted(0) and (
        reader.owners[0] == reader.owners[first - 1])


def complement(reader: SentenceReader, cue_first: int, cue_end: int, entry: CueEntry,
                source: Span | None = None) -> tuple[int, int] | None:
    """Where the reported clause after the cue begins and ends: word indices."""
    frame = entry.frame
    words = reader.texts
    lowered, size = reader.lowered, reader.size  # the cue's words are the sentence's: read in place
    if frame == "to_inf" and lowered[cue_end - 1] == "to":
        if _not_a_verb(reader, cue_end):
            return None  # "appealing to his sensibilities": "to" before a noun phrase
        return (cue_end - 1, clause_end(reader, cue_end - 1))  # the cue phrase ends in "to": "vowed to …"
    if frame in ("as", "small", "to_inf", "of", "for", "at"):
        return _object_complement(reader, cue_end, frame)
    if frame in ("prep", "any"):
        return None  # "any": the cue only attributes quotations ("he continued", "spoke to")
    listener = frame == "obj_that" or entry.lemma in ("tell",)
    index = skip_adjuncts(reader, cue_end, listener=listener)
    after = lowered[index] if 0 <= index < size else ""  # the word after the cue and its adjuncts, asked below
    if after == ":":
        start = index + 1
        return (start, clause_end(reader, start)) if start < len(words) else None
    if after == "," and reader.quoted(index + 1):
        return None  # `said, “…”`: a direct quotation, handled with quotations
    if (
        after == ","
        and entry.lemma in reader.lexicon.words["bare_complement"]
        and not parenthetical_source(reader, source)  # "CONTENT, she said, MORE": one split span
        and not reader.low(index + 1).endswith("ing")
        and reader.low(index + 1) not in reader.lexicon.lists["clause_stoppers"]
        and reader.low(index + 1) not in ("and", "but", "or")  # "he said, and she said “no.”"
        and not starts_with_verb(reader, index + 1)
        and not absolute_phrase(reader, index + 1)  # "he said, his voice breaking with emotion"
        and (reader.low(index + 1) == "that" or not _after_its_quotation(reader, cue_first, source))
        and plain_words(reader, index + 1, len(words)) >= 4
        and not _adjunct_to_the_end(reader, index + 1)
    ):
        start = index + 1  # "Rubio says, win or lose in Florida, he’s staying in the race"
        return (start, clause_end(reader, start))
    if after == "that":
        if not demonstrative_that(reader, index):
            return (index + 1, clause_end(reader, index + 1))
        cue_word, classes = reader.low(cue_first), reader.lexicon.words
        if cue_end - cue_first == 1 and cue_word.endswith("s") and (cue_word in classes["nominal_cue"] or (
                cue_word in classes["noun_first_cue"] or cue_word in classes["document_noun"])):
            return None  # "Rust Belt states that have suffered …", "his remarks that were …": a relative clause
        return (index, clause_end(reader, index))  # "said that was a mistake": `that` is the subject
    if lowered[cue_end - 1] == "that" and not reader.quoted(index):
        return (index, clause_end(reader, index))  # "FEC reports show that a quartet of groups that …"
    heard_by = listener or lowered[cue_end - 1] in reader.lexicon.words["listener"]  # "told a crowd", "told reporters"
    # (conditional expressions, not ``min``: a builtin call costs more than the test, once per cue)
    probe, limit = index, (index + MAX_CUE_GAP if index + MAX_CUE_GAP < size else size)
    participles: set[int] = set()  # modifying participles met on the way (each word is asked once)
    while probe < limit:
        word = lowered[probe]  # a word of the sentence: index (past the cue) <= probe < limit <= size
        if word != "that" and not heard_by:
            # with no listener (no participle to meet) only a `that` asks anything below: the words
            # before the next one are passed at once (most cues' windows hold none)
            window = lowered[probe:limit]
            probe += window.index("that") if "that" in window else len(window)
            continue
        if word == "that" and (reader.is_word(probe - 1, "preposition") or reader.low(probe - 1) == "of"):
            break  # "recalled of that first day": a determiner after a preposition, no complementiser
        if heard_by and modifying_participle(reader, cue_end, probe):
            participles.add(probe)
            limit = probe + MAX_CUE_GAP if probe + MAX_CUE_GAP < size else size  # "gathered at a hall in Burnaby that"
        if word == "that" and frame in ("obj_that", "that") and not reader.quoted(probe):
            if not heard_by and _finite_verb_between(reader, index, probe) and looks_like_clause(
                    reader, index, probe, entry.lemma):
                break  # "said the agreement deals with institutions that …": the clause is told, "that" is its own
            if not heard_by and after in ("a", "an") and not reader.is_word(cue_end - 1, "preposition") \
                    and reader.lexicon.words["time"].isdisjoint(lowered[index:probe]) \
                    and "ago" not in lowered[index:probe]:
                break  # "trumpeted a long list of allies that the country has courted": a relative clause
            # (a helper, not a generator: one would make this function's names closure cells, slower to read)
            if _heard_words(reader, index, probe, participles) and not reader.is_word(probe + 1, "time"):
                start = probe + 1
                return (start, clause_end(reader, start))
            break
        probe += 1
    if entry.frame == "obj_that" and not listener:
        return None
    if _elliptical(reader, index) and not {"than", "as"}.isdisjoint(lowered[max(0, cue_first - 4):cue_first]):
        return None  # "higher than city reports say it is could support …": `it is` stands for what was said
    if looks_like_clause(reader, index, len(words), entry.lemma) or reader.is_mark(index):
        return (index, clause_end(reader, index))
    return None


def _heard_words(reader: SentenceReader, first: int, end: int, participles: set[int]) -> bool:
    return all(listener_word(reader, index) or index in participles for index in range(first, end))


def _elliptical(reader: SentenceReader, first: int) -> bool:
    """`(than X says) it is`, `(than TransLink says) they are`: a pronoun and a form of `be` or
    `do` with nothing of their own after them — the writer's comparison goes on, no statement is
    reported (asked only after `than` or `as`: `both answered there were` does report)."""
    if (reader.lowered[first] if 0 <= first < reader.size else "") not in reader.lexicon.words["subject_pronoun"]:
        return False  # (most words after a cue: the verb after them is not read; ``is_word``, read in place)
    verb = reader.low(first + 1)
    if not (verb in reader.lexicon.lists["be_forms"] or verb in ("do", "does", "did")):
        return False
    after = first + 2
    return reader.low(after) in ("", ".", ",", ";", ")") or reader.low(after) in reader.lexicon.lists["modals"]


def _finite_verb_between(reader: SentenceReader, first: int, end: int) -> bool:
    """A finite verb among the words: an auxiliary, a past form, or a present form in `-s` between
    a noun and a preposition or determiner (`the agreement deals with …`)."""
    lowered, texts, classes = reader.lowered, reader.texts, reader.lexicon.words  # 0 <= first <= words < end <= size
    auxiliary, finite_past, determiner, preposition = (classes["auxiliary"], classes["finite_past"],
                                                       classes["determiner"], classes["preposition"])
    for index in range(first, end):
        low = lowered[index]
        if low in auxiliary or low in finite_past:
            return True
        if (index > first and low.isalpha() and low == texts[index] and low.endswith("s")
                and not low.endswith("ss") and texts[index - 1].isalpha()
                and lowered[index - 1] not in determiner and lowered[index - 1] not in preposition
                and lowered[index - 1] not in classes["subject_pronoun"]
                and (reader.is_word(index + 1, "preposition") or reader.is_word(index + 1, "determiner"))):
            return True
    return False


def _adjunct_to_the_end(reader: SentenceReader, first: int) -> bool:
    """`said in a statement on Sunday, in response to questions about the matter.`: a phrase of a
    preposition running to the sentence's end, with no comma after which a clause could start."""
    return reader.is_word(first, "preposition") and not approximate_figure(reader, first) and not any(
        reader.low(i) in (",", ";", ":", "—", "–", "-") for i in range(first + 1, reader.size))


def _unmarked_predicate(reader: SentenceReader, index: int, limit: int) -> int | None:
    """`calls the vote a rookie mistake`, `called him a liar`, `calls the program one of the
    biggest …`: after `call`, an object (a pronoun, or a determiner and at most three words) and a
    predicate noun phrase opening with `a`/`an`/`one of`; where that predicate starts."""
    if reader.low(index - 1) not in ("call", "calls", "called", "calling"):
        return None
    low = reader.low(index)
    predicate: int | None = None
    if low in ("him", "her", "them", "it", "this", "that", "us", "me"):
        predicate = index + 1
    elif reader.is_word(index, "determiner") or low.endswith(("’s", "'s")):
        predicate = next((i for i in range(index + 1, min(limit, index + 5))
                          if reader.low(i) in ("a", "an", "one")), None)
        if predicate is None or any(not reader.low(i).isalpha() or reader.is_word(i, "preposition")
                                    or reader.low(i) in ("to", "for", "of", "and", "or")
                                    for i in range(index + 1, predicate)):
            return None
    else:
        return None
    following = reader.low(predicate + 1)
    if reader.low(predicate) == "one" and following != "of":
        return None
    if reader.quoted(predicate) or reader.low(predicate) not in ("a", "an", "one") or following in (
            "few", "couple", "number", "lot", "second", "third", "day", "week", "month", "year", "hour", "minute",
            "bit", "while", "total", "dozen", "hundred", "thousand", "million", "billion", "series", "meeting"):
        return None  # "called the police a few times", "called a meeting": no predicate
    return predicate


def _not_a_verb(reader: SentenceReader, index: int) -> bool:
    """After "to": a determiner, possessive, pronoun object or name starts a noun phrase."""
    while reader.is_mark(index):
        index += 1  # `urged voters to “stand up”`
    if index >= reader.size:
        return True
    low = reader.low(index)
    return (reader.is_word(index, "determiner") or low in ("him", "them", "me", "us", "it")
            or low.endswith(("’s", "'s")) or (reader.capitalised(index) and not reader.quoted(index))
            or not reader.texts[index][:1].isalpha())


def _second_fragment(reader: SentenceReader, index: int) -> bool:
    """Another quoted fragment follows in the same clause: no comma, stop or verb of saying first."""
    stop = reader.next_where("fragment_stop", lambda probe: reader.quoted_flags[probe] or reader.lowered[probe] in (
        ",", ";", ":", ".") or (probe in reader.cue_table and bool(cue_entries_at(reader, probe))), index)
    return stop < reader.size and reader.quoted(stop) and stop > index


def _short_title(reader: SentenceReader, index: int) -> bool:
    """A word of a quoted title of at most four capitalised words: `“Today” show`, `“Face the Nation”`."""
    owner = reader.owners[index]
    inside = [i for i in range(*reader.quotation_words(owner)) if not reader.is_mark(i)]
    return 0 < len(inside) <= 4 and reader.capitalised(inside[0]) and not any(
        reader.low(i) in (",", ".", "!", "?") for i in inside)


def parenthetical_source(reader: SentenceReader, source: Span | None) -> bool:
    """The subject stands between commas after content of its own: `…refugees, she said, …`."""
    if source is None:
        return False
    first = reader.word_at(source.start)
    return first is not None and first >= 3 and reader.low(first - 1) == "," and not reader.quoted(first - 2)


def modifying_participle(reader: SentenceReader, listener_start: int, index: int) -> bool:
    """`told a crowd of 100 members gathered at a hall that …`, `urged drivers heading to the
    mountains to …`: a participle after the listener's noun, opening a phrase of place or object
    that modifies it — where no second noun phrase has begun (`told police the man fled …` is a
    clause)."""
    low = reader.lowered[index]  # a word after the cue, inside the sentence: read in place
    if not (low.isalpha() and low.endswith(("ed", "ing")) and len(low) > 5 and low == reader.texts[index]):
        return False
    if (low in reader.lexicon.cue_forms and not low.endswith("ing")) or low == "saying" or reader.is_word(
            index, "auxiliary"):
        return False  # "considering travel" modifies; "reporters saying" reports
    before = reader.low(index - 1)
    if not (person_noun(before, reader) or reader.capitalised(index - 1) or before in reader.lexicon.words["listener"]
            or (before.endswith("s") and not before.endswith("ss") and before.isalpha())):
        return False
    return not any(reader.is_word(i, "determiner") and reader.low(i - 1) not in ("of", "for")
                   and not reader.is_word(i - 1, "preposition") for i in range(listener_start + 1, index))


def listener_word(reader: SentenceReader, index: int) -> bool:
    """Words of "a crowd in Miami on Tuesday", "NBC’s “Today” show" between a cue and its "that"."""
    low = reader.low(index)
    if reader.quoted(index) and _short_title(reader, index):
        return True
    if reader.quoted(index) or not reader.texts[index][:1].isalnum():
        return False
    if reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past"):
        return False
    if low.split("’")[0].split("'")[0] in reader.lexicon.words["subject_pronoun"] or (
            low.endswith("ed") and len(low) > 4 and reader.low(index - 1) not in reader.lexicon.lists["articles"]):
        return False  # "said she's longed to move beyond that status": a clause, not a listener
    if low in reader.lexicon.cue_forms and reader.low(index - 1) not in reader.lexicon.lists["articles"] and not (
            reader.quoted(index - 1) or reader.capitalised(index - 1)):
        return False  # a verb of saying; "a press conference", "the “Today” show" are nouns
    return low not in reader.lexicon.words["clause_boundary"]


def _object_complement(reader: SentenceReader, index: int, frame: str) -> tuple[int, int] | None:
    words = reader.texts
    lowered, quoted, size = reader.lowered, reader.quoted_flags, reader.size  # read in place below:
    limit = index + 12 if index + 12 < size else size  # index <= probe < limit <= size
    if frame == "to_inf":
        for probe in range(index, limit):
            if lowered[probe] == "to" and not quoted[probe]:
                negated = reader.low(probe - 1) == "not" and probe - 1 > index  # "warned residents not to …"
                listener_end = probe - 1 if negated else probe
                participle = next((i for i in range(index + 1, listener_end) if modifying_participle(reader, index, i)),
                                  None)  # "urged drivers heading to the mountains to carry chains"
                if probe > index and not all(
                    reader.np_word(i) or reader.capitalised(i) or reader.low(i) in ("him", "her", "them", "us", "me")
                    or person_noun(reader.low(i), reader)  # "warned drivers to slow down"
                    or (participle is not None and i >= participle and listener_word(reader, i))
                    or i == participle
                    for i in range(index, listener_end)
                ):
                    return None
                if negated:
                    return (probe - 1, clause_end(reader, probe)) if not _not_a_verb(reader, probe + 1) else None
                if _not_a_verb(reader, probe + 1):
                    if participle is not None:
                        continue  # "heading to the mountains": the participle's own "to"
                    return None  # "the legal challenge to the Affordable Care Act"
                return (probe, clause_end(reader, probe))
            if lowered[probe] in (",", ".", ";") and not quoted[probe]:
                return None
        return None
    if frame == "as":
        for probe in range(index + 1, limit):
            if lowered[probe] == "as" and not quoted[probe]:
                if reader.is_word(probe + 1, "subject_pronoun") or reader.low(probe + 1) in (
                        "if", "though", "well", "soon"):
                    return None  # "mocking a protester as he beat a drum": "as" opens a clause of time
                return (index, clause_end(reader, probe + 1))
            if lowered[probe] in (",", ".", ";", "that") and not quoted[probe]:
                return None
        return None
    if frame == "small":  # call X "Y": with a quoted fragment, or `calls the vote a rookie mistake`
        unmarked = _unmarked_predicate(reader, index, limit)
        if unmarked is not None:
            end = clause_end(reader, unmarked)
            if not any(reader.quoted(i) for i in range(unmarked, end)):  # else the fragment decides, below
                return (index, end)
        for probe in range(index + 1, limit):
            if quoted[probe]:
                end = probe
                while end < len(words) and reader.quoted(end):
                    end += 1
                if _second_fragment(reader, end):  # called it “unfair” for the students “to be drug …”
                    end = clause_end(reader, end)
                return (index, end)
            if lowered[probe] in (",", ".", ";", "for", "on") and not quoted[probe]:
                return None
        return None
    if frame == "for":  # "slammed Trudeau for dismissing anyone who disagrees": the object and the gerund
        for probe in range(index + 1, limit):
            if lowered[probe] == "for" and not quoted[probe]:
                end = clause_end(reader, probe + 1)
                if not (reader.low(probe + 1).endswith("ing") or any(reader.quoted(i) for i in range(probe + 1, end))):
                    return None  # "praised her for her help": a bare noun phrase
                if reader.low(probe - 1) in reader.lexicon.lists["for_nouns"]:
                    return None  # "praised China’s support for resolving it": the noun’s "for", a bare noun phrase
                return (index, end)
            if lowered[probe] in (",", ".", ";", "that") and not quoted[probe]:
                return None
        return None
    if frame == "at":  # "put the death toll at 222": an estimate
        for probe in range(index + 1, limit):
            if lowered[probe] == "at" and not quoted[probe]:
                figure = reader.texts[probe + 1] if probe + 1 < len(words) else ""
                if not (figure[:1].isdigit() or figure in ("$", "€", "£", "about", "roughly", "around", "least")):
                    return None  # "put pressure at the heart of …"
                return (index, clause_end(reader, probe + 1))
            if lowered[probe] == "that" and reader.is_word(probe - 1, "preposition"):
                continue  # "pegs the ratio for that year at 1.1": a determiner
            if lowered[probe] in (",", ".", ";", "that") and not quoted[probe]:
                return None
        return None
    if frame == "of":  # warn of a "rapid" reaction; accuse X of doing
        for probe in range(index, limit):
            if lowered[probe] == "of" and not quoted[probe]:
                end = clause_end(reader, probe + 1)
                start = probe + 1 if probe == index else index
                holds_quote = any(reader.quoted(i) for i in range(probe + 1, end))
                if not holds_quote and not reader.low(probe + 1).endswith("ing"):
                    return None  # "warned of dire consequences": a bare noun phrase
                return (start, end)
            if lowered[probe] in (",", ".", ";") and not quoted[probe]:
                return None
    return None


def phrase_to_comma(reader: SentenceReader, first: int, limit: int = MAX_NP_TOKENS) -> tuple[int, int] | None:
    """`according to early returns`, `according to ouest-france.fr`: the words up to a comma."""
    last, stop = first - 1, (first + limit if first + limit < reader.size else reader.size)  # (no ``min`` per word)
    lowered, quoted = reader.lowered, reader.quoted_flags  # read in place: 0 <= first <= last + 1 < stop <= size
    while last + 1 < stop and not quoted[last + 1] and lowered[last + 1] not in (
            ",", ";", ".", "!", "?", "who", "which"):
        last += 1
    return (first, last) if last >= first else None


def coordinated_name_end(reader: SentenceReader, last: int) -> int:
    """Past `, Climatology and Geophysics Agency` after a capitalised word: the last word of a
    body's coordinated name (``runs.coordinated_body``), else ``last``."""
    end = coordinated_body(reader.texts, last + 1, reader.lexicon)
    return end - 1 if end is not None else last


def sentence_end(reader: SentenceReader) -> int:
    end = reader.size
    while end > 0 and reader.low(end - 1) in (".", "!", "?", ";") and not reader.quoted(end - 1):
        end -= 1
    return end


def starts_with_verb(reader: SentenceReader, index: int) -> bool:
    low = reader.low(index)
    return reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past") or (
        low.endswith(("ed", "s")) and not reader.capitalised(index) and len(low) > 3
    )

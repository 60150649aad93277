"""Clauses: where a reported clause ends (``clause_end``) and whether a verb of saying follows a comma."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clause_shape import looks_like_clause
from .cues import cue_entries_at
from .phrases import np_after, quotation_ends_with_comma
from .sentence import MARK_GLYPHS

if TYPE_CHECKING:
    from .sentence import SentenceReader


def clause_end(reader: SentenceReader, first: int) -> int:
    """Index past the last word of the reported clause starting at ``first``."""
    words = reader.texts
    if 0 <= first < reader.size and reader.quoted_flags[first] and words[first] in MARK_GLYPHS:  # ``is_mark``
        owner = reader.owners[first]
        last = reader.quotation_words(owner)[1] - 1
        second = reader.low(last + 1) in ("and", "but") and _quotation_ahead(reader, last + 2)
        if not second and (last + 1 >= len(words) or reader.low(last - 1) in (",", ".", "!", "?")
                           or reader.low(last + 1) in (",", ".", ";")):
            return last + 1  # `cautioned “let’s not get ahead of ourselves,” before …`
    # "When Comey said that X, experts agreed" / "Declaring that X, the candidate …": the clause ends at its comma
    size, lowered, quoted = len(words), reader.lowered, reader.quoted_flags  # read in place, within bounds
    opener = lowered[0] if size else ""
    subordinate = (opener in reader.lexicon.lists["subordinators"] or (
        first > 0 and opener.endswith("ing") and reader.capitalised(0))) and not _main_clause_cue(reader, first)
    index = first
    at_first = lowered[first] if 0 <= first < size else ""
    if at_first == ",":  # "that, given the partisan divide, instituting these goals will …"
        # (the window's own ``index``, not a generator: one would make this function's names closure cells)
        window = lowered[first + 1:first + 12]
        index = first + 2 + window.index(",") if "," in window else first
    # Where the scan from a word ends depends on that word and on these flags only (once three words past
    # ``first``), so a long scan is remembered per sentence: clauses of many cues in one long sentence
    # ("said that … said that …") share their ends instead of each scanning to the stop; short scans are not kept.
    known = reader.clause_ends((subordinate, at_first in reader.lexicon.words["preposition"], at_first == "to"))
    # the words the scan goes past (from three words past ``first``): those of the runs it closed,
    # and the run from ``run_start`` to where it stops (its word included if a test below ended it)
    passed: list[int] = []
    run_start = index
    end = -1
    turns = _CLAUSE_TURNS
    while index < size:
        if known and index - first >= 3:
            end = known.get(index, -1)
            if end >= 0:  # a remembered scan went past this word: not passed by this one
                passed.extend(range(max(run_start, first + 3), index))
                run_start = size
                break
        low = lowered[index]
        if low not in turns and not quoted[index]:
            index += 1  # most words: none of the tests below can end the clause at them
            if not known:  # (no scan remembered to meet on the way: the run of such words is passed at once)
                while index < size and lowered[index] not in turns and not quoted[index]:
                    index += 1
            continue
        if quoted[index]:
            if words[index] in MARK_GLYPHS and quotation_ends_with_comma(reader, index) and (  # (only a mark can)
                subordinate or _boundary_after_comma(reader, index + 1, quoted_comma=True)
            ):
                end = index + 1
                break
            index += 1
            continue
        if low == ";":
            end = index
            break
        following = lowered[index + 1] if index + 1 < size else ""  # asked by most tests below
        if low == "," and following == "which" and _comment_on_the_clause(reader, index):
            end = index  # "… done 24/7, which may be possible, though …": the writer's comment on what was said
            break
        if low == "," and following in ("which", "who") and not subordinate:
            # a relative clause belongs to the content ("obstacles remain for applicants, who remain
            # uncertain …"), unless no clause came before it: "told the press in the parliament,
            # which was streamed live, “…”" is an adjunct before the quotation
            if reader.is_word(first, "preposition") or index - first < 3 or _name_introduced(reader, first, index):
                end = index  # and "… the cooperation of Bryan Pagliano, who worked on …": the writer introduces a name
                break
            index += 1
            continue
        if low == "," and (subordinate or _boundary_after_comma(reader, index + 1)):
            end = index  # "When Comey said that X, experts agreed": the subordinate clause ends
            break
        if low in ("and",) and following == "that":
            end = index
            break
        if low in ("and", "or", "but") and following == ",":
            passed.extend(range(max(run_start, first + 3), index + 1))  # the words after are jumped over
            index += 2  # "he’s got public opinion and, at very least, his base": a parenthesis after the conjunction
            while index < len(words) and reader.low(index) != "," and not reader.quoted(index):
                index += 1
            index = min(index + 1, size)  # no closing comma: the clause runs to the sentence's end, not past it
            run_start = index
            continue
        if (
            low in ("and", "but")
            and verb_cue_follows(reader, index + 1)
            and not _infinitive_goes_on(reader, first, index + 1)
        ):
            end = index  # "said A and insisted that B": a second speech act
            break
        if low in ("and", "but") and _subject_and_cue(reader, index + 1) \
                and not _short_noun_phrase(reader, first, index):
            end = index  # "said A and one in four said B": a second attribution (not "key output and new orders …")
            break
        if low == ":" and reader.is_mark(index + 1):
            end = index  # "said he was too busy: “I have a lot going on”": the quotation is its own record
            break
        if low in ("—", "–", "-") and (following in reader.lexicon.lists["clause_stoppers"] or (
            following in ("and", "but", "a", "an", "another") and reader.last_index_of(low) <= index
        )):  # "… for its independent course — a rhetoric amplified by …": the writer's appositive
            end = index  # but a dash pair ("those old - and previously unreported - postings") is a parenthesis
            break
        if low in ("—", "–") and not subordinate:
            closing = -1
            for probe in range(index + 2, min(size, index + DASH_PAIR_REACH)):
                if lowered[probe] == low or lowered[probe] == ";":
                    closing = probe
                    break
            if closing > 0 and lowered[closing] == low:
                passed.extend(range(max(run_start, first + 3), index + 1))  # the words after are jumped over
                index = closing + 1  # "all three levels — municipal, provincial, and federal — should": one clause
                run_start = index
                continue
        index += 1
    if end < 0:
        end = index
    # (conditional expressions, not ``min``/``max``: a builtin call per scan costs more than the tests)
    passed.extend(range(run_start if run_start > first + 3 else first + 3, index + 1 if index + 1 < size else size))
    if len(passed) > LONG_SCAN:
        known.update(dict.fromkeys(passed, end))  # (in C: a long scan's words are many)
    return end


def _main_clause_cue(reader: SentenceReader, first: int) -> bool:
    """`During his homeless years, which ended this fall, Brooks says he drank …`: after the last
    comma before the content, a plain subject and its cue — the opening phrase has closed and the
    cue is the main clause's (not `…, when he asked`, `…, a White House official who spoke`)."""
    # plain loops over the columns (no generator, no ``max``): past the sentence a word is "", no comma
    lowered, quoted, size = reader.lowered, reader.quoted_flags, reader.size
    comma = -1
    for index in range(first - 1 if first <= size else size - 1,
                       first - MAIN_CLAUSE_REACH if first > MAIN_CLAUSE_REACH else 0, -1):
        if lowered[index] == "," and not quoted[index]:
            comma = index
            break
    if comma < 0 or first - comma < 3:
        return False
    subordinators = reader.lexicon.lists["subordinators"]
    for word in lowered[comma + 1:first - 1]:  # the subject and the cue, not the content's `that`
        if word in subordinators or word in ("who", "which", "whom", "whose", "where"):
            return False
    return True


def before_comment(reader: SentenceReader, first: int, end: int) -> int:
    """``end``, or the comma of the writer's `, which …` comment between ``first`` and it."""
    for index in range(first + 1, end):
        if reader.low(index) == "," and reader.low(index + 1) == "which" and not reader.quoted(index) \
                and _comment_on_the_clause(reader, index):
            return index
    return end


def _comment_on_the_clause(reader: SentenceReader, comma: int) -> bool:
    """`, which may be possible`, `, which is a leading risk factor`: a `which` clause after a word
    that is no noun (a number, an adverb, a participle), with a modal or a form of `be` — it
    comments on the whole clause before it, in the writer's voice; `a plant, which employs 300`
    describes the noun."""
    before = reader.low(comma - 1)
    verb = reader.low(comma + 2)
    noun_before = before.isalpha() and not before.endswith(("ly", "ed")) and before not in ("done", "made")
    return not noun_before and (verb in reader.lexicon.lists["modals"] or verb in ("is", "was"))


DASH_PAIR_REACH = 14  # words a dash pair may hold
MAIN_CLAUSE_REACH = 40  # words back from a content to the comma that closed the sentence's opening phrase
RELATIVE_REACH = 25  # words of a `who` clause in which the speaker's quoted words are looked for
LONG_SCAN = 24  # words a clause scan goes past before it is remembered
_CLAUSE_TURNS = frozenset({";", ",", ":", "and", "or", "but", "—", "–", "-"})  # each test of ``clause_end`` wants one


def _infinitive_goes_on(reader: SentenceReader, first: int, index: int) -> bool:
    """`to raise their hands and pledge their loyalty`: a bare verb after "and" continues the infinitive."""
    while reader.is_word(index, "adverb"):
        index += 1
    return reader.low(first) == "to" and not reader.low(index).endswith(("ed", "s"))


_CLAUSAL_FRAMES = frozenset({"that", "obj_that", "colon", "to_inf", "as", "small"})


def verb_cue_follows(reader: SentenceReader, index: int) -> bool:
    """A second verb of saying: `said A and insisted that B`, `…, but did not suggest`."""
    classes = reader.lexicon.words
    word = reader.low(index)
    while word in classes["adverb"] or word in classes["auxiliary"] or word in classes["negation"]:
        index += 1
        word = reader.low(index)
    # (a word outside the cue table has no entries: most words, asked before the entries are)
    return (not word.endswith("ing") or reader.low(index + 1) == "that") and index in reader.cue_table and any(
        e.cue_class == "speech" and e.frame in _CLAUSAL_FRAMES for e in cue_entries_at(reader, index)
    )


def _boundary_after_comma(reader: SentenceReader, index: int, *, quoted_comma: bool = False) -> bool:
    """After a comma: does a new clause or an attribution begin at ``index``?"""
    nxt = reader.low(index)
    if nxt in reader.lexicon.lists["clause_stoppers"] or verb_cue_follows(reader, index):
        return True
    if reader.capitalised(index) and not reader.quoted(index) and nxt in reader.lexicon.not_name_words:
        return True  # "… a major problem, Over 38,000 migrants …": a full stop typed as a comma
    if nxt in ("a", "an") and reader.last_index_of(",") < index:
        return True  # `…, an acknowledgment that advisers trumpeted`: an appositive to the end
    if nxt == "and" and reader.low(index + 1) in reader.lexicon.lists["subordinators"]:
        return True
    if nxt in reader.lexicon.lists["result_participles"] and not reader.quoted(index):
        return False  # `… have ebbed, leaving the world blind to …`: what the reported event brings about
    if nxt in reader.lexicon.lists["adjunct_openers"] or (
        nxt.endswith("ing") and len(nxt) > 5 and not reader.quoted(index) and _writer_participle(reader, index)
    ):
        return True  # `…, despite the feud`, `…, making air quotes`: the writer's adjunct
    if nxt in ("and", "but") and _subject_and_cue(reader, index + 1):
        return True  # "…, but he said he played no role": a second attribution
    if nxt in ("and", "but") and _verb_follows(reader, index + 1):
        return False  # "she's longed to move on, and has been studying", "…, but found him": the same subject goes on
    if nxt == "but":  # "…, but he did remember" continues; "…, but for Republicans, it is" does not
        return not (
            reader.is_word(index + 1, "subject_pronoun") and reader.low(index + 1) not in ("it", "there", "who")
        )
    if nxt in ("and", "but") and _starts_clause(reader, index + 1):
        # "…, “it’s not appropriate,” and the students’ actions “fall upon the school.”": a second
        # fragment of the same speaker's words keeps the clause in the record (SPEC: one mixed record)
        return not (quoted_comma and _quotation_ahead(reader, index + 1))
    return _boundary_rest(reader, index)


def _name_introduced(reader: SentenceReader, first: int, comma: int) -> bool:
    """`…, who worked on …` after a name that ends a clause (`the FBI had secured the cooperation
    of Bryan Pagliano, who …`): the writer saying who that is — not after the clause's subject
    (`Gov. García Padilla, who must decide, has revealed …`), nor a clause holding the speaker's
    own quoted words (`people from the West Indies, who were “native to …”`)."""
    if not (reader.low(comma + 1) == "who" and reader.capitalised(comma - 1) and not reader.quoted(comma - 1)):
        return False
    name = comma - 1
    while name > first and reader.capitalised(name - 1) and not reader.quoted(name - 1):
        name -= 1
    before = reader.low(name - 1)
    if name <= first or before == "that" or before in reader.lexicon.lists["subordinators"]:
        return False  # "pleased that Pagliano, who invoked the Fifth, is now …": the inner clause's subject
    return (any(reader.is_word(i, "auxiliary") or reader.is_word(i, "finite_past") for i in range(first, name))
            and not any(reader.quoted(i) for i in range(comma + 2, min(reader.size, comma + RELATIVE_REACH))))


def _writer_participle(reader: SentenceReader, index: int) -> bool:
    """An `-ing` word after the content's comma that is the writer's: the speaker's manner
    (`making air quotes`, `pointing to …`), another speech act (`adding …`), or no participle
    (`during`, `something`); not one going on with what was said (`it was a temporary dip,
    reflecting restlessness …`, `…, refusing to rule out cuts`)."""
    low = reader.low(index)
    return (low in reader.lexicon.lists["manner_participles"] or reader.is_word(index, "preposition")
            or low.endswith("thing") or bool(cue_entries_at(reader, index)))


def _quotation_ahead(reader: SentenceReader, index: int) -> bool:
    """Another quotation before the sentence ends, with no verb of saying on the way."""
    # (a word starts a cue only if it is in the cue table: the others are not asked one by one)
    stop = reader.next_where("quotation_or_cue", lambda probe: reader.quoted_flags[probe] or (
        probe in reader.cue_table and bool(cue_entries_at(reader, probe)) and not reader.capitalised(probe)), index)
    return stop < reader.size and reader.quoted(stop)


def _boundary_rest(reader: SentenceReader, index: int) -> bool:
    """An attribution, or a subject with a verb of saying, after the comma: a new clause."""
    subject = np_after(reader, index)  # (found once: the attribution's subject is the same phrase)
    if subject is None:
        return False
    if _attribution_follows(reader, subject):
        return True
    if not all(reader.is_word(i, "determiner") for i in range(subject[0], subject[1] + 1)):
        cue = subject[1] + 1
        while reader.is_word(cue, "adverb") or reader.is_word(cue, "auxiliary"):
            cue += 1
        return bool(cue_entries_at(reader, cue))
    return False


def _short_noun_phrase(reader: SentenceReader, first: int, end: int) -> bool:
    """At most three words before ``end`` with no verb among them, right after `that` or a verb of
    saying: the first of coordinated subjects (`said that key output and new orders contracted`)."""
    after_cue = reader.low(first - 1) == "that" or any(e.frame == "that" for e in cue_entries_at(reader, first - 1))
    return after_cue and 0 < end - first <= 3 and not any(
        reader.is_word(i, "auxiliary") or reader.is_word(i, "finite_past") or reader.low(i).endswith("ed")
        or reader.quoted(i) for i in range(first, end))


def _subject_and_cue(reader: SentenceReader, index: int) -> bool:
    subject = np_after(reader, index)
    if subject is None:
        return False
    cue = subject[1] + 1
    while reader.is_word(cue, "adverb") or reader.is_word(cue, "auxiliary"):
        cue += 1
    return cue in reader.cue_table and any(e.cue_class == "speech" for e in cue_entries_at(reader, cue))


def _verb_follows(reader: SentenceReader, index: int) -> bool:
    """A finite verb (after adverbs) with no subject of its own: a coordinated predicate."""
    while reader.is_word(index, "adverb"):
        index += 1
    low = reader.low(index)
    return not reader.capitalised(index) and (reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past")
                                              or (low.endswith("ed") and len(low) > 4))


def _starts_clause(reader: SentenceReader, index: int) -> bool:
    if reader.low(index) == "that":
        return True
    if reader.is_word(index, "subject_pronoun") and reader.low(index) not in ("that", "this", "who"):
        return True
    return looks_like_clause(reader, index, reader.size)


def _attribution_follows(reader: SentenceReader, span: tuple[int, int]) -> bool:
    """", he said." / ", Blinken added," — a trailing attribution, not more content (``span``: the
    noun phrase after the comma)."""
    cue = span[1] + 1
    while reader.is_word(cue, "adverb"):
        cue += 1
    if not cue_entries_at(reader, cue):
        return False
    return reader.low(cue + 1) in ("", ".", ",", "!", "?") or reader.is_word(cue + 1, "time")

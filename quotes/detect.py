"""Quote detection: quotations in marks, reported speech and mixed quotes, with their local source.

Input is the document text plus its layout (paragraphs, paired quotation marks); output is a list
of ``Candidate`` records in document order, each with its content span, kind, cue and the source
mention the sentence itself gives (``None`` when only context can tell: the resolver decides).

The detector works on word tokens within sentences.  Quotations are opaque units inside a
sentence: a cue inside a quotation is never a cue of the writer's sentence.
"""

from __future__ import annotations

from typing import Iterator, Sequence

import bisect
import functools

import attrs

import regex

from .analysis import EMPTY, Analysis
from .lexicon import CueEntry, Lexicon
from .marks import DOUBLE_MARKS, SINGLE_MARKS, Quotation, quotations
from .model import Kind, Span
from .segment import Paragraph, paragraphs, sentences, tokens

_MARK_GLYPHS = DOUBLE_MARKS | SINGLE_MARKS
MAX_CUE_GAP = 8  # tokens allowed between a cue and its "that"
MAX_NP_TOKENS = 12


@attrs.frozen
class Candidate:
    """A detected quote before speaker resolution."""

    content: Span
    kind: Kind
    cue: Span | None
    source: Span | None  # the source mention as the sentence gives it
    paragraph: int
    note: str | None = None
    confidence: float = 0.9


@attrs.frozen
class Sentence:
    span: Span
    paragraph: int
    words: tuple[Span, ...]
    quotation_of: tuple[int | None, ...]  # per word: index of the quotation holding it


@attrs.frozen
class Layout:
    text: str
    paragraphs: tuple[Paragraph, ...]
    quotations: tuple[Quotation, ...]
    sentences: tuple[Sentence, ...]


def layout(text: str, *, lexicon: Lexicon) -> Layout:
    """Paragraphs, paired quotation marks and quotation-aware sentences of a document."""
    paras = paragraphs(text, lexicon)
    found = quotations(text, paras)
    regions = [(q.outer_start, q.outer_end) for q in found]
    starts = [q.outer_start for q in found]
    ends = [q.outer_end for q in found]  # quotations are disjoint and in order: both lists sorted
    all_sentences = []
    for paragraph in paras:
        if paragraph.boilerplate or paragraph.headline:
            continue
        low = bisect.bisect_left(ends, paragraph.start)
        high = bisect.bisect_left(starts, paragraph.end)
        for span in sentences(text, paragraph.span, lexicon=lexicon, protected=regions[low:high]):
            words = tuple(tokens(text, span.start, span.end, abbreviations=lexicon.abbreviations))
            if _quotation_at(found, starts, span.start) is None and bisect.bisect_left(starts, span.start) == bisect.bisect_left(starts, span.end):
                owner: tuple[int | None, ...] = (None,) * len(words)  # no quotation touches the sentence
            else:
                owner = tuple(_quotation_at(found, starts, word.start) for word in words)
            all_sentences.append(Sentence(span, paragraph.index, words, owner))
    return Layout(text, tuple(paras), tuple(found), tuple(all_sentences))


def _quotation_at(found: Sequence[Quotation], starts: Sequence[int], position: int) -> int | None:
    index = bisect.bisect_right(starts, position) - 1
    if index >= 0 and position < found[index].outer_end:
        return index
    return None


# --------------------------------------------------------------------------- sentence reader


@attrs.define
class _Reader:
    """Word-level questions about one sentence, answered with the lexicon."""

    text: str
    sentence: Sentence
    lexicon: Lexicon
    analysis: Analysis = EMPTY

    @property
    def words(self) -> tuple[Span, ...]:
        return self.sentence.words

    @functools.cached_property
    def lowered(self) -> tuple[str, ...]:
        return tuple(word.text.lower() for word in self.words)

    def low(self, index: int) -> str:
        return self.lowered[index] if 0 <= index < len(self.lowered) else ""

    def is_word(self, index: int, cls: str) -> bool:
        return self.low(index) in self.lexicon.words[cls]

    def quoted(self, index: int) -> bool:
        return 0 <= index < len(self.words) and self.sentence.quotation_of[index] is not None

    @functools.cached_property
    def cue_table(self) -> dict[int, tuple[int, tuple[CueEntry, ...]]]:
        """Word index -> the longest cue phrase starting there (words, entries), for cue words only."""
        keys = self.lexicon.cue_keys
        table = {}
        for index, low in enumerate(self.lowered):
            if low in keys:
                found = _find_phrase(self, index)
                if found[1]:
                    table[index] = found
        return table

    def is_mark(self, index: int) -> bool:
        return self.quoted(index) and self.words[index].text in _MARK_GLYPHS

    def capitalised(self, index: int) -> bool:
        word = self.words[index].text
        return word[:1].isupper() or (word[:1].isdigit() and len(word) <= 4)

    def span(self, first: int, last: int) -> Span:
        start, end = self.words[first].start, self.words[last].end
        return Span(start, end, self.text[start:end])

    def np_word(self, index: int) -> bool:
        word = self.words[index].text
        low = word.lower()
        if self.quoted(index) or not (word[:1].isalnum()):
            return False
        if self.capitalised(index):
            return low not in self.lexicon.words["clause_boundary"]
        bare = low.removesuffix("’s").removesuffix("'s")
        lex = self.lexicon
        return (
            bare in lex.words["np_modifier"]
            or bare in lex.words["np_head"]
            or bare in lex.words["determiner"]
            or bare in lex.unnamed_heads
            or bare in lex.org_heads
            or bare in lex.demonyms
            or bare in lex.title_words
            or low.endswith(("’s", "'s"))
        )



# --------------------------------------------------------------------------- noun phrases


def source_left(reader: _Reader, cue_index: int) -> tuple[str, Span | None]:
    """The subject of the cue at ``cue_index``: ("np", span), ("chained", None), ("and", None),
    ("negated", None) or ("none", None)."""
    index = cue_index - 1
    while index >= 0 and (
        reader.is_word(index, "adverb")
        or reader.is_word(index, "auxiliary")
        or (reader.is_word(index, "time") and reader.low(index) not in ("this",))
        or (reader.low(index) == "on" and reader.is_word(index + 1, "time"))
        or reader.low(index) in _REFLEXIVES
        or (reader.low(index).endswith("ly") and len(reader.low(index)) > 4 and not reader.capitalised(index))
    ):
        index -= 1
    if any(reader.is_word(i, "negation") for i in range(max(0, index - 1), cue_index)):
        return "negated", None
    if reader.low(cue_index - 1) in _BE_FORMS and not reader.low(cue_index).endswith("ing"):
        return "none", None  # a passive: "It was said that …" names no one
    if index < 0:
        return "none", None
    word = reader.low(index)
    if (word == "," or _quotation_ends_with_comma(reader, index)) and reader.low(cue_index).endswith("ing"):
        return "chained", None
    if reader.low(cue_index).endswith("ing") and not reader.is_word(cue_index - 1, "auxiliary") and index == cue_index - 1:
        if reader.capitalised(index) and not reader.quoted(index):
            named = _np_before(reader, index)
            if named is not None:
                return "np", reader.span(named[0], named[1])  # "with Donald Trump tweeting that …"
        return "chained", None  # "sent an email to supporters inviting them …": the sender speaks
    if word in (",", "-", "—", "–", ")"):
        subject = _subject_before_parenthetical(reader, index)
        return ("np", subject) if subject is not None else ("none", None)
    if word in ("who", "which") and reader.low(index - 1) == ",":
        if _np_before(reader, index - 2) is not None:
            return "np", reader.span(index, index)  # resolved through its antecedent
        return "none", None
    if word == "and":
        return "and", None  # "… and said that": the subject of the first verb
    if word.endswith(("’s", "'s")) and reader.low(cue_index) in reader.lexicon.words["nominal_cue"]:
        possessor = _np_before(reader, index)
        if possessor is not None and reader.capitalised(possessor[0]):
            return "nominal", reader.span(possessor[0], index)  # "Moscow’s claims that …"
        return "none", None
    if word in reader.lexicon.words["preposition"] or word.endswith(("’s", "'s")):
        return "none", None  # "in an attempt to reassure": not a speech act
    if reader.is_word(index, "subject_pronoun") and word not in ("this", "these", "those", "there"):
        return "np", reader.span(index, index)
    found = _np_before(reader, index) or _bare_plural_subject(reader, index)
    if found is None:
        return "none", None
    if _modifier_only(reader, found):
        return "chained", None  # "repeating a false claim that …": a noun cue; the clause's subject speaks
    return "np", reader.span(found[0], found[1])


def _modifier_only(reader: _Reader, found: tuple[int, int]) -> bool:
    first, last = found
    word = reader.low(last)
    if reader.capitalised(last) or reader.is_word(last, "subject_pronoun") or word.endswith(("’s", "'s")):
        return False
    lex = reader.lexicon
    nounish = (word in lex.words["np_head"] or word in lex.unnamed_heads or word in lex.title_words
               or word in lex.org_heads or (word.endswith("s") and not word.endswith("ss")) or word in ("both", "all", "many", "some", "others"))
    return not nounish and reader.is_word(first, "determiner")


def _bare_plural_subject(reader: _Reader, last: int) -> tuple[int, int] | None:
    """`former employees said`, `Democrats said`: a plural noun heading the clause."""
    word = reader.low(last)
    if reader.quoted(last) or not word.isalpha() or not word.endswith("s") or word.endswith("ss"):
        return None
    first = last
    while first - 1 >= 0 and reader.np_word(first - 1) and reader.low(first - 1) not in reader.lexicon.words["clause_boundary"]:
        first -= 1
    before = reader.low(first - 1)
    if first == 0 or before in (",", ";", ":", "—", "–", "-") or before in reader.lexicon.words["clause_boundary"]:
        return (first, last)
    return None


_REFLEXIVES = frozenset("itself himself herself themselves myself ourselves".split())
_PARENTHETICAL_CLOSERS = {",": ",", "-": "-", "—": "—", "–": "–", ")": "("}
MAX_PARENTHETICAL = 30


def _subject_before_parenthetical(reader: _Reader, close: int) -> Span | None:
    """`Jens Stoltenberg, Nato's secretary-general, said` / `Cruz, who has proposed …, said` /
    `Rep. Elijah Cummings (D-Md.) said` / `The justice -- who … -- said`: the subject before it."""
    opener = _PARENTHETICAL_CLOSERS[reader.low(close)]
    if opener == ",":  # "Sandy Phillips, who lost her daughter in Aurora, Colorado, in 2012, said"
        relative = next((i for i in range(close - 1, max(0, close - MAX_PARENTHETICAL), -1)
                         if reader.low(i) in ("who", "whose") and reader.low(i - 1) == ","), None)
        if relative is not None:
            found = _np_before(reader, relative - 2)
            if found is not None and reader.capitalised(found[0]):
                return reader.span(found[0], found[1])
    for index in range(close - 1, max(-1, close - MAX_PARENTHETICAL), -1):
        if reader.quoted(index) or reader.low(index) in (";", ":"):
            return None
        if reader.low(index) == opener and index > 0:
            last = index - 1
            if reader.low(last) == ")":  # "Cummings (D-Md.), chair of …,"
                last = next((i - 1 for i in range(last, max(-1, last - 8), -1) if reader.low(i) == "("), -1)
            if reader.low(last) in (",", "-", "—", "–", ")"):
                return _subject_before_parenthetical(reader, last)
            if reader.low(last).isdigit() and reader.low(last - 1) == ",":  # "Mr. Regalado, 69, said"
                last -= 2
            found = _np_before(reader, last)
            if found is None:
                return None
            named_appositive = opener == "," and close - index <= 5 and all(reader.capitalised(i) for i in range(index + 1, close))
            if named_appositive:  # "the F.B.I. director, James B. Comey, said" / "a third, Daniel Traynor, said"
                return reader.span(found[0], close - 1)
            if not any(reader.capitalised(i) or reader.is_word(i, "subject_pronoun") for i in range(found[0], found[1] + 1)):
                return None
            return reader.span(found[0], found[1])
    return None


def _np_before(reader: _Reader, last: int) -> tuple[int, int] | None:
    """A noun phrase ending at word ``last``: (first, last) word indices, or None."""
    if last < 0 or not reader.np_word(last) and not reader.is_word(last, "subject_pronoun"):
        if last >= 0 and not reader.quoted(last) and reader.words[last].text[:1].isalpha():
            extended = _determiner_within(reader, last)
            if extended is None:
                return None
            first = extended
        else:
            return None
    else:
        first = last
    if reader.is_word(last, "subject_pronoun"):
        return (last, last)
    while first - 1 >= 0 and last - first < MAX_NP_TOKENS:
        previous = first - 1
        low = reader.low(previous)
        if reader.np_word(previous) and low not in reader.lexicon.words["clause_boundary"]:
            first = previous
        elif low == "and" and previous - 1 >= 0 and reader.capitalised(previous - 1) and reader.capitalised(first):
            first = previous  # "Blinken and Lavrov"
        elif reader.words[previous].text in ("-", "‐") and previous - 1 >= 0:
            first = previous
        else:
            extended = _determiner_within(reader, previous)
            if extended is None:
                break
            first = extended
    while first <= last and (
        reader.low(first) in ("of", "and", "for") or reader.is_word(first, "preposition")
    ):
        first += 1
    if first > last:
        return None
    return (first, last)


def _determiner_within(reader: _Reader, index: int, reach: int = 3) -> int | None:
    """Index of a determiner at most ``reach`` plain words left of ``index`` (same phrase)."""
    for back in range(index, max(-1, index - reach - 1), -1):
        low = reader.low(back)
        if reader.quoted(back) or not reader.words[back].text[:1].isalnum():
            return None
        if low in reader.lexicon.words["clause_boundary"] - {"that", "these", "those"}:
            return None
        if (low in reader.lexicon.words["determiner"] and low not in ("that",)) or low.endswith(("’s", "'s")):
            return back
    return None


def np_after(reader: _Reader, first: int) -> tuple[int, int] | None:
    """A noun phrase starting at ``first`` (for "according to X", "said X")."""
    if first >= len(reader.words) or reader.quoted(first):
        return None
    if reader.is_word(first, "subject_pronoun") or reader.low(first) in ("him", "her", "them"):
        return (first, first)
    if reader.low(first) == "what":  # "according to what the two superpowers said"
        inner = np_after(reader, first + 1)
        return inner
    last = first - 1
    saw_determiner = False
    while last + 1 < len(reader.words) and last + 1 - first < MAX_NP_TOKENS:
        nxt = last + 1
        low = reader.low(nxt)
        if reader.np_word(nxt) and (low not in reader.lexicon.words["clause_boundary"] or low == "and" and reader.capitalised(nxt + 1) if nxt + 1 < len(reader.words) else False):
            saw_determiner |= low in reader.lexicon.words["determiner"]
            last = nxt
        elif low == "and" and nxt + 1 < len(reader.words) and reader.capitalised(nxt + 1) and reader.capitalised(last):
            last = nxt
        elif saw_determiner and reader.words[nxt].text[:1].isalpha() and low not in reader.lexicon.words["clause_boundary"] and not reader.is_word(nxt, "auxiliary") and not low.endswith("ed") and not reader.is_word(nxt, "finite_past") and low not in reader.lexicon.cue_forms:
            last = nxt
            saw_determiner = False
        else:
            break
    while last >= first and reader.low(last) in ("and", "of", "the", "a", "an"):
        last -= 1
    if last < first:
        return None
    # "a statement released by the French presidency", "a report from Bloomberg"
    head = reader.low(last)
    if head in ("statement", "report", "document", "interview", "readout", "release", "post", "tweet"):
        for probe in range(last + 1, min(len(reader.words), last + 5)):
            if reader.low(probe) in ("by", "from", "of"):
                inner = np_after(reader, probe + 1)
                if inner is not None:
                    return inner
    # ", Andriy Yermak" — an appositive name after a role
    if last + 2 < len(reader.words) and reader.low(last + 1) == "," and reader.capitalised(last + 2):
        name = last + 2
        while name + 1 < len(reader.words) and reader.capitalised(name + 1) and not reader.quoted(name + 1):
            name += 1
        after = reader.low(name + 1)
        if after in ("", ",", ".", ";", "who") and name - last - 1 <= 4:
            return (first, name)
    return (first, last)


# --------------------------------------------------------------------------- clauses


def clause_end(reader: _Reader, first: int) -> int:
    """Index past the last word of the reported clause starting at ``first``."""
    words = reader.words
    if reader.is_mark(first):
        owner = reader.sentence.quotation_of[first]
        last = max(i for i, o in enumerate(reader.sentence.quotation_of) if o == owner)
        if last + 1 >= len(words) or reader.low(last - 1) in (",", ".", "!", "?") or reader.low(last + 1) in (",", ".", ";"):
            return last + 1  # `cautioned “let’s not get ahead of ourselves,” before …`
    subordinate = reader.low(0) in _SUBORDINATORS
    index = first
    while index < len(words):
        low = reader.low(index)
        if reader.quoted(index):
            if _quotation_ends_with_comma(reader, index) and (subordinate or _boundary_after_comma(reader, index + 1, quoted_comma=True)):
                return index + 1
            index += 1
            continue
        if low == ";":
            return index
        if low == "," and (subordinate or _boundary_after_comma(reader, index + 1)):
            return index  # "When Comey said that X, experts agreed": the subordinate clause ends
        if low in ("and",) and reader.low(index + 1) == "that":
            return index
        if low in ("and", "but") and _verb_cue_follows(reader, index + 1):
            return index  # "said A and insisted that B": a second speech act
        if low in ("—", "–", "-") and (reader.low(index + 1) in _CLAUSE_STOPPERS or reader.low(index + 1) in ("and", "but")):
            return index
        index += 1
    return index


_SUBORDINATORS = frozenset("when if as after before because although though while since once unless until whenever".split())
_BE_FORMS = frozenset("is are was were be been being".split())
_ADJUNCT_OPENERS = frozenset("despite compared unlike including excluding amid".split())
_ARTICLES = frozenset("the a an his her its their our my your these those this such".split())
_CLAUSE_STOPPERS = frozenset(
    "while whereas although though adding noting saying according explaining arguing "
    "insisting stressing citing warning telling asking calling suggesting claiming".split()
)


_CLAUSAL_FRAMES = frozenset({"that", "obj_that", "colon", "to_inf", "as", "small"})


def _verb_cue_follows(reader: _Reader, index: int) -> bool:
    """A second verb of saying: `said A and insisted that B`, `…, but did not suggest`."""
    while reader.is_word(index, "adverb") or reader.is_word(index, "auxiliary") or reader.is_word(index, "negation"):
        index += 1
    return not reader.low(index).endswith("ing") and any(
        e.cue_class == "speech" and e.frame in _CLAUSAL_FRAMES for e in _cue_entries_at(reader, index)
    )


def _boundary_after_comma(reader: _Reader, index: int, *, quoted_comma: bool = False) -> bool:
    """After a comma: does a new clause or an attribution begin at ``index``?"""
    nxt = reader.low(index)
    if nxt in _CLAUSE_STOPPERS or _verb_cue_follows(reader, index):
        return True
    if nxt in ("which", "who") and not quoted_comma:
        return True  # a relative clause after the content: the writer's elaboration
    if nxt in ("a", "an") and not any(reader.low(i) == "," for i in range(index, len(reader.words))):
        return True  # `…, an acknowledgment that advisers trumpeted`: an appositive to the end
    if nxt == "and" and reader.low(index + 1) in _SUBORDINATORS:
        return True
    if nxt in _ADJUNCT_OPENERS or (nxt.endswith("ing") and len(nxt) > 5 and not reader.quoted(index)):
        return True  # `…, despite the feud`, `…, making air quotes`: the writer's adjunct
    if nxt == "but":  # "…, but he did remember" continues; "…, but for Republicans, it is" does not
        return not (reader.is_word(index + 1, "subject_pronoun") and reader.low(index + 1) not in ("it", "there", "who"))
    if nxt in ("and", "but") and _starts_clause(reader, index + 1):
        return True
    if _attribution_follows(reader, index):
        return True
    subject = np_after(reader, index)
    if subject is not None and not all(reader.is_word(i, "determiner") for i in range(subject[0], subject[1] + 1)):
        cue = subject[1] + 1
        while reader.is_word(cue, "adverb") or reader.is_word(cue, "auxiliary"):
            cue += 1
        return bool(_cue_entries_at(reader, cue))
    return False


def _quotation_ends_with_comma(reader: _Reader, index: int) -> bool:
    """The closing mark of a quotation whose last character is a comma: `“not simple,” and`."""
    if not reader.is_mark(index) or reader.quoted(index + 1) and reader.sentence.quotation_of[index + 1] == reader.sentence.quotation_of[index]:
        return False
    while index - 1 >= 0 and reader.is_mark(index - 1):
        index -= 1  # the first half of a '' pair
    return reader.low(index - 1) == ","


def _starts_clause(reader: _Reader, index: int) -> bool:
    if reader.low(index) == "that":
        return True
    if reader.is_word(index, "subject_pronoun") and reader.low(index) not in ("that", "this", "who"):
        return True
    return looks_like_clause(reader, index, len(reader.words))


def _attribution_follows(reader: _Reader, index: int) -> bool:
    """", he said." / ", Blinken added," — a trailing attribution, not more content."""
    span = np_after(reader, index)
    if span is None:
        return False
    cue = span[1] + 1
    while reader.is_word(cue, "adverb"):
        cue += 1
    if not _cue_entries_at(reader, cue):
        return False
    return reader.low(cue + 1) in ("", ".", ",", "!", "?") or reader.is_word(cue + 1, "time")


def _plain_words(reader: _Reader, first: int, limit: int) -> int:
    """Words before the first comma or clause boundary (a bare noun phrase object is short)."""
    count = 0
    for index in range(first, limit):
        if reader.low(index) in (",", ";", ":", ".") and not reader.quoted(index):
            break
        count += reader.words[index].text[:1].isalnum()
    return count


def looks_like_clause(reader: _Reader, first: int, limit: int, lemma: str = "") -> bool:
    """A zero-``that`` complement must read like a clause: a subject, then a finite verb."""
    if first >= limit or reader.quoted(first) and not reader.is_mark(first):
        return False
    low = reader.low(first)
    if not reader.words[first].text[:1].isalnum() and not reader.is_mark(first):
        return False
    if low in ("whether", "if", "how", "what", "why", "when", "where", "who", "which"):
        return False  # an indirect question is not a statement
    if reader.is_word(first, "subject_pronoun") and low not in ("who", "that"):
        return reader.low(first + 1) not in (",", ".", "")
    if low in reader.lexicon.words["preposition"] or low in ("to", "of"):
        return False
    if lemma in reader.lexicon.words["bare_complement"] and _plain_words(reader, first, limit) >= 4:
        return True  # "Obama said inevitable economic changes cost …": say-verbs rarely take objects
    for index in range(first + 1, min(limit, first + 13)):
        word = reader.low(index)
        if (word in (",", ";", ":", "to") or word in reader.lexicon.words["clause_boundary"]) and not reader.quoted(index):
            return False
        if reader.quoted(index):
            continue
        if (
            reader.is_word(index, "auxiliary")
            or reader.is_word(index, "finite_past")
            or (word.endswith("ed") and len(word) > 4)
            or (word.endswith("s") and not word.endswith(("ss", "’s", "'s")) and reader.capitalised(index - 1) and not reader.capitalised(index))
        ):
            return True
    return False


def _skip_adjuncts(reader: _Reader, index: int, *, listener: bool) -> int:
    """Skip a listener ("reporters", "the press") and time/place adjuncts after a cue."""
    limit = min(len(reader.words), index + MAX_CUE_GAP)
    if listener:
        if reader.is_word(index, "listener") or (reader.capitalised(index) and not reader.quoted(index)):
            while index < limit and (reader.is_word(index, "listener") or reader.capitalised(index)) and not reader.quoted(index):
                index += 1
        elif reader.low(index) == "the" and reader.is_word(index + 1, "listener"):
            index += 2
    while index < limit:
        low = reader.low(index)
        if reader.is_word(index, "time") or reader.is_word(index, "adverb") or low in ("earlier", "later", "on", "last", "this", "next", "only"):
            index += 1
        elif reader.is_word(index, "preposition"):
            end = index + 1
            while end < limit and reader.low(end) not in ("that", ",", ":", ".") and not reader.quoted(end) and end - index < 6:
                end += 1
            if reader.low(end) in ("that", ",", ":"):
                index = end
            else:
                break
        elif low == "," and reader.low(index + 1) in ("however", "though", "too"):
            index += 3 if reader.low(index + 2) == "," else 2
        else:
            break
    return index


def _cue_entries_at(reader: _Reader, index: int) -> tuple[CueEntry, ...]:
    if 0 <= index < len(reader.words):
        found = reader.cue_table.get(index)
        if found is None:
            return ()
        return found[1] if found[0] == 1 else _single_cue(reader, index)
    return ()


def _single_cue(reader: _Reader, index: int) -> tuple[CueEntry, ...]:
    entries = reader.lexicon.cue_forms.get(reader.low(index), ())
    if not entries or index >= len(reader.words) or reader.quoted(index):
        return ()
    if reader.capitalised(index) and not (index > 0 and reader.is_mark(index - 1)):
        return entries if any(e.frame == "prep" for e in entries) else ()
    if reader.low(index - 1) in _ARTICLES:
        return ()  # "the press", "a demand", "his remarks": a noun, not a verb of saying
    return entries


def _phrase_at(reader: _Reader, index: int) -> tuple[int, tuple[CueEntry, ...]]:
    """The longest cue phrase starting at ``index``: (number of words, entries)."""
    if 0 <= index < len(reader.words):
        return reader.cue_table.get(index, _NO_CUE)
    return _NO_CUE


def _find_phrase(reader: _Reader, index: int) -> tuple[int, tuple[CueEntry, ...]]:
    for length in reader.lexicon.phrase_lengths.get(reader.low(index), ()):
        if index + length > len(reader.words) or any(reader.quoted(i) for i in range(index, index + length)):
            continue
        phrase = " ".join(reader.low(i) for i in range(index, index + length))
        entries = reader.lexicon.cue_forms.get(phrase)
        if entries and reader.capitalised(index):
            entries = tuple(e for e in entries if e.frame == "prep")  # "According to", not "Point out"
        if entries:
            return length, entries
    return 1, _single_cue(reader, index)


# --------------------------------------------------------------------------- records


@attrs.define
class _Found:
    content: tuple[int, int]  # word indices, end exclusive
    cue: tuple[int, int]
    source: Span | None
    chained: bool = False
    frame: str = ""
    cue_class: str = "speech"


def _trim(reader: _Reader, first: int, end: int) -> Span | None:
    """Content span over words first..end-1, without a leading "that" or trailing punctuation."""
    while first < end and reader.low(first) in ("that", ",", ":") and not reader.quoted(first):
        first += 1
    while end > first and reader.low(end - 1) in (".", ",", ";", ":", "—", "–", "-") and not reader.quoted(end - 1):
        end -= 1
    if end <= first:
        return None
    return reader.span(first, end - 1)


def _content_words(reader: _Reader, first: int, end: int) -> int:
    return sum(1 for i in range(first, end) if reader.words[i].text[:1].isalnum())


def _complement(reader: _Reader, cue_first: int, cue_end: int, entry: CueEntry) -> tuple[int, int] | None:
    """Where the reported clause after the cue begins and ends: word indices."""
    frame = entry.frame
    words = reader.words
    if frame in ("as", "small", "to_inf", "of"):
        return _object_complement(reader, cue_end, frame)
    if frame in ("prep", "any"):
        return None  # "any": the cue only attributes quotations ("he continued", "spoke to")
    listener = frame == "obj_that" or entry.lemma in ("tell",)
    index = _skip_adjuncts(reader, cue_end, listener=listener)
    if reader.low(index) == ":":
        start = index + 1
        return (start, clause_end(reader, start)) if start < len(words) else None
    if reader.low(index) == "," and reader.quoted(index + 1):
        return None  # `said, “…”`: a direct quotation, handled with quotations
    if reader.low(index) == "that":
        start = index + 1
        return (start, clause_end(reader, start))
    for probe in range(index, min(len(words), index + MAX_CUE_GAP)):
        if reader.low(probe) == "that" and frame in ("obj_that", "that") and not reader.quoted(probe):
            if all(_listener_word(reader, i) for i in range(index, probe)):
                start = probe + 1
                return (start, clause_end(reader, start))
            break
    if entry.frame == "obj_that" and not listener:
        return None
    if looks_like_clause(reader, index, len(words), entry.lemma) or reader.is_mark(index):
        return (index, clause_end(reader, index))
    return None


def _listener_word(reader: _Reader, index: int) -> bool:
    """Words of "a crowd in Miami on Tuesday" between a cue and its "that"."""
    low = reader.low(index)
    if reader.quoted(index) or not reader.words[index].text[:1].isalnum():
        return False
    if reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past"):
        return False
    if low in reader.lexicon.cue_forms and reader.low(index - 1) not in _ARTICLES:
        return False  # a verb of saying; "a press conference" is a noun
    return low not in reader.lexicon.words["clause_boundary"]


def _object_complement(reader: _Reader, index: int, frame: str) -> tuple[int, int] | None:
    words = reader.words
    limit = min(len(words), index + 12)
    if frame == "to_inf":
        for probe in range(index, limit):
            if reader.low(probe) == "to" and not reader.quoted(probe):
                if probe > index and not all(reader.np_word(i) or reader.capitalised(i) or reader.low(i) in ("him", "her", "them", "us", "me") for i in range(index, probe)):
                    return None
                return (probe, clause_end(reader, probe))
            if reader.low(probe) in (",", ".", ";") and not reader.quoted(probe):
                return None
        return None
    if frame == "as":
        for probe in range(index + 1, limit):
            if reader.low(probe) == "as" and not reader.quoted(probe):
                return (index, clause_end(reader, probe + 1))
            if reader.low(probe) in (",", ".", ";", "that") and not reader.quoted(probe):
                return None
        return None
    if frame == "small":  # call X "Y": only with a quoted fragment
        for probe in range(index + 1, limit):
            if reader.quoted(probe):
                end = probe
                while end < len(words) and reader.quoted(end):
                    end += 1
                return (index, end)
            if reader.low(probe) in (",", ".", ";", "for", "on") and not reader.quoted(probe):
                return None
        return None
    if frame == "of":  # warn of a "rapid" reaction; accuse X of doing
        for probe in range(index, limit):
            if reader.low(probe) == "of" and not reader.quoted(probe):
                end = clause_end(reader, probe + 1)
                start = probe + 1 if probe == index else index
                holds_quote = any(reader.quoted(i) for i in range(probe + 1, end))
                if not holds_quote and not reader.low(probe + 1).endswith("ing"):
                    return None  # "warned of dire consequences": a bare noun phrase
                return (start, end)
            if reader.low(probe) in (",", ".", ";") and not reader.quoted(probe):
                return None
    return None


def _according_to(reader: _Reader, cue_first: int, cue_end: int) -> _Found | None:
    """`According to X, CONTENT.` / `CONTENT, according to X.` / `CONTENT, according to X, MORE.`

    The content is the main clause, to the sentence end: SPEC §2 keeps its coordinated clauses.
    """
    found = np_after(reader, cue_end) or _phrase_to_comma(reader, cue_end)
    if found is None:
        return None
    source = reader.span(found[0], found[1])
    words = reader.words
    cue = (cue_first, cue_end)
    comma_after = next(
        (i for i in range(found[1] + 1, len(words)) if reader.low(i) == "," and not reader.quoted(i)), None
    )
    fronted = cue_first < 2 or reader.low(cue_first - 1) != "," or all(
        reader.is_word(i, "adverb") or reader.low(i) in (",", "but", "and") for i in range(0, cue_first - 1)
    )
    if fronted:  # According to X[ …], CONTENT.
        if comma_after is None or comma_after + 1 >= len(words):
            return None
        return _Found((comma_after + 1, _sentence_end(reader)), cue, source, frame="prep")
    if comma_after is None or reader.low(comma_after + 1) in ("who", "which", "whose", "a", "an", "the"):
        return _Found((0, cue_first - 1), cue, source, frame="prep")  # CONTENT, according to X.
    # CONTENT, according to X, MORE: one span over the clause, attribution included
    return _Found((0, _sentence_end(reader)), cue, source, frame="prep")


def _phrase_to_comma(reader: _Reader, first: int, limit: int = MAX_NP_TOKENS) -> tuple[int, int] | None:
    """`according to early returns`, `according to ouest-france.fr`: the words up to a comma."""
    last = first - 1
    while last + 1 < min(len(reader.words), first + limit) and not reader.quoted(last + 1) and reader.low(last + 1) not in (",", ";", ".", "!", "?", "who", "which"):
        last += 1
    return (first, last) if last >= first else None


def _sentence_end(reader: _Reader) -> int:
    end = len(reader.words)
    while end > 0 and reader.low(end - 1) in (".", "!", "?", ";") and not reader.quoted(end - 1):
        end -= 1
    return end


def _sentence_subject(reader: _Reader, before: int | None = None) -> Span | None:
    """The subject of the main clause: `In an incendiary press conference, Trump launched …`."""
    start = _after_dateline(reader)
    opener = reader.low(start)
    if (opener in reader.lexicon.words["preposition"] or opener in _SUBORDINATORS or reader.is_word(start, "adverb")
            or reader.is_word(start, "time") or opener.endswith(("ing", "ly"))):
        comma = next((i for i in range(start, min(len(reader.words), start + 25)) if reader.words[i].text == "," and not reader.quoted(i)), None)
        if comma is not None:
            start = comma + 1
    if reader.quoted(start):
        return None
    found = np_after(reader, start)
    if found is None or (before is not None and found[1] >= before):
        return None
    return reader.span(found[0], found[1])


_NO_CUE: tuple[int, tuple[CueEntry, ...]] = (1, ())


def _cues_in(reader: _Reader) -> Iterator[tuple[int, int, tuple[CueEntry, ...]]]:
    """Cue phrases in sentence order, none overlapping."""
    taken = 0
    for index, (length, entries) in sorted(reader.cue_table.items()):
        if index >= taken:
            yield index, index + length, entries
            taken = index + length


def _reported(reader: _Reader) -> list[_Found]:
    """Every reported-speech construction of one sentence, outermost first, nested removed."""
    found: list[_Found] = []
    for cue_first, cue_end, entries in _cues_in(reader):
        record = _reported_at(reader, cue_first, cue_end, entries, found)
        while record is not None:
            found.append(record)
            record = _coordinated(reader, record)
    return _drop_nested(found)


def _coordinated(reader: _Reader, record: _Found) -> _Found | None:
    """`said that A, and that B`: one record each, sharing mention and cue (SPEC §2)."""
    index = record.content[1]
    if reader.low(index) == ",":
        index += 1
    if reader.low(index) in ("and", "but") and reader.low(index + 1) == "that" and not reader.quoted(index):
        start = index + 2
        if start < len(reader.words):
            return attrs.evolve(record, content=(start, clause_end(reader, start)))
    return None


def _reported_at(reader: _Reader, cue_first: int, cue_end: int, entries: tuple[CueEntry, ...], earlier: list[_Found]) -> _Found | None:
    if any(entry.frame == "prep" for entry in entries):
        return _according_to(reader, cue_first, cue_end)
    kind, source = source_left(reader, cue_first)
    chained = False
    if kind == "negated":
        return None
    if kind == "nominal":
        return _nominal(reader, cue_first, cue_end, source)
    if kind == "chained":
        source, chained = (earlier[-1].source if earlier else _previous_cue_source(reader, cue_first)), True
        if source is None:
            return None
    elif kind == "and":
        source = earlier[-1].source if earlier else (_coordinated_subject(reader, cue_first) or _sentence_subject(reader))
        chained = True
    elif kind == "none" and reader.analysis.tokens:
        cue = reader.words[cue_first]
        parsed = reader.analysis.subject_of(cue.start, cue.end)  # the parser's nsubj, where rules found none
        if parsed is not None:
            kind, source = "np", parsed
    for entry in entries if source is not None else ():  # no subject: maybe `…, said X` below
        span = _complement(reader, cue_first, cue_end, entry)
        if span is not None and _content_words(reader, *span) >= 2:
            return _Found(span, (cue_first, cue_end), source, chained=chained, frame=entry.frame, cue_class=entry.cue_class)
    quoted_object = _quoted_object(reader, cue_first, cue_end, entries, source, chained)
    if quoted_object is not None:
        return quoted_object
    if chained:
        return None
    return _preposed(reader, cue_first, cue_end, entries, source if kind == "np" else None)


def _quoted_object(reader: _Reader, cue_first: int, cue_end: int, entries: tuple[CueEntry, ...], source: Span | None, chained: bool) -> _Found | None:
    """`citing the “intensive talks” they had`: a noun phrase is a quote only when it holds a
    quoted fragment (SPEC §2), which makes it mixed."""
    if source is None or not any(e.cue_class == "speech" for e in entries):
        return None
    start = cue_end
    if reader.low(start) in ("of", "about", "on") and not reader.quoted(start):
        start += 1
    end = clause_end(reader, start)
    if end - start < 2 or reader.is_mark(start) and end == max(i for i, o in enumerate(reader.sentence.quotation_of) if o == reader.sentence.quotation_of[start]) + 1:
        return None  # a whole quotation right after the cue is a direct quote
    if not any(reader.quoted(i) for i in range(start, end)) or reader.low(start) in (",", ":", "to"):
        return None  # no fragment; or an infinitive, which is the to_inf frame's business
    return _Found((start, end), (cue_first, cue_end), source, chained=chained, frame="object")


def _nominal(reader: _Reader, cue_first: int, cue_end: int, source: Span | None) -> _Found | None:
    """`Moscow’s claims that CONTENT` / `As part of Russia’s demands, CONTENT`."""
    if source is None:
        return None
    for probe in range(cue_end, min(len(reader.words), cue_end + MAX_CUE_GAP)):
        if reader.low(probe) == "that" and not reader.quoted(probe):
            if all(_listener_word(reader, i) for i in range(cue_end, probe)):
                start = probe + 1
                end = clause_end(reader, start)
                if source.start == reader.words[0].start:  # the noun phrase is the sentence's subject
                    end = _before_main_verb(reader, start, end)
                return _Found((start, end), (cue_first, cue_end), source, frame="nominal")
            break
    if reader.low(cue_end) == "," and reader.low(0) in ("as", "in", "under", "among"):
        start = cue_end + 1  # the fronted "As part of Russia’s demands," frames the main clause
        return _Found((start, _sentence_end(reader)), (cue_first, cue_end), source, frame="nominal")
    return None


def _before_main_verb(reader: _Reader, start: int, end: int) -> int:
    """`Biden’s remarks that allies may be split have hampered …`: the clause ends before the
    sentence's own verb, the second finite verb group."""
    groups = 0
    previous_finite = False
    for index in range(start, end):
        finite = not reader.quoted(index) and (reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past"))
        if finite and not previous_finite:
            groups += 1
            if groups == 2:
                return index
        previous_finite = finite
    return end


def _after_dateline(reader: _Reader) -> int:
    """`WASHINGTON — Sen. Grassley said …`: the sentence proper starts after the dateline."""
    for index in range(min(len(reader.words), 8)):
        if reader.low(index) in ("—", "–", "-") and index > 0:
            head = [w.text for w in reader.words[:index] if w.text[:1].isalpha()]
            if head and head[0].isupper() and len(head[0]) > 1:
                return index + 1
            return 0
    return 0


def _coordinated_subject(reader: _Reader, cue_first: int) -> Span | None:
    """`when Rubio thanked Miami and said …`: the subject of the verb coordinated with the cue."""
    for index in range(cue_first - 2, max(-1, cue_first - 14), -1):
        low = reader.low(index)
        if low in (";", ":") or reader.quoted(index):
            return None
        if reader.is_word(index, "finite_past") or reader.is_word(index, "auxiliary") or (low.endswith("ed") and len(low) > 4):
            kind, source = source_left(reader, index)
            if kind == "np" and source is not None and (source.text[:1].isupper() or source.text.lower() in ("he", "she", "they")):
                return source
    return None


def _previous_cue_source(reader: _Reader, before: int) -> Span | None:
    """The subject of the nearest earlier verb cue (`“…,” Blinken said, adding that …`), else
    of the main clause (`Trump launched an attack, calling him “…”`)."""
    for index in range(before - 1, -1, -1):
        if reader.low(index - 1) in _ARTICLES or (index > 0 and reader.low(index - 1) in reader.lexicon.words["np_modifier"]):
            continue  # "a pre-emptive attack": a noun
        if _cue_entries_at(reader, index):
            kind, source = source_left(reader, index)
            if kind == "np":
                return source
    return _sentence_subject(reader, before)


def _preposed(reader: _Reader, cue_first: int, cue_end: int, entries: tuple[CueEntry, ...], source: Span | None) -> _Found | None:
    """CONTENT, SRC CUE.  /  CONTENT, CUE SRC.  /  CONTENT, SRC CUE, MORE."""
    if not any(entry.frame in ("that", "obj_that") and entry.cue_class == "speech" for entry in entries):
        return None
    if any(_phrase_at(reader, i)[1] and any(e.frame == "prep" for e in _phrase_at(reader, i)[1]) for i in range(0, cue_first)):
        return None
    words = reader.words
    if source is not None:
        src_first = next(i for i, w in enumerate(words) if w.start == source.start)
        after = cue_end
    else:
        inverted = np_after(reader, cue_end)
        if inverted is None or not (reader.low(cue_first - 1) == "," or _quotation_ends_with_comma(reader, cue_first - 1)):
            return None
        source = reader.span(inverted[0], inverted[1])
        src_first = cue_first
        after = inverted[1] + 1
        if reader.low(after) == "," and _appositive_to_end(reader, after + 1):
            after = len(words)  # "…, said Erik Flannigan, the network's executive."
        elif reader.low(after) in ("who", "whose") and _appositive_to_end(reader, after):
            after = len(words)  # "…,” said the man who built him."
    if reader.low(src_first - 1) == ",":
        head_end = src_first - 1
    elif _quotation_ends_with_comma(reader, src_first - 1):
        head_end = src_first  # `There are “grounds …,” Blinken added`
    else:
        return None
    if all(reader.quoted(i) or reader.low(i) in (",",) for i in range(0, head_end)):
        return None
    if _content_words(reader, 0, head_end) < 2 and not (reader.is_word(0, "adverb") or reader.low(0).endswith("wise")):
        return None  # one word before the attribution: only an adverb ("Otherwise, she said, …")
    if _ends_with_statement(reader, head_end):
        return None  # `…: ''Publish the book …,'' the pitch says`: a direct quote
    while after < len(words) and reader.is_word(after, "time"):
        after += 1
    tail = reader.low(after)
    cue = (cue_first, cue_end)
    entry = entries[0]
    if tail in ("", ".", "!", "?") or (tail == "," and reader.low(after + 1).endswith("ing")):
        return _Found((0, head_end), cue, source, frame="preposed", cue_class=entry.cue_class)
    if tail == "," and not reader.is_word(after + 1, "preposition"):
        adjunct_head = not _has_finite_verb(reader, 0, head_end) and looks_like_clause(reader, after + 1, len(words))
        first = after + 1 if adjunct_head else 0  # "Six months ago, X said, the media …" vs "The talks, he said, were …"
        return _Found((first, clause_end(reader, after + 1)), cue, source, frame="split", cue_class=entry.cue_class)
    if tail == ",":  # `He was unable to find a taker, he said, on condition of anonymity.`
        return _Found((0, head_end), cue, source, frame="preposed", cue_class=entry.cue_class)
    if (reader.is_word(after, "preposition") and reader.low(after) not in ("to", "that", "for", "about")) or reader.is_word(after, "time"):
        return _Found((0, head_end), cue, source, frame="preposed", cue_class=entry.cue_class)
    return None


def _appositive_to_end(reader: _Reader, index: int) -> bool:
    """`, a former senior strategist for the campaign.` / `, who works as a secretary.`"""
    low = reader.low(index)
    if low in ("who", "whose"):
        return True
    return not any(_verb_cue_follows(reader, probe) for probe in range(index, len(reader.words)))


def _has_finite_verb(reader: _Reader, first: int, end: int) -> bool:
    for index in range(first, end):
        word = reader.low(index)
        if reader.quoted(index):
            return True
        if reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past") or (word.endswith("ed") and len(word) > 4):
            return True
    return False


def _ends_with_statement(reader: _Reader, head_end: int) -> bool:
    last = head_end - 1
    while last >= 0 and reader.low(last) == "," and not reader.quoted(last):
        last -= 1
    if last < 0 or not reader.is_mark(last):
        return False
    owner = reader.sentence.quotation_of[last]
    first = min(i for i, o in enumerate(reader.sentence.quotation_of) if o == owner)
    before = reader.text[reader.sentence.span.start : reader.words[first].start].strip()
    return not before or before[-1] in ",:—–-"


def _drop_nested(found: list[_Found]) -> list[_Found]:
    """One record for speech inside speech; the innermost source wins over a channel.

    `According to Bloomberg, Kozak admitted …` and `Putin called X “Y,” officials said` keep the
    inner speech act (SPEC §3: the innermost source); `Blinken said he asked Lavrov to …` keeps
    the outer one, whose content holds the inner.
    """
    def inside(inner: _Found, outer: _Found) -> bool:
        return inner is not outer and outer.content[0] <= inner.cue[0] < outer.content[1]

    channels = ("prep", "preposed", "split")

    def overrides(inner: _Found, outer: _Found) -> bool:
        return outer.frame in channels and inner.frame not in channels and inner.cue_class == "speech"

    kept: list[_Found] = []
    for record in found:
        if any(inside(other, record) and overrides(other, record) for other in found):
            continue  # a channel around a source of its own
        if any(inside(record, other) and not overrides(record, other) for other in found):
            continue  # speech inside reported speech
        kept.append(record)
    return kept


# --------------------------------------------------------------------------- direct quotations


def _quote_words(reader: _Reader, quotation_index: int) -> tuple[int, int]:
    indices = [i for i, owner in enumerate(reader.sentence.quotation_of) if owner == quotation_index]
    return (indices[0], indices[-1] + 1)


def _is_statement(reader: _Reader, quotation: Quotation, first: int, end: int) -> bool:
    """Whole statements in marks are direct quotes; fragments inside prose are not."""
    text = reader.text
    content = quotation.content.text
    before = text[reader.sentence.span.start : quotation.outer_start].strip()
    after = text[quotation.outer_end : reader.sentence.span.end].strip()
    words = len([w for w in content.split() if w[:1].isalnum()])
    if not before and not after:
        return words >= 2
    clean_start = (
        not before
        or before[-1] in ",:—–-"
        or (content[:1].isupper() and _cue_that_before(reader, first))
    )
    clean_end = (
        not after
        or after[0] in ",.!?;:—–-)"
        or content[-1:] in ",.!?…"
        or _attribution_after(reader, end) is not None
    )
    return clean_start and clean_end and (words >= 3 or content[-1:] in ".!?")


def _cue_that_before(reader: _Reader, first: int) -> bool:
    if reader.low(first - 1) != "that":
        return False
    return any(_cue_entries_at(reader, i) for i in range(max(0, first - 6), first - 1))


def _attribution_after(reader: _Reader, end: int) -> tuple[Span, Span] | None:
    """`“…,” he said` / `“…,” said master of ceremonies Asab Al-Tabchi, a Syrian engineer` /
    `“…,” J. Gerald Hebert, executive director of the Center, said` / `“…” Lavrov stated this.`"""
    index = end
    while index < len(reader.words) and reader.low(index) in (",", "—", "–", "-") and not reader.quoted(index):
        index += 1
    if index >= len(reader.words) or reader.quoted(index):
        return None
    length, entries = _phrase_at(reader, index)
    if entries:  # inverted: CUE SOURCE
        found = np_after(reader, index + length) or _phrase_to_comma(reader, index + length, limit=8)
        if found is None or not _plausible_source(reader, found):
            return None
        return reader.span(found[0], found[1]), reader.span(index, index + length - 1)
    depth = 0
    for cue in range(index + 1, min(len(reader.words), index + MAX_SOURCE_WORDS)):
        depth += (reader.low(cue) == "(") - (reader.low(cue) == ")")
        if depth > 0 or reader.low(cue) == ")":
            continue  # "Sen. Marco Rubio (R-Fla.) said"
        if reader.quoted(cue) or reader.low(cue) in (".", ";", ":", "!", "?"):
            return None
        length, entries = _phrase_at(reader, cue)
        if not entries:
            continue
        last = cue - 1
        while last > index and (reader.is_word(last, "adverb") or reader.is_word(last, "auxiliary") or reader.low(last) == ","):
            last -= 1
        if any(reader.is_word(i, "negation") for i in range(last + 1, cue)):
            return None
        found = (index, _name_before_appositive(reader, index, last))
        if not _plausible_source(reader, found):
            return None
        return reader.span(found[0], found[1]), reader.span(cue, cue + length - 1)
    return None


MAX_SOURCE_WORDS = 16


def _name_before_appositive(reader: _Reader, first: int, last: int) -> int:
    """`J. Gerald Hebert, executive director of the Center` -> the words before the comma."""
    comma = next((i for i in range(first, last + 1) if reader.low(i) == ","), None)
    return comma - 1 if comma is not None and comma > first else last


def _plausible_source(reader: _Reader, found: tuple[int, int]) -> bool:
    first = found[0]
    return (
        reader.capitalised(first)
        or reader.is_word(first, "subject_pronoun")
        or reader.is_word(first, "determiner")
        or reader.np_word(first)
    ) and not reader.is_word(first, "preposition")


def _attribution_before(reader: _Reader, first: int) -> tuple[Span, Span] | None:
    """`Lavrov told reporters, “…”` / `As Stanovaya noted on Telegram, “…”`: (source, cue)."""
    if first == 0 or reader.low(first - 1) not in (",", ":", "that", "—", "–"):
        return None
    for index in range(first - 1, -1, -1):
        if reader.quoted(index):
            continue  # an earlier quotation of the same sentence: `“A,” he said, “B”`
        length, entries = _phrase_at(reader, index)
        if entries:
            kind, source = source_left(reader, index)
            if kind == "np" and source is not None:
                return source, reader.span(index, index + length - 1)
            if kind == "none":
                inverted = np_after(reader, index + length)
                if inverted is not None and reader.capitalised(inverted[0]):
                    return reader.span(inverted[0], inverted[1]), reader.span(index, index + length - 1)
            return None
    return None


def attribution_line(reader: _Reader) -> tuple[Span, Span] | None:
    """A short line that only says who spoke: `Blinken told reporters after the meeting.`"""
    words = [w for w in reader.words if w.text[:1].isalnum()]
    if not words or len(words) > 16 or any(q is not None for q in reader.sentence.quotation_of):
        return None
    for cue_first, cue_end, entries in _cues_in(reader):
        kind, source = source_left(reader, cue_first)
        if kind != "np" or source is None:
            continue
        if any(_complement(reader, cue_first, cue_end, e) for e in entries if e.frame not in ("as", "small", "of")):
            return None
        named = _appositive_name(reader, cue_end)
        if named is not None and source.text.lower() in ("he", "she"):
            source = named
        return source, reader.span(cue_first, cue_end - 1)
    return None


def _appositive_name(reader: _Reader, index: int) -> Span | None:
    for probe in range(index, len(reader.words) - 1):
        if reader.low(probe) == "," and reader.capitalised(probe + 1):
            last = probe + 1
            while last + 1 < len(reader.words) and reader.capitalised(last + 1):
                last += 1
            if last > probe + 1:
                return reader.span(probe + 1, last)
    return None


# --------------------------------------------------------------------------- the stage


def detect(
    text: str,
    *,
    lexicon: Lexicon,
    layout_: Layout | None = None,
    analysis: Analysis = EMPTY,
) -> list[Candidate]:
    """Candidates for every quote in the document, in document order."""
    lay = layout_ or layout(text, lexicon=lexicon)
    readers = [_Reader(text, sentence, lexicon, analysis) for sentence in lay.sentences]
    candidates: list[Candidate] = []
    owned: dict[int, tuple[Span | None, Span | None]] = {}  # quotation -> (source, cue)
    covered: set[int] = set()
    last_speech_paragraph = -10
    for reader in readers:
        for record in _reported(reader):
            if record.cue_class == "thinking" and not _thinking_counts(reader, record, last_speech_paragraph):
                continue
            whole = _whole_quotation(reader, record)
            cue = reader.span(record.cue[0], record.cue[1] - 1)
            if whole is not None:
                owned[whole] = (record.source, cue)
                continue
            content = _trim(reader, *record.content)
            if content is None or _only_pronoun(content.text):
                continue
            inside = {reader.sentence.quotation_of[i] for i in range(*record.content) if reader.quoted(i)}
            covered |= {q for q in inside if q is not None}
            kind = Kind.MIXED if inside else Kind.INDIRECT
            candidates.append(
                Candidate(content, kind, cue, record.source, reader.sentence.paragraph,
                          confidence=0.8 if record.frame in ("preposed", "split") else 0.85)
            )
            last_speech_paragraph = reader.sentence.paragraph
    candidates.extend(_direct(lay, readers, owned, covered))
    candidates.extend(_unmarked(lay, readers, lexicon))
    candidates.sort(key=lambda c: (c.content.start, c.content.end))
    return _dedupe(candidates)


def _thinking_counts(reader: _Reader, record: _Found, last_speech_paragraph: int) -> bool:
    """`he believes …` counts only inside an account of a named source's remarks."""
    if record.source is None:
        return False
    pronoun = record.source.text.lower() in ("he", "she")
    return pronoun and reader.sentence.paragraph - last_speech_paragraph <= 2


def _whole_quotation(reader: _Reader, record: _Found) -> int | None:
    first, end = record.content
    while first < end and reader.low(first) in ("that", ",", ":") and not reader.quoted(first):
        first += 1
    while end > first and reader.low(end - 1) in (".", ",") and not reader.quoted(end - 1):
        end -= 1
    owners = {reader.sentence.quotation_of[i] for i in range(first, end)}
    if len(owners) == 1 and None not in owners:
        owner = owners.pop()
        content = reader.text[reader.words[first].start : reader.words[end - 1].end]
        if content[1:2].isupper() or content[:1].isupper():
            return owner
    return None


def _only_pronoun(content: str) -> bool:
    return content.lower().strip(" .,") in {"it", "this", "that", "so", "them", "these", "those", "him", "her"}


def _direct(lay: Layout, readers: list[_Reader], owned: dict[int, tuple[Span | None, Span | None]], covered: set[int]) -> Iterator[Candidate]:
    by_quotation: dict[int, _Reader] = {}
    by_paragraph = _readers_by_paragraph(readers)
    for reader in readers:
        for owner in reader.sentence.quotation_of:
            if owner is not None:
                by_quotation.setdefault(owner, reader)
    for index, quotation in enumerate(lay.quotations):
        if index in covered or index not in by_quotation:
            continue
        reader = by_quotation[index]
        first, end = _quote_words(reader, index)
        statement = index in owned or quotation.continued or quotation.continues or _is_statement(reader, quotation, first, end)
        if not statement:
            continue
        source, cue = owned.get(index, (None, None))
        if cue is None:
            found = _attribution_after(reader, end) or _attribution_before(reader, first)
            if found is not None:
                source, cue = found
        if cue is None:
            found = _line_after(by_paragraph, quotation.paragraph)
            if found is not None and _paragraph_is_quotation(lay, quotation):
                source, cue = found
        note = None if quotation.opened and (quotation.closed or quotation.continues) else "broken marks"
        yield Candidate(quotation.content, Kind.DIRECT, cue, source, quotation.paragraph, note=note,
                        confidence=0.95 if cue is not None else 0.7)


def _paragraph_is_quotation(lay: Layout, quotation: Quotation) -> bool:
    paragraph = lay.paragraphs[quotation.paragraph]
    return quotation.outer_start - paragraph.start <= 1


def _line_after(by_paragraph: dict[int, list[_Reader]], paragraph: int) -> tuple[Span, Span] | None:
    following = by_paragraph.get(paragraph + 1, [])
    if len(following) != 1:
        return None
    return attribution_line(following[0])


def _readers_by_paragraph(readers: list[_Reader]) -> dict[int, list[_Reader]]:
    grouped: dict[int, list[_Reader]] = {}
    for reader in readers:
        grouped.setdefault(reader.sentence.paragraph, []).append(reader)
    return grouped


def _unmarked(lay: Layout, readers: list[_Reader], lexicon: Lexicon) -> Iterator[Candidate]:
    """A first-person paragraph without marks, followed by a line saying who spoke."""
    by_paragraph = _readers_by_paragraph(readers)
    quoted_paragraphs = {q.paragraph for q in lay.quotations}
    for paragraph in lay.paragraphs:
        if paragraph.boilerplate or paragraph.headline:
            continue
        if paragraph.index in quoted_paragraphs:
            continue
        if not _first_person(paragraph.text):
            continue
        found = _line_after(by_paragraph, paragraph.index)
        if found is None:
            continue
        source, cue = found
        yield Candidate(paragraph.span, Kind.DIRECT, cue, source, paragraph.index, note="unmarked", confidence=0.75)


_FIRST_PERSON = regex.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b|\b(?:I|we|We)[’']")


def _first_person(text: str) -> bool:
    return bool(_FIRST_PERSON.search(text))


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    for candidate in candidates:
        if kept and _overlap(kept[-1].content, candidate.content) > 0.5:
            if candidate.kind == Kind.DIRECT and kept[-1].kind != Kind.DIRECT:
                kept[-1] = candidate
            continue
        kept.append(candidate)
    return kept


def _overlap(a: Span, b: Span) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / min(len(a), len(b))

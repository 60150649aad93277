"""Reading one sentence: layout, word-level questions, noun phrases, clause ends, cue lookup.

``layout`` turns a document into paragraphs, paired quotations and quotation-aware sentences;
``SentenceReader`` answers the questions the detector asks about one sentence (is this word
quoted, a cue, part of a noun phrase?), and the functions below find a cue's subject
(``source_left``), a noun phrase to the right (``np_after``) and where a reported clause ends
(``clause_end``).  Quotations are opaque units inside a sentence: a cue inside a quotation is
never a cue of the writer's sentence.  The helpers with a leading underscore are shared with
``detect.py`` only.
"""

from __future__ import annotations

import bisect
from typing import Any, Callable

import attrs
import regex

from .analysis import EMPTY, Analysis
from .lexicon import CueEntry, Lexicon
from .marks import DOUBLE_MARKS, SINGLE_MARKS, Quotation, quotations
from .model import Span
from .segment import Paragraph, Word, paragraphs, sentences, tokens

_MARK_GLYPHS = DOUBLE_MARKS | SINGLE_MARKS
MAX_CUE_GAP = 8  # tokens allowed between a cue and its "that"
MAX_NP_TOKENS = 12


@attrs.frozen
class Sentence:
    span: Span
    paragraph: int
    words: tuple[Word, ...]
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
        paragraph_words = tokens(text, paragraph.start, paragraph.end, abbreviations=lexicon.abbreviations)
        word_starts = [word[0] for word in paragraph_words]
        for span in sentences(text, paragraph.span, lexicon=lexicon, protected=regions[low:high]):
            # sentences end between tokens, so the paragraph's tokens are cut, not re-read
            first = bisect.bisect_left(word_starts, span.start)
            end = bisect.bisect_left(word_starts, span.end)
            words = tuple(paragraph_words[first:end])
            owner: list[int | None] = [None] * len(words)
            quotation = bisect.bisect_right(ends, span.start)  # the first quotation ending inside or after
            while quotation < len(found) and starts[quotation] < span.end:
                inside = slice(bisect.bisect_left(word_starts, starts[quotation], first, end) - first,
                               bisect.bisect_left(word_starts, ends[quotation], first, end) - first)
                owner[inside] = [quotation] * (inside.stop - inside.start)
                quotation += 1
            all_sentences.append(Sentence(span, paragraph.index, words, tuple(owner)))
    return Layout(text, tuple(paras), tuple(found), tuple(all_sentences))


# --------------------------------------------------------------------------- sentence reader


class SentenceReader:
    """Word-level questions about one sentence, answered with the lexicon.

    A plain class, not attrs: its lookups run hundreds of thousands of times per corpus, so the
    word list, lower-cased words and quotation flags are plain attributes computed once.
    """

    __slots__ = ("text", "sentence", "lexicon", "analysis", "words", "lowered", "_quoted", "_size", "_word_at",
                 "_last_quoted", "_first_quoted", "_cue_starts", "_last_index", "_clause_ends", "tables", "_first_prep", "_quotation_words", "_alnum_before", "cue_table")

    def __init__(self, text: str, sentence: Sentence, lexicon: Lexicon, analysis: Analysis = EMPTY):
        self.text = text
        self.sentence = sentence
        self.lexicon = lexicon
        self.analysis = analysis
        self.words = sentence.words
        self.lowered = tuple([word.text.lower() for word in sentence.words])
        self._quoted = tuple([owner is not None for owner in sentence.quotation_of])
        self._size = len(self.words)
        self._word_at: dict[int, int] | None = None
        self._last_quoted: int | None = None
        self._first_prep: int | None = None
        self._first_quoted: int | None = None
        self._cue_starts: list[int] | None = None
        self._last_index: dict[str, int] | None = None
        self._clause_ends: dict[tuple[bool, bool, bool], dict[int, int]] = {}
        self.tables: dict[str, Any] = {}  # per-word answers of scans along the sentence, made once
        self._quotation_words: dict[int, tuple[int, int]] | None = None
        self._alnum_before: list[int] | None = None
        self.cue_table = self._cue_table()

    def low(self, index: int) -> str:
        return self.lowered[index] if 0 <= index < self._size else ""

    def is_word(self, index: int, cls: str) -> bool:
        return self.low(index) in self.lexicon.words[cls]

    def quoted(self, index: int) -> bool:
        return 0 <= index < self._size and self._quoted[index]

    def _cue_table(self) -> dict[int, tuple[int, tuple[CueEntry, ...]]]:
        """Word index -> the longest cue phrase starting there (words, entries), for cue words only."""
        keys = self.lexicon.cue_keys
        table = {}
        for index in [i for i, low in enumerate(self.lowered) if low in keys]:
            found = _find_phrase(self, index)
            if found[1]:
                table[index] = found
        return table

    def word_at(self, start: int) -> int | None:
        """The index of the word starting at offset ``start``."""
        if self._word_at is None:
            self._word_at = {word[0]: index for index, word in enumerate(self.words)}
        return self._word_at.get(start)

    def last_quoted(self) -> int:
        """Index of the last word inside a quotation, -1 when none is."""
        if self._last_quoted is None:
            self._last_quoted = max((i for i, quoted in enumerate(self._quoted) if quoted), default=-1)
        return self._last_quoted

    def content_words(self, first: int, end: int) -> int:
        """How many of the words first..end-1 start with a letter or digit."""
        if self._alnum_before is None:
            counts = [0]
            total = 0
            for word in self.words:
                total += word.text[:1].isalnum()
                counts.append(total)
            self._alnum_before = counts
        return self._alnum_before[end] - self._alnum_before[first] if end > first else 0

    def quotation_words(self, owner: int) -> tuple[int, int]:
        """The words of quotation ``owner`` in this sentence: (first, end), end exclusive."""
        if self._quotation_words is None:
            found: dict[int, tuple[int, int]] = {}
            for index, quotation in enumerate(self.sentence.quotation_of):
                if quotation is not None:
                    found[quotation] = (found.get(quotation, (index, index))[0], index + 1)
            self._quotation_words = found
        return self._quotation_words[owner]

    def first_quoted(self) -> int:
        """Index of the first word inside a quotation, the sentence length when none is."""
        if self._first_quoted is None:
            self._first_quoted = next((i for i, quoted in enumerate(self._quoted) if quoted), self._size)
        return self._first_quoted

    def next_where(self, name: str, test: Callable[[int], bool], index: int) -> int:
        """The first word at or after ``index`` passing ``test`` (the sentence length when none
        does); ``name`` names the test: the answers for every word are made once per sentence."""
        table = self.tables.get(name)
        if table is None:
            table = list(range(self._size + 1))
            for probe in range(self._size - 1, -1, -1):
                if not test(probe):
                    table[probe] = table[probe + 1]
            self.tables[name] = table
        return table[max(index, 0)] if index < self._size else self._size

    def last_index_of(self, low: str) -> int:
        """Index of the last word whose lower-case form is ``low``, -1 when there is none."""
        if self._last_index is None:
            self._last_index = {word: index for index, word in enumerate(self.lowered)}
        return self._last_index.get(low, -1)

    def clause_ends(self, flags: tuple[bool, bool, bool]) -> dict[int, int]:
        """The memo of ``clause_end``: where a clause scan from each word ends, per kind of scan."""
        return self._clause_ends.setdefault(flags, {})

    def cue_before(self, index: int) -> int:
        """The last word at or before ``index`` that starts a cue phrase, -1 when none does."""
        if self._cue_starts is None:
            self._cue_starts = sorted(self.cue_table)
        position = bisect.bisect_right(self._cue_starts, index)
        return self._cue_starts[position - 1] if position else -1

    def first_prep_cue(self) -> int:
        """Index of the first "according to"-like cue, the sentence length when there is none."""
        if self._first_prep is None:
            self._first_prep = min((i for i, (_, entries) in self.cue_table.items()
                                    if any(e.frame == "prep" for e in entries)), default=self._size)
        return self._first_prep

    def is_mark(self, index: int) -> bool:
        return self.quoted(index) and self.words[index].text in _MARK_GLYPHS

    def capitalised(self, index: int) -> bool:
        if not 0 <= index < self._size:
            return False  # past the sentence: "… added," at the end of a text
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
        if self.capitalised(index) or word.replace(",", "").isdigit():
            return low not in self.lexicon.words["clause_boundary"]  # names, and numbers: "21,000 said"
        bare = low.removesuffix("’s").removesuffix("'s")
        lex = self.lexicon
        return (
            _FRACTION.fullmatch(bare) is not None  # "two-thirds say …"
            or bare in lex.words["np_modifier"]
            or bare in lex.words["np_head"]
            or bare in lex.words["determiner"]
            or bare in lex.unnamed_heads
            or bare in lex.org_heads
            or bare in lex.demonyms
            or bare in lex.title_words
            or low.endswith(("’s", "'s"))
        )



# --------------------------------------------------------------------------- noun phrases


def source_left(reader: SentenceReader, cue_index: int) -> tuple[str, Span | None]:
    """The subject of the cue at ``cue_index``: ("np", span), ("chained", None), ("and", None),
    ("negated", None) or ("none", None)."""
    index = cue_index - 1
    while index >= 0 and (
        reader.is_word(index, "adverb")
        or reader.is_word(index, "auxiliary")
        or (reader.is_word(index, "time") and reader.low(index) not in ("this",))
        or (reader.low(index) in ("on", "this") and reader.is_word(index + 1, "time"))  # "earlier this week"
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
    if word == "," and _inverted_source_follows(reader, cue_index + 1):
        return "none", None  # "…, whom he's alienated, said Larry Sabato": the source comes after
    if _quotation_ends_with_comma(reader, index) and not reader.low(cue_index).endswith("ing"):
        comma = index
        while comma > 0 and reader.is_mark(comma):
            comma -= 1  # the comma inside the closing marks closes the parenthetical
        subject = _subject_before_parenthetical(reader, comma)
        if subject is not None:
            return "np", subject
    if word in (",", "-", "—", "–", ")"):
        subject = _subject_before_parenthetical(reader, index)
        return ("np", subject) if subject is not None else ("none", None)
    if word in ("who", "which") and reader.low(index - 1) == ",":
        if _np_before(reader, index - 2) is not None:
            return "np", reader.span(index, index)  # resolved through its antecedent
        return "none", None
    if word in ("and", "but"):
        return "and", None  # "… and said that", "…, but said she should face no charges": the first verb's subject
    if word in ("his", "her", "their") and reader.low(cue_index) in reader.lexicon.words["nominal_cue"]:
        return "nominal", reader.span(index, index)  # "his statement that …": the pronoun's person
    if word.endswith(("’s", "'s")) and reader.low(cue_index) in reader.lexicon.words["nominal_cue"]:
        possessor = _np_before(reader, index)
        if possessor is not None and reader.capitalised(possessor[0]):
            return "nominal", reader.span(possessor[0], index)  # "Moscow’s claims that …"
        return "none", None
    if word in reader.lexicon.words["preposition"] or word.endswith(("’s", "'s")):
        return "none", None  # "in an attempt to reassure": not a speech act
    if reader.is_word(index, "subject_pronoun") and word not in ("this", "these", "those", "there"):
        return "np", reader.span(index, index)
    found = (_subject_with_postmodifier(reader, index) or _np_before(reader, index)
             or _bare_plural_subject(reader, index) or _subject_before_modifier(reader, index)
             or _verbless_opening(reader, index))
    if found is None:
        return "none", None
    if (found[0] > 0 and reader.low(found[0] - 1) in ("in", "during", "via") and reader.low(found[1]) in _MEDIA
            and not reader.capitalised(found[1])):
        return source_left(reader, found[0] - 1)  # "… and in a carefully worded response said": the medium is no source
    if _modifier_only(reader, found):
        return "chained", None  # "repeating a false claim that …": a noun cue; the clause's subject speaks
    if reader.low(found[1]) == "that" and found[1] > found[0]:
        found = (found[0], found[1] - 1)  # "a report in the Globe that alleged": the relative's antecedent
    return "np", reader.span(found[0], found[1])


_LEADING_CONNECTIVES = frozenset("but and so yet still now".split())
MAX_OPENING_SUBJECT = 8


def _verbless_opening(reader: SentenceReader, last: int) -> tuple[int, int] | None:
    """The words from the sentence start to the cue, when they hold no verb, comma or quotation:
    the subject, whatever its nouns (`Proponents of remediation agreements say …`)."""
    if reader.sentence.paragraph == 0:
        return None  # the title line: "Split on Supreme Court aids challenges to voter-ID laws."
    first = 0
    while reader.low(first) in _LEADING_CONNECTIVES:
        first += 1
    if not 0 <= last - first < MAX_OPENING_SUBJECT or not reader.words[first].text[:1].isupper():
        return None
    for index in range(first, last + 1):
        low = reader.low(index)
        if (reader.quoted(index) or not reader.words[index].text[:1].isalnum()
                or reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past")
                or reader.is_word(index, "clause_boundary") or reader.is_word(index, "subject_pronoun")
                or reader.is_word(index, "negation") or low.endswith(("n't", "n’t")) or low == "cannot"
                or low in reader.lexicon.cue_forms or (low.endswith(("ed", "ing")) and len(low) > 4)):
            return None
    return (first, last)


def _inverted_source_follows(reader: SentenceReader, index: int) -> bool:
    """A capitalised name right after the cue, then the sentence end or an appositive comma."""
    if not reader.capitalised(index) or reader.quoted(index):
        return False
    end = index
    while end + 1 < len(reader.words) and reader.capitalised(end + 1) and not reader.quoted(end + 1):
        end += 1
    return reader.low(end + 1) in ("", ".", ",", "!", "?")


def _modifier_only(reader: SentenceReader, found: tuple[int, int]) -> bool:
    first, last = found
    word = reader.low(last)
    if reader.capitalised(last) or reader.is_word(last, "subject_pronoun") or word.endswith(("’s", "'s")):
        return False
    lex = reader.lexicon
    nounish = (word in lex.words["np_head"] or word in lex.unnamed_heads or word in lex.title_words
               or word in lex.org_heads or (word.endswith("s") and not word.endswith("ss")) or word in ("both", "all", "many", "some", "others"))
    adjectival = (word.endswith(_ADJECTIVE_ENDINGS) and not (word.endswith("ing") and len(word) <= 6)  # "wing", "thing"
                  or word in _COMMON_ADJECTIVES)
    return not nounish and adjectival and reader.is_word(first, "determiner")


_ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ful", "ic", "able", "ible", "ant", "ent", "ary", "less", "ish", "ing")
_COMMON_ADJECTIVES = frozenset("false blunt low broad full new long big first last separate most great strong clear "
                               "firm harsh rare real whole fresh wide deep high short".split())


def _subject_before_modifier(reader: SentenceReader, last: int) -> tuple[int, int] | None:
    """`Some 56 percent of Cuban-Americans polled said` / `Hawkins and others who want to ban
    abortion said`: a participle or a restrictive relative clause after the subject."""
    if reader.low(last).endswith("ed") and last > 0:
        found = _np_before(reader, last - 1)
        if found is not None and reader.capitalised(found[0]):
            return found
    for index in range(last - 1, max(0, last - 9), -1):
        low = reader.low(index)
        if reader.quoted(index) or low in (",", ";", ":", "that"):
            return None
        if low == "who":
            found = _np_before(reader, index - 1) or _bare_plural_subject(reader, index - 1)
            if found is not None and reader.low(found[0] - 1) == "and" and reader.capitalised(found[0] - 2):
                found = (found[0] - 2, found[1])  # "Hawkins and others who …"
            return found
    return None


_POSTMODIFIERS = frozenset("familiar close privy briefed knowledgeable involved speaking".split())


def _subject_with_postmodifier(reader: SentenceReader, last: int) -> tuple[int, int] | None:
    """`a source close to him said`, `officials familiar with the talks said`."""
    for index in range(last, max(0, last - 9), -1):
        if reader.quoted(index) or reader.low(index) in (",", ";", ":"):
            return None
        if reader.low(index) in _POSTMODIFIERS and index > 0:
            head = index - 1
            if reader.low(head) in reader.lexicon.unnamed_heads or reader.low(head) in reader.lexicon.words["np_head"]:
                found = _np_before(reader, head) or (head, head)
                return (found[0], last)
            return None
    return None


def _bare_plural_subject(reader: SentenceReader, last: int) -> tuple[int, int] | None:
    """`former employees said`, `Democrats said`: a plural noun heading the clause."""
    word = reader.low(last)
    if reader.quoted(last) or not word.isalpha() or not word.endswith("s") or word.endswith("ss"):
        return None
    first = last
    while first - 1 >= 0 and reader.np_word(first - 1) and reader.low(first - 1) not in reader.lexicon.words["clause_boundary"]:
        first -= 1
    if first == last and first - 1 >= 0 and _plain_noun(reader, first - 1) and reader.low(first - 2) in ("", ",", ";", ":"):
        first -= 1  # "…, exit polls suggested that …": one noun modifier before the plural
    before = reader.low(first - 1)
    if first == 0 or before in (",", ";", ":", "—", "–", "-") or before in reader.lexicon.words["clause_boundary"]:
        return (first, last)
    return None


def _medium_end(reader: SentenceReader, preposition: int) -> int | None:
    """The last word of "by text message", "on the phone", "in a video": a medium after a preposition."""
    last = None
    for index in range(preposition + 1, min(len(reader.words), preposition + 5)):
        if reader.low(index) in _MEDIA:
            last = index
        elif last is not None or not (reader.is_word(index, "determiner") or reader.words[index].text[:1].isalpha()):
            break
    return last


_PARTICIPLE_PHRASES = frozenset(tuple(pair.split("_")) for pair in (
    "aimed_at based_in based_on known_as located_in designed_to designed_for intended_to meant_to tied_to "
    "linked_to related_to dedicated_to devoted_to focused_on called_for".split()))
def _quantity(reader: SentenceReader, index: int) -> bool:
    low = reader.low(index)
    return _FRACTION.fullmatch(low) is not None or low in ("percent", "majority", "half", "plurality", "most")


_FRACTION = regex.compile(r"(?:one|two|three|four|five|six|seven|eight|nine)-(?:halves|thirds?|quarters?|fourths?|"
                          r"fifths?|sixths?|tenths?)")
_NEW_NOUN_PHRASE = frozenset("her his their its our my your the a an this these those".split())
_SAY_OBJECTS = frozenset("much little nothing something anything everything goodbye hello sorry thanks "
                         "yes no so".split())  # "says much about …": the object of saying, no clause
_MEDIA = frozenset("message text email e-mail phone telephone video statement interview letter memo post tweet response reply "
                   "call videoconference radio television speech address remarks testimony briefing conference "
                   "podcast column book op-ed".split())
_REFLEXIVES = frozenset("itself himself herself themselves myself ourselves".split())
_PARENTHETICAL_CLOSERS = {",": ",", "-": "-", "—": "—", "–": "–", ")": "("}
MAX_PARENTHETICAL = 30


def _subject_before_parenthetical(reader: SentenceReader, close: int) -> Span | None:
    """`Jens Stoltenberg, Nato's secretary-general, said` / `Cruz, who has proposed …, said` /
    `Rep. Elijah Cummings (D-Md.) said` / `The justice -- who … -- said`: the subject before it."""
    opener = _PARENTHETICAL_CLOSERS[reader.low(close)]
    if opener == ",":
        named = _name_opening_the_sentence(reader, close)
        if named is not None:  # "Tareq Hadad, the co-founder … of Peace By Chocolate, a company based in …, says"
            return reader.span(*named)
    if opener == ",":  # "Sandy Phillips, who lost her daughter in Aurora, Colorado, in 2012, said"
        relative = next((i for i in range(close - 1, max(0, close - MAX_PARENTHETICAL), -1)
                         if reader.low(i) in ("who", "whose") and reader.low(i - 1) == ","), None)
        if relative is not None:
            before = relative - 2
            if reader.low(before).isdigit() and reader.low(before - 1) == ",":  # "Tareq Hadad, 27, who …"
                before -= 2
            found = _np_before(reader, before)
            if found is not None and reader.capitalised(found[0]):
                return reader.span(found[0], found[1])
    for index in range(close - 1, max(-1, close - MAX_PARENTHETICAL), -1):
        if reader.quoted(index):
            continue  # "Mr. Manafort, citing ''the unique magic of Trump,'' said …"
        if reader.low(index) in (";", ":"):
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
            if not any(reader.capitalised(i) or reader.is_word(i, "subject_pronoun") or _quantity(reader, i)
                       for i in range(found[0], found[1] + 1)):
                return None  # "about two-thirds, 67 percent, say": a share of those polled may speak
            return reader.span(found[0], found[1])
    return None


MAX_APPOSITIVES = 45  # words of appositives between a sentence-opening name and its cue


def _name_opening_the_sentence(reader: SentenceReader, close: int) -> tuple[int, int] | None:
    """A name of two to four capitalised words opening the sentence, then a comma: the subject of
    a cue after a chain of appositives (`Tareq Hadad, the co-founder of X, a company based in Y,
    says`). Not an opener (`Meanwhile,`), a quotation, or a clause with a stop in it."""
    if close > MAX_APPOSITIVES or reader.quoted(0):
        return None
    end = 0
    while end < close and reader.capitalised(end) and reader.words[end].text[:1].isalpha():
        end += 1
    if not 2 <= end <= 4 or reader.low(end) != "," or reader.low(0) in reader.lexicon.function_words:
        return None
    if any(reader.low(i) in (";", ":") or reader.quoted(i) for i in range(end, close)):
        return None
    return (0, end - 1)


def _np_before(reader: SentenceReader, last: int) -> tuple[int, int] | None:
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
        or (first < last and reader.is_word(first, "time") and reader.is_word(first + 1, "determiner"))
    ):
        first += 1  # "In November the company said": the date is no part of the subject
    if first > last:
        return None
    return (first, last)


def _role_and_name_after(reader: SentenceReader, last: int) -> int:
    """Past a capitalised word, a role of at most three lower-case words, then a capitalised name
    of two or more words ending the phrase: the phrase runs to the name's end."""
    index = last + 1
    while index < len(reader.words) and index - last <= 3 and reader.words[index].text.isalpha() \
            and reader.words[index].text.islower() and reader.low(index) not in reader.lexicon.not_name_words:
        index += 1
    if index == last + 1:
        return last
    end = index
    while end < len(reader.words) and reader.capitalised(end) and not reader.quoted(end):
        end += 1
    if end - index >= 2 and reader.low(end) in ("", ",", ".", ";", ":", "!", "?"):
        return end - 1
    return last


def _determiner_within(reader: SentenceReader, index: int, reach: int = 3) -> int | None:
    """Index of a determiner at most ``reach`` plain words left of ``index`` (same phrase).

    A hyphenated compound counts as one word however long it is, so the walk is remembered per
    sentence by where it stands: a chain of compounds is walked once, not once per word."""
    known = reader.tables.setdefault("determiner_within", {})
    back = index + 1
    compound = False
    walked: list[tuple[int, int, bool]] = []
    found: int | None = None
    while back > 0 and reach >= 0:
        state = (back, reach, compound)
        if state in known:
            found = known[state]
            break
        walked.append(state)
        back -= 1
        low = reader.low(back)
        if low in ("-", "‐") and back > 0 and reader.words[back - 1].text[:1].isalnum():
            compound = True  # "the 26-year-old right wing": a hyphenated compound is one word
            continue
        reach -= 0 if compound else 1
        compound = False
        if reader.quoted(back) or not reader.words[back].text[:1].isalnum():
            break
        if low in reader.lexicon.words["clause_boundary"] and low not in ("that", "these", "those"):
            break
        if low == "that" and reader.low(back + 1).endswith("s"):
            break  # "wounds that authorities said": a relative pronoun, not a determiner
        if (low in reader.lexicon.words["determiner"] and low not in ("that",)) or low.endswith(("’s", "'s")):
            found = back
            break
    for state in walked:
        known[state] = found
    return found


def _plain_noun(reader: SentenceReader, index: int) -> bool:
    """A lower-case word that can sit inside a noun phrase (not a verb, cue or clause word)."""
    low = reader.low(index)
    return (reader.words[index].text[:1].isalpha() and low not in reader.lexicon.words["clause_boundary"]
            and not reader.is_word(index, "auxiliary") and not reader.is_word(index, "finite_past")
            and not low.endswith("ed") and low not in reader.lexicon.cue_forms)


_JOINING_MODIFIERS = frozenset({"of", "and", "for", "the"})  # in np_modifier, but they join, not describe


def np_after(reader: SentenceReader, first: int) -> tuple[int, int] | None:
    """A noun phrase starting at ``first`` (for "according to X", "said X")."""
    if first >= len(reader.words) or reader.quoted(first):
        return None
    if reader.is_word(first, "subject_pronoun") or reader.low(first) in ("him", "her", "them"):
        return (first, first)
    if reader.low(first) == "what":  # "according to what the two superpowers said"
        inner = np_after(reader, first + 1)
        return inner
    last = first - 1
    plain_left = 0  # plain words still allowed after a determiner: "the real estate mogul"
    boundary = reader.lexicon.words["clause_boundary"]
    while last + 1 < len(reader.words) and last + 1 - first < MAX_NP_TOKENS:
        nxt = last + 1
        low = reader.low(nxt)
        if low == "and":
            if not (reader.capitalised(nxt + 1) and last >= first):
                break
            last = nxt  # "Blinken and Lavrov"
        elif reader.np_word(nxt) and low not in boundary:
            if low in reader.lexicon.words["determiner"]:
                plain_left = 3
            elif low in reader.lexicon.words["np_modifier"] and low not in _JOINING_MODIFIERS:
                plain_left = max(plain_left, 2)  # "retired neurosurgeon Ben Carson"
            last = nxt
        elif plain_left and _plain_noun(reader, nxt):
            plain_left -= 1
            last = nxt
        else:
            break
    while last >= first and reader.low(last) in ("and", "of", "the", "a", "an"):
        last -= 1
    if last < first:
        return None
    if reader.capitalised(last):
        last = _role_and_name_after(reader, last)  # "Cambridge cartoonist Andre Campbell": the name, not the place
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


def clause_end(reader: SentenceReader, first: int) -> int:
    """Index past the last word of the reported clause starting at ``first``."""
    words = reader.words
    if reader.is_mark(first):
        owner = reader.sentence.quotation_of[first]
        last = reader.quotation_words(owner)[1] - 1
        second = reader.low(last + 1) in ("and", "but") and _quotation_ahead(reader, last + 2)
        if not second and (last + 1 >= len(words) or reader.low(last - 1) in (",", ".", "!", "?")
                           or reader.low(last + 1) in (",", ".", ";")):
            return last + 1  # `cautioned “let’s not get ahead of ourselves,” before …`
    # "When Comey said that X, experts agreed" / "Declaring that X, the candidate …": the clause ends at its comma
    subordinate = reader.low(0) in _SUBORDINATORS or (first > 0 and reader.low(0).endswith("ing") and reader.capitalised(0))
    index = first
    if reader.low(first) == ",":  # "that, given the partisan divide, instituting these goals will …"
        index = next((i + 1 for i in range(first + 1, min(len(words), first + 12)) if reader.low(i) == ","), first)
    # Where the scan from a word ends depends on that word and on these flags only (once three
    # words past ``first``), so it is remembered per sentence: clauses of many cues in one long
    # sentence ("said that … said that …") share their ends instead of each scanning to the stop.
    known = reader.clause_ends((subordinate, reader.is_word(first, "preposition"), reader.low(first) == "to"))
    passed: list[int] = []
    end = -1
    while index < len(words):
        if index - first >= 3:
            end = known.get(index, -1)
            if end >= 0:
                break
            passed.append(index)
        low = reader.low(index)
        if reader.quoted(index):
            if _quotation_ends_with_comma(reader, index) and (subordinate or _boundary_after_comma(reader, index + 1, quoted_comma=True)):
                end = index + 1
                break
            index += 1
            continue
        if low == ";":
            end = index
            break
        if low == "," and reader.low(index + 1) in ("which", "who") and not subordinate:
            # a relative clause belongs to the content ("obstacles remain for applicants, who remain
            # uncertain …"), unless no clause came before it: "told the press in the parliament,
            # which was streamed live, “…”" is an adjunct before the quotation
            if reader.is_word(first, "preposition") or index - first < 3:
                end = index
                break
            index += 1
            continue
        if low == "," and (subordinate or _boundary_after_comma(reader, index + 1)):
            end = index  # "When Comey said that X, experts agreed": the subordinate clause ends
            break
        if low in ("and",) and reader.low(index + 1) == "that":
            end = index
            break
        if low in ("and", "or", "but") and reader.low(index + 1) == ",":
            index += 2  # "he’s got public opinion and, at very least, his base": a parenthesis after the conjunction
            while index < len(words) and reader.low(index) != "," and not reader.quoted(index):
                index += 1
            index += 1
            continue
        if low in ("and", "but") and _verb_cue_follows(reader, index + 1) and not _infinitive_goes_on(reader, first, index + 1):
            end = index  # "said A and insisted that B": a second speech act
            break
        if low in ("and", "but") and not reader.quoted(index) and _subject_and_cue(reader, index + 1):
            end = index  # "said A and one in four said B": a second attribution
            break
        if low == ":" and reader.is_mark(index + 1):
            end = index  # "said he was too busy: “I have a lot going on”": the quotation is its own record
            break
        if low in ("—", "–", "-") and (reader.low(index + 1) in _CLAUSE_STOPPERS or (
            reader.low(index + 1) in ("and", "but") and reader.last_index_of(low) <= index
        )):
            end = index  # but a dash pair ("those old - and previously unreported - postings") is a parenthesis
            break
        index += 1
    if end < 0:
        end = index
    for index in passed:
        known[index] = end
    return end


def _infinitive_goes_on(reader: SentenceReader, first: int, index: int) -> bool:
    """`to raise their hands and pledge their loyalty`: a bare verb after "and" continues the infinitive."""
    while reader.is_word(index, "adverb"):
        index += 1
    return reader.low(first) == "to" and not reader.low(index).endswith(("ed", "s"))


_SUBORDINATORS = frozenset("when if as after before because although though while since once unless until whenever".split())
_BE_FORMS = frozenset("is are was were be been being".split())
_ADJUNCT_OPENERS = frozenset("despite compared unlike including excluding amid".split())
_ARTICLES = frozenset("the a an his her its their our my your these those this such".split())
_CLAUSE_STOPPERS = frozenset(
    "while whereas although though adding noting saying according explaining arguing "
    "insisting stressing citing warning telling asking calling suggesting claiming".split()
)


_CLAUSAL_FRAMES = frozenset({"that", "obj_that", "colon", "to_inf", "as", "small"})


def _verb_cue_follows(reader: SentenceReader, index: int) -> bool:
    """A second verb of saying: `said A and insisted that B`, `…, but did not suggest`."""
    while reader.is_word(index, "adverb") or reader.is_word(index, "auxiliary") or reader.is_word(index, "negation"):
        index += 1
    return not reader.low(index).endswith("ing") and any(
        e.cue_class == "speech" and e.frame in _CLAUSAL_FRAMES for e in _cue_entries_at(reader, index)
    )


def _boundary_after_comma(reader: SentenceReader, index: int, *, quoted_comma: bool = False) -> bool:
    """After a comma: does a new clause or an attribution begin at ``index``?"""
    nxt = reader.low(index)
    if nxt in _CLAUSE_STOPPERS or _verb_cue_follows(reader, index):
        return True
    if nxt in ("a", "an") and reader.last_index_of(",") < index:
        return True  # `…, an acknowledgment that advisers trumpeted`: an appositive to the end
    if nxt == "and" and reader.low(index + 1) in _SUBORDINATORS:
        return True
    if nxt in _ADJUNCT_OPENERS or (nxt.endswith("ing") and len(nxt) > 5 and not reader.quoted(index)):
        return True  # `…, despite the feud`, `…, making air quotes`: the writer's adjunct
    if nxt in ("and", "but") and _subject_and_cue(reader, index + 1):
        return True  # "…, but he said he played no role": a second attribution
    if nxt in ("and", "but") and _verb_follows(reader, index + 1):
        return False  # "she's longed to move on, and has been studying", "…, but found him": the same subject goes on
    if nxt == "but":  # "…, but he did remember" continues; "…, but for Republicans, it is" does not
        return not (reader.is_word(index + 1, "subject_pronoun") and reader.low(index + 1) not in ("it", "there", "who"))
    if nxt in ("and", "but") and _starts_clause(reader, index + 1):
        # "…, “it’s not appropriate,” and the students’ actions “fall upon the school.”": a second
        # fragment of the same speaker's words keeps the clause in the record (SPEC: one mixed record)
        return not (quoted_comma and _quotation_ahead(reader, index + 1))
    return _boundary_rest(reader, index)


def _quotation_ahead(reader: SentenceReader, index: int) -> bool:
    """Another quotation before the sentence ends, with no verb of saying on the way."""
    ahead = reader.tables.get("quotation_ahead")
    if ahead is None:  # answered for every word at once, from the sentence end back
        ahead = [False] * (len(reader.words) + 1)
        for probe in range(len(reader.words) - 1, -1, -1):
            if reader.quoted(probe):
                ahead[probe] = True
            elif _cue_entries_at(reader, probe) and not reader.capitalised(probe):
                ahead[probe] = False
            else:
                ahead[probe] = ahead[probe + 1]
        reader.tables["quotation_ahead"] = ahead
    return ahead[max(index, 0)] if index < len(ahead) else False


def _boundary_rest(reader: SentenceReader, index: int) -> bool:
    """An attribution, or a subject with a verb of saying, after the comma: a new clause."""
    if _attribution_follows(reader, index):
        return True
    subject = np_after(reader, index)
    if subject is not None and not all(reader.is_word(i, "determiner") for i in range(subject[0], subject[1] + 1)):
        cue = subject[1] + 1
        while reader.is_word(cue, "adverb") or reader.is_word(cue, "auxiliary"):
            cue += 1
        return bool(_cue_entries_at(reader, cue))
    return False


def _subject_and_cue(reader: SentenceReader, index: int) -> bool:
    subject = np_after(reader, index)
    if subject is None:
        return False
    cue = subject[1] + 1
    while reader.is_word(cue, "adverb") or reader.is_word(cue, "auxiliary"):
        cue += 1
    return any(e.cue_class == "speech" for e in _cue_entries_at(reader, cue))


def _verb_follows(reader: SentenceReader, index: int) -> bool:
    """A finite verb (after adverbs) with no subject of its own: a coordinated predicate."""
    while reader.is_word(index, "adverb"):
        index += 1
    low = reader.low(index)
    return not reader.capitalised(index) and (reader.is_word(index, "auxiliary") or reader.is_word(index, "finite_past")
                                              or (low.endswith("ed") and len(low) > 4))


def _quotation_ends_with_comma(reader: SentenceReader, index: int) -> bool:
    """The closing mark of a quotation whose last character is a comma: `“not simple,” and`."""
    if not reader.is_mark(index) or reader.quoted(index + 1) and reader.sentence.quotation_of[index + 1] == reader.sentence.quotation_of[index]:
        return False
    while index - 1 >= 0 and reader.is_mark(index - 1):
        index -= 1  # the first half of a '' pair
    return reader.low(index - 1) == ","


def _starts_clause(reader: SentenceReader, index: int) -> bool:
    if reader.low(index) == "that":
        return True
    if reader.is_word(index, "subject_pronoun") and reader.low(index) not in ("that", "this", "who"):
        return True
    return looks_like_clause(reader, index, len(reader.words))


def _attribution_follows(reader: SentenceReader, index: int) -> bool:
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


def _plain_words(reader: SentenceReader, first: int, limit: int) -> int:
    """Words before the first comma or clause boundary (a bare noun phrase object is short)."""
    stop = reader.next_where("plain_words_stop", lambda index: _ends_plain_words(reader, index), first)
    return reader.content_words(first, min(stop, limit))


def _ends_plain_words(reader: SentenceReader, index: int) -> bool:
    low = reader.low(index)
    if low == "," and (reader.capitalised(index + 1) or reader.low(index + 1) == "and"):
        return False  # a list of names: "comments from Rice, Rhodes and Panetta were …"
    return low in (",", ";", ":", ".") and not reader.quoted(index)


def looks_like_clause(reader: SentenceReader, first: int, limit: int, lemma: str = "") -> bool:
    """A zero-``that`` complement must read like a clause: a subject, then a finite verb."""
    if first >= limit or reader.quoted(first) and not reader.is_mark(first):
        return False
    low = reader.low(first)
    if not reader.words[first].text[:1].isalnum() and not reader.is_mark(first):
        return False
    if low in ("whether", "if", "how", "what", "why", "when", "where", "who", "which"):
        return False  # an indirect question is not a statement
    base = low.split("’")[0].split("'")[0]  # "he’ll", "they're": a pronoun with its auxiliary
    if base != low and base in reader.lexicon.words["subject_pronoun"]:
        return True
    if reader.is_word(first, "subject_pronoun") and low not in ("who", "that"):
        if reader.low(first + 1) == ",":  # "they, too, have had almost no dealings"
            return reader.low(first + 2) == "too" or reader.is_word(first + 2, "adverb")
        if low in ("he", "she", "it"):  # "feeling it rise and fall": an object and a bare verb
            verb = first + 1
            while reader.is_word(verb, "adverb") or reader.is_word(verb, "negation") or (
                    reader.low(verb).endswith("ly") and len(reader.low(verb)) > 4):
                verb += 1
            following = reader.low(verb)
            return not (following.isalpha() and following in reader.lexicon.words["bare_verb"])
        return reader.low(first + 1) not in (".", "")
    if low in reader.lexicon.words["preposition"] or low in ("to", "of"):
        return False
    if low in _SUBORDINATORS and not any(reader.low(i) == "," for i in range(first + 1, limit)):
        return False  # "she said as she turned around": the saying's own adjunct, not what was said
    if low.endswith("ly") and (reader.is_word(first + 1, "preposition") or reader.low(first + 1) in ("", ".", ",")):
        return False  # "she said pleasantly into the phone"
    if (lemma in reader.lexicon.words["bare_complement"] and _plain_words(reader, first, limit) >= 4
            and low not in _SAY_OBJECTS):
        return True  # "Obama said inevitable economic changes cost …": say-verbs rarely take objects
    skip_to = -1
    for index in range(first + 1, min(limit, first + 13)):
        word = reader.low(index)
        if index <= skip_to:
            continue
        if word == "," and reader.low(index + 1).isdigit() and reader.low(index + 2) == "," and reader.capitalised(index - 1):
            skip_to = index + 2  # "Jayme Closs, 13, was found": an age between subject and verb
            continue
        if (word in (",", ";", ":", "to") or word in reader.lexicon.words["clause_boundary"]) and not reader.quoted(index):
            return False
        if reader.quoted(index):
            continue
        if (word, reader.low(index + 1)) in _PARTICIPLE_PHRASES:
            continue  # "measures aimed at …", "a company based in …": a participle modifying a noun
        if (
            reader.is_word(index, "auxiliary")
            or reader.is_word(index, "finite_past")
            or (word.endswith("ed") and len(word) > 4 and not reader.is_word(index - 1, "determiner"))  # not "a deathbed"
            or (word.endswith("s") and not word.endswith(("ss", "’s", "'s")) and reader.capitalised(index - 1) and not reader.capitalised(index))
            or (index == first + 2 and lemma in reader.lexicon.words["bare_complement"]
                and _present_verb_after_noun(reader, index))
        ):
            return True
    return False


_ADVERBIAL_PHRASES = frozenset(tuple(p.split()) for p in (
    "in retrospect", "in response", "in reply", "in turn", "in return", "in particular", "in fact", "in person",
    "in private", "in public", "in court", "at times", "at first", "at last", "by phone", "by telephone",
    "on camera", "off camera", "in writing", "in passing", "in part", "in jest"))
_SINGULAR_DETERMINERS = frozenset("the this that his her its their our my your".split())
_NOT_SINGULAR_NOUN = ("s", "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ent", "ant", "ish")  # adjectives
_PLURAL_SAY_OBJECTS = frozenset("words things prayers goodbyes thanks farewells vows lines".split())


def _present_verb_after_noun(reader: SentenceReader, index: int) -> bool:
    """``the study matters.``: an ``-s`` word after ``the`` + singular noun, closing the clause, is its verb."""
    word, noun = reader.low(index), reader.low(index - 1)
    if not (word.endswith("s") and word.isalpha() and not word.endswith("ss") and word not in _PLURAL_SAY_OBJECTS):
        return False
    if reader.low(index - 2) not in _SINGULAR_DETERMINERS or not noun.isalpha() or noun.endswith(_NOT_SINGULAR_NOUN):
        return False
    if reader.capitalised(index) or reader.is_word(index - 1, "determiner"):
        return False
    following = reader.low(index + 1)
    return following in ("", ".", "!", "?", "them", "him", "us", "me", "it") or reader.is_word(index + 1, "determiner")


def _skip_adjuncts(reader: SentenceReader, index: int, *, listener: bool) -> int:
    """Skip a listener ("reporters", "the press") and time/place adjuncts after a cue."""
    limit = min(len(reader.words), index + MAX_CUE_GAP)
    if listener:
        if reader.is_word(index, "listener") or (reader.capitalised(index) and not reader.quoted(index)):
            start = index
            while index < limit and not reader.quoted(index) and (
                reader.is_word(index, "listener") or reader.capitalised(index)
                or (reader.low(index) == "of" and reader.capitalised(index + 1))  # "The Star-Ledger of Newark"
            ):
                if index > start and reader.low(index) in ("her", "his", "their", "its", "the", "it", "you", "him",
                                                           "them", "us", "me"):
                    break  # "told the AP her group never worked", "reminded reporters it was": the clause's subject
                index += 1
        elif reader.low(index) == "the" and reader.is_word(index + 1, "listener"):
            index += 2
        elif reader.is_word(index, "determiner") and reader.low(index) != "that":
            found = np_after(reader, index)  # "told his closest advisers", "told a cheering crowd"
            if found is not None and found[1] - found[0] < 5:
                last = next((i - 1 for i in range(found[0] + 1, found[1] + 1)
                             if reader.low(i) in _NEW_NOUN_PHRASE), found[1])
                index = last + 1  # "told the AP her group never worked …": the listener ends before "her"
    while index < limit:
        low = reader.low(index)
        if low == "on" and _medium_end(reader, index) is not None:
            index = _medium_end(reader, index) + 1  # "said on the phone the deal was done"
        elif low in ("this", "last", "next") and not reader.is_word(index + 1, "time"):
            break  # "told reporters this was the only chance": a subject, not "this week"
        elif reader.is_word(index, "time") or reader.is_word(index, "adverb") or low in ("earlier", "later", "on", "last", "this", "next", "only"):
            index += 1
        elif (low, reader.low(index + 1)) in _ADVERBIAL_PHRASES:
            index += 2  # "said in retrospect he feels …"
        elif reader.is_word(index, "preposition"):
            end = index + 1
            while end < limit and reader.low(end) not in ("that", ",", ":", ".") and not reader.quoted(end) and end - index < 6:
                end += 1
            medium = _medium_end(reader, index)  # "said by text message the weather …"
            if reader.low(end) in ("that", ",", ":"):
                index = end
            elif medium is not None:
                index = medium + 1
            else:
                break
        elif low == "," and reader.low(index + 1) in ("per", "according", "via"):
            comma = next((i for i in range(index + 2, limit) if reader.low(i) == ","), None)
            if comma is None:
                break
            index = comma + 1  # "said, per a translator, that …": the channel sits inside the speech act
        elif low == "," and (reader.low(index + 1) in ("however", "though", "too", "twice", "again")
                             or reader.is_word(index + 1, "adverb") or reader.low(index + 1).endswith("ly")):
            index += 3 if reader.low(index + 2) == "," else 2  # "He said, twice, that …"
        else:
            break
    return index


def _cue_entries_at(reader: SentenceReader, index: int) -> tuple[CueEntry, ...]:
    if 0 <= index < len(reader.words):
        found = reader.cue_table.get(index)
        if found is None:
            return ()
        return found[1] if found[0] == 1 else _single_cue(reader, index)
    return ()


def _single_cue(reader: SentenceReader, index: int) -> tuple[CueEntry, ...]:
    entries = reader.lexicon.cue_forms.get(reader.low(index), ())
    if not entries or index >= len(reader.words) or reader.quoted(index):
        return ()
    if " ".join(reader.lowered[max(0, index - 3):index + 1]).endswith(_IDIOMS):
        return ()  # "as they say", "as if to say", "needless to say": the writer's idiom, no one speaks
    if reader.capitalised(index) and not (index > 0 and reader.is_mark(index - 1)):
        if index == 0 and reader.low(index).endswith("ing"):
            return entries  # "Declaring that he alone can fix it, the candidate …"
        return entries if any(e.frame == "prep" for e in entries) else ()
    if reader.low(index) in reader.lexicon.words["noun_first_cue"] and not (
            reader.low(index + 1) in ("that", ":", ".") or reader.is_mark(index + 1)
            or _plural_subject(reader, index - 1)):
        return ()  # "Western states this week", "a 2013 email, Clinton asks"; "the ad states: …" stays
    if all(e.frame == "prep" for e in entries) and not (
            reader.capitalised(index + 1) or reader.is_word(index + 1, "determiner")):
        return ()  # "$700 per ton", "per person"; "per a translator", "per Politico" stay
    if reader.low(index - 1) == "of" and not reader.low(index).endswith("ing"):
        return ()  # "the secretary of state", "pages of emails": a noun; "of announcing that" stays
    if _plural_noun_in_phrase(reader, index):
        return ()  # "received expert reports", "50 member states that have"
    before = reader.low(index - 1)
    if ((before.isdigit() or before in _QUANTIFIERS) and reader.low(index).endswith("ed")
            and index + 1 < len(reader.words) and reader.words[index + 1].text[:1].isalpha()):
        return ()  # "eight reported incidents", "no stated reason": a participle before its noun
    if reader.low(index - 1) in _ARTICLES:
        if reader.low(index - 1) in ("his", "her", "their") and reader.low(index) in reader.lexicon.words["nominal_cue"]:
            return entries  # "his statement that …": a nominal cue whose possessor speaks
        return ()  # "the press", "a demand", "his remarks": a noun, not a verb of saying
    return entries


_IDIOMS = ("as they say", "as people say", "as the saying goes", "as if to say", "needless to say",
           "that is to say", "suffice it to say", "so to speak", "truth be told", "as we say", "as you say")
_QUANTIFIERS = frozenset("no many several few more other some two three four five six seven eight nine ten "
                         "dozens hundreds thousands".split())


def _plural_noun_in_phrase(reader: SentenceReader, index: int) -> bool:
    """A plural cue form after a noun modifier that itself follows a verb or a number: the head of
    a noun phrase (`received expert reports it had requested`, `50 member states that`), not a verb."""
    low = reader.low(index)
    if not low.endswith("s") or low.endswith("ss") or index < 2:
        return False
    modifier, before = reader.low(index - 1), reader.low(index - 2)
    if not (modifier.isalpha() and reader.words[index - 1].text.islower()) or modifier in reader.lexicon.function_words:
        return False
    # not after a determiner: "the ad says", "the lawsuit contends" are a subject and its verb
    return (before.isdigit() or reader.is_word(index - 2, "finite_past")
            or (before.endswith("ed") and len(before) > 4 and not reader.quoted(index - 2)))


def _plural_subject(reader: SentenceReader, index: int) -> bool:
    """`they state`, `the Saudis state in the white paper`: a plural subject makes it a verb."""
    low = reader.low(index)
    return low in ("they", "we") or (low.endswith("s") and low[:-1] in reader.lexicon.demonyms)


_NO_CUE: tuple[int, tuple[CueEntry, ...]] = (1, ())


def _phrase_at(reader: SentenceReader, index: int) -> tuple[int, tuple[CueEntry, ...]]:
    """The longest cue phrase starting at ``index``: (number of words, entries)."""
    if 0 <= index < len(reader.words):
        return reader.cue_table.get(index, _NO_CUE)
    return _NO_CUE


def _find_phrase(reader: SentenceReader, index: int) -> tuple[int, tuple[CueEntry, ...]]:
    low = reader.low(index)
    lengths = reader.lexicon.phrase_lengths.get(low, ())
    if lengths and reader.low(index + 1) not in reader.lexicon.phrase_seconds[low]:
        lengths = ()  # "in", "is", "has": phrase openers, almost never followed by a cue's second word
    for length in lengths:
        if index + length > len(reader.words) or any(reader.quoted(i) for i in range(index, index + length)):
            continue
        phrase = " ".join(reader.low(i) for i in range(index, index + length))
        entries = reader.lexicon.cue_forms.get(phrase)
        if entries and reader.capitalised(index):
            entries = tuple(e for e in entries if e.frame == "prep")  # "According to", not "Point out"
        if entries:
            return length, entries
    return 1, _single_cue(reader, index)

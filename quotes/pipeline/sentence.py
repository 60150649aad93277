"""The sentence view: ``SentenceReader`` answers word-level questions about one sentence.

Is this word quoted, a cue, capitalised, part of a noun phrase?  Lower-case forms, quotation
flags and the cue table are computed once per sentence; answers that need a scan along the
sentence are kept in per-sentence tables, so rules asking them for every word stay linear.
Quotations are opaque units inside a sentence: a cue inside a quotation is never a cue of the
writer's sentence.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..model import Span, text_span
from ..regexes import LazyPattern
from .cues import find_phrase, is_channel
from .marks import DOUBLE_MARKS, SINGLE_MARKS
from .tokens import WordAnswers

if TYPE_CHECKING:
    from ..lexicon import CueEntry, Lexicon
    from .article import Article, Sentence


MARK_GLYPHS = DOUBLE_MARKS | SINGLE_MARKS  # a word that is one of these and quoted is a quotation mark
MAX_CUE_GAP = 8  # tokens allowed between a cue and its "that"
MAX_NP_TOKENS = 12
LOOK_AHEAD = 8  # words ``next_where`` looks at before it answers for the whole sentence


class SentenceReader:
    """Word-level questions about one sentence, answered with the lexicon.

    A plain class, not attrs: its lookups run hundreds of thousands of times per corpus, so the
    word list, lower-cased words and quotation flags are plain attributes computed once.
    """

    __slots__ = (
        "_alnum_before",
        "_cue_starts",
        "_first_prep",
        "_first_quoted",
        "_last_index",
        "_last_quoted",
        "_quotation_words",
        "_size",
        "analysis",
        "cue_table",
        "ends",
        "lexicon",
        "lowered",
        "owners",
        "quoted_flags",
        "sentence",
        "size",
        "starts",
        "tables",
        "text",
        "texts",
    )

    def __init__(self, article: Article, sentence: Sentence):
        self.text = article.text
        self.sentence = sentence
        self.lexicon = article.lexicon
        self.analysis = article.analysis
        table, first, end = article.tokens, sentence.first, sentence.end
        self.texts = table.texts[first:end]  # slices of the document's columns: nothing is read again
        self.starts = table.starts[first:end]
        self.ends = table.ends[first:end]
        self.lowered = table.lower[first:end]
        self.owners = table.owner[first:end]  # per word: the quotation holding it, or None
        self.quoted_flags = table.quoted[first:end]  # per word: inside a quotation (``quoted`` asks one)
        self._size = self.size = end - first
        self._last_quoted: int | None = None
        self._first_prep: int | None = None
        self._first_quoted: int | None = None
        self._cue_starts: list[int] | None = None
        self._last_index: dict[str, int] | None = None
        # per-word answers of scans along the sentence, made once, by the name of the scan (and
        # ``clause_ends``'s memos by their flags: a tuple is no name)
        self.tables: dict[str | tuple[bool, bool, bool], Any] = {}
        self._quotation_words: dict[int | None, tuple[int, int]] | None = None
        self._alnum_before: list[int] | None = None
        self.cue_table = self._cue_table(table.cue_words, first, end)

    def low(self, index: int) -> str:
        return self.lowered[index] if 0 <= index < self._size else ""

    def is_word(self, index: int, cls: str) -> bool:
        """Whether the word is one of the closed class ``cls`` (``function_words.tsv``)."""
        return (self.lowered[index] if 0 <= index < self._size else "") in self.lexicon.words[cls]

    def quoted(self, index: int) -> bool:
        return 0 <= index < self._size and self.quoted_flags[index]

    def _cue_table(self, cue_words: list[int], first: int, end: int) -> dict[int, tuple[int, tuple[CueEntry, ...]]]:
        """Word index -> the longest cue phrase starting there (words, entries), for cue words only
        (the words that may start a cue are known for the whole document: ``TokenTable.cue_words``;
        the sentence holds its words first..end-1)."""
        table: dict[int, tuple[int, tuple[CueEntry, ...]]] = {}
        low = bisect.bisect_left(cue_words, first)
        if low == len(cue_words) or cue_words[low] >= end:
            return table  # no word of the sentence may start a cue (a third of them)
        quoted = self.quoted_flags
        for position in range(low, bisect.bisect_left(cue_words, end, low)):
            index = cue_words[position] - first
            if quoted[index]:
                continue  # a quoted word starts no cue of the writer's sentence (``find_phrase`` says so last)
            found = find_phrase(self, index)
            if found[1]:
                table[index] = found
        return table

    def word_at(self, start: int) -> int | None:
        """The index of the word starting at offset ``start``."""
        index = bisect.bisect_left(self.starts, start)
        return index if index < self._size and self.starts[index] == start else None

    def last_quoted(self) -> int:
        """Index of the last word inside a quotation, -1 when none is."""
        if self._last_quoted is None:
            quoted = self.quoted_flags
            self._last_quoted = len(quoted) - 1 - quoted[::-1].index(True) if True in quoted else -1
        return self._last_quoted

    def content_words(self, first: int, end: int) -> int:
        """How many of the words first..end-1 start with a letter or digit."""
        if self._alnum_before is None:
            initials = map(operator.itemgetter(0), self.texts)
            self._alnum_before = list(itertools.accumulate(map(str.isalnum, initials), initial=0))
        return self._alnum_before[end] - self._alnum_before[first] if end > first else 0

    def quotation_words(self, owner: int | None) -> tuple[int, int]:
        """The words of quotation ``owner`` in this sentence: (first, end), end exclusive (a
        KeyError when it holds none).  Where the table knows each quotation's words
        (``TokenTable.quotation_ranges``), they are cut to the sentence; else read from ``owners``."""
        sentence = self.sentence
        ranges = sentence.tokens.quotation_ranges
        if ranges is not None:
            first, end = ranges[owner]  # type: ignore[index]  # None holds no quotation: a KeyError
            first -= sentence.first  # cut to the sentence (conditional expressions: no min/max calls)
            first = first if first > 0 else 0
            end -= sentence.first
            end = end if end < self._size else self._size
            if first >= end:
                raise KeyError(owner)
            return first, end
        if self._quotation_words is None:
            found: dict[int | None, tuple[int, int]] = {}
            index = 0
            for quotation, run in itertools.groupby(self.owners):  # runs of words, not words, in Python
                length = len(list(run))
                if quotation is not None:
                    found[quotation] = (found.get(quotation, (index, index))[0], index + length)
                index += length
            self._quotation_words = found
        return self._quotation_words[owner]

    def first_quoted(self) -> int:
        """Index of the first word inside a quotation, the sentence length when none is."""
        if self._first_quoted is None:
            self._first_quoted = self.quoted_flags.index(True) if True in self.quoted_flags else self._size
        return self._first_quoted

    def next_where(self, name: str, test: Callable[[int], bool], index: int) -> int:
        """The first word at or after ``index`` passing ``test`` (the sentence length when none
        does); ``name`` names the test.  A few words are looked at first; past them, the answers
        for every word are made at once for the sentence, so asking for every word stays linear.
        ``test`` is asked only about words of the sentence (0 <= index < size): it may read the
        columns (``lowered``, ``quoted_flags``) directly, with no bounds to check."""
        start = max(index, 0)
        if start >= self._size:
            return self._size
        table = self.tables.get(name)
        if table is None:
            for probe in range(start, min(self._size, start + LOOK_AHEAD)):
                if test(probe):
                    return probe
            if start + LOOK_AHEAD >= self._size:
                return self._size
            table = list(range(self._size + 1))
            for probe in range(self._size - 1, -1, -1):
                if not test(probe):
                    table[probe] = table[probe + 1]
            self.tables[name] = table
        return table[start]

    def last_index_of(self, low: str) -> int:
        """Index of the last word whose lower-case form is ``low``, -1 when there is none."""
        if self._last_index is None:
            self._last_index = {word: index for index, word in enumerate(self.lowered)}
        return self._last_index.get(low, -1)

    def clause_ends(self, flags: tuple[bool, bool, bool]) -> dict[int, int]:
        """The memo of ``clause_end``: where a clause scan from each word ends, per kind of scan."""
        # kept in ``tables`` (no dict of memos made per sentence), and made on the first scan of its
        # kind only (``setdefault`` would make a dict per call)
        known = self.tables.get(flags)
        if known is None:
            known = self.tables[flags] = {}
        return known

    def cue_before(self, index: int) -> int:
        """The last word at or before ``index`` that starts a cue phrase, -1 when none does."""
        if self._cue_starts is None:
            self._cue_starts = sorted(self.cue_table)
        position = bisect.bisect_right(self._cue_starts, index)
        return self._cue_starts[position - 1] if position else -1

    def first_prep_cue(self) -> int:
        """Index of the first "according to"-like cue, the sentence length when there is none."""
        if self._first_prep is None:
            # one loop over the sentence's cues, no generator; only a few words open such a cue
            # (``is_channel`` asks the word first): a cue's word is looked up before that call
            first, openers, lowered = self._size, self.lexicon.prep_cue_openers, self.lowered
            for index, (_, entries) in self.cue_table.items():
                if index < first and lowered[index] in openers and is_channel(self, index, entries):
                    first = index
            self._first_prep = first
        return self._first_prep

    def is_mark(self, index: int) -> bool:
        return 0 <= index < self._size and self.quoted_flags[index] and self.texts[index] in MARK_GLYPHS

    def capitalised(self, index: int) -> bool:
        if not 0 <= index < self._size:
            return False  # past the sentence: "… added," at the end of a text
        initial = self.texts[index][0]  # a token is never empty
        return initial.isupper() or (initial.isdigit() and len(self.texts[index]) <= 4)

    def span(self, first: int, last: int) -> Span:
        start, end = self.starts[first], self.ends[last]
        return text_span(self.text, start, end)

    def np_word(self, index: int) -> bool:
        """Whether the word can be part of a noun phrase (a name, a number, a noun, a determiner…)."""
        if 0 <= index < self._size and self.quoted_flags[index]:
            return False
        word = self.texts[index]
        # the kept answers read with no call of ``WordAnswers.get`` (asked of most words of every noun phrase)
        known = _NP_WORDS.answers.get(word) if _NP_WORDS.lexicon is self.lexicon else None
        if known is None:
            known = _NP_WORDS.put(self.lexicon, word, _np_word(word, self.lexicon))
        return known


def _np_word(word: str, lex: Lexicon) -> bool:
    """``SentenceReader.np_word`` for an unquoted word: it depends on the word alone."""
    if not word[:1].isalnum():
        return False
    low = word.lower()
    if word[:1].isupper() or (word[:1].isdigit() and len(word) <= 4) or word.replace(",", "").isdigit():
        return low not in lex.words["clause_boundary"]  # names, and numbers: "21,000 said"
    bare = low.removesuffix("’s").removesuffix("'s")
    return (
        ("-" in bare and FRACTION.fullmatch(bare) is not None)  # "two-thirds say …" (a word with no hyphen is none)
        or bare in lex.words["np_modifier"]
        or bare in lex.words["np_head"]
        or bare in lex.words["determiner"]
        or bare in lex.unnamed_heads
        or bare in lex.org_heads
        or bare in lex.demonyms
        or bare in lex.title_words
        or low.endswith(("’s", "'s"))
    )


_NP_WORDS = WordAnswers()


FRACTION = LazyPattern(r"(?:one|two|three|four|five|six|seven|eight|nine)-(?:halves|thirds?|quarters?|fourths?|"
                          r"fifths?|sixths?|tenths?)")

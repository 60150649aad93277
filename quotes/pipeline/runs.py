"""Runs of capitalised words in a sentence, and the surnames the document itself confirms."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..names.organisations import made_adjective
from .roles import is_cap
from .tokens import strip_possessive

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from .tokens import SentenceWords


_OPENERS = frozenset("“‘\"'([{«—–-:;")


def may_open_a_name(words: SentenceWords, first: int, name_first: int, end: int, lexicon: Lexicon,
                     written_in_lower_case: Callable[[str], bool] | None = None) -> bool:
    """Not a word the lexicons know (`Republican Donald Trump`, `Like Corker`); at the start of a
    sentence or quotation (`Does Rubio`, `Both Bolton`), only a word the article never writes in
    lower case (`Nino Niederreiter scored twice`)."""
    if first > 0 and words.texts[first - 1] in _OPENERS:
        return False  # "He read “Rush Limbaugh” twice": a name in marks is a title
    if first == 0:
        low = words.texts[first].lower()
        if (
            written_in_lower_case is None
            or low in lexicon.function_words
            or written_in_lower_case(low)
        ):
            return False
    if any(w.text in lexicon.given_names or w.text.endswith(("’", "'")) for w in words.slice(name_first + 1, end - 1)):
        return False  # "the Real Donald Trump" (a title), "Fox News’ Sean Hannity"
    opener = words.texts[name_first]
    if len(opener) > 2 and opener[:-1].isupper():
        return False  # "GIFs of Clinton", "PACs": an acronym's plural opens no name
    low = opener.lower()
    return not (low in lexicon.cue_forms or low in lexicon.demonyms or low in lexicon.title_words
                or low + "s" in lexicon.words["group_noun"]  # "Democrat Zephyr Teachout"
                or low in lexicon.function_words)


def confirmed_surnames(
    sentences: Sequence[tuple[SentenceWords, Sequence[bool], list[int], Sequence[str]]], lexicon: Lexicon
) -> frozenset[str]:
    """Words the document itself uses as surnames: after an honorific (`Ms. Malik`) or alone
    before a verb of saying (`Limbaugh said`).  They make `Tashfeen Malik`, `Rush Limbaugh` people
    although the lexicons do not know their first names.  ``sentences``: words, in-quotation
    flags, the indices of the capitalised words, and (not read here) the lower-case words."""
    confirmed = set()
    honorifics, cue_forms = lexicon.honorifics, lexicon.cue_forms  # (asked of every capitalised word)
    for words, quoted, capitalised, _ in sentences:
        texts = words.texts
        last = len(texts) - 1
        for index in capitalised:
            if index == last:
                break
            word, following = texts[index], texts[index + 1]
            if word in honorifics and is_cap(following):
                confirmed.add(strip_possessive(following))
            elif (following in cue_forms and not quoted[index]
                  and not (index and is_cap(texts[index - 1]))):
                confirmed.add(word)
            elif (index >= 2 and texts[index - 1] in cue_forms and not quoted[index]
                  and (quoted[index - 2] or texts[index - 2] == ",")
                  and (not following[:1].isalpha() or following.lower() in lexicon.not_name_words)):
                confirmed.add(strip_possessive(word))  # "“…,” says Greenspan while …"
            elif following == "," and not quoted[index] and index + 2 <= last and (
                    texts[index + 2] in ("who", "whose")  # "Niederreiter, who put it into the net"
                    or (texts[index + 2].isdigit() and len(texts[index + 2]) <= 2
                        and index + 3 <= last and texts[index + 3] in (",", ")"))):  # "Hadad, 27,"
                confirmed.add(strip_possessive(word))
    return frozenset(word for word in confirmed if not _group_or_acronym(word, lexicon))


def _group_or_acronym(word: str, lexicon: Lexicon) -> bool:
    """`Republicans said`, `Americans say`, `SVP said`, `PACs say`, `Tuesday said`: not surnames."""
    low = word.lower()
    return (word.isupper() or word[:-1].isupper()  # "SVP", "PACs"
            or low in lexicon.demonyms or low[:-1] in lexicon.demonyms or word in lexicon.countries
            or low in lexicon.unnamed_heads or low in lexicon.title_words or low in lexicon.org_heads
            or low in lexicon.function_words)  # group nouns, "Tuesday"


def may_go_on(texts: Sequence[str], lowered: Sequence[str], end: int, joiners: frozenset[str]) -> bool:
    """Whether a capitalised run may go on at ``end`` (``Runs.end`` reads on only then): a word
    there that is capitalised, a name joiner (`van`, `of`) or a number, or an `&`, `and` or comma
    before a capitalised word (each way on past one needs one); none at the sentence's end."""
    if end >= len(texts):
        return False
    following = texts[end]
    return bool(following[:1].isupper() or following.isdigit() or lowered[end] in joiners or (
        following in ("&", "and", ",") and end + 1 < len(texts) and texts[end + 1][:1].isupper()))


class Runs:
    """Where the capitalised run starting at a word ends, for one sentence's words.

    Runs are asked for from left to right; a run cut short (a trailing weekday) is followed by
    one starting inside it, which extends over the same words, so the last extension and the
    weekday runs are remembered: a sentence of capitalised words is read once, not once per word.
    """

    def __init__(self, words: SentenceWords, lexicon: Lexicon, lowered: Sequence[str] | None = None):
        self.words = words
        # the words in lower case (the sentence's column when the caller holds it): asked of the
        # word after every run and of each word of a long one, read instead of lowering each again
        self.lowered = lowered if lowered is not None else [word.lower() for word in words.texts]
        self.lexicon = lexicon
        self.joiners = lexicon.lists["name_joiners"]  # (asked at the end of every run)
        # every word reach_from..reach_to-1 extends a plain run to ``reach_to``
        self.reach_from, self.reach_to = -1, -1
        self.weekdays: dict[int, int] = {}  # end -> start of the run of weekdays ending there

    def end(self, first: int) -> int:
        """Where the run starting at word ``first`` ends (past its last word)."""
        # most runs are one word before a word that carries no run on: answered without reading on
        return self.extended_end(first) if may_go_on(self.words.texts, self.lowered, first + 1, self.joiners) else (
            first + 1)

    def inverted_cue_opens(self, first: int) -> bool:
        """`Said Lowry: “…”`, `Added Smith: …`: a sentence opening on a verb of saying (the caller
        asks that of its first word, ``first``) before a name and a colon."""
        end = self.end(first)
        return end - first >= 2 and self.words.texts[end:end + 1] == [":"]

    def extended_end(self, first: int) -> int:
        """``end``, asked where ``may_go_on`` says the run may go on past its first word."""
        texts = self.words.texts
        size = len(texts)
        end = first + 1
        while True:
            # a run starting inside the last one read ends where it ended: no call
            end = self.reach_to if self.reach_from <= end <= self.reach_to else self._plain_end(end)
            if end >= size:
                break  # the sentence's last word: nothing after it joins the run
            following = texts[end]  # what may carry the run on past its capitalised words
            if following == "&" and end + 1 < size and is_cap(texts[end + 1]):
                end += 2  # "Procter & Gamble", "Ernst & Young": an ampersand joins one company's name
                continue
            if following == "and" and _joined_name(self.words, first, end, self.lexicon):
                end += 2  # "Globe and Mail": one name the lexicons know
                continue
            # a coordinated body's name goes on with `, Word` or `and Word`: nothing else is tried
            body_end = coordinated_body(texts, end, self.lexicon) if following in (",", "and") else None
            if body_end is not None:
                end = body_end  # "Securities and Exchange Commission", "Meteorology, Climatology and Geophysics Agency"
                continue
            if following.isdigit() and is_cap(texts[end - 1]) and (
                    self.lowered[end - 1] in self.lexicon.lists["numbered_bodies"]):
                end += 1  # "Amalgamated Transit Workers Local 1142": a union local, a lodge, a post by number
            break
        if end - first > 1 and self.lowered[end - 1] in self.lexicon.lists["weekdays"]:
            # "The Globe and Mail Thursday reported": the day is no part of the name
            end = max(first + 1, self._weekdays_from(end))
        return end

    def _plain_end(self, end: int) -> int:
        """Past the capitalised words and name joiners from ``end`` on (``end`` if there are none);
        asked only outside the last run read (``end`` answers inside it)."""
        texts = self.words.texts
        size = len(texts)
        joiners, lowered = self.joiners, self.lowered
        start = end
        while end < size:
            before = texts[end - 1]
            if "-" in before and made_adjective(before):  # (no call for a word with no hyphen)
                break  # "the University of Ottawa-based Institute": the name after the adjective is another
            word = texts[end]
            # (``is_cap`` written out: this loop runs once per word of every run)
            if (word[:1].isupper() and not before.endswith(("’s", "'s"))) or (
                lowered[end] in joiners
                and end + 1 < size
                and (is_cap(texts[end + 1]) or (  # "van der Vaart": two particles
                    lowered[end + 1] in joiners and end + 2 < size and is_cap(texts[end + 2])))
            ):
                end += 1
            else:
                break
        self.reach_from, self.reach_to = start, end
        return end

    def _weekdays_from(self, end: int) -> int:
        start = self.weekdays.get(end)
        if start is None:
            start = end
            while start > 0 and self.lowered[start - 1] in self.lexicon.lists["weekdays"]:
                start -= 1
            self.weekdays[end] = start
        return start


MAX_COORDINATED_WORDS = 3  # capitalised words between the commas of a body's coordinated name


def coordinated_body(texts: Sequence[str], end: int, lexicon: Lexicon) -> int | None:
    """Where an organisation's name ends when its words are coordinated: after `, Word` parts and
    `and`, a run of capitalised words that ends in an organisation's head word (`Agency`,
    `Commission`) or, after two words or more, a country (`Fisheries and Oceans Canada`); None
    when the run at ``end`` is not so continued."""
    index = end
    # (``is_cap`` written out in the first tests: asked after every run followed by a comma or `and`)
    while index + 1 < len(texts) and texts[index] == "," and texts[index + 1][:1].isupper():
        index += 2  # ", Climatology"
        while index < len(texts) and is_cap(texts[index]) and index - end <= MAX_COORDINATED_WORDS + 1:
            index += 1
    if index + 1 >= len(texts) or texts[index] != "and" or not texts[index + 1][:1].isupper():
        return None
    last = index + 1
    while last + 1 < len(texts) and is_cap(texts[last + 1]) and last - index <= MAX_COORDINATED_WORDS:
        last += 1
    head = strip_possessive(texts[last])
    national = last > index + 1 and head in lexicon.countries  # "Fisheries and Oceans Canada", not "Mexico and Canada"
    if not (head.lower() in lexicon.org_heads or national):
        return None
    right = " ".join(strip_possessive(w) for w in texts[index + 1:last + 1])
    if right in lexicon.metonyms or right in lexicon.organisations:
        return None  # "the State Department and White House": two organisations the lexicons know
    return last + 1


MAX_JOINED_NAME_WORDS = 12  # more than the longest name with "and" or "&" of the lexicons


def _joined_name(words: SentenceWords, first: int, conjunction: int, lexicon: Lexicon) -> bool:
    """Whether a lexicon's name (`Globe and Mail`) spans the conjunction at ``conjunction``: only
    the few words around it are tried (no name is longer), so a long run stays cheap."""
    if conjunction + 1 >= len(words.texts) or not words.texts[conjunction + 1][:1].isupper():  # (``is_cap``)
        return False
    last = conjunction + 1
    while last + 1 < len(words.texts) and last - conjunction < MAX_JOINED_NAME_WORDS and is_cap(words.texts[last + 1]):
        last += 1
    for start in range(max(first, conjunction - MAX_JOINED_NAME_WORDS), conjunction):
        for stop in range(last, conjunction, -1):
            name = " ".join(words.texts[start : stop + 1])
            if name in lexicon.organisations or f"The {name}" in lexicon.organisations:
                return True
    return False

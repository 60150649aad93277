"""Quotes without marks: block quotes, embedded posts, signed and repeated pull quotes."""

from __future__ import annotations

import bisect
import itertools
import string
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..model import Kind, Span
from ..regexes import LazyPattern, LazyStandardPattern
from .article import Candidate
from .quotations import line_after, line_before, readers_by_paragraph
from .tokens import plain_letters

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from .article import Article, Paragraph
    from .marks import Quotation
    from .sentence import SentenceReader


def unmarked_quotes(lay: Article, readers: list[SentenceReader], lexicon: Lexicon) -> Iterator[Candidate]:
    """A first-person paragraph without marks, followed by a line saying who spoke."""
    by_paragraph = readers_by_paragraph(readers)
    quoted_paragraphs = {q.paragraph for q in lay.quotations}
    echo_index = _EchoIndex(lay.quotations, plain=lay.plain)
    echoes = bool(echo_index)  # asked once: a pull quote repeats one of the article's quotations
    for paragraph in lay.paragraphs:
        # a post's signature holds its handle in parentheses: most paragraphs are told by one look
        post = _embedded_post(lay.text, paragraph) if not paragraph.boilerplate and "(@" in paragraph.text else None
        if post is not None:  # "… — Kyle Benning (@KBBenning) December 22, 2018": the account's own words
            content, name = post
            yield Candidate(content, Kind.DIRECT, None, name, paragraph.index, note="unmarked", confidence=0.85)
            continue
        if paragraph.boilerplate or paragraph.index in quoted_paragraphs or paragraph.caption:
            continue
        signed = _signed_pull_quote(lay.text, paragraph, lay.paragraphs, lexicon)
        if signed is not None:  # a signed pull quote looks like a headline (it ends without a stop)
            content, name = signed
            yield Candidate(content, Kind.DIRECT, None, name, paragraph.index, note="unmarked", confidence=0.7)
            continue
        echoed = _echoed_quotation(paragraph, echo_index) if echoes else None
        if echoed is not None:  # a pull quote repeating the speaker's words, set on its own line
            yield Candidate(paragraph.span, Kind.DIRECT, None, None, paragraph.index, note="unmarked",
                            confidence=0.8, echo_of=echoed)
            continue
        if paragraph.headline:
            continue
        index = paragraph.index
        if not (_may_introduce(by_paragraph.get(index - 1)) or _may_attribute(by_paragraph.get(index + 1))):
            continue  # most paragraphs: neither rule below can find a speaker, so the paragraph is not read
        # a paragraph with a cue word of its own attributes its own words, unless it speaks in the first person
        first_person = _first_person(paragraph.text)  # read once: both rules below ask
        block = first_person or not _holds_cue_word(lay, paragraph)
        introduced = line_before(by_paragraph, paragraph.index) if block else None
        if introduced is not None:  # "Jane Smith wrote: ¶ I have been a teacher …": a block quote without marks
            source, cue = introduced
            yield Candidate(paragraph.span, Kind.DIRECT, cue, source, paragraph.index, note="unmarked", confidence=0.7)
            continue
        if not first_person:
            continue
        found = line_after(by_paragraph, paragraph.index)
        if found is None:
            continue
        source, cue = found
        yield Candidate(paragraph.span, Kind.DIRECT, cue, source, paragraph.index, note="unmarked", confidence=0.75)


_POST_SIGNATURE = LazyPattern(
    r"\s*[—–-]{1,2}\s*(?P<name>[^()—–\n]{2,60}?)\s*\(@\w{1,30}\)\s*"
    r"(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+\d{4})?\s*$")
_TRAILING_LINKS = LazyPattern(r"(?:\s+(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")


def _embedded_post(text: str, paragraph: Paragraph) -> tuple[Span, Span] | None:
    """An embedded tweet or post: its text, then `— Name (@handle) Date` on the same line."""
    if "(@" not in paragraph.text:
        return None  # the signature holds the handle in parentheses: no need to read the line
    signature = _POST_SIGNATURE.search(paragraph.text)
    if signature is None or signature.start() < 3:
        return None
    body = paragraph.text[:signature.start()]
    links = _TRAILING_LINKS.search(body)
    body_end = links.start() if links else len(body)
    while body_end > 0 and body[body_end - 1].isspace():
        body_end -= 1
    start = paragraph.start
    if body[:1] in "\"“" and body[body_end - 1:body_end] in "\"”":
        start, body_end = start + 1, body_end - 1  # the post's own marks: the content is between them
    name_start = paragraph.start + signature.start("name")
    name = Span(name_start, name_start + len(signature.group("name")), signature.group("name"))
    end = paragraph.start + body_end
    return (Span(start, end, text[start:end]), name) if end - start >= 2 else None


MAX_PULL_QUOTE = 400  # characters: a pull quote is a sentence or three
# the name may carry where the person works or what they are: "… for years. Konrad Gajewski, University of Ottawa"
_TRAILING_NAME = LazyPattern(r"(?<=[.!?…])[\"”’]?\s+[—–-]?\s*((?:\p{Lu}[\p{L}’'.-]+\s+){1,3}\p{Lu}[\p{L}’'-]+)"
                             r"(?:,\s+\p{L}[\p{L}’' -]{1,60}\p{L})?$")
_NAME_CHARACTER = LazyPattern(r"[\p{L}’'-]")  # what a trailing name ends with
_ASCII_NAME_CHARACTERS = frozenset(string.ascii_letters + "'-")  # the same among ASCII characters


def _may_end_a_name(character: str) -> bool:
    """Whether ``character`` is one a trailing name ends with: an ASCII one (most lines end with a
    stop) is looked up in a set, any other read by the pattern (a call of ``regex`` costs more)."""
    if character.isascii():
        return character in _ASCII_NAME_CHARACTERS
    return _NAME_CHARACTER.match(character) is not None
_NAME_LINE = LazyPattern(r"^[—–-]?\s*((?:\p{Lu}[\p{L}’'.-]+\s+){1,3}\p{Lu}[\p{L}’'-]+)(?:,[^.!?]{0,80})?$")


def _signed_pull_quote(text: str, paragraph: Paragraph, paragraphs: Sequence[Paragraph],
                       lexicon: Lexicon) -> tuple[Span, Span] | None:
    """A pull quote signed by its speaker: sentences, then the person's name at the end of the
    line (`… what it's brought me. Morgan McNeely`) or alone on the next line (`— Julie Easley`).
    The name must be someone the article names elsewhere (a photo credit is not)."""
    line = paragraph.text
    # the name must end the line: read it only after one look at the line's last character
    trailing = _TRAILING_NAME.search(line) if _may_end_a_name(line[-1:]) else None
    if trailing is not None and len(paragraph.text) - len(trailing.group()) >= 20:
        start = paragraph.start + trailing.start(1)
        name = Span(start, start + len(trailing.group(1)), trailing.group(1))
        end = paragraph.start + trailing.start()
        content = Span(paragraph.start, end, text[paragraph.start:end])
    else:
        if paragraph.index + 1 >= len(paragraphs) or not paragraph.text.rstrip("\"”’").endswith((".", "!", "?", "…")):
            return None
        if len(paragraph.text) > MAX_PULL_QUOTE:
            return None  # a section of the article before its next heading ("Arnold Palmer Invitational")
        following = paragraphs[paragraph.index + 1].span
        # a name line ends with a letter of the name or the words after its comma, never with a
        # stop: most lines of prose are told from their last character, not read by the pattern
        named = None if following.text.endswith((".", "!", "?")) else _NAME_LINE.match(following.text)
        if named is None:
            return None
        start = following.start + named.start(1)
        name = Span(start, start + len(named.group(1)), named.group(1))
        content = paragraph.span
    words = name.text.split()
    if len(words) > 3 or any(w.lower() in lexicon.org_heads or w.lower() in lexicon.title_words for w in words):
        return None  # "Wells Fargo Championship" under a paragraph is a heading, not a signature
    if words[0] not in lexicon.given_names and not (
            _first_person(content.text) and name.text in text[:paragraph.start] + text[name.end:]):
        # a given name the lexicons lack signs only words in the first person, of someone the article
        # names in full elsewhere (not "… Woods has won here. BMW Championship")
        return None
    surname = words[-1]
    elsewhere = text[:paragraph.start].count(surname) + text[name.end:].count(surname)
    return (content, name) if elsewhere else None


_ECHO_WORDS = LazyPattern(r"[\p{L}\p{N}]+")
ECHO_MIN_WORDS = 4
ECHO_MAX_WORDS = 40
# the same in a text whose letters and digits are all ASCII (``tokens.plain_letters``), for ``re``;
# there ``_EchoIndex.words_of`` finds them with no pattern (``_ECHO_BYTES``)
_PLAIN_ECHO_WORDS = LazyStandardPattern(r"[A-Za-z0-9][A-Za-z0-9]*")
# a text's UTF-8 bytes with each ASCII letter or digit kept and any other byte a space: split at
# the spaces, a text whose letters and digits are all ASCII gives the words ``_PLAIN_ECHO_WORDS``
# finds, at C speed (a call of the translation costs less than a pattern's)
_ECHO_BYTES = bytes.maketrans(bytes(range(256)), bytes(
    byte if chr(byte).isascii() and chr(byte).isalnum() else ord(" ") for byte in range(256)))


class _EchoIndex:
    """The words of the article's quotations, for pull quotes to find what they repeat: all in
    one string (separated by a character no word holds), so a paragraph is looked for at once;
    made when first looked in (most articles have no paragraph short enough to be an echo)."""

    def __init__(self, found: Sequence[Quotation], *, plain: bool = False):
        self.plain = plain
        self.quotations = [q for q in found if q.opened and q.closed]
        self.words: str | None = None
        self.offsets: list[int] = []
        self.starts = [q.content.start for q in self.quotations]
        # in text order, as the layout finds them
        self.ordered = all(a <= b for a, b in itertools.pairwise(self.starts))
        self.by_words: dict[str, list[int]] = {}  # a quotation's words -> the quotations with exactly those

    def __bool__(self) -> bool:
        return bool(self.quotations)

    def words_of(self, text: str) -> list[str]:
        """The words of ``text`` (of the article): ``_ECHO_WORDS.findall(text)``."""
        # only ASCII letters and digits (in the article, or in this text of it): the bytes between the others
        if self.plain or text.isascii() or plain_letters(text):
            return text.encode("utf-8", "surrogatepass").translate(_ECHO_BYTES).decode("ascii").split()
        return _ECHO_WORDS.findall(text)

    def find(self, needle: str, before: int) -> int | None:
        """The content start of the first quotation that holds ``needle`` when it starts before
        ``before`` (a part of a quotation the reader has already met), or is ``needle`` whole when
        it starts later: a line repeating only part of a later quotation is a subhead over its
        section, no pull quote."""
        if self.words is None:
            # the words of each, lower-cased (the same as lower-casing word by word)
            keys = [" " + " ".join(self.words_of(q.content.text)).lower() + " " for q in self.quotations]
            self.words = "\0".join(keys)
            self.offsets = list(itertools.accumulate((len(key) + 1 for key in keys[:-1]), initial=0))
            for position, key in enumerate(keys):
                self.by_words.setdefault(key, []).append(position)
        if not self.ordered:
            return self._find_unordered(needle, before)
        earlier = bisect.bisect_left(self.starts, before)  # the quotations starting before ``before``
        limit = self.offsets[earlier] if earlier < len(self.quotations) else len(self.words)
        at = self.words.find(needle, 0, limit)
        if at >= 0:
            return self.quotations[bisect.bisect_right(self.offsets, at) - 1].content.start
        same = self.by_words.get(needle, ())
        later = bisect.bisect_left(same, earlier)
        return self.quotations[same[later]].content.start if later < len(same) else None

    def _find_unordered(self, needle: str, before: int) -> int | None:
        """``find`` for quotations out of text order (the layout finds them in order): one by one."""
        assert self.words is not None
        keys = self.words.split("\0")
        for quotation, key in zip(self.quotations, keys, strict=True):
            if needle in key if quotation.content.start < before else needle == key:
                return quotation.content.start
        return None


def _echoed_quotation(paragraph: Paragraph, index: _EchoIndex) -> int | None:
    """A paragraph without marks whose words are all inside one earlier quotation of the article
    (`Nothing less than full disclosure is acceptable` set apart): where that quotation starts."""
    if not index or _surely_too_long(paragraph.text):
        return None
    # all the words, then their count: one pass over the paragraph (a count of a repeated group
    # read first took as long as finding them)
    words = index.words_of(paragraph.text)
    if not ECHO_MIN_WORDS <= len(words) <= ECHO_MAX_WORDS:
        return None
    return index.find(" " + " ".join(words).lower() + " ", paragraph.start)


# a text's UTF-8 bytes with each ASCII letter or digit written `a`, any other ASCII character a
# space and each byte of a character outside ASCII `x` (``_surely_too_long``)
_WORD_STARTS = bytes.maketrans(bytes(range(256)), bytes(
    ord("a") if chr(byte).isascii() and chr(byte).isalnum() else ord(" ") if byte < 128 else ord("x")
    for byte in range(256)))


def _surely_too_long(text: str) -> bool:
    """Whether the paragraph surely holds more than ``ECHO_MAX_WORDS`` words of a pull quote,
    told at C speed without collecting them (most paragraphs of prose do, and each word found
    costs a string).  An ASCII letter or digit opening the text or after another ASCII character
    that is no letter or digit starts one of those words: their count is never more than the
    words the pattern finds."""
    if len(text) <= 2 * ECHO_MAX_WORDS:
        return False  # too short to hold that many words, each with a character between two
    classes = text.encode("utf-8", "surrogatepass").translate(_WORD_STARTS)
    return classes.count(b" a") + classes.startswith(b"a") > ECHO_MAX_WORDS


_FIRST_PERSON = LazyPattern(r"\b(?:I|we|We|our|Our|us|my|My|me)\b|\b(?:I|we|We)[’']")


def _may_introduce(previous: list[SentenceReader] | None) -> bool:
    """Whether the paragraph before may introduce a block quote (``line_before`` answers None
    otherwise): its last sentence ends with a colon and quotes nothing.  A cheap test, asked
    before the paragraph's own words are read."""
    if not previous:
        return False
    reader = previous[-1]
    return reader.size > 0 and reader.lowered[-1] == ":" and reader.first_quoted() >= reader.size


def _may_attribute(following: list[SentenceReader] | None) -> bool:
    """Whether the paragraph after may be a line saying who spoke (``line_after`` answers None
    otherwise): one sentence, quoting nothing (what ``attribution_line`` asks first)."""
    return following is not None and len(following) == 1 and following[0].first_quoted() >= following[0].size


def _holds_cue_word(lay: Article, paragraph: Paragraph) -> bool:
    """Whether a word that may start a cue stands in the paragraph (then it attributes its own words)."""
    table = lay.tokens
    first, end = table.range_of(paragraph.start, paragraph.end)
    at = bisect.bisect_left(table.cue_words, first)
    return at < len(table.cue_words) and table.cue_words[at] < end


def _first_person(text: str) -> bool:
    return bool(_FIRST_PERSON.search(text))

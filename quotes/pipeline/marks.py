"""Pairing quotation marks in messy web text.

Marks are classified by glyph and by context (what stands before and after them); a state machine
then pairs them paragraph by paragraph.  A quotation never crosses a paragraph except as news
style does it (closing mark left off, next paragraph reopened), and a mark that cannot be paired
is dropped instead of swallowing the rest of the document.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

import attrs

from ..model import Span, text_span
from ..regexes import LazyStandardPattern

if TYPE_CHECKING:
    from .article import Paragraph


DOUBLE_MARKS = frozenset('"“”„‟«»❝❞＂〝〞')
SINGLE_MARKS = frozenset("‘’‚‛‹›'")
_OPEN_GLYPHS = frozenset("“„‟«❝〝‘‚‛‹")
_CLOSE_GLYPHS = frozenset("”»❞〞’›")
_BEFORE_OPENING = frozenset("([{—–-/…:")
_AFTER_CLOSING = frozenset(",.;:!?)]}—–-…")
MAX_QUOTATION_CHARS = 3000

OPEN, CLOSE, EITHER = "open", "close", "either"


class Mark(NamedTuple):
    """A quotation mark: where it stands, its glyph, its role by context, its width."""

    position: int
    glyph: str
    role: str  # OPEN, CLOSE or EITHER
    width: int = 1  # 2 for the typewriter pairs '' and ``

    @property
    def end(self) -> int:
        return self.position + self.width


@attrs.frozen
class Quotation:
    """Text between a pair of marks (marks and surrounding whitespace excluded)."""

    content: Span
    outer_start: int  # opening mark, or the paragraph start when it was lost
    outer_end: int  # just past the closing mark, or the paragraph end
    paragraph: int
    opened: bool = True  # an opening mark was found
    closed: bool = True  # a closing mark was found
    continues: bool = False  # the quotation runs on into the next paragraph
    continued: bool = False  # this paragraph reopens the previous paragraph's quotation


def classify(text: str, position: int, start: int, end: int, width: int = 1) -> str | None:
    """OPEN, CLOSE or EITHER for a quotation mark at ``position``; None for an apostrophe."""
    glyph = text[position : position + width]
    before = text[position - 1] if position > start else None
    after = text[position + width] if position + width < end else None
    if width == 2:
        glyph = {"``": "“", "‘‘": "“", "’’": "”"}.get(glyph, '"')  # '' and ‘’: either, by context

    if glyph in SINGLE_MARKS and before is not None and after is not None:
        if before.isalnum() and (after.isalnum()):
            return None  # Russia’s, don’t
        if glyph in "’'" and after.isdigit():
            return None  # ’90s
        if glyph in "’'" and before in "sS" and (after.isspace()):
            return None  # the countries’ leaders: a plural possessive, far likelier than a quote
    opens = (before is None or before.isspace() or before in _BEFORE_OPENING) and (
        after is not None and not after.isspace()
    )
    closes = (before is not None and not before.isspace()) and (
        after is None or after.isspace() or after in _AFTER_CLOSING
    )
    if opens != closes:
        return OPEN if opens else CLOSE
    if glyph in _OPEN_GLYPHS:
        return OPEN
    if glyph in _CLOSE_GLYPHS:
        return CLOSE
    return EITHER


# a double mark, or two single ones typed for it: '' and ’’ for ”, `` and ‘‘ for “, ‘’ for either
# (literal characters only: the standard ``re``, faster, finds what ``regex`` would).  Each pattern
# opens with one character class, the first character of any match, and the rest is checked after
# it: ``re`` then skips from one of those characters to the next at C speed, where a pattern opening
# with alternatives or a look-behind is tried at every position of the paragraph.
_DOUBLE_GLYPHS = "[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]"
_DOUBLE_PATTERN = LazyStandardPattern("[`'‘’" + _DOUBLE_GLYPHS[1:] + "(?:(?<=')'|(?<=`)`|(?<=‘)‘|(?<=’)’|(?<=‘)’|(?<="
                             + _DOUBLE_GLYPHS + "))")
# what a paragraph holding a double mark holds: a glyph of one, or one of the pairs typed for one
_DOUBLE_NEEDLES = ("“", "”", '"', *sorted(DOUBLE_MARKS - {"“", "”", '"'}), "''", "``", "‘‘", "’’", "‘’")
_SINGLE_NEEDLES = ("’", "'", "‘", *sorted(SINGLE_MARKS - {"’", "'", "‘"}))
_SINGLE_PATTERN = LazyStandardPattern("[" + re.escape("".join(sorted(SINGLE_MARKS))) + "]")
# the same but a mark between two letters or digits (Russia’s, don’t: no quotation mark), in a text
# of plain letters (``tokens.plain_letters``), where what ``str.isalnum`` accepts is [A-Za-z0-9]:
# a mark with no letter or digit after it, or none before it (the look-behind spans the mark)
_PLAIN_SINGLE_PATTERN = LazyStandardPattern(f"{_SINGLE_PATTERN.pattern}(?:(?![A-Za-z0-9])|(?<![A-Za-z0-9].))")


def marks_in(text: str, paragraph: Span, glyphs: frozenset[str], *, plain: bool = False) -> list[Mark]:
    """The marks of ``glyphs`` in the paragraph, each with its role (``plain``: the text's letters
    and digits are all ASCII)."""
    single = glyphs is not DOUBLE_MARKS
    pattern = (_PLAIN_SINGLE_PATTERN if plain else _SINGLE_PATTERN) if single else _DOUBLE_PATTERN
    start, end = paragraph.start, paragraph.end
    # a mark opens with a glyph (a double one, or two single ones typed for it): where the paragraph
    # holds none, nothing is found, and str's scans (one per glyph) cost less than the pattern's one
    inside = paragraph.text
    for needle in _SINGLE_NEEDLES if single else _DOUBLE_NEEDLES:
        if needle in inside:
            break
    else:
        return []
    first = pattern.search(text, start, end)
    if first is None:
        return []  # most paragraphs: one search, and no iterator made (it costs more than the search)
    found = []
    for match in pattern.finditer(text, first.start(), end):  # (a look-behind reads before its start too)
        position, width = match.start(), match.end() - match.start()  # width 1: one mark
        if single and start < position < end - 1 and text[position - 1].isalnum() and text[position + 1].isalnum():
            continue  # Russia’s, don’t: what ``classify`` says first of a single mark between letters
        role = classify(text, position, start, end, width)
        if role is not None:
            found.append(Mark(position, match.group(), role, width))
    return found


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return text_span(text, start, end) if start < end else None


@attrs.define
class _Open:
    start: int  # first content character
    outer_start: int
    opened: bool
    continued: bool


def _pair(marks: Sequence[Mark]) -> Iterator[tuple[Mark | None, Mark | None]]:
    """Yield (opening, closing) pairs; (mark, None) for a quotation left open."""
    opening: Mark | None = None
    nested = 0
    for index, mark in enumerate(marks):
        later = len(marks) - index - 1  # marks after this one
        if opening is None:
            if mark.role in (OPEN, EITHER):
                opening = mark
            else:
                yield None, mark  # closing mark with its opener lost
        elif mark.role == OPEN:
            if nested == 0 and later % 2 == 0:
                yield opening, mark  # a reversed mark used as the closing one
                opening = None
            else:
                nested += 1
        elif nested:
            nested -= 1
        else:
            yield opening, mark
            opening = None
    if opening is not None:
        yield opening, None


def quotations(text: str, paragraphs: Sequence[Paragraph], *, plain: bool = False) -> list[Quotation]:
    """All quotations of the document in order, boilerplate and headlines skipped (``plain``: the
    text's letters and digits are all ASCII, ``tokens.plain_letters``)."""
    found: list[Quotation] = []
    pending: _Open | None = None
    pending_paragraph: Paragraph | None = None
    for paragraph in paragraphs:
        if paragraph.boilerplate or paragraph.headline:
            if pending is not None and pending_paragraph is not None:
                found.extend(_close(text, pending, pending_paragraph, closed=False))
            pending = pending_paragraph = None
            continue
        marks = marks_in(text, paragraph.span, DOUBLE_MARKS)
        if len(marks) > 1:  # a mark lost between two others: none to look for among fewer
            marks = _closing_lost_before_attribution(text, marks)
        if not marks:
            marks = _balanced_single(marks_in(text, paragraph.span, SINGLE_MARKS, plain=plain))
        if pending is not None and pending_paragraph is not None:
            first = marks[0] if marks and marks[0].position == paragraph.start else None
            if first is not None and first.role == CLOSE:
                found.extend(_close(text, pending, pending_paragraph, closed=True))
                marks = marks[1:]
            else:
                continues = first is not None and first.role in (OPEN, EITHER)
                found.extend(
                    _close(text, pending, pending_paragraph, closed=False, continues=continues)
                )
                if continues and first is not None:
                    marks = marks[1:]
                    pending = _Open(first.end, first.position, True, True)
                    pending = _run(text, paragraph, marks, found, pending)
                    pending_paragraph = paragraph if pending else None
                    continue
            pending = pending_paragraph = None
        pending = _run(text, paragraph, marks, found, None) if marks else None  # most paragraphs: no mark
        pending_paragraph = paragraph if pending else None
    if pending is not None and pending_paragraph is not None:
        found.extend(_close(text, pending, pending_paragraph, closed=False))
    return found


# an attribution after a comma: `, said Kiara Doss`, `, Kiara Doss said` (the common verbs only:
# this stage reads marks, before any lexicon)
_INVERTED_AFTER_COMMA = LazyStandardPattern(
    r",\s+(?:(?:said|says|added|adds|told|explained|wrote)\s+[A-Z]"
    r"|(?:[A-Z][\w’'.-]*\s+){1,3}(?:said|says|added|adds|told|explained|wrote)\b)")


def _closing_lost_before_attribution(text: str, marks: list[Mark]) -> list[Mark]:
    """`"We were told this was about budgets, said Kiara Doss, whose …. "Then we find out …"`: an
    opening mark, then another opening one, with an attribution after a comma between them: the
    first quotation's closing mark was lost at that comma (a closing mark of no width there)."""
    if len(marks) < 2:
        return marks  # no two marks: none follows another
    lost = [(mark, _INVERTED_AFTER_COMMA.search(text, mark.end, following.position))
            for mark, following in itertools.pairwise(marks) if mark.role == OPEN and following.role == OPEN]
    if not any(found for _, found in lost):
        return marks
    closing = {mark.position: Mark(found.start() + 1, "", CLOSE, 0) for mark, found in lost if found}
    return [new for mark in marks for new in ((mark, closing[mark.position]) if mark.position in closing else (mark,))]


def _run(
    text: str,
    paragraph: Paragraph,
    marks: Sequence[Mark],
    found: list[Quotation],
    carried: _Open | None,
) -> _Open | None:
    """Pair the marks of one paragraph; return the quotation still open at its end."""
    if not marks and carried is None:
        return None  # most paragraphs: no mark to pair
    if carried is not None:
        marks = [Mark(carried.outer_start, "", OPEN), *marks]
    left_open: _Open | None = None
    for opening, closing in _pair(marks):
        if closing is None:
            assert opening is not None
            left_open = carried if carried and opening.position == carried.outer_start else _Open(
                opening.end, opening.position, True, False
            )
            continue
        if opening is None:
            if found and found[-1].paragraph == paragraph.index:
                resumed = _resumed_after_attribution(text, found[-1], closing, paragraph)
                if resumed is not None:  # "“…,” Jones said. It was never about the opponent.”"
                    found.append(Quotation(resumed, resumed.start, closing.end, paragraph.index, opened=False))
                continue  # else a stray closing mark after a complete quotation: ignore it
            content = _trimmed(text, paragraph.start, closing.position)
            if content is not None and len(content) <= MAX_QUOTATION_CHARS:
                found.append(
                    Quotation(content, paragraph.start, closing.end, paragraph.index,
                              opened=False)
                )
            continue
        is_carried = carried is not None and opening.position == carried.outer_start
        content = _trimmed(text, opening.end, closing.position)
        if content is None or len(content) > MAX_QUOTATION_CHARS:
            continue
        found.append(
            Quotation(content, opening.position, closing.end, paragraph.index,
                      continued=is_carried)
        )
    return left_open


_ATTRIBUTION_THEN_STOP = LazyStandardPattern(r"[^.!?\n]{1,80}?[.!?]\s+")
MAX_ATTRIBUTION_WORDS = 8


def _resumed_after_attribution(text: str, before: Quotation, closing: Mark, paragraph: Paragraph) -> Span | None:
    """The second quotation of `“…,” Jones said. It was never about the opponent.”` whose opening
    mark was lost: a closing mark ending the paragraph after a sentence, after a short attribution
    sentence that follows a quotation."""
    if text[closing.end:paragraph.end].strip() or text[closing.position - 1:closing.position] not in (".", "!", "?"):
        return None
    stop = _ATTRIBUTION_THEN_STOP.match(text, before.outer_end, closing.position)
    if stop is None or len(text[before.outer_end:stop.end()].split()) > MAX_ATTRIBUTION_WORDS:
        return None
    content = _trimmed(text, stop.end(), closing.position)
    return content if content is not None and len(content.text.split()) >= 3 else None


def _close(
    text: str, pending: _Open, paragraph: Paragraph, *, closed: bool, continues: bool = False
) -> list[Quotation]:
    content = _trimmed(text, pending.start, paragraph.end)
    if content is None or len(content) > MAX_QUOTATION_CHARS:
        return []
    return [
        Quotation(
            content, pending.outer_start, paragraph.end, paragraph.index,
            opened=pending.opened, closed=closed, continues=continues, continued=pending.continued,
        )
    ]


def _balanced_single(marks: list[Mark]) -> list[Mark]:
    """Single marks count only when they pair up cleanly (British style); else they are ignored."""
    if not marks:
        return marks
    roles = [mark.role for mark in marks]
    if len(marks) % 2 or any(
        role == CLOSE for role in roles[0::2]
    ) or any(role == OPEN for role in roles[1::2]):
        return []
    return marks

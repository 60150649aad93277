"""An article's text as HTML with every quote's content, cue and mention wrapped, tags nested."""

from __future__ import annotations

import bisect
import html
from collections.abc import Sequence
from typing import Any

import attrs

CONTENT, MENTION, CUE = 0, 1, 2  # nesting order when two spans share both ends


def escaped(text: object) -> str:
    return html.escape(str(text), quote=True)


def attributes(values: dict[str, object]) -> str:
    return "".join(f' {name}="{escaped(value)}"' for name, value in values.items() if value is not None)


@attrs.define(eq=False)
class Piece:
    """One highlighted span: rendered as one element, or as fragments where it crosses another."""

    start: int
    end: int
    layer: int
    order: int
    tag: str
    first: dict[str, Any]  # attributes of the first fragment
    rest: dict[str, Any]  # attributes of any continuation fragment
    opened: bool = False

    @property
    def key(self) -> tuple[int, int, int, int]:
        return (self.start, -self.end, self.layer, self.order)

    def open(self) -> str:
        values = self.rest if self.opened else self.first
        self.opened = True
        return f"<{self.tag}{attributes(values)}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def markup(text: str, pieces: Sequence[Piece]) -> str:
    """The escaped text with every piece wrapped around its span, tags properly nested.

    One sweep over the boundaries: the pieces covering each stretch are kept in nesting order as
    they start and end, so the work grows with the number of pieces, not pieces x boundaries."""
    out: list[str] = []
    empty: dict[int, list[Piece]] = {}
    for piece in sorted((p for p in pieces if p.start == p.end), key=lambda p: p.key):
        empty.setdefault(piece.start, []).append(piece)
    starting: dict[int, list[Piece]] = {}
    ending: dict[int, list[Piece]] = {}
    for piece in pieces:
        if piece.start < piece.end:
            starting.setdefault(piece.start, []).append(piece)
            ending.setdefault(piece.end, []).append(piece)
    points = sorted({0, len(text), *(p.start for p in pieces), *(p.end for p in pieces)})
    wanted: list[Piece] = []  # the pieces covering the current stretch, in nesting order
    keys: list[tuple[int, int, int, int]] = []
    stack: list[Piece] = []
    for here, after in zip(points, points[1:] + [None]):
        for piece in ending.get(here, ()):
            position = bisect.bisect_left(keys, piece.key)
            while wanted[position] is not piece:
                position += 1  # pieces may share a key
            del wanted[position], keys[position]
        for piece in starting.get(here, ()):
            position = bisect.bisect_right(keys, piece.key)
            wanted.insert(position, piece)
            keys.insert(position, piece.key)
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(stack.pop().close())
        out.extend(p.open() + p.close() for p in empty.get(here, ()))
        for piece in wanted[keep:]:
            out.append(piece.open())
            stack.append(piece)
        if after is not None:
            out.append(escaped(text[here:after]))
    while stack:
        out.append(stack.pop().close())
    return "".join(out)

"""The project's own linguistic analysis type, filled by an NLP backend.

The default backend fills nothing: the rule path needs no model.  The stanza backend
(``quotes.stanza_backend``) converts stanza's output into this type once, at the edge, with
character offsets; detection and resolution use what is there and fall back to rules where not.
"""

from __future__ import annotations

from typing import NamedTuple

from .model import Span

BACKENDS = ("builtin", "stanza")  # the analysis backends: the rules alone, or stanza's parse as well


# Named tuples, not attrs classes: they read, compare and print alike, and making one of these
# classes at every start costs a third of what attrs takes (the rule path uses none of them but
# the empty analysis)
class Token(NamedTuple):
    """A word with its character offsets, and what a parser said about it (when one ran)."""

    span: Span
    sentence: int
    lemma: str | None = None
    upos: str | None = None
    head: int | None = None  # index into Analysis.tokens, None for the root
    deprel: str | None = None


class EntitySpan(NamedTuple):
    span: Span
    label: str  # PERSON, ORG, GPE, NORP, …


class Analysis(NamedTuple):
    tokens: tuple[Token, ...] = ()
    entities: tuple[EntitySpan, ...] = ()
    coref: tuple[tuple[Span, ...], ...] = ()  # chains of coreferent mentions
    sentences: tuple[Span, ...] = ()

    def person_spans(self) -> list[tuple[int, int]]:
        return [(e.span.start, e.span.end) for e in self.entities if e.label in ("PERSON", "PER")]

    def chain_of(self, start: int, end: int) -> tuple[Span, ...] | None:
        """The coreference chain holding a mention at exactly start..end, if any."""
        for chain in self.coref:
            if any(m.start == start and m.end == end for m in chain):
                return chain
        return None

    def subject_of(self, start: int, end: int) -> Span | None:
        """The nominal subject of the verb token at start..end, from the dependency parse."""
        for position, token in enumerate(self.tokens):
            if token.span.start == start and token.span.end == end:
                for child in self.tokens:
                    if child.head == position and child.deprel in ("nsubj", "nsubj:pass"):
                        return _subtree_span(self.tokens, self.tokens.index(child))
        return None


def _subtree_span(tokens: tuple[Token, ...], root: int) -> Span:
    members = {root}
    changed = True
    while changed:
        changed = False
        for position, token in enumerate(tokens):
            if (
                token.head in members
                and position not in members
                and token.deprel not in ("punct", "acl:relcl", "appos")
            ):
                members.add(position)
                changed = True
    first = min(tokens[i].span.start for i in members)
    last = max(tokens[i].span.end for i in members)
    text_parts = sorted((tokens[i].span for i in members), key=lambda s: s.start)
    # the text between first and last is the document's; rebuild it from the spans' own texts
    pieces = []
    cursor = first
    for span in text_parts:
        pieces.append(" " * (span.start - cursor))
        pieces.append(span.text)
        cursor = span.end
    return Span(first, last, "".join(pieces))


EMPTY = Analysis()

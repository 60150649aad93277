"""The same statement in many articles: quotes that repeat one statement, grouped.

Two quotes repeat one statement when they have the same words, whatever their quotation marks,
ellipses (`…`, `...`), bracketed insertions (`[the president]`), case and punctuation; a
shorter quote whose words all stand in a longer one, in order (each stretch between ellipses
contiguous), belongs to the longer one's statement. Quotes of fewer than ``MIN_WORDS`` words are
not grouped: short phrases (`a great deal`, `I don't know`) recur without being one statement.
A statement is kept when it is carried by at least two articles.
"""

from __future__ import annotations

from collections.abc import Sequence

from .names import fold
from .regexes import LazyPattern

MIN_WORDS = 6  # fewer words: too common to be one statement
ANCHOR = 4  # a quote is looked up by a run of this many words of its longest stretch
OVERLAP = 12  # a quote inside two longer ones joins them into one statement when this long

_BRACKETED = LazyPattern(r"\[[^\[\]]*\]|\{[^{}]*\}")
_ELLIPSIS = LazyPattern(r"…|\.\s*\.\s*\.")
_APOSTROPHE = LazyPattern(r"(?<=\p{L})['’‘`](?=\p{L})")
_WORD = LazyPattern(r"[\p{L}\p{N}]+")


def statement_words(text: str) -> tuple[tuple[str, ...], ...]:
    """The words of a quote as statements compare them: folded, without punctuation, marks and
    bracketed insertions, in stretches split at ellipses (`We will … win` -> (we, will), (win,))."""
    text = _BRACKETED.sub(" … ", text)  # an insertion stands for words left out
    stretches = []
    for part in _ELLIPSIS.split(text):
        words = tuple(_WORD.findall(_APOSTROPHE.sub("", fold(part))))
        if words:
            stretches.append(words)
    return tuple(stretches)


def _contains(longer: tuple[str, ...], stretches: tuple[tuple[str, ...], ...]) -> bool:
    """Whether every stretch occurs in ``longer``, contiguously, in order."""
    position = 0
    for stretch in stretches:
        found = _find(longer, stretch, position)
        if found < 0:
            return False
        position = found + len(stretch)
    return True


def _find(words: tuple[str, ...], stretch: tuple[str, ...], start: int) -> int:
    size = len(stretch)
    first = stretch[0]
    for index in range(start, len(words) - size + 1):
        if words[index] == first and words[index:index + size] == stretch:
            return index
    return -1


class _Sets:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def group_statements(quotes: Sequence[tuple[str, str]]) -> list[int | None]:
    """For ``(document, quote text)`` pairs, the statement each belongs to: a number shared by
    the quotes of one statement carried by two or more articles, numbered in the order of their
    first quote; None for a quote no other article repeats."""
    stretches = [statement_words(text) for _, text in quotes]
    words = [tuple(w for s in parts for w in s) for parts in stretches]
    usable = [i for i, w in enumerate(words) if len(w) >= MIN_WORDS]
    # one node per distinct word sequence (and its stretches)
    node_of: dict[tuple[tuple[str, ...], ...], int] = {}
    nodes: list[tuple[tuple[str, ...], ...]] = []
    members: list[list[int]] = []
    for index in usable:
        key = stretches[index]
        if key not in node_of:
            node_of[key] = len(nodes)
            nodes.append(key)
            members.append([])
        members[node_of[key]].append(index)
    flat = [tuple(w for s in node for w in s) for node in nodes]
    anchors: dict[tuple[str, ...], set[int]] = {}
    for node, sequence in enumerate(flat):
        for start in range(len(sequence) - ANCHOR + 1):
            anchors.setdefault(sequence[start:start + ANCHOR], set()).add(node)
    containers: list[list[int]] = [[] for _ in nodes]
    for node, parts in enumerate(nodes):
        longest = max(parts, key=len)
        if len(longest) < ANCHOR:
            continue
        for other in sorted(anchors.get(longest[:ANCHOR], ())):
            if other != node and len(flat[other]) > len(flat[node]) and _contains(flat[other], parts):
                containers[node].append(other)
    sets = _Sets(len(nodes))
    for node in range(len(nodes)):
        outer = [c for c in containers[node] if not any(c in containers[d] for d in containers[node])]
        if len(outer) == 1 or len(flat[node]) >= OVERLAP:
            for container in containers[node]:
                sets.union(node, container)
    groups: dict[int, list[int]] = {}
    for node in range(len(nodes)):
        groups.setdefault(sets.find(node), []).extend(members[node])
    result: list[int | None] = [None] * len(quotes)
    numbered = sorted((sorted(indices) for indices in groups.values()
                       if len({quotes[i][0] for i in indices}) > 1), key=lambda indices: indices[0])
    for number, indices in enumerate(numbered, 1):
        for index in indices:
            result[index] = number
    return result

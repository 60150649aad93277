"""``LinePatterns``: line patterns (the lexicon's photo captions) searched in a whole line as one."""

from __future__ import annotations

import regex


class LinePatterns:
    """Regular expressions searched in a whole line, as one.  Those anchored at the line's start
    are matched there and those anchored at its end are matched backwards from it, so a line is
    not scanned position by position; any other is searched."""

    def __init__(self, patterns: list[str], flags: int = 0):
        def joined(chosen: list[str], more: int = 0) -> regex.Pattern | None:
            return regex.compile("|".join(f"(?:{p})" for p in chosen), flags | more) if chosen else None

        whole = [p for p in patterns if not _top_level_alternation(p)]
        at_start = [p for p in whole if p.startswith("^")]
        at_end = [p for p in whole if not p.startswith("^") and p.endswith("$") and not p.endswith("\\$")]
        anywhere = [p for p in patterns if p not in at_start and p not in at_end]
        self._start, self._end, self._anywhere = joined(at_start), joined(at_end, regex.REVERSE), joined(anywhere)

    def search(self, line: str) -> bool:
        """Whether one of the patterns is found in ``line`` (which ends without a line break)."""
        return bool((self._start is not None and self._start.match(line))
                    or (self._end is not None and self._end.match(line))
                    or (self._anywhere is not None and self._anywhere.search(line)))


def _top_level_alternation(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside any group or character class (``^a|b`` is not
    anchored as a whole)."""
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False

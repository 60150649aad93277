"""``once``: an attribute made on its first read, ``functools.cached_property`` without its lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

_Made = TypeVar("_Made")


class once(Generic[_Made]):
    """What a method makes on its first read becomes a plain attribute of the instance, with no
    lock and no checks: the pipeline's objects live in one thread, thousands are made per
    corpus, and each first read of a ``functools.cached_property`` took its lock.  The class
    must not use ``__slots__`` (the attribute lives in the instance's ``__dict__``)."""

    def __init__(self, make: Callable[[Any], _Made]) -> None:
        self.make, self.name = make, make.__name__

    def __get__(self, instance: Any, owner: type | None = None) -> _Made:
        made = instance.__dict__[self.name] = self.make(instance)
        return made

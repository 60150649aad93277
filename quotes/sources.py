"""Where an article comes from: its ``NAME.meta.json`` sidecar (title, date, url, outlet, author).

A sidecar sits next to ``NAME.txt``. It travels with the article into the store, the
who-said-what table and the report, which link each quote to its source. A sidecar that cannot
be used is a warning, never a failure: the article is read without it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs

from .inputs import display_name

FIELDS = ("title", "date", "url", "outlet", "author")


@attrs.frozen
class DocumentMeta:
    """An article's source, as its sidecar gives it; every field may be missing (None)."""

    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None

    def __bool__(self) -> bool:
        return any(getattr(self, field) for field in FIELDS)

    def citation(self) -> str:
        """`Title, Outlet, 2022-01-21, by Author` — what is known, in that order."""
        parts = [part for part in (self.title, self.outlet, self.date) if part]
        if self.author:
            parts.append(f"by {self.author}")
        return ", ".join(parts)


def sidecar_path(article: Path) -> Path:
    return article.with_name(f"{article.stem}.meta.json")


def read_sidecar(article: Path) -> tuple[DocumentMeta, str | None]:
    """``title``, ``date``, ``url``, ``outlet`` and ``author`` from ``NAME.meta.json``, and a
    warning when the sidecar is there but cannot be used (the article is then read without it)."""
    sidecar = sidecar_path(article)
    shown = display_name(sidecar)
    if not sidecar.is_file():
        return DocumentMeta(), None
    try:
        data = json.loads(sidecar.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:  # JSONDecodeError is a ValueError
        return DocumentMeta(), f"{shown}: ignored, not readable JSON ({error})"
    except RecursionError:
        return DocumentMeta(), f"{shown}: ignored, JSON nested too deeply to read"
    if not isinstance(data, dict):
        return DocumentMeta(), f"{shown}: ignored, expected a JSON object with title, date, url, outlet and author"
    return DocumentMeta(**{key: _text_or_none(data.get(key)) for key in FIELDS}), None


def _text_or_none(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    # a JSON string may hold lone surrogates (\udcff), which no UTF-8 column can store
    return str(value).encode("utf-8", "backslashreplace").decode("utf-8").strip() or None

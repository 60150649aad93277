"""Golden cases on disk: ``DIR/NAME.txt`` with its hand-labelled ``DIR/NAME.json`` (docs/contract.md §5)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import attrs

from .errors import GoldenFormatError, InputError
from .inputs import decode
from .model import Quote
from .serialize import load_golden


@attrs.frozen
class GoldenCase:
    name: str
    text: str
    quotes: tuple[Quote, ...]


def golden_cases(directory: str | Path) -> Iterator[GoldenCase]:
    """Every case of a golden directory, validated; GoldenFormatError on the first bad file."""
    root = Path(directory)
    if not root.is_dir():
        raise GoldenFormatError(str(root), "not a directory of golden files")
    texts = sorted(root.glob("*.txt"))
    if not texts:
        raise GoldenFormatError(str(root), "no NAME.txt files with NAME.json labels")
    for text_path in texts:
        json_path = text_path.with_suffix(".json")
        if not json_path.exists():
            raise GoldenFormatError(str(json_path), f"missing: {text_path.name} has no labels")
        try:
            text = decode(text_path.read_bytes(), str(text_path))
        except InputError as error:
            raise GoldenFormatError(error.source, error.problem) from None
        yield GoldenCase(text_path.stem, text, tuple(load_golden(json_path, text)))

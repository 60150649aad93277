"""quotes: who said what in English news, with character offsets."""

import logging

from ._version import __version__
from .errors import (BackendUnavailable, GoldenFormatError, InputError, OutputError, QuotesError,
                     SpanError, StoreError)
from .model import Document, Kind, Quote, Span, SpeakerType
from .pipeline import Extractor, extract

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "__version__", "extract", "Extractor", "Document", "Kind", "Quote", "Span", "SpeakerType",
    "QuotesError", "InputError", "SpanError", "GoldenFormatError", "BackendUnavailable",
    "StoreError", "OutputError",
]

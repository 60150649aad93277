"""quotes: who said what in English news, with character offsets."""

import logging

from ._version import __version__
from .errors import BackendUnavailable, GoldenFormatError, InputError, OutputError, QuotesError, SpanError, StoreError
from .model import Document, Kind, Quote, Span, SpeakerType
from .pipeline import Extractor, extract

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
                     "BackendUnavailable",
                     "Document",
                     "Extractor",
                     "GoldenFormatError",
                     "InputError",
                     "Kind",
                     "OutputError",
                     "Quote",
                     "QuotesError",
                     "Span",
                     "SpanError",
                     "SpeakerType",
                     "StoreError",
                     "__version__",
                     "extract",
]

"""The extraction pipeline: its stages composed in one place, behind ``Extractor`` and ``extract``.

Each stage is a module of this package that reads the document object (``article.Article``) and
what the stages before it added, and adds its own result:

1. ``layout``: paragraphs, paired quotation marks (``marks``), quotation-aware sentences and
   their word tokens (``tokens``);
2. ``detect``: quote candidates with their cue and the source the sentence gives, from the
   sentence view (``sentence``), cue look-up (``cues``), noun phrases (``phrases``, ``subjects``),
   clauses (``clauses``, ``complements``), reported-speech frames (``frames``, ``preposed``,
   ``speech``), quotations in marks (``quotations``) and unmarked quotes (``unmarked``);
3. ``mentions``: name mentions with roles (``runs``, ``readings``, ``roles``);
4. ``coref``: entities with canonical names;
5. ``resolve``: each candidate's speaker (``context``, ``antecedents``, ``organisations``,
   ``descriptions``), giving the ``Quote`` records.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ..analysis import BACKENDS, EMPTY
from ..errors import InputError, QuotesError
from ..lexicon import load_lexicon
from ..model import Document
from .coref import build_entities
from .detect import detect
from .layout import layout
from .mentions import name_mentions
from .resolve import resolve

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..lexicon import Lexicon
    from ..model import Quote


log = logging.getLogger(__name__)


class Extractor:
    """Holds configuration and loaded resources; reuse one over many documents.

    >>> Extractor().extract("Lavrov said that Washington now had the initiative.")[0].text
    'Washington now had the initiative'
    """

    def __init__(self, *, nlp: str = "builtin", stanza_dir: str | Path | None = None,
                 lexicon: Lexicon | None = None):
        if nlp not in BACKENDS:
            raise QuotesError(f"nlp must be one of {', '.join(BACKENDS)}, got {nlp!r}")
        self.nlp = nlp
        self.stanza_dir = stanza_dir
        self.lexicon = lexicon or load_lexicon()
        self._backend = None
        if nlp == "stanza":
            from ..stanza_backend import StanzaBackend  # the only module importing stanza

            self._backend = StanzaBackend(resources_dir=stanza_dir)

    def analyse(self, text: str) -> Analysis:
        return self._backend.analyse(text) if self._backend is not None else EMPTY

    def extract(self, text: str, *, name: str | None = None) -> list[Quote]:
        if not isinstance(text, str):
            hint = (
                " (decode the bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
            )
            raise InputError(name or "<text>", f"expected the article text as a str, got {type(text).__name__}{hint}")
        return self.extract_document(Document(text, name))

    def extract_document(self, document: Document, *, analysis: Analysis | None = None) -> list[Quote]:
        """The quotes of one document: the stages in order, each adding its result to the article."""
        text = document.text
        article = layout(text, lexicon=self.lexicon, analysis=analysis if analysis is not None else self.analyse(text))
        article.candidates = detect(article)
        article.mentions = name_mentions(article)
        article.entities = build_entities(article.mentions, text=text)
        quotes = resolve(article)
        log.debug("%s: %d quotes", document.name or "<text>", len(quotes))
        return quotes


_DEFAULT: Extractor | None = None


def extract(text: str, *, name: str | None = None) -> list[Quote]:
    """Quotes of one article with the default (rule) backend."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT.extract(text, name=name)

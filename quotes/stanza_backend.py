"""The stanza backend: the one module that imports stanza.

It runs stanza's English pipeline (tokenize, mwt, pos, lemma, depparse, ner and, where its
model is installed, coref) and converts the result, once, into the project's own
:class:`~quotes.analysis.Analysis`: sentences, words with character offsets, lemmas, UPOS tags,
dependency heads (as global indices into ``Analysis.tokens``) and relations, typed entity
mentions and coreference chains.  Nothing outside this module sees a stanza object.

``stanza`` is imported lazily, inside functions, so ``import quotes`` never pays for it (or for
torch).  The library never prints: the note about a first-use download goes to the
``quotes.stanza`` logger (see :func:`enable_download_notes` for a CLI that wants to show it),
and every failure to get a working pipeline is one :class:`~quotes.errors.BackendUnavailable`
with a one-line message.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._version import DISTRIBUTION
from .analysis import Analysis, EntitySpan, Token
from .errors import BackendUnavailable
from .model import Span

if TYPE_CHECKING:  # pragma: no cover - typing only
    import stanza

log = logging.getLogger("quotes.stanza")

LANGUAGE = "en"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
"""Processors the backend needs; ``coref`` is added when its model is installed."""
COREF = "coref"
DOWNLOAD_ENV = "QUOTES_STANZA_DOWNLOAD"
"""Set to ``0`` (or ``no``/``false``/``off``) to forbid the first-use model download."""
INSTALL_HINT = f"pip install '{DISTRIBUTION}[stanza]'"


# --------------------------------------------------------------------------- the backend


class StanzaBackend:
    """A loaded stanza pipeline; ``analyse(text)`` returns an :class:`Analysis`.

    ``resources_dir``: where the models live (default: ``$STANZA_RESOURCES_DIR``, else stanza's
    own default).  ``download``: whether missing models may be fetched through stanza's own
    mechanism; ``None`` means yes unless ``$QUOTES_STANZA_DOWNLOAD`` is ``0``.
    """

    def __init__(self, resources_dir: str | os.PathLike[str] | None = None, *, download: bool | None = None):
        stanza = _import_stanza()
        self.resources_dir = resolve_resources_dir(resources_dir)
        self.download = download_allowed(download)
        _quiet_stanza_logging(stanza)
        missing = missing_models(self.resources_dir)
        if missing is not None and not self.download:
            raise BackendUnavailable(_missing_message(self.resources_dir, missing, download_problem=None))
        if missing is not None:
            log.warning("stanza: English models not found in %s (%s); downloading them through "
                        "stanza (first use only, several hundred MB)…", self.resources_dir, missing)
        self.coref = missing is None and coref_installed(self.resources_dir)
        self._pipeline = self._build(stanza, fetch=missing is not None)

    @property
    def processors(self) -> tuple[str, ...]:
        return PROCESSORS + ((COREF,) if self.coref else ())

    def _build(self, stanza, *, fetch: bool):
        method = "reuse_resources" if fetch else "none"
        try:
            return self._pipeline_of(stanza, self.processors, method)
        except Exception as first:  # stanza raises many kinds; none may reach the user raw
            if self.coref:
                log.warning("stanza: coreference unavailable (%s); running without it", _one_line(first))
                self.coref = False
                try:
                    return self._pipeline_of(stanza, self.processors, method)
                except Exception as second:
                    first = second
            problem = _one_line(first)
            if fetch:
                raise BackendUnavailable(
                    _missing_message(self.resources_dir, missing_models(self.resources_dir) or "incomplete",
                                     download_problem=problem)
                ) from None
            raise BackendUnavailable(
                f"stanza could not load its English models from {self.resources_dir} ({problem}). "
                f"{_fetch_instructions(self.resources_dir)}."
            ) from None

    def _pipeline_of(self, stanza, processors: tuple[str, ...], method: str):
        return stanza.Pipeline(
            LANGUAGE,
            processors=",".join(processors),
            dir=str(self.resources_dir),
            download_method=None if method == "none" else method,
            logging_level="WARN",
            use_gpu=False,
        )

    def analyse(self, text: str) -> Analysis:
        """Run stanza over ``text`` and convert its document to an :class:`Analysis`."""
        if not text.strip():
            return Analysis()
        try:
            document = self._pipeline(text)
        except Exception as problem:
            raise BackendUnavailable(f"stanza failed while analysing a document: {_one_line(problem)}") from None
        return to_analysis(document, text)

    def __repr__(self) -> str:
        return f"StanzaBackend(resources_dir={str(self.resources_dir)!r}, processors={','.join(self.processors)!r})"


# --------------------------------------------------------------------------- set-up helpers


def _import_stanza():
    try:
        import stanza
    except ImportError as problem:
        raise BackendUnavailable(
            f"the stanza backend needs the stanza package, which cannot be imported here "
            f"({_one_line(problem)}): {INSTALL_HINT}"
        ) from None
    return stanza


def resolve_resources_dir(resources_dir: str | os.PathLike[str] | None = None) -> Path:
    """The directory looked in: the argument, else ``$STANZA_RESOURCES_DIR``, else stanza's default."""
    if resources_dir not in (None, ""):
        return Path(resources_dir).expanduser()
    from_env = os.environ.get("STANZA_RESOURCES_DIR")
    if from_env:
        return Path(from_env).expanduser()
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(DEFAULT_MODEL_DIR).expanduser()


def download_allowed(download: bool | None = None) -> bool:
    if download is not None:
        return bool(download)
    return os.environ.get(DOWNLOAD_ENV, "1").strip().lower() not in ("0", "no", "false", "off")


def missing_models(resources_dir: str | os.PathLike[str]) -> str | None:
    """Why the English models are not usable in ``resources_dir``, or None when they look present.

    A cheap look at the files only (resources.json and the ``en`` folder); the pipeline's own
    loading still checks the rest.
    """
    root = Path(resources_dir)
    if not root.is_dir():
        return "the directory does not exist"
    resources_json = root / "resources.json"
    if not resources_json.is_file():
        return "no resources.json there"
    try:
        resources = json.loads(resources_json.read_text(encoding="utf-8"))
    except (OSError, ValueError) as problem:
        return f"resources.json is unreadable ({_one_line(problem)})"
    if not isinstance(resources, dict) or LANGUAGE not in resources:
        return "resources.json lists no English models"
    language_dir = root / LANGUAGE
    if not language_dir.is_dir():
        return f"no {LANGUAGE}/ folder there"
    absent = [name for name in PROCESSORS if not _has_model_file(language_dir / name)]
    if absent:
        return f"no {', '.join(absent)} model{'s' if len(absent) > 1 else ''} in {LANGUAGE}/"
    return None


def coref_installed(resources_dir: str | os.PathLike[str]) -> bool:
    """Whether stanza's English coreference model and the libraries it needs are on this machine."""
    if not _has_model_file(Path(resources_dir) / LANGUAGE / COREF):
        return False
    return all(importlib.util.find_spec(name) is not None for name in ("transformers", "peft"))


def _has_model_file(folder: Path) -> bool:
    try:
        return folder.is_dir() and any(child.suffix == ".pt" and child.is_file() for child in folder.iterdir())
    except OSError:
        return False


def _quiet_stanza_logging(stanza) -> None:
    """stanza adds its own stderr handler on import; route its records through logging instead."""
    stanza_logger = logging.getLogger("stanza")
    handler = getattr(stanza, "log_handler", None)
    if handler is not None:
        stanza_logger.removeHandler(handler)
    if not any(isinstance(h, logging.NullHandler) for h in stanza_logger.handlers):
        stanza_logger.addHandler(logging.NullHandler())


def _fetch_instructions(resources_dir: Path) -> str:
    target = str(resources_dir)
    return (
        f"On a connected machine run: python -c \"import stanza; stanza.download('{LANGUAGE}', "
        f"model_dir='{target}')\" then copy that directory to {target} here "
        f"(or point --stanza-dir / STANZA_RESOURCES_DIR at a copy)"
    )


def _missing_message(resources_dir: Path, missing: str, *, download_problem: str | None) -> str:
    why = f"stanza's English models are not installed in {resources_dir} ({missing})"
    if download_problem is not None:
        why += f" and could not be downloaded ({download_problem})"
    else:
        why += f" and downloading is turned off (download=False or {DOWNLOAD_ENV}=0)"
    return f"{why}. {_fetch_instructions(resources_dir)}."


def _one_line(problem: BaseException) -> str:
    text = " ".join(str(problem).split()) or type(problem).__name__
    if len(text) > 240:
        text = text[:237] + "…"
    return f"{type(problem).__name__}: {text}"


def enable_download_notes(stream=None) -> logging.Handler:
    """Show this backend's notes (first-use download, coref fallback) on ``stream`` (stderr).

    For the CLI: call once before building an ``Extractor(nlp="stanza")``.  Returns the handler,
    which is added only once however often this is called.
    """
    for handler in log.handlers:
        if getattr(handler, "_quotes_stanza_notes", False):
            return handler
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(logging.Formatter("quotes: %(message)s"))
    handler.setLevel(logging.INFO)
    handler._quotes_stanza_notes = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    if log.level == logging.NOTSET or log.level > logging.INFO:
        log.setLevel(logging.INFO)
    return handler


# --------------------------------------------------------------------------- the conversion


def to_analysis(doc: stanza.Document, text: str) -> Analysis:
    """Convert a stanza ``Document`` over ``text`` into the project's :class:`Analysis`.

    Words get their token's character offsets (all words of a multi-word token share them),
    heads become indices into ``Analysis.tokens`` (``None`` for the root), entity mentions keep
    stanza's type label, and coreference chains become tuples of character spans.  Every span's
    text is the slice of ``text`` at its offsets.
    """
    aligner = _Aligner(text)
    tokens: list[Token] = []
    sentences: list[Span] = []
    # per sentence: stanza word id -> global index, and position in sentence.words -> global index
    word_index: list[dict[int, int]] = []
    word_position: list[list[int]] = []
    pending_heads: list[tuple[int, int, int | None]] = []  # (global index, sentence, head id)
    for number, sentence in enumerate(doc.sentences):
        ids: dict[int, int] = {}
        positions: list[int] = []
        first: int | None = None
        last = 0
        for stanza_token in sentence.tokens:
            start, end = aligner.locate(stanza_token.start_char, stanza_token.end_char, stanza_token.text)
            first = start if first is None else first
            last = end
            for word in stanza_token.words:
                index = len(tokens)
                ids[_word_id(word.id)] = index
                positions.append(index)
                tokens.append(Token(
                    span=Span(start, end, text[start:end]),
                    sentence=number,
                    lemma=word.lemma,
                    upos=word.upos,
                    head=None,
                    deprel=word.deprel,
                ))
                pending_heads.append((index, number, word.head))
        word_index.append(ids)
        word_position.append(positions)
        if first is not None:
            sentences.append(Span(first, last, text[first:last]))
        else:
            sentences.append(Span(aligner.cursor, aligner.cursor, ""))
    for index, number, head in pending_heads:
        if head is None or head == 0:
            continue
        target = word_index[number].get(int(head))
        if target is not None and target != index:
            tokens[index] = _with_head(tokens[index], target)
    entities = tuple(_entities(doc, text, aligner))
    chains = tuple(_chains(doc, text, tokens, word_position))
    return Analysis(tokens=tuple(tokens), entities=entities, coref=chains, sentences=tuple(sentences))


def _with_head(token: Token, head: int) -> Token:
    return Token(span=token.span, sentence=token.sentence, lemma=token.lemma, upos=token.upos,
                 head=head, deprel=token.deprel)


def _word_id(value: Any) -> int:
    if isinstance(value, (tuple, list)):
        value = value[0]
    return int(value)


def _entities(doc, text: str, aligner: _Aligner):
    for entity in getattr(doc, "ents", None) or ():
        label = getattr(entity, "type", None)
        if not label:
            continue
        start, end = aligner.locate(entity.start_char, entity.end_char, entity.text, advance=False)
        if end > start:
            yield EntitySpan(Span(start, end, text[start:end]), str(label))


def _chains(doc, text: str, tokens: list[Token], word_position: list[list[int]]):
    for chain in getattr(doc, "coref", None) or ():
        spans: dict[tuple[int, int], Span] = {}
        for mention in getattr(chain, "mentions", None) or ():
            start_word, end_word = mention.start_word, mention.end_word
            if isinstance(start_word, tuple) or isinstance(end_word, tuple):
                continue  # zero anaphora: an empty node has no surface text
            if not 0 <= mention.sentence < len(word_position):
                continue
            positions = word_position[mention.sentence]
            if not 0 <= start_word < end_word <= len(positions):
                continue
            start = tokens[positions[start_word]].span.start
            end = tokens[positions[end_word - 1]].span.end
            spans[(start, end)] = Span(start, end, text[start:end])
        if spans:
            yield tuple(spans[key] for key in sorted(spans))


class _Aligner:
    """Character offsets for stanza tokens, validated against the document text.

    stanza's pipeline always sets ``start_char``/``end_char``; a hand-built document may not, in
    which case the token's text is found in the document after the previous token.
    """

    def __init__(self, text: str):
        self.text = text
        self.cursor = 0

    def locate(
        self, start: int | None, end: int | None, surface: str | None, *, advance: bool = True
    ) -> tuple[int, int]:
        if start is not None and end is not None and 0 <= start <= end <= len(self.text):
            found = (int(start), int(end))
        elif surface:
            position = self.text.find(surface, self.cursor)
            if position < 0:
                raise BackendUnavailable(
                    f"stanza returned a token {surface!r} without offsets that is not in the document text"
                )
            found = (position, position + len(surface))
        else:
            raise BackendUnavailable(
                f"stanza returned offsets {start}:{end} outside a document of length {len(self.text)}"
            )
        if advance:
            self.cursor = max(self.cursor, found[1])
        return found

"""The stanza backend: conversion of real stanza Documents, and what detection and resolution
make of it, with documents built by hand (no model can be downloaded here).

Every stanza.Document below is built the way stanza's own tests build them: CoNLL-U-style word
dicts with character offsets and BIOES NER tags, coreference chains made of stanza's own
CorefChain/CorefMention classes assigned to ``doc.coref``.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

stanza = pytest.importorskip("stanza", reason="stanza (the stanza extra) is not installed")

from stanza.models.coref.coref_chain import CorefChain, CorefMention  # noqa: E402

from quotes.analysis import Analysis  # noqa: E402
from quotes.errors import BackendUnavailable  # noqa: E402
from quotes.model import Document  # noqa: E402
from quotes.pipeline import Extractor  # noqa: E402
from quotes import stanza_backend  # noqa: E402
from quotes.stanza_backend import StanzaBackend, to_analysis  # noqa: E402

DOWNLOAD_COMMAND = "stanza.download('en', model_dir="


# --------------------------------------------------------------------------- building documents


def sentence(text: str, rows, *, cursor: int = 0) -> tuple[list[dict], int]:
    """CoNLL-U dicts for one sentence; rows are (form, lemma, upos, head, deprel, ner).

    Offsets are found in ``text`` from ``cursor`` on, as stanza's tokenizer would give them.
    """
    words = []
    for number, (form, lemma, upos, head, deprel, ner) in enumerate(rows, start=1):
        start = text.index(form, cursor)
        cursor = start + len(form)
        words.append({"id": number, "text": form, "lemma": lemma, "upos": upos, "head": head,
                      "deprel": deprel, "start_char": start, "end_char": cursor, "ner": ner})
    return words, cursor


def build(text: str, *sentences_rows, chains=()) -> "stanza.Document":
    sentences, cursor = [], 0
    for rows in sentences_rows:
        words, cursor = sentence(text, rows, cursor=cursor)
        sentences.append(words)
    doc = stanza.Document(sentences, text=text)
    if chains:
        doc.coref = [
            CorefChain(index=i, mentions=[CorefMention(*m) for m in mentions],
                       representative_text=representative, representative_index=0)
            for i, (representative, mentions) in enumerate(chains)
        ]
    return doc


def assert_spans_are_slices(analysis: Analysis, text: str) -> None:
    spans = [t.span for t in analysis.tokens] + [e.span for e in analysis.entities]
    spans += [s for chain in analysis.coref for s in chain] + list(analysis.sentences)
    for span in spans:
        assert text[span.start:span.end] == span.text


# An unknown name: no title, a first name no lexicon knows, introduced outside any cue.
UNKNOWN = "Zorbak Quillan arrived in the village on Monday. He said that the harvest would be late this year."
UNKNOWN_ROWS = (
    [("Zorbak", "Zorbak", "PROPN", 3, "nsubj", "B-PERSON"),
     ("Quillan", "Quillan", "PROPN", 1, "flat", "E-PERSON"),
     ("arrived", "arrive", "VERB", 0, "root", "O"),
     ("in", "in", "ADP", 6, "case", "O"),
     ("the", "the", "DET", 6, "det", "O"),
     ("village", "village", "NOUN", 3, "obl", "O"),
     ("on", "on", "ADP", 8, "case", "O"),
     ("Monday", "Monday", "PROPN", 3, "obl:tmod", "S-DATE"),
     (".", ".", "PUNCT", 3, "punct", "O")],
    [("He", "he", "PRON", 2, "nsubj", "O"),
     ("said", "say", "VERB", 0, "root", "O"),
     ("that", "that", "SCONJ", 8, "mark", "O"),
     ("the", "the", "DET", 5, "det", "O"),
     ("harvest", "harvest", "NOUN", 8, "nsubj", "O"),
     ("would", "would", "AUX", 8, "aux", "O"),
     ("be", "be", "AUX", 8, "cop", "O"),
     ("late", "late", "ADJ", 2, "ccomp", "O"),
     ("this", "this", "DET", 10, "det", "B-DATE"),
     ("year", "year", "NOUN", 8, "obl:tmod", "E-DATE"),
     (".", ".", "PUNCT", 2, "punct", "O")],
)


# --------------------------------------------------------------------------- (a) conversion


def test_conversion_offsets_heads_deprels_entities_and_multiword_tokens():
    text = "Lavrov cannot agree, the minister said.\nWashington has the initiative."
    doc = stanza.Document([
        [
            {"id": 1, "text": "Lavrov", "lemma": "Lavrov", "upos": "PROPN", "head": 4, "deprel": "nsubj",
             "start_char": 0, "end_char": 6, "ner": "S-PERSON"},
            # a multi-word token: one token "cannot", two syntactic words "can" + "not"
            {"id": (2, 3), "text": "cannot", "start_char": 7, "end_char": 13, "ner": "O"},
            {"id": 2, "text": "can", "lemma": "can", "upos": "AUX", "head": 4, "deprel": "aux"},
            {"id": 3, "text": "not", "lemma": "not", "upos": "PART", "head": 4, "deprel": "advmod"},
            {"id": 4, "text": "agree", "lemma": "agree", "upos": "VERB", "head": 8, "deprel": "ccomp",
             "start_char": 14, "end_char": 19, "ner": "O"},
            {"id": 5, "text": ",", "lemma": ",", "upos": "PUNCT", "head": 8, "deprel": "punct",
             "start_char": 19, "end_char": 20, "ner": "O"},
            {"id": 6, "text": "the", "lemma": "the", "upos": "DET", "head": 7, "deprel": "det",
             "start_char": 21, "end_char": 24, "ner": "O"},
            {"id": 7, "text": "minister", "lemma": "minister", "upos": "NOUN", "head": 8, "deprel": "nsubj",
             "start_char": 25, "end_char": 33, "ner": "O"},
            {"id": 8, "text": "said", "lemma": "say", "upos": "VERB", "head": 0, "deprel": "root",
             "start_char": 34, "end_char": 38, "ner": "O"},
            {"id": 9, "text": ".", "lemma": ".", "upos": "PUNCT", "head": 8, "deprel": "punct",
             "start_char": 38, "end_char": 39, "ner": "O"},
        ],
        [
            {"id": 1, "text": "Washington", "lemma": "Washington", "upos": "PROPN", "head": 2, "deprel": "nsubj",
             "start_char": 40, "end_char": 50, "ner": "S-GPE"},
            {"id": 2, "text": "has", "lemma": "have", "upos": "VERB", "head": 0, "deprel": "root",
             "start_char": 51, "end_char": 54, "ner": "O"},
            {"id": 3, "text": "the", "lemma": "the", "upos": "DET", "head": 4, "deprel": "det",
             "start_char": 55, "end_char": 58, "ner": "O"},
            {"id": 4, "text": "initiative", "lemma": "initiative", "upos": "NOUN", "head": 2, "deprel": "obj",
             "start_char": 59, "end_char": 69, "ner": "O"},
            {"id": 5, "text": ".", "lemma": ".", "upos": "PUNCT", "head": 2, "deprel": "punct",
             "start_char": 69, "end_char": 70, "ner": "O"},
        ],
    ], text=text)
    doc.coref = [CorefChain(0, [CorefMention(0, 0, 1), CorefMention(0, 5, 7)], "Lavrov", 0)]

    analysis = to_analysis(doc, text)

    assert [t.span.text for t in analysis.tokens] == [
        "Lavrov", "cannot", "cannot", "agree", ",", "the", "minister", "said", ".",
        "Washington", "has", "the", "initiative", ".",
    ]
    can, not_ = analysis.tokens[1], analysis.tokens[2]
    assert (can.span.start, can.span.end) == (not_.span.start, not_.span.end) == (7, 13)
    assert (can.lemma, can.upos, not_.lemma, not_.upos) == ("can", "AUX", "not", "PART")
    # heads: stanza's 1-based ids per sentence become global indices into Analysis.tokens
    said = 7
    assert analysis.tokens[said].head is None and analysis.tokens[said].deprel == "root"
    assert analysis.tokens[0].head == 3 and analysis.tokens[0].deprel == "nsubj"   # Lavrov -> agree
    assert analysis.tokens[3].head == said and analysis.tokens[3].deprel == "ccomp"
    assert analysis.tokens[6].head == said                                        # minister -> said
    assert analysis.tokens[9].head == 10 and analysis.tokens[12].head == 10       # second sentence: +9
    assert analysis.tokens[10].head is None
    assert [t.sentence for t in analysis.tokens] == [0] * 9 + [1] * 5
    assert [s.text for s in analysis.sentences] == [
        "Lavrov cannot agree, the minister said.", "Washington has the initiative."]
    assert [(e.span.text, e.label, e.span.start) for e in analysis.entities] == [
        ("Lavrov", "PERSON", 0), ("Washington", "GPE", 40)]
    assert analysis.person_spans() == [(0, 6)]
    assert [[m.text for m in chain] for chain in analysis.coref] == [["Lavrov", "the minister"]]
    assert analysis.chain_of(21, 33) == analysis.coref[0]
    assert_spans_are_slices(analysis, text)


def test_conversion_of_a_document_without_coref_or_parse_and_of_zero_anaphora():
    text = "Zorbak Quillan spoke.\n\nHe left."
    doc = stanza.Document([
        [{"id": 1, "text": "Zorbak", "start_char": 0, "end_char": 6, "ner": "B-PERSON"},
         {"id": 2, "text": "Quillan", "start_char": 7, "end_char": 14, "ner": "E-PERSON"},
         {"id": 3, "text": "spoke", "start_char": 15, "end_char": 20, "ner": "O"},
         {"id": 4, "text": ".", "start_char": 20, "end_char": 21, "ner": "O"}],
        [{"id": 1, "text": "He", "start_char": 23, "end_char": 25, "ner": "O"},
         {"id": (1, 1), "text": "_"},  # an empty node (enhanced UD), as coref's zero anaphora uses
         {"id": 2, "text": "left", "start_char": 26, "end_char": 30, "ner": "O"},
         {"id": 3, "text": ".", "start_char": 30, "end_char": 31, "ner": "O"}],
    ], text=text)
    analysis = to_analysis(doc, text)
    assert analysis.coref == ()
    assert all(t.head is None and t.deprel is None for t in analysis.tokens)
    assert analysis.entities[0].span.text == "Zorbak Quillan"
    assert [t.span.text for t in analysis.tokens] == ["Zorbak", "Quillan", "spoke", ".", "He", "left", "."]
    # a chain whose only other mention is an empty node keeps the surface mention alone
    doc.coref = [CorefChain(0, [CorefMention(0, 0, 2), CorefMention(1, (1, 1), (1, 1))], "Zorbak Quillan", 0)]
    assert [[m.text for m in c] for c in to_analysis(doc, text).coref] == [["Zorbak Quillan"]]


# --------------------------------------------------------------------------- (b) NER persons


def test_a_person_entity_the_rules_miss_becomes_the_speaker():
    builtin = Extractor().extract_document(Document(UNKNOWN))
    assert len(builtin) == 1 and builtin[0].speaker is None  # the rules alone cannot name him

    analysis = to_analysis(build(UNKNOWN, *UNKNOWN_ROWS), UNKNOWN)
    assert analysis.person_spans() == [(0, 14)]
    quotes = Extractor().extract_document(Document(UNKNOWN), analysis=analysis)

    assert [q.text for q in quotes] == [q.text for q in builtin] == ["the harvest would be late this year"]
    assert quotes[0].speaker == "Zorbak Quillan"
    assert str(quotes[0].speaker_type) == "person"
    assert quotes[0].mention.text == "He" and quotes[0].cue.text == "said"


# --------------------------------------------------------------------------- (c) coreference


COREF_TEXT = ("Sergei Lavrov met Antony Blinken in Geneva on Friday. "
              "Afterwards he said that the talks had been useful.")
COREF_ROWS = (
    [("Sergei", "Sergei", "PROPN", 3, "nsubj", "B-PERSON"),
     ("Lavrov", "Lavrov", "PROPN", 1, "flat", "E-PERSON"),
     ("met", "meet", "VERB", 0, "root", "O"),
     ("Antony", "Antony", "PROPN", 3, "obj", "B-PERSON"),
     ("Blinken", "Blinken", "PROPN", 4, "flat", "E-PERSON"),
     ("in", "in", "ADP", 7, "case", "O"),
     ("Geneva", "Geneva", "PROPN", 3, "obl", "S-GPE"),
     ("on", "on", "ADP", 9, "case", "O"),
     ("Friday", "Friday", "PROPN", 3, "obl", "S-DATE"),
     (".", ".", "PUNCT", 3, "punct", "O")],
    [("Afterwards", "afterwards", "ADV", 3, "advmod", "O"),
     ("he", "he", "PRON", 3, "nsubj", "O"),
     ("said", "say", "VERB", 0, "root", "O"),
     ("that", "that", "SCONJ", 9, "mark", "O"),
     ("the", "the", "DET", 6, "det", "O"),
     ("talks", "talk", "NOUN", 9, "nsubj", "O"),
     ("had", "have", "AUX", 9, "aux", "O"),
     ("been", "be", "AUX", 9, "cop", "O"),
     ("useful", "useful", "ADJ", 3, "ccomp", "O"),
     (".", ".", "PUNCT", 3, "punct", "O")],
)


def coref_analysis() -> Analysis:
    # stanza's coref says "he" is Blinken (the object), not Lavrov (the subject the rules prefer)
    doc = build(COREF_TEXT, *COREF_ROWS, chains=[
        ("Antony Blinken", [(0, 3, 5), (1, 1, 2)]),
        ("Sergei Lavrov", [(0, 0, 2)]),
    ])
    return to_analysis(doc, COREF_TEXT)


def test_coref_chains_convert_to_character_spans():
    analysis = coref_analysis()
    he = COREF_TEXT.index(" he ") + 1
    chain = analysis.chain_of(he, he + 2)
    assert chain is not None
    assert [(m.text, m.start) for m in chain] == [("Antony Blinken", 18), ("he", he)]
    assert [[m.text for m in c] for c in analysis.coref] == [["Antony Blinken", "he"], ["Sergei Lavrov"]]
    assert_spans_are_slices(analysis, COREF_TEXT)


def test_a_pronoun_resolves_through_its_coref_chain():
    builtin = Extractor().extract_document(Document(COREF_TEXT))
    assert [q.speaker for q in builtin] == ["Sergei Lavrov"]  # the rules: the last subject

    quotes = Extractor().extract_document(Document(COREF_TEXT), analysis=coref_analysis())
    assert [q.text for q in quotes] == ["the talks had been useful"]
    assert quotes[0].mention.text == "he"
    assert quotes[0].speaker == "Antony Blinken"


# --------------------------------------------------------------------------- (d) parse subjects


def test_the_dependency_subject_of_a_cue_is_its_nsubj_subtree():
    text = "Russia's foreign minister, Sergei Lavrov, told reporters that Washington now had the initiative."
    rows = [
        ("Russia", "Russia", "PROPN", 4, "nmod:poss", "S-GPE"),
        ("'s", "'s", "PART", 1, "case", "O"),
        ("foreign", "foreign", "ADJ", 4, "amod", "O"),
        ("minister", "minister", "NOUN", 9, "nsubj", "O"),
        (",", ",", "PUNCT", 6, "punct", "O"),
        ("Sergei", "Sergei", "PROPN", 4, "appos", "B-PERSON"),
        ("Lavrov", "Lavrov", "PROPN", 6, "flat", "E-PERSON"),
        (",", ",", "PUNCT", 6, "punct", "O"),
        ("told", "tell", "VERB", 0, "root", "O"),
        ("reporters", "reporter", "NOUN", 9, "obj", "O"),
        ("that", "that", "SCONJ", 14, "mark", "O"),
        ("Washington", "Washington", "PROPN", 14, "nsubj", "S-GPE"),
        ("now", "now", "ADV", 14, "advmod", "O"),
        ("had", "have", "VERB", 9, "ccomp", "O"),
        ("the", "the", "DET", 16, "det", "O"),
        ("initiative", "initiative", "NOUN", 14, "obj", "O"),
        (".", ".", "PUNCT", 9, "punct", "O"),
    ]
    analysis = to_analysis(build(text, rows), text)
    cue = text.index("told")
    subject = analysis.subject_of(cue, cue + 4)
    assert subject is not None
    # the nsubj subtree, without the apposition and its commas
    assert (subject.start, subject.end, subject.text) == (0, 25, "Russia's foreign minister")
    assert subject.text == text[subject.start:subject.end]
    # the complement clause's own subject
    had = text.index("had")
    assert analysis.subject_of(had, had + 3).text == "Washington"
    assert analysis.subject_of(0, 6) is None  # "Russia" has no subject


# --------------------------------------------------------------------------- (e) missing models


def test_missing_models_raise_one_clear_error(tmp_path):
    with pytest.raises(BackendUnavailable) as caught:
        StanzaBackend(resources_dir=tmp_path, download=False)
    message = str(caught.value)
    assert "stanza" in message
    assert str(tmp_path) in message
    assert DOWNLOAD_COMMAND in message and "copy" in message
    assert "\n" not in message


@pytest.fixture
def offline(monkeypatch):
    """Any attempt by stanza to fetch a file fails as it does on a machine with no model hub."""
    import requests
    import stanza.resources.common as common

    calls = []

    def unreachable(url, *args, **kwargs):
        calls.append(url)
        raise requests.exceptions.ConnectionError(f"Failed to resolve host for {url}")

    monkeypatch.setattr(common, "request_file", unreachable)
    monkeypatch.setattr(common, "download_file", unreachable)
    return calls


def test_a_failed_first_use_download_is_one_clear_error(tmp_path, offline, monkeypatch):
    monkeypatch.delenv(stanza_backend.DOWNLOAD_ENV, raising=False)
    notes = io.StringIO()
    handler = stanza_backend.enable_download_notes(notes)
    try:
        with pytest.raises(BackendUnavailable) as caught:
            StanzaBackend(resources_dir=tmp_path)
    finally:
        stanza_backend.log.removeHandler(handler)
    assert offline, "stanza's own download mechanism was tried"
    message = str(caught.value)
    assert "could not be downloaded" in message and "ConnectionError" in message
    assert str(tmp_path) in message and DOWNLOAD_COMMAND in message
    assert "downloading" in notes.getvalue() and str(tmp_path) in notes.getvalue()


def test_stanzas_own_errors_while_loading_become_backend_unavailable(tmp_path):
    fake_models(tmp_path)
    assert stanza_backend.missing_models(tmp_path) is None
    with pytest.raises(BackendUnavailable) as caught:
        StanzaBackend(resources_dir=tmp_path, download=False)
    message = str(caught.value)
    assert "stanza could not load" in message and str(tmp_path) in message and DOWNLOAD_COMMAND in message


class FakePipeline:
    """Stands in for stanza.Pipeline where models exist: records its arguments, returns a document."""

    built: list[dict] = []

    def __init__(self, lang, **kwargs):
        FakePipeline.built.append(dict(kwargs, lang=lang))
        if "coref" in kwargs["processors"].split(","):
            raise OSError("We couldn't connect to 'https://huggingface.co' to load xlm-roberta-large")

    def __call__(self, text):
        return build(text, *UNKNOWN_ROWS)


def test_the_pipeline_is_built_offline_and_drops_coref_when_it_cannot_load(tmp_path, monkeypatch):
    fake_models(tmp_path)
    (tmp_path / "en" / "coref").mkdir()
    (tmp_path / "en" / "coref" / "udcoref_xlm-roberta-lora.pt").write_bytes(b"")
    monkeypatch.setattr(stanza_backend, "coref_installed", lambda directory: True)
    monkeypatch.setattr(stanza, "Pipeline", FakePipeline)
    FakePipeline.built = []

    backend = StanzaBackend(resources_dir=tmp_path)

    first, second = FakePipeline.built
    assert first["lang"] == "en" and first["dir"] == str(tmp_path)
    assert first["processors"] == "tokenize,mwt,pos,lemma,depparse,ner,coref"
    assert first["download_method"] is None  # models present: nothing is fetched
    assert second["processors"] == "tokenize,mwt,pos,lemma,depparse,ner"
    assert backend.processors == stanza_backend.PROCESSORS
    analysis = backend.analyse(UNKNOWN)
    assert analysis.person_spans() == [(0, 14)]
    assert backend.analyse("  \n") == Analysis()
    quotes = Extractor().extract_document(Document(UNKNOWN), analysis=backend.analyse(UNKNOWN))
    assert quotes[0].speaker == "Zorbak Quillan"


def test_a_failure_inside_stanza_while_analysing_is_backend_unavailable(tmp_path, monkeypatch):
    fake_models(tmp_path)

    class Broken(FakePipeline):
        def __call__(self, text):
            raise RuntimeError("CUDA out of memory")

    monkeypatch.setattr(stanza, "Pipeline", Broken)
    backend = StanzaBackend(resources_dir=tmp_path, download=False)
    with pytest.raises(BackendUnavailable, match="stanza failed.*CUDA out of memory"):
        backend.analyse(UNKNOWN)


def test_the_cheap_check_names_what_is_missing(tmp_path):
    assert "does not exist" in stanza_backend.missing_models(tmp_path / "nowhere")
    assert "resources.json" in stanza_backend.missing_models(tmp_path)
    (tmp_path / "resources.json").write_text('{"en": {}}', encoding="utf-8")
    assert "en/" in stanza_backend.missing_models(tmp_path)
    for name in ("tokenize", "mwt", "pos", "lemma", "depparse"):
        (tmp_path / "en" / name).mkdir(parents=True)
        (tmp_path / "en" / name / "combined.pt").write_bytes(b"")
    assert stanza_backend.missing_models(tmp_path) == "no ner model in en/"
    assert not stanza_backend.coref_installed(tmp_path)


def test_the_directory_comes_from_the_argument_then_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "from-env"))
    assert stanza_backend.resolve_resources_dir(tmp_path / "arg") == tmp_path / "arg"
    assert stanza_backend.resolve_resources_dir(None) == tmp_path / "from-env"
    monkeypatch.delenv("STANZA_RESOURCES_DIR")
    from stanza.resources.common import DEFAULT_MODEL_DIR

    assert stanza_backend.resolve_resources_dir(None) == Path(DEFAULT_MODEL_DIR)  # stanza's own default


def test_without_stanza_installed_the_error_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "stanza", None)  # makes `import stanza` fail
    with pytest.raises(BackendUnavailable) as caught:
        StanzaBackend(resources_dir=tmp_path)
    assert "stanza" in str(caught.value) and "pip install 'quotes-attribution[stanza]'" in str(caught.value)


def test_the_cli_reports_missing_models_in_one_line_and_exits_2(tmp_path, run_cli, offline, monkeypatch):
    monkeypatch.setenv(stanza_backend.DOWNLOAD_ENV, "0")
    article = tmp_path / "article.txt"
    article.write_text(UNKNOWN, encoding="utf-8")
    models = tmp_path / "models"
    models.mkdir()
    result = run_cli("extract", article, "--nlp", "stanza", "--stanza-dir", models)
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    assert "stanza" in lines[0] and str(models) in lines[0] and DOWNLOAD_COMMAND in lines[0]
    assert result.out == ""


def test_importing_quotes_does_not_import_stanza():
    code = ("import sys, quotes, quotes.pipeline, quotes.cli, quotes.stanza_backend; "
            "print('stanza' in sys.modules, 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def fake_models(root) -> None:
    """Files that pass the cheap check but are not models stanza can load."""
    (root / "resources.json").write_text('{"en": {"lang_name": "English"}}', encoding="utf-8")
    for name in stanza_backend.PROCESSORS:
        (root / "en" / name).mkdir(parents=True)
        (root / "en" / name / "default.pt").write_bytes(b"not a model")


def test_neither_stanza_nor_the_backend_prints_while_loading(tmp_path):
    # stanza installs its own stderr log handler on import; the backend must not let it print
    fake_models(tmp_path)
    code = ("import sys\n"
            "from quotes.stanza_backend import StanzaBackend\n"
            "from quotes.errors import BackendUnavailable\n"
            "try:\n"
            "    StanzaBackend(resources_dir=sys.argv[1], download=False)\n"
            "except BackendUnavailable:\n"
            "    print('unavailable')\n")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout == "unavailable\n"
    assert done.stderr == ""

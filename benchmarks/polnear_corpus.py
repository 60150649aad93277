"""Loader for the PolNeAR attribution corpus (brat standoff).

Layout expected under ``path``::

    text/NAME.txt                       article text (UTF-8)
    attributions/NAME_ANNOTATOR.ann     brat standoff, one file per annotator

Relevant .ann lines::

    T12<TAB>Content 760 905<TAB>surface text          (span; may be "s e;s e")
    E4<TAB>Attribution:T13 Content:T12 Cue:T11 Source:T10
    E9<TAB>Attribution-no-source:T35 Cue:T34 Content:T33
    T41<TAB>Discuss 3223 3246;3248 3443<TAB>...        (annotator remark)
    T1<TAB>Discard 64 342<TAB>...                      (boilerplate to skip)
    #1<TAB>AnnotatorNotes T66<TAB>free text

Span text in a T line may contain newlines, which spill onto following
physical lines; those continuation lines are skipped (offsets are the
ground truth, surface text is re-read from the .txt).

Usage::

    from polnear_corpus import load_corpus, one_annotator_per_article
    articles = one_annotator_per_article(load_corpus(PATH))

The corpus is never copied into this repository: benchmarks take its path as an argument.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from typing import Iterable

Offsets = list[tuple[int, int]]

_T_RE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)")
_E_RE = re.compile(r"^(E\d+)\t(.*)$")
_NOTE_RE = re.compile(r"^(#\d+)\t(\S+) (\S+)\t?(.*)$")
_ANN_NAME_RE = re.compile(r"^(?P<name>.+)_(?P<annotator>[^_]+)\.ann$")


@dataclass(frozen=True)
class Span:
    """A labelled text-bound annotation (a brat ``T`` line)."""

    tid: str
    label: str
    offsets: tuple[tuple[int, int], ...]

    def text(self, doc: str, sep: str = " ") -> str:
        return sep.join(doc[s:e] for s, e in self.offsets)


@dataclass
class Attribution:
    """One attribution relation (a brat ``E`` line) from one annotator."""

    eid: str
    annotator: str
    kind: str                      # "Attribution" or "Attribution-no-source"
    source: Offsets = field(default_factory=list)
    cue: Offsets = field(default_factory=list)
    content: Offsets = field(default_factory=list)   # Content + Content2
    content2: Offsets = field(default_factory=list)  # Content2 only (rare)

    @property
    def has_source(self) -> bool:
        return bool(self.source)

    @staticmethod
    def _join(doc: str, offs: Offsets, sep: str = " ") -> str:
        return sep.join(doc[s:e] for s, e in offs)

    def source_text(self, doc: str) -> str:
        return self._join(doc, self.source)

    def cue_text(self, doc: str) -> str:
        return self._join(doc, self.cue)

    def content_text(self, doc: str) -> str:
        return self._join(doc, self.content)

    def bounds(self, role: str) -> tuple[int, int] | None:
        """(min start, max end) of a role ('source', 'cue', 'content')."""
        offs = getattr(self, role)
        if not offs:
            return None
        return min(s for s, _ in offs), max(e for _, e in offs)


@dataclass
class Note:
    """An annotator remark: a ``Discuss`` span or an ``AnnotatorNotes`` line."""

    annotator: str
    kind: str                 # "Discuss" or "AnnotatorNotes"
    offsets: Offsets          # Discuss: its span; AnnotatorNotes: target span
    comment: str = ""         # AnnotatorNotes free text


@dataclass
class Article:
    name: str
    text: str
    annotators: list[str] = field(default_factory=list)   # sorted
    attributions: list[Attribution] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    discards: dict[str, Offsets] = field(default_factory=dict)  # per annotator
    problems: list[str] = field(default_factory=list)   # parse warnings

    def by_annotator(self, annotator: str) -> list[Attribution]:
        return [a for a in self.attributions if a.annotator == annotator]

    @property
    def primary_annotator(self) -> str | None:
        return self.annotators[0] if self.annotators else None


def _parse_offsets(s: str) -> Offsets:
    out = []
    for frag in s.split(";"):
        a, b = frag.split()
        out.append((int(a), int(b)))
    return out


def parse_ann(ann_text: str, annotator: str, doc: str | None = None):
    """Parse one .ann file. Returns (attributions, notes, discards, problems)."""
    spans: dict[str, Span] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    notes: list[Note] = []
    raw_notes: list[tuple[str, str, str]] = []
    discards: Offsets = []
    problems: list[str] = []

    for line in ann_text.splitlines():
        if not line.strip():
            continue
        m = _T_RE.match(line)
        if m:
            tid, label, offs = m.group(1), m.group(2), _parse_offsets(m.group(3))
            spans[tid] = Span(tid, label, tuple(offs))
            if label == "Discuss":
                notes.append(Note(annotator, "Discuss", offs))
            elif label == "Discard":
                discards.extend(offs)
            continue
        m = _E_RE.match(line)
        if m:
            args = []
            for tok in m.group(2).split():
                if ":" in tok:
                    role, ref = tok.split(":", 1)
                    args.append((role, ref))
            if args:
                events.append((m.group(1), args))
            else:
                problems.append(f"{annotator}: empty event {m.group(1)}")
            continue
        m = _NOTE_RE.match(line)
        if m:
            raw_notes.append((m.group(2), m.group(3), m.group(4)))
            continue
        # anything else: continuation of a multi-line span text, or an
        # unsupported brat line type (A/R/N/...) -- ignored on purpose.

    for kind, target, comment in raw_notes:
        sp = spans.get(target)
        notes.append(Note(annotator, kind, list(sp.offsets) if sp else [], comment))

    attrs: list[Attribution] = []
    for eid, args in events:
        kind, _trigger = args[0]
        if kind not in ("Attribution", "Attribution-no-source"):
            problems.append(f"{annotator}: {eid} unknown event type {kind}")
            continue
        a = Attribution(eid=eid, annotator=annotator, kind=kind)
        for role, ref in args[1:]:
            sp = spans.get(ref)
            if sp is None:
                problems.append(f"{annotator}: {eid} dangling ref {role}:{ref}")
                continue
            base = role.rstrip("0123456789")   # Content2 -> Content
            if base == "Source":
                a.source.extend(sp.offsets)
            elif base == "Cue":
                a.cue.extend(sp.offsets)
            elif base == "Content":
                a.content.extend(sp.offsets)
                if role != "Content":
                    a.content2.extend(sp.offsets)
            else:
                problems.append(f"{annotator}: {eid} unknown role {role}")
        for offs in (a.source, a.cue, a.content, a.content2):
            offs.sort()
        if doc is not None:
            for s, e in a.source + a.cue + a.content:
                if not (0 <= s <= e <= len(doc)):
                    problems.append(f"{annotator}: {eid} offsets {s}-{e} out of range")
        attrs.append(a)
    return attrs, notes, discards, problems


def load_corpus(path: str) -> list[Article]:
    """Load every article under ``path`` with all annotators' attributions.

    Articles with no .ann file are kept (empty attributions). Result is
    sorted by article name; attributions are ordered by annotator (sorted),
    then by the order of E lines in the file.
    """
    text_dir = os.path.join(path, "text")
    ann_dir = os.path.join(path, "attributions")
    ann_files: dict[str, list[tuple[str, str]]] = {}
    for fn in sorted(os.listdir(ann_dir)):
        m = _ANN_NAME_RE.match(fn)
        if not m:
            continue
        ann_files.setdefault(m["name"], []).append(
            (m["annotator"], os.path.join(ann_dir, fn)))

    articles: list[Article] = []
    for fn in sorted(os.listdir(text_dir)):
        if not fn.endswith(".txt"):
            continue
        name = fn[:-4]
        with open(os.path.join(text_dir, fn), encoding="utf-8", newline="") as f:
            doc = f.read()
        art = Article(name=name, text=doc)
        for annotator, ann_path in sorted(ann_files.get(name, [])):
            with open(ann_path, encoding="utf-8", newline="") as f:
                attrs, notes, discards, problems = parse_ann(f.read(), annotator, doc)
            art.annotators.append(annotator)
            art.attributions.extend(attrs)
            art.notes.extend(notes)
            art.discards[annotator] = discards
            art.problems.extend(problems)
        articles.append(art)
    missing = set(ann_files) - {a.name for a in articles}
    if missing:
        raise FileNotFoundError(f"{len(missing)} .ann files without text, e.g. {sorted(missing)[0]}")
    return articles


def one_annotator(article: Article, annotator: str | None = None) -> Article:
    """Copy of ``article`` restricted to one annotator (default: first sorted)."""
    ann = annotator or article.primary_annotator
    if ann is None:
        return replace(article, annotators=[], attributions=[], notes=[], discards={})
    return replace(
        article,
        annotators=[ann],
        attributions=article.by_annotator(ann),
        notes=[n for n in article.notes if n.annotator == ann],
        discards={ann: article.discards.get(ann, [])},
    )


def one_annotator_per_article(articles: Iterable[Article]) -> list[Article]:
    """Pick the first annotator (sorted order) of each article."""
    return [one_annotator(a) for a in articles]

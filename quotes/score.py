"""Scoring against golden files, exactly as docs/contract.md §6 says.

Matching: IoU >= 0.5 of the content spans after trimming whitespace and punctuation at both
ends; one-to-one, best overlap first.  Speakers are compared after casefolding, accent folding
and dropping titles and honorifics; a surname names the same person as the full name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex

from .model import Kind, Quote
from .names import same_speaker  # docs/contract.md §6: the one definition of the same speaker
from .regexes import LazyPattern

__all__ = ["MATCH_IOU", "Counts", "Difference", "Report", "combine", "format_report", "iou", "match",
           "same_speaker", "score_document", "trimmed_bounds"]

MATCH_IOU = 0.5
_EDGE = LazyPattern(r"^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$")


def trimmed_bounds(quote: Quote) -> tuple[int, int]:
    """Offsets of the content without leading/trailing whitespace and punctuation."""
    text = quote.text
    lead = len(text) - len(_EDGE.sub("", text, count=1)) if _EDGE.match(text) else 0
    stripped_end = regex.search(r"[\s\p{P}\p{S}]+$", text)
    trail = len(stripped_end.group()) if stripped_end and stripped_end.start() >= lead else 0
    start, end = quote.start + lead, quote.end - trail
    return (start, end) if start < end else (quote.start, quote.end)


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union


def match(gold: Sequence[Quote], predicted: Sequence[Quote]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, best overlap first."""
    gold_bounds = [trimmed_bounds(q) for q in gold]
    pred_bounds = [trimmed_bounds(q) for q in predicted]
    pairs = []
    for g, gb in enumerate(gold_bounds):
        for p, pb in enumerate(pred_bounds):
            overlap = iou(gb, pb)
            if overlap >= MATCH_IOU:
                pairs.append((-overlap, g, p))
    pairs.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    result = []
    for _, g, p in pairs:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            result.append((g, p))
    return sorted(result)


@attrs.frozen
class Counts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    exact: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other))))

    @staticmethod
    def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        precision = hits / predicted if predicted else (1.0 if not gold else 0.0)
        recall = hits / gold if gold else (1.0 if not predicted else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def detection(self) -> tuple[float, float, float]:
        return self._prf(self.matched, self.predicted, self.gold)

    @property
    def end_to_end(self) -> tuple[float, float, float]:
        return self._prf(self.speaker_right, self.predicted, self.gold)

    @property
    def attribution(self) -> float:
        return self.speaker_right / self.matched if self.matched else 1.0

    @property
    def exact_share(self) -> float:
        return self.exact / self.matched if self.matched else 1.0


@attrs.frozen
class Difference:
    problem: str  # "missed", "spurious", "wrong speaker" or "wrong kind"
    document: str
    gold: Quote | None
    predicted: Quote | None


@attrs.frozen
class Report:
    overall: Counts
    by_kind: dict[str, Counts]
    differences: tuple[Difference, ...]
    documents: int


def score_document(name: str, gold: Sequence[Quote], predicted: Sequence[Quote]) -> Report:
    pairs = match(gold, predicted)
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    differences: list[Difference] = []
    by_kind = {kind.value: Counts() for kind in Kind}
    overall = Counts(gold=len(gold), predicted=len(predicted))
    for quote in gold:
        by_kind[quote.kind.value] += Counts(gold=1)
    for quote in predicted:
        by_kind[quote.kind.value] += Counts(predicted=1)
    for g, p in pairs:
        right = same_speaker(gold[g].speaker, predicted[p].speaker)
        exact = trimmed_bounds(gold[g]) == trimmed_bounds(predicted[p])
        hit = Counts(matched=1, speaker_right=int(right), exact=int(exact))
        overall += hit
        # per kind: a match counts for a kind only when both sides have that kind
        if gold[g].kind == predicted[p].kind:
            by_kind[gold[g].kind.value] += Counts(matched=1, speaker_right=int(right), exact=int(exact))
        if not right:
            differences.append(Difference("wrong speaker", name, gold[g], predicted[p]))
        if gold[g].kind != predicted[p].kind:
            differences.append(Difference("wrong kind", name, gold[g], predicted[p]))
    differences += [Difference("missed", name, q, None) for i, q in enumerate(gold) if i not in matched_gold]
    differences += [Difference("spurious", name, None, q) for i, q in enumerate(predicted) if i not in matched_pred]
    differences.sort(key=lambda d: (d.gold or d.predicted).start)  # type: ignore[union-attr]
    return Report(overall, by_kind, tuple(differences), 1)


def combine(reports: Iterable[Report]) -> Report:
    overall = Counts()
    by_kind = {kind.value: Counts() for kind in Kind}
    differences: list[Difference] = []
    documents = 0
    for report in reports:
        overall += report.overall
        for kind, counts in report.by_kind.items():
            by_kind[kind] += counts
        differences.extend(report.differences)
        documents += report.documents
    return Report(overall, by_kind, tuple(differences), documents)


# --------------------------------------------------------------------------- rendering


def _pct(value: float) -> str:
    return f"{value:.3f}"


def format_report(report: Report, *, diff: bool = True) -> str:
    """The figures table plus a readable diff (missed, spurious, wrong speaker)."""
    o = report.overall
    p, r, f = o.detection
    ep, er, ef = o.end_to_end
    lines = [
        f"golden check: {report.documents} documents, {o.gold} gold quotes, {o.predicted} predicted",
        "",
        "| measure | precision | recall | F1 |",
        "|---|---|---|---|",
        f"| detection | {_pct(p)} | {_pct(r)} | {_pct(f)} |",
    ]
    for kind, counts in report.by_kind.items():
        kp, kr, kf = counts.detection
        lines.append(f"| detection: {kind} ({counts.gold} gold) | {_pct(kp)} | {_pct(kr)} | {_pct(kf)} |")
    lines += [
        f"| end-to-end | {_pct(ep)} | {_pct(er)} | {_pct(ef)} |",
        "",
        f"attribution accuracy: {_pct(o.attribution)} ({o.speaker_right}/{o.matched} matched quotes)",
        f"exact spans: {_pct(o.exact_share)} ({o.exact}/{o.matched} matched quotes)",
    ]
    if diff and report.differences:
        lines += ["", "differences:"]
        for d in report.differences:
            quote = d.gold or d.predicted
            assert quote is not None
            snippet = " ".join(quote.text.split())
            snippet = snippet if len(snippet) <= 100 else snippet[:97] + "…"
            if d.problem == "wrong speaker":
                assert d.gold is not None and d.predicted is not None
                lines.append(f"  {d.document} WRONG SPEAKER [{quote.start}:{quote.end}] “{snippet}” "
                             f"gold={d.gold.speaker!r} predicted={d.predicted.speaker!r}")
            elif d.problem == "wrong kind":
                assert d.gold is not None and d.predicted is not None
                lines.append(f"  {d.document} WRONG KIND [{quote.start}:{quote.end}] “{snippet}” "
                             f"gold={d.gold.kind.value} predicted={d.predicted.kind.value}")
            else:
                who = quote.speaker or "null"
                lines.append(f"  {d.document} {d.problem.upper()} {quote.kind.value} [{quote.start}:{quote.end}] "
                             f"“{snippet}” ({who})")
    return "\n".join(lines) + "\n"

"""Score the extractor on a PolNeAR-format folder (not a test: the corpus is not in the repo).

    python benchmarks/polnear.py ../shared/data/polnear-train [--limit N] [--misses 25]

Figures (SPEC §5 overlap rule: IoU >= 0.5 after trimming whitespace and punctuation):
- speech recall: share of attributions whose cue is a verb of saying (per the package's cue
  lexicon) and that have a Source, matched one-to-one by a predicted quote;
- precision: share of predicted quotes that match the Content of any attribution (any cue);
- source accuracy: among matched speech attributions, the predicted mention overlaps the gold
  Source, or the predicted speaker's surname is a word of it.
PolNeAR's Content keeps a leading "that"; it is dropped before matching, as SPEC §2 does.

PolNeAR also labels speech acts whose content is a bare noun phrase (`praised the Saudis for
their help`, `acknowledged Sanders' success`), which SPEC §2 says are not quotes. Recall is
therefore reported twice: over all speech-cue attributions, and over those whose content is a
proposition by SPEC §2 — it holds a quotation mark, opens with an infinitive `to`, or has a
finite verb (an auxiliary, a modal, a past tense), is not an indirect question
(`asked whether …`, which asks rather than states), and is not in the article's headline
(SPEC: headlines hold no quotes; the headline is the first line when it matches the title in
`metadata.tsv`) — the "SPEC" figure.
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear_corpus import Article, Attribution, load_corpus, one_annotator_per_article  # noqa: E402

from quotes import Extractor  # noqa: E402
from quotes.lexicon import load_lexicon  # noqa: E402
from quotes.score import iou  # noqa: E402

_EDGE = regex.compile(r"^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or regex.match(r"[\p{P}\p{S}]", text[start])):
        start += 1
    while end > start and (text[end - 1].isspace() or regex.match(r"[\p{P}\p{S}]", text[end - 1])):
        end -= 1
    if text[start:end].lower().startswith("that "):
        start += 5
    return start, end


# The cue lexicon at commit 216f13b, frozen: which PolNeAR attributions count as speech must not
# change when the extractor's own lexicon grows, or recall before and after would have different
# denominators.
FROZEN_CUES = Path(__file__).resolve().parent / "data" / "polnear_speech_cues.tsv"


class CueClasses:
    """Classifies an annotated cue as speech / thinking / other with the package's lexicon."""

    def __init__(self):
        self.forms: dict[tuple[str, ...], set[str]] = collections.defaultdict(set)
        for line in FROZEN_CUES.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            columns = [c.strip() for c in line.split("\t")] + ["", "", ""]
            lemma, forms, cue_class = columns[0], columns[1], columns[3] or "speech"
            for form in (f for f in forms.split(",") if f.strip()) or [lemma]:
                self.forms[tuple(_WORD.findall(form.strip().lower()))].add(cue_class)
        self.longest = max(len(k) for k in self.forms)

    def classify(self, cue: str) -> str | None:
        words = _WORD.findall(cue.lower().replace("’", "'"))
        found: set[str] = set()
        for i in range(len(words)):
            for n in range(1, min(self.longest, len(words) - i) + 1):
                found |= self.forms.get(tuple(words[i : i + n]), set())
        return "speech" if "speech" in found else ("thinking" if "thinking" in found else None)


_INTERROGATIVES = frozenset("whether if how what who whom why when where which".split())
_MARKS = frozenset('"“”‘’«»\'')


def propositional(content: str, words_of: dict[str, frozenset[str]]) -> bool:
    """A clause, an infinitive or something quoted: SPEC §2's notion of content."""
    if any(mark in content for mark in _MARKS):
        return True
    words = _WORD.findall(content.lower().replace("’", "'"))
    if len(words) < 2 or words[0] in _INTERROGATIVES:
        return False  # a question asks, it does not state (SPEC §2: the content is a proposition)
    if words[0] in ("to", "that"):
        return True
    finite = words_of["auxiliary"] | words_of["finite_past"]
    verbs = [i for i, w in enumerate(words) if w in finite or (w.endswith("ed") and len(w) > 4) or w.endswith("n't")]
    if not verbs:
        return False
    relative = next((i for i, w in enumerate(words) if w in ("that", "which", "who")), None)
    # "a constitutional amendment that would impose …": a noun phrase whose only verbs are its
    # relative clause's is a thing, not a proposition (SPEC: bare noun-phrase content)
    return not (words[0] in ("a", "an") and relative is not None and relative < verbs[0])


def headline_end(article: Article, titles: dict[str, str]) -> int:
    """End of the article's first line when it is its headline (it matches the title), else 0."""
    title = titles.get(article.name, "").strip().rstrip(".")
    end = article.text.find("\n")
    end = len(article.text) if end < 0 else end
    first = article.text[:end].strip().rstrip(".")
    return end if title and first[:40] == title[:40] else 0


def load_titles(corpus: Path) -> dict[str, str]:
    path = corpus / "metadata.tsv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["filename"]: row.get("title") or "" for row in csv.DictReader(handle, delimiter="\t")}


def units(article: Article, attribution: Attribution) -> list[tuple[int, int]]:
    pieces = [trimmed(article.text, s, e) for s, e in attribution.content]
    bounds = attribution.bounds("content")
    if bounds and len(pieces) > 1:
        pieces.append(trimmed(article.text, *bounds))
    return [p for p in pieces if p[0] < p[1]]


def best_iou(unit_list: list[tuple[int, int]], predicted: tuple[int, int]) -> float:
    return max((iou(u, predicted) for u in unit_list), default=0.0)


def source_right(article: Article, attribution: Attribution, quote) -> bool:
    if quote.mention is not None and any(
        quote.mention.start < e and s < quote.mention.end for s, e in attribution.source
    ):
        return True
    if quote.speaker:
        source_words = {w.casefold() for w in _WORD.findall(attribution.source_text(article.text))}
        surname = _WORD.findall(quote.speaker)[-1].casefold() if _WORD.findall(quote.speaker) else ""
        return surname in source_words
    return False


def evaluate(articles: list[Article], extractor: Extractor, classes: CueClasses, misses: int,
             titles: dict[str, str] | None = None, unmatched: int = 0, missed: int = 0) -> None:
    speech_total = speech_found = predicted_total = predicted_right = 0
    spec_total = spec_found = 0
    words_of = load_lexicon().words
    source_checked = source_ok = 0
    missed_cues: collections.Counter[str] = collections.Counter()
    spurious_cues: collections.Counter[str] = collections.Counter()
    unmatched_examples: list[str] = []
    missed_examples: list[str] = []
    started = time.perf_counter()
    for article in articles:
        quotes = extractor.extract(article.text, name=article.name)
        predicted = [(q, (q.start, q.end)) for q in quotes]
        predicted = [(q, _trim_pred(article.text, q)) for q, _ in predicted]
        attributions = [a for a in article.attributions if a.content]
        all_units = [units(article, a) for a in attributions]
        predicted_total += len(predicted)
        for quote, bounds in predicted:
            if any(best_iou(u, bounds) >= 0.5 for u in all_units):
                predicted_right += 1
            else:
                spurious_cues[(quote.cue.text.lower() if quote.cue else "(no cue)")] += 1
                if unmatched:
                    unmatched_examples.append(_unmatched_line(article, quote, bounds, attributions, all_units))
        headline = headline_end(article, titles or {})
        speech = [
            (a, u, propositional(a.content_text(article.text), words_of) and a.bounds("content")[0] >= headline)
            for a, u in zip(attributions, all_units)
            if a.has_source and classes.classify(a.cue_text(article.text)) == "speech" and u
        ]
        speech_total += len(speech)
        spec_total += sum(s[2] for s in speech)
        pairs = sorted(
            ((best_iou(u, b), i, j) for i, (_, u, _) in enumerate(speech) for j, (_, b) in enumerate(predicted)),
            reverse=True,
        )
        used_gold: set[int] = set()
        used_pred: set[int] = set()
        for overlap, i, j in pairs:
            if overlap < 0.5:
                break
            if i in used_gold or j in used_pred:
                continue
            used_gold.add(i)
            used_pred.add(j)
            speech_found += 1
            spec_found += speech[i][2]
            source_checked += 1
            source_ok += source_right(article, speech[i][0], predicted[j][0])
        for i, (attribution, unit_list, eligible) in enumerate(speech):
            if i not in used_gold and eligible:
                missed_cues[attribution.cue_text(article.text).lower()] += 1
                if missed:
                    missed_examples.append(_missed_line(article, attribution, unit_list, predicted))
    seconds = time.perf_counter() - started
    recall = speech_found / speech_total if speech_total else 0.0
    precision = predicted_right / predicted_total if predicted_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"articles: {len(articles)}  ({seconds:.1f} s, {len(articles) / seconds:.0f} articles/s)")
    print(f"speech attributions: {speech_total}; found {speech_found}: recall {recall:.3f}")
    spec_recall = spec_found / spec_total if spec_total else 0.0
    print(f"  with propositional content outside the headline (SPEC §2): {spec_total}; found {spec_found}: recall {spec_recall:.3f}")
    print(f"predicted quotes: {predicted_total}; matching any attribution {predicted_right}: precision {precision:.3f}")
    print(f"F1 (speech recall, precision): {f1:.3f}")
    accuracy = source_ok / source_checked if source_checked else 0.0
    print(f"source accuracy on matched speech attributions: {accuracy:.3f} ({source_ok}/{source_checked})")
    print(f"\nmost frequent misses by cue, propositional content only (top {misses}):")
    for cue, count in missed_cues.most_common(misses):
        print(f"  {count:5d}  {cue}")
    print(f"\nmost frequent unmatched predictions by cue (top {misses}):")
    for cue, count in spurious_cues.most_common(misses):
        print(f"  {count:5d}  {cue}")
    if missed:
        import random

        print(f"\n{missed} missed speech attributions at random (G: gold content, P: the most overlapping prediction):")
        for line in random.Random(7).sample(missed_examples, min(missed, len(missed_examples))):
            print(line)
    if unmatched:
        import random

        print(f"\n{unmatched} unmatched predictions at random (P: predicted, G: the most overlapping gold content):")
        for line in random.Random(7).sample(unmatched_examples, min(unmatched, len(unmatched_examples))):
            print(line)


def _missed_line(article: Article, attribution: Attribution, unit_list, predicted) -> str:
    best = max(predicted, key=lambda p: best_iou(unit_list, p[1]), default=None)
    shown = ""
    if best is not None and best_iou(unit_list, best[1]) > 0:
        shown = " ".join(best[0].text.split())[:160]
    return (f"- {article.name[:40]} cue={attribution.cue_text(article.text)!r}\n"
            f"    G: {' '.join(attribution.content_text(article.text).split())[:160]}\n    P: {shown}")


def _unmatched_line(article: Article, quote, bounds: tuple[int, int], attributions, all_units) -> str:
    best = max(range(len(attributions)), key=lambda i: best_iou(all_units[i], bounds), default=None)
    gold = ""
    if best is not None and best_iou(all_units[best], bounds) > 0:
        gold = " ".join(attributions[best].content_text(article.text).split())[:160]
    cue = quote.cue.text if quote.cue else None
    return (f"- {article.name[:40]} [{quote.start}:{quote.end}] cue={cue!r}\n"
            f"    P: {' '.join(quote.text.split())[:160]}\n    G: {gold}")


def _trim_pred(text: str, quote) -> tuple[int, int]:
    return trimmed(text, quote.start, quote.end)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a PolNeAR-format folder (text/, attributions/)")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--misses", type=int, default=25)
    parser.add_argument("--nlp", default="builtin")
    parser.add_argument("--unmatched", type=int, default=0, metavar="N",
                        help="print N random predicted quotes that match no attribution")
    parser.add_argument("--missed", type=int, default=0, metavar="N",
                        help="print N random missed speech attributions (SPEC-filtered)")
    args = parser.parse_args(argv)
    articles = one_annotator_per_article(load_corpus(str(args.corpus)))
    articles = [a for a in articles if a.annotators][: args.limit]
    evaluate(articles, Extractor(nlp=args.nlp), CueClasses(), args.misses, load_titles(args.corpus),
             unmatched=args.unmatched, missed=args.missed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

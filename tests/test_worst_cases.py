"""Worst-case inputs cost linear work: four times the input, about four times the work (issue 17).

Each input repeats a pattern on one line (runs of quotation marks among words, many quotations in
one sentence, runs of ``said``, of commas, of capitalised words, and patterns a fuzzer found
quadratic once) or is a whole article on one line.  The work is counted as Python calls
(``sys.setprofile``: the same count on any machine), for extraction and for the HTML report;
and, against work done inside C (a slice or a search per word would not show as calls), the
best of a few CPU timings of the two sizes are compared in this one process.  Quadratic work grows
sixteen times; the limits leave room for the constant part of the work and for noise.
"""

from __future__ import annotations

import sys
import time

import pytest

from quotes import Extractor
from quotes.model import Document
from quotes.report import render_report
from tests.conftest import GOLDEN

SIZE = 6_000  # characters of the smaller input; the larger has four times as many
MAX_CALLS_RATIO = 5.0
MAX_TIME_RATIO = 8.0

PATTERNS = {
    "quotation marks among words": 'word " ',
    "curly marks among words": "“word ” word “ ",
    "many quotations in one sentence": "“Word word,” ",
    "quotations and attributions": "“Word word,” he said, ",
    "runs of said": "said ",
    "runs of commas": "word, ",
    "runs of capitalised words": "Word ",
    "nested speech": "he said that ",
    "according to": "according to a ",
    "weekdays": "Tuesday ",
    "hyphenated compounds": "- of - claims ",
    "relative clauses": "Washington who said that ",
    "abbreviations": "’ I Sen. ",
    "pronouns and names": "I that on she claims \" , ",
    "names and titles": "per John John former the I ",
    "a person named again and again": "Smith said that it was so, ",
    "a titled name again and again": "Sen. John Smith told Mr. Smith that ",
    # the rules of issue 16, joined in: each asked once per source or participle
    "the company said again and again": "Acme Corp rallied on Monday. The company said the shares would rise. ",
    "participles after reported content": "Mayor Tom Hale said the city would wait, adding ",
    "quotations after colons": "Smith spoke: “We will win,” and then: ",
    # the rules of 2026-12-06: each looks a bounded way back or ahead
    "absolute phrases": "he said his voice breaking with emotion ",
    "demonstrative that": "he said that was so and ",
}


def repeated(unit: str, size: int) -> str:
    return "A story about the talks.\n" + (unit * (size // len(unit) + 1))[:size] + " he said.\n"


def one_line(size: int) -> str:
    articles = " ".join(path.read_text(encoding="utf-8").replace("\n", " ") for path in sorted(GOLDEN.glob("*.txt")))
    return (articles * (size // len(articles) + 1))[:size]


INPUTS = {name: (lambda size, unit=unit: repeated(unit, size)) for name, unit in PATTERNS.items()}
INPUTS["a whole article on one line"] = one_line
# an opening subordinate clause before runs of `said`: the look back for the comma closing it
INPUTS["an opening clause, then runs of said"] = lambda size: "A story.\nWhen " + ("said " * (size // 5 + 1))[:size]


def calls(work) -> int:
    count = 0

    def counted(frame, event, argument):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(counted)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def best_time(work, repeat: int = 3) -> float:
    # this process's CPU time, not the wall clock: on a loaded machine the wall clock also counts
    # the time other processes hold the core (ratios of 8-14x for linear work at load 10 on 2 cores)
    times = []
    for _ in range(repeat):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize("name", INPUTS)
def test_four_times_the_input_is_about_four_times_the_work(name, extractor):
    small, large = INPUTS[name](SIZE), INPUTS[name](4 * SIZE)

    def extraction(text):
        return lambda: extractor.extract(text)

    def report(text):
        document = Document(text, "case.txt")
        found = extractor.extract(text)
        return lambda: render_report([(document, found)])

    extractor.extract(large)  # caches of word readings filled, as over an archive
    for what, work in (("extraction", extraction), ("report", report)):
        work(small)(), work(large)()  # what is done once (a module loaded, a text folded) is not counted
        steps = calls(work(large)) / calls(work(small))
        assert steps <= MAX_CALLS_RATIO, f"{name}: {what} made {steps:.1f}x the calls for 4x the input"
        seconds = best_time(work(large)) / max(best_time(work(small)), 1e-4)
        assert seconds <= MAX_TIME_RATIO, f"{name}: {what} took {seconds:.1f}x the time for 4x the input"


# Work done in C over a slice of the sentence (a set test over every word before the cue) counts
# as one call whatever the slice's length: at the sizes above a scan per cue hides among the rules'
# per-cue work. Sentences made of cues, four times longer: quadratic there is ~11x the time for 4x.
LONG_SIZE = 25_000


@pytest.mark.parametrize("name", ["quotations and attributions", "runs of said"])
def test_a_long_sentence_of_cues_costs_about_four_times_for_four_times_the_input(name, extractor):
    small, large = INPUTS[name](LONG_SIZE), INPUTS[name](4 * LONG_SIZE)
    extractor.extract(large)
    seconds = best_time(lambda: extractor.extract(large)) / best_time(lambda: extractor.extract(small))
    assert seconds <= MAX_TIME_RATIO, f"{name}: extraction took {seconds:.1f}x the time for 4x the input"

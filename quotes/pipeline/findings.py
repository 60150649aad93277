"""Findings stated: a document's or an organisation's finding verb (`the study found`,
`Statistics Canada estimates`, `A poll was released. It found that …`) reports a statement; a
person's finding by itself (`he found that`) does not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..regexes import LazyPattern
from .readings import company_shaped

if TYPE_CHECKING:
    from .complements import Found
    from .sentence import SentenceReader


def documents_only(reader: SentenceReader, record: Found) -> bool:
    """The cue is a bare verb only a document's finding takes (`show`, rule_words
    `document_finding_verbs`): no person's statement, no organisation's by itself."""
    return record.cue[1] - record.cue[0] == 1 and reader.low(record.cue[0]) in reader.lexicon.lists[
        "document_finding_verbs"]


def states_a_finding(reader: SentenceReader, record: Found) -> bool:
    """A finding verb (`found`, `estimates`, `shows`) whose subject is a document (`the study`,
    `an August report`) or a named organisation (`Statistics Canada`, `the PBO`)."""
    lexicon = reader.lexicon
    if reader.low(record.cue[0]) not in lexicon.words["finding_verb"] or record.source is None:
        return False
    words = record.source.text.split()
    head = words[-1].lower().strip(",.")
    if len(words) == 1 and head in ("it", "they"):
        return _after_research(reader)  # "A poll was released Monday. It found that …"
    for index, word in enumerate(words[1:], 1):  # "a report from the agency": the head before "from"
        if word.lower() in ("from", "by", "of", "for", "in", "on"):
            head = words[index - 1].lower()
            break
    if head in lexicon.words["document_noun"] or head in lexicon.lists["body_nouns"]:
        return True  # "the study", "the government estimated"
    if documents_only(reader, record):
        return False  # "the reality TV show", "RealClearPolitics shows": only a document shows
    named = [w for w in words if w[:1].isupper()]
    return bool(named) and named[-1] == words[-1] and (
        head in lexicon.org_heads or (words[-1].isupper() and len(words[-1]) >= 2)
        or " ".join(named) in lexicon.organisations or " ".join(named) in lexicon.outlets
        or company_shaped(named[-1], lexicon)  # "TransLink estimates"
        or (len(named) >= 2 and named[-1] in lexicon.countries and named[0] not in lexicon.given_names))
        # "Statistics Canada estimated": a national body


def _after_research(reader: SentenceReader) -> bool:
    """The sentence before this one names a study, a poll or researchers, or says someone studied
    something (rule_words `research_words`): what `it`/`they` finds is theirs."""
    start = reader.sentence.span.start
    before = reader.text[max(0, start - _RESEARCH_REACH):start]
    last_stop = max(before.rfind(". ", 0, len(before) - 2), before.rfind(".\n", 0, len(before) - 2))
    research = reader.lexicon.lists["research_words"]
    return any(word in research for word in _WORD.findall(before[last_stop + 1:].lower()))


_RESEARCH_REACH = 400  # characters: one sentence back, or most of one
_WORD = LazyPattern(r"\p{L}+")

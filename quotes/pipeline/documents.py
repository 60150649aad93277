"""Documents as sources: a report, study or survey speaks for its author (`a survey by the Levada
Center`, `the Bank of Canada’s Monetary Policy Report`, `the report said` after its writer)."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from ..model import SpeakerType
from ..names.spelling import fold
from ..regexes import LazyPattern
from .context import Speaker, last_speaker_of, organisation_name, person_speaker, without_article
from .mentions import ORGANIZATION, PERSON, gerund_modifier
from .organisations import organisation_anaphor
from .patterns import WEB_NAME, bounded, may_follow
from .tokens import strip_possessive

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from ..model import Span
    from .context import Context


def document_head(source: Span, lexicon: Lexicon) -> tuple[int, int, str] | None:
    """The document noun heading a source phrase (start, end, word): in lower case inside it (a
    capitalised `Survey` is part of a name), or its first word opening a sentence (`Research
    conducted for …`). The nouns are the lexicon's `document_noun` class."""
    text = source.text
    nouns = _document_nouns(lexicon.words["document_noun"])
    # a noun between word boundaries is a whole run of word characters (a noun is letters only):
    # the first run that is a noun is what a search for `\b(?:noun|noun|…)\b` finds, without
    # compiling that alternation of every noun
    head = next((run for run in _WORD_RUN.finditer(text) if run.group() in nouns), None)
    if head is None and text[:1].isupper():
        head = _WORD_RUN.match(text[:1].lower() + text[1:])
        head = head if head is not None and head.group() in nouns else None
    return (source.start + head.start(), source.start + head.end(), head.group()) if head else None


@functools.lru_cache(maxsize=4)
def _document_nouns(nouns: frozenset[str]) -> frozenset[str]:
    """The document nouns written in letters only (a run of word characters can be one of them)."""
    return frozenset(noun for noun in nouns if noun.isalpha())


_WORD_RUN = LazyPattern(r"\w+")  # the word characters between two word boundaries (``\b``)


def document_source(source: Span, words: Sequence[str], context: Context) -> Speaker | None:
    """The author of a document source; ``the study`` is the author of the last study with one."""
    head = document_head(source, context.lexicon)
    speaker = _document_author(source, words, context, head)
    if head is not None and speaker is not None and speaker.name is not None:
        context.documents.append((source.start, head[2], speaker))
    return speaker


def _document_author(source: Span, words: Sequence[str], context: Context,
                     head: tuple[int, int, str] | None) -> Speaker | None:
    """A report, study or survey speaks for its author: the one named in the phrase (`a survey by
    the Levada Center`, `Civic Action’s study`, `an August PBO report`), else the organisation that
    spoke last (`the study found`, after `a new study from Civic Action says`); never a place the
    phrase merely mentions (`the exit polls in New Hampshire`)."""
    text = context.text
    head_start, head_end = head[:2] if head else (source.end, source.end)
    author_from = (_AUTHOR_BY.search(text, head_end, source.end)  # "a survey of listed clubs by CTV News"
                   or _AUTHOR_AFTER.search(text, head_end, source.end))
    for mention, entity in reversed(context.index.within(source.start, source.end)):
        if _published_in(text, max(source.start, mention.span.start - 40), mention.span.start):
            continue  # "a study published in The Lancet": the journal printed it, its authors wrote it
        before_head = mention.span.end <= head_start
        after_by = author_from is not None and mention.span.start >= author_from.end()
        outlet = entity.kind == ORGANIZATION and entity.canonical in context.lexicon.outlets  # "a report in the Globe"
        if not (before_head or after_by or outlet) or mention.in_quotation:
            continue
        agent = _POSSESSED_AGENT.match(text, mention.span.end, source.end)
        if entity.kind == PERSON and agent and fold(agent.group(1)) in context.lexicon.agent_heads:
            return Speaker(None, SpeakerType.UNNAMED, confidence=0.7)  # "a statement from Premier Doug Ford’s office"
        if entity.kind == PERSON:
            return person_speaker(entity, 0.8)
        return Speaker(organisation_name(entity.canonical, context), SpeakerType.ORGANIZATION, confidence=0.8)
    described = _described_owner(source, words, context)
    if described is not None:  # "The association’s written submission", "the company’s annual report"
        return described
    owner = _website_owner(source, head_end, context) if head is not None else None
    if owner is not None:  # "a report on Canadian Pacific Railway's website"
        return owner
    # the capitalised words right before the head: "an August PBO report", "the Civic Action study"
    modifiers: list[str] = []
    before = [strip_possessive(w).strip(",.") for w in text[source.start:head_start].split()]
    for position in range(len(before) - 1, -1, -1):
        word = before[position]
        if (not word[:1].isupper() or fold(word) in context.lexicon.words["time"]
                or (position == 0 and context.writes_in_lower_case(word))  # "Civic" mid-phrase is a name's word
                or (position == 0 and gerund_modifier(word, context.lexicon))  # "Lobbying records"
                or fold(word) in context.lexicon.function_words):
            break
        modifiers.insert(0, word)
    if author_from is None and not modifiers and head is not None:
        # each pattern below opens with spaces and one of a few words: asked only where one follows
        filer = _PERSON_BY_AFTER_SOURCE.match(text, source.end) if may_follow(text, source.end, _FILED) else None
        person = next((e for _, e in context.index.within(filer.end(), filer.end() + BYLINE_REACH)
                       if e.kind == PERSON), None) if filer is not None else None
        if person is not None:  # "a report filed by RCMP reconstructionist Cpl. Douglas Green"
            return person_speaker(person, 0.8)
        byline = ((_AUTHOR_AFTER_SOURCE.match(text, source.end)  # "a study released Monday by Civic Action"
                   if may_follow(text, source.end, _RELEASED) else None)
                  or (_SUBJECT_THEN_AUTHOR.match(text, source.end)  # "a survey of listed clubs by CTV News"
                      if may_follow(text, source.end, "of") else None))
        if byline is not None:
            name = regex.split(r"\.\s", byline.group("name"))[0].rstrip(".")  # not into the next sentence
            return Speaker(organisation_name(name, context), SpeakerType.ORGANIZATION, confidence=0.7)
    if author_from is not None:  # "a new study from Civic Action": a name no lexicon knows
        after = text[author_from.end():source.end].split()
        while after and fold(after[0]) in ("the", "a", "an"):
            after.pop(0)
        if _names_an_author(after, context.lexicon.lists["body_nouns"]):
            name = strip_possessive(" ".join(after)).strip(",.")
            return Speaker(organisation_name(name, context), SpeakerType.ORGANIZATION, confidence=0.7)
    if modifiers:  # "the Globe report", "an August PBO report"
        return Speaker(organisation_name(" ".join(modifiers), context), SpeakerType.ORGANIZATION, confidence=0.7)
    released = _released_by(source, context) if head is not None and not author_from else None
    if released is not None:  # "the PBO released a report that found …"
        return released
    if words and fold(words[0]) in ("the", "this", "that", "its") and head:
        written_in = _writer_of_last(head[2], source, context)
        if written_in is not None:  # "Philip Cross wrote in a recent report …. …, the report said"
            return written_in
        authored = _authored_before(source, context) if _DOCUMENT_NOUN.fullmatch(head[2]) else None
        if authored is not None:  # "A report by Acme Rail details …. The white paper said …"
            return authored
        titled = _titled_document_named(source, context)
        if titled is not None:  # "Canada’s Food Guide … the new food guide also suggests …"
            return titled
    if (
        words
        and fold(words[0]) in ("the", "this", "that", "its")
        and head
        and head[2] in context.lexicon.lists["authored_documents"]
    ):
        same_kind = next((author for position, kind, author in reversed(context.documents)
                          if position < source.start and kind == head[2]), None)
        if same_kind is not None:  # "the Civic Action study … numbers from Statistics Canada … the study found"
            return same_kind.no_surer_than(0.7)
        return last_speaker_of(source, context, (SpeakerType.ORGANIZATION,))  # "the study found"
    return None


def _names_an_author(words: Sequence[str], body_nouns: frozenset[str]) -> bool:
    """The words after `from` name an author no lexicon knows: `Civic Action`, `Halifax police`
    (a body noun after capitalised words), or a web address (`rentals.ca`)."""
    if len(words) == 1 and WEB_NAME.fullmatch(strip_possessive(words[0]).strip(",.")):
        return True
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or fold(w) in ("of", "and", "for", "the") for w in words[:-1]) and (
        words[-1][:1].isupper() or fold(words[-1]).strip(",.") in body_nouns)


def _described_owner(source: Span, words: Sequence[str], context: Context) -> Speaker | None:
    """A document whose possessor is an organisation described by its kind (`the association’s`,
    `the company’s`): the organisation `the association` means there (``organisation_anaphor``)."""
    if len(words) < 3 or fold(words[0]) != "the" or not words[1].islower() or strip_possessive(words[1]) == words[1]:
        return None
    found = organisation_anaphor(source, ["the", strip_possessive(words[1])], context)
    return found if found is not None and found.name is not None else None


def _website_owner(source: Span, head_end: int, context: Context) -> Speaker | None:
    """The organisation on whose website the document is, later in its sentence (`says a document
    titled … on Canadian Pacific Railway's website`), when the phrase named no author itself."""
    sentence = context.sentence_at(source.start)
    site = _ON_WEBSITE.search(context.text, head_end, sentence.end) if sentence is not None and context.text.find(
        "site", head_end, sentence.end) >= 0 else None  # the pattern's one word written as is: looked for first
    if site is None or _SENTENCE_STOP.search(context.text, source.end, site.start()):
        return None
    return Speaker(organisation_name(site.group("name"), context), SpeakerType.ORGANIZATION, confidence=0.7)


def _released_by(source: Span, context: Context) -> Speaker | None:
    """`the PBO released a report that found …`: the document is the object of a verb of
    publishing whose subject, a name, in the same sentence, is its author."""
    sentence = context.sentence_at(source.start)
    if sentence is None:
        return None
    before = context.text[sentence.start:source.start]  # a verb's stem, looked for before the pattern is asked
    verb = _PUBLISHED.search(context.text, sentence.start, source.start) if any(
        map(before.__contains__, _PUBLISHED_STEMS)) else None
    if verb is None:
        return None
    named = context.index.within(sentence.start, verb.start())
    if not named:
        acronym = _ACRONYM_BEFORE.search(context.text, sentence.start, verb.start())
        spelled = (context.acronyms.get(acronym.group(1)) or context.spelled_out(acronym.group(1))
                   if acronym is not None else None)
        return Speaker(spelled, SpeakerType.ORGANIZATION, confidence=0.7) if spelled else None  # "the PBO released"
    mention, entity = named[-1]
    if mention.in_quotation or mention.span.end < verb.start() - 2:
        return None  # the name must be the verb's subject, right before it
    if _AFTER_PREPOSITION.search(context.text, sentence.start, mention.span.start):
        return None  # "The Holocaust Memorial Museum in Washington issued": a place, not the subject's head
    if entity.kind == PERSON:
        return person_speaker(entity, 0.7)
    return Speaker(organisation_name(entity.canonical, context), SpeakerType.ORGANIZATION, confidence=0.7)


_AFTER_PREPOSITION = LazyPattern(r"\b(?:in|of|at|from|for|on|with|near)\s+(?:the\s+)?$")
_ACRONYM_BEFORE = LazyPattern(r"\b(\p{Lu}{2,})\s+$")
_PUBLISHED = LazyPattern(r"\b(?:released|publishes|published|issued|issues|releases|unveiled|unveils|produced|"
                         r"put\s+out)\s+(?:a|an|its|their|his|her)?\s*(?:new\s+)?$")
_PUBLISHED_STEMS = ("releas", "publish", "issue", "unveil", "produced", "put")  # one is in each verb above


# lower case: a capitalised "Survey" is part of a name ("the U.S. Geological Survey")
_ON_WEBSITE = LazyPattern(r"\bon\s+(?:the\s+)?(?P<name>\p{Lu}[\p{L}&.’'-]*(?:\s+\p{Lu}[\p{L}&.’'-]*){0,5})"
                          r"(?:’s|'s)?\s+(?:web\s?site|site)\b")
_SENTENCE_STOP = LazyPattern(r"[.;!?]\s")  # not past the sentence a document's phrase is in
_AUTHOR_AFTER = LazyPattern(r"\b(?:by|from|of)\b", regex.IGNORECASE)
_AUTHOR_BY = LazyPattern(r"\bby\b", regex.IGNORECASE)
_PUBLISHED_IN = LazyPattern(r"\b(?:published|appearing|appeared)\s+(?:\p{Ll}+\s+)?in\s+(?:the\s+)?(?:journal\s+)?$",
                            regex.IGNORECASE)


def _published_in(text: str, start: int, end: int) -> bool:
    """Whether ``_PUBLISHED_IN`` is found between ``start`` and ``end``, asked only where a
    case-folded `publ` or `appear` is (every letter a case-blind pattern reads as one of these
    folds to it), so mostly never."""
    window = text[start:end].casefold()
    return ("publ" in window or "appear" in window) and _PUBLISHED_IN.search(text, start, end) is not None

_SUBJECT_THEN_AUTHOR = LazyPattern(
    r"\s+of(?:\s+\p{Ll}[\p{L}-]*){1,4}\s+by\s+(?:the\s+)?"
    r"(?P<name>\p{Lu}[\p{L}.’'&-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}.’'&-]*){0,6})")
# past the source phrase: "[a study] which is being released Monday by Civic Action", "[a report] published by the
# IMF", "[research] conducted for the Women's Media Center" (who commissioned it)
_POSSESSED_AGENT = LazyPattern(r"(?:’s|'s)?\s+(\p{Ll}+)")  # "Ford’s office": whose office speaks
_CITED = LazyPattern(r"\baccording\s+to\s+(?:[\p{L}\d’'-]+\s+){0,3}$")  # "according to the complaint"
_PERSON_BY_AFTER_SOURCE = LazyPattern(r"\s+(?:filed|written|authored|signed|submitted|prepared)\s+by\s+")
_FILED = ("filed", "written", "authored", "signed", "submitted", "prepared")  # the words after its spaces
BYLINE_REACH = 60  # characters after "filed by" in which the person who filed it is named
_AUTHOR_AFTER_SOURCE = LazyPattern(
    r"(?:\s+(?:which|that)\s+(?:is|was|were|are|has\s+been|had\s+been)(?:\s+being)?)?"
    r"\s+(?:released|published|issued|conducted|commissioned|prepared|produced|compiled|done|written)"
    r"(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+(?:this|last|next)\s+\p{Ll}+|\s+\p{Ll}+ly)?"
    r"\s+(?:by|from|for)\s+(?:the\s+)?(?P<name>\p{Lu}[\p{L}.’'&-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}.’'&-]*){0,6})")
# the words an ``_AUTHOR_AFTER_SOURCE`` match may have after its first spaces
_RELEASED = ("which", "that", "released", "published", "issued", "conducted", "commissioned", "prepared", "produced",
             "compiled", "done", "written")


def titled_document(source: Span, context: Context) -> Speaker | None:
    """A document's title as the source: `Canada’s Food Price Report` (a title naming a place, not
    its author: the document itself), `the Bank of Canada’s Monetary Policy Report` (its author)."""
    if not source.text.endswith(_TITLED_ENDINGS):
        return None  # the title's last word is one of these (most sources end otherwise): no match to try
    if "’" not in source.text and "'" not in source.text:
        return None  # no possessive (`a Morning Consult Poll`): the pattern needs one, no compile nor call
    titled = _TITLED_DOCUMENT.fullmatch(source.text)
    if titled is None:
        return None
    owner = titled.group("owner")
    lexicon = context.lexicon
    if owner in lexicon.countries or owner in lexicon.us_states or owner in lexicon.metonyms:
        return Speaker(titled.group("name"), SpeakerType.ORGANIZATION, confidence=0.7)
    return Speaker(organisation_name(owner, context), SpeakerType.ORGANIZATION, confidence=0.7)


# a document's title: a possessor, then capitalised words ending in a document noun
_TITLED_DOCUMENT = LazyPattern(
    r"(?:the\s+)?(?P<name>(?P<owner>\p{Lu}[\p{L}.]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.]*)*)[’']s?\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}"
    r"(?:Report|Survey|Study|Index|Review|Audit|Outlook|Forecast|Census|Guide|Poll))")
_TITLED_ENDINGS = ("Report", "Survey", "Study", "Index", "Review", "Audit", "Outlook", "Forecast", "Census", "Guide",
                   "Poll")


def _writer_of_last(noun: str, source: Span, context: Context) -> Speaker | None:
    """The speaker of a quote whose own sentence last named a ``noun`` ("report") before
    ``source``, when that sentence is newer than any other mention of one (`…,” economist Philip
    Cross wrote in a recent report for …`)."""
    window_start = max(0, source.start - DOCUMENT_REACH)
    last = None
    for found in bounded(context.text, noun, window_start, source.start):  # no pattern compiled per noun
        if context.content_holding(found) is None:  # "in the report" said by someone names no writer
            # written in ("wrote in a recent report"), not cited ("he said, according to the complaint")
            last = None if _CITED.search(context.text, max(0, found - 40), found) else found
    if last is None:
        return None
    sentence = context.sentence_at(last)
    if sentence is None:
        return None
    speaker = context.person_by_sentence.get(sentence.start)
    return speaker.no_surer_than(0.6) if speaker is not None else None


def _authored_before(source: Span, context: Context) -> Speaker | None:
    """`the report`, `the white paper`: the author of the last document the writer said someone
    wrote, within DOCUMENT_REACH (`a report by Acme Rail`, `Acme Rail published a report`, `Acme
    Rail’s report`), found in one pass over the article."""
    def index() -> tuple[list[int], list[str]]:
        ends, authors = [], []
        for pattern in (_DOCUMENT_BY_AUTHOR, _AUTHOR_ISSUED_DOCUMENT):
            for found in pattern.finditer(context.text):
                possessive = found.group("author").endswith(("’s", "'s")) or context.text.startswith(
                    ("’s", "'s"), found.end("author"))  # "by the State Department’s inspector general"
                if not possessive and context.content_holding(found.start()) is None:
                    ends.append(found.end())
                    authors.append(found.group("author"))
        order = sorted(range(len(ends)), key=ends.__getitem__)
        return [ends[i] for i in order], [authors[i] for i in order]

    ends, authors = context.keep("authored documents", index)
    at = bisect.bisect_right(ends, source.start) - 1
    if at < 0 or source.start - ends[at] > DOCUMENT_REACH:
        return None
    author = authors[at]
    person = context.people_by_name.get(author)
    if person is not None:
        return person_speaker(person, 0.6)
    return Speaker(organisation_name(author, context), SpeakerType.ORGANIZATION, confidence=0.6)


_DOCUMENT_NOUNS = r"(?:reports?|papers?|stud(?:y|ies)|surveys?|reviews?|audits?|analys[ie]s|assessments?)"
_DOCUMENT_NOUN = LazyPattern(_DOCUMENT_NOUNS)
_AUTHOR_NAME = r"(?P<author>\p{Lu}[\p{L}’'&-]*(?:[ ]+(?:of[ ]+|and[ ]+|for[ ]+)?\p{Lu}[\p{L}’'&-]*){0,6})"
_DOCUMENT_BY_AUTHOR = LazyPattern(
    rf"\b{_DOCUMENT_NOUNS}\s+(?:\p{{Ll}}+\s+){{0,3}}?(?:by|from)\s+(?:the\s+)?{_AUTHOR_NAME}")
_AUTHOR_ISSUED_DOCUMENT = LazyPattern(
    rf"(?<![\p{{L}}.’'&-]){_AUTHOR_NAME}[ ]+(?:has[ ]+|had[ ]+)?"
    rf"(?:published|released|issued|commissioned|produced|posted)\s+"
    rf"(?:a|an|its|their)\s+(?:[\p{{Ll}}-]+\s+){{0,3}}{_DOCUMENT_NOUNS}\b")


def _titled_document_named(source: Span, context: Context) -> Speaker | None:
    """`the new food guide`: the document the article named with capitals (`Canada’s Food Guide`)."""
    tail = [w for w in without_article(source.text).split() if w.isalpha()][-2:]
    if len(tail) < 2 or any(w[:1].isupper() for w in tail):
        return None
    phrase = " ".join(w.capitalize() for w in tail)
    start = max(0, source.start - 20 * DOCUMENT_REACH)
    if context.text.find(phrase, start, source.start) < 0:
        return None  # every match holds the phrase as written: where it is absent, no pattern made nor walked
    named = None
    pattern = rf"(?:\p{{Lu}}[\p{{L}}.]*[’']s?\s+)?(?:\p{{Lu}}[\p{{L}}]*\s+)*{regex.escape(phrase)}\b"
    for found in regex.finditer(pattern, context.text, pos=start, endpos=source.start):
        named = found
    if named is None:
        return None
    sentence = context.sentence_at(named.start())
    author = next((speaker for position, _, speaker in reversed(context.documents)
                   if sentence is not None and sentence.start <= position < sentence.end), None)
    if author is not None:  # "a document titled White Paper: … on Canadian Pacific Railway's website"
        return author.no_surer_than(0.6)
    return Speaker(named.group(), SpeakerType.ORGANIZATION, confidence=0.6)


DOCUMENT_REACH = 1500  # characters back in which "the report" looks for the one it means

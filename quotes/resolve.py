"""Speaker resolution: from each candidate's source mention to the named person (SPEC §3).

Names resolve through the entity index; pronouns to the current speaker or the most recent
fitting person; role descriptions to the person the article gave that role; quotes without a
source of their own take their neighbour's speaker.  What cannot be resolved keeps its mention,
gets ``speaker: null`` and a low confidence — never a guess dressed as a fact.
"""

from __future__ import annotations

import bisect
import functools
from typing import Iterator, Sequence

import attrs
import regex

from .analysis import EMPTY, Analysis
from .coref import Entity, EntityIndex, fold, visible
from .detect import Candidate
from .reader import Layout
from .lexicon import Lexicon
from .mentions import ORGANIZATION, PERSON, NameMention
from .model import Quote, Span, SpeakerType
from .segment import strip_possessive

PRONOUNS_MALE = frozenset({"he", "him", "his"})
PRONOUNS_FEMALE = frozenset({"she", "her"})
PRONOUNS_PLURAL = frozenset({"they", "them", "we"})
PRONOUN_REACH = 3
_HEAD_PREPOSITIONS = frozenset("of for at with from in on by".split())
_JOINT = regex.compile(r"^(?:the )?(?:two|both)\b")
_ARTICLE = regex.compile(r"^(?:the|a|an)\s+", regex.IGNORECASE)
_ACRONYM = regex.compile(r"\p{Lu}{2,6}")
_PARENTHESISED_ACRONYM = regex.compile(r"\((\p{Lu}{2,6})\)")
_DESCRIPTION_WORD = regex.compile(r"[\p{L}.-]+(?:[’']s)?")
_NON_SUBJECT_END = regex.compile(r"\b(?:to|with|of|by|from|at|and|asked|told|met)\s*$")  # paragraphs a pronoun may look back for its antecedent


@attrs.frozen
class Speaker:
    name: str | None
    type: SpeakerType | None
    role: str | None = None
    confidence: float = 1.0
    entities: tuple[Entity, ...] = ()


UNRESOLVED = Speaker(None, SpeakerType.UNRESOLVED, confidence=0.3)


@attrs.define(slots=False)
class _Context:
    text: str
    layout: Layout
    index: EntityIndex
    lexicon: Lexicon
    mentions: Sequence[NameMention]
    analysis: Analysis
    history: list[tuple[int, Speaker]] = attrs.field(factory=list)  # (source position, speaker) so far
    documents: list[tuple[int, str, Speaker]] = attrs.field(factory=list)  # (position, head, author) so far

    def writes_in_lower_case(self, word: str) -> bool:
        """Whether the article writes ``word`` in lower case somewhere (`prosecutors`): a capitalised
        one opening a sentence is then a common word, not a name."""
        cache = self.__dict__.setdefault("_lower_case", {})
        low = word.lower()
        if low not in cache:
            cache[low] = regex.search(rf"(?<![\p{{L}}’'-]){regex.escape(low)}(?![\p{{L}}])", self.text) is not None
        return cache[low]

    @functools.cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.layout.paragraphs]

    @functools.cached_property
    def mention_starts(self) -> list[int]:
        return [m.span.start for m in self.mentions]

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.span.start for s in self.layout.sentences]

    def mention_range(self, position: int, *, reach: int) -> range:
        """Indices of the mentions starting before ``position`` and at most ``reach`` paragraphs back."""
        paragraph = self.paragraph_of(position)
        first_paragraph = self.layout.paragraphs[max(0, paragraph - reach)] if paragraph >= 0 else None
        low = bisect.bisect_left(self.mention_starts, first_paragraph.start) if first_paragraph else 0
        high = bisect.bisect_left(self.mention_starts, position)
        return range(low, high)

    def mentions_before(self, position: int, *, reach: int) -> Sequence[NameMention]:
        """Mentions starting before ``position`` and at most ``reach`` paragraphs back."""
        found = self.mention_range(position, reach=reach)
        return self.mentions[found.start:found.stop]

    def mentions_from(self, start: int, position: int) -> Sequence[NameMention]:
        """Mentions starting at ``start`` or later and before ``position``."""
        return self.mentions[bisect.bisect_left(self.mention_starts, start):
                             bisect.bisect_left(self.mention_starts, position)]

    @functools.cached_property
    def people_mentioned(self) -> list[int]:
        """Indices of the mentions that may be a pronoun's antecedent (``person_mentioned``)."""
        return [index for index in range(len(self.mentions)) if self.person_mentioned(index) is not None]

    def person_mentioned(self, index: int) -> tuple[int, Entity] | None:
        """(paragraph, person) of mention ``index`` when it may be an antecedent: a person, or a
        lone word coreference made one, outside quotations and photo credits; else None."""
        cache = self.__dict__.setdefault("_people", {})
        if index not in cache:
            mention = self.mentions[index]
            entity = self.index.by_mention_start.get(mention.span.start)
            usable = (not mention.in_quotation and mention.kind in (PERSON, "unknown")
                      and self.text[mention.span.end:mention.span.end + 1] != "/"  # "Lauren Pelley/CBC": a credit
                      and entity is not None and entity.kind == PERSON)
            cache[index] = (self.paragraph_of(mention.span.start), entity) if usable and entity else None
        return cache[index]

    def is_subject(self, index: int) -> bool:
        cache = self.__dict__.setdefault("_subjects", {})
        if index not in cache:
            cache[index] = _is_subject(self.mentions[index], self)
        return cache[index]

    def at_most_six_words(self, sentence: Span, end: int) -> bool:
        """Whether the sentence's text before ``end`` holds at most six words (``str.split``)."""
        cache = self.__dict__.setdefault("_seventh_words", {})
        if sentence.start not in cache:
            cache[sentence.start] = _seventh_word_start(self.text, sentence.start, sentence.end)
        seventh = cache[sentence.start]
        return seventh is None or end <= seventh

    def sentence_at(self, position: int) -> Span | None:
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        if index >= 0 and position < self.layout.sentences[index].span.end:
            return self.layout.sentences[index].span
        return None

    def described(self, text: str) -> "_Description":
        """Title words, nations and places of a role text, once per document (roles repeat)."""
        cache = self.__dict__.setdefault("_described", {})
        if text not in cache:
            cache[text] = _description_words(text, self.lexicon)
        return cache[text]

    @functools.cached_property
    def acronyms(self) -> dict[str, str]:
        """`Immigration, Refugees and Citizenship Canada (IRCC)`: acronym -> name, read once."""
        found: dict[str, str] = {}
        for match in _PARENTHESISED_ACRONYM.finditer(self.text):
            acronym = match.group(1)
            words = self.text[max(0, match.start() - 120) : match.start()].split()[-(len(acronym) + 2):]
            while words and (not words[0][:1].isupper() or words[0] == "The"):
                words.pop(0)  # the name starts at its first capitalised word
            if words:
                found.setdefault(acronym, " ".join(words).strip(" ,"))
        return found

    @functools.cached_property
    def _organisation_names(self) -> list[str]:
        names = {e.canonical for e in self.index.entities if e.kind == ORGANIZATION}
        # the lexicon's full form of a name, where the article writes it ("The Globe and Mail")
        names |= {full for n in names if (full := self.lexicon.organisations.get(n)) and full in self.text}
        return sorted(names, key=lambda n: (-len(n.split()), n))

    def longer_organisation(self, name: str) -> str:
        """The longest organisation name of the article whose words begin with ``name``'s."""
        words = fold(name).split()
        if not words:
            return name
        for candidate in self._organisation_names:
            folded = fold(candidate).split()
            if folded[:1] == ["the"] and words[:1] != ["the"]:
                folded = folded[1:]
            if len(folded) > len(words) and folded[: len(words)] == words:
                return candidate
        full = self.lexicon.organisations.get(name)
        return full if full and len(full) > len(name) and full in self.text else name

    def paragraph_of(self, position: int) -> int:
        index = bisect.bisect_right(self._paragraph_starts, position) - 1
        if index >= 0 and position <= self.layout.paragraphs[index].end:
            return self.layout.paragraphs[index].index
        return -1


def resolve(
    candidates: Sequence[Candidate],
    *,
    text: str,
    layout: Layout,
    index: EntityIndex,
    mentions: Sequence[NameMention],
    lexicon: Lexicon,
    analysis: Analysis = EMPTY,
) -> list[Quote]:
    context = _Context(text, layout, index, lexicon, mentions, analysis)
    speakers: list[Speaker | None] = [None] * len(candidates)
    # first pass: everything with a source of its own, in order (pronouns need earlier speakers)
    for position, candidate in enumerate(candidates):
        if candidate.testimony:
            speakers[position] = Speaker(None, SpeakerType.UNNAMED, confidence=0.85)  # "the court heard that …"
        elif candidate.source is not None:
            speaker = resolve_mention(candidate.source, context)
            speakers[position] = speaker
            if speaker.name is not None:
                context.history.append((candidate.source.start, speaker))
    # second pass: quotes with no source take their neighbour's speaker; a pull quote its original's
    _from_neighbours(candidates, speakers)
    for position, candidate in enumerate(candidates):
        if candidate.echo_of is not None:
            speakers[position] = _echoed_speaker(candidates, speakers, candidate.echo_of)
    return [_quote(candidate, speaker or UNRESOLVED) for candidate, speaker in zip(candidates, speakers)]


def _echoed_speaker(candidates: Sequence[Candidate], speakers: Sequence[Speaker | None], start: int) -> Speaker:
    """The speaker of the quote a pull quote repeats (the record holding that quotation)."""
    for candidate, speaker in zip(candidates, speakers):
        if candidate.echo_of is None and candidate.content.start <= start < candidate.content.end:
            return speaker or UNRESOLVED
    return UNRESOLVED


def _quote(candidate: Candidate, speaker: Speaker) -> Quote:
    confidence = round(candidate.confidence * speaker.confidence, 3)
    return Quote(
        content=candidate.content,
        kind=candidate.kind,
        speaker=visible(speaker.name) if speaker.name else speaker.name,  # names are output without soft hyphens
        speaker_type=speaker.type,
        speaker_role=visible(speaker.role) if speaker.role else speaker.role,
        mention=candidate.source,
        cue=candidate.cue,
        confidence=confidence,
        note=candidate.note,
    )


def _from_neighbours(candidates: Sequence[Candidate], speakers: list[Speaker | None]) -> None:
    """A quote with no source of its own (and no pull quote) takes the speaker of the nearest
    quote before it, up to two paragraphs back, that has a name or is unnamed (`“…,” one voter
    said. “…”`: the same voter, not a name further back); else of the nearest named one after
    it, in the same or the next paragraph.  Candidates are in document order, so paragraphs never
    decrease: the nearest fitting neighbour on each side is tracked, not searched for."""
    named_after = [len(candidates)] * (len(candidates) + 1)  # the first named speaker at or after each
    for position in range(len(candidates) - 1, -1, -1):
        speaker = speakers[position]
        named = speaker is not None and speaker.name is not None
        named_after[position] = position if named else named_after[position + 1]
    before = -1  # the last quote so far whose speaker a following one may take
    for position, here in enumerate(candidates):
        if speakers[position] is None and here.echo_of is None:
            speakers[position] = _neighbour(candidates, speakers, position, before, named_after[position + 1])
        speaker = speakers[position]
        if speaker is not None and (speaker.name is not None or speaker.type == SpeakerType.UNNAMED):
            before = position


def _neighbour(candidates: Sequence[Candidate], speakers: Sequence[Speaker | None], position: int,
               before: int, after: int) -> Speaker:
    here = candidates[position]
    previous = speakers[before] if before >= 0 else None
    if previous is not None and here.paragraph - candidates[before].paragraph <= 2:
        return attrs.evolve(previous, confidence=min(previous.confidence, 0.75))
    following = speakers[after] if after < len(candidates) else None
    if following is not None and candidates[after].paragraph - here.paragraph <= 1:
        return attrs.evolve(following, confidence=min(following.confidence, 0.6))
    return UNRESOLVED


# --------------------------------------------------------------------------- one mention


def resolve_mention(source: Span, context: _Context) -> Speaker:
    """The speaker a source mention names."""
    words = source.text.split()
    low = _without_contraction(fold(source.text).strip())
    chained = _from_coreference_chain(source, context)
    if chained is not None:
        return chained
    if low in ("who", "which"):
        return _relative_antecedent(source, context)
    if low in PRONOUNS_MALE | PRONOUNS_FEMALE:
        return _pronoun(source, context, "m" if low in PRONOUNS_MALE else "f")
    if low.replace("’", "'").split("'")[0] in ("i", "you"):
        return UNRESOLVED  # the writer or a reader ("I", "I'd"): never a name
    if low == "it":
        return _it(source, context)
    joint_mention = bool(_JOINT.match(low))
    if low in PRONOUNS_PLURAL or joint_mention:
        joint = _joint(source, context) if joint_mention else None
        if joint is not None:
            return joint
        return _plural(source, context)
    joint_names = _named_joint(source, context)
    if joint_names is not None:
        return joint_names
    if strip_possessive(_head(words)) in context.lexicon.words["document_noun"] and _DOCUMENT_HEAD.search(source.text):
        # before any name the phrase merely holds: "the exit polls in Nova Scotia" have no author
        return _document_source(source, words, context) or Speaker(None, SpeakerType.UNNAMED, confidence=0.5)
    # the name in the head phrase first: "Paul Krugman of the New York Times" is Krugman
    entity = context.index.at(source.start, _head_end(source))
    if entity is None or entity.kind != PERSON:
        entity = context.index.at(source.start, source.end)
    if entity is not None and entity.kind == PERSON:
        if not _names_another_source(source, entity, context):
            return _person(entity, 1.0)
        entity = None  # "Mrs. Clinton's campaign": the campaign speaks, not Mrs. Clinton
    anaphor = _organisation_anaphor(source, words, context)
    if anaphor is not None:
        return anaphor
    if _unnamed(words, context.lexicon) or (len(words) == 2 and fold(words[0]) in ("his", "her", "their")):
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.9)  # "her office said": the office, unnamed
    if _headed_by_organisation(words, context.lexicon):
        return Speaker(_organisation_name(_bare(source.text), context), SpeakerType.ORGANIZATION, confidence=0.85)
    described = _described_person(source, context)
    if described is not None:
        return described
    if entity is not None and entity.kind == ORGANIZATION and _heads_the_source(source, entity, words, context):
        return Speaker(_organisation_name(entity.canonical, context), SpeakerType.ORGANIZATION, confidence=0.9)
    if _organisation(source.text, context.lexicon):
        return Speaker(_organisation_name(_bare(source.text), context), SpeakerType.ORGANIZATION, confidence=0.85)
    bare = _bare(source.text)
    if _ACRONYM.fullmatch(strip_possessive(bare)) and strip_possessive(bare) in context.acronyms:
        return Speaker(context.acronyms[strip_possessive(bare)], SpeakerType.ORGANIZATION, confidence=0.85)
    if _AGED_DESCRIPTION.match(source.text) or _epithet(words, context.lexicon):
        # "the 26-year-old right wing said", "says the affable proprietor": the person just named
        described = _recent_subject(source, context)
        if described is not None:
            return described
    role_words = [w for w in (strip_possessive(w).lower() for w in bare.split()) if w in context.lexicon.title_words]
    if role_words and not set(role_words) <= context.lexicon.words["descriptor_title"]:
        # a role the article never ties to a name: "the Ohio governor" — not a name, not a guess
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.4)
    if role_words:  # "an actor in Dallas" is unnamed; "the gambling tycoon" is someone the text means but never ties
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.4) if _INDEFINITE.match(source.text) else UNRESOLVED
    words = bare.split()
    if words and any(w[:1].islower() for w in words[1:]):
        # "Other senators", "A school spokesman": capitalised only because it opens the sentence
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.4) if words[-1].endswith("s") else UNRESOLVED
    if len(words) == 1:  # "Democrats", "another", "Guccifer", "There"
        return _lone_word(bare, context) if bare[:1].isupper() else _group(words, context.lexicon) or UNRESOLVED
    if bare[:1].isupper() and len(words) <= 3:
        return _capitalised_words(bare, source, context)
    return UNRESOLVED


_AND = regex.compile(r"\s+(?:and|&)\s+")


def _named_joint(source: Span, context: _Context) -> Speaker | None:
    """`Antony Blinken and Sergei Lavrov said`, `Ana and Luis Ortega said`: every person named,
    joined with " and " (SPEC §3); a lone given name before a full name shares its surname."""
    found = list(_AND.finditer(source.text))
    if len(found) != 1:
        return None
    cut = found[0]
    left = (source.start, source.start + cut.start())
    right = (source.start + cut.end(), source.end)
    right_entity = context.index.at(*right)
    if right_entity is None or right_entity.kind != PERSON:
        return None
    left_entity = context.index.at(*left)
    left_text = context.text[left[0]:left[1]].strip()
    if left_entity is not None and left_entity.kind == PERSON and left_entity is not right_entity:
        names = [left_entity.canonical, right_entity.canonical]
    elif left_text.istitle() and " " not in left_text and len(right_entity.canonical.split()) >= 2 \
            and left_text in context.lexicon.given_names:
        names = [f"{left_text} {right_entity.canonical.split()[-1]}", right_entity.canonical]
    else:
        return None
    return Speaker(" and ".join(names), SpeakerType.PERSON, None, 0.8, (right_entity,))


def _capitalised_words(bare: str, source: Span, context: _Context) -> Speaker:
    """Two or three capitalised words no entity holds: a state (`New Hampshire`), a group (`Some
    Democrats`), a party member by place (`a New Hampshire Republican`), else a name the lexicons
    do not know."""
    lexicon = context.lexicon
    bare = _AGE.sub("", bare)  # "Haines, 44"
    words = bare.split()
    state = lexicon.us_states.get(bare)
    if state is not None:
        return Speaker(state, SpeakerType.ORGANIZATION, confidence=0.5)
    if words[0].lower() in lexicon.words["determiner"]:
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.5)  # "Some Democrats", "Other Republicans"
    if words[-1].lower() in lexicon.words["party_member"]:  # "a New Hampshire Republican"
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.4) if _INDEFINITE.match(source.text) else UNRESOLVED
    if _known_organisation(bare, source, context):
        return Speaker(_organisation_name(bare, context), SpeakerType.ORGANIZATION, confidence=0.6)
    return Speaker(bare, SpeakerType.PERSON, confidence=0.5)  # a name the lexicons don't know


def _known_organisation(name: str, source: Span, context: _Context) -> bool:
    """A name no lexicon knows that the article already treats as an organisation: an author it
    resolved as one, or the body of someone's title (`Sevaun Palvetzian, CEO of Civic Action`)."""
    if any(speaker.name == name and speaker.type == SpeakerType.ORGANIZATION
           for position, speaker in context.history if position < source.start):
        return True
    for found in regex.finditer(rf"\b(\p{{L}}+)\s+(?:of|at)\s+(?:the\s+)?{regex.escape(name)}\b", context.text):
        if fold(found.group(1)) in context.lexicon.title_words:
            return True
    return False


def _lone_word(word: str, context: _Context) -> Speaker:
    """A capitalised word standing alone as a source, with no entity: a group (`Democrats`), an
    outlet or acronym, a state, a common word (`There`, `Tuesday`, `Prosecutors` where the article
    also writes `prosecutors`), else a name the lexicons do not know (`Guccifer`)."""
    group = _group([word], context.lexicon)
    if group is not None:
        return group
    name = strip_possessive(word).strip(",")
    if fold(name) in context.lexicon.words["document_noun"] or fold(name) in context.lexicon.unnamed_heads:
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.5)  # "Reports say …", "Officials said …"
    if _not_a_name(name, context.lexicon):
        return UNRESOLVED  # "There were also reports …", "Tuesday on WTMJ …", "Conceding that …"
    state = context.lexicon.us_states.get(name.rstrip("."))
    if state is not None:
        return Speaker(state, SpeakerType.ORGANIZATION, confidence=0.5)  # a state, as a country would be
    if context.writes_in_lower_case(name):  # a common noun that opened the sentence
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.4) if name.endswith("s") else UNRESOLVED
    if name[:1].isupper():
        return Speaker(name, SpeakerType.PERSON, confidence=0.5)  # a name the lexicons don't know
    return UNRESOLVED


_CONTRACTION = regex.compile(r"(?<=^\p{L}+)['’](?:s|d|ll|re|ve|m)$")
_CONTRACTED_PRONOUNS = PRONOUNS_MALE | PRONOUNS_FEMALE | PRONOUNS_PLURAL | {"it", "i", "you"}


def _without_contraction(low: str) -> str:
    """`he’s`, `she'd`, `they're` -> the pronoun; other words unchanged."""
    bare = _CONTRACTION.sub("", low)
    return bare if bare in _CONTRACTED_PRONOUNS else low


def _not_a_name(word: str, lexicon: Lexicon) -> bool:
    """A lone capitalised word that the lexicons know as a function word, a date or a verb of saying."""
    low = word.lower()
    return low in lexicon.not_name_words or (
        low in lexicon.cue_forms and low.endswith(("ing", "ed")))  # "Asked", "Noting"; not "Post"


def _organisation_anaphor(source: Span, words: Sequence[str], context: _Context) -> Speaker | None:
    """`the department`, `the campaign`, `the newspaper`: the organisation of that kind named last
    (in the last few paragraphs, outside quotations); None when there is none to name.  `the
    company` and `the group` are left alone: the company meant is too often one the lexicons do
    not know, and the last organisation they do know is another (Exxon after the Bank of Japan)."""
    if len(words) != 2 or words[0].lower() != "the":
        return None
    head = strip_possessive(words[1]).lower()
    classes = context.lexicon.words
    if head in classes["org_anaphor_main"]:
        return _main_organisation(source, context)
    if head not in classes["org_anaphor_named"] and head not in classes["org_anaphor_outlet"]:
        return None
    lexicon = context.lexicon
    for mention in reversed(context.mentions_before(source.start, reach=PRONOUN_REACH)):
        entity = context.index.by_mention_start.get(mention.span.start)
        if mention.in_quotation or entity is None or entity.kind != ORGANIZATION:
            continue
        name = entity.canonical
        fits = name in lexicon.outlets if head in classes["org_anaphor_outlet"] else head in fold(name).split()
        if fits:
            return Speaker(_organisation_name(name, context), SpeakerType.ORGANIZATION, confidence=0.7)
    return None


def _main_organisation(source: Span, context: _Context) -> Speaker | None:
    """`the company said`, `the club said`: the organisation that spoke last, else the one the
    article has named most often so far (the story's company), known to the lexicons or not
    (`Tesla`, `SNC-Lavalin`); never a place, a nation or an outlet."""
    spoke = _last_speaker_of(source, context, (SpeakerType.ORGANIZATION,))
    if (spoke is not None and spoke.name is not None and spoke.name[:1].isupper()
            and fold(spoke.name) not in context.lexicon.words["group_noun"]):
        return spoke
    lexicon = context.lexicon
    counts: dict[str, list[int]] = {}
    for mention in context.mentions_before(source.start, reach=10_000):
        paragraph = context.paragraph_of(mention.span.start)
        if mention.in_quotation or paragraph >= 0 and context.layout.paragraphs[paragraph].headline:
            continue  # a headline's words ("ABSTRACT", "… Crashes Into Sea") name no company
        entity = context.index.by_mention_start.get(mention.span.start)
        name = entity.canonical if entity is not None else mention.name.text
        if entity is not None and entity.kind != ORGANIZATION or entity is None and mention.kind != "unknown":
            continue
        if (name in lexicon.countries or name in lexicon.metonyms or name in lexicon.outlets
                or lexicon.us_states.get(name) or _not_a_name(name, lexicon) or name in lexicon.given_names
                or fold(name) in lexicon.words["time"] or context.writes_in_lower_case(name)
                or not name[:1].isupper() or name.isupper() and not 2 < len(name) <= 5  # "AP", "ABSTRACT"
                or fold(name) + "s" in lexicon.words["group_noun"] or fold(name) in lexicon.demonyms):
            continue  # "Republican", "Canadian": a member of a group, no company
        counts.setdefault(name, []).append(mention.span.start)
    surnames = {fold(e.surname) for e in context.index.people()}
    counts = {name: starts for name, starts in counts.items() if fold(name) not in surnames}  # "Musk" is a person
    if not counts:
        return None
    best = max(counts, key=lambda n: (len(counts[n]), counts[n][-1]))
    return Speaker(_organisation_name(best, context), SpeakerType.ORGANIZATION, confidence=0.6)


def _document_source(source: Span, words: Sequence[str], context: _Context) -> Speaker | None:
    """The author of a document source; ``the study`` is the author of the last study with one."""
    head = _DOCUMENT_HEAD.search(context.text, source.start, source.end)
    speaker = _document_author(source, words, context)
    if head is not None and speaker is not None and speaker.name is not None:
        context.documents.append((source.start, head.group(), speaker))
    return speaker


def _document_author(source: Span, words: Sequence[str], context: _Context) -> Speaker | None:
    """A report, study or survey speaks for its author: the one named in the phrase (`a survey by
    the Levada Center`, `Civic Action’s study`, `an August PBO report`), else the organisation that
    spoke last (`the study found`, after `a new study from Civic Action says`); never a place the
    phrase merely mentions (`the exit polls in New Hampshire`)."""
    text = context.text
    head = _DOCUMENT_HEAD.search(text, source.start, source.end)
    head_start, head_end = (head.start(), head.end()) if head else (source.end, source.end)
    author_from = _AUTHOR_AFTER.search(text, head_end, source.end)
    for mention, entity in reversed(context.index.within(source.start, source.end)):
        before_head = mention.span.end <= head_start
        after_by = author_from is not None and mention.span.start >= author_from.end()
        outlet = entity.kind == ORGANIZATION and entity.canonical in context.lexicon.outlets  # "a report in the Globe"
        if not (before_head or after_by or outlet) or mention.in_quotation:
            continue
        if entity.kind == PERSON:
            return _person(entity, 0.8)
        return Speaker(_organisation_name(entity.canonical, context), SpeakerType.ORGANIZATION, confidence=0.8)
    modifiers = []  # the capitalised words right before the head: "an August PBO report", "the Civic Action study"
    before = [strip_possessive(w).strip(",.") for w in text[source.start:head_start].split()]
    for position in range(len(before) - 1, -1, -1):
        word = before[position]
        if (not word[:1].isupper() or fold(word) in context.lexicon.words["time"]
                or (position == 0 and context.writes_in_lower_case(word))  # "Civic" mid-phrase is a name's word
                or fold(word) in context.lexicon.function_words):
            break
        modifiers.insert(0, word)
    if author_from is None and not modifiers and head is not None:
        byline = _AUTHOR_AFTER_SOURCE.match(text, source.end)  # "a study released Monday by Civic Action"
        if byline is not None:
            name = regex.split(r"\.\s", byline.group("name"))[0].rstrip(".")  # not into the next sentence
            return Speaker(_organisation_name(name, context), SpeakerType.ORGANIZATION, confidence=0.7)
    if author_from is not None:  # "a new study from Civic Action": a name no lexicon knows
        after = text[author_from.end():source.end].split()
        while after and fold(after[0]) in ("the", "a", "an"):
            after.pop(0)
        if after and all(w[:1].isupper() or fold(w) in ("of", "and", "for", "the") for w in after):
            name = strip_possessive(" ".join(after)).strip(",.")
            return Speaker(_organisation_name(name, context), SpeakerType.ORGANIZATION, confidence=0.7)
    if modifiers:  # "the Globe report", "an August PBO report"
        return Speaker(_organisation_name(" ".join(modifiers), context), SpeakerType.ORGANIZATION, confidence=0.7)
    if words and fold(words[0]) in ("the", "this", "that", "its") and head and head.group() in _AUTHORED:
        same_kind = next((author for position, kind, author in reversed(context.documents)
                          if position < source.start and kind == head.group()), None)
        if same_kind is not None:  # "the Civic Action study … numbers from Statistics Canada … the study found"
            return attrs.evolve(same_kind, confidence=min(same_kind.confidence, 0.7))
        return _last_speaker_of(source, context, (SpeakerType.ORGANIZATION,))  # "the study found"
    return None


# lower case: a capitalised "Survey" is part of a name ("the U.S. Geological Survey")
_DOCUMENT_HEAD = regex.compile(r"\b(?:stud(?:y|ies)|reports?|surveys?|polls?|review|analysis|audit|research|data|"
                               r"figures|statistics|ruling|decision|judge?ment|investigation|inquiry|assessment|"
                               r"papers?|documents?|records|filings?|memo|letter|guide(?:lines)?|estimates|forecast|"
                               r"projections|census|findings|results|evidence|tests?|numbers)\b")
_AUTHORED = frozenset("study report survey poll review analysis audit investigation inquiry assessment paper ruling "
                      "decision".split())  # documents whose author "the study" may mean
_AUTHOR_AFTER = regex.compile(r"\b(?:by|from|of)\b", regex.IGNORECASE)
# past the source phrase: "[a study] which is being released Monday by Civic Action", "[a report] published by the IMF"
_AUTHOR_AFTER_SOURCE = regex.compile(
    r"(?:\s+(?:which|that)\s+(?:is|was|were|are|has\s+been|had\s+been)(?:\s+being)?)?"
    r"\s+(?:released|published|issued|conducted|commissioned|prepared|produced|compiled|done|written)"
    r"(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day|\s+(?:this|last|next)\s+\p{Ll}+|\s+\p{Ll}+ly)?"
    r"\s+(?:by|from)\s+(?:the\s+)?(?P<name>\p{Lu}[\p{L}.’'&-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}.’'&-]*){0,6})")


def _group(words: Sequence[str], lexicon: Lexicon) -> Speaker | None:
    """A lone capitalised word that is not a name: `Democrats`, `Russians`, `Another` (one of a
    group: unnamed), `DNC`, `POLITICO` (an acronym or outlet: an organisation)."""
    if len(words) != 1:
        return None
    word = strip_possessive(words[0]).strip(",.")
    low = word.lower()
    if low in lexicon.words["group_noun"]:
        return Speaker(None, SpeakerType.UNNAMED, confidence=0.6)
    if low.endswith("s") and low[:-1] in lexicon.demonyms:  # "the Saudis state": the country ("Cuban" may be a surname)
        return Speaker(lexicon.demonyms[low[:-1]], SpeakerType.ORGANIZATION, confidence=0.6)
    outlet = word[:1].isupper() and any(form in lexicon.outlets for form in (word.title(), f"The {word.title()}"))
    if outlet or _ACRONYM.fullmatch(word):  # "POLITICO", "Times", "DNC"
        return Speaker(word, SpeakerType.ORGANIZATION, confidence=0.5)
    return None


def _it(source: Span, context: _Context) -> Speaker:
    """`it said`: the organisation that spoke last, else unresolved (never a person)."""
    return _last_speaker_of(source, context, (SpeakerType.ORGANIZATION,)) or UNRESOLVED


def _mentions_inside(source: Span, entity: Entity, context: _Context) -> list[NameMention]:
    return [m for m, e in context.index.within(source.start, source.end) if e is entity]


def _names_another_source(source: Span, entity: Entity, context: _Context) -> bool:
    """The person's name inside ``source`` modifies its head, another source: `Mrs. Clinton's
    campaign`, `Cameron’s spokesman`, `Sanders’ aides`, `one Clinton aide`.  A possessor of
    something said (`Trump’s repeated claims`, `Ryan’s language`) is the speaker."""
    inside = _mentions_inside(source, entity, context)
    if not inside:
        return False
    before = source.text[: inside[0].span.start - source.start].split()
    if len(before) >= 2 and fold(before[-1]) in ("for", "to", "of") and fold(before[-2]) not in _RECORDINGS and any(
            w[:1].islower() and fold(w) not in ("for", "to", "of", "the", "a", "an") for w in before[:-1]):
        return True  # "a spokeswoman for Trudeau", "an adviser to Justin Trudeau": someone else speaks
    rest = source.text[inside[-1].span.end - source.start :].split()
    if not rest or rest[0].lower() in _HEAD_PREPOSITIONS or rest[0].lower() in ("and", "or", ",", "-", "—", "–"):
        return False  # "Robert Gordon of Northwestern University", "Hawkins and others": the person is a head
    head = strip_possessive(_head(rest))
    return head in context.lexicon.agent_heads or head in context.lexicon.title_words  # "top foreign [policy adviser]"


_RECORDINGS = frozenset("clip video recording tape footage audio transcript excerpt".split())  # "a clip of McCain"


def _heads_the_source(source: Span, entity: Entity, words: Sequence[str], context: _Context) -> bool:
    """The organisation is the source unless the head noun, outside its name, is one of its people
    or someone's thing on it: `a Kremlin spokesman`, `the president of Judicial Watch`, `Verizon
    executives`, `her Twitter account` (`The New Hampshire Union Leader`, `a CNN poll` are its own)."""
    lexicon = context.lexicon
    head = strip_possessive(_head(words))
    if not (head in lexicon.title_words or head in lexicon.unnamed_heads or head in lexicon.words["possessed_agent"]
            or head in lexicon.words["of_an_organisation"]):
        return True
    inside = [m for m in _mentions_inside(source, entity, context) if m.span.end <= source.end]
    return bool(inside) and head in {strip_possessive(w).strip(",.") for w in fold(inside[-1].span.text).split()}


_AGE = regex.compile(r",\s*\d{1,3}$")
_INDEFINITE = regex.compile(r"(?i)(?:a|an|one|another|some)\s")
_APPOSITIVE_GAP = regex.compile(r"(?:’s|'s)?,\s+(?:the|a|an|his|her|its|their)\s[^,.;:“”\"()]*,\s*")
APPOSITIVE_REACH = 250  # characters back from a relative "who" to the person an appositive describes
_WORD_OFFSETS = regex.compile(r"\S+")


def _head_end(source: Span) -> int:
    """Where the head phrase of a source ends: at its first preposition (`… of the New York Times`)."""
    if " " not in source.text:
        return source.end  # "he", "Trump": most sources are one word
    for index, match in enumerate(_WORD_OFFSETS.finditer(source.text)):
        if index and fold(match.group()) in _HEAD_PREPOSITIONS:
            return source.start + match.start()
    return source.end


def _relative_antecedent(source: Span, context: _Context) -> Speaker:
    """`Jens Stoltenberg, who said …`: the name just before the relative pronoun, or the person
    before an appositive (`Scott Reed, the Chamber’s chief political strategist, who added …`)."""
    paragraph = context.mention_range(source.start, reach=0)
    near = bisect.bisect_left(context.mention_starts, source.start - APPOSITIVE_REACH)
    before = [m for m in context.mentions[max(paragraph.start, near):paragraph.stop] if m.span.end <= source.start]
    if fold(source.text) == "who":
        for mention in reversed(before):
            entity = context.index.by_mention_start.get(mention.span.start)
            if entity is not None and entity.kind == PERSON and _APPOSITIVE_GAP.fullmatch(
                    context.text, mention.span.end, source.start):
                return _person(entity, 0.9)
    for mention in reversed([m for m in before if m.span.start >= source.start - 120]):
        entity = context.index.by_mention_start.get(mention.span.start)
        if entity is not None:
            if entity.kind == PERSON:
                return _person(entity, 0.9)
            return Speaker(_organisation_name(entity.canonical, context), SpeakerType.ORGANIZATION, confidence=0.8)
        if mention.kind == "unknown":
            speaker = _lone_word(mention.name.text, context)
            if speaker is not UNRESOLVED:
                return speaker
    return UNRESOLVED


def _from_coreference_chain(source: Span, context: _Context) -> Speaker | None:
    """With a coreference backend: the named person of the chain holding this mention."""
    chain = context.analysis.chain_of(source.start, source.end)
    if chain is None:
        return None
    for mention in sorted(chain, key=lambda m: (m.start >= source.start, abs(m.start - source.start))):
        if mention.start == source.start:
            continue
        entity = context.index.at(mention.start, mention.end)
        if entity is not None and entity.kind == PERSON:
            return _person(entity, 0.9)
    return None


def _person(entity: Entity, confidence: float, *entities: Entity) -> Speaker:
    return Speaker(entity.canonical, SpeakerType.PERSON, entity.role, confidence, (entity, *entities))


def _bare(text: str) -> str:
    text = _ARTICLE.sub("", text.strip())
    return text.strip(" ,.")


def _head(words: Sequence[str]) -> str:
    """The head noun of a source phrase: the word before its first preposition
    (`a member of the delegation`, `a spokesman for the embassy`), else the last word."""
    lowered = [fold(w).strip(",.") for w in words]
    for index in range(1, len(lowered)):
        if lowered[index] in _HEAD_PREPOSITIONS:
            return lowered[index - 1]
    return lowered[-1] if lowered else ""


def _unnamed(words: Sequence[str], lexicon: Lexicon) -> bool:
    """`officials`, `a member of the Russian delegation`, `Talkers`: sources the text leaves unnamed."""
    return bool(words) and _head(words) in lexicon.unnamed_heads


def _headed_by_organisation(words: Sequence[str], lexicon: Lexicon) -> bool:
    """`Russia’s foreign ministry`, `the French presidency`: named as written."""
    return bool(words) and strip_possessive(_head(words)) in lexicon.org_heads


def _organisation(text: str, lexicon: Lexicon) -> bool:
    bare = _bare(text)
    stripped = strip_possessive(bare)
    if stripped in lexicon.countries or stripped in lexicon.organisations or stripped in lexicon.metonyms:
        return True
    return strip_possessive(_head(bare.split())) in lexicon.org_heads


def _organisation_name(name: str, context: _Context) -> str:
    """An organisation's fullest name in the article: `IRCC` -> `Immigration, Refugees and
    Citizenship Canada` when the article spells it out; `Globe` -> `The Globe and Mail`, `Acme` ->
    `Acme Holdings` (a short form of a longer name the article uses); `the province's Department
    of Community Services` -> `Department of Community Services` (the name, not its description)."""
    name = strip_possessive(name)
    if _ACRONYM.fullmatch(name):
        return context.acronyms.get(name, name)
    words = name.split()
    if len(words) > 2 and not words[0][:1].isupper():
        capitalised = next((i for i, w in enumerate(words) if w[:1].isupper() and not w.endswith(("’s", "'s"))), None)
        if capitalised is not None and len(words) - capitalised >= 2:
            name = " ".join(words[capitalised:])
    return context.longer_organisation(name)


# --------------------------------------------------------------------------- pronouns and roles


def _people_before(position: int, context: _Context) -> Iterator[tuple[int, Entity, bool]]:
    """People mentioned before ``position`` outside quotations, the newest first:
    (start, entity, whether the mention is a clause subject).  Callers stop at the first fit."""
    paragraph = context.paragraph_of(position)
    within = context.mention_range(position, reach=PRONOUN_REACH)
    people = context.people_mentioned
    mentions = context.mentions
    for at in range(bisect.bisect_left(people, within.stop) - 1, -1, -1):
        index = people[at]
        if index < within.start:
            break
        mentioned_in, entity = context.person_mentioned(index)
        if paragraph - mentioned_in > PRONOUN_REACH:
            continue
        if mentioned_in != paragraph and context.layout.paragraphs[mentioned_in].caption:
            continue  # a person in a photo caption is not who "he" in the story is
        yield mentions[index].span.start, entity, context.is_subject(index)


_NEXT_WORD = regex.compile(r"(?:,\s*\d{1,3},)?\s+(\p{Ll}+)")  # after an age appositive too: "Harold Adams, 76, recalls"
_CONTRACTED_VERB = regex.compile(r"\s+(?:been|going|got|gotten|not|never|always|also|just|still|already|now|done|had)\b")


def _is_subject(mention: NameMention, context: _Context) -> bool:
    if mention.span.text.endswith(("’s", "'s", "’", "'")) and not _CONTRACTED_VERB.match(context.text, mention.span.end):
        return False  # "Mr. Trump's comments": the possessor only modifies the subject ("Christie's been" does not)
    following = _NEXT_WORD.match(context.text, mention.span.end)
    if following and following.group(1) in context.lexicon.agent_heads:
        return False  # "the Obama administration made …": the name modifies the subject
    if following and following.group(1) in context.lexicon.cue_forms and following.group(1) not in _QUESTION_FORMS:
        return True  # "…, Foster believes.": the subject of its own attribution ("when Tapper asked" is a question)
    sentence = context.sentence_at(mention.span.start)
    if sentence is None:
        return False
    text, start, end = context.text, sentence.start, mention.span.start
    if _ASKED_CLAUSE.match(text, start, end):
        return False  # "Asked what he would tell John Tory, he said": a name inside the question
    return not _ends_with_non_subject(text, start, end) and context.at_most_six_words(sentence, end)


def _ends_with_non_subject(text: str, start: int, end: int) -> bool:
    """``_NON_SUBJECT_END`` searched in ``text[start:end]``, looking only at its last words."""
    space = end
    while space > start and _SPACE.match(text, space - 1):
        space -= 1
    return _NON_SUBJECT_END.search(text, max(start, space - _LONGEST_NON_SUBJECT_WORD), end) is not None


_SPACE = regex.compile(r"\s")
_LONGEST_NON_SUBJECT_WORD = 5  # "asked"
# every character for which str.isspace() holds: what str.split() splits on
_STR_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
               "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_SPLIT_WORD = regex.compile(f"[^{regex.escape(_STR_SPACES)}]+")


def _seventh_word_start(text: str, start: int, end: int) -> int | None:
    """Where the seventh ``str.split`` word of ``text[start:end]`` starts; None with fewer words."""
    for count, word in enumerate(_SPLIT_WORD.finditer(text, start, end), 1):
        if count == 7:
            return word.start()
    return None


_ASKED_CLAUSE = regex.compile(r"(?i)(?:when\s+|after\s+being\s+|if\s+)?asked\b")
_QUESTION_FORMS = frozenset("ask asks asked asking wonder wonders wondered wondering inquire inquired query queried".split())
_AGED_DESCRIPTION = regex.compile(r"(?i)the\s+\d{1,3}\s*-\s*year\s*-\s*old\b")


def _epithet(words: Sequence[str], lexicon: Lexicon) -> bool:
    """`the affable proprietor`, `the self-taught Cambridge resident`: a definite description of
    one person by what they are or do, not by an office (`the governor` is matched by its role)."""
    if len(words) < 2 or fold(words[0]) != "the" or any(fold(w) in ("of", "and", "or") for w in words):
        return False
    head = strip_possessive(fold(words[-1])).strip(",.")
    if not any(head in lexicon.words[cls] for cls in ("person_noun", "descriptor_title", "epithet_head")):
        return False
    modifiers = [fold(w) for w in words[1:-1]]
    if any(m in lexicon.words["party_member"] or m + "s" in lexicon.words["group_noun"] or m == "gop"
           for m in modifiers):
        return False  # "the GOP front-runner": one of several the article may name
    # a describing word marks a writer's epithet for someone named ("the retired neurosurgeon");
    # a bare "the investor", "the witness" is as often someone the text never names
    return any(w[:1].islower() for w in words[1:-1])


def _recent_subject(source: Span, context: _Context) -> Speaker | None:
    """The person a definite description refers back to: the newest subject, of either gender."""
    for _, entity, subject in _people_before(source.start, context):
        if subject:
            return _person(entity, 0.7)
    return None


def _pronoun(source: Span, context: _Context, gender: str) -> Speaker:
    last_position, last_speaker = next(
        ((pos, s) for pos, s in reversed(context.history) if pos < source.start and s.type == SpeakerType.PERSON),
        (-1, None),
    )
    newest_fitting = None  # the newest person of a fitting gender
    for start, entity, subject in _people_before(source.start, context):
        if entity.gender not in (None, gender):
            continue
        if newest_fitting is None:
            newest_fitting = entity
        if start <= last_position:
            break  # older than the last speaker: no newer subject follows
        if subject:
            return _person(entity, 0.8)  # a subject mentioned after the last speaker
    if last_speaker is not None and (not last_speaker.entities or last_speaker.entities[0].gender in (None, gender)):
        if context.paragraph_of(source.start) - context.paragraph_of(last_position) <= PRONOUN_REACH:
            return attrs.evolve(last_speaker, confidence=0.85)
    if newest_fitting is not None:
        return _person(newest_fitting, 0.6)
    return UNRESOLVED


def _joint(source: Span, context: _Context) -> Speaker | None:
    """`both answered`, `the two superpowers said`: the two people just mentioned."""
    chosen: list[Entity] = []
    for _, entity, _ in _people_before(source.start, context):
        if entity not in chosen:
            chosen.append(entity)
        if len(chosen) == 2:
            break
    if len(chosen) < 2:
        return None
    chosen.sort(key=lambda e: e.mentions[0].span.start)
    return Speaker(" and ".join(e.canonical for e in chosen), SpeakerType.PERSON, None, 0.7, tuple(chosen))


def _plural(source: Span, context: _Context) -> Speaker:
    """`they said`: the organisation or unnamed group that spoke last."""
    found = _last_speaker_of(source, context, (SpeakerType.ORGANIZATION, SpeakerType.UNNAMED))
    return found or Speaker(None, SpeakerType.UNNAMED, confidence=0.4)


def _last_speaker_of(source: Span, context: _Context, types: tuple[SpeakerType, ...]) -> Speaker | None:
    for pos, speaker in reversed(context.history):
        if pos < source.start and speaker.type in types:
            return attrs.evolve(speaker, confidence=min(speaker.confidence, 0.6))  # never surer than its antecedent
    return None


@attrs.frozen
class _Description:
    titles: frozenset[str]  # "governor", "gov."
    nations: frozenset[str]  # countries, from demonyms and names: "Russia"
    places: frozenset[str]  # other capitalised qualifiers: "new", "jersey"
    past: bool = False  # "former", "then-": not part of the title, but a former holder is another person

    def expanded_titles(self, lexicon: Lexicon) -> frozenset[str]:
        return self.titles | {lexicon.title_abbreviations[t] for t in self.titles if t in lexicon.title_abbreviations}


def _description_words(text: str, lexicon: Lexicon) -> _Description:
    """Title words, nationality (country) and place words of a role description."""
    titles: set[str] = set()
    nations: set[str] = set()
    places: set[str] = set()
    past = False
    for word in _DESCRIPTION_WORD.findall(text):
        bare = strip_possessive(word)
        low = bare.lower()
        if low in lexicon.words["role_time"]:
            past = past or low in lexicon.words["role_past"]
            continue
        state = lexicon.party_state(bare)
        if state is not None:  # "Sen. (I-Vt.)": a senator of Vermont
            places.update(state.lower().split())
            continue
        prefix, hyphen, rest = low.partition("-")
        if hyphen and prefix in lexicon.words["role_time"]:  # "then-Secretary", "ex-president"
            past = past or prefix in lexicon.words["role_past"]
            bare, low = bare[len(prefix) + 1:], rest
        if low in lexicon.demonyms:
            nations.add(lexicon.demonyms[low])
        elif bare in lexicon.countries:
            nations.add(lexicon.countries[bare])
        elif bare in lexicon.metonyms:
            nations.add(lexicon.metonyms[bare])
        elif bare[:1].isupper() and low not in lexicon.title_parts and low not in lexicon.title_abbreviations:
            places.add(low)  # "New Jersey" of "the New Jersey governor"
        elif low not in ("the", "a", "an", "of", "and"):
            titles.add(low)
    return _Description(frozenset(titles), frozenset(nations), frozenset(places), past)


def _described_person(source: Span, context: _Context) -> Speaker | None:
    """`the secretary of state`, `The Russian president`, `Russia’s foreign minister`."""
    lexicon = context.lexicon
    described = context.described(source.text)
    titles, nations, places = described.titles, described.nations, described.places
    if not titles or not titles <= lexicon.title_parts:
        return None
    best: tuple[int, int, Entity] | None = None
    for entity in context.index.people():
        last = -2  # where the entity was last mentioned before the source, once it is needed
        for role_text in dict.fromkeys(entity.roles):  # a role repeats with every titled mention
            role = context.described(role_text)
            role_nations = role.nations
            if places and not places <= role.places:
                continue  # "the New Jersey governor": the role must name New Jersey too
            # "Gov." is a governor only where a place or nation ties the two ("the senator" alone does not)
            if not titles <= (role.expanded_titles(lexicon) if places or nations else role.titles):
                continue
            if nations and role_nations and not nations & role_nations:
                continue
            if described.past and not role.past:
                continue  # "the former president" is not the one introduced as "President Obama"
            quality = (2 if nations & role_nations or not nations else 1) + 2 * (described.past == role.past)
            if last == -2:
                starts = entity.mention_starts
                before = bisect.bisect_left(starts, source.start)
                last = starts[before - 1] if before else -1
            if last >= 0 and (best is None or (quality, last) > best[:2]):
                best = (quality, last, entity)
    if best is None:
        return None
    return _person(best[2], 0.85)

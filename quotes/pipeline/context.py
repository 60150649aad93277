"""What resolution knows of one document: ``Context``, ``Speaker`` and shared helpers."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import regex

from ..model import SpeakerType
from ..names.organisations import made_adjective
from ..names.spelling import fold
from ..once import once
from ..regexes import LazyPattern
from .acronyms import parenthesised_acronyms, spelled_out
from .mentions import ORGANIZATION
from .subjecthood import is_clause_subject, seventh_word_start
from .tokens import WordAnswers, strip_possessive

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..lexicon import Lexicon
    from ..model import Span
    from .article import Article
    from .coref import Entity, EntityIndex
    from .mentions import NameMention


PRONOUN_REACH = 3
ROLE_REACH_CHARS = 3000  # characters before a pronoun in which a described role is looked for
MAX_PRONOUN_CHAIN = 10  # paragraphs a chain of pronouns may carry a person over


_ARTICLE = LazyPattern(r"^(?:the|a|an)\s+", regex.IGNORECASE)
ACRONYM = LazyPattern(r"\p{Lu}{2,6}")
_DESCRIPTION_WORD = LazyPattern(r"[\p{L}.-]+(?:[’']s)?")
@attrs.frozen
class Speaker:
    name: str | None
    type: SpeakerType | None
    role: str | None = None
    confidence: float = 1.0
    entities: tuple[Entity, ...] = ()

    def with_confidence(self, confidence: float) -> Speaker:
        """This speaker with another confidence: what ``attrs.evolve`` makes, without its walk
        over the fields (a speaker is carried over this way for most pronouns and neighbours)."""
        return Speaker(self.name, self.type, self.role, confidence, self.entities)

    def no_surer_than(self, confidence: float) -> Speaker:
        """This speaker, its confidence lowered to ``confidence`` if above it (``min``, as a test)."""
        return self.with_confidence(confidence if confidence < self.confidence else self.confidence)


UNRESOLVED = Speaker(None, SpeakerType.UNRESOLVED, confidence=0.3)
DESCRIBED_KEPT = 4096  # role descriptions kept for the lexicon (``Context.described``), then forgotten at once
_DESCRIBED = WordAnswers(kept=DESCRIBED_KEPT)  # role text -> ``Description``, for the last lexicon

_Kept = TypeVar("_Kept")
_START, _SPAN_START, _BOILERPLATE = (operator.attrgetter(a) for a in ("start", "span.start", "boilerplate"))


@attrs.define(slots=False)
class Context:
    text: str
    article: Article
    index: EntityIndex
    lexicon: Lexicon
    mentions: Sequence[NameMention]
    analysis: Analysis
    history: list[tuple[int, Speaker]] = attrs.field(factory=list)  # (source position, speaker) so far
    documents: list[tuple[int, str, Speaker]] = attrs.field(factory=list)  # (position, head, author) so far
    contents: list[tuple[int, int]] = attrs.field(factory=list)  # every candidate's content span, in order
    organisation_speakers: set[str] = attrs.field(factory=set)  # names resolved as organisations so far
    person_by_sentence: dict[int, Speaker] = attrs.field(factory=dict)  # sentence start -> a named speaker there
    _kept: dict[str, Any] = attrs.field(factory=dict, init=False)  # per-article state of the rules (``keep``)

    def keep(self, name: str, make: Callable[[], _Kept]) -> _Kept:
        """The article's ``name`` state of a resolution rule (an index, a tally, a cache), made
        by ``make`` on first use: a rule of another module keeps what it learns about this
        article here, not in module globals and not in attributes of its own invention."""
        if name not in self._kept:
            self._kept[name] = make()
        return self._kept[name]  # type: ignore[no-any-return]

    def content_holding(self, position: int) -> tuple[int, int] | None:
        """The candidate content (``contents``) starting last at or before ``position``, if it holds it."""
        index = bisect.bisect_right(self.contents, (position, 1 << 62)) - 1
        if index >= 0 and self.contents[index][0] <= position < self.contents[index][1]:
            return self.contents[index]
        return None

    def role_described_between(self, start: int, end: int) -> bool:
        """A title after an article between two positions (`the French ambassador …`): someone the
        names did not catch may be whom a pronoun after them means."""
        words = [word.lower().strip(",.") for word in self.text[max(start, end - ROLE_REACH_CHARS):end].split()]
        heads = self.lexicon.title_heads
        return any(word in heads and any(w in ("the", "a", "an") for w in words[max(0, i - 3):i])
                   for i, word in enumerate(words))

    def writes_in_lower_case(self, word: str) -> bool:
        """Whether the article writes ``word`` in lower case somewhere (``Article.writes_in_lower_case``)."""
        return self.article.writes_in_lower_case(word)

    # the per-article columns below are read in C (``attrgetter``, ``accumulate``): no bytecode per item
    @once
    def paragraph_starts(self) -> list[int]:
        return list(map(_START, self.article.paragraphs))

    @once
    def mention_starts(self) -> list[int]:
        return list(map(_SPAN_START, self.mentions))

    @once
    def _sentence_starts(self) -> list[int]:
        return list(map(_SPAN_START, self.article.sentences))

    def mention_range(self, position: int, *, reach: int) -> range:
        """Indices of the mentions starting before ``position`` and at most ``reach`` paragraphs back."""
        paragraph = self.paragraph_of(position)
        numbers = self._story_numbers
        # back over ``reach`` story paragraphs and the boilerplate lines between them
        first = bisect.bisect_left(numbers, numbers[paragraph] - reach) if paragraph >= 0 else 0
        first_paragraph = self.article.paragraphs[first] if paragraph >= 0 else None
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

    def is_subject(self, index: int) -> bool:
        cache = self.__dict__.setdefault("_subjects", {})
        if index not in cache:
            cache[index] = is_clause_subject(self.mentions[index], self)
        return cache[index]

    def at_most_six_words(self, sentence: Span, end: int) -> bool:
        """Whether the sentence's text before ``end`` holds at most six words (``str.split``)."""
        cache = self.__dict__.setdefault("_seventh_words", {})
        if sentence.start not in cache:
            cache[sentence.start] = seventh_word_start(self.text, sentence.start, sentence.end)
        seventh = cache[sentence.start]
        return seventh is None or end <= seventh

    def sentence_at(self, position: int) -> Span | None:
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        if index >= 0 and position < self.article.sentences[index].span.end:
            return self.article.sentences[index].span
        return None

    def named_in(self, span: Span) -> list[tuple[int, Entity]]:
        """(mention index, entity) of the names outside quotations within ``span``, in order."""
        first = bisect.bisect_left(self.mention_starts, span.start)
        last = bisect.bisect_left(self.mention_starts, span.end)
        return [(index, entity) for index in range(first, last) if not self.mentions[index].in_quotation
                and (entity := self.index.by_mention_start.get(self.mentions[index].span.start)) is not None]

    def sentence_before(self, sentence: Span) -> Span | None:
        """The sentence holding the last character before ``sentence`` (past the spaces and line
        breaks between); None when that character is in no sentence."""
        return self.sentence_at(len(self.text[:sentence.start].rstrip()) - 1)

    def described(self, text: str) -> Description:
        """Title words, nations and places of a role text, once per text for the lexicon (roles
        repeat through an article and across articles: `President`, `Sen.`)."""
        if (found := _DESCRIBED.get(self.lexicon, text)) is None:
            found = _DESCRIBED.put(self.lexicon, text, _description_words(text, self.lexicon))
        return found

    @once
    def acronyms(self) -> dict[str, str]:
        """`Immigration, Refugees and Citizenship Canada (IRCC)`: acronym -> name, read once."""
        return parenthesised_acronyms(self.text)

    def spelled_out(self, acronym: str) -> str | None:
        """`ECB` -> `European Central Bank` when the article writes a name whose capitalised words'
        initials are exactly the acronym's letters (`of`, `and`, `for`, `the` may stand between
        them), and only one such name; once per acronym."""
        cache = self.__dict__.setdefault("_spelled_out", {})
        if acronym not in cache:
            cache[acronym] = spelled_out(acronym, self.text)
        return cache[acronym]

    @once
    def folded_surnames(self) -> frozenset[str]:
        """The surnames of the article's people, folded (`Musk` is a person, no company)."""
        return frozenset(fold(e.surname) for e in self.index.people())

    @once
    def people_by_name(self) -> dict[str, Entity]:
        """The first person of the article with each canonical name."""
        found: dict[str, Entity] = {}
        for entity in self.index.people():
            found.setdefault(entity.canonical, entity)
        return found

    @once
    def _organisation_names(self) -> list[tuple[str, list[str], list[str]]]:
        """The article's organisation names, longest first, each with its words folded, and without
        a first `the` (``longer_organisation`` reads them for each name it is asked)."""
        names = {e.canonical for e in self.index.entities if e.kind == ORGANIZATION}
        # the lexicon's full form of a name, where the article writes it ("The Globe and Mail")
        names |= {full for n in names if (full := self.lexicon.organisations.get(n)) and full in self.text}
        # a name the article spells out before its acronym ("Institute of Fiscal Studies and
        # Democracy (IFSD)"), which the name runs may cut at its "and"
        names |= {name for name in self.acronyms.values() if name[:1].isupper()}
        return [(name, folded, folded[1:] if folded[:1] == ["the"] else folded)
                for name in sorted(names, key=lambda n: (-len(n.split()), n)) for folded in (fold(name).split(),)]

    def longer_organisation(self, name: str) -> str:
        """The longest organisation name of the article whose words begin with ``name``'s."""
        words = fold(name).split()
        if not words:
            return name
        with_the = words[0] == "the"  # read as written when the name has its `the` too
        for candidate, folded, without_the in self._organisation_names:
            folded = folded if with_the else without_the
            if len(folded) > len(words) and folded[: len(words)] == words:
                return candidate
        full = self.lexicon.organisations.get(name)
        return full if full and len(full) > len(name) and full in self.text else name

    def paragraph_start(self, position: int, *, back: int = 0) -> int:
        """Where the paragraph holding ``position`` starts (``back`` paragraphs earlier: where that
        one starts, or the text's start)."""
        starts = self.paragraph_starts
        return starts[max(bisect.bisect_right(starts, position) - 1 - back, 0)] if starts else 0

    def paragraph_of(self, position: int) -> int:
        index = bisect.bisect_right(self.paragraph_starts, position) - 1
        if index >= 0 and position <= self.article.paragraphs[index].end:
            return self.article.paragraphs[index].index
        return -1

    @once
    def _story_numbers(self) -> list[int]:
        """Each paragraph's number among the story's paragraphs: boilerplate lines (`Story continues
        below advertisement`) take the number of the paragraph after them and count for none."""
        numbers = list(accumulate(map(operator.not_, map(_BOILERPLATE, self.article.paragraphs)), initial=0))
        numbers.pop()  # the count after the last paragraph
        return numbers

    def pronoun_reach(self, position: int, gender: str) -> int:
        """How many story paragraphs back a `he`/`she` at ``position`` may find its person: the
        usual reach, and further while each paragraph just beyond it also says `he`/`his` (or
        `she`/`her`) outside quotations: the writer is still talking about the same person."""
        paragraphs = self.keep("paragraphs with " + gender, lambda: self._paragraphs_with_pronoun(gender))
        numbers = self._story_numbers
        here = self.paragraph_of(position)
        if here < 0:
            return PRONOUN_REACH
        reach = PRONOUN_REACH
        while reach < MAX_PRONOUN_CHAIN:
            beyond = bisect.bisect_left(numbers, numbers[here] - reach)  # the first paragraph at that distance
            if beyond >= here or numbers[beyond] not in paragraphs:
                break
            reach += 1
        return reach

    def _paragraphs_with_pronoun(self, gender: str) -> set[int]:
        """Story paragraph numbers holding a pronoun of ``gender`` outside quotations."""
        words = self.lexicon.lists["male_pronouns" if gender == "m" else "female_pronouns"]
        lower, quoted, numbers = self.article.tokens.lower, self.article.tokens.quoted, self._story_numbers
        return {numbers[sentence.paragraph] for sentence in self.article.sentences
                if not words.isdisjoint(lower[sentence.first:sentence.end])  # told in C first: most sentences
                and any(not quoted[i] and lower[i] in words for i in range(sentence.first, sentence.end))}

    def positions_apart(self, earlier: int, later: int) -> int:
        """``paragraphs_apart`` of the paragraphs holding two text positions."""
        return self.paragraphs_apart(self.paragraph_of(earlier), self.paragraph_of(later))

    def paragraphs_apart(self, earlier: int, later: int) -> int:
        """How many story paragraphs separate two paragraphs (indices of ``paragraph_of``):
        the distance a pronoun or a cue-less quotation reaches over, boilerplate lines not counted."""
        numbers = self._story_numbers
        return numbers[later] - numbers[earlier] if earlier >= 0 and later >= 0 else later - earlier


def person_speaker(entity: Entity, confidence: float, *entities: Entity) -> Speaker:
    return Speaker(entity.canonical, SpeakerType.PERSON, entity.role, confidence, (entity, *entities))


def without_article(text: str) -> str:
    text = text.strip()  # ``_ARTICLE`` needs one of its words' letters first (few sources have them)
    return (_ARTICLE.sub("", text) if text[:1] in ("t", "T", "a", "A") else text).strip(" ,.")


def head_noun(words: Sequence[str], lexicon: Lexicon) -> str:
    """The head noun of a source phrase: the word before its first preposition
    (`a member of the delegation`, `a spokesman for the embassy`), else the last word."""
    # each word folded where it is asked, not all of them first: most sources are a word or two
    if len(words) > 2 and words[-1].islower() and words[-2][:1].isupper():
        last = fold(words[-1]).strip(",.")
        if last in lexicon.unnamed_heads or last in lexicon.title_heads:
            return last  # "a Department for Education spokesperson": the name modifies the noun after it
    prepositions = lexicon.lists["head_prepositions"]
    for index in range(1, len(words)):
        if fold(words[index]).strip(",.") in prepositions:
            return fold(words[index - 1]).strip(",.")
    return fold(words[-1]).strip(",.") if words else ""


def organisation_name(name: str, context: Context) -> str:
    """An organisation's fullest name in the article: `IRCC` -> `Immigration, Refugees and
    Citizenship Canada` when the article spells it out; `Globe` -> `The Globe and Mail`, `Acme` ->
    `Acme Holdings` (a short form of a longer name the article uses); `the province's Department
    of Community Services` -> `Department of Community Services` and `Ottawa-based Acme Institute`
    -> `Acme Institute` (the name, not its description)."""
    name = strip_possessive(name)
    if ACRONYM.fullmatch(name):
        return context.acronyms.get(name) or context.spelled_out(name) or name
    words = name.split()
    modifier = [i for i, word in enumerate(words[:-1]) if made_adjective(word)]
    if modifier and words[modifier[-1] + 1][:1].isupper():
        words = words[modifier[-1] + 1:]  # "Ottawa-based Acme Institute" is the Acme Institute
        name = " ".join(words)
    if len(words) > 2 and not words[0][:1].isupper():
        capitalised = next((i for i, w in enumerate(words) if w[:1].isupper() and not w.endswith(("’s", "'s"))), None)
        if capitalised is not None and len(words) - capitalised >= 2:
            name = " ".join(words[capitalised:])
    return context.longer_organisation(name)


def last_speaker_of(source: Span, context: Context, types: tuple[SpeakerType, ...], *,
                    fits: Callable[[Speaker], bool] | None = None, within: int | None = None) -> Speaker | None:
    """The newest speaker before ``source`` of one of ``types`` that ``fits`` (at most ``within``
    paragraphs back when given), never surer than 0.6."""
    for pos, speaker in reversed(context.history):
        if pos >= source.start:
            continue
        if within is not None and context.positions_apart(pos, source.start) > within:
            return None
        if speaker.type in types and (fits is None or fits(speaker)):
            return speaker.no_surer_than(0.6)  # never surer than its antecedent
    return None


@attrs.frozen
class Description:
    titles: frozenset[str]  # "governor", "gov."
    nations: frozenset[str]  # countries, from demonyms and names: "Russia"
    places: frozenset[str]  # other capitalised qualifiers: "new", "jersey"
    past: bool = False  # "former", "then-": not part of the title, but a former holder is another person

    def expanded_titles(self, lexicon: Lexicon) -> frozenset[str]:
        return self.titles | {lexicon.title_abbreviations[t] for t in self.titles if t in lexicon.title_abbreviations}


def _description_words(text: str, lexicon: Lexicon) -> Description:
    """Title words, nationality (country) and place words of a role description."""
    titles: set[str] = set()
    nations: set[str] = set()
    places: set[str] = set()
    past = False
    role_time, role_past = lexicon.words["role_time"], lexicon.words["role_past"]
    demonyms, countries, metonyms = lexicon.demonyms, lexicon.countries, lexicon.metonyms
    for word in _DESCRIPTION_WORD.findall(text):
        bare = strip_possessive(word)
        low = bare.lower()
        if low in role_time:
            past = past or low in role_past
            continue
        if "-" in bare:  # a party-state tag and a time prefix both hold a hyphen (most words hold none)
            state = lexicon.party_state(bare)
            if state is not None:  # "Sen. (I-Vt.)": a senator of Vermont
                places.update(state.lower().split())
                continue
            prefix, _, rest = low.partition("-")
            if prefix in role_time:  # "then-Secretary", "ex-president"
                past = past or prefix in role_past
                bare, low = bare[len(prefix) + 1:], rest
        if low in demonyms:
            nations.add(demonyms[low])
        elif bare in countries:
            nations.add(countries[bare])
        elif bare in metonyms:
            nations.add(metonyms[bare])
        elif bare[:1].isupper() and low not in lexicon.title_parts and low not in lexicon.title_abbreviations:
            places.add(low)  # "New Jersey" of "the New Jersey governor"
        elif low not in ("the", "a", "an", "of", "and"):
            titles.add(low)
    return Description(frozenset(titles), frozenset(nations), frozenset(places), past)

"""Lexicons shipped as package data, loaded once per process with ``importlib.resources``.

Every file is versioned in its first comment line; the loaders skip ``#`` lines and blank lines.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from importlib import resources

import attrs
import regex

from .line_patterns import LinePatterns
from .regexes import LazyStandardPattern

DATA_PACKAGE = "quotes.data"
ROLE_KIND = "role_kind_"  # rule_words.tsv: role_kind_officer lists the titles of an officer


def _rows(filename: str) -> Iterator[list[str]]:
    text = resources.files(DATA_PACKAGE).joinpath(filename).read_text(encoding="utf-8")
    return split_rows(text.splitlines())


def split_rows(lines: Iterable[str]) -> Iterator[list[str]]:
    """The rows of a data file's lines: no blank line or `#` comment, each cut at its tabs, each
    field stripped."""
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield [column.strip() for column in line.split("\t")]


def _column(filename: str) -> frozenset[str]:
    return frozenset(row[0] for row in _rows(filename))


@attrs.frozen
class CueEntry:
    lemma: str
    forms: tuple[str, ...]
    frame: str
    cue_class: str  # "speech", "thinking" or "testimony" (`the court heard that …`: an unnamed witness)


@attrs.frozen(slots=False)
class Lexicon:
    """Everything the rule path knows about English attribution, as plain data.

    Not slotted: the derived tables below are cached in the instance's dict by
    ``functools.cached_property`` itself.  A slotted class would cache them through a
    missing-attribute hook (``__getattr__``) that attrs adds, and a class with one has every
    attribute read of its instances (the rules read the lexicon's hundreds of thousands of
    times per corpus) go through that hook's slower lookup instead of a specialised one."""

    cues: tuple[CueEntry, ...]
    titles: frozenset[str]
    honorifics: frozenset[str]
    abbreviations: frozenset[str]
    unnamed_heads: frozenset[str]
    boilerplate: regex.Pattern
    caption: LinePatterns
    given_names: dict[str, str]  # name -> gender m/f/u
    countries: dict[str, str]  # surface form (country, demonym or alias) -> country name
    demonyms: dict[str, str]  # lowercase demonym -> country name
    outlets: dict[str, str]  # surface form -> outlet name
    metonyms: dict[str, str]  # surface form -> what it stands for
    org_heads: frozenset[str]
    words: dict[str, frozenset[str]]  # closed word classes, see data/function_words.tsv
    title_abbreviations: dict[str, str] = attrs.field(factory=dict)  # "gov." -> "governor"
    us_states: dict[str, str] = attrs.field(factory=dict)  # "Vermont", "Vt" (AP abbreviation, no stop) -> "Vermont"
    us_state_codes: dict[str, str] = attrs.field(factory=dict)  # "VT" -> "Vermont"
    companies: dict[str, str] = attrs.field(factory=dict)  # surface form -> company name
    family_first_surnames: frozenset[str] = frozenset()  # "Xi", "Kim": written before the given name
    # the rules' own closed lists (rule_words.tsv): words, phrases (word sequences), endings
    lists: dict[str, frozenset[str]] = attrs.field(factory=dict)
    phrases: dict[str, frozenset[tuple[str, ...]]] = attrs.field(factory=dict)
    endings: dict[str, tuple[str, ...]] = attrs.field(factory=dict)

    @functools.cached_property
    def function_words(self) -> frozenset[str]:
        """Every word of every closed class in function_words.tsv."""
        return frozenset().union(*self.words.values())

    @functools.cached_property
    def not_name_words(self) -> frozenset[str]:
        """Closed-class words that are never a name standing alone (`There`, `Tuesday`, `Never`)."""
        return frozenset().union(*(self.words[cls] for cls in (
            "adverb", "determiner", "preposition", "time", "subject_pronoun", "auxiliary", "negation",
            "clause_boundary")))

    @functools.cached_property
    def organisations(self) -> dict[str, str]:
        """Outlets and companies: names that are an organisation wherever they stand."""
        return {**self.companies, **self.outlets}

    def us_state(self, abbreviation: str) -> str | None:
        """`Vt.`, `Vt`, `VT`, `Vermont` -> `Vermont`; None for anything else."""
        bare = abbreviation.rstrip(".")
        return self.us_states.get(bare) or self.us_state_codes.get(bare)

    def party_state(self, tag: str) -> str | None:
        """`I-Vt.`, `R-Texas`, `D-N.Y.` (a US party-state tag) -> the state; None for anything else."""
        party, hyphen, state = tag.partition("-")
        return self.us_state(state) if hyphen and party in ("D", "R", "I") else None

    @functools.cached_property
    def cue_forms(self) -> dict[str, tuple[CueEntry, ...]]:
        """Lowercase word form (or multiword phrase) -> the entries it may realise."""
        table: dict[str, list[CueEntry]] = {}
        for entry in self.cues:
            if entry.frame == "adjunct":
                continue  # `in a statement`: part of a cue's adjuncts, never a cue on its own
            for form in entry.forms:
                table.setdefault(form.lower(), []).append(entry)
        return {form: tuple(entries) for form, entries in table.items()}

    @functools.cached_property
    def prep_cue_openers(self) -> frozenset[str]:
        """First words of the `according to`-like cue forms (`according`, `as`, `in`, `per`): a cue
        starting with another word has no such entry."""
        return frozenset(form.lower().split()[0]
                         for entry in self.cues if entry.frame == "prep" for form in entry.forms)

    @functools.cached_property
    def prep_only_cue_forms(self) -> frozenset[str]:
        """Cue forms whose entries are all `according to`-like (`per`), looked for among the forms
        of such entries (a few: made at the first cue, so the first result waits for it)."""
        forms = {form.lower() for entry in self.cues if entry.frame == "prep" for form in entry.forms}
        return frozenset(form for form in forms if all(e.frame == "prep" for e in self.cue_forms[form]))

    @functools.cached_property
    def title_words(self) -> frozenset[str]:
        """Every word of every title, and the titles themselves."""
        return frozenset(w for t in self.titles for w in t.replace("-", " ").split()) | self.titles

    @functools.cached_property
    def people_words(self) -> frozenset[str]:
        """Words for a person: a title's words (`minister`, `coach`) and the person nouns (`resident`,
        `dad`, `supporter`)."""
        return self.title_words | self.words["person_noun"]

    @functools.cached_property
    def agent_heads(self) -> frozenset[str]:
        """Nouns naming someone other than a person whose name modifies them: `Clinton’s
        campaign`, `the Obama administration`, `a Cruz adviser`, `Sanders supporters`."""
        return self.words["possessed_agent"] | self.unnamed_heads | self.org_heads | self.title_heads

    @functools.cached_property
    def title_openers(self) -> frozenset[str]:
        """The first word of every title: `secretary` of `secretary of state`."""
        return frozenset(t.split(" ")[0] for t in self.titles)

    @functools.cached_property
    def title_parts(self) -> frozenset[str]:
        """Every space-separated word of every title: `secretary`, `of`, `state`."""
        return frozenset(w for t in self.titles for w in t.split())

    @functools.cached_property
    def cue_keys(self) -> frozenset[str]:
        """Words that may start a cue: single-word forms and first words of phrases."""
        return frozenset(self.cue_forms) | frozenset(self.phrase_lengths)

    @functools.cached_property
    def saying_idiom_ends(self) -> frozenset[str] | None:
        """The last word of every saying idiom (`say` of `as they say`): a run of words can end
        with one only when its last word is one of these (None: an idiom of one word, any may)."""
        idioms = self.endings["saying_idioms"]
        return None if any(" " not in idiom for idiom in idioms) else frozenset(i.rsplit(" ", 1)[1] for i in idioms)

    @functools.cached_property
    def phrase_openers_only(self) -> frozenset[str]:
        """First words of multiword cues that are no cue alone: `in`, `is`, `has`, `according`."""
        return frozenset(self.phrase_lengths) - frozenset(self.cue_forms)

    @functools.cached_property
    def phrase_opening_pairs(self) -> frozenset[tuple[str, str]]:
        """(first word, second word) of the multiword cues whose first word is no cue alone: two
        words of a text in this set may start a cue (`according to`, `is quoted`)."""
        return frozenset((first, second) for first in self.phrase_openers_only for second in self.phrase_seconds[first])

    @functools.cached_property
    def title_heads(self) -> frozenset[str]:
        """The last word of every title: `minister` of `foreign minister`."""
        return frozenset(t.split()[-1] for t in self.titles)

    @functools.cached_property
    def phrase_lengths(self) -> dict[str, tuple[int, ...]]:
        """First word of a multiword cue -> the word counts of cues starting with it, longest first."""
        lengths: dict[str, set[int]] = {}
        for form in self.cue_forms:
            words = form.split()
            if len(words) > 1:
                lengths.setdefault(words[0], set()).add(len(words))
        return {word: tuple(sorted(n, reverse=True)) for word, n in lengths.items()}

    @functools.cached_property
    def phrase_seconds(self) -> dict[str, frozenset[str]]:
        """First word of a multiword cue -> the second words it can go on with (a quick filter)."""
        seconds: dict[str, set[str]] = {}
        for form in self.cue_forms:
            words = form.split()
            if len(words) > 1:
                seconds.setdefault(words[0], set()).add(words[1])
        return {word: frozenset(following) for word, following in seconds.items()}

    @functools.cached_property
    def kin_forms(self) -> frozenset[str]:
        """The words naming relatives, one or several (`son`, `sons`): asked of each name's neighbours."""
        kin = self.lists["kin"]
        return kin | {word + "s" for word in kin}

    @functools.cached_property
    def estimate_openers(self) -> frozenset[str]:
        """The words an estimate can start with (`about`, `nearly`; `at` of `at least`): a word
        outside them starts none, so ``cues.approximate_figure`` answers no with one set test."""
        return self.lists["approximators"] | frozenset(phrase[0] for phrase in self.phrases["estimate_phrases"])

    @functools.cached_property
    def postmodifier_window_words(self) -> frozenset[str]:
        """The words one of which each shape of ``subject_with_postmodifier`` needs in its window: the
        prepositions of a workplace, the passive prepositions and the postmodifiers."""
        return frozenset(("with", "at", "from")) | self.lists["passive_prepositions"] | self.lists["postmodifiers"]

    @functools.cached_property
    def title_kinds(self) -> dict[str, list[str]]:
        """Title -> the kinds it is a title of (`sgt.` -> `officer`), from the ``role_kind_`` lists
        (rule_words.tsv: `role_kind_officer` lists an officer's titles); asked once per role."""
        table: dict[str, list[str]] = {}
        for name, titles in self.lists.items():
            if name.startswith(ROLE_KIND):
                for title in titles:
                    table.setdefault(title, []).append(name[len(ROLE_KIND):])
        return table

    @functools.cached_property
    def max_title_words(self) -> int:
        return max(len(title.split()) for title in self.titles)


def _cue_entries() -> tuple[CueEntry, ...]:
    entries = []
    for row in _rows("cues.tsv"):
        lemma, forms, frame, cue_class = (row + ["", "", "", ""])[:4]
        entries.append(
            CueEntry(
                lemma=lemma,
                forms=tuple(form.strip() for form in forms.split(",") if form.strip()) or (lemma,),
                frame=frame or "that",
                cue_class=cue_class or "speech",
            )
        )
    return tuple(entries)


def _caption_pattern() -> LinePatterns:
    return LinePatterns([row[0] for row in _rows("captions.txt")], regex.IGNORECASE)


def _boilerplate_pattern() -> regex.Pattern:
    alternatives = "|".join(f"(?:{row[0]})" for row in _rows("boilerplate.txt"))
    return regex.compile(rf"^(?:{alternatives})$", regex.IGNORECASE)


def _countries() -> tuple[dict[str, str], dict[str, str]]:
    surface: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for row in _rows("countries.tsv"):
        name, adjectives, aliases = (row + ["", ""])[:3]
        surface[name] = name
        for alias in filter(None, (a.strip() for a in aliases.split(","))):
            surface[alias] = name
        for adjective in filter(None, (a.strip() for a in adjectives.split(","))):
            if adjective.rstrip(".").replace(".", "").isupper():
                # "UN", "U.S.": kept as written; lower-cased, "Un" of "Kim Jong Un" would be a nation
                surface.setdefault(adjective, name)
                continue
            demonyms[adjective.lower()] = name
    return surface, demonyms


def _aliased(filename: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _rows(filename):
        name, aliases = (row + [""])[:2]
        table[name] = name
        for alias in filter(None, (a.strip() for a in aliases.split(","))):
            table.setdefault(alias, name)
    return table


@functools.cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon, read once per process."""
    countries, demonyms = _countries()
    return Lexicon(
        cues=_cue_entries(),
        titles=frozenset(title.lower() for title in _column("titles.txt")),
        honorifics=_column("honorifics.txt"),
        abbreviations=_column("abbreviations.txt"),
        unnamed_heads=_column("unnamed_sources.txt"),
        boilerplate=_boilerplate_pattern(),
        caption=_caption_pattern(),
        given_names=_given_names(),
        countries=countries,
        demonyms=demonyms,
        outlets=_aliased("outlets.tsv"),
        metonyms={row[0]: (row + [row[0]])[1] for row in _rows("metonyms.tsv")},
        org_heads=frozenset(head.lower() for head in _column("org_heads.txt")),
        words={row[0]: frozenset(row[1].split()) for row in _rows("function_words.tsv")},
        title_abbreviations={row[0]: row[1] for row in _rows("title_abbreviations.tsv")},
        us_states=_us_states(),
        us_state_codes={row[2]: row[0] for row in _rows("us_states.tsv")},
        companies=_aliased("companies.tsv"),
        family_first_surnames=_column("family_first_surnames.txt"),
        **_rule_words(),
    )


def _given_names() -> dict[str, str]:
    """Given name -> gender (m, f, or u when the row gives none), as ``_rows`` reads the file.
    Its 20,000 rows are read at every start-up (the first result waits for them): in the shape
    the file has, the table is made by C loops over the whole text (``_two_field_rows``); any
    other shape is read row by row (``given_name_rows``)."""
    text = resources.files(DATA_PACKAGE).joinpath("given_names.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    fast = _two_field_rows(lines)
    return fast if fast is not None else given_name_rows(lines)


def given_name_rows(lines: Iterable[str]) -> dict[str, str]:
    """Given name -> gender of the given-name file's lines, read row by row (``split_rows``)."""
    return {row[0]: (row + ["u"])[1] or "u" for row in split_rows(lines)}


# rows of two fields, each holding no space, split by one tab; the first opens with no `#`
_TWO_FIELD_ROWS = LazyStandardPattern(r"[^\s#]\S*\t\S+(?:\n[^\s#]\S*\t\S+)*")


def _two_field_rows(lines: list[str]) -> dict[str, str] | None:
    """The rows after the leading comment and blank lines as a dict, when every one of them is
    `field<tab>field` with both fields holding no space (``_TWO_FIELD_ROWS``: then stripping
    changes nothing and no row is blank or a comment); None for any other shape."""
    start = 0
    while start < len(lines) and (not lines[start].strip() or lines[start].startswith("#")):
        start += 1
    body = "\n".join(lines[start:])  # no line holds a line break of any kind (``str.splitlines``)
    if _TWO_FIELD_ROWS.fullmatch(body) is None:
        return None
    fields = body.replace("\n", "\t").split("\t")
    return dict(zip(fields[0::2], fields[1::2], strict=True))


def _rule_words() -> dict[str, dict]:
    """The rule word lists of ``rule_words.tsv`` by kind: ``lists``, ``phrases`` and ``endings``."""
    found: dict[str, dict] = {"lists": {}, "phrases": {}, "endings": {}}
    for name, kind, items in _rows("rule_words.tsv"):
        if kind == "words":
            found["lists"][name] = frozenset(items.split())
        elif kind == "phrases":
            found["phrases"][name] = frozenset(tuple(phrase.split()) for phrase in items.split(" | "))
        else:
            found["endings"][name] = tuple(items.split(" | "))
    return found


@functools.cache
def nicknames() -> dict[str, frozenset[str]]:
    """English diminutives and short forms (``nicknames.txt``) and the given names they stand for."""
    return {row[0].split()[0]: frozenset(row[0].split()[1:]) for row in _rows("nicknames.txt")}


def _us_states() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _rows("us_states.tsv"):
        name, abbreviation = row[:2]
        table[name] = name
        if abbreviation:
            table[abbreviation.rstrip(".")] = name
    return table

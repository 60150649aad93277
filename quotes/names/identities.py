"""``identify``'s work: people named in full clustered, bare surnames and joint sources placed."""

from __future__ import annotations

import collections
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .organisation_rows import OrganisationRows
from .organisations import merged, organisation_words
from .people import compatible, initials_of, joint_members, known_given_name, person_name, stray_word
from .rows import Group, Identities, Speaker, agreed_gender, bare_gender, by_prominence, mention_gender, prefer
from .spelling import fold, spelling_key

if TYPE_CHECKING:
    from .rows import Said


def identify(said: Sequence[Said]) -> Identities:
    """One row per person, organisation and joint source among the quotes of many articles.
    The same quotes give the same rows whatever their order."""
    return Identifier(said).run()


class Identifier(OrganisationRows):
    def __init__(self, said: Sequence[Said]):
        self.said = said
        self.kind: list[str | None] = [None] * len(said)
        self.parts: dict[int, list[str]] = {}
        self.docs: dict[str, set[str]] = collections.defaultdict(set)  # person spelling -> articles naming it
        self.quote_count: Counter = Counter()
        self.doc_people: dict[str, set[str]] = collections.defaultdict(set)
        self.doc_orgs: dict[str, set[str]] = collections.defaultdict(set)
        self.outlets: dict[str, str] = {}
        self.rows: dict[tuple, Speaker] = {}
        self.row_of: list[Speaker | None] = [None] * len(said)
        self.by_spelling: dict[str, list[int]] = collections.defaultdict(list)  # single-person quotes

    def run(self) -> Identities:
        for index, item in enumerate(self.said):
            self._classify(index, item)
            if item.outlet:
                self.outlets[item.document] = item.outlet
        self._read_org_forms()
        self._cluster_people()
        self._people_rows()
        self._bare_people()
        self._joint_rows()
        self._organisations()
        rows = sorted(
            {id(r): r for r in self.rows.values() if r.quotes}.values(),  # not people named only in joint sources
            key=lambda r: (-len(r.quotes), r.name.casefold(), r.name, r.speaker_type),
        )
        for row in rows:
            row.quotes.sort()
        return Identities(tuple(rows), tuple(self.row_of))

    # ------------------------------------------------------------ reading the quotes

    def _classify(self, index: int, item: Said) -> None:
        if not item.speaker or item.speaker_type not in ("person", "organization"):
            return
        if item.speaker_type == "organization":
            self.kind[index] = "org"
            self.doc_orgs[item.document].add(item.speaker)
            return
        parts = joint_members(item.speaker)
        if len(parts) > 1:
            self.kind[index] = "joint"
            self.parts[index] = parts
            for part in parts:
                self.docs[part].add(item.document)
                self.doc_people[item.document].add(part)
            return
        self.kind[index] = "person"
        self.docs[item.speaker].add(item.document)
        self.quote_count[item.speaker] += 1
        self.doc_people[item.document].add(item.speaker)
        self.by_spelling[item.speaker].append(index)

    # ------------------------------------------------------------ people named in full

    def _cluster_people(self) -> None:
        spellings = sorted(s for s in self.docs if self.docs[s])
        names = {s: person_name(s) for s in spellings}
        full = [s for s in spellings if names[s].full]
        written = {tuple(spelling_key(w) for w in names[s].words): s for s in full}
        self.bare: dict[str, tuple[str, ...]] = {}
        self.stray: dict[str, str] = {}  # `Rival Hillary Clinton` -> `Hillary Clinton`
        for spelling in spellings:
            name = names[spelling]
            if not name.full:
                self.bare[spelling] = (name.surname,) if name.surname else ()
                continue
            words = tuple(spelling_key(w) for w in name.words)
            unknown_first = len(name.words[0]) > 1 and not known_given_name(name.words[0]) and \
                initials_of(name.words[0]) is None
            stray = stray_word(name.words[0])
            if (unknown_first or stray) and len(words) >= 3 and words[1:] in written:
                self.stray[spelling] = written[words[1:]]
            elif stray and len(words) == 2 and not name.suffix:
                self.bare[spelling] = name.words[1:]  # `Said Comey`: a verb of saying, then a surname
            elif unknown_first and len(words) == 2 and not name.suffix and any(
                    len(other) > 2 and other[-2:] == words for other in written):
                self.bare[spelling] = name.words  # a two-word surname alone: `Wasserman Schultz`
        full = [s for s in full if s not in self.bare and s not in self.stray]
        cannot = self._cannot_link(full)
        order = sorted(full, key=lambda s: (-names[s].specificity, -len(self.docs[s]), -self.quote_count[s],
                                            fold(s), s))
        self.groups: list[Group] = []
        self.by_key: dict[str, list[Group]] = collections.defaultdict(list)
        self.group_of: dict[str, Group] = {}
        self.ambiguous_full: dict[str, list[Group]] = {}
        for spelling in order:
            name = names[spelling]
            fits = [g for g in self.by_key[name.key]
                    if all(compatible(name, person_name(m)) and (spelling, m) not in cannot for m in g.members)]
            fits = prefer(name, fits)
            if len(fits) == 1:
                fits[0].members.append(spelling)
                self.group_of[spelling] = fits[0]
            elif not fits:
                group = Group([spelling], name.key)
                self.groups.append(group)
                self.by_key[name.key].append(group)
                self.group_of[spelling] = group
            else:
                self.ambiguous_full[spelling] = fits
        for spelling, target in self.stray.items():
            if target in self.group_of:
                self.group_of[spelling] = self.group_of[target]
                self.group_of[target].members.append(spelling)
        for group in self.groups:
            group.documents = set().union(*(self.docs[m] for m in group.members))

    def _cannot_link(self, full: Sequence[str]) -> set[tuple[str, str]]:
        """Pairs an article quotes as two people although only a suffix tells them apart
        (`Donald J. Trump` and `Donald Trump Jr.`): father and son."""
        pairs: set[tuple[str, str]] = set()
        full_set = set(full)
        for document in sorted(self.doc_people):
            here = sorted(s for s in self.doc_people[document] if s in full_set)
            suffixed = [s for s in here if person_name(s).suffix]
            for a in suffixed:
                for b in here:
                    if not person_name(b).suffix and compatible(person_name(a), person_name(b)):
                        pairs |= {(a, b), (b, a)}
        return pairs

    def _canonical(self, spellings: Iterable[str]) -> str:
        """The fullest, most frequent spelling: a first name written out, then the most
        articles, the most quotes, the most words."""
        return min(spellings, key=lambda s: (s in self.stray, len(person_name(s).given or "") <= 1,
                                             -len(self.docs[s]), -self.quote_count[s], -len(s.split()), fold(s), s))

    # ------------------------------------------------------------ rows

    def _row(self, key: tuple, name: str, speaker_type: str) -> Speaker:
        row = self.rows.get(key)
        if row is None:
            text = "|".join(" ".join(part) if isinstance(part, tuple) else str(part) for part in key)
            row = self.rows[key] = Speaker(name, speaker_type, key=text)
        return row

    def _add(self, row: Speaker, index: int) -> None:
        item = self.said[index]
        row.quotes.append(index)
        row.spellings[item.speaker] += 1
        row.documents.add(item.document)
        if item.role:
            row.roles[item.role] += 1
        self.row_of[index] = row

    def _people_rows(self) -> None:
        for group in self.groups:
            name = self._canonical(group.members)
            group.row = self._row(("person", "group", name), name, "person")
            if len({bool(person_name(m).suffix) for m in group.members}) == 2:
                group.row.generations = tuple(sorted(group.members, key=lambda m: (bool(person_name(m).suffix), m)))
            for member in group.members:
                for index in self.by_spelling.get(member, ()):
                    self._add(group.row, index)
        for group in self.groups:
            votes = [person_name(m).gender for m in group.members for _ in self.docs[m]]
            votes += [mention_gender(self.said[i].mention) for i in group.row.quotes] if group.row else []
            group.gender = agreed_gender(votes)
        for spelling, fits in sorted(self.ambiguous_full.items()):
            row = self._row(("person", "ambiguous", fold(spelling)), spelling, "person")
            row.candidates = merged(row.candidates, self._names(fits))
            for index in self.by_spelling.get(spelling, ()):
                self._add(row, index)

    def _names(self, groups: Iterable[Group]) -> tuple[str, ...]:
        ordered = sorted((g for g in groups if g.row is not None),
                         key=lambda g: (-len(g.documents), g.row.name if g.row else ""))
        return tuple(g.row.name for g in ordered if g.row is not None)

    # ------------------------------------------------------------ surnames alone

    def _resolve_bare(self, spelling: str, document: str, gender: str | None) -> tuple[str, list[Group]]:
        """How a name without a given name resolves in one article: ("article" | "corpus" |
        "prominence", [the person, then the others]), ("ambiguous", candidates) or ("none", [])."""
        name = person_name(spelling)
        words = self.bare.get(spelling) or ((name.surname,) if name.surname else ())
        if words:
            wanted = tuple(spelling_key(w) for w in words)
            pool = [g for g in self.by_key.get(wanted[-1], ())
                    if any(tuple(spelling_key(w) for w in person_name(m).words[-len(wanted):]) == wanted
                           for m in g.members)]
        else:  # `Donald Jr.`: a given name and a suffix
            pool = [g for g in self.groups if any(compatible(name, person_name(m)) for m in g.members)]
        pool = [g for g in pool if gender is None or g.gender is None or g.gender == gender]
        here = prefer(name, [g for g in pool if document in g.documents])
        # elsewhere, only people named in more than one article or with a given name the lexicon
        # knows compete (`Asserting Clinton's`, a stray word read as a name, does not)
        pool = [g for g in pool if g.plausible]
        if len(here) == 1:
            return "article", here
        if len(here) > 1:
            return "ambiguous", here
        everywhere = prefer(name, pool)
        if len(everywhere) <= 1:
            return ("corpus", everywhere) if everywhere else ("none", [])
        return by_prominence(everywhere, lambda g: g.documents, lambda g: g.row.name if g.row else "")

    def _bare_people(self) -> None:
        for spelling in sorted(self.bare):
            by_document: dict[str, list[int]] = collections.defaultdict(list)
            for index in self.by_spelling.get(spelling, ()):
                by_document[self.said[index].document].append(index)
            for document, indices in sorted(by_document.items()):
                gender = bare_gender(spelling) or agreed_gender(mention_gender(self.said[i].mention) for i in indices)
                how, found = self._resolve_bare(spelling, document, gender)
                row = self._bare_row(spelling, how, found, "person")
                for index in indices:
                    self._add(row, index)
        for row in {id(r): r for r in self.rows.values()}.values():
            if row.speaker_type != "person" or row.candidates or row.members or not row.spellings:
                continue
            if all(s in self.bare for s in row.spellings):  # nobody named in full: the commonest form
                row.name = min(row.spellings, key=lambda s: (-row.spellings[s], len(s), s))
                if len(row.documents) > 1:
                    row.surname_only = row.name

    def _bare_row(self, spelling: str, how: str, found: list, speaker_type: str) -> Speaker:
        if how in ("article", "corpus", "prominence"):
            row = found[0].row
            assert row is not None
            if how == "prominence":
                row.also = merged(row.also, self._names(found[1:]) if speaker_type == "person"
                                   else tuple(g.row.name for g in found[1:] if g.row is not None))
                row.surname_only = row.surname_only or spelling
            return row
        if how == "ambiguous":
            key = fold(spelling) if speaker_type == "person" else organisation_words(spelling)
            row = self._row((speaker_type, "ambiguous", key), spelling, speaker_type)
            names = self._names(found) if speaker_type == "person" else tuple(g.row.name for g in found if g.row)
            row.candidates = merged(row.candidates, names)
            return row
        if speaker_type == "person":
            key = " ".join(spelling_key(w) for w in person_name(spelling).words)
            return self._row(("person", "surname", key), spelling, "person")
        return self._row(("organization", organisation_words(spelling)), spelling, "organization")

    # ------------------------------------------------------------ joint sources

    def _member_row(self, part: str, document: str) -> Speaker | None:
        group = self.group_of.get(part)
        if group is not None:
            return group.row
        if part in self.ambiguous_full:
            return self.rows.get(("person", "ambiguous", fold(part)))
        if part in self.bare or not person_name(part).full:
            how, found = self._resolve_bare(part, document, bare_gender(part))
            if how in ("article", "corpus", "prominence"):
                return found[0].row
        return None

    def _joint_rows(self) -> None:
        orders: dict[tuple, Counter] = collections.defaultdict(Counter)
        for index in sorted(self.parts):
            item = self.said[index]
            members = [self._member_row(part, item.document) for part in self.parts[index]]
            names = tuple(row.name if row is not None else part for row, part in zip(members, self.parts[index]))
            key = ("joint",) + tuple(sorted(fold(n) for n in names))
            row = self._row(key, " and ".join(names), "person")
            orders[key][names] += 1
            self._add(row, index)
        for key, counted in orders.items():  # the people in the order most quotes give them
            names = min(counted, key=lambda order: (-counted[order], order))
            self.rows[key].name, self.rows[key].members = " and ".join(names), names

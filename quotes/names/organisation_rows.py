"""``identify``'s organisation rows: spellings read as organisations, short forms and acronyms."""

from __future__ import annotations

import collections
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .organisations import acronym_of, expanded, is_acronym, organisation_words
from .rows import Group, by_prominence
from .spelling import fold, words_of

if TYPE_CHECKING:
    from .rows import Said, Speaker


_AFFILIATED = frozenset({"foundation", "organization", "organisation", "campaigns", "campaign", "camp", "team",
                         "administration", "staff", "office", "spokesman", "spokeswoman", "aides", "advisers"})


class OrganisationRows:
    """The organisation rows of ``_Identifier``: spellings read as organisations, short forms and
    acronyms joined to the full names the articles or the archive use."""

    said: Sequence[Said]
    kind: list[str | None]
    docs: dict[str, set[str]]
    quote_count: Counter
    doc_people: dict[str, set[str]]
    doc_orgs: dict[str, set[str]]
    outlets: dict[str, str]
    by_spelling: dict[str, list[int]]
    org_groups: dict[tuple[str, ...], Group]

    def _member_row(self, part: str, document: str) -> Speaker | None:
        raise NotImplementedError

    def _row(self, key: tuple, name: str, speaker_type: str) -> Speaker:
        raise NotImplementedError

    def _add(self, row: Speaker, index: int) -> None:
        raise NotImplementedError

    def _bare_row(self, spelling: str, how: str, found: list, speaker_type: str) -> Speaker:
        raise NotImplementedError

    def _read_org_forms(self) -> None:
        """`The Post` read as a person's name: one word that every mention gives with an article
        (`the Post said`) and that ends an organisation's name is an organisation."""
        org_keys = {organisation_words(s) for names in self.doc_orgs.values() for s in names}
        org_keys |= {organisation_words(o) for o in self.outlets.values()}
        tails = {key[-n:] for key in org_keys for n in range(1, len(key))}
        for speaker in sorted(self.by_spelling):
            if len(words_of(speaker)) != 1 or organisation_words(speaker) not in tails:
                continue
            by_document: dict[str, list[int]] = collections.defaultdict(list)
            for index in self.by_spelling[speaker]:
                by_document[self.said[index].document].append(index)
            for document, indices in sorted(by_document.items()):
                mentions = [fold(self.said[i].mention or "") for i in indices if self.said[i].mention]
                if not mentions or not all(m.split()[:1] == ["the"] for m in mentions):
                    continue
                for index in indices:  # every quote of that spelling in that article
                    self.kind[index] = "org"
                    self.quote_count[speaker] -= 1
                    self.by_spelling[speaker].remove(index)
                self.docs[speaker].discard(document)
                self.doc_people[document].discard(speaker)
                self.doc_orgs[document].add(speaker)

    def _org_key(self, spelling: str, document: str) -> tuple[str, ...]:
        """An organisation's content words; one named after a person (`Hillary Clinton’s
        campaign`, `Clinton campaign`, `the Trump Foundation`) starts with that person's row."""
        words = words_of(spelling)
        if words and fold(words[0]) == "the":
            words = words[1:]
        rest = organisation_words(" ".join(words))
        if not rest or rest[-1] not in _AFFILIATED:
            return rest
        for start in (0, 1):  # a stray word first: `Rival Hillary Clinton’s campaign`
            for end in range(min(len(words) - 1, start + 4), start, -1):
                person = " ".join(words[start:end])
                if not all(w[:1].isupper() for w in words[start:end]):
                    continue
                row = self._member_row(person, document)
                if row is not None and not row.candidates:
                    return (f"@{row.name}",) + organisation_words(" ".join(words[end:]))
        return rest

    def _organisations(self) -> None:
        quotes: dict[str, list[int]] = collections.defaultdict(list)
        for index, kind in enumerate(self.kind):
            if kind == "org":
                quotes[self.said[index].speaker or ""].append(index)
        keys = {index: self._org_key(self.said[index].speaker or "", self.said[index].document)
                for indices in quotes.values() for index in indices}
        spellings_of: dict[tuple[str, ...], set[str]] = collections.defaultdict(set)
        docs_of: dict[tuple[str, ...], set[str]] = collections.defaultdict(set)
        for index, key in keys.items():
            spellings_of[key].add(self.said[index].speaker or "")
            docs_of[key].add(self.said[index].document)
        spelling_docs: dict[str, set[str]] = collections.defaultdict(set)
        for index in keys:
            spelling_docs[self.said[index].speaker or ""].add(self.said[index].document)
        for document, outlet in sorted(self.outlets.items()):  # an article's outlet: a name it gives
            spellings_of[organisation_words(outlet)].add(outlet)
            docs_of[organisation_words(outlet)].add(document)
            spelling_docs[outlet].add(document)
        outlet_keys = {organisation_words(o) for o in self.outlets.values()}
        all_keys = {expanded(k) for k in spellings_of} | outlet_keys
        short: set[tuple[str, ...]] = set()
        for key, names in spellings_of.items():
            if not key or not any(w[:1].isupper() for s in names for w in words_of(s)):
                continue  # `company`: a description, not a name
            words = expanded(key)
            longer = any(len(k) > len(words) and k[-len(words):] == words for k in all_keys)
            acronym = any(is_acronym(s) for s in names) and any(
                acronym_of(o) == s.replace(".", "") for s in names if is_acronym(s) for k in spellings_of
                if k != key for o in spellings_of[k])
            if longer or acronym:
                short.add(key)
        groups = {key: Group(sorted(names), "") for key, names in spellings_of.items() if key not in short}
        count = Counter(self.said[i].speaker for i in keys)
        for key, group in sorted(groups.items()):
            name = min(group.members, key=lambda s: (-len(spelling_docs[s]), -count[s], s.isupper(),
                                                     -sum(w[:1].isupper() for w in words_of(s)), -len(s), s))
            group.row = self._row(("organization", key), name, "organization")
            group.documents = docs_of[key]
        self.org_groups = groups
        for index in sorted(keys):
            key = keys[index]
            if key in groups:
                row = groups[key].row
            else:
                speaker = self.said[index].speaker or ""
                how, found = self._resolve_org(speaker, key, self.said[index].document, docs_of)
                row = self._bare_row(speaker, how, found, "organization")
            assert row is not None
            self._add(row, index)
        for group in groups.values():  # `company`, `campaign`: a description in many articles
            row = group.row
            if row is not None and len(row.documents) > 1 and not any(
                    w[:1].isupper() for s in row.spellings for w in words_of(s)):
                row.surname_only = row.name

    def _resolve_org(self, spelling: str, key: tuple[str, ...], document: str,
                     docs_of: dict[tuple[str, ...], set[str]]) -> tuple[str, list[Group]]:
        letters = spelling.replace(".", "") if is_acronym(spelling) else None

        words = expanded(key)

        def fits(other: tuple[str, ...], group: Group) -> bool:
            other = expanded(other)
            if len(other) > len(words) and other[-len(words):] == words:
                return True
            return letters is not None and any(acronym_of(m) == letters for m in group.members)

        named_here = {expanded(k) for k, docs in docs_of.items() if document in docs}
        if document in self.outlets:
            named_here.add(organisation_words(self.outlets[document]))
        pool = [(k, g) for k, g in sorted(self.org_groups.items()) if fits(k, g)]
        here = [g for k, g in pool if expanded(k) in named_here]
        if len(here) == 1:
            return "article", here
        if len(here) > 1:
            return "ambiguous", here
        # the archive: a full name used in at least as many articles as the short form itself
        pool = [(k, g) for k, g in pool if len(g.documents) >= len(docs_of[key])]
        if len(pool) <= 1:
            return ("corpus", [pool[0][1]]) if pool else ("none", [])
        return by_prominence([g for _, g in pool], lambda g: g.documents, lambda g: g.row.name if g.row else "")

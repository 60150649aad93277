"""Who is the same person, and the same organisation, across articles (quotes.names, issue 18).

Every case is a made-up construction: invented people (Marta Kowalczyk, Elias Brandt, Nadia
Okafor …) and outlets (the Daily Clarion), written to show one rule each.
"""

from __future__ import annotations

from collections import Counter

import pytest

from quotes.names import (Known, Said, given_names_agree, identify, match_speaker, may_be_one,
                          most_specific_role, organisation_words, person_name, same_organisation, same_person,
                          same_speaker, short_form_of)

# --------------------------------------------------------------------------- reading a name


@pytest.mark.parametrize(("written", "given", "middles", "surname", "suffix", "gender"), [
    ("Marta Kowalczyk", "marta", (), "kowalczyk", None, "f"),
    ("Sen. Marta Kowalczyk", "marta", (), "kowalczyk", None, "f"),  # a title in front
    ("Former U.S. Ambassador Nadia Okafor’s", "nadia", (), "okafor", None, "f"),  # titles and a possessive
    ("Mrs. Kowalczyk", None, (), "kowalczyk", None, "f"),  # an honorific gives the gender
    ("Judge Brandt", None, (), "brandt", None, None),
    ("Gov. Elias P. Brandt Jr.", "elias", ("p",), "brandt", "jr", "m"),  # initial and suffix
    ("Greta H.W. Holm", "greta", ("h", "w"), "holm", None, "f"),  # two initials in one word
    ("J. Tomas Ferreira", "tomas", (), "ferreira", None, "m"),  # known by the middle name
    ("Greta Rose Holm", "greta", ("rose",), "holm", None, "f"),
    ("Teodor Jr.", "teodor", (), "", "jr", "m"),  # a given name and a suffix, no surname
    ("Witness Mr. Okafor", None, (), "okafor", None, "m"),  # a stray word before an honorific
    ("KOWALCZYK", None, (), "kowalczyk", None, None),
])
def test_a_name_is_read_into_its_parts(written, given, middles, surname, suffix, gender):
    name = person_name(written)
    assert (name.given, name.middles, name.surname, name.suffix, name.gender) == (given, middles, surname, suffix,
                                                                                    gender)


# --------------------------------------------------------------------------- one person by the names


@pytest.mark.parametrize(("one", "other", "same"), [
    ("Marta Kowalczyk", "Sen. Marta Kowalczyk", True),
    ("Marta Kowalczyk", "Kowalczyk", True),  # a bare surname can name any Kowalczyk
    ("Marta Kowalczyk", "Piotr Kowalczyk", False),
    ("Joe Brandt", "Joseph R. Brandt Jr.", True),  # nickname, a middle initial, a suffix on one side
    ("Bill Marsh", "William Marsh", True),
    ("Bill Marsh", "Will Marsh", True),  # two short forms of William
    ("Ted Marsh", "Edward Marsh", True),
    ("Ted Marsh", "Theodore Marsh", True),
    ("Ted Marsh", "Fred Marsh", False),
    ("Sergei Volkov", "Sergey Volkov", True),  # transliteration
    ("Antony Volkov", "Anthony Volkov", True),
    ("Rence Marsh", "Reince Marsh", True),  # a typo of a name the lexicon does not know
    ("Ivana Marsh", "Ivanka Marsh", False),  # two given names the lexicon knows are two people
    ("Mark Dunmore", "Mary Dunmore", False),  # one edit apart, but a man's and a woman's name
    ("Mrs. Dunmore", "Mark Dunmore", False),  # the honorific's gender
    ("Mr. Dunmore", "Mark Dunmore", True),
    ("M. Dunmore", "Mark Dunmore", True),  # an initial
    ("M. Dunmore", "Lena Dunmore", False),
    ("Greta Holm", "Greta H.W. Holm", True),  # no middle on one side
    ("Greta W. Holm", "Greta H.W. Holm", False),  # initials alone are all of them
    ("Greta Rose Holm", "Greta Anne Rose Holm", True),  # a written-out middle name may leave one out
    ("Jon F. Vance", "Jon Fitzroy Vance", True),
    ("Jon F. Vance", "Jon G. Vance", False),
    ("Lena Dunmore Sr.", "Lena Dunmore Jr.", False),
    ("Lena Dunmore", "Lena Dunmore Jr.", True),  # by the names alone; an article may say otherwise
    ("Teodor Jr.", "Teodor Marsh Jr.", True),
    ("Teodor Jr.", "Teodor Marsh", False),
    ("Kowalczyk", "Kowalski", False),
    ("Nadia Okafor", "Nadia Okafo", False),  # a surname typo does not carry across articles
    ("Ted Marsh", "Rafael Edward Marsh", True),  # known by a middle name (or its nickname), written out
    ("Mitt Dunmore", "Willard Mitt Dunmore", True),
    ("Rafael Marsh", "Ted Marsh", False),
    ("Paul Marsh", "John P. Marsh", False),  # an initial says too little
])
def test_two_names_can_be_one_person(one, other, same):
    assert same_person(one, other) is same
    assert same_person(other, one) is same


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("joe", "joseph", True), ("bill", "will", True), ("j", "joseph", True), ("j", "mark", False),
    ("hilary", "hillary", True), ("marta", "martha", True), ("stan", "stanley", True), ("lena", "lana", False),
])
def test_given_names_agree(a, b, agree):
    assert given_names_agree(a, b) is agree


@pytest.mark.parametrize(("gold", "predicted", "same"), [
    ("Joseph R. Brandt Jr.", "Joe Brandt", True),  # the scorer uses the same definition
    ("Greta W. Holm", "Greta H.W. Holm", False),
    ("Nadia Okafor", "Nadia Okafo", False),  # it judges the canonical spelling of the surname
    ("Nadia Okafor and Piotr Lis", "Piotr Lis and Nadja Okafor", True),  # joint, person by person
    ("Nadia Okafor and Piotr Lis", "Nadia Okafor", False),
    (None, None, True),
    ("Nadia Okafor", None, False),
])
def test_the_scorer_compares_speakers_by_the_same_rules(gold, predicted, same):
    assert same_speaker(gold, predicted) is same


# --------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(("one", "other", "same"), [
    ("The Daily Clarion", "Daily Clarion", True),
    ("THE DAILY CLARION", "Daily Clarion", True),
    ("Norway's foreign ministry", "Norwegian Foreign Ministry", True),  # a demonym is its country
    ("Acme Widgets Inc.", "Acme Widgets", True),
    ("Northern Water Authority", "NWA", True),  # an acronym
    ("Northern Water Authority", "N.W.A.", True),
    ("Daily Clarion", "Evening Clarion", False),
    ("Clarion", "Daily Clarion", False),  # a short form is not the same name: context decides
    ("Norway", "Norwegian Foreign Ministry", False),
])
def test_two_names_of_one_organisation(one, other, same):
    assert same_organisation(one, other) is same


@pytest.mark.parametrize(("short", "name", "expected"), [
    ("Clarion", "The Daily Clarion", True),
    ("the Clarion", "The Daily Clarion", True),
    ("Foreign Ministry", "Norwegian Foreign Ministry", True),
    ("Daily", "The Daily Clarion", False),
    ("The Daily Clarion", "Daily Clarion", False),
])
def test_a_short_form_ends_the_full_name(short, name, expected):
    assert short_form_of(short, name) is expected


@pytest.mark.parametrize(("name", "words"), [
    ("The Acme Widgets Corp.'s board", ("acme", "widgets", "board")),  # articles, legal suffixes, possessives
    ("Norwegian Foreign Ministry", ("norway", "foreign", "ministry")),
    ("the Okafor-run Water Department", ("water", "department")),  # a modifier before a name
    ("Tindle-led coalition", ("tindle-led", "coalition")),  # before a description it stays
])
def test_organisation_words(name, words):
    assert organisation_words(name) == words


# --------------------------------------------------------------------------- one row per speaker


def said(*quotes: tuple) -> list[Said]:
    """(document, speaker[, type[, mention[, role[, outlet]]]]) -> Said."""
    out = []
    for quote in quotes:
        document, speaker, kind, mention, role, outlet = (*quote, "person", None, None, None)[:6] \
            if len(quote) < 6 else quote
        out.append(Said(document, speaker, kind, role, mention, outlet))
    return out


def rows(*quotes: tuple) -> dict[str, tuple[int, str | None]]:
    """Row name -> (quotes, note)."""
    found = identify(said(*quotes))
    return {row.name: (len(row.quotes), row.note) for row in found.rows}


def names(*quotes: tuple) -> dict[str, int]:
    return {name: count for name, (count, _) in rows(*quotes).items()}


IDENTITY_CASES = {
    "spellings of one person are one row under the fullest, most frequent spelling": (
        [("a", "Marta Kowalczyk"), ("b", "Marta Kowalczyk"), ("c", "Marta J. Kowalczyk"), ("c", "Marta J. Kowalczyk")],
        {"Marta Kowalczyk": 4}),
    "a nickname, a middle initial and a dropped suffix are one person": (
        [("a", "Joseph R. Brandt Jr."), ("b", "Joe Brandt"), ("c", "Joe Brandt")],
        {"Joe Brandt": 3}),
    "a surname alone joins the full name its article gives": (
        [("a", "Marta Kowalczyk"), ("a", "Kowalczyk"), ("b", "Piotr Kowalczyk")],
        {"Marta Kowalczyk": 2, "Piotr Kowalczyk": 1}),
    "a surname alone joins the archive's only person of that surname": (
        [("a", "Kowalczyk"), ("b", "Marta Kowalczyk")],
        {"Marta Kowalczyk": 2}),
    "two people sharing a surname stay apart, and a surname alone stays apart from both": (
        [("a", "Marta Kowalczyk"), ("b", "Piotr Kowalczyk"), ("c", "Kowalczyk")],
        {"Marta Kowalczyk": 1, "Piotr Kowalczyk": 1, "Kowalczyk": 1}),
    "an honorific's gender picks the one person of that gender": (
        [("a", "Marta Kowalczyk"), ("b", "Piotr Kowalczyk"), ("c", "Kowalczyk", "person", "Mrs. Kowalczyk")],
        {"Marta Kowalczyk": 2, "Piotr Kowalczyk": 1}),
    "a pronoun's gender too": (
        [("a", "Marta Kowalczyk"), ("b", "Piotr Kowalczyk"), ("c", "Kowalczyk", "person", "he")],
        {"Marta Kowalczyk": 1, "Piotr Kowalczyk": 2}),
    "the article's own person before the archive's most named": (
        [*[(f"d{i}", "Marta Kowalczyk") for i in range(12)], ("x", "Piotr Kowalczyk"), ("x", "Kowalczyk")],
        {"Marta Kowalczyk": 12, "Piotr Kowalczyk": 2}),
    "a name with a suffix and one without are one person": (
        [("a", "Elias Brandt Jr."), ("b", "Elias Brandt"), ("c", "Elias Brandt")],
        {"Elias Brandt": 3}),
    "an article quoting both makes them father and son; a name without the suffix is the father": (
        [("a", "Elias P. Brandt"), ("a", "Elias Brandt Jr."), ("b", "Elias Brandt"), ("c", "Elias Brandt"),
         ("d", "Mr. Brandt")],
        {"Elias Brandt": 4, "Elias Brandt Jr.": 1}),
    "a name fitting two people is a row of its own": (
        [("a", "Greta W. Holm"), ("b", "Greta H.W. Holm"), ("c", "Greta Holm")],
        {"Greta W. Holm": 1, "Greta H.W. Holm": 1, "Greta Holm": 1}),
    "a joint source is one row whichever way its people are spelled or ordered": (
        [("a", "Nadia Okafor and Piotr Lis"), ("b", "Piotr Lis and Nadja Okafor"), ("c", "Nadia Okafor")],
        {"Nadia Okafor and Piotr Lis": 2, "Nadia Okafor": 1}),
    "a stray word before a name the archive writes without it": (
        [("a", "Rival Nadia Okafor"), ("b", "Nadia Okafor")],
        {"Nadia Okafor": 2}),
    "a verb of saying before a surname": (
        [("a", "Said Okafor"), ("a", "Nadia Okafor")],
        {"Nadia Okafor": 2}),
    "spellings of an organisation are one row": (
        [("a", "The Daily Clarion", "organization"), ("b", "Daily Clarion", "organization"),
         ("c", "DAILY CLARION", "organization")],
        {"The Daily Clarion": 3}),
    "an acronym joins the name it spells": (
        [("a", "Northern Water Authority", "organization"), ("b", "NWA", "organization")],
        {"Northern Water Authority": 2}),
    "a short form joins the full name its article gives": (
        [("a", "Daily Clarion", "organization"), ("a", "Clarion", "organization"),
         ("b", "Evening Clarion", "organization")],
        {"Daily Clarion": 2, "Evening Clarion": 1}),
    "a short form that fits two organisations stays apart": (
        [("a", "Daily Clarion", "organization"), ("b", "Evening Clarion", "organization"),
         ("c", "Clarion", "organization")],
        {"Daily Clarion": 1, "Evening Clarion": 1, "Clarion": 1}),
    "the article's outlet (its sidecar) resolves a short form": (
        [("a", "Daily Clarion", "organization"), ("b", "Evening Clarion", "organization"),
         ("c", "Clarion", "organization", None, None, "The Evening Clarion")],
        {"Daily Clarion": 1, "Evening Clarion": 2}),
    "`the Clarion` read as a person is an organisation": (
        [("a", "Daily Clarion", "organization"), ("a", "Clarion", "person", "the Clarion")],
        {"Daily Clarion": 2}),
    "an organisation named after a person is compared through that person": (
        [("a", "Nadia Okafor"), ("a", "Okafor campaign", "organization"),
         ("b", "Nadia Okafor’s campaign", "organization"), ("c", "Mrs. Okafor's campaign", "organization")],
        {"Nadia Okafor": 1, "Nadia Okafor’s campaign": 3}),  # the fullest name on a tie
    "unnamed and unresolved sources are no row": (
        [("a", None, "unnamed"), ("b", None, "unresolved"), ("c", "Nadia Okafor")],
        {"Nadia Okafor": 1}),
}


@pytest.mark.parametrize(("quotes", "expected"), IDENTITY_CASES.values(), ids=IDENTITY_CASES.keys())
def test_one_row_per_speaker(quotes, expected):
    assert names(*quotes) == expected


@pytest.mark.parametrize("quotes", [case for case, _ in IDENTITY_CASES.values()], ids=IDENTITY_CASES.keys())
def test_rows_do_not_depend_on_the_order_of_the_quotes(quotes):
    forward = identify(said(*quotes))
    backward = identify(said(*reversed(quotes)))
    assert [(r.name, len(r.quotes), r.note) for r in forward.rows] == \
        [(r.name, len(r.quotes), r.note) for r in backward.rows]


NOTE_CASES = {
    "a surname fitting two people": (
        [("a", "Marta Kowalczyk"), ("b", "Piotr Kowalczyk"), ("c", "Kowalczyk")], "Kowalczyk",
        "could be two people: ‘Kowalczyk’ fits Marta Kowalczyk or Piotr Kowalczyk"),
    "a surname given by prominence": (
        [*[(f"d{i}", "Marta Kowalczyk") for i in range(10)], ("x", "Piotr Kowalczyk"), ("y", "Kowalczyk")],
        "Marta Kowalczyk",
        "could be two people: quotes naming only ‘Kowalczyk’ are given to the one the archive names most; "
        "they could be Piotr Kowalczyk"),
    "a suffix dropped": (
        [("a", "Elias Brandt Jr."), ("b", "Elias Brandt"), ("c", "Elias Brandt")], "Elias Brandt",
        "could be two people: written with and without a generational suffix (Elias Brandt or Elias Brandt Jr.), "
        "which could be father and son"),
    "a surname alone in two articles": (
        [("a", "Holloway"), ("b", "Holloway")], "Holloway",
        "could be two people: named only ‘Holloway’, in 2 articles"),
    "a description in two articles": (
        [("a", "company", "organization"), ("b", "company", "organization")], "company",
        "could be two organisations: named only ‘company’, in 2 articles"),
    "one person, nothing to say": (
        [("a", "Nadia Okafor"), ("b", "Okafor")], "Nadia Okafor", None),
}


@pytest.mark.parametrize(("quotes", "row", "note"), NOTE_CASES.values(), ids=NOTE_CASES.keys())
def test_a_row_says_when_it_could_be_two_people(quotes, row, note):
    assert rows(*quotes)[row][1] == note


def test_a_row_keeps_every_spelling_and_role():
    found = identify(said(("a", "Marta Kowalczyk", "person", None, "Senator"),
                          ("b", "Marta J. Kowalczyk", "person", None, "State Senator"),
                          ("b", "Kowalczyk", "person", "Sen. Kowalczyk", "Senator")))
    [row] = found.rows
    assert row.spellings == Counter({"Marta Kowalczyk": 1, "Marta J. Kowalczyk": 1, "Kowalczyk": 1})
    assert row.roles == Counter({"Senator": 2, "State Senator": 1})
    assert row.role == "State Senator"  # the most specific
    assert found.row_of == (row, row, row)


def test_may_be_one_joint_and_ambiguous_rows():
    found = identify(said(("a", "Marta Kowalczyk"), ("b", "Piotr Kowalczyk"), ("c", "Kowalczyk"),
                          ("d", "Marta Kowalczyk and Nadia Okafor")))
    by_name = {row.name: row for row in found.rows}
    assert may_be_one(by_name["Kowalczyk"], by_name["Piotr Kowalczyk"])  # the surname fits him
    assert may_be_one(by_name["Marta Kowalczyk and Nadia Okafor"], by_name["Marta Kowalczyk"])  # one of the two
    assert not may_be_one(by_name["Marta Kowalczyk"], by_name["Piotr Kowalczyk"])


# --------------------------------------------------------------------------- roles


@pytest.mark.parametrize(("roles", "expected"), [
    ({"Secretary": 5, "Secretary of State": 3, "US Secretary of State": 2}, "US Secretary of State"),
    ({"U.S. Secretary of State": 2, "US Secretary of State": 1, "Secretary": 4}, "U.S. Secretary of State"),
    ({"Gov.": 4, "Ohio Governor": 3}, "Ohio Governor"),  # Gov. is governor
    ({"Senator": 20, "Senator and collector of rare stamps": 1}, "Senator"),  # once beside twenty: a misreading
    ({"Senator": 2, "State Senator": 1}, "State Senator"),
    ({"mayor": 1}, "mayor"),
    ({}, None),
])
def test_one_role_per_row_the_most_specific(roles, expected):
    assert most_specific_role(Counter(roles)) == expected


# --------------------------------------------------------------------------- a name asked for


KNOWN = [
    Known(1, "Marta Kowalczyk", "person", ("Marta J. Kowalczyk", "Kowalczyk", "Sen. Kowalczyk"), 6, 20),
    Known(2, "Piotr Kowalczyk", "person", ("Mr. Kowalczyk",), 2, 3),
    Known(3, "Elias Brandt", "person", ("Elias P. Brandt",), 3, 5),
    Known(4, "Elias Brandt Jr.", "person", (), 1, 1),
    Known(5, "Marta Kowalczyk and Nadia Okafor", "person", (), 1, 1, ("Marta Kowalczyk", "Nadia Okafor")),
    Known(6, "Daily Clarion", "organization", ("The Daily Clarion",), 4, 4),
    Known(7, "Evening Clarion", "organization", (), 1, 1),
    Known(8, "Holloway", "person", (), 30, 40),
    Known(9, "Anna Holloway", "person", (), 1, 1),
    Known(10, "Northern Water Authority", "organization", ("NWA",), 3, 3),
    Known(11, "Northern Wildlife Association", "organization", (), 1, 1),
]


@pytest.mark.parametrize(("query", "chosen", "candidates"), [
    ("Marta Kowalczyk", [1, 5], []),
    ("Sen. Marta Kowalczyk", [1, 5], []),  # a title
    ("MARTA KOWALCZYK", [1, 5], []),
    ("Marta J. Kowalczyk", [1, 5], []),  # a middle initial
    ("M. Kowalczyk", [1, 5], []),  # an initial
    ("Mrs. Kowalczyk", [1, 5], []),  # an honorific's gender
    ("Senator Kowalczyk", [], [1, 2]),  # ambiguous: both candidates
    ("Kowalczyk", [], [1, 2]),
    ("Elias Brandt", [3], []),  # the one written without a suffix
    ("Elias Brandt Jr.", [4], []),
    ("Elias P. Brandt", [3], []),
    ("Nadia Okafor", [5], []),  # only named in a joint source
    ("The Daily Clarion", [6], []),
    ("Clarion", [], [6, 7]),
    ("NWA", [10], []),  # both spell NWA; one is written so
    ("N.W.A.", [10], []),
    ("Holloway", [8], []),  # a surname row, named far more often than the full name: prominence
    ("Nobody Atall", [], []),
])
def test_a_speaker_asked_for_in_any_form(query, chosen, candidates):
    found = match_speaker(query, KNOWN)
    assert [k.id for k in found.chosen] == chosen
    assert sorted(k.id for k in found.candidates) == candidates
    assert found.ambiguous is bool(candidates)


def test_a_surname_given_by_prominence_names_the_others():
    found = match_speaker("Holloway", KNOWN)
    assert [k.name for k in found.others] == ["Anna Holloway"]

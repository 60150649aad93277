"""Shortcuts of the resolution stage's speed round 8 give the answers of the plain computation.

Each pattern asked only behind a literal test (a word after the spaces past a source, a stem in
a window, a case-folded word) is compared here with the pattern asked everywhere, on made-up
texts of the words and spaces the tests read.
"""

from __future__ import annotations

import random

# the spaces ``regex`` and ``str.strip`` disagree on (\x1c), others both strip, runs longer than read
SPACES = [" ", " ", " ", "  ", "\t", "\n", "\x1c", "\u2028", "\xa0", "\u2003", "", " " * 38, " " * 45]


def made_texts(pieces: list[str], count: int = 20_000, seed: int = 8) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(SPACES) + rng.choice(pieces) for _ in range(rng.randint(0, 9))) + rng.choice(SPACES)
            for _ in range(count)]


def test_anonymity_is_asked_only_where_who_follows_and_answers_as_the_pattern():
    from quotes.pipeline import described_people

    pieces = ["who", "Who", "whom", ",", ",", "asked", "not", "to", "be", "named", "requested", "anonymity", "didn’t",
              "want", "his", "name", "used", "was", "authorized", "publicly", ".", "a", "spokesman", "spoke", "on",
              "condition", "of", "declined", "did", "wasn’t", "authorised", "who asked", "who\u2003spoke",
              "who was not authorized", "who wasn’t authorised", "who declined to be", "who did not want his"]
    found = 0
    for text in made_texts(pieces, count=4_000):
        for end in range(len(text) + 1):
            plain = described_people._ANONYMITY.match(text, end) is not None
            found += plain
            assert described_people._anonymity_after(text, end) == plain, repr((text, end))
    assert found > 50


def test_the_words_after_a_document_are_read_only_where_a_pattern_of_them_can_match():
    from quotes.pipeline import documents
    from quotes.pipeline.patterns import may_follow

    pieces = ["filed", "written", "by", "Acme", "Rail", "the", "RCMP", "which", "that", "is", "was", "has", "been",
              "being", "released", "published", "Monday", "last", "week", "quickly", "from", "for", "of", "voters",
              "listed", "clubs", "CTV", "News", "done", "prepared", ",", "."]
    shapes = ((documents._PERSON_BY_AFTER_SOURCE, documents._FILED), (documents._AUTHOR_AFTER_SOURCE,
              documents._RELEASED), (documents._SUBJECT_THEN_AUTHOR, "of"))
    found = [0, 0, 0]
    for text in made_texts(pieces, count=3_000):
        for end in range(len(text) + 1):
            for number, (pattern, words) in enumerate(shapes):
                if pattern.match(text, end):
                    found[number] += 1
                    assert may_follow(text, end, words), repr((text, end, pattern.pattern))
    assert min(found) > 20, found


def test_a_case_blind_pattern_behind_a_case_folded_word_finds_nothing_where_the_word_is_absent():
    """``_PUBLISHED_IN`` behind `publ`/`appear`, ``_TENURE`` behind `veteran` (case-folded: `ſ`
    is an `s` to both, `İ` an `i` to the pattern only, and neither word holds an `i`), and the
    case-kept ``_PUBLISHED`` behind its verbs' stems, ``_ON_WEBSITE`` behind `site`."""
    from quotes.pipeline import descriptions, documents

    pieces = ["published", "PUBLISHED", "publiſhed", "PUBLİSHED", "appeared", "Appearing", "APPEARED", "in", "the",
              "journal", "The", "Lancet", "a", "study", "the 22-year", "THE two year", "year", "veteran", "VETERAN",
              "veteraN", "the 9-year force veteran", "tHe 22-Year veteran",
              "released", "issued", "issues", "unveils", "produced", "put", "out", "its", "new", "on", "Acme’s",
              "website", "web", "site", "sites"]
    found = {"published in": 0, "tenure": 0, "published": 0, "website": 0}
    for text in made_texts(pieces, count=3_000):
        for start in range(0, len(text) + 1, 3):
            plain = documents._PUBLISHED_IN.search(text, start, len(text)) is not None
            found["published in"] += plain
            assert documents._published_in(text, start, len(text)) == plain, repr((text, start))
            if descriptions._TENURE.match(text, start):
                found["tenure"] += 1
                assert "veteran" in text[start:].casefold(), repr((text, start))
            if documents._PUBLISHED.search(text, start, len(text)):
                found["published"] += 1
                assert any(stem in text[start:] for stem in documents._PUBLISHED_STEMS), repr((text, start))
            if documents._ON_WEBSITE.search(text, start, len(text)):
                found["website"] += 1
                assert "site" in text[start:], repr((text, start))
    assert min(found.values()) > 20, found


def test_a_name_joined_by_and_is_told_as_both_patterns_tell_it():
    from quotes.pipeline import neighbours

    pieces = ["Silverman", "and", "&", "Svensson", "Anders", "andes", "the", "have", "won", ",", "Smith’s", "o'Neil",
              "é", "Élise"]
    found = 0
    for text in made_texts(pieces, count=1_000):
        for start in range(len(text) + 1):
            ends = [at for at in range(start + 1, min(len(text), start + 14) + 1) if not text[at - 1].isspace()]
            for end in (start, *ends[:3], *ends[-2:]):
                plain = bool(neighbours._JOINED_AFTER.match(text, end) or neighbours._JOINED_BEFORE.search(
                    text, max(0, start - 60), start))
                found += plain
                assert neighbours._joined(text, start, end) == plain, repr((text, start, end))
    assert found > 50


def test_patterns_behind_a_character_they_need_answer_as_the_patterns():
    """``_THE_BEFORE`` and ``_ATTRIBUTIVE`` behind `the`, ``_LISTED_LAST`` behind its comma or
    `and`, ``_AFTER_A_NAME`` behind its comma (each ending its window), ``_APPOSITIVE_GAP`` behind
    its first character, ``AGED_DESCRIPTION`` behind its hyphen, ``_ROLE_THEN_NAME`` behind a
    capital of an ASCII text (``regex`` reads `\\u1c89` as a capital, Python's ``str`` does not)."""
    from quotes.pipeline import antecedents, descriptions

    pieces = ["the", "The", "THE", "Alfonso", "Espinos", ",", ", and", "and", "Andre", "34", ",", "’s", "'s", "a", "an",
              "his", "Chamber’s", "chief", "strategist", "the 34-year-old", "The 26 - year - old", "-", "lead",
              "singer", "Riefian", "Fajarsyah", "“Ifan”", "é", "Élise", "\u1c89ab", "residence", "said", "told",
              "’s, the chief strategist,", ", a longtime adviser,", "singer \u1c89ab \u1c89cd", "Jingyi Pan of IG",
              "\u1c89ab Pan at", "of", "with", "from"]
    found = dict.fromkeys(("attributive", "listed", "after name", "gap", "aged", "role", "person of"), 0)
    for text in made_texts(pieces, count=4_000):
        for end in range(len(text) + 1):
            plain = bool(antecedents._ATTRIBUTIVE.match(text, end) and antecedents._THE_BEFORE.search(
                text, max(0, end - 5), end))
            found["attributive"] += plain
            assert antecedents._written_attributive(text, end, end) == plain, repr((text, end))
            for name, pattern, reach, ends in (("listed", antecedents._LISTED_LAST, 40, (",", "and")),
                                               ("after name", antecedents._AFTER_A_NAME, 60, ",")):
                plain = pattern.search(text, max(0, end - reach), end) is not None
                found[name] += plain
                assert antecedents._ended_by(pattern, text, end, reach, ends) == plain, repr((text, end, name))
            plain = antecedents._APPOSITIVE_GAP.fullmatch(text, end, len(text)) is not None
            found["gap"] += plain
            assert antecedents._appositive_gap(text, end, len(text)) == plain, repr((text, end))
            plain = descriptions.AGED_DESCRIPTION.match(text[end:]) is not None
            found["aged"] += plain
            assert (descriptions.aged_description(text[end:]) is not None) == plain, repr((text, end))
            plain = descriptions._ROLE_THEN_NAME.fullmatch(text[end:]) is not None
            found["role"] += plain
            assert (descriptions._role_then_name(text[end:]) is not None) == plain, repr((text, end))
            plain = descriptions._PERSON_OF_ORGANISATION.match(text[end:]) is not None
            found["person of"] += plain
            assert (descriptions._person_of_organisation(text[end:]) is not None) == plain, repr((text, end))
    assert min(found.values()) > 10, found


def test_the_kinds_of_a_title_are_those_of_the_role_kind_lists_holding_it(lexicon):
    """``Lexicon.title_kinds``: one table per lexicon, not a walk over its lists per role."""
    lists = lexicon.lists
    titles = {title for name, words in lists.items() if name.startswith("role_kind_") for title in words}
    assert titles
    for title in [*titles, "president", "", "sgt", "Sgt."]:
        plain = [name[len("role_kind_"):] for name, words in lists.items()
                 if name.startswith("role_kind_") and title in words]
        assert sorted(lexicon.title_kinds.get(title, ())) == sorted(plain), title


def test_story_numbers_count_the_story_paragraphs_before_each():
    """``Context._story_numbers``, summed in C: each paragraph's count of story paragraphs before it."""
    import types

    from quotes.pipeline.context import Context

    rng = random.Random(9)
    for _ in range(300):
        flags = [rng.random() < 0.3 for _ in range(rng.randint(0, 12))]
        article = types.SimpleNamespace(paragraphs=[types.SimpleNamespace(boilerplate=flag) for flag in flags])
        context = Context("", article, None, None, [], None)  # type: ignore[arg-type]
        plain, count = [], 0
        for flag in flags:
            plain.append(count)
            count += not flag
        assert context._story_numbers == plain, flags


def test_the_longer_organisation_name_is_the_one_a_walk_over_the_folded_names_finds(lexicon):
    """``Context.longer_organisation`` reads each name's folded words made once per article."""
    from quotes.names.spelling import fold
    from quotes.pipeline.context import Context
    from quotes.pipeline.coref import build_entities
    from quotes.pipeline.detect import detect
    from quotes.pipeline.layout import layout
    from quotes.pipeline.mentions import name_mentions
    from tests.conftest import GOLDEN

    def plain(context: Context, name: str) -> str:
        words = fold(name).split()
        if not words:
            return name
        for candidate, *_ in context._organisation_names:
            folded = fold(candidate).split()
            if folded[:1] == ["the"] and words[:1] != ["the"]:
                folded = folded[1:]
            if len(folded) > len(words) and folded[: len(words)] == words:
                return candidate
        full = lexicon.organisations.get(name)
        return full if full and len(full) > len(name) and full in context.text else name

    asked = 0
    texts = [path.read_text(encoding="utf-8") for path in sorted(GOLDEN.glob("*.txt"))]
    for text in [*texts, "The Globe and Mail said. Acme Holdings Inc. and the Acme Institute said. The Acme said."]:
        article = layout(text, lexicon=lexicon)
        article.candidates = detect(article)
        article.mentions = name_mentions(article)
        article.entities = build_entities(article.mentions, text=text)
        context = Context(text, article, article.entities, lexicon, article.mentions, article.analysis)
        for name, *_ in context._organisation_names:
            words = name.split()
            for asked_name in {name, words[0], " ".join(words[:2]), f"the {words[0]}", f"The {words[-1]}", "", "the"}:
                asked += 1
                assert context.longer_organisation(asked_name) == plain(context, asked_name), (name, asked_name)
    assert asked > 50


def test_a_role_description_kept_across_articles_is_the_one_made_afresh(lexicon):
    from quotes.pipeline import context as module

    made = module.Context("", None, None, lexicon, [], None)  # type: ignore[arg-type]
    roles = ["President", "Sen.", "the former Ohio governor", "Russia’s foreign minister", "then-Secretary", ""]
    for role in roles * 2:
        assert made.described(role) == module._description_words(role, lexicon)
    other = module.Context("", None, None, lexicon, [], None)  # type: ignore[arg-type]
    assert other.described("President") is made.described("President")  # kept for the lexicon
    kept = module._DESCRIBED.answers
    for number in range(module.DESCRIBED_KEPT + 5):
        other.described(f"role {number}")
    assert len(kept) <= module.DESCRIBED_KEPT  # bounded


def test_an_appositive_pair_read_up_to_the_next_comma_is_the_one_the_whole_text_gives():
    from quotes.pipeline import descriptions

    pieces = [",", ",", "Charles", "Glynn", "and", "Richard", "Jones", "Andrea", "&", "attorneys", "said", "band",
              "Anderson", "é", "Élise", "x", ", Charles Glynn and Richard Jones,", "Ann and Bob,"]
    found = 0
    for text in made_texts(pieces, count=3_000):
        for start in range(len(text) + 1):
            plain = descriptions._APPOSITIVE_PAIR.match(text, start)
            found += plain is not None
            fast = descriptions._appositive_pair(text, start)
            assert (fast and fast.span(1, 2)) == (plain and plain.span(1, 2)), repr((text, start))
    assert found > 50


def test_paragraphs_with_a_pronoun_are_those_a_walk_over_every_word_finds(lexicon):
    """``Context._paragraphs_with_pronoun`` asks in C first whether a sentence holds a pronoun."""
    from quotes.pipeline.context import Context
    from quotes.pipeline.layout import layout
    from tests.conftest import GOLDEN

    texts = [path.read_text(encoding="utf-8") for path in sorted(GOLDEN.glob("*.txt"))]
    for text in [*texts, "He said “he would.” She agreed.\n\n“Her,” said Al.\n\nNone here."]:
        article = layout(text, lexicon=lexicon)
        context = Context(text, article, None, lexicon, [], None)  # type: ignore[arg-type]
        table = article.tokens
        for gender, words in (("m", lexicon.lists["male_pronouns"]), ("f", lexicon.lists["female_pronouns"])):
            plain = {context._story_numbers[sentence.paragraph] for sentence in article.sentences if any(
                not table.quoted[i] and table.lower[i] in words for i in range(sentence.first, sentence.end))}
            assert context._paragraphs_with_pronoun(gender) == plain, gender

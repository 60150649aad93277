"""Shortcuts of the mention and coreference stages (speed round 8), each compared with the plain
computation it replaces on many inputs."""

from __future__ import annotations

import random

import attrs

from quotes.pipeline import mentions
from quotes.pipeline.mentions import NameMention
from quotes.pipeline.tokens import make_word, strip_possessive

NAMES = ["Trump", "Jones", "Obama’s", "Davis'", "Sanders’", "Xi Jinping", "Kim Jong Un", "Donald Trump Jr.",
         "R. Gil Kerlikowske", "Al Hashish", "Fouzia Al Hashish", "Acme Corp", "U.S.", "Ms", "s", "’s", "A\xa0B",
         "Jo\x1cSmith", "Eileen de Villa", "Ted Cruz", "Harry B. Harris Jr.", "Park Geun-hye", "’"]


def _fields(mention: NameMention) -> dict:
    return {field.name: getattr(mention, field.name) for field in attrs.fields(NameMention)}


def test_a_mention_made_field_by_field_is_the_one_the_class_makes():
    rng = random.Random(8)
    for _ in range(3_000):
        written = rng.choice(NAMES)
        span = make_word((5, 5 + len(written), written))
        name = make_word((5, 5 + len(written), rng.choice([written, written.split()[-1]])))
        values = (span, name, rng.choice(["person", "organization", "unknown"]), rng.choice([None, "senator"]),
                  rng.choice([None, "m", "f"]), *(rng.random() < 0.5 for _ in range(5)))
        made, plain = mentions._made(*values), NameMention(*values)
        assert _fields(made) == _fields(plain), values
        assert made == plain
        assert _fields(mentions._made(*values, name.text.split())) == _fields(plain), values  # the words given


def test_a_span_of_one_word_is_the_span_and_name_the_text_gives():
    words = {form for name in NAMES for word in name.split() for form in (word, word + "s", word + "’s", word + "'s",
                                                                         word + "’", word + "'", word + "ss")}
    for word in sorted(words):
        text = f"“{word} said"
        start = 1
        assert mentions._word_span(word, start, start + len(word)) == mentions._span_and_name(
            text, start, start + len(word), start), word
        assert strip_possessive(word) == mentions._word_span(word, 0, len(word))[1].text


SALAD = ["Trump", "Donald", "and", "&", ",", "of", "van", "der", "the", "said", "Globe", "Mail", "Local", "1142",
         "Thursday", "Monday", "Agency", "Securities", "Exchange", "Commission", "Ottawa-based", "Institute", "’s",
         "Fisheries", "Oceans", "Canada", "Procter", "Gamble", "he", ".", "42", "De", "la", "Cruz", "Mr."]


def test_a_run_ends_after_its_first_word_where_it_may_not_go_on(lexicon):
    from quotes.pipeline.runs import Runs, may_go_on
    from quotes.pipeline.tokens import SentenceWords

    rng = random.Random(8)
    joiners = lexicon.lists["name_joiners"]
    went_on = 0
    for _ in range(3_000):
        texts = [rng.choice(SALAD) for _ in range(rng.randint(1, 14))]
        words = SentenceWords(texts, list(range(len(texts))), list(range(1, len(texts) + 1)))
        lowered = [word.lower() for word in texts]
        for first, word in enumerate(texts):
            if word[:1].isupper():
                plain = Runs(words, lexicon, lowered).extended_end(first)  # the walk, with no shortcut
                if not may_go_on(texts, lowered, first + 1, joiners):
                    assert plain == first + 1, (texts, first)
                went_on += plain > first + 1
                assert Runs(words, lexicon, lowered).end(first) == plain, (texts, first)
    assert went_on > 1_000


def test_the_classifiers_sentence_openers_are_the_lexicons_three_sets(lexicon):
    from quotes.pipeline.readings import classifier_for

    openers = classifier_for(lexicon).sentence_openers
    words = lexicon.lists["sentence_openers"] | lexicon.words["preposition"] | lexicon.lists["opening_prepositions"]
    for word in words | lexicon.words["auxiliary"] | {"trump", "said", "the"}:
        assert (word in openers) == (word in lexicon.lists["sentence_openers"] or word in lexicon.words["preposition"]
                                     or word in lexicon.lists["opening_prepositions"]), word


def _plain_named_as_organisations(found):
    """``mentions._named_as_organisations`` as written before it kept the list when nothing changes."""
    organisations = {m.name.text for m in found if m.kind == mentions.ORGANIZATION}
    if not organisations:
        return found
    return [attrs.evolve(m, kind=mentions.ORGANIZATION, role=None, gender=None)
            if m.kind == mentions.PERSON and m.name.text in organisations and m.span == m.name else m for m in found]


def _plain_surnames_alone(found):
    """``mentions._surnames_alone`` as written before it kept the list when nothing changes."""
    names = set()
    for m in found:
        if m.kind == mentions.PERSON and m.first is not None:
            names.add(m.surname)
            names.add(m.first)
    if not names:
        return found
    return [attrs.evolve(m, kind="unknown") if m.kind == mentions.ORGANIZATION and m.name.text in names
            and " " not in m.name.text else m for m in found]


def test_mentions_settled_keeping_unchanged_lists_are_those_the_plain_passes_settle(lexicon):
    written = ["House", "Christopher House", "Jordan", "Jordan Stewart", "Dixon Hall", "Mr. Dixon Hall", "Al Hashish",
               "Fouzia Al Hashish", "Eileen de Villa", "De Villa", "Acme", "Acme Corp", "Trump", "Donald Trump"]
    rng = random.Random(8)
    changed = 0
    for _ in range(3_000):
        found = []
        for _ in range(rng.randint(0, 10)):
            text = rng.choice(written)
            name = text.split(". ")[-1] if rng.random() < 0.7 else text
            span = make_word((0, len(text), text))
            proper = span if name == text else make_word((len(text) - len(name), len(text), name))
            found.append(NameMention(span, proper, rng.choice(["person", "organization", "unknown"]),
                                     role=rng.choice([None, "mayor"]), gender=rng.choice([None, "m"]),
                                     bare=rng.random() < 0.1))
        plain = _plain_named_as_organisations(_plain_surnames_alone(
            mentions._particle_surnames_alone(found, lexicon)))
        settled = mentions._named_as_organisations(mentions._surnames_alone(
            mentions._particle_surnames_alone(found, lexicon)))
        assert [_fields(m) for m in settled] == [_fields(m) for m in plain], [m.name.text for m in found]
        changed += any(a is not b for a, b in zip(found, plain))
    assert changed > 500

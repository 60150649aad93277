"""Name mentions: a capitalised run split into role and name, and classified, by the lexicons."""

import attrs
import pytest

from quotes.pipeline import readings as mentions_module
from quotes.pipeline.mentions import ORGANIZATION, PERSON, name_mentions
from quotes.pipeline.layout import layout


def found(text, lexicon):
    return [(m.kind, m.name.text, m.role, m.gender) for m in name_mentions(layout(text, lexicon=lexicon))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian Foreign Minister Sergei Lavrov spoke to reporters after the talks.",
         [(PERSON, "Sergei Lavrov", "Russian Foreign Minister", "m")]),
        ("The talks ended. Mr. Lavrov’s remarks were brief.", [(PERSON, "Lavrov", None, "m")]),
        ("The officials in the Kremlin disagreed with the plan.", [(ORGANIZATION, "Kremlin", None, None)]),
        ("The hearing was led by Oversight Committee Chairman Jason Chaffetz on a warm day.",
         [(PERSON, "Jason Chaffetz", "Oversight Committee Chairman", "m")]),
        ("He met with Sen. Ted Cruz of Texas and later with the economist Robert Gordon of Northwestern University.",
         [(PERSON, "Ted Cruz", "Sen. of Texas", "m"), (PERSON, "Robert Gordon", "economist", "m")]),
        ("He works for the Bank of America in the city.", [(ORGANIZATION, "Bank of America", None, None)]),
        # a first name the lexicons do not know: a person when the document uses the surname alone
        # before a verb of saying or after an honorific; opening a sentence too, unless the article
        # also writes the first word in lower case (issue 16: any name in a source position is a name)
        ("Officials said that Tashfeen Malik passed the checks. Ms. Malik was fine.",
         [("unknown", "Officials", None, None), (PERSON, "Tashfeen Malik", None, None), (PERSON, "Malik", None, "f")]),
        ("The host, Rush Limbaugh, spoke on Friday. Limbaugh said it was over.",
         [(PERSON, "Rush Limbaugh", None, None), ("unknown", "Friday", None, None), ("unknown", "Limbaugh", None, None)]),
        ("Tashfeen Malik passed the checks. Ms. Malik was fine.",
         [(PERSON, "Tashfeen Malik", None, None), (PERSON, "Malik", None, "f")]),
        ("Checks Malik passed were fine, the checks said. Ms. Malik was fine.",
         [(PERSON, "Malik", None, "f")]),
        ("He read “Rush Limbaugh” twice. Limbaugh said it was over.", [("unknown", "Limbaugh", None, None)]),
        ("He read the Real Donald Trump. Trump said it was over.", [("unknown", "Trump", None, None)]),
        # "Un" of "Kim Jong Un" is no nation (the UN's adjective is kept as written)
        ("He met North Korean leader Kim Jong Un in the city.", [(PERSON, "Kim Jong Un", "leader", None)]),
        # a party-state tag after the name joins the title: "the Vermont senator" can find him
        ("We met Sen. Bernie Sanders (I-Vt.) in the hall.", [(PERSON, "Bernie Sanders", "Sen. (I-Vt.)", "m")]),
        ("We met Sen. Rand Paul, R-Ky., in the hall.", [(PERSON, "Rand Paul", "Sen. (R-Ky.)", "m")]),
        ("We met Sen. Rand Paul, R-Oz, in the hall.", [(PERSON, "Rand Paul", "Sen.", "m"), ("unknown", "R-Oz", None, None)]),
        # a lone capitalised word opening a sentence may be a surname: the resolver decides
        ("Talks ended on Monday.", [("unknown", "Talks", None, None), ("unknown", "Monday", None, None)]),
        ("The talks ended.", []),  # a sentence-opening function word is not a name
        ("BUENA PARK — Officials met.", []),  # an all-capitals dateline is not a name
    ],
)
def test_name_mentions(text, expected, lexicon):
    assert found(text, lexicon) == expected


def test_readings_are_cached_per_lexicon_and_change_nothing(lexicon):
    text = "Secretary of State Antony Blinken met Sergei Lavrov. Blinken said the Kremlin knew."
    cold = found(text, attrs.evolve(lexicon))  # a new lexicon object: a new, empty cache
    assert found(text, lexicon) == found(text, lexicon) == cold
    assert cold[0] == (PERSON, "Antony Blinken", "Secretary of State", "m")


def test_the_readings_cache_is_bounded(lexicon, monkeypatch):
    monkeypatch.setattr(mentions_module, "_READINGS_KEPT", 2)
    fresh = attrs.evolve(lexicon)
    text = "Anna Smith met Boris Jones, Carla Ortiz and Dmitri Ivanov in a hotel on a rainy day."
    assert [name for _, name, _, _ in found(text, fresh)] == ["Anna Smith", "Boris Jones", "Carla Ortiz", "Dmitri Ivanov"]
    assert len(mentions_module.classifier_for(fresh).readings) <= 2

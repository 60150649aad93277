"""Speaker resolution: names, pronouns, roles, context, organisations, unnamed sources.

Each case is (text, expected) with expected a list of (speaker, speaker_type) per quote.
"""

import pytest

from quotes import extract
from quotes.names import similar_first_names, similar_surnames


def speakers(text):
    return [(q.speaker, q.speaker_type.value if q.speaker_type else None) for q in extract(text)]


CASES = [
    # a name, a title before it, an appositive after it
    ("US Secretary of State Antony Blinken said the talks were useful.",
     [("Antony Blinken", "person")]),
    ("Jens Stoltenberg, Nato's secretary-general, said the door stays open.",
     [("Jens Stoltenberg", "person")]),
    # surname and honorific -> full name
    ("Sergei Lavrov met Antony Blinken. Mr. Lavrov said the talks were useful. Blinken said they were not.",
     [("Sergei Lavrov", "person"), ("Antony Blinken", "person")]),
    # pronoun -> the current speaker, not a person named inside the quote
    ("Separately, Lavrov told reporters, “Blinken agrees that we need a sensible dialogue.” "
     "He added that another meeting could take place.",
     [("Lavrov", "person"), ("Lavrov", "person")]),
    ("Sergei Lavrov met Antony Blinken in Geneva. Separately, Lavrov told reporters, “Blinken agrees "
     "that we need a sensible dialogue.” He added that another meeting could take place.",
     [("Sergei Lavrov", "person"), ("Sergei Lavrov", "person")]),
    # pronoun gender
    ("Wendy Sherman met Sergei Ryabkov. She said the meeting was frank.",
     [("Wendy Sherman", "person")]),
    # role descriptions -> the person introduced with that role
    ("US Secretary of State Antony Blinken met Lavrov. The US will send more aid, according to the secretary of state.",
     [("Antony Blinken", "person")]),
    ("Russian President Vladimir Putin spoke with Joe Biden. The Russian president added, “Let’s not get ahead of ourselves.”",
     [("Vladimir Putin", "person")]),
    ("Foreign Minister Sergei Lavrov arrived. Prices will rise, according to Russia’s foreign minister Sergei Lavrov.",
     [("Sergei Lavrov", "person")]),
    # a describing word before an unknown title noun still opens the source: "retired neurosurgeon"
    ("“I am not going to say it is a mistake,” said retired neurosurgeon Ben Carson, asked about his claims.",
     [("Ben Carson", "person")]),
    ("“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednarek, who served as an adviser.",
     [("Mick Bednarek", "person")]),
    # a bare or honorific name may be the first of two surnames (or a maiden name) of a full name
    ("Bank president Melba Acosta Febo resigned. Ms. Acosta said that the bank was solvent.",
     [("Melba Acosta Febo", "person")]),
    ("Hillary Rodham Clinton spoke. Rodham said that the plan was fine.", [("Hillary Rodham Clinton", "person")]),
    # East Asian family names come first: `Xi` is Xi Jinping, `Kim` Kim Jong Un; `Kim Davis` is a Davis
    ("Chinese President Xi Jinping met Obama. Xi said that the talks were useful. He added that more were needed.",
     [("Xi Jinping", "person"), ("Xi Jinping", "person")]),
    ("North Korean leader Kim Jong Un fired a missile. Kim said that the test was a success.",
     [("Kim Jong Un", "person")]),
    ("South Korean President Park Geun-hye spoke. Park said that the North must stop. She said it was over.",
     [("Park Geun-hye", "person"), ("Park Geun-hye", "person")]),
    ("County clerk Kim Davis refused. Davis said that she would not sign.", [("Kim Davis", "person")]),
    # "who" after an appositive is the person the appositive describes
    ("Money flooded into the U.S. Chamber of Commerce. “We are gearing up,” said Scott Reed, the Chamber’s "
     "chief political strategist, who added that his organization planned to focus on local issues.",
     [("Scott Reed", "person"), ("Scott Reed", "person")]),
    # a bare surname shared by a man and a woman takes the gender of the pronoun that follows it
    ("Hillary Clinton spoke. Former President Bill Clinton spoke too. Clinton said that the deal was bad. "
     "She said that it was over.", [("Hillary Clinton", "person"), ("Hillary Clinton", "person")]),
    ("Hillary Clinton spoke. Former President Bill Clinton spoke too. Clinton said that the deal was bad. "
     "He said that it was over.", [("Bill Clinton", "person"), ("Bill Clinton", "person")]),
    ("Hillary Clinton spoke. Former President Bill Clinton spoke too. Clinton said that “he was wrong”.",
     [("Bill Clinton", "person")]),
    # a person named before "of" an organisation is the source; the organisation's people and a
    # person's account on a platform are not the organisation; companies are organisations
    ("Big tax cuts do not pay for themselves, said James Pethokoukis of the American Enterprise Institute.",
     [("James Pethokoukis", "person")]),
    ("Verizon executives said that the strike had affected some consumers.", [(None, "unnamed")]),
    ("Ivanka Trump spoke. Her Twitter account said that the look was hers.", [(None, "unresolved")]),
    ("In response, Twitter said it actively investigated potential terrorist threats.", [("Twitter", "organization")]),
    ("Goldman Sachs said that profits rose.", [("Goldman Sachs", "organization")]),
    # a state tied to a senator by a party-state tag or "of"
    ("Sen. Ted Cruz (R-Texas) spoke. Sen. Marco Rubio of Florida spoke too. The Texas senator said the deal "
     "was bad. The Florida senator said it was good.", [("Ted Cruz", "person"), ("Marco Rubio", "person")]),
    ("Sen. Ted Cruz (R-Texas) spoke. The Florida senator said the deal was bad.", [(None, "unnamed")]),
    # a contracted pronoun is the pronoun; a lone capitalised date, function word or state is no person
    ("Jeb Bush spoke in Iowa. He’s comparing the gun actions to immigration and says Obama is wrong.",
     [("Jeb Bush", "person")]),
    ("There were also reports saying that officials knew.", [(None, "unresolved")]),
    ("In response, Iowa said that the deal was bad.", [("Iowa", "organization")]),
    # two or three capitalised words no entity holds: a state, a group, a party member by place
    ("New Hampshire said that the vote was fair.", [("New Hampshire", "organization")]),
    ("Some Democrats said that the vote was fair.", [(None, "unnamed")]),
    ("A New Hampshire Republican said that the vote was fair.", [(None, "unnamed")]),
    ("At the rally, Haines, 44, said that the vote was fair.", [("Haines", "person")]),
    # a capitalised common noun (the article writes it in lower case too) is a group, not a name
    ("Federal prosecutors met on Monday. Prosecutors said that the case was strong.", [(None, "unnamed")]),
    ("Guccifer said that the server was unprotected.", [("Guccifer", "person")]),
    ("The bill was backed by Republicans, who said that it would pass.", [(None, "unnamed")]),
    ("Cutting taxes would help, said Rep. Jason Smith, R-Mo.", [("Jason Smith", "person")]),
    # descriptions of a person (businessman, neurosurgeon, actress) find the person they were tied to;
    # untied, a definite one is unresolved (someone the text means), an indefinite one unnamed
    ("Donald Trump, the billionaire businessman, spoke in Iowa. Ted Cruz spoke too. The businessman said "
     "that the tax plan was unfair.", [("Donald Trump", "person")]),
    ("Ben Carson, a retired neurosurgeon, spoke in Iowa. The retired neurosurgeon said that the plan was unfair.",
     [("Ben Carson", "person")]),
    ("The gambling tycoon said that the tax plan was unfair.", [(None, "unresolved")]),
    ("An actor in Dallas said that the tax plan was unfair.", [(None, "unnamed")]),
    # "former" is no title word, but a former holder is not the current one
    ("Former Secretary of State Hillary Clinton spoke. The former secretary of state said the deal was bad.",
     [("Hillary Clinton", "person")]),
    ("Former President Bill Clinton spoke. President Barack Obama spoke too. The former president said the "
     "deal was bad. The president said it was good.", [("Bill Clinton", "person"), ("Barack Obama", "person")]),
    ("President Barack Obama spoke. The former president said the deal was bad.", [(None, "unnamed")]),
    # a role in an appositive, after a full name or a bare surname, with a place in it
    ("Hillary Clinton spoke. Clinton, the former secretary of state, is a Democrat. The former secretary of "
     "state said the deal was bad.", [("Hillary Clinton", "person")]),
    ("Jeb Bush, the former Florida governor, spoke. Donald Trump spoke too. “We must win,” the former "
     "Florida governor said.", [("Jeb Bush", "person")]),
    ("Tom Fitton, the president of Judicial Watch, a conservative group, said that ''the damage is done.''",
     [("Tom Fitton", "person")]),
    # a quote with no cue takes its neighbour's speaker
    ("“It is over,” Blinken said.\n\n“Any movement of troops is an invasion.”",
     [("Blinken", "person"), ("Blinken", "person")]),
    ("“How Russia responds is up to them,” Antony Blinken continued. “Either way, we’re prepared.”",
     [("Antony Blinken", "person"), ("Antony Blinken", "person")]),
    # spelling variants are one person; canonical = fullest name, most frequent spelling
    ("Sergei Lavrov arrived. Sergey Lavrov said the talks were useful. Sergey Lavrov left.",
     [("Sergey Lavrov", "person")]),
    ("Anthony Blinken arrived. Antony Blinken said the talks were useful. Antony Blinken left.",
     [("Antony Blinken", "person")]),
    ("US Secretary of State Antony Blink arrived. Blinken said the talks were useful. Blinken left.",
     [("Antony Blinken", "person")]),
    # organisations and unnamed sources are typed as such, never guessed as people
    ("The Russian Foreign Ministry said the West was to blame.", [("Russian Foreign Ministry", "organization")]),
    ("Russia’s foreign ministry later said Lavrov had issued a warning.",
     [("Russia’s foreign ministry", "organization")]),
    ("Kozak will meet reporters next week, according to Bloomberg.", [("Bloomberg", "organization")]),
    ("Immigration, Refugees and Citizenship Canada (IRCC) is busy. IRCC said the backlog would clear soon.",
     [("Immigration, Refugees and Citizenship Canada", "organization")]),
    ("A member of the Russian delegation said the two countries may meet again.", [(None, "unnamed")]),
    ("Officials said the border would stay closed.", [(None, "unnamed")]),
    ("Officials familiar with the talks said the deal was close.", [(None, "unnamed")]),
    ("Other senators said the bill was dead.", [(None, "unnamed")]),
    # joint sources
    ("Antony Blinken met Sergei Lavrov. When Blinken asked whether there was any prospect of a deal, "
     "both answered there were.",
     [("Antony Blinken and Sergei Lavrov", "person")]),
    # the innermost source
    ("According to Bloomberg, Kozak admitted that the discussions were “not easy”.", [("Kozak", "person")]),
    # an honorific's gender keeps namesakes apart
    ("Bill Clinton campaigned for Hillary Clinton in Iowa on Monday. Mrs. Clinton said the race was close. "
     "Mr. Clinton said the crowds were big. She added that she would win.",
     [("Hillary Clinton", "person"), ("Bill Clinton", "person"), ("Hillary Clinton", "person")]),
    ("Donald Trump met his former wife Ivana Trump for lunch. Mr. Trump said the lunch went well.",
     [("Donald Trump", "person")]),
    # a possessive honorific form is a mention like any other
    ("Sergei Lavrov met Antony Blinken. Mr. Lavrov’s claim that the talks failed was denied.",
     [("Sergei Lavrov", "person")]),
    # a possessor is not a clause's subject, so not a pronoun's antecedent ("X's been" is a verb)
    ("Donald Trump spoke in Ohio. Tim Scott, who has called Mr. Trump's comments toxic, spoke later. "
     "“There will be other voices,” he said.", [("Tim Scott", "person")]),
    ("Marco Rubio met voters. Chris Christie's been making the case for weeks. “You are not ready,” he said.",
     [("Chris Christie", "person")]),
    # a title after an organisation's name, a home state after the name: still the person
    ("Oversight Committee Chairman Jason Chaffetz spoke on Monday. Chaffetz said the answers were not enough.",
     [("Jason Chaffetz", "person")]),
    ("He met with Sen. Ted Cruz of Texas on Monday. Cruz said the deal was bad.", [("Ted Cruz", "person")]),
    ("Robert Gordon of Northwestern University said growth would slow.", [("Robert Gordon", "person")]),
    # a role description with its place finds the person introduced with that place and title
    ("New Jersey Gov. Chris Christie met Sen. Bernie Sanders. The New Jersey governor said the deal was bad. "
     "The senator said it was good.", [("Chris Christie", "person"), (None, "unnamed")]),
    # a generational suffix is not the surname, and a son is not his father
    ("Adm. Harry B. Harris Jr. leads the Pacific Command. “We are ready,” Admiral Harris said.",
     [("Harry B. Harris Jr.", "person")]),
    ("Donald J. Trump spoke. That prompted a response from Donald Trump Jr., who said that the staff "
     "was loyal. Mr. Trump said the party was united.",
     [("Donald Trump Jr.", "person"), ("Donald J. Trump", "person")]),
    # an appositive title makes a name the lexicons do not know a person
    ("Dottie Deans, the chairwoman of the Vermont Democratic Party, backs Sanders. “He will win,” she said. "
     "Deans added that the race was close.", [("Dottie Deans", "person"), ("Dottie Deans", "person")]),
    # one of an organisation's people is not the organisation; an outlet named as such is
    ("A Kremlin spokesman said the talks were useful.", [(None, "unnamed")]),
    ("The president of Judicial Watch said the ruling was wrong.", [(None, "unnamed")]),
    ("The chief executive of CloudFlare said the attack was large.", [(None, "unnamed")]),
    ("The New Hampshire Union Leader reported that the race was close.",
     [("New Hampshire Union Leader", "organization")]),
    # a lone capitalised word that is no name: a group (unnamed) or an acronym (organisation)
    ("Democrats said the bill was dead.", [(None, "unnamed")]),
    ("Another said the bill was dead.", [(None, "unnamed")]),
    ("The DNC said the emails were private.", [("DNC", "organization")]),
    # "the department", "the newspaper": the organisation of that kind named last
    ("The State Department released the emails on Friday. The department said more would follow.",
     [("State Department", "organization")]),
    ("The Orlando Sentinel covered the rally. The newspaper reported that the crowd was large.",
     [("Orlando Sentinel", "organization")]),
    # "I" and "it" are never a person's name
    ("I said the bill was dead.", [(None, "unresolved")]),
    ("The Saudis said the report was false.", [("Saudi Arabia", "organization")]),
    ("The World Bank said growth would slow. It said that prices would rise.",
     [("World Bank", "organization"), ("World Bank", "organization")]),
    # a quotation with no cue takes its unnamed neighbour, not a name further back
    ("Hillary Clinton spoke in Iowa.\n\n“It was great,” a senior official said.\n\n“She will win.”",
     [(None, "unnamed"), (None, "unnamed")]),
    # a named person's campaign, spokesman or aides are another source than the person
    ("Hillary Clinton spoke on Monday. Hillary Clinton’s campaign said it would not change course.",
     [("Hillary Clinton’s campaign", "organization")]),
    ("David Cameron arrived in Brussels. Cameron’s spokesman said the talks had gone well.",
     [(None, "unnamed")]),
    ("Bernie Sanders spoke in Iowa on Monday. Sanders’ aides said the crowd was the biggest yet.",
     [(None, "unnamed")]),
    ("Ted Cruz spoke in Iowa on Monday. A senior Cruz adviser said the crowd was the biggest yet.",
     [(None, "unnamed")]),
    ("Donald Trump spoke in Ohio. The Trump campaign said the rally was the biggest yet.",
     [("Trump campaign", "organization")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers(text, expected):
    assert speakers(text) == expected


def test_unresolved_source_keeps_its_mention_with_low_confidence():
    [quote] = extract("He said the talks were useful.")
    assert quote.speaker is None
    assert quote.mention.text == "He"
    assert quote.confidence < 0.5


def test_role_is_taken_from_the_article():
    [quote] = extract("Kremlin envoy Dmitry Kozak said the discussions were hard.")
    assert (quote.speaker, quote.speaker_role) == ("Dmitry Kozak", "Kremlin envoy")


@pytest.mark.parametrize(
    "text",
    ["Talks ended. Mr. Lavrov said the discussions were hard.",
     "The meeting was a success for Mrs. Clinton, who said the discussions were hard."],
)
def test_a_courtesy_title_or_preposition_is_not_a_role(text):
    [quote] = extract(text)
    assert quote.speaker_role is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Sergei", "Sergey", True), ("Dmitry", "Dmitri", True), ("Antony", "Anthony", True),
     ("Dmitry", "Dmytro", True), ("Joe", "Jill", False), ("Sergei", "Serena", False)],
)
def test_first_name_variants(a, b, same):
    assert similar_first_names(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Blinken", "Blink", True), ("Lavrov", "Lavrow", True), ("Biden", "Putin", False), ("Kozak", "Kuleba", False)],
)
def test_surname_variants(a, b, same):
    assert similar_surnames(a, b) is same


INVISIBLE = [("\u00ad", "soft hyphen"), ("\u200b", "zero-width space"), ("\u200d", "zero-width joiner"),
             ("\u2060", "word joiner")]


@pytest.mark.parametrize("mark", [mark for mark, _ in INVISIBLE], ids=[name for _, name in INVISIBLE])
@pytest.mark.parametrize(("text", "expected"), [
    ("Sergei Lav{}rov said that it was over.", "Sergei Lavrov"),  # was no quote at all
    ("“It is over,” said Sergei Lav{}rov.", "Sergei Lavrov"),  # was `Sergei Lav`
    ("Sergei Lav{}rov met Blinken. He said that it was over.", "Sergei Lavrov"),
    ("Sergei Lavrov met Blinken. Mr. Lav{}rov said that it was over.", "Sergei Lavrov"),
    ("Sergei Lav{}rov met Blinken. Lavrov said that it was over.", "Sergei Lavrov"),
])
def test_an_invisible_character_inside_a_name_does_not_split_it(text, expected, mark):
    """Web copy hides soft hyphens and zero-width characters inside words: names are matched
    without them and output without them; the text and its offsets stay untouched."""
    text = text.format(mark)
    [quote] = extract(text)
    assert (quote.speaker, quote.speaker_type.value) == (expected, "person")
    assert text[quote.mention.start:quote.mention.end] == quote.mention.text

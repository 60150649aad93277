"""Quote detection: constructions, broken marks and the seed articles' hard cases.

Each case is (text, expected) with expected a list of (kind, content) in document order.
"""

import pytest

from quotes import extract


def found(text):
    return [(q.kind.value, q.text) for q in extract(text)]


CONSTRUCTIONS = [
    # SRC CUE (that) CONTENT
    ("Lavrov said that Washington now had the initiative.",
     [("indirect", "Washington now had the initiative")]),
    ("Lavrov said Washington now had the initiative.",
     [("indirect", "Washington now had the initiative")]),
    # time and place adjuncts between cue and content
    ("Dmytro Kuleba told reporters on Thursday that the talks were over.",
     [("indirect", "the talks were over")]),
    ("Rubio told a crowd in Miami on Tuesday that voters are angry.",
     [("indirect", "voters are angry")]),
    ("UN Secretary-General Antonio Guterres said on Friday that an invasion would be illegal.",
     [("indirect", "an invasion would be illegal")]),
    # CONTENT, SRC CUE  /  CONTENT, CUE SRC
    ("Diplomacy is preferred, Blinken said.", [("indirect", "Diplomacy is preferred")]),
    ("The deal is dead, said a senior official.", [("indirect", "The deal is dead")]),
    # According to
    ("According to him, Moscow would know once it receives a formal answer.",
     [("indirect", "Moscow would know once it receives a formal answer")]),
    ("The talks will resume in March, according to Bloomberg.",
     [("indirect", "The talks will resume in March")]),
    # content split by its own attribution: one span, attribution included
    ("Russia, according to Lavrov, has concerns of its own.",
     [("indirect", "Russia, according to Lavrov, has concerns of its own")]),
    ("The talks, he said, were useful.", [("indirect", "The talks, he said, were useful")]),
    # SRC CUE: CONTENT
    ("The minister said: the border will stay closed.", [("indirect", "the border will stay closed")]),
    # chained and coordinated
    ("Blinken said the talks were useful, adding that more work was needed.",
     [("indirect", "the talks were useful"), ("indirect", "more work was needed")]),
    # infinitival and small clauses
    ("He also advised Moscow to start de-escalating tensions.",
     [("indirect", "to start de-escalating tensions")]),
    # a request is a speech act with infinitive content, like advice (once listed as not a quote;
    # benchmarks/data/ggt/CONVENTIONS.md §2 settles it by SPEC's `advised Moscow to`)
    ("In another 2013 email, Clinton asks her assistant to print out the recommendations.",
     [("indirect", "to print out the recommendations")]),
    ("Sergei Lavrov described the talks as constructive and useful.",
     [("indirect", "the talks as constructive and useful")]),
    # mixed quotes
    ("Kozak admitted that the discussions were “not easy”.",
     [("mixed", "the discussions were “not easy”")]),
    ("Putin called the discussions “frank and substantial,” officials said.",
     [("mixed", "the discussions “frank and substantial,”")]),
    ("Blinken warned of a “rapid, punishing” reaction.", [("mixed", "a “rapid, punishing” reaction")]),
    # direct quotes, before and after their attribution
    ("“Either way, we’re prepared,” he said.", [("direct", "Either way, we’re prepared,")]),
    ("Lavrov told reporters, “We need a sensible dialogue.”", [("direct", "We need a sensible dialogue.")]),
    ("Separately, Lavrov told reporters, “We need a sensible dialogue.”",
     [("direct", "We need a sensible dialogue.")]),
    ("“It is over,” said Blinken.", [("direct", "It is over,")]),
    # a quotation interrupted by its attribution: two records
    ("“How Russia responds is up to them,” he continued. “Either way, we’re prepared.”",
     [("direct", "How Russia responds is up to them,"), ("direct", "Either way, we’re prepared.")]),
    # subjects with lists, participles, relative clauses; a one-word subject split by the attribution
    ("A Democratic aide said comments from Rice, Rhodes and Panetta were consistent.",
     [("indirect", "comments from Rice, Rhodes and Panetta were consistent")]),
    ("Some 56 percent of Cuban-Americans polled said they were less likely to vote.",
     [("indirect", "they were less likely to vote")]),
    ("Hawkins and others who want to ban abortion said the decision was stark.",
     [("indirect", "the decision was stark")]),
    ("Trump, Sexton said, has created a new zone.", [("indirect", "Trump, Sexton said, has created a new zone")]),
    ("Overall, she said, the party is losing voters.", [("indirect", "the party is losing voters")]),
    ("In every realm, Trump vowed to put the country's interests first.",
     [("indirect", "to put the country's interests first")]),
    ("Declaring that he alone can fix it, the candidate offered himself as the answer.",
     [("indirect", "he alone can fix it")]),
    ("He said, twice, that he was going back to work.", [("indirect", "he was going back to work")]),
    ("“No,” replied Jeff Zucker, the network's president.", [("direct", "No,")]),
    ("This is not about me, President Obama told his closest advisers.", [("indirect", "This is not about me")]),
    ("Clinton leads Sanders by 271 delegates according to a count by The Associated Press.",
     [("indirect", "Clinton leads Sanders by 271 delegates")]),
    ("Marco Rubio says, win or lose in Florida, he’s staying in the race.",
     [("indirect", "win or lose in Florida, he’s staying in the race")]),
    ("Hamdy was also headed to Cairo, her friend said.", [("indirect", "Hamdy was also headed to Cairo")]),
    ("Cruz lacks support in Congress, whom he has alienated, said Larry Sabato, a professor.",
     [("indirect", "Cruz lacks support in Congress, whom he has alienated")]),
    ("Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win.",
     [("indirect", "the candidate could win")]),
    ("As the Times noted, Clinton raised more than $1.1 million.", [("indirect", "Clinton raised more than $1.1 million")]),
    ("Carly Fiorina backed Ted Cruz on Wednesday, saying it is time for a conservative.",
     [("indirect", "it is time for a conservative")]),
    ("Other senators said they, too, have had no dealings with Cruz.",
     [("indirect", "they, too, have had no dealings with Cruz")]),
    ("Officials familiar with the talks said the deal was close.", [("indirect", "the deal was close")]),
    ("Whitman told The Star-Ledger of Newark last week she would rather vote for Clinton.",
     [("indirect", "she would rather vote for Clinton")]),
    ("Gordon Humphrey, who told POLITICO he’ll work full-time to rebel, spoke on Monday.",
     [("indirect", "he’ll work full-time to rebel")]),
    # NYT-style typewriter quotes
    ("''It refreshes the library,'' said Peter Rice.", [("direct", "It refreshes the library,")]),
    # "secretary of state" is a title, not the cue "state"
    ("“The deal is bad,” the secretary of state said.", [("direct", "The deal is bad,")]),
    ("Lynch took the last step of announcing that the department would not prosecute Clinton.",
     [("indirect", "the department would not prosecute Clinton")]),
    ("“She will stand up to the gun lobby,” a voice-over in the ad states.", [("direct", "She will stand up to the gun lobby,")]),
    ("The report states that the server was never secure.", [("indirect", "the server was never secure")]),
    ("The Saudis state in the white paper: “The kingdom is one of the leading nations in the fight.”",
     [("direct", "The kingdom is one of the leading nations in the fight.")]),
    # a channel inside the speech act yields to it
    ("Guccifer said, per a translator, that the server was unprotected.", [("indirect", "the server was unprotected")]),
]

NOT_QUOTES = [
    "US forces have been placed on “heightened alert,” officials were seen leaving.",
    "The US has provided three shipments of military “support” this week.",
    "Washington promised a written response and did not rule out a meeting.",
    "Washington and its allies have repeatedly warned the Russian side of dire consequences.",
    "When Blinken asked whether there was any prospect of progress, nobody knew.",
    "Blinken spoke to reporters in Geneva.",
    "The Russians deny it.",
    "Blinken did not say that the talks had failed.",
    "Read more: Russia says it will never invade Ukraine",
    "Ukraine Crisis: US Rejects Russian Demand To Bar Ukraine From Nato",
    "Many fear that Moscow is preparing for an invasion.",
    "It was said that the talks had failed.",
    # a cue word after "of" is a noun
    "The former secretary of state mocked Trump for his debts.",
    "Two-thirds of the 55,000 pages of emails Clinton turned over have been made public.",
    # "state(s)" is a noun or adjective unless a clause, colon or quotation follows
    "The race now moves to Western states this week that Sanders is counting on winning.",
    "More black Democratic state lawmakers have endorsed her than Sanders.",
    "The fundraiser requires a $10,000 donation per person.",
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS)
def test_constructions(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_not_quotes(text):
    assert found(text) == []


BROKEN_MARKS = [
    # an opening mark used as the closing one
    ("He claimed that Nato had drafted suggestions that “totally reinforces ours and vice versa. "
     "“The US document, on the other hand, will not be made public.",
     [("mixed", "Nato had drafted suggestions that “totally reinforces ours and vice versa. “")]),
    ("“We’ll know more when we get a written answer addressing the concerns we raised in our "
     "submission “Russian Foreign Minister Sergey Lavrov stated this.",
     [("direct", "We’ll know more when we get a written answer addressing the concerns we raised in our submission")]),
    # a closing mark at the start of the next paragraph
    ("Mr. Lavrov told the press, “You know, I quit a long time ago.\n\n” Separately, officials met.",
     [("direct", "You know, I quit a long time ago.")]),
    # multi-paragraph quotation: one record per paragraph
    ("Blinken said: “We are ready to talk.\n\n“We are also ready to respond.”",
     [("direct", "We are ready to talk."), ("direct", "We are also ready to respond.")]),
    # an unclosed mark does not swallow the next paragraphs
    ("“This never ends, he said.\n\nThe weather was fine.\n\nLavrov said the talks were useful.",
     [("direct", "This never ends, he said."), ("indirect", "the talks were useful")]),
    # apostrophes are not marks
    ("Russia’s troops didn’t move in the ’90s, Lavrov said.",
     [("indirect", "Russia’s troops didn’t move in the ’90s")]),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN_MARKS)
def test_broken_marks(text, expected):
    assert found(text) == expected


UNMARKED = [
    ("We didn’t expect any major breakthroughs today, but I think we are on a clearer path.\n\n"
     "Blinken told reporters after the meeting.",
     [("direct", "We didn’t expect any major breakthroughs today, but I think we are on a clearer path.")]),
    ("I can’t tell if we’re on the right track or not.\n\n"
     "– He spoke to journalists, Sergey Lavrov, Russian Foreign Minister.",
     [("direct", "I can’t tell if we’re on the right track or not.")]),
]


@pytest.mark.parametrize(("text", "expected"), UNMARKED)
def test_unmarked_block_quotes(text, expected):
    quotes = extract(text)
    assert [(q.kind.value, q.text) for q in quotes] == expected
    assert quotes[0].note == "unmarked"


def test_boilerplate_and_headlines_hold_no_quotes():
    text = ("Blinken Says “We Are Ready” In Geneva\n\nAlso read: “Russia will attack,” Biden says\n\n"
            "Lavrov said the talks were useful.\n\nLeave a Reply\n")
    assert found(text) == [("indirect", "the talks were useful")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Blinken met Gen. Milley on Jan. 5 in the U.S. capital. He said the U.S. was ready.",
         [("indirect", "the U.S. was ready")]),
        ("“I’m sure that won’t happen,” Guterres added. Lavrov said nothing new had been agreed.",
         [("direct", "I’m sure that won’t happen,"), ("indirect", "nothing new had been agreed")]),
    ],
)
def test_sentence_splitting(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There are more troops near the border, despite Moscow’s claims that it does not intend to attack.",
         [("indirect", "it does not intend to attack")]),
        ("Biden’s remarks at a press conference on Wednesday that allies may be split have hampered the effort.",
         [("indirect", "allies may be split")]),
        ("As part of Russia’s demands, the alliance must end its expansion.",
         [("indirect", "the alliance must end its expansion")]),
    ],
)
def test_nominal_cues_with_a_possessor(text, expected):
    assert found(text) == expected


@pytest.mark.xfail(strict=True, reason="a nominal cue whose source is only in the previous sentence is not detected")
def test_nominal_cue_without_a_possessor():
    assert len(found("Russia sent its demands. One of them was a demand that Nato rules out Ukraine.")) == 1


def test_an_interrupted_quotation_shares_mention_and_cue():
    first, second = extract("“How Russia responds is up to them,” he continued. “Either way, we’re prepared.”")
    assert (second.mention.text, second.cue.text) == (first.mention.text, first.cue.text) == ("he", "continued")

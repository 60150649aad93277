"""Speed round 8, subjects: the shortcuts of ``subjects.source_left`` give the answers of the plain
computation they replace (the function as written before them, copied here), at every word of
word salads made of the words its rules ask about and of the golden articles' sentences; the
paragraph of each pronoun antecedent (``one_names``) is the one a plain search finds."""

from __future__ import annotations


from quotes.lexicon import load_lexicon
from quotes.pipeline import parentheticals, subjects
from quotes.pipeline.phrases import (
    after_leading_connective,
    document_then_participle,
    document_with_relative,
    finite_cue,
    np_before,
    quotation_ends_with_comma,
)
from quotes.pipeline.sentence import MARK_GLYPHS
from quotes.pipeline.subject_shapes import (
    bare_plural_subject,
    catenated_verb,
    gerund_before_noun,
    subject_before_modifier,
    subject_with_postmodifier,
    verbless_opening,
)
from quotes.pipeline.subjects import source_left
from quotes.pipeline.tokens import is_year
from tests.conftest import GOLDEN

# the words the rules of ``_source_left`` ask about: cues, adverbs, times, dates, names after given
# names, marks, pronouns, contractions, document nouns, negations, relatives, media
VOCABULARY = (
    "said", "says", "saying", "told", "let", "to", "adding", "tweeting", "claims", "statement", "He", "he", "she",
    "they", "He’s", "They’ve", "it’s", "also", "has", "long", "have", "for", "years", "over", "the", "recently",
    "family", "earlier", "this", "on", "week", "Monday", "in", "2017", "December", "from", "Theresa", "May", "Ms.",
    "may", "himself", ",", "“Word,”", "—", "(", ")", "-", "who", "which", "and", "but", "his", "her", "Moscow’s",
    "not", "never", "was", "is", "a", "an", "study", "report", "found", "published", "A", "unprompted", "call",
    "seemed", "suggest", "officials", "familiar", "with", "talks", "Jane", "Doe", "at", "University", "Toronto",
    "response", "carefully", "worded", "What", "commission", "that", "move", "company", "Trump", "Sanders", "of",
    "every", "review", "67", "percent", "2,000", "people", "involved", "accused", "written", "answer", ".",
    # phrases the rules read as one (whole, they come up often enough in the salads)
    "seemed to suggest that", "went on to say that", "was quick to point out that", "He's", "they've",
    "Trump's claims that", "it's", "'Word,'", "in a statement", "during an interview", "his statement that",
)


def _readers(seed: int, count: int):
    from tests.conftest import golden_texts, sentence_readers, word_salads

    return sentence_readers([*word_salads(VOCABULARY, count, seed=seed, shortest=1, longest=16), *golden_texts()])


def _answer(function, reader, index):
    try:
        return function(reader, index)
    except IndexError as error:  # a salad may ask past the sentence's end: both fail alike
        return ("IndexError", str(error))


def test_source_left_answers_as_its_plain_computation():
    kinds: dict[str, int] = {}
    for reader in _readers(8, 6000):
        for index in range(reader.size):
            expected = _answer(plain_source_left, reader, index)
            assert _answer(source_left, reader, index) == expected, (reader.texts, index)
            kinds[expected[0]] = kinds.get(expected[0], 0) + 1
    # every answer the function gives is given many times
    assert all(kinds.get(kind, 0) >= 30 for kind in ("np", "none", "chained", "and", "negated", "nominal")), kinds


def test_a_word_the_walk_to_a_subject_may_pass_is_one_the_word_test_lets_through():
    """``_source_left`` asks ``_walks_past`` only of words ``_may_walk_past`` lets through."""
    lexicon = load_lexicon()
    walked = 0
    for reader in _readers(9, 3000):
        for index in range(reader.size - 1):  # (the word after is asked: the cue's)
            word = reader.lowered[index]
            if subjects._walks_past(reader, index, word):
                assert subjects._may_walk_past(word, lexicon), (reader.texts, index)
                walked += 1
    assert walked > 1000


def plain_source_left(reader, cue_index):
    """``subjects._source_left`` as written at 0bfc205: every test asked of every cue, in order."""
    index = cue_index - 1
    low, words, lowered, lexicon = reader.low, reader.lexicon.words, reader.lowered, reader.lexicon
    cue_word = lowered[cue_index]  # a word of the sentence
    if cue_word == "let" and low(index) == "to":
        return "chained", None  # "He texted Cerato to let her know he was …": the texter
    adverbs, auxiliaries, times = words["adverb"], words["auxiliary"], words["time"]
    reflexives = lexicon.lists["reflexives"]
    participle = cue_word.endswith("ing")  # "…, adding that", "inviting them": asked below again and again
    texts, given_names, honorifics = reader.texts, lexicon.given_names, lexicon.honorifics
    # the walk reads the columns directly: it stays within the sentence's words before the cue
    while index >= 0:
        word = lowered[index]
        # a capitalised modal or month after a given name or an honorific is a surname (the word before first)
        if index and (texts[index - 1] in given_names or texts[index - 1] in honorifics) and reader.capitalised(index):
            break  # "Theresa May said", "Ms. May said", "Brian May said": a name, no modal or month
        if not (
            word in adverbs
            or word in auxiliaries
            or (word in times and word != "this")
            or (word in ("on", "this") and lowered[index + 1] in times)  # "earlier this week"
            or word in reflexives
            # "have for years been saying": the word is `for`, `over`, `the` or a plural (most words: no call)
            or ((word in ("for", "over", "the") or word.endswith("s")) and subjects._span_of_time(reader, index))
            or (word.endswith("ly") and len(word) > 4 and not reader.capitalised(index)
                and word not in lexicon.lists["ly_nouns"]
                and not subjects._after_determiner(reader, index))  # "The family said": a noun, no adverb
            or (word == "long" and low(index - 1) in ("has", "have", "had"))  # "has long argued"
        ):
            # a date phrase ends here or among the words walked past: right before the cue, only at a date word
            # (a year has four characters: that cheap test first)
            if participle or (index == cue_index - 1 and word not in times
                              and not (len(word) == 4 and is_year(word))):
                break
            dated = subjects._dated_phrase_start(reader, index, cue_index)
            if dated is None:
                break
            if not subjects._subject_opens_clause(reader, dated):
                return "none", None  # "win back the Senate in 2016 say": a date phrase is no subject
            index = dated  # "a TransLink study in 2017 concluded", "records from December 2017 indicated"
        index -= 1
    # both shapes below read a document noun in 8 words before the walk's end or 3 after the sentence's opening:
    documents, opening = words["document_noun"], after_leading_connective(reader)  # with none there, no walk
    documents_near = not documents.isdisjoint(lowered[index - 8 if index > 8 else 0:index if index > 0 else 0]) or (
        not documents.isdisjoint(lowered[opening + 1:opening + 4 if opening + 4 < cue_index else cue_index]))
    documented = (document_then_participle(reader, index) or document_with_relative(reader, cue_index)
                  ) if documents_near and finite_cue(reader, cue_index) else None
    if documented is not None:
        return "np", reader.span(*documented)  # "A study [published Monday in Nature] found that …"
    if not words["negation"].isdisjoint(lowered[index - 1 if index > 0 else 0:cue_index]):
        return "negated", None
    before_cue = lowered[cue_index - 1] if cue_index else ""
    if (before_cue in lexicon.lists["be_forms"] and not participle) or index < 0:
        return "none", None  # a passive: "It was said that …" names no one; or no word is left
    word = lowered[index]
    if participle and (word == "," or quotation_ends_with_comma(reader, index)):
        return "chained", None
    if participle and before_cue not in words["auxiliary"] and index == cue_index - 1:
        if gerund_before_noun(reader, index, cue_index):
            return "none", None  # "Rogers’s publishing employees": a gerund modifying a noun, no verb
        if reader.capitalised(index) and not is_year(reader.texts[index]) and not reader.quoted(index):
            # not "a lawsuit in 2013 alleging": a year is no subject
            named = np_before(reader, index)
            if named is not None:
                return "np", reader.span(named[0], named[1])  # "with Donald Trump tweeting that …"
        return "chained", None  # "sent an email to supporters inviting them …": the sender speaks
    if word == "," and subjects._inverted_source_follows(reader, cue_index + 1):
        return "none", None  # "…, whom he's alienated, said Larry Sabato": the source comes after
    # "… “activating his network,” said Bryan English": the name after speaks (a quotation can end
    # only at a mark, and the word's form is the mark's glyph: that cheap test first)
    if not participle and word in MARK_GLYPHS and quotation_ends_with_comma(reader, index) and not (
            subjects._inverted_source_follows(reader, cue_index + 1)):
        comma = index
        while comma > 0 and reader.is_mark(comma):
            comma -= 1  # the comma inside the closing marks closes the parenthetical
        subject = parentheticals.subject_before_parenthetical(reader, comma)
        if subject is not None:
            return "np", subject
    if word in (",", "-", "—", "–", ")"):
        subject = parentheticals.subject_before_parenthetical(reader, index)
        return ("np", subject) if subject is not None else ("none", None)
    if word in ("who", "which") and reader.low(index - 1) == ",":
        if np_before(reader, index - 2) is not None:
            return "np", reader.span(index, index)  # resolved through its antecedent
        return "none", None
    if word in ("and", "but"):
        return "and", None  # "… and said that", "…, but said she should face no charges": the first verb's subject
    if word in ("his", "her", "their") and cue_word in words["nominal_cue"]:
        return "nominal", reader.span(index, index)  # "his statement that …": the pronoun's person
    possessive = word.endswith(("’s", "'s"))  # asked twice below
    if possessive and cue_word in words["nominal_cue"]:
        possessor = np_before(reader, index)
        if possessor is not None and reader.capitalised(possessor[0]):
            return "nominal", reader.span(possessor[0], index)  # "Moscow’s claims that …"
        return "none", None
    if "’" in word or "'" in word:  # a contraction: the word cut at its apostrophe differs from the word
        contracted = word.split("’")[0].split("'")[0]
        if contracted in words["subject_pronoun"] and contracted not in ("it", "this", "that", "there", "what", "who"):
            return "np", reader.span(index, index)  # "He’s signalled …", "They’ve said …": has, not is
    if word == "to":
        verb = catenated_verb(reader, index, cue_index)
        if verb is not None:
            return source_left(reader, verb)  # "Smith seemed to suggest that …": the subject of `seemed`
    if word in words["preposition"] or possessive or word in lexicon.lists["noun_determiners"]:
        return "none", None  # "in an attempt to reassure", "review every complaint": not a speech act
    if word in words["subject_pronoun"] and word not in ("this", "these", "those", "there"):
        return "np", reader.span(index, index)
    found = (subject_with_postmodifier(reader, index) or np_before(reader, index)
             or bare_plural_subject(reader, index) or subject_before_modifier(reader, index)
             or verbless_opening(reader, index))
    if found is None:
        return "none", None
    # both readings below open on an article (asked first: most subjects open on none)
    if (lowered[found[0]] in ("a", "an") or (index and lowered[index - 1] in ("a", "an"))) and (
            subjects._article_and_modifier(reader, found, cue_index)
            or subjects._article_and_modifier(reader, (index - 1, index), cue_index)):
        return "none", None  # "made an unprompted call for …", "a written answer": the cue is a noun
    head = lowered[found[1]]
    if (
        found[0] > 0
        and lowered[found[0] - 1] in ("in", "during", "via")
        and head in reader.lexicon.lists["media"]
        and not reader.capitalised(found[1])
    ):
        return source_left(reader, found[0] - 1)  # "… and in a carefully worded response said": the medium is no source
    if lowered[found[0]] in words["determiner"] and subjects._modifier_only(reader, found):
        return "chained", None  # "repeating a false claim that …": a noun cue; the clause's subject speaks
    relative = subjects._subject_with_relative_clause(reader, found[0])
    if relative is not None:
        return "np", reader.span(*relative)  # "An official … who was present in court told": not "court"
    if head == "that" and found[1] > found[0]:
        found = (found[0], found[1] - 1)  # "a report in the Globe that alleged": the relative's antecedent
    found = (subjects._relative_subject_start(reader, found), found[1])
    if lowered[found[0]] in ("what", "whatever") and found[1] > found[0]:
        found = (found[0] + 1, found[1])  # "What the commission described as …": a free relative; its subject speaks
    return "np", reader.span(found[0], found[1])


def test_an_antecedent_stands_in_the_paragraph_a_plain_search_finds(monkeypatch):
    """``one_names._find_antecedents`` walks the paragraphs once, comparing each mention with the
    next paragraph's start: each antecedent's paragraph is the last one starting at or before
    it, when it ends at or after it (else -1), as a search over all paragraphs says."""
    import quotes
    from quotes.pipeline import one_names
    from tests.conftest import ROOT

    found = []
    plain_find = one_names._find_antecedents

    def kept(context):
        answer = plain_find(context)
        found.append((context, answer))
        return answer

    monkeypatch.setattr(one_names, "_find_antecedents", kept)
    extractor = quotes.Extractor()
    paths = [*sorted(GOLDEN.glob("*.txt")), *sorted((ROOT / "benchmarks/data/sweeps").glob("*/*.txt"))]
    for path in paths:
        extractor.extract(path.read_text(encoding="utf-8"))
    asked = 0
    for context, answer in found:
        paragraphs = context.article.paragraphs
        for index, (paragraph, _) in answer.people.items():
            start = context.mentions[index].span.start
            before = [p for p in paragraphs if p.start <= start]
            assert paragraph == (before[-1].index if before and start <= before[-1].end else -1)
            asked += 1
    assert len(found) >= 20 and asked >= 500, (len(found), asked)

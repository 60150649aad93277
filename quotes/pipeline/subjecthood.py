"""Whether a name mention is the subject of its clause (a pronoun's likely antecedent), read from the text around it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..names.spelling import fold
from ..regexes import LazyPattern

if TYPE_CHECKING:
    from .context import Context
    from .mentions import NameMention

# a head ending so makes the name after it no subject: "with Trump", "asked Clinton"
# (and "unlike", "for", … : "Unlike Al Mnajer, he …", "director for Sanders"; "as for X" stays X)
NON_SUBJECT_END = LazyPattern(r"\b(?:to|with|of|by|from|at|and|asked|told|met|unlike|like|despite|besides|except|"
                                 r"than|about|(?<!\bas\s)for|against|without|including|beside|behind|toward|towards|"
                                 r"among|between|after|before|since|until|over|under|into|onto|upon|in|on)\s*$",
                                 regex.IGNORECASE)


_NEXT_WORD = LazyPattern(r"(?:,\s*\d{1,3},)?\s+(\p{Ll}+)")  # after an age appositive too: "Harold Adams, 76, recalls"
_CONTRACTED_VERB = LazyPattern(
    r"\s+(?:been|going|got|gotten|not|never|always|also|just|still|already|now|done|had)\b"
)


def is_clause_subject(mention: NameMention, context: Context) -> bool:
    if mention.span.text.endswith(("’s", "'s", "’", "'")) and not _CONTRACTED_VERB.match(
        context.text, mention.span.end
    ):
        return False  # "Mr. Trump's comments": the possessor only modifies the subject ("Christie's been" does not)
    following = _NEXT_WORD.match(context.text, mention.span.end)
    if following and following.group(1) in context.lexicon.agent_heads:
        return False  # "the Obama administration made …": the name modifies the subject
    if (
        following
        and following.group(1) in context.lexicon.cue_forms
        and following.group(1) not in context.lexicon.lists["question_forms"]
        and following.group(1) not in context.lexicon.lists["document_finding_verbs"]  # "Fields showed"
    ):
        return True  # "…, Foster believes.": the subject of its own attribution ("when Tapper asked" is a question)
    sentence = context.sentence_at(mention.span.start)
    if sentence is None:
        return False
    text, start, end = context.text, sentence.start, mention.span.start
    if _OPENING_PARTICIPLE_CLAUSE.fullmatch(text, start, end):
        return True  # "Asked whether she would pay, Gloria Fenwick, 73, shook her head": the clause's subject
    if _ASKED_CLAUSE.match(text, start, end):
        return False  # "Asked what he would tell John Tory, he said": a name inside the question
    if _object_of_verb(text, start, end, context):
        return False  # "he shot James Closs", "demanded Denise Closs": the verb's object
    if text[start:end] == "For " and text[mention.span.end:mention.span.end + 1] == ",":
        return True  # "For Espinos, who opened the shop, it is a living.": the topic the sentence is about
    return not _ends_with_non_subject(text, start, end) and context.at_most_six_words(sentence, end)


def _object_of_verb(text: str, start: int, end: int, context: Context) -> bool:
    """Whether the last word of ``text[start:end]`` (``str.split``) is a lower-case verb form: a
    past form or a verb of saying, whose object the name after it is."""
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    begin = stop
    while begin > start and not text[begin - 1].isspace():
        if text[begin - 1].istitle():
            return False  # a capital: the word is not in lower case (the walk stops at the name before)
        begin -= 1
    word = text[begin:stop]
    if not word.islower():
        return False
    folded = fold(word)
    return (folded in context.lexicon.words["finite_past"] or folded.endswith("ed")
            or folded in context.lexicon.cue_forms)


def _ends_with_non_subject(text: str, start: int, end: int) -> bool:
    """``NON_SUBJECT_END`` searched in ``text[start:end]``, looking only at its last words (the
    look-behind of "as for" too; from the sentence start the search reads the slice alone)."""
    space = end
    while space > start and _SPACE.match(text, space - 1):
        space -= 1
    first = space - _LONGEST_NON_SUBJECT_WORD
    if first - 4 <= start:  # the look-behind reads up to four characters before a match
        return NON_SUBJECT_END.search(text[start:end]) is not None
    return NON_SUBJECT_END.search(text, first, end) is not None


_SPACE = LazyPattern(r"\s")
_LONGEST_NON_SUBJECT_WORD = 9  # "including"
# every character for which str.isspace() holds: what str.split() splits on
STR_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
               "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_SPLIT_WORD = LazyPattern(f"[^{regex.escape(STR_SPACES)}]+")


def seventh_word_start(text: str, start: int, end: int) -> int | None:
    """Where the seventh ``str.split`` word of ``text[start:end]`` starts; None with fewer words."""
    for count, word in enumerate(_SPLIT_WORD.finditer(text, start, end), 1):
        if count == 7:
            return word.start()
    return None


# an opening participle clause that ends just before the name: `Asked about …,`, `Reached by phone,`
_OPENING_PARTICIPLE_CLAUSE = LazyPattern(
    r"(?i)(?:when\s+|after\s+being\s+)?(?:asked|pressed|questioned|quizzed|reached|contacted|told)\b[^,;:“”\"]*,\s*")
_ASKED_CLAUSE = LazyPattern(r"(?i)(?:when\s+|after\s+being\s+|if\s+)?asked\b")

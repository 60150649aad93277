"""A mention's role as the article gives it: titles before the name, appositives, party tags."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..regexes import LazyPattern
from .tokens import WordAnswers, strip_possessive

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from .tokens import SentenceWords


def is_cap(word: str) -> bool:
    return word[:1].isupper()  # an upper-case first character is a letter


def named_as_relative(words: SentenceWords, first: int, end: int, lexicon: Lexicon) -> bool:
    """`her husband Michael Greenspan` / `Michael Greenspan, her husband,`: a relative of someone,
    whom a bare surname shared with that someone does not mean."""
    texts = words.texts
    kin = lexicon.kin_forms  # `son` or `sons`
    if first > 0:
        role_time = lexicon.words["role_time"]
        while first > 0 and texts[first - 1].lower() in role_time:
            first -= 1  # "her husband, former President Bill Clinton": past `former`, `late`
        if first > 0 and texts[first - 1].lower() in kin:
            return True
        if first > 1 and texts[first - 1] in (",", ":") and texts[first - 2].lower() in kin:
            return True  # "his father, Brent Bozell, Jr.", "two of his sons: Sami Ridge, 4, and …"
    return (
        end + 2 < len(texts)
        and texts[end] == ","
        and texts[end + 1].lower() in ("her", "his", "their")
        and texts[end + 2].lower() in lexicon.lists["kin"]
    )


def person_appositive(words: SentenceWords, end: int, lexicon: Lexicon) -> bool:
    """`Yuni, a resident of Lampung,` / `Roman, 42, a tour operator`: a person noun heads the
    appositive after the name (an article, then at most two modifiers, then the noun)."""
    if end + 2 >= len(words.texts) or words.texts[end] != ",":
        return False
    index = end + 1
    if words.texts[index].isdigit() and index + 1 < len(words.texts) and words.texts[index + 1] == ",":
        return True  # "Roman, 42,": an age
    if words.texts[index].lower() not in ("a", "an", "the"):
        return False
    for probe in range(index + 1, min(len(words.texts), index + 4)):
        low = words.texts[probe].lower()
        if low in lexicon.words["person_noun"] or low in lexicon.title_heads:
            return True
        if not words.texts[probe][:1].isalpha():
            return False
    return False


def organisation_appositive(words: SentenceWords, end: int, lexicon: Lexicon) -> bool:
    """`Dixon Hall, a non-profit, multi-service agency that …`, `Acme, a Toronto-based company,`:
    an organisation's noun heads the appositive after the name (an article, then at most four
    describing words, then the noun, ending the phrase — not `a company spokesman`)."""
    texts = words.texts
    if end + 2 >= len(texts) or texts[end] != "," or texts[end + 1].lower() not in ("a", "an"):
        return False
    nouns = lexicon.lists["appositive_organisation_nouns"]
    for probe in range(end + 2, min(len(texts), end + 9)):
        low = texts[probe].lower()
        if low in nouns:
            after = texts[probe + 1].lower() if probe + 1 < len(texts) else ""
            return not after[:1].isalpha() or after in lexicon.lists["appositive_phrase_ends"]
        if not (texts[probe][:1].isalpha() or texts[probe] in (",", "-")) or low in ("and", "or", "of") or (
                low in lexicon.words["preposition"] or low in lexicon.people_words):
            return False  # "a senior executive at Carrier's parent company": a person's appositive
    return False


def title_appositive(words: SentenceWords, end: int, lexicon: Lexicon) -> bool:
    """`Dottie Deans, the chairwoman of …`: a title in the appositive makes the run a person."""
    if end >= len(words.texts) or words.texts[end] != ",":
        return False
    for index in range(end + 1, min(len(words.texts), end + 6)):
        low = strip_possessive(words.texts[index]).lower()
        if low in lexicon.title_heads:
            return True
        word = words.texts[index]
        if not (low in ("the", "a", "an", "former", "longtime", "then") or _is_role_word(word, lexicon)
                or word.endswith(("’s", "'s"))):  # "Bush's former press secretary"
            return False
    return False


def named_after_role(words: SentenceWords, first: int, end: int, lexicon: Lexicon) -> bool:
    """`His lawyer, Zhang Dongshuo, said`, `the company's spokesman, Jean Dupont,`: a name set
    off by commas right after a person noun or title is that person's, whatever its first word."""
    texts = words.texts
    if first < 3 or texts[first - 1] != "," or end >= len(texts) or texts[end] not in (",", "said", "says"):
        return False
    noun = texts[first - 2].lower()
    if not (noun in lexicon.words["person_noun"] or noun in lexicon.title_heads or noun in lexicon.titles
            or noun in lexicon.lists["kin"] or noun in lexicon.unnamed_heads):
        return False
    before = texts[first - 3].lower()
    return (before in lexicon.lists["possessive_determiners"] or before.endswith(("’s", "'s"))
            or texts[first - 3][:1].islower())


def role_of(text: str, words: SentenceWords, first: int, name_first: int, end: int, lexicon: Lexicon) -> str | None:
    """The role as the article gives it: title words before the name, or an appositive."""
    texts = words.texts
    kept, kept_end = _extend_role_left(words, first, lexicon), name_first  # the role's words: kept..kept_end-1
    while kept < kept_end and _not_a_role(texts[kept], lexicon):
        kept += 1  # "for Mrs. Clinton": neither the preposition nor the courtesy title is a role
    while kept < kept_end and _not_a_role(texts[kept_end - 1], lexicon):
        kept_end -= 1
    if kept < kept_end:
        return text[words.starts[kept] : words.ends[kept_end - 1]].strip(" ,")
    if first >= 2 and texts[first - 1] == ",":
        before = _extend_role_left(words, first - 1, lexicon)
        if before < first - 1 and _has_title(texts[before : first - 1], lexicon):
            start, stop = words.starts[before], words.ends[first - 2]
            return text[start:stop]
    return appositive_role(text, words, end, lexicon)


def appositive_role(text: str, words: SentenceWords, end: int, lexicon: Lexicon) -> str | None:
    """`Jeb Bush, the former Florida governor, said`: a title between commas after the name."""
    if end + 1 >= len(words.texts) or words.texts[end] != ",":
        return None
    opening = words.texts[end + 1]
    if not (opening.lower() in ("the", "a", "an") or _is_role_word(opening, lexicon) or is_cap(opening)):
        return None  # the common case, decided on one word: "Clinton, who …", "Moscow, for its part, …"
    texts = words.texts
    stop = end + 1
    while stop < len(texts) and texts[stop] not in (",", ".", ";") and stop - end < 8:
        stop += 1
    appositive = texts[end + 1 : stop]  # its words (the first one is there: end + 1 < len(texts))
    # every word a role's, a place's or an article (capitalised words there are places: "the
    # Florida governor"), and a title among them: asked in that order, the cheaper question first
    if all(_is_role_word(word, lexicon) or is_cap(word) or word.lower() in ("the", "a", "an")
           for word in appositive) and _has_title(appositive, lexicon):
        first = end + 1
        if opening.lower() in ("the", "a", "an") and len(appositive) > 1:
            first += 1
        return text[words.starts[first] : words.ends[stop - 1]]
    return None


_PARTY_STATE = LazyPattern(r"\s*(?:\(|,\s*)([DRI]-\p{Lu}[\p{L}.]*?\.?)(?=[),])")
_OF_STATE = LazyPattern(r" of (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)")


def with_party_state(role: str | None, text: str, name_end: int, lexicon: Lexicon) -> str | None:
    """`Sen. Bernie Sanders (I-Vt.)`, `Sen. Rand Paul, R-Ky.,`, `Sen. Ted Cruz of Texas`: the state
    joins the title as written (`Sen. (I-Vt.)`, `Sen. of Texas`), so `the Vermont senator` finds him."""
    if role is None or text[name_end : name_end + 2] not in (" (", ", ", " o"):
        return role
    found = _PARTY_STATE.match(text, name_end)
    if found is not None and lexicon.party_state(found.group(1)) is not None:
        return f"{role} ({found.group(1)})"
    found = _OF_STATE.match(text, name_end)
    if found is not None:
        for state in (found.group(1), found.group(1).split()[0]):  # "of New Hampshire", "of Texas and"
            if lexicon.us_states.get(state) == state:  # a state's name, not an abbreviation
                return f"{role} of {state}"
    return role


def _not_a_role(word: str, lexicon: Lexicon) -> bool:
    return (word.rstrip(".") in lexicon.lists["courtesy_titles"] or word.lower() in lexicon.lists["role_edge_words"]
            or word == ",")


def _extend_role_left(words: SentenceWords, first: int, lexicon: Lexicon) -> int:
    texts, index = words.texts, first
    # the kept answers read with no call of ``_is_role_word`` (asked of every word before a name)
    known = _ROLE_WORDS.answers if _ROLE_WORDS.lexicon is lexicon else {}
    while index > 0:
        word = texts[index - 1]
        role_word = known.get(word)
        if role_word is None:
            role_word = _is_role_word(word, lexicon)
        if not role_word:
            break
        index -= 1
    return index


def _has_title(texts: Sequence[str], lexicon: Lexicon) -> bool:
    lowered = [strip_possessive(text).lower() for text in texts]
    for size in range(1, min(lexicon.max_title_words, len(lowered)) + 1):
        for start in range(len(lowered) - size + 1):
            if " ".join(lowered[start : start + size]) in lexicon.titles:
                return True
    return False


_ROLE_WORDS = WordAnswers()  # a word is a role word or not whatever stands around it


def _is_role_word(word: str, lexicon: Lexicon) -> bool:
    # the kept answers read with no call of ``WordAnswers.get``
    known = _ROLE_WORDS.answers.get(word) if _ROLE_WORDS.lexicon is lexicon else None
    if known is None:
        known = _ROLE_WORDS.put(lexicon, word, _role_word(word, lexicon))
    return known


def _role_word(word: str, lexicon: Lexicon) -> bool:
    bare = strip_possessive(word)
    low = bare.lower()
    return (
        low in lexicon.titles
        or low in lexicon.title_words
        or low in lexicon.demonyms
        or bare in lexicon.countries
        or bare in lexicon.metonyms
        or bare in lexicon.organisations
        or low in lexicon.org_heads
        or (low in lexicon.words["np_modifier"] and low not in lexicon.lists["not_role_modifiers"])
        or (is_cap(bare) and bare.isupper() and len(bare) <= 5)
    )

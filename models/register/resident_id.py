"""Resident ID numbers (公民身份号码, GB 11643-1999): normalising, checking and making them.

Registers arrive as spreadsheets typed on phones and office PCs: full-width digits, spaces every
few characters, a lower-case x. normalise() undoes what can be undone without guessing; validate()
says what is still wrong, each problem with a stable code the UI translates and a plain English
message for logs and the command line; make() builds valid numbers (the demo district, tests).

The checks lean on python-stdnum's `stdnum.cn.ric`, with two corrections:

* its region table dates each code (江岸区 420102 "from 1983"), and it rejects a number whose code
  is newer than the birth year, yet everyone born in Wuhan before 1983 carries such a code today.
  A region the table does not know is therefore only a warning;
* it accepts a birth date in the future, which no real number has: we refuse it.

(Its region lookup also raises a bare KeyError for a known province with an unknown county,
e.g. 500001; that too is only a region warning.)
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

from stdnum.cn import ric
from stdnum.exceptions import ValidationError

from models.enums import Sex

LENGTH = 18
# GB 11643: weight of position i (0-based, left to right) is 2^(17-i) mod 11.
WEIGHTS: tuple[int, ...] = tuple(pow(2, 17 - i, 11) for i in range(17))
# The check character for each value of (weighted sum mod 11).
CHECK_CHARACTERS = "10X98765432"
SEQUENCES_PER_SEX = 499
OLDEST_PLAUSIBLE_AGE = 130


@dataclass(frozen=True)
class IdProblem:
    """One thing wrong with a number: `code` is stable (the UI translates by it), `message` is
    English for logs and the command line."""
    code: str
    message: str


@dataclass(frozen=True)
class IdCheck:
    """The verdict on one typed number. birth_date and sex are filled whenever the date part can
    be read, even if the number has errors, so a form can show what the clerk probably meant."""
    value: str
    ok: bool
    errors: list[IdProblem] = field(default_factory=list)
    warnings: list[IdProblem] = field(default_factory=list)
    birth_date: date | None = None
    sex: Sex | None = None

    @property
    def codes(self) -> list[str]:
        return [problem.code for problem in (*self.errors, *self.warnings)]


def normalise(raw: str) -> str:
    """NFKC (full-width digits and Ｘ become ASCII), every kind of whitespace removed, X upper-case.

    Nothing else is "repaired": a number Excel turned into 4.20102E+17 has lost digits, and
    guessing them would put a wrong identity on a person."""
    text = unicodedata.normalize("NFKC", raw or "")
    return "".join(text.split()).upper()


def check_character(body: str) -> str:
    """The 18th character for the first 17 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(body, WEIGHTS))
    return CHECK_CHARACTERS[total % 11]


def sex_of(value: str) -> Sex:
    """The 17th digit (the order code's last) is odd for men, even for women."""
    return Sex.MALE if int(value[16]) % 2 else Sex.FEMALE


def validate(raw: str, today: date) -> IdCheck:
    """Normalise and check a number; `today` bounds the birth date (passed in, never the clock,
    so that checks are reproducible)."""
    value = normalise(raw)
    errors: list[IdProblem] = []
    warnings: list[IdProblem] = []
    if not value:
        return IdCheck(value, False, [IdProblem("empty", "No resident ID was given.")])
    if len(value) != LENGTH:
        errors.append(IdProblem(
            "length", f"A resident ID has 18 characters; this one has {len(value)}."))
        return IdCheck(value, False, errors)
    if not value[:17].isdigit() or not value[:17].isascii() or value[17] not in "0123456789X":
        errors.append(IdProblem(
            "format", "A resident ID is 17 digits followed by a digit or X."))
        return IdCheck(value, False, errors)
    expected = check_character(value[:17])
    if value[17] != expected:
        errors.append(IdProblem(
            "checksum", f"The check character should be {expected}, not {value[17]}: "
                        "a digit was probably mistyped or two were swapped."))
    try:
        birth_date: date | None = ric.get_birth_date(value)
    except ValidationError:
        birth_date = None
        errors.append(IdProblem(
            "birth_date", f"Characters 7-14 ({value[6:14]}) are not a real date (YYYYMMDD)."))
    sex = sex_of(value)
    if birth_date is not None:
        if birth_date > today:
            errors.append(IdProblem(
                "future_birth_date", f"The birth date {birth_date.isoformat()} is in the future."))
        elif today.year - birth_date.year > OLDEST_PLAUSIBLE_AGE:
            errors.append(IdProblem(
                "implausible_birth_date",
                f"The birth date {birth_date.isoformat()} would make this person older than "
                f"{OLDEST_PLAUSIBLE_AGE}."))
        else:
            try:
                ric.get_birth_place(value)
            except (ValidationError, KeyError):  # KeyError: a known province, unknown county
                warnings.append(IdProblem(
                    "region", f"The region code {value[:6]} is not one python-stdnum lists for "
                              f"people born in {birth_date.year}; check it, but newer codes are "
                              "often right."))
    return IdCheck(value, not errors, errors, warnings, birth_date, sex)


def make(region: str, birth_date: date, sequence: int, sex: Sex) -> str:
    """A valid number: `sequence` is the n-th (0-based) person of that sex born that day in that
    region, so distinct (region, birth_date, sequence, sex) give distinct numbers and the order
    code's parity always agrees with `sex`."""
    if len(region) != 6 or not (region.isascii() and region.isdigit()):
        raise ValueError(f"A region code is 6 digits, not {region!r}")
    if not 0 <= sequence < SEQUENCES_PER_SEX:
        raise ValueError(f"sequence must be in 0..{SEQUENCES_PER_SEX - 1}, not {sequence}")
    order = 2 * sequence + (1 if sex == Sex.MALE else 2)
    body = f"{region}{birth_date.year:04d}{birth_date.month:02d}{birth_date.day:02d}{order:03d}"
    return body + check_character(body)

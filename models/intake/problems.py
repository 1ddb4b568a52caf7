"""What can be wrong with a contact-tracing list: a code and its values per problem, never a
sentence (the sentences, in the reader's language, are controllers/intake/problem_text.py's).

A row with a blocking problem is not taken: the list is then refused whole, unless the person
chose to skip such rows. Notes say what Canvass did that the person may want to know.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from models.errors import CanvassError


class IntakeCode(StrEnum):
    # the row cannot name a person
    NO_IDENTITY = "no_identity"                          # (nothing: no ID, name + phone/address)
    NAME_INVALID = "name_invalid"                        # value
    RESIDENT_ID_EXCEL_NUMBER = "resident_id_excel_number"  # value
    RESIDENT_ID_LENGTH = "resident_id_length"            # value
    RESIDENT_ID_FORMAT = "resident_id_format"            # value
    RESIDENT_ID_CHECKSUM = "resident_id_checksum"        # value
    RESIDENT_ID_BIRTH_DATE = "resident_id_birth_date"    # value
    RESIDENT_ID_FUTURE_BIRTH_DATE = "resident_id_future_birth_date"  # value
    RESIDENT_ID_IMPLAUSIBLE_BIRTH_DATE = "resident_id_implausible_birth_date"  # value
    PHONE_INVALID = "phone_invalid"                      # value
    # the contact
    DATE_UNREADABLE = "date_unreadable"                  # value
    CONTACT_IN_FUTURE = "contact_in_future"              # value
    CONTACT_BEFORE_WINDOW = "contact_before_window"      # value, the window's first day, case
    NO_SOURCE_CASE = "no_source_case"
    SOURCE_CASE_UNREADABLE = "source_case_unreadable"    # value
    SOURCE_CASE_UNKNOWN = "source_case_unknown"          # case
    SOURCE_CASE_NOT_INFECTIOUS = "source_case_not_infectious"  # case, its category
    CONTACT_IS_SOURCE = "contact_is_source"              # case
    # where to look for them
    NO_ADDRESS = "no_address"                            # (the person is not in the register)
    ADDRESS_OUTSIDE = "address_outside"                  # value
    ADDRESS_AMBIGUOUS = "address_ambiguous"              # value, the communities
    DUPLICATE_IN_FILE = "duplicate_in_file"              # the first row
    # notes
    HELD_SEVERAL = "held_several"                        # how many persons match
    HELD_ID_CONFLICT = "held_id_conflict"                # the register's name for the ID
    ADDRESS_NOT_LISTED = "address_not_listed"            # value: a new door on the gap list


NOTES = frozenset({IntakeCode.HELD_SEVERAL, IntakeCode.HELD_ID_CONFLICT,
                   IntakeCode.ADDRESS_NOT_LISTED, IntakeCode.DUPLICATE_IN_FILE})


@dataclass(frozen=True)
class IntakeProblem:
    row: int                         # the sheet's own row number
    column: str                      # the header as the list writes it ("" for the row)
    code: IntakeCode
    values: tuple[str, ...] = ()

    @property
    def blocking(self) -> bool:
        return self.code not in NOTES


class IntakeRefused(CanvassError):
    """The whole list is refused before any row is taken (no name or ID column, a source case
    given for every row that cannot be one); nothing was written."""


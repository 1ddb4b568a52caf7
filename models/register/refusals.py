"""Why a value typed about a resident was refused: the codes the register's forms translate
(ui/kit/error_text.py). The resident-ID members are the checks of models/register/resident_id.py,
prefixed, so an IdProblem's code names its member."""
from __future__ import annotations

from models.errors import Refusal


class RegisterRefusal(Refusal):
    NOT_EDITABLE = "not_editable"
    NAME_EMPTY = "name_empty"
    NAME_TOO_LONG = "name_too_long"            # limit
    CONTROL_CHARACTERS = "control_characters"
    PHONE_INVALID = "phone_invalid"
    RESIDENT_ID_EMPTY = "resident_id_empty"
    RESIDENT_ID_LENGTH = "resident_id_length"
    RESIDENT_ID_FORMAT = "resident_id_format"
    RESIDENT_ID_CHECKSUM = "resident_id_checksum"
    RESIDENT_ID_BIRTH_DATE = "resident_id_birth_date"
    RESIDENT_ID_FUTURE_BIRTH_DATE = "resident_id_future_birth_date"
    RESIDENT_ID_IMPLAUSIBLE_BIRTH_DATE = "resident_id_implausible_birth_date"
    RESIDENT_ID_TAKEN = "resident_id_taken"    # another active person holds it: merge instead

    @classmethod
    def of_resident_id(cls, problem_code: str) -> RegisterRefusal:
        """The member for a refusing IdProblem (its code without the prefix)."""
        return cls(f"resident_id_{problem_code}")


class MergeRefusal(Refusal):
    """Why two register entries were not merged (models/register/merging.py): the sentences are
    the duplicates list's (ui/register/duplicate_texts.py)."""
    SAME_PERSON = "merge_same_person"
    NO_PERSON = "merge_no_person"
    ALREADY_MERGED = "merge_already_merged"
    BOTH_OPEN_CASES = "merge_both_open_cases"

"""Checks of what a person types about a resident: names, phones. Plain text only; a clear
message for anything else, so nothing odd reaches the database."""
from __future__ import annotations

import re
import unicodedata

from models.errors import CanvassError, Refusal, RefusalParam
from models.register.refusals import RegisterRefusal

MAX_NAME = 64
PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")


class InvalidField(CanvassError):
    """A field's value cannot be accepted; `field` names it for the form to highlight."""

    def __init__(self, field: str, message: str, code: Refusal, **params: RefusalParam) -> None:
        super().__init__(message, code, **params)
        self.field = field


def has_control_characters(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text)


def clean_name(raw: str) -> str:
    name = " ".join(unicodedata.normalize("NFKC", raw).split())
    if not name:
        raise InvalidField("name", "The name is empty", RegisterRefusal.NAME_EMPTY)
    if len(name) > MAX_NAME:
        raise InvalidField("name", f"A name has at most {MAX_NAME} characters",
                           RegisterRefusal.NAME_TOO_LONG, limit=MAX_NAME)
    if has_control_characters(name):
        raise InvalidField("name", "The name contains control characters",
                           RegisterRefusal.CONTROL_CHARACTERS)
    return name


def clean_phone(raw: str) -> str | None:
    """Full-width digits and spaces are normalised; an empty phone is allowed (None)."""
    phone = "".join(unicodedata.normalize("NFKC", raw).split())
    if not phone:
        return None
    if not PHONE.fullmatch(phone):
        raise InvalidField("phone", "A phone is 11 mobile digits starting with 1, "
                                    "or an area code and a landline number",
                           RegisterRefusal.PHONE_INVALID)
    return phone

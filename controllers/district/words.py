"""The words of the 辖区资料 lists that are not one enum's: whether a record is in use."""
from __future__ import annotations

from controllers.browse.words import Vocabulary
from models.translatable import QT_TRANSLATE_NOOP

# A master record's `active`, as its row carries it (the vocabulary reads the value as text).
IN_USE = Vocabulary("District", {
    "True": QT_TRANSLATE_NOOP("District", "In use"),
    "False": QT_TRANSLATE_NOOP("District", "Retired"),
})

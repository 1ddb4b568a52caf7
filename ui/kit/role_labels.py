"""Words for responder roles on screen (the vocabulary is controllers/browse/words.py's)."""
from __future__ import annotations

from controllers.browse.words import ROLES as ROLE_WORDS

ROLES = ROLE_WORDS.sources


def role_text(value: str) -> str:
    return ROLE_WORDS.word(value)

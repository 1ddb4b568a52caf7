"""Masking of personal identifiers for roles that may not see them (PIPL; GB/T 35273).

The same functions serve the screen, the printed sheets and the exports, so a masked value
looks the same everywhere.
"""
from __future__ import annotations

MASK = "*"


def mask_resident_id(value: str | None) -> str:
    """Keep the region (first six) and the last four: 420102********123X."""
    if not value:
        return ""
    if len(value) <= 10:
        return MASK * len(value)
    return value[:6] + MASK * (len(value) - 10) + value[-4:]


def mask_phone(value: str | None) -> str:
    """Keep the first three and the last four digits: 138****5678."""
    if not value:
        return ""
    if len(value) <= 7:
        return MASK * len(value)
    return value[:3] + MASK * (len(value) - 7) + value[-4:]


def shown_resident_id(value: str | None, may_see: bool) -> str:
    return (value or "") if may_see else mask_resident_id(value)


def shown_phone(value: str | None, may_see: bool) -> str:
    return (value or "") if may_see else mask_phone(value)

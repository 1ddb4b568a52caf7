"""What Canvass wrote into text columns, as codes: the English (and a few Chinese) sentences older
versions stored become the codes of models/system_text.py, rendered in the reader's language.

Revision ID: 0009
Revises: 0008

Only sentences Canvass itself wrote, matched whole by their known pattern, are converted; a
person's text is left as typed. A code that would not fit its column is left as the sentence.
Self-contained on purpose: the marker, the escaping and the patterns are repeated here, so a
later change to the live module cannot change what this migration did. Downgrade writes the
English sentences back.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

MARK = "\u27e6"

# (table, column, its length)
COLUMNS = (("person_case", "last_action", 200), ("case_event", "reason", 500),
           ("supply_movement", "reason", 200), ("duty_shift", "stood_down_reason", 200))

# (code, its parameters, the patterns older versions wrote, the English sentence for downgrade)
SENTENCES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...] = (
    ("status", ("to",), (r"status: ([a-z_]+)",), "status: {to}"),
    ("category", ("to",), (r"category: ([a-z_]+)",), "category: {to}"),
    ("fever_at_screening", (), (r"fever or symptoms at door-to-door screening",),
     "fever or symptoms at door-to-door screening"),
    ("close_contact_of", ("case",), (r"Close contact of case (\d+)",), "Close contact of case {case}"),
    ("persuasion_agreed", (), (r"Agreed to be transferred after persuasion",),
     "Agreed to be transferred after persuasion"),
    ("transfer_ordered", ("number", "facility", "plate"),
     (r"Transfer (\S+) ordered to (.+), vehicle (.+)",),
     "Transfer {number} ordered to {facility}, vehicle {plate}"),
    ("transfer_picked_up", ("number",), (r"Picked up, transfer (\S+)",), "Picked up, transfer {number}"),
    ("transfer_admitted", ("number",), (r"Admitted, transfer (\S+)",), "Admitted, transfer {number}"),
    ("transfer_cancelled", ("number", "reason"), (r"Transfer (\S+) cancelled: (.*)",),
     "Transfer {number} cancelled: {reason}"),
    ("suit_drawn", ("number",), (r"Protective suit, transfer (\S+)",), "Protective suit, transfer {number}"),
    # Stand-downs were written in the workstation's language: English or the Chinese catalogue's.
    ("stood_down_fever", ("temperature",),
     (r"Stood down: ([\d.]+) °C", r"撤岗：体温 ([\d.]+) °C", r"停岗：体温 ([\d.]+) °C"),
     "Stood down: {temperature} °C"),
    ("stood_down_unwell", (), (r"Stood down: reported unwell", r"Stood down: unwell",
                               r"撤岗：自述身体不适", r"停岗：自述身体不适"),
     "Stood down: reported unwell"),
    ("stood_down_exposed", ("case",),
     (r"Stood down: exposed to confirmed case (\d+)", r"停止执勤：接触确诊病例 (\d+)",
      r"停岗：接触确诊病例 (\d+)"),
     "Stood down: exposed to confirmed case {case}"),
)
COMPILED = tuple((code, keys, tuple(re.compile(p, re.DOTALL) for p in patterns), english)
                 for code, keys, patterns, english in SENTENCES)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|")


def encoded(text: str) -> str | None:
    """The code of a sentence Canvass wrote, or None for anything else."""
    for code, keys, patterns, _english in COMPILED:
        for pattern in patterns:
            found = pattern.fullmatch(text)
            if found:
                return MARK + "|".join([code, *(f"{key}={_escape(value)}"
                                                for key, value in zip(keys, found.groups()))])
    return None


def english(text: str) -> str | None:
    """The English sentence of a code (for downgrade), or None for anything else."""
    if not text.startswith(MARK):
        return None
    fields, current, escaped = [], "", False
    for ch in text[len(MARK):]:
        if escaped:
            current, escaped = current + ch, False
        elif ch == "\\":
            escaped = True
        elif ch == "|":
            fields.append(current)
            current = ""
        else:
            current += ch
    fields.append(current)
    for code, keys, _patterns, sentence in COMPILED:
        if fields[0] == code:
            values = dict(field.split("=", 1) for field in fields[1:] if "=" in field)
            return sentence.format(**values) if set(values) == set(keys) else None
    return None


def _convert(change: Callable[[str], str | None]) -> None:
    connection = op.get_bind()
    for table, column, length in COLUMNS:
        rows = connection.execute(sa.text(
            f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL AND {column} <> ''")).all()
        updates = []
        for ident, value in rows:
            new = change(value)
            if new is not None and new != value and len(new) <= length:
                updates.append({"id": ident, "value": new})
        if updates:
            connection.execute(sa.text(f"UPDATE {table} SET {column} = :value WHERE id = :id"),
                               updates)


def upgrade() -> None:
    _convert(encoded)


def downgrade() -> None:
    _convert(english)

"""One household per door for registers imported before households were built from addresses
(issue 17, item 1). A data repair: the schema does not change.

Revision ID: 0012
Revises: 0011

Before this revision the register import grouped persons by the building/unit/door columns only,
as written, and kept no person's address: a register whose rows carry only an address (住址
胜利街1号1栋1单元101) became ONE household per community holding everyone, stored with the first
person's address. Those persons' own addresses were never written anywhere, so no migration can
split that household; what can be repaired is repaired here:

* a household with no building, unit or door whose address can be read (the catch-all's first
  person's, or any other) gets them, so the knock list can place it;
* households of one community that are the same door once written one way (3 and 3栋, 101 and
  101室, an address and the same address in full-width digits) become one: the lowest id keeps
  its persons and visits and takes the others'; the coverage tallies follow through their
  triggers (0005), and a community whose register figure was exactly the households it held
  follows the new count (a larger figure is the census's and stays).

The persons of a catch-all household get their own doors when the community's register file is
imported again with "update registered persons" (`canvass import FILE --update-existing`): the
import now moves a registered person to the household of the file's address.

Downgrade leaves the repaired rows as they are: they are valid for the older schema too.
"""
from __future__ import annotations

from collections import defaultdict

from alembic import op
from sqlalchemy import Connection, text

from models.migrations.snapshots.addresses_0012 import household_place

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

CHUNK = 500


def _in(ids: list[int]) -> str:
    return ", ".join(str(int(i)) for i in ids)


def _repair_community(connection: Connection, community_id: int) -> tuple[int, int]:
    """Fill and merge the community's households; returns (households before, after)."""
    doors: dict[tuple[str, str, str, str], list[int]] = defaultdict(list)
    filled: list[dict[str, object]] = []
    rows = connection.execute(text(
        "SELECT id, address, building, unit, door FROM household WHERE community_id = :c "
        "ORDER BY id"), {"c": community_id}).all()
    for hid, address, building, unit, door in rows:
        place = household_place(address or "", building or "", unit or "", door or "")
        if place is None:
            continue
        doors[place.key].append(hid)
        if place.understood and not (building or unit or door) \
                and (place.building or place.unit or place.door):
            filled.append({"b": place.building, "u": place.unit, "d": place.door,
                           "a": place.address, "i": hid})
    if filled:
        connection.execute(text("UPDATE household SET building = :b, unit = :u, door = :d, "
                                "address = :a WHERE id = :i"), filled)
    gone: list[int] = []
    for ids in doors.values():
        keep, others = ids[0], ids[1:]
        for start in range(0, len(others), CHUNK):
            part = _in(others[start:start + CHUNK])
            connection.exec_driver_sql(
                f"UPDATE person SET household_id = {keep} WHERE household_id IN ({part})")
            connection.exec_driver_sql(
                f"UPDATE visit SET household_id = {keep} WHERE household_id IN ({part})")
        gone += others
    for start in range(0, len(gone), CHUNK):
        part = _in(gone[start:start + CHUNK])
        connection.exec_driver_sql(f"DELETE FROM household_tally WHERE household_id IN ({part})")
        connection.exec_driver_sql(f"DELETE FROM household WHERE id IN ({part})")
    return len(rows), len(rows) - len(gone)


def upgrade() -> None:
    connection = op.get_bind()
    communities = connection.execute(text(
        "SELECT id, registered_households FROM community ORDER BY id")).all()
    for community_id, registered in communities:
        before, after = _repair_community(connection, community_id)
        if after != before and registered == before:
            connection.execute(text("UPDATE community SET registered_households = :n "
                                    "WHERE id = :c"), {"n": after, "c": community_id})


def downgrade() -> None:
    pass

"""Acknowledged alerts (issue 19, item 9).

Revision ID: 0017
Revises: 0016

* `alert_acknowledgement`: one row per alert a person acknowledged — an overdue step of a trip,
  or a vehicle waiting for its disinfection too long — under the alert's key (the trip, the
  step, the level), with who and when. The unique key is also the index the dashboard's alert
  query looks acknowledgements up by. A new table: nothing existing is rewritten.
* On PostgreSQL the change feed's triggers (as 0002 installs them on every watched table), so a
  wall at another workstation drops an alert the moment it is acknowledged here.

Down: the table goes, and its triggers with it.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# As they were at this revision (models/enums.py holds the live ones).
KINDS = ("step_overdue", "disinfection_overdue")
STEPS = ("ordered", "dispatched", "on_scene", "picked_up", "delivered", "disinfected",
         "cancelled", "failed")


def upgrade() -> None:
    op.create_table(
        "alert_acknowledgement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum(*KINDS, name="alert_kind", native_enum=False,
                                  create_constraint=True, length=24), nullable=False),
        sa.Column("transfer_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=True),
        sa.Column("step", sa.Enum(*STEPS, name="alert_step", native_enum=False,
                                  create_constraint=True, length=24), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("minutes_overdue", sa.Integer(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=32), nullable=False),
        sa.CheckConstraint("level >= 1 AND minutes_overdue >= 0",
                           name=op.f("ck_alert_acknowledgement_level_and_minutes")),
        sa.ForeignKeyConstraint(["transfer_id"], ["transfer_order.id"],
                                name=op.f("fk_alert_acknowledgement_transfer_id_transfer_order")),
        sa.ForeignKeyConstraint(["vehicle_id"], ["vehicle.id"],
                                name=op.f("fk_alert_acknowledgement_vehicle_id_vehicle")),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"],
                                name=op.f("fk_alert_acknowledgement_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_acknowledgement")),
        sa.UniqueConstraint("transfer_id", "step", "level", name="uq_alert_acknowledgement_key"),
    )
    if op.get_bind().dialect.name == "postgresql":  # the change feed, as for every table (0002)
        for event, rows in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
            op.execute(
                f"CREATE TRIGGER alert_acknowledgement_feed_{event} AFTER {event.upper()} "
                f"ON alert_acknowledgement REFERENCING {rows} TABLE AS {rows.lower()}_rows "
                "FOR EACH STATEMENT EXECUTE FUNCTION canvass_notify_change('id')")


def downgrade() -> None:
    op.drop_table("alert_acknowledgement")

"""The four-100% board's figures and list: each category's share done, and the open cases not yet
where their category says they must be, the longest waiting first, each with what holds it.

The share is one GROUP BY of the open cases by category and status, the goal applied in Python
(models/board/rules.py): the rule lives in one place, and the read stays one pass over an index.
The list waits since the case entered its category (`category_since`: a close contact found
feverish today starts a new clock for a fever clinic, as the command center counts it). Its
hold reason and persuasion count are worked out for a page's rows only, by correlated
subqueries on indexed keys (the transfers of one case, the visits of one case, the dozens of
facilities).
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, literal, or_, select, true

from models.board.rules import BOARD_ORDER, DONE_STATUSES, UNDER_WAY, Hold, is_done
from models.board.shares import BoardShares, Share
from models.cases.rows import SEVERITY
from models.dashboard.figures import last_activity
from models.dashboard.wall import dashboard_day
from models.db.columns import SqlColumn
from models.db.database import Database
from models.db.row_source import Column, Filters, Kind, SortOrder, SqlRowSource, plain
from models.enums import CaseCategory, CaseStatus, TransferStatus
from models.schema.cases import Case, PersuasionVisit
from models.schema.facilities import Facility, facility_accepts
from models.schema.geography import Community
from models.schema.register import Person
from models.schema.transfers import TransferOrder
from models.translatable import QT_TRANSLATE_NOOP


def not_done(category: CaseCategory) -> ColumnElement[bool]:
    return and_(Case.category == category, Case.status.not_in(DONE_STATUSES[category]))


def hold_expression() -> ColumnElement[str]:
    """The first fact that holds the case (models/board/rules.py `Hold`, in the same order)."""
    trips = select(TransferOrder.id).where(TransferOrder.case_id == Case.id)
    under_way = exists(trips.where(TransferOrder.status.in_(UNDER_WAY)))
    ordered = exists(trips.where(TransferOrder.status == TransferStatus.ORDERED))
    bed_free = exists(select(facility_accepts.c.facility_id)
                      .join(Facility, Facility.id == facility_accepts.c.facility_id)
                      .where(facility_accepts.c.category == Case.category,
                             Facility.active.is_(True),
                             Facility.beds_taken < Facility.beds_total))
    return case((Case.status == CaseStatus.REFUSED, literal(Hold.PERSUADING.value)),
                (under_way, literal(Hold.UNDER_WAY.value)),
                (ordered, literal(Hold.AWAITING_VEHICLE.value)),
                (~bed_free, literal(Hold.NO_BED.value)),
                (Case.status == CaseStatus.AWAITING_TRANSFER,
                 literal(Hold.AWAITING_DISPATCH.value)),
                else_=literal(Hold.NOTHING.value))


def persuasion_count() -> ColumnElement[int | None]:
    """Persuasion visits of a refused case (none shown for the others)."""
    visits = (select(func.count()).where(PersuasionVisit.case_id == Case.id)
              .scalar_subquery())
    return case((Case.status == CaseStatus.REFUSED, visits), else_=None)


class BoardRows(SqlRowSource):
    """Open cases not yet done. Filters: `category` (one of the four; none: all of them)."""

    columns: tuple[Column, ...] = (
        Column("person", QT_TRANSLATE_NOOP("Column", "Name"), Kind.TEXT),
        Column("category", QT_TRANSLATE_NOOP("Column", "Category"), Kind.CATEGORY, sortable=True),
        Column("status", QT_TRANSLATE_NOOP("Column", "Status"), Kind.CASE_STATUS),
        # Shown as how long (ui/board/waiting.py), sorted by its start: the longest wait first.
        Column("waiting", QT_TRANSLATE_NOOP("Column", "Waiting"), Kind.DATETIME, sortable=True),
        Column("community", QT_TRANSLATE_NOOP("Column", "Community"), Kind.TEXT),
        # A models/board/rules.py Hold code, worded by the view (ui/board/holds.py).
        Column("hold", QT_TRANSLATE_NOOP("Column", "Held by"), Kind.TEXT),
        Column("visits", QT_TRANSLATE_NOOP("Column", "Persuasion visits"), Kind.COUNT),
    )
    filter_keys = frozenset({"category"})
    default_order = SortOrder("waiting")
    keyset_columns = frozenset({"waiting"})

    def __init__(self, database: Database) -> None:
        super().__init__(database)

    def id_column(self) -> SqlColumn[int]:
        return Case.id

    def sort_expressions(self) -> Mapping[str, SqlColumn[Any]]:
        return {"waiting": Case.category_since, "category": SEVERITY}

    def filtered_ids(self, filters: Filters, order: SortOrder | None) -> Select[*tuple[Any, ...]]:
        chosen = filters.get("category")
        categories = [CaseCategory(chosen)] if chosen else list(BOARD_ORDER)
        return select(Case.id).where(Case.is_open == true(),
                                     or_(*(not_done(category) for category in categories)))

    def row_statement(self) -> Select[*tuple[Any, ...]]:
        return (select(Case.id, Person.name, Case.category, Case.status, Case.category_since,
                       Community.name, hold_expression(), persuasion_count())
                .join(Person, Person.id == Case.person_id)
                .join(Community, Community.id == Case.community_id))

    def shares(self, now: datetime | None = None) -> BoardShares:
        """The four shares, read in one GROUP BY (and two index seeks for the moment)."""
        statement = (select(Case.category, Case.status, func.count())
                     .where(Case.is_open == true()).group_by(Case.category, Case.status))
        done: dict[str, int] = {category.value: 0 for category in BOARD_ORDER}
        total = dict(done)
        with self.database.sessions() as session:
            rows = session.execute(statement).all()
            latest = last_activity(session)
        for category, status, number in rows:
            key = plain(category)
            total[key] += int(number)
            if is_done(key, plain(status)):
                done[key] += int(number)
        moment = dashboard_day(latest, now or datetime.now())[1]
        return BoardShares(tuple(Share(c.value, done[c.value], total[c.value])
                                 for c in BOARD_ORDER), moment)

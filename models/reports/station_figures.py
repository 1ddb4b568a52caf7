"""The daily report's per-station breakdowns of the four categories, the transfers and the
response times, as they stood at the end of day D: GROUP BYs by the station of the case's
community, one statement each, whatever the number of stations.

Each station's figures add up to the district's (models.reports.daily_figures), which
tests/models/reports checks.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from models.db.dialect import minutes_between
from models.enums import CaseEventKind
from models.reports.daily_figures import end_of, start_of
from models.schema.cases import Case, CaseEvent
from models.schema.geography import Community
from models.schema.transfers import TransferOrder

Histogram = list[tuple[int, int]]     # (minutes, trips)


def _text(value: Any) -> str:
    return str(getattr(value, "value", value))


def categories_by_station(session: Session, day: date
                          ) -> dict[tuple[int, str], tuple[int, int, int]]:
    """(station id, category) → cases entering it on D, entering it by the end of D (opened in
    it or moved into it), open in it at the end of D (by the category the case has now)."""
    end = end_of(day)
    figures: dict[tuple[int, str], tuple[int, int, int]] = {}
    for station, category, total, today in session.execute(
            select(Community.station_id, CaseEvent.to_value, func.count(),
                   func.count().filter(CaseEvent.at >= start_of(day)))
            .join(Case, Case.id == CaseEvent.case_id)
            .join(Community, Community.id == Case.community_id)
            .where(CaseEvent.kind.in_((CaseEventKind.OPENED.value, CaseEventKind.CATEGORY.value)),
                   CaseEvent.to_value.is_not(None), CaseEvent.at < end)
            .group_by(Community.station_id, CaseEvent.to_value)):
        figures[(int(station), str(category))] = (int(today), int(total), 0)
    for station, category, number in session.execute(
            select(Community.station_id, Case.category, func.count())
            .join(Community, Community.id == Case.community_id)
            .where(Case.opened_at < end, or_(Case.closed_at.is_(None), Case.closed_at >= end))
            .group_by(Community.station_id, Case.category)):
        key = (int(station), _text(category))
        today, total, _open = figures.get(key, (0, 0, 0))
        figures[key] = (today, total, int(number))
    return figures


def transfers_by_station(session: Session, day: date) -> dict[int, tuple[int, int, int]]:
    """Station id → transfer orders given on D, delivered on D, delivered by the end of D."""
    start, end = start_of(day), end_of(day)
    rows = session.execute(
        select(Community.station_id,
               func.count().filter(and_(TransferOrder.ordered_at >= start,
                                        TransferOrder.ordered_at < end)),
               func.count().filter(and_(TransferOrder.delivered_at >= start,
                                        TransferOrder.delivered_at < end)),
               func.count().filter(TransferOrder.delivered_at < end))
        .join(Case, Case.id == TransferOrder.case_id)
        .join(Community, Community.id == Case.community_id)
        .where(TransferOrder.ordered_at < end)
        .group_by(Community.station_id))
    return {int(s): (int(o or 0), int(t or 0), int(d or 0)) for s, o, t, d in rows}


def response_by_station(session: Session, day: date, *, that_day_only: bool
                        ) -> dict[int, Histogram]:
    """Station id → the response-time histogram (on scene − dispatched, whole minutes) of the
    trips dispatched on D, or by the end of D."""
    minutes = func.round(minutes_between(TransferOrder.dispatched_at, TransferOrder.on_scene_at))
    since = start_of(day) if that_day_only else None
    statement = (
        select(Community.station_id, minutes, func.count())
        .join(Case, Case.id == TransferOrder.case_id)
        .join(Community, Community.id == Case.community_id)
        .where(TransferOrder.dispatched_at.is_not(None), TransferOrder.on_scene_at.is_not(None),
               TransferOrder.dispatched_at < end_of(day))
        .group_by(Community.station_id, minutes))
    if since is not None:
        statement = statement.where(TransferOrder.dispatched_at >= since)
    histograms: dict[int, Histogram] = {}
    for station, value, trips in session.execute(statement):
        if value is not None:
            histograms.setdefault(int(station), []).append((max(int(value), 0), int(trips)))
    return histograms


def per_category(figures: dict[tuple[int, str], tuple[int, int, int]], station: int,
                 categories: Sequence[str]) -> tuple[tuple[int, int, int], ...]:
    """One station's (new, cumulative, open) for each of `categories`, in their order."""
    return tuple(figures.get((station, category), (0, 0, 0)) for category in categories)

"""Line lists out: cases, households with coverage, transfers, rosters, as .xlsx or CSV.

Every list is read in pages by primary key (keyset, PAGE rows at a time) and written as it is
read, so a million-row export never sits in memory. Resident IDs and phones pass through
models.accounts.masking exactly as on screen: a role that may not see them gets them masked. In .xlsx
every text is an inline-string cell (models.importing.xlsx), so Excel cannot turn an ID into
4.20102E+17; CSV is UTF-8 with a BOM, the only way Excel shows its Chinese without asking.
The file appears only when complete: it is written beside the target and renamed at the end.
"""
from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from models.accounts.masking import shown_phone, shown_resident_id
from models.communities.coverage import household_visit_summary
from models.db.database import Database
from models.errors import CanvassError
from models.exporting.refusals import ExportRefusal
from models.importing.xlsx import XlsxWriter
from models.schema.cases import Case
from models.schema.facilities import Facility
from models.schema.fleet import Vehicle
from models.schema.geography import Community, PoliceStation
from models.schema.register import Household, Person
from models.schema.teams import Responder, Team, TeamMember
from models.schema.transfers import TransferOrder

PAGE = 2000
# The vocabulary of a text column where Canvass writes codes (models/system_text.py) beside what
# people typed: its `label` renders them, and the controller always passes one.
WRITTEN = "written"
EPOCH = datetime(2000, 1, 1)
Page = list[tuple[Any, ...]]


class ExportCancelled(CanvassError):
    """The person cancelled: no file was left behind."""


@dataclass(frozen=True)
class ListSpec:
    """One kind of line list: its column headings (Chinese and English, since the province reads
    the Chinese and a log reader the English) and how to read a page after a given id."""
    kind: str
    headers: tuple[str, ...]
    read_page: Callable[[Session, int, Select[*tuple[Any, ...]] | None], Page]
    id_columns: tuple[int, ...] = ()       # positions (in headers) of resident IDs
    phone_columns: tuple[int, ...] = ()
    # positions of stored identifiers ("fever", "in_transit") → their vocabulary, for `label`
    vocabularies: tuple[tuple[int, str], ...] = ()


def _cases(session: Session, after: int, only: Select[*tuple[Any, ...]] | None) -> Page:
    statement = (select(Case.id, Person.name, Person.resident_id, Person.sex, Person.birth_date,
                        Person.phone, Community.name, Household.address, Case.category,
                        Case.status, Case.opened_at, Case.status_since, Facility.name,
                        Case.last_action)
                 .join(Person, Person.id == Case.person_id)
                 .join(Household, Household.id == Person.household_id)
                 .join(Community, Community.id == Case.community_id)
                 .outerjoin(Facility, Facility.id == Case.facility_id)
                 .where(Case.id > after).order_by(Case.id).limit(PAGE))
    if only is not None:
        statement = statement.where(Case.id.in_(only))
    return [tuple(row[1:]) + (row[0],) for row in session.execute(statement)]


def _households(session: Session, after: int, only: Select[*tuple[Any, ...]] | None) -> Page:
    statement = (select(Household.id, Community.name, Household.building, Household.unit,
                        Household.door, Household.address)
                 .join(Community, Community.id == Household.community_id)
                 .where(Household.id > after).order_by(Household.id).limit(PAGE))
    if only is not None:
        statement = statement.where(Household.id.in_(only))
    rows = session.execute(statement).all()
    ids = [row[0] for row in rows]
    if not ids:
        return []
    persons = dict(session.execute(select(Person.household_id, func.count()).where(
        Person.household_id.in_(ids)).group_by(Person.household_id)).all())
    visits = {row.household_id: row for row in session.execute(
        household_visit_summary(None, EPOCH, household_ids=ids))}
    page = []
    for row in rows:
        visit = visits.get(row[0])
        page.append((*row[1:], persons.get(row[0], 0), visit.visits if visit else 0,
                     "是" if visit is not None and visit.done else "否",
                     visit.last_visit_at if visit else None, row[0]))
    return page


def _transfers(session: Session, after: int, only: Select[*tuple[Any, ...]] | None) -> Page:
    statement = (select(TransferOrder.id, Person.name, Person.resident_id, Case.category,
                        TransferOrder.status, Team.name, Vehicle.plate, Facility.name,
                        TransferOrder.ordered_at, TransferOrder.dispatched_at,
                        TransferOrder.on_scene_at, TransferOrder.delivered_at,
                        TransferOrder.disinfected_at, TransferOrder.failure_reason)
                 .join(Case, Case.id == TransferOrder.case_id)
                 .join(Person, Person.id == Case.person_id)
                 .join(Facility, Facility.id == TransferOrder.facility_id)
                 .outerjoin(Team, Team.id == TransferOrder.team_id)
                 .outerjoin(Vehicle, Vehicle.id == TransferOrder.vehicle_id)
                 .where(TransferOrder.id > after).order_by(TransferOrder.id).limit(PAGE))
    if only is not None:
        statement = statement.where(TransferOrder.id.in_(only))
    page = []
    for row in session.execute(statement):
        dispatched, on_scene = row[9], row[10]
        minutes = round((on_scene - dispatched).total_seconds() / 60, 1) \
            if dispatched and on_scene else None
        page.append((*row[1:13], minutes, row[13], row[0]))
    return page


def _rosters(session: Session, after: int, only: Select[*tuple[Any, ...]] | None) -> Page:
    station = aliased(PoliceStation)
    statement = (select(TeamMember.id, station.name, Team.name, Team.kind, Responder.name,
                        Responder.role, Responder.unit, Responder.phone, TeamMember.is_leader,
                        TeamMember.joined_on)
                 .join(Team, Team.id == TeamMember.team_id)
                 .join(station, station.id == Team.station_id)
                 .join(Responder, Responder.id == TeamMember.responder_id)
                 .where(TeamMember.left_on.is_(None), TeamMember.id > after)
                 .order_by(TeamMember.id).limit(PAGE))
    if only is not None:
        statement = statement.where(Team.id.in_(only))
    return [(*row[1:8], "是" if row[8] else "", row[9], row[0]) for row in session.execute(statement)]


LISTS: dict[str, ListSpec] = {spec.kind: spec for spec in (
    ListSpec("cases", ("姓名 Name", "身份证号 Resident ID", "性别 Sex", "出生日期 Born",
                       "联系电话 Phone", "社区 Community", "住址 Address", "类别 Category",
                       "状态 Status", "发现时间 Opened", "状态时间 Since", "收治机构 Facility",
                       "最近处置 Last action"), _cases, (1,), (4,),
             ((7, "category"), (8, "case_status"), (12, WRITTEN))),
    ListSpec("households", ("社区 Community", "楼栋 Building", "单元 Unit", "门牌号 Door",
                            "住址 Address", "人数 Persons", "走访次数 Visits",
                            "已有结果 Has outcome", "最近走访 Last visit"), _households),
    ListSpec("transfers", ("姓名 Name", "身份证号 Resident ID", "类别 Category", "状态 Status",
                           "快反队 Team", "车辆 Vehicle", "目的地 Destination", "下令 Ordered",
                           "出车 Dispatched", "到场 On scene", "送达 Delivered",
                           "消毒 Disinfected", "响应分钟 Response (min)", "失败原因 Failure"),
              _transfers, (1,), (), ((2, "category"), (3, "transfer_status"), (13, WRITTEN))),
    ListSpec("rosters", ("派出所 Station", "队伍 Team", "类型 Kind", "姓名 Name", "角色 Role",
                         "单位 Unit", "联系电话 Phone", "队长 Leader", "加入日期 Joined"),
              _rosters, (), (6,), ((2, "team_kind"),)),
)}
KINDS: tuple[str, ...] = tuple(LISTS)
FORMATS: tuple[str, ...] = ("xlsx", "csv")


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return value


Label = Callable[[str, str], str]   # (vocabulary, stored value) → the word people read


def rows(database: Database, spec: ListSpec, may_see: bool, only: Select[*tuple[Any, ...]] | None = None,
         label: Label | None = None) -> Iterator[list[Any]]:
    """The list's rows, masked for the role, one page's session at a time. `label` turns stored
    identifiers into words (the GUI passes its translated labels); without it they stay as
    stored, which is what a script reading the file wants."""
    after = 0
    while True:
        with database.sessions() as session:
            page = spec.read_page(session, after, only)
        if not page:
            return
        after = page[-1][-1]
        for raw in page:
            values = [_plain(v) for v in raw[:-1]]
            for index in spec.id_columns:
                values[index] = shown_resident_id(values[index], may_see)
            for index in spec.phone_columns:
                values[index] = shown_phone(values[index], may_see)
            if label is not None:
                for index, vocabulary in spec.vocabularies:
                    if values[index] is not None:
                        values[index] = label(vocabulary, values[index])
            yield values


def export_list(database: Database, kind: str, path: Path | str, may_see: bool,
                only: Select[*tuple[Any, ...]] | None = None,
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None, label: Label | None = None) -> int:
    """Write the `kind` list to `path` (.xlsx unless it ends in .csv); returns the rows written.
    `only` (a SELECT of ids) keeps the filters the list had on screen."""
    spec = LISTS[kind]
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    written = 0
    try:
        if path.suffix.lower() == ".csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(spec.headers)
                written = _pump(rows(database, spec, may_see, only, label), writer.writerow,
                                progress, cancelled)
        else:
            with XlsxWriter(partial, kind, list(spec.headers)) as sheet:
                written = _pump(rows(database, spec, may_see, only, label), sheet.row, progress,
                                cancelled)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return written


def _pump(source: Iterator[Sequence[Any]], write: Callable[[Sequence[Any]], object],
          progress: Callable[[int], None] | None, cancelled: Callable[[], bool] | None) -> int:
    count = 0
    for values in source:
        write(values)
        count += 1
        if count % PAGE == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled("The export was cancelled; no file was written.",
                                      ExportRefusal.CANCELLED)
            if progress is not None:
                progress(count)
    return count

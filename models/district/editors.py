"""Which editor keeps which master table."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from models.district.facilities import FacilityEditor
from models.district.fleet import VehicleEditor
from models.district.geography import CommunityEditor, StationEditor
from models.district.records import Editor
from models.district.responders import LodgingEditor, ResponderEditor
from models.district.supplies import SupplyEditor
from models.district.tables import MasterTable
from models.district.teams import TeamEditor

EDITORS: dict[MasterTable, type[Editor]] = {
    editor.table: editor for editor in (
        StationEditor, CommunityEditor, FacilityEditor, VehicleEditor, TeamEditor,
        ResponderEditor, LodgingEditor, SupplyEditor)}


def editor_of(session: Session, table: MasterTable, today: date, now: datetime) -> Editor:
    return EDITORS[table](session, today, now)

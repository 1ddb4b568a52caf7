"""What the 辖区资料 screen says: the tables' names and the sentences for its refusals. A value
the district workbook's rules refuse reads as the workbook's sentence after the field's label
(the labels are ui/kit/field_names.py's, which the conflict dialog and the history read too)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from controllers.setup.problem_text import sentence
from models.district.refusals import DistrictRefusal, DistrictRefused
from models.district.tables import MasterTable
from models.errors import CanvassError, Refusal
from models.setup.problems import SetupCode
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text, refusal_sentence
from ui.kit.field_names import field_name

CONTEXT = "DistrictErrors"
T = MasterTable

TABLES: dict[MasterTable, str] = {
    T.STATIONS: QT_TRANSLATE_NOOP("District", "Police stations"),
    T.COMMUNITIES: QT_TRANSLATE_NOOP("District", "Communities"),
    T.FACILITIES: QT_TRANSLATE_NOOP("District", "Facilities"),
    T.VEHICLES: QT_TRANSLATE_NOOP("District", "Vehicles"),
    T.TEAMS: QT_TRANSLATE_NOOP("District", "Teams"),
    T.RESPONDERS: QT_TRANSLATE_NOOP("District", "Responders"),
    T.LODGING: QT_TRANSLATE_NOOP("District", "Lodging"),
    T.SUPPLIES: QT_TRANSLATE_NOOP("District", "Supplies"),
}
# One record of each table, for a form's title.
RECORDS: dict[MasterTable, str] = {
    T.STATIONS: QT_TRANSLATE_NOOP("District", "Police station"),
    T.COMMUNITIES: QT_TRANSLATE_NOOP("District", "Community"),
    T.FACILITIES: QT_TRANSLATE_NOOP("District", "Facility"),
    T.VEHICLES: QT_TRANSLATE_NOOP("District", "Vehicle"),
    T.TEAMS: QT_TRANSLATE_NOOP("District", "Team"),
    T.RESPONDERS: QT_TRANSLATE_NOOP("District", "Responder"),
    T.LODGING: QT_TRANSLATE_NOOP("District", "Lodging"),
    T.SUPPLIES: QT_TRANSLATE_NOOP("District", "Supply stock"),
}
# A place's or a team's name (名称), where the fields' own "Name" is a person's (姓名).
NAME = QT_TRANSLATE_NOOP("District", "Name")

ERRORS: dict[Refusal, str] = {
    DistrictRefusal.INVALID_VALUE: QT_TRANSLATE_NOOP("DistrictErrors", "A value is not right: correct the field and save again; nothing was saved."),
    DistrictRefusal.NO_DISTRICT: QT_TRANSLATE_NOOP("DistrictErrors", "This database has no district yet: set it up from the district workbook first (canvass setup import)."),
    DistrictRefusal.CODE_TAKEN: QT_TRANSLATE_NOOP("DistrictErrors", "The code {value} is taken: give this record its own code."),
    DistrictRefusal.NAME_TAKEN: QT_TRANSLATE_NOOP("DistrictErrors", "The name {value} is taken: give this record another name."),
    DistrictRefusal.PLATE_TAKEN: QT_TRANSLATE_NOOP("DistrictErrors", "A vehicle with the plate {value} exists already."),
    DistrictRefusal.RESIDENT_ID_TAKEN: QT_TRANSLATE_NOOP("DistrictErrors", "This resident ID is {holder}'s already: a responder is entered once."),
    DistrictRefusal.ITEM_STOCKED: QT_TRANSLATE_NOOP("DistrictErrors", "The station keeps this item already: receive a delivery into its stock instead."),
    DistrictRefusal.BEDS_BELOW_TAKEN: QT_TRANSLATE_NOOP("DistrictErrors", "{taken} beds are taken: close only free beds (at least {taken} beds); nothing was saved."),
    DistrictRefusal.RETIRED_CHOSEN: QT_TRANSLATE_NOOP("DistrictErrors", "{value} is retired and cannot be chosen any more: choose another."),
    DistrictRefusal.VEHICLE_ON_TRANSFER: QT_TRANSLATE_NOOP("DistrictErrors", "{vehicle} is on a transfer or waiting for its disinfection: try again when the transfer is closed."),
    DistrictRefusal.VEHICLE_IN_SERVICE: QT_TRANSLATE_NOOP("DistrictErrors", "{vehicle} is not out of service."),
    DistrictRefusal.DELIVERY_NOT_POSITIVE: QT_TRANSLATE_NOOP("DistrictErrors", "Type how many were delivered: a whole number above zero."),
    DistrictRefusal.RACED: QT_TRANSLATE_NOOP("DistrictErrors", "Another workstation saved a conflicting change at the same moment; nothing was saved: try again."),
}
# The workbook's "the cell is empty" reads oddly in a form.
FILL_IN = QT_TRANSLATE_NOOP("DistrictErrors", "fill it in")
AT_FIELD = QT_TRANSLATE_NOOP("DistrictErrors", "%1: %2")


def table_title(table: MasterTable) -> str:
    return QCoreApplication.translate("District", TABLES[table])


def name_label() -> str:
    return QCoreApplication.translate("District", NAME)


def record_title(table: MasterTable) -> str:
    return QCoreApplication.translate("District", RECORDS[table])


def district_error_text(error: CanvassError, label: Callable[[str], str] = field_name) -> str:
    """The sentence for a refused edit: a rule of the workbook as "<field>: <what to do>", the
    field named by `label` (a form names its fields its own way)."""
    if isinstance(error, DistrictRefused) and error.problem is not None:
        problem = error.problem
        what = (QCoreApplication.translate(CONTEXT, FILL_IN) if problem.code is SetupCode.EMPTY
                else sentence(problem))
        return QCoreApplication.translate(CONTEXT, AT_FIELD).replace(
            "%1", label(error.field or "")).replace("%2", what)
    return refusal_sentence(CONTEXT, ERRORS, error) or error_text(error)

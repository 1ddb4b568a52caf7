"""A form's values checked by the district workbook's own rules.

The workbook reads each sheet's row with models/setup/parsing.py (lengths, numbers in range,
coordinates inside China, plates in the Chinese format, resident IDs by GB 11643, phones, the
closed vocabularies); an editor hands it the form's values as that sheet's cells and gets the
same typed row back, or the same problem, so a value refused on import is refused on screen
too, in the same words.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from models.district.refusals import DistrictRefusal, DistrictRefused
from models.setup.cells import RowReader
from models.setup.parsing import PARSERS


def workbook_row(sheet: str, cells: Mapping[str, object], today: date,
                 fields: Mapping[str, str]) -> Any:
    """The typed row (models/setup/rows.py) `cells` make on `sheet`; the first problem is
    refused, naming the form's field (`fields`: the sheet's column → the form's field)."""
    keys = list(cells)
    reader = RowReader(sheet, 0, [cells[key] for key in keys],
                       {key: (index, key) for index, key in enumerate(keys)})
    row = PARSERS[sheet](reader, today)
    if reader.problems:
        problem = reader.problems[0]
        raise DistrictRefused(f"{problem.column}: {problem.code.value} {problem.values}",
                              DistrictRefusal.INVALID_VALUE,
                              field=fields.get(problem.column, problem.column), problem=problem)
    return row


def listed(values: object) -> str:
    """A form's chosen words as one workbook cell (方舱医院 takes 确诊、疑似)."""
    if isinstance(values, (list, tuple, set, frozenset)):
        return "、".join(str(value) for value in values)
    return str(values or "")

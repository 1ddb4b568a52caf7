"""Residents' registers as community offices send them (CSV, .xlsx, with a title row, by address), and
loading one: shared by the import tests of the models, the commands and the wizard."""
from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from models.accounts.audit import Actor
from models.db.database import Database
from models.enums import Sex
from models.importing.columns import guess_mapping
from models.importing.load import ImportOptions, import_register
from models.importing.readers import open_register
from models.importing.xlsx import XlsxWriter
from models.register.resident_id import make
from models.schema import Household, Person
from models.schema.accounts import AuditEntry
from tests.support.factories import make_place

TODAY = date(2020, 2, 20)
ACTOR = Actor(None, "clerk")
HEADER = "姓名,身份证号,联系电话,社区,楼栋,单元,门牌号,与户主关系"


def resident(n: int) -> str:
    return make("420102", date(1950 + n % 50, 1 + n % 12, 1 + n % 28), n // 1000 % 499, Sex.MALE
                if n % 2 else Sex.FEMALE)


def resident_name(n: int) -> str:
    """居民 and the number in Chinese digits (居民十二 is 居民一二): a name is letters only."""
    return "居民" + "".join("零一二三四五六七八九"[int(digit)] for digit in str(n))


def register_csv(path: Path, lines: list[str], encoding: str = "gbk") -> Path:
    path.write_bytes(("\r\n".join([HEADER, *lines]) + "\r\n").encode(encoding))
    return path


def good_lines(count: int, community: str = "永清社区", start: int = 0) -> list[str]:
    return [f"{resident_name(n)},{resident(n)},1380000{n % 10000:04d},{community},{n // 6},1,{n % 3 + 1}01,"
            f"{'本人' if n % 3 == 0 else '子'}" for n in range(start, start + count)]


def setup_community(database: Database) -> int:
    with database.sessions() as session:
        place = make_place(session)
        session.commit()
        return place.community_id


def run_import(database: Database, path: Path, **options: object):
    register = open_register(path)
    return import_register(database, register, guess_mapping(register.headers),
                           ImportOptions(today=TODAY, **options), ACTOR)  # type: ignore[arg-type]


def register_counts(database: Database) -> tuple[int, int, int]:
    with database.sessions() as session:
        return (session.scalar(select(func.count(Person.id))) or 0,
                session.scalar(select(func.count(Household.id))) or 0,
                session.scalar(select(func.count(AuditEntry.id))) or 0)


def write_xlsx(path: Path, sheet_xml: str) -> None:
    """An .xlsx as Excel lays it out, written by hand (not by the code under test)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
            'formats-package.relationships+xml"/><Default Extension="xml" ContentType="'
            'application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
            'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>'))
        archive.writestr("xl/workbook.xml", (
            '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml'
            '/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>'
            '</workbook>'))
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)


def sheet_xml(rows: str) -> str:
    return ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            f'spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>')


ADDRESS_HEADER = "姓名,身份证号,联系电话,社区,住址"


def address_csv(path: Path, addresses: list[str], start: int = 0) -> Path:
    lines = [ADDRESS_HEADER] + [f"{resident_name(n)},{resident(n)},1380000{n % 10000:04d},永清社区,{address}"
                                for n, address in enumerate(addresses, start)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def fifty_doors() -> list[str]:
    return [f"胜利街1号{n // 10 + 1}栋{n % 2 + 1}单元{n % 10 + 1}01" for n in range(50)]


TITLE = "永清社区居民花名册（2020年2月）"


def titled_csv(path: Path, lines: list[str], blank_rows: int = 1) -> Path:
    rows = [TITLE + ",,,", *[""] * blank_rows, HEADER, *lines]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("gbk"))
    return path


def titled_xlsx(path: Path, lines: list[str]) -> Path:
    with XlsxWriter(path, "Sheet1", [TITLE]) as sheet:
        sheet.row([])
        sheet.row(HEADER.split(","))
        for line in lines:
            sheet.row(line.split(","))
    return path


def register_of(path: Path, community: str, households: int) -> Path:
    """A register of `households` two-person households (a head and a spouse) in `community`,
    as a community office sends it."""
    lines = ["姓名,身份证号,联系电话,社区,楼栋,单元,门牌号,与户主关系"]
    for n in range(households * 2):
        head = n % 2 == 0
        resident_id = make("420116", date(1960 + n, 5, 1 + n), 100 + n,
                           Sex.MALE if head else Sex.FEMALE)
        lines.append(f"{resident_name(n)},{resident_id},1357100{n:04d},{community},3,1,{201 + n // 2},"
                     f"{'本人' if head else '配偶'}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path

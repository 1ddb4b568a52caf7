"""Households and persons: the register the community offices keep."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, String, false, func, text, true
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, validates

from models.enums import PersonOrigin, Residence, Sex
from models.pinyin import KEY_LENGTH, name_key
from models.schema.base import Base, Stamped, Versioned, enum_column, searched_text


class Household(Base, Stamped, Versioned):
    __tablename__ = "household"
    id: Mapped[int] = mapped_column(primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"))
    building: Mapped[str] = mapped_column(String(16), default="")   # 楼栋 / 组
    unit: Mapped[str] = mapped_column(String(16), default="")       # 单元
    door: Mapped[str] = mapped_column(String(16), default="")       # 门牌号
    address: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (
        Index("ix_household_community_place", "community_id", "building", "unit", "door"),
    )


def _name_key_of_insert(context: DefaultExecutionContext) -> str:
    parameters: dict[str, object] = context.get_current_parameters()  # type: ignore[no-untyped-call]
    return name_key(str(parameters.get("name") or ""))


class Person(Base, Stamped, Versioned):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("household.id"), index=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id"), index=True)
    name: Mapped[str] = mapped_column(searched_text(64), index=True)
    # The name's pinyin sort key (models/pinyin.py), written with the name: by the ORM on every
    # change of the name, by a Core INSERT that leaves it out, by the bulk loaders in their rows
    # (migration 0015). The register and the case board sort names by it on both backends.
    name_pinyin: Mapped[str] = mapped_column(searched_text(KEY_LENGTH), default=_name_key_of_insert,
                                             server_default="")
    resident_id: Mapped[str | None] = mapped_column(searched_text(18), index=True)
    # The ID reversed, so "the last digits" is a prefix search an ordinary index can serve.
    resident_id_reversed: Mapped[str | None] = mapped_column(searched_text(18), index=True)
    sex: Mapped[Sex | None] = mapped_column(enum_column(Sex, "sex"))
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(searched_text(20))   # indexed with name, birth date
    is_household_head: Mapped[bool] = mapped_column(Boolean, default=False)
    registered_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # A person entered twice is merged into the entry kept (models/register/merging.py): the
    # other stays, inactive, pointing at it. Inactive and not merged: set aside by migration
    # 0013 because an active person already held the same resident ID, waiting to be merged.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    # Where the person came from, and what the door-to-door teams found (migration 0014): every
    # column has a server default, so the bulk loaders that name their columns stay as they are.
    origin: Mapped[PersonOrigin] = mapped_column(
        enum_column(PersonOrigin, "person_origin"), default=PersonOrigin.REGISTER,
        server_default=PersonOrigin.REGISTER.value)
    residence: Mapped[Residence] = mapped_column(
        enum_column(Residence, "residence"), default=Residence.HERE,
        server_default=Residence.HERE.value)
    residence_where: Mapped[str] = mapped_column(String(100), default="", server_default="")
    residence_since: Mapped[date | None] = mapped_column(Date)
    household_relation: Mapped[str] = mapped_column(String(16), default="", server_default="")
    not_registered_here: Mapped[bool] = mapped_column(Boolean, default=False,
                                                      server_default=false())
    no_id_reason: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # Named on a contact-tracing list and not found yet: the door-to-door teams look for them.
    to_find: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    __table_args__ = (
        # A handful of rows at any time: the gap list asks it once per household of a page.
        Index("ix_person_to_find", "household_id", sqlite_where=text("to_find = 1"),
              postgresql_where=text("to_find")),
        # One resident ID, one person: unique among the active, on both backends (0013).
        Index("uq_person_resident_id_active", "resident_id", unique=True,
              sqlite_where=text("active = 1"), postgresql_where=text("active")),
        CheckConstraint("merged_into_id IS NULL OR NOT active", name="merged_inactive"),
        # A phone's prefix search, and persons entered twice (the same name, birth date and
        # phone) found from the index alone (0013; it replaced the phone's own index).
        Index("ix_person_phone_name_birth", "phone", "name", "birth_date"),
        # Names in pinyin order, a page at a time (0015).
        Index("ix_person_name_pinyin", "name_pinyin", "id"),
    )

    @validates("name")
    def _name_written(self, _key: str, name: str) -> str:
        self.name_pinyin = name_key(name or "")
        return name

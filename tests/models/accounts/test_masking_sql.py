"""The database masks identifiers exactly as the Python masks do, on both backends."""
from __future__ import annotations

from sqlalchemy import String, literal, select

from models.accounts.masking import mask_phone, mask_resident_id, masked_phone_sql, masked_resident_id_sql
from models.db.database import Database

SAMPLES = [None, "", "1", "12345", "1234567", "12345678", "1234567890", "12345678901",
           "420102198001011234", "42010219800101123X", "13800001111", "010-88886666",
           "+86 138 0000 1111", "12345678901234567890"]


def test_sql_masks_equal_the_python_masks(database: Database) -> None:
    dialect = database.kind
    with database.engine.connect() as connection:
        for value in SAMPLES:
            bound = literal(value, String)
            resident_id, phone = connection.execute(select(
                masked_resident_id_sql(dialect, bound), masked_phone_sql(dialect, bound))).one()
            assert (resident_id, phone) == (mask_resident_id(value), mask_phone(value)), value

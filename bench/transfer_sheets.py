"""Printing transfer sheets at district scale: 100 sheets to one PDF, beside what it is made of.

Canvass: the latest 100 transfers' sheets as the batch print makes them: load the data (a few
queries by id list), build the HTML (QR codes included), render to an A4 PDF, one sheet a page.
Baselines, in the same run:
  * rendering: the very same HTML rendered by QTextDocument to a PDF, nothing else; what the
    sheets cost beyond Qt's own text layout and PDF writing;
  * data: the statements Canvass sent, replayed on the bare driver (bench/raw.py).
Target (issue 7): 100 sheets within 5 s.

    python -m bench.transfer_sheets --db PATH_OR_URL
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select

from bench.common import Row, table
from bench.raw import captured, median_time, replay
from controllers.paper.pdf import ensure_gui_application, write_pdf
from controllers.paper.sheet_pdf import print_sheets
from controllers.paper.transfer_sheet_html import sheets_html
from controllers.runtime.actions import SignedInUser
from controllers.runtime.unit_of_work import read_session
from models.db.database import Database
from models.enums import UserRole
from models.opening import open_database
from models.schema.transfers import TransferOrder
from models.transfers.sheet import TransferSheet, load_sheets

SHEETS = 100
LIMIT_S = 5.0
REPEATS = 3
USER = SignedInUser(None, "bench", "bench", UserRole.DISPATCHER)


def latest_transfers(database: Database, count: int = SHEETS) -> list[int]:
    with read_session(database) as session:
        return [int(i) for i in session.scalars(
            select(TransferOrder.id).order_by(TransferOrder.ordered_at.desc(), TransferOrder.id)
            .limit(count))]


def rows(database: Database) -> list[Row]:
    ensure_gui_application()
    ids = latest_transfers(database)
    if not ids:
        return []
    moment = datetime(2020, 2, 20, 18, 0)

    def load() -> list[TransferSheet]:
        with read_session(database) as session:
            return load_sheets(session, ids, moment)

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "sheets.pdf"

        def whole() -> None:
            print_sheets(database, USER, load(), out)

        html = sheets_html(load())
        label = f"{len(ids)} transfer sheets to one PDF"
        canvass = median_time(whole, REPEATS)
        rendering = median_time(lambda: write_pdf(html, out), REPEATS)
        loading = median_time(load, REPEATS)
        raw = replay(database, captured(database, load))
    return [Row(label, canvass, rendering, limit_s=LIMIT_S),
            Row(f"{len(ids)} transfer sheets: data", loading, raw)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a database holding a demo district")
    args = parser.parse_args(argv)
    database = open_database(args.db)
    try:
        measured = rows(database)
    finally:
        database.dispose()
    print(table(measured))
    return 0 if all(row.met for row in measured) else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Canvass's data layer: tables, domain rules, all SQL, migrations. No Qt here.

Rooms: db/ (engine, sessions, driver statements, dialect, bulk load, change listener),
schema/ (the mapped tables), then one package per feature: accounts, register, communities
(door to door), cases, teams, transfers, exporting, importing, demo; migrations/ (Alembic)."""

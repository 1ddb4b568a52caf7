"""Per-user preferences over QSettings, each declared once with its type and default.

Declaring a setting as a `Setting` constant keeps its key, type and default in one place, so a
typo in a key is a NameError and not a silently empty preference. Tests hand `Settings` a
QSettings in a temporary INI file and never touch the real user's preferences.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from controllers.runtime.locations import APP_NAME, ORG_NAME

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: where it is stored, what type it has, what it is when never set."""
    key: str
    type: type
    default: T
    choices: tuple[Any, ...] = ()

    def under(self, *names: str) -> Setting[T]:
        """The same preference kept apart per `names` (a user, a list): "lists/hidden_columns"
        under ("clerk1", "PersonRows") is "lists/clerk1/PersonRows/hidden_columns"."""
        head, _, tail = self.key.rpartition("/")
        parts = [name.replace("/", "_").replace("\\", "_") or "_" for name in names]
        return Setting("/".join([head, *parts, tail]), self.type, self.default, self.choices)


LANGUAGE: Setting[str] = Setting("ui/language", str, "zh", choices=("zh", "en"))
WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray())
LAST_VIEW: Setting[str] = Setting("window/last_view", str, "communities")
CONNECTION_PROBE_SECONDS: Setting[int] = Setting("connection/probe_seconds", int, 5)
# The database chosen on a first start ("open another database"), opened at the next starts
# when neither --db nor CANVASS_DB says otherwise; never an address holding a password.
DATABASE_LOCATION: Setting[str] = Setting("database/location", str, "")
# The columns a user hid in a list, by column key, comma-separated; kept per signed-in user and
# list (HIDDEN_COLUMNS.under(user, list)), so two clerks sharing a workstation keep their own.
HIDDEN_COLUMNS: Setting[str] = Setting("lists/hidden_columns", str, "")
# Whether this workstation beeps when a new alert appears (ui/alerts): off unless someone at
# the wall or the dispatch desk turns it on, so a room of workstations does not beep at once.
ALERT_SOUND: Setting[bool] = Setting("alerts/sound", bool, False)

# What this PC is called where sign-in failures are counted (controllers/runtime/workstation.py):
# empty means its host name; a command center whose PCs share one image names each here.
WORKSTATION: Setting[str] = Setting("workstation/name", str, "")

# A folder of map tiles (Z/X/Y.png, the usual Web Mercator scheme) the situation map draws
# under its layers (ui/map/tiles.py): empty, or a folder that is not there, draws none.
MAP_TILES: Setting[str] = Setting("map/tiles", str, "")

ALL_SETTINGS: tuple[Setting[Any], ...] = (LANGUAGE, WINDOW_GEOMETRY, LAST_VIEW, DATABASE_LOCATION,
                                          CONNECTION_PROBE_SECONDS, HIDDEN_COLUMNS, ALERT_SOUND,
                                          WORKSTATION, MAP_TILES)


class Settings:
    """Typed access to a QSettings store; an unreadable or out-of-range value reads as default."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    @classmethod
    def for_user(cls) -> Settings:
        """The signed-in OS user's own preferences (native format and location)."""
        return cls(QSettings(ORG_NAME, APP_NAME))

    @classmethod
    def in_file(cls, path: Path) -> Settings:
        """Preferences in an INI file of their own: tests, screenshots, a portable install."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, setting: Setting[T]) -> T:
        if not self.store.contains(setting.key):
            return setting.default
        try:
            value = self.store.value(setting.key, setting.default, type=setting.type)
        except (TypeError, ValueError):
            return setting.default
        if value is None or not isinstance(value, setting.type):
            return setting.default
        if setting.choices and value not in setting.choices:
            return setting.default
        return cast(T, value)

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.type):
            raise TypeError(f"{setting.key} takes {setting.type.__name__}, not {type(value).__name__}")
        if setting.choices and value not in setting.choices:
            raise ValueError(f"{setting.key} takes one of {setting.choices}, not {value!r}")
        self.store.setValue(setting.key, value)

    def sync(self) -> None:
        """Write pending changes now (QSettings otherwise writes on its own schedule)."""
        self.store.sync()

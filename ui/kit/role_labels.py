"""Words for responder roles on screen and on the printed roster."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.translatable import QT_TRANSLATE_NOOP

ROLES = {
    "police": QT_TRANSLATE_NOOP("Roles", "Police"),
    "auxiliary_police": QT_TRANSLATE_NOOP("Roles", "Auxiliary police"),
    "health_worker": QT_TRANSLATE_NOOP("Roles", "Health worker"),
    "cadre": QT_TRANSLATE_NOOP("Roles", "Cadre"),
    "volunteer": QT_TRANSLATE_NOOP("Roles", "Volunteer"),
    "security": QT_TRANSLATE_NOOP("Roles", "Property security"),
    "driver": QT_TRANSLATE_NOOP("Roles", "Driver"),
}


def role_text(value: str) -> str:
    return QCoreApplication.translate("Roles", ROLES.get(value, value))

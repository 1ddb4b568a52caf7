"""How an export stopped without a file: the person cancelled it (the dialog that cancelled says
so itself, so no sentence is needed)."""
from __future__ import annotations

from models.errors import Refusal


class ExportRefusal(Refusal):
    CANCELLED = "export_cancelled"

"""How a demo build stopped: the person cancelled it (the progress dialog says so itself)."""
from __future__ import annotations

from models.errors import Refusal


class DemoRefusal(Refusal):
    CANCELLED = "demo_cancelled"

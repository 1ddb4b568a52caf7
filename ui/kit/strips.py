"""A strip a feature lays across the top of the dashboard and the wall (the sweep campaign's
countdown): the dashboard holds it without knowing the feature (the shell hands it in), and
wall mode gives it the wall's look."""
from __future__ import annotations

from typing import Protocol


class Strip(Protocol):
    def reload(self) -> None: ...

    def is_loading(self) -> bool: ...

    def set_wall(self, wall: bool) -> None: ...

"""The main window's views, each built the first time it is wanted.

A view's module and its widgets cost the start: the nine views and their imports (the charts'
library among them) took most of the time from `canvass` to a usable window. The shelf knows how
to make each view and makes it when the window first shows it, or when anything asks for it by
name (`window.views["cases"]`, the wall asking for the dashboard, the map opening a community
with the communities view's window). Built once, a view is kept, so going back to a list finds
it where it was left.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from ui.campaign.view import CampaignView
    from ui.dashboard.view import DashboardView
    from ui.district.view import DistrictView
    from ui.kit.table_page import TablePage
    from ui.map.view import MapView

View: TypeAlias = "TablePage | DashboardView | DistrictView | MapView | CampaignView"


class ViewShelf(Mapping[str, "View"]):
    """view id → view, made by its maker on first asking; `placed(view_id, view)` is called
    once for each view made (the window puts it in its stack and connects it to the feed).
    Iterating names every view; only `made()` and `is_made()` leave unmade views unmade."""

    def __init__(self, makers: dict[str, Callable[[], View]],
                 placed: Callable[[str, View], None]) -> None:
        self._makers = makers
        self._placed = placed
        self._made: dict[str, View] = {}

    def __getitem__(self, view_id: str) -> View:
        view = self._made.get(view_id)
        if view is None:
            view = self._makers[view_id]()   # KeyError for a view the window does not have
            self._made[view_id] = view
            self._placed(view_id, view)
        return view

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)

    def is_made(self, view_id: str) -> bool:
        return view_id in self._made

    def made(self) -> list[View]:
        """The views built so far, in the order they were built."""
        return list(self._made.values())

"""How the strip looks: calm (a thin line saying all trips are in time) or alerting (red, large);
on the desk, or on the wall in type read from five metres. The strip carries its own style
sheet, which Qt prefers over the dashboard's and the wall's for its own widgets."""
from __future__ import annotations

DESK_CALM = """
QFrame#alertStrip { background: #eef6ee; border: none; border-bottom: 1px solid #cfe3cf; }
QLabel#alertTitle { color: #2e6b34; font-size: 13px; }
QLabel#alertMessage { color: #2e6b34; font-size: 13px; }
QToolButton#alertSound { font-size: 12px; padding: 2px 8px; }
"""
DESK_ALERTING = """
QFrame#alertStrip { background: #fdecea; border: none; border-bottom: 2px solid #d93025; }
QLabel#alertTitle { color: #b3261e; font-size: 16px; font-weight: bold; }
QLabel#alertLine { color: #5c1a14; font-size: 15px; }
QLabel#alertMore, QLabel#alertMessage { color: #7a2a22; font-size: 13px; }
QPushButton#alertAcknowledge { font-size: 14px; font-weight: bold; padding: 6px 16px; }
QToolButton#alertSound { font-size: 12px; padding: 2px 8px; }
"""
WALL_CALM = """
QFrame#alertStrip { background: #0f2219; border: none; border-bottom: 1px solid #1f4d33; }
QLabel#alertTitle, QLabel#alertMessage { color: #8fd19e; font-size: 26px; }
QToolButton#alertSound { color: #9fb0c3; background: #152131; border: 1px solid #24344a;
                         font-size: 26px; padding: 2px 12px; }
"""
WALL_ALERTING = """
QFrame#alertStrip { background: #6b100c; border: none; border-bottom: 4px solid #ff5449; }
QLabel#alertTitle { color: #ffffff; font-size: 34px; font-weight: bold; }
QLabel#alertLine { color: #ffe9e6; font-size: 30px; font-weight: bold; }
QLabel#alertMore, QLabel#alertMessage { color: #ffc9c2; font-size: 26px; }
QPushButton#alertAcknowledge { color: #6b100c; background: #ffffff; border-radius: 8px;
                               font-size: 26px; font-weight: bold; padding: 6px 22px; }
QToolButton#alertSound { color: #ffc9c2; background: transparent; border: 1px solid #ffc9c2;
                         font-size: 26px; padding: 2px 12px; }
"""


def strip_style(wall: bool, alerting: bool) -> str:
    return {(False, False): DESK_CALM, (False, True): DESK_ALERTING,
            (True, False): WALL_CALM, (True, True): WALL_ALERTING}[(wall, alerting)]


# How many alerts the strip lists before "and N more": the wall lists the most urgent one only,
# in type read from five metres (26 px and up), and keeps its charts' last row on a 1080-pixel
# screen in either language (two lines cut the English wall's last row by about 90 px).
LINES = {False: 4, True: 1}

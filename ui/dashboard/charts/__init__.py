"""pyqtgraph chart panels of the dashboard, one chart per module.

Importing any of them imports pyqtgraph (most of a second): the dashboard creates them only when
it has figures to draw, so the window opens without waiting.
"""

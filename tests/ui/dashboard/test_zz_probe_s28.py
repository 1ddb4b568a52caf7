from tests.ui.dashboard.test_wall_fits import *  # noqa
def test_probe(qtbot, alerting, language):
    window = MainWindow(alerting); qtbot.addWidget(window); window.show(); window.wall.enter()
    d = window.dashboard
    qtbot.wait(8000)
    print("ALERTS", len(d.alerts.alerts), d.is_loading(), [k for k, p in d.panels.items() if p.chart is None])

"""The daily report as a headline and titled tables, shared by the PDF and the workbook so both
say the same thing in the same words: (title, column headers, rows of cells)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from controllers.reports.words import word
from models.reports.daily import DailyReport

translate = QCoreApplication.translate
Cell = str | int | float
Section = tuple[str, list[str], list[list[Cell]]]


def _minutes(value: int | None) -> Cell:
    return "–" if value is None else value


def sections(report: DailyReport) -> list[Section]:
    stations: list[list[Cell]] = [
        [row.station, row.communities, row.households, row.persons, row.screened,
         row.screened_today, row.households_done,
         "–" if row.coverage is None else f"{row.coverage:.1f}%", row.new_cases, row.open_cases,
         row.sent, row.sent_today] for row in report.stations]
    stations.append([translate("DailyReport", "District"), *[
        sum(int(row[i]) for row in stations) for i in range(1, 7)], "",
        *[sum(int(row[i]) for row in stations) for i in range(8, 12)]])
    median_all, p90_all = report.response_all
    median_day, p90_day = report.response_today
    return [
        (translate("DailyReport", "Per police station"),
         [translate("DailyReport", "Station"), translate("DailyReport", "Communities"),
          translate("DailyReport", "Households"), translate("DailyReport", "Registered persons"),
          translate("DailyReport", "Screened (cumulative)"), translate("DailyReport", "Screened that day"),
          translate("DailyReport", "Households done"), translate("DailyReport", "Coverage"),
          translate("DailyReport", "New cases"), translate("DailyReport", "Open cases"),
          translate("DailyReport", "Sent for treatment"), translate("DailyReport", "Sent that day")],
         stations),
        (translate("DailyReport", "The four categories"),
         [translate("DailyReport", "Category"), translate("DailyReport", "New that day"),
          translate("DailyReport", "Cumulative"), translate("DailyReport", "Open")],
         [[word(category), new, total, open_] for category, new, total, open_
          in report.categories]),
        (translate("DailyReport", "Transfers and response times"),
         [translate("DailyReport", "Figure"), translate("DailyReport", "Value")],
         [[translate("DailyReport", "Transfer orders that day"), report.transfers_ordered],
          [translate("DailyReport", "Delivered to a facility that day"), report.delivered_today],
          [translate("DailyReport", "Persons sent for treatment (cumulative)"), report.sent],
          [translate("DailyReport", "Trips reaching the scene that day"), report.response_trips_today],
          [translate("DailyReport", "Response time that day, median (min)"), _minutes(median_day)],
          [translate("DailyReport", "Response time that day, 90th percentile (min)"), _minutes(p90_day)],
          [translate("DailyReport", "Response time to date, median (min)"), _minutes(median_all)],
          [translate("DailyReport", "Response time to date, 90th percentile (min)"),
           _minutes(p90_all)]]),
        (translate("DailyReport", "Teams and stand-downs"),
         [translate("DailyReport", "Teams"), translate("DailyReport", "Active teams"),
          translate("DailyReport", "Responders on duty that day"), translate("DailyReport", "Stood down that day")],
         [[word(kind), teams, on_duty, down] for kind, teams, on_duty, down in report.teams]),
        (translate("DailyReport", "Protective supplies"),
         [translate("DailyReport", "Item"), translate("DailyReport", "In stock at the end of the day"),
          translate("DailyReport", "Drawn that day")],
         [[word(item), stock, drawn] for item, stock, drawn in report.supplies]),
    ]


def title(report: DailyReport) -> str:
    return translate("DailyReport", "Daily report, %1").replace("%1", report.day.isoformat())


def headline(report: DailyReport) -> str:
    """The article's sentence with the day's figures, in the interface's language."""
    when = QLocale().toString(QDate(report.day.year, report.day.month, report.day.day),
                              translate("DailyReport", "MMMM d"))
    return translate(
        "DailyReport", "As of %1, the district has screened and verified %2 persons "
        "and sent %3 for treatment.").replace("%1", when).replace(
        "%2", str(report.screened)).replace("%3", str(report.sent))

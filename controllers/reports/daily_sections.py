"""The daily report as a headline and titled tables, shared by the PDF and the workbook so both
say the same thing in the same words: per station (screening and coverage, the four categories,
transfers and response times, each with the district's total), then the district's four
categories, transfers and response times, teams and stand-downs, supplies.

Cells are numbers where they are numbers (a coverage is a `Share`, a missing response time is
None), so the workbook can sum them; the PDF writes them out (daily_pdf.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from controllers.browse.vocabulary import CATEGORIES
from controllers.reports.words import word
from models.importing.xlsx import Share
from models.reports.daily import DailyReport

translate = QCoreApplication.translate
Cell = str | int | float | None


@dataclass(frozen=True)
class Section:
    title: str
    headers: list[str]
    rows: list[list[Cell]]
    label_width: int = 14      # the first column's share of the page width in the PDF, %
    totals: bool = False       # the last row is the district's


def share(done: int, of: int) -> Share | None:
    return Share(done / of) if of else None


def _district(rows: list[list[Cell]], columns: range) -> list[Cell]:
    return [sum(int(row[i] or 0) for row in rows) for i in columns]


def stations_section(report: DailyReport) -> Section:
    rows: list[list[Cell]] = [
        [row.station, row.communities, row.households, row.persons, row.screened,
         row.screened_today, row.households_done, share(row.households_done, row.households),
         row.new_cases, row.open_cases, row.sent, row.sent_today] for row in report.stations]
    done, households = _district(rows, range(6, 7))[0], _district(rows, range(2, 3))[0]
    rows.append([translate("DailyReport", "District"), *_district(rows, range(1, 7)),
                 share(int(done or 0), int(households or 0)), *_district(rows, range(8, 12))])
    return Section(translate("DailyReport", "Per police station"), [
        translate("DailyReport", "Station"),
        translate("DailyReport", "Communities"),
        translate("DailyReport", "Households"),
        translate("DailyReport", "Registered persons"),
        translate("DailyReport", "Screened (cumulative)"),
        translate("DailyReport", "Screened that day"),
        translate("DailyReport", "Households done"),
        translate("DailyReport", "Coverage"),
        translate("DailyReport", "New cases"),
        translate("DailyReport", "Open cases"),
        translate("DailyReport", "Sent for treatment"),
        translate("DailyReport", "Sent that day")], rows, totals=True)


def station_cases_section(report: DailyReport) -> Section:
    headers = [translate("DailyReport", "Station")]
    for category in CATEGORIES:
        headers += [translate("DailyReport", "%1: new").replace("%1", word(category)),
                    translate("DailyReport", "%1: open").replace("%1", word(category))]
    rows: list[list[Cell]] = []
    for station in report.station_cases:
        row: list[Cell] = [station.station]
        for new, _total, open_ in station.categories:
            row += [new, open_]
        rows.append(row)
    rows.append([translate("DailyReport", "District"), *_district(rows, range(1, 1 + 2 * len(CATEGORIES)))])
    return Section(translate("DailyReport", "The four categories per police station"), headers, rows, totals=True)


def station_transfers_section(report: DailyReport) -> Section:
    rows: list[list[Cell]] = [
        [row.station, row.ordered, row.delivered_today, row.delivered, row.trips_today,
         *row.response_today, *row.response_all] for row in report.station_transfers]
    rows.append([translate("DailyReport", "District"), *_district(rows, range(1, 4)), report.response_trips_today,
                 *report.response_today, *report.response_all])
    return Section(translate("DailyReport", "Transfers and response times per police station"), [
        translate("DailyReport", "Station"),
        translate("DailyReport", "Orders that day"),
        translate("DailyReport", "Delivered that day"),
        translate("DailyReport", "Delivered (cumulative)"),
        translate("DailyReport", "Trips that day"),
        translate("DailyReport", "Median that day (min)"),
        translate("DailyReport", "90th percentile that day (min)"),
        translate("DailyReport", "Median to date (min)"),
        translate("DailyReport", "90th percentile to date (min)")], rows, totals=True)


def district_sections(report: DailyReport) -> list[Section]:
    median_all, p90_all = report.response_all
    median_day, p90_day = report.response_today
    figures: list[list[Cell]] = [
        [translate("DailyReport", "Transfer orders that day"), report.transfers_ordered],
        [translate("DailyReport", "Delivered to a facility that day"), report.delivered_today],
        [translate("DailyReport", "Persons sent for treatment (cumulative)"), report.sent],
        [translate("DailyReport", "Trips reaching the scene that day"),
         report.response_trips_today],
        [translate("DailyReport", "Response time that day, median (min)"), median_day],
        [translate("DailyReport", "Response time that day, 90th percentile (min)"), p90_day],
        [translate("DailyReport", "Response time to date, median (min)"), median_all],
        [translate("DailyReport", "Response time to date, 90th percentile (min)"), p90_all]]
    categories: list[list[Cell]] = [[word(category), new, total, open_]
                                    for category, new, total, open_ in report.categories]
    teams: list[list[Cell]] = [[word(kind), number, on_duty, down]
                               for kind, number, on_duty, down in report.teams]
    supplies: list[list[Cell]] = [[word(item), stock, drawn]
                                  for item, stock, drawn in report.supplies]
    return [
        Section(translate("DailyReport", "The four categories"), [
            translate("DailyReport", "Category"),
            translate("DailyReport", "New that day"),
            translate("DailyReport", "Cumulative"),
            translate("DailyReport", "Open")], categories, label_width=25),
        Section(translate("DailyReport", "Transfers and response times"), [
            translate("DailyReport", "Figure"),
            translate("DailyReport", "Value")], figures, label_width=60),
        Section(translate("DailyReport", "Teams and stand-downs"), [
            translate("DailyReport", "Teams"),
            translate("DailyReport", "Active teams"),
            translate("DailyReport", "Responders on duty that day"),
            translate("DailyReport", "Stood down that day")], teams, label_width=25),
        Section(translate("DailyReport", "Protective supplies"), [
            translate("DailyReport", "Item"),
            translate("DailyReport", "In stock at the end of the day"),
            translate("DailyReport", "Drawn that day")], supplies, label_width=25),
    ]


def sections(report: DailyReport) -> list[Section]:
    """The report's tables in the order they are read: the stations first (what the command
    center compares), then the district's figures."""
    return [stations_section(report), station_cases_section(report),
            station_transfers_section(report), *district_sections(report)]


def title(report: DailyReport) -> str:
    return translate("DailyReport", "Daily report, %1").replace("%1", report.day.isoformat())


def headline(report: DailyReport) -> str:
    """The article's sentence with the day's figures, in the interface's language."""
    when = QLocale().toString(QDate(report.day.year, report.day.month, report.day.day),
                              translate("DailyReport", "MMMM d"))
    return translate("DailyReport", "As of %1, the district has screened and verified %2 persons "
              "and sent %3 for treatment.").replace("%1", when).replace(
        "%2", str(report.screened)).replace("%3", str(report.sent))

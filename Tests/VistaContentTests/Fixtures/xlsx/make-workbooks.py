#!/usr/bin/python3
"""Writes the .xlsx test workbooks with openpyxl, a real spreadsheet writer, and a small SQLite
database with Python's sqlite3.

Run `make xlsx-fixtures` (it installs Debian's python3-openpyxl) and commit the files. openpyxl
writes formulas without the value they last computed, as a spreadsheet program saves them, so
`add_cached_values` writes that value beside each formula afterwards, the way Excel and
LibreOffice store it; and it stores one string inline (`t="inlineStr"`), as some exporters do.
"""
import datetime
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def hours_workbook(path):
    """Three sheets: 'Notes' first (text only); 'Overtime' with month-end dates, numbers, a formula,
    an empty cell and shared strings; 'Teams' with a title in A1 and a table at F2:G4 for a range."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes["A1"] = "Hours booked, exported from the time-tracking tool"
    sheet = book.create_sheet("Overtime")
    sheet.append(["month", "hours", "overtime"])
    rows = [(datetime.date(2026, 1, 31), 120.5, 10), (datetime.date(2026, 2, 28), 118, None),
            (datetime.date(2026, 3, 31), 101.25, 6)]
    for date, hours, overtime in rows:
        sheet.append([date, hours, overtime])
    for row in range(2, 5):
        sheet.cell(row=row, column=1).number_format = "yyyy-mm-dd"
    sheet["D1"] = "total"
    for row in range(2, 5):
        sheet.cell(row=row, column=4).value = f"=B{row}+C{row}"
    teams = book.create_sheet("Teams")
    teams["A1"] = "Team sizes, March 2026"
    teams["F2"] = "team"
    teams["G2"] = "people"
    teams["F3"] = "Treasury"
    teams["G3"] = 4
    teams["F4"] = "Controlling"
    teams["G4"] = 7
    book.save(path)
    finish(path, "xl/worksheets/sheet2.xml", {"D2": "130.5", "D3": "118", "D4": "107.25"}, shared=["A1", "B1", "C1"])


def bad_cell_workbook(path):
    """A text where a number belongs, in cell B3 of sheet 'Overtime'."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Overtime"
    sheet.append(["month", "hours"])
    sheet.append(["2026-01", 12])
    sheet.append(["2026-02", "n/a"])
    book.save(path)


def finish(path, part, values, shared):
    """Writes `<v>` after each formula of `values` and moves the strings of `shared` into xl/sharedStrings.xml."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts[part].decode("utf-8")
    for cell, value in values.items():
        xml, count = re.subn(rf'(<c r="{cell}"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?', rf"\1\2<v>{value}</v>", xml)
        assert count == 1, cell
    strings = []
    for cell in shared:
        match = re.search(rf'<c r="{cell}"([^>]*) t="inlineStr"([^>]*)><is><t>([^<]*)</t></is></c>', xml)
        assert match, cell
        strings.append(match.group(3))
        xml = xml.replace(match.group(0), f'<c r="{cell}"{match.group(1)} t="s"{match.group(2)}><v>{len(strings) - 1}</v></c>')
    parts[part] = xml.encode("utf-8")
    items = "".join(f"<si><t>{text}</t></si>" for text in strings)
    parts["xl/sharedStrings.xml"] = (f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" '
                                     f'uniqueCount="{len(strings)}">{items}</sst>').encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType='
                                                 '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>').encode("utf-8")
    relations = parts["xl/_rels/workbook.xml.rels"].decode("utf-8")
    parts["xl/_rels/workbook.xml.rels"] = relations.replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats.org/'
                                                            'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml" Id="rIdStrings"/>'
                                                            "</Relationships>").encode("utf-8")
    handle, temporary = tempfile.mkstemp(suffix=".xlsx")
    os.close(handle)
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    shutil.move(temporary, path)
    os.chmod(path, 0o644)


def example_report_count(path):
    """The example's report count: the reporting calendar's count on the last working day of each
    month, as a date, on the sheet 'Calendar' after a 'Read me' sheet."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Read me"
    notes["A1"] = "Recurring reports in the reporting calendar, counted on the last working day of the month"
    sheet = book.create_sheet("Calendar")
    sheet.append(["date", "reports"])
    counts = [(2025, 11, 28, 31), (2025, 12, 31, 31), (2026, 1, 30, 32), (2026, 2, 27, 32), (2026, 3, 31, 32),
              (2026, 4, 30, 29), (2026, 5, 29, 24), (2026, 6, 30, 19), (2026, 7, 31, 18), (2026, 8, 31, 17),
              (2026, 9, 30, 17), (2026, 10, 30, 17)]
    for year, month, day, reports in counts:
        sheet.append([datetime.date(year, month, day), reports])
        sheet.cell(row=sheet.max_row, column=1).number_format = "dd.mm.yyyy"
    book.save(path)
    finish(path, "xl/worksheets/sheet2.xml", {}, shared=["A1", "B1"])


def example_recipients(path):
    """The example's recipients: distinct people on the distribution lists at each month's end."""
    if os.path.exists(path):
        os.remove(path)
    connection = sqlite3.connect(path)
    connection.executescript("""
        CREATE TABLE list_members (month TEXT, list TEXT, person TEXT);
    """)
    people = [142, 142, 145, 144, 144, 131, 112, 96, 88, 84, 81, 80]
    months = ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07",
              "2026-08", "2026-09", "2026-10"]
    rows = []
    for month, count in zip(months, people):
        for number in range(count):
            # Each person is on one or two lists; the count is of distinct people.
            rows.append((month, "finance-weekly", f"person-{number:03}"))
            if number % 3 == 0:
                rows.append((month, "month-end", f"person-{number:03}"))
    connection.executemany("INSERT INTO list_members VALUES (?, ?, ?)", rows)
    connection.commit()
    connection.execute("VACUUM")
    connection.close()


def database(path):
    """A small SQLite database of hours booked per month, for the SQLite cases of the bad-input corpus."""
    if os.path.exists(path):
        os.remove(path)
    connection = sqlite3.connect(path)
    connection.executescript("""
        CREATE TABLE bookings (month TEXT, hours REAL);
        INSERT INTO bookings VALUES ('2026-01', 120.5), ('2026-02', 118), ('2026-03', 101.25);
    """)
    connection.commit()
    connection.close()


# Usage: make-workbooks.py [FIXTURE_FOLDER [EXAMPLE_METRICS_FOLDER]]
if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    hours_workbook(os.path.join(folder, "hours.xlsx"))
    bad_cell_workbook(os.path.join(folder, "bad-cell.xlsx"))
    database(os.path.join(folder, "ops.sqlite"))
    if len(sys.argv) > 2:
        example_report_count(os.path.join(sys.argv[2], "report-count.xlsx"))
        example_recipients(os.path.join(sys.argv[2], "recipients.sqlite"))

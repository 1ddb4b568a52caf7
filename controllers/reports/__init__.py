"""Reports sent up the line: the daily report (日报) as PDF and as a workbook."""

"""Reports sent up the line: the daily report's figures as they stood at the end of a day."""

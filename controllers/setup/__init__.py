"""Setting up a database: a real district from its workbook, or the demo district."""

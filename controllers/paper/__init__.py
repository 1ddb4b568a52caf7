"""Paper: sheets and lists rendered as HTML onto A4 PDF pages (and real printers, via the UI)."""

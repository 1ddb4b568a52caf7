"""The dashboard's aggregates (figures.py) and what each panel draws (panels.py)."""

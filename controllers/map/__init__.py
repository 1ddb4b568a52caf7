"""The situation map's use cases: its figures for a reader, boundary files for a setter-up."""

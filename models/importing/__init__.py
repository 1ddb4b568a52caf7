"""Importing the registers community offices send: read, map columns, validate, load.

The steps are separate modules so each can be tested alone and the GUI wizard can stop between
them (mapping, preview, report) while the command line runs them in one go."""

"""The five views of the main window, one module each."""

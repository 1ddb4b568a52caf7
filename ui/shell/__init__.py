"""The application's frame: start-up, the main window, wall mode, the status bar, appearance, translations, screenshots."""

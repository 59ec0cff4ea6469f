"""PySide6 windows, dialogs, item models and the database worker."""

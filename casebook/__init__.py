"""casebook: offline, encrypted case files for immigrant advocates."""

__version__ = "0.1.0"

"""The watched scanner folder: watchdog events and the stable-file wait."""

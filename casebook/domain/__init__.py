"""Value types and pure rules. No I/O, no third-party imports beyond the standard library."""

"""PDF layouts: plain data in, one file out, written atomically."""

"""Sample pledge cards: a generator of synthetic card records, renderers to TXT/PDF/HWP/HWPX, a corpus."""

"""mercato: football transfer and staff news turned into a source-attributed record."""

__version__ = "0.1.0"

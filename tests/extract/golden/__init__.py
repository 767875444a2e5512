"""Golden extraction tests: one file per language, cases tagged by phenomenon.

``helpers.py`` declares cases; ``test_coverage.py`` checks that every language has a case
for every phenomenon of the matrix (``helpers.PHENOMENA``).
"""

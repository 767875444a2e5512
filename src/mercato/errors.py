"""mercato's exceptions. Messages say what was wrong, with the value, and how to fix it."""


class MercatoError(Exception):
    """Base class for errors mercato reports to the user without a traceback."""


class InputError(MercatoError):
    """An input file or record cannot be read as an article."""


class DataError(MercatoError):
    """A packaged data file (club list, language cues) is missing or malformed."""

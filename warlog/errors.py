"""Error messages with codes, in one place (spaCy's habit). Each names the input it concerns."""

from __future__ import annotations


class WarlogError(Exception):
    """Base class: ``code`` is stable, the message names the input."""

    code = "W000"

    def __init__(self, message: str, *, source: str | None = None):
        self.source = source
        prefix = f"{source}: " if source else ""
        super().__init__(f"{prefix}{message} [{self.code}]")
        self.reason = message


class InputError(WarlogError):
    """An article or a row that cannot be read as an article."""

    code = "W100"


class EmptyInput(InputError):
    code = "W101"


class BinaryInput(InputError):
    code = "W102"


class TooLarge(InputError):
    code = "W103"


class BadEncoding(InputError):
    code = "W104"


class NotEnglish(InputError):
    code = "W105"


class BadDate(InputError):
    code = "W106"


class MalformedRow(InputError):
    code = "W107"


class GazetteerError(WarlogError):
    code = "W200"


class StoreError(WarlogError):
    code = "W300"


class ModelMissing(WarlogError):
    code = "W400"

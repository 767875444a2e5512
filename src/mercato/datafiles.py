"""Reading mercato's packaged data files (``data/`` and ``lang/<iso>/``) in one place."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

from mercato.errors import DataError


def read_text(*parts: str) -> str:
    """The text of ``mercato/<parts...>``; a DataError that names the file when it is missing."""
    path = resources.files("mercato").joinpath(*parts)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        msg = f"cannot read mercato/{'/'.join(parts)}: {exc}; reinstall mercato"
        raise DataError(msg) from exc


def read_toml(*parts: str, missing_ok: bool = False) -> dict[str, Any]:
    """A packaged TOML file as a dict (``{}`` for a missing optional file)."""
    if missing_ok and not resources.files("mercato").joinpath(*parts).is_file():
        return {}
    try:
        return tomllib.loads(read_text(*parts))
    except tomllib.TOMLDecodeError as exc:
        msg = f"mercato/{'/'.join(parts)} is not valid TOML: {exc}"
        raise DataError(msg) from exc

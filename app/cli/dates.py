"""The one parser of every date option (`type=day` in argparse).

A date that is not one stops the command before any work with the same translated
sentence the screens and the services give; `main` prints it and exits 2.
"""

from __future__ import annotations

from datetime import date, datetime, time

from app.core.errors import N_, InputError
from app.core.services.validation import parse_date

NOT_A_DATE = N_("{value} is not a date. Write it as 2026-03-15 or 15.03.2026.")


def day(text: str) -> date:
    """2026-03-15, 15.03.2026 or 15/03/2026."""
    try:
        value = parse_date(text)
    except ValueError:
        value = None
    if value is None:
        raise InputError(NOT_A_DATE, value=text)
    return value


def moment(text: str) -> datetime:
    """A day, or a day and a time of it (2026-03-15T10:30): when consent was given."""
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        return datetime.combine(day(text), time())

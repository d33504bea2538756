"""Field rules shared by the services: each turns raw input into a clean value or says why not."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.errors import N_, InputError
from app.core.models import Syncable
from app.core.text import clean, is_number

Rule = Callable[[str, Any], Any]

MIN_YEAR = 1900


def text(*, required: bool = False, max_len: int = 300, label: str = "") -> Rule:
    def rule(field: str, value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise InputError(N_("{label} is required."), field=field, label=label or field)
            return None
        if not isinstance(value, str):
            raise InputError(N_("{label} must be text."), field=field, label=label or field)
        out = clean(value) if max_len <= 300 else value.strip()
        if len(out) > max_len:
            raise InputError(
                N_("{label} is too long ({count} characters; at most {limit})."),
                field=field,
                label=label or field,
                count=len(out),
                limit=max_len,
            )
        return out

    return rule


def long_text(label: str = "") -> Rule:
    return text(max_len=100_000, label=label)


def require_one_of(value: str, options: Sequence[str], message: str, field: str) -> None:
    """Refuse `value` unless it is one of `options`, for an argument that is not a form field
    (a mark, an answer, a language): `message` (marked with N_() where it is written) names
    them with {value} and {options}."""
    if value not in options:
        raise InputError(message, field=field, value=value, options=", ".join(options))


def choice(options: Iterable[str], *, required: bool = False, label: str = "") -> Rule:
    allowed = tuple(options)

    def rule(field: str, value: Any) -> Any:
        if value is None or value == "":
            if required:
                raise InputError(N_("Choose the {label}."), field=field, label=label or field)
            return None
        if value not in allowed:
            raise InputError(
                N_("{value} is not a valid {label}; choose one of: {options}."),
                field=field,
                value=value,
                label=label or field,
                options=", ".join(allowed),
            )
        return value

    return rule


def parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        s = value.strip()
        for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
            try:
                return datetime.strptime(s, fmt).date()
            except ValueError:
                continue
    raise ValueError(value)


def a_date(*, required: bool = False, label: str = "") -> Rule:
    def rule(field: str, value: Any) -> Any:
        try:
            out = parse_date(value)
        except ValueError:
            raise InputError(
                N_("{value} is not a date. Write it as 2026-03-15 or 15.03.2026."),
                field=field,
                value=value,
            ) from None
        if out is None and required:
            raise InputError(N_("{label} is required."), field=field, label=label or field)
        if out is not None and not (MIN_YEAR <= out.year <= 2100):
            raise InputError(
                N_("{value} is not a plausible date."), field=field, value=out.isoformat()
            )
        return out

    return rule


_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def a_time(label: str = "") -> Rule:
    def rule(field: str, value: Any) -> Any:
        if value is None or value == "":
            return None
        if isinstance(value, time):
            return value
        m = _TIME.match(str(value).strip())
        if m and int(m[1]) < 24 and int(m[2]) < 60:
            return time(int(m[1]), int(m[2]))
        raise InputError(
            N_("{value} is not a time of day. Write it as 09:30."), field=field, value=value
        )

    return rule


def _within(out: Any, lo: float, hi: float, field: str, label: str) -> Any:
    if not lo <= out <= hi:
        raise InputError(
            N_("{label} must be between {lo} and {hi}."),
            field=field,
            label=label or field,
            lo=lo,
            hi=hi,
        )
    return out


def _read(
    read: Callable[[], float],
    value: Any,
    kind: type,
    not_one: str,
    lo: float,
    hi: float,
    field: str,
    label: str,
) -> Any:
    """`value` as a number of `kind` (read from text when it is not one) within lo..hi."""
    try:
        out = value if isinstance(value, kind) else read()
    except ValueError:
        raise InputError(not_one, field=field, label=label or field) from None
    return _within(out, lo, hi, field, label)


def integer(lo: int, hi: int, *, label: str = "", required: bool = False) -> Rule:
    def rule(field: str, value: Any) -> Any:
        if value is None or value == "":
            if required:
                raise InputError(N_("{label} is required."), field=field, label=label or field)
            return None
        whole = N_("{label} must be a whole number.")
        return _read(lambda: int(str(value).strip()), value, int, whole, lo, hi, field, label)

    return rule


def number(lo: float, hi: float, *, label: str = "") -> Rule:
    def rule(field: str, value: Any) -> Any:
        if value is None or value == "":
            return 0.0
        read = lambda: float(str(value).replace(",", "."))  # noqa: E731 (as `integer` reads)
        return _read(read, value, float, N_("{label} must be a number."), lo, hi, field, label)

    return rule


def flag() -> Rule:
    return lambda _field, value: bool(value)


_PHONE_JUNK = re.compile(r"[\s\-().]")


def phone(label: str = "") -> Rule:
    """Accept a phone written any common way; store Kyrgyz numbers as +996XXXXXXXXX."""

    def rule(field: str, value: Any) -> Any:
        if value is None or str(value).strip() == "":
            return None
        digits = _PHONE_JUNK.sub("", str(value).strip())
        normal = normalise_phone(digits)
        if normal is None:
            raise InputError(
                N_("{value} does not look like a phone number."), field=field, value=value
            )
        return normal

    return rule


def normalise_phone(raw: str) -> str | None:
    """A phone in its E.164 form (+996XXXXXXXXX for Kyrgyz numbers), or None.

    The numbering plan is phonenumbers' (Google's libphonenumber): "0555 123 456",
    "+996 (555) 12-34-56", "996555123456", "555-12-34-56" are one number. Numbers it does
    not know as possible are kept as written digits (an old or foreign number)."""
    digits = _PHONE_JUNK.sub("", raw)
    plus = digits.startswith("+")
    digits = digits.lstrip("+")
    if not is_number(digits) or not 6 <= len(digits) <= 15:
        return None
    import phonenumbers  # its numbering plans load on the first phone, not at start-up

    try:
        number = phonenumbers.parse(("+" if plus else "") + digits, "KG")
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_valid_number(number):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not plus and digits.startswith("996") and len(digits) == 12:
        return "+" + digits
    if digits.startswith("996") and len(digits) == 12:
        return "+" + digits
    if digits.startswith("0") and len(digits) == 10:  # 0555 123 456, the local form
        return "+996" + digits[1:]
    if len(digits) == 9 and not plus:  # 555 123 456 without the leading 0
        return "+996" + digits
    return ("+" if plus else "") + digits


def reference(model: type[Syncable], session: Session, *, label: str = "") -> Rule:
    """A link to another record that must exist and not be deleted."""

    def rule(field: str, value: Any) -> Any:
        if value is None or value == "":
            return None
        table = model.__table__  # type: ignore[attr-defined]
        found = session.execute(
            select(table.c.deleted).where(table.c.id == str(value))
        ).one_or_none()
        if found is None or found[0]:
            raise InputError(
                N_("The chosen {label} no longer exists."), field=field, label=label or field
            )
        return str(value)

    return rule


def apply_rules(
    rules: Mapping[str, Rule], values: Mapping[str, Any], *, partial: bool
) -> dict[str, Any]:
    """Validate `values` field by field. With partial=False, missing fields count as empty."""
    unknown = set(values) - set(rules)
    if unknown:
        raise ValueError(f"unknown fields: {sorted(unknown)}")
    names = values.keys() if partial else rules.keys()
    return {name: rules[name](name, values.get(name)) for name in names}

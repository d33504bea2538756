"""Text folding for search: one function so search and storage always agree."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

_SPACES = re.compile(r"\s+")


def clean(value: str) -> str:
    """Trim and collapse inner white space; NFC so 'ү' typed two ways is one letter."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def in_language(names: Mapping[str, str], lang: str) -> str:
    """The word of `names` in `lang`, or the English one where `lang` has none."""
    return names.get(lang) or names.get("en", "")


def is_number(value: str) -> bool:
    """Only the digits 0-9. `str.isdigit()` also takes '¹', '²' and other scripts' digits,
    which `int()` refuses or a field should not keep (a birth year, a phone, a row)."""
    return value.isascii() and value.isdigit()


def fold(value: str) -> str:
    """The search key of a name: cleaned, case-folded, 'ё' read as 'е'.

    SQLite's LIKE and ordering only fold ASCII, so names are stored with this key and
    searched by it; Kyrgyz letters (ң ө ү) keep their identity.
    """
    return clean(value).casefold().replace("ё", "е")

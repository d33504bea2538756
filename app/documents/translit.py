"""Safe file names: Kyrgyz and Russian Cyrillic written in Latin letters."""

from __future__ import annotations

import re
import unicodedata

# Kyrgyz letters included (ң ө ү); close to the common passport romanisation.
_TABLE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "ng",
    "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "һ": "h", "ә": "a", "ғ": "gh", "қ": "q",
    "ұ": "u", "і": "i",
}  # fmt: skip

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def to_latin(text: str) -> str:
    """Cyrillic to Latin letters (case kept); other scripts lose their accents."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        low = ch.lower()
        if low in _TABLE:
            latin = _TABLE[low]
            out.append(latin.capitalize() if ch != low else latin)
        else:
            out.append(ch)
    decomposed = unicodedata.normalize("NFKD", "".join(out))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def safe_file_name(*parts: str, suffix: str = ".pdf", limit: int = 80) -> str:
    """A file name any Windows, macOS or Linux folder and any USB stick accepts."""
    words = [_UNSAFE.sub("_", to_latin(p)).strip("_") for p in parts]
    stem = "_".join(w for w in words if w)[:limit].rstrip("_") or "document"
    return stem + suffix

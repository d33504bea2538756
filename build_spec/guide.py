"""The Russian and Kyrgyz user guide, with the screen's own words.

    python build_spec/guide.py     # resources/guide/templates/*.md -> resources/guide/*.md

A template names each on-screen word by its catalogue entry, `[[Context|English source]]`
(or `[[Context|source|short]]` to drop a trailing "(...)"), and this script puts in the
word exactly as the interface shows it in that language, without its Alt-key "&". When a
translation changes, running this again keeps the guide true to the screen; a test
fails when the committed guide differs from what the templates give.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import translations  # build_spec/translations.py, beside this file

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "resources" / "guide"
REF = re.compile(r"\[\[([^|\]]+)\|([^|\]]+)(\|short)?\]\]")
# Qt's own Russian button words come from Qt's catalogue, not ours.
QT_RUSSIAN = {("QPlatformTheme", "Save"): "Сохранить", ("QPlatformTheme", "Cancel"): "Отмена"}


def _shown(text: str, short: bool) -> str:
    bold = re.search(r"<b>(.*?)</b>", text)
    if bold:
        text = bold.group(1)
    text = re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    if short:
        text = re.sub(r"\s*\([^)]*\)\s*$", "", text)
    return text.rstrip(":").strip()


def render(language: str) -> str:
    """The guide of one language, its on-screen words taken from the catalogue."""
    words = translations.read_ts(translations.ts_path(language))

    def word(match: re.Match[str]) -> str:
        context, source, short = match.group(1), match.group(2), bool(match.group(3))
        forms = words.get(translations.Key(context, source))
        if forms is None and language == "ru" and (context, source) in QT_RUSSIAN:
            forms = [QT_RUSSIAN[(context, source)]]
        if forms is None:
            raise SystemExit(f"guide_{language}: no translation of {context}|{source}")
        return _shown(forms[0], short)

    template = (GUIDE / "templates" / f"guide_{language}.md").read_text(encoding="utf-8")
    return REF.sub(word, template)


def main() -> int:
    for language in ("ru", "ky"):
        (GUIDE / f"guide_{language}.md").write_text(render(language), encoding="utf-8")
        print(f"guide_{language}.md written")
    return 0


if __name__ == "__main__":
    sys.exit(main())

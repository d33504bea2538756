"""The registration page: drawn as plain HTML, and what a phone sent, checked.

No JavaScript and nothing from the internet: a form, a few lines of CSS, UTF-8. It works
on the oldest Android browser still in use (a select with optgroups and radio buttons are
all it needs). Every answer is checked here the same way before it is stored as pending;
the registry's own rules run again when the trainer confirms.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import quote

from app.core.registration.words import LANGS, word
from app.core.services.validation import normalise_phone
from app.core.text import in_language, is_number
from app.core.vocab import PARTICIPANT_CATEGORIES, WG_ANSWERS, WG_DOMAINS

SEX_CHOICES = ("female", "male")
MIN_BIRTH_YEAR = 1920


@dataclass(frozen=True)
class Area:
    """A region and its districts, named in each language (from the reference tables)."""

    id: str
    names: Mapping[str, str]
    districts: Sequence[tuple[str, Mapping[str, str]]] = ()


@dataclass(frozen=True)
class Page:
    """What the page shows besides the form: the training and session, and the places."""

    heading: str
    areas: Sequence[Area] = ()


@dataclass
class Answers:
    values: dict[str, Any] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)  # field -> word key


def _lang(raw: str | None) -> str:
    return raw if raw in LANGS else "ky"


def language(query: Mapping[str, str]) -> str:
    return _lang(query.get("lang"))


def check(form: Mapping[str, str], areas: Sequence[Area]) -> Answers:
    """The cleaned answers, or the problems by field (word keys of the page's language)."""
    out = Answers()
    v, bad = out.values, out.problems
    name = " ".join(form.get("full_name", "").split())[:200]
    if not name:
        bad["full_name"] = "required"
    v["full_name"] = name
    sex = form.get("sex", "")
    v["sex"] = sex if sex in SEX_CHOICES else None
    year = form.get("birth_year", "").strip()
    v["birth_year"] = v["phone"] = None
    if year:
        if is_number(year) and MIN_BIRTH_YEAR <= int(year) <= date.today().year:
            v["birth_year"] = int(year)
        else:
            bad["birth_year"] = "bad_year"
    tel = form.get("phone", "").strip()[:40]
    if tel:
        normal = normalise_phone(tel)
        if normal is None:
            bad["phone"] = "bad_phone"
        v["phone"] = normal or tel
    v["organisation"] = " ".join(form.get("organisation", "").split())[:300] or None
    regions = {a.id: a for a in areas}
    region = form.get("region_id", "")
    district = form.get("district_id", "")
    owner = {d: a.id for a in areas for d, _n in a.districts}
    v["region_id"] = region if region in regions else None
    v["district_id"] = district if district in owner else None
    if v["district_id"]:
        if v["region_id"] is None:
            v["region_id"] = owner[district]
        elif owner[district] != v["region_id"]:
            bad["district_id"] = "bad_district"
    category = form.get("category", "")
    v["category"] = category if category in PARTICIPANT_CATEGORIES else None
    for domain in WG_DOMAINS:
        answer = form.get(f"wg_{domain}", "")
        v[f"wg_{domain}"] = answer if answer in WG_ANSWERS else None
    v["consent_data"] = form.get("consent_data") == "yes"
    v["consent_photo"] = form.get("consent_photo") == "yes"
    if not v["consent_data"]:
        bad["consent_data"] = "need_consent"
    return out


# -- drawing ------------------------------------------------------------------------------
_STYLE = (
    "body{font-family:sans-serif;margin:0;padding:8px;font-size:18px;max-width:36em}"
    "label{display:block;margin-top:12px;font-weight:bold}"
    "input[type=text],input[type=tel],input[type=number],select{width:100%;font-size:18px;"
    "padding:6px;box-sizing:border-box}"
    ".opt{font-weight:normal;display:block;margin:6px 0}"
    ".bad{color:#b00020}.ok{color:#1b5e20}"
    "button{font-size:20px;padding:12px;width:100%;margin-top:16px}"
    "fieldset{margin-top:12px}"
)


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _head(lang: str, title: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>"
    )


def _languages(pin: str) -> str:
    names = {"ky": "Кыргызча", "ru": "Русский"}
    links = (f'<a href="/?lang={code}&amp;pin={quote(pin)}">{n}</a>' for code, n in names.items())
    return "<p>" + " · ".join(links) + "</p>"


def message_page(lang: str, key: str, **params: str) -> str:
    text = word(lang, key).format(**{k: _e(x) for k, x in params.items()})
    return _head(lang, word(lang, "title")) + f"<p>{text}</p></body></html>"


def thanks_page(lang: str, name: str, pin: str) -> str:
    again = f'<p><a href="/?lang={lang}&amp;pin={quote(pin)}">{_e(word(lang, "another"))}</a></p>'
    return (
        _head(lang, word(lang, "title"))
        + f'<p class="ok">{word(lang, "thanks").format(name=_e(name))}</p>'
        + again
        + "</body></html>"
    )


def form_page(
    lang: str,
    page: Page,
    pin: str = "",
    values: Mapping[str, Any] | None = None,
    problems: Mapping[str, str] | None = None,
) -> str:
    """The form; after a refused send it comes back filled in, with the problems marked."""
    values = {"pin": pin, **(values or {})}
    problems = problems or {}

    def w(key: str) -> str:
        return _e(word(lang, key))

    def note(name: str) -> str:
        key = problems.get(name)
        return f'<div class="bad">{w(key)}</div>' if key else ""

    def text_input(name: str, kind: str = "text", extra: str = "") -> str:
        value = values.get(name)
        shown = "" if value is None else _e(value)
        return (
            f'<label for="{name}">{w(name)}</label>{note(name)}'
            f'<input type="{kind}" id="{name}" name="{name}" value="{shown}" {extra}>'
        )

    def radios(name: str, options: Sequence[str]) -> str:
        rows = "".join(
            f'<label class="opt"><input type="radio" name="{name}" value="{o}"'
            f"{' checked' if values.get(name) == o else ''}> {w(o)}</label>"
            for o in options
        )
        return f"<label>{w(name)}</label>{note(name)}{rows}"

    def choose(
        name: str, options: Sequence[tuple[str, str]], groups: bool = False, label: str = ""
    ) -> str:
        parts = [f'<option value="">{w("choose")}</option>']
        for value, text in options:
            sel = " selected" if values.get(name) == value else ""
            if groups and value.startswith("#"):
                parts.append(f'<optgroup label="{_e(text)}">' if text else "</optgroup>")
            else:
                parts.append(f'<option value="{_e(value)}"{sel}>{_e(text)}</option>')
        return (
            f'<label for="{name}">{w(label or name)}</label>{note(name)}'
            f'<select id="{name}" name="{name}">{"".join(parts)}</select>'
        )

    def box(name: str) -> str:
        checked = " checked" if values.get(name) else ""
        return (
            f'{note(name)}<label class="opt"><input type="checkbox" name="{name}" '
            f'value="yes"{checked}> {w(name)}</label>'
        )

    regions = [(a.id, in_language(a.names, lang)) for a in page.areas]
    districts: list[tuple[str, str]] = []
    for a in page.areas:
        districts.append(("#", in_language(a.names, lang)))
        districts += [(d, in_language(n, lang)) for d, n in a.districts]
        districts.append(("#", ""))
    difficulty = "".join(
        choose(f"wg_{d}", [(o, word(lang, o)) for o in WG_ANSWERS]) for d in WG_DOMAINS
    )
    top = f'<p class="bad">{w("fix")}</p>' if problems else ""
    return (
        _head(lang, word(lang, "title"))
        + _languages(pin)
        + f"<h2>{w('title')}</h2><p>{_e(page.heading)}</p>{top}"
        + '<form method="post" action="/register">'
        + f'<input type="hidden" name="lang" value="{lang}">'
        + text_input("pin", "number", 'inputmode="numeric"')
        + text_input("full_name", extra='autocomplete="name"')
        + radios("sex", SEX_CHOICES)
        + text_input("birth_year", "number", 'inputmode="numeric"')
        + text_input("phone", "tel")
        + text_input("organisation")
        + choose("region_id", regions, label="region")
        + choose("district_id", districts, groups=True, label="district")
        + choose("category", [(c, word(lang, c)) for c in PARTICIPANT_CATEGORIES])
        + f"<fieldset><legend>{w('difficulty')}</legend>{difficulty}</fieldset>"
        + box("consent_data")
        + box("consent_photo")
        + f'<button type="submit">{w("send")}</button></form></body></html>'
    )

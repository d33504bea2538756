"""A people list (.xlsx or .csv) checked cell by cell, then imported.

Import is two steps. `check_people_file` reads and validates everything and writes
nothing: it returns the clean rows and every problem with its row, column and reason.
`import_people` then writes in one unit of work, all or nothing, or the good rows only
when the user asked for that.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core import places
from app.core.errors import N_, InputError
from app.core.matching import fix_lookalikes, has_mixed_script
from app.core.models import Organisation, Person, new_id
from app.core.services.import_match import NEW, POSSIBLE, REPEAT, SAME, RowMatch, match_rows, settle
from app.core.services.reference import district_id, region_id
from app.core.services.sheet_columns import (
    CATEGORIES,
    NAME_PARTS,
    NO,
    PERSON_COLUMNS,
    SEXES,
    WG,
    YES,
    Lookups,
    header_table,
    norm,
)
from app.core.services.validation import MIN_YEAR, normalise_phone, parse_date
from app.core.sheet_reader import Table, column_name, read_table
from app.core.store import Store
from app.core.text import clean
from app.core.vocab import WG_DOMAINS

PERSON_HEADERS = header_table(PERSON_COLUMNS)


@dataclass(frozen=True)
class Problem:
    row: int
    column: str
    reason: str
    value: str = ""
    fixed: bool = False  # a notice (look-alike letters replaced, a footer skipped), not an error
    note: bool = False  # a row left out on purpose (a signature or footer line)

    def __str__(self) -> str:
        kind = "note" if self.note else "fixed" if self.fixed else "error"
        shown = f" [{self.value}]" if self.value else ""
        return f"row {self.row}, column {self.column}: {kind}: {self.reason}{shown}"


@dataclass
class PeopleCheck:
    """The outcome of reading a people file: rows ready to write and the problems found."""

    path: Path
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # good rows only
    problems: list[Problem] = field(default_factory=list)
    bad_rows: set[int] = field(default_factory=set)
    new_organisations: dict[str, str] = field(default_factory=dict)  # folded name -> id
    organisation_names: dict[str, str] = field(default_factory=dict)  # id -> written name
    # Each good row matched against the registry and the rows above it (import_match).
    matches: dict[int, RowMatch] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.fixed]

    def count(self, verdict: str) -> int:
        return sum(1 for m in self.matches.values() if m.verdict == verdict)

    @property
    def existing(self) -> int:
        """Rows that are people already registered (linked, nothing added for them)."""
        return self.count(SAME)


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped_rows: int
    organisations_added: int
    linked: int = 0  # rows that are people already registered: nothing added
    undecided: int = 0  # rows possibly already registered, not decided: left out
    person_ids: Mapping[int, str] = field(default_factory=dict)  # row -> person

    @property
    def changed_nothing(self) -> bool:
        return self.added == 0 and self.organisations_added == 0


class RowReader:
    """Turns one sheet row into person values, recording each problem against its cell."""

    def __init__(self, table: Table, fields: Mapping[int, str], lk: Lookups, out: PeopleCheck):
        self.table = table
        self.fields = fields
        self.lk = lk
        self.out = out
        self.this_year = date.today().year

    def problem(self, row: int, col: int, reason: str, value: Any, fixed: bool = False) -> None:
        name = column_name(col, self.table.headers[col])
        self.out.problems.append(
            Problem(row, name, reason, "" if value is None else str(value), fixed)
        )
        if not fixed:
            self.out.bad_rows.add(row)

    def read(self, row: int, cells: tuple[Any, ...]) -> dict[str, Any] | None:
        footer = footer_text(cells)
        if footer is not None:
            first = next(i for i, c in enumerate(cells) if not _blank(c))
            where = column_name(first, self.table.headers[first])
            self.out.problems.append(
                Problem(row, where, N_("skipped: a signature or footer line"), footer, True, True)
            )
            return None
        raw = {f: cells[i] for i, f in self.fields.items() if i < len(cells)}
        parts = [clean(str(raw[f])) for f in NAME_PARTS if not _blank(raw.get(f))]
        if parts and _blank(raw.get("full_name")):
            # Фамилия / Имя / Отчество in three columns: one full name, surname first.
            raw["full_name"] = " ".join(parts)
        cols = {f: i for i, f in self.fields.items()}
        if "full_name" not in cols:
            cols["full_name"] = next((i for i, f in self.fields.items() if f in NAME_PARTS), 0)
        v: dict[str, Any] = {}
        before = len(self.out.bad_rows)

        def text_of(f: str) -> str | None:
            value = raw.get(f)
            if value is None:
                return None
            s = clean(str(value))
            if f in ("full_name", "organisation") and has_mixed_script(s):
                fixed = fix_lookalikes(s)
                self.problem(
                    row,
                    cols[f],
                    N_("Latin look-alike letters replaced: {fixed}").format(fixed=fixed),
                    s,
                    True,
                )
                s = fixed
            return s or None

        name = text_of("full_name")
        if not name:
            self.problem(row, cols.get("full_name", 0), N_("the full name is missing"), None)
        elif len(name) > 200:
            self.problem(row, cols["full_name"], N_("the full name is too long"), name[:40])
        v["full_name"] = name
        if "id" in raw and raw["id"] not in (None, ""):
            v["id"] = str(raw["id"]).strip()
        for f, table, what in (("sex", SEXES, "sex"), ("category", CATEGORIES, "category")):
            s = text_of(f)
            v[f] = None
            if s:
                v[f] = table.get(norm(s))
                if v[f] is None:
                    self.problem(row, cols[f], N_("unknown {what}").format(what=what), s)
        for d in WG_DOMAINS:
            f = f"wg_{d}"
            s = text_of(f)
            v[f] = WG.get(norm(s)) if s else None
            if s and v[f] is None:
                self.problem(row, cols[f], N_("not a Washington Group answer"), s)
        self._year_and_date(row, raw, cols, v)
        tel = text_of("phone")
        v["phone"] = None
        if tel:
            if isinstance(raw.get("phone"), float):
                tel = str(int(raw["phone"]))
            v["phone"] = normalise_phone(tel)
            if v["phone"] is None:
                self.problem(row, cols["phone"], N_("not a phone number"), tel)
        v["email"] = text_of("email")
        v["notes"] = text_of("notes")
        for f in ("consent_data", "consent_photo"):
            s = text_of(f)
            v[f] = False
            if s:
                if norm(s) in YES or s in YES:
                    v[f] = True
                elif not (norm(s) in NO or s in NO):
                    self.problem(row, cols[f], N_("write yes or no"), s)
        self._places(row, text_of("region"), text_of("district"), cols, v)
        org = text_of("organisation")
        v["organisation_id"] = None
        if org:
            key = norm(org)
            oid = self.lk.organisations.get(key) or self.out.new_organisations.get(key)
            if oid is None:
                oid = self.out.new_organisations[key] = new_id()
                self.out.organisation_names[oid] = org
            v["organisation_id"] = oid
        return v if len(self.out.bad_rows) == before else None

    def _year_and_date(
        self, row: int, raw: Mapping[str, Any], cols: Mapping[str, int], v: dict[str, Any]
    ) -> None:
        v["birth_date"] = None
        value = raw.get("birth_date")
        if value not in (None, ""):
            try:
                born = parse_date(value.strip() if isinstance(value, str) else value)
                if born is None or not MIN_YEAR <= born.year <= self.this_year:
                    raise ValueError(value)
                v["birth_date"] = born
            except ValueError:
                self.problem(
                    row,
                    cols["birth_date"],
                    N_("not a date (write 15.03.1985 or 1985-03-15)"),
                    value,
                )
        v["birth_year"] = None
        value = raw.get("birth_year")
        if value not in (None, ""):
            try:
                year = int(float(str(value).strip()))
            except ValueError:
                self.problem(
                    row, cols["birth_year"], N_("the year of birth is not a number"), value
                )
                return
            if not MIN_YEAR <= year <= self.this_year:
                self.problem(row, cols["birth_year"], N_("impossible year of birth"), value)
                return
            v["birth_year"] = year
        if v["birth_date"] is not None:
            if v["birth_year"] is None:
                v["birth_year"] = v["birth_date"].year
            elif v["birth_year"] != v["birth_date"].year:
                self.problem(
                    row, cols["birth_year"], N_("the year does not match the date of birth"), value
                )

    def _places(
        self,
        row: int,
        region: str | None,
        district: str | None,
        cols: Mapping[str, int],
        v: dict[str, Any],
    ) -> None:
        """Region and district through the gazetteer (app/core/places.py); a name that
        may mean two places (Ош: the city or the region) is asked about, never guessed."""
        v["region_id"] = v["district_id"] = None
        if not region and not district:
            return
        named = places.resolve(region, district)
        asked = {column for column, _reason, _options in named.questions}
        for column, reason, options in named.questions:
            written = region if column == places.REGION else district
            fld = "region" if column == places.REGION else "district"
            if reason == "ambiguous":
                shown = " / ".join(dict.fromkeys(p.name_ru for p in options))
                self.problem(
                    row,
                    cols[fld],
                    N_("may mean several places ({options}): write which one").format(
                        options=shown
                    ),
                    written,
                )
            elif reason == "elsewhere":
                self.problem(
                    row, cols["district"], N_("the district is not in this region"), district
                )
            elif column == places.REGION:
                # Not in the gazetteer: a name edited in this installation may still know it.
                v["region_id"] = self.lk.region(written or "")
                if v["region_id"] is None:
                    self.problem(row, cols["region"], N_("unknown region"), region)
            else:
                did = self.lk.district(written or "", None)
                if did is None:
                    self.problem(row, cols["district"], N_("unknown district"), district)
                else:
                    v["district_id"] = did
        if named.region and places.REGION not in asked:
            v["region_id"] = region_id(named.region)
        if named.district and places.DISTRICT not in asked:
            v["district_id"] = district_id(named.district)
        if v["district_id"] and v["region_id"] is None and places.REGION not in asked:
            v["region_id"] = self.lk.district_region.get(v["district_id"])


# A line under the table that is not a person: "Тренер: ____ Асанова А.Т.", "Итого: 25",
# "Подпись ________", "М.П." (people's names never hold a colon or a signature line).
_FOOTER = re.compile(
    r"(_{3,}|^\s*(тренер|тренинг өткөргөн|подпись|колу|итого|всего|жалпы|жыйынтыгы|составил"
    r"|даярдаган|ответственный|жооптуу|дата|датасы|м\.?\s?п\.?|trainer|signature|signed|total"
    r"|prepared by)\b.*)",
    re.IGNORECASE,
)


def footer_text(cells: tuple[Any, ...]) -> str | None:
    """The text of a signature or footer line (one or two cells filled), else None."""
    filled = [str(c).strip() for c in cells if not _blank(c)]
    if not filled or len(filled) > 2:
        return None
    text = " ".join(filled)
    return (
        text if _FOOTER.search(text) and (":" in text or "_" in text or len(filled) == 1) else None
    )


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def map_columns(
    headers: tuple[str, ...],
    known: Mapping[str, str],
    mapping: Mapping[str, str] | None = None,
) -> dict[int, str]:
    """Column index -> field, from the known names or the user's own mapping."""
    chosen = {norm(k): v for k, v in (mapping or {}).items()}
    out: dict[int, str] = {}
    for i, h in enumerate(headers):
        fld = chosen.get(norm(h)) or known.get(norm(h))
        if fld and fld not in out.values():
            out[i] = fld
    return out


def check_people_file(
    store: Store, path: Path, mapping: Mapping[str, str] | None = None, *, matching: bool = True
) -> PeopleCheck:
    """Read and validate a people list; writes nothing. See `PeopleCheck`."""
    for header, fld in (mapping or {}).items():
        if fld not in PERSON_COLUMNS:
            raise InputError(
                N_(
                    "{name} (for the column {header}) is not a field of a person; use one of: "
                    "{options}."
                ),
                field="mapping",
                name=fld,
                header=header,
                options=", ".join(PERSON_COLUMNS),
            )
    mapped = {norm(k) for k in (mapping or {})}
    table = read_table(path, lambda h: norm(h) in PERSON_HEADERS or norm(h) in mapped)
    fields = map_columns(table.headers, PERSON_HEADERS, mapping)
    if "full_name" not in fields.values() and not {"surname", "given_name"} <= set(fields.values()):
        raise InputError(
            N_("{path}: there is no column with the full name (e.g. Full name, ФИО, Аты-жөнү)."),
            field="path",
            path=path.name,
        )
    out = PeopleCheck(path)
    lk = Lookups.load(store)
    reader = RowReader(table, fields, lk, out)
    for row, cells in table.rows:
        values = reader.read(row, cells)
        if values is not None:
            out.rows.append((row, values))
    # Without matching (benchmarks only: the cost of matching beside none) every row is new.
    out.matches = (
        match_rows(store, out.rows)
        if matching
        else {row: RowMatch(row, NEW) for row, _values in out.rows}
    )
    return out


def match_problems(check: PeopleCheck) -> list[str]:
    """One line per row that is not simply new: linked, repeated, or to be decided."""
    lines = []
    for row, m in check.matches.items():
        if m.verdict == SAME:
            lines.append(f"row {row}: same as a registered person ({m.person_id}; {m.reason})")
        elif m.verdict == REPEAT:
            lines.append(f"row {row}: the same person as row {m.same_row}")
        elif m.verdict == POSSIBLE:
            shown = "; ".join(
                f"{c.person_id} {c.full_name} {c.birth_year or ''} ({c.score:.2f})".strip()
                for c in m.candidates
            )
            lines.append(f"row {row}: possibly already registered: {shown}")
    return lines


def import_people(
    store: Store,
    check: PeopleCheck,
    *,
    good_rows_only: bool = False,
    decisions: Mapping[int, str] | None = None,
) -> ImportResult:
    """Write the checked rows in one unit of work.

    With problems, nothing is written unless `good_rows_only` (then the rows with
    problems are left out). Rows that are people already registered add nobody; rows
    possibly registered are written only as the user decided (`decisions[row]`: a person
    id or "new"), the others are left out. New organisations named by the new people
    are added (kind "other").
    """
    if check.errors and not good_rows_only:
        raise InputError(
            N_(
                "{count} rows have problems; nothing was imported. Fix them, or import the "
                "good rows only."
            ),
            count=len(check.bad_rows),
        )
    chosen = {pid for pid in (decisions or {}).values() if pid != NEW}
    if chosen:
        with store.read() as s:
            known = set(
                s.scalars(select(Person.id).where(Person.id.in_(chosen), Person.deleted.is_(False)))
            )
        for pid in sorted(chosen - known):
            raise InputError(N_("No person with id {id} in the registry."), field="same", id=pid)
    values_of = dict(check.rows)
    fresh = {row: v.get("id") or new_id() for row, v in check.rows}
    who, undecided = settle(check.matches, decisions or {}, fresh)
    people = [
        {**values_of[row], "id": pid, "merged_into_id": None}
        for row, (pid, is_new) in who.items()
        if is_new
    ]
    used = {p["organisation_id"] for p in people}
    orgs = [
        {"id": oid, "name": check.organisation_names[oid], "kind": "other"}
        for oid in check.new_organisations.values()
        if oid in used
    ]
    if people or orgs:
        with store.write() as w:
            w.create_many(Organisation, orgs)
            w.create_many(Person, people)
    linked = sum(1 for _pid, is_new in who.values() if not is_new)
    return ImportResult(
        len(people),
        len(check.bad_rows),
        len(orgs),
        linked,
        len(undecided),
        {row: pid for row, (pid, _new) in who.items()},
    )

"""Lists and the whole database out to .xlsx, .csv and .json.

The lists (people, trainings, attendance, meetings) are what the screens show, in words
a coordinator reads. The JSON export is the complete database (every record of every
table that travels by sync, every field, ids kept) so an organisation can always take
its data elsewhere; docs/spreadsheets.md describes its format.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app import __version__
from app.core.access_log import record_access
from app.core.codec import codecs
from app.core.errors import N_, InputError
from app.core.models import (
    SYNCABLE,
    AttendanceMark,
    Meeting,
    MeetingAttendee,
    Person,
    Session,
    Training,
)
from app.core.one_person import counted_as, is_counted, person_of
from app.core.paths import make_private
from app.core.progress import NO_PROGRESS, Progress
from app.core.rights import require
from app.core.services import privacy
from app.core.services.sheet_columns import PERSON_COLUMNS, Lookups
from app.core.services.trainings import day_and_participant_counts
from app.core.store import Store
from app.core.vocab import WG_DOMAINS
from app.documents.sheets.tabular import write_csv, write_xlsx

LISTS = ("people", "trainings", "attendance", "meetings")
EXPORT_FORMATS = ("csv", "xlsx", "json")
JSON_FORMAT = "tirek-export"
JSON_VERSION = 1

Rows = tuple[list[str], list[list[Any]]]

# The columns of an exported people list, in order (what the import reads back).
EXPORT_FIELDS = (
    "id",
    "full_name",
    "sex",
    "birth_year",
    "birth_date",
    "phone",
    "email",
    "organisation",
    "category",
    "region",
    "district",
    *(f"wg_{d}" for d in WG_DOMAINS),
    "consent_data",
    "consent_photo",
    "notes",
)


def people_rows(store: Store, lk: Lookups | None = None) -> tuple[list[str], list[list[Any]]]:
    """The whole registry (merged records left out) as export headers and rows."""
    lk = lk or Lookups.load(store)
    cols = [c for c in Person.__table__.c]
    with store.read() as s:
        rows = s.execute(
            select(*cols)
            .where(Person.deleted.is_(False), is_counted(Person.id))
            .order_by(Person.name_key, Person.id)
        ).mappings()
        out: list[list[Any]] = []
        for r in rows:
            out.append([_export_value(f, r, lk) for f in EXPORT_FIELDS])
    return [PERSON_COLUMNS[f][0] for f in EXPORT_FIELDS], out


def _export_value(f: str, r: Any, lk: Lookups) -> Any:
    if f == "organisation":
        return lk.organisation_names.get(r["organisation_id"] or "")
    if f == "region":
        return lk.region_names.get(r["region_id"] or "")
    if f == "district":
        return lk.district_names.get(r["district_id"] or "")
    if f in ("consent_data", "consent_photo"):
        return "yes" if r[f] else "no"
    return r[f]


def trainings_rows(store: Store, lk: Lookups) -> Rows:
    headers = [
        "Tirek ID",
        "Title",
        "Project",
        "Region",
        "District",
        "Venue",
        "Start date",
        "End date",
        "Sessions",
        "Participants",
    ]
    sessions, enrolled = day_and_participant_counts()
    with store.read() as s:
        rows = s.execute(
            select(
                Training.id,
                Training.title,
                Training.project_id,
                Training.region_id,
                Training.district_id,
                Training.venue,
                Training.start_date,
                Training.end_date,
                sessions,
                enrolled,
            )
            .where(Training.deleted.is_(False))
            .order_by(Training.start_date, Training.id)
        ).all()
    return headers, [
        [
            r[0],
            r[1],
            lk.project_names.get(r[2] or ""),
            lk.region_names.get(r[3] or ""),
            lk.district_names.get(r[4] or ""),
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
        ]
        for r in rows
    ]


def attendance_rows(store: Store, lk: Lookups) -> Rows:
    headers = [
        "Training ID",
        "Training",
        "Session ID",
        "Date",
        "Person ID",
        "Counts as person",
        "Full name",
        "Mark",
    ]
    ident = counted_as()
    with store.read() as s:
        rows = s.execute(
            select(
                Training.id,
                Training.title,
                Session.id,
                Session.date,
                Person.id,
                person_of(Person.id, ident),
                Person.full_name,
                AttendanceMark.status,
            )
            .join(Session, Session.id == AttendanceMark.session_id)
            .join(Training, Training.id == Session.training_id)
            .join(Person, Person.id == AttendanceMark.person_id)
            .outerjoin(ident, ident.c.id == Person.id)
            .where(
                AttendanceMark.deleted.is_(False),
                Session.deleted.is_(False),
                Training.deleted.is_(False),
            )
            .order_by(Training.start_date, Training.id, Session.date, Session.id, Person.name_key)
        ).all()
    return headers, [list(r) for r in rows]


def meetings_rows(store: Store, lk: Lookups) -> Rows:
    headers = [
        "Tirek ID",
        "Date",
        "Kind",
        "Title",
        "Series",
        "Place",
        "Region",
        "District",
        "Project",
        "Registered attendees",
        "Guests",
        "Approved by",
    ]
    registered = (
        select(func.count())
        .where(
            MeetingAttendee.meeting_id == Meeting.id,
            MeetingAttendee.deleted.is_(False),
            MeetingAttendee.person_id.is_not(None),
        )
        .correlate(Meeting)
        .scalar_subquery()
    )
    guests = (
        select(func.count())
        .where(
            MeetingAttendee.meeting_id == Meeting.id,
            MeetingAttendee.deleted.is_(False),
            MeetingAttendee.person_id.is_(None),
        )
        .correlate(Meeting)
        .scalar_subquery()
    )
    with store.read() as s:
        rows = s.execute(
            select(
                Meeting.id,
                Meeting.date,
                Meeting.kind,
                Meeting.title,
                Meeting.series,
                Meeting.place,
                Meeting.region_id,
                Meeting.district_id,
                Meeting.project_id,
                registered,
                guests,
                Meeting.approved_by,
            )
            .where(Meeting.deleted.is_(False))
            .order_by(Meeting.date, Meeting.id)
        ).all()
    return headers, [
        [
            *r[:6],
            lk.region_names.get(r[6] or ""),
            lk.district_names.get(r[7] or ""),
            lk.project_names.get(r[8] or ""),
            r[9],
            r[10],
            r[11],
        ]
        for r in rows
    ]


def _people(store: Store, lk: Lookups) -> Rows:
    return people_rows(store, lk)


LIST_ROWS: dict[str, Callable[[Store, Lookups], Rows]] = {
    "people": _people,
    "trainings": trainings_rows,
    "attendance": attendance_rows,
    "meetings": meetings_rows,
}


# The column holding a person's id in the lists that name people (consented_only).
PERSON_COLUMN = {"people": 0, "attendance": 4}


def consenting(store: Store, rows: list[list[Any]], col: int) -> list[list[Any]]:
    """The rows whose person gave (and did not withdraw) consent to data processing."""
    with store.read() as s:
        keep = privacy.with_data_consent(s, (r[col] for r in rows))
    return [r for r in rows if r[col] in keep]


def _list_rows(store: Store, name: str, lk: Lookups, consented_only: bool) -> Rows:
    headers, rows = LIST_ROWS[name](store, lk)
    if consented_only and name in PERSON_COLUMN:
        rows = consenting(store, rows, PERSON_COLUMN[name])
    return headers, rows


def export_list(
    store: Store,
    what: str,
    fmt: str,
    out: Path,
    progress: Progress = NO_PROGRESS,
    consented_only: bool = False,
) -> Path:
    """Write one list ("people", ...) or "all" in the given format; returns the file.

    `consented_only` leaves out people without a current consent to data processing
    (app/core/services/privacy.py): from the people and attendance lists, and from the
    person records of the complete JSON export. The export is logged (a whole list: its
    kind and file, not every person's id)."""
    written = _export_list(store, what, fmt, out, progress, consented_only)
    record_access(store, "export", f"{what} list ({fmt}): {written.name}")
    return written


def _export_list(
    store: Store, what: str, fmt: str, out: Path, progress: Progress, consented_only: bool
) -> Path:
    require(store, "export_names")
    if what not in (*LISTS, "all"):
        raise InputError(
            N_("{what} cannot be exported; choose one of: {options}."),
            field="what",
            what=what,
            options=", ".join((*LISTS, "all")),
        )
    if fmt not in EXPORT_FORMATS:
        raise InputError(
            N_("{fmt} is not an export format; choose csv, xlsx or json."), field="format", fmt=fmt
        )
    if fmt == "json":
        if what == "all":
            return export_json(store, out, progress, consented_only)
        lk = Lookups.load(store)
        headers, rows = _list_rows(store, what, lk, consented_only)
        with out.open("w", encoding="utf-8") as fh:
            json.dump(
                [dict(zip(headers, r, strict=True)) for r in rows],
                fh,
                ensure_ascii=False,
                default=_json_value,
                indent=1,
            )
        return make_private(out)
    lk = Lookups.load(store)
    names = LISTS if what == "all" else (what,)
    tables = []
    for n, name in enumerate(names):
        progress.step(n, len(names), name)
        headers, rows = _list_rows(store, name, lk, consented_only)
        tables.append((name, headers, rows))
    progress.step(len(names), len(names), "done")
    if fmt == "xlsx":
        write_xlsx(out, [(n.capitalize(), h, r) for n, h, r in tables])
    elif what == "all":
        # Several CSV tables travel together as one zip of CSV files.
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, headers, rows in tables:
                tmp = out.with_name(f".{out.name}.{name}.csv")
                write_csv(tmp, headers, rows)
                zf.write(tmp, f"{name}.csv")
                tmp.unlink()
    else:
        write_csv(out, tables[0][1], tables[0][2])
    return make_private(out)


def _json_value(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _records(store: Store, name: str) -> Iterator[dict[str, Any]]:
    model = SYNCABLE[name]
    table = model.__table__  # type: ignore[attr-defined]
    codec = codecs(model)
    cols = [c.name for c in table.c if c.name != "deleted"]
    with store.connect() as conn:
        result = conn.execute(
            select(*[table.c[c] for c in cols])
            .where(table.c.deleted.is_(False))
            .order_by(table.c.id)
        )
        for row in result:
            yield {
                c: (v if c == "id" or c not in codec else codec[c][0](v))
                for c, v in zip(cols, row, strict=True)
            }


def export_json(
    store: Store, out: Path, progress: Progress = NO_PROGRESS, consented_only: bool = False
) -> Path:
    """The complete database as one JSON document (format in docs/spreadsheets.md).

    Written table by table and record by record so even a million attendance marks
    never sit in memory as one structure.
    """
    require(store, "export_names")
    ident = store.identity()
    head = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "app_version": __version__,
        "schema": store.schema_version(),
        "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "exported_by": ident.device_name if ident else None,
    }
    names = sorted(SYNCABLE)
    keep: set[str] | None = None
    if consented_only:
        with store.read() as s:
            keep = privacy.with_data_consent(s, s.scalars(select(Person.id)))
    with out.open("w", encoding="utf-8") as fh:
        fh.write("{\n")
        for k, v in head.items():
            fh.write(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},\n")
        fh.write('"tables": {')
        for n, name in enumerate(names):
            progress.step(n, len(names), name)
            fh.write(("," if n else "") + f"\n{json.dumps(name)}: [")
            records = _records(store, name)
            if keep is not None and name == "person":
                records = (r for r in records if r["id"] in keep)
            for i, rec in enumerate(records):
                fh.write(("," if i else "") + "\n" + json.dumps(rec, ensure_ascii=False))
            fh.write("]")
        fh.write("\n}\n}\n")
    progress.step(len(names), len(names), "done")
    return make_private(out)

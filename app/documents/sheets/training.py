"""A whole training written to one workbook (or a .csv file): the import's template, filled in.

The sheets and their names are the import's (app/core/services/training_import.py, which
reads back exactly what is written here; docs/spreadsheets.md describes them).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core.access_log import record_access
from app.core.models import Person
from app.core.rights import require
from app.core.services.attendance import attendance_grid
from app.core.services.sheet_columns import PERSON_COLUMNS, Lookups
from app.core.services.training_import import (
    MARK_WORD,
    PARTICIPANT_FIELDS,
    SESSION_HEADERS,
    TRAINING_FIELDS,
    session_header,
)
from app.core.services.trainings import get_training
from app.core.store import Store
from app.documents.sheets.exports import consenting
from app.documents.sheets.tabular import write_csv, write_xlsx


def _hhmm(t: time | None) -> str | None:
    return t.strftime("%H:%M") if t else None


def export_training(
    store: Store, training_id: str, out: Path, consented_only: bool = False
) -> Path:
    """Write the training's workbook (the import template, filled in), or a .csv file.

    `consented_only` leaves out participants without a current data consent."""
    require(store, "print_training_papers")
    t = get_training(store, training_id)
    grid = attendance_grid(store, training_id)
    lk = Lookups.load(store)
    v = t.values
    details = {
        "id": t.id,
        "title": v["title"],
        "project": lk.project_names.get(v["project_id"] or ""),
        "venue": v["venue"],
        "region": lk.region_names.get(v["region_id"] or ""),
        "district": lk.district_names.get(v["district_id"] or ""),
        "start_date": v["start_date"],
        "end_date": v["end_date"],
        "topics": ", ".join(sorted(lk.topic_codes[x] for x in t.topic_ids)),
        "certificate_rule": v["certificate_rule"],
        "certificate_threshold": v["certificate_threshold"],
        "notes": v["notes"],
    }
    sessions = [
        [n, s.date, _hhmm(s.start_time), _hhmm(s.end_time), s.hours, s.topic, s.id]
        for n, s in enumerate(t.sessions, 1)
    ]
    with store.read() as s:
        people = {
            p.id: p
            for p in s.scalars(
                select(Person).where(Person.id.in_([x.person_id for x in t.participants]))
            )
        }
    rows = []
    for part in t.participants:
        p = people[part.person_id]
        row: list[Any] = [
            p.id,
            p.full_name,
            p.sex,
            p.birth_year,
            p.phone,
            lk.organisation_names.get(p.organisation_id or ""),
            p.category,
            lk.region_names.get(p.region_id or ""),
            lk.district_names.get(p.district_id or ""),
        ]
        for sess in t.sessions:
            mark = grid.status(p.id, sess.id)
            row.append(MARK_WORD[mark] if mark else None)
        rows.append(row)
    if consented_only:
        rows = consenting(store, rows, 0)
    headers = [PERSON_COLUMNS[f][0] for f in PARTICIPANT_FIELDS] + [
        session_header(n, s.date) for n, s in enumerate(t.sessions, 1)
    ]
    lines = [[TRAINING_FIELDS[k], x] for k, x in details.items()]
    if out.suffix.lower() == ".csv":
        # One sheet only: the details as field/value lines above the participants table
        # (session times and hours stay in Tirek; the .xlsx template carries them).
        write_csv(out, ["Field", "Value"], [*lines, [], headers, *rows])
        _logged(store, out, t.participants)
        return out
    write_xlsx(
        out,
        [
            ("Training", ("Field", "Value"), lines),
            ("Sessions", SESSION_HEADERS, sessions),
            ("Participants", headers, rows),
        ],
    )
    _logged(store, out, t.participants)
    return out


def _logged(store: Store, out: Path, people: Sequence[Any]) -> None:
    record_access(store, "export", f"training: {out.name}", [p.person_id for p in people])

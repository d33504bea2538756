"""A whole training imported from one workbook: details, sessions, participants, marks.

The template (docs/spreadsheets.md) has three sheets:

- "Training": two columns, field and value (title, project, dates, place, topics, rule).
- "Sessions": one row per session (number, date, start, end, hours, topic, Tirek ID).
- "Participants": one row per person (Tirek ID, name, sex, year of birth, phone,
  organisation, category, region, district), then one column per session headed
  "1 (2026-03-15)" holding the marks (present, late, left early, excused, absent; the
  usual Russian and Kyrgyz words and "+"/"-" are read too).

`check_training_file` reads what app/documents/sheets/training.py's `export_training`
writes (the names below are the template's, shared by both). Ids are kept, so a workbook
taken to another laptop, filled in and brought back updates the same training. The import
writes through the services' inner functions in one unit of work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core.errors import N_, InputError
from app.core.models import (
    Organisation,
    Person,
    Session,
    Training,
    TrainingTopic,
    new_id,
)
from app.core.services.attendance import mark_attendance_in
from app.core.services.import_match import match_rows, settle
from app.core.services.people_import import PeopleCheck, Problem, RowReader, map_columns
from app.core.services.projects import create_project_in
from app.core.services.sheet_columns import (
    MARKS,
    NAME_PARTS,
    PERSON_COLUMNS,
    Lookups,
    header_table,
    norm,
)
from app.core.services.trainings import (
    add_session_in,
    create_training_in,
    enrol_in,
    update_session_in,
    update_training_in,
)
from app.core.services.validation import a_time, parse_date
from app.core.sheet_reader import (
    Table,
    column_name,
    file_format,
    grid_csv,
    read_grid,
    read_table,
)
from app.core.store import Store
from app.core.text import clean, fold
from app.core.vocab import CERTIFICATE_RULES

TRAINING_FIELDS = {
    "id": "Tirek ID",
    "title": "Title",
    "project": "Project",
    "venue": "Venue",
    "region": "Region",
    "district": "District",
    "start_date": "Start date",
    "end_date": "End date",
    "topics": "Topics",
    "certificate_rule": "Certificate rule",
    "certificate_threshold": "Certificate threshold (%)",
    "notes": "Notes",
}
TRAINING_NAMES = {
    **{norm(v): k for k, v in TRAINING_FIELDS.items()},
    **{norm(k): k for k in TRAINING_FIELDS},
    norm("Название"): "title",
    norm("Аталышы"): "title",
    norm("Проект"): "project",
    norm("Долбоор"): "project",
    norm("Место"): "venue",
    norm("Өтүүчү жери"): "venue",
    norm("Дата начала"): "start_date",
    norm("Башталышы"): "start_date",
    norm("Дата окончания"): "end_date",
    norm("Аякташы"): "end_date",
    norm("Темы"): "topics",
    norm("Темалар"): "topics",
}
SESSION_HEADERS = ("No.", "Date", "Start", "End", "Hours", "Topic", "Tirek ID")
PARTICIPANT_FIELDS = (
    "id",
    "full_name",
    "sex",
    "birth_year",
    "phone",
    "organisation",
    "category",
    "region",
    "district",
)
MARK_WORD = {
    "present": "present",
    "late": "late",
    "left_early": "left early",
    "excused": "excused",
    "absent": "absent",
}
_SESSION_COLUMN = re.compile(r"^\s*(\d+)\s*(?:\((.*)\))?\s*$")


def session_header(n: int, day: date) -> str:
    return f"{n} ({day.isoformat()})"


@dataclass
class TrainingCheck:
    """A checked training workbook: what would be written, and the problems found."""

    path: Path
    training: dict[str, Any] = field(default_factory=dict)
    topic_ids: list[str] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    people: PeopleCheck | None = None
    person_ids: dict[int, str] = field(default_factory=dict)  # sheet row -> person id
    marks: list[tuple[str, str, str]] = field(default_factory=list)  # session, person, status
    new_project: str | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        own = [p for p in self.problems if not p.fixed]
        return own + (self.people.errors if self.people else [])


def _details_rows(rows: Iterable[Sequence[Any]]) -> dict[str, tuple[int, Any]]:
    """Field/value lines (column A the field, column B the value) -> field: (row, value)."""
    raw: dict[str, tuple[int, Any]] = {}
    for n, row in enumerate(rows, 1):
        if row and row[0] is not None and norm(str(row[0])) in TRAINING_NAMES:
            value = row[1] if len(row) > 1 else None
            raw[TRAINING_NAMES[norm(str(row[0]))]] = (n, None if value == "" else value)
    return raw


def _details(check: TrainingCheck, raw: dict[str, tuple[int, Any]], lk: Lookups) -> None:
    def bad(fld: str, reason: str) -> None:
        n, value = raw.get(fld, (0, None))
        check.problems.append(Problem(n, f"B ({TRAINING_FIELDS[fld]})", reason, str(value or "")))

    t: dict[str, Any] = {}

    def value(f: str) -> Any:
        return raw.get(f, (0, None))[1]

    t["id"] = str(value("id")).strip() if value("id") else None
    t["title"] = clean(str(value("title") or "")) or None
    if not t["title"]:
        bad("title", N_("the title is missing"))
    for f in ("start_date", "end_date"):
        try:
            t[f] = parse_date(value(f))
            if t[f] is None:
                bad(f, N_("the date is missing"))
        except ValueError:
            t[f] = None
            bad(f, N_("not a date (write 15.03.2026 or 2026-03-15)"))
    if t["start_date"] and t["end_date"] and t["end_date"] < t["start_date"]:
        bad("end_date", N_("the training ends before it starts"))
    t["venue"] = clean(str(value("venue"))) if value("venue") else None
    t["notes"] = str(value("notes")) if value("notes") else None
    t["region_id"] = lk.region(str(value("region"))) if value("region") else None
    if value("region") and not t["region_id"]:
        bad("region", N_("unknown region"))
    t["district_id"] = (
        lk.district(str(value("district")), t["region_id"]) if value("district") else None
    )
    if value("district") and not t["district_id"]:
        bad("district", N_("unknown district"))
    t["project_id"] = None
    if value("project"):
        name = clean(str(value("project")))
        t["project_id"] = lk.projects.get(norm(name))
        if t["project_id"] is None:
            t["project_id"] = new_id()
            check.new_project = name
    rule = value("certificate_rule") or "all_sessions"
    t["certificate_rule"] = rule if rule in CERTIFICATE_RULES else None
    if t["certificate_rule"] is None:
        bad("certificate_rule", N_("unknown certificate rule"))
    try:
        t["certificate_threshold"] = int(value("certificate_threshold") or 100)
    except (TypeError, ValueError):
        t["certificate_threshold"] = 100
        bad("certificate_threshold", N_("not a whole number"))
    for word in str(value("topics") or "").replace(";", ",").split(","):
        if word.strip():
            tid = lk.topics.get(norm(word))
            if tid is None:
                bad("topics", N_("unknown topic: {topic}").format(topic=word.strip()))
            else:
                check.topic_ids.append(tid)
    check.training = t


def _same_training(store: Store, check: TrainingCheck) -> dict[date, str]:
    """A file without a Tirek ID is the training already here with the same title and
    start date (a list imported twice updates it, never makes a second training).
    Returns that training's sessions by date."""
    t = check.training
    if t["id"] is None:
        with store.read() as s:
            found = s.scalars(
                select(Training.id).where(
                    Training.deleted.is_(False),
                    Training.title_key == fold(t["title"] or ""),
                    Training.start_date == t["start_date"],
                )
            ).first()
        t["id"] = found or new_id()
    with store.read() as s:
        rows = s.execute(
            select(Session.date, Session.id)
            .where(Session.training_id == t["id"], Session.deleted.is_(False))
            .order_by(Session.date, Session.start_time, Session.id)
        ).all()
    days: dict[date, str] = {}
    for day, sid in rows:
        days.setdefault(day, sid)
    return days


def _sessions(check: TrainingCheck, path: Path) -> dict[int, str]:
    """Sessions by their number (the number heads the participants' mark columns)."""
    table = read_table(
        path, lambda h: norm(h) in {norm(x) for x in SESSION_HEADERS}, sheet="Sessions"
    )
    idx = {norm(h): i for i, h in enumerate(table.headers)}
    by_number: dict[int, str] = {}
    t = check.training
    for row, cells in table.rows:

        def cell(name: str, cells: tuple[Any, ...] = cells) -> Any:
            i = idx.get(norm(name))
            return cells[i] if i is not None and i < len(cells) else None

        def bad(name: str, reason: str, row: int = row) -> None:
            i = idx.get(norm(name), 0)
            check.problems.append(
                Problem(row, column_name(i, table.headers[i]), reason, str(cell(name) or ""))
            )

        try:
            number = int(cell("No."))
        except (TypeError, ValueError):
            bad("No.", N_("the session number is missing"))
            continue
        try:
            day = parse_date(cell("Date"))
        except ValueError:
            day = None
        if day is None:
            bad("Date", N_("not a date"))
            continue
        if (
            t.get("start_date")
            and t.get("end_date")
            and not t["start_date"] <= day <= t["end_date"]
        ):
            bad("Date", N_("outside the training's dates"))
        times = {}
        for name in ("Start", "End"):
            try:
                times[name] = a_time()(name, cell(name))
            except InputError:
                times[name] = None
                bad(name, N_("not a time of day (write 09:30)"))
        try:
            hours = float(cell("Hours") or 0)
        except (TypeError, ValueError):
            hours = 0.0
            bad("Hours", N_("not a number"))
        sid = str(cell("Tirek ID")).strip() if cell("Tirek ID") else new_id()
        by_number[number] = sid
        check.sessions.append(
            {
                "id": sid,
                "training_id": t["id"],
                "date": day,
                "start_time": times["Start"],
                "end_time": times["End"],
                "topic": clean(str(cell("Topic"))) if cell("Topic") else None,
                "hours": hours,
            }
        )
    return by_number


def _session_column(header: str) -> tuple[int | None, date | None] | None:
    """A mark column's session: "2 (2026-03-16)", "2", or a date alone (CSV)."""
    m = _SESSION_COLUMN.match(header)
    if m:
        try:
            return int(m[1]), parse_date(m[2]) if m[2] else None
        except ValueError:
            return int(m[1]), None
    try:
        day = parse_date(header.strip())
    except ValueError:
        return None
    return (None, day) if day else None


def check_training_file(
    store: Store, path: Path, decisions: Mapping[int, str] | None = None
) -> TrainingCheck:
    """Read and validate a training file; writes nothing.

    An .xlsx workbook is the three-sheet template. A .csv file is the participants table
    with one column per session headed by its date (or "1 (2026-03-15)"); the training's
    details may stand above it as field/value lines (Title, Start date, ...). Sessions
    are made from the columns, and the dates default to the first and last session.
    """
    if file_format(path) == "csv":
        return _check_csv(store, path, decisions)
    lk = Lookups.load(store)
    check = TrainingCheck(path)
    _details(check, _details_rows(read_grid(path, "Training")), lk)
    _same_training(store, check)
    numbers = _sessions(check, path)
    known = header_table({f: PERSON_COLUMNS[f] for f in (*PARTICIPANT_FIELDS, *NAME_PARTS)})
    table = read_table(
        path, lambda h: norm(h) in known or bool(_SESSION_COLUMN.match(h)), sheet="Participants"
    )
    fields = map_columns(table.headers, known)
    mark_cols: dict[int, str] = {}
    for i, h in enumerate(table.headers):
        m = _SESSION_COLUMN.match(h)
        if m and i not in fields:
            if int(m[1]) in numbers:
                mark_cols[i] = numbers[int(m[1])]
            else:
                check.problems.append(
                    Problem(1, column_name(i, h), N_("no such session on the Sessions sheet"), h)
                )
    _participants(store, check, table, fields, mark_cols, lk, decisions)
    return check


def _check_csv(
    store: Store, path: Path, decisions: Mapping[int, str] | None = None
) -> TrainingCheck:
    lk = Lookups.load(store)
    check = TrainingCheck(path)
    known = header_table({f: PERSON_COLUMNS[f] for f in (*PARTICIPANT_FIELDS, *NAME_PARTS)})
    table = read_table(path, lambda h: norm(h) in known or _session_column(h) is not None)
    fields = map_columns(table.headers, known)
    columns: list[tuple[int, date]] = []
    for i, h in enumerate(table.headers):
        found = _session_column(h) if i not in fields else None
        if found is None:
            continue
        if found[1] is None:
            check.problems.append(Problem(1, column_name(i, h), N_("write the session's date"), h))
        else:
            columns.append((i, found[1]))
    first_data = table.rows[0][0] if table.rows else 1
    raw = _details_rows(grid_csv(path)[: max(0, first_data - 2)])
    days = sorted(d for _, d in columns)
    for f, day in (
        ("start_date", days[0] if days else None),
        ("end_date", days[-1] if days else None),
    ):
        if f not in raw and day is not None:
            raw[f] = (0, day)
    _details(check, raw, lk)
    held = _same_training(store, check)
    mark_cols: dict[int, str] = {}
    for i, day in columns:
        sid = held.get(day) or new_id()
        mark_cols[i] = sid
        check.sessions.append(
            {"id": sid, "training_id": check.training["id"], "date": day, "start_time": None,
             "end_time": None, "topic": None, "hours": 0.0}
        )  # fmt: skip
    _participants(store, check, table, fields, mark_cols, lk, decisions)
    return check


def _participants(
    store: Store,
    check: TrainingCheck,
    table: Table,
    fields: dict[int, str],
    mark_cols: dict[int, str],
    lk: Lookups,
    decisions: Mapping[int, str] | None = None,
) -> None:
    """Participants matched before anyone is added (app/core/services/import_match.py):
    a registered person is enrolled as herself, a repeated row is one person, and a row
    possibly registered must be decided (an error at its row until it is)."""
    people = PeopleCheck(check.path)
    reader = RowReader(table, fields, lk, people)
    read: list[tuple[int, tuple[Any, ...], dict[str, Any] | None]] = []
    for row, cells in table.rows:
        read.append((row, cells, reader.read(row, cells)))
    good = [(row, v) for row, _cells, v in read if v is not None]
    people.matches = match_rows(store, good)
    fresh = {row: v.get("id") or new_id() for row, v in good}
    who, undecided = settle(people.matches, decisions or {}, fresh)
    name_col = next((i for i, f in fields.items() if f == "full_name"), 0)
    for row in undecided:
        m = people.matches[row]
        shown = "; ".join(f"{c.person_id} {c.full_name}" for c in m.candidates)
        reader.problem(
            row,
            name_col,
            N_(
                "possibly already registered ({candidates}): decide --same ROW=ID or --new ROW"
            ).format(candidates=shown),
            dict(good)[row].get("full_name"),
        )
    values_of = dict(good)
    for row, cells, _values in read:
        pid: str | None = None
        if row in who:
            pid, is_new = who[row]
            if is_new:
                people.rows.append((row, {**values_of[row], "id": pid}))
            check.person_ids[row] = pid
        for i, sid in mark_cols.items():
            word = cells[i] if i < len(cells) else None
            if word is None or str(word).strip() == "":
                continue
            status = MARKS.get(norm(str(word))) or MARKS.get(str(word).strip())
            if status is None:
                check.problems.append(
                    Problem(row, column_name(i, table.headers[i]), N_("unreadable mark"), str(word))
                )
            elif pid is not None:
                check.marks.append((sid, pid, status))
    check.people = people


@dataclass(frozen=True)
class TrainingImport:
    training_id: str
    created: bool
    people_added: int
    marks: int


def import_training(store: Store, check: TrainingCheck) -> TrainingImport:
    """Write a checked training in one unit of work (all or nothing).

    A training already here (same Tirek ID) is updated: its details, new sessions,
    new participants and marks; nothing is removed.
    """
    if check.errors:
        raise InputError(
            N_("{count} problems were found; nothing was imported."), count=len(check.errors)
        )
    assert check.people is not None
    t = check.training
    tid = t["id"]
    with store.write() as w:
        values = {k: x for k, x in t.items() if k not in ("id", "topics")}
        if check.new_project:
            values["project_id"] = create_project_in(w, {"name": check.new_project})
        # New people in bulk (a list of hundreds), the same path in batches; then the
        # training, its sessions, enrolments and marks through the services' own rules
        # (a mark needs an enrolment; a merged person is enrolled and marked once).
        orgs = {v["organisation_id"] for _, v in check.people.rows}
        w.create_many(
            Organisation,
            [
                {"id": oid, "name": check.people.organisation_names[oid], "kind": "other"}
                for oid in check.people.new_organisations.values()
                if oid in orgs
            ],
        )
        w.create_many(Person, [{**v, "merged_into_id": None} for _, v in check.people.rows])
        existing = w.session.get(Training, tid)
        created = existing is None
        if created:
            create_training_in(w, values, check.topic_ids, training_id=tid)
        else:
            update_training_in(w, tid, values)
            have_topics = set(
                w.session.scalars(
                    select(TrainingTopic.topic_id).where(
                        TrainingTopic.training_id == tid, TrainingTopic.deleted.is_(False)
                    )
                )
            )
            # Nothing is removed: the file's topics are added to those held here.
            update_training_in(w, tid, {}, topic_ids=have_topics | set(check.topic_ids))
        for s in check.sessions:
            values = {k: x for k, x in s.items() if k not in ("id", "training_id")}
            if w.session.get(Session, s["id"]) is None:
                add_session_in(w, tid, values, session_id=s["id"])
            else:
                update_session_in(w, s["id"], values)
        enrol_in(w, tid, dict.fromkeys(check.person_ids.values()))
        by_session: dict[str, dict[str, str | None]] = {}
        for sid, pid, status in check.marks:
            by_session.setdefault(sid, {})[pid] = status  # a repeated row: the later mark
        count = sum(mark_attendance_in(w, sid, marks) for sid, marks in by_session.items())
    return TrainingImport(tid, created, len(check.people.rows), count)

"""The audit view: who changed, exported, printed or erased what, and when.

Two sources, read a page at a time and merged by time, newest first:

- the op log (every change to a record, from every laptop after sync): its author, the
  laptop that made it (its replica, named through the installation, past replicas and
  peers), the time from its HLC stamp (ms << 16), the record and the field. The value
  is not shown: the view says who changed a phone number, not the number.
- the access log (app/core/access_log.py): exports, printouts, erasures, name views,
  backups and restores on this laptop.

This module is the only reader of `op_log` for the audit, through the `Op` model, so a
change to how the op log is kept touches one place. Every query is indexed and limited
(the op log of a large network has millions of rows): newest first by the HLC index, by
the primary key (replica, seq) for one laptop, by (entity, row id) for one person. A page
is found by reading `(page + 1) * size` rows from each source and merging, so early pages
(the ones people read) are cheap.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session as DbSession

from app.core.errors import N_, InputError
from app.core.models import (
    AccessEntry,
    AttendanceMark,
    Enrolment,
    Installation,
    MeetingAttendee,
    Op,
    PastReplica,
    Peer,
    Person,
    TrainingTrainer,
)
from app.core.opcodec import row_key
from app.core.store import Store

PAGE_SIZE = 50
# Every kind of record the op log names (a syncable table), in the users' words; the
# screen translates them (tests/core/test_audit.py checks every table has one).
RECORD_WORDS = {
    "action_item": N_("action item"),
    "assessment": N_("assessment"),
    "assessment_dimension": N_("assessment dimension"),
    "assessment_framework": N_("assessment framework"),
    "assessment_question": N_("assessment question"),
    "assessment_score": N_("assessment score"),
    "attendance_mark": N_("attendance mark"),
    "certificate": N_("certificate"),
    "certificate_override": N_("certificate decision"),
    "certificate_revocation": N_("certificate revocation"),
    "consent_record": N_("consent"),
    "decision": N_("decision"),
    "device_retirement": N_("retired laptop"),
    "district": N_("district"),
    "duplicate_decision": N_("duplicate decision"),
    "enrolment": N_("participant"),
    "follow_up_call": N_("follow-up call"),
    "framework_version": N_("framework version"),
    "indicator_target": N_("indicator target"),
    "indicator_value": N_("indicator value"),
    "issuer_statement": N_("issuer key statement"),
    "knowledge_question": N_("test question"),
    "knowledge_score": N_("test score"),
    "knowledge_test": N_("knowledge test"),
    "local_result": N_("local result"),
    "local_result_link": N_("local result link"),
    "meeting": N_("meeting"),
    "meeting_attendee": N_("meeting attendee"),
    "nap_evidence": N_("NAP evidence"),
    "nap_indicator": N_("NAP indicator"),
    "nap_objective": N_("NAP objective"),
    "nap_plan": N_("NAP plan"),
    "nap_progress": N_("NAP progress"),
    "nap_task": N_("NAP task"),
    "organisation": N_("organisation"),
    "outcome": N_("outcome"),
    "outcome_training": N_("outcome's training"),
    "person": N_("person"),
    "person_erasure": N_("erasure"),
    "project": N_("project"),
    "project_partner": N_("project partner"),
    "region": N_("region"),
    "result_indicator": N_("result indicator"),
    "result_statement": N_("result statement"),
    "session": N_("session"),
    "tombstone_compaction": N_("clearing of deleted records"),
    "topic": N_("topic"),
    "training": N_("training"),
    "training_test": N_("training's test"),
    "training_topic": N_("training topic"),
    "training_trainer": N_("trainer"),
}
# Rows that stand for a person's part in something: the person filter follows them.
PERSON_LINKS = (Enrolment, AttendanceMark, MeetingAttendee, TrainingTrainer)


@dataclass(frozen=True)
class AuditFilter:
    person_id: str | None = None
    laptop: str | None = None  # a laptop's name, as the network knows it
    since: date | None = None
    until: date | None = None  # inclusive

    def __post_init__(self) -> None:
        if self.since and self.until and self.until < self.since:
            raise InputError(N_("The period ends before it starts."), field="until")


@dataclass(frozen=True)
class AuditEntry:
    at: datetime  # UTC
    laptop: str
    who: str
    action: str  # op kinds: create, set, delete, merge; access: export, print, erase, ...
    entity: str  # the kind of record ("person", "enrolment"...); "" for an access entry
    row_id: str
    field: str | None
    what: str  # a person's name, or the file or report an access entry names
    person_ids: tuple[str, ...]
    source: str  # "change" | "access"


@dataclass(frozen=True)
class AuditPage:
    entries: tuple[AuditEntry, ...]
    page: int
    has_more: bool


def hlc_time(hlc: int) -> datetime:
    return datetime.fromtimestamp((hlc >> 16) / 1000, UTC).replace(tzinfo=None)


def _hlc_at(day: date) -> int:
    ms = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000)
    return ms << 16


def laptop_names(s: DbSession) -> dict[str, str]:
    """Replica id -> the laptop's name (this one, its past replicas, and every peer)."""
    names = {r.replica_id: r.device_name for r in s.execute(select(Peer)).scalars()}
    me = s.execute(select(Installation)).scalars().first()
    if me is not None:
        for (old,) in s.execute(select(PastReplica.replica_id)):
            names[old] = me.device_name
        names[me.replica_id] = me.device_name
    return names


def laptops(store: Store) -> list[str]:
    """The laptops' names the filter can choose from."""
    with store.read() as s:
        names = set(laptop_names(s).values())
        names.update(d for (d,) in s.execute(select(AccessEntry.device).distinct()))
    return sorted(n for n in names if n)


def audit_page(
    store: Store, flt: AuditFilter = AuditFilter(), page: int = 0, size: int = PAGE_SIZE
) -> AuditPage:
    """One page of the audit, newest first."""
    want = (page + 1) * size + 1  # one more than needed: is there a next page?
    with store.read() as s:
        names = laptop_names(s)
        replicas: list[str] | None = None
        if flt.laptop is not None:
            wanted = flt.laptop.strip().casefold()
            replicas = [r for r, n in names.items() if n.casefold() == wanted]
            known = {d.casefold() for (d,) in s.execute(select(AccessEntry.device).distinct())}
            if not replicas and wanted not in known:
                raise InputError(N_("No laptop named {name}."), field="laptop", name=flt.laptop)
        changes = _changes(s, flt, replicas, want, names)
        access = _access(s, flt, want)
        merged = sorted(changes + access, key=lambda e: e.at, reverse=True)
        entries = _with_names(s, merged[page * size : (page + 1) * size])
    return AuditPage(tuple(entries), page, len(merged) > (page + 1) * size)


def _person_rows(s: DbSession, person_id: str) -> ColumnElement[bool]:
    """The op log rows about a person: her own record and the rows that link her."""
    parts = [and_(Op.entity == "person", Op.row_key == row_key(person_id))]
    merged = s.execute(select(Person.id).where(Person.merged_into_id == person_id)).scalars()
    others = list(merged)
    if others:  # the records merged into her are her history too
        parts.append(and_(Op.entity == "person", Op.row_key.in_([row_key(i) for i in others])))
    for model in PERSON_LINKS:
        ids = list(s.execute(select(model.id).where(model.person_id == person_id)).scalars())
        if ids:
            parts.append(
                and_(Op.entity == model.__tablename__, Op.row_key.in_([row_key(i) for i in ids]))
            )
    return or_(*parts)


def _changes(
    s: DbSession,
    flt: AuditFilter,
    replicas: list[str] | None,
    want: int,
    names: dict[str, str],
) -> list[AuditEntry]:
    conds: list[ColumnElement[bool]] = []
    if flt.since:
        conds.append(Op.hlc >= _hlc_at(flt.since))
    if flt.until:
        conds.append(Op.hlc < _hlc_at(flt.until + timedelta(days=1)))
    cols = (Op.replica_id, Op.hlc, Op.author, Op.kind, Op.entity, Op.row_id, Op.field)
    rows: list[Any] = []
    if flt.person_id:
        conds.append(_person_rows(s, flt.person_id))
        if replicas is not None:
            conds.append(Op.replica_id.in_(replicas))
        q = select(*cols).where(*conds).order_by(Op.hlc.desc()).limit(want)
        rows = list(s.execute(q))
    elif replicas is not None:
        # One laptop's ops in its own order: the primary key, read backwards (its HLC
        # stamps rise with its sequence numbers).
        for r in replicas:
            q = select(*cols).where(Op.replica_id == r, *conds).order_by(Op.seq.desc()).limit(want)
            rows += list(s.execute(q))
    else:
        rows = list(s.execute(select(*cols).where(*conds).order_by(Op.hlc.desc()).limit(want)))
    out = []
    for replica, hlc, author, kind, entity, row_id, field in rows:
        out.append(
            AuditEntry(
                at=hlc_time(hlc),
                laptop=names.get(replica, replica[:8]),
                who=author,
                action=kind,
                entity=entity,
                row_id=row_id,
                field=field,
                what="",
                person_ids=(row_id,) if entity == "person" else (),
                source="change",
            )
        )
    return out


def _access(s: DbSession, flt: AuditFilter, want: int) -> list[AuditEntry]:
    q = select(AccessEntry)
    if flt.since:
        q = q.where(AccessEntry.at >= datetime.combine(flt.since, datetime.min.time()))
    if flt.until:
        end = datetime.combine(flt.until + timedelta(days=1), datetime.min.time())
        q = q.where(AccessEntry.at < end)
    if flt.laptop:
        q = q.where(AccessEntry.device == flt.laptop.strip())
    if flt.person_id:
        q = q.where(AccessEntry.person_ids.contains(json.dumps(flt.person_id)))
    q = q.order_by(AccessEntry.at.desc(), AccessEntry.id.desc()).limit(want)
    return [
        AuditEntry(
            at=e.at,
            laptop=e.device,
            who=e.user or e.device,
            action=e.action,
            entity="",
            row_id="",
            field=None,
            what=e.what,
            person_ids=tuple(json.loads(e.person_ids or "[]")),
            source="access",
        )
        for e in s.execute(q).scalars()
    ]


def _with_names(s: DbSession, entries: Sequence[AuditEntry]) -> list[AuditEntry]:
    """Fill in the names of the people the page's changes are about (the page only)."""
    ids = {e.row_id for e in entries if e.entity == "person"}
    rows = s.execute(select(Person.id, Person.full_name).where(Person.id.in_(ids)))
    found: dict[str, str] = {i: n for i, n in rows}
    return [replace(e, what=found.get(e.row_id, "")) if e.entity == "person" else e
            for e in entries]  # fmt: skip

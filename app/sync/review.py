"""Conflicts for review and the audit trail of a record (who changed what, when, where)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import clock
from app.core.errors import N_, InputError, NotFoundError
from app.core.models import SYNCABLE, FieldHead, Op, Person, Syncable, SyncConflict
from app.core.opcodec import row_key
from app.core.rowmerge import DELETED_FIELD, parse_key
from app.core.rules import AMENDMENT, DELETED, MERGE_CYCLE, MERGED, ORPHAN
from app.core.store import Store
from app.core.writer import Writer
from app.sync import state

FIELD = "field"  # concurrent values of one field
ORPHANS = "orphans"  # the field name under which a deleted parent's live children are listed
MERGE_FIELD = "merged_into_id"

# What each kind of conflict means, in words (the CLI prints these; the GUI has its own).
WORDS = {
    FIELD: N_("Different values were entered on different laptops; one is shown for now."),
    DELETED: N_("Deleted on one laptop but changed on another: restore it or keep it deleted."),
    MERGED: N_(
        "Merged into another record on one laptop but changed on another: copy the changes "
        "to the record kept (--accept) or dismiss them (--reject)."
    ),
    AMENDMENT: N_(
        "Changed on another laptop after the minutes were approved; the approved text stays "
        "shown: keep the change as an amendment (--accept) or reject it (--reject)."
    ),
    MERGE_CYCLE: N_(
        "Merged into each other on different laptops; the first record is kept for now: "
        "choose the one to keep (--value ID)."
    ),
    ORPHAN: N_(
        "Deleted on one laptop while records under it were added or changed on another: "
        "restore it (--restore) or delete them too (--keep-deleted)."
    ),
}


@dataclass(frozen=True)
class Version:
    """One value of a field as some installation last set it."""

    value: Any
    author: str
    device: str
    when: datetime
    op: str  # "replica:seq"
    field: str | None = None  # the field an edit changed (edits listed for a whole record)
    label: str | None = None  # how to show the value, where the value is an id


@dataclass(frozen=True)
class Conflict:
    entity: str
    row_id: str
    field: str  # a field name; "deleted", "merged", "merged_into_id", "orphans" (see kind)
    versions: tuple[Version, ...]  # the shown (winning) value first
    kind: str = FIELD  # FIELD, or a kind of app/core/rules.py

    @property
    def shown(self) -> Any:
        return self.versions[0].value

    @property
    def words(self) -> str:
        return WORDS[self.kind]


def _when(hlc: int) -> datetime:
    return datetime.fromtimestamp(clock.stamp_ms(hlc) / 1000, UTC).replace(tzinfo=None)


def _version(op: Op, field: str, names: dict[str, str], label: str | None = None) -> Version:
    if op.kind == "create" and not field:  # a whole record created again elsewhere
        value = json.loads(op.value or "{}")
    elif op.kind == "create":
        value = False if field == DELETED_FIELD else (json.loads(op.value or "{}")).get(field)
    elif op.kind == "delete":
        value = True
    else:
        value = json.loads(op.value) if op.value is not None else None
    return Version(
        value,
        op.author,
        names.get(op.replica_id, "?"),
        _when(op.hlc),
        f"{op.replica_id}:{op.seq}",
        op.field,
        label,
    )


def _ops(session: Session, keys: list[tuple[str, int]]) -> list[Op]:
    return [o for k in keys if (o := session.get(Op, k)) is not None]


def _newest_first(ops: list[Op]) -> list[Op]:
    return sorted(ops, key=lambda o: (o.hlc, o.replica_id, o.seq), reverse=True)


def _last_op(session: Session, entity: str, row_id: str) -> Op | None:
    return session.scalars(
        select(Op)
        .where(Op.entity == entity, Op.row_key == row_key(row_id))
        .order_by(Op.hlc.desc(), Op.seq.desc())
        .limit(1)
    ).first()


def _field_conflicts(
    session: Session,
    names: dict[str, str],
    held: set[tuple[str, int]],
    deleted: set[tuple[str, str]],
) -> list[Conflict]:
    """Concurrent values of one field; those of a record listed as deleted-but-edited are
    settled with it (restoring or deleting again names every version)."""
    out: list[Conflict] = []
    groups = session.execute(
        select(FieldHead.entity, FieldHead.row_id, FieldHead.field)
        .where(FieldHead.field != DELETED_FIELD)  # listed as edit-versus-delete
        .group_by(FieldHead.entity, FieldHead.row_id, FieldHead.field)
        .having(func.count() > 1)
        .order_by(FieldHead.entity, FieldHead.row_id, FieldHead.field)
    ).all()
    for entity, row_id, name in groups:
        keys = [
            (r, s)
            for r, s in session.execute(
                select(FieldHead.replica_id, FieldHead.seq).where(
                    FieldHead.entity == entity,
                    FieldHead.row_id == row_id,
                    FieldHead.field == name,
                )
            )
        ]
        if held & set(keys) or (entity, row_id) in deleted:
            continue  # listed as an amendment, or with the edit-versus-delete conflict
        versions = tuple(_version(o, name, names) for o in _newest_first(_ops(session, keys)))
        if len({json.dumps(v.value, sort_keys=True) for v in versions}) > 1:
            out.append(Conflict(entity, row_id, name, versions))
    return out


def _amendments(session: Session, c: SyncConflict, names: dict[str, str]) -> list[Conflict]:
    model = SYNCABLE[c.entity]
    row = session.get(model, c.row_id)
    out: list[Conflict] = []
    by_field: dict[str, list[Op]] = {}
    for o in _ops(session, [parse_key(k) for k in json.loads(c.edits)]):
        by_field.setdefault(o.field or "", []).append(o)
    for name, ops in sorted(by_field.items()):
        approved = getattr(row, name, None)
        shown = Version(
            json.loads(json.dumps(approved, default=lambda v: v.isoformat())),
            getattr(row, "approved_by", None) or "?",
            "",
            getattr(row, "approved_at", None) or datetime.min,
            "",
            name,
        )
        versions = (shown, *(_version(o, name, names) for o in _newest_first(ops)))
        out.append(Conflict(c.entity, c.row_id, name, versions, AMENDMENT))
    return out


def _person_name(session: Session, person_id: str) -> str:
    return session.scalar(select(Person.full_name).where(Person.id == person_id)) or person_id


def _cycle(session: Session, c: SyncConflict, names: dict[str, str]) -> Conflict:
    versions = []
    for pid in json.loads(c.edits):  # the record kept for now (smallest id) comes first
        op = _last_op(session, "person", pid)
        versions.append(
            Version(
                pid,
                op.author if op else "?",
                names.get(op.replica_id, "?") if op else "?",
                _when(op.hlc) if op else datetime.min,
                f"{op.replica_id}:{op.seq}" if op else "",
                MERGE_FIELD,
                _person_name(session, pid),
            )
        )
    return Conflict("person", c.row_id, MERGE_FIELD, tuple(versions), MERGE_CYCLE)


def _orphans(session: Session, rows: list[SyncConflict], names: dict[str, str]) -> list[Conflict]:
    by_parent: dict[tuple[str, str], list[SyncConflict]] = {}
    for c in rows:
        parent_entity, parent_id = json.loads(c.edits)
        by_parent.setdefault((parent_entity, parent_id), []).append(c)
    out: list[Conflict] = []
    for (entity, row_id), children in sorted(by_parent.items()):
        versions = []
        for c in sorted(children, key=lambda x: (x.entity, x.row_id)):
            op = _last_op(session, c.entity, c.row_id)
            if op is None:
                continue
            shown = _version(op, "", names, label=f"{c.entity} {c.row_id[:8]}")
            versions.append(replace(shown, value=c.row_id))
        if versions:
            out.append(Conflict(entity, row_id, ORPHANS, tuple(versions), ORPHAN))
    return out


def list_conflicts(store: Store) -> list[Conflict]:
    """Every open conflict, each kind in words (`Conflict.words`)."""
    out: list[Conflict] = []
    with store.read() as session:
        names = state.device_names(session)
        stored = list(
            session.scalars(
                select(SyncConflict).order_by(
                    SyncConflict.entity, SyncConflict.row_id, SyncConflict.kind
                )
            )
        )
        held = {parse_key(k) for c in stored if c.kind == AMENDMENT for k in json.loads(c.edits)}
        deleted = {(c.entity, c.row_id) for c in stored if c.kind == DELETED}
        out.extend(_field_conflicts(session, names, held, deleted))
        for c in stored:
            if c.kind in (DELETED, MERGED):
                ops = _ops(session, [parse_key(k) for k in json.loads(c.edits)])
                versions = tuple(_version(o, o.field or "", names) for o in ops)
                field = DELETED_FIELD if c.kind == DELETED else MERGED
                out.append(Conflict(c.entity, c.row_id, field, versions, c.kind))
            elif c.kind == AMENDMENT:
                out.extend(_amendments(session, c, names))
            elif c.kind == MERGE_CYCLE:
                out.append(_cycle(session, c, names))
        out.extend(_orphans(session, [c for c in stored if c.kind == ORPHAN], names))
    return out


def _model(entity: str) -> type[Syncable]:
    model = SYNCABLE.get(entity)
    if model is None:
        raise NotFoundError(N_("Unknown kind of record: {entity}."), entity=entity)
    return model


def _stored(session: Session, entity: str, row_id: str, kind: str) -> SyncConflict:
    found = session.get(SyncConflict, (entity, row_id, kind))
    if found is None:
        raise NotFoundError(N_("There is no open conflict on this record any more."))
    return found


def resolve_conflict(store: Store, entity: str, row_id: str, field: str, value: Any) -> None:
    """Settle a field conflict with the chosen (or edited) value; the choice travels.

    Also settles an amendment to approved minutes (the chosen text becomes the approved
    one) and a merge cycle (`value` is the id of the person to keep).
    """
    model = _model(entity)
    if field == DELETED_FIELD:
        raise InputError(N_("Use keep-deleted or restore for a deleted record."), field="field")
    with store.write() as w:
        ses = w.session
        cycle = ses.get(SyncConflict, (entity, row_id, MERGE_CYCLE))
        if field == MERGE_FIELD and cycle is not None:
            _keep_in_cycle(w, cycle, value)
            return
        heads = ses.scalar(
            select(func.count()).where(
                FieldHead.entity == entity, FieldHead.row_id == row_id, FieldHead.field == field
            )
        )
        if not heads or heads < 2:
            raise NotFoundError(N_("There is no open conflict on this field any more."))
        w.resolve(model, row_id, field, value)


def _keep_in_cycle(w: Writer, c: SyncConflict, keep: Any) -> None:
    members = json.loads(c.edits)
    if keep not in members:
        raise InputError(
            N_("Choose one of the records merged into each other: {ids}."),
            field="value",
            ids=", ".join(members),
        )
    for pid in members:
        w.merge(Person, pid, None if pid == keep else keep)


def settle_deleted(store: Store, entity: str, row_id: str, keep_deleted: bool) -> None:
    """Settle an edit-versus-delete conflict: keep the record deleted, or restore it."""
    model = _model(entity)
    with store.write() as w:
        _stored(w.session, entity, row_id, DELETED)
        w.settle_deleted(model, row_id, keep_deleted)


def settle_orphans(store: Store, entity: str, row_id: str, restore: bool) -> None:
    """A deleted record with live records under it: restore it (with what was deleted with
    it), or delete the records under it too."""
    model = _model(entity)
    with store.write() as w:
        s = w.session
        children = [
            c
            for c in s.scalars(select(SyncConflict).where(SyncConflict.kind == ORPHAN))
            if json.loads(c.edits) == [entity, row_id]
        ]
        if not children:
            raise NotFoundError(N_("There is no open conflict on this record any more."))
        if restore:
            w.restore(model, row_id)
            return
        for c in children:
            w.delete(SYNCABLE[c.entity], c.row_id)


def settle_merged(store: Store, person_id: str, copy: bool) -> None:
    """Edits made elsewhere to a record merged away: copy them to the record kept, or not.

    Either way the merge is confirmed by an op naming every version of the record, so the
    edits are settled everywhere.
    """
    with store.write() as w:
        s = w.session
        c = _stored(s, "person", person_id, MERGED)
        dup = s.get_one(Person, person_id)
        kept = dup.merged_into_id
        if copy and kept:
            values: dict[str, Any] = {}
            for o in _newest_first(_ops(s, [parse_key(k) for k in json.loads(c.edits)])):
                if o.field and o.field not in values and o.field != MERGE_FIELD:
                    values[o.field] = getattr(dup, o.field)
            if values:
                w.update(Person, kept, values)
        w.merge(Person, person_id, kept)


def settle_amendment(store: Store, entity: str, row_id: str, field: str, keep: bool) -> None:
    """An edit of approved minutes made elsewhere: keep it as an amendment, or reject it."""
    model = _model(entity)
    with store.write() as w:
        c = _stored(w.session, entity, row_id, AMENDMENT)
        ops = [
            o
            for o in _newest_first(_ops(w.session, [parse_key(k) for k in json.loads(c.edits)]))
            if o.field == field
        ]
        if not ops:
            raise NotFoundError(N_("There is no open conflict on this field any more."))
        if keep:
            values = {json.dumps(json.loads(o.value or "null")) for o in ops}
            if len(values) > 1:
                raise InputError(
                    N_("Several changes were made to this field; choose one (--value)."),
                    field="value",
                )
            value = json.loads(ops[0].value or "null")
        else:
            value = getattr(w.session.get_one(model, row_id), field)
        w.resolve(model, row_id, field, value)


def settle(
    store: Store,
    entity: str,
    row_id: str,
    field: str,
    *,
    value: Any = None,
    has_value: bool = False,
    keep_deleted: bool | None = None,
    accept: bool | None = None,
) -> None:
    """Settle any listed conflict (the CLI and the GUI both come here)."""
    with store.read() as s:
        kinds = set(
            s.scalars(
                select(SyncConflict.kind).where(
                    SyncConflict.entity == entity, SyncConflict.row_id == row_id
                )
            )
        )
    if field == ORPHANS:
        if keep_deleted is None:
            raise InputError(N_("Use --restore or --keep-deleted for this conflict."))
        settle_orphans(store, entity, row_id, restore=not keep_deleted)
    elif field == DELETED_FIELD:
        if keep_deleted is None:
            raise InputError(N_("Use keep-deleted or restore for a deleted record."), field="field")
        settle_deleted(store, entity, row_id, keep_deleted)
    elif field == MERGED:
        if accept is None:
            raise InputError(N_("Use --accept or --reject for this conflict."))
        settle_merged(store, row_id, copy=accept)
    elif AMENDMENT in kinds and accept is not None and not has_value:
        settle_amendment(store, entity, row_id, field, keep=accept)
    elif has_value:
        resolve_conflict(store, entity, row_id, field, value)
    else:
        raise InputError(N_("Give the value to keep (--value)."), field="value")


@dataclass(frozen=True)
class AuditEntry:
    when: datetime
    author: str
    device: str
    kind: str  # create | set | delete | merge
    field: str | None
    value: Any


def audit_trail(store: Store, entity: str, row_id: str) -> list[AuditEntry]:
    """Every change of one record, oldest first, with who made it on which laptop."""
    with store.read() as session:
        names = state.device_names(session)
        ops = session.scalars(
            select(Op)
            .where(Op.entity == entity, Op.row_key == row_key(row_id))
            .order_by(Op.hlc, Op.seq)
        )
        return [
            AuditEntry(
                _when(o.hlc),
                o.author,
                names.get(o.replica_id, o.replica_id[:8]),
                o.kind,
                o.field,
                json.loads(o.value) if o.value is not None else None,
            )
            for o in ops
        ]

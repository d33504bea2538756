"""Conflicts for review and the audit trail of a record (who changed what, when, where)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.core import clock
from app.core.errors import N_, InputError, NotFoundError
from app.core.models import SYNCABLE, FieldHead, Op, Syncable, SyncConflict
from app.core.store import Store
from app.core.writer import DELETED_FIELD, resolve_field, settle_deletion
from app.sync import state
from app.sync.merge import parse_key


@dataclass(frozen=True)
class Version:
    """One value of a field as some installation last set it."""

    value: Any
    author: str
    device: str
    when: datetime
    op: str  # "replica:seq"


@dataclass(frozen=True)
class Conflict:
    entity: str
    row_id: str
    field: str  # a field name, or "deleted" for an edit made while the row was deleted
    versions: tuple[Version, ...]  # the shown (winning) value first

    @property
    def shown(self) -> Any:
        return self.versions[0].value


def _when(hlc: int) -> datetime:
    return datetime.fromtimestamp(clock.stamp_ms(hlc) / 1000, UTC).replace(tzinfo=None)


def _version(op: Op, field: str, names: dict[str, str]) -> Version:
    if op.kind == "create":
        value = False if field == DELETED_FIELD else (json.loads(op.value or "{}")).get(field)
    elif op.kind == "delete":
        value = True
    else:
        value = json.loads(op.value) if op.value is not None else None
    return Version(
        value, op.author, names.get(op.replica_id, "?"), _when(op.hlc), f"{op.replica_id}:{op.seq}"
    )


def _ops(session: Session, keys: list[tuple[str, int]]) -> list[Op]:
    return [o for k in keys if (o := session.get(Op, k)) is not None]


def list_conflicts(store: Store) -> list[Conflict]:
    """Every open conflict: concurrent values of one field, and edits made while deleted."""
    out: list[Conflict] = []
    with store.read() as session:
        names = state.device_names(session)
        groups = session.execute(
            select(FieldHead.entity, FieldHead.row_id, FieldHead.field)
            .group_by(FieldHead.entity, FieldHead.row_id, FieldHead.field)
            .having(func.count() > 1)
            .order_by(FieldHead.entity, FieldHead.row_id, FieldHead.field)
        ).all()
        for entity, row_id, name in groups:
            keys = session.execute(
                select(FieldHead.replica_id, FieldHead.seq).where(
                    FieldHead.entity == entity,
                    FieldHead.row_id == row_id,
                    FieldHead.field == name,
                )
            ).all()
            ops = sorted(
                _ops(session, [tuple(k) for k in keys]),  # type: ignore[misc]
                key=lambda o: (o.hlc, o.replica_id, o.seq),
                reverse=True,
            )
            versions = tuple(_version(o, name, names) for o in ops)
            if len({json.dumps(v.value, sort_keys=True) for v in versions}) > 1:
                out.append(Conflict(entity, row_id, name, versions))
        for c in session.scalars(select(SyncConflict).order_by(SyncConflict.entity)):
            ops = _ops(session, [parse_key(k) for k in json.loads(c.edits)])
            versions = tuple(_version(o, o.field or "", names) for o in ops)
            out.append(Conflict(c.entity, c.row_id, DELETED_FIELD, versions))
    return out


def _model(entity: str) -> type[Syncable]:
    model = SYNCABLE.get(entity)
    if model is None:
        raise NotFoundError(N_("Unknown kind of record: {entity}."), entity=entity)
    return model


def resolve_conflict(store: Store, entity: str, row_id: str, field: str, value: Any) -> None:
    """Settle a field conflict with the chosen (or edited) value; the choice travels."""
    model = _model(entity)
    if field == DELETED_FIELD:
        raise InputError(N_("Use keep-deleted or restore for a deleted record."), field="field")
    with store.write() as w:
        heads = w.session.scalar(
            select(func.count()).where(
                FieldHead.entity == entity, FieldHead.row_id == row_id, FieldHead.field == field
            )
        )
        if not heads or heads < 2:
            raise NotFoundError(N_("There is no open conflict on this field any more."))
        resolve_field(w, model, row_id, field, value)


def settle_deleted(store: Store, entity: str, row_id: str, keep_deleted: bool) -> None:
    """Settle an edit-versus-delete conflict: keep the record deleted, or restore it."""
    model = _model(entity)
    with store.write() as w:
        if w.session.get(SyncConflict, (entity, row_id)) is None:
            raise NotFoundError(N_("There is no open conflict on this record any more."))
        settle_deletion(w, model, row_id, keep_deleted)
        w.session.execute(
            delete(SyncConflict).where(SyncConflict.entity == entity, SyncConflict.row_id == row_id)
        )


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
            select(Op).where(Op.entity == entity, Op.row_id == row_id).order_by(Op.hlc, Op.seq)
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

"""Erasure that travels: scrubbing an erased person's personal values everywhere here.

A `person_erasure` record (app/core/models/privacy.py) names the person. Wherever it is
held (written here, or arrived by sync) `apply_erasure` removes her personal values:

- from the op log: every op of her rows (her person row and the rows that copy her name,
  `ERASABLE`) gets its value rewritten so that no personal value remains. The op keeps
  its identity (origin, seq), clock stamp, kind, field and parents, so sync and merge work
  as before; only the value changes. Before an op is rewritten, its *seal* is stored:
  the origin's hash chain just before and just after it (app/core/chain.py), so the
  origin's signed checkpoints still verify over the scrubbed log, here and on every
  laptop this one relays to (the seals travel in the bundle's manifest);
- from the rows: each row is recomputed from its (scrubbed) ops by the same function as
  every write and import (app/core/rowmerge.py), so every laptop that holds the same ops
  shows the same row and the state digest converges.

The rewrite is deterministic (a value is scrubbed by field, never by content, and the
placeholder name comes from the person's id): two laptops that scrub the same op hold
byte-identical ops. Ops that arrive later still carrying her values (an old bundle, an
edit made offline before the erasure reached that laptop) are scrubbed on arrival
(`scrub_arrivals`, run by every import).

What is kept (docs/privacy-erasure.md explains why): the row itself (so attendance,
enrolments and certificates still count), sex, region, participant category and the
Washington Group answers (the donor report's totals and its sex, region and disability
breakdowns stay as reported), the consent statements without their witness.

The op log is read and rewritten only in the section marked "op log access" below, so a
change in how op_log rows are stored touches one place. It goes through the op_log view
(app/core/opcodec.py): a lookup by row compares `row_key`, the stored form of the id, and
the view's update trigger stores the rewritten value packed.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.core import chain
from app.core.codec import dumps
from app.core.models import SYNCABLE, PersonErasure
from app.core.opcodec import row_key
from app.core.rowmerge import cross_rows, recompute_row
from app.core.store import Store

PLACEHOLDER_PREFIX = "Erased person "

OpTuple = tuple[Any, ...]  # an op_log row in chain.OP_COLUMNS order


def placeholder(person_id: str) -> str:
    """'Erased person 7F3K': the same on every laptop, and nothing of who she was."""
    digest = hashlib.sha256(f"tirek-erased:{person_id}".encode()).digest()
    return PLACEHOLDER_PREFIX + base64.b32encode(digest).decode()[:4]


def _none(_person_id: str) -> Any:
    return None


def _empty(_person_id: str) -> Any:
    return ""


@dataclass(frozen=True)
class Erasable:
    """A table holding an erased person's values: which column names her, what goes."""

    link: str  # the column holding the person's id ("id": the person row itself)
    fields: Mapping[str, Callable[[str], Any]]  # field -> its replacement (by person id)


ERASABLE: dict[str, Erasable] = {
    "person": Erasable(
        "id",
        {
            "full_name": placeholder,
            "phone": _none,
            "email": _none,
            "birth_date": _none,
            "birth_year": _none,
            "organisation_id": _none,
            "district_id": _none,
            "notes": _none,
        },
    ),
    # The certificate's printed name and its signed payload (which carries the name).
    "certificate": Erasable("person_id", {"person_name": placeholder, "code": _empty}),
    "action_item": Erasable("owner_person_id", {"owner_name": _none}),
    "follow_up_call": Erasable("person_id", {"note": _none}),
    "outcome": Erasable("person_id", {"note": _none}),
    "consent_record": Erasable("person_id", {"witness": _none}),
    "meeting_attendee": Erasable(
        "person_id", {"guest_name": _none, "guest_role": _none, "guest_organisation": _none}
    ),
}


def scrubbed_value(
    entity: str, kind: str, field: str | None, value: str | None, pid: str
) -> str | None:
    """The op value with every personal value of `pid` replaced (or the same value)."""
    spec = ERASABLE.get(entity)
    if spec is None or value is None:
        return value
    if kind == "create":
        body = json.loads(value)
        if not isinstance(body, dict):
            return value
        for name, replace in spec.fields.items():
            if name in body:
                body[name] = replace(pid)
        return dumps(body)
    if field is not None and field in spec.fields and kind == "set":
        return dumps(spec.fields[field](pid))
    return value


_ERASED = select(PersonErasure.person_id).where(PersonErasure.deleted.is_(False))


def erased_people(session: Session) -> set[str]:
    # Every import asks: a statement built once, run as Core.
    return set(session.connection().execute(_ERASED).scalars())


def _targets(session: Session, pid: str) -> list[tuple[str, str]]:
    """Her rows: the person row and every row of `ERASABLE` that names her (deleted too)."""
    out = [("person", pid)]
    for entity, spec in ERASABLE.items():
        if spec.link == "id":
            continue
        table = SYNCABLE[entity].__table__  # type: ignore[attr-defined]
        out += [
            (entity, r)
            for r in session.scalars(select(table.c.id).where(table.c[spec.link] == pid))
        ]
    return out


# -- op log access (one place) ------------------------------------------------------------
def _ops_of_row(conn: Connection, entity: str, row_id: str) -> list[OpTuple]:
    return [
        tuple(r)
        for r in conn.exec_driver_sql(
            f"SELECT {chain.OP_COLUMNS} FROM op_log WHERE entity = ? AND row_key = ? "
            "ORDER BY replica_id, seq",
            (entity, row_key(row_id)),
        )
    ]


def _origin_ops(conn: Connection, origin: str, upto: int) -> Iterable[OpTuple]:
    return conn.exec_driver_sql(
        f"SELECT {chain.OP_COLUMNS} FROM op_log WHERE replica_id = ? AND seq <= ? ORDER BY seq",
        (origin, upto),
    )


def _rewrite_value(conn: Connection, origin: str, seq: int, value: str | None) -> None:
    # op_log is a view over the compact op_row (app/core/opcodec.py): its update trigger
    # stores the new value packed, in place of the old one.
    conn.exec_driver_sql(
        "UPDATE op_log SET value = ? WHERE replica_id = ? AND seq = ?", (value, origin, seq)
    )


# -- seals ------------------------------------------------------------------------------------
def _seal(conn: Connection, origin: str, seqs: set[int]) -> None:
    """Store the chain around each op in `seqs` (originals, not yet rewritten)."""
    held = chain.seals_of(conn, origin)
    todo = seqs - set(held)
    if not todo:
        return
    value = chain.genesis(origin)
    last = max(todo)
    for op in _origin_ops(conn, origin, last):
        seq = int(op[1])
        if seq in held:
            before, after = held[seq]
            value = after if value == before else chain.BROKEN
            continue
        after = chain.step(value, op)
        if seq in todo:
            conn.exec_driver_sql(
                "INSERT OR REPLACE INTO op_seal (replica_id, seq, before, after) "
                "VALUES (?, ?, ?, ?)",
                (origin, seq, value.hex(), after.hex()),
            )
        value = after


def manifest_seals(conn: Connection, ranges: Mapping[str, Sequence[int]]) -> dict[str, Any]:
    """The seals of the erased ops a bundle carries: {origin: {seq: [before, after]}}."""
    out: dict[str, Any] = {}
    for origin, (first, last) in ranges.items():
        seals = chain.seals_of(conn, origin, first, last)
        if seals:
            out[origin] = {str(s): [b.hex(), a.hex()] for s, (b, a) in sorted(seals.items())}
    return out


def read_manifest_seals(manifest: Mapping[str, Any]) -> dict[str, dict[int, tuple[bytes, bytes]]]:
    """The seals a manifest carries, checked for shape (ValueError when malformed)."""
    raw = manifest.get("seals") or {}
    if not isinstance(raw, dict):
        raise ValueError("seals")
    out: dict[str, dict[int, tuple[bytes, bytes]]] = {}
    for origin, items in raw.items():
        if not isinstance(origin, str) or not isinstance(items, dict):
            raise ValueError("seals")
        part: dict[int, tuple[bytes, bytes]] = {}
        for seq, pair in items.items():
            if not (
                isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)
            ):
                raise ValueError("seals")
            before, after = bytes.fromhex(pair[0]), bytes.fromhex(pair[1])
            if len(before) != 32 or len(after) != 32:
                raise ValueError("seals")
            part[int(seq)] = (before, after)
        out[origin] = part
    return out


def store_seals(conn: Connection, origin: str, seals: Mapping[int, tuple[bytes, bytes]]) -> None:
    for seq, (before, after) in seals.items():
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO op_seal (replica_id, seq, before, after) VALUES (?, ?, ?, ?)",
            (origin, seq, before.hex(), after.hex()),
        )


def same_op(
    conn: Connection, ours: OpTuple, theirs: OpTuple, their_seal: tuple[bytes, bytes] | None
) -> bool:
    """Is `theirs` the op held here under the same number, one of them scrubbed?

    Our scrubbed op and their original: the original must step our seal's chain. Their
    scrubbed op and our original: their seal must be stepped by ours (we keep ours; the
    erasure, when it is here, scrubs it).
    """
    if ours == theirs:
        return True
    if ours[:7] != theirs[:7] or ours[8:] != theirs[8:]:
        return False  # only the value may differ
    mine = chain.seals_of(conn, ours[0], int(ours[1]), int(ours[1])).get(int(ours[1]))
    if mine is not None and chain.step(mine[0], theirs) == mine[1]:
        return True
    return their_seal is not None and chain.step(their_seal[0], ours) == their_seal[1]


# -- applying an erasure ----------------------------------------------------------------------
def apply_erasure(session: Session, pid: str) -> int:
    """Scrub every personal value of person `pid` held here; returns the ops rewritten."""
    conn = session.connection()
    conn.exec_driver_sql("PRAGMA secure_delete = ON")  # freed cells are zeroed, not left
    targets = _targets(session, pid)
    changed: list[tuple[OpTuple, str | None]] = []
    for entity, row_id in targets:
        for op in _ops_of_row(conn, entity, row_id):
            new = scrubbed_value(entity, op[6], op[5], op[7], pid)
            if new != op[7]:
                changed.append((op, new))
    by_origin: dict[str, set[int]] = {}
    for op, _new in changed:
        by_origin.setdefault(op[0], set()).add(int(op[1]))
    for origin, seqs in by_origin.items():
        _seal(conn, origin, seqs)
    for op, new in changed:
        _rewrite_value(conn, op[0], int(op[1]), new)
    touched: dict[str, set[str]] = {}
    for entity, row_id in targets:
        table = SYNCABLE[entity].__table__  # type: ignore[attr-defined]
        if session.scalar(select(table.c.id).where(table.c.id == row_id)) is None:
            continue  # its row waits for its creation (app/sync/waiting.py)
        recompute_row(session, SYNCABLE[entity], row_id, exists=True)
        touched.setdefault(entity, set()).add(row_id)
    cross_rows(session, touched)
    return len(changed)


def scrub_arrivals(session: Session, new_ops: Sequence[OpTuple]) -> int:
    """After an import: apply every erasure that arrived, and scrub ops that arrived for
    people erased here already. Returns the ops rewritten."""
    erased = erased_people(session)
    if not erased or not new_ops:
        return 0
    hit: set[str] = set()
    rows: dict[str, set[str]] = {}
    for op in new_ops:
        entity, row_id = op[3], op[4]
        if entity == "person_erasure" or (entity == "person" and row_id in erased):
            hit.update([row_id] if entity == "person" else [])
            if entity == "person_erasure" and op[6] == "create" and op[7]:
                body = json.loads(op[7])
                if isinstance(body, dict) and body.get("person_id") in erased:
                    hit.add(body["person_id"])
        elif entity in ERASABLE:
            rows.setdefault(entity, set()).add(row_id)
    for entity, ids in rows.items():
        table = SYNCABLE[entity].__table__  # type: ignore[attr-defined]
        link = table.c[ERASABLE[entity].link]
        part = sorted(ids)
        for i in range(0, len(part), 500):
            found = session.scalars(select(link).where(table.c.id.in_(part[i : i + 500])))
            hit.update(p for p in found if p in erased)
    return sum(apply_erasure(session, pid) for pid in sorted(hit))


def wipe_freed_pages(store: Store) -> None:
    """After scrubbing: fold the write-ahead log into the database file and empty it, so
    no older copy of a page (with her name) stays in the -wal file. Freed cells in the
    database itself were zeroed as they were freed (`secure_delete`)."""
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

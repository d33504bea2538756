"""Rules that reach beyond one field, in one place.

Every installation applies the same rules to the same ops, on the local write path
(`Writer.flush`) and on the import path (`app/sync/merge.py`), so the state, the conflict
list and the digest stay a function of the set of ops whatever the order or path.

Per row (applied inside `app/core/rowmerge.compute_row`, from the row's own ops):
- `POLICIES[entity].lock_field`: once set (approved minutes), an edit of another field
  made without having seen the approval is held back: the approved value stays shown
  and the edit is listed as an *amendment* for a coordinator (keep it, or reject it).
- `POLICIES[entity].merge_field`: edits to a record that the merge into another record
  did not see are listed (*merged*): copy them to the record kept, or dismiss them.

Across rows (applied by `after_rows` once the rows of a unit of work are recomputed):
- the merge graph of duplicate people is flattened: every record points straight at the
  record finally kept, and merges that form a cycle (opposite merges on two laptops) keep
  the record with the smallest id, listed for review (*merge_cycle*);
- `OWNED`: a live child whose parent is deleted (a session added to a training deleted
  elsewhere) is listed (*orphan*): restore the parent, or delete the children. Deleting a
  parent tombstones its known children with it, so only children the deleting laptop had
  not seen can be orphans.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, and_, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from app.core.codec import dumps
from app.core.models import Person, SyncConflict

CHUNK = 500
PERSON = cast(Table, Person.__table__)

# Kinds of listed conflicts (sync_conflict.kind). Concurrent values of one field are read
# straight from field_head and are not stored here.
DELETED = "deleted"  # edited (or created again) elsewhere while deleted here
MERGED = "merged"  # edited elsewhere after being merged into another record
AMENDMENT = "amendment"  # edited elsewhere against an approved version
MERGE_CYCLE = "merge_cycle"  # records merged into each other on different laptops
ORPHAN = "orphan"  # a live record under a deleted parent
ROW_KINDS = (DELETED, MERGED, AMENDMENT)  # computed per row by compute_row


@dataclass(frozen=True)
class RowPolicy:
    lock_field: str | None = None  # a non-empty value locks the other fields
    lock_exempt: frozenset[str] = frozenset()  # fields that stay free under the lock
    merge_field: str | None = None  # points at the record this one was merged into


NO_POLICY = RowPolicy()
POLICIES: dict[str, RowPolicy] = {
    "meeting": RowPolicy(
        lock_field="approved_at", lock_exempt=frozenset({"approved_at", "approved_by"})
    ),
    "person": RowPolicy(merge_field="merged_into_id"),
}


def policy(entity: str) -> RowPolicy:
    return POLICIES.get(entity, NO_POLICY)


@dataclass(frozen=True)
class Owned:
    """`child` rows belong to the `parent` row named by their `fk` column."""

    child: str
    fk: str
    parent: str


OWNED: tuple[Owned, ...] = (
    Owned("session", "training_id", "training"),
    Owned("enrolment", "training_id", "training"),
    Owned("training_trainer", "training_id", "training"),
    Owned("training_topic", "training_id", "training"),
    Owned("attendance_mark", "session_id", "session"),
    Owned("meeting_attendee", "meeting_id", "meeting"),
    Owned("decision", "meeting_id", "meeting"),
    Owned("action_item", "meeting_id", "meeting"),
)


def children_of(entity: str) -> tuple[Owned, ...]:
    return tuple(o for o in OWNED if o.parent == entity)


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    items = sorted(set(ids))
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


# -- orphans ---------------------------------------------------------------------------
# The cross-row rules run after every unit of work: their small reads are Core statements
# on the session's connection, built once (the ORM's execution costs several times the
# query's own time here, and these select columns, never objects).
_ANY_LISTED = select(SyncConflict.row_id).where(SyncConflict.kind == bindparam("kind")).limit(1)


def _listed(session: Session, kind: str) -> bool:
    """Whether any conflict of this kind is listed (most of the time none: skip clearing)."""
    return session.connection().scalar(_ANY_LISTED, {"kind": kind}) is not None


def _orphans(session: Session, touched: Mapping[str, set[str]]) -> None:
    """Relist the orphans among the touched rows and the children of touched parents.

    Set-based through a temporary table of the touched ids: an import of a whole
    installation touches every row, and one statement per relation keeps that cheap.
    The table and column names in the SQL come from `OWNED`, never from data.
    """
    conn = session.connection()
    conn.exec_driver_sql(
        "CREATE TEMP TABLE IF NOT EXISTS tirek_touched (entity TEXT, id TEXT, PRIMARY KEY "
        "(entity, id)) WITHOUT ROWID"
    )
    conn.exec_driver_sql("DELETE FROM tirek_touched")
    names = {o.child for o in OWNED} | {o.parent for o in OWNED}
    rows = [(e, i) for e in sorted(names) for i in touched.get(e, ())]
    # Ids as the tables store them (16 bytes, app/core/models/base.py), so they join.
    conn.exec_driver_sql("INSERT OR IGNORE INTO tirek_touched VALUES (?, op_key(?))", rows)
    listed = _listed(session, ORPHAN)
    for rel in OWNED:
        if not (touched.get(rel.child) or touched.get(rel.parent)):
            continue
        affected = (
            f"SELECT id FROM tirek_touched WHERE entity = '{rel.child}' "
            f"UNION SELECT c.id FROM {rel.child} c JOIN tirek_touched t "
            f"ON t.entity = '{rel.parent}' AND c.{rel.fk} = t.id"
        )
        if listed:
            conn.exec_driver_sql(
                f"DELETE FROM sync_conflict WHERE entity = '{rel.child}' AND kind = '{ORPHAN}' "
                f"AND op_key(row_id) IN ({affected})"
            )
        # json_array writes exactly what codec.dumps writes: ["parent","id"]
        conn.exec_driver_sql(
            f"INSERT INTO sync_conflict (entity, row_id, kind, edits) "
            f"SELECT '{rel.child}', row_text(c.id), '{ORPHAN}', "
            f"json_array('{rel.parent}', row_text(c.{rel.fk})) "
            f"FROM {rel.child} c JOIN {rel.parent} p ON p.id = c.{rel.fk} "
            f"WHERE c.deleted = 0 AND p.deleted = 1 AND c.id IN ({affected})"
        )
    conn.exec_driver_sql("DELETE FROM tirek_touched")


# -- the merge graph of duplicate people ---------------------------------------------
def _involved(session: Session, ids: set[str], field: str) -> set[str]:
    """The touched people a merge concerns: merged, merged into, or with merge ops."""
    from app.core.models import Op
    from app.core.opcodec import row_key

    col = PERSON.c[field]
    out: set[str] = set()
    conn = session.connection()
    for part in _chunks(ids):
        out.update(conn.scalars(select(Person.id).where(Person.id.in_(part), col.is_not(None))))
        out.update(conn.scalars(select(col).where(col.in_(part))))
        out.update(
            conn.scalars(
                select(Op.row_id).where(
                    and_(
                        Op.entity == "person",
                        Op.row_key.in_([row_key(i) for i in part]),
                        Op.field == field,
                    )
                )
            )
        )
    return out


def _merge_graph(session: Session, touched: set[str]) -> None:
    from app.core.rowmerge import raw_values

    field = policy("person").merge_field
    assert field is not None
    col = PERSON.c[field]
    frontier = _involved(session, touched, field)
    if not frontier:
        return
    # Close over whole components: the old one of every node (everyone points at its
    # survivor) and every node's own merge target as the ops say.
    nodes: set[str] = set()
    raw: dict[str, str | None] = {}
    shown: dict[str, str | None] = {}
    while frontier:
        n = frontier.pop()
        if n in nodes:
            continue
        nodes.add(n)
        current = session.execute(select(col).where(Person.id == n)).one_or_none()
        shown[n] = current[0] if current else None
        survivor = shown[n] or n
        frontier.add(survivor)
        frontier.update(session.scalars(select(Person.id).where(col == survivor)))
        target = raw_values(session, "person", n).get(field)
        raw[n] = target if isinstance(target, str) else None
        if raw[n]:
            frontier.add(raw[n])  # type: ignore[arg-type]
    roots: dict[str, str] = {}
    cycles: dict[str, list[str]] = {}
    for n in sorted(nodes):
        path: list[str] = []
        at: dict[str, int] = {}
        cur = n
        while True:
            if cur in roots:
                root = roots[cur]
                break
            if cur in at:  # a cycle: the smallest id is kept, on every laptop
                loop = path[at[cur] :]
                root = min(loop)
                cycles[root] = sorted(loop)
                break
            nxt = raw.get(cur)
            if nxt is None or cur not in nodes:
                root = cur
                break
            at[cur] = len(path)
            path.append(cur)
            cur = nxt
        for p in path:
            roots[p] = root
        roots.setdefault(n, root)
    for n in sorted(nodes):
        want = None if roots[n] == n else roots[n]
        if shown[n] != want:
            session.execute(update(PERSON).where(PERSON.c.id == n).values({field: want}))
    for part in _chunks(nodes if _listed(session, MERGE_CYCLE) else ()):
        session.execute(
            delete(SyncConflict).where(
                SyncConflict.entity == "person",
                SyncConflict.kind == MERGE_CYCLE,
                SyncConflict.row_id.in_(part),
            )
        )
    for root, members in sorted(cycles.items()):
        session.execute(
            insert(SyncConflict).values(
                entity="person", row_id=root, kind=MERGE_CYCLE, edits=dumps(members)
            )
        )


def after_rows(session: Session, touched: Mapping[str, set[str]]) -> None:
    """Apply the cross-row rules to the rows of one unit of work (already recomputed)."""
    if touched.get("person"):
        _merge_graph(session, touched["person"])
    if any(touched.get(o.child) or touched.get(o.parent) for o in OWNED):
        _orphans(session, touched)

"""Record what left Tirek on this laptop: exports, printouts, erasures, backups.

The one way to write `access_log` (a local table: see app/core/models/access.py). Call
`record_access` from the service that writes the file, after it is written, so a failed
export logs nothing. It takes the store (its own short unit of work) or the session or
connection of a unit of work already open (then it commits with that work).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from app.core.errors import N_, InputError
from app.core.models import AccessEntry, Installation
from app.core.store import Store

# What can be logged (stored codes; screens translate them).
ACTIONS = ("export", "print", "erase", "view_names", "backup", "restore")
ACTION_WORDS = {
    "export": N_("export"),
    "print": N_("print"),
    "erase": N_("erase"),
    "view_names": N_("view names"),
    "backup": N_("backup"),
    "restore": N_("restore"),
}
# A list export with 100,000 names logs its people; more is kept short ("and N more") so
# one export cannot swell the log (the file itself is what matters).
MAX_PEOPLE = 5000


def record_access(
    conn_or_session: Store | Session | Connection,
    action: str,
    what: str,
    person_ids: Iterable[str] = (),
) -> None:
    """Log one export, print, erasure, name view, backup or restore on this laptop."""
    if action not in ACTIONS:
        raise InputError(N_("{action} is not an action the access log knows."), action=action)
    ids = list(dict.fromkeys(person_ids))
    if len(ids) > MAX_PEOPLE:
        ids = ids[:MAX_PEOPLE]
    if isinstance(conn_or_session, Store):
        if conn_or_session.identity() is None:
            return  # a home folder not set up yet: no laptop to name, and no records
        with conn_or_session.write() as w:
            _insert(w.session, action, what, ids)
            w.changed.add("access_log")
        return
    _insert(conn_or_session, action, what, ids)


def _insert(db: Session | Connection, action: str, what: str, ids: list[str]) -> None:
    me = db.execute(select(Installation.device_name, Installation.user_name)).first()
    device, user = (me[0], me[1]) if me else ("", None)
    db.execute(
        insert(AccessEntry).values(
            at=datetime.now(UTC).replace(tzinfo=None),
            device=device,
            user=user or device,
            action=action,
            what=what[:200],
            person_ids=json.dumps(ids),
        )
    )

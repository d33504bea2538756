"""The state digest reads rows through the driver: the same digest as reading every row
through SQLAlchemy, on the demo and on values the demo does not make."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import date, datetime, time

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.core.codec import dumps
from app.core.digest import state_digest
from app.core.models import SYNCABLE
from app.core.services.meetings import approve_minutes, create_meeting
from app.core.services.people import create_person
from app.core.services.trainings import add_session, create_training
from app.core.store import Store


def through_sqlalchemy(session: Session, exclude: Iterable[str] = ()) -> str:
    """The digest as it was first written: each row's values as SQLAlchemy gives them."""
    h = hashlib.sha256()
    for name in sorted(SYNCABLE):
        table = SYNCABLE[name].__table__  # type: ignore[attr-defined]
        columns = [c for c in table.columns if c.key not in set(exclude)]
        h.update(name.encode())
        for row in session.execute(select(*columns).order_by(table.c.id)):
            values = [v.isoformat() if hasattr(v, "isoformat") else v for v in row]
            h.update(dumps(values).encode())
    return h.hexdigest()


def test_the_demo_digests_as_through_sqlalchemy(make_demo_store: Callable[..., Store]) -> None:
    store = make_demo_store(seed=1)
    with store.read() as s:
        assert state_digest(s) == through_sqlalchemy(s)
        assert state_digest(s, {"created_on"}) == through_sqlalchemy(s, {"created_on"})
        assert state_digest(s) != state_digest(s, {"created_on"})


def test_odd_values_digest_as_through_sqlalchemy(make_store: Callable[..., Store]) -> None:
    """Ids that are not canonical uuids (stored as text), times with and without
    microseconds, empty and non-Latin text, tombstones: each read the same both ways."""
    store = make_store("home", "Bishkek", "coordinator")
    pid = create_person(store, {"full_name": "Айгерим Ж.", "notes": ""})
    tid = create_training(
        store, {"title": "Тынчтык", "start_date": date(2026, 3, 2), "end_date": "2026-03-04"}
    )
    add_session(
        store, tid, {"date": "2026-03-02", "start_time": time(9, 30), "end_time": time(17, 0, 5)}
    )
    mid = create_meeting(
        store, {"kind": "ngo", "title": "Кеңеш", "date": "2026-03-02", "minutes": "Чечим"}
    )
    approve_minutes(store, mid, "Төрага")
    with store.write() as w:  # what only a damaged or hand-edited file holds
        conn = w.session.connection()
        conn.execute(text("CREATE TEMP TABLE odd AS SELECT * FROM person"))
        conn.execute(text("UPDATE odd SET id = 'NOT-A-UUID', deleted = 1, notes = NULL"))
        conn.execute(text("INSERT INTO person SELECT * FROM odd"))
        conn.execute(
            text("UPDATE meeting SET approved_at = :at"),
            {"at": datetime(2026, 3, 2, 10, 0, 0).isoformat(sep=" ")},
        )
    with store.read() as s:
        assert s.scalar(text("SELECT count(*) FROM person")) == 2
        assert state_digest(s) == through_sqlalchemy(s)
    assert pid

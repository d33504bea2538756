"""Row ids stored as 16 bytes (issue 18, app/core/models/base.py `RowId`).

A canonical uuid is kept as its 16 bytes in the row and its indexes; any other text stays
text; the ORM and every service see the same `str` either way.
"""

from __future__ import annotations

import uuid
from datetime import date

from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.dialects import sqlite

from app.core.models import AttendanceMark, Enrolment, Person, Training, new_id
from app.core.models.base import RowId
from app.core.services import attendance, people, trainings
from app.core.store import Store
from tests.rawdb import connect_raw

DIALECT = sqlite.dialect()
TYPE = RowId()


def stored(value: str | None) -> bytes | str | None:
    return TYPE.process_bind_param(value, DIALECT)


def read(value: bytes | str | None) -> str | None:
    return TYPE.process_result_value(value, DIALECT)


@given(st.text() | st.uuids().map(str) | st.uuids().map(lambda u: str(u).upper()))
@example("0" * 36)  # 36 characters, not a uuid: kept as text
def test_every_text_round_trips(text: str) -> None:
    kept = stored(text)
    assert read(kept) == text
    assert isinstance(kept, bytes) == _canonical(text)


def _canonical(text: str) -> bool:
    """A uuid as Python prints it (36 characters that are not one, e.g. 36 zeros, are not)."""
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


@given(st.uuids())
def test_a_canonical_uuid_is_its_16_bytes(u: uuid.UUID) -> None:
    assert stored(str(u)) == u.bytes
    assert stored(None) is None and read(None) is None


def test_ids_are_stored_as_bytes_and_read_back_as_text(store: Store) -> None:
    """A real database built by the migrations: a canonical id is 16 bytes in the row and
    in the rows that refer to it, an odd id stays text, and the ORM gives back both."""
    pid = people.create_person(store, {"full_name": "Айгүл Бекова", "sex": "female"})
    odd = "Person-From-An-Old-File"
    upper = str(uuid.uuid4()).upper()  # not canonical: stays text, one-to-one
    with store.write() as w:
        w.create(Person, {"full_name": "Нургүл Асанова"}, odd)
        w.create(Person, {"full_name": "Бермет Токтогулова"}, upper)
    tid = trainings.create_training(
        store, {"title": "Укук", "start_date": date(2026, 3, 1), "end_date": date(2026, 3, 1)}
    )
    trainings.enrol(store, tid, [pid, odd, upper])
    session_id = trainings.add_session(store, tid, {"date": "01.03.2026"})
    attendance.mark_one(store, session_id, pid, "present")
    attendance.mark_one(store, session_id, odd, "present")

    with connect_raw(store.home.database) as raw:
        kinds = dict(raw.execute("select full_name, typeof(id) from person"))
        assert kinds == {
            "Айгүл Бекова": "blob",
            "Нургүл Асанова": "text",
            "Бермет Токтогулова": "text",
        }
        assert raw.execute("select id from person where full_name = 'Айгүл Бекова'").fetchone() == (
            uuid.UUID(pid).bytes,
        )
        assert raw.execute("select id from person where id = ?", (odd,)).fetchone() == (odd,)
        refs = raw.execute(
            "select person_id, typeof(training_id) from enrolment order by typeof(person_id)"
        ).fetchall()
        assert refs[0] == (uuid.UUID(pid).bytes, "blob")
        assert {r[0] for r in refs[1:]} == {odd, upper}
        assert raw.execute(
            "select typeof(id), typeof(session_id) from attendance_mark where person_id = ?",
            (uuid.UUID(pid).bytes,),
        ).fetchone() == ("blob", "blob")
        # The op log keeps the logical text, byte for byte.
        assert {r[0] for r in raw.execute("select row_id from op_log where entity = 'person'")} == {
            pid,
            odd,
            upper,
        }

    with store.read() as s:
        assert set(s.scalars(select(Person.id))) == {pid, odd, upper}
        assert s.get(Person, pid).id == pid  # type: ignore[union-attr]
        assert s.get(Person, odd).full_name == "Нургүл Асанова"  # type: ignore[union-attr]
        assert set(s.scalars(select(Enrolment.person_id).where(Enrolment.training_id == tid))) == {
            pid,
            odd,
            upper,
        }
        marked = s.execute(select(AttendanceMark.person_id, AttendanceMark.status)).all()
        assert sorted(marked) == sorted([(pid, "present"), (odd, "present")])
        assert s.get(Training, tid) is not None
    assert len(new_id()) == 36

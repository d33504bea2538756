"""The registration server and the pending list: PIN, limits, closing, confirmation."""

from __future__ import annotations

import http.client
import time
import urllib.error
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.core.errors import NotFoundError
from app.core.models import AttendanceMark, Enrolment, Person
from app.core.registration import form
from app.core.registration import server as srv
from app.core.registration.server import RegistrationServer
from app.core.services import people, registration
from app.core.services.reference import district_id, region_id
from app.core.store import Store
from tests.conftest import op_count
from tests.registration.helpers import answers, get, pending_checked, send, training_day


@pytest.fixture
def opened(store: Store) -> Iterator[tuple[RegistrationServer, str]]:
    tid, sid = training_day(store)
    server = RegistrationServer(store, sid, host="127.0.0.1", port=0, pin="4821")
    server.start()
    yield server, tid
    server.stop()


def test_a_send_waits_for_the_trainer_and_writes_nothing_syncable(
    store: Store, opened: tuple[RegistrationServer, str]
) -> None:
    server, tid = opened
    before = op_count(store)
    status, page = get(server.qr_payload)
    assert status == 200 and 'value="4821"' in page and "Облус" in page
    status, page = send(server.url, answers("Айгүл Бекова", pin="4821"))
    assert status == 200 and "Айгүл Бекова" in page
    assert op_count(store) == before  # only the local pending table was written
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
    (waiting,) = pending_checked(store, tid)
    assert waiting.match == registration.NEW
    assert waiting.answers["phone"] == "+996555123456"
    person_id = registration.confirm(store, waiting.id, waiting.suggested_person)
    assert registration.list_pending(store, tid) == []
    details = people.get_person(store, person_id).values
    assert details["consent_data"] is True and details["consent_photo"] is False
    assert details["district_id"] == district_id("osh-uzgen")
    assert details["wg_walking"] == "some_difficulty"
    assert details["notes"] == "Аялдар үнү"  # no such organisation registered
    with store.read() as s:
        mark = s.scalars(select(AttendanceMark)).one()
        assert (mark.person_id, mark.session_id, mark.status) == (
            person_id,
            waiting.session_id,
            "present",
        )
        assert s.scalar(select(func.count()).select_from(Enrolment)) == 1


def test_a_registered_person_is_matched_and_only_gaps_are_filled(
    store: Store, opened: tuple[RegistrationServer, str]
) -> None:
    server, tid = opened
    known = people.create_person(
        store, {"full_name": "Айгүл Бекова", "phone": "0555123456", "birth_year": 1988}
    )
    # the same name, but another phone and birth year: maybe her, maybe a namesake
    send(server.url, answers("Айгүл Бекова", pin="4821", birth_year="1990", phone="0777 999888"))
    # another spelling, the same phone: her
    send(server.url, answers("Айгуль Бекова", pin="4821", phone="0555 123 456"))
    same, maybe = sorted(pending_checked(store, tid), key=lambda p: p.full_name)
    assert (maybe.match, maybe.person_id) == (registration.MAYBE, known)
    assert maybe.suggested_person is None  # one key makes a new person when unsure
    assert same.match == registration.SAME and same.suggested_person == known
    registration.confirm(store, same.id, same.suggested_person)
    values = people.get_person(store, known).values
    assert values["phone"] == "+996555123456"  # kept: a trainer typed it
    assert values["sex"] == "female" and values["consent_data"] is True  # filled in
    registration.reject(store, maybe.id)
    assert registration.list_pending(store, tid) == []
    with pytest.raises(NotFoundError):
        registration.confirm(store, maybe.id, None)


def test_a_wrong_pin_is_refused_and_a_guesser_is_shut_out(
    store: Store, opened: tuple[RegistrationServer, str]
) -> None:
    server, tid = opened
    for _ in range(srv.WRONG_PINS):
        status, page = send(server.url, answers("Гүлнара", pin="0000"))
        assert status == 403 and "PIN" in page
    status, _page = send(server.url, answers("Гүлнара", pin="4821"))
    assert status == 429  # even the right PIN, from that address, for a while
    assert registration.list_pending(store, tid) == []


def test_missing_answers_come_back_marked_and_nothing_is_kept(
    store: Store, opened: tuple[RegistrationServer, str]
) -> None:
    server, tid = opened
    status, page = send(
        server.url,
        answers("", pin="4821", consent_data="", birth_year="88", lang="ru", phone="12"),
    )
    assert status == 200
    for words in ("Заполните.", "четырьмя цифрами", "Без вашего согласия", "номер полностью"):
        assert words in page
    bad_place = answers("Айпери", pin="4821", region_id=region_id("chui"))
    assert "не в выбранной" in send(server.url, {**bad_place, "lang": "ru"})[1]
    assert registration.list_pending(store, tid) == []


def test_forty_phones_at_once_all_land(
    store: Store, opened: tuple[RegistrationServer, str]
) -> None:
    server, tid = opened
    names = [f"Катышуучу {i:02d}" for i in range(40)]
    with ThreadPoolExecutor(max_workers=40) as pool:
        results = list(
            pool.map(
                lambda n: send(server.url, answers(n, pin="4821", phone=f"0555 000 1{n[-2:]}")),
                names,
            )
        )
    assert [r[0] for r in results] == [200] * 40
    assert sorted(p.full_name for p in registration.list_pending(store, tid)) == names


def test_a_flood_is_refused_and_bounded(
    store: Store, opened: tuple[RegistrationServer, str]
) -> None:
    server, tid = opened

    def hit(i: int) -> int:
        try:
            return send(server.url, answers(f"Spam {i}", pin="4821", phone=f"0555 {i:06d}"))[0]
        except (urllib.error.URLError, ConnectionError, http.client.HTTPException):
            return 0  # the server dropped the connection: refused too

    with ThreadPoolExecutor(max_workers=32) as pool:
        statuses = list(pool.map(hit, range(400)))
    kept = statuses.count(200)
    assert kept <= srv.BURST + 20  # the bucket refills a little during the flood
    assert len(statuses) - kept > 250 and server.refused > 250
    assert len(registration.list_pending(store, tid)) == kept


def test_a_closed_registration_refuses_and_closes_by_itself(store: Store) -> None:
    tid, sid = training_day(store)
    closed: list[bool] = []
    server = RegistrationServer(
        store,
        sid,
        host="127.0.0.1",
        port=0,
        pin="1111",
        minutes=0.01,
        on_close=lambda: closed.append(True),
    )
    url = server.start()
    for _ in range(100):  # the time limit is 0.6 s; on_close is called just after it shuts
        if closed and not server.is_open:
            break
        time.sleep(0.1)
    assert closed == [True] and not server.is_open
    for _ in range(50):
        try:
            status, _page = send(url, answers("Late", pin="1111"))
        except (urllib.error.URLError, ConnectionError, http.client.HTTPException):
            break  # nobody listens any more
        assert status == 410  # the socket may answer once more while it shuts
        time.sleep(0.1)
    else:
        pytest.fail("still listening")
    assert registration.list_pending(store, tid) == []


def test_a_pending_row_for_a_deleted_day_is_refused(store: Store) -> None:
    with pytest.raises(NotFoundError):
        registration.submit(store, "no-such-session", {"full_name": "X"})


AREAS = [form.Area("r1", {"en": "R"}, [("d1", {"en": "D"})]), form.Area("r2", {"en": "S"})]


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from([*list(answers("x")), "pin", "zzz"]), st.text(max_size=30)))
@example({"birth_year": "¹"})  # isdigit() but not int(): once a crash
@example({"birth_year": "١٩٨٠", "phone": "²²²²²²²"})  # other scripts' digits are not kept
def test_any_send_is_checked_into_known_values(fields: dict[str, str]) -> None:
    got = form.check(fields, AREAS)
    v = got.values
    assert v["sex"] in (None, *form.SEX_CHOICES)
    assert v["birth_year"] is None or form.MIN_BIRTH_YEAR <= v["birth_year"] <= date.today().year
    assert v["region_id"] in (None, "r1", "r2") and v["district_id"] in (None, "d1")
    assert got.problems or (v["full_name"] and v["consent_data"])
    assert set(got.problems) <= set(v) | {"consent_data"}
    page = form.form_page("ru", form.Page("T", AREAS), "", fields, got.problems)
    assert "<script" not in page.lower()


def test_an_unchecked_send_is_compared_before_one_key_confirms_it(store: Store) -> None:
    tid, sid = training_day(store)
    known = people.create_person(store, {"full_name": "Айгүл Бекова", "phone": "0555123456"})
    values = form.check(answers("Айгүл Бекова", phone="0555 123 456"), []).values
    registration.submit(store, sid, values)  # as the server stores it, before comparing
    (fresh,) = registration.list_pending(store, tid)
    assert fresh.match == registration.UNCHECKED and fresh.suggested_person is None
    assert registration.checked(store, fresh).suggested_person == known
    (again,) = registration.list_pending(store, tid)
    assert again.match == registration.SAME  # kept with the send

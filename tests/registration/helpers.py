"""A training with a day, and a phone's sends to the registration server (loopback only)."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from app.core.services import trainings
from app.core.services.reference import district_id, region_id
from app.core.store import Store
from tests import browser


def training_day(store: Store) -> tuple[str, str]:
    tid = trainings.create_training(
        store,
        {
            "title": "1325-резолюция жана жергиликтүү тынчтык",
            "venue": "Ош",
            "region_id": region_id("osh"),
            "start_date": "2026-03-10",
            "end_date": "2026-03-12",
        },
    )
    sid = trainings.add_session(store, tid, {"date": "2026-03-10", "hours": "6"})
    return tid, sid


def answers(name: str, **over: Any) -> dict[str, str]:
    return {
        "lang": "ky",
        "full_name": name,
        "sex": "female",
        "birth_year": "1988",
        "phone": "0555 123 456",
        "organisation": "Аялдар үнү",
        "region_id": region_id("osh"),
        "district_id": district_id("osh-uzgen"),
        "category": "ngo_member",
        "wg_walking": "some_difficulty",
        "consent_data": "yes",
        **over,
    }


def send(url: str, fields: dict[str, str]) -> tuple[int, str]:
    """POST the form as a browser would; returns the status and the page."""
    data = urllib.parse.urlencode(fields).encode()
    try:
        with urllib.request.urlopen(url + "register", data=data, timeout=30) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def register(
    b: browser.Browser, url: str, name: str, phone: str, *, lang: str = "ky", typed: bool = True
) -> str:
    """Fill the form as a participant does; returns the page's text after sending.

    `typed=False` sets the same answers by one script (`Browser.fill`) and sends them with
    the same click on the button: for a test that only needs many phones' sends."""
    b.go(f"{url}&lang={lang}")
    if not typed:
        b.fill(
            {
                'input[name="full_name"]': name,
                'input[name="birth_year"]': "1990",
                'input[name="phone"]': phone,
                'input[name="organisation"]': "Аялдар үнү",
                'select[name="district_id"]': district_id("osh-uzgen"),
                'select[name="category"]': "womens_group_member",
            },
            [
                'input[name="sex"][value="female"]',
                'input[name="consent_data"]',
                'input[name="consent_photo"]',
            ],
        )
        b.click('button[type="submit"]')
        return b.text_after_sending()
    b.type('input[name="full_name"]', name)
    b.click('input[name="sex"][value="female"]')
    b.type('input[name="birth_year"]', "1990")
    b.type('input[name="phone"]', phone)
    b.type('input[name="organisation"]', "Аялдар үнү")
    b.select("district_id", district_id("osh-uzgen"))
    b.select("category", "womens_group_member")
    b.click('input[name="consent_data"]')
    b.click('input[name="consent_photo"]')
    b.click('button[type="submit"]')
    return b.text_after_sending()


def pending_checked(store: Store, training_id: str, timeout: float = 20.0) -> list[Any]:
    """The pending list once the server has compared every send with the registry (it
    does so just after answering the phone)."""
    import time

    from app.core.services import registration

    end = time.monotonic() + timeout
    while True:
        rows = registration.list_pending(store, training_id)
        if all(p.match != registration.UNCHECKED for p in rows) or time.monotonic() > end:
            return rows
        time.sleep(0.05)

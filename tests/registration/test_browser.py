"""A phone's browser (Debian's headless chromium, phone-sized) registers through the form.

Loopback only: the server binds 127.0.0.1 and the browser runs with its background
networking off. Set TIREK_SHOTS=DIR to keep the phone's screenshots (docs/screenshots).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.registration.server import RegistrationServer
from app.core.services import registration
from app.core.store import Store
from tests import browser
from tests.registration.helpers import register, training_day

pytestmark = pytest.mark.skipif(
    not browser.available(), reason="needs chromium and chromedriver (Debian packages)"
)


def test_a_phone_registers_in_kyrgyz_and_russian(store: Store, tmp_path: Path) -> None:
    tid, sid = training_day(store)
    server = RegistrationServer(store, sid, host="127.0.0.1", port=0, pin="2468")
    server.start()
    b = browser.Browser(tmp_path / "profile")
    shots = os.environ.get("TIREK_SHOTS")
    try:
        b.go(server.qr_payload + "&lang=ky")
        if shots:
            b.screenshot(Path(shots) / "40-registration-phone.png")
        assert "Тренингге катталуу" in b.text()
        assert "Рахмат, Нургүл Асанова!" in register(
            b, server.qr_payload, "Нургүл Асанова", "0700 123 456"
        )
        page = register(b, server.qr_payload, "Мээрим Токтосунова", "0555 765 432", lang="ru")
        assert "Спасибо, Мээрим Токтосунова!" in page
        # a wrong PIN typed by hand is refused, and says so in the page's language
        b.go(server.url + "?lang=ru")
        b.type('input[name="pin"]', "1357")
        b.type('input[name="full_name"]', "Кто-то")
        b.click('input[name="consent_data"]')
        b.click('button[type="submit"]')
        assert "Неверный PIN-код" in b.text_after_sending()
    finally:
        b.quit()
        server.stop()
    waiting = registration.list_pending(store, tid)
    assert sorted(p.full_name for p in waiting) == ["Мээрим Токтосунова", "Нургүл Асанова"]
    first = next(p for p in waiting if p.full_name == "Нургүл Асанова")
    assert first.answers["region_id"] is not None  # worked out from the district
    assert first.answers["consent_photo"] is True

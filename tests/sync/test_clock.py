"""Clock messages blame the right laptop; a corrected clock stops stamping ahead."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core import clock
from app.core.models import Installation
from app.core.services.people import create_person, update_person
from app.core.store import Store
from app.sync import exchange
from tests.sync.helpers import send

MakeStore = Callable[..., Store]
DAY = 86_400_000


class _Clock:
    """Stands in for the `time` module inside app.core.clock: the wall clock shifted."""

    def __init__(self, offset_ms: int) -> None:
        self.offset_ns = offset_ms * 1_000_000

    def time_ns(self) -> int:
        return time.time_ns() + self.offset_ns


def _import(src: Store, dst: Store, folder: Path) -> exchange.Receipt:
    folder.mkdir(parents=True, exist_ok=True)
    receipt = exchange.import_file(dst, exchange.export_bundle(src, folder).path)
    if receipt.status == "held":
        _, [receipt] = exchange.trust(dst, src.require_identity().device_name)
    return receipt


def test_a_laptop_whose_clock_is_behind_is_told_so_not_the_correct_one(
    make_store: MakeStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = make_store("a", "A"), make_store("b", "B")
    create_person(b, {"full_name": "Бермет"})  # B wrote while its clock was right
    create_person(a, {"full_name": "Айбек"})  # A's clock is right
    monkeypatch.setattr(clock, "time", _Clock(-1000 * DAY))  # then B's date is lost
    receipt = _import(a, b, tmp_path / "ab")
    assert "this laptop's clock seems 1000.0 days behind" in receipt.message
    assert "clock of A is" not in receipt.message


def test_a_laptop_whose_clock_is_ahead_is_named_when_a_third_one_agrees(
    make_store: MakeStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, c = make_store("a", "A"), make_store("b", "B"), make_store("c", "C")
    create_person(c, {"full_name": "Чолпон"})  # C's clock agrees with B's
    send(c, b, tmp_path / "cb")
    with monkeypatch.context() as m:
        m.setattr(clock, "time", _Clock(365 * DAY))
        create_person(a, {"full_name": "Айбек"})  # A's clock is a year ahead
    receipt = _import(a, b, tmp_path / "ab")
    assert "the clock of A is 365.0 days ahead" in receipt.message


def test_with_nothing_to_compare_both_laptops_are_asked_to_check(
    make_store: MakeStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = make_store("a", "A"), make_store("b", "B")
    with monkeypatch.context() as m:
        m.setattr(clock, "time", _Clock(200 * DAY))
        create_person(a, {"full_name": "Айбек"})
    receipt = _import(a, b, tmp_path / "ab")
    assert "the clocks of A and this laptop differ by 200.0 days" in receipt.message
    assert "check the date on both" in receipt.message


def test_after_a_wrong_clock_is_corrected_stamps_do_not_stay_ahead(
    make_store: MakeStore, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    a = make_store("a", "A")
    with monkeypatch.context() as m:
        m.setattr(clock, "time", _Clock(365 * DAY))
        pid = create_person(a, {"full_name": "Айбек"})
    with caplog.at_level(logging.WARNING, logger="app.core.clock"):
        update_person(a, pid, {"phone": "+996555000001"})  # the clock is right again
    with a.read() as s:
        last = s.get_one(Installation, 1).last_hlc
    assert clock.stamp_ms(last) <= clock.wall_ms() + clock.MAX_SKEW_MS
    assert any("days ahead" in r.getMessage() for r in caplog.records)  # flagged for review


@given(
    last_offset=st.integers(-10 * 365 * DAY, 10 * 365 * DAY),
    counter=st.integers(0, clock.COUNTER_MASK),
    now=st.integers(DAY, 100 * 365 * DAY),
)
def test_tick_is_monotonic_within_the_bound_and_never_far_ahead(
    last_offset: int, counter: int, now: int
) -> None:
    last = clock.pack(max(0, now + last_offset), counter)
    stamp = clock.tick(last, lambda: now)
    assert clock.stamp_ms(stamp) <= now + clock.MAX_SKEW_MS + 1
    if clock.stamp_ms(last) <= now + clock.MAX_SKEW_MS:
        assert stamp > last  # normal operation: stamps only grow

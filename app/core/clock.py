"""Hybrid logical clock stamps.

A stamp is one integer: milliseconds since the epoch shifted left 16 bits, plus a
counter. Stamps only ever grow on one installation, even when the wall clock jumps back.
They order concurrent edits and show "when"; they never decide causality, which comes
from each op's parents (see app/core/models/oplog.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def pack(ms: int, counter: int) -> int:
    return (ms << COUNTER_BITS) | counter


def unpack(stamp: int) -> tuple[int, int]:
    return stamp >> COUNTER_BITS, stamp & COUNTER_MASK


def tick(last: int, now_ms: Callable[[], int] = wall_ms) -> int:
    """The next local stamp after `last`."""
    last_ms, last_counter = unpack(last)
    physical = now_ms()
    if physical > last_ms:
        return pack(physical, 0)
    if last_counter < COUNTER_MASK:
        return pack(last_ms, last_counter + 1)
    return pack(last_ms + 1, 0)


def stamp_ms(stamp: int) -> int:
    return unpack(stamp)[0]

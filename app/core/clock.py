"""Hybrid logical clock stamps.

A stamp is one integer: milliseconds since the epoch shifted left 16 bits, plus a
counter. Stamps only ever grow on one installation, even when the wall clock jumps back.
They order concurrent edits and show "when"; they never decide causality, which comes
from each op's parents (see app/core/models/oplog.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
# A remote stamp moves this laptop's clock at most this far past its wall clock.
MAX_PUSH_MS = 10 * 60 * 1000
# Stamps never run further than this past the wall clock. A laptop whose clock was a
# year ahead and is then corrected would otherwise keep stamping a year ahead (and win
# every concurrent edit) until real time caught up. Resetting is safe: causality comes
# from parents and sequence numbers, never from stamps.
MAX_SKEW_MS = 60 * 60 * 1000

log = logging.getLogger(__name__)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def pack(ms: int, counter: int) -> int:
    return (ms << COUNTER_BITS) | counter


def unpack(stamp: int) -> tuple[int, int]:
    return stamp >> COUNTER_BITS, stamp & COUNTER_MASK


def tick(last: int, now_ms: Callable[[], int] = wall_ms) -> int:
    """The next local stamp after `last`, never more than MAX_SKEW_MS past the wall clock.

    When `last` is further ahead (the clock was wrong and has been corrected), stamps
    start again from the wall clock; this is logged as a warning for review.
    """
    last_ms, last_counter = unpack(last)
    physical = now_ms()
    if last_ms - physical > MAX_SKEW_MS:
        log.warning(
            "clock stamps were %.1f days ahead of this laptop's clock: reset to the clock "
            "(was its date wrong before? check it)",
            (last_ms - physical) / 86_400_000,
        )
        return pack(physical, 0)
    if physical > last_ms:
        return pack(physical, 0)
    if last_counter < COUNTER_MASK:
        return pack(last_ms, last_counter + 1)
    return pack(last_ms + 1, 0)


def stamp_ms(stamp: int) -> int:
    return unpack(stamp)[0]
